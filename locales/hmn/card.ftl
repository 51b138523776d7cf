# The red card: the holder's side, in the reader's language.
# (The officer's side is always English: locales/en/card-officer.ftl.)
card-holder-title = Rau koj
card-holder-door = Tsis txhob qhib qhov rooj.
card-holder-show = Tuav daim npav no rau ntawm qhov rais kom lawv pom, los sis ntxig nws hauv qab qhov rooj.
card-holder-silent = Tsis txhob teb lus nug. Koj muaj cai nyob ntsiag to.
card-holder-sign = Tsis txhob kos npe rau ib daim ntawv twg.
