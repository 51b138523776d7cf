# Take action: ways to help, and calling your legislators.

## Topic: ways
topic-ways-title = 帮助的方式
topic-ways-summary = 付出时间，支持团体，发出声音。
action-volunteer = 到陪同网络或快速反应网络做志愿者。大多数会先提供培训。
action-support = 支持为移民服务的社区团体：付出时间、捐款，或提供聚会场地。
action-legal = 支持免费法律服务。很多人在移民法庭上没有律师。
action-call = 打电话给您的州议员和联邦议员。告诉他们您是谁，以及您要求他们做什么。

## Topic: call
topic-call-title = 打电话给您的议员
topic-call-summary = 怎样找到他们，以及要说什么。
call-find = 查出谁代表您：一位美国众议员、两位美国参议员，以及您的州议员。由您的住址决定是哪几位。
call-where = 可以在选民指南、市或县政府网站上找他们的名字，或到图书馆、社区中心询问。
call-office = 打电话到他们的办公室。会有工作人员接听。您不需要讲很久。
call-script-intro = 用您自己的话说：
call-script-name = 我叫 ____。我住在 ____（城市或邮编）。
call-script-ask = 我打电话是想请 ____（议员姓名）____（您希望他们做的事）。
call-script-why = 这件事对我很重要，因为 ____。
call-script-thanks = 谢谢。请告诉 ____ 我打过电话。
call-again = 有新的表决时再打一次。也请朋友一起打。
