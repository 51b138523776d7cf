# Words on the app's own screens: menus, buttons, keys and notices.

## Home menu
home-title = Koj xav tau dab tsi?
home-hint = Kov ib yam, los sis nias nws tus lej.

## Footer buttons (the key names Esc, Enter, L, ? and Q stay as they are)
button-back = Rov qab
button-home = Qhov pib
button-language = Hom lus
button-help = Cov khawm
button-quit = Tawm
button-hide = Zais

## Step markers in a topic. They are words, not only colours.
step-do = Ua
step-dont = Tsis txhob
step-say = Hais
step-info = Paub
say-in-english = Ua lus Askiv:
# Draft (issue 34): not yet checked by a community reviewer.
step-english-changed = Cov lus Askiv tau hloov lawm; tab tom kho qhov txhais no. Tam sim no lus Askiv hais tias:

## The end of every topic
topic-sources = Ntaub ntawv los ntawm
topic-reviewed = Kuaj xyuas hnub { $date }.
# Shown instead when that date is more than 180 days ago.
topic-stale = Kuaj xyuas hnub { $date }. Txoj cai thiab kev siv txoj cai hloov tau: thov kom tau app no tsab tshiab.
not-legal-advice = Qhov no tsis yog lus qhia txog kev cai lij choj. Txoj cai txawv ib lub xeev rau ib lub xeev, thiab hloov tau. Nrog ib tug kws lij choj los sis ib tug neeg sawv cev uas DOJ lees paub tham.

## Shown when the window is too small
enlarge = Thov ua lub qhov rais no kom loj dua.

## Shown when the window is larger than the app draws (thousands of cells)
shrink = Thov ua lub qhov rais no kom me dua, los yog ua cov ntawv kom loj dua.

## Shown when nobody has touched the app for a while
idle-countdown = Yuav rov pib dua hauv { $seconds } vib nas this. Kov lub vijtsam los sis nias ib lub khawm kom nyob.

## A translator's preview (--locales): what in their folder could not be read, and F5
preview-broken = { $count ->
   *[other] { $count } cov lus nyeem tsis tau
}
preview-reload = F5 rov nyeem dua
preview-reloaded = Rov nyeem dua lawm: { $folder }

## Help: how to use the app (the ? key)
keys-title = Siv app no li cas
keys-tap = Kov los sis nias nas rau ib yam kom qhib nws.
keys-number = Khawm tus lej: qhib yam ntawd.
# The Keys help screen puts the keys beside each of these (from the app's key table), so they name no keys.
keys-mouse-wheel = Log nas: txav ntawv nce thiab nqis.
keys-touch = Siv koj tus ntiv tes
keys-drag = Yuav txav ntawv nce lossis nqis, muab koj tus ntiv tes rub nce lossis nqis.
keys-touch-back = “{ button-back }” rov qab mus rau nplooj dhau los.
keys-touch-home = “{ button-home }” mus rau qhov pib.
keys-touch-language = “{ button-language }” hloov hom lus.
keys-touch-hide = “{ button-hide }” muab lub vijtsam tshem tam sim ntawd thiab tsis nco txog txhua yam koj tau saib.
keys-keyboard = Siv cov khawm
keys-previous-slide = Thaum qhia daim loj: rov qab ib kauj ruam.
keys-next-slide = Thaum qhia daim loj: mus ntxiv ib kauj ruam.
keys-up = Txav nce.
keys-down = Txav nqis.
keys-page-up = Txav ntawv nce ib nplooj.
keys-page-down = Txav ntawv nqis ib nplooj.
keys-end = Mus rau qhov kawg.
keys-open = Qhib.
keys-go-back = Rov qab.
keys-go-home = Mus rau qhov pib.
keys-next-part = Txav ntawm cov xaiv mus rau cov khawm.
keys-change-language = Hloov hom lus.
keys-show-help = Qhia nplooj no.
keys-hide-all = Zais txhua yam tam sim ntawd thiab rov pib dua.
keys-change-colors = Hloov cov xim, rau lub projector los sis chav uas kaj heev.
keys-show-slides = Qhia ib lub ntsiab lus ua daim loj, ib kauj ruam zuj zus, rau ib pab pawg.
keys-second-language = Thaum qhia daim loj: xaiv hom lus thib ob hauv ib daim ntawv teev, qhia ib sab ntawm thawj hom lus.
keys-close-app = Kaw app.

## Translation status
status-draft = Tsab qauv: tseem tsis tau muaj ib tug neeg hauv zej zog kuaj xyuas.
status-reviewed = Ib tug neeg hauv zej zog twb kuaj xyuas lawm.
# Draft (issue 34): not yet checked by a community reviewer.
status-part-reviewed = { $percent }% tau ib tug neeg hauv zej zog kuaj xyuas lawm.
status-changed = { $count } tau hloov ua lus Askiv txij thaum txhais lawm: muab lus Askiv qhia nrog.

## Privacy & about
about-never-title = Yam app no yeej tsis ua
about-never-network = Nws yeej tsis txuas rau internet.
about-never-save = Nws yeej tsis khaws tej yam koj nyeem los sis kov.
about-never-ask = Nws yeej tsis nug koj lub npe, koj qhov chaw nyob los sis koj cov ntaub ntawv.
about-legal-title = Tsis yog lus qhia txog kev cai lij choj
about-translation-title = Hom lus no

## What the kernel enforces (Privacy & about)
about-enforced-title = Ntawm lub computer no, tam sim no
about-files-locked = Cov ntaub ntawv raug xauv: app no qhib tsis tau thiab sau tsis tau ib daim ntaub ntawv twg.
about-files-open = Cov ntaub ntawv tsis raug xauv: lub computer no xauv tsis tau. Tab sis app no tseem tsis sau dab tsi li.
about-network-blocked = Lub network raug thaiv: app no txuas tsis tau rau ib qho twg.
about-network-open = Lub network tsis raug thaiv: lub computer no thaiv tsis tau. Tab sis app no yeej tsis txuas li.

## The home menu: its sections
section-urgent-title = Hu kom tau kev pab tam sim no
section-urgent-intro = Ib tus xov tooj rau koj hu, rau qhov chaw koj nyob.
section-rights-title = Paub koj cov cai
section-rights-intro = Yuav ua li cas thaum cov neeg saib xyuas kev tsiv teb tsaws chaw (ICE) tuaj.
section-card-title = Daim npav liab
section-card-intro = Tuav daim npav no rau ntawm qhov rais kom lawv pom, los sis ntxig nws hauv qab qhov rooj.
section-sanctuary-title = Kev tos txais (sanctuary) & kev txhawb nqa
section-sanctuary-intro = Pawg ntseeg thiab neeg zej zog nrog cov neeg tsiv teb tsaws chaw sawv ua ke li cas.
section-help-title = Nrhiav kev pab
section-help-intro = Nrhiav kws lij choj thiab kev pab uas koj ntseeg siab tau li cas.
section-action-title = Koom tes pab
section-action-intro = Ntau txoj kev uas koj pab tau koj cov neeg zej zog.
section-about-title = Ntiag tug & txog app no
section-about-intro = App no tsis khaws dab tsi txog koj qhov siv nws.

## Kiosk: the operator leaves with Ctrl-Alt-Q and a PIN
operator-pin-title = Tus neeg saib xyuas
operator-pin-prompt = Ntaus tus PIN ntawm tus neeg saib xyuas, ces nias Enter. Esc kaw qhov no.
operator-pin-wrong = PIN tsis yog. Tos { $seconds } s, ces sim dua.
operator-pin-starting = Lub kiosk nyuam qhuav pib. Tos { $seconds } s, ces ntaus PIN.
operator-pin-none = Lub kiosk no tsis muaj PIN rau tawm. Yog xav kaw, nres nws qhov service.

## Presentation mode (P) for trainers
button-present = Qhia rau pab pawg
button-end-presenting = Xaus
button-previous = Daim dhau los
button-next = Tom ntej
button-second-language = Hom lus thib 2

## Punctuation
punctuation-label = { $label }: { $value }
punctuation-list = {", "}

## Hu kom tau kev pab tam sim no (kab thawj ntawm lub home menu, tus yuam sij 0)
urgent-local = Yog koj xav qhia txog ICE los sis xav tau kev pab hauv { $place }, hu rau:
urgent-none = App no tseem tsis tau muaj xov tooj pab rau { $place }. Hu ib tus xov tooj pab thoob plaws teb chaws hauv qab no, los sis saib hauv "Nrhiav kev pab".
urgent-national = Thoob plaws teb chaws:
urgent-scan = Siv koj lub xov tooj scan kom hu tau:
urgent-more = Lwm qhov chaw uas koj hu tau thiab nug tau: "Nrhiav kev pab".
# Find help's Place chooser: a list you can type into or tap.
directory-place-hint = Ntaus ib qho chaw, los sis kov nws.
place-question = Koj nyob qhov twg?
button-find-help = Nrhiav kev pab
