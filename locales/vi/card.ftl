# The red card: the holder's side, in the reader's language.
# (The officer's side is always English: locales/en/card-officer.ftl.)
card-holder-title = Cho quý vị
card-holder-door = Đừng mở cửa.
card-holder-show = Đưa thẻ này cho họ xem qua cửa sổ, hoặc nhét qua khe dưới cửa.
card-holder-silent = Đừng trả lời câu hỏi. Quý vị có quyền giữ im lặng.
card-holder-sign = Đừng ký bất cứ giấy gì.

# What the officer's side (card-officer.ftl) says, in the holder's language: shown under
# the holder's side so the holder knows what they hand over. Translate the meaning exactly;
# a test keeps the English the same as the officer's side.
card-says-title = Điều tấm thẻ nói với nhân viên
card-says-silent = Tôi chọn giữ im lặng. Tôi sẽ không trả lời câu hỏi của quý vị. (Tu Chính Án thứ 5)
card-says-enter = Tôi không đồng ý cho quý vị vào nhà tôi, trừ khi quý vị có trát tòa do thẩm phán ký, có ghi tên tôi. Xin nhét trát qua khe dưới cửa. (Tu Chính Án thứ 4)
card-says-search = Tôi không đồng ý cho khám xét người tôi hoặc đồ đạc của tôi.
card-says-sign = Tôi sẽ không ký bất cứ giấy gì khi không có luật sư của tôi.
card-says-lawyer = Tôi muốn nói chuyện với luật sư.
card-print = In thẻ này bằng ngôn ngữ của quý vị: quét mã, hoặc vào địa chỉ trang mạng.
