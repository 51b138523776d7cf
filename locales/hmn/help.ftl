# Find help: how to find legal help you can trust.

## Topic: lawyer
topic-lawyer-title = Nrhiav ib tug kws lij choj uas ntseeg siab tau
topic-lawyer-summary = Leej twg muab tau lus qhia txog kev cai lij choj, thiab nrhiav kev pab dawb li cas.
help-who-can-advise = Tsuas yog kws lij choj los sis ib tug neeg sawv cev uas DOJ lees paub thiaj muab tau lus qhia txog kev cai lij choj rau koj.
help-no-notario = Tsis txhob them nyiaj rau ib tug "notario" los sis ib tug neeg muag pib dav hlau kom pab koj txog kev tsiv teb tsaws chaw. Lawv muag kev pab, tab sis lawv tsis yog kws lij choj.
help-no-free-lawyer = Hauv tsev hais plaub tsiv teb tsaws chaw, tsoom fwv tsis muab kws lij choj dawb rau koj. Cov koom haum tsis ua lag luam tej zaum pab tau dawb los sis pheej yig.
help-directory = Yog xav nrhiav kev pab txog kev cai lij choj dawb los sis pheej yig raws li koj tus lej ZIP, siv daim ntawv teev npe ntawm Immigration Advocates Network: immigrationadvocates.org/legaldirectory
help-memorise = Kawm kom nco tau tus xov tooj ntawm ib tug kws lij choj los sis ib tug neeg hauv koj tsev neeg.
