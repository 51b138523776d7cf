# Sanctuary & support: the forms sanctuary takes, what it asks, our values.

## Topic: forms
topic-forms-title = 今天的庇护所是什么样子
topic-forms-summary = 宗教团体和邻居与移民站在一起的四种方式。
sanctuary-physical = 实体庇护所：宗教团体让一个人住在它的建筑里。这是给已有最终驱逐出境令的人，在紧急情况下、用尽所有法律途径之后才用。其他宗教团体帮忙提供食物、照顾和倡导。
sanctuary-no-place = 从 2025 年 1 月起，没有任何地方是 ICE 不能去的：学校、医院、诊所、宗教场所和收容中心都一样。2026 年 6 月，一个联邦法院推翻了 ICE 在 2025 年定下的在移民法庭逮捕人的政策，但上诉后，这可能会改变。
sanctuary-court-order = 2025 年 2 月的一项法院命令只保护少数宗教团体，也就是命令中点名的那些。
sanctuary-no-promise = 庇护所是一种支持，是公开的关怀行动。它不是安全的保证。
sanctuary-accompaniment = 陪同：受过培训的志愿者陪一个人去法庭和 ICE 报到。他们也在家人获释离开拘留后提供帮助，比如接送、住处和各种服务。
sanctuary-advocacy = 倡导：人们要求市、县和州订立规定，让本地警察与 ICE 分开。
sanctuary-rapid-response = 快速反应：一个邻居网络，在突击搜查或逮捕后尽快赶到，作见证并支持家人。
sanctuary-reach = 要找您附近提供庇护所的宗教团体或陪同网络，请看“寻求帮助”。

## Topic: asks
topic-asks-title = 庇护所需要付出什么
topic-asks-summary = 每种形式的庇护所对个人和宗教团体有什么要求。
asks-physical-person = 实体庇护所需要当事人住在宗教团体的建筑里，由团体照顾。
asks-physical-congregation = 它需要宗教团体共同决定，并在其他宗教团体的帮助下，提供接待、保护和倡导。
asks-not-ready = 还没准备好接待人的宗教团体也能帮忙：为住在庇护所中的人提供接待、灵性关怀和倡导。
asks-accompaniment = 陪同需要志愿者先接受培训，然后付出时间：陪同去法庭和 ICE 报到、接送，并在对方获释后提供帮助。
asks-rapid-response = 快速反应需要邻居随时准备尽快赶到，并与风险最高的社区建立联系。

## Topic: values
topic-values-title = 五种自由
topic-values-summary = 我们的盼望：每个人都能有尊严、安全、有归属地生活。
values-dignity = 每个人都有尊严和价值，不论有没有证件。
values-thrive = 发展的自由：自己决定自己的生活、家庭和未来。
values-stay = 留下的自由：属于自己称为家的地方。
values-move = 迁徙的自由：可以出行，也受到欢迎。
values-work = 工作的自由：安全、公平、有尊严的工作。
values-transform = 改变的自由：被当作一个完整的人对待。
