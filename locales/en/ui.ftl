# Words on the app's own screens: menus, buttons, keys and notices.

## Home menu
home-title = What do you need?
home-hint = Tap a choice, or press its number.

## Footer buttons (the key names Esc, Enter, L, ? and Q stay as they are)
button-back = Back
# The footer button that goes to the main menu (the Home key).
button-home = Menu
button-language = Language
button-help = Keys
button-quit = Quit
button-hide = Hide

## Step markers in a topic. They are words, not only colours.
step-do = Do
step-dont = Don't
step-say = Say
step-info = Know
say-in-english = In English:
step-english-changed = The English text changed; this translation is being updated. The English now says:

## The end of every topic
topic-sources = Sources
topic-reviewed = Checked on { $date }.
# Shown instead when that date is more than 180 days ago.
topic-stale = Checked on { $date }. Laws and enforcement change: ask for an updated version of this app.
not-legal-advice = This is not legal advice. Laws differ by state and change. Talk to a lawyer or a DOJ-accredited representative.

## Shown when the window is too small
enlarge = Please make this window bigger.

## Shown when the window is larger than the app draws (thousands of cells)
shrink = Please make this window smaller, or its text larger.

## Shown when nobody has touched the app for a while
idle-countdown = Starting over in { $seconds } s. Touch the screen or press a key to stay.

## A translator's preview (--locales): what in their folder could not be read, and F5
# `[1]` rather than `[one]`: a copy in a language without plural forms still reads right.
preview-broken = { $count ->
    [1] 1 message could not be read
   *[other] { $count } messages could not be read
}
preview-reload = F5 reloads
preview-reloaded = Read again: { $folder }

## Help: how to use the app (the ? key)
keys-title = How to use this app
keys-tap = Tap or click a choice to open it.
keys-number = A number key: open that choice.
# The Keys help screen puts the keys beside each of these (from the app's key table), so they name no keys.
keys-mouse-wheel = Mouse wheel: scroll.
# The Keys page on a kiosk: what a finger can do, before the keyboard. The { button-… } are the footer buttons' own names.
keys-touch = With your finger
keys-drag = To scroll, slide your finger up or down.
keys-touch-back = “{ button-back }” goes back one screen.
keys-touch-home = “{ button-home }” goes to the main menu.
keys-touch-language = “{ button-language }” changes the language.
keys-touch-hide = “{ button-hide }” clears the screen at once and forgets everything you looked at.
keys-keyboard = With a keyboard
keys-previous-slide = On slides: go back one step.
keys-next-slide = On slides: go forward one step.
keys-up = Move up.
keys-down = Move down.
keys-page-up = Scroll up one screen.
keys-page-down = Scroll down one screen.
keys-end = Go to the end.
keys-open = Open.
keys-go-back = Go back.
keys-go-home = Go to the main menu.
keys-next-part = Move between the list, the choices and the buttons.
keys-change-language = Change the language.
keys-show-help = Show this page.
keys-hide-all = Hide everything at once and start over.
keys-change-colors = Change the colors, for a projector or a bright room.
keys-show-slides = Show a topic as large slides, one step at a time, for a group.
keys-second-language = On slides: choose a second language from a list, shown beside the first.
keys-close-app = Close the app.

## Translation status
status-draft = Draft: not yet checked by a community reviewer.
status-reviewed = Checked by a community reviewer.
status-part-reviewed = { $percent }% checked by a community reviewer.
status-changed = { $count } changed in English since translated: the English is shown with them.

## Privacy & about
about-never-title = What this app never does
about-never-network = It never connects to the internet.
about-never-save = It never saves what you read or tap.
about-never-ask = It never asks for your name, your address or your papers.
about-legal-title = Not legal advice
about-translation-title = This language

## What the kernel enforces (Privacy & about)
about-enforced-title = On this computer, right now
about-files-locked = Files are locked: this app cannot open or write any file.
about-files-open = Files are not locked: this computer cannot lock them for the app. The app still writes nothing.
about-network-blocked = The network is blocked: this app cannot connect to anything.
about-network-open = The network is not blocked: this computer cannot block it for the app. The app still never connects.

## The home menu: its sections
section-urgent-title = Call for help now
section-urgent-intro = A number to call, for where you are.
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

## Kiosk: the operator leaves with Ctrl-Alt-Q and a PIN
operator-pin-title = Operator
operator-pin-prompt = Type the operator PIN, then press Enter. Esc closes this.
operator-pin-wrong = Wrong PIN. Wait { $seconds } s, then try again.
operator-pin-starting = The kiosk has just started. Wait { $seconds } s, then type the PIN.
operator-pin-none = This kiosk has no exit PIN. To close it, stop its service.

## Presentation mode (P) for trainers
button-present = Present
button-end-presenting = End slides
button-previous = Previous
button-next = Next
button-second-language = 2nd language

## Punctuation (write your language's own)
# A label and what follows it, as in "Website: imirj.org". Chinese uses "：", Khmer "៖".
punctuation-label = { $label }: { $value }
# Between the items of a short list, as in "Oregon, Nationwide". Keep the quotes to keep a space.
punctuation-list = {", "}

## Call for help now (the first row of the home menu, key 0)
urgent-local = To report ICE or get help in { $place }, call:
urgent-none = This app has no hotline for { $place } yet. Call a national line below, or look in Find help.
urgent-national = Across the country:
urgent-scan = Scan with your phone to call:
urgent-more = More places to call and ask: Find help.
# Find help's Place chooser: a list you can type into or tap.
directory-place-hint = Type a place, or tap it.
# The title of the place chooser: asked once a visit before Call for help
# now and Find help when no place is set.
place-question = Where are you?

# A topic that points to Find help gets a button for it (keep it the same as section-help-title).
button-find-help = Find help
