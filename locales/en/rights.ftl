# Know your rights: what to do, step by step.
# Short sentences. One action per step. The same word for the same thing
# everywhere (see glossary.md in this folder).

## Topic: door
topic-door-title = ICE at your door
topic-door-summary = Keep the door closed. You have rights.
door-dont-open = Do not open the door.
door-talk-through = Talk through the closed door. Ask who they are and why they are here.
door-judge-warrant = You do not have to open the door, unless they have a warrant signed by a judge that names a person who lives here or this address.
door-say-slide-warrant = Please slide the warrant under the door, or hold it up to the window.
door-check-warrant = Read the warrant, or ask someone to read it to you. Look for the name of a court, a judge's signature, and your name or your address.
door-ice-warrant = An ICE warrant (form I-200 or I-205) is signed by an immigration officer, not a judge. It does not let them come into your home without your consent.
door-tricks = Agents sometimes say they are "police", or give another reason to come in. Keep the door closed.
door-say-silent = I choose to remain silent.
door-dont-lie = Do not lie. Never show false papers.
door-dont-resist = If they come in anyway, do not resist and do not run.
door-say-no-consent = I do not consent to your entry or to a search.
door-dont-sign = Do not sign anything before you talk to a lawyer.
door-write-down = Afterwards, write down what happened: the time, the officers' names and badge numbers.
door-get-help = Call a lawyer or a rapid-response hotline. See "Find help".

## Topic: street
topic-street-title = Stopped on the street
topic-street-summary = Stay calm. Ask if you are free to go.
street-say-free = Am I free to go?
street-walk-away = If the officer says yes, walk away calmly.
street-detained = If the officer says no, stay calm and stay silent.
street-say-silent = I choose to remain silent. I want to speak with a lawyer.
street-search = You do not have to agree to a search of you or your things. An officer may pat down your clothes to check for weapons.
street-say-no-search = I do not consent to a search.
street-dont-run = Do not run. Do not resist or touch an officer, even if you think your rights are being violated.
street-dont-lie = Do not lie. Never show false papers.
street-name = Some states require you to give your name when the police stop you. This depends on your state.
street-papers = Papers: if you have legal status (for example a green card) and you are 18 or older, carry proof of it. If you do not, do not carry papers from another country, like a foreign passport. Ask a lawyer what is right for you.
street-badge = Ask for the officer's name and badge number. Write them down later.
street-record = You may usually film officers in public from a distance, if you do not get in the way. Rules about recording sound differ by state.

## Topic: car
topic-car-title = Stopped in a car
topic-car-summary = Drivers show their papers. Passengers may stay silent.
car-driver-papers = If you are the driver, you must show your driver's license, the car's registration and proof of insurance when asked.
car-search = You do not have to agree to a search of the car. Police who have strong reason to believe they will find evidence (probable cause) may search anyway.
car-say-no-search = I do not consent to a search.
car-passenger-silent = If you are a passenger, you may stay silent.
car-say-free = Am I free to leave?
car-dont-run = Do not run and do not resist.
car-dont-lie = Do not lie. Never show false papers.

## Topic: work
topic-work-title = ICE at your work
topic-work-summary = Stay calm. Do not run. Stay silent.
work-warrant = Agents may go into areas that are not open to the public only with a warrant signed by a judge, or if your employer agrees.
work-dont-run = Do not run. Stay calm.
work-say-free = Am I free to leave?
work-say-no-search = I do not consent to a search.
work-silent = Stay silent. Ask for a lawyer.
work-dont-sign = Do not sign anything.
work-papers = If you have valid papers, you may show them. Never show false papers.

## Topic: detained
topic-detained-title = If you are arrested
topic-detained-summary = Stay silent. Ask for a lawyer. Sign nothing.
detained-say-silent = I choose to remain silent. I want to speak with a lawyer.
detained-dont-sign = Do not sign anything before you talk to a lawyer. Be most careful with papers that say "voluntary departure" or "stipulated removal".
detained-interpreter = If you do not understand, ask for an interpreter.
detained-consulate = You may ask to contact your country's consulate.
detained-tell = Tell the officers if you care for children, if you have a medical condition, or if you are afraid to go back to your country.
detained-expedited = Some people can be deported fast, without seeing a judge ("expedited removal"). This can happen if you entered without being inspected and cannot show that you have been in the U.S. for two years. These rules change often. Ask a lawyer.
detained-no-free-lawyer = In immigration court, the government does not give you a free lawyer. Nonprofit groups and DOJ-accredited representatives may help for free or for a low cost.
detained-locator = Your family can find you with the ICE Online Detainee Locator. They need your A-number and your country of birth.
detained-a-number = Write down your A-number now and give it to your family, before anything happens.

## Topic: court
topic-court-title = Check-ins and court
topic-court-summary = Never miss a hearing. Do not go alone.
court-never-miss = Always go to your hearing, on time. If you miss it, the judge can order your deportation without you.
court-arrests = People are sometimes arrested at or near ICE check-ins and courts.
court-lawyer-first = Talk to a lawyer before an ICE check-in.
court-accompany = Ask an accompaniment volunteer to go with you. Tell a family member where you are going.
court-appeal = If the immigration judge decides against you, you have 30 days to appeal to the Board of Immigration Appeals.

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
topic-warrants-title = Two kinds of warrant
topic-warrants-summary = Only a warrant signed by a judge lets agents into your home without your consent.
warrants-judicial = A warrant signed by a judge comes from a court. It names the court and has a judge's signature. Check that it has your name or your address.
warrants-judicial-allows = It allows agents to enter the place it names.
warrants-ice = An ICE warrant (form I-200 or I-205) comes from ICE. It is signed by an immigration officer, not a judge.
warrants-ice-allows = It does not allow agents to enter your home without your consent.
warrants-say = Please slide the warrant under the door.
# Labels inside the pictures of the two papers.
warrants-box-judicial = Warrant signed by a judge
warrants-box-ice = ICE warrant
warrants-box-court = Name of a court
warrants-box-judge = Judge's signature
warrants-box-officer = Immigration officer's signature
warrants-box-name = Your name or address
warrants-box-enter = Lets agents enter
warrants-box-no-enter = Does not let agents enter without your consent

## Topic: scams
topic-scams-title = Watch out for scams
topic-scams-summary = Only lawyers and accredited representatives may give legal advice.
scams-who = Only a lawyer or a DOJ-accredited representative may give you legal advice about immigration.
scams-notario = A "notario" or a "notary public" is not a lawyer in the United States. Do not pay them for immigration help.
scams-find = To find real legal help, see "Find help".
