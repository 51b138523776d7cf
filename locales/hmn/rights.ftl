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
topic-street-summary = Tsis txhob ntshai. Nyob ntsiag to. Nug tus neeg ua haujlwm: "Kuv puas mus tau?"
street-silent = Koj muaj cai nyob ntsiag to. Koj tsis tas yuav qhia tias koj yug qhov twg, koj txoj cai nyob hauv Asmeslivkas (immigration status), los sis koj nkag los li cas.
street-walk-away = Yog tus neeg ua haujlwm hais tias mus tau, maj mam taug kev mus.
street-detained = Yog nws hais tias mus tsis tau, tsis txhob ntshai. Nyob ntsiag to thiab thov kom tau ib tug kws lij choj.
street-search = Koj tsis tas yuav pom zoo kom lawv tshawb koj lub cev los sis koj tej khoom. Tus neeg ua haujlwm yuav kov koj cov khaub ncaws saum npoo saib puas muaj riam phom.
street-dont-run = Tsis txhob khiav. Tsis txhob tawm tsam los sis kov tus neeg ua haujlwm, txawm koj xav tias lawv ua txhaum koj cov cai los xij.
street-name = Qee lub xeev yuam kom koj qhia koj lub npe thaum tub ceev xwm nres koj. Qhov no nyob ntawm koj lub xeev.
street-documents = Ntaub ntawv: yog koj muaj cai nyob raws cai (piv txwv, daim green card) thiab koj muaj 18 xyoo los sis laus dua, nqa daim pov thawj ntawd nrog koj. Yog koj tsis muaj, tsis txhob nqa ntaub ntawv los ntawm lwm lub teb chaws, xws li daim passport txawv teb chaws. Nug kws lij choj seb koj yuav tsum ua li cas.
street-badge = Nug tus neeg ua haujlwm lub npe thiab tus lej daim paib (badge). Tom qab ntawd sau cia.
street-record = Feem ntau koj kaw tau video cov neeg ua haujlwm nyob rau qhov chaw pej xeem ntawm qhov deb, yog koj tsis cuam tshuam lawv. Txoj cai txog kev kaw suab txawv ib lub xeev rau ib lub xeev.

## Topic: car
topic-car-title = Thaum raug nres hauv tsheb
topic-car-summary = Tus tsav tsheb qhia daim npav tsav tsheb, daim registration thiab daim pov hwm tsheb. Cov neeg caij nrog nyob ntsiag to tau.
car-driver = Yog koj yog tus tsav tsheb, thaum lawv thov, qhia koj daim npav tsav tsheb (driver's license), lub tsheb daim registration, thiab daim pov hwm tsheb (proof of insurance).
car-search = Koj tsis tas yuav pom zoo kom lawv tshawb lub tsheb. Tub ceev xwm uas muaj laj thawj ruaj khov ntseeg tias lawv yuav nrhiav tau pov thawj (probable cause) tseem tshawb tau.
car-passenger-silent = Yog koj yog tus neeg caij nrog, koj nyob ntsiag to tau. Koj tsis tas yuav qhia tias koj yug qhov twg, koj txoj cai nyob hauv Asmeslivkas (immigration status), los sis koj nkag los li cas.

## Topic: work
topic-work-title = ICE tuaj rau koj qhov chaw ua haujlwm
topic-work-summary = Tsis txhob ntshai. Tsis txhob khiav. Nyob ntsiag to.
work-warrant = Cov neeg ICE nkag tau mus rau qhov chaw uas tsis qhib rau pej xeem tsuas yog thaum lawv muaj daim ntawv tso cai (warrant) uas kws txiav txim kos npe, los sis thaum koj tus tswv ntiav pom zoo.
work-dont-run = Tsis txhob khiav. Tsis txhob ntshai.
work-silent = Nyob ntsiag to. Thov kom tau ib tug kws lij choj.
work-documents = Yog koj muaj ntaub ntawv uas siv tau, koj qhia tau. Tsis txhob muab ntaub ntawv cuav rau lawv saib hlo li.

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

## Topic: court
topic-court-title = Mus ntsib ICE thiab mus tsev hais plaub
topic-court-summary = Ib txwm mus. Tsis txhob mus ib leeg. Nrog kws lij choj tham ua ntej.
court-never-miss = Ib txwm mus koj lub rooj hais plaub, kom raws sij hawm. Yog koj tsis mus, kws txiav txim tsiv teb tsaws chaw yuav txiav txim kom xa koj tawm teb chaws txawm koj tsis nyob ntawd.
court-arrests = Txij lub Tsib Hlis xyoo 2025 los, ICE ntes neeg ntawm cov tsev hais plaub tsiv teb tsaws chaw thoob plaws teb chaws. Feem ntau, tsoom fwv tus kws lij choj thov kws txiav txim kom tso tseg tus neeg ntawd lub rooj plaub ua ntej. Ces cov neeg ICE ntes tus neeg ntawd kom xa tawm teb chaws sai sai ("expedited removal").
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
expedited-parole = Yog koj nkag los nrog parole (kev pub nkag los nyob ib ntus) thiab koj lub parole xaus lawm, mus cuag kws lij choj tam sim no.
expedited-lawyer = Nug kws lij choj seb lawv puas siv tau "expedited removal" rau koj.

## Topic: final-order
topic-final-order-title = Daim ntawv txiav txim kawg los sis kev raug txim qub
topic-final-order-summary = Rau cov neeg tawg rog yav tas los ntawm Cambodia, Nplog thiab Nyab Laj, thiab txhua tus neeg uas muaj daim ntawv txiav txim kawg kom xa tawm teb chaws.
final-order-who = Kwv yees li 15,000 tus neeg Asmeslivkas keeb kwm Es Xias Qab Teb Hnub Tuaj muaj daim ntawv txiav txim kawg kom xa tawm teb chaws. Coob leej tuaj ua neeg tawg rog, thiab poob lawv daim green card vim ib qho kev raug txim qub (conviction).
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
topic-warrants-summary = Tsuas yog daim ntawv tso cai uas kws txiav txim ntawm tsev hais plaub federal los sis tsev hais plaub xeev kos npe thiaj cia cov neeg ICE nkag koj lub tsev yam koj tsis pom zoo.
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
