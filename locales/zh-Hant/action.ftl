# Take action: ways to help, and calling your legislators.

## Topic: ways
topic-ways-title = 幫助的方式
topic-ways-summary = 付出時間，支持團體，發出聲音。
action-volunteer = 到陪同網路或快速反應網路做志工。大多數會先提供訓練。
action-support = 支持為移民服務的社區團體：付出時間、捐款，或提供聚會場地。
action-legal = 支持免費法律服務。很多人在移民法庭上沒有律師。
action-call = 打電話給您的州議員和聯邦議員。告訴他們您是誰，以及您要求他們做什麼。

## Topic: call
topic-call-title = 打電話給您的議員
topic-call-summary = 怎樣找到他們，以及要說什麼。
call-find = 查出誰代表您：一位美國眾議員、兩位美國參議員，以及您的州議員。由您的住址決定是哪幾位。
call-where = 可以在選民指南、市或縣政府網站上找他們的名字，或到圖書館、社區中心詢問。
call-office = 打電話到他們的辦公室。會有工作人員接聽。您不需要講很久。
call-script-intro = 用您自己的話說：
call-script-name = 我叫 ____。我住在 ____（城市或郵遞區號）。
call-script-ask = 我打電話是想請 ____（議員姓名）____（您希望他們做的事）。
call-script-why = 這件事對我很重要，因為 ____。
call-script-thanks = 謝謝。請告訴 ____ 我打過電話。
call-again = 有新的表決時再打一次。也請朋友一起打。
