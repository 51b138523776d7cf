# Know your rights: what to do, step by step.
# Short sentences. One action per step. The same word for the same thing
# everywhere (see glossary.md in this folder).
# Steps that carry a date rest on a policy that changes: keep the date in
# every language.

## Steps used in several topics (one sentence, the same everywhere)
say-free-to-go = Am I free to go?
say-silent = I choose to remain silent.
say-no-search = I do not consent to a search.
say-lawyer = I want to speak with a lawyer.
dont-lie = Do not lie. Never show false documents.
dont-sign = Do not sign anything before you talk to a lawyer.
dont-run = Do not run and do not resist.
proof-two-years = Carry copies, never originals, of papers that show you have lived in the U.S. for two years or more: a lease, bills, pay stubs, school or medical records.

## Documents to carry, since the registration rule (street, car, work)
carry-registered = The law says people who are not U.S. citizens, are 18 or older and are registered with the government must carry proof of it at all times. Since April 11, 2025, the government enforces this with a new rule. Not carrying it is a crime.
carry-who = You are registered if you have, for example, a green card, a work permit, an I-94 (even an expired one, and the one people with parole get) or a Notice to Appear. Having only applied for asylum, TPS or DACA may not be enough: ask a lawyer.
carry-proof = If you have such proof, carry it with you.
carry-show = If you are not a U.S. citizen and an immigration agent asks for your immigration documents, show the ones you carry.
carry-no-foreign = If you have no such proof, do not carry documents from another country, like a foreign passport.
carry-never-registered = If you have never registered, talk to a lawyer before you decide to register or not. Both can be risky. Some people have been charged with a crime for not registering.
carry-silent = You still have the right to remain silent about where you were born, your immigration status and how you entered. Other rules apply at borders and airports, and to visitors such as tourists.
carry-citizens = U.S. citizens do not have to carry proof of citizenship. But agents have held U.S. citizens, so you may want to carry it.

## Stops on the street, in a car, at work (since September 2025)
stops-profiling = In September 2025, the Supreme Court let agents in the Los Angeles area stop people because of a mix of how they look, the language they speak, the place (a car wash, a bus stop, a day-labor site) and their job, while a court case goes on.
stops-leaving = In January 2026, ICE told its agents they may arrest a person without a warrant if they believe the person is in the U.S. illegally and may leave before a warrant can be obtained. Courts in Oregon, Colorado and Washington, D.C. have limited this. Running or driving away can be used as a reason to arrest you.
stops-local-police = In many places, local police and sheriffs work with ICE (a "287(g)" agreement). By February 2026, more than 1,000 police and sheriff's offices had officers trained to work with ICE. A stop by local police, even for a traffic ticket, can lead to ICE.

## Removal to another country (arrest and final-order topics)
third-country = Since June 2025, if a person's own country will not take them back, ICE may send them to another country, one where they have never lived. In July 2025, men from Laos and Vietnam were sent to Eswatini, in Africa.
third-country-fear = If ICE says it will send you to another country, say at once that you are afraid of harm there. Then call your lawyer.
third-country-say = I am afraid I will be harmed in that country.
third-country-protected = Since February 2025, ICE has told its officers to consider detaining again, at their check-ins, people who won "withholding of removal" or protection under the Convention Against Torture (CAT), to send them to another country.

## Topic: door
topic-door-title = ICE at your door
topic-door-summary = Keep the door closed. Say "I do not consent". Talk to a lawyer.
door-dont-open = Do not open the door.
door-talk-through = Talk through the closed door. Ask who they are and why they are here.
door-judge-warrant = You do not have to open the door, unless they have a warrant signed by a judge that names a person who lives here or this address.
door-say-slide-warrant = Please slide the warrant under the door, or hold it up to the window.
door-check-warrant = Read the warrant, or ask someone to read it to you. Look for the name of a federal or state court, a judge's signature, and your name or your address.
door-not-immigration-judge = A paper from an Immigration Court, signed by an immigration judge, is not a warrant signed by a judge. Only a judge of a federal or state court signs that.
door-ice-warrant = An ICE warrant (form I-200 or I-205) is signed by an immigration officer, not a judge. Lawyers say it does not let agents come in without your consent.
door-i205-claim = Since May 2025, ICE says an I-205 warrant lets agents force their way into the home of a person with a final order of removal. Lawyers say this breaks the Constitution, and it is being challenged in court. Agents already do it.
door-say-no-consent = I do not consent to your entry or to a search.
door-tricks = Agents sometimes say they are "police", or give another reason to come in. Keep the door closed.
door-forced = If they force the door or come in anyway, do not resist and do not run.
door-stay-silent = Stay silent. You do not have to answer their questions.
door-write-down = Afterwards, write down what happened: the time, the officers' names and badge numbers, and who saw it.
door-final-order = If you or someone you live with has a final order of removal, or you are not sure, talk to a lawyer now. Do not wait for ICE to come.
door-get-help = Call a lawyer or a rapid-response hotline. See "Find help".

## Topic: street
topic-street-title = Stopped on the street
topic-street-summary = Stay calm. Stay silent. Ask "Am I free to go?"
street-silent = You have the right to remain silent. You do not have to say where you were born, your immigration status, or how you entered.
street-walk-away = If the officer says yes, walk away calmly.
street-detained = If the officer says no, stay calm. Stay silent and ask for a lawyer.
street-search = You do not have to agree to a search of you or your things. An officer may pat down your clothes to check for weapons.
street-dont-run = Do not run. Do not resist or touch an officer, even if you think your rights are being violated.
street-name = Some states require you to give your name when the police stop you. This depends on your state.
street-badge = Ask for the officer's name and badge number. Write them down later.
street-record = You may usually film officers in public from a distance, if you do not get in the way. Rules about recording sound differ by state.
record-safety = Since 2025, agents have arrested people who were filming them. Keep your distance. Do not touch an officer. Do not follow agents or their cars.

## Topic: car
topic-car-title = Stopped in a car
topic-car-summary = The driver shows license, registration and insurance. Passengers may stay silent.
car-driver = If you are the driver, show your driver's license, the car's registration and proof of insurance when asked.
car-search = You do not have to agree to a search of the car. Police who have strong reason to believe they will find evidence (probable cause) may search anyway.
car-passenger-silent = If you are a passenger, you may stay silent. You do not have to say where you were born, your immigration status, or how you entered.

## Topic: work
topic-work-title = ICE at your work
topic-work-summary = Stay calm. Do not run. Stay silent.
work-warrant = Agents may go into areas that are not open to the public only with a warrant signed by a judge, or if your employer agrees.
work-dont-run = Do not run. Stay calm.
work-silent = Stay silent. Ask for a lawyer.

## Topic: detained
topic-detained-title = If you are arrested
topic-detained-summary = Stay silent. Ask for a lawyer. Sign nothing.
detained-dont-sign = Do not sign anything before you talk to a lawyer. Be most careful with papers that say "voluntary departure" or "stipulated removal".
detained-interpreter = If you do not understand, ask for an interpreter.
detained-consulate = You may ask to contact your country's consulate.
detained-tell = Tell the officers if you care for children, if you have a medical condition, or if you are afraid to go back to your country.
detained-expedited = Some people can be deported fast, by an officer, without a judge ("expedited removal"). See "Fast deportation" in Know your rights.
detained-no-free-lawyer = In immigration court, the government does not give you a free lawyer. Nonprofit groups and DOJ-accredited representatives may help for free or for a low cost.
detained-locator = Your family can find you with the ICE Online Detainee Locator. They need your A-number and your country of birth.
detained-a-number = Write down your A-number now and give it to your family, before anything happens.
detained-bond = Since September 2025, many people arrested by ICE are held without bond. Call a lawyer at once. See "Bond and release" in Know your rights.

## Topic: bond
topic-bond-title = Bond and release
topic-bond-summary = Since September 2025, many people arrested by ICE are held without bond. Call a lawyer at once.
bond-what = Bond is money paid so that a person held by ICE can go home while their case goes on.
bond-no-bond = Since September 2025, the government says people who entered the U.S. without being inspected cannot get bond, however long they have lived here. Some immigration judges still refuse bond hearings. So you may be held without bond.
bond-courts-split = Federal courts disagree about this. Whether a person gets a bond hearing depends on where they are held. In June 2026 the government asked the Supreme Court to decide.
bond-call-lawyer = Call a lawyer at once. Do not wait for a bond hearing.
bond-habeas = A lawyer can ask a federal court to order your release or a bond hearing ("habeas corpus"). In 2026, federal judges granted many of these requests.
bond-ninety-days = In July 2026, the appeals court for Texas, Louisiana and Mississippi ruled that a person held there must get a bond hearing within 90 days. This can change.
bond-transfer = ICE may move a person to a detention center in another state, often far away. This can change the chance of release.
bond-family = Your family should keep your lawyer's phone number and your A-number.

## Topic: court
topic-court-title = Check-ins and court
topic-court-summary = Always go. Do not go alone. Talk to a lawyer first.
court-never-miss = Always go to your hearing, on time. If you miss it, the judge can order your deportation without you.
court-arrests = Since May 2025, ICE has arrested people at immigration courts across the country. Often the government's lawyer first asked the judge to dismiss the case. Then agents arrested the person for fast deportation ("expedited removal").
court-ruling = On June 23, 2026, a federal court struck down ICE's 2025 policies for arrests at immigration courts, for the whole country. This can change on appeal. The ruling does not cover ICE check-in offices, where ICE has arrested people.
court-status-ended = If your TPS or your parole has ended, see a lawyer before your hearing or check-in. You may be held without bond. See "TPS or parole ended" in Know your rights.
court-lawyer-first = Talk to a lawyer before your hearing or your ICE check-in.
court-go-with = Go with your lawyer if you can, with an accompaniment volunteer, and with someone who knows your A-number.
court-tell-family = Tell a family member where you are going, and when you will be back.
court-dismiss = If the government's lawyer asks the judge to dismiss your case, you can ask the judge for time to answer in writing.
court-say-time = I ask for time to answer the motion to dismiss in writing.
court-missed = If you missed a hearing, see a lawyer at once. An order made when you were not there can sometimes be reopened.
court-appeal = If the immigration judge decides against you, you have 30 days to appeal to the Board of Immigration Appeals.

## Topic: expedited
topic-expedited-title = Fast deportation
topic-expedited-summary = "Expedited removal": what it is, and how to be ready.
expedited-what = "Expedited removal" is a fast deportation. An immigration officer orders it, without a judge.
expedited-who = It can be used against people who entered without being inspected and cannot prove that they have been in the U.S. for two years or more.
expedited-where = Since January 2025, ICE uses it anywhere in the U.S., not only near the border. A court stopped this in August 2025. An appeals court let ICE use it again on June 23, 2026.
expedited-fear = If you are afraid to go back to your country, say it clearly, right away.
expedited-say-fear = I am afraid to return to my country.
expedited-parole = If you came in with parole and your parole ended, see a lawyer now. You may be held without bond.
expedited-lawyer = Ask a lawyer whether expedited removal could be used against you.

## Topic: final-order
topic-final-order-title = A final order or an old conviction
topic-final-order-summary = For former refugees from Cambodia, Laos and Vietnam, and anyone with a final order of removal.
final-order-who = About 15,000 Southeast Asian Americans have a final order of removal. Many came as refugees and lost their green card because of an old conviction.
final-order-supervision = Many live for years on an order of supervision, and go to ICE check-ins.
final-order-i205 = Since May 2025, ICE says an I-205 warrant lets agents force their way into the home of a person with a final order. Lawyers challenge this in court. Still: do not open the door, and say "I do not consent".
final-order-travel = Cambodia and Vietnam take back people deported from the U.S. Since 2025, Laos gives ICE many more travel papers than before.
final-order-lawyer = Talk to a lawyer before your next check-in.
final-order-accompany = Go to check-ins with an accompaniment volunteer.
final-order-family = Tell your family when you go to a check-in, and when you will be back.
final-order-papers = Give a copy of your order of supervision and your A-number to a person you trust.
final-order-relief = Ask a lawyer about ways to stay: changing or erasing an old conviction (post-conviction relief), a pardon, or reopening your case (a motion to reopen).
final-order-long-detention = If ICE holds you for a long time, often more than six months, and your country does not take you back, a lawyer may be able to ask for your release.
final-order-help = For help: SEARAC's resource guides, MN8, the Asian Law Caucus, and legal help lines in Khmer and Vietnamese. See "Find help".

## Topic: status (TPS or parole that ended; leaving the U.S.)
topic-status-title = TPS or parole ended
topic-status-summary = See a lawyer now. Do not leave the U.S. or use the CBP Home app before you talk to one.
status-tps = Since 2025, the government has moved to end TPS for people from many countries, among them Venezuela, Honduras, Nicaragua, Nepal, Haiti, Syria, Burma, South Sudan, Cameroon and Afghanistan. In June 2026 the Supreme Court ruled that courts mostly cannot stop these decisions.
status-chnv = Parole for people from Cuba, Haiti, Nicaragua and Venezuela (the "CHNV" program) ended in 2025.
status-lawyer = If your TPS or your parole has ended, or will end soon, see a lawyer now.
status-no-bond = ICE may arrest you and hold you without bond.
status-cbp-home = Since May 2025, the government offers money to people who leave the U.S. through the "CBP Home" app. This is not "voluntary departure".
status-cbp-home-lawyer = Do not use the CBP Home app, and do not agree to leave, before you talk to a lawyer.
status-leave-final-order = If you have a final order of removal, leaving usually counts as being deported. You may not be allowed to come back for many years.
status-leave-asylum = If your asylum case is still open, leaving the U.S. is usually treated as giving it up.

## Topic: plan
topic-plan-title = Make a family plan
topic-plan-summary = Prepare now, so your family is ready.
plan-memorise = Learn by heart at least one phone number: a family member, a lawyer or a hotline.
plan-caregiver = Decide who will care for your children if you are detained.
plan-papers = Sign the caregiver or guardianship papers your state uses. Ask a lawyer which ones.
plan-school = Tell the school who may pick up your children.
plan-documents = Keep copies of birth certificates, passports, your A-number and court papers in a safe place. Tell a person you trust where they are.
plan-passports = Get U.S. passports for your children who are U.S. citizens.
plan-g28 = Ask your lawyer to sign a G-28 form now. This form lets them act for you fast.

## Topic: warrants
topic-warrants-title = Three kinds of paper
topic-warrants-summary = Only a warrant signed by a judge of a federal or state court lets agents into your home without your consent. Since May 2025, ICE says an I-205 lets it force the door for a final order. Lawyers say this breaks the Constitution.
warrants-judicial = A warrant signed by a judge comes from a federal or state court. It names the court and has a judge's signature. Check that it has your name or your address.
warrants-judicial-allows = It allows agents to enter the place it names.
warrants-ice = An ICE warrant (form I-200 or I-205) comes from ICE. It is signed by an immigration officer, not a judge.
warrants-ice-allows = Lawyers say it does not allow agents to enter your home without your consent. But since May 2025, ICE says an I-205 lets agents force the door of a person with a final order of removal. This is being challenged in court.
warrants-immigration-court = A paper from an Immigration Court is signed by an immigration judge. It is not a warrant signed by a judge of a federal or state court.
warrants-say = Please slide the warrant under the door.
# Labels inside the pictures of the three papers.
warrants-box-judicial = Warrant signed by a judge
warrants-box-ice = ICE warrant
warrants-box-immigration-court = Immigration Court order
warrants-box-court = Name of a federal or state court
warrants-box-judge = Signature of a federal or state judge
warrants-box-officer = Immigration officer's signature
warrants-box-immigration-judge = Immigration judge's signature
warrants-box-name = Your name or address
warrants-box-enter = Lets agents enter
warrants-box-no-enter = Lawyers say: no entry without your consent
warrants-box-i205-claim = Since May 2025, ICE says an I-205 lets it force the door for a final order
warrants-box-not-judicial = Not a warrant signed by a judge

## Topic: scams
topic-scams-title = Watch out for scams
topic-scams-summary = Only lawyers and accredited representatives may give legal advice.
scams-who = Only a lawyer or a DOJ-accredited representative may give you legal advice about immigration.
scams-notario = A "notario" or a "notary public" is not a lawyer in the United States. Do not pay them for immigration help.
scams-find = To find real legal help, see "Find help".
