# The red card: the holder's side, in the reader's language.
# (The officer's side is always English: locales/en/card-officer.ftl.)
card-holder-title = 给您
card-holder-door = 不要开门。
card-holder-show = 隔着窗户出示这张卡，或从门缝下递出去。
card-holder-silent = 不要回答问题。您有权保持沉默。
card-holder-sign = 不要签任何文件。

card-says-title = 这张卡对官员说的话
card-says-silent = 我选择保持沉默。我不会回答你们的问题。（第五修正案）
card-says-enter = 除非你们有法官签署、写着我名字的令状，否则我不同意你们进入我家。请把令状从门缝下递进来。（第四修正案）
card-says-search = 我不同意搜查我的身体或我的东西。
card-says-sign = 没有我的律师在场，我不会签任何文件。
card-says-lawyer = 我要和律师谈。
card-print = 用您的语言打印这张卡：扫描二维码，或前往这个网址。
