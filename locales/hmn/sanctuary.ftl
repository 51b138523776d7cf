# Sanctuary & support: the forms sanctuary takes, what it asks, our values.

## Topic: forms
topic-forms-title = Kev tos txais (sanctuary) niaj hnub no zoo li cas
topic-forms-summary = Plaub txoj kev uas pawg ntseeg thiab neeg zej zog nrog cov neeg tsiv teb tsaws chaw sawv ua ke.
sanctuary-physical = Kev tos txais los nyob: ib pawg ntseeg cia ib tug neeg los nyob hauv lawv lub tsev. Qhov no yog rau ib tug neeg uas muaj daim ntawv txiav txim kawg kom xa tawm teb chaws, thaum muaj xwm ceev, tom qab sim txhua txoj kev raws cai tag lawm. Lwm pawg ntseeg pab zaub mov, saib xyuas thiab tawm suab.
sanctuary-no-place = Txij lub Ib Hlis xyoo 2025 los, tsis muaj ib qho chaw twg uas ICE tsis mus tau: tsis hais tsev kawm ntawv, tsev kho mob, chaw kuaj mob (clinic), chaw pe hawm los sis chaw pw rau cov neeg tsis muaj tsev nyob (shelter). Thaum lub Rau Hli xyoo 2026, ib lub tsev hais plaub federal tau rhuav tshem ICE cov kev cai (policies) xyoo 2025 txog kev ntes neeg ntawm cov tsev hais plaub tsiv teb tsaws chaw, tab sis qhov no yuav hloov tau yog muaj kev thov rov txiav txim dua (appeal).
sanctuary-court-order = Ib daim ntawv txiav txim ntawm ib lub tsev hais plaub thaum lub Ob Hlis xyoo 2025 tsuas tiv thaiv ob peb pawg ntseeg xwb: cov uas muaj npe hauv daim ntawv ntawd.
sanctuary-no-promise = Kev tos txais (sanctuary) yog kev txhawb nqa: ib qho kev saib xyuas uas ua rau pej xeem pom. Nws tsis yog ib lo lus cog tseg tias koj yuav nyob nyab xeeb.
sanctuary-accompaniment = Kev nrog mus: cov neeg pab dawb uas tau kawm lawm nrog ib tug neeg mus tsev hais plaub thiab mus ntsib ICE (check-in). Lawv kuj pab tsev neeg tom qab ib tug neeg tawm hauv chaw kaw neeg los: thauj mus los, chaw nyob thiab lwm yam kev pab.
sanctuary-advocacy = Kev tawm suab: tib neeg thov lawv lub nroog, lub county thiab lub xeev kom muaj kev cai uas tub ceev xwm hauv zos thiab ICE nyias ua nyias haujlwm.
sanctuary-rapid-response = Kev tuaj pab sai: ib pab neeg zej zog uas tuaj sai sai tom qab ICE tuaj ntes neeg, los ua tim khawv thiab txhawb tsev neeg.
sanctuary-reach = Yog xav nrhiav ib pawg ntseeg uas tos txais neeg (sanctuary), los sis ib pab neeg nrog mus nyob ze koj, saib "Nrhiav kev pab".

## Topic: asks
topic-asks-title = Kev tos txais (sanctuary) xav tau dab tsi
topic-asks-summary = Txhua hom kev tos txais xav tau dab tsi ntawm ib tug neeg thiab ntawm ib pawg ntseeg.
asks-physical-person = Kev tos txais los nyob xav kom tus neeg ntawd los nyob hauv pawg ntseeg lub tsev, thiab pawg ntseeg saib xyuas nws.
asks-physical-congregation = Nws xav kom pawg ntseeg sib tham txiav txim ua ke, thiab pab txais qhua, tiv thaiv thiab tawm suab, nrog lwm pawg ntseeg kev pab.
asks-not-ready = Ib pawg ntseeg uas tseem tsis tau npaj txais neeg los nyob tseem pab tau: txais qhua, pab txhawb sab ntsuj plig thiab tawm suab rau tus neeg uas nyob hauv ib pawg ntseeg lub tsev (sanctuary).
asks-accompaniment = Kev nrog mus xav kom cov neeg pab dawb kawm ua ntej, ces muab sij hawm pab: nrog mus tsev hais plaub thiab mus ntsib ICE, pab xa thiab tos, thiab pab tom qab tau tawm hauv chaw kaw neeg.
asks-rapid-response = Kev tuaj pab sai xav kom cov neeg zej zog npaj txhij tuaj sai sai, thiab koom tes nrog cov zej zog uas muaj kev txaus ntshai tshaj plaws.

## Topic: values
topic-values-title = Tsib txoj kev ywj pheej
topic-values-summary = Qhov peb cia siab: ib lub neej muaj meej mom, muaj kev nyab xeeb thiab muaj chaw nyob rau txhua tus.
values-dignity = Txhua tus neeg muaj meej mom thiab muaj nqis, txawm nws muaj ntaub ntawv los tsis muaj.
values-thrive = Kev ywj pheej kom vam meej: txiav txim rau koj lub neej, koj tsev neeg thiab koj yav tom ntej.
values-stay = Kev ywj pheej kom nyob: yog ib feem ntawm qhov chaw uas koj hu ua tsev.
values-move = Kev ywj pheej kom txav mus los: mus los tau thiab raug txais tos.
values-work = Kev ywj pheej kom ua haujlwm: haujlwm uas nyab xeeb, ncaj ncees thiab muaj meej mom.
values-transform = Kev ywj pheej kom hloov: raug saib ua ib tug neeg tag nrho.
