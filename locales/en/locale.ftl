# About this locale. Every locale folder needs its first three messages.

# The language's name, written in the language itself.
language-name = English
# "draft" until a community reviewer has checked every text, then "reviewed".
# Keep the value in English: the app reads it.
locale-status = draft
# Who wrote and who reviewed this translation.
locale-credits = Written by the presente developers. Not yet checked by a lawyer or a community reviewer.

# The language picker, in this language: the first screen of every visit
# (kept here, so the picker reads no other file).
choose-language = Choose your language
picker-hint = Tap your language, or press its number.
