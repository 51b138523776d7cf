# The red card: the holder's side, in the reader's language.
# (The officer's side is always English: locales/en/card-officer.ftl.)
card-holder-title = For you
card-holder-door = Do not open the door.
card-holder-show = Show this card through a window, or slide it under the door.
card-holder-silent = Do not answer questions. You have the right to remain silent.
card-holder-sign = Do not sign anything.

# What the officer's side (card-officer.ftl) says, in the holder's language: shown under
# the holder's side so the holder knows what they hand over. Translate the meaning exactly;
# a test keeps the English the same as the officer's side.
card-says-title = What the card says to the officer
card-says-silent = I choose to remain silent. I will not answer your questions. (5th Amendment)
card-says-enter = I do not consent to your entry into my home unless you have a warrant signed by a judge with my name on it. Please slide it under the door. (4th Amendment)
card-says-search = I do not consent to a search of me or my things.
card-says-sign = I will not sign anything without my lawyer.
card-says-lawyer = I want to speak with a lawyer.
card-print = Print this card in your language: scan the code, or visit the address.
