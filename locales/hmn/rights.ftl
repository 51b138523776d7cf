# Know your rights: what to do, step by step.
# Short sentences. One action per step. The same word for the same thing
# everywhere (see glossary.md in this folder).
# Steps that carry a date rest on a policy that changes: keep the date in
# every language.

## Steps used in several topics (one sentence, the same everywhere)
say-free-to-go = Kuv puas mus tau?
say-silent = Kuv xaiv nyob ntsiag to.
say-no-search = Kuv tsis pom zoo kom nej tshawb.
say-lawyer = Kuv xav nrog kws lij choj tham.
dont-lie = Tsis txhob dag. Tsis txhob muab ntaub ntawv cuav rau lawv saib hlo li.
dont-sign = Tsis txhob kos npe rau ib daim ntawv twg ua ntej koj nrog kws lij choj tham.
dont-run = Tsis txhob khiav thiab tsis txhob tawm tsam.
proof-two-years = Nqa cov ntawv uas qhia tias koj nyob hauv Asmeslivkas tau ob xyoos los sis ntev dua: daim ntawv xauj tsev, cov ntawv them nqi (bills), cov ntawv nyiaj hli (pay stubs), ntaub ntawv tsev kawm ntawv los sis ntaub ntawv kho mob. Nqa cov ntawv luam (copies) xwb, tsis txhob nqa daim tiag (originals).

## Documents to carry, since the registration rule (street, car, work)
carry-registered = Txoj cai lij choj hais tias cov neeg uas tsis yog pej xeem Asmeslivkas, muaj 18 xyoo los sis laus dua, thiab tau sau npe nrog tsoom fwv lawm, yuav tsum nqa lawv daim pov thawj sau npe (proof of registration) nrog lawv txhua lub sij hawm. Txij hnub tim 11 lub Plaub Hlis xyoo 2025 los, tsoom fwv siv ib txoj kev cai tshiab los yuam kom neeg ua raws li qhov no. Tsis nqa daim pov thawj no yog ib qho kev ua txhaum cai.
carry-who = Koj tau sau npe lawm yog koj muaj, piv txwv li, daim npav ntsuab (green card), daim npav ua haujlwm (work permit), daim I-94 (txawm yog daim uas tas sij hawm lawm los xij, thiab daim uas cov neeg muaj parole tau txais), los sis daim ntawv hu mus tsev hais plaub tsiv teb tsaws chaw ("Notice to Appear"). Yog koj tsuas tau thov kev tiv thaiv (asylum), thov TPS los sis thov DACA xwb, tej zaum qhov ntawd tsis txaus: nug kws lij choj.
carry-proof = Yog koj muaj daim pov thawj zoo li no, nqa nws nrog koj.
carry-show = Yog koj tsis yog pej xeem Asmeslivkas, thiab ib tug neeg ua haujlwm tsiv teb tsaws chaw thov saib koj cov ntaub ntawv tsiv teb tsaws chaw, qhia cov ntaub ntawv uas koj nqa nrog koj rau nws saib.
carry-no-foreign = Yog koj tsis muaj daim pov thawj zoo li no, tsis txhob nqa ntaub ntawv los ntawm lwm lub teb chaws, xws li daim passport txawv teb chaws.
carry-never-registered = Yog koj yeej tsis tau sau npe li, nrog kws lij choj tham ua ntej koj xaiv seb yuav sau npe los tsis sau. Ob txoj kev puav leej muaj kev pheej hmoo. Qee tus neeg tau raug foob tias ua txhaum cai vim lawv tsis tau sau npe.
carry-silent = Koj tseem muaj cai nyob ntsiag to txog qhov chaw koj yug, koj txoj cai nyob hauv Asmeslivkas (immigration status), thiab koj nkag los li cas. Muaj lwm cov kev cai rau ntawm ciam teb thiab tshav dav hlau, thiab rau cov neeg tuaj xyuas, xws li cov neeg tuaj ncig teb chaws (tourists).
carry-citizens = Cov pej xeem Asmeslivkas tsis tas yuav nqa daim pov thawj qhia tias lawv yog pej xeem. Tab sis cov neeg ICE tau kaw cov pej xeem Asmeslivkas lawm, yog li ntawd tej zaum koj yuav xav nqa nws nrog koj.

## Stops on the street, in a car, at work (since September 2025)
stops-profiling = Thaum lub Cuaj Hli xyoo 2025, Lub Tsev Hais Plaub Siab Tshaj Plaws (Supreme Court) cia cov neeg ICE nyob rau thaj chaw Los Angeles nres tib neeg vim muab ntau yam los ua ke: lawv tus tsos, hom lus uas lawv hais, qhov chaw (chaw ntxuav tsheb, chaw tos tsheb npav, chaw uas neeg sawv tos haujlwm ua ib hnub) thiab lawv txoj haujlwm, thaum ib rooj plaub hauv tsev hais plaub tseem tab tom mus.
stops-leaving = Thaum lub Ib Hlis xyoo 2026, ICE tau hais rau nws cov neeg ICE tias lawv ntes tau ib tug neeg yam tsis muaj daim ntawv tso cai (warrant), yog lawv ntseeg tias tus neeg ntawd nyob hauv Asmeslivkas tsis raws cai, thiab tej zaum yuav tawm mus ua ntej lawv muab tau daim ntawv tso cai. Tsev hais plaub hauv Oregon, Colorado thiab Washington, D.C. tau txwv qhov no. Yog koj khiav los sis tsav tsheb khiav mus, lawv siv tau qhov ntawd ua laj thawj ntes koj.
stops-local-police = Hauv ntau qhov chaw, tub ceev xwm hauv zos thiab cov sheriff (tub ceev xwm ntawm lub county) koom tes nrog ICE (daim ntawv cog lus "287(g)"). Txog lub Ob Hlis xyoo 2026, muaj ntau tshaj 1,000 lub chaw tub ceev xwm thiab chaw sheriff uas muaj tub ceev xwm tau kawm los koom tes nrog ICE. Yog tub ceev xwm hauv zos nres koj, txawm yog vim ib daim ntawv nplua tsav tsheb xwb, qhov ntawd yuav ua rau koj poob rau ICE txhais tes.

## Removal to another country (arrest and final-order topics)
third-country = Txij lub Rau Hli xyoo 2025 los, yog ib tug neeg tus kheej lub teb chaws tsis txais nws rov qab, ICE xa tau nws mus rau lwm lub teb chaws, ib lub teb chaws uas nws yeej tsis tau nyob li. Thaum lub Xya Hli xyoo 2025, cov txiv neej los ntawm teb chaws Nplog thiab Nyab Laj raug xa mus rau Eswatini, nyob rau Africa.
third-country-fear = Yog ICE hais tias lawv yuav xa koj mus rau lwm lub teb chaws, hais tam sim ntawd tias koj ntshai tias koj yuav raug ua phem nyob rau lub teb chaws ntawd. Ces hu rau koj tus kws lij choj.
third-country-say = Kuv ntshai tias kuv yuav raug ua phem nyob rau lub teb chaws ntawd.
third-country-protected = Txij lub Ob Hlis xyoo 2025 los, ICE tau hais rau nws cov neeg ua haujlwm kom xav txog seb puas yuav rov kaw cov neeg no dua thaum lawv mus ntsib ICE (check-in), kom xa lawv mus rau lwm lub teb chaws: cov neeg uas tau yeej "withholding of removal" (txoj kev txwv tsis pub xa lawv mus rau lub teb chaws uas lawv yuav raug ua phem), los sis tau kev tiv thaiv raws li Convention Against Torture (CAT, daim ntawv cog lus thoob ntiaj teb tawm tsam kev tsim txom).

## Topic: door
topic-door-title = ICE tuaj txog koj qhov rooj
topic-door-summary = Cia qhov rooj kaw. Hais tias "Kuv tsis pom zoo". Nrog kws lij choj tham.
door-dont-open = Tsis txhob qhib qhov rooj.
door-talk-through = Cia qhov rooj kaw thiab tham xwb. Nug seb lawv yog leej twg, thiab lawv tuaj ua dab tsi.
door-judge-warrant = Koj tsis tas yuav qhib qhov rooj, tshwj tsis yog lawv muaj daim ntawv tso cai (warrant) uas kws txiav txim kos npe, thiab muaj lub npe ntawm ib tug neeg uas nyob ntawm no los sis qhov chaw nyob no.
door-say-slide-warrant = Thov muab daim ntawv tso cai ntxig hauv qab qhov rooj los, los sis tuav rau ntawm qhov rais kom kuv pom.
door-check-warrant = Nyeem daim ntawv tso cai, los sis thov ib tug neeg nyeem rau koj mloog. Saib seb puas muaj lub npe ntawm ib lub tsev hais plaub federal los sis tsev hais plaub xeev, kws txiav txim tus npe kos, thiab koj lub npe los sis koj qhov chaw nyob.
door-not-immigration-judge = Daim ntawv los ntawm tsev hais plaub tsiv teb tsaws chaw (Immigration Court) tsis yog daim ntawv tso cai uas kws txiav txim kos npe, txawm yog kws txiav txim tsiv teb tsaws chaw (immigration judge) kos npe los xij. Tsuas yog kws txiav txim ntawm tsev hais plaub federal los sis tsev hais plaub xeev thiaj kos tau daim ntawv tso cai ntawd.
door-ice-warrant = Daim ntawv ICE (I-200 los sis I-205) kuj hu ua "warrant", tab sis yog ib tug neeg ua haujlwm ICE kos npe, tsis yog kws txiav txim. Cov kws lij choj hais tias daim ntawv no tsis pub cov neeg ICE nkag los hauv koj lub tsev yog koj tsis pom zoo.
door-i205-claim = Txij lub Tsib Hlis xyoo 2025 los, ICE hais tias daim ntawv I-205 cia cov neeg ICE yuam nkag mus rau hauv lub tsev ntawm ib tug neeg uas muaj daim ntawv txiav txim kawg kom xa tawm teb chaws. Cov kws lij choj hais tias qhov no txhaum tsab cai tswj fwm teb chaws (Constitution), thiab tab tom muaj neeg tawm tsam nws hauv tsev hais plaub. Cov neeg ICE twb ua li no lawm.
door-say-no-consent = Kuv tsis pom zoo kom nej nkag los, thiab kuv tsis pom zoo kom nej tshawb ib yam dab tsi.
door-tricks = Qee zaum cov neeg ICE hais tias lawv yog "tub ceev xwm" (police), los sis hais lwm yam kom tau nkag los. Cia qhov rooj kaw.
door-forced = Yog lawv tsoo qhov rooj los sis tseem nkag los, tsis txhob tawm tsam thiab tsis txhob khiav.
door-stay-silent = Nyob ntsiag to. Koj tsis tas yuav teb lawv cov lus nug.
door-write-down = Tom qab ntawd, sau cia tej yam uas tshwm sim: lub sij hawm, cov neeg ua haujlwm lub npe thiab lawv tus lej daim paib (badge), thiab leej twg pom.
door-final-order = Yog koj los sis ib tug neeg nrog koj nyob muaj daim ntawv txiav txim kawg kom xa tawm teb chaws, los sis koj tsis paub meej, nrog kws lij choj tham tam sim no. Tsis txhob tos kom ICE tuaj txog.
door-get-help = Hu rau ib tug kws lij choj los sis ib tus xov tooj pab sai. Saib "Nrhiav kev pab".

## Topic: street
topic-street-title = Thaum raug nres ntawm txoj kev
topic-street-summary = Ua siab tus. Nyob ntsiag to. Nug tus neeg ua haujlwm: "Kuv puas mus tau?"
street-silent = Koj muaj cai nyob ntsiag to. Koj tsis tas yuav qhia tias koj yug qhov twg, koj txoj cai nyob hauv Asmeslivkas (immigration status), los sis koj nkag los li cas.
street-walk-away = Yog tus neeg ua haujlwm hais tias mus tau, maj mam taug kev mus.
street-detained = Yog nws hais tias mus tsis tau, ua siab tus. Nyob ntsiag to thiab thov kom tau ib tug kws lij choj.
street-search = Koj tsis tas yuav pom zoo kom lawv tshawb koj lub cev los sis koj tej khoom. Tus neeg ua haujlwm yuav kov koj cov khaub ncaws saum npoo saib puas muaj riam phom.
street-dont-run = Tsis txhob khiav. Tsis txhob tawm tsam los sis kov tus neeg ua haujlwm, txawm koj xav tias lawv ua txhaum koj cov cai los xij.
street-name = Qee lub xeev yuam kom koj qhia koj lub npe thaum tub ceev xwm nres koj. Qhov no nyob ntawm koj lub xeev.
street-badge = Nug tus neeg ua haujlwm lub npe thiab tus lej daim paib (badge). Tom qab ntawd sau cia.
street-record = Feem ntau koj kaw tau video cov neeg ua haujlwm nyob rau qhov chaw pej xeem ntawm qhov deb, yog koj tsis cuam tshuam lawv. Txoj cai txog kev kaw suab txawv ib lub xeev rau ib lub xeev.
record-safety = Txij xyoo 2025 los, cov neeg ICE tau ntes cov neeg uas kaw video lawv. Nyob kom deb. Tsis txhob kov tus neeg ua haujlwm. Tsis txhob raws qab cov neeg ICE los sis lawv cov tsheb.

## Topic: car
topic-car-title = Thaum raug nres hauv tsheb
topic-car-summary = Tus tsav tsheb qhia daim npav tsav tsheb, daim registration thiab daim pov hwm tsheb. Cov neeg caij nrog nyob ntsiag to tau.
car-driver = Yog koj yog tus tsav tsheb, thaum lawv thov, qhia koj daim npav tsav tsheb (driver's license), lub tsheb daim registration, thiab daim pov hwm tsheb (proof of insurance).
car-search = Koj tsis tas yuav pom zoo kom lawv tshawb lub tsheb. Tub ceev xwm uas muaj laj thawj ruaj khov ntseeg tias lawv yuav nrhiav tau pov thawj (probable cause) tseem tshawb tau.
car-passenger-silent = Yog koj yog tus neeg caij nrog, koj nyob ntsiag to tau. Koj tsis tas yuav qhia tias koj yug qhov twg, koj txoj cai nyob hauv Asmeslivkas (immigration status), los sis koj nkag los li cas.

## Topic: work
topic-work-title = ICE tuaj rau koj qhov chaw ua haujlwm
topic-work-summary = Ua siab tus. Tsis txhob khiav. Nyob ntsiag to.
work-warrant = Cov neeg ICE nkag tau mus rau qhov chaw uas tsis qhib rau pej xeem tsuas yog thaum lawv muaj daim ntawv tso cai (warrant) uas kws txiav txim kos npe, los sis thaum koj tus tswv ntiav pom zoo.
work-dont-run = Tsis txhob khiav. Ua siab tus.
work-silent = Nyob ntsiag to. Thov kom tau ib tug kws lij choj.

## Topic: detained
topic-detained-title = Yog koj raug ntes
topic-detained-summary = Nyob ntsiag to. Thov kws lij choj. Tsis txhob kos npe.
detained-dont-sign = Tsis txhob kos npe rau ib daim ntawv twg ua ntej koj nrog kws lij choj tham. Ceev faj tshaj plaws rau cov ntawv uas sau tias "voluntary departure" (tawm mus ntawm koj lub siab) los sis "stipulated removal" (pom zoo kom xa tawm teb chaws).
detained-interpreter = Yog koj tsis to taub, thov kom tau ib tug neeg txhais lus.
detained-consulate = Koj thov tau kom tiv tauj koj lub teb chaws lub chaw sawv cev (consulate).
detained-tell = Qhia cov neeg ua haujlwm yog koj saib xyuas menyuam, yog koj muaj mob, los sis yog koj ntshai rov qab mus rau koj lub teb chaws.
detained-expedited = Qee tus neeg yuav raug xa tawm teb chaws sai sai los ntawm ib tug neeg ua haujlwm tsiv teb tsaws chaw, tsis muaj kws txiav txim ("expedited removal"). Saib "Xa tawm teb chaws sai sai" hauv "Paub koj cov cai".
detained-no-free-lawyer = Hauv tsev hais plaub tsiv teb tsaws chaw, tsoom fwv tsis muab kws lij choj pub dawb rau koj. Cov koom haum tsis ua lag luam thiab cov neeg sawv cev uas DOJ lees paub yuav pab tau pub dawb los sis tus nqi tsawg.
detained-locator = Koj tsev neeg nrhiav tau koj nrog lub vev xaib ICE Online Detainee Locator (chaw nrhiav neeg raug kaw ntawm ICE). Lawv yuav tsum muaj koj tus lej A (A-number) thiab lub teb chaws uas koj yug.
detained-a-number = Sau koj tus lej A tam sim no thiab muab rau koj tsev neeg, ua ntej muaj dab tsi tshwm sim.
detained-bond = Txij lub Cuaj Hli xyoo 2025 los, coob leej uas ICE ntes tau raug kaw yam tsis pub them nyiaj bond tawm. Hu rau ib tug kws lij choj tam sim ntawd. Saib "Nyiaj them bond thiab kev tso tawm" hauv "Paub koj cov cai".

## Topic: bond
topic-bond-title = Nyiaj them bond thiab kev tso tawm
topic-bond-summary = Txij lub Cuaj Hli xyoo 2025 los, coob leej uas ICE ntes tau raug kaw yam tsis pub them nyiaj bond tawm. Hu rau ib tug kws lij choj tam sim ntawd.
bond-what = Nyiaj them bond (bond) yog nyiaj uas them kom ib tug neeg uas ICE kaw rov mus tau tsev thaum nws lub rooj plaub tseem tsis tau xaus.
bond-no-bond = Txij lub Cuaj Hli xyoo 2025 los, tsoom fwv hais tias tsis pub cov neeg uas nkag los hauv Asmeslivkas yam tsis tau raug kuaj xyuas them nyiaj bond tawm, txawm lawv nyob ntawm no ntev npaum li cas los xij. Qee tus kws txiav txim tsiv teb tsaws chaw tseem tsis kam muab rooj hais plaub txog nyiaj them bond (bond hearing). Yog li ntawd, tej zaum koj yuav raug kaw yam tsis pub them nyiaj bond tawm.
bond-courts-split = Cov tsev hais plaub federal txiav txim tsis zoo ib yam txog qhov no. Ib tug neeg yuav tau ib lub rooj hais plaub txog nyiaj them bond (bond hearing) los tsis tau, nyob ntawm seb lawv kaw nws qhov twg. Thaum lub Rau Hli xyoo 2026, tsoom fwv tau thov Lub Tsev Hais Plaub Siab Tshaj Plaws (Supreme Court) los txiav txim.
bond-ninety-days = Thaum lub Xya Hli xyoo 2026, lub tsev hais plaub rov txiav txim (appeals court) rau Texas, Louisiana thiab Mississippi tau txiav txim tias ib tug neeg uas raug kaw nyob rau peb lub xeev ntawd yuav tsum tau ib lub rooj hais plaub txog nyiaj them bond (bond hearing) tsis pub dhau 90 hnub. Qhov no yuav hloov tau.
bond-call-lawyer = Hu rau ib tug kws lij choj tam sim ntawd. Tsis txhob tos lub rooj hais plaub txog nyiaj them bond.
bond-habeas = Ib tug kws lij choj thov tau ib lub tsev hais plaub federal kom txiav txim tso koj tawm, los sis kom koj tau ib lub rooj hais plaub txog nyiaj them bond ("habeas corpus"). Xyoo 2026, cov kws txiav txim federal tau pom zoo rau ntau qhov kev thov zoo li no.
bond-transfer = Tej zaum ICE yuav tsiv ib tug neeg mus rau ib lub chaw kaw neeg nyob rau lwm lub xeev, feem ntau nyob deb heev. Qhov no hloov tau nws lub caij nyoog kom raug tso tawm.
bond-family = Koj tsev neeg yuav tsum khaws koj tus kws lij choj tus xov tooj thiab koj tus lej A (A-number).

## Topic: court
topic-court-title = Mus ntsib ICE thiab mus tsev hais plaub
topic-court-summary = Ib txwm mus. Tsis txhob mus ib leeg. Nrog kws lij choj tham ua ntej.
court-never-miss = Ib txwm mus koj lub rooj hais plaub, kom raws sij hawm. Yog koj tsis mus, kws txiav txim tsiv teb tsaws chaw yuav txiav txim kom xa koj tawm teb chaws txawm koj tsis nyob ntawd.
court-arrests = Txij lub Tsib Hlis xyoo 2025 los, ICE tau ntes neeg ntawm cov tsev hais plaub tsiv teb tsaws chaw thoob plaws teb chaws. Feem ntau, tsoom fwv tus kws lij choj tau thov kws txiav txim kom tso tseg tus neeg ntawd lub rooj plaub ua ntej. Ces cov neeg ICE tau ntes tus neeg ntawd kom xa tawm teb chaws sai sai ("expedited removal").
court-ruling = Hnub tim 23 lub Rau Hli xyoo 2026, ib lub tsev hais plaub federal tau rhuav tshem ICE cov kev cai (policies) xyoo 2025 txog kev ntes neeg ntawm cov tsev hais plaub tsiv teb tsaws chaw, rau thoob plaws teb chaws. Qhov no yuav hloov tau yog muaj kev thov rov txiav txim dua (appeal). Qhov kev txiav txim no tsis suav nrog ICE cov chaw uas neeg mus ntsib ICE (check-in). ICE tau ntes neeg nyob rau cov chaw ntawd.
court-status-ended = Yog koj txoj TPS los sis koj lub parole xaus lawm, mus cuag kws lij choj ua ntej koj mus rau koj lub rooj hais plaub los sis mus ntsib ICE (check-in). Tej zaum koj yuav raug kaw yam tsis pub them nyiaj bond tawm. Saib "TPS los sis parole xaus lawm" hauv "Paub koj cov cai".
court-lawyer-first = Nrog kws lij choj tham ua ntej koj mus rau koj lub rooj hais plaub los sis mus ntsib ICE (check-in).
court-go-with = Mus nrog koj tus kws lij choj yog ua tau, nrog ib tug neeg pab dawb nrog mus, thiab nrog ib tug neeg uas paub koj tus lej A (A-number).
court-tell-family = Qhia ib tug neeg hauv tsev neeg tias koj mus qhov twg, thiab thaum twg koj yuav rov los.
court-dismiss = Yog tsoom fwv tus kws lij choj thov kws txiav txim kom tso tseg koj lub rooj plaub, koj thov tau kws txiav txim kom muab sij hawm rau koj teb ua ntawv sau.
court-say-time = Kuv thov sij hawm los teb ua ntawv sau rau qhov kev thov kom tso tseg kuv lub rooj plaub (motion to dismiss).
court-missed = Yog koj tsis tau mus ib zaug hais plaub, mus cuag kws lij choj tam sim ntawd. Daim ntawv txiav txim uas ua thaum koj tsis nyob ntawd qee zaum rov qhib tau dua.
court-appeal = Yog kws txiav txim tsiv teb tsaws chaw txiav txim tawm tsam koj, koj muaj 30 hnub los thov rov txiav txim dua rau Board of Immigration Appeals (pawg thov rov txiav txim dua txog kev tsiv teb tsaws chaw).

## Topic: expedited
topic-expedited-title = Xa tawm teb chaws sai sai
topic-expedited-summary = "Expedited removal": nws yog dab tsi, thiab yuav npaj li cas.
expedited-what = "Expedited removal" yog kev xa tawm teb chaws sai sai. Ib tug neeg ua haujlwm tsiv teb tsaws chaw yog tus txiav txim, tsis yog kws txiav txim.
expedited-who = Lawv siv tau nws rau cov neeg uas nkag los yam tsis tau raug kuaj xyuas, thiab ua pov thawj tsis tau tias lawv nyob hauv Asmeslivkas tau ob xyoos los sis ntev dua.
expedited-where = Txij lub Ib Hlis xyoo 2025 los, ICE siv nws txhua qhov chaw hauv Asmeslivkas, tsis yog ze ciam teb xwb. Ib lub tsev hais plaub txwv qhov no thaum lub Yim Hli xyoo 2025. Ib lub tsev hais plaub rov txiav txim (appeals court) cia ICE rov siv nws dua rau hnub tim 23 lub Rau Hli xyoo 2026.
expedited-fear = Yog koj ntshai rov qab mus rau koj lub teb chaws, hais kom meej, tam sim ntawd.
expedited-say-fear = Kuv ntshai rov qab mus rau kuv lub teb chaws.
expedited-parole = Yog koj nkag los nrog parole (kev pub nkag los nyob ib ntus) thiab koj lub parole xaus lawm, mus cuag kws lij choj tam sim no. Tej zaum koj yuav raug kaw yam tsis pub them nyiaj bond tawm.
expedited-lawyer = Nug kws lij choj seb lawv puas siv tau "expedited removal" rau koj.

## Topic: final-order
topic-final-order-title = Daim ntawv txiav txim kawg los sis kev raug txim qub
topic-final-order-summary = Rau cov neeg tawg rog yav tas los ntawm Cambodia, Nplog thiab Nyab Laj, thiab txhua tus neeg uas muaj daim ntawv txiav txim kawg kom xa tawm teb chaws.
final-order-who = Kwv yees li 15,000 tus neeg Asmeslivkas keeb kwm Es Xias Qab Teb Hnub Tuaj muaj daim ntawv txiav txim kawg kom xa tawm teb chaws. Coob leej tuaj ua neeg tawg rog, thiab poob lawv daim npav ntsuab (green card) vim ib qho kev raug txim qub (conviction).
final-order-supervision = Coob leej nyob tau ntau xyoo raws li daim ntawv ICE saib xyuas (order of supervision), thiab mus ntsib ICE (check-in).
final-order-i205 = Txij lub Tsib Hlis xyoo 2025 los, ICE hais tias daim ntawv I-205 cia cov neeg ICE yuam nkag mus rau hauv lub tsev ntawm ib tug neeg uas muaj daim ntawv txiav txim kawg. Cov kws lij choj tab tom tawm tsam qhov no hauv tsev hais plaub. Txawm li ntawd los: tsis txhob qhib qhov rooj, thiab hais tias "Kuv tsis pom zoo".
final-order-travel = Cambodia thiab Nyab Laj txais cov neeg uas Asmeslivkas xa tawm rov qab. Txij xyoo 2025 los, teb chaws Nplog muab ntaub ntawv mus los (travel documents) rau ICE ntau dua qub heev.
final-order-lawyer = Nrog kws lij choj tham ua ntej koj mus ntsib ICE zaum tom ntej.
final-order-accompany = Mus ntsib ICE nrog ib tug neeg pab dawb nrog mus.
final-order-family = Qhia koj tsev neeg thaum koj mus ntsib ICE, thiab thaum twg koj yuav rov los.
final-order-papers = Muab ib daim ntawv luam ntawm koj daim ntawv ICE saib xyuas (order of supervision) thiab koj tus lej A rau ib tug neeg uas koj ntseeg siab.
final-order-relief = Nug kws lij choj txog txoj kev kom nyob tau: hloov los sis lwv ib qho kev raug txim qub (post-conviction relief), kev zam txim (pardon), los sis rov qhib koj lub rooj plaub (motion to reopen).
final-order-long-detention = Yog ICE kaw koj ntev, feem ntau ntev tshaj rau lub hlis, thiab koj lub teb chaws tsis txais koj rov qab, ib tug kws lij choj tej zaum thov tau kom lawv tso koj tawm.
final-order-help = Yog xav tau kev pab: SEARAC cov ntaub ntawv qhia (resource guides), MN8, Asian Law Caucus, thiab cov xov tooj pab txog kev cai lij choj ua lus Khmer thiab lus Nyab Laj. Saib "Nrhiav kev pab".

## Topic: status (TPS or parole that ended; leaving the U.S.)
topic-status-title = TPS los sis parole xaus lawm
topic-status-summary = Mus cuag kws lij choj tam sim no. Tsis txhob tawm hauv Asmeslivkas los sis siv app CBP Home ua ntej koj nrog kws lij choj tham.
status-tps = Txij xyoo 2025 los, tsoom fwv tau pib ua kom TPS xaus rau cov neeg los ntawm ntau lub teb chaws, xws li Venezuela, Honduras, Nicaragua, Nepal, Haiti, Syria, Burma, South Sudan, Cameroon thiab Afghanistan. Thaum lub Rau Hli xyoo 2026, Lub Tsev Hais Plaub Siab Tshaj Plaws (Supreme Court) tau txiav txim tias feem ntau, cov tsev hais plaub nres tsis tau tsoom fwv tej kev xaiv no.
status-chnv = Parole rau cov neeg los ntawm Cuba, Haiti, Nicaragua thiab Venezuela (qhov program "CHNV") tau xaus rau xyoo 2025.
status-lawyer = Yog koj txoj TPS los sis koj lub parole xaus lawm, los sis yuav xaus sai sai no, mus cuag kws lij choj tam sim no.
status-no-bond = Tej zaum ICE yuav ntes koj thiab kaw koj yam tsis pub them nyiaj bond tawm.
status-cbp-home = Txij lub Tsib Hlis xyoo 2025 los, tsoom fwv hais tias yuav muab nyiaj rau cov neeg uas siv app "CBP Home" tawm hauv Asmeslivkas mus. Qhov no tsis yog "voluntary departure" (tawm mus ntawm koj lub siab).
status-cbp-home-lawyer = Tsis txhob siv app CBP Home, thiab tsis txhob pom zoo tawm mus, ua ntej koj nrog kws lij choj tham.
status-leave-final-order = Yog koj muaj daim ntawv txiav txim kawg kom xa tawm teb chaws, thiab koj tawm mus, feem ntau qhov ntawd suav tias koj raug xa tawm teb chaws lawm. Tej zaum lawv yuav tsis pub koj rov qab los tau ntau xyoo.
status-leave-asylum = Yog koj lub rooj plaub thov kev tiv thaiv (asylum) tseem qhib, thiab koj tawm hauv Asmeslivkas mus, feem ntau qhov ntawd suav tias koj muab koj lub rooj plaub tso tseg lawm.

## Topic: plan
topic-plan-title = Npaj ib txoj kev npaj rau tsev neeg
topic-plan-summary = Npaj tam sim no, kom koj tsev neeg npaj txhij.
plan-memorise = Cim ntsoov tsawg kawg ib tus xov tooj: ib tug neeg hauv tsev neeg, ib tug kws lij choj los sis ib tus xov tooj pab.
plan-caregiver = Txiav txim seb leej twg yuav saib xyuas koj cov menyuam yog koj raug kaw.
plan-papers = Kos npe rau cov ntawv saib xyuas menyuam los sis ntawv tus neeg saib xyuas (guardianship) uas koj lub xeev siv. Nug kws lij choj seb yog daim twg.
plan-school = Qhia lub tsev kawm ntawv seb leej twg tuaj tos tau koj cov menyuam.
plan-documents = Khaws cov ntawv luam ntawm daim ntawv yug, passport, koj tus lej A thiab cov ntawv tsev hais plaub rau ib qho chaw nyab xeeb. Qhia ib tug neeg koj ntseeg siab tias lawv nyob qhov twg.
plan-passports = Ua passport Asmeslivkas rau koj cov menyuam uas yog pej xeem Asmeslivkas.
plan-g28 = Thov koj tus kws lij choj kos npe rau daim ntawv G-28 tam sim no. Daim ntawv no cia nws ua haujlwm sawv cev rau koj tau sai.

## Topic: warrants
topic-warrants-title = Peb hom ntawv
topic-warrants-summary = Tsuas yog daim ntawv tso cai uas kws txiav txim ntawm tsev hais plaub federal los sis tsev hais plaub xeev kos npe thiaj cia cov neeg ICE nkag koj lub tsev yam koj tsis pom zoo. Txij lub Tsib Hlis xyoo 2025 los, ICE hais tias daim I-205 cia lawv tsoo qhov rooj ntawm ib tug neeg uas muaj daim ntawv txiav txim kawg. Cov kws lij choj hais tias qhov no txhaum tsab cai tswj fwm teb chaws (Constitution).
warrants-judicial = Daim ntawv tso cai uas kws txiav txim kos npe yog los ntawm tsev hais plaub federal los sis tsev hais plaub xeev. Nws muaj lub npe tsev hais plaub thiab kws txiav txim tus npe kos. Saib seb nws puas muaj koj lub npe los sis koj qhov chaw nyob.
warrants-judicial-allows = Nws cia cov neeg ICE nkag tau rau qhov chaw uas nws sau.
warrants-ice = Daim ntawv ICE (I-200 los sis I-205) yog los ntawm ICE. Ib tug neeg ua haujlwm ICE kos npe, tsis yog kws txiav txim.
warrants-ice-allows = Cov kws lij choj hais tias nws tsis cia cov neeg ICE nkag koj lub tsev yog koj tsis pom zoo. Tab sis txij lub Tsib Hlis xyoo 2025 los, ICE hais tias daim I-205 cia cov neeg ICE tsoo qhov rooj ntawm ib tug neeg uas muaj daim ntawv txiav txim kawg kom xa tawm teb chaws. Tab tom muaj neeg tawm tsam qhov no hauv tsev hais plaub.
warrants-immigration-court = Daim ntawv los ntawm tsev hais plaub tsiv teb tsaws chaw (Immigration Court) yog kws txiav txim tsiv teb tsaws chaw kos npe. Nws tsis yog daim ntawv tso cai uas kws txiav txim ntawm tsev hais plaub federal los sis tsev hais plaub xeev kos npe.
warrants-say = Thov muab daim ntawv tso cai ntxig hauv qab qhov rooj los.
# Labels inside the pictures of the three papers.
warrants-box-judicial = Daim ntawv tso cai uas kws txiav txim kos npe
warrants-box-ice = Daim ntawv ICE
warrants-box-immigration-court = Daim ntawv txiav txim ntawm tsev hais plaub tsiv teb tsaws chaw
warrants-box-court = Lub npe tsev hais plaub federal los sis xeev
warrants-box-judge = Kws txiav txim federal los sis xeev tus npe kos
warrants-box-officer = Neeg ua haujlwm ICE tus npe kos
warrants-box-immigration-judge = Kws txiav txim tsiv teb tsaws chaw tus npe kos
warrants-box-name = Koj lub npe los sis chaw nyob
warrants-box-enter = Cia cov neeg ICE nkag tau
warrants-box-no-enter = Kws lij choj hais: nkag tsis tau yog koj tsis pom zoo
warrants-box-i205-claim = Txij lub Tsib Hlis xyoo 2025, ICE hais tias daim I-205 cia lawv tsoo qhov rooj ntawm tus neeg muaj daim ntawv txiav txim kawg
warrants-box-not-judicial = Tsis yog daim ntawv tso cai uas kws txiav txim kos npe

## Topic: scams
topic-scams-title = Ceev faj cov neeg dag nyiaj
topic-scams-summary = Tsuas yog kws lij choj thiab cov neeg sawv cev uas tau lees paub thiaj qhia tau txog kev cai lij choj.
scams-who = Tsuas yog kws lij choj los sis ib tug neeg sawv cev uas DOJ lees paub thiaj qhia tau koj txog kev cai lij choj tsiv teb tsaws chaw.
scams-notario = Nyob hauv Asmeslivkas, ib tug "notario" los sis "notary public" tsis yog kws lij choj. Tsis txhob them nyiaj rau lawv pab txog kev tsiv teb tsaws chaw.
scams-find = Yuav nrhiav kev pab txog kev cai lij choj tiag, saib "Nrhiav kev pab".
