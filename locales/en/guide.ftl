# The guide: sections, topics and their steps.
# Short sentences. One action per step. Use the same word for the same
# thing everywhere (see glossary.md in this folder).

## Sections of the home menu
section-rights-title = Know your rights
section-rights-intro = What to do when immigration agents (ICE) come.
section-card-title = Red card
section-card-intro = Show this card through a window, or slide it under the door.
section-sanctuary-title = Sanctuary & support
section-sanctuary-intro = How congregations and neighbours stand with immigrants.
section-help-title = Find help
section-help-intro = How to find a lawyer and help you can trust.
section-action-title = Take action
section-action-intro = Ways you can help your neighbours.
section-about-title = Privacy & about
section-about-intro = This app keeps nothing about your visit.

## Topic: ICE at your door
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

## Topic: the forms sanctuary takes
topic-forms-title = What sanctuary looks like today
topic-forms-summary = Four ways congregations and neighbours protect immigrants.
sanctuary-physical = Physical sanctuary: a congregation lets a person live in its building. This is for a person with a final deportation order, in an emergency, after all legal options are used. Other congregations help with food, care and advocacy.
sanctuary-accompaniment = Accompaniment: trained volunteers go with a person to court and to ICE check-ins. They also help families after release from detention, with rides, housing and services.
sanctuary-advocacy = Advocacy: people ask their city, county and state for rules that keep local police separate from ICE.
sanctuary-rapid-response = Rapid response: a network of neighbours who come quickly after a raid or an arrest, to witness and to support the family.
sanctuary-reach = To reach a sanctuary congregation or an accompaniment network near you, see "Find help".

## Topic: finding legal help
topic-lawyer-title = Find a lawyer you can trust
topic-lawyer-summary = Who can give legal advice, and how to find free help.
help-who-can-advise = Only a lawyer or a DOJ-accredited representative may give you legal advice.
help-no-notario = Do not pay a "notario" or a travel agent for immigration help. They are not lawyers.
help-no-free-lawyer = In immigration court, the government does not give you a free lawyer. Nonprofit groups may help for free or for a low cost.
help-directory = To find free or low-cost legal help by ZIP code, use the Immigration Advocates Network directory: immigrationadvocates.org/legaldirectory
help-memorise = Learn by heart the phone number of a lawyer or a family member.

## Topic: ways to act
topic-ways-title = Ways to help
topic-ways-summary = Give time, support groups, and speak up.
action-volunteer = Volunteer with an accompaniment or rapid-response network. Most give training first.
action-support = Support community groups that serve immigrants: give time, money or a place to meet.
action-legal = Support free legal services. Many people face immigration court without a lawyer.
action-call = Call your state and federal legislators. Tell them who you are and what you ask them to do.

## The red card: the holder's side
card-holder-title = For you
card-holder-door = Do not open the door.
card-holder-show = Show this card through a window, or slide it under the door.
card-holder-silent = Do not answer questions. You have the right to remain silent.
card-holder-sign = Do not sign anything.
