# The red card: the holder's side, in the reader's language.
# (The officer's side is always English: locales/en/card-officer.ftl.)
card-holder-title = 給您
card-holder-door = 不要開門。
card-holder-show = 隔著窗戶出示這張卡，或從門縫下遞出去。
card-holder-silent = 不要回答問題。您有權保持沉默。
card-holder-sign = 不要簽署任何文件。
