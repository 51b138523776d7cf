# Sanctuary & support: the forms sanctuary takes, what it asks, our values.

## Topic: forms
topic-forms-title = What sanctuary looks like today
topic-forms-summary = Four ways congregations and neighbours stand with immigrants.
sanctuary-physical = Physical sanctuary: a congregation lets a person live in its building. This is for a person with a final deportation order, in an emergency, after all legal options are used. Other congregations help with food, care and advocacy.
sanctuary-no-place = Since January 2025, no place is off-limits to ICE: not schools, hospitals, clinics, places of worship or shelters. In June 2026 a federal court struck down ICE's 2025 policies for arrests at immigration courts, but this can change on appeal.
sanctuary-court-order = A court order of February 2025 protects only a few congregations, the ones it names.
sanctuary-no-promise = Sanctuary is support: a public act of care. It is not a promise of safety.
sanctuary-accompaniment = Accompaniment: trained volunteers go with a person to court and to ICE check-ins. They also help families after release from detention, with rides, housing and services.
sanctuary-advocacy = Advocacy: people ask their city, county and state for rules that keep local police separate from ICE.
sanctuary-rapid-response = Rapid response: a network of neighbours who come quickly after a raid or an arrest, to witness and to support the family.
sanctuary-reach = To reach a sanctuary congregation or an accompaniment network near you, see "Find help".

## Topic: asks
topic-asks-title = What sanctuary asks
topic-asks-summary = What each form of sanctuary asks of a person and of a congregation.
asks-physical-person = Physical sanctuary asks a person to live in the congregation's building, in the care of the congregation.
asks-physical-congregation = It asks a congregation to decide together, and to give hospitality, protection and advocacy, with help from other congregations.
asks-not-ready = A congregation that is not ready to host can still help: with hospitality, spiritual support and advocacy for the person in sanctuary.
asks-accompaniment = Accompaniment asks volunteers to take training, then to give time: going to court and check-ins, rides, and help after release.
asks-rapid-response = Rapid response asks neighbours to be ready to come quickly, and to connect with the communities most at risk.

## Topic: values
topic-values-title = Five freedoms
topic-values-summary = What we hope for: a life of dignity, safety and belonging for everyone.
values-dignity = Every person has dignity and worth, whatever their papers.
values-thrive = Freedom to thrive: to decide about your own life, family and future.
values-stay = Freedom to stay: to belong in the place you call home.
values-move = Freedom to move: to travel and be welcomed.
values-work = Freedom to work: safe, fair and dignified work.
values-transform = Freedom to transform: to be treated as a whole person.
