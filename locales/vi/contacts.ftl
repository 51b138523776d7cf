# Find help: the directory of help contacts (content/contacts.toml).
# Names of organisations are not translated; these messages say what each does.

## The Find help screen
directory-search = Tìm
directory-search-hint = Gõ tên, nơi chốn hoặc điều quý vị cần.
directory-place = Nơi
directory-kind = Loại
directory-all-places = Tất cả các nơi
directory-all-kinds = Tất cả các loại
directory-checked = Danh sách này được kiểm tra ngày { $date }. Số điện thoại có thể thay đổi. Nếu một số không gọi được, hãy thử trang mạng.
directory-nothing-found = Không tìm thấy gì. Hãy thử gõ ít chữ hơn, hoặc chọn "Tất cả các nơi".
directory-report-now = Báo cáo hoạt động của ICE ngay
directory-guide = Trong hướng dẫn này

## A contact's page
contact-phone = Điện thoại
contact-web = Trang mạng
contact-hours = Giờ làm việc
contact-hours-always = Mở cửa 24 giờ, mỗi ngày
# Opening hours on a 24-hour clock: $days is one of the hours-days messages, $from and $to are like 05:00 and 21:00.
contact-hours-span = { $days }, từ { $from } đến { $to }
hours-days-daily = Mỗi ngày
hours-days-mon-fri = Thứ Hai đến Thứ Sáu
hours-days-mon = Thứ Hai
hours-days-tue = Thứ Ba
hours-days-wed = Thứ Tư
hours-days-thu = Thứ Năm
hours-days-fri = Thứ Sáu
hours-days-sat = Thứ Bảy
hours-days-sun = Chủ Nhật
contact-languages = Ngôn ngữ
contact-where = Ở đâu
contact-what = Họ làm gì
contact-source = Thông tin này lấy từ đâu
contact-seen = xem ngày { $date }
contact-no-phone = Không tìm thấy số điện thoại của họ. Để tìm trợ giúp pháp lý miễn phí hoặc giá thấp gần quý vị, hãy dùng danh bạ của Immigration Advocates Network: immigrationadvocates.org/legaldirectory
contact-non-emergency = Không dành cho trường hợp khẩn cấp.
contact-local = Do trung tâm này thêm vào. Không có trong danh sách đã được ứng dụng kiểm tra.
contact-scan-phone = Quét bằng điện thoại của quý vị để gọi:
contact-scan-web = Quét bằng điện thoại của quý vị để mở trang mạng:
contact-qr-too-narrow = Hãy làm cửa sổ rộng hơn để thấy mã QR.

## Kinds of help
kind-rapid-response = Đường dây báo cáo hoạt động của ICE
kind-legal = Trợ giúp pháp lý
kind-accompaniment = Đồng hành
kind-sanctuary = Hội đoàn tôn giáo che chở
kind-community = Tổ chức cộng đồng
kind-services = Dịch vụ xã hội
kind-citizenship = Quốc tịch


## Words people search for, for each kind of help (comma-separated).
# A search for any of them finds that kind's contacts first. Add the words
# people in your language really type, including short and spoken ones.
kind-rapid-response-words = đường dây nóng, đường dây trợ giúp, báo cáo, báo ICE, báo cáo ICE, bố ráp, ICE bố ráp, càn quét, ICE tới, ICE đến, ICE ở đây, ICE đến nhà, ICE gõ cửa, ICE trước cửa, ICE ở chỗ làm, ICE ở sở làm, nhân viên ở ngoài, đặc vụ, sở di trú, cảnh sát di trú, hoạt động của ICE, phản ứng nhanh, khẩn cấp, cấp cứu, gấp, gọi ngay, đang xảy ra
kind-legal-words = luật sư, luật sư di trú, luật sư miễn phí, trợ giúp pháp lý, giúp pháp lý, tư vấn pháp lý, tư vấn luật, hỏi luật sư, trục xuất, chống trục xuất, tị nạn, xin tị nạn, giấy tờ, hồ sơ di trú
kind-accompaniment-words = đồng hành, đi cùng, đi với tôi, người đi cùng, có người đi cùng, tình nguyện, tình nguyện viên
kind-sanctuary-words = che chở, nơi trú ẩn, sanctuary, nhà thờ, chùa, hội thánh, giáo xứ, đền, thánh đường, đền thờ Hồi giáo, tôn giáo, đức tin, mục sư, linh mục, cha xứ, sư, chỗ ở an toàn
kind-community-words = cộng đồng, tổ chức, hội, hội đoàn, nhóm cộng đồng, vận động, hàng xóm, biết quyền, biết quyền của mình, quyền của tôi
kind-services-words = thức ăn, đồ ăn, thực phẩm, ngân hàng thực phẩm, sức khỏe, phòng khám, bác sĩ, nhà ở, chỗ ở, nơi tạm trú, tiền nhà, tiền thuê nhà, dịch vụ xã hội, trợ cấp
kind-citizenship-words = quốc tịch, công dân, nhập tịch, thi quốc tịch, thi nhập tịch, thẻ xanh, green card, thường trú nhân, thường trú

## Needs people search for, each answered by some kinds of help (comma-separated).
# Write what people in your language really type, whole sentences too:
# every word counts, so add the words a frightened person uses.
# Someone in the family was detained (legal help, hotlines).
need-detained-words = bị bắt, bắt, bị giam, bị giam giữ, giam, giam giữ, bị giữ, bị tạm giữ, bị ICE bắt, ICE bắt, bị bắt đi, họ bắt chồng tôi, họ bắt vợ tôi, họ bắt con trai tôi, họ bắt con gái tôi, họ bắt con tôi, bắt chồng tôi, bắt vợ tôi, bắt con tôi, bị nhốt, nhà tù, tù, trại giam, bị trục xuất, người thân, gia đình, chồng, vợ, con, con trai, con gái, mẹ, má, cha, ba, bố, anh, chị, em, anh trai, chị gái, em trai, em gái, người nhà, tìm người bị giam, tìm người bị bắt
# Money to get someone out of detention (legal help, funds).
need-bond-words = tiền thế chân, đóng tiền thế chân, thế chân, tiền bảo lãnh, bảo lãnh, bảo lãnh tại ngoại, tại ngoại, bond, đóng bond, tiền bond, quỹ thế chân, quỹ bảo lãnh, được thả, thả ra, ra khỏi trại giam, phiên xét tiền thế chân, xét bond
# A hearing before an immigration judge (legal help).
need-hearing-words = tòa, ra tòa, hầu tòa, tòa án, tòa di trú, ngày ra tòa, phiên tòa, điều trần, phiên điều trần, thẩm phán, quan tòa, xử, giấy triệu tập, notice to appear
# A check-in or appointment with ICE (accompaniment, legal help).
need-check-in-words = trình diện, trình diện ICE, đi trình diện, hẹn trình diện, hẹn với ICE, cuộc hẹn, lịch hẹn, check-in, check in, vòng đeo chân, vòng điện tử

## Search
# Words that say nothing about what someone looks for (comma-separated):
# a search ignores them. Short, common words of your language.
search-stop-words = tôi, của, mình, chúng, ta, chúng tôi, chúng ta, họ, nó, là, có, và, hoặc, hay, với, cho, ở, tại, trong, này, đó, kia, một, những, các, cái, xin, giúp, giúp đỡ, cần, muốn, làm, sao, thế, nào, gì, đâu, ai, đang, đã, sẽ, rồi, thì, mà, nhé, ạ, vui lòng, làm ơn, tìm, về, để, từ, vừa, mới, ơi
# Words for "language": "help in my language" finds contacts who speak the
# language the search is typed in.
search-language-words = ngôn ngữ, tiếng, tiếng mẹ đẻ, ngôn ngữ của tôi, tiếng của tôi, nói, nói tiếng, thông dịch, thông dịch viên, phiên dịch, người phiên dịch, dịch

## What each organisation does
contact-pirc-about = Đường dây nóng cho toàn tiểu bang Oregon. Gọi để báo cáo hoạt động của ICE. Họ gửi người phản ứng nhanh đến và hỗ trợ các gia đình.
contact-imirj-about = Các nhóm tôn giáo đồng hành với người nhập cư và che chở họ. Trung tâm tiếp đón của họ có lớp tiếng Anh và giúp về quốc tịch.
contact-apano-about = Vận động cộng đồng người gốc Á và các đảo Thái Bình Dương. Họ huấn luyện người làm công việc đồng hành.
contact-hmong-oregon-about = Tổ chức cộng đồng người Hmong. Họ tham gia công việc đồng hành.
contact-cacoregon-about = Tổ chức cộng đồng người Khmer (Campuchia). Họ tham gia công việc đồng hành.
contact-ahsc-about = Dịch vụ y tế và xã hội cho các cộng đồng người gốc Á ở Portland.
contact-mira-about = Lên tiếng bênh vực và giáo dục. Đường dây trợ giúp của họ dành cho những người làm công tác bênh vực và các nhóm cộng đồng. Có thể để lại lời nhắn.
contact-project-citizenship-about = Giúp miễn phí để nộp đơn xin quốc tịch Hoa Kỳ.
contact-bijan-about = Tình nguyện viên đi cùng người ta ra tòa và đi trình diện ICE. Họ cũng giúp về quỹ tiền thế chân, đưa đón, và chỗ ở sau khi được thả.
contact-nyic-about = Liên minh các nhóm người nhập cư ở New York. Họ có thể giới thiệu quý vị đến nơi giúp đỡ.
contact-actionnyc-about = Trợ giúp pháp lý về di trú miễn phí và an toàn của Thành phố New York.
contact-new-americans-hotline-about = Đường dây giới thiệu miễn phí và bảo mật của Tiểu bang New York để tìm trợ giúp pháp lý về di trú, kể cả hồ sơ trục xuất, bằng hơn 200 ngôn ngữ. Họ cũng có thể giới thiệu người đang bị giam giữ di trú đến nơi trợ giúp pháp lý miễn phí. Thứ Hai đến Thứ Sáu từ 8 giờ sáng đến 8 giờ tối, cuối tuần từ 9 giờ sáng đến 5 giờ chiều.
contact-legal-aid-nyc-about = Trợ giúp pháp lý cho người nhập cư ở Thành phố New York.
contact-mixteca-about = Dịch vụ cho người nhập cư Mexico và Châu Mỹ La-tinh ở Brooklyn.
contact-icirr-about = Gọi hoặc nhắn tin, 24 giờ. Báo cáo các cuộc bố ráp, được hỗ trợ gia đình và giới thiệu đến nơi giúp đỡ. Số điện thoại đánh vần là 855-HELP-MY-FAMILY.
contact-chirla-about = Dịch vụ pháp lý, vận động cộng đồng và giúp đỡ về biết quyền của mình ở Los Angeles.
contact-maof-about = Dịch vụ xã hội ở Los Angeles. Đây không phải là trợ giúp pháp lý.
contact-border-angels-about = Viện trợ nhân đạo và tư vấn ở San Diego và ở biên giới.
contact-mariposas-about = Hỗ trợ người di cư LGBTQ đang bị giam giữ, ở Tucson.
contact-chirla-national-hotline-about = Đường dây nóng toàn quốc do CHIRLA ở Los Angeles điều hành. Gọi để báo cáo hoạt động của ICE và xin hỗ trợ. Có người trả lời mỗi ngày; quý vị cũng có thể để lại lời nhắn. Các tình nguyện viên đi kiểm tra tin báo của họ ở Los Angeles.
contact-migrawatch-about = Đường dây nóng toàn quốc của United We Dream. Báo cáo hoạt động của ICE và được hỗ trợ.
contact-legal-directory-about = Tìm trợ giúp pháp lý miễn phí hoặc giá thấp từ các tổ chức bất vụ lợi gần quý vị. Tìm theo mã ZIP.
contact-nijc-about = Dịch vụ pháp lý, kể cả cho người đang bị giam giữ và người xin tị nạn.
contact-clinic-about = Dịch vụ xã hội và pháp lý qua các văn phòng Catholic Charities địa phương.
contact-young-center-about = Người bênh vực cho trẻ em đến Hoa Kỳ một mình. Họ nhận giới thiệu qua một mẫu đơn trên trang mạng của họ.
contact-aclu-about = Thông tin về biết quyền của mình và các vụ kiện vì quyền của người nhập cư.
contact-asian-law-caucus-about = Tư vấn pháp lý cho người tị nạn Đông Nam Á có lệnh trục xuất và đang sống ở California.
contact-ajsocal-legal-about = Đường dây trợ giúp pháp lý ở Nam California.
contact-ajsocal-khmer-about = Đường dây trợ giúp pháp lý bằng tiếng Khmer, ở Nam California.
contact-ajsocal-vietnamese-about = Đường dây trợ giúp pháp lý bằng tiếng Việt, ở Nam California.
contact-searac-about = Tài liệu hướng dẫn cho người Mỹ gốc Đông Nam Á đang đối mặt với trục xuất, và lên tiếng bênh vực. Email: immigration@searac.org
contact-mn8-about = Nhóm người Đông Nam Á ở Minnesota chống lại việc trục xuất. Giúp đỡ về biết quyền của mình bằng tiếng Anh, tiếng Khmer, tiếng Hmong và tiếng Việt.

# Added 2026-12-01 (contacts for every state).
contact-ilcm-minnesota-about = Trợ giúp pháp lý về di trú miễn phí cho người nhập cư và người tị nạn có thu nhập thấp ở Minnesota, kể cả người đang bị giam giữ. Họ cũng dạy cho người ta biết quyền của mình.
contact-monarca-rapid-response-mn-about = Gọi để báo cáo nhân viên ICE đang tụ tập, hoặc có người đang bị bắt giữ hay bị rượt đuổi, ở vùng Twin Cities. Người phản ứng nhanh có thể đến.
contact-copal-minnesota-about = Tổ chức cộng đồng người La-tinh có đường dây trợ giúp để báo cáo các vụ ICE bắt giữ và xin hỗ trợ cho gia đình. Họ huấn luyện người quan sát ICE khắp Minnesota.
contact-hmong-american-partnership-about = Dịch vụ việc làm, thanh thiếu niên, sức khỏe và gia đình cho các gia đình người Hmong và các gia đình tị nạn, nhập cư khác ở vùng Twin Cities.
contact-voces-de-la-frontera-about = Đường dây nóng do tình nguyện viên trực để báo cáo hoạt động của ICE ở Wisconsin; tình nguyện viên kiểm tra các tin báo. Họ giúp gia đình người bị giam giữ liên lạc với luật sư.
contact-forward-latino-hotline-about = Đường dây nóng 24 giờ, do nhân viên trả lời, cho người bị ảnh hưởng bởi việc thi hành luật di trú. Giúp đỡ khẩn cấp và công cụ giúp các gia đình chuẩn bị.
contact-catholic-charities-milwaukee-immigration-about = Trợ giúp pháp lý về di trú giá thấp cho người có thu nhập thấp ở mười quận phía đông nam Wisconsin, phải lấy hẹn. Xin số nội bộ 4418.
contact-community-immigration-law-center-madison-about = Phòng khám pháp lý di trú miễn phí và bào chữa pháp lý cho người ở Madison và Quận Dane đang đối mặt với trục xuất.
contact-hmong-american-center-wausau-about = Trung tâm ở Wausau cho các gia đình người Hmong và người Đông Nam Á khác ở miền trung Wisconsin. Thông dịch, giúp về sức khỏe, dịch vụ cho người cao niên và về giáo dục.
contact-hmong-american-friendship-association-about = Trung tâm ở Milwaukee cho cộng đồng người Đông Nam Á: phiên dịch, giới thiệu đến nơi giúp đỡ, kho thực phẩm, và chương trình cho người cao niên và về việc làm.
contact-hmong-american-womens-association-about = Nhóm ở Milwaukee hỗ trợ phụ nữ, em gái, và người đồng tính và chuyển giới gốc Đông Nam Á, nhất là những người sống sót sau bạo hành gia đình và bạo lực tình dục.
contact-waisn-deportation-defense-hotline-about = Gọi hoặc nhắn tin để báo cáo hoạt động của ICE ở Tiểu bang Washington. Tình nguyện viên kiểm tra các tin báo và giúp gia đình người bị giam giữ tìm trợ giúp pháp lý.
contact-nwirp-washington-about = Trợ giúp pháp lý về di trú miễn phí cho người nhập cư có thu nhập thấp ở Tiểu bang Washington, kể cả xin tị nạn và chống trục xuất, cũng như tại trại giam ở Tacoma.
contact-khaag-washington-about = Hỗ trợ người Mỹ gốc Khmer và người Mỹ gốc Đông Nam Á khác đang đối mặt với lệnh trục xuất, bị ICE giam giữ hoặc bị trục xuất. Họ giúp người ta liên lạc với NWIRP để được trợ giúp pháp lý.
contact-hias-pennsylvania-about = Trợ giúp pháp lý về di trú miễn phí cho người nhập cư có thu nhập thấp, kể cả xin tị nạn và chống trục xuất. Có cả dịch vụ cho người tị nạn và dịch vụ xã hội, ở vùng Philadelphia.
contact-pirc-pennsylvania-about = Trợ giúp pháp lý cho người nhập cư ở Pennsylvania, dù đang bị giam giữ hay không, kể cả những người sống sót sau bạo hành gia đình. Họ cũng dạy về quyền và tìm luật sư miễn phí.
contact-erie-ice-rapid-response-about = Gọi để báo cáo hoạt động của ICE hoặc một người thân bị bắt giữ ở Quận Erie. Tình nguyện viên đã được huấn luyện quan sát, ghi lại và tổ chức hỗ trợ.
contact-cambodian-association-greater-philadelphia-about = Giúp đỡ người tị nạn và người nhập cư Campuchia ở Philadelphia: nhân viên xã hội, chương trình cho thanh thiếu niên và giáo dục, và hỗ trợ về sức khỏe.
contact-vietlead-philadelphia-about = Nhóm cộng đồng người Đông Nam Á ở Philadelphia. Nhóm của họ vận động cho người tị nạn Campuchia và Việt Nam đang đối mặt với trục xuất.
contact-luce-hotline-massachusetts-about = Gọi để báo cáo nhân viên di trú quý vị thấy ở bất cứ nơi nào trong Massachusetts. Tình nguyện viên đã được huấn luyện kiểm tra tin báo và ghi lại những gì xảy ra.
contact-cmaa-lowell-about = Tổ chức cộng đồng người Campuchia ở Lowell. Phiên dịch, gia hạn thẻ xanh, giúp về quốc tịch, lớp tiếng Anh và chương trình thanh thiếu niên cho các gia đình nhập cư.
contact-dorcas-international-ri-about = Trợ giúp pháp lý về di trú giá thấp ở Rhode Island, như quốc tịch, thẻ xanh và gia hạn DACA hoặc TPS. Họ cũng giúp người tị nạn định cư.
contact-amor-defense-line-ri-about = Đường dây bằng tiếng Anh và tiếng Tây Ban Nha cho người đang đối mặt với ICE hoặc bạo lực của cảnh sát. Họ giúp quý vị liên lạc với nhân viên xã hội và sự hỗ trợ của cộng đồng.
contact-prysm-providence-about = Nhóm ở Providence do người trẻ gốc Đông Nam Á lãnh đạo. Họ vận động chống việc trục xuất người tị nạn Campuchia.
contact-siembra-nc-about = Không tìm thấy số điện thoại của đường dây nóng này. Đường dây nóng để báo cáo hoạt động của ICE ở North Carolina. Họ giới thiệu các gia đình đến luật sư di trú và giúp họ lập kế hoạch khẩn cấp.
contact-respuesta-rapida-durham-about = Đường dây phản ứng nhanh ở Durham. Gọi để báo cáo khi quý vị thấy ICE hoặc thấy một vụ bắt người.
contact-nc-justice-center-irrp-about = Trợ giúp pháp lý cho người nhập cư có thu nhập thấp ở North Carolina về quốc tịch, đơn bảo lãnh gia đình và các hồ sơ về tình trạng di trú khác.
contact-nc-hmong-womens-association-about = Hỗ trợ phụ nữ Hmong và cộng đồng Hmong ở vùng Hickory và Morganton.
contact-mirc-michigan-about = Trợ giúp pháp lý về di trú miễn phí khắp Michigan, cả cho trẻ em và công nhân nông trại. Có bàn hỗ trợ tại Tòa Di Trú Detroit cho người có hồ sơ trục xuất.
contact-acrl-hotline-michigan-about = Gọi để báo cáo nhân viên di trú hành động sai trái ở vùng Metro Detroit, và để biết quyền của mình.
contact-raices-texas-about = Trợ giúp pháp lý miễn phí và giá thấp ở Texas cho trẻ em, gia đình nhập cư và người tị nạn, kể cả chống trục xuất và giúp về tiền thế chân.
contact-houston-immigration-legal-services-collaborative-about = Mạng lưới ở Houston điều hành Immigrant Rights Hotline. Họ giới thiệu người gọi đến luật sư di trú miễn phí và giá thấp.
contact-trla-texas-about = Trợ giúp pháp lý dân sự miễn phí cho người có thu nhập thấp, kể cả công nhân nông trại, ở 68 quận của Texas.
contact-woori-juntos-houston-about = Nhóm cộng đồng ở Houston vận động chống việc trục xuất người tị nạn Việt Nam và Lào. Họ dạy các gia đình biết quyền của mình.
contact-san-mateo-rapid-response-about = Đường dây nóng 24 giờ để báo cáo hoạt động của ICE ở Quận San Mateo. Người phản ứng nhanh kiểm tra các vụ bắt người, mời luật sư khẩn cấp đến ngay trong ngày và hỗ trợ các gia đình.
contact-oc-rapid-response-network-about = Đường dây nóng ở Quận Cam (Orange County) kiểm tra các tin báo về ICE và theo dõi các vụ bắt người ở tòa án. Họ giúp gia đình người bị giam giữ đi qua các thủ tục pháp lý.
contact-khmer-girls-in-action-about = Tổ chức cộng đồng người Campuchia ở Long Beach. Họ vận động chống việc trục xuất người tị nạn Campuchia và tổ chức các buổi họp cộng đồng về trục xuất.
contact-fresno-center-about = Tổ chức ở Fresno phục vụ các gia đình tị nạn người Hmong và người Đông Nam Á khác ở vùng Central Valley.
contact-florida-raise-hotline-about = Đường dây nóng ở Florida để biết quyền của mình, đối phó với việc thi hành luật di trú, tìm người thân bị giam giữ và được giới thiệu đến luật sư miễn phí.
contact-americans-for-immigrant-justice-about = Văn phòng luật bất vụ lợi ở Miami. Trợ giúp pháp lý miễn phí cho trẻ em nhập cư, người xin tị nạn, người sống sót sau nạn buôn người hoặc bạo hành, và người đang bị giam giữ.
contact-nj-alliance-for-immigrant-justice-about = Liên minh các nhóm người nhập cư ở New Jersey. Trên mạng, quý vị có thể báo cáo ICE mà quý vị thấy, và tìm thẻ biết quyền của mình và danh sách dịch vụ pháp lý.
contact-dire-hotline-nj-about = Không tìm thấy số điện thoại của đường dây nóng này. Đường dây nóng do tình nguyện viên trực ở Central New Jersey cho các trường hợp khẩn cấp về di trú. Họ gửi người phản ứng nhanh đến và hỗ trợ các gia đình có người có thể bị giam giữ.
contact-gain-georgia-about = Trợ giúp pháp lý về di trú miễn phí ở Georgia cho người xin tị nạn, người sống sót sau tội phạm hoặc nạn buôn người, và người Afghanistan được di tản.
contact-advancing-justice-atlanta-about = Trợ giúp pháp lý về di trú miễn phí và giá thấp cho các cộng đồng người Mỹ gốc Á, người các đảo Thái Bình Dương, người Ả Rập, người Hồi giáo và người Nam Á ở Georgia và miền Đông Nam.
contact-glahr-georgia-about = Nhóm bảo vệ quyền của người La-tinh ở Atlanta. Nhóm phản ứng nhanh của họ ghi lại các vụ ICE bắt người và dạy người ta biết quyền của mình theo Hiến Pháp.
contact-colorado-rapid-response-network-about = Đường dây nóng 24 giờ để báo cáo hoạt động của ICE ở Colorado và miền nam Wyoming. Bấm số 1 để gặp người điều phối, người này sẽ gửi tình nguyện viên đến, hoặc số 2 để báo cáo một lần gặp ICE đã qua.
contact-circ-colorado-about = Nhóm bảo vệ quyền của người nhập cư ở Colorado. Nhóm của họ ghi lại các lần gặp ICE và giới thiệu người ta đến nơi trợ giúp pháp lý.
contact-puente-arizona-hotline-about = Gọi để báo cáo ICE hoặc Tuần Tra Biên Giới (Border Patrol) ở vùng Phoenix. Họ kiểm tra tin báo, gửi nhóm đến giải thích về quyền và ghi lại các vụ bắt người, và gửi tin nhắn báo động.
contact-tucson-community-rapid-response-about = Đường dây nóng 24 giờ ở Tucson cho người có thể bị cảnh sát hoặc nhân viên di trú bắt. Họ gửi người quan sát đến và đi cùng các gia đình và người ta ra Tòa Di Trú.
contact-florence-project-arizona-about = Dịch vụ pháp lý và xã hội miễn phí cho người lớn và trẻ em một mình đang bị giam giữ di trú ở Arizona và đối mặt với trục xuất.
contact-nevada-immigrant-coalition-about = Liên minh các nhóm bảo vệ quyền của người nhập cư ở Nevada. Họ theo dõi và xác nhận hoạt động của ICE và lên tiếng cho các gia đình nhập cư.
contact-unlv-immigration-clinic-about = Tư vấn miễn phí và giúp chống trục xuất cho người lớn đang bị giam giữ và trẻ em một mình ở Nam Nevada. Văn phòng ở trung tâm Las Vegas.
contact-casa-maryland-about = Gọi để báo cáo hoạt động có thể là của ICE hoặc CBP, và họ sẽ kiểm tra. Giúp về quốc tịch và pháp lý tại các trung tâm tiếp đón khắp Maryland.
contact-maryland-immigrant-legal-assistance-project-about = Tư vấn di trú miễn phí cho trẻ em và gia đình có hồ sơ trục xuất, tại Tòa Di Trú Baltimore và tại các buổi tư vấn ngày Thứ Bảy khắp Maryland.
contact-legal-aid-justice-center-virginia-about = Trợ giúp pháp lý ở Virginia chống việc giam giữ di trú và trục xuất, kể cả cho người nhập cư bị giao cho ICE. Họ giúp điều hành đường dây nóng Rapid Response to Raids của Bắc Virginia.
contact-ciri-connecticut-about = Trợ giúp pháp lý về di trú với giá phải chăng ở Connecticut, như xin tị nạn, giấy phép làm việc và chống trục xuất. Họ cũng giúp người tị nạn định cư.
contact-unidad-latina-en-accion-ct-about = Không tìm thấy số điện thoại của đường dây nóng này. Đường dây nóng 24 giờ bằng tiếng Tây Ban Nha và tiếng Anh ở New Haven. Họ kiểm tra các cuộc bố ráp của ICE và mời người trong cộng đồng, giới chức tôn giáo và luật sư khắp Connecticut đến.
contact-able-ohio-immigration-about = Trợ giúp pháp lý về di trú miễn phí cho người nhập cư và người tị nạn có thu nhập thấp ở miền tây bắc và miền trung tây Ohio. Giúp chống trục xuất cho người sống ở Columbus.
contact-tirrc-tennessee-about = Đường dây nóng ở Tennessee cho gia đình có người thân bị nhân viên di trú bắt giữ. Họ giới thiệu quý vị đến luật sư và chia sẻ thông tin về biết quyền của mình.
contact-nm-immigrant-law-center-about = Trợ giúp pháp lý về di trú ở Albuquerque. Họ giải thích quyền của quý vị và phải làm gì nếu ICE bắt một người trong gia đình.
contact-cair-coalition-dc-about = Trợ giúp pháp lý cho người nhập cư đang bị giam giữ, người lớn và trẻ em một mình, từ DC, Maryland và Virginia.
contact-migrant-solidarity-mutual-aid-dc-about = Gọi để báo cáo việc thi hành luật di trú ở DC. Họ cũng đăng tin cập nhật về hoạt động của các cơ quan thi hành luật khắp DC.
contact-ayuda-legal-puerto-rico-about = Trợ giúp pháp lý miễn phí qua điện thoại cho người nhập cư ở Puerto Rico, kể cả cộng đồng người Dominica ở Barrio Obrero.
contact-st-louis-rapid-response-line-about = Gọi để báo cáo hoạt động của ICE ở vùng St. Louis. Tình nguyện viên kiểm tra tin báo, và luật sư di trú trực sẵn cho lời khuyên pháp lý.

# Added 2026-12-01, second pass (the places that had none).
contact-maine-ice-watch-hotline-about = Đường dây toàn tiểu bang để báo cáo và xác minh hoạt động của ICE hoặc Tuần Tra Biên Giới (Border Patrol) và được giới thiệu đến nơi hỗ trợ.
contact-ilap-maine-about = Trợ giúp pháp lý về di trú miễn phí và giá thấp cho cư dân Maine có thu nhập thấp, kể cả xin tị nạn và bào chữa chống trục xuất.
contact-vaap-vermont-about = Trợ giúp pháp lý về di trú miễn phí cho người xin tị nạn và người bị giam giữ ở Vermont; theo dõi hoạt động của ICE.
contact-migrant-justice-vermont-about = Nhóm do công nhân nông trại lãnh đạo, có huấn luyện về biết quyền của mình, đồng hành và một mạng lưới phản ứng nhanh toàn tiểu bang.
contact-the-legal-clinic-hawaii-about = Dịch vụ pháp lý về di trú miễn phí cho người nhập cư có thu nhập thấp ở Hawaii, kể cả người di cư theo hiệp ước COFA.
contact-uh-refugee-immigration-law-clinic-about = Phòng tư vấn pháp lý của trường luật giúp người xin tị nạn và người bị ICE giam giữ; có đường dây nóng bào chữa chống trục xuất.
contact-exodus-refugee-immigration-indiana-about = Giúp người tị nạn, người xin tị nạn và những người nhập cư vì lý do nhân đạo khác ở miền trung Indiana định cư và lo các thủ tục di trú.
contact-indiana-aid-detention-about = Tình nguyện viên thăm viếng và hỗ trợ người bị ICE giam trong các nhà tù ở Indiana và chia sẻ tài liệu giúp đỡ.
contact-iowa-mmj-about = Nhóm bảo vệ quyền của người nhập cư toàn tiểu bang, có trợ giúp pháp lý về di trú miễn phí hoặc giá thấp tại các phòng tư vấn khắp Iowa.
contact-holy-cross-ministries-utah-about = Trợ giúp pháp lý về di trú giá thấp hoặc miễn phí, giúp về quốc tịch và các buổi nói chuyện về biết quyền của mình cho các gia đình ở Utah.
contact-airr-kansas-missouri-about = Nhóm ở Kansas City giúp về biết quyền của mình, phản ứng nhanh khi có ICE và giới thiệu đến luật sư.
contact-la-aid-louisiana-about = Tình nguyện viên hỗ trợ người bị ICE giam giữ ở Louisiana và giúp họ sau khi được thả.
contact-catholic-charities-new-orleans-immigration-about = Dịch vụ pháp lý về di trú giá thấp, được công nhận, và giúp về quốc tịch ở vùng New Orleans.
contact-mira-mississippi-about = Nhóm bảo vệ quyền của người nhập cư toàn tiểu bang, có các buổi huấn luyện về biết quyền của mình, một dự án pháp lý và phản ứng khi có bố ráp.
contact-catholic-charities-arkansas-immigration-about = Tư vấn di trú giá thấp và giúp về biết quyền của mình từ các văn phòng Catholic Charities ở Little Rock và Springdale.
contact-aclu-arkansas-ice-report-about = Mẫu đơn trên mạng để báo cáo hoạt động đáng lo ngại của ICE hoặc việc quyền của quý vị bị vi phạm ở Arkansas.
contact-helping-neighbors-lnk-about = Các tổ chức bất vụ lợi ở Lincoln xác minh tin báo về hoạt động của ICE và hướng dẫn các gia đình khi có người bị bắt giữ.
contact-la-esperanza-delaware-about = Tư vấn di trú miễn phí, giúp về quốc tịch và thẻ biết quyền của mình cho các gia đình người La-tinh và người nhập cư ở Quận Sussex.
contact-aire-northwest-arkansas-about = Không tìm thấy số điện thoại của đường dây nóng này. Nhóm tình nguyện ở Tây Bắc Arkansas chia sẻ thông tin về quyền và điều hành một đường dây để báo cáo khi thấy ICE.
contact-aclu-idaho-immigrant-rights-about = Hướng dẫn về biết quyền của mình cho người nhập cư ở Idaho, thẻ đỏ và bộ tài liệu chuẩn bị cho trường hợp khẩn cấp.
contact-sd-voices-for-peace-about = Trợ giúp pháp lý về di trú miễn phí cho trẻ em phải ra Tòa Di Trú và người sống sót sau tội phạm; tài liệu về biết quyền của mình.
contact-bienvenidos-gallatin-valley-about = Tổ chức bất vụ lợi ở Bozeman tiếp đón các gia đình nói tiếng Tây Ban Nha và giúp họ tìm người thân bị cơ quan di trú giam giữ.
contact-mija-montana-about = Nhóm toàn tiểu bang dạy người nhập cư về quyền của họ và giúp đỡ về pháp lý.
contact-und-immigration-law-clinic-about = Phòng tư vấn pháp lý của trường luật, có dịch vụ pháp lý về di trú giá thấp, kể cả hồ sơ xin tị nạn và hồ sơ VAWA.
contact-ywca-tulsa-immigration-legal-about = Nhóm dịch vụ pháp lý của YWCA Tulsa giúp người nhập cư về các vấn đề di trú và thông tin về biết quyền của mình.
contact-new-sanctuary-network-tulsa-about = Mạng lưới tôn giáo ở Tulsa hỗ trợ người không có giấy tờ và chống việc trục xuất.
contact-wvu-immigration-law-clinic-about = Trợ giúp pháp lý về di trú miễn phí từ sinh viên luật có người giám sát, kể cả hồ sơ trục xuất và xin tị nạn.
contact-aclu-west-virginia-immigrants-about = Tài liệu về biết quyền của mình bằng tiếng Anh và tiếng Tây Ban Nha cho người nhập cư đối mặt với ICE ở West Virginia.
contact-charleston-immigrant-hotline-about = Không tìm thấy số điện thoại của đường dây nóng này. Đường dây do tình nguyện viên trực, nhận cuộc gọi và tin nhắn về hoạt động nghi là của ICE ở Charleston và xác minh các tin báo.
contact-lsc-new-americans-immigration-sc-about = Trợ giúp pháp lý về di trú giá thấp và miễn phí cho người tị nạn và người nhập cư là thân chủ của Lutheran Services Carolinas.
contact-acij-alabama-about = Liên minh bảo vệ quyền của người nhập cư toàn tiểu bang, phản ứng khi ICE bắt giữ và giúp các gia đình tìm sự giúp đỡ.
contact-hica-alabama-about = Phòng tư vấn pháp lý di trú giá thấp, giúp về quốc tịch và DACA cho các gia đình người La-tinh và người nhập cư ở Alabama.
contact-kentucky-refugee-ministries-about = Dịch vụ cho người tị nạn và người nhập cư, có văn phòng pháp lý di trú ở Louisville và Lexington về quốc tịch và thường trú.
contact-neighbors-immigration-clinic-ky-about = Tổ chức bất vụ lợi ở Lexington đại diện pháp lý cho người nhập cư, chú trọng vào bào chữa chống trục xuất và xin tị nạn.
contact-alaska-institute-for-justice-about = Tổ chức bất vụ lợi toàn tiểu bang Alaska, trợ giúp pháp lý về di trú miễn phí và giá thấp, kể cả cho người đang đối mặt với trục xuất.
contact-immigrant-legal-center-nebraska-about = Văn phòng luật di trú bất vụ lợi cho người nhập cư có thu nhập thấp ở Nebraska, có kế hoạch phản ứng nhanh khi có bố ráp.
contact-ohio-immigrant-alliance-about = Nhóm toàn tiểu bang theo dõi các vụ ICE bắt giữ ở Ohio và hỗ trợ người bị giam giữ và gia đình họ.
contact-nh-alliance-immigrants-refugees-about = Nhóm lên tiếng bênh vực người nhập cư ở New Hampshire, hỗ trợ các gia đình trong lúc có luật mới của tiểu bang về việc hợp tác với ICE.
contact-el-centro-igualdad-derechos-nm-about = Nhóm bảo vệ quyền của người nhập cư ở Albuquerque, tổ chức các buổi hội thảo về biết quyền của mình và vận động cộng đồng.
contact-vecindarios-901-memphis-about = Không tìm thấy số điện thoại của đường dây nóng này. Mạng lưới phản ứng nhanh do tình nguyện viên điều hành ở Memphis, có đường dây nóng để báo cáo và xác minh việc thi hành luật di trú.
contact-comunidades-unidas-utah-about = Nhóm bảo vệ quyền của người La-tinh và người nhập cư ở Utah, có phòng tư vấn di trú, tài liệu về bào chữa chống trục xuất và các buổi sinh hoạt về biết quyền của mình.

# Added 2026-12-07 (the contacts review's gaps: Oregon legal help, Chinese-language help, bond funds, Philadelphia).
contact-equity-corps-oregon-about = Luật sư di trú miễn phí, và giúp trả lệ phí nộp đơn, cho người có thu nhập thấp ở Oregon có nguy cơ bị trục xuất hoặc cần giúp về hồ sơ di trú. Gọi trung tâm tổng đài toàn tiểu bang để ghi danh.
contact-ajsocal-chinese-about = Đường dây trợ giúp pháp lý bằng tiếng Hoa (Quan Thoại và Quảng Đông) ở Nam California. Tư vấn pháp lý miễn phí hoặc giá thấp, kể cả về di trú và quốc tịch.
contact-caa-san-francisco-about = Nhóm dân quyền ở San Francisco cho người Mỹ gốc Hoa và người Mỹ gốc Á khác. Bộ Tư pháp Hoa Kỳ đã cho phép nhóm này giúp một phần về pháp lý di trú. Hãy để lại lời nhắn trên đường dây nhắn tin về pháp lý di trú của họ.
contact-legal-aid-society-of-cleveland-mandarin-about = Đường dây tiếng Quan Thoại để xin trợ giúp pháp lý miễn phí từ The Legal Aid Society of Cleveland, ở miền đông bắc Ohio, kể cả hồ sơ di trú.
contact-legal-aid-society-of-cleveland-spanish-about = Đường dây tiếng Tây Ban Nha để xin trợ giúp pháp lý miễn phí từ The Legal Aid Society of Cleveland, ở miền đông bắc Ohio, kể cả hồ sơ di trú.
contact-legal-aid-society-of-cleveland-vietnamese-about = Đường dây tiếng Việt để xin trợ giúp pháp lý miễn phí từ The Legal Aid Society of Cleveland, ở miền đông bắc Ohio, kể cả hồ sơ di trú.
contact-legal-services-nyc-about = Trợ giúp pháp lý miễn phí ở Thành phố New York, kể cả về tình trạng di trú, xin tị nạn và bảo vệ nạn nhân của tội phạm hoặc bạo hành gia đình. Gọi từ Thứ Hai đến Thứ Sáu.
contact-advocates-for-human-rights-about = Trợ giúp pháp lý miễn phí cho người bị giam giữ di trú ở Minnesota, North Dakota và South Dakota: xin được thả bằng tiền thế chân hoặc diện tạm dung (parole), và nộp đơn xin tị nạn. Từ mọi trại giam ở Minnesota, gọi đến đường dây này được miễn phí.
contact-minnesota-freedom-fund-about = Quỹ ở Minnesota trả tiền thế chân di trú cho người bị ICE giam giữ mà không đủ tiền, và tiền bảo lãnh tại ngoại trong các vụ án hình sự.
contact-lehigh-valley-rapid-response-about = Đường dây nóng do tình nguyện viên trực để báo cáo hoạt động của ICE hoặc các trường hợp khẩn cấp về di trú khác ở Lehigh Valley, Pennsylvania. Người trả lời nói tiếng Tây Ban Nha và tiếng Anh và gửi tình nguyện viên đã được huấn luyện đến.
contact-new-sanctuary-movement-philadelphia-about = Nhóm liên tôn bảo vệ quyền của người nhập cư ở Philadelphia. Các hội đoàn tôn giáo thành viên đồng hành với các gia đình đang đối mặt với trục xuất và đã từng che chở người nhập cư. Quỹ Cộng Đồng của họ giúp trả tiền thế chân và chi phí pháp lý.
contact-juntos-philadelphia-about = Nhóm cộng đồng người nhập cư La-tinh ở Nam Philadelphia. Họ dạy người ta biết quyền của mình và phải làm gì nếu ICE đến cửa nhà.

## Where a contact's number or website was published (after the publisher's name)
# Punctuation: a contact's source, who published it, then what kind of page (one of the notes below).
punctuation-source = { $source }, { $kind }
source-kind-organisation-site = trang mạng của chính tổ chức
source-kind-organisation-documents = tài liệu của chính tổ chức
source-kind-news = một bản tin
source-kind-press-release = một thông cáo báo chí
source-kind-city-service = một dịch vụ thông tin của thành phố
source-kind-secondary = một trang lặp lại thông tin từ nguồn khác
# The only page found that shows the number is another group's list of resources; the organization's own pages do not show it.
source-kind-directory-only = danh sách tài liệu giúp đỡ của một nhóm khác, trang duy nhất tìm thấy có số này (các trang của chính tổ chức không có số này)

## Added after the first translations
contact-local-short = Do trung tâm này thêm vào
keys-search = Ở "Tìm trợ giúp", gõ để tìm. Esc xóa chữ đang tìm. Tab chuyển đến các lựa chọn Nơi và Loại.
keys-use-f-keys = Ở chỗ gõ chữ để tìm, hãy dùng các phím F ở trên.
contact-statewide-legal-services-ct-about = Đường dây trợ giúp pháp lý miễn phí ở Connecticut cho người có thu nhập thấp. New Haven Legal Assistance (nhlegal.org) nói họ có thể giúp người không có giấy tờ và không báo tình trạng di trú cho cảnh sát hay bất cứ cơ quan nào khác. Trang của họ nói người không có giấy tờ nên liên lạc thẳng với New Haven Legal Assistance.
contact-legal-aid-society-of-cleveland-about = Trợ giúp pháp lý miễn phí ở miền đông bắc Ohio, kể cả hồ sơ di trú. Có thông dịch viên khi yêu cầu.
contact-legal-services-vermont-helpline-about = Đường dây trợ giúp pháp lý miễn phí ở Vermont. Hãy hỏi xem họ có giúp được về hồ sơ di trú không.
contact-legal-aid-of-nebraska-accessline-about = Trợ giúp pháp lý miễn phí ở Nebraska, có nhân viên nói tiếng Tây Ban Nha. Hãy hỏi xem họ có giúp được về hồ sơ di trú không.
