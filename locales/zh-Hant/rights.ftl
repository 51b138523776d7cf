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

## Documents to carry, since the registration rule (street, car, work)
carry-registered = 法律規定，不是美國公民、年滿 18 歲、而且已向政府登記的人，必須隨時帶著登記證明。從 2025 年 4 月 11 日起，政府用一項新規定來執行這項要求。沒有帶就是犯罪。
carry-who = 例如，如果您有綠卡、工作許可（工卡）、I-94 入境紀錄或出庭通知（「Notice to Appear」），您就算已經登記了。過期的 I-94 也算，有臨時入境許可（parole）的人拿到的 I-94 也算。如果您只申請過政治庇護（asylum）、TPS 或 DACA，可能還不夠：請問律師。
carry-proof = 如果您有這樣的證明，請隨身帶著。
carry-show = 如果您不是美國公民，而移民執法人員要求查看您的移民證件，請出示您帶在身上的證件。
carry-no-foreign = 如果您沒有這樣的證明，不要帶著其他國家的證件，例如外國護照。
carry-never-registered = 如果您從來沒有登記過，在決定登記或不登記之前，先和律師談。兩種做法都可能有風險。有些人因為沒有登記被控犯罪。
carry-silent = 您仍然有權保持沉默：不必說您在哪裡出生，不必說您的移民身分，也不必說您是怎麼入境的。在邊境和機場有其他規定，觀光客等訪客也適用其他規定。
carry-citizens = 美國公民不必隨身帶著公民身分證明。但執法人員曾經拘留過美國公民，所以您可以考慮帶著。

## Stops on the street, in a car, at work (since September 2025)
stops-profiling = 2025 年 9 月，在一個案件還在審理期間，最高法院允許洛杉磯地區的執法人員攔人，根據的是幾點加在一起：這個人的長相、說的語言、所在的地方（例如洗車場、公車站、打零工的人聚集的地方）和工作。
stops-leaving = 2026 年 1 月，ICE 告訴它的執法人員：如果他們認為一個人非法待在美國，而且可能在拿到令狀之前離開，就可以不持令狀逮捕這個人。奧勒岡州、科羅拉多州和華盛頓特區的法院限制了這種做法。逃跑或開車離開，都可能被當作逮捕您的理由。
stops-local-police = 在很多地方，地方警察和郡警局與 ICE 合作（「287(g)」協議）。到 2026 年 2 月，超過 1,000 個警察局和郡警局已有警員受過與 ICE 合作的訓練。被地方警察攔下，即使只是因為交通罰單，也可能導致 ICE 介入。

## Removal to another country (arrest and final-order topics)
third-country = 從 2025 年 6 月起，如果一個人的本國不接收他，ICE 可能把他送到另一個國家，一個他從來沒有住過的國家。2025 年 7 月，來自寮國和越南的男子被送到了非洲的史瓦帝尼。
third-country-fear = 如果 ICE 說要把您送到另一個國家，請馬上說您害怕在那裡受到傷害。然後打電話給您的律師。
third-country-say = 我害怕在那個國家會受到傷害。
third-country-protected = 從 2025 年 2 月起，ICE 告訴它的執法人員：對已經獲得「withholding of removal」（暫緩遣返）或《禁止酷刑公約》（CAT）保護的人，可以考慮在他們來報到時再次拘留他們，把他們送到另一個國家。

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
street-badge = 詢問執法人員的姓名和警徽號碼。事後寫下來。
street-record = 一般來說，您可以在公共場所從遠處錄影拍攝執法人員，只要不妨礙他們。錄音的規定各州不同。
record-safety = 從 2025 年起，執法人員逮捕過一些正在錄影拍攝他們的人。請保持距離。不要碰執法人員。不要跟著執法人員或他們的車。

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
detained-bond = 從 2025 年 9 月起，很多被 ICE 逮捕的人遭到拘留，不能保釋。馬上打電話給律師。請看「了解您的權利」中的「保釋金與獲釋」。

## Topic: bond
topic-bond-title = 保釋金與獲釋
topic-bond-summary = 從 2025 年 9 月起，很多被 ICE 逮捕的人遭到拘留，不能保釋。馬上打電話給律師。
bond-what = 保釋金（bond）是一筆錢。交了這筆錢，被 ICE 拘留的人就可以在案件進行期間回家。
bond-no-bond = 從 2025 年 9 月起，政府說：入境時沒有經過檢查的人，不論已在美國住了多久，都不能保釋。有些移民法官仍然拒絕舉行保釋聽證。所以您可能被拘留，不能保釋。
bond-courts-split = 各聯邦法院對此看法不一。一個人能不能得到保釋聽證，要看他被關在哪裡。2026 年 6 月，政府請最高法院作出裁決。
bond-ninety-days = 2026 年 7 月，負責德州、路易斯安那州和密西西比州的上訴法院裁定：在這三州被拘留的人，必須在 90 天內得到保釋聽證。這可能會改變。
bond-call-lawyer = 馬上打電話給律師。不要等保釋聽證。
bond-habeas = 律師可以請聯邦法院下令釋放您，或下令為您舉行保釋聽證（「habeas corpus」，人身保護令）。2026 年，聯邦法官批准了很多這樣的申請。
bond-transfer = ICE 可能把人轉到另一州的拘留中心，常常是很遠的地方。這可能改變獲釋的機會。
bond-family = 您的家人應該保存您律師的電話號碼和您的 A 號碼。

## Topic: court
topic-court-title = ICE 報到和出庭
topic-court-summary = 一定要去。不要一個人去。先和律師談。
court-never-miss = 每次開庭都要準時到。如果缺席，法官可以在您不在場時下令驅逐您出境。
court-arrests = 從 2025 年 5 月起，ICE 已在全國各地的移民法庭逮捕過人。往往是政府律師先請法官撤銷案件。然後執法人員逮捕當事人，進行快速遣返（「expedited removal」）。
court-ruling = 2026 年 6 月 23 日，一個聯邦法院推翻了 ICE 在 2025 年訂下的在移民法庭逮捕人的政策，適用於全國。上訴後，這可能會改變。這項判決不包括 ICE 報到辦公室，ICE 曾在那裡逮捕過人。
court-status-ended = 如果您的 TPS 或臨時入境許可（parole）已經結束，請在開庭或 ICE 報到之前去找律師。您可能被拘留，不能保釋。請看「了解您的權利」中的「TPS 或臨時入境許可（parole）已結束」。
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
expedited-parole = 如果您是憑臨時入境許可（parole）入境的，而您的臨時入境許可已經結束，請現在就去找律師。您可能被拘留，不能保釋。
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

## Topic: status (TPS or parole that ended; leaving the U.S.)
topic-status-title = TPS 或臨時入境許可（parole）已結束
topic-status-summary = 現在就去找律師。在和律師談過之前，不要離開美國，也不要用「CBP Home」App。
status-tps = 從 2025 年起，政府已採取行動，要結束許多國家的人的 TPS（臨時保護身分）。這些國家包括委內瑞拉、宏都拉斯、尼加拉瓜、尼泊爾、海地、敘利亞、緬甸、南蘇丹、喀麥隆和阿富汗。2026 年 6 月，最高法院裁定：在大多數情況下，法院不能阻止這些決定。
status-chnv = 來自古巴、海地、尼加拉瓜和委內瑞拉的人的臨時入境許可（parole），已在 2025 年結束。這個計畫叫「CHNV」。
status-lawyer = 如果您的 TPS 或臨時入境許可（parole）已經結束，或很快就會結束，請現在就去找律師。
status-no-bond = ICE 可能逮捕您，把您拘留，不能保釋。
status-cbp-home = 從 2025 年 5 月起，政府給透過「CBP Home」App 離開美國的人發錢。這不是「voluntary departure」（自願離境）。
status-cbp-home-lawyer = 在和律師談過之前，不要用「CBP Home」App，也不要同意離開。
status-leave-final-order = 如果您有最終驅逐出境令，離開美國通常就等於被驅逐出境。您可能很多年都不能再回來。
status-leave-asylum = 如果您的政治庇護（asylum）案件還沒有結束，離開美國通常會被當作放棄這個案件。

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
topic-warrants-summary = 只有聯邦法院或州法院的法官簽署的令狀，才允許執法人員未經您同意進入您家。從 2025 年 5 月起，ICE 聲稱：對有最終驅逐出境令的人，I-205 允許 ICE 強行進門。律師說這違反憲法。
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
