# Find help: how to find legal help you can trust.

## Topic: lawyer
topic-lawyer-title = 找一位可以信任的律师
topic-lawyer-summary = 谁可以提供法律意见，以及如何找到免费帮助。
help-who-can-advise = 只有律师或经司法部（DOJ）认可的代表，才可以给您法律意见。
help-no-notario = 不要付钱给“notario”（公证人）或旅行社办移民事务。他们不是律师。
help-no-free-lawyer = 在移民法庭，政府不会给您免费律师。非营利组织可能免费或低价帮助您。
help-directory = 要按邮编（ZIP）查找免费或低价的法律帮助，请用 Immigration Advocates Network 的名录：immigrationadvocates.org/legaldirectory
help-memorise = 把一位律师或家人的电话号码背下来。
