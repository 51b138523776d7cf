# Sanctuary & support, and Take action: texts added after the first release.

## Topic: what sanctuary asks of a person and a congregation
topic-asks-title = What sanctuary asks
topic-asks-summary = What each form of sanctuary asks of a person and of a congregation.
sanctuary-no-promise = Federal rules no longer keep ICE away from places of worship. Sanctuary is a public act of care and protection, not a promise of safety.
asks-physical-person = Physical sanctuary asks a person to live in the congregation's building, in the care of the congregation.
asks-physical-congregation = It asks a congregation to decide together, and to give hospitality, protection and advocacy, with help from other congregations.
asks-not-ready = A congregation that is not ready to host can still help: with hospitality, spiritual support and advocacy for the person in sanctuary.
asks-accompaniment = Accompaniment asks volunteers to take training, then to give time: going to court and check-ins, rides, and help after release.
asks-rapid-response = Rapid response asks neighbours to be ready to come quickly, and to connect with the communities most at risk.

## Topic: our values
topic-values-title = Five freedoms
topic-values-summary = What we hope for: a life of dignity, safety and belonging for everyone.
values-dignity = Every person has dignity and worth, whatever their papers.
values-thrive = Freedom to thrive: to decide about your own life, family and future.
values-stay = Freedom to stay: to belong in the place you call home.
values-move = Freedom to move: to travel and be welcomed.
values-work = Freedom to work: safe, fair and dignified work.
values-transform = Freedom to transform: to be treated as a whole person.

## Topic: call your legislators
topic-call-title = Call your legislators
topic-call-summary = How to find them, and what to say.
call-find = Find out who represents you: one U.S. Representative and two U.S. Senators, and your state legislators. Your address decides who they are.
call-where = Look for their names on a voter guide, on a city or county website, or ask at a library or a community center.
call-office = Call their office. A staff member will answer. You will not need to talk for long.
call-script-intro = Say, in your own words:
call-script-name = My name is ____. I live in ____ (city or ZIP code).
call-script-ask = I am calling to ask ____ (the legislator's name) to ____ (what you want them to do).
call-script-why = This matters to me because ____.
call-script-thanks = Thank you. Please tell ____ about my call.
call-again = Call again when there is a new vote. Ask friends to call too.
