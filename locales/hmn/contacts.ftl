# Find help: the directory of help contacts (content/contacts.toml).
# Names of organisations are not translated; these messages say what each does.

## Lub vijtsam "Nrhiav kev pab"
directory-search = Nrhiav
directory-search-hint = Ntaus ib lub npe, ib qho chaw, los sis yam koj xav tau.
directory-place = Qhov chaw
directory-kind = Hom
directory-all-places = Txhua qhov chaw
directory-all-kinds = Txhua hom
directory-checked = Daim ntawv teev npe no kuaj xyuas hnub { $date }. Cov xov tooj hloov tau. Yog ib tus xov tooj hu tsis tau, sim saib lub vev xaib.
directory-nothing-found = Nrhiav tsis tau dab tsi. Sim ntaus tsawg tus ntawv dua, los sis xaiv "Txhua qhov chaw".
directory-report-now = Qhia tam sim no txog tej uas ICE ua
directory-guide = Hauv cov lus qhia no

## Nplooj ntawv txog ib qho chaw pab
contact-phone = Xov tooj
contact-web = Vev xaib
contact-hours = Sij hawm qhib
contact-hours-always = Qhib 24 teev, txhua hnub
contact-languages = Hom lus
contact-where = Qhov twg
contact-what = Lawv ua dab tsi
contact-source = Ntaub ntawv no los ntawm
contact-seen = pom thaum { $date }
contact-no-phone = Nrhiav tsis tau lawv tus xov tooj. Yog xav nrhiav kev pab txog kev cai lij choj dawb los sis pheej yig nyob ze koj, siv daim ntawv teev npe ntawm Immigration Advocates Network: immigrationadvocates.org/legaldirectory
contact-non-emergency = Tsis yog rau thaum muaj xwm ceev.
contact-local = Lub chaw no ntxiv qhov no. Nws tsis yog los ntawm app daim ntawv teev npe uas kuaj xyuas lawm.
contact-scan-phone = Siv koj lub xov tooj scan kom hu tau:
contact-scan-web = Siv koj lub xov tooj scan kom qhib tau lub vev xaib:
contact-qr-too-narrow = Ua lub qhov rais kom dav dua thiaj pom tau QR code.

## Hom kev pab
kind-rapid-response = Xov tooj pab sai los qhia txog ICE
kind-legal = Kev pab txog kev cai lij choj
kind-accompaniment = Kev nrog mus
kind-sanctuary = Pawg ntseeg uas tos txais neeg (sanctuary)
kind-community = Koom haum hauv zej zog
kind-services = Kev pab cuam (social services)
kind-citizenship = Kev ua pej xeem (citizenship)

## Cov lus uas neeg ntaus nrhiav, rau txhua hom kev pab (muab comma cais)
# A search for any of them finds that kind's contacts first.
kind-rapid-response-words = xov tooj pab, xov tooj pab sai, hu xov tooj, qhia, ceeb toom, ICE tuaj ntes neeg, ntes neeg, raug ntes, tub ceev xwm, ICE, xwm ceev, pab sai, hu tam sim no, hotline
kind-legal-words = kws lij choj, kev pab txog kev cai lij choj, kev cai lij choj, lij choj, lus qhia txog kev cai lij choj, kws lij choj tsiv teb tsaws chaw, kws lij choj dawb, lawyer
kind-accompaniment-words = nrog mus, kev nrog mus, nrog kuv mus, neeg pab dawb, pab dawb, mus ntsib ICE, check-in
kind-sanctuary-words = kev tos txais, tos txais, sanctuary, tsev teev ntuj, pawg ntseeg, kev ntseeg, tuam tsev, xibhwb, txiv plig
kind-community-words = zej zog, koom haum, koom haum hauv zej zog, Hmoob, Hmong, Khmer, Nplog, Nyab Laj, Es Xias
kind-services-words = zaub mov, khoom noj, noj qab haus huv, kho mob, tsev kho mob, chaw nyob, tsev nyob, kev pab cuam, social services
kind-citizenship-words = ua pej xeem, pej xeem, xeem pej xeem, citizenship, green card, daim npav ntsuab

## Txhua lub koom haum ua dab tsi
contact-pirc-about = Xov tooj pab rau tag nrho lub xeev Oregon. Hu tuaj qhia txog tej uas ICE ua. Lawv xa pab neeg tuaj pab sai mus, thiab txhawb cov tsev neeg.
contact-imirj-about = Cov pawg ntseeg uas nrog cov neeg tsiv teb tsaws chaw mus, thiab tos txais neeg (sanctuary). Lawv lub chaw txais tos muaj chav kawm lus Askiv thiab kev pab txog kev ua pej xeem.
contact-apano-about = Lawv txhawb cov zej zog Es Xias thiab Pacific Islander kom koom tes ua ke. Lawv qhia neeg kawm kev nrog mus.
contact-hmong-oregon-about = Koom haum hauv zej zog Hmoob. Lawv koom tes pab kev nrog mus.
contact-cacoregon-about = Koom haum hauv zej zog Khmer (Cambodia). Lawv koom tes pab kev nrog mus.
contact-ahsc-about = Kev pab txog kev noj qab haus huv thiab kev pab cuam rau cov zej zog Es Xias hauv Portland.
contact-mira-about = Kev tawm suab thiab kev kawm. Lawv lub xov tooj pab yog rau cov neeg tawm suab thiab cov pab pawg hauv zej zog. Koj tso tau lus cia (voicemail).
contact-project-citizenship-about = Pab dawb kom koj thov ua pej xeem Asmeslivkas.
contact-bijan-about = Cov neeg pab dawb nrog tib neeg mus tsev hais plaub thiab mus ntsib ICE (check-in). Lawv kuj pab txog nyiaj them bond, thauj mus los, thiab chaw nyob tom qab tawm hauv chaw kaw neeg los.
contact-nyic-about = Ib pawg koom haum neeg tsiv teb tsaws chaw hauv New York uas koom tes ua ke. Lawv xa tau koj mus rau qhov chaw uas pab tau koj.
contact-actionnyc-about = Kev pab txog kev cai lij choj tsiv teb tsaws chaw, dawb thiab nyab xeeb, los ntawm lub nroog New York.
contact-new-americans-hotline-about = Qhia txog kev tsiv teb tsaws chaw thiab xa koj mus rau qhov chaw pab, rau lub xeev New York. Muaj ntau hom lus.
contact-legal-aid-nyc-about = Kev pab txog kev cai lij choj rau cov neeg tsiv teb tsaws chaw hauv lub nroog New York.
contact-mixteca-about = Kev pab rau cov neeg tsiv teb tsaws chaw los ntawm Mexico thiab Latin America hauv Brooklyn.
contact-icirr-about = Hu los sis xa text, 24 teev. Qhia thaum ICE tuaj ntes neeg, thiab tau kev txhawb nqa rau tsev neeg thiab kev xa mus rau qhov chaw pab. Tus xov tooj no sau ua ntawv tau 855-HELP-MY-FAMILY.
contact-chirla-about = Kev pab txog kev cai lij choj, kev koom tes ua ke hauv zej zog, thiab kev pab kom paub koj cov cai, hauv Los Angeles.
contact-maof-about = Kev pab cuam hauv Los Angeles. Qhov no tsis yog kev pab txog kev cai lij choj.
contact-border-angels-about = Kev pab tib neeg thiab kev sab laj hauv San Diego thiab ntawm ciam teb.
contact-mariposas-about = Kev txhawb nqa rau cov neeg tsiv teb tsaws chaw LGBTQ uas raug kaw, hauv Tucson.
contact-migrawatch-about = Xov tooj pab thoob plaws teb chaws los ntawm United We Dream. Qhia txog tej uas ICE ua, thiab tau kev txhawb nqa.
contact-legal-directory-about = Nrhiav kev pab txog kev cai lij choj dawb los sis pheej yig los ntawm cov koom haum tsis ua lag luam nyob ze koj. Nrhiav raws li tus lej ZIP.
contact-nijc-about = Kev pab txog kev cai lij choj, suav nrog rau cov neeg raug kaw thiab cov neeg thov asylum.
contact-clinic-about = Kev pab cuam thiab kev pab txog kev cai lij choj los ntawm cov chaw ua haujlwm Catholic Charities hauv zos.
contact-young-center-about = Cov neeg tawm suab rau cov menyuam uas tuaj txog Asmeslivkas ib leeg. Lawv txais kev xa menyuam tuaj los ntawm ib daim ntawv (form) hauv lawv lub vev xaib.
contact-aclu-about = Lus qhia kom paub koj cov cai, thiab tej rooj plaub hauv tsev hais plaub txog cov cai ntawm cov neeg tsiv teb tsaws chaw.
contact-asian-law-caucus-about = Lus qhia txog kev cai lij choj rau cov neeg tawg rog Es Xias Qab Teb Hnub Tuaj uas nyob hauv California thiab muaj daim ntawv txiav txim kom xa tawm teb chaws.
contact-ajsocal-legal-about = Xov tooj pab txog kev cai lij choj, hauv sab qab teb California.
contact-ajsocal-khmer-about = Xov tooj pab txog kev cai lij choj ua lus Khmer, hauv sab qab teb California.
contact-ajsocal-vietnamese-about = Xov tooj pab txog kev cai lij choj ua lus Nyab Laj, hauv sab qab teb California.
contact-searac-about = Cov ntaub ntawv qhia rau cov neeg Asmeslivkas keeb kwm Es Xias Qab Teb Hnub Tuaj uas yuav raug xa tawm teb chaws, thiab kev tawm suab. Email: immigration@searac.org
contact-mn8-about = Ib pab pawg Es Xias Qab Teb Hnub Tuaj hauv Minnesota uas tawm tsam kev xa neeg tawm teb chaws. Pab kom paub koj cov cai ua lus Askiv, lus Khmer, lus Hmoob thiab lus Nyab Laj.

## Where a contact's number or website was published (after the publisher's name)
contact-source-from = { $source }, { $kind }
source-kind-organisation-site = lub koom haum tus kheej lub vev xaib
source-kind-organisation-documents = lub koom haum tus kheej cov ntaub ntawv
source-kind-news = ib tsab xov xwm
source-kind-press-release = ib tsab xov xwm uas lub koom haum tshaj tawm (press release)
source-kind-city-service = lub nroog lub chaw qhia xov
source-kind-secondary = ib nplooj ntawv uas rov qhia dua los ntawm lwm qhov

## Ntxiv tom qab thawj zaug txhais
contact-local-short = Lub chaw no ntxiv
keys-search = Hauv "Nrhiav kev pab", ntaus ntawv kom nrhiav. Esc tshem qhov koj nrhiav. Tab mus rau cov xaiv "Qhov chaw" thiab "Hom".
keys-function-keys = Thaum cov ntawv koj ntaus mus rau qhov nrhiav, siv F2 hloov hom lus, F12 zais, thiab F1 saib kev pab.
