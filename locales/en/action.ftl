# Take action: ways to help, and calling your legislators.

## Topic: ways
topic-ways-title = Ways to help
topic-ways-summary = Give time, support groups, and speak up.
action-volunteer = Volunteer with an accompaniment or rapid-response network. Most give training first.
action-support = Support community groups that serve immigrants: give time, money or a place to meet.
action-legal = Support free legal services. Many people face immigration court without a lawyer.
action-call = Call your state and federal legislators. Tell them who you are and what you ask them to do.

## Topic: call
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
