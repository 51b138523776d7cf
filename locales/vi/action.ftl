# Take action: ways to help, and calling your legislators.

## Topic: ways
topic-ways-title = Những cách giúp đỡ
topic-ways-summary = Bỏ thời gian, ủng hộ các tổ chức, và lên tiếng.
action-volunteer = Làm tình nguyện viên với một mạng lưới đồng hành hoặc phản ứng nhanh. Phần lớn các mạng lưới huấn luyện trước.
action-support = Ủng hộ các tổ chức cộng đồng phục vụ người nhập cư: bỏ thời gian, góp tiền hoặc cho mượn chỗ họp.
action-legal = Ủng hộ các dịch vụ pháp lý miễn phí. Nhiều người phải ra Tòa Di Trú mà không có luật sư.
action-call = Gọi cho các dân cử tiểu bang và liên bang của quý vị. Cho họ biết quý vị là ai và quý vị xin họ làm gì.

## Topic: call
topic-call-title = Gọi cho dân cử của quý vị
topic-call-summary = Cách tìm họ, và nên nói gì.
call-find = Tìm xem ai đại diện cho quý vị: một Dân Biểu Liên Bang và hai Thượng Nghị Sĩ Liên Bang, và các dân cử tiểu bang của quý vị. Địa chỉ của quý vị cho biết đó là ai.
call-where = Tìm tên họ trong tài liệu hướng dẫn cử tri, trên trang mạng của thành phố hoặc quận, hoặc hỏi ở thư viện hay trung tâm cộng đồng.
call-office = Gọi đến văn phòng của họ. Một nhân viên văn phòng sẽ trả lời. Quý vị không cần nói lâu.
call-script-intro = Hãy nói, bằng lời của quý vị:
call-script-name = Tôi tên là ____. Tôi sống ở ____ (thành phố hoặc mã ZIP).
call-script-ask = Tôi gọi để xin ____ (tên dân cử) hãy ____ (điều quý vị muốn họ làm).
call-script-why = Việc này quan trọng với tôi vì ____.
call-script-thanks = Cám ơn. Xin cho ____ biết về cuộc gọi của tôi.
call-again = Gọi lại khi có cuộc bỏ phiếu mới. Nhờ bạn bè cũng gọi.
