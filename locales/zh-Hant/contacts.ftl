# Find help: the directory of help contacts (content/contacts.toml).
# Names of organisations are not translated; these messages say what each does.

## 「尋求協助」頁面
directory-search = 搜尋
directory-search-hint = 請輸入名稱、地方或您需要的協助。
directory-place = 地區
directory-kind = 類別
directory-all-places = 所有地區
directory-all-kinds = 所有類別
directory-checked = 本名單核對日期：{ $date }。電話號碼會變。如果號碼打不通，請試試網站。
directory-nothing-found = 沒有找到。請少輸入幾個字，或選擇「所有地區」。
directory-report-now = 立即通報 ICE 活動
directory-guide = 本指南中

## 聯絡人頁面
contact-phone = 電話
contact-web = 網站
contact-hours = 服務時間
contact-hours-always = 每天 24 小時開放
contact-hours-span = { $days } { $from } 至 { $to }
hours-days-daily = 每天
hours-days-mon-fri = 週一至週五
hours-days-mon = 每週一
hours-days-tue = 每週二
hours-days-wed = 每週三
hours-days-thu = 每週四
hours-days-fri = 每週五
hours-days-sat = 每週六
hours-days-sun = 每週日
contact-languages = 語言
contact-where = 地區
contact-what = 他們做什麼
contact-source = 資料來源
contact-seen = 資料日期：{ $date }
contact-no-phone = 沒有找到他們的電話號碼。要尋找您附近免費或低收費的法律協助，請用 Immigration Advocates Network 的名錄：immigrationadvocates.org/legaldirectory
contact-non-emergency = 不適用於緊急情況。
contact-local = 由本中心加入。它不在本程式核對過的名單中。
contact-scan-phone = 用手機掃描，即可撥打電話：
contact-scan-web = 用手機掃描，即可打開網站：
contact-qr-too-narrow = 請把視窗拉寬，才能看到 QR 碼。

## 協助的類別
kind-rapid-response = 通報 ICE 活動的熱線
kind-legal = 法律協助
kind-accompaniment = 陪同
kind-sanctuary = 提供庇護所的宗教團體
kind-community = 社區組織
kind-services = 社會服務
kind-citizenship = 公民身分

## 人們搜尋各類協助時會輸入的詞（用逗號分開）
# A search for any of them finds that kind's contacts first. Reviewers: ASCII commas on purpose
# (a list for search, not shown as a sentence).
kind-rapid-response-words = 熱線, 專線, 求助熱線, 求助, 通報, 報告, 檢舉, 突擊搜查, 突襲, 抓人, 移民局, ICE, ICE 活動, 快速反應, 緊急, 緊急情況, 馬上打電話, 移民局來了, ICE 來了, 在我家門口, 敲門, 上門, 工作的地方, 現在
kind-legal-words = 律師, 法律扶助, 法律協助, 法律諮詢, 法律服務, 移民律師, 找律師, 免費律師, 驅逐出境, 遣返, 庇護申請, 政治庇護, 身分, 文件
kind-accompaniment-words = 陪同, 陪伴, 陪我去, 志工, 義工, 報到, ICE 報到
kind-sanctuary-words = 庇護所, 教會, 教堂, 宗教團體, 寺廟, 廟, 清真寺, 信仰, 宗教
kind-community-words = 社區, 組織, 社區組織, 社區團體, 鄰居, 了解你的權利
kind-services-words = 食物, 食品, 食物銀行, 健康, 醫療, 診所, 看病, 住房, 住處, 社會服務, 社福, 社工
kind-citizenship-words = 公民身分, 公民身份, 公民, 入籍, 歸化, 入籍考試, 綠卡

## Needs people search for, each answered by some kinds of help (comma-separated).
# Write what people in your language really type, whole sentences too:
# every word counts, so add the words a frightened person uses.
# Someone in the family was detained (legal help, hotlines).
need-detained-words = 拘留, 被拘留, 關押, 被抓, 抓走, 被抓走, 抓人, 逮捕, 被捕, 移民監獄, 拘留中心, 坐牢, 遣返, 家人被抓, 家人被拘留, 丈夫, 老公, 先生, 妻子, 老婆, 太太, 兒子, 女兒, 孩子, 媽媽, 母親, 爸爸, 父親, 兄弟, 姊妹, 親人, 家人, 尋找被拘留的人
# Money to get someone out of detention (legal help, funds).
need-bond-words = 保釋, 保釋金, 保證金, 移民保釋, 交保, 保釋基金, 釋放, 放出來, 保釋聽證
# A hearing before an immigration judge (legal help).
need-hearing-words = 法庭, 移民法庭, 出庭, 開庭, 聽證, 聽證會, 法官, 審判, 出庭通知
# A check-in or appointment with ICE (accompaniment, legal help).
need-check-in-words = 報到, 移民局報到, ICE 報到, 預約, 面談, 腳鐐, 電子腳鐐

## Search
# Words that say nothing about what someone looks for (comma-separated):
# a search ignores them. Short, common words of your language.
search-stop-words = 的, 了, 被, 我, 我的, 你, 你的, 他, 她, 他的, 她的, 我們, 他們, 是, 在, 有, 和, 與, 或, 或者, 嗎, 呢, 吧, 啊, 呀, 要, 會, 能, 可以, 請, 一個, 這, 那, 這個, 那個, 把, 給, 從, 到, 對, 幫助, 幫忙, 需要, 想, 找, 哪裡, 怎麼, 什麼, 誰
# Words for "language": "help in my language" finds contacts who speak the
# language the search is typed in.
search-language-words = 語言, 我的語言, 說, 會說, 講, 翻譯, 口譯

## 各機構做什麼
contact-pirc-about = 服務範圍涵蓋奧勒岡全州的熱線。打電話通報 ICE 活動。他們會派出快速反應人員，並支援家庭。
contact-imirj-about = 陪同移民並提供庇護所的宗教團體。他們的歡迎中心有英文課，也提供公民身分方面的協助。
contact-apano-about = 亞裔和太平洋島民的社區組織工作。他們訓練大家參與陪同。
contact-hmong-oregon-about = 赫蒙族（Hmong）社區組織。他們參與陪同。
contact-cacoregon-about = 高棉（柬埔寨）社區組織。他們參與陪同。
contact-ahsc-about = 為波特蘭的亞裔社區提供健康和社會服務。
contact-mira-about = 倡議和教育。他們的求助熱線是給倡議人員和社區團體用的。可以在語音信箱留言。
contact-project-citizenship-about = 免費協助申請美國公民身分。
contact-bijan-about = 志工陪同當事人去法庭和 ICE 報到。他們也幫忙：保釋金基金、接送，以及獲釋後的住處。
contact-nyic-about = 紐約的移民團體聯盟。他們可以把您轉介到能協助您的地方。
contact-actionnyc-about = 紐約市提供的免費、安全的移民法律協助。
contact-new-americans-hotline-about = 紐約州免費、保密的轉介熱線，幫您找到移民法律協助，包括驅逐出境案件，提供 200 多種語言服務。也可以為被移民拘留的人轉介免費法律協助。週一至週五上午 8 點至晚上 8 點，週末上午 9 點至下午 5 點。
contact-legal-aid-nyc-about = 為紐約市的移民提供法律協助。
contact-mixteca-about = 為布魯克林的墨西哥和拉丁美洲移民提供服務。
contact-icirr-about = 可以打電話或傳簡訊，24 小時服務。通報突擊搜查，並獲得家庭支援和轉介。這個號碼在電話鍵盤上拼作 855-HELP-MY-FAMILY。
contact-chirla-about = 在洛杉磯提供法律服務、社區組織工作，以及「了解您的權利」方面的協助。
contact-maof-about = 洛杉磯的社會服務。這裡不提供法律協助。
contact-border-angels-about = 在聖地牙哥和邊境提供人道援助和諮詢。
contact-mariposas-about = 在圖森支援被拘留的 LGBTQ 移民。
contact-chirla-national-hotline-about = 洛杉磯 CHIRLA 開設的全國熱線。打電話通報 ICE 活動並尋求支援。每天都有人接聽，也可以在語音信箱留言。他們去核實通報的志工在洛杉磯。
contact-migrawatch-about = United We Dream 的全國熱線。通報 ICE 活動，並獲得支援。
contact-legal-directory-about = 尋找您附近非營利組織提供的免費或低收費法律協助。可以按郵遞區號（ZIP）搜尋。
contact-nijc-about = 提供法律服務，包括為被拘留的人和申請政治庇護（asylum）的人服務。
contact-clinic-about = 透過當地 Catholic Charities 辦事處提供社會和法律服務。
contact-young-center-about = 為獨自來到美國的兒童擔任兒童權益倡議人。他們透過網站上的表格接受轉介。
contact-aclu-about = 提供「了解您的權利」資訊，也為移民權利打官司。
contact-asian-law-caucus-about = 為住在加州、有驅逐出境令的東南亞難民提供法律諮詢。
contact-ajsocal-legal-about = 南加州的法律協助熱線。
contact-ajsocal-khmer-about = 南加州的高棉語法律協助熱線。
contact-ajsocal-vietnamese-about = 南加州的越南語法律協助熱線。
contact-searac-about = 為面臨驅逐出境的東南亞裔美國人提供資源指南，並從事倡議工作。電子郵件：immigration@searac.org
contact-mn8-about = 明尼蘇達州的東南亞裔團體，反對驅逐出境。提供英語、高棉語、赫蒙語和越南語的「了解您的權利」協助。

# Added 2026-12-01 (contacts for every state).
contact-ilcm-minnesota-about = 為明尼蘇達州低收入的移民和難民提供免費的移民法律協助，包括被拘留的人。他們也教大家了解自己的權利。
contact-monarca-rapid-response-mn-about = 在雙城（明尼亞波利斯和聖保羅）看到 ICE 人員聚集，或有人被拘留、被追捕時，打電話通報。快速反應人員可以趕來。
contact-copal-minnesota-about = 拉丁裔社區組織。可以打他們的求助熱線通報 ICE 拘留事件，家庭也能得到支援。他們在明尼蘇達州各地訓練觀察 ICE 的人員。
contact-hmong-american-partnership-about = 為雙城（明尼亞波利斯和聖保羅）的赫蒙族及其他難民和移民家庭提供就業、青少年、健康和家庭服務。
contact-voces-de-la-frontera-about = 志工熱線，通報威斯康辛州的 ICE 活動；志工會查證通報內容。他們協助被拘留者的家人聯絡律師。
contact-forward-latino-hotline-about = 24 小時熱線，有工作人員接聽，為受移民執法影響的人服務。提供緊急協助，以及協助家庭做好準備的工具。
contact-catholic-charities-milwaukee-immigration-about = 為威斯康辛州東南部十個郡的低收入者提供低收費的移民法律協助，需要預約。請找分機 4418。
contact-community-immigration-law-center-madison-about = 為麥迪遜和戴恩郡（Dane County）面臨驅逐出境的人提供免費的移民法律諮詢門診和法律辯護。
contact-hmong-american-center-wausau-about = 沃索的中心，服務威斯康辛州中部的赫蒙族和其他東南亞家庭。提供口譯、健康協助、長者服務和教育服務。
contact-hmong-american-friendship-association-about = 密爾瓦基為東南亞社區服務的中心：翻譯、轉介、食物銀行，以及長者和就業方案。
contact-hmong-american-womens-association-about = 密爾瓦基的團體，支援東南亞裔女性、女孩以及酷兒和跨性別者，特別是家庭暴力和性暴力的倖存者。
contact-waisn-deportation-defense-hotline-about = 打電話或傳簡訊，通報華盛頓州的 ICE 活動。志工會查證通報內容，並協助被拘留者的家人聯絡法律協助。
contact-nwirp-washington-about = 為華盛頓州低收入移民提供免費的移民法律協助，包括政治庇護（asylum）和對抗驅逐出境，也在塔科馬的拘留中心提供協助。
contact-khaag-washington-about = 支援面臨驅逐出境令、ICE 拘留或驅逐出境的高棉裔及其他東南亞裔美國人。他們幫大家聯絡 NWIRP，獲得法律協助。
contact-hias-pennsylvania-about = 為低收入移民提供免費的移民法律協助，包括政治庇護（asylum）和對抗驅逐出境。也在費城地區提供難民服務和社會服務。
contact-pirc-pennsylvania-about = 為賓州的移民提供法律協助，不論是否被拘留，包括家庭暴力的倖存者。他們也講解權利，並幫忙找免費律師。
contact-erie-ice-rapid-response-about = 在伊利郡（Erie County），打電話通報 ICE 活動或親人被拘留。受過訓練的志工會觀察、記錄並安排支援。
contact-cambodian-association-greater-philadelphia-about = 為費城的柬埔寨難民和移民提供協助：個案管理人員、青少年和教育方案，以及健康和身心方面的支援。
contact-vietlead-philadelphia-about = 費城的東南亞裔社區團體。他們的團隊為面臨驅逐出境的柬埔寨和越南難民奔走倡議。
contact-luce-hotline-massachusetts-about = 在麻薩諸塞州任何地方看到移民執法人員，都可以打電話通報。受過訓練的志工會查證通報內容，並記錄經過。
contact-cmaa-lowell-about = 洛厄爾的柬埔寨社區組織。為移民家庭提供翻譯、綠卡更新、公民身分協助、英文課和青少年方案。
contact-dorcas-international-ri-about = 在羅德島州提供低收費的移民法律協助，例如公民身分、綠卡，以及 DACA 或 TPS 延期。他們也協助難民安置。
contact-amor-defense-line-ri-about = 英語和西班牙語專線，為面對 ICE 或警察暴力的人服務。他們為您聯絡個案管理人員和社區支援。
contact-prysm-providence-about = 普羅維登斯由東南亞裔年輕人帶領的團體。他們組織起來，反對驅逐柬埔寨難民。
contact-siembra-nc-about = 沒有找到這條熱線的電話號碼。 通報北卡羅來納州 ICE 活動的熱線。他們把家庭轉介給移民律師，並協助家庭擬定緊急計畫。
contact-respuesta-rapida-durham-about = 德罕的快速反應熱線。看到 ICE 或有人被捕時，打電話通報。
contact-nc-justice-center-irrp-about = 為北卡羅來納州低收入移民提供法律協助，包括公民身分、親屬移民申請和其他移民身分案件。
contact-nc-hmong-womens-association-about = 支援希科里和摩根頓地區的赫蒙族女性和赫蒙族社區。
contact-mirc-michigan-about = 在密西根州各地提供免費的移民法律協助，也協助兒童和農場工人。在底特律移民法庭設有服務台，協助有驅逐出境案件的人。
contact-acrl-hotline-michigan-about = 在底特律都會區，如果移民執法人員行為不當，可以打電話通報，也可以了解您的權利。
contact-raices-texas-about = 在德州為移民兒童、家庭和難民提供免費和低收費的法律協助，包括對抗驅逐出境和保釋金（bond）方面的協助。
contact-houston-immigration-legal-services-collaborative-about = 休士頓的法律服務網路，負責 Immigrant Rights Hotline（移民權利熱線）。他們把來電者轉介給免費和低收費的移民律師。
contact-trla-texas-about = 在德州 68 個郡，為低收入者（包括農場工人）提供免費的民事法律協助。
contact-woori-juntos-houston-about = 休士頓的社區團體，組織起來反對驅逐越南和寮國難民。他們教家庭了解自己的權利。
contact-san-mateo-rapid-response-about = 24 小時熱線，通報聖馬刁郡的 ICE 活動。他們會查證逮捕，當天請來緊急律師，並支援家庭。
contact-oc-rapid-response-network-about = 橘郡的熱線，查證有關 ICE 的通報，並留意法院裡的逮捕。他們協助被拘留者的家人面對法律程序。
contact-khmer-girls-in-action-about = 長灘的柬埔寨社區組織。他們發起運動，反對驅逐柬埔寨難民，並舉辦關於驅逐出境的社區座談。
contact-fresno-center-about = 佛雷斯諾的組織，服務中央谷地（Central Valley）的赫蒙族和其他東南亞難民家庭。
contact-florida-raise-hotline-about = 佛羅里達州的熱線：了解您的權利、應對移民執法、尋找被拘留的親人，並聯絡免費律師。
contact-americans-for-immigrant-justice-about = 邁阿密的非營利律師事務所。為移民兒童、申請政治庇護（asylum）的人、人口販運或虐待的倖存者，以及被拘留的人提供免費法律協助。
contact-nj-alliance-for-immigrant-justice-about = 紐澤西州移民團體的聯盟。在他們的網站上，可以通報您看到的 ICE，也能找到「了解您的權利」卡片和法律服務名單。
contact-dire-hotline-nj-about = 沒有找到這條熱線的電話號碼。 紐澤西州中部的志工熱線，處理移民方面的緊急情況。他們會派出快速反應人員，並支援面臨拘留的家庭。
contact-gain-georgia-about = 在喬治亞州，為申請政治庇護（asylum）的人、犯罪或人口販運的倖存者，以及從阿富汗撤離的人提供免費的移民法律協助。
contact-advancing-justice-atlanta-about = 為喬治亞州和美國東南部的亞裔美國人、太平洋島民、阿拉伯裔、穆斯林和南亞裔社區，提供免費和低收費的移民法律協助。
contact-glahr-georgia-about = 亞特蘭大的拉丁裔權利團體。他們的快速反應團隊記錄 ICE 的逮捕行動，並教大家了解憲法保障的權利。
contact-colorado-rapid-response-network-about = 24 小時熱線，通報科羅拉多州和懷俄明州南部的 ICE 活動。按 1 轉接派遣人員，由派遣人員派出志工；按 2 通報過去發生的遭遇。
contact-circ-colorado-about = 科羅拉多州的移民權利團體。他們的團隊記錄與 ICE 的遭遇，並把大家轉介到法律協助。
contact-puente-arizona-hotline-about = 在鳳凰城地區看到 ICE 或邊境巡邏隊（Border Patrol）時，打電話通報。他們查證通報內容，派團隊講解權利並記錄逮捕，還會傳簡訊提醒。
contact-tucson-community-rapid-response-about = 圖森的 24 小時熱線，為面臨警察或移民執法人員逮捕的人服務。他們派出觀察員，並陪同家庭和當事人去移民法庭。
contact-florence-project-arizona-about = 為亞利桑那州被移民拘留、面臨驅逐出境的成年人和無人陪伴的兒童，提供免費的法律和社會服務。
contact-nevada-immigrant-coalition-about = 內華達州移民權利團體的聯盟。他們追蹤並確認 ICE 活動，為移民家庭發聲。
contact-unlv-immigration-clinic-about = 為內華達州南部被拘留的成年人和無人陪伴的兒童，提供免費諮詢和對抗驅逐出境的協助。辦公室在拉斯維加斯市中心。
contact-casa-maryland-about = 打電話通報可能是 ICE 或 CBP 的活動，他們會查證。在馬里蘭州各地的歡迎中心提供公民身分和法律協助。
contact-maryland-immigrant-legal-assistance-project-about = 在巴爾的摩移民法庭和馬里蘭州各地的週六諮詢站，為有驅逐出境案件的兒童和家庭提供免費移民諮詢。
contact-legal-aid-justice-center-virginia-about = 維吉尼亞州的法律扶助組織，對抗移民拘留和驅逐出境，也協助被移交給 ICE 的移民。他們協助營運北維吉尼亞的 Rapid Response to Raids 熱線。
contact-ciri-connecticut-about = 在康乃狄克州提供收費合理的移民法律協助，例如政治庇護（asylum）、工作許可和對抗驅逐出境。他們也協助難民安置。
contact-unidad-latina-en-accion-ct-about = 沒有找到這條熱線的電話號碼。 紐哈芬的 24 小時熱線，有西班牙語和英語服務。他們查證 ICE 的突擊搜查，並召集康乃狄克州各地的社區成員、宗教人士和律師。
contact-able-ohio-immigration-about = 為俄亥俄州西北部和中西部的低收入移民和難民提供免費的移民法律協助。為住在哥倫布的人提供對抗驅逐出境的協助。
contact-tirrc-tennessee-about = 田納西州的熱線，為親人被移民執法人員拘留的家庭服務。他們把您轉介給律師，並提供「了解您的權利」資訊。
contact-nm-immigrant-law-center-about = 阿布奎基的移民法律協助。他們講解您的權利，以及如果 ICE 逮捕了家人該怎麼辦。
contact-cair-coalition-dc-about = 為來自華盛頓特區、馬里蘭州和維吉尼亞州的被拘留移民提供法律協助，包括成年人和無人陪伴的兒童。
contact-migrant-solidarity-mutual-aid-dc-about = 打電話通報華盛頓特區的移民執法情況。他們也發布華盛頓特區各處執法活動的最新消息。
contact-ayuda-legal-puerto-rico-about = 透過電話為波多黎各的移民提供免費法律協助，包括 Barrio Obrero 的多明尼加社區。
contact-st-louis-rapid-response-line-about = 打電話通報聖路易地區的 ICE 活動。志工會查證通報內容，值班的移民律師會提供法律諮詢。

# Added 2026-12-01, second pass (the places that had none).
contact-maine-ice-watch-hotline-about = 全州熱線，可以通報並查證 ICE 或邊境巡邏隊（Border Patrol）的活動，也能幫您聯絡支援。
contact-ilap-maine-about = 為緬因州低收入居民提供免費和低收費的移民法律協助，包括政治庇護（asylum）和對抗驅逐出境。
contact-vaap-vermont-about = 為佛蒙特州申請政治庇護（asylum）的人和被拘留的人提供免費的移民法律協助。他們也追蹤 ICE 活動。
contact-migrant-justice-vermont-about = 由農場工人領導的團體，提供「了解您的權利」訓練、陪同，以及全州的快速反應網路。
contact-the-legal-clinic-hawaii-about = 為夏威夷州低收入移民提供免費的移民法律服務，包括 COFA 移民。
contact-uh-refugee-immigration-law-clinic-about = 法學院的法律諮詢門診，協助申請政治庇護（asylum）的人和被 ICE 拘留的人。他們設有對抗驅逐出境的熱線。
contact-exodus-refugee-immigration-indiana-about = 協助印第安納州中部的難民、申請政治庇護的人和其他人道移民安頓下來，並辦理移民事務。
contact-indiana-aid-detention-about = 志工探訪和支援被 ICE 關押在印第安納州監獄裡的人，並分享資源資訊。
contact-iowa-mmj-about = 愛荷華州的全州移民權利團體，在州內各地的法律諮詢門診提供免費或低收費的移民法律協助。
contact-holy-cross-ministries-utah-about = 為猶他州的家庭提供低收費或免費的移民法律協助、公民身分方面的協助，以及「了解您的權利」講座。
contact-airr-kansas-missouri-about = 堪薩斯市的團體，提供「了解您的權利」協助、對 ICE 的快速反應，並轉介給律師。
contact-la-aid-louisiana-about = 志工支援被 ICE 拘留在路易斯安那州的人，並在他們獲釋後提供協助。
contact-catholic-charities-new-orleans-immigration-about = 在紐奧良地區提供經認可的低收費移民法律服務，以及公民身分方面的協助。
contact-mira-mississippi-about = 密西西比州的全州移民權利團體，提供「了解您的權利」訓練、法律計畫和突擊搜查應變。
contact-catholic-charities-arkansas-immigration-about = Catholic Charities 在小岩城和斯普林代爾的辦公室，提供低收費的移民諮詢和「了解您的權利」協助。
contact-aclu-arkansas-ice-report-about = 線上表單，用來通報阿肯色州令人擔憂的 ICE 活動或侵犯您權利的行為。
contact-helping-neighbors-lnk-about = 林肯的非營利組織，查證 ICE 活動的通報，並在有人被拘留時為家庭提供指引。
contact-la-esperanza-delaware-about = 為薩塞克斯郡（Sussex County）的拉丁裔和移民家庭提供免費移民諮詢、公民身分方面的協助和「了解您的權利」卡片。
contact-aire-northwest-arkansas-about = 沒有找到這條熱線的電話號碼。 阿肯色州西北部的志工團體，分享權利資訊，並設有通報 ICE 出沒的專線。
contact-aclu-idaho-immigrant-rights-about = 為愛達荷州移民提供「了解您的權利」指南、紅卡和緊急應變準備工具包。
contact-sd-voices-for-peace-about = 為在移民法庭有案件的兒童和犯罪倖存者提供免費的移民法律協助。也提供「了解您的權利」資料。
contact-bienvenidos-gallatin-valley-about = 波茲曼的非營利組織，歡迎說西班牙語的家庭，並協助他們尋找被移民執法人員拘留的親人。
contact-mija-montana-about = 全州性的團體，教移民了解自己的權利，並提供法律協助。
contact-und-immigration-law-clinic-about = 法學院的法律諮詢門診，提供低收費的移民法律服務，包括政治庇護（asylum）和 VAWA 案件。
contact-ywca-tulsa-immigration-legal-about = 土爾沙 YWCA 的法律服務團隊，協助移民處理移民事務，並提供「了解您的權利」資訊。
contact-new-sanctuary-network-tulsa-about = 土爾沙的宗教網路，支援沒有證件的人，反對驅逐出境。
contact-wvu-immigration-law-clinic-about = 由法學院學生在督導下提供免費的移民法律協助，包括驅逐出境和政治庇護案件。
contact-aclu-west-virginia-immigrants-about = 為在西維吉尼亞州面對 ICE 的移民提供英語和西班牙語的「了解您的權利」資料。
contact-charleston-immigrant-hotline-about = 沒有找到這條熱線的電話號碼。 志工專線，接聽關於查爾斯頓疑似 ICE 活動的電話和簡訊，並查證通報內容。
contact-lsc-new-americans-immigration-sc-about = 為 Lutheran Services Carolinas 服務的難民和移民提供低收費和免費的移民法律協助。
contact-acij-alabama-about = 阿拉巴馬州的全州移民權利聯盟，因應 ICE 拘留事件，並協助家庭聯絡協助。
contact-hica-alabama-about = 為阿拉巴馬州的拉丁裔和移民家庭提供低收費的移民法律諮詢門診，以及公民身分和 DACA 方面的協助。
contact-kentucky-refugee-ministries-about = 為難民和移民提供服務，在路易維爾和列星頓設有移民法律辦公室，辦理公民身分和居留事務。
contact-neighbors-immigration-clinic-ky-about = 列星頓的非營利組織，為移民提供法律代理，重點是對抗驅逐出境和政治庇護。
contact-alaska-institute-for-justice-about = 阿拉斯加州的全州非營利組織，提供免費和低收費的移民法律協助，包括面臨驅逐出境的人。
contact-immigrant-legal-center-nebraska-about = 為內布拉斯加州低收入移民服務的非營利移民律師事務所。他們有因應突擊搜查的快速反應計畫。
contact-ohio-immigrant-alliance-about = 俄亥俄州的全州團體，追蹤州內的 ICE 拘留情況，並支援被拘留的人及其家人。
contact-nh-alliance-immigrants-refugees-about = 新罕布夏州的移民倡議團體。州裡有了關於與 ICE 合作的新法律，他們在這種情況下支援家庭。
contact-el-centro-igualdad-derechos-nm-about = 阿布奎基的移民權利團體，舉辦「了解您的權利」工作坊，並推動社區組織工作。
contact-vecindarios-901-memphis-about = 沒有找到這條熱線的電話號碼。 曼菲斯的志工快速反應網路，設有熱線，可以通報並查證移民執法行動。
contact-comunidades-unidas-utah-about = 猶他州的拉丁裔和移民權利團體，有移民法律諮詢門診、對抗驅逐出境的資料，以及「了解您的權利」活動。

# Added 2026-12-07 (the contacts review's gaps: Oregon legal help, Chinese-language help, bond funds, Philadelphia).
contact-equity-corps-oregon-about = 為奧勒岡州低收入、面臨驅逐出境風險或需要移民案件協助的人，提供免費移民律師和申請費用方面的協助。請撥打全州客服中心的電話登記。
contact-ajsocal-chinese-about = 南加州的中文（普通話和粵語）法律協助熱線。提供免費或低收費的法律諮詢，包括移民和公民身分方面的問題。
contact-caa-san-francisco-about = 舊金山的民權組織，服務華裔和其他亞裔美國人。已獲美國司法部認可，可以提供有限的移民法律服務。請在他們的移民法律語音信箱留言。
contact-legal-aid-society-of-cleveland-mandarin-about = 用普通話向 The Legal Aid Society of Cleveland 申請免費法律協助的專線，服務俄亥俄州東北部，包括移民案件。
contact-legal-aid-society-of-cleveland-spanish-about = 用西班牙語向 The Legal Aid Society of Cleveland 申請免費法律協助的專線，服務俄亥俄州東北部，包括移民案件。
contact-legal-aid-society-of-cleveland-vietnamese-about = 用越南語向 The Legal Aid Society of Cleveland 申請免費法律協助的專線，服務俄亥俄州東北部，包括移民案件。
contact-legal-services-nyc-about = 紐約市的免費法律協助，包括移民身分、庇護，以及對犯罪或家庭暴力受害者的保護。週一至週五可以打電話。
contact-advocates-for-human-rights-about = 為在明尼蘇達州、北達科他州和南達科他州被移民拘留的人提供免費法律協助：申請保釋（bond）或假釋（parole）獲釋，以及申請庇護。在明尼蘇達州的任何拘留中心，打這個電話都免費。
contact-minnesota-freedom-fund-about = 明尼蘇達州的基金，為付不起保釋金的 ICE 被拘留者支付移民保釋金（bond），也支付刑事案件的保釋金。
contact-lehigh-valley-rapid-response-about = 賓州利哈伊谷（Lehigh Valley）的志工熱線，可以通報 ICE 活動或其他移民緊急情況。接電話的人會說西班牙語和英語，會派出受過訓練的志工。
contact-new-sanctuary-movement-philadelphia-about = 費城的跨宗教移民權利團體。成員教會陪同面臨驅逐出境的家庭，也曾提供庇護。他們的社區基金協助支付保釋金和法律費用。
contact-juntos-philadelphia-about = 費城南部的拉丁裔移民社區團體。他們教大家了解自己的權利，以及 ICE 上門時該怎麼做。

## Where a contact's number or website was published (after the publisher's name)
punctuation-source = { $source }，{ $kind }
source-kind-organisation-site = 該機構自己的網站
source-kind-organisation-documents = 該機構自己的文件
source-kind-news = 新聞報導
source-kind-press-release = 新聞稿
source-kind-city-service = 市政府的資訊服務
source-kind-secondary = 轉載其他來源的網頁
source-kind-directory-only = 另一個團體的資源清單，是找到的唯一顯示此號碼的網頁（該機構自己的網頁沒有顯示這個號碼）

## 首批翻譯之後新增
contact-local-short = 由本中心加入
keys-search = 在「尋求協助」中，直接輸入即可搜尋。Esc：清除搜尋內容。Tab：跳到「地區」和「類別」選項。
keys-use-f-keys = 輸入搜尋內容時，請用上面列出的 F 鍵。
contact-statewide-legal-services-ct-about = 康乃狄克州為低收入者提供的免費法律援助熱線。New Haven Legal Assistance（nhlegal.org）說，他們可以協助沒有合法身分的人，不會向警察或任何其他機關通報移民身分。他們的網頁說，沒有合法身分的人應直接聯絡 New Haven Legal Assistance。
contact-legal-aid-society-of-cleveland-about = 俄亥俄州東北部的免費法律協助，包括移民案件。可以要求翻譯。
contact-legal-services-vermont-helpline-about = 佛蒙特州的免費法律協助專線。請問他們能否協助移民案件。
contact-legal-aid-of-nebraska-accessline-about = 內布拉斯加州的免費法律援助，有會說西班牙語的工作人員。請問他們能否協助移民案件。
