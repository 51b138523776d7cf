# Find help: how to find legal help you can trust.

## Topic: lawyer
topic-lawyer-title = Tìm luật sư đáng tin cậy
topic-lawyer-summary = Ai được cho lời khuyên pháp lý, và cách tìm trợ giúp miễn phí.
help-who-can-advise = Chỉ luật sư hoặc người đại diện được Bộ Tư pháp (DOJ) công nhận mới được cho quý vị lời khuyên pháp lý.
help-no-notario = Đừng trả tiền cho "notario" hay đại lý du lịch để được giúp về di trú. Họ không phải là luật sư.
help-no-free-lawyer = Ở Tòa Di Trú, chính phủ không cho quý vị luật sư miễn phí. Các tổ chức bất vụ lợi có thể giúp miễn phí hoặc với giá thấp.
help-directory = Để tìm trợ giúp pháp lý miễn phí hoặc giá thấp theo mã ZIP, hãy dùng danh bạ của Immigration Advocates Network: immigrationadvocates.org/legaldirectory
help-memorise = Học thuộc lòng số điện thoại của một luật sư hoặc một người trong gia đình.
