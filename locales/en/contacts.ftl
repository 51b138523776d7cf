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

## Places
region-oregon = Oregon
region-massachusetts = Massachusetts
region-new-hampshire = New Hampshire
region-new-york = New York
region-illinois = Illinois
region-california = California
region-arizona = Arizona
region-minnesota = Minnesota
region-nationwide = Nationwide

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
