# Sanctuary & support: the forms sanctuary takes, what it asks, our values.

## Topic: forms
topic-forms-title = Che chở ngày nay ra sao
topic-forms-summary = Bốn cách các hội đoàn tôn giáo và hàng xóm đứng về phía người nhập cư.
sanctuary-physical = Che chở tại chỗ (sanctuary): một hội đoàn tôn giáo cho một người ở trong nhà thờ hay nơi thờ phượng của mình. Việc này dành cho người có lệnh trục xuất cuối cùng, trong lúc khẩn cấp, sau khi đã dùng hết mọi cách pháp lý. Các hội đoàn khác giúp thức ăn, chăm sóc và lên tiếng bênh vực.
sanctuary-no-place = Từ tháng 1 năm 2025, không có nơi nào ICE không được vào: kể cả trường học, bệnh viện, phòng khám, nơi thờ phượng hay nơi tạm trú. Vào tháng 6 năm 2026, một tòa án liên bang đã hủy bỏ các chính sách năm 2025 của ICE về việc bắt người tại Tòa Di Trú, nhưng điều này có thể thay đổi khi kháng án.
sanctuary-court-order = Một phán quyết của tòa án vào tháng 2 năm 2025 chỉ bảo vệ một số ít hội đoàn tôn giáo, những hội đoàn có tên trong phán quyết đó.
sanctuary-no-promise = Che chở là sự hỗ trợ: một hành động quan tâm công khai. Đó không phải là lời hứa sẽ được an toàn.
sanctuary-accompaniment = Đồng hành: các tình nguyện viên đã được huấn luyện đi cùng một người ra tòa và đi trình diện ICE. Họ cũng giúp các gia đình sau khi người thân được thả khỏi trại giam, bằng cách đưa đón, tìm chỗ ở và các dịch vụ.
sanctuary-advocacy = Lên tiếng bênh vực: người dân xin thành phố, quận và tiểu bang của mình đặt ra luật lệ để cảnh sát địa phương tách riêng khỏi ICE.
sanctuary-rapid-response = Phản ứng nhanh: một mạng lưới hàng xóm đến thật nhanh sau một cuộc bố ráp hoặc một vụ bắt người, để chứng kiến và hỗ trợ gia đình.
sanctuary-reach = Để liên lạc với một hội đoàn tôn giáo che chở người nhập cư hoặc một mạng lưới đồng hành gần quý vị, xem "Tìm trợ giúp".

## Topic: asks
topic-asks-title = Che chở đòi hỏi những gì
topic-asks-summary = Mỗi cách che chở đòi hỏi gì ở một người và ở một hội đoàn tôn giáo.
asks-physical-person = Che chở tại chỗ đòi hỏi một người phải sống trong nhà thờ hay nơi thờ phượng của hội đoàn, dưới sự chăm sóc của hội đoàn.
asks-physical-congregation = Việc này đòi hỏi hội đoàn cùng nhau quyết định, và tiếp đón, bảo vệ và lên tiếng bênh vực, với sự giúp đỡ của các hội đoàn khác.
asks-not-ready = Một hội đoàn chưa sẵn sàng cho người ở lại vẫn có thể giúp: bằng cách tiếp đón, hỗ trợ tinh thần và lên tiếng bênh vực cho người đang được che chở.
asks-accompaniment = Đồng hành đòi hỏi tình nguyện viên đi học huấn luyện, rồi bỏ thời gian ra: đi ra tòa và đi trình diện, đưa đón, và giúp đỡ sau khi người thân được thả.
asks-rapid-response = Phản ứng nhanh đòi hỏi hàng xóm sẵn sàng đến thật nhanh, và gắn bó với những cộng đồng gặp nhiều nguy hiểm nhất.

## Topic: values
topic-values-title = Năm quyền tự do
topic-values-summary = Điều chúng ta mong muốn: một cuộc sống có phẩm giá, an toàn và được thuộc về, cho mọi người.
values-dignity = Mỗi người đều có phẩm giá và giá trị, dù giấy tờ của họ thế nào.
values-thrive = Tự do để phát triển: tự quyết định về đời sống, gia đình và tương lai của mình.
values-stay = Tự do để ở lại: được thuộc về nơi mình gọi là nhà.
values-move = Tự do để đi lại: được đi lại và được chào đón.
values-work = Tự do để làm việc: công việc an toàn, công bằng và có phẩm giá.
values-transform = Tự do để thay đổi: được đối xử như một con người trọn vẹn.
