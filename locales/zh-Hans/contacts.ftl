# Find help: the directory of help contacts (content/contacts.toml).
# Names of organisations are not translated; these messages say what each does.

## “寻求帮助”页面
directory-search = 搜索
directory-search-hint = 请输入名称、地方或您需要的帮助。
directory-place = 地区
directory-kind = 类别
directory-all-places = 所有地区
directory-all-kinds = 所有类别
directory-checked = 本名单核对日期：{ $date }。电话号码会变。如果号码打不通，请试试网站。
directory-nothing-found = 没有找到。请少输入几个字，或选择“所有地区”。
directory-report-now = 立即报告 ICE 活动
directory-guide = 本指南中

## 联系人页面
contact-phone = 电话
contact-web = 网站
contact-hours = 服务时间
contact-hours-always = 每天 24 小时开放
contact-hours-span = { $days } { $from } 至 { $to }
hours-days-daily = 每天
hours-days-mon-fri = 周一至周五
hours-days-mon = 每周一
hours-days-tue = 每周二
hours-days-wed = 每周三
hours-days-thu = 每周四
hours-days-fri = 每周五
hours-days-sat = 每周六
hours-days-sun = 每周日
contact-languages = 语言
contact-where = 地区
contact-what = 他们做什么
contact-source = 资料来源
contact-seen = 资料日期：{ $date }
contact-no-phone = 没有找到他们的电话号码。要查找您附近免费或低价的法律帮助，请用 Immigration Advocates Network 的名录：immigrationadvocates.org/legaldirectory
contact-non-emergency = 不适用于紧急情况。
contact-local = 由本中心添加。它不在本应用核对过的名单中。
contact-scan-phone = 用手机扫描，即可拨打电话：
contact-scan-web = 用手机扫描，即可打开网站：
contact-qr-too-narrow = 请把窗口拉宽，才能看到二维码。

## 帮助的类别
kind-rapid-response = 报告 ICE 活动的热线
kind-legal = 法律帮助
kind-accompaniment = 陪同
kind-sanctuary = 提供庇护所的宗教团体
kind-community = 社区组织
kind-services = 社会服务
kind-citizenship = 公民身份

## 人们搜索各类帮助时会输入的词（用逗号分开）
# A search for any of them finds that kind's contacts first. Reviewers: ASCII commas on purpose
# (a list for search, not shown as a sentence).
kind-rapid-response-words = 热线, 求助热线, 求助, 报告, 举报, 突击搜查, 突袭, 搜捕, 抓人, 移民局, ICE, ICE 活动, 快速反应, 紧急, 紧急情况, 马上打电话, 移民局来了, ICE 来了, 在我家门口, 敲门, 上门, 工作的地方, 现在
kind-legal-words = 律师, 法律援助, 法律帮助, 法律咨询, 法律服务, 移民律师, 找律师, 免费律师, 驱逐出境, 遣返, 庇护申请, 政治庇护, 身份, 文件
kind-accompaniment-words = 陪同, 陪伴, 陪我去, 志愿者, 义工, 报到, ICE 报到
kind-sanctuary-words = 庇护所, 教会, 教堂, 宗教团体, 寺庙, 庙, 清真寺, 信仰, 宗教
kind-community-words = 社区, 组织, 社区组织, 社区团体, 邻居, 了解你的权利
kind-services-words = 食物, 食品, 食物银行, 健康, 医疗, 诊所, 看病, 住房, 住处, 社会服务, 社工
kind-citizenship-words = 公民身份, 公民, 入籍, 归化, 入籍考试, 绿卡

## Needs people search for, each answered by some kinds of help (comma-separated).
# Write what people in your language really type, whole sentences too:
# every word counts, so add the words a frightened person uses.
# Someone in the family was detained (legal help, hotlines).
need-detained-words = 拘留, 被拘留, 关押, 被抓, 抓走, 被抓走, 抓人, 逮捕, 被捕, 移民监狱, 拘留中心, 坐牢, 遣返, 家人被抓, 家人被拘留, 丈夫, 老公, 先生, 妻子, 老婆, 太太, 儿子, 女儿, 孩子, 妈妈, 母亲, 爸爸, 父亲, 兄弟, 姐妹, 亲人, 家人, 寻找被拘留的人
# Money to get someone out of detention (legal help, funds).
need-bond-words = 保释, 保释金, 保证金, 移民保释, 交保, 保释基金, 释放, 放出来, 保释听证
# A hearing before an immigration judge (legal help).
need-hearing-words = 法庭, 移民法庭, 出庭, 开庭, 听证, 听证会, 法官, 审判, 出庭通知
# A check-in or appointment with ICE (accompaniment, legal help).
need-check-in-words = 报到, 移民局报到, ICE 报到, 预约, 面谈, 脚镣, 电子脚铐

## Search
# Words that say nothing about what someone looks for (comma-separated):
# a search ignores them. Short, common words of your language.
search-stop-words = 的, 了, 被, 我, 我的, 你, 你的, 他, 她, 他的, 她的, 我们, 他们, 是, 在, 有, 和, 与, 或, 或者, 吗, 呢, 吧, 啊, 呀, 要, 会, 能, 可以, 请, 一个, 这, 那, 这个, 那个, 把, 给, 从, 到, 对, 帮助, 帮忙, 需要, 想, 找, 哪里, 怎么, 什么, 谁
# Words for "language": "help in my language" finds contacts who speak the
# language the search is typed in.
search-language-words = 语言, 我的语言, 说, 会说, 讲, 翻译, 口译

## 各机构做什么
contact-pirc-about = 覆盖俄勒冈全州的热线。打电话报告 ICE 活动。他们会派出快速反应人员，并支持家庭。
contact-imirj-about = 陪同移民并提供庇护所的宗教团体。他们的欢迎中心有英语课，也提供公民身份方面的帮助。
contact-apano-about = 亚裔和太平洋岛民的社区组织工作。他们培训大家参与陪同。
contact-hmong-oregon-about = 赫蒙族（Hmong）社区组织。他们参与陪同。
contact-cacoregon-about = 高棉（柬埔寨）社区组织。他们参与陪同。
contact-ahsc-about = 为波特兰的亚裔社区提供健康和社会服务。
contact-mira-about = 倡导和教育。他们的求助热线是给倡导人员和社区团体用的。可以在语音信箱留言。
contact-project-citizenship-about = 免费帮助申请美国公民身份。
contact-bijan-about = 志愿者陪同当事人去法庭和 ICE 报到。他们也帮忙：保释金基金、接送，以及获释后的住处。
contact-nyic-about = 纽约的移民团体联盟。他们可以把您转介到能帮助您的地方。
contact-actionnyc-about = 纽约市提供的免费、安全的移民法律帮助。
contact-new-americans-hotline-about = 纽约州免费、保密的转介热线，帮您找到移民法律帮助，包括驱逐出境案件，提供 200 多种语言服务。也可以为被移民拘留的人转介免费法律帮助。周一至周五上午 8 点至晚上 8 点，周末上午 9 点至下午 5 点。
contact-legal-aid-nyc-about = 为纽约市的移民提供法律帮助。
contact-mixteca-about = 为布鲁克林的墨西哥和拉丁美洲移民提供服务。
contact-icirr-about = 可以打电话或发短信，24 小时服务。报告突击搜查，并获得家庭支持和转介。这个号码在电话键盘上拼作 855-HELP-MY-FAMILY。
contact-chirla-about = 在洛杉矶提供法律服务、社区组织工作，以及“了解您的权利”方面的帮助。
contact-maof-about = 洛杉矶的社会服务。这里不提供法律帮助。
contact-border-angels-about = 在圣地亚哥和边境提供人道援助和咨询。
contact-mariposas-about = 在图森支持被拘留的 LGBTQ 移民。
contact-chirla-national-hotline-about = 洛杉矶 CHIRLA 开设的全国热线。打电话报告 ICE 活动并寻求支持。每天都有人接听，也可以在语音信箱留言。他们去核实报告的志愿者在洛杉矶。
contact-migrawatch-about = United We Dream 的全国热线。报告 ICE 活动，并获得支持。
contact-legal-directory-about = 查找您附近非营利组织提供的免费或低价法律帮助。可以按邮编（ZIP）搜索。
contact-nijc-about = 提供法律服务，包括为被拘留的人和申请政治庇护（asylum）的人服务。
contact-clinic-about = 通过当地 Catholic Charities 办事处提供社会和法律服务。
contact-young-center-about = 为独自来到美国的儿童担任儿童权益倡导人。他们通过网站上的表格接受转介。
contact-aclu-about = 提供“了解您的权利”信息，也为移民权利打官司。
contact-asian-law-caucus-about = 为住在加利福尼亚州、有驱逐出境令的东南亚难民提供法律意见。
contact-ajsocal-legal-about = 南加州的法律帮助热线。
contact-ajsocal-khmer-about = 南加州的高棉语法律帮助热线。
contact-ajsocal-vietnamese-about = 南加州的越南语法律帮助热线。
contact-searac-about = 为面临驱逐出境的东南亚裔美国人提供资源指南，并开展倡导工作。电子邮件：immigration@searac.org
contact-mn8-about = 明尼苏达州的东南亚裔团体，反对驱逐出境。提供英语、高棉语、赫蒙语和越南语的“了解您的权利”帮助。

# Added 2026-12-01 (contacts for every state).
contact-ilcm-minnesota-about = 为明尼苏达州低收入的移民和难民提供免费的移民法律帮助，包括被拘留的人。他们也教大家了解自己的权利。
contact-monarca-rapid-response-mn-about = 在双城（明尼阿波利斯和圣保罗）看到 ICE 人员聚集，或有人被拘留、被追捕时，打电话报告。快速反应人员可以赶来。
contact-copal-minnesota-about = 拉丁裔社区组织。可以打他们的求助热线报告 ICE 拘留事件，家庭也能得到支持。他们在明尼苏达州各地培训观察 ICE 的人员。
contact-hmong-american-partnership-about = 为双城（明尼阿波利斯和圣保罗）的赫蒙族及其他难民和移民家庭提供就业、青少年、健康和家庭服务。
contact-voces-de-la-frontera-about = 志愿者热线，报告威斯康星州的 ICE 活动；志愿者会核实报告。他们帮助被拘留者的家人联系律师。
contact-forward-latino-hotline-about = 24 小时热线，有工作人员接听，为受移民执法影响的人服务。提供紧急帮助，以及帮助家庭做好准备的工具。
contact-catholic-charities-milwaukee-immigration-about = 为威斯康星州东南部十个县的低收入者提供低价的移民法律帮助，需要预约。请找分机 4418。
contact-community-immigration-law-center-madison-about = 为麦迪逊和戴恩县（Dane County）面临驱逐出境的人提供免费的移民法律诊所和法律辩护。
contact-hmong-american-center-wausau-about = 沃索的中心，服务威斯康星州中部的赫蒙族和其他东南亚家庭。提供口译、健康帮助、老人服务和教育服务。
contact-hmong-american-friendship-association-about = 密尔沃基为东南亚社区服务的中心：翻译、转介、食物银行，以及老人和就业项目。
contact-hmong-american-womens-association-about = 密尔沃基的团体，支持东南亚裔女性、女孩以及酷儿和跨性别者，特别是家庭暴力和性暴力的幸存者。
contact-waisn-deportation-defense-hotline-about = 打电话或发短信，报告华盛顿州的 ICE 活动。志愿者会核实报告，并帮助被拘留者的家人联系法律帮助。
contact-nwirp-washington-about = 为华盛顿州低收入移民提供免费的移民法律帮助，包括政治庇护（asylum）和对抗驱逐出境，也在塔科马的拘留中心提供帮助。
contact-khaag-washington-about = 支持面临驱逐出境令、ICE 拘留或驱逐出境的高棉裔及其他东南亚裔美国人。他们帮大家联系 NWIRP，获得法律帮助。
contact-hias-pennsylvania-about = 为低收入移民提供免费的移民法律帮助，包括政治庇护（asylum）和对抗驱逐出境。也在费城地区提供难民服务和社会服务。
contact-pirc-pennsylvania-about = 为宾夕法尼亚州的移民提供法律帮助，不论是否被拘留，包括家庭暴力的幸存者。他们也讲解权利，并帮忙找免费律师。
contact-erie-ice-rapid-response-about = 在伊利县（Erie County），打电话报告 ICE 活动或亲人被拘留。受过培训的志愿者会观察、记录并组织支持。
contact-cambodian-association-greater-philadelphia-about = 为费城的柬埔寨难民和移民提供帮助：个案工作人员、青少年和教育项目，以及健康和身心方面的支持。
contact-vietlead-philadelphia-about = 费城的东南亚裔社区团体。他们的团队为面临驱逐出境的柬埔寨和越南难民奔走呼吁。
contact-luce-hotline-massachusetts-about = 在马萨诸塞州任何地方看到移民执法人员，都可以打电话报告。受过培训的志愿者会核实报告，并记录经过。
contact-cmaa-lowell-about = 洛厄尔的柬埔寨社区组织。为移民家庭提供翻译、绿卡更新、公民身份帮助、英语课和青少年项目。
contact-dorcas-international-ri-about = 在罗得岛州提供低价的移民法律帮助，例如公民身份、绿卡，以及 DACA 或 TPS 续期。他们也帮助难民安置。
contact-amor-defense-line-ri-about = 英语和西班牙语热线，为面对 ICE 或警察暴力的人服务。他们为您联系个案工作人员和社区支持。
contact-prysm-providence-about = 普罗维登斯由东南亚裔年轻人带领的团体。他们组织起来，反对驱逐柬埔寨难民。
contact-siembra-nc-about = 没有找到这条热线的电话号码。 报告北卡罗来纳州 ICE 活动的热线。他们把家庭转介给移民律师，并帮助家庭制定紧急计划。
contact-respuesta-rapida-durham-about = 达勒姆的快速反应热线。看到 ICE 或有人被捕时，打电话报告。
contact-nc-justice-center-irrp-about = 为北卡罗来纳州低收入移民提供法律帮助，包括公民身份、亲属移民申请和其他移民身份案件。
contact-nc-hmong-womens-association-about = 支持希科里和摩根顿地区的赫蒙族女性和赫蒙族社区。
contact-mirc-michigan-about = 在密歇根州各地提供免费的移民法律帮助，也帮助儿童和农场工人。在底特律移民法庭设有服务台，帮助有驱逐出境案件的人。
contact-acrl-hotline-michigan-about = 在底特律都会区，如果移民执法人员行为不当，可以打电话报告，也可以了解您的权利。
contact-raices-texas-about = 在得克萨斯州为移民儿童、家庭和难民提供免费和低价的法律帮助，包括对抗驱逐出境和保释金（bond）方面的帮助。
contact-houston-immigration-legal-services-collaborative-about = 休斯敦的法律服务网络，负责 Immigrant Rights Hotline（移民权利热线）。他们把来电者转介给免费和低价的移民律师。
contact-trla-texas-about = 在得克萨斯州 68 个县，为低收入者（包括农场工人）提供免费的民事法律帮助。
contact-woori-juntos-houston-about = 休斯敦的社区团体，组织起来反对驱逐越南和老挝难民。他们教家庭了解自己的权利。
contact-san-mateo-rapid-response-about = 24 小时热线，报告圣马特奥县的 ICE 活动。他们会核实逮捕，当天请来紧急律师，并支持家庭。
contact-oc-rapid-response-network-about = 橙县的热线，核实有关 ICE 的报告，并留意法院里的逮捕。他们帮助被拘留者的家人应对法律程序。
contact-khmer-girls-in-action-about = 长滩的柬埔寨社区组织。他们开展运动，反对驱逐柬埔寨难民，并举办关于驱逐出境的社区会议。
contact-fresno-center-about = 弗雷斯诺的组织，服务中央谷地（Central Valley）的赫蒙族和其他东南亚难民家庭。
contact-florida-raise-hotline-about = 佛罗里达州的热线：了解您的权利、应对移民执法、寻找被拘留的亲人，并联系免费律师。
contact-americans-for-immigrant-justice-about = 迈阿密的非营利律师事务所。为移民儿童、申请政治庇护（asylum）的人、人口贩卖或虐待的幸存者，以及被拘留的人提供免费法律帮助。
contact-nj-alliance-for-immigrant-justice-about = 新泽西州移民团体的联盟。在他们的网站上，可以报告您看到的 ICE，也能找到“了解您的权利”卡片和法律服务名单。
contact-dire-hotline-nj-about = 没有找到这条热线的电话号码。 新泽西州中部的志愿者热线，处理移民方面的紧急情况。他们会派出快速反应人员，并支持面临拘留的家庭。
contact-gain-georgia-about = 在佐治亚州，为申请政治庇护（asylum）的人、犯罪或人口贩卖的幸存者，以及从阿富汗撤离的人提供免费的移民法律帮助。
contact-advancing-justice-atlanta-about = 为佐治亚州和美国东南部的亚裔美国人、太平洋岛民、阿拉伯裔、穆斯林和南亚裔社区，提供免费和低价的移民法律帮助。
contact-glahr-georgia-about = 亚特兰大的拉丁裔权利团体。他们的快速反应团队记录 ICE 的逮捕行动，并教大家了解宪法赋予的权利。
contact-colorado-rapid-response-network-about = 24 小时热线，报告科罗拉多州和怀俄明州南部的 ICE 活动。按 1 转接调度员，由调度员派出志愿者；按 2 报告过去发生的遭遇。
contact-circ-colorado-about = 科罗拉多州的移民权利团体。他们的团队记录与 ICE 的遭遇，并把大家转介到法律帮助。
contact-puente-arizona-hotline-about = 在凤凰城地区看到 ICE 或边境巡逻队（Border Patrol）时，打电话报告。他们核实报告，派团队讲解权利并记录逮捕，还会发短信提醒。
contact-tucson-community-rapid-response-about = 图森的 24 小时热线，为面临警察或移民执法人员逮捕的人服务。他们派出观察员，并陪同家庭和当事人去移民法庭。
contact-florence-project-arizona-about = 为亚利桑那州被移民拘留、面临驱逐出境的成年人和无人陪伴的儿童，提供免费的法律和社会服务。
contact-nevada-immigrant-coalition-about = 内华达州移民权利团体的联盟。他们追踪并确认 ICE 活动，为移民家庭发声。
contact-unlv-immigration-clinic-about = 为内华达州南部被拘留的成年人和无人陪伴的儿童，提供免费咨询和对抗驱逐出境的帮助。办公室在拉斯维加斯市中心。
contact-casa-maryland-about = 打电话报告可能是 ICE 或 CBP 的活动，他们会核实。在马里兰州各地的欢迎中心提供公民身份和法律帮助。
contact-maryland-immigrant-legal-assistance-project-about = 在巴尔的摩移民法庭和马里兰州各地的周六咨询点，为有驱逐出境案件的儿童和家庭提供免费移民咨询。
contact-legal-aid-justice-center-virginia-about = 弗吉尼亚州的法律援助组织，对抗移民拘留和驱逐出境，也帮助被移交给 ICE 的移民。他们协助运营北弗吉尼亚的 Rapid Response to Raids 热线。
contact-ciri-connecticut-about = 在康涅狄格州提供收费合理的移民法律帮助，例如政治庇护（asylum）、工作许可和对抗驱逐出境。他们也帮助难民安置。
contact-unidad-latina-en-accion-ct-about = 没有找到这条热线的电话号码。 纽黑文的 24 小时热线，有西班牙语和英语服务。他们核实 ICE 的突击搜查，并召集康涅狄格州各地的社区成员、宗教人士和律师。
contact-able-ohio-immigration-about = 为俄亥俄州西北部和中西部的低收入移民和难民提供免费的移民法律帮助。为住在哥伦布的人提供对抗驱逐出境的帮助。
contact-tirrc-tennessee-about = 田纳西州的热线，为亲人被移民执法人员拘留的家庭服务。他们把您转介给律师，并提供“了解您的权利”信息。
contact-nm-immigrant-law-center-about = 阿尔伯克基的移民法律帮助。他们讲解您的权利，以及如果 ICE 逮捕了家人该怎么办。
contact-cair-coalition-dc-about = 为来自华盛顿特区、马里兰州和弗吉尼亚州的被拘留移民提供法律帮助，包括成年人和无人陪伴的儿童。
contact-migrant-solidarity-mutual-aid-dc-about = 打电话报告华盛顿特区的移民执法情况。他们也发布华盛顿特区各处执法活动的最新消息。
contact-ayuda-legal-puerto-rico-about = 通过电话为波多黎各的移民提供免费法律帮助，包括 Barrio Obrero 的多米尼加社区。
contact-st-louis-rapid-response-line-about = 打电话报告圣路易斯地区的 ICE 活动。志愿者会核实报告，值班的移民律师会提供法律咨询。

# Added 2026-12-01, second pass (the places that had none).
contact-maine-ice-watch-hotline-about = 全州热线，可以报告并核实 ICE 或边境巡逻队（Border Patrol）的活动，也能帮您联系支持。
contact-ilap-maine-about = 为缅因州低收入居民提供免费和低价的移民法律帮助，包括政治庇护（asylum）和对抗驱逐出境。
contact-vaap-vermont-about = 为佛蒙特州申请政治庇护（asylum）的人和被拘留的人提供免费的移民法律帮助。他们也追踪 ICE 活动。
contact-migrant-justice-vermont-about = 由农场工人领导的团体，提供“了解您的权利”培训、陪同，以及全州的快速反应网络。
contact-the-legal-clinic-hawaii-about = 为夏威夷州低收入移民提供免费的移民法律服务，包括 COFA 移民。
contact-uh-refugee-immigration-law-clinic-about = 法学院的法律诊所，帮助申请政治庇护（asylum）的人和被 ICE 拘留的人。他们设有对抗驱逐出境的热线。
contact-exodus-refugee-immigration-indiana-about = 帮助印第安纳州中部的难民、申请政治庇护的人和其他人道主义移民安顿下来，并办理移民事务。
contact-indiana-aid-detention-about = 志愿者探访和支持被 ICE 关押在印第安纳州监狱里的人，并分享资源信息。
contact-iowa-mmj-about = 艾奥瓦州的全州移民权利团体，在州内各地的法律诊所提供免费或低价的移民法律帮助。
contact-holy-cross-ministries-utah-about = 为犹他州的家庭提供低价或免费的移民法律帮助、公民身份方面的帮助，以及“了解您的权利”讲座。
contact-airr-kansas-missouri-about = 堪萨斯城的团体，提供“了解您的权利”帮助、对 ICE 的快速反应，并转介给律师。
contact-la-aid-louisiana-about = 志愿者支持被 ICE 拘留在路易斯安那州的人，并在他们获释后提供帮助。
contact-catholic-charities-new-orleans-immigration-about = 在新奥尔良地区提供经认可的低价移民法律服务，以及公民身份方面的帮助。
contact-mira-mississippi-about = 密西西比州的全州移民权利团体，提供“了解您的权利”培训、法律项目和突击搜查应对。
contact-catholic-charities-arkansas-immigration-about = Catholic Charities 在小石城和斯普林代尔的办公室，提供低价的移民咨询和“了解您的权利”帮助。
contact-aclu-arkansas-ice-report-about = 网上表格，用来报告阿肯色州令人担忧的 ICE 活动或侵犯您权利的行为。
contact-helping-neighbors-lnk-about = 林肯的非营利组织，核实 ICE 活动的报告，并在有人被拘留时为家庭提供指导。
contact-la-esperanza-delaware-about = 为萨塞克斯县（Sussex County）的拉丁裔和移民家庭提供免费移民咨询、公民身份方面的帮助和“了解您的权利”卡片。
contact-aire-northwest-arkansas-about = 没有找到这条热线的电话号码。 阿肯色州西北部的志愿者团体，分享权利信息，并设有报告 ICE 出没的热线。
contact-aclu-idaho-immigrant-rights-about = 为爱达荷州移民提供“了解您的权利”指南、红卡和应急准备工具包。
contact-sd-voices-for-peace-about = 为在移民法庭有案件的儿童和犯罪幸存者提供免费的移民法律帮助。也提供“了解您的权利”资料。
contact-bienvenidos-gallatin-valley-about = 博兹曼的非营利组织，欢迎讲西班牙语的家庭，并帮助他们寻找被移民执法人员拘留的亲人。
contact-mija-montana-about = 全州性的团体，教移民了解自己的权利，并提供法律帮助。
contact-und-immigration-law-clinic-about = 法学院的法律诊所，提供低价的移民法律服务，包括政治庇护（asylum）和 VAWA 案件。
contact-ywca-tulsa-immigration-legal-about = 塔尔萨 YWCA 的法律服务团队，帮助移民处理移民事务，并提供“了解您的权利”信息。
contact-new-sanctuary-network-tulsa-about = 塔尔萨的宗教网络，支持没有证件的人，反对驱逐出境。
contact-wvu-immigration-law-clinic-about = 由法学院学生在指导下提供免费的移民法律帮助，包括驱逐出境和政治庇护案件。
contact-aclu-west-virginia-immigrants-about = 为在西弗吉尼亚州面对 ICE 的移民提供英语和西班牙语的“了解您的权利”资料。
contact-charleston-immigrant-hotline-about = 没有找到这条热线的电话号码。 志愿者热线，接听关于查尔斯顿疑似 ICE 活动的电话和短信，并核实报告。
contact-lsc-new-americans-immigration-sc-about = 为 Lutheran Services Carolinas 服务的难民和移民提供低价和免费的移民法律帮助。
contact-acij-alabama-about = 阿拉巴马州的全州移民权利联盟，应对 ICE 拘留事件，并帮助家庭联系帮助。
contact-hica-alabama-about = 为阿拉巴马州的拉丁裔和移民家庭提供低价的移民法律诊所，以及公民身份和 DACA 方面的帮助。
contact-kentucky-refugee-ministries-about = 为难民和移民提供服务，在路易斯维尔和列克星敦设有移民法律办公室，办理公民身份和居留事务。
contact-neighbors-immigration-clinic-ky-about = 列克星敦的非营利组织，为移民提供法律代理，重点是对抗驱逐出境和政治庇护。
contact-alaska-institute-for-justice-about = 阿拉斯加州的全州非营利组织，提供免费和低价的移民法律帮助，包括面临驱逐出境的人。
contact-immigrant-legal-center-nebraska-about = 为内布拉斯加州低收入移民服务的非营利移民律师事务所。他们有应对突击搜查的快速反应计划。
contact-ohio-immigrant-alliance-about = 俄亥俄州的全州团体，追踪州内的 ICE 拘留情况，并支持被拘留的人及其家人。
contact-nh-alliance-immigrants-refugees-about = 新罕布什尔州的移民倡导团体。州里有了关于与 ICE 合作的新法律，他们在这种情况下支持家庭。
contact-el-centro-igualdad-derechos-nm-about = 阿尔伯克基的移民权利团体，举办“了解您的权利”讲习班，并开展社区组织工作。
contact-vecindarios-901-memphis-about = 没有找到这条热线的电话号码。 孟菲斯的志愿者快速反应网络，设有热线，可以报告并核实移民执法行动。
contact-comunidades-unidas-utah-about = 犹他州的拉丁裔和移民权利团体，有移民法律诊所、对抗驱逐出境的资料，以及“了解您的权利”活动。

# Added 2026-12-07 (the contacts review's gaps: Oregon legal help, Chinese-language help, bond funds, Philadelphia).
contact-equity-corps-oregon-about = 为俄勒冈州低收入、面临驱逐出境风险或需要移民案件帮助的人，提供免费移民律师和申请费用方面的帮助。请打全州呼叫中心的电话登记。
contact-ajsocal-chinese-about = 南加州的中文（普通话和粤语）法律帮助热线。提供免费或低价的法律咨询，包括移民和公民身份方面的问题。
contact-caa-san-francisco-about = 旧金山的民权组织，服务华裔和其他亚裔美国人。已获美国司法部认可，可以提供有限的移民法律服务。请在他们的移民法律语音信箱留言。
contact-legal-aid-society-of-cleveland-mandarin-about = 用普通话向 The Legal Aid Society of Cleveland 申请免费法律帮助的专线，服务俄亥俄州东北部，包括移民案件。
contact-legal-aid-society-of-cleveland-spanish-about = 用西班牙语向 The Legal Aid Society of Cleveland 申请免费法律帮助的专线，服务俄亥俄州东北部，包括移民案件。
contact-legal-aid-society-of-cleveland-vietnamese-about = 用越南语向 The Legal Aid Society of Cleveland 申请免费法律帮助的专线，服务俄亥俄州东北部，包括移民案件。
contact-legal-services-nyc-about = 纽约市的免费法律帮助，包括移民身份、庇护，以及对犯罪或家庭暴力受害者的保护。周一至周五可以打电话。
contact-advocates-for-human-rights-about = 为在明尼苏达州、北达科他州和南达科他州被移民拘留的人提供免费法律帮助：申请保释（bond）或假释（parole）获释，以及申请庇护。在明尼苏达州的任何拘留中心，打这个电话都免费。
contact-minnesota-freedom-fund-about = 明尼苏达州的基金，为付不起保释金的 ICE 被拘留者支付移民保释金（bond），也支付刑事案件的保释金。
contact-lehigh-valley-rapid-response-about = 宾夕法尼亚州利哈伊谷（Lehigh Valley）的志愿者热线，可以报告 ICE 活动或其他移民紧急情况。接电话的人会说西班牙语和英语，会派出受过培训的志愿者。
contact-new-sanctuary-movement-philadelphia-about = 费城的跨宗教移民权利团体。成员教会陪同面临驱逐出境的家庭，也曾提供庇护。他们的社区基金帮助支付保释金和法律费用。
contact-juntos-philadelphia-about = 费城南部的拉丁裔移民社区团体。他们教大家了解自己的权利，以及 ICE 上门时该怎么做。

## Where a contact's number or website was published (after the publisher's name)
punctuation-source = { $source }，{ $kind }
source-kind-organisation-site = 该机构自己的网站
source-kind-organisation-documents = 该机构自己的文件
source-kind-news = 新闻报道
source-kind-press-release = 新闻稿
source-kind-city-service = 市政府的信息服务
source-kind-secondary = 转载其他来源的网页
source-kind-directory-only = 另一个团体的资源列表，是找到的唯一显示此号码的网页（该机构自己的网页没有显示这个号码）

## 首批翻译之后新增
contact-local-short = 由本中心添加
keys-search = 在“寻求帮助”中，直接输入即可搜索。Esc：清除搜索内容。Tab：跳到“地区”和“类别”选项。
keys-use-f-keys = 输入搜索内容时，请用上面列出的 F 键。
contact-statewide-legal-services-ct-about = 康涅狄格州为低收入者提供的免费法律援助热线。New Haven Legal Assistance（nhlegal.org）说，他们可以帮助没有合法身份的人，不会向警察或任何其他机构报告移民身份。他们的网页说，没有合法身份的人应直接联系 New Haven Legal Assistance。
contact-legal-aid-society-of-cleveland-about = 俄亥俄州东北部的免费法律帮助，包括移民案件。可以要求翻译。
contact-legal-services-vermont-helpline-about = 佛蒙特州的免费法律帮助热线。请问他们能否帮助移民案件。
contact-legal-aid-of-nebraska-accessline-about = 内布拉斯加州的免费法律援助，有会说西班牙语的工作人员。请问他们能否帮助移民案件。
