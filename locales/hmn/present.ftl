# Presentation mode: slides ("daim loj") for a trainer (draft).

present-slide = daim { $slide }/{ $slides }
present-end-of-section = Xaus ntu no lawm: { $section }

keys-first-slide = Thaum qhia daim loj: mus rau daim thawj.
keys-last-slide = Thaum qhia daim loj: mus rau daim kawg.
keys-blank = Thaum qhia daim loj: ua kom lub vijtsam dub, thiab qhia dua (khawm ib tus twg los qhia dua).
keys-hide-footer = Thaum qhia daim loj: zais cov khawm hauv qab, thiab qhia dua.
keys-number-slides = Thaum qhia daim loj: khawm tus lej mus rau lub ntsiab lus ntawd hauv ntu no; khawm ob tus lej sai sai ua ke mus rau lub 10 thiab tom qab.

theme-default = Xim: ib txwm
theme-high-contrast = Xim: pom tseeb heev
theme-monochrome = Xim: tsis muaj xim (dub thiab dawb)

second-title = Hom lus thib ob
second-hint = Xaiv ib hom lus los qhia ib sab ntawm { $language } rau cov daim loj.
second-none = Tsis muaj: tsuas yog { $language }
