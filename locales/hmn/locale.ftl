# About this locale. Every locale folder needs its first three messages.

# The language's name, written in the language itself.
language-name = Lus Hmoob
# "draft" until a community reviewer has checked every text, then "reviewed".
# Keep the value in English: the app reads it.
locale-status = draft
# Who wrote and who reviewed this translation.
locale-credits = Tsab txhais no yog tsab qauv. Cov neeg tsim presente sau, thiab siv khoos phis tawj pab txhais. Hloov tshiab hnub 2026-12-07, tseem yog tsab qauv. Tseem tsis tau muaj ib tug neeg hauv zej zog los sis ib tug kws lij choj kuaj xyuas.

# The language picker, in this language: the first screen of every visit
# (kept here, so the picker reads no other file).
choose-language = Xaiv koj hom lus
picker-hint = Kov koj hom lus, los sis nias nws tus lej.
