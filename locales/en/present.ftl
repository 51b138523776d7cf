# Presentation mode: slides for a trainer projecting the app to a room.

## The header's counter shows the section's title, the topic's place in it,
## then this ("Know your rights · 2/9 · slide 3/12"); a narrow screen shows only this.
present-slide = slide { $slide }/{ $slides }
# Page Down after the section's last slide: there is no next one.
present-end-of-section = End of the section: { $section }

## The Keys help screen (the key names are shown beside these)
keys-first-slide = On slides: go to the first slide.
keys-last-slide = On slides: go to the last slide.
keys-blank = On slides: make the screen black, and show it again (any key shows it again).
keys-hide-footer = On slides: hide the buttons at the bottom, and show them again.
keys-number-slides = On slides: a number key goes to that topic of the section; two digits quickly one after the other go to the 10th and on.

## Shown for a moment after T changes the colors
theme-default = Colors: default
theme-high-contrast = Colors: high contrast
theme-monochrome = Colors: none (monochrome)

## The list of second languages for slides (the S key). $language is the
## language being read, in its own name.
second-title = Second language
second-hint = Choose a language to show beside { $language } on the slides.
second-none = None: { $language } only
