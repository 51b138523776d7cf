# The officer's side of the red card. It is always shown in English,
# because it is written for a U.S. immigration officer.
# Only English needs these messages: do not translate them.
card-officer-title = To the officer
card-officer-silent = I choose to remain silent. I will not answer your questions. (5th Amendment)
card-officer-enter = I do not consent to your entry into my home unless you have a warrant signed by a judge with my name on it. Please slide it under the door. (4th Amendment)
card-officer-search = I do not consent to a search of me or my things.
card-officer-sign = I will not sign anything without my lawyer.
card-officer-lawyer = I want to speak with a lawyer.
