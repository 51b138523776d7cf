# Find help: how to find legal help you can trust.

## Topic: lawyer
topic-lawyer-title = 找一位可以信任的律師
topic-lawyer-summary = 誰可以提供法律意見，以及如何找到免費協助。
help-who-can-advise = 只有律師或經司法部（DOJ）認可的代表，才可以給您法律意見。
help-no-notario = 不要付錢給「notario」（公證人）或旅行社辦移民事務。他們不是律師。
help-no-free-lawyer = 在移民法庭，政府不會給您免費律師。非營利組織可能免費或低收費協助您。
help-directory = 要按郵遞區號（ZIP）尋找免費或低收費的法律協助，請用 Immigration Advocates Network 的名錄：immigrationadvocates.org/legaldirectory
help-memorise = 把一位律師或家人的電話號碼背下來。
