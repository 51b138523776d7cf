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

## Documents to carry, since the registration rule (street, car, work)
carry-registered = 法律规定，不是美国公民、年满 18 岁、而且已向政府登记的人，必须随时带着登记证明。从 2025 年 4 月 11 日起，政府用一项新规定来执行这项要求。不带就是犯罪。
carry-who = 例如，如果您有绿卡、工作许可（工卡）、I-94 入境记录或出庭通知（“Notice to Appear”），您就算已经登记了。过期的 I-94 也算，有临时入境许可（parole）的人拿到的 I-94 也算。如果您只申请过政治庇护（asylum）、TPS 或 DACA，可能还不够：请问律师。
carry-proof = 如果您有这样的证明，请随身带着。
carry-show = 如果您不是美国公民，而移民执法人员要求查看您的移民证件，请出示您带在身上的证件。
carry-no-foreign = 如果您没有这样的证明，不要带着其他国家的证件，例如外国护照。
carry-never-registered = 如果您从来没有登记过，在决定登记或不登记之前，先和律师谈。两种做法都可能有风险。有些人因为没有登记被控犯罪。
carry-silent = 您仍然有权保持沉默：不必说您在哪里出生，不必说您的移民身份，也不必说您是怎样入境的。在边境和机场有其他规定，游客等访客也适用其他规定。
carry-citizens = 美国公民不必随身带着公民身份证明。但执法人员曾经拘留过美国公民，所以您可以考虑带着。

## Stops on the street, in a car, at work (since September 2025)
stops-profiling = 2025 年 9 月，在一个案件还在审理期间，最高法院允许洛杉矶地区的执法人员拦人，根据的是几点加在一起：这个人的长相、说的语言、所在的地方（例如洗车场、公交车站、打零工的人聚集的地方）和工作。
stops-leaving = 2026 年 1 月，ICE 告诉它的执法人员：如果他们认为一个人非法待在美国，而且可能在拿到令状之前离开，就可以不持令状逮捕这个人。俄勒冈州、科罗拉多州和华盛顿特区的法院限制了这种做法。逃跑或开车离开，都可能被当作逮捕您的理由。
stops-local-police = 在很多地方，本地警察和县警局与 ICE 合作（“287(g)”协议）。到 2026 年 2 月，超过 1,000 个警察局和县警局已有警员受过与 ICE 合作的培训。被本地警察拦下，即使只是因为交通罚单，也可能导致 ICE 介入。

## Removal to another country (arrest and final-order topics)
third-country = 从 2025 年 6 月起，如果一个人的本国不接收他，ICE 可能把他送到另一个国家，一个他从来没有住过的国家。2025 年 7 月，来自老挝和越南的男子被送到了非洲的埃斯瓦蒂尼。
third-country-fear = 如果 ICE 说要把您送到另一个国家，请马上说您害怕在那里受到伤害。然后打电话给您的律师。
third-country-say = 我害怕在那个国家会受到伤害。
third-country-protected = 从 2025 年 2 月起，ICE 告诉它的执法人员：对已经获得“withholding of removal”（暂缓遣返）或《禁止酷刑公约》（CAT）保护的人，可以考虑在他们来报到时再次拘留他们，把他们送到另一个国家。

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
street-badge = 询问官员的姓名和警徽号码。事后写下来。
street-record = 一般来说，您可以在公共场所从远处拍摄官员，只要不妨碍他们。录音的规定各州不同。
record-safety = 从 2025 年起，执法人员逮捕过一些正在拍摄他们的人。请保持距离。不要碰官员。不要跟着执法人员或他们的车。

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
detained-bond = 从 2025 年 9 月起，很多被 ICE 逮捕的人遭到拘留，不能保释。马上打电话给律师。请看“了解您的权利”中的“保释金与获释”。

## Topic: bond
topic-bond-title = 保释金与获释
topic-bond-summary = 从 2025 年 9 月起，很多被 ICE 逮捕的人遭到拘留，不能保释。马上打电话给律师。
bond-what = 保释金（bond）是一笔钱。交了这笔钱，被 ICE 拘留的人就可以在案件进行期间回家。
bond-no-bond = 从 2025 年 9 月起，政府说：入境时没有经过检查的人，不论已在美国住了多久，都不能保释。有些移民法官仍然拒绝举行保释听证。所以您可能被拘留，不能保释。
bond-courts-split = 各联邦法院对此看法不一。一个人能不能得到保释听证，要看他被关在哪里。2026 年 6 月，政府请最高法院作出裁决。
bond-ninety-days = 2026 年 7 月，负责得克萨斯州、路易斯安那州和密西西比州的上诉法院裁定：在这三个州被拘留的人，必须在 90 天内得到保释听证。这可能会改变。
bond-call-lawyer = 马上打电话给律师。不要等保释听证。
bond-habeas = 律师可以请联邦法院下令释放您，或下令为您举行保释听证（“habeas corpus”，人身保护令）。2026 年，联邦法官批准了很多这样的申请。
bond-transfer = ICE 可能把人转到另一个州的拘留中心，常常是很远的地方。这可能改变获释的机会。
bond-family = 您的家人应该保存您律师的电话号码和您的 A 号码。

## Topic: court
topic-court-title = ICE 报到和出庭
topic-court-summary = 一定要去。不要一个人去。先和律师谈。
court-never-miss = 每次开庭都要准时到。如果缺席，法官可以在您不在场时下令驱逐您出境。
court-arrests = 从 2025 年 5 月起，ICE 已在全国各地的移民法庭逮捕过人。往往是政府律师先请法官撤销案件。然后执法人员逮捕当事人，进行快速遣返（“expedited removal”）。
court-ruling = 2026 年 6 月 23 日，一个联邦法院推翻了 ICE 在 2025 年定下的在移民法庭逮捕人的政策，适用于全国。上诉后，这可能会改变。这个裁决不包括 ICE 报到办公室，ICE 曾在那里逮捕过人。
court-status-ended = 如果您的 TPS 或临时入境许可（parole）已经结束，请在开庭或 ICE 报到之前去找律师。您可能被拘留，不能保释。请看“了解您的权利”中的“TPS 或临时入境许可（parole）已结束”。
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
expedited-parole = 如果您是凭临时入境许可（parole）入境的，而您的临时入境许可已经结束，请现在就去找律师。您可能被拘留，不能保释。
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

## Topic: status (TPS or parole that ended; leaving the U.S.)
topic-status-title = TPS 或临时入境许可（parole）已结束
topic-status-summary = 现在就去找律师。在和律师谈过之前，不要离开美国，也不要用“CBP Home”手机应用。
status-tps = 从 2025 年起，政府已采取行动，要结束许多国家的人的 TPS（临时保护身份）。这些国家包括委内瑞拉、洪都拉斯、尼加拉瓜、尼泊尔、海地、叙利亚、缅甸、南苏丹、喀麦隆和阿富汗。2026 年 6 月，最高法院裁定：在大多数情况下，法院不能阻止这些决定。
status-chnv = 来自古巴、海地、尼加拉瓜和委内瑞拉的人的临时入境许可（parole），已在 2025 年结束。这个计划叫“CHNV”。
status-lawyer = 如果您的 TPS 或临时入境许可（parole）已经结束，或很快就会结束，请现在就去找律师。
status-no-bond = ICE 可能逮捕您，把您拘留，不能保释。
status-cbp-home = 从 2025 年 5 月起，政府给通过“CBP Home”手机应用离开美国的人发钱。这不是“voluntary departure”（自愿离境）。
status-cbp-home-lawyer = 在和律师谈过之前，不要用“CBP Home”手机应用，也不要同意离开。
status-leave-final-order = 如果您有最终驱逐出境令，离开美国通常就等于被驱逐出境。您可能很多年都不能再回来。
status-leave-asylum = 如果您的政治庇护（asylum）案件还没有结束，离开美国通常会被当作放弃这个案件。

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
topic-warrants-summary = 只有联邦法院或州法院的法官签署的令状，才允许执法人员未经您同意进入您家。从 2025 年 5 月起，ICE 声称：对有最终驱逐出境令的人，I-205 允许 ICE 强行进门。律师说这违反宪法。
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
