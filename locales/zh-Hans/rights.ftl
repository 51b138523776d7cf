# Know your rights: what to do, step by step.
# Short sentences. One action per step. The same word for the same thing
# everywhere (see glossary.md in this folder).
# Steps that carry a date rest on a policy that changes: keep the date in
# every language.

## Steps used in several topics (one sentence, the same everywhere)
say-free-to-go = 我可以走了吗？
say-silent = 我选择保持沉默。
say-no-search = 我不同意搜查。
say-lawyer = 我要和律师谈。
dont-lie = 不要说谎。绝不出示假证件。
dont-sign = 在和律师谈过之前，不要签任何文件。
dont-run = 不要逃跑，也不要反抗。
proof-two-years = 随身带着文件的复印件，绝不带原件。这些文件要能证明您已在美国住了两年或更久：例如租约、账单、工资单、学校记录或医疗记录。

## Topic: door
topic-door-title = ICE 来到您家门口
topic-door-summary = 请关着门。说“我不同意”。和律师谈。
door-dont-open = 不要开门。
door-talk-through = 隔着关好的门说话。问他们是谁，为什么来。
door-judge-warrant = 您不必开门，除非他们有法官签署的令状，而且令状上写着住在这里的人的名字或这个地址。
door-say-slide-warrant = 请把令状从门缝下递进来，或贴在窗户上给我看。
door-check-warrant = 阅读令状，或请人读给您听。看看上面有没有联邦法院或州法院的名称、法官签名，以及您的名字或地址。
door-not-immigration-judge = 移民法庭的文件由移民法官签署，它不是法官签署的令状。这种令状只有联邦法院或州法院的法官才能签署。
door-ice-warrant = ICE 令状（I-200 或 I-205 表格）是移民官员签署的，不是法官签署的。律师说，没有您的同意，它不允许执法人员进来。
door-i205-claim = 从 2025 年 5 月起，ICE 声称：有了 I-205 令状，执法人员就可以强行进入有最终驱逐出境令的人的家。律师说这违反宪法，这件事正在法院诉讼中。执法人员已经在这样做。
door-say-no-consent = 我不同意你们进来，也不同意搜查。
door-tricks = 执法人员有时会说自己是“警察”，或找别的理由要进门。请关着门。
door-forced = 如果他们强行破门，或还是进来了，不要反抗，也不要逃跑。
door-stay-silent = 保持沉默。您不必回答他们的问题。
door-write-down = 事后，写下发生的事：时间、官员的姓名和警徽号码，以及谁看到了。
door-final-order = 如果您或和您同住的人有最终驱逐出境令，或者您不确定，请现在就和律师谈。不要等 ICE 上门。
door-get-help = 打电话给律师或快速反应热线。请看“寻求帮助”。

## Topic: street
topic-street-title = 在街上被拦下
topic-street-summary = 保持冷静。保持沉默。问官员：“我可以走了吗？”
street-silent = 您有权保持沉默。您不必说出您在哪里出生、您的移民身份，或您是怎样入境的。
street-walk-away = 如果官员说可以，就冷静地离开。
street-detained = 如果官员说不可以，保持冷静。保持沉默，并要求见律师。
street-search = 您不必同意搜查您的身体或物品。官员可以隔着衣服轻拍，检查有没有武器。
street-dont-run = 不要逃跑。不要反抗，也不要碰官员，即使您认为您的权利受到侵犯。
street-name = 有些州规定，警察拦下您时，您必须说出姓名。这要看您住在哪个州。
street-documents = 证件：如果您有合法身份（例如绿卡）而且年满 18 岁，请随身带着证明。如果没有，不要带着其他国家的证件，例如外国护照。请问律师怎样做对您最合适。
street-badge = 询问官员的姓名和警徽号码。事后写下来。
street-record = 一般来说，您可以在公共场所从远处拍摄官员，只要不妨碍他们。录音的规定各州不同。

## Topic: car
topic-car-title = 开车时被拦下
topic-car-summary = 司机出示驾照、车辆登记和保险证明。乘客可以保持沉默。
car-driver = 如果您是司机，被要求时，请出示您的驾照、车辆登记和保险证明。
car-search = 您不必同意搜查车辆。如果警察有充分理由相信会找到证据（probable cause），仍然可以搜查。
car-passenger-silent = 如果您是乘客，可以保持沉默。您不必说出您在哪里出生、您的移民身份，或您是怎样入境的。

## Topic: work
topic-work-title = ICE 来到您的工作地点
topic-work-summary = 保持冷静。不要逃跑。保持沉默。
work-warrant = 只有持法官签署的令状，或得到雇主同意，执法人员才可以进入不对外开放的区域。
work-dont-run = 不要逃跑。保持冷静。
work-silent = 保持沉默。要求见律师。
work-documents = 如果您有有效证件，可以出示。绝不出示假证件。

## Topic: detained
topic-detained-title = 如果您被逮捕
topic-detained-summary = 保持沉默。要求见律师。什么都不签。
detained-dont-sign = 在和律师谈过之前，不要签任何文件。特别小心写着“voluntary departure”（自愿离境）或“stipulated removal”（约定遣返）的文件。
detained-interpreter = 如果听不懂，请要求口译员。
detained-consulate = 您可以要求联系您本国的领事馆。
detained-tell = 如果您要照顾孩子、有健康问题，或害怕回到自己的国家，请告诉官员。
detained-expedited = 有些人可能被很快驱逐出境：由官员决定，没有法官（“expedited removal”，快速遣返）。请看“了解您的权利”中的“快速驱逐出境”。
detained-no-free-lawyer = 在移民法庭，政府不会给您免费律师。非营利组织和经司法部（DOJ）认可的代表可能免费或低价帮助您。
detained-locator = 您的家人可以用 ICE Online Detainee Locator（ICE 网上被拘留者查询）找到您。他们需要您的 A 号码（A-number）和您的出生国家。
detained-a-number = 现在就把您的 A 号码写下来交给家人，不要等到出事。

## Topic: court
topic-court-title = ICE 报到和出庭
topic-court-summary = 一定要去。不要一个人去。先和律师谈。
court-never-miss = 每次开庭都要准时到。如果缺席，法官可以在您不在场时下令驱逐您出境。
court-arrests = 从 2025 年 5 月起，ICE 在全国各地的移民法庭逮捕人。常见的做法是：政府律师先请法官撤销案件。然后执法人员逮捕当事人，进行快速遣返（“expedited removal”）。
court-lawyer-first = 开庭或去 ICE 报到之前，先和律师谈。
court-go-with = 如果可以，请和您的律师一起去，也请陪同志愿者和一位知道您 A 号码的人一起去。
court-tell-family = 告诉一位家人您要去哪里，什么时候回来。
court-dismiss = 如果政府律师请法官撤销您的案件，您可以请法官给您时间，用书面方式回应。
court-say-time = 我请求给我时间，用书面方式回应撤案动议。
court-missed = 如果您错过了开庭，请马上找律师。法官在您缺席时作出的命令，有时可以申请重开。
court-appeal = 如果移民法官作出对您不利的决定，您有 30 天可以向移民上诉委员会（Board of Immigration Appeals）上诉。

## Topic: expedited
topic-expedited-title = 快速驱逐出境
topic-expedited-summary = “Expedited removal”（快速遣返）：它是什么，怎样做好准备。
expedited-what = “Expedited removal”（快速遣返）是一种很快的驱逐出境。由移民官员下令，没有法官。
expedited-who = 它可能用在这样的人身上：入境时没有经过检查，又无法证明自己已在美国住了两年或更久。
expedited-where = 从 2025 年 1 月起，ICE 在美国各地都使用它，不只是在边境附近。2025 年 8 月，一个法院叫停了这种做法。2026 年 6 月 23 日，一个上诉法院允许 ICE 再次使用。
expedited-fear = 如果您害怕回到自己的国家，要马上清楚地说出来。
expedited-say-fear = 我害怕回到我的国家。
expedited-parole = 如果您是以假释入境（parole）的方式来到美国，而您的假释入境已经结束，请现在就去找律师。
expedited-lawyer = 请问律师：快速遣返会不会用在您身上。

## Topic: final-order
topic-final-order-title = 最终驱逐出境令或旧的定罪
topic-final-order-summary = 给来自柬埔寨、老挝和越南的前难民，以及所有有最终驱逐出境令的人。
final-order-who = 大约 15,000 名东南亚裔美国人有最终驱逐出境令。很多人当年以难民身份来到美国，后来因为一项旧的定罪失去了绿卡。
final-order-supervision = 很多人多年来在监管令（order of supervision）下生活，并要去 ICE 报到。
final-order-i205 = 从 2025 年 5 月起，ICE 声称：有了 I-205 令状，执法人员就可以强行进入有最终驱逐出境令的人的家。律师正在法院对此提出异议。即使这样，也不要开门，并说“我不同意”。
final-order-travel = 柬埔寨和越南会接收从美国被驱逐出境的人。从 2025 年起，老挝发给 ICE 的旅行证件比以前多得多。
final-order-lawyer = 下一次 ICE 报到之前，先和律师谈。
final-order-accompany = 去报到时，请陪同志愿者和您一起去。
final-order-family = 去报到时，告诉家人您去了，也告诉他们您什么时候回来。
final-order-papers = 把您的监管令复印件和您的 A 号码交给一位您信任的人。
final-order-relief = 请问律师有没有办法让您留下：更改或消除旧的定罪（定罪后救济，post-conviction relief）、赦免（pardon），或重开您的案件（重开案件动议，motion to reopen）。
final-order-long-detention = 如果 ICE 拘留您很久（常常是超过六个月），而您的国家不接收您，律师也许可以要求释放您。
final-order-help = 可以求助的地方：SEARAC 的资源指南、MN8、Asian Law Caucus，以及高棉语和越南语的法律帮助热线。请看“寻求帮助”。

## Topic: plan
topic-plan-title = 制定家庭计划
topic-plan-summary = 现在就准备，让家人有所准备。
plan-memorise = 至少背下一个电话号码：家人、律师或热线。
plan-caregiver = 决定如果您被拘留，由谁照顾您的孩子。
plan-papers = 签好您所在州使用的照顾人或监护文件。请问律师需要哪些。
plan-school = 告诉学校谁可以接您的孩子。
plan-documents = 把出生证明、护照、您的 A 号码和法庭文件的复印件放在安全的地方。告诉一位您信任的人放在哪里。
plan-passports = 为是美国公民的孩子办美国护照。
plan-g28 = 请您的律师现在就签好 G-28 表格。有了这份表格，律师可以很快为您行动。

## Topic: warrants
topic-warrants-title = 三种文件
topic-warrants-summary = 只有联邦法院或州法院的法官签署的令状，才允许执法人员未经您同意进入您家。
warrants-judicial = 法官签署的令状来自联邦法院或州法院。上面有法院名称和法官签名。请查看上面有没有您的名字或地址。
warrants-judicial-allows = 它允许执法人员进入令状上写明的地方。
warrants-ice = ICE 令状（I-200 或 I-205 表格）来自 ICE。它由移民官员签署，不是法官。
warrants-ice-allows = 律师说，没有您的同意，它不允许执法人员进入您家。但从 2025 年 5 月起，ICE 声称：对有最终驱逐出境令的人，I-205 允许执法人员强行进门。这件事正在法院诉讼中。
warrants-immigration-court = 移民法庭的文件由移民法官签署。它不是联邦法院或州法院的法官签署的令状。
warrants-say = 请把令状从门缝下递进来。
# Labels inside the pictures of the three papers.
warrants-box-judicial = 法官签署的令状
warrants-box-ice = ICE 令状
warrants-box-immigration-court = 移民法庭的命令
warrants-box-court = 联邦或州法院的名称
warrants-box-judge = 联邦或州法院法官的签名
warrants-box-officer = 移民官员签名
warrants-box-immigration-judge = 移民法官签名
warrants-box-name = 您的名字或地址
warrants-box-enter = 允许执法人员进入
warrants-box-no-enter = 律师说：未经您同意，不能进入
warrants-box-i205-claim = 2025 年 5 月起，ICE 声称：对有最终驱逐出境令的人，I-205 可以强行进门
warrants-box-not-judicial = 不是法官签署的令状

## Topic: scams
topic-scams-title = 小心诈骗
topic-scams-summary = 只有律师和经认可的代表可以提供法律意见。
scams-who = 只有律师或经司法部（DOJ）认可的代表，才可以给您移民法律意见。
scams-notario = 在美国，“notario”或“notary public”（公证人）不是律师。不要付钱给他们办移民事务。
scams-find = 要找真正的法律帮助，请看“寻求帮助”。
