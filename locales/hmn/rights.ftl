# Know your rights: what to do, step by step.
# Short sentences. One action per step. The same word for the same thing
# everywhere (see glossary.md in this folder).

## Topic: door
topic-door-title = ICE tuaj txog koj qhov rooj
topic-door-summary = Kaw qhov rooj cia. Koj muaj cai.
door-dont-open = Tsis txhob qhib qhov rooj.
door-talk-through = Cia qhov rooj kaw thiab tham xwb. Nug seb lawv yog leej twg, thiab lawv tuaj ua dab tsi.
door-judge-warrant = Koj tsis tas yuav qhib qhov rooj, tshwj tsis yog lawv muaj daim ntawv tso cai (warrant) uas kws txiav txim kos npe, thiab muaj lub npe ntawm ib tug neeg uas nyob ntawm no los sis qhov chaw nyob no.
door-say-slide-warrant = Thov muab daim ntawv tso cai ntxig hauv qab qhov rooj los, los sis tuav rau ntawm qhov rais kom kuv pom.
door-check-warrant = Nyeem daim ntawv tso cai, los sis thov ib tug neeg nyeem rau koj mloog. Saib seb puas muaj lub npe tsev hais plaub, kws txiav txim tus npe kos, thiab koj lub npe los sis koj qhov chaw nyob.
door-ice-warrant = Daim ntawv ICE (I-200 los sis I-205) kuj hu ua "warrant", tab sis yog ib tug neeg ua haujlwm ICE kos npe, tsis yog kws txiav txim. Daim ntawv no tsis pub lawv nkag los hauv koj lub tsev yog koj tsis pom zoo.
door-tricks = Qee zaum cov neeg ICE hais tias lawv yog "tub ceev xwm" (police), los sis hais lwm yam kom tau nkag los. Cia qhov rooj kaw.
door-say-silent = Kuv xaiv nyob ntsiag to.
door-dont-lie = Tsis txhob dag. Tsis txhob muab ntaub ntawv cuav rau lawv saib hlo li.
door-dont-resist = Yog lawv tseem nkag los, tsis txhob tawm tsam thiab tsis txhob khiav.
door-say-no-consent = Kuv tsis pom zoo kom nej nkag los, thiab kuv tsis pom zoo kom nej tshawb ib yam dab tsi.
door-dont-sign = Tsis txhob kos npe rau ib daim ntawv twg ua ntej koj nrog kws lij choj tham.
door-write-down = Tom qab ntawd, sau cia tej yam uas tshwm sim: lub sij hawm, lawv lub npe thiab lawv tus lej daim paib (badge).
door-get-help = Hu rau ib tug kws lij choj los sis ib tus xov tooj pab sai. Saib "Nrhiav kev pab".

## Topic: street
topic-street-title = Thaum raug nres ntawm txoj kev
topic-street-summary = Ua siab tus, tsis txhob ntshai. Nug seb koj puas mus tau.
street-say-free = Kuv puas mus tau?
street-walk-away = Yog tus neeg ua haujlwm hais tias mus tau, maj mam taug kev mus.
street-detained = Yog nws hais tias mus tsis tau, tsis txhob ntshai thiab nyob ntsiag to.
street-say-silent = Kuv xaiv nyob ntsiag to. Kuv xav nrog kws lij choj tham.
street-search = Koj tsis tas yuav pom zoo kom lawv tshawb koj lub cev los sis koj tej khoom. Tus neeg ua haujlwm yuav kov koj cov khaub ncaws saum npoo saib puas muaj riam phom.
street-say-no-search = Kuv tsis pom zoo kom nej tshawb.
street-dont-run = Tsis txhob khiav. Tsis txhob tawm tsam los sis kov tus neeg ua haujlwm, txawm koj xav tias lawv ua txhaum koj cov cai los xij.
street-dont-lie = Tsis txhob dag. Tsis txhob muab ntaub ntawv cuav rau lawv saib hlo li.
street-name = Qee lub xeev yuam kom koj qhia koj lub npe thaum tub ceev xwm nres koj. Qhov no nyob ntawm koj lub xeev.
street-papers = Ntaub ntawv: yog koj muaj cai nyob raws cai (piv txwv, daim green card) thiab koj muaj 18 xyoo los sis laus dua, nqa daim pov thawj ntawd nrog koj. Yog koj tsis muaj, tsis txhob nqa ntaub ntawv los ntawm lwm lub teb chaws, xws li daim passport txawv teb chaws. Nug kws lij choj seb yam twg yog rau koj.
street-badge = Nug tus neeg ua haujlwm lub npe thiab tus lej daim paib (badge). Tom qab ntawd sau cia.
street-record = Feem ntau koj kaw tau video cov neeg ua haujlwm nyob rau qhov chaw pej xeem ntawm qhov deb, yog koj tsis cuam tshuam lawv. Txoj cai txog kev kaw suab txawv ib lub xeev rau ib lub xeev.

## Topic: car
topic-car-title = Thaum raug nres hauv tsheb
topic-car-summary = Tus tsav tsheb qhia nws cov ntaub ntawv. Cov neeg caij nrog nyob ntsiag to tau.
car-driver-papers = Yog koj yog tus tsav tsheb, koj yuav tsum qhia koj daim ntawv tsav tsheb, daim ntawv sau npe tsheb, thiab daim pov thawj pov hwm thaum lawv thov.
car-search = Koj tsis tas yuav pom zoo kom lawv tshawb lub tsheb. Tub ceev xwm uas muaj laj thawj ruaj khov ntseeg tias lawv yuav nrhiav tau pov thawj (probable cause) tseem tshawb tau.
car-say-no-search = Kuv tsis pom zoo kom nej tshawb.
car-passenger-silent = Yog koj yog tus neeg caij nrog, koj nyob ntsiag to tau.
car-say-free = Kuv puas mus tau?
car-dont-run = Tsis txhob khiav thiab tsis txhob tawm tsam.
car-dont-lie = Tsis txhob dag. Tsis txhob muab ntaub ntawv cuav rau lawv saib hlo li.

## Topic: work
topic-work-title = ICE tuaj rau koj qhov chaw ua haujlwm
topic-work-summary = Tsis txhob ntshai. Tsis txhob khiav. Nyob ntsiag to.
work-warrant = Cov neeg ICE nkag tau mus rau qhov chaw uas tsis qhib rau pej xeem tsuas yog thaum lawv muaj daim ntawv tso cai (warrant) uas kws txiav txim kos npe, los sis thaum koj tus tswv ntiav pom zoo.
work-dont-run = Tsis txhob khiav. Tsis txhob ntshai.
work-say-free = Kuv puas mus tau?
work-say-no-search = Kuv tsis pom zoo kom nej tshawb.
work-silent = Nyob ntsiag to. Thov kom tau ib tug kws lij choj.
work-dont-sign = Tsis txhob kos npe rau ib daim ntawv twg.
work-papers = Yog koj muaj ntaub ntawv tseeb, koj qhia tau. Tsis txhob muab ntaub ntawv cuav rau lawv saib hlo li.

## Topic: detained
topic-detained-title = Yog koj raug ntes
topic-detained-summary = Nyob ntsiag to. Thov kws lij choj. Tsis txhob kos npe.
detained-say-silent = Kuv xaiv nyob ntsiag to. Kuv xav nrog kws lij choj tham.
detained-dont-sign = Tsis txhob kos npe rau ib daim ntawv twg ua ntej koj nrog kws lij choj tham. Ceev faj tshaj plaws rau cov ntawv uas sau tias "voluntary departure" (tawm mus ntawm koj lub siab) los sis "stipulated removal" (pom zoo kom xa tawm teb chaws).
detained-interpreter = Yog koj tsis to taub, thov kom tau ib tug neeg txhais lus.
detained-consulate = Koj thov tau kom tiv tauj koj lub teb chaws lub chaw sawv cev (consulate).
detained-tell = Qhia cov neeg ua haujlwm yog koj saib xyuas menyuam, yog koj muaj mob, los sis yog koj ntshai rov qab mus rau koj lub teb chaws.
detained-expedited = Qee tus neeg yuav raug xa tawm teb chaws sai sai, tsis tau ntsib kws txiav txim ("expedited removal"). Qhov no yuav tshwm sim yog koj nkag los tsis tau raug kuaj xyuas thiab koj qhia tsis tau tias koj nyob hauv Asmeslivkas tau ob xyoos. Cov cai no hloov ntau zaus. Nug kws lij choj.
detained-no-free-lawyer = Hauv tsev hais plaub tsiv teb tsaws chaw, tsoom fwv tsis muab kws lij choj pub dawb rau koj. Cov koom haum tsis ua lag luam thiab cov neeg sawv cev uas DOJ lees paub yuav pab tau pub dawb los sis tus nqi tsawg.
detained-locator = Koj tsev neeg nrhiav tau koj nrog lub vev xaib ICE Online Detainee Locator (chaw nrhiav neeg raug kaw ntawm ICE). Lawv yuav tsum muaj koj tus lej A (A-number) thiab lub teb chaws uas koj yug.
detained-a-number = Sau koj tus lej A tam sim no thiab muab rau koj tsev neeg, ua ntej muaj dab tsi tshwm sim.

## Topic: court
topic-court-title = Mus ntsib ICE thiab mus tsev hais plaub
topic-court-summary = Tsis txhob tso ib zaug hais plaub dhau. Tsis txhob mus ib leeg.
court-never-miss = Ib txwm mus koj lub rooj hais plaub, kom raws sij hawm. Yog koj tsis mus, kws txiav txim yuav txiav txim kom xa koj tawm teb chaws txawm koj tsis nyob ntawd.
court-arrests = Qee zaum muaj neeg raug ntes ntawm los sis ze qhov chaw mus ntsib ICE (check-in) thiab tsev hais plaub.
court-lawyer-first = Nrog kws lij choj tham ua ntej koj mus ntsib ICE.
court-accompany = Thov ib tug neeg pab dawb nrog mus nrog koj. Qhia ib tug neeg hauv tsev neeg tias koj mus qhov twg.
court-appeal = Yog kws txiav txim tsiv teb tsaws chaw txiav txim tawm tsam koj, koj muaj 30 hnub los thov rov txiav txim dua rau Board of Immigration Appeals (pawg thov rov txiav txim dua txog kev tsiv teb tsaws chaw).

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
topic-warrants-title = Ob hom ntawv tso cai (warrant)
topic-warrants-summary = Tsuas yog daim ntawv tso cai uas kws txiav txim kos npe thiaj cia cov neeg ICE nkag koj lub tsev yam koj tsis pom zoo.
warrants-judicial = Daim ntawv tso cai uas kws txiav txim kos npe yog los ntawm tsev hais plaub. Nws muaj lub npe tsev hais plaub thiab kws txiav txim tus npe kos. Saib seb nws puas muaj koj lub npe los sis koj qhov chaw nyob.
warrants-judicial-allows = Nws cia cov neeg ICE nkag tau rau qhov chaw uas nws sau.
warrants-ice = Daim ntawv ICE (I-200 los sis I-205) yog los ntawm ICE. Ib tug neeg ua haujlwm ICE kos npe, tsis yog kws txiav txim.
warrants-ice-allows = Nws tsis cia cov neeg ICE nkag koj lub tsev yog koj tsis pom zoo.
warrants-say = Thov muab daim ntawv tso cai ntxig hauv qab qhov rooj los.
# Labels inside the pictures of the two papers.
warrants-box-judicial = Daim ntawv tso cai uas kws txiav txim kos npe
warrants-box-ice = Daim ntawv ICE
warrants-box-court = Lub npe tsev hais plaub
warrants-box-judge = Kws txiav txim tus npe kos
warrants-box-officer = Neeg ua haujlwm ICE tus npe kos
warrants-box-name = Koj lub npe los sis chaw nyob
warrants-box-enter = Cia cov neeg ICE nkag tau
warrants-box-no-enter = Nkag tsis tau yog koj tsis pom zoo

## Topic: scams
topic-scams-title = Ceev faj cov neeg dag nyiaj
topic-scams-summary = Tsuas yog kws lij choj thiab cov neeg sawv cev uas tau lees paub thiaj qhia tau txog kev cai lij choj.
scams-who = Tsuas yog kws lij choj los sis ib tug neeg sawv cev uas DOJ lees paub thiaj qhia tau koj txog kev cai lij choj tsiv teb tsaws chaw.
scams-notario = Nyob hauv Asmeslivkas, ib tug "notario" los sis "notary public" tsis yog kws lij choj. Tsis txhob them nyiaj rau lawv pab txog kev tsiv teb tsaws chaw.
scams-find = Yuav nrhiav kev pab txog kev cai lij choj tiag, saib "Nrhiav kev pab".
