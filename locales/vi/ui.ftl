# Words on the app's own screens: menus, buttons, keys and notices.

## Home menu
home-title = Quý vị cần gì?
home-hint = Chạm vào một mục, hoặc bấm số của mục đó.

## Footer buttons (the key names Esc, Enter, L, ? and Q stay as they are)
button-back = Trở lại
# The footer button that goes to the main menu (the Home key).
button-home = Trang chính
button-language = Ngôn ngữ
button-help = Phím
button-quit = Thoát
button-hide = Ẩn

## Step markers in a topic. They are words, not only colours.
step-do = Nên làm
step-dont = Không nên
step-say = Nói
step-info = Cần biết
say-in-english = Bằng tiếng Anh:
step-english-changed = Bản tiếng Anh đã thay đổi; bản dịch này đang được cập nhật. Bản tiếng Anh bây giờ nói:

## The end of every topic
topic-sources = Nguồn
topic-reviewed = Kiểm tra ngày { $date }.
# Shown instead when that date is more than 180 days ago.
topic-stale = Kiểm tra ngày { $date }. Luật lệ và cách thi hành có thay đổi: hãy xin bản mới hơn của ứng dụng này.
not-legal-advice = Đây không phải là lời khuyên pháp lý. Luật mỗi tiểu bang mỗi khác và có thay đổi. Hãy nói chuyện với luật sư hoặc người đại diện được Bộ Tư pháp (DOJ) công nhận.

## Shown when the window is too small
enlarge = Xin làm cửa sổ này lớn hơn.

## Shown when the window is larger than the app draws (thousands of cells)
shrink = Xin làm cửa sổ này nhỏ lại, hoặc làm chữ lớn hơn.

## Shown when nobody has touched the app for a while
idle-countdown = Bắt đầu lại sau { $seconds } giây. Chạm vào màn hình hoặc bấm một phím để ở lại.

## A translator's preview (--locales): what in their folder could not be read, and F5
# `[1]` rather than `[one]`: a copy in a language without plural forms still reads right.
preview-broken = { $count ->
    [1] 1 thông điệp không đọc được
   *[other] { $count } thông điệp không đọc được
}
preview-reload = F5 đọc lại
preview-reloaded = Đã đọc lại: { $folder }

## Help: how to use the app (the ? key)
keys-title = Cách dùng ứng dụng này
keys-tap = Chạm hoặc bấm chuột vào một mục để mở.
keys-number = Một phím số: mở mục đó.
# The Keys help screen puts the keys beside each of these (from the app's key table), so they name no keys.
keys-mouse-wheel = Bánh xe chuột: cuộn.
# The Keys page on a kiosk: what a finger can do, before the keyboard. The { button-… } are the footer buttons' own names.
keys-touch = Bằng ngón tay
keys-drag = Để cuộn, kéo ngón tay lên hoặc xuống.
keys-touch-back = “{ button-back }” trở lại một màn hình.
keys-touch-home = “{ button-home }” về trang chính.
keys-touch-language = “{ button-language }” đổi ngôn ngữ.
keys-touch-hide = “{ button-hide }” xóa màn hình ngay và quên hết những gì quý vị đã xem.
keys-keyboard = Bằng bàn phím
keys-previous-slide = Khi trình chiếu: lùi lại một bước.
keys-next-slide = Khi trình chiếu: tới một bước.
keys-up = Lên.
keys-down = Xuống.
keys-page-up = Cuộn lên một màn hình.
keys-page-down = Cuộn xuống một màn hình.
keys-end = Đến cuối.
keys-open = Mở.
keys-go-back = Trở lại.
keys-go-home = Về trang chính.
keys-next-part = Chuyển giữa danh sách, các lựa chọn và các nút.
keys-change-language = Đổi ngôn ngữ.
keys-show-help = Xem trang này.
keys-hide-all = Ẩn hết ngay lập tức và bắt đầu lại.
keys-change-colors = Đổi màu, cho máy chiếu hoặc phòng sáng.
keys-show-slides = Trình chiếu một đề tài thành trang lớn, từng bước một, cho một nhóm người.
keys-second-language = Khi trình chiếu: chọn ngôn ngữ thứ hai từ danh sách, hiện bên cạnh ngôn ngữ thứ nhất.
keys-close-app = Đóng ứng dụng.

## Translation status
status-draft = Bản nháp: chưa có người trong cộng đồng đọc lại.
status-reviewed = Đã có người trong cộng đồng đọc lại.
status-part-reviewed = Người trong cộng đồng đã đọc lại { $percent }%.
status-changed = { $count } câu đã thay đổi trong bản tiếng Anh từ khi dịch: bản tiếng Anh được hiện kèm theo.

## Privacy & about
about-never-title = Những điều ứng dụng này không bao giờ làm
about-never-network = Không bao giờ kết nối với internet.
about-never-save = Không bao giờ lưu những gì quý vị đọc hoặc chạm vào.
about-never-ask = Không bao giờ hỏi tên, địa chỉ hay giấy tờ của quý vị.
about-legal-title = Không phải lời khuyên pháp lý
about-translation-title = Ngôn ngữ này

## What the kernel enforces (Privacy & about)
about-enforced-title = Trên máy tính này, ngay lúc này
about-files-locked = Các tập tin đã bị khóa: ứng dụng này không thể mở hay ghi tập tin nào.
about-files-open = Các tập tin không bị khóa: máy tính này không khóa được chúng cho ứng dụng. Ứng dụng vẫn không ghi gì cả.
about-network-blocked = Mạng đã bị chặn: ứng dụng này không thể kết nối với bất cứ nơi nào.
about-network-open = Mạng không bị chặn: máy tính này không chặn được mạng cho ứng dụng. Ứng dụng vẫn không bao giờ kết nối.

## The home menu: its sections
section-urgent-title = Gọi xin giúp ngay
section-urgent-intro = Một số điện thoại để gọi, cho nơi quý vị đang ở.
section-rights-title = Biết quyền của quý vị
section-rights-intro = Phải làm gì khi nhân viên di trú (ICE) đến.
section-card-title = Thẻ đỏ
section-card-intro = Đưa thẻ này cho họ xem qua cửa sổ, hoặc nhét qua khe dưới cửa.
section-sanctuary-title = Che chở và hỗ trợ
section-sanctuary-intro = Cách các hội đoàn tôn giáo và hàng xóm đứng về phía người nhập cư.
section-help-title = Tìm trợ giúp
section-help-intro = Cách tìm luật sư và sự giúp đỡ đáng tin cậy.
section-action-title = Hành động
section-action-intro = Những cách quý vị có thể giúp hàng xóm.
section-about-title = Riêng tư và giới thiệu
section-about-intro = Ứng dụng này không giữ lại gì về lần quý vị ghé qua.

## Kiosk: the operator leaves with Ctrl-Alt-Q and a PIN
operator-pin-title = Người quản lý máy
operator-pin-prompt = Gõ mã PIN của người quản lý, rồi bấm Enter. Esc để đóng.
operator-pin-wrong = Sai mã PIN. Đợi { $seconds } giây, rồi thử lại.
operator-pin-starting = Máy vừa mới khởi động. Đợi { $seconds } giây, rồi gõ mã PIN.
operator-pin-none = Máy này không có mã PIN để thoát. Muốn đóng, hãy tắt dịch vụ của máy.

## Presentation mode (P) for trainers
button-present = Trình chiếu
button-end-presenting = Ngưng trình chiếu
button-previous = Trước
button-next = Tiếp
button-second-language = Ngôn ngữ 2

## Punctuation (write your language's own)
# A label and what follows it, as in "Website: imirj.org". Chinese uses "：", Khmer "៖".
punctuation-label = { $label }: { $value }
# Between the items of a short list, as in "Oregon, Nationwide". Keep the quotes to keep a space.
punctuation-list = {", "}

## Call for help now (the first row of the home menu, key 0)
urgent-local = Để báo cáo hoạt động của ICE hoặc xin giúp ở { $place }, hãy gọi:
urgent-none = Ứng dụng này chưa có đường dây nóng cho { $place }. Hãy gọi một đường dây toàn quốc bên dưới, hoặc xem "Tìm trợ giúp".
urgent-national = Trên toàn quốc:
urgent-scan = Quét bằng điện thoại của quý vị để gọi:
urgent-more = Thêm nơi để gọi và hỏi: "Tìm trợ giúp".
# Find help's Place chooser: a list you can type into or tap.
directory-place-hint = Gõ tên một nơi, hoặc chạm vào nơi đó.
# The title of the place chooser: asked once a visit before Call for help
# now and Find help when no place is set.
place-question = Quý vị đang ở đâu?

# A topic that points to Find help gets a button for it (keep it the same as section-help-title).
button-find-help = Tìm trợ giúp
