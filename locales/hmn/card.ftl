# The red card: the holder's side, in the reader's language.
# (The officer's side is always English: locales/en/card-officer.ftl.)
card-holder-title = Rau koj
card-holder-door = Tsis txhob qhib qhov rooj.
card-holder-show = Tuav daim npav no rau ntawm qhov rais kom lawv pom, los sis ntxig nws hauv qab qhov rooj.
card-holder-silent = Tsis txhob teb lus nug. Koj muaj cai nyob ntsiag to.
card-holder-sign = Tsis txhob kos npe rau ib daim ntawv twg.

card-says-title = Daim npav hais li cas rau tus neeg ua haujlwm
card-says-silent = Kuv xaiv nyob ntsiag to. Kuv yuav tsis teb nej cov lus nug. (5th Amendment)
card-says-enter = Kuv tsis pom zoo kom nej nkag los hauv kuv lub tsev, tshwj tsis yog nej muaj daim ntawv tso cai (warrant) uas kws txiav txim kos npe thiab muaj kuv lub npe. Thov muab nws ntxig hauv qab qhov rooj los. (4th Amendment)
card-says-search = Kuv tsis pom zoo kom nej tshawb kuv lub cev los sis kuv tej khoom.
card-says-sign = Kuv yuav tsis kos npe rau ib daim ntawv twg yog tsis muaj kuv tus kws lij choj.
card-says-lawyer = Kuv xav nrog kws lij choj tham.
card-print = Luam daim npav no ua koj hom lus: luam (scan) tus code, los sis mus saib qhov chaw nyob hauv internet no.
