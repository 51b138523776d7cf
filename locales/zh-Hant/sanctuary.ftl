# Sanctuary & support: the forms sanctuary takes, what it asks, our values.

## Topic: forms
topic-forms-title = 今天的庇護所是什麼樣子
topic-forms-summary = 宗教團體和鄰居與移民站在一起的四種方式。
sanctuary-physical = 實體庇護所：宗教團體讓一個人住在它的建築裡。這是給已有最終驅逐出境令的人，在緊急情況下、用盡所有法律途徑之後才用。其他宗教團體幫忙提供食物、照顧和倡議。
sanctuary-no-place = 從 2025 年 1 月起，沒有任何地方是 ICE 不能去的：學校、醫院、診所、宗教場所和安置中心都一樣。2026 年 6 月，一個聯邦法院推翻了 ICE 在 2025 年訂下的在移民法庭逮捕人的政策，但上訴後，這可能會改變。
sanctuary-court-order = 2025 年 2 月的一項法院命令只保護少數宗教團體，也就是命令中點名的那些。
sanctuary-no-promise = 庇護所是一種支持，是公開的關懷行動。它不是安全的保證。
sanctuary-accompaniment = 陪同：受過訓練的志工陪一個人去法庭和 ICE 報到。他們也在家人獲釋離開拘留後提供協助，例如接送、住處和各種服務。
sanctuary-advocacy = 倡議：人們要求市、縣和州訂立規定，讓地方警察與 ICE 分開。
sanctuary-rapid-response = 快速反應：一個鄰居網路，在突擊搜查或逮捕後盡快趕到，作見證並支持家人。
sanctuary-reach = 要找您附近提供庇護所的宗教團體或陪同網路，請看「尋求協助」。

## Topic: asks
topic-asks-title = 庇護所需要付出什麼
topic-asks-summary = 每種形式的庇護所對個人和宗教團體有什麼要求。
asks-physical-person = 實體庇護所需要當事人住在宗教團體的建築裡，由團體照顧。
asks-physical-congregation = 它需要宗教團體共同決定，並在其他宗教團體的協助下，提供接待、保護和倡議。
asks-not-ready = 還沒準備好接待人的宗教團體也能幫忙：為住在庇護所中的人提供接待、靈性關懷和倡議。
asks-accompaniment = 陪同需要志工先接受訓練，然後付出時間：陪同去法庭和 ICE 報到、接送，並在對方獲釋後提供協助。
asks-rapid-response = 快速反應需要鄰居隨時準備盡快趕到，並與風險最高的社區建立聯繫。

## Topic: values
topic-values-title = 五種自由
topic-values-summary = 我們的盼望：每個人都能有尊嚴、安全、有歸屬地生活。
values-dignity = 每個人都有尊嚴和價值，不論有沒有證件。
values-thrive = 發展的自由：自己決定自己的生活、家庭和未來。
values-stay = 留下的自由：屬於自己稱為家的地方。
values-move = 遷徙的自由：可以出行，也受到歡迎。
values-work = 工作的自由：安全、公平、有尊嚴的工作。
values-transform = 改變的自由：被當作一個完整的人對待。
