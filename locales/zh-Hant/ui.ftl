# Words on the app's own screens: menus, buttons, keys and notices.

## Home menu
home-title = 您需要什麼？
home-hint = 請點選一項，或按下它的編號。

## Footer buttons (the key names Esc, Enter, L, ? and Q stay as they are)
button-back = 返回
button-home = 主選單
button-language = 語言
button-help = 按鍵
button-quit = 離開
button-hide = 隱藏

## Step markers in a topic. They are words, not only colours.
step-do = 要做
step-dont = 不要
step-say = 要說
step-info = 須知
say-in-english = 英文：
# Draft (issue 34): not yet checked by a community reviewer.
step-english-changed = 英文原文已更改，此譯文正在更新。現在的英文是：

## The end of every topic
topic-sources = 資料來源
topic-reviewed = 核對日期：{ $date }。
# Shown instead when that date is more than 180 days ago.
topic-stale = 核對日期：{ $date }。法律和執法方式會改變：請索取本程式的更新版本。
not-legal-advice = 本內容不是法律意見。各州法律不同，也會改變。請諮詢律師或經司法部（DOJ）認可的代表。

## Shown when the window is too small
enlarge = 請把這個視窗放大。

## Shown when the window is larger than the app draws (thousands of cells)
shrink = 請把這個視窗縮小，或把字體放大。

## Shown when nobody has touched the app for a while
idle-countdown = { $seconds } 秒後將重新開始。請觸碰螢幕或按任意鍵繼續使用。

## A translator's preview (--locales): what in their folder could not be read, and F5
preview-broken = { $count ->
   *[other] { $count } 則訊息無法讀取
}
preview-reload = 按 F5 重新讀取
preview-reloaded = 已重新讀取：{ $folder }

## Help: how to use the app (the ? key)
keys-title = 如何使用本程式
keys-tap = 點選一項即可開啟。
keys-number = 數字鍵：開啟該編號的一項。
# The Keys help screen puts the keys beside each of these (from the app's key table), so they name no keys.
keys-mouse-wheel = 滑鼠滾輪：捲動。
keys-touch = 用手指
keys-drag = 要捲動頁面，用手指向上或向下滑動。
keys-touch-back = 「{ button-back }」回到上一個畫面。
keys-touch-home = 「{ button-home }」回到主選單。
keys-touch-language = 「{ button-language }」更換語言。
keys-touch-hide = 「{ button-hide }」立即清空畫面，並忘記您看過的一切。
keys-keyboard = 用鍵盤
keys-previous-slide = 投影片：退回一步。
keys-next-slide = 投影片：前進一步。
keys-up = 向上移動。
keys-down = 向下移動。
keys-page-up = 向上捲動一頁。
keys-page-down = 向下捲動一頁。
keys-end = 跳到最後。
keys-open = 開啟。
keys-go-back = 返回。
keys-go-home = 回到主選單。
keys-next-part = 在清單、選項和按鈕之間切換。
keys-change-language = 更換語言。
keys-show-help = 顯示本頁。
keys-hide-all = 立即隱藏所有內容，重新開始。
keys-change-colors = 更換顏色，適合投影機或很亮的房間。
keys-show-slides = 把一個主題做成大字投影片，一次一步，給一群人看。
keys-second-language = 投影片：從清單中選擇第二種語言，顯示在第一種語言旁邊。
keys-close-app = 關閉本程式。

## Translation status
status-draft = 草稿：尚未經社區審閱人審閱。
status-reviewed = 已經社區審閱人審閱。
# Draft (issue 34): not yet checked by a community reviewer.
status-part-reviewed = 已有 { $percent }% 經社區審校人員核對。
status-changed = 翻譯後英文有 { $count } 處改動：一併顯示英文。

## Privacy & about
about-never-title = 本程式絕不會做的事
about-never-network = 它絕不連接網際網路。
about-never-save = 它絕不保存您閱讀或點選的內容。
about-never-ask = 它絕不詢問您的姓名、住址或證件。
about-legal-title = 不是法律意見
about-translation-title = 本語言

## What the kernel enforces (Privacy & about)
about-enforced-title = 這台電腦此刻的情況
about-files-locked = 檔案已鎖定：本程式不能開啟或寫入任何檔案。
about-files-open = 檔案未鎖定：這台電腦無法為本程式鎖定檔案。本程式仍然不寫入任何內容。
about-network-blocked = 網路已封鎖：本程式不能連接任何地方。
about-network-open = 網路未封鎖：這台電腦無法為本程式封鎖網路。本程式仍然絕不連接網路。

## The home menu: its sections
section-urgent-title = 立即打電話求助
section-urgent-intro = 您所在地區可以撥打的號碼。
section-rights-title = 了解您的權利
section-rights-intro = 移民執法人員（ICE）來時該怎麼做。
section-card-title = 紅卡
section-card-intro = 隔著窗戶出示這張卡，或從門縫下遞出去。
section-sanctuary-title = 庇護所與支持
section-sanctuary-intro = 宗教團體和鄰居如何與移民站在一起。
section-help-title = 尋求協助
section-help-intro = 如何找到可以信任的律師和協助。
section-action-title = 採取行動
section-action-intro = 您可以幫助鄰居的方式。
section-about-title = 隱私與說明
section-about-intro = 本程式不會保留您這次使用的任何紀錄。

## Kiosk: the operator leaves with Ctrl-Alt-Q and a PIN
operator-pin-title = 管理員
operator-pin-prompt = 請輸入管理員 PIN，然後按 Enter。按 Esc 關閉此處。
operator-pin-wrong = PIN 不正確。請等 { $seconds } 秒再試。
operator-pin-starting = 這台自助服務機剛剛啟動。請等 { $seconds } 秒，再輸入 PIN。
operator-pin-none = 這台自助服務機沒有設定退出 PIN。要關閉它，請停止它的服務。

## Presentation mode (P) for trainers
button-present = 簡報
button-end-presenting = 結束簡報
button-previous = 上一頁
button-next = 下一頁
button-second-language = 第二語言

## Punctuation
punctuation-label = { $label }：{ $value }
punctuation-list = 、

## 立即打電話求助（主選單第一行，按鍵 0）
urgent-local = 在{ $place }要通報 ICE 或尋求協助，請撥打：
urgent-none = 本程式還沒有{ $place }的熱線。請撥打下面的全國熱線，或到「尋求協助」裡尋找。
urgent-national = 全美國：
urgent-scan = 用手機掃描，即可撥打電話：
urgent-more = 更多可以打電話詢問的地方：「尋求協助」。
# Find help's Place chooser: a list you can type into or tap.
directory-place-hint = 輸入地名，或直接點選。
place-question = 您在哪裡？
button-find-help = 尋求協助
