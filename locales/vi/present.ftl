# Presentation mode: slides for a trainer projecting the app to a room.

## The header's counter shows the section's title, the topic's place in it,
## then this ("Know your rights · 2/9 · slide 3/12"); a narrow screen shows only this.
present-slide = trang { $slide }/{ $slides }
# Page Down after the section's last slide: there is no next one.
present-end-of-section = Hết phần: { $section }

## The Keys help screen (the key names are shown beside these)
keys-first-slide = Khi trình chiếu: đến trang đầu tiên.
keys-last-slide = Khi trình chiếu: đến trang cuối cùng.
keys-blank = Khi trình chiếu: làm màn hình đen, rồi hiện lại (bấm phím nào cũng hiện lại).
keys-hide-footer = Khi trình chiếu: ẩn các nút ở dưới cùng, rồi hiện lại.
keys-number-slides = Khi trình chiếu: một phím số đưa đến đề tài đó của phần này; bấm nhanh hai số liền nhau để đến đề tài thứ 10 trở đi.

## Shown for a moment after T changes the colors
theme-default = Màu: mặc định
theme-high-contrast = Màu: tương phản cao
theme-monochrome = Màu: không màu (trắng đen)

## The list of second languages for slides (the S key). $language is the
## language being read, in its own name.
second-title = Ngôn ngữ thứ hai
second-hint = Chọn một ngôn ngữ để hiện bên cạnh { $language } trên các trang trình chiếu.
second-none = Không có: chỉ { $language }
