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
contact-hours-span = { $days }, txij { $from } txog { $to }
hours-days-daily = Txhua hnub
hours-days-mon-fri = Hnub Ib txog Hnub Tsib
hours-days-mon = Txhua Hnub Ib
hours-days-tue = Txhua Hnub Ob
hours-days-wed = Txhua Hnub Peb
hours-days-thu = Txhua Hnub Plaub
hours-days-fri = Txhua Hnub Tsib
hours-days-sat = Txhua Hnub Rau
hours-days-sun = Txhua Hnub Xya
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
kind-rapid-response-words = xov tooj pab, xov tooj pab sai, hu xov tooj, qhia, ceeb toom, ICE tuaj ntes neeg, ntes neeg, raug ntes, tub ceev xwm, ICE, xwm ceev, pab sai, hu tam sim no, hotline, ICE tuaj txog, ICE nyob ntawm qhov rooj, ICE nyob hauv tsev, ICE tuaj tom chaw ua hauj lwm, tam sim no
kind-legal-words = kws lij choj, kev pab txog kev cai lij choj, kev cai lij choj, lij choj, lus qhia txog kev cai lij choj, kws lij choj tsiv teb tsaws chaw, kws lij choj dawb, lawyer, raug xa rov qab, thov chaw nyob, ntaub ntawv
kind-accompaniment-words = nrog mus, kev nrog mus, nrog kuv mus, neeg pab dawb, pab dawb, mus ntsib ICE, check-in
kind-sanctuary-words = kev tos txais, tos txais, sanctuary, tsev teev ntuj, pawg ntseeg, kev ntseeg, tuam tsev, xibhwb, txiv plig
kind-community-words = zej zog, koom haum, koom haum hauv zej zog, pab pawg, paub koj txoj cai
kind-services-words = zaub mov, khoom noj, noj qab haus huv, kho mob, tsev kho mob, chaw nyob, tsev nyob, kev pab cuam, social services
kind-citizenship-words = ua pej xeem, pej xeem, xeem pej xeem, citizenship, green card, daim npav ntsuab

## Needs people search for, each answered by some kinds of help (comma-separated).
# Write what people in your language really type, whole sentences too:
# every word counts, so add the words a frightened person uses.
# Someone in the family was detained (legal help, hotlines).
need-detained-words = raug ntes, ntes, raug kaw, kaw, tsev lojcuj, nyob hauv tsev lojcuj, ICE ntes, lawv ntes kuv tus txiv, lawv ntes kuv tus tub, raug xa rov qab, txiv, poj niam, tub, ntxhais, niam, kwv tij, viv ncaus, txheeb ze, tsev neeg, nrhiav neeg raug kaw
# Money to get someone out of detention (legal help, funds).
need-bond-words = bail, bond, nyiaj bail, nyiaj bond, nyiaj them kom tso tawm, tso tawm, nyiaj tso tawm, them nyiaj tso tawm
# A hearing before an immigration judge (legal help).
need-hearing-words = tsev hais plaub, hais plaub, kws txiav txim, tus kws txiav txim plaub, hnub mus hais plaub, court
# A check-in or appointment with ICE (accompaniment, legal help).
need-check-in-words = mus ntsib ICE, teem sij hawm ntsib ICE, teem sij hawm, check-in, mus qhia npe

## Search
# Words that say nothing about what someone looks for (comma-separated):
# a search ignores them. Short, common words of your language.
search-stop-words = kuv, koj, nws, peb, nej, lawv, yog, thiab, los, sis, los sis, rau, hauv, nyob, ntawm, tus, lub, ib, tau, yuav, muaj, cov, no, ntawd, li, kom, xav, pab, kev, thov, txog, ua, es, mas, ces, lawm
# Words for "language": "help in my language" finds contacts who speak the
# language the search is typed in.
search-language-words = lus, hom lus, kuv hom lus, hais lus, txhais lus, neeg txhais lus

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
contact-new-americans-hotline-about = Lub xov tooj dawb thiab zais cia ntawm lub xeev New York uas xa koj mus rau kev pab txog kev cai lij choj tsiv teb tsaws chaw, suav nrog cov teeb meem xa tawm teb chaws, muaj ntau tshaj 200 hom lus. Lawv kuj xa tau ib tug neeg uas raug kaw vim kev tsiv teb tsaws chaw mus rau kev pab txog kev cai lij choj dawb. Hnub Monday txog Friday 8 teev sawv ntxov txog 8 teev tsaus ntuj, thiab hnub Saturday thiab Sunday 9 teev sawv ntxov txog 5 teev tsaus ntuj.
contact-legal-aid-nyc-about = Kev pab txog kev cai lij choj rau cov neeg tsiv teb tsaws chaw hauv lub nroog New York.
contact-mixteca-about = Kev pab rau cov neeg tsiv teb tsaws chaw los ntawm Mexico thiab Latin America hauv Brooklyn.
contact-icirr-about = Hu los sis xa text, 24 teev. Qhia thaum ICE tuaj ntes neeg, thiab tau kev txhawb nqa rau tsev neeg thiab kev xa mus rau qhov chaw pab. Tus xov tooj no sau ua ntawv tau 855-HELP-MY-FAMILY.
contact-chirla-about = Kev pab txog kev cai lij choj, kev koom tes ua ke hauv zej zog, thiab kev pab kom paub koj cov cai, hauv Los Angeles.
contact-maof-about = Kev pab cuam hauv Los Angeles. Qhov no tsis yog kev pab txog kev cai lij choj.
contact-border-angels-about = Kev pab tib neeg thiab kev sab laj hauv San Diego thiab ntawm ciam teb.
contact-mariposas-about = Kev txhawb nqa rau cov neeg tsiv teb tsaws chaw LGBTQ uas raug kaw, hauv Tucson.
contact-chirla-national-hotline-about = Xov tooj pab thoob plaws teb chaws uas CHIRLA hauv Los Angeles khiav. Hu tuaj qhia txog tej uas ICE ua thiab thov kev txhawb nqa. Muaj neeg teb txhua hnub; koj kuj tso tau lus cia (voicemail). Lawv cov neeg pab dawb uas mus saib xyuas tej lus qhia nyob hauv Los Angeles.
contact-migrawatch-about = Xov tooj pab thoob plaws teb chaws los ntawm United We Dream. Qhia txog tej uas ICE ua, thiab tau kev txhawb nqa.
contact-legal-directory-about = Nrhiav kev pab txog kev cai lij choj dawb los sis pheej yig los ntawm cov koom haum tsis ua lag luam nyob ze koj. Nrhiav raws li tus lej ZIP.
contact-nijc-about = Kev pab txog kev cai lij choj, suav nrog rau cov neeg raug kaw thiab cov neeg thov kev tiv thaiv (asylum).
contact-clinic-about = Kev pab cuam thiab kev pab txog kev cai lij choj los ntawm cov chaw ua haujlwm Catholic Charities hauv zos.
contact-young-center-about = Cov neeg tawm suab rau cov menyuam uas tuaj txog Asmeslivkas ib leeg. Lawv txais kev xa menyuam tuaj los ntawm ib daim ntawv (form) hauv lawv lub vev xaib.
contact-aclu-about = Lus qhia kom paub koj cov cai, thiab tej rooj plaub hauv tsev hais plaub txog cov cai ntawm cov neeg tsiv teb tsaws chaw.
contact-asian-law-caucus-about = Lus qhia txog kev cai lij choj rau cov neeg tawg rog Es Xias Qab Teb Hnub Tuaj uas nyob hauv California thiab muaj daim ntawv txiav txim kom xa tawm teb chaws.
contact-ajsocal-legal-about = Xov tooj pab txog kev cai lij choj, hauv sab qab teb California.
contact-ajsocal-khmer-about = Xov tooj pab txog kev cai lij choj ua lus Khmer, hauv sab qab teb California.
contact-ajsocal-vietnamese-about = Xov tooj pab txog kev cai lij choj ua lus Nyab Laj, hauv sab qab teb California.
contact-searac-about = Cov ntaub ntawv qhia rau cov neeg Asmeslivkas keeb kwm Es Xias Qab Teb Hnub Tuaj uas yuav raug xa tawm teb chaws, thiab kev tawm suab. Email: immigration@searac.org
contact-mn8-about = Ib pab pawg Es Xias Qab Teb Hnub Tuaj hauv Minnesota uas tawm tsam kev xa neeg tawm teb chaws. Pab kom paub koj cov cai ua lus Askiv, lus Khmer, lus Hmoob thiab lus Nyab Laj.

# Added 2026-12-01 (contacts for every state).
contact-ilcm-minnesota-about = Kev pab txog kev cai lij choj tsiv teb tsaws chaw dawb rau cov neeg tsiv teb tsaws chaw thiab cov neeg tawg rog uas tau nyiaj tsawg hauv Minnesota, suav nrog cov neeg raug kaw. Lawv kuj qhia neeg kom paub lawv cov cai.
contact-monarca-rapid-response-mn-about = Hu tuaj qhia thaum pom cov neeg ICE sib sau ua ke, los sis thaum muaj neeg raug ntes los sis raug caum, hauv Twin Cities (Minneapolis thiab St. Paul). Pab neeg tuaj pab sai tuaj tau.
contact-copal-minnesota-about = Koom haum hauv zej zog Latino uas muaj xov tooj pab los qhia thaum ICE ntes neeg, thiab kom tsev neeg tau kev txhawb nqa. Lawv qhia neeg kawm saib xyuas ICE thoob plaws Minnesota.
contact-hmong-american-partnership-about = Kev pab txog haujlwm, cov hluas, kev noj qab haus huv thiab tsev neeg rau cov tsev neeg Hmoob thiab lwm cov tsev neeg tawg rog thiab tsiv teb tsaws chaw hauv Twin Cities (Minneapolis thiab St. Paul).
contact-voces-de-la-frontera-about = Xov tooj pab los ntawm cov neeg pab dawb los qhia txog tej uas ICE ua hauv Wisconsin; cov neeg pab dawb xyuas cov lus qhia. Lawv pab cov tsev neeg ntawm cov neeg raug kaw nrhiav tau kws lij choj.
contact-forward-latino-hotline-about = Xov tooj pab 24 teev, muaj neeg ua haujlwm teb, rau cov neeg raug kev cuam tshuam los ntawm kev siv txoj cai tsiv teb tsaws chaw. Kev pab thaum xwm ceev thiab tej cuab yeej pab tsev neeg npaj txhij.
contact-catholic-charities-milwaukee-immigration-about = Kev pab txog kev cai lij choj tsiv teb tsaws chaw pheej yig rau cov neeg tau nyiaj tsawg hauv kaum lub county sab qab teb hnub tuaj ntawm Wisconsin, yuav tsum teem sij hawm ua ntej. Thov nug extension 4418.
contact-community-immigration-law-center-madison-about = Chaw pab dawb txog kev tsiv teb tsaws chaw (clinic) thiab kev pab txog kev cai lij choj rau cov neeg hauv Madison thiab Dane County uas yuav raug xa tawm teb chaws.
contact-hmong-american-center-wausau-about = Ib lub chaw hauv Wausau rau cov tsev neeg Hmoob thiab lwm cov tsev neeg Es Xias Qab Teb Hnub Tuaj hauv nruab nrab Wisconsin. Kev txhais lus, kev pab txog kev noj qab haus huv, kev pab rau cov laus thiab kev kawm ntawv.
contact-hmong-american-friendship-association-about = Ib lub chaw hauv Milwaukee rau zej zog Es Xias Qab Teb Hnub Tuaj: kev txhais ntawv, kev xa mus rau qhov chaw pab, chaw faib zaub mov (food pantry), thiab kev pab rau cov laus thiab kev nrhiav haujlwm.
contact-hmong-american-womens-association-about = Ib pab pawg hauv Milwaukee uas txhawb cov poj niam, cov ntxhais, thiab cov neeg queer thiab trans Es Xias Qab Teb Hnub Tuaj, tshwj xeeb yog cov neeg dim ntawm kev tsim txom hauv tsev neeg thiab kev tsim txom txog kev sib deev.
contact-waisn-deportation-defense-hotline-about = Hu los sis xa text los qhia txog tej uas ICE ua hauv lub xeev Washington. Cov neeg pab dawb xyuas cov lus qhia thiab pab cov tsev neeg ntawm cov neeg raug kaw nrhiav kev pab txog kev cai lij choj.
contact-nwirp-washington-about = Kev pab txog kev cai lij choj tsiv teb tsaws chaw dawb rau cov neeg tsiv teb tsaws chaw uas tau nyiaj tsawg hauv lub xeev Washington, suav nrog kev thov kev tiv thaiv (asylum) thiab kev tawm tsam kev xa tawm teb chaws, thiab ntawm lub chaw kaw neeg hauv Tacoma.
contact-khaag-washington-about = Kev txhawb nqa rau cov neeg Asmeslivkas keeb kwm Khmer thiab lwm haiv neeg Es Xias Qab Teb Hnub Tuaj uas muaj daim ntawv txiav txim kom xa tawm teb chaws, raug ICE kaw, los sis yuav raug xa tawm teb chaws. Lawv xa neeg mus rau NWIRP kom tau kev pab txog kev cai lij choj.
contact-hias-pennsylvania-about = Kev pab txog kev cai lij choj tsiv teb tsaws chaw dawb rau cov neeg tsiv teb tsaws chaw uas tau nyiaj tsawg, suav nrog kev thov kev tiv thaiv (asylum) thiab kev tawm tsam kev xa tawm teb chaws. Kuj muaj kev pab rau neeg tawg rog thiab kev pab cuam, hauv thaj tsam Philadelphia.
contact-pirc-pennsylvania-about = Kev pab txog kev cai lij choj rau cov neeg tsiv teb tsaws chaw hauv Pennsylvania, txawm raug kaw los tsis raug kaw, suav nrog cov neeg dim ntawm kev tsim txom hauv tsev neeg. Lawv kuj qhia txog cov cai thiab nrhiav kws lij choj dawb.
contact-erie-ice-rapid-response-about = Hu tuaj qhia txog tej uas ICE ua, los sis thaum koj tus neeg hlub raug kaw, hauv Erie County. Cov neeg pab dawb uas tau kawm tuaj saib, sau cia thiab npaj kev txhawb nqa.
contact-cambodian-association-greater-philadelphia-about = Kev pab rau cov neeg tawg rog thiab cov neeg tsiv teb tsaws chaw Khmer hauv Philadelphia: neeg ua haujlwm pab saib xyuas koj qhov teeb meem (case worker), kev pab rau cov hluas thiab kev kawm ntawv, thiab kev txhawb nqa txog kev noj qab haus huv.
contact-vietlead-philadelphia-about = Pab pawg hauv zej zog Es Xias Qab Teb Hnub Tuaj hauv Philadelphia. Lawv pab neeg tawm suab rau cov neeg tawg rog Khmer thiab Nyab Laj uas yuav raug xa tawm teb chaws.
contact-luce-hotline-massachusetts-about = Hu tuaj qhia thaum koj pom cov neeg ua haujlwm tsiv teb tsaws chaw nyob qhov twg hauv Massachusetts. Cov neeg pab dawb uas tau kawm xyuas cov lus qhia thiab sau cia tej yam tshwm sim.
contact-cmaa-lowell-about = Koom haum hauv zej zog Khmer (Cambodia) hauv Lowell. Kev txhais ntawv, kev rov ua daim npav ntsuab (green card), kev pab txog kev ua pej xeem, chav kawm lus Askiv thiab kev pab rau cov hluas, rau cov tsev neeg tsiv teb tsaws chaw.
contact-dorcas-international-ri-about = Kev pab txog kev cai lij choj tsiv teb tsaws chaw pheej yig hauv Rhode Island, xws li kev ua pej xeem, daim npav ntsuab (green card) thiab kev rov ua DACA los sis TPS. Lawv kuj pab cov neeg tawg rog pib lub neej tshiab ntawm no.
contact-amor-defense-line-ri-about = Xov tooj ua lus Askiv thiab lus Mev (Spanish) rau cov neeg uas ntsib ICE los sis kev ua phem ntawm tub ceev xwm. Lawv xa koj mus rau ib tug neeg ua haujlwm saib xyuas koj qhov teeb meem thiab kev txhawb nqa hauv zej zog.
contact-prysm-providence-about = Pab pawg hauv Providence uas cov hluas Es Xias Qab Teb Hnub Tuaj coj. Lawv koom tes ua ke tawm tsam kev xa cov neeg tawg rog Khmer tawm teb chaws.
contact-siembra-nc-about = Nrhiav tsis tau tus xov tooj rau lub xov tooj pab no. Xov tooj pab los qhia txog tej uas ICE ua hauv North Carolina. Lawv xa cov tsev neeg mus rau kws lij choj tsiv teb tsaws chaw thiab pab lawv npaj ib daim phiaj xwm rau thaum xwm ceev.
contact-respuesta-rapida-durham-about = Xov tooj pab sai hauv Durham. Hu tuaj qhia thaum koj pom ICE los sis pom neeg raug ntes.
contact-nc-justice-center-irrp-about = Kev pab txog kev cai lij choj rau cov neeg tsiv teb tsaws chaw uas tau nyiaj tsawg hauv North Carolina, txog kev ua pej xeem, kev thov rau tsev neeg (family petitions) thiab lwm yam rooj plaub txog txoj cai nyob hauv Asmeslivkas (immigration status).
contact-nc-hmong-womens-association-about = Kev txhawb nqa rau cov poj niam Hmoob thiab zej zog Hmoob hauv thaj tsam Hickory thiab Morganton.
contact-mirc-michigan-about = Kev pab txog kev cai lij choj tsiv teb tsaws chaw dawb thoob plaws Michigan, kuj pab cov menyuam thiab cov neeg ua liaj ua teb. Muaj lub rooj pab (help desk) ntawm tsev hais plaub tsiv teb tsaws chaw hauv Detroit rau cov neeg uas muaj rooj plaub xa tawm teb chaws.
contact-acrl-hotline-michigan-about = Hu tuaj qhia thaum cov neeg ua haujlwm tsiv teb tsaws chaw ua tsis tsim nyog hauv thaj tsam Detroit, thiab kawm paub koj cov cai.
contact-raices-texas-about = Kev pab txog kev cai lij choj dawb thiab pheej yig hauv Texas rau cov menyuam, tsev neeg thiab neeg tawg rog uas tsiv teb tsaws chaw, suav nrog kev tawm tsam kev xa tawm teb chaws thiab kev pab txog nyiaj them bond.
contact-houston-immigration-legal-services-collaborative-about = Ib pab koom haum hauv Houston uas khiav lub xov tooj pab Immigrant Rights Hotline. Lawv xa cov neeg hu tuaj mus rau kws lij choj tsiv teb tsaws chaw dawb thiab pheej yig.
contact-trla-texas-about = Kev pab txog kev cai lij choj dawb rau tej rooj plaub civil rau cov neeg tau nyiaj tsawg, suav nrog cov neeg ua liaj ua teb, hauv 68 lub county hauv Texas.
contact-woori-juntos-houston-about = Pab pawg hauv zej zog hauv Houston uas koom tes ua ke tawm tsam kev xa cov neeg tawg rog Nyab Laj thiab Nplog tawm teb chaws. Lawv qhia cov tsev neeg kom paub lawv cov cai.
contact-san-mateo-rapid-response-about = Xov tooj pab 24 teev los qhia txog tej uas ICE ua hauv San Mateo County. Lawv xyuas seb puas muaj neeg raug ntes tiag, nrhiav kws lij choj xwm ceev tib hnub ntawd thiab txhawb cov tsev neeg.
contact-oc-rapid-response-network-about = Xov tooj pab hauv Orange County uas xyuas cov lus qhia txog ICE thiab saib xyuas kev ntes neeg ntawm tsev hais plaub. Lawv pab cov tsev neeg ntawm cov neeg raug kaw kom paub kev hauv txoj kev cai lij choj.
contact-khmer-girls-in-action-about = Koom haum hauv zej zog Khmer (Cambodia) hauv Long Beach. Lawv tawm tsam kev xa cov neeg tawg rog Khmer tawm teb chaws thiab npaj kev sib tham hauv zej zog txog kev xa tawm teb chaws.
contact-fresno-center-about = Ib lub koom haum hauv Fresno uas pab cov tsev neeg tawg rog Hmoob thiab lwm cov Es Xias Qab Teb Hnub Tuaj hauv Central Valley.
contact-florida-raise-hotline-about = Xov tooj pab hauv Florida los kawm paub koj cov cai, teb rau kev siv txoj cai tsiv teb tsaws chaw, nrhiav ib tug txheeb ze uas raug kaw, thiab txuas koj rau kws lij choj dawb.
contact-americans-for-immigrant-justice-about = Lub chaw kws lij choj tsis ua lag luam hauv Miami. Kev pab txog kev cai lij choj dawb rau cov menyuam tsiv teb tsaws chaw, cov neeg thov kev tiv thaiv (asylum), cov neeg dim ntawm kev muag neeg los sis kev tsim txom, thiab cov neeg raug kaw.
contact-nj-alliance-for-immigrant-justice-about = Ib pawg koom haum neeg tsiv teb tsaws chaw hauv New Jersey uas koom tes ua ke. Hauv lawv lub vev xaib, koj qhia tau thaum koj pom ICE, thiab nrhiav tau daim npav qhia koj cov cai thiab npe cov chaw pab txog kev cai lij choj.
contact-dire-hotline-nj-about = Nrhiav tsis tau tus xov tooj rau lub xov tooj pab no. Xov tooj pab los ntawm cov neeg pab dawb hauv nruab nrab New Jersey rau thaum muaj xwm ceev txog kev tsiv teb tsaws chaw. Lawv xa pab neeg tuaj pab sai mus thiab txhawb cov tsev neeg uas yuav raug kaw.
contact-gain-georgia-about = Kev pab txog kev cai lij choj tsiv teb tsaws chaw dawb hauv Georgia rau cov neeg thov kev tiv thaiv (asylum), cov neeg dim ntawm kev ua txhaum cai los sis kev muag neeg, thiab cov neeg Afghanistan uas raug coj tawm los (evacuees).
contact-advancing-justice-atlanta-about = Kev pab txog kev cai lij choj tsiv teb tsaws chaw dawb thiab pheej yig rau cov zej zog Asmeslivkas keeb kwm Es Xias, Pacific Islander, Arab, Muslim thiab South Asian hauv Georgia thiab sab qab teb hnub tuaj ntawm Asmeslivkas.
contact-glahr-georgia-about = Pab pawg tawm suab rau cov cai ntawm cov neeg Latino hauv Atlanta. Lawv pab neeg tuaj pab sai sau cia tej kev ntes neeg ntawm ICE thiab qhia neeg kom paub lawv cov cai raws li tsab cai tswj fwm teb chaws (Constitution).
contact-colorado-rapid-response-network-about = Xov tooj pab 24 teev los qhia txog tej uas ICE ua hauv Colorado thiab sab qab teb Wyoming. Nias 1 los tham nrog tus neeg uas xa cov neeg pab dawb mus, los sis nias 2 los qhia txog ib zaug koj ntsib dhau los lawm.
contact-circ-colorado-about = Pab pawg tawm suab rau cov cai ntawm cov neeg tsiv teb tsaws chaw hauv Colorado. Lawv pab neeg sau cia tej zaum neeg ntsib ICE thiab xa neeg mus rau qhov chaw pab txog kev cai lij choj.
contact-puente-arizona-hotline-about = Hu tuaj qhia txog ICE los sis Border Patrol hauv thaj tsam Phoenix. Lawv xyuas cov lus qhia, xa pab neeg mus piav txog cov cai thiab sau cia kev ntes neeg, thiab xa text ceeb toom.
contact-tucson-community-rapid-response-about = Xov tooj pab 24 teev hauv Tucson rau cov neeg uas tub ceev xwm los sis cov neeg ua haujlwm tsiv teb tsaws chaw yuav ntes. Lawv xa neeg tuaj saib, thiab nrog cov tsev neeg thiab tib neeg mus tsev hais plaub tsiv teb tsaws chaw.
contact-florence-project-arizona-about = Kev pab txog kev cai lij choj thiab kev pab cuam dawb rau cov neeg loj thiab cov menyuam uas nyob ib leeg uas raug kaw hauv chaw kaw neeg tsiv teb tsaws chaw hauv Arizona thiab yuav raug xa tawm teb chaws.
contact-nevada-immigrant-coalition-about = Ib pawg koom haum tawm suab rau cov cai ntawm cov neeg tsiv teb tsaws chaw hauv Nevada uas koom tes ua ke. Lawv taug qab tej uas ICE ua thiab xyuas kom tseeb, thiab tawm suab rau cov tsev neeg tsiv teb tsaws chaw.
contact-unlv-immigration-clinic-about = Kev sab laj dawb thiab kev pab tawm tsam kev xa tawm teb chaws rau cov neeg loj uas raug kaw thiab cov menyuam uas nyob ib leeg hauv sab qab teb Nevada. Lub chaw ua haujlwm nyob hauv plawv nroog Las Vegas.
contact-casa-maryland-about = Hu tuaj qhia txog tej uas tej zaum yog ICE los sis CBP ua, thiab lawv yuav xyuas. Kev pab txog kev ua pej xeem thiab kev cai lij choj ntawm cov chaw txais tos thoob plaws Maryland.
contact-maryland-immigrant-legal-assistance-project-about = Kev sab laj dawb txog kev tsiv teb tsaws chaw rau cov menyuam thiab tsev neeg uas muaj rooj plaub xa tawm teb chaws, ntawm tsev hais plaub tsiv teb tsaws chaw hauv Baltimore thiab ntawm cov chaw pab hnub Rau (Saturday) thoob plaws Maryland.
contact-legal-aid-justice-center-virginia-about = Chaw pab txog kev cai lij choj hauv Virginia uas tawm tsam kev kaw neeg tsiv teb tsaws chaw thiab kev xa tawm teb chaws, kuj pab cov neeg tsiv teb tsaws chaw uas raug muab rau ICE. Lawv pab khiav lub xov tooj pab Rapid Response to Raids hauv sab qaum teb Virginia.
contact-ciri-connecticut-about = Kev pab txog kev cai lij choj tsiv teb tsaws chaw uas tus nqi tsim nyog hauv Connecticut, xws li kev thov kev tiv thaiv (asylum), daim npav ua haujlwm (work permit) thiab kev tawm tsam kev xa tawm teb chaws. Lawv kuj pab cov neeg tawg rog pib lub neej tshiab ntawm no.
contact-unidad-latina-en-accion-ct-about = Nrhiav tsis tau tus xov tooj rau lub xov tooj pab no. Xov tooj pab 24 teev ua lus Mev thiab lus Askiv hauv New Haven. Lawv xyuas seb ICE puas tuaj ntes neeg tiag thiab hu cov neeg hauv zej zog, cov thawj coj kev ntseeg thiab kws lij choj thoob plaws Connecticut tuaj pab.
contact-able-ohio-immigration-about = Kev pab txog kev cai lij choj tsiv teb tsaws chaw dawb rau cov neeg tsiv teb tsaws chaw thiab neeg tawg rog uas tau nyiaj tsawg hauv sab qaum teb hnub poob thiab nruab nrab sab hnub poob ntawm Ohio. Kev pab tawm tsam kev xa tawm teb chaws rau cov neeg nyob hauv Columbus.
contact-tirrc-tennessee-about = Xov tooj pab hauv Tennessee rau cov tsev neeg uas lawv tus neeg hlub raug cov neeg ua haujlwm tsiv teb tsaws chaw ntes kaw. Lawv xa koj mus rau kws lij choj thiab qhia txog koj cov cai.
contact-nm-immigrant-law-center-about = Kev pab txog kev cai lij choj tsiv teb tsaws chaw hauv Albuquerque. Lawv piav txog koj cov cai thiab yuav ua li cas yog ICE ntes koj ib tug neeg hauv tsev neeg.
contact-cair-coalition-dc-about = Kev pab txog kev cai lij choj rau cov neeg tsiv teb tsaws chaw uas raug kaw, cov neeg loj thiab cov menyuam uas nyob ib leeg, los ntawm Washington, D.C., Maryland thiab Virginia.
contact-migrant-solidarity-mutual-aid-dc-about = Hu tuaj qhia txog kev siv txoj cai tsiv teb tsaws chaw hauv Washington, D.C. Lawv kuj tshaj tawm xov xwm txog tej uas tub ceev xwm thiab lwm cov neeg saib xyuas txoj cai ua thoob plaws Washington, D.C.
contact-ayuda-legal-puerto-rico-about = Kev pab txog kev cai lij choj dawb hauv xov tooj rau cov neeg tsiv teb tsaws chaw hauv Puerto Rico, suav nrog zej zog Dominican hauv Barrio Obrero.
contact-st-louis-rapid-response-line-about = Hu tuaj qhia txog tej uas ICE ua hauv thaj tsam St. Louis. Cov neeg pab dawb xyuas cov lus qhia, thiab cov kws lij choj tsiv teb tsaws chaw uas tos hu muab lus qhia txog kev cai lij choj.

# Added 2026-12-01, second pass (the places that had none).
contact-maine-ice-watch-hotline-about = Xov tooj thoob plaws lub xeev los qhia thiab xyuas tej uas ICE los sis Border Patrol ua. Lawv pab koj nrhiav tau kev txhawb nqa.
contact-ilap-maine-about = Kev pab txog kev cai lij choj tsiv teb tsaws chaw dawb thiab pheej yig rau cov neeg nyob hauv Maine uas tau nyiaj tsawg, suav nrog kev thov kev tiv thaiv (asylum) thiab kev tawm tsam kev xa tawm teb chaws.
contact-vaap-vermont-about = Kev pab txog kev cai lij choj tsiv teb tsaws chaw dawb rau cov neeg thov kev tiv thaiv (asylum) thiab cov neeg raug kaw hauv Vermont. Lawv kuj taug qab tej uas ICE ua.
contact-migrant-justice-vermont-about = Ib pab pawg uas cov neeg ua liaj ua teb coj. Lawv qhia kom paub koj cov cai, muaj kev nrog mus, thiab muaj pab neeg tuaj pab sai thoob plaws lub xeev.
contact-the-legal-clinic-hawaii-about = Kev pab txog kev cai lij choj tsiv teb tsaws chaw dawb rau cov neeg tsiv teb tsaws chaw uas tau nyiaj tsawg hauv Hawaii, suav nrog cov neeg tsiv teb tsaws chaw COFA.
contact-uh-refugee-immigration-law-clinic-about = Chaw pab (clinic) ntawm ib lub tsev kawm ntawv kev cai lij choj uas pab cov neeg thov kev tiv thaiv (asylum) thiab cov neeg raug ICE kaw. Lawv muaj xov tooj pab txog kev tawm tsam kev xa tawm teb chaws.
contact-exodus-refugee-immigration-indiana-about = Pab cov neeg tawg rog, cov neeg thov kev tiv thaiv (asylum) thiab lwm cov neeg tsiv teb tsaws chaw uas tuaj vim kev pab tib neeg (humanitarian) hauv nruab nrab Indiana kom pib lub neej tshiab thiab paub txoj kev tsiv teb tsaws chaw.
contact-indiana-aid-detention-about = Cov neeg pab dawb uas mus xyuas thiab txhawb cov neeg raug ICE kaw hauv cov tsev loj cuj hauv Indiana, thiab qhia txog tej kev pab.
contact-iowa-mmj-about = Pab pawg tawm suab rau cov cai ntawm cov neeg tsiv teb tsaws chaw thoob plaws Iowa. Kev pab txog kev cai lij choj tsiv teb tsaws chaw dawb los sis pheej yig ntawm cov chaw pab (clinic) thoob plaws lub xeev.
contact-holy-cross-ministries-utah-about = Kev pab txog kev cai lij choj tsiv teb tsaws chaw pheej yig los sis dawb, kev pab txog kev ua pej xeem, thiab cov chav qhia kom paub koj cov cai rau cov tsev neeg hauv Utah.
contact-airr-kansas-missouri-about = Ib pab pawg hauv Kansas City uas pab kom paub koj cov cai, tuaj pab sai thaum ICE tuaj, thiab xa koj mus rau kws lij choj.
contact-la-aid-louisiana-about = Cov neeg pab dawb uas txhawb cov neeg raug ICE kaw hauv Louisiana thiab pab lawv tom qab lawv tawm hauv chaw kaw neeg los.
contact-catholic-charities-new-orleans-immigration-about = Kev pab txog kev cai lij choj tsiv teb tsaws chaw pheej yig uas raug lees paub (accredited), thiab kev pab txog kev ua pej xeem, hauv thaj tsam New Orleans.
contact-mira-mississippi-about = Pab pawg tawm suab rau cov cai ntawm cov neeg tsiv teb tsaws chaw thoob plaws Mississippi. Cov chav qhia kom paub koj cov cai, ib qho kev pab txog kev cai lij choj, thiab kev tuaj pab thaum ICE tuaj ntes neeg.
contact-catholic-charities-arkansas-immigration-about = Kev sab laj txog kev tsiv teb tsaws chaw pheej yig thiab kev pab kom paub koj cov cai, ntawm cov chaw ua haujlwm Catholic Charities hauv Little Rock thiab Springdale.
contact-aclu-arkansas-ice-report-about = Daim ntawv online los qhia txog tej uas ICE ua uas ua rau koj txhawj, los sis thaum muaj neeg ua txhaum koj cov cai, hauv Arkansas.
contact-helping-neighbors-lnk-about = Cov koom haum tsis ua lag luam hauv Lincoln uas xyuas cov lus qhia txog tej uas ICE ua, thiab coj cov tsev neeg thaum muaj ib tug neeg raug ntes kaw.
contact-la-esperanza-delaware-about = Kev sab laj txog kev tsiv teb tsaws chaw dawb, kev pab txog kev ua pej xeem thiab daim npav qhia koj cov cai rau cov tsev neeg Latino thiab tsiv teb tsaws chaw hauv Sussex County.
contact-aire-northwest-arkansas-about = Nrhiav tsis tau tus xov tooj rau lub xov tooj pab no. Ib pab pawg neeg pab dawb hauv sab qaum teb hnub poob Arkansas uas qhia txog cov cai thiab khiav ib lub xov tooj los qhia thaum pom ICE.
contact-aclu-idaho-immigrant-rights-about = Lus qhia kom paub koj cov cai rau cov neeg tsiv teb tsaws chaw hauv Idaho, daim npav liab, thiab tej cuab yeej pab npaj txhij rau thaum muaj xwm ceev.
contact-sd-voices-for-peace-about = Kev pab txog kev cai lij choj tsiv teb tsaws chaw dawb rau cov menyuam uas muaj rooj plaub hauv tsev hais plaub tsiv teb tsaws chaw thiab cov neeg dim ntawm kev ua txhaum cai. Kuj muaj lus qhia kom paub koj cov cai.
contact-bienvenidos-gallatin-valley-about = Ib lub koom haum tsis ua lag luam hauv Bozeman uas txais tos cov tsev neeg hais lus Mev thiab pab lawv nrhiav lawv cov txheeb ze uas raug cov neeg ua haujlwm tsiv teb tsaws chaw ntes kaw.
contact-mija-montana-about = Pab pawg thoob plaws lub xeev uas qhia cov neeg tsiv teb tsaws chaw kom paub lawv cov cai thiab muab kev pab txog kev cai lij choj.
contact-und-immigration-law-clinic-about = Chaw pab (clinic) ntawm ib lub tsev kawm ntawv kev cai lij choj uas muab kev pab txog kev cai lij choj tsiv teb tsaws chaw pheej yig, suav nrog rooj plaub thov kev tiv thaiv (asylum) thiab VAWA.
contact-ywca-tulsa-immigration-legal-about = Pab neeg ua haujlwm txog kev cai lij choj ntawm YWCA hauv Tulsa uas pab cov neeg tsiv teb tsaws chaw txog tej teeb meem tsiv teb tsaws chaw thiab qhia kom paub koj cov cai.
contact-new-sanctuary-network-tulsa-about = Ib pab pawg ntseeg hauv Tulsa uas txhawb cov neeg tsis muaj ntaub ntawv thiab tawm tsam kev xa tawm teb chaws.
contact-wvu-immigration-law-clinic-about = Kev pab txog kev cai lij choj tsiv teb tsaws chaw dawb los ntawm cov tub ntxhais kawm kev cai lij choj uas muaj neeg saib xyuas, suav nrog rooj plaub xa tawm teb chaws thiab rooj plaub thov kev tiv thaiv (asylum).
contact-aclu-west-virginia-immigrants-about = Ntaub ntawv qhia kom paub koj cov cai ua lus Askiv thiab lus Mev rau cov neeg tsiv teb tsaws chaw uas ntsib ICE hauv West Virginia.
contact-charleston-immigrant-hotline-about = Nrhiav tsis tau tus xov tooj rau lub xov tooj pab no. Xov tooj los ntawm cov neeg pab dawb uas txais kev hu thiab text txog tej uas zoo li ICE ua hauv Charleston, thiab xyuas cov lus qhia.
contact-lsc-new-americans-immigration-sc-about = Kev pab txog kev cai lij choj tsiv teb tsaws chaw pheej yig thiab dawb rau cov neeg tawg rog thiab cov neeg tsiv teb tsaws chaw uas siv kev pab ntawm Lutheran Services Carolinas.
contact-acij-alabama-about = Pawg koom haum thoob plaws Alabama uas koom tes ua ke tawm suab rau cov cai ntawm cov neeg tsiv teb tsaws chaw. Lawv tuaj pab thaum ICE ntes kaw neeg thiab pab cov tsev neeg nrhiav kev pab.
contact-hica-alabama-about = Chaw pab (clinic) txog kev cai lij choj tsiv teb tsaws chaw pheej yig, kev pab txog kev ua pej xeem thiab DACA rau cov tsev neeg Latino thiab tsiv teb tsaws chaw hauv Alabama.
contact-kentucky-refugee-ministries-about = Kev pab rau cov neeg tawg rog thiab cov neeg tsiv teb tsaws chaw, muaj chaw ua haujlwm txog kev cai lij choj tsiv teb tsaws chaw hauv Louisville thiab Lexington pab txog kev ua pej xeem thiab kev nyob ruaj khov (residency).
contact-neighbors-immigration-clinic-ky-about = Ib lub koom haum tsis ua lag luam hauv Lexington uas muab kws lij choj sawv cev rau cov neeg tsiv teb tsaws chaw, tshwj xeeb yog kev tawm tsam kev xa tawm teb chaws thiab kev thov kev tiv thaiv (asylum).
contact-alaska-institute-for-justice-about = Lub koom haum tsis ua lag luam thoob plaws Alaska rau kev pab txog kev cai lij choj tsiv teb tsaws chaw dawb thiab pheej yig, suav nrog cov neeg uas yuav raug xa tawm teb chaws.
contact-immigrant-legal-center-nebraska-about = Lub chaw kws lij choj tsiv teb tsaws chaw tsis ua lag luam rau cov neeg tsiv teb tsaws chaw uas tau nyiaj tsawg hauv Nebraska. Lawv muaj ib txoj kev npaj tuaj pab sai thaum ICE tuaj ntes neeg.
contact-ohio-immigrant-alliance-about = Pab pawg thoob plaws lub xeev uas taug qab tej kev kaw neeg ntawm ICE hauv Ohio, thiab txhawb cov neeg raug kaw thiab lawv tsev neeg.
contact-nh-alliance-immigrants-refugees-about = Pab pawg tawm suab rau cov neeg tsiv teb tsaws chaw hauv New Hampshire. Lawv txhawb cov tsev neeg thaum lub xeev muaj cov cai tshiab txog kev koom tes nrog ICE.
contact-el-centro-igualdad-derechos-nm-about = Pab pawg tawm suab rau cov cai ntawm cov neeg tsiv teb tsaws chaw hauv Albuquerque. Lawv khiav cov chav qhia kom paub koj cov cai thiab koom tes ua ke hauv zej zog.
contact-vecindarios-901-memphis-about = Nrhiav tsis tau tus xov tooj rau lub xov tooj pab no. Pab neeg pab dawb tuaj pab sai hauv Memphis, muaj xov tooj pab los qhia thiab xyuas kev siv txoj cai tsiv teb tsaws chaw.
contact-comunidades-unidas-utah-about = Pab pawg tawm suab rau cov cai ntawm cov neeg Latino thiab tsiv teb tsaws chaw hauv Utah, muaj chaw pab (clinic) txog kev tsiv teb tsaws chaw, lus qhia txog kev tawm tsam kev xa tawm teb chaws, thiab tej kev sib sau qhia kom paub koj cov cai.

# Added 2026-12-07 (the contacts review's gaps: Oregon legal help, Chinese-language help, bond funds, Philadelphia).
contact-equity-corps-oregon-about = Kws lij choj tsiv teb tsaws chaw dawb, thiab kev pab them nqi xa ntawv, rau cov neeg hauv Oregon uas tau nyiaj tsawg thiab yuav raug xa tawm teb chaws los sis xav tau kev pab txog teeb meem tsiv teb tsaws chaw. Hu rau lub chaw txais xov tooj rau tag nrho lub xeev kom sau npe.
contact-ajsocal-chinese-about = Xov tooj pab txog kev cai lij choj ua lus Suav (Mandarin thiab Cantonese), hauv sab qab teb California. Kev qhia txog kev cai lij choj dawb los sis pheej yig, suav nrog txog kev tsiv teb tsaws chaw thiab kev ua pej xeem.
contact-caa-san-francisco-about = Pab pawg tawm suab rau cov cai pej xeem hauv San Francisco rau cov neeg Asmeslivkas keeb kwm Suav thiab lwm haiv neeg Es Xias. Lub Tsev Haujlwm Saib Xyuas Kev Ncaj Ncees (U.S. Department of Justice) tau tso cai rau lawv muab kev pab me ntsis txog kev cai lij choj tsiv teb tsaws chaw. Tso lus cia (voicemail) rau ntawm lawv lub xov tooj rau cov lus nug txog kev cai lij choj tsiv teb tsaws chaw.
contact-legal-aid-society-of-cleveland-mandarin-about = Xov tooj ua lus Suav Mandarin los thov kev pab txog kev cai lij choj dawb ntawm The Legal Aid Society of Cleveland, nyob rau sab qaum teb hnub tuaj ntawm Ohio, suav nrog cov teeb meem tsiv teb tsaws chaw.
contact-legal-aid-society-of-cleveland-spanish-about = Xov tooj ua lus Mev los thov kev pab txog kev cai lij choj dawb ntawm The Legal Aid Society of Cleveland, nyob rau sab qaum teb hnub tuaj ntawm Ohio, suav nrog cov teeb meem tsiv teb tsaws chaw.
contact-legal-aid-society-of-cleveland-vietnamese-about = Xov tooj ua lus Nyab Laj los thov kev pab txog kev cai lij choj dawb ntawm The Legal Aid Society of Cleveland, nyob rau sab qaum teb hnub tuaj ntawm Ohio, suav nrog cov teeb meem tsiv teb tsaws chaw.
contact-legal-services-nyc-about = Kev pab txog kev cai lij choj dawb hauv lub nroog New York, suav nrog txoj cai nyob hauv teb chaws (immigration status), kev thov kev tiv thaiv (asylum), thiab kev tiv thaiv rau cov neeg raug kev ua txhaum cai los sis kev tsim txom hauv tsev neeg. Hu tau hnub Monday txog Friday.
contact-advocates-for-human-rights-about = Kev pab txog kev cai lij choj dawb rau cov neeg raug kaw vim kev tsiv teb tsaws chaw hauv Minnesota, North Dakota thiab South Dakota: thov kom tso tawm los ntawm kev them bond los sis parole, thiab thov kev tiv thaiv (asylum). Hu ntawm txhua lub chaw kaw neeg hauv Minnesota tuaj rau tus xov tooj no yog dawb.
contact-minnesota-freedom-fund-about = Ib lub nyiaj pab hauv Minnesota uas them nyiaj bond tsiv teb tsaws chaw rau cov neeg uas ICE kaw thiab them tsis taus, thiab nyiaj bail rau cov teeb meem txhaum cai.
contact-lehigh-valley-rapid-response-about = Xov tooj los ntawm cov neeg pab dawb los qhia txog tej uas ICE ua los sis lwm yam xwm ceev txog kev tsiv teb tsaws chaw hauv Lehigh Valley, Pennsylvania. Cov neeg txais xov tooj hais lus Mev thiab lus Askiv thiab xa cov neeg pab dawb uas tau kawm tuaj.
contact-new-sanctuary-movement-philadelphia-about = Pab pawg ntau txoj kev ntseeg uas tawm suab rau cov cai ntawm cov neeg tsiv teb tsaws chaw hauv Philadelphia. Cov pawg ntseeg uas koom nrog lawv nrog cov tsev neeg uas yuav raug xa tawm teb chaws mus, thiab tau tos txais neeg (sanctuary). Lawv lub nyiaj pab hauv zej zog pab them bond thiab nqi kws lij choj.
contact-juntos-philadelphia-about = Pab pawg hauv zej zog rau cov neeg Latino tsiv teb tsaws chaw hauv South Philadelphia. Lawv qhia neeg kom paub lawv cov cai thiab yuav ua li cas thaum ICE tuaj txog ntawm lub qhov rooj.

## Where a contact's number or website was published (after the publisher's name)
punctuation-source = { $source }, { $kind }
source-kind-organisation-site = lub koom haum tus kheej lub vev xaib
source-kind-organisation-documents = lub koom haum tus kheej cov ntaub ntawv
source-kind-news = ib tsab xov xwm
source-kind-press-release = ib tsab xov xwm uas lub koom haum tshaj tawm (press release)
source-kind-city-service = lub nroog lub chaw qhia xov
source-kind-secondary = ib nplooj ntawv uas rov qhia dua los ntawm lwm qhov
source-kind-directory-only = ib daim ntawv teev chaw pab ntawm lwm pab pawg, tib nplooj ntawv uas nrhiav tau uas muaj tus xov tooj no (lub koom haum tus kheej cov nplooj ntawv tsis muaj tus xov tooj no)

## Ntxiv tom qab thawj zaug txhais
contact-local-short = Lub chaw no ntxiv
keys-search = Hauv "Nrhiav kev pab", ntaus ntawv kom nrhiav. Esc tshem qhov koj nrhiav. Tab mus rau cov xaiv "Qhov chaw" thiab "Hom".
keys-use-f-keys = Thaum cov ntawv koj ntaus mus rau qhov nrhiav, siv cov khawm F saum no.
contact-statewide-legal-services-ct-about = Xov tooj pab txog kev cai lij choj dawb hauv Connecticut, rau cov neeg tau nyiaj tsawg. New Haven Legal Assistance (nhlegal.org) hais tias lawv pab tau cov neeg tsis muaj ntaub ntawv, thiab lawv tsis qhia txog txoj cai nyob hauv Asmeslivkas (immigration status) rau tub ceev xwm lossis lwm lub chaw haujlwm ntawm tsoom fwv. Lawv nplooj ntawv hais tias cov neeg tsis muaj ntaub ntawv yuav tsum hu ncaj qha rau New Haven Legal Assistance.
contact-legal-aid-society-of-cleveland-about = Kev pab txog kev cai lij choj dawb nyob rau sab qaum teb hnub tuaj ntawm Ohio, suav nrog cov teeb meem tsiv teb tsaws chaw. Muaj neeg txhais lus yog koj thov.
contact-legal-services-vermont-helpline-about = Xov tooj pab txog kev cai lij choj dawb hauv Vermont. Nug seb lawv puas pab tau txog teeb meem tsiv teb tsaws chaw.
contact-legal-aid-of-nebraska-accessline-about = Kev pab txog kev cai lij choj dawb hauv Nebraska, muaj neeg ua haujlwm hais lus Mev. Nug seb lawv puas pab tau txog teeb meem tsiv teb tsaws chaw.
