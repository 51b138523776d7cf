# Words on the app's own screens: menus, buttons, keys and notices.

## Home menu
home-title = 您需要什么？
home-hint = 请点选一项，或按下它的编号。

## Footer buttons (the key names Esc, Enter, L, ? and Q stay as they are)
button-back = 返回
button-home = 主菜单
button-language = 语言
button-help = 按键
button-quit = 退出
button-hide = 隐藏

## Step markers in a topic. They are words, not only colours.
step-do = 要做
step-dont = 不要
step-say = 要说
step-info = 须知
say-in-english = 英文：
# Draft (issue 34): not yet checked by a community reviewer.
step-english-changed = 英文原文已更改，此译文正在更新。现在的英文是：

## The end of every topic
topic-sources = 资料来源
topic-reviewed = 核对日期：{ $date }。
# Shown instead when that date is more than 180 days ago.
topic-stale = 核对日期：{ $date }。法律和执法方式会改变：请索取本应用的更新版本。
not-legal-advice = 本内容不是法律意见。各州法律不同，也会改变。请咨询律师或经司法部（DOJ）认可的代表。

## Shown when the window is too small
enlarge = 请把这个窗口放大。

## Shown when the window is larger than the app draws (thousands of cells)
shrink = 请把这个窗口缩小，或把字体放大。

## Shown when nobody has touched the app for a while
idle-countdown = { $seconds } 秒后将重新开始。请触摸屏幕或按任意键继续使用。

## A translator's preview (--locales): what in their folder could not be read, and F5
preview-broken = { $count ->
   *[other] { $count } 条消息无法读取
}
preview-reload = 按 F5 重新读取
preview-reloaded = 已重新读取：{ $folder }

## Help: how to use the app (the ? key)
keys-title = 如何使用本应用
keys-tap = 点选一项即可打开。
keys-number = 数字键：打开该编号的一项。
# The Keys help screen puts the keys beside each of these (from the app's key table), so they name no keys.
keys-mouse-wheel = 鼠标滚轮：滚动。
keys-touch = 用手指
keys-drag = 要滚动页面，用手指向上或向下滑动。
keys-touch-back = “{ button-back }”回到上一个画面。
keys-touch-home = “{ button-home }”回到主菜单。
keys-touch-language = “{ button-language }”更换语言。
keys-touch-hide = “{ button-hide }”立即清空画面，并忘记您看过的一切。
keys-keyboard = 用键盘
keys-previous-slide = 幻灯片：退回一步。
keys-next-slide = 幻灯片：前进一步。
keys-up = 向上移动。
keys-down = 向下移动。
keys-page-up = 向上滚动一屏。
keys-page-down = 向下滚动一屏。
keys-end = 跳到最后。
keys-open = 打开。
keys-go-back = 返回。
keys-go-home = 回到主菜单。
keys-next-part = 在列表、选项和按钮之间切换。
keys-change-language = 更换语言。
keys-show-help = 显示本页。
keys-hide-all = 立即隐藏所有内容，重新开始。
keys-change-colors = 更换颜色，适合投影仪或很亮的房间。
keys-show-slides = 把一个主题做成大字幻灯片，一次一步，给一群人看。
keys-second-language = 幻灯片：从列表中选择第二种语言，显示在第一种语言旁边。
keys-close-app = 关闭本应用。

## Translation status
status-draft = 草稿：尚未经社区审阅人审阅。
status-reviewed = 已经社区审阅人审阅。
# Draft (issue 34): not yet checked by a community reviewer.
status-part-reviewed = 已有 { $percent }% 经社区审校人员核对。
status-changed = 翻译后英文有 { $count } 处改动：一并显示英文。

## Privacy & about
about-never-title = 本应用绝不会做的事
about-never-network = 它绝不连接互联网。
about-never-save = 它绝不保存您阅读或点选的内容。
about-never-ask = 它绝不询问您的姓名、住址或证件。
about-legal-title = 不是法律意见
about-translation-title = 本语言

## What the kernel enforces (Privacy & about)
about-enforced-title = 这台电脑此刻的情况
about-files-locked = 文件已锁定：本应用不能打开或写入任何文件。
about-files-open = 文件未锁定：这台电脑无法为本应用锁定文件。本应用仍然不写入任何内容。
about-network-blocked = 网络已封锁：本应用不能连接任何地方。
about-network-open = 网络未封锁：这台电脑无法为本应用封锁网络。本应用仍然绝不连接网络。

## The home menu: its sections
section-urgent-title = 立即打电话求助
section-urgent-intro = 您所在地区可以拨打的号码。
section-rights-title = 了解您的权利
section-rights-intro = 移民执法人员（ICE）来时该怎么做。
section-card-title = 红卡
section-card-intro = 隔着窗户出示这张卡，或从门缝下递出去。
section-sanctuary-title = 庇护所与支持
section-sanctuary-intro = 宗教团体和邻居如何与移民站在一起。
section-help-title = 寻求帮助
section-help-intro = 如何找到可以信任的律师和帮助。
section-action-title = 采取行动
section-action-intro = 您可以帮助邻居的方式。
section-about-title = 隐私与说明
section-about-intro = 本应用不会保留您这次使用的任何记录。

## Kiosk: the operator leaves with Ctrl-Alt-Q and a PIN
operator-pin-title = 管理员
operator-pin-prompt = 请输入管理员 PIN，然后按 Enter。按 Esc 关闭此处。
operator-pin-wrong = PIN 不正确。请等 { $seconds } 秒再试。
operator-pin-starting = 这台自助机刚刚启动。请等 { $seconds } 秒，再输入 PIN。
operator-pin-none = 这台自助机没有设置退出 PIN。要关闭它，请停止它的服务。

## Presentation mode (P) for trainers
button-present = 演示
button-end-presenting = 结束演示
button-previous = 上一页
button-next = 下一页
button-second-language = 第二语言

## Punctuation
punctuation-label = { $label }：{ $value }
punctuation-list = 、

## 立即打电话求助（主菜单第一行，按键 0）
urgent-local = 在{ $place }要报告 ICE 或寻求帮助，请拨打：
urgent-none = 本应用还没有{ $place }的热线。请拨打下面的全国热线，或到“寻求帮助”里查找。
urgent-national = 全美国：
urgent-scan = 用手机扫描，即可拨打电话：
urgent-more = 更多可以打电话询问的地方：“寻求帮助”。
# Find help's Place chooser: a list you can type into or tap.
directory-place-hint = 输入地名，或直接点选。
place-question = 您在哪里？
button-find-help = 寻求帮助
