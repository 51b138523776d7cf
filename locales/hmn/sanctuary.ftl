# Sanctuary & support: the forms sanctuary takes, what it asks, our values.

## Topic: forms
topic-forms-title = Kev tiv thaiv (sanctuary) niaj hnub no zoo li cas
topic-forms-summary = Plaub txoj kev uas pawg ntseeg thiab neeg zej zog tiv thaiv cov neeg tsiv teb tsaws chaw.
sanctuary-physical = Chaw nyob tiv thaiv: ib pawg ntseeg cia ib tug neeg los nyob hauv lawv lub tsev. Qhov no yog rau ib tug neeg uas muaj daim ntawv txiav txim kawg kom xa tawm teb chaws, thaum muaj xwm ceev, tom qab sim txhua txoj kev raws cai tag lawm. Lwm pawg ntseeg pab zaub mov, saib xyuas thiab tawm suab.
sanctuary-no-promise = Tsoom fwv teb chaws cov cai tsis txwv ICE tsis pub mus rau tej chaw pe hawm lawm. Kev tiv thaiv (sanctuary) yog ib qho kev saib xyuas thiab tiv thaiv rau pej xeem pom, tsis yog ib lo lus cog tseg tias yuav muaj kev nyab xeeb.
sanctuary-accompaniment = Kev nrog mus: cov neeg pab dawb uas tau kawm lawm nrog ib tug neeg mus tsev hais plaub thiab mus ntsib ICE (check-in). Lawv kuj pab tsev neeg tom qab ib tug neeg tawm hauv chaw kaw neeg los: thauj mus los, chaw nyob thiab lwm yam kev pab.
sanctuary-advocacy = Kev tawm suab: tib neeg thov lawv lub nroog, lub county thiab lub xeev kom muaj kev cai uas tub ceev xwm hauv zos thiab ICE nyias ua nyias haujlwm.
sanctuary-rapid-response = Kev tuaj pab sai: ib pab neeg zej zog uas tuaj sai sai tom qab ICE tuaj ntes neeg, los ua tim khawv thiab txhawb tsev neeg.
sanctuary-reach = Yog xav nrhiav ib pawg ntseeg uas tiv thaiv neeg, los sis ib pab neeg nrog mus nyob ze koj, saib "Nrhiav kev pab".

## Topic: asks
topic-asks-title = Kev tiv thaiv xav tau dab tsi
topic-asks-summary = Txhua hom kev tiv thaiv xav tau dab tsi ntawm ib tug neeg thiab ntawm ib pawg ntseeg.
asks-physical-person = Chaw nyob tiv thaiv xav kom tus neeg ntawd los nyob hauv pawg ntseeg lub tsev, thiab pawg ntseeg saib xyuas nws.
asks-physical-congregation = Nws xav kom pawg ntseeg sib tham txiav txim ua ke, thiab pab txais tos, tiv thaiv thiab tawm suab, nrog lwm pawg ntseeg kev pab.
asks-not-ready = Ib pawg ntseeg uas tseem tsis tau npaj txais neeg los nyob tseem pab tau: txais tos, pab txhawb sab ntsuj plig thiab tawm suab rau tus neeg uas nyob hauv chaw tiv thaiv.
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
