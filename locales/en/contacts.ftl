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
kind-rapid-response-words = hotline, report, raid, ICE activity, rapid response, emergency, call now
kind-legal-words = lawyer, attorney, legal aid, legal help, legal advice, immigration lawyer
kind-accompaniment-words = accompany, accompaniment, volunteer, check-in, go with me
kind-sanctuary-words = sanctuary, church, congregation, temple, mosque, faith
kind-community-words = community, organization, Hmong, Khmer, Cambodian, Lao, Vietnamese
kind-services-words = food, health, clinic, housing, social services
kind-citizenship-words = citizenship, naturalization, green card

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
contact-new-americans-hotline-about = Immigration information and referrals for New York State, in many languages.
contact-legal-aid-nyc-about = Legal help for immigrants in New York City.
contact-mixteca-about = Services for Mexican and Latin American immigrants in Brooklyn.
contact-icirr-about = Call or text, 24 hours. Report raids and get family support and referrals. The number spells 855-HELP-MY-FAMILY.
contact-chirla-about = Legal services, organizing and know-your-rights help in Los Angeles.
contact-maof-about = Social services in Los Angeles. This is not legal help.
contact-border-angels-about = Humanitarian aid and consultations in San Diego and at the border.
contact-mariposas-about = Support for LGBTQ migrants in detention, in Tucson.
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
contact-ilcm-minnesota-about = Gives free immigration legal representation, advice and know-your-rights education to low-income immigrants and refugees across Minnesota, including people in detention.
contact-monarca-rapid-response-mn-about = Hotline to report ICE staging, detentions or people being pursued in the Twin Cities so rapid responders can come.
contact-copal-minnesota-about = Latino community organisation running a helpline for reporting ICE detentions and getting support for affected families, and training ICE observers statewide.
contact-hmong-american-partnership-about = The largest Hmong social service organisation in the US, helping Hmong and other refugee and immigrant families in the Twin Cities with jobs, youth, health and family services.
contact-voces-de-la-frontera-about = Statewide immigrant-rights and workers' group that runs Wisconsin's volunteer ICE-activity hotline and verifier network and connects detained people's families to lawyers.
contact-forward-latino-hotline-about = Latino civic group with a staffed 24-hour hotline offering emergency help and family-preparedness tools to people affected by immigration enforcement.
contact-catholic-charities-milwaukee-immigration-about = Low-cost immigration legal help (green cards, citizenship, family and humanitarian cases) for low-income people in ten south-east Wisconsin counties, by intake appointment. Ask for extension 4418.
contact-community-immigration-law-center-madison-about = Free immigration clinics and deportation defence for people in Madison and Dane County facing removal.
contact-hmong-american-center-wausau-about = Wausau-based centre giving Hmong and other Southeast Asian families in central Wisconsin interpreting, health help, elder and education services.
contact-hmong-american-friendship-association-about = Milwaukee centre at 3824 W Vliet St serving the Southeast Asian community with translation, referrals, a food pantry, seniors' and job programmes.
contact-hmong-american-womens-association-about = Milwaukee advocacy group supporting Southeast Asian women, girls and queer and trans people, especially survivors of domestic and sexual violence.
contact-waisn-deportation-defense-hotline-about = Statewide call-or-text line to report ICE activity in Washington; rapid-response volunteers verify and document reports and connect detained people's families to legal help.
contact-nwirp-washington-about = Free immigration legal services for low-income immigrants in Washington — asylum, family petitions, citizenship, DACA, VAWA/U-visas and deportation defence, including at the Tacoma detention centre.
contact-khaag-washington-about = Community group supporting Khmer and other Southeast Asian Americans facing removal orders, ICE detention or deportation, with resources and links to NWIRP legal intake.
contact-hias-pennsylvania-about = Free immigration legal services for low-income immigrants of all backgrounds — asylum and deportation defence, green cards, DACA — plus refugee and social services in the Philadelphia area.
contact-pirc-pennsylvania-about = Legal services, know-your-rights education and pro bono coordination for immigrants in detention and in the community, including immigrant survivors of domestic violence statewide.
contact-erie-ice-rapid-response-about = Erie County volunteer hotline to report immigration enforcement or a detained loved one; trained volunteers observe, document and coordinate support.
contact-cambodian-association-greater-philadelphia-about = Since 1979 has served Cambodian refugees and immigrants in Philadelphia with case management, youth and education programmes, and health and wellness help.
contact-vietlead-philadelphia-about = Southeast Asian community group in Philadelphia whose community-defence team campaigns for Cambodian and Vietnamese refugees facing deportation.
contact-luce-hotline-massachusetts-about = Statewide hotline run by a coalition of grassroots groups to report and verify sightings of immigration agents in Massachusetts; trained volunteers document what happens.
contact-cmaa-lowell-about = Lowell's oldest Cambodian community organisation, helping Cambodian and other immigrant families with translation, green-card renewal and citizenship help, English classes and youth programmes.
contact-dorcas-international-ri-about = Rhode Island's largest accredited provider of low-cost immigration legal services (citizenship, green cards, DACA/TPS renewals) and a refugee resettlement agency.
contact-amor-defense-line-ri-about = Multilingual (English and Spanish) line run by the AMOR coalition connecting people facing ICE or police violence to a case manager and community support network.
contact-prysm-providence-about = Southeast Asian youth-led group in Providence that organises against the deportation of Cambodian refugees and co-founded the AMOR immigrant defence coalition.
contact-siembra-nc-about = Statewide Latino organisation running a hotline to report and verify ICE activity, and giving families referrals to immigration lawyers and emergency planning help.
contact-respuesta-rapida-durham-about = Durham rapid-response line for reporting ICE sightings and arrests.
contact-nc-justice-center-irrp-about = Legal representation for low-income immigrants (citizenship, family petitions and other status cases) and statewide support for immigrant organisations in North Carolina.
contact-nc-hmong-womens-association-about = Non-profit supporting Hmong women and the Hmong community of the Hickory and Morganton area.
contact-mirc-michigan-about = Free statewide immigration legal services in Michigan, including a help desk at the Detroit Immigration Court for people in removal proceedings, children's and farmworker cases.
contact-acrl-hotline-michigan-about = Civil-rights group's hotline for reporting inappropriate immigration-enforcement activity in Metro Detroit and getting know-your-rights guidance.
contact-raices-texas-about = The largest immigration legal services non-profit in Texas, giving free and low-cost legal help to immigrant children, families and refugees, including deportation defence and bond help.
contact-houston-immigration-legal-services-collaborative-about = Network of Houston legal-service providers that runs the Immigrant Rights Hotline and refers callers to free and low-cost immigration lawyers.
contact-trla-texas-about = Texas's largest legal aid provider, giving free civil legal help to low-income people in 68 counties, including farmworkers.
contact-woori-juntos-houston-about = Houston community group organising with churches and legal providers against the deportation of Vietnamese and Laotian refugees and teaching families their rights.
contact-san-mateo-rapid-response-about = 24/7 hotline to report ICE activity in San Mateo County; responders verify arrests, activate emergency attorneys the same day and support families.
contact-oc-rapid-response-network-about = Community coalition running an Orange County hotline that verifies ICE reports, monitors courthouse arrests and helps families of detained people navigate the legal system.
contact-khmer-girls-in-action-about = Long Beach Cambodian community organisation that campaigns against the deportation of Cambodian refugees and runs community forums on deportation.
contact-fresno-center-about = Fresno organisation founded in 1991 to serve Hmong and other Southeast Asian refugee families in the Central Valley.
contact-florida-raise-hotline-about = Statewide hotline run by Florida immigrant groups (incl. Florida Immigrant Coalition) to learn your rights, respond to enforcement, find a detained relative and get connected to pro bono lawyers.
contact-americans-for-immigrant-justice-about = Miami-based non-profit law firm giving free legal help to vulnerable immigrants — children, asylum seekers, trafficking and abuse survivors, and people in detention.
contact-nj-alliance-for-immigrant-justice-about = Statewide coalition of 50+ immigrant organisations with an online form to report ICE sightings, know-your-rights cards and a list of legal service providers.
contact-dire-hotline-nj-about = Volunteer '911 for immigration' hotline in Central New Jersey, run from the Reformed Church of Highland Park, that sends rapid responders and supports families facing detention.
contact-gain-georgia-about = Pro bono immigration legal help in Georgia for asylum seekers, survivors of crime and trafficking, and Afghan evacuees.
contact-advancing-justice-atlanta-about = Free and low-cost immigration legal services and civil-rights advocacy for Asian American, Pacific Islander, Arab, Muslim and South Asian communities in Georgia and the Southeast, including fighting immigration detention.
contact-glahr-georgia-about = Atlanta Latino rights group with an 'ICE Chasers' rapid-response team that documents ICE arrests and teaches constitutional rights.
contact-colorado-rapid-response-network-about = 24/7 statewide hotline (also covering southern Wyoming) to report ICE activity — press 1 for a dispatcher who sends volunteers to verify and document, press 2 to report a past encounter.
contact-circ-colorado-about = Statewide immigrant-rights coalition whose DocuTeam documents ICE encounters and refers people to legal resources; a founding partner of the Colorado rapid-response hotline.
contact-puente-arizona-hotline-about = Phoenix-area hotline to report ICE or Border Patrol activity; Puente verifies reports, sends teams to inform people of their rights and document arrests, and sends text alerts.
contact-tucson-community-rapid-response-about = Tucson network with a 24-hour hotline for people facing arrest by police or immigration agents; sends community observers and accompanies families and people at immigration court.
contact-florence-project-arizona-about = The only Arizona organisation giving free legal and social services to adults and unaccompanied children in immigration detention facing deportation.
contact-nevada-immigrant-coalition-about = Coalition of Nevada immigrant-rights groups that tracks and confirms ICE activity and advocates for immigrant families in Southern and Northern Nevada.
contact-unlv-immigration-clinic-about = Free consultations and deportation defence for detained adults and unaccompanied children in Southern Nevada, from a downtown Las Vegas office.
contact-casa-maryland-about = Immigrant membership organisation with welcome centres across Maryland offering citizenship and legal services, and a tipline to report suspected ICE or CBP activity for verification.
contact-maryland-immigrant-legal-assistance-project-about = Free immigration consultations for children and families in removal proceedings at the Baltimore Immigration Court and at Saturday clinics statewide.
contact-poder-virginia-hotline-about = Statewide Virginia hotline run by immigrant advocates (incl. Legal Aid Justice Center) to report and document ICE arrests and enforcement activity.
contact-legal-aid-justice-center-virginia-about = Virginia legal aid organisation that fights immigration detention and deportation, represents immigrants transferred to ICE, and helps run Northern Virginia's Rapid Response to Raids hotline.
contact-ciri-connecticut-about = Connecticut's leading non-profit for refugees and immigrants, giving affordable immigration legal services (asylum, work permits, deportation defence) and refugee resettlement.
contact-unidad-latina-en-accion-ct-about = New Haven immigrant group running a 24-hour Spanish/English hotline that verifies ICE raids and activates a statewide network of community members, clergy and lawyers.
contact-able-ohio-immigration-about = Non-profit legal aid giving free immigration legal services to low-income immigrants and refugees in northwest and west-central Ohio and deportation defence for Columbus residents.
contact-tirrc-tennessee-about = Statewide immigrant-rights coalition running a hotline for families whose loved ones were detained by immigration authorities, with referrals to lawyers and know-your-rights resources.
contact-nm-immigrant-law-center-about = Albuquerque non-profit immigration law centre offering legal help and know-your-rights guidance, including what families should do if a relative is arrested by ICE.
contact-cair-coalition-dc-about = The only DC-area non-profit whose legal services focus on immigrants in detention, representing detained adults and unaccompanied children from DC, Maryland and Virginia.
contact-migrant-solidarity-mutual-aid-dc-about = DC community hotline to report immigration-enforcement incidents; the group also posts updates on law-enforcement activity across the District.
contact-ayuda-legal-puerto-rico-about = Human-rights legal non-profit that launched Puerto Rico's first phone line giving free legal support to immigrants, including the Dominican community of Barrio Obrero.
contact-st-louis-rapid-response-line-about = Coalition line to report ICE activity in the St. Louis region; volunteers verify and document reports and on-call immigration attorneys give legal guidance.

## Where a contact's number or website was published (after the publisher's name)
# A contact's source: who published it, then what kind of page (one of the notes below).
contact-source-from = { $source }, { $kind }
source-kind-organisation-site = the organization's own website
source-kind-organisation-documents = the organization's own documents
source-kind-news = a news report
source-kind-press-release = a press release
source-kind-city-service = a city information service
source-kind-secondary = a page that repeats it from another source

## Added after the first translations
contact-local-short = Added by this center
keys-search = On Find help, type to search. Esc clears the search. Tab goes to the Place and Kind choices.
keys-function-keys = Where letters go into a search, use F2 for language, F12 to hide and F1 for help.
