# The red card: the holder's side, in the reader's language.
# (The officer's side is always English: locales/en/card-officer.ftl.)
card-holder-title = For you
card-holder-door = Do not open the door.
card-holder-show = Show this card through a window, or slide it under the door.
card-holder-silent = Do not answer questions. You have the right to remain silent.
card-holder-sign = Do not sign anything.
