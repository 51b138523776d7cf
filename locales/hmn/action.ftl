# Take action: ways to help, and calling your legislators.

## Topic: ways
topic-ways-title = Txoj kev los pab
topic-ways-summary = Muab sij hawm, txhawb cov koom haum, thiab tawm suab.
action-volunteer = Los ua neeg pab dawb nrog ib pab neeg nrog mus los sis ib pab neeg tuaj pab sai. Feem ntau lawv qhia koj kawm ua ntej.
action-support = Txhawb cov koom haum hauv zej zog uas pab cov neeg tsiv teb tsaws chaw: muab sij hawm, nyiaj, los sis ib qho chaw sib ntsib.
action-legal = Txhawb cov kev pab txog kev cai lij choj dawb. Muaj neeg coob coob mus tsev hais plaub tsiv teb tsaws chaw tsis muaj kws lij choj.
action-call = Hu rau cov nom tswv tsim cai hauv koj lub xeev thiab hauv tsoom fwv teb chaws. Qhia lawv tias koj yog leej twg thiab koj thov kom lawv ua dab tsi.

## Topic: call
topic-call-title = Hu rau koj cov neeg tsim cai
topic-call-summary = Yuav nrhiav lawv li cas, thiab yuav hais li cas.
call-find = Nrhiav seb leej twg sawv cev rau koj: ib tug neeg tsim cai hauv Pawg Sawv Cev (U.S. Representative) thiab ob tug neeg tsim cai hauv Pawg Senate (U.S. Senator) ntawm tsoom fwv teb chaws, thiab koj cov neeg tsim cai hauv xeev. Koj qhov chaw nyob txiav txim seb lawv yog leej twg.
call-where = Nrhiav lawv lub npe hauv phau ntawv qhia rau cov neeg xaiv tsa, hauv lub nroog los sis lub county lub vev xaib, los sis nug ntawm tsev qiv ntawv los sis chaw zej zog.
call-office = Hu rau lawv lub chaw ua haujlwm. Ib tug neeg ua haujlwm yuav teb. Koj tsis tas hais ntev.
call-script-intro = Hais raws li koj tus kheej cov lus:
call-script-name = Kuv lub npe yog ____. Kuv nyob hauv ____ (lub nroog los sis ZIP code).
call-script-ask = Kuv hu tuaj thov kom ____ (tus neeg tsim cai lub npe) ____ (yam koj xav kom nws ua).
call-script-why = Qhov no tseem ceeb rau kuv vim ____.
call-script-thanks = Ua tsaug. Thov qhia rau ____ tias kuv tau hu tuaj.
call-again = Hu dua thaum muaj kev pov npav tshiab. Thov koj cov phooj ywg hu thiab.
