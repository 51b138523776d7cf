# Presentation mode: slides for a trainer (draft).

present-slide = 投影片 { $slide }/{ $slides }
present-end-of-section = 本部分已結束：{ $section }

keys-first-slide = 投影片：跳到第一頁。
keys-last-slide = 投影片：跳到最後一頁。
keys-blank = 投影片：把螢幕變黑，再按一次恢復（按任何鍵也可恢復）。
keys-hide-footer = 投影片：隱藏底部的按鈕，再按一次顯示。
keys-number-slides = 投影片：按數字鍵跳到本部分該編號的主題；快速連按兩個數字可跳到第10個及以後的主題。

theme-default = 顏色：預設
theme-high-contrast = 顏色：高對比
theme-monochrome = 顏色：無顏色（黑白）

second-title = 第二語言
second-hint = 選擇一種語言，在投影片上顯示在{ $language }旁邊。
second-none = 不要：只用{ $language }
