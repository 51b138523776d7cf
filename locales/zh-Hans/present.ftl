# Presentation mode: slides for a trainer (draft).

present-slide = 幻灯片 { $slide }/{ $slides }
present-end-of-section = 本部分已结束：{ $section }

keys-first-slide = 幻灯片：跳到第一页。
keys-last-slide = 幻灯片：跳到最后一页。
keys-blank = 幻灯片：把屏幕变黑，再按一次恢复（按任意键也可恢复）。
keys-hide-footer = 幻灯片：隐藏底部的按钮，再按一次显示。
keys-number-slides = 幻灯片：按数字键跳到本部分该编号的主题；快速连按两个数字可跳到第10个及以后的主题。

theme-default = 颜色：默认
theme-high-contrast = 颜色：高对比度
theme-monochrome = 颜色：无颜色（黑白）

second-title = 第二语言
second-hint = 选择一种语言，在幻灯片上显示在{ $language }旁边。
second-none = 不要：只用{ $language }
