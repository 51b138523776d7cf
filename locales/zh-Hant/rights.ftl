# Know your rights: what to do, step by step.
# Short sentences. One action per step. The same word for the same thing
# everywhere (see glossary.md in this folder).
# Steps that carry a date rest on a policy that changes: keep the date in
# every language.

## Steps used in several topics (one sentence, the same everywhere)
say-free-to-go = 我可以走了嗎？
say-silent = 我選擇保持沉默。
say-no-search = 我不同意搜索。
say-lawyer = 我要和律師談。
dont-lie = 不要說謊。絕不出示假證件。
dont-sign = 在和律師談過之前，不要簽署任何文件。
dont-run = 不要逃跑，也不要反抗。
proof-two-years = 隨身帶著文件的影本，絕不帶正本。這些文件要能證明您已在美國住了兩年或更久：例如租約、帳單、薪資單、學校紀錄或醫療紀錄。

## Topic: door
topic-door-title = ICE 來到您家門口
topic-door-summary = 請關著門。說「我不同意」。和律師談。
door-dont-open = 不要開門。
door-talk-through = 隔著關好的門說話。問他們是誰，為什麼來。
door-judge-warrant = 您不必開門，除非他們有法官簽署的令狀，而且令狀上寫著住在這裡的人的名字或這個地址。
door-say-slide-warrant = 請把令狀從門縫下遞進來，或貼在窗戶上給我看。
door-check-warrant = 閱讀令狀，或請人讀給您聽。看看上面有沒有聯邦法院或州法院的名稱、法官簽名，以及您的名字或地址。
door-not-immigration-judge = 移民法庭的文件由移民法官簽署，它不是法官簽署的令狀。這種令狀只有聯邦法院或州法院的法官才能簽署。
door-ice-warrant = ICE 令狀（I-200 或 I-205 表格）是移民官員簽署的，不是法官簽署的。律師說，沒有您的同意，它不允許執法人員進來。
door-i205-claim = 從 2025 年 5 月起，ICE 聲稱：有了 I-205 令狀，執法人員就可以強行進入有最終驅逐出境令的人的家。律師說這違反憲法，這件事正在法院訴訟中。執法人員已經在這樣做。
door-say-no-consent = 我不同意你們進來，也不同意搜索。
door-tricks = 執法人員有時會說自己是「警察」，或找別的理由要進門。請關著門。
door-forced = 如果他們強行破門，或還是進來了，不要反抗，也不要逃跑。
door-stay-silent = 保持沉默。您不必回答他們的問題。
door-write-down = 事後，寫下發生的事：時間、執法人員的姓名和警徽號碼，以及誰看到了。
door-final-order = 如果您或和您同住的人有最終驅逐出境令，或者您不確定，請現在就和律師談。不要等 ICE 上門。
door-get-help = 打電話給律師或快速反應熱線。請看「尋求協助」。

## Topic: street
topic-street-title = 在街上被攔下
topic-street-summary = 保持冷靜。保持沉默。問執法人員：「我可以走了嗎？」
street-silent = 您有權保持沉默。您不必說出您在哪裡出生、您的移民身分，或您是怎麼入境的。
street-walk-away = 如果執法人員說可以，就冷靜地離開。
street-detained = 如果執法人員說不可以，保持冷靜。保持沉默，並要求見律師。
street-search = 您不必同意搜索您的身體或物品。執法人員可以隔著衣服輕拍，檢查有沒有武器。
street-dont-run = 不要逃跑。不要反抗，也不要碰執法人員，即使您認為您的權利受到侵犯。
street-name = 有些州規定，警察攔下您時，您必須說出姓名。這要看您住在哪一州。
street-documents = 證件：如果您有合法身分（例如綠卡）而且年滿 18 歲，請隨身帶著證明。如果沒有，不要帶著其他國家的證件，例如外國護照。請問律師怎麼做對您最合適。
street-badge = 詢問執法人員的姓名和警徽號碼。事後寫下來。
street-record = 一般來說，您可以在公共場所從遠處錄影拍攝執法人員，只要不妨礙他們。錄音的規定各州不同。

## Topic: car
topic-car-title = 開車時被攔下
topic-car-summary = 駕駛人出示駕照、行照和保險證明。乘客可以保持沉默。
car-driver = 如果您是駕駛人，被要求時，請出示您的駕照、行照和保險證明。
car-search = 您不必同意搜索車輛。如果警察有充分理由相信會找到證據（probable cause），仍然可以搜索。
car-passenger-silent = 如果您是乘客，可以保持沉默。您不必說出您在哪裡出生、您的移民身分，或您是怎麼入境的。

## Topic: work
topic-work-title = ICE 來到您的工作地點
topic-work-summary = 保持冷靜。不要逃跑。保持沉默。
work-warrant = 只有持法官簽署的令狀，或得到雇主同意，執法人員才可以進入不對外開放的區域。
work-dont-run = 不要逃跑。保持冷靜。
work-silent = 保持沉默。要求見律師。
work-documents = 如果您有有效證件，可以出示。絕不出示假證件。

## Topic: detained
topic-detained-title = 如果您被逮捕
topic-detained-summary = 保持沉默。要求見律師。什麼都不簽。
detained-dont-sign = 在和律師談過之前，不要簽署任何文件。特別小心寫著「voluntary departure」（自願離境）或「stipulated removal」（約定遣返）的文件。
detained-interpreter = 如果聽不懂，請要求口譯員。
detained-consulate = 您可以要求聯絡您本國的領事館。
detained-tell = 如果您要照顧孩子、有健康問題，或害怕回到自己的國家，請告訴執法人員。
detained-expedited = 有些人可能被很快驅逐出境：由執法人員決定，沒有法官（「expedited removal」，快速遣返）。請看「了解您的權利」中的「快速驅逐出境」。
detained-no-free-lawyer = 在移民法庭，政府不會給您免費律師。非營利組織和經司法部（DOJ）認可的代表可能免費或低收費協助您。
detained-locator = 您的家人可以用 ICE Online Detainee Locator（ICE 線上被拘留者查詢）找到您。他們需要您的 A 號碼（A-number）和您的出生國家。
detained-a-number = 現在就把您的 A 號碼寫下來交給家人，不要等到出事。

## Topic: court
topic-court-title = ICE 報到和出庭
topic-court-summary = 一定要去。不要一個人去。先和律師談。
court-never-miss = 每次開庭都要準時到。如果缺席，法官可以在您不在場時下令驅逐您出境。
court-arrests = 從 2025 年 5 月起，ICE 在全國各地的移民法庭逮捕人。常見的做法是：政府律師先請法官撤銷案件。然後執法人員逮捕當事人，進行快速遣返（「expedited removal」）。
court-lawyer-first = 開庭或去 ICE 報到之前，先和律師談。
court-go-with = 如果可以，請和您的律師一起去，也請陪同志工和一位知道您 A 號碼的人一起去。
court-tell-family = 告訴一位家人您要去哪裡，什麼時候回來。
court-dismiss = 如果政府律師請法官撤銷您的案件，您可以請法官給您時間，用書面方式回應。
court-say-time = 我請求給我時間，用書面方式回應撤案動議。
court-missed = 如果您錯過了開庭，請馬上找律師。法官在您缺席時作出的命令，有時可以申請重開。
court-appeal = 如果移民法官作出對您不利的決定，您有 30 天可以向移民上訴委員會（Board of Immigration Appeals）上訴。

## Topic: expedited
topic-expedited-title = 快速驅逐出境
topic-expedited-summary = 「Expedited removal」（快速遣返）：它是什麼，怎麼做好準備。
expedited-what = 「Expedited removal」（快速遣返）是一種很快的驅逐出境。由移民官員下令，沒有法官。
expedited-who = 它可能用在這樣的人身上：入境時沒有經過檢查，又無法證明自己已在美國住了兩年或更久。
expedited-where = 從 2025 年 1 月起，ICE 在美國各地都使用它，不只是在邊境附近。2025 年 8 月，一個法院叫停了這種做法。2026 年 6 月 23 日，一個上訴法院允許 ICE 再次使用。
expedited-fear = 如果您害怕回到自己的國家，要馬上清楚地說出來。
expedited-say-fear = 我害怕回到我的國家。
expedited-parole = 如果您是以假釋入境（parole）的方式來到美國，而您的假釋入境已經結束，請現在就去找律師。
expedited-lawyer = 請問律師：快速遣返會不會用在您身上。

## Topic: final-order
topic-final-order-title = 最終驅逐出境令或舊的定罪
topic-final-order-summary = 給來自柬埔寨、寮國和越南的前難民，以及所有有最終驅逐出境令的人。
final-order-who = 大約 15,000 名東南亞裔美國人有最終驅逐出境令。很多人當年以難民身分來到美國，後來因為一項舊的定罪失去了綠卡。
final-order-supervision = 很多人多年來在監管令（order of supervision）下生活，並要去 ICE 報到。
final-order-i205 = 從 2025 年 5 月起，ICE 聲稱：有了 I-205 令狀，執法人員就可以強行進入有最終驅逐出境令的人的家。律師正在法院對此提出異議。即使這樣，也不要開門，並說「我不同意」。
final-order-travel = 柬埔寨和越南會接收從美國被驅逐出境的人。從 2025 年起，寮國發給 ICE 的旅行證件比以前多得多。
final-order-lawyer = 下一次 ICE 報到之前，先和律師談。
final-order-accompany = 去報到時，請陪同志工和您一起去。
final-order-family = 去報到時，告訴家人您去了，也告訴他們您什麼時候回來。
final-order-papers = 把您的監管令影本和您的 A 號碼交給一位您信任的人。
final-order-relief = 請問律師有沒有辦法讓您留下：更改或消除舊的定罪（定罪後救濟，post-conviction relief）、赦免（pardon），或重開您的案件（重開案件動議，motion to reopen）。
final-order-long-detention = 如果 ICE 拘留您很久（常常是超過六個月），而您的國家不接收您，律師也許可以要求釋放您。
final-order-help = 可以求助的地方：SEARAC 的資源指南、MN8、Asian Law Caucus，以及高棉語和越南語的法律協助熱線。請看「尋求協助」。

## Topic: plan
topic-plan-title = 制定家庭計畫
topic-plan-summary = 現在就準備，讓家人有所準備。
plan-memorise = 至少背下一個電話號碼：家人、律師或熱線。
plan-caregiver = 決定如果您被拘留，由誰照顧您的孩子。
plan-papers = 簽好您所在州使用的照顧者或監護文件。請問律師需要哪些。
plan-school = 告訴學校誰可以接您的孩子。
plan-documents = 把出生證明、護照、您的 A 號碼和法庭文件的影本放在安全的地方。告訴一位您信任的人放在哪裡。
plan-passports = 為具有美國公民身分的孩子申辦美國護照。
plan-g28 = 請您的律師現在就簽好 G-28 表格。有了這份表格，律師可以很快為您行動。

## Topic: warrants
topic-warrants-title = 三種文件
topic-warrants-summary = 只有聯邦法院或州法院的法官簽署的令狀，才允許執法人員未經您同意進入您家。
warrants-judicial = 法官簽署的令狀來自聯邦法院或州法院。上面有法院名稱和法官簽名。請查看上面有沒有您的名字或地址。
warrants-judicial-allows = 它允許執法人員進入令狀上寫明的地方。
warrants-ice = ICE 令狀（I-200 或 I-205 表格）來自 ICE。它由移民官員簽署，不是法官。
warrants-ice-allows = 律師說，沒有您的同意，它不允許執法人員進入您家。但從 2025 年 5 月起，ICE 聲稱：對有最終驅逐出境令的人，I-205 允許執法人員強行進門。這件事正在法院訴訟中。
warrants-immigration-court = 移民法庭的文件由移民法官簽署。它不是聯邦法院或州法院的法官簽署的令狀。
warrants-say = 請把令狀從門縫下遞進來。
# Labels inside the pictures of the three papers.
warrants-box-judicial = 法官簽署的令狀
warrants-box-ice = ICE 令狀
warrants-box-immigration-court = 移民法庭的命令
warrants-box-court = 聯邦或州法院的名稱
warrants-box-judge = 聯邦或州法院法官的簽名
warrants-box-officer = 移民官員簽名
warrants-box-immigration-judge = 移民法官簽名
warrants-box-name = 您的名字或地址
warrants-box-enter = 允許執法人員進入
warrants-box-no-enter = 律師說：未經您同意，不能進入
warrants-box-i205-claim = 2025 年 5 月起，ICE 聲稱：對有最終驅逐出境令的人，I-205 可以強行進門
warrants-box-not-judicial = 不是法官簽署的令狀

## Topic: scams
topic-scams-title = 小心詐騙
topic-scams-summary = 只有律師和經認可的代表可以提供法律意見。
scams-who = 只有律師或經司法部（DOJ）認可的代表，才可以給您移民法律意見。
scams-notario = 在美國，「notario」或「notary public」（公證人）不是律師。不要付錢給他們辦移民事務。
scams-find = 要找真正的法律協助，請看「尋求協助」。
