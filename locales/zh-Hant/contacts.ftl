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
kind-rapid-response-words = 熱線, 專線, 求助熱線, 求助, 通報, 報告, 檢舉, 突擊搜查, 突襲, 抓人, 移民局, ICE, ICE 活動, 快速反應, 緊急, 緊急情況, 馬上打電話
kind-legal-words = 律師, 法律扶助, 法律協助, 法律諮詢, 法律服務, 移民律師, 找律師, 免費律師
kind-accompaniment-words = 陪同, 陪伴, 陪我去, 志工, 義工, 報到, ICE 報到
kind-sanctuary-words = 庇護所, 教會, 教堂, 宗教團體, 寺廟, 廟, 清真寺, 信仰, 宗教
kind-community-words = 社區, 組織, 社區組織, 赫蒙, 苗族, 高棉, 柬埔寨, 寮國, 越南, 亞裔
kind-services-words = 食物, 食品, 食物銀行, 健康, 醫療, 診所, 看病, 住房, 住處, 社會服務, 社福, 社工
kind-citizenship-words = 公民身分, 公民身份, 公民, 入籍, 歸化, 入籍考試, 綠卡

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
contact-new-americans-hotline-about = 為紐約州提供移民資訊和轉介服務，有多種語言。
contact-legal-aid-nyc-about = 為紐約市的移民提供法律協助。
contact-mixteca-about = 為布魯克林的墨西哥和拉丁美洲移民提供服務。
contact-icirr-about = 可以打電話或傳簡訊，24 小時服務。通報突擊搜查，並獲得家庭支援和轉介。這個號碼在電話鍵盤上拼作 855-HELP-MY-FAMILY。
contact-chirla-about = 在洛杉磯提供法律服務、社區組織工作，以及「了解您的權利」方面的協助。
contact-maof-about = 洛杉磯的社會服務。這裡不提供法律協助。
contact-border-angels-about = 在聖地牙哥和邊境提供人道援助和諮詢。
contact-mariposas-about = 在圖森支援被拘留的 LGBTQ 移民。
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

## Where a contact's number or website was published (after the publisher's name)
contact-source-from = { $source }，{ $kind }
source-kind-organisation-site = 該機構自己的網站
source-kind-organisation-documents = 該機構自己的文件
source-kind-news = 新聞報導
source-kind-press-release = 新聞稿
source-kind-city-service = 市政府的資訊服務
source-kind-secondary = 轉載其他來源的網頁

## 首批翻譯之後新增
contact-local-short = 由本中心加入
keys-search = 在「尋求協助」中，直接輸入即可搜尋。Esc：清除搜尋內容。Tab：跳到「地區」和「類別」選項。
keys-function-keys = 輸入搜尋內容時，請用 F2 更換語言、F12 隱藏、F1 查看說明。
