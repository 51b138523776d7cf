# About this locale. Every locale folder needs its first three messages.

# The language's name, written in the language itself.
language-name = Tiếng Việt
# "draft" until a community reviewer has checked every text, then "reviewed".
# Keep the value in English: the app reads it.
locale-status = draft
# Who wrote and who reviewed this translation.
locale-credits = Bản nháp do nhóm presente viết, có máy giúp. Viết ngày 7 tháng 12 năm 2026, là bản nháp. Chưa có người trong cộng đồng hay luật sư nào đọc lại.

# The language picker, in this language: the first screen of every visit
# (kept here, so the picker reads no other file).
choose-language = Chọn ngôn ngữ của quý vị
picker-hint = Chạm vào ngôn ngữ, hoặc bấm số.
