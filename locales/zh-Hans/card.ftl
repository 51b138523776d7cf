# The red card: the holder's side, in the reader's language.
# (The officer's side is always English: locales/en/card-officer.ftl.)
card-holder-title = 给您
card-holder-door = 不要开门。
card-holder-show = 隔着窗户出示这张卡，或从门缝下递出去。
card-holder-silent = 不要回答问题。您有权保持沉默。
card-holder-sign = 不要签任何文件。
