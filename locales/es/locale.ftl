# About this locale. Every locale folder needs its first three messages.

# The language's name, written in the language itself.
language-name = Español
# "draft" until a community reviewer has checked every text, then "reviewed".
# Keep the value in English: the app reads it.
locale-status = draft
# Who wrote and who reviewed this translation.
locale-credits = Borrador escrito por el equipo de presente con ayuda de una máquina. Actualizado el 2026-12-07, como borrador. Todavía no lo ha revisado una persona de la comunidad ni un abogado.

# The language picker, in this language: the first screen of every visit
# (kept here, so the picker reads no other file).
choose-language = Elija su idioma
picker-hint = Toque su idioma, o presione su número.
