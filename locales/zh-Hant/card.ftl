# The red card: the holder's side, in the reader's language.
# (The officer's side is always English: locales/en/card-officer.ftl.)
card-holder-title = 給您
card-holder-door = 不要開門。
card-holder-show = 隔著窗戶出示這張卡，或從門縫下遞出去。
card-holder-silent = 不要回答問題。您有權保持沉默。
card-holder-sign = 不要簽署任何文件。

card-says-title = 這張卡對官員說的話
card-says-silent = 我選擇保持沉默。我不會回答你們的問題。（第五修正案）
card-says-enter = 除非你們有法官簽署、寫著我名字的令狀，否則我不同意你們進入我家。請把令狀從門縫下遞進來。（第四修正案）
card-says-search = 我不同意搜索我的身體或我的東西。
card-says-sign = 沒有我的律師在場，我不會簽署任何文件。
card-says-lawyer = 我要和律師談。
card-print = 用您的語言列印這張卡：掃描 QR 碼，或前往這個網址。
