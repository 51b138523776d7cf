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
kind-rapid-response-words = 热线, 求助热线, 求助, 报告, 举报, 突击搜查, 突袭, 搜捕, 抓人, 移民局, ICE, ICE 活动, 快速反应, 紧急, 紧急情况, 马上打电话
kind-legal-words = 律师, 法律援助, 法律帮助, 法律咨询, 法律服务, 移民律师, 找律师, 免费律师
kind-accompaniment-words = 陪同, 陪伴, 陪我去, 志愿者, 义工, 报到, ICE 报到
kind-sanctuary-words = 庇护所, 教会, 教堂, 宗教团体, 寺庙, 庙, 清真寺, 信仰, 宗教
kind-community-words = 社区, 组织, 社区组织, 赫蒙, 苗族, 高棉, 柬埔寨, 老挝, 越南, 亚裔
kind-services-words = 食物, 食品, 食物银行, 健康, 医疗, 诊所, 看病, 住房, 住处, 社会服务, 社工
kind-citizenship-words = 公民身份, 公民, 入籍, 归化, 入籍考试, 绿卡

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
contact-new-americans-hotline-about = 为纽约州提供移民信息和转介服务，有多种语言。
contact-legal-aid-nyc-about = 为纽约市的移民提供法律帮助。
contact-mixteca-about = 为布鲁克林的墨西哥和拉丁美洲移民提供服务。
contact-icirr-about = 可以打电话或发短信，24 小时服务。报告突击搜查，并获得家庭支持和转介。这个号码在电话键盘上拼作 855-HELP-MY-FAMILY。
contact-chirla-about = 在洛杉矶提供法律服务、社区组织工作，以及“了解您的权利”方面的帮助。
contact-maof-about = 洛杉矶的社会服务。这里不提供法律帮助。
contact-border-angels-about = 在圣地亚哥和边境提供人道援助和咨询。
contact-mariposas-about = 在图森支持被拘留的 LGBTQ 移民。
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

## Where a contact's number or website was published (after the publisher's name)
contact-source-from = { $source }，{ $kind }
source-kind-organisation-site = 该机构自己的网站
source-kind-organisation-documents = 该机构自己的文件
source-kind-news = 新闻报道
source-kind-press-release = 新闻稿
source-kind-city-service = 市政府的信息服务
source-kind-secondary = 转载其他来源的网页

## 首批翻译之后新增
contact-local-short = 由本中心添加
keys-search = 在“寻求帮助”中，直接输入即可搜索。Esc：清除搜索内容。Tab：跳到“地区”和“类别”选项。
keys-function-keys = 输入搜索内容时，请用 F2 更换语言、F12 隐藏、F1 查看帮助。
