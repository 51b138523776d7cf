# About this locale. Every locale folder needs these three messages.

# The language's name, written in the language itself.
language-name = 中文 (繁體)
# "draft" until a community reviewer has checked every text, then "reviewed".
# Keep the value in English: the app reads it.
locale-status = draft
# Who wrote and who reviewed this translation.
locale-credits = 草稿：由 presente 團隊借助機器翻譯寫成，2026 年 12 月 7 日依 2026 年版指南更新（草稿），尚未經社區審閱人或律師審閱。
