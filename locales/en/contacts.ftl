# Find help: the directory of help contacts (content/contacts.toml).
# Names of organisations are not translated; these messages say what each does.

## The Find help screen
directory-search = Search
directory-search-hint = Type a name, a place or a need.
directory-place = Place
directory-kind = Kind
directory-all-places = All places
directory-all-kinds = All kinds
directory-checked = This list was checked on { $date }. Phone numbers change. If a number does not work, try the website.
directory-nothing-found = Nothing found. Try fewer letters, or choose "All places".
directory-report-now = Report ICE activity now
directory-guide = In this guide

## A contact's page
contact-phone = Phone
contact-web = Website
contact-hours = Hours
contact-hours-always = Open 24 hours, every day
# Opening hours on a 24-hour clock: $days is one of the hours-days messages, $from and $to are like 05:00 and 21:00.
contact-hours-span = { $days }, { $from } to { $to }
hours-days-daily = Every day
hours-days-mon-fri = Monday to Friday
hours-days-mon = Mondays
hours-days-tue = Tuesdays
hours-days-wed = Wednesdays
hours-days-thu = Thursdays
hours-days-fri = Fridays
hours-days-sat = Saturdays
hours-days-sun = Sundays
contact-languages = Languages
contact-where = Where
contact-what = What they do
contact-source = Where this comes from
contact-seen = seen { $date }
contact-no-phone = No phone number was found for them. To find free or low-cost legal help near you, use the Immigration Advocates Network directory: immigrationadvocates.org/legaldirectory
contact-non-emergency = Not for emergencies.
contact-local = Added by this center. It is not from the app's checked list.
contact-scan-phone = Scan with your phone to call:
contact-scan-web = Scan with your phone to open the website:
contact-qr-too-narrow = Make the window wider to see the QR code.

## Kinds of help
kind-rapid-response = Hotline to report ICE
kind-legal = Legal help
kind-accompaniment = Accompaniment
kind-sanctuary = Sanctuary congregations
kind-community = Community organization
kind-services = Social services
kind-citizenship = Citizenship


## Words people search for, for each kind of help (comma-separated).
# A search for any of them finds that kind's contacts first. Add the words
# people in your language really type, including short and spoken ones.
kind-rapid-response-words = hotline, helpline, report, report ICE, raid, ICE raid, ICE is here, ICE at my door, ICE at my house, ICE at work, agents outside, ICE activity, rapid response, emergency, urgent, call now, happening now
kind-legal-words = lawyer, attorney, legal aid, legal help, legal advice, immigration lawyer, free lawyer, deportation, deportation defense, asylum, papers
kind-accompaniment-words = accompany, accompaniment, volunteer, go with me, someone to go with me
kind-sanctuary-words = sanctuary, church, congregation, temple, mosque, synagogue, faith, pastor, safe place to stay
kind-community-words = community, organization, community group, organizing, neighbors, know your rights
kind-services-words = food, food bank, health, clinic, doctor, housing, shelter, rent, social services
kind-citizenship-words = citizenship, citizen, become a citizen, naturalization, citizenship test, green card, permanent resident

## Needs people search for, each answered by some kinds of help (comma-separated).
# Write what people in your language really type, whole sentences too:
# every word counts, so add the words a frightened person uses.
# Someone in the family was detained (legal help, hotlines).
need-detained-words = detained, detention, arrested, arrest, taken, they took my husband, they took my wife, they took my son, they took my daughter, picked up, locked up, held by ICE, in custody, jail, deported, family member, husband, wife, son, daughter, mother, father, brother, sister, relative, loved one, find a detained person
# Money to get someone out of detention (legal help, funds).
need-bond-words = bond, bail, bond money, bail money, bond fund, bail fund, pay bond, release, get out of detention, bond hearing
# A hearing before an immigration judge (legal help).
need-hearing-words = court, court date, hearing, immigration court, judge, trial, notice to appear
# A check-in or appointment with ICE (accompaniment, legal help).
need-check-in-words = check-in, check in, ICE check-in, ICE appointment, appointment, report to ICE, ankle monitor

## Search
# Words that say nothing about what someone looks for (comma-separated):
# a search ignores them. Short, common words of your language.
search-stop-words = a, an, the, my, me, I, I'm, we, our, us, you, your, he, him, his, she, her, they, them, their, it, its, is, are, was, were, be, been, am, to, of, in, on, at, for, with, and, or, by, from, this, that, please, help, need, want, get, got, can, could, do, does, did, how, what, where, who, someone, some, any, just, about, looking
# Words for "language": "help in my language" finds contacts who speak the
# language the search is typed in.
search-language-words = language, languages, my language, speak, speaks, speaking, interpreter, translator

## What each organisation does
contact-pirc-about = Statewide hotline for all of Oregon. Call to report ICE activity. They send rapid response and support families.
contact-imirj-about = Faith groups that accompany immigrants and offer sanctuary. Their welcome center has English classes and citizenship help.
contact-apano-about = Asian and Pacific Islander community organizing. They train people for accompaniment.
contact-hmong-oregon-about = Hmong community organization. They take part in accompaniment.
contact-cacoregon-about = Khmer (Cambodian) community organization. They take part in accompaniment.
contact-ahsc-about = Health and social services for Asian communities in Portland.
contact-mira-about = Advocacy and education. Their helpline is for advocates and community groups. It takes voicemail.
contact-project-citizenship-about = Free help to apply for U.S. citizenship.
contact-bijan-about = Volunteers go with people to court and to ICE check-ins. They also help with bond funds, rides, and housing after release.
contact-nyic-about = A coalition of immigrant groups in New York. They can refer you to help.
contact-actionnyc-about = Free, safe immigration legal help from New York City.
contact-new-americans-hotline-about = New York State's free, confidential referral line for immigration legal help, including deportation cases, in more than 200 languages. They can also refer someone in immigration detention to free legal help. Monday to Friday 8 a.m. to 8 p.m., weekends 9 a.m. to 5 p.m.
contact-legal-aid-nyc-about = Legal help for immigrants in New York City.
contact-mixteca-about = Services for Mexican and Latin American immigrants in Brooklyn.
contact-icirr-about = Call or text, 24 hours. Report raids and get family support and referrals. The number spells 855-HELP-MY-FAMILY.
contact-chirla-about = Legal services, organizing and know-your-rights help in Los Angeles.
contact-maof-about = Social services in Los Angeles. This is not legal help.
contact-border-angels-about = Humanitarian aid and consultations in San Diego and at the border.
contact-mariposas-about = Support for LGBTQ migrants in detention, in Tucson.
contact-chirla-national-hotline-about = National hotline run by CHIRLA in Los Angeles. Call to report ICE activity and ask for support. Someone answers every day; you can also leave a voicemail. Their volunteers who go to check reports are in Los Angeles.
contact-migrawatch-about = National hotline from United We Dream. Report ICE activity and get support.
contact-legal-directory-about = Find free or low-cost legal help from nonprofits near you. Search by ZIP code.
contact-nijc-about = Legal services, including for people in detention and people asking for asylum.
contact-clinic-about = Social and legal services through local Catholic Charities offices.
contact-young-center-about = Child advocates for children who came to the U.S. alone. They take referrals through a form on their website.
contact-aclu-about = Know-your-rights information and court cases for immigrants' rights.
contact-asian-law-caucus-about = Legal advice for Southeast Asian refugees with a removal order who live in California.
contact-ajsocal-legal-about = Legal help line in Southern California.
contact-ajsocal-khmer-about = Legal help line in Khmer, in Southern California.
contact-ajsocal-vietnamese-about = Legal help line in Vietnamese, in Southern California.
contact-searac-about = Resource guides for Southeast Asian Americans facing deportation, and advocacy. Email: immigration@searac.org
contact-mn8-about = Southeast Asian group in Minnesota that fights deportations. Know-your-rights help in English, Khmer, Hmong and Vietnamese.

# Added 2026-12-01 (contacts for every state).
contact-ilcm-minnesota-about = Free immigration legal help for low-income immigrants and refugees in Minnesota, including people in detention. They also teach people their rights.
contact-monarca-rapid-response-mn-about = Call to report ICE agents gathering, or people being detained or chased, in the Twin Cities. Rapid responders can come.
contact-copal-minnesota-about = Latino community organization with a helpline to report ICE detentions and get support for families. They train ICE observers across Minnesota.
contact-hmong-american-partnership-about = Job, youth, health and family services for Hmong and other refugee and immigrant families in the Twin Cities.
contact-voces-de-la-frontera-about = Volunteer hotline to report ICE activity in Wisconsin; volunteers check the reports. They connect families of detained people with lawyers.
contact-forward-latino-hotline-about = 24-hour hotline, answered by staff, for people affected by immigration enforcement. Emergency help and tools to help families prepare.
contact-catholic-charities-milwaukee-immigration-about = Low-cost immigration legal help for low-income people in ten southeast Wisconsin counties, by appointment. Ask for extension 4418.
contact-community-immigration-law-center-madison-about = Free immigration clinics and legal defense for people in Madison and Dane County who face deportation.
contact-hmong-american-center-wausau-about = Center in Wausau for Hmong and other Southeast Asian families in central Wisconsin. Interpreting, health help, elder and education services.
contact-hmong-american-friendship-association-about = Milwaukee center for the Southeast Asian community: translation, referrals, a food pantry, and senior and job programs.
contact-hmong-american-womens-association-about = Milwaukee group that supports Southeast Asian women, girls, and queer and trans people, especially survivors of domestic and sexual violence.
contact-waisn-deportation-defense-hotline-about = Call or text to report ICE activity in Washington State. Volunteers check reports and connect families of detained people to legal help.
contact-nwirp-washington-about = Free immigration legal help for low-income immigrants in Washington State, including asylum and fighting deportation, also at the Tacoma detention center.
contact-khaag-washington-about = Support for Khmer and other Southeast Asian Americans facing a removal order, ICE detention or deportation. They link people to NWIRP legal help.
contact-hias-pennsylvania-about = Free immigration legal help for low-income immigrants, including asylum and fighting deportation. Also refugee and social services, in the Philadelphia area.
contact-pirc-pennsylvania-about = Legal help for immigrants in Pennsylvania, in detention or not, including survivors of domestic violence. They also teach rights and find free lawyers.
contact-erie-ice-rapid-response-about = Call to report ICE activity or a detained loved one in Erie County. Trained volunteers observe, record and organize support.
contact-cambodian-association-greater-philadelphia-about = Help for Cambodian refugees and immigrants in Philadelphia: case workers, youth and education programs, and health and wellness support.
contact-vietlead-philadelphia-about = Southeast Asian community group in Philadelphia. Their team campaigns for Cambodian and Vietnamese refugees facing deportation.
contact-luce-hotline-massachusetts-about = Call to report immigration agents you see anywhere in Massachusetts. Trained volunteers check reports and record what happens.
contact-cmaa-lowell-about = Cambodian community organization in Lowell. Translation, green card renewal, citizenship help, English classes and youth programs for immigrant families.
contact-dorcas-international-ri-about = Low-cost immigration legal help in Rhode Island, such as citizenship, green cards and DACA or TPS renewals. They also resettle refugees.
contact-amor-defense-line-ri-about = Line in English and Spanish for people facing ICE or police violence. They connect you to a case worker and community support.
contact-prysm-providence-about = Group in Providence led by Southeast Asian young people. They organize against the deportation of Cambodian refugees.
contact-siembra-nc-about = No phone number was found for this hotline. Hotline to report ICE activity in North Carolina. They refer families to immigration lawyers and help them make an emergency plan.
contact-respuesta-rapida-durham-about = Rapid response line in Durham. Call to report when you see ICE or an arrest.
contact-nc-justice-center-irrp-about = Legal help for low-income immigrants in North Carolina with citizenship, family petitions and other immigration status cases.
contact-nc-hmong-womens-association-about = Support for Hmong women and the Hmong community in the Hickory and Morganton area.
contact-mirc-michigan-about = Free immigration legal help across Michigan, also for children and farmworkers. Help desk at the Detroit Immigration Court for people in deportation cases.
contact-acrl-hotline-michigan-about = Call to report immigration agents acting improperly in Metro Detroit, and to learn your rights.
contact-raices-texas-about = Free and low-cost legal help in Texas for immigrant children, families and refugees, including fighting deportation and help with bond.
contact-houston-immigration-legal-services-collaborative-about = Houston network that runs the Immigrant Rights Hotline. They refer callers to free and low-cost immigration lawyers.
contact-trla-texas-about = Free civil legal help for low-income people, including farmworkers, in 68 Texas counties.
contact-woori-juntos-houston-about = Houston community group that organizes against the deportation of Vietnamese and Laotian refugees. They teach families their rights.
contact-san-mateo-rapid-response-about = 24-hour hotline to report ICE activity in San Mateo County. Responders check arrests, bring in emergency lawyers the same day and support families.
contact-oc-rapid-response-network-about = Orange County hotline that checks ICE reports and watches for arrests at courthouses. They help families of detained people through the legal system.
contact-khmer-girls-in-action-about = Cambodian community organization in Long Beach. They campaign against the deportation of Cambodian refugees and hold community meetings on deportation.
contact-fresno-center-about = Fresno organization that serves Hmong and other Southeast Asian refugee families in the Central Valley.
contact-florida-raise-hotline-about = Florida hotline to learn your rights, respond to immigration enforcement, find a detained relative and get connected to free lawyers.
contact-americans-for-immigrant-justice-about = Miami nonprofit law firm. Free legal help for immigrant children, asylum seekers, survivors of trafficking or abuse, and people in detention.
contact-nj-alliance-for-immigrant-justice-about = Coalition of New Jersey immigrant groups. Online, report ICE you see, and find know-your-rights cards and a list of legal services.
contact-dire-hotline-nj-about = No phone number was found for this hotline. Volunteer hotline in Central New Jersey for immigration emergencies. They send rapid responders and support families facing detention.
contact-gain-georgia-about = Free immigration legal help in Georgia for asylum seekers, survivors of crime or trafficking, and Afghan evacuees.
contact-advancing-justice-atlanta-about = Free and low-cost immigration legal help for Asian American, Pacific Islander, Arab, Muslim and South Asian communities in Georgia and the Southeast.
contact-glahr-georgia-about = Latino rights group in Atlanta. Their rapid response team records ICE arrests and teaches people their rights under the Constitution.
contact-colorado-rapid-response-network-about = 24-hour hotline to report ICE activity in Colorado and southern Wyoming. Press 1 for a dispatcher who sends volunteers, or 2 to report a past encounter.
contact-circ-colorado-about = Colorado immigrant rights group. Their team records ICE encounters and refers people to legal help.
contact-puente-arizona-hotline-about = Call to report ICE or Border Patrol in the Phoenix area. They check reports, send teams to explain rights and record arrests, and send text alerts.
contact-tucson-community-rapid-response-about = 24-hour hotline in Tucson for people facing arrest by police or immigration agents. They send observers and go with families and people to immigration court.
contact-florence-project-arizona-about = Free legal and social services for adults and children alone in immigration detention in Arizona who face deportation.
contact-nevada-immigrant-coalition-about = Coalition of immigrant rights groups in Nevada. They track and confirm ICE activity and speak up for immigrant families.
contact-unlv-immigration-clinic-about = Free consultations and help fighting deportation for adults in detention and children alone in Southern Nevada. Office in downtown Las Vegas.
contact-casa-maryland-about = Call to report possible ICE or CBP activity, and they will check it. Citizenship and legal help at welcome centers across Maryland.
contact-maryland-immigrant-legal-assistance-project-about = Free immigration consultations for children and families in deportation cases, at the Baltimore Immigration Court and at Saturday clinics across Maryland.
contact-legal-aid-justice-center-virginia-about = Virginia legal aid that fights immigration detention and deportation, also for immigrants handed over to ICE. They help run Northern Virginia's Rapid Response to Raids hotline.
contact-ciri-connecticut-about = Affordable immigration legal help in Connecticut, such as asylum, work permits and fighting deportation. They also resettle refugees.
contact-unidad-latina-en-accion-ct-about = No phone number was found for this hotline. 24-hour hotline in Spanish and English in New Haven. They check ICE raids and call in community members, clergy and lawyers across Connecticut.
contact-able-ohio-immigration-about = Free immigration legal help for low-income immigrants and refugees in northwest and west-central Ohio. Help fighting deportation for people who live in Columbus.
contact-tirrc-tennessee-about = Hotline in Tennessee for families whose loved one was detained by immigration agents. They refer you to lawyers and share know-your-rights information.
contact-nm-immigrant-law-center-about = Immigration legal help in Albuquerque. They explain your rights and what to do if ICE arrests a family member.
contact-cair-coalition-dc-about = Legal help for immigrants in detention, adults and children alone, from DC, Maryland and Virginia.
contact-migrant-solidarity-mutual-aid-dc-about = Call to report immigration enforcement in DC. They also post updates on law enforcement activity across DC.
contact-ayuda-legal-puerto-rico-about = Free legal help by phone for immigrants in Puerto Rico, including the Dominican community of Barrio Obrero.
contact-st-louis-rapid-response-line-about = Call to report ICE activity in the St. Louis area. Volunteers check reports, and immigration lawyers on call give legal advice.

# Added 2026-12-01, second pass (the places that had none).
contact-maine-ice-watch-hotline-about = Statewide line to report and verify ICE or Border Patrol activity and get connected to support.
contact-ilap-maine-about = Free and low-cost immigration legal help for low-income Maine residents, including asylum and deportation defense.
contact-vaap-vermont-about = Free immigration legal help for asylum seekers and detained people in Vermont; tracks ICE activity.
contact-migrant-justice-vermont-about = Farmworker-led group with know-your-rights training, accompaniment and a statewide rapid response network.
contact-the-legal-clinic-hawaii-about = Free immigration legal services for low-income immigrants in Hawaii, including COFA migrants.
contact-uh-refugee-immigration-law-clinic-about = Law school clinic helping asylum seekers and people detained by ICE; runs a deportation defense hotline.
contact-exodus-refugee-immigration-indiana-about = Helps refugees, asylum seekers and other humanitarian immigrants in central Indiana settle and navigate immigration.
contact-indiana-aid-detention-about = Volunteers who visit and support people held by ICE in Indiana jails and share resources.
contact-iowa-mmj-about = Statewide immigrant rights group offering free or low-cost immigration legal help at clinics across Iowa.
contact-holy-cross-ministries-utah-about = Low-cost or free immigration legal help, citizenship and know-your-rights sessions for Utah families.
contact-airr-kansas-missouri-about = Kansas City group offering know-your-rights help, rapid response to ICE and referrals to legal counsel.
contact-la-aid-louisiana-about = Volunteers who support people in ICE detention in Louisiana and help them after release.
contact-catholic-charities-new-orleans-immigration-about = Accredited low-cost immigration legal services and citizenship help in the New Orleans area.
contact-mira-mississippi-about = Statewide immigrant rights group with know-your-rights trainings, a legal project and raid response.
contact-catholic-charities-arkansas-immigration-about = Low-cost immigration counseling and know-your-rights help from Catholic Charities offices in Little Rock and Springdale.
contact-aclu-arkansas-ice-report-about = Online intake form to report concerning ICE activity or violations of your rights in Arkansas.
contact-helping-neighbors-lnk-about = Lincoln nonprofits verifying reports of ICE activity and guiding families when someone is detained.
contact-la-esperanza-delaware-about = Free immigration counseling, citizenship help and know-your-rights cards for Latino and immigrant families in Sussex County.
contact-aire-northwest-arkansas-about = No phone number was found for this hotline. Volunteer group in Northwest Arkansas sharing rights information and running a line to report ICE sightings.
contact-aclu-idaho-immigrant-rights-about = Know-your-rights guidance for immigrants in Idaho, red cards and an emergency preparedness toolkit.
contact-sd-voices-for-peace-about = No-cost immigration legal help for children in immigration court and crime survivors; know-your-rights resources.
contact-bienvenidos-gallatin-valley-about = Bozeman nonprofit welcoming Spanish-speaking families and helping them find relatives detained by immigration enforcement.
contact-mija-montana-about = Statewide group that educates immigrants about their rights and offers legal assistance.
contact-und-immigration-law-clinic-about = Law school clinic offering low-cost immigration legal services, including asylum and VAWA cases.
contact-ywca-tulsa-immigration-legal-about = Tulsa YWCA legal services team helping immigrants with immigration matters and know-your-rights information.
contact-new-sanctuary-network-tulsa-about = Tulsa faith network supporting people without documents and opposing deportations.
contact-wvu-immigration-law-clinic-about = Free immigration legal help from supervised law students, including deportation and asylum cases.
contact-aclu-west-virginia-immigrants-about = Know-your-rights materials in English and Spanish for immigrants facing ICE in West Virginia.
contact-charleston-immigrant-hotline-about = No phone number was found for this hotline. Volunteer line taking calls and texts about suspected ICE activity in Charleston and verifying reports.
contact-lsc-new-americans-immigration-sc-about = Low-cost and free immigration legal help for refugees and immigrants who are Lutheran Services Carolinas clients.
contact-acij-alabama-about = Statewide immigrant rights coalition that responds to ICE detentions and connects families with help.
contact-hica-alabama-about = Low-cost immigration legal clinic, citizenship and DACA help for Latino and immigrant families in Alabama.
contact-kentucky-refugee-ministries-about = Refugee and immigrant services, with immigration legal offices in Louisville and Lexington for citizenship and residency.
contact-neighbors-immigration-clinic-ky-about = Lexington nonprofit giving legal representation to immigrants, focused on deportation defense and asylum.
contact-alaska-institute-for-justice-about = Alaska’s statewide nonprofit for free and low-cost immigration legal help, including people facing deportation.
contact-immigrant-legal-center-nebraska-about = Nonprofit immigration law firm for low-income immigrants in Nebraska, with a raid rapid-response plan.
contact-ohio-immigrant-alliance-about = Statewide group tracking ICE detentions in Ohio and supporting detained people and their families.
contact-nh-alliance-immigrants-refugees-about = New Hampshire immigrant advocacy group supporting families amid new state laws on ICE cooperation.
contact-el-centro-igualdad-derechos-nm-about = Albuquerque immigrant rights group running know-your-rights workshops and community organizing.
contact-vecindarios-901-memphis-about = No phone number was found for this hotline. Volunteer rapid response network in Memphis with a hotline to report and verify immigration enforcement.
contact-comunidades-unidas-utah-about = Utah Latino and immigrant rights group with an immigration clinic, deportation defense resources and know-your-rights events.

# Added 2026-12-07 (the contacts review's gaps: Oregon legal help, Chinese-language help, bond funds, Philadelphia).
contact-equity-corps-oregon-about = Free immigration lawyers, and help with filing fees, for people in Oregon with low income who are at risk of deportation or need help with an immigration case. Call the statewide call center to enroll.
contact-ajsocal-chinese-about = Legal help line in Chinese (Mandarin and Cantonese) in Southern California. Free or low-cost legal advice, including on immigration and citizenship.
contact-caa-san-francisco-about = San Francisco civil rights group for Chinese and other Asian Americans. The U.S. Department of Justice has approved it to give limited immigration legal help. Leave a message on its immigration legal voicemail line.
contact-legal-aid-society-of-cleveland-mandarin-about = Mandarin line to apply for free legal help from The Legal Aid Society of Cleveland, in northeast Ohio, including immigration cases.
contact-legal-aid-society-of-cleveland-spanish-about = Spanish line to apply for free legal help from The Legal Aid Society of Cleveland, in northeast Ohio, including immigration cases.
contact-legal-aid-society-of-cleveland-vietnamese-about = Vietnamese line to apply for free legal help from The Legal Aid Society of Cleveland, in northeast Ohio, including immigration cases.
contact-legal-services-nyc-about = Free legal help in New York City, including immigration status, asylum and protection for victims of crime or domestic violence. Call Monday to Friday.
contact-advocates-for-human-rights-about = Free legal help for people held in immigration detention in Minnesota, North Dakota and South Dakota: asking for release on bond or parole, and applying for asylum. From every detention center in Minnesota, a call to this line is free.
contact-minnesota-freedom-fund-about = Minnesota fund that pays immigration bond for people held by ICE who cannot afford it, and bail in criminal cases.
contact-lehigh-valley-rapid-response-about = Volunteer hotline to report ICE activity or other immigration emergencies in the Lehigh Valley, Pennsylvania. The people who answer speak Spanish and English and send trained volunteers.
contact-new-sanctuary-movement-philadelphia-about = Interfaith immigrant rights group in Philadelphia. Member congregations go with families facing deportation and have given sanctuary. Their Community Fund helps with bond and legal costs.
contact-juntos-philadelphia-about = Latino immigrant community group in South Philadelphia. They teach people their rights and what to do if ICE comes to their door.

## Where a contact's number or website was published (after the publisher's name)
# Punctuation: a contact's source, who published it, then what kind of page (one of the notes below).
punctuation-source = { $source }, { $kind }
source-kind-organisation-site = the organization's own website
source-kind-organisation-documents = the organization's own documents
source-kind-news = a news report
source-kind-press-release = a press release
source-kind-city-service = a city information service
source-kind-secondary = a page that repeats it from another source
# The only page found that shows the number is another group's list of resources; the organization's own pages do not show it.
source-kind-directory-only = another group's list of resources, the only page found that shows this number (the organization's own pages do not show it)

## Added after the first translations
contact-local-short = Added by this center
keys-search = On Find help, type to search. Esc clears the search. Tab goes to the Place and Kind choices.
keys-use-f-keys = Where letters go into a search, use the F keys above.
contact-statewide-legal-services-ct-about = Free legal aid line in Connecticut for people with low income. New Haven Legal Assistance (nhlegal.org) says it can help undocumented people and does not report immigration status to the police or any other authority. Its page says undocumented people should contact New Haven Legal Assistance directly.
contact-legal-aid-society-of-cleveland-about = Free legal help in northeast Ohio, including immigration cases. Interpreters on request.
contact-legal-services-vermont-helpline-about = Free legal help line in Vermont. Ask whether they can help with an immigration case.
contact-legal-aid-of-nebraska-accessline-about = Free legal aid in Nebraska, with Spanish-speaking staff. Ask whether they can help with an immigration case.
