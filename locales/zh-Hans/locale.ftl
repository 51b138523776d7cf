# About this locale. Every locale folder needs its first three messages.

# The language's name, written in the language itself.
language-name = 中文 (简体)
# "draft" until a community reviewer has checked every text, then "reviewed".
# Keep the value in English: the app reads it.
locale-status = draft
# Who wrote and who reviewed this translation.
locale-credits = 草稿：由 presente 团队借助机器翻译写成，2026 年 12 月 7 日按 2026 年版指南更新（草稿），尚未经社区审阅人或律师审阅。

# The language picker, in this language: the first screen of every visit
# (kept here, so the picker reads no other file).
choose-language = 请选择您的语言
picker-hint = 请点选您的语言，或按下它的编号。
