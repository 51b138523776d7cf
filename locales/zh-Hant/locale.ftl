# About this locale. Every locale folder needs its first three messages.

# The language's name, written in the language itself.
language-name = 中文 (繁體)
# "draft" until a community reviewer has checked every text, then "reviewed".
# Keep the value in English: the app reads it.
locale-status = draft
# Who wrote and who reviewed this translation.
locale-credits = 草稿：由 presente 團隊借助機器翻譯寫成，2026 年 12 月 7 日依 2026 年版指南更新（草稿），尚未經社區審閱人或律師審閱。

# The language picker, in this language: the first screen of every visit
# (kept here, so the picker reads no other file).
choose-language = 請選擇您的語言
picker-hint = 請點選您的語言，或按下它的編號。
