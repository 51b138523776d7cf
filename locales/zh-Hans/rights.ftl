# Know your rights: what to do, step by step.
# Short sentences. One action per step. The same word for the same thing
# everywhere (see glossary.md in this folder).

## Topic: door
topic-door-title = ICE 来到您家门口
topic-door-summary = 请关着门。您有权利。
door-dont-open = 不要开门。
door-talk-through = 隔着关好的门说话。问他们是谁，为什么来。
door-judge-warrant = 您不必开门，除非他们有法官签署的令状，而且令状上写着住在这里的人的名字或这个地址。
door-say-slide-warrant = 请把令状从门缝下递进来，或贴在窗户上给我看。
door-check-warrant = 阅读令状，或请人读给您听。看看上面有没有法院名称、法官签名，以及您的名字或地址。
door-ice-warrant = ICE 令状（I-200 或 I-205 表格）是移民官员签署的，不是法官签署的。没有您的同意，它不允许他们进入您家。
door-tricks = 执法人员有时会说自己是“警察”，或找别的理由要进门。请关着门。
door-say-silent = 我选择保持沉默。
door-dont-lie = 不要说谎。绝不出示假证件。
door-dont-resist = 如果他们还是进来了，不要反抗，也不要逃跑。
door-say-no-consent = 我不同意你们进来，也不同意搜查。
door-dont-sign = 在和律师谈过之前，不要签任何文件。
door-write-down = 事后，写下发生的事：时间、官员的姓名和警徽号码。
door-get-help = 打电话给律师或快速反应热线。请看“寻求帮助”。

## Topic: street
topic-street-title = 在街上被拦下
topic-street-summary = 保持冷静。问自己是否可以离开。
street-say-free = 我可以走了吗？
street-walk-away = 如果官员说可以，就冷静地离开。
street-detained = 如果官员说不可以，保持冷静，保持沉默。
street-say-silent = 我选择保持沉默。我要和律师谈。
street-search = 您不必同意搜查您的身体或物品。官员可以拍查您的衣服，检查有没有武器。
street-say-no-search = 我不同意搜查。
street-dont-run = 不要逃跑。不要反抗，也不要碰官员，即使您认为您的权利受到侵犯。
street-dont-lie = 不要说谎。绝不出示假证件。
street-name = 有些州规定，警察拦下您时，您必须说出姓名。这要看您住在哪个州。
street-papers = 证件：如果您有合法身份（例如绿卡）而且年满 18 岁，请随身带着证明。如果没有，不要带着其他国家的证件，例如外国护照。请问律师怎样做对您最合适。
street-badge = 询问官员的姓名和警徽号码。事后写下来。
street-record = 一般来说，您可以在公共场所从远处拍摄官员，只要不妨碍他们。录音的规定各州不同。

## Topic: car
topic-car-title = 开车时被拦下
topic-car-summary = 司机出示证件。乘客可以保持沉默。
car-driver-papers = 如果您是司机，被要求时必须出示驾照、车辆登记和保险证明。
car-search = 您不必同意搜查车辆。如果警察有充分理由相信会找到证据（probable cause），仍然可以搜查。
car-say-no-search = 我不同意搜查。
car-passenger-silent = 如果您是乘客，可以保持沉默。
car-say-free = 我可以走了吗？
car-dont-run = 不要逃跑，也不要反抗。
car-dont-lie = 不要说谎。绝不出示假证件。

## Topic: work
topic-work-title = ICE 来到您的工作地点
topic-work-summary = 保持冷静。不要逃跑。保持沉默。
work-warrant = 只有持法官签署的令状，或得到雇主同意，执法人员才可以进入不对外开放的区域。
work-dont-run = 不要逃跑。保持冷静。
work-say-free = 我可以走了吗？
work-say-no-search = 我不同意搜查。
work-silent = 保持沉默。要求见律师。
work-dont-sign = 不要签任何文件。
work-papers = 如果您有有效证件，可以出示。绝不出示假证件。

## Topic: detained
topic-detained-title = 如果您被逮捕
topic-detained-summary = 保持沉默。要求见律师。什么都不签。
detained-say-silent = 我选择保持沉默。我要和律师谈。
detained-dont-sign = 在和律师谈过之前，不要签任何文件。特别小心写着“voluntary departure”（自愿离境）或“stipulated removal”（约定遣返）的文件。
detained-interpreter = 如果听不懂，请要求口译员。
detained-consulate = 您可以要求联系您本国的领事馆。
detained-tell = 如果您要照顾孩子、有健康问题，或害怕回到自己的国家，请告诉官员。
detained-expedited = 有些人可能不经法官就被快速驱逐出境（“expedited removal”，快速遣返）。如果您入境时没有经过检查，又无法证明已在美国住满两年，就可能发生。这些规定经常改变。请问律师。
detained-no-free-lawyer = 在移民法庭，政府不会给您免费律师。非营利组织和经司法部（DOJ）认可的代表可能免费或低价帮助您。
detained-locator = 您的家人可以用 ICE Online Detainee Locator（ICE 网上被拘留者查询）找到您。他们需要您的 A 号码（A-number）和您的出生国家。
detained-a-number = 现在就把您的 A 号码写下来交给家人，不要等到出事。

## Topic: court
topic-court-title = ICE 报到和法庭
topic-court-summary = 绝不错过开庭。不要一个人去。
court-never-miss = 每次开庭都要准时到。如果缺席，法官可以在您不在场时下令驱逐您出境。
court-arrests = 有时有人在 ICE 报到地点或法院，或在附近被逮捕。
court-lawyer-first = 去 ICE 报到之前，先和律师谈。
court-accompany = 请陪同志愿者和您一起去。告诉一位家人您要去哪里。
court-appeal = 如果移民法官作出对您不利的决定，您有 30 天可以向移民上诉委员会（Board of Immigration Appeals）上诉。

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
topic-warrants-title = 两种令状
topic-warrants-summary = 只有法官签署的令状，才允许执法人员未经您同意进入您家。
warrants-judicial = 法官签署的令状来自法院。上面有法院名称和法官签名。请查看上面有没有您的名字或地址。
warrants-judicial-allows = 它允许执法人员进入令状上写明的地方。
warrants-ice = ICE 令状（I-200 或 I-205 表格）来自 ICE。它由移民官员签署，不是法官。
warrants-ice-allows = 没有您的同意，它不允许执法人员进入您家。
warrants-say = 请把令状从门缝下递进来。
# Labels inside the pictures of the two papers.
warrants-box-judicial = 法官签署的令状
warrants-box-ice = ICE 令状
warrants-box-court = 法院名称
warrants-box-judge = 法官签名
warrants-box-officer = 移民官员签名
warrants-box-name = 您的名字或地址
warrants-box-enter = 允许执法人员进入
warrants-box-no-enter = 未经您同意，不允许进入

## Topic: scams
topic-scams-title = 小心诈骗
topic-scams-summary = 只有律师和经认可的代表可以提供法律意见。
scams-who = 只有律师或经司法部（DOJ）认可的代表，才可以给您移民法律意见。
scams-notario = 在美国，“notario”或“notary public”（公证人）不是律师。不要付钱给他们办移民事务。
scams-find = 要找真正的法律帮助，请看“寻求帮助”。
