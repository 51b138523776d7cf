# Know your rights: what to do, step by step.
# Short sentences. One action per step. The same word for the same thing
# everywhere (see glossary.md in this folder).

## Topic: door
topic-door-title = ICE 來到您家門口
topic-door-summary = 請關著門。您有權利。
door-dont-open = 不要開門。
door-talk-through = 隔著關好的門說話。問他們是誰，為甚麼來。
door-judge-warrant = 您不必開門，除非他們有法官簽署的令狀，而且令狀上寫著住在這裡的人的名字或這個地址。
door-say-slide-warrant = 請把令狀從門縫下遞進來，或貼在窗戶上給我看。
door-check-warrant = 閱讀令狀，或請人讀給您聽。看看上面有沒有法院名稱、法官簽名，以及您的名字或地址。
door-ice-warrant = ICE 令狀（I-200 或 I-205 表格）是移民官員簽署的，不是法官簽署的。沒有您的同意，它不允許他們進入您家。
door-tricks = 執法人員有時會說自己是「警察」，或找別的理由要進門。請關著門。
door-say-silent = 我選擇保持沉默。
door-dont-lie = 不要說謊。絕不出示假證件。
door-dont-resist = 如果他們還是進來了，不要反抗，也不要逃跑。
door-say-no-consent = 我不同意你們進來，也不同意搜查。
door-dont-sign = 在和律師談過之前，不要簽署任何文件。
door-write-down = 事後，寫下發生的事：時間、官員的姓名和徽章號碼。
door-get-help = 打電話給律師或快速反應熱線。請看「尋求協助」。

## Topic: street
topic-street-title = 在街上被攔下
topic-street-summary = 保持冷靜。問自己是否可以離開。
street-say-free = 我可以走了嗎？
street-walk-away = 如果官員說可以，就冷靜地離開。
street-detained = 如果官員說不可以，保持冷靜，保持沉默。
street-say-silent = 我選擇保持沉默。我要和律師談。
street-search = 您不必同意搜查您的身體或物品。官員可以拍查您的衣服，檢查有沒有武器。
street-say-no-search = 我不同意搜查。
street-dont-run = 不要逃跑。不要反抗，也不要碰官員，即使您認為您的權利受到侵犯。
street-dont-lie = 不要說謊。絕不出示假證件。
street-name = 有些州規定，警察攔下您時，您必須說出姓名。這要看您住在哪一州。
street-papers = 證件：如果您有合法身分（例如綠卡）而且年滿 18 歲，請隨身帶著證明。如果沒有，不要帶著其他國家的證件，例如外國護照。請問律師怎樣做對您最合適。
street-badge = 詢問官員的姓名和徽章號碼。事後寫下來。
street-record = 一般來說，您可以在公共場所從遠處拍攝官員，只要不妨礙他們。錄音的規定各州不同。

## Topic: car
topic-car-title = 開車時被攔下
topic-car-summary = 司機出示證件。乘客可以保持沉默。
car-driver-papers = 如果您是司機，被要求時必須出示駕照、車輛登記和保險證明。
car-search = 您不必同意搜查車輛。如果警察有充分理由相信會找到證據（probable cause），仍然可以搜查。
car-say-no-search = 我不同意搜查。
car-passenger-silent = 如果您是乘客，可以保持沉默。
car-say-free = 我可以走了嗎？
car-dont-run = 不要逃跑，也不要反抗。
car-dont-lie = 不要說謊。絕不出示假證件。

## Topic: work
topic-work-title = ICE 來到您的工作地點
topic-work-summary = 保持冷靜。不要逃跑。保持沉默。
work-warrant = 只有持法官簽署的令狀，或得到僱主同意，執法人員才可以進入不對外開放的區域。
work-dont-run = 不要逃跑。保持冷靜。
work-say-free = 我可以走了嗎？
work-say-no-search = 我不同意搜查。
work-silent = 保持沉默。要求見律師。
work-dont-sign = 不要簽署任何文件。
work-papers = 如果您有有效證件，可以出示。絕不出示假證件。

## Topic: detained
topic-detained-title = 如果您被逮捕
topic-detained-summary = 保持沉默。要求見律師。甚麼都不簽。
detained-say-silent = 我選擇保持沉默。我要和律師談。
detained-dont-sign = 在和律師談過之前，不要簽署任何文件。特別小心寫著「voluntary departure」（自願離境）或「stipulated removal」（約定遣返）的文件。
detained-interpreter = 如果聽不懂，請要求傳譯員。
detained-consulate = 您可以要求聯絡您本國的領事館。
detained-tell = 如果您要照顧孩子、有健康問題，或害怕回到自己的國家，請告訴官員。
detained-expedited = 有些人可能不經法官就被快速驅逐出境（「expedited removal」，快速遣返）。如果您入境時沒有經過檢查，又無法證明已在美國住滿兩年，就可能發生。這些規定經常改變。請問律師。
detained-no-free-lawyer = 在移民法庭，政府不會給您免費律師。非營利組織和經司法部（DOJ）認可的代表可能免費或低價協助您。
detained-locator = 您的家人可以用 ICE Online Detainee Locator（ICE 網上被拘留者查詢）找到您。他們需要您的 A 號碼（A-number）和您的出生國家。
detained-a-number = 現在就把您的 A 號碼寫下來交給家人，不要等到出事。

## Topic: court
topic-court-title = ICE 報到和法庭
topic-court-summary = 絕不錯過開庭。不要一個人去。
court-never-miss = 每次開庭都要準時到。如果缺席，法官可以在您不在場時下令驅逐您出境。
court-arrests = 有時有人在 ICE 報到地點或法院，或在附近被逮捕。
court-lawyer-first = 去 ICE 報到之前，先和律師談。
court-accompany = 請陪同義工和您一起去。告訴一位家人您要去哪裡。
court-appeal = 如果移民法官作出對您不利的決定，您有 30 天可以向移民上訴委員會（Board of Immigration Appeals）上訴。

## Topic: plan
topic-plan-title = 制定家庭計劃
topic-plan-summary = 現在就準備，讓家人有所準備。
plan-memorise = 至少背下一個電話號碼：家人、律師或熱線。
plan-caregiver = 決定如果您被拘留，由誰照顧您的孩子。
plan-papers = 簽好您所在州使用的照顧人或監護文件。請問律師需要哪些。
plan-school = 告訴學校誰可以接您的孩子。
plan-documents = 把出生證明、護照、您的 A 號碼和法庭文件的副本放在安全的地方。告訴一位您信任的人放在哪裡。
plan-passports = 為是美國公民的孩子辦美國護照。
plan-g28 = 請您的律師現在就簽好 G-28 表格。有了這份表格，律師可以很快為您行動。

## Topic: warrants
topic-warrants-title = 兩種令狀
topic-warrants-summary = 只有法官簽署的令狀，才允許執法人員未經您同意進入您家。
warrants-judicial = 法官簽署的令狀來自法院。上面有法院名稱和法官簽名。請查看上面有沒有您的名字或地址。
warrants-judicial-allows = 它允許執法人員進入令狀上寫明的地方。
warrants-ice = ICE 令狀（I-200 或 I-205 表格）來自 ICE。它由移民官員簽署，不是法官。
warrants-ice-allows = 沒有您的同意，它不允許執法人員進入您家。
warrants-say = 請把令狀從門縫下遞進來。
# Labels inside the pictures of the two papers.
warrants-box-judicial = 法官簽署的令狀
warrants-box-ice = ICE 令狀
warrants-box-court = 法院名稱
warrants-box-judge = 法官簽名
warrants-box-officer = 移民官員簽名
warrants-box-name = 您的名字或地址
warrants-box-enter = 允許執法人員進入
warrants-box-no-enter = 未經您同意，不允許進入

## Topic: scams
topic-scams-title = 小心詐騙
topic-scams-summary = 只有律師和經認可的代表可以提供法律意見。
scams-who = 只有律師或經司法部（DOJ）認可的代表，才可以給您移民法律意見。
scams-notario = 在美國，「notario」或「notary public」（公證人）不是律師。不要付錢給他們辦移民事務。
scams-find = 要找真正的法律協助，請看「尋求協助」。
