# Know your rights: what to do, step by step.
# Short sentences. One action per step. The same word for the same thing
# everywhere (see glossary.md in this folder).
# Steps that carry a date rest on a policy that changes: keep the date in
# every language.

## Steps used in several topics (one sentence, the same everywhere)
say-free-to-go = Tôi có được phép đi không?
say-silent = Tôi chọn giữ im lặng.
say-no-search = Tôi không đồng ý cho khám xét.
say-lawyer = Tôi muốn nói chuyện với luật sư.
dont-lie = Đừng nói dối. Không bao giờ đưa giấy tờ giả.
dont-sign = Đừng ký bất cứ giấy gì trước khi nói chuyện với luật sư.
dont-run = Đừng chạy và đừng chống cự.
proof-two-years = Hãy mang theo bản sao, không bao giờ mang bản chính, của giấy tờ cho thấy quý vị đã sống ở Hoa Kỳ từ hai năm trở lên: hợp đồng thuê nhà, hóa đơn, cuống lương, giấy tờ của trường học hoặc bác sĩ.

## Documents to carry, since the registration rule (street, car, work)
carry-registered = Luật nói rằng người không phải công dân Hoa Kỳ, từ 18 tuổi trở lên và đã đăng ký với chính phủ, phải luôn mang theo giấy tờ chứng minh việc đăng ký. Từ ngày 11 tháng 4 năm 2025, chính phủ thi hành luật này bằng một quy định mới. Không mang theo giấy tờ này là phạm tội.
carry-who = Quý vị đã đăng ký nếu quý vị có, ví dụ, thẻ xanh, giấy phép làm việc, I-94 (kể cả I-94 đã hết hạn, và I-94 mà người có diện tạm dung "parole" nhận được) hoặc Giấy Triệu Tập Ra Tòa ("Notice to Appear"). Nếu chỉ mới nộp đơn xin tị nạn, TPS hoặc DACA thì có thể chưa đủ: hãy hỏi luật sư.
carry-proof = Nếu quý vị có giấy tờ chứng minh như vậy, hãy luôn mang theo trong người.
carry-show = Nếu quý vị không phải công dân Hoa Kỳ và nhân viên di trú hỏi giấy tờ di trú của quý vị, hãy đưa những giấy tờ quý vị đang mang theo.
carry-no-foreign = Nếu quý vị không có giấy tờ chứng minh như vậy, đừng mang theo giấy tờ của nước khác, như hộ chiếu nước ngoài.
carry-never-registered = Nếu quý vị chưa bao giờ đăng ký, hãy nói chuyện với luật sư trước khi quyết định có đăng ký hay không. Cả hai cách đều có thể nguy hiểm. Có người đã bị truy tố tội hình sự vì không đăng ký.
carry-silent = Quý vị vẫn có quyền giữ im lặng về nơi quý vị sinh ra, tình trạng di trú của quý vị và cách quý vị vào Hoa Kỳ. Ở biên giới và phi trường, và với du khách, có những quy định khác.
carry-citizens = Công dân Hoa Kỳ không bắt buộc phải mang theo giấy tờ chứng minh quốc tịch. Nhưng nhân viên di trú đã từng giữ công dân Hoa Kỳ, nên quý vị có thể muốn mang theo.

## Stops on the street, in a car, at work (since September 2025)
stops-profiling = Vào tháng 9 năm 2025, Tối Cao Pháp Viện cho phép nhân viên di trú ở vùng Los Angeles chặn người lại vì nhiều điều cộng lại: ngoại hình, ngôn ngữ người đó nói, nơi chốn (tiệm rửa xe, trạm xe buýt, nơi người làm công nhật đứng chờ việc) và công việc của họ, trong khi một vụ kiện vẫn đang tiếp tục.
stops-leaving = Vào tháng 1 năm 2026, ICE nói với nhân viên của họ rằng họ có thể bắt một người mà không có trát, nếu họ tin rằng người đó ở Hoa Kỳ bất hợp pháp và có thể bỏ đi trước khi xin được trát. Tòa án ở Oregon, Colorado và Washington, D.C. đã giới hạn việc này. Bỏ chạy hoặc lái xe bỏ đi có thể bị dùng làm lý do để bắt quý vị.
stops-local-police = Ở nhiều nơi, cảnh sát địa phương và cảnh sát quận (sheriff) làm việc với ICE (thỏa thuận "287(g)"). Đến tháng 2 năm 2026, hơn 1 ngàn sở cảnh sát và văn phòng sheriff đã có nhân viên được huấn luyện để làm việc với ICE. Bị cảnh sát địa phương chặn lại, dù chỉ vì vé phạt giao thông, cũng có thể dẫn đến ICE.

## Removal to another country (arrest and final-order topics)
third-country = Từ tháng 6 năm 2025, nếu nước của một người không nhận họ về, ICE có thể đưa họ sang một nước khác, một nước mà họ chưa bao giờ sống. Vào tháng 7 năm 2025, một số người đàn ông từ Lào và Việt Nam đã bị đưa sang Eswatini, ở châu Phi.
third-country-fear = Nếu ICE nói sẽ đưa quý vị sang một nước khác, hãy nói ngay rằng quý vị sợ bị hại ở nước đó. Sau đó gọi luật sư của quý vị.
third-country-say = Tôi sợ tôi sẽ bị hại ở nước đó.
third-country-protected = Từ tháng 2 năm 2025, ICE đã bảo nhân viên của họ cân nhắc việc giam giữ lại, vào những lần trình diện, những người đã được "withholding of removal" hoặc được bảo vệ theo Công ước Chống Tra tấn (CAT), để đưa họ sang một nước khác.

## Topic: door
topic-door-title = ICE đến cửa nhà
topic-door-summary = Đóng cửa. Nói "Tôi không đồng ý". Nói chuyện với luật sư.
door-dont-open = Đừng mở cửa.
door-talk-through = Nói chuyện qua cửa đóng. Hỏi họ là ai và tại sao họ đến đây.
door-judge-warrant = Quý vị không phải mở cửa, trừ khi họ có trát tòa do thẩm phán ký, có ghi tên một người sống ở đây hoặc ghi địa chỉ này.
door-say-slide-warrant = Xin nhét trát qua khe dưới cửa, hoặc giơ lên cửa sổ.
door-check-warrant = Đọc trát, hoặc nhờ người khác đọc cho quý vị. Tìm tên của một tòa án liên bang hoặc tiểu bang, chữ ký của thẩm phán, và tên hoặc địa chỉ của quý vị.
door-not-immigration-judge = Giấy tờ của Tòa Di Trú, do thẩm phán di trú ký, không phải là trát tòa do thẩm phán ký. Chỉ thẩm phán của tòa án liên bang hoặc tiểu bang mới ký loại trát đó.
door-ice-warrant = Trát của ICE (mẫu I-200 hoặc I-205) do nhân viên di trú ký, không phải thẩm phán. Luật sư nói trát này không cho phép nhân viên ICE vào nhà nếu quý vị không đồng ý.
door-i205-claim = Từ tháng 5 năm 2025, ICE nói rằng trát I-205 cho phép nhân viên ICE phá cửa vào nhà của người có lệnh trục xuất cuối cùng. Luật sư nói điều này vi phạm Hiến Pháp, và việc này đang bị kiện ra tòa. Nhân viên ICE đã làm như vậy rồi.
door-say-no-consent = Tôi không đồng ý cho quý vị vào nhà hoặc khám xét.
door-tricks = Nhân viên ICE đôi khi nói họ là "cảnh sát", hoặc đưa ra lý do khác để vào nhà. Hãy giữ cửa đóng.
door-forced = Nếu họ phá cửa hoặc vẫn cứ vào, đừng chống cự và đừng chạy.
door-stay-silent = Giữ im lặng. Quý vị không phải trả lời câu hỏi của họ.
door-write-down = Sau đó, ghi lại những gì đã xảy ra: giờ giấc, tên và số phù hiệu của nhân viên, và ai đã chứng kiến.
door-final-order = Nếu quý vị hoặc người sống chung với quý vị có lệnh trục xuất cuối cùng, hoặc quý vị không chắc, hãy nói chuyện với luật sư ngay bây giờ. Đừng đợi ICE đến.
door-get-help = Gọi luật sư hoặc đường dây nóng phản ứng nhanh. Xem "Tìm trợ giúp".

## Topic: street
topic-street-title = Bị chặn lại trên đường
topic-street-summary = Giữ bình tĩnh. Giữ im lặng. Hỏi "Tôi có được phép đi không?"
street-silent = Quý vị có quyền giữ im lặng. Quý vị không phải nói mình sinh ra ở đâu, tình trạng di trú của mình, hay quý vị vào Hoa Kỳ bằng cách nào.
street-walk-away = Nếu nhân viên nói có, hãy bình tĩnh bước đi.
street-detained = Nếu nhân viên nói không, hãy giữ bình tĩnh. Giữ im lặng và xin gặp luật sư.
street-search = Quý vị không phải đồng ý cho khám xét người hoặc đồ đạc của quý vị. Nhân viên có thể vỗ nắn bên ngoài quần áo để tìm vũ khí.
street-dont-run = Đừng chạy. Đừng chống cự hoặc đụng vào nhân viên, ngay cả khi quý vị nghĩ quyền của mình đang bị vi phạm.
street-name = Một số tiểu bang bắt buộc quý vị phải nói tên khi cảnh sát chặn lại. Điều này tùy theo tiểu bang của quý vị.
street-badge = Hỏi tên và số phù hiệu của nhân viên. Sau đó ghi lại.
street-record = Thường thì quý vị được quay phim nhân viên ở nơi công cộng từ xa, nếu quý vị không cản trở họ. Quy định về việc thu âm khác nhau tùy tiểu bang.
record-safety = Từ năm 2025, nhân viên di trú đã bắt những người quay phim họ. Hãy giữ khoảng cách. Đừng đụng vào nhân viên. Đừng đi theo nhân viên hoặc xe của họ.

## Topic: car
topic-car-title = Bị chặn lại khi đang lái xe
topic-car-summary = Người lái xe đưa bằng lái, giấy đăng ký xe và bảo hiểm. Người ngồi trên xe có thể giữ im lặng.
car-driver = Nếu quý vị là người lái xe, hãy đưa bằng lái xe, giấy đăng ký xe và giấy bảo hiểm khi được hỏi.
car-search = Quý vị không phải đồng ý cho khám xét xe. Cảnh sát có lý do chính đáng để tin rằng họ sẽ tìm thấy bằng chứng ("probable cause") thì vẫn có thể khám xét.
car-passenger-silent = Nếu quý vị là người ngồi trên xe, quý vị có thể giữ im lặng. Quý vị không phải nói mình sinh ra ở đâu, tình trạng di trú của mình, hay quý vị vào Hoa Kỳ bằng cách nào.

## Topic: work
topic-work-title = ICE đến nơi làm việc
topic-work-summary = Giữ bình tĩnh. Đừng chạy. Giữ im lặng.
work-warrant = Nhân viên ICE chỉ được vào những khu vực không mở cho công chúng khi có trát tòa do thẩm phán ký, hoặc khi chủ của quý vị đồng ý.
work-dont-run = Đừng chạy. Giữ bình tĩnh.
work-silent = Giữ im lặng. Xin gặp luật sư.

## Topic: detained
topic-detained-title = Nếu quý vị bị bắt
topic-detained-summary = Giữ im lặng. Xin gặp luật sư. Không ký gì cả.
detained-dont-sign = Đừng ký bất cứ giấy gì trước khi nói chuyện với luật sư. Cẩn thận nhất với giấy tờ có ghi "voluntary departure" (tự nguyện rời khỏi Hoa Kỳ) hoặc "stipulated removal" (đồng ý để bị trục xuất).
detained-interpreter = Nếu quý vị không hiểu, hãy xin thông dịch viên.
detained-consulate = Quý vị có thể xin liên lạc với tòa lãnh sự của nước mình.
detained-tell = Hãy cho nhân viên biết nếu quý vị đang chăm sóc con nhỏ, nếu quý vị có bệnh, hoặc nếu quý vị sợ phải trở về nước mình.
detained-expedited = Một số người có thể bị trục xuất nhanh, do nhân viên di trú quyết định, không qua thẩm phán ("expedited removal"). Xem "Trục xuất cấp tốc" trong "Biết quyền của quý vị".
detained-no-free-lawyer = Ở Tòa Di Trú, chính phủ không cho quý vị luật sư miễn phí. Các tổ chức bất vụ lợi và những người đại diện được Bộ Tư pháp (DOJ) công nhận có thể giúp miễn phí hoặc với giá thấp.
detained-locator = Gia đình có thể tìm quý vị bằng ICE Online Detainee Locator. Họ cần số A (A-number) của quý vị và nước nơi quý vị sinh ra.
detained-a-number = Hãy ghi số A của quý vị ngay bây giờ và đưa cho gia đình, trước khi có chuyện xảy ra.
detained-bond = Từ tháng 9 năm 2025, nhiều người bị ICE bắt bị giam mà không được đóng tiền thế chân. Hãy gọi luật sư ngay. Xem "Tiền thế chân và được thả" trong "Biết quyền của quý vị".

## Topic: bond
topic-bond-title = Tiền thế chân và được thả
topic-bond-summary = Từ tháng 9 năm 2025, nhiều người bị ICE bắt bị giam mà không được đóng tiền thế chân. Hãy gọi luật sư ngay.
bond-what = Tiền thế chân (bond) là tiền đóng để người bị ICE giam có thể về nhà trong khi hồ sơ của họ vẫn tiếp tục.
bond-no-bond = Từ tháng 9 năm 2025, chính phủ nói rằng người vào Hoa Kỳ mà không qua kiểm tra thì không được đóng tiền thế chân, dù họ đã sống ở đây bao lâu. Một số thẩm phán di trú vẫn từ chối mở phiên xét tiền thế chân. Vì vậy quý vị có thể bị giam mà không được đóng tiền thế chân.
bond-courts-split = Các tòa án liên bang không đồng ý với nhau về việc này. Một người có được phiên xét tiền thế chân hay không là tùy theo nơi họ bị giam. Vào tháng 6 năm 2026, chính phủ đã xin Tối Cao Pháp Viện quyết định.
bond-call-lawyer = Hãy gọi luật sư ngay. Đừng đợi đến phiên xét tiền thế chân.
bond-habeas = Luật sư có thể xin tòa án liên bang ra lệnh thả quý vị hoặc cho quý vị một phiên xét tiền thế chân ("habeas corpus"). Trong năm 2026, các thẩm phán liên bang đã chấp thuận nhiều đơn xin như vậy.
bond-ninety-days = Vào tháng 7 năm 2026, tòa kháng án phụ trách Texas, Louisiana và Mississippi phán quyết rằng người bị giam ở đó phải được phiên xét tiền thế chân trong vòng 90 ngày. Điều này có thể thay đổi.
bond-transfer = ICE có thể chuyển một người đến trại giam ở tiểu bang khác, thường là rất xa. Việc này có thể làm thay đổi khả năng được thả.
bond-family = Gia đình quý vị nên giữ số điện thoại của luật sư và số A của quý vị.

## Topic: court
topic-court-title = Trình diện ICE và ra tòa
topic-court-summary = Luôn luôn đi. Đừng đi một mình. Nói chuyện với luật sư trước.
court-never-miss = Luôn luôn đi ra tòa, đúng giờ. Nếu quý vị vắng mặt, thẩm phán có thể ra lệnh trục xuất quý vị khi quý vị không có mặt.
court-arrests = Từ tháng 5 năm 2025, ICE đã bắt người tại các Tòa Di Trú trên khắp nước. Thường thì trước đó luật sư của chính phủ xin thẩm phán hủy hồ sơ. Sau đó nhân viên ICE bắt người đó để trục xuất nhanh ("expedited removal").
court-ruling = Ngày 23 tháng 6 năm 2026, một tòa án liên bang đã hủy bỏ các chính sách năm 2025 của ICE về việc bắt người tại Tòa Di Trú, cho cả nước. Điều này có thể thay đổi khi kháng án. Phán quyết này không áp dụng cho các văn phòng ICE nơi người ta đi trình diện, nơi ICE đã bắt người.
court-status-ended = Nếu TPS hoặc diện tạm dung (parole) của quý vị đã chấm dứt, hãy gặp luật sư trước phiên tòa hoặc lần trình diện. Quý vị có thể bị giam mà không được đóng tiền thế chân. Xem "TPS hoặc parole đã chấm dứt" trong "Biết quyền của quý vị".
court-lawyer-first = Hãy nói chuyện với luật sư trước phiên tòa hoặc trước lần trình diện ICE.
court-go-with = Nếu được, hãy đi cùng luật sư, cùng một tình nguyện viên đồng hành, và cùng một người biết số A của quý vị.
court-tell-family = Cho một người trong gia đình biết quý vị đi đâu, và khi nào quý vị sẽ về.
court-dismiss = Nếu luật sư của chính phủ xin thẩm phán hủy hồ sơ của quý vị, quý vị có thể xin thẩm phán cho thời gian để trả lời bằng văn bản.
court-say-time = Tôi xin thời gian để trả lời bằng văn bản đơn xin hủy hồ sơ.
court-missed = Nếu quý vị đã vắng mặt trong một phiên tòa, hãy gặp luật sư ngay. Lệnh trục xuất được ra khi quý vị không có mặt đôi khi có thể được mở lại.
court-appeal = Nếu thẩm phán di trú quyết định không có lợi cho quý vị, quý vị có 30 ngày để kháng cáo lên Hội Đồng Kháng Cáo Di Trú (Board of Immigration Appeals).

## Topic: expedited
topic-expedited-title = Trục xuất cấp tốc
topic-expedited-summary = "Expedited removal": đó là gì, và cách chuẩn bị.
expedited-what = "Expedited removal" là trục xuất cấp tốc. Nhân viên di trú ra lệnh, không qua thẩm phán.
expedited-who = Cách này có thể áp dụng cho người vào Hoa Kỳ mà không qua kiểm tra và không chứng minh được rằng họ đã ở Hoa Kỳ từ hai năm trở lên.
expedited-where = Từ tháng 1 năm 2025, ICE áp dụng cách này ở bất cứ nơi nào tại Hoa Kỳ, không chỉ gần biên giới. Một tòa án đã ngưng việc này vào tháng 8 năm 2025. Một tòa kháng án đã cho ICE áp dụng lại vào ngày 23 tháng 6 năm 2026.
expedited-fear = Nếu quý vị sợ phải trở về nước mình, hãy nói rõ ràng, ngay lập tức.
expedited-say-fear = Tôi sợ phải trở về nước tôi.
expedited-parole = Nếu quý vị vào Hoa Kỳ theo diện tạm dung (parole) và diện tạm dung đã chấm dứt, hãy gặp luật sư ngay. Quý vị có thể bị giam mà không được đóng tiền thế chân.
expedited-lawyer = Hãy hỏi luật sư xem quý vị có thể bị trục xuất cấp tốc hay không.

## Topic: final-order
topic-final-order-title = Lệnh trục xuất cuối cùng hoặc tiền án cũ
topic-final-order-summary = Dành cho người từng tị nạn từ Campuchia, Lào và Việt Nam, và bất cứ ai có lệnh trục xuất cuối cùng.
final-order-who = Khoảng 15 ngàn người Mỹ gốc Đông Nam Á có lệnh trục xuất cuối cùng. Nhiều người đến đây theo diện tị nạn và bị mất thẻ xanh vì một tiền án cũ.
final-order-supervision = Nhiều người sống nhiều năm theo lệnh giám sát ("order of supervision"), và đi trình diện ICE.
final-order-i205 = Từ tháng 5 năm 2025, ICE nói rằng trát I-205 cho phép nhân viên ICE phá cửa vào nhà của người có lệnh trục xuất cuối cùng. Các luật sư đang kiện việc này ra tòa. Dù vậy: đừng mở cửa, và nói "Tôi không đồng ý".
final-order-travel = Campuchia và Việt Nam nhận lại những người bị Hoa Kỳ trục xuất. Từ năm 2025, Lào cấp cho ICE nhiều giấy thông hành hơn trước rất nhiều.
final-order-lawyer = Hãy nói chuyện với luật sư trước lần trình diện tới.
final-order-accompany = Hãy đi trình diện cùng một tình nguyện viên đồng hành.
final-order-family = Cho gia đình biết khi nào quý vị đi trình diện, và khi nào quý vị sẽ về.
final-order-papers = Đưa bản sao lệnh giám sát và số A của quý vị cho một người quý vị tin cậy.
final-order-relief = Hãy hỏi luật sư về những cách để được ở lại: thay đổi hoặc xóa một tiền án cũ ("post-conviction relief"), ân xá ("pardon"), hoặc mở lại hồ sơ của quý vị (đơn xin mở lại hồ sơ, "motion to reopen").
final-order-long-detention = Nếu ICE giam quý vị lâu, thường là hơn sáu tháng, và nước của quý vị không nhận quý vị về, luật sư có thể xin cho quý vị được thả.
final-order-help = Để được giúp: các tài liệu hướng dẫn của SEARAC, MN8, Asian Law Caucus, và các đường dây trợ giúp pháp lý bằng tiếng Khmer và tiếng Việt. Xem "Tìm trợ giúp".

## Topic: status (TPS or parole that ended; leaving the U.S.)
topic-status-title = TPS hoặc parole đã chấm dứt
topic-status-summary = Hãy gặp luật sư ngay. Đừng rời Hoa Kỳ hoặc dùng ứng dụng CBP Home trước khi nói chuyện với luật sư.
status-tps = Từ năm 2025, chính phủ đã có những bước để chấm dứt TPS cho người từ nhiều nước, trong đó có Venezuela, Honduras, Nicaragua, Nepal, Haiti, Syria, Miến Điện, Nam Sudan, Cameroon và Afghanistan. Vào tháng 6 năm 2026, Tối Cao Pháp Viện phán quyết rằng các tòa án phần lớn không thể ngăn các quyết định này.
status-chnv = Diện tạm dung (parole) cho người từ Cuba, Haiti, Nicaragua và Venezuela (chương trình "CHNV") đã chấm dứt vào năm 2025.
status-lawyer = Nếu TPS hoặc diện tạm dung (parole) của quý vị đã chấm dứt, hoặc sắp chấm dứt, hãy gặp luật sư ngay.
status-no-bond = ICE có thể bắt quý vị và giam quý vị mà không cho đóng tiền thế chân.
status-cbp-home = Từ tháng 5 năm 2025, chính phủ trả tiền cho những người rời Hoa Kỳ qua ứng dụng "CBP Home". Đây không phải là "voluntary departure".
status-cbp-home-lawyer = Đừng dùng ứng dụng CBP Home, và đừng đồng ý rời đi, trước khi nói chuyện với luật sư.
status-leave-final-order = Nếu quý vị có lệnh trục xuất cuối cùng, việc rời Hoa Kỳ thường được tính là bị trục xuất. Quý vị có thể không được phép trở lại trong nhiều năm.
status-leave-asylum = Nếu hồ sơ xin tị nạn của quý vị vẫn còn đang xét, việc rời Hoa Kỳ thường được coi là bỏ hồ sơ.

## Topic: plan
topic-plan-title = Lập kế hoạch cho gia đình
topic-plan-summary = Chuẩn bị ngay bây giờ, để gia đình sẵn sàng.
plan-memorise = Học thuộc lòng ít nhất một số điện thoại: của người trong gia đình, của luật sư hoặc của đường dây nóng.
plan-caregiver = Quyết định ai sẽ chăm sóc con quý vị nếu quý vị bị giam giữ.
plan-papers = Ký giấy tờ giao quyền chăm sóc hoặc giám hộ con mà tiểu bang của quý vị dùng. Hỏi luật sư nên ký giấy nào.
plan-school = Cho nhà trường biết ai được đón con quý vị.
plan-documents = Giữ bản sao giấy khai sinh, hộ chiếu, số A của quý vị và giấy tờ tòa án ở nơi an toàn. Cho một người quý vị tin cậy biết chúng ở đâu.
plan-passports = Làm hộ chiếu Hoa Kỳ cho những người con là công dân Hoa Kỳ.
plan-g28 = Xin luật sư ký mẫu G-28 ngay bây giờ. Mẫu này cho phép luật sư nhanh chóng thay mặt quý vị.

## Topic: warrants
topic-warrants-title = Ba loại giấy tờ
topic-warrants-summary = Chỉ có trát tòa do thẩm phán của tòa án liên bang hoặc tiểu bang ký mới cho phép nhân viên ICE vào nhà quý vị khi quý vị không đồng ý. Từ tháng 5 năm 2025, ICE nói rằng trát I-205 cho phép họ phá cửa khi có lệnh trục xuất cuối cùng. Luật sư nói điều này vi phạm Hiến Pháp.
warrants-judicial = Trát tòa do thẩm phán ký đến từ tòa án liên bang hoặc tiểu bang. Trên trát có tên tòa án và chữ ký của thẩm phán. Hãy xem trát có ghi tên hoặc địa chỉ của quý vị không.
warrants-judicial-allows = Trát này cho phép nhân viên vào nơi được ghi trong trát.
warrants-ice = Trát của ICE (mẫu I-200 hoặc I-205) đến từ ICE. Trát này do nhân viên di trú ký, không phải thẩm phán.
warrants-ice-allows = Luật sư nói trát này không cho phép nhân viên ICE vào nhà quý vị khi quý vị không đồng ý. Nhưng từ tháng 5 năm 2025, ICE nói rằng trát I-205 cho phép nhân viên ICE phá cửa nhà của người có lệnh trục xuất cuối cùng. Việc này đang bị kiện ra tòa.
warrants-immigration-court = Giấy tờ của Tòa Di Trú do thẩm phán di trú ký. Đó không phải là trát tòa do thẩm phán của tòa án liên bang hoặc tiểu bang ký.
warrants-say = Xin nhét trát qua khe dưới cửa.
# Labels inside the pictures of the three papers.
warrants-box-judicial = Trát tòa do thẩm phán ký
warrants-box-ice = Trát của ICE
warrants-box-immigration-court = Lệnh của Tòa Di Trú
warrants-box-court = Tên tòa án liên bang hoặc tiểu bang
warrants-box-judge = Chữ ký của thẩm phán liên bang hoặc tiểu bang
warrants-box-officer = Chữ ký của nhân viên di trú
warrants-box-immigration-judge = Chữ ký của thẩm phán di trú
warrants-box-name = Tên hoặc địa chỉ của quý vị
warrants-box-enter = Cho phép nhân viên vào nhà
warrants-box-no-enter = Luật sư nói: không được vào khi quý vị không đồng ý
warrants-box-i205-claim = Từ tháng 5 năm 2025, ICE nói I-205 cho phép họ phá cửa khi có lệnh trục xuất cuối cùng
warrants-box-not-judicial = Không phải trát tòa do thẩm phán ký

## Topic: scams
topic-scams-title = Coi chừng lừa đảo
topic-scams-summary = Chỉ luật sư và người đại diện được công nhận mới được cho lời khuyên pháp lý.
scams-who = Chỉ luật sư hoặc người đại diện được Bộ Tư pháp (DOJ) công nhận mới được cho quý vị lời khuyên pháp lý về di trú.
scams-notario = "Notario" hoặc "notary public" (công chứng viên) không phải là luật sư ở Hoa Kỳ. Đừng trả tiền cho họ để được giúp về di trú.
scams-find = Để tìm trợ giúp pháp lý thật sự, xem "Tìm trợ giúp".
