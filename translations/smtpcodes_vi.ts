<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../build/app/catalogue_strings.cpp" line="+5"/>
        <source>System status or help reply</source>
        <comment>211/title</comment>
        <translation>Trạng thái hệ thống hoặc phản hồi trợ giúp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answers a request for its status or for general help. Few servers implement a real status report, and the text is meant for a person, not for software. Some servers answer HELP without arguments with 211, while others use 214.</source>
        <comment>211/description</comment>
        <translation>Máy chủ trả lời yêu cầu về trạng thái của nó hoặc yêu cầu trợ giúp chung. Rất ít máy chủ triển khai báo cáo trạng thái thực sự, và văn bản này dành cho con người đọc chứ không dành cho phần mềm. Một số máy chủ trả lời HELP không có đối số bằng 211, trong khi số khác dùng 214.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to HELP, or to a nonstandard status command that some servers accept.</source>
        <comment>211/when</comment>
        <translation>Phản hồi cho HELP, hoặc cho một lệnh trạng thái không chuẩn mà một số máy chủ chấp nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. The reply is informational and has no effect on mail delivery or on the session.</source>
        <comment>211/fix/general</comment>
        <translation>Không cần làm gì. Phản hồi này chỉ mang tính thông tin và không ảnh hưởng đến việc chuyển phát thư hay đến phiên.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>211 reports system status or gives a general help reply, while 214 carries help text, usually about how to use a command.</source>
        <comment>211/confusedWith/214</comment>
        <translation>211 báo cáo trạng thái hệ thống hoặc đưa ra phản hồi trợ giúp chung, trong khi 214 chứa văn bản trợ giúp, thường là về cách dùng một lệnh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help message</source>
        <comment>214/title</comment>
        <translation>Thông báo trợ giúp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server returns help text, such as the commands it supports or how to use a particular command. The text is meant for a person testing by hand and has no effect on mail handling. Many servers simply point to their documentation.</source>
        <comment>214/description</comment>
        <translation>Máy chủ trả về văn bản trợ giúp, chẳng hạn các lệnh mà nó hỗ trợ hoặc cách dùng một lệnh cụ thể. Văn bản này dành cho người kiểm tra thủ công và không ảnh hưởng đến việc xử lý thư. Nhiều máy chủ chỉ đơn giản trỏ đến tài liệu của họ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to HELP, with or without a command name as the argument.</source>
        <comment>214/when</comment>
        <translation>Phản hồi cho HELP, có hoặc không kèm tên lệnh làm đối số.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. For the authoritative list of supported extensions, send EHLO and read the keywords in its 250 reply instead of relying on HELP text.</source>
        <comment>214/fix/general</comment>
        <translation>Không cần làm gì. Để có danh sách chính xác các phần mở rộng được hỗ trợ, hãy gửi EHLO và đọc các từ khóa trong phản hồi 250 của lệnh này thay vì dựa vào văn bản HELP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>214 carries help text for a human reader, while 211 reports system status or gives a general help reply.</source>
        <comment>214/confusedWith/211</comment>
        <translation>214 chứa văn bản trợ giúp dành cho người đọc, trong khi 211 báo cáo trạng thái hệ thống hoặc đưa ra phản hồi trợ giúp chung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service ready</source>
        <comment>220/title</comment>
        <translation>Dịch vụ sẵn sàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is ready to accept commands, and the text usually names its host and often its software. The same code answers STARTTLS, where it means the TLS handshake can start at once on the same connection. A greeting that arrives late often points to slow reverse DNS lookups or a deliberate greeting delay on the server.</source>
        <comment>220/description</comment>
        <translation>Máy chủ đã sẵn sàng nhận lệnh, và văn bản thường nêu tên máy và thường cả phần mềm của nó. Cùng mã này cũng là phản hồi cho STARTTLS, khi đó nó có nghĩa là quá trình bắt tay TLS có thể bắt đầu ngay trên cùng kết nối. Lời chào đến muộn thường cho thấy tra cứu DNS ngược chậm hoặc độ trễ lời chào được cố ý thiết lập trên máy chủ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent as the greeting right after the TCP connection opens, and in reply to STARTTLS when the server is ready to negotiate TLS.</source>
        <comment>220/when</comment>
        <translation>Được gửi làm lời chào ngay sau khi kết nối TCP được mở, và để phản hồi STARTTLS khi máy chủ sẵn sàng thương lượng TLS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. If the greeting is slow, check the server&apos;s reverse DNS lookups and any greeting delay; if the handshake fails after 220 to STARTTLS, compare TLS versions, ciphers and certificates on both sides.</source>
        <comment>220/fix/general</comment>
        <translation>Không cần làm gì. Nếu lời chào chậm, hãy kiểm tra các tra cứu DNS ngược của máy chủ và mọi độ trễ lời chào; nếu bắt tay thất bại sau phản hồi 220 cho STARTTLS, hãy so sánh phiên bản TLS, bộ mã hóa và chứng chỉ ở cả hai phía.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection greeting</source>
        <comment>220/contexts/0/context</comment>
        <translation>Lời chào khi kết nối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server accepts the connection and waits for EHLO or HELO.</source>
        <comment>220/contexts/0/meaning</comment>
        <translation>Máy chủ chấp nhận kết nối và chờ EHLO hoặc HELO.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After STARTTLS</source>
        <comment>220/contexts/1/context</comment>
        <translation>Sau STARTTLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client must start the TLS handshake now and send EHLO again once it completes.</source>
        <comment>220/contexts/1/meaning</comment>
        <translation>Máy khách phải bắt đầu bắt tay TLS ngay bây giờ và gửi lại EHLO khi bắt tay hoàn tất.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>220 as a greeting means the server will take commands, while 421 at connection time means it refuses service and closes the channel.</source>
        <comment>220/confusedWith/421</comment>
        <translation>220 khi là lời chào có nghĩa là máy chủ sẽ nhận lệnh, trong khi 421 lúc kết nối có nghĩa là máy chủ từ chối phục vụ và đóng kênh.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>554 sent instead of the greeting means the server will not accept mail from this client, whereas 220 opens a normal session.</source>
        <comment>220/confusedWith/554</comment>
        <translation>554 được gửi thay cho lời chào có nghĩa là máy chủ sẽ không nhận thư từ máy khách này, còn 220 mở một phiên bình thường.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service closing channel</source>
        <comment>221/title</comment>
        <translation>Dịch vụ đang đóng kênh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server confirms that it is ending the session and will close the connection. It is the normal reply to QUIT and says nothing about earlier messages, because each one&apos;s result was reported right after its data. A client should wait for this reply before closing its side.</source>
        <comment>221/description</comment>
        <translation>Máy chủ xác nhận rằng nó đang kết thúc phiên và sẽ đóng kết nối. Đây là phản hồi bình thường cho QUIT và không nói gì về các thư trước đó, vì kết quả của từng thư đã được báo ngay sau dữ liệu của thư đó. Máy khách nên chờ phản hồi này trước khi đóng phía của mình.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to QUIT at the end of a session.</source>
        <comment>221/when</comment>
        <translation>Phản hồi cho QUIT khi kết thúc phiên.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. To confirm that a message was accepted, look for the 250 reply after the end of its data, not for 221.</source>
        <comment>221/fix/general</comment>
        <translation>Không cần làm gì. Để xác nhận một thư đã được chấp nhận, hãy tìm phản hồi 250 sau phần kết thúc dữ liệu của thư đó, chứ không phải 221.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>221 closes the session because the client asked with QUIT, while 421 closes it on the server&apos;s initiative and leaves unfinished mail to be retried.</source>
        <comment>221/confusedWith/421</comment>
        <translation>221 đóng phiên vì máy khách yêu cầu bằng QUIT, trong khi 421 đóng phiên theo sáng kiến của máy chủ và để lại thư chưa hoàn tất để thử lại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication succeeded</source>
        <comment>235/title</comment>
        <translation>Xác thực thành công</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server accepted the credentials sent with AUTH, and the session is now authenticated. On submission servers this usually allows relaying to outside domains under that identity. If the SASL mechanism negotiated a security layer, it takes effect right after this reply.</source>
        <comment>235/description</comment>
        <translation>Máy chủ đã chấp nhận thông tin đăng nhập được gửi bằng AUTH, và phiên giờ đã được xác thực. Trên máy chủ submission, điều này thường cho phép chuyển tiếp (relay) thư đến các tên miền bên ngoài dưới danh tính đó. Nếu cơ chế SASL đã thương lượng một tầng bảo mật, tầng đó có hiệu lực ngay sau phản hồi này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final reply to a successful AUTH exchange, either directly after AUTH with an initial response or after the last 334 challenge.</source>
        <comment>235/when</comment>
        <translation>Phản hồi cuối cùng cho một trao đổi AUTH thành công, hoặc ngay sau AUTH kèm phản hồi ban đầu, hoặc sau thử thách 334 cuối cùng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. If later commands are still refused, check that the authenticated user may send as the MAIL FROM address and that relay rules allow authenticated clients.</source>
        <comment>235/fix/general</comment>
        <translation>Không cần làm gì. Nếu các lệnh sau đó vẫn bị từ chối, hãy kiểm tra xem người dùng đã xác thực có được phép gửi với địa chỉ MAIL FROM hay không và các quy tắc chuyển tiếp (relay) có cho phép máy khách đã xác thực hay không.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>235 means the credentials were accepted, while 535 means they were rejected and the session is still unauthenticated.</source>
        <comment>235/confusedWith/535</comment>
        <translation>235 có nghĩa là thông tin đăng nhập đã được chấp nhận, trong khi 535 có nghĩa là chúng bị từ chối và phiên vẫn chưa được xác thực.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>235 confirms only a successful AUTH exchange, while 250 confirms that an ordinary command such as MAIL FROM or RCPT TO was accepted.</source>
        <comment>235/confusedWith/250</comment>
        <translation>235 chỉ xác nhận một trao đổi AUTH thành công, trong khi 250 xác nhận rằng một lệnh thông thường như MAIL FROM hoặc RCPT TO đã được chấp nhận.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested action completed</source>
        <comment>250/title</comment>
        <translation>Hành động được yêu cầu đã hoàn tất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server accepted the command and completed it. After the final dot of DATA or the last BDAT chunk, it means the server has taken responsibility for the message, which may still be filtered, queued or bounced later. The ETRN and ATRN extensions reuse 250 for a started queue run and for reversing the connection.</source>
        <comment>250/description</comment>
        <translation>Máy chủ đã chấp nhận lệnh và hoàn tất nó. Sau dấu chấm cuối cùng của DATA hoặc đoạn BDAT cuối cùng, mã này có nghĩa là máy chủ đã nhận trách nhiệm đối với thư, dù thư vẫn có thể bị lọc, đưa vào hàng đợi hoặc bị trả lại kèm thư báo không gửi được (NDR) sau đó. Các phần mở rộng ETRN và ATRN dùng lại 250 cho một lượt xử lý hàng đợi đã bắt đầu và cho việc đảo chiều kết nối.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to EHLO, HELO, MAIL FROM, RCPT TO, RSET, NOOP and VRFY, to the end of DATA or BDAT, and to ETRN or ATRN when the request succeeds.</source>
        <comment>250/when</comment>
        <translation>Phản hồi cho EHLO, HELO, MAIL FROM, RCPT TO, RSET, NOOP và VRFY, cho phần kết thúc DATA hoặc BDAT, và cho ETRN hoặc ATRN khi yêu cầu thành công.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. If a message accepted with 250 never arrives, search the receiving server&apos;s logs for the queue ID in the reply text, and ask the recipient to check the spam folder.</source>
        <comment>250/fix/general</comment>
        <translation>Không cần làm gì. Nếu một thư đã được chấp nhận với 250 nhưng không bao giờ đến nơi, hãy tìm mã hàng đợi (queue ID) có trong văn bản phản hồi trong nhật ký của máy chủ nhận, và đề nghị người nhận kiểm tra thư mục thư rác.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of message data</source>
        <comment>250/contexts/0/context</comment>
        <translation>Kết thúc dữ liệu thư</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The receiving server has accepted responsibility for delivering or relaying the message.</source>
        <comment>250/contexts/0/meaning</comment>
        <translation>Máy chủ nhận đã nhận trách nhiệm chuyển phát hoặc chuyển tiếp (relay) thư.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After ETRN</source>
        <comment>250/contexts/1/context</comment>
        <translation>Sau ETRN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server has started a queue run for the requested host or domain.</source>
        <comment>250/contexts/1/meaning</comment>
        <translation>Máy chủ đã bắt đầu một lượt xử lý hàng đợi cho máy hoặc tên miền được yêu cầu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After ATRN</source>
        <comment>250/contexts/2/context</comment>
        <translation>Sau ATRN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server agrees to swap roles and deliver the queued mail over this connection.</source>
        <comment>250/contexts/2/meaning</comment>
        <translation>Máy chủ đồng ý đổi vai trò và chuyển phát thư trong hàng đợi qua kết nối này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>250 accepts the recipient as it is, while 251 accepts it but says the server will forward the message to another address.</source>
        <comment>250/confusedWith/251</comment>
        <translation>250 chấp nhận người nhận như hiện có, trong khi 251 chấp nhận nhưng cho biết máy chủ sẽ chuyển tiếp thư đến một địa chỉ khác.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>354 after DATA only invites the message content, while the 250 after the final dot is the actual acceptance.</source>
        <comment>250/confusedWith/354</comment>
        <translation>354 sau DATA chỉ mời gửi nội dung thư, trong khi 250 sau dấu chấm cuối cùng mới là sự chấp nhận thực sự.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User not local, will forward</source>
        <comment>251/title</comment>
        <translation>Người dùng không thuộc máy chủ này, sẽ chuyển tiếp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server accepts the recipient but states that the mailbox is elsewhere and that it will forward the message, usually naming the new address. Under the ETRN extension, the same code means no messages are waiting for the requested node. Modern servers rarely send it for RCPT TO and usually forward silently with 250.</source>
        <comment>251/description</comment>
        <translation>Máy chủ chấp nhận người nhận nhưng cho biết hộp thư nằm ở nơi khác và nó sẽ chuyển tiếp thư, thường kèm theo địa chỉ mới. Theo phần mở rộng ETRN, cùng mã này có nghĩa là không có thư nào đang chờ cho nút được yêu cầu. Các máy chủ hiện đại hiếm khi gửi mã này cho RCPT TO và thường âm thầm chuyển tiếp với 250.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to RCPT TO or VRFY for an address the server forwards, or to ETRN when nothing is queued for the node.</source>
        <comment>251/when</comment>
        <translation>Phản hồi cho RCPT TO hoặc VRFY đối với một địa chỉ mà máy chủ chuyển tiếp, hoặc cho ETRN khi không có gì trong hàng đợi cho nút đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. Senders may update their address book with the forwarding address in the reply text; after ETRN, nothing is queued, so there is nothing to fetch.</source>
        <comment>251/fix/general</comment>
        <translation>Không cần làm gì. Người gửi có thể cập nhật sổ địa chỉ bằng địa chỉ chuyển tiếp trong văn bản phản hồi; sau ETRN, hàng đợi trống nên không có gì để lấy về.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After RCPT TO or VRFY</source>
        <comment>251/contexts/0/context</comment>
        <translation>Sau RCPT TO hoặc VRFY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address is valid and the server will forward the message to the address given in the text.</source>
        <comment>251/contexts/0/meaning</comment>
        <translation>Địa chỉ hợp lệ và máy chủ sẽ chuyển tiếp thư đến địa chỉ được nêu trong văn bản.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After ETRN</source>
        <comment>251/contexts/1/context</comment>
        <translation>Sau ETRN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server holds no queued mail for the requested host or domain.</source>
        <comment>251/contexts/1/meaning</comment>
        <translation>Máy chủ không giữ thư nào trong hàng đợi cho máy hoặc tên miền được yêu cầu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>251 forwards the message itself, while 551 refuses it and asks the sender to use the other address.</source>
        <comment>251/confusedWith/551</comment>
        <translation>251 tự chuyển tiếp thư, trong khi 551 từ chối thư và yêu cầu người gửi dùng địa chỉ kia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot verify, will attempt delivery</source>
        <comment>252/title</comment>
        <translation>Không thể xác minh, sẽ thử chuyển phát</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server will not confirm whether the mailbox exists, yet it would accept mail for it and try to deliver. Many servers answer every VRFY this way so that the command cannot be used to harvest valid addresses. Under the ETRN extension, 252 means delivery of pending messages for the requested node has started.</source>
        <comment>252/description</comment>
        <translation>Máy chủ sẽ không xác nhận hộp thư có tồn tại hay không, nhưng vẫn sẽ nhận thư cho hộp thư đó và thử chuyển phát. Nhiều máy chủ trả lời mọi VRFY theo cách này để lệnh không thể bị dùng để thu thập địa chỉ hợp lệ. Theo phần mở rộng ETRN, 252 có nghĩa là việc chuyển phát các thư đang chờ cho nút được yêu cầu đã bắt đầu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to VRFY on servers that do not disclose mailbox information, or to ETRN when the server starts sending queued mail.</source>
        <comment>252/when</comment>
        <translation>Phản hồi cho VRFY trên các máy chủ không tiết lộ thông tin hộp thư, hoặc cho ETRN khi máy chủ bắt đầu gửi thư trong hàng đợi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. A 252 to VRFY proves nothing about the address, so judge an address by real delivery results and bounce reports instead.</source>
        <comment>252/fix/general</comment>
        <translation>Không cần làm gì. Mã 252 cho VRFY không chứng minh được gì về địa chỉ, vì vậy hãy đánh giá địa chỉ dựa trên kết quả chuyển phát thực tế và các thư báo không gửi được (NDR).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After VRFY</source>
        <comment>252/contexts/0/context</comment>
        <translation>Sau VRFY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server neither confirms nor denies the address but would accept mail for it.</source>
        <comment>252/contexts/0/meaning</comment>
        <translation>Máy chủ không xác nhận cũng không phủ nhận địa chỉ nhưng sẽ nhận thư cho địa chỉ đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After ETRN</source>
        <comment>252/contexts/1/context</comment>
        <translation>Sau ETRN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages are pending for the requested node and the server has started delivering them.</source>
        <comment>252/contexts/1/meaning</comment>
        <translation>Có thư đang chờ cho nút được yêu cầu và máy chủ đã bắt đầu chuyển phát chúng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>250 to VRFY confirms the mailbox, while 252 neither confirms nor denies it.</source>
        <comment>252/confusedWith/250</comment>
        <translation>250 cho VRFY xác nhận hộp thư, trong khi 252 không xác nhận cũng không phủ nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>550 to VRFY says the address is unknown or refused, while 252 gives no verdict and still promises to try delivery.</source>
        <comment>252/confusedWith/550</comment>
        <translation>550 cho VRFY cho biết địa chỉ không xác định hoặc bị từ chối, trong khi 252 không đưa ra kết luận và vẫn hứa sẽ thử chuyển phát.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending messages started (ETRN)</source>
        <comment>253/title</comment>
        <translation>Đã bắt đầu gửi thư đang chờ (ETRN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defined by the ETRN extension, 253 confirms that the server has started delivering queued mail for the requested node and states how many messages are pending. The messages travel over a new connection that the server opens to the client&apos;s host, not over the current session.</source>
        <comment>253/description</comment>
        <translation>Được định nghĩa bởi phần mở rộng ETRN, 253 xác nhận rằng máy chủ đã bắt đầu chuyển phát thư trong hàng đợi cho nút được yêu cầu và cho biết có bao nhiêu thư đang chờ. Các thư được truyền qua một kết nối mới mà máy chủ mở đến máy của máy khách, chứ không qua phiên hiện tại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to ETRN when mail is queued for the named host or domain and the server begins sending it.</source>
        <comment>253/when</comment>
        <translation>Phản hồi cho ETRN khi có thư trong hàng đợi cho máy hoặc tên miền được nêu và máy chủ bắt đầu gửi thư đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. Make sure the client host accepts inbound connections on port 25 from the provider, because the queue is delivered over a fresh connection.</source>
        <comment>253/fix/general</comment>
        <translation>Không cần làm gì. Hãy bảo đảm máy của máy khách chấp nhận kết nối đến trên cổng 25 từ nhà cung cấp, vì hàng đợi được chuyển phát qua một kết nối mới.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>253 means messages are waiting and their delivery has started, while 251 after ETRN means nothing is queued for the node.</source>
        <comment>253/confusedWith/251</comment>
        <translation>253 có nghĩa là có thư đang chờ và việc chuyển phát đã bắt đầu, trong khi 251 sau ETRN có nghĩa là không có gì trong hàng đợi cho nút đó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication challenge</source>
        <comment>334/title</comment>
        <translation>Thử thách xác thực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is in the middle of an AUTH exchange and waits for the client&apos;s next response. The text after the code is a Base64 challenge, possibly empty; with the common LOGIN mechanism it decodes to a prompt for the username or password. The client answers with one Base64 line, or with a single asterisk to cancel.</source>
        <comment>334/description</comment>
        <translation>Máy chủ đang ở giữa một trao đổi AUTH và chờ phản hồi tiếp theo của máy khách. Văn bản sau mã là một thử thách Base64, có thể rỗng; với cơ chế LOGIN phổ biến, nó giải mã thành lời nhắc nhập tên người dùng hoặc mật khẩu. Máy khách trả lời bằng một dòng Base64, hoặc bằng một dấu sao duy nhất để hủy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to AUTH, and to each client response, while the SASL mechanism still needs more data.</source>
        <comment>334/when</comment>
        <translation>Phản hồi cho AUTH, và cho từng phản hồi của máy khách, khi cơ chế SASL vẫn cần thêm dữ liệu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed while the exchange continues. If a client stalls at this step, compare the mechanisms advertised after EHLO with the one configured in the client, and check its account settings.</source>
        <comment>334/fix/general</comment>
        <translation>Không cần làm gì khi trao đổi vẫn đang tiếp diễn. Nếu máy khách bị treo ở bước này, hãy so sánh các cơ chế được quảng bá sau EHLO với cơ chế được cấu hình trong máy khách, và kiểm tra thiết lập tài khoản của nó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>334 asks for the next step of an AUTH exchange, while 354 asks for the message content after DATA.</source>
        <comment>334/confusedWith/354</comment>
        <translation>334 yêu cầu bước tiếp theo của một trao đổi AUTH, trong khi 354 yêu cầu nội dung thư sau DATA.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start mail input</source>
        <comment>354/title</comment>
        <translation>Bắt đầu nhập thư</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server accepted DATA and is ready for the message content, headers first, ending with a line that holds only a dot. It is an intermediate reply: the message is not accepted until the reply that follows the final dot. Clients using the CHUNKING extension send BDAT instead and never see 354.</source>
        <comment>354/description</comment>
        <translation>Máy chủ đã chấp nhận DATA và sẵn sàng nhận nội dung thư, phần đầu thư (header) trước, kết thúc bằng một dòng chỉ chứa một dấu chấm. Đây là phản hồi trung gian: thư chưa được chấp nhận cho đến phản hồi theo sau dấu chấm cuối cùng. Máy khách dùng phần mở rộng CHUNKING sẽ gửi BDAT thay thế và không bao giờ thấy 354.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to DATA after at least one recipient has been accepted.</source>
        <comment>354/when</comment>
        <translation>Phản hồi cho DATA sau khi ít nhất một người nhận đã được chấp nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. If the session stalls after 354, look for a firewall or antivirus proxy altering the data stream, a missing final dot line, or a server timeout on very large messages.</source>
        <comment>354/fix/general</comment>
        <translation>Không cần làm gì. Nếu phiên bị treo sau 354, hãy tìm tường lửa hoặc proxy diệt virus làm thay đổi luồng dữ liệu, dòng dấu chấm cuối cùng bị thiếu, hoặc máy chủ hết thời gian chờ với các thư rất lớn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>354 only invites the message content, while the 250 after the final dot confirms that the message was accepted.</source>
        <comment>354/confusedWith/250</comment>
        <translation>354 chỉ mời gửi nội dung thư, trong khi 250 sau dấu chấm cuối cùng xác nhận rằng thư đã được chấp nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>503 to DATA means no recipient was accepted first, while 354 means the server is ready for the content.</source>
        <comment>354/confusedWith/503</comment>
        <translation>503 cho DATA có nghĩa là chưa có người nhận nào được chấp nhận trước đó, trong khi 354 có nghĩa là máy chủ sẵn sàng nhận nội dung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart offset (checkpoint/restart)</source>
        <comment>355/title</comment>
        <translation>Vị trí tiếp tục (checkpoint/restart)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defined by the experimental checkpoint/restart extension, 355 answers a MAIL FROM that repeats the TRANSID of an interrupted transaction. The first field of the text is the number of message octets the server has already stored, and the client resumes sending from that point instead of starting over. Very few servers implement the extension.</source>
        <comment>355/description</comment>
        <translation>Được định nghĩa bởi phần mở rộng thử nghiệm checkpoint/restart, 355 trả lời một MAIL FROM lặp lại TRANSID của một giao dịch bị gián đoạn. Trường đầu tiên của văn bản là số octet của thư mà máy chủ đã lưu, và máy khách tiếp tục gửi từ điểm đó thay vì bắt đầu lại từ đầu. Rất ít máy chủ triển khai phần mở rộng này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to a repeated MAIL FROM with the same TRANSID parameter after a connection broke during message transfer, on servers that advertise CHECKPOINT.</source>
        <comment>355/when</comment>
        <translation>Phản hồi cho một MAIL FROM lặp lại với cùng tham số TRANSID sau khi kết nối bị đứt trong lúc truyền thư, trên các máy chủ quảng bá CHECKPOINT.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed when both sides implement the extension. If a client mishandles the reply, send the message again without the TRANSID parameter so the server treats it as a new transaction.</source>
        <comment>355/fix/general</comment>
        <translation>Không cần làm gì khi cả hai phía đều triển khai phần mở rộng này. Nếu máy khách xử lý sai phản hồi, hãy gửi lại thư mà không có tham số TRANSID để máy chủ coi đó là một giao dịch mới.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>354 asks for the whole message after DATA, while 355 tells a restarting client how much of an interrupted message the server already holds.</source>
        <comment>355/confusedWith/354</comment>
        <translation>354 yêu cầu toàn bộ thư sau DATA, trong khi 355 cho máy khách đang khởi động lại biết máy chủ đã giữ được bao nhiêu phần của thư bị gián đoạn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service not available, closing</source>
        <comment>421/title</comment>
        <translation>Dịch vụ không khả dụng, đang đóng kết nối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is closing the connection on its own initiative, so any unfinished transaction fails and must be retried later. Common causes are overload, maintenance, too many connections or errors from one client, rate limits, timeouts, and reputation checks that defer at connect time. It can arrive in reply to any command.</source>
        <comment>421/description</comment>
        <translation>Máy chủ tự ý đóng kết nối, vì vậy mọi giao dịch chưa hoàn tất đều thất bại và phải được thử lại sau. Các nguyên nhân thường gặp là quá tải, bảo trì, quá nhiều kết nối hoặc lỗi từ một máy khách, giới hạn tốc độ, hết thời gian chờ, và các kiểm tra uy tín trì hoãn ngay lúc kết nối. Mã này có thể xuất hiện để phản hồi bất kỳ lệnh nào.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At connection time instead of the 220 greeting, or in reply to any later command when the server decides to end the session.</source>
        <comment>421/when</comment>
        <translation>Lúc kết nối thay cho lời chào 220, hoặc để phản hồi bất kỳ lệnh nào sau đó khi máy chủ quyết định kết thúc phiên.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait and let your mail client or server retry; the message stays queued. If it happens only to you, check whether your client opens many parallel connections or sends faster than the provider&apos;s rate limits allow.</source>
        <comment>421/fix/sender</comment>
        <translation>Hãy chờ và để trình khách thư hoặc máy chủ của bạn thử lại; thư vẫn nằm trong hàng đợi. Nếu việc này chỉ xảy ra với bạn, hãy kiểm tra xem trình khách của bạn có mở nhiều kết nối song song hoặc gửi nhanh hơn mức giới hạn tốc độ của nhà cung cấp cho phép hay không.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry with backoff and lower concurrency toward that destination, for example with Postfix default_destination_concurrency_limit. Read the reply text for rate-limit or reputation hints and check your IP address against public block lists.</source>
        <comment>421/fix/sendingServer</comment>
        <translation>Để hàng đợi thử lại với thời gian chờ tăng dần và giảm số kết nối đồng thời đến đích đó, ví dụ bằng default_destination_concurrency_limit của Postfix. Đọc văn bản phản hồi để tìm gợi ý về giới hạn tốc độ hoặc uy tín, và kiểm tra địa chỉ IP của bạn trên các danh sách chặn công khai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server logs for the reason: connection limits such as Postfix smtpd_client_connection_count_limit, load, low disk space, or a policy service that defers. Raise limits that are too tight and make sure maintenance modes are switched off.</source>
        <comment>421/fix/receivingServer</comment>
        <translation>Kiểm tra nhật ký máy chủ để tìm lý do: giới hạn kết nối như smtpd_client_connection_count_limit của Postfix, tải hệ thống, dung lượng đĩa thấp, hoặc một dịch vụ chính sách trì hoãn. Nâng các giới hạn quá chặt và bảo đảm các chế độ bảo trì đã được tắt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>421 closes the whole session, while 450 refuses one request, often a single recipient, and keeps the connection open.</source>
        <comment>421/confusedWith/450</comment>
        <translation>421 đóng toàn bộ phiên, trong khi 450 từ chối một yêu cầu, thường là một người nhận, và giữ kết nối mở.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>451 aborts one command because of a local processing error, whereas 421 ends the connection entirely.</source>
        <comment>421/confusedWith/451</comment>
        <translation>451 hủy một lệnh do lỗi xử lý cục bộ, còn 421 kết thúc hoàn toàn kết nối.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>221 is the orderly close after QUIT, while 421 is an unrequested close that leaves unfinished mail to be retried.</source>
        <comment>421/confusedWith/221</comment>
        <translation>221 là việc đóng kết nối có trật tự sau QUIT, trong khi 421 là việc đóng không được yêu cầu, để lại thư chưa hoàn tất để thử lại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password transition (rare variant)</source>
        <comment>422/title</comment>
        <translation>Chuyển đổi mật khẩu (biến thể hiếm gặp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No SMTP RFC defines 422 on its own. The IANA enhanced status code registry lists it beside 432 for X.7.12, a password transition needed before the chosen AUTH mechanism works. Unofficial code lists often claim 422 means a full recipient mailbox, but standard servers report that with 452 or 552. Read the text and any enhanced code to learn what the server meant.</source>
        <comment>422/description</comment>
        <translation>Không có RFC SMTP nào tự định nghĩa 422. Sổ đăng ký mã trạng thái mở rộng của IANA liệt kê nó bên cạnh 432 cho X.7.12, tức là cần chuyển đổi mật khẩu trước khi cơ chế AUTH đã chọn có thể hoạt động. Các danh sách mã không chính thức thường cho rằng 422 nghĩa là hộp thư người nhận đã đầy, nhưng các máy chủ chuẩn báo lỗi đó bằng 452 hoặc 552. Hãy đọc văn bản và mã trạng thái mở rộng đi kèm (nếu có) để hiểu ý của máy chủ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rarely seen; when it appears, it is usually a reply to AUTH or comes from a server with custom reply templates.</source>
        <comment>422/when</comment>
        <translation>Hiếm gặp; khi xuất hiện, nó thường là phản hồi cho AUTH hoặc đến từ một máy chủ có mẫu phản hồi tùy chỉnh.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the text mentions a password or mechanism change, sign in once as your provider instructs, for example with a plain password over TLS, or reset the password. If it mentions storage, contact the recipient by other means.</source>
        <comment>422/fix/sender</comment>
        <translation>Nếu văn bản đề cập đến việc thay đổi mật khẩu hoặc cơ chế, hãy đăng nhập một lần theo hướng dẫn của nhà cung cấp, ví dụ bằng mật khẩu thường qua TLS, hoặc đặt lại mật khẩu. Nếu văn bản đề cập đến dung lượng lưu trữ, hãy liên hệ với người nhận bằng cách khác.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treat 422 as a temporary failure and retry on the normal schedule. Log the full reply, including any enhanced code, so the receiving administrator can confirm what it means.</source>
        <comment>422/fix/sendingServer</comment>
        <translation>Hãy coi 422 là lỗi tạm thời và thử lại theo lịch bình thường. Ghi lại toàn bộ phản hồi, kể cả mã trạng thái mở rộng nếu có, để quản trị viên phía nhận có thể xác nhận ý nghĩa của nó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefer the standard codes: 432 with 4.7.12 for a password transition, and 452 with 4.2.2 or 552 with 5.2.2 for a full mailbox. Search custom reply templates and filters for the source of 422.</source>
        <comment>422/fix/receivingServer</comment>
        <translation>Ưu tiên các mã chuẩn: 432 với 4.7.12 cho việc chuyển đổi mật khẩu, và 452 với 4.2.2 hoặc 552 với 5.2.2 cho hộp thư đầy. Tìm nguồn gốc của 422 trong các mẫu phản hồi tùy chỉnh và bộ lọc.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>432 is the code RFC 4954 assigns to a needed password transition, while 422 is only a registry-listed alternative that few servers send.</source>
        <comment>422/confusedWith/432</comment>
        <translation>432 là mã mà RFC 4954 quy định cho trường hợp cần chuyển đổi mật khẩu, trong khi 422 chỉ là một phương án thay thế được liệt kê trong sổ đăng ký mà ít máy chủ gửi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>452 is the standard temporary reply for insufficient storage, while 422 has no storage meaning in any RFC despite claims in unofficial lists.</source>
        <comment>422/confusedWith/452</comment>
        <translation>452 là phản hồi tạm thời chuẩn cho tình trạng không đủ dung lượng lưu trữ, trong khi 422 không mang nghĩa về dung lượng lưu trữ trong bất kỳ RFC nào, bất chấp những gì các danh sách không chính thức khẳng định.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rare temporary command refusal</source>
        <comment>430/title</comment>
        <translation>Từ chối lệnh tạm thời hiếm gặp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No SMTP RFC defines 430 on its own. The IANA enhanced status code registry lists it among the basic codes that may accompany X.5.1, invalid command, so a server sending it signals a command refused for now or sent out of order. It is seldom seen, and the server&apos;s text carries the real meaning.</source>
        <comment>430/description</comment>
        <translation>Không có RFC SMTP nào tự định nghĩa 430. Sổ đăng ký mã trạng thái mở rộng của IANA liệt kê nó trong số các mã phản hồi cơ bản có thể đi kèm X.5.1 (lệnh không hợp lệ), vì vậy máy chủ gửi mã này cho biết một lệnh bị từ chối tạm thời hoặc được gửi sai thứ tự. Mã này hiếm gặp, và văn bản của máy chủ mới mang ý nghĩa thực sự.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rarely seen; a server with custom reply templates may return it to a command it refuses for the moment.</source>
        <comment>430/when</comment>
        <translation>Hiếm gặp; một máy chủ có mẫu phản hồi tùy chỉnh có thể trả về mã này cho một lệnh mà nó tạm thời từ chối.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry later, and if it persists, read the reply text and check the client settings it points to, such as authentication or encryption options.</source>
        <comment>430/fix/sender</comment>
        <translation>Hãy thử lại sau, và nếu lỗi vẫn tiếp diễn, hãy đọc văn bản phản hồi và kiểm tra các thiết lập máy khách mà nó đề cập, chẳng hạn tùy chọn xác thực hoặc mã hóa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treat 430 as a temporary failure and let the queue retry. Record the full reply and any enhanced code so the receiving administrator can identify the rule that produced it.</source>
        <comment>430/fix/sendingServer</comment>
        <translation>Hãy coi 430 là lỗi tạm thời và để hàng đợi thử lại. Ghi lại toàn bộ phản hồi và mã trạng thái mở rộng nếu có để quản trị viên phía nhận có thể xác định quy tắc đã tạo ra nó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a defined code instead: 503 for a bad command sequence, 530 when authentication is required, or 450 or 451 for temporary refusals. Search custom reply templates and policy filters for the source of 430.</source>
        <comment>430/fix/receivingServer</comment>
        <translation>Hãy dùng một mã đã được định nghĩa: 503 cho sai thứ tự lệnh, 530 khi yêu cầu xác thực, hoặc 450 hay 451 cho các từ chối tạm thời. Tìm nguồn gốc của 430 trong các mẫu phản hồi tùy chỉnh và bộ lọc chính sách.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>530 is the defined reply when authentication is required first, while 430 has no RFC definition and only a registry link to invalid commands.</source>
        <comment>430/confusedWith/530</comment>
        <translation>530 là phản hồi được định nghĩa khi cần xác thực trước, trong khi 430 không có định nghĩa trong RFC nào và chỉ được sổ đăng ký liên kết với lệnh không hợp lệ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>503 permanently rejects a command sent out of order, whereas 430 is a rarely used temporary refusal.</source>
        <comment>430/confusedWith/503</comment>
        <translation>503 từ chối vĩnh viễn một lệnh được gửi sai thứ tự, còn 430 là một phản hồi từ chối tạm thời hiếm khi được dùng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password transition needed</source>
        <comment>432/title</comment>
        <translation>Cần chuyển đổi mật khẩu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refuses the chosen AUTH mechanism for now because the account must first be converted to it. Typically the user authenticates once with PLAIN, so the server can store the secret the mechanism needs; the mechanism then works in later sessions. The enhanced code is 4.7.12.</source>
        <comment>432/description</comment>
        <translation>Máy chủ tạm thời từ chối cơ chế AUTH đã chọn vì trước tiên tài khoản phải được chuyển đổi sang cơ chế đó. Thông thường người dùng xác thực một lần bằng PLAIN để máy chủ có thể lưu dạng bí mật mà cơ chế cần; sau đó cơ chế sẽ hoạt động trong các phiên sau. Mã trạng thái mở rộng là 4.7.12.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to AUTH with a mechanism, such as CRAM-MD5 or SCRAM, for which the server does not yet hold a suitable credential.</source>
        <comment>432/when</comment>
        <translation>Phản hồi cho AUTH với một cơ chế, chẳng hạn CRAM-MD5 hoặc SCRAM, mà máy chủ chưa lưu thông tin đăng nhập phù hợp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in once with a plain password mechanism over TLS, or let the mail client choose it automatically, then use the stronger mechanism again. If the problem persists, reset the password so the server stores new credentials.</source>
        <comment>432/fix/sender</comment>
        <translation>Hãy đăng nhập một lần bằng cơ chế mật khẩu thường qua TLS, hoặc để trình khách thư tự động chọn cơ chế đó, rồi dùng lại cơ chế mạnh hơn. Nếu vấn đề vẫn tiếp diễn, hãy đặt lại mật khẩu để máy chủ lưu thông tin đăng nhập mới.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the authentication backend stores the secret form each advertised mechanism needs. Stop advertising mechanisms that cannot work for existing accounts until their credentials have been migrated.</source>
        <comment>432/fix/receivingServer</comment>
        <translation>Kiểm tra xem hệ thống xác thực phía sau có lưu dạng bí mật mà từng cơ chế được quảng bá cần hay không. Ngừng quảng bá các cơ chế không thể hoạt động với tài khoản hiện có cho đến khi thông tin đăng nhập của chúng được chuyển đổi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>535 means the credentials were wrong, while 432 means they may be right but the account must first be used with another mechanism.</source>
        <comment>432/confusedWith/535</comment>
        <translation>535 có nghĩa là thông tin đăng nhập sai, trong khi 432 có nghĩa là chúng có thể đúng nhưng trước tiên tài khoản phải được dùng với một cơ chế khác.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>534 rejects a mechanism as too weak for policy, while 432 asks for a one-time transition before a mechanism can be used.</source>
        <comment>432/confusedWith/534</comment>
        <translation>534 từ chối một cơ chế vì quá yếu theo chính sách, trong khi 432 yêu cầu chuyển đổi một lần trước khi có thể dùng một cơ chế.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection Dropped During Transmission</source>
        <comment>442/title</comment>
        <translation>Kết nối bị ngắt trong khi truyền</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No SMTP standard defines 442; unofficial error lists, mail clients and some servers use it to report that the connection broke before a message transfer finished. It corresponds to the registry condition X.4.2, bad connection. Because it starts with 4, clients treat it as a temporary failure and retry.</source>
        <comment>442/description</comment>
        <translation>Không có tiêu chuẩn SMTP nào định nghĩa 442; các danh sách lỗi không chính thức, trình khách thư và một số máy chủ dùng mã này để báo rằng kết nối bị ngắt trước khi việc truyền thư hoàn tất. Mã này tương ứng với tình trạng X.4.2 trong sổ đăng ký, tức kết nối bị lỗi. Vì bắt đầu bằng 4, máy khách coi đây là lỗi tạm thời và thử lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged by the sending side when the TCP session to the next hop ends mid-transfer, often during DATA with large messages or over unstable links.</source>
        <comment>442/when</comment>
        <translation>Được phía gửi ghi vào nhật ký khi phiên TCP tới chặng kế tiếp kết thúc giữa chừng, thường là trong DATA với thư lớn hoặc qua các đường truyền không ổn định.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the message again later; the mail system normally retries on its own. If it keeps failing, try a smaller attachment or another network, and give the full error text to your administrator.</source>
        <comment>442/fix/sender</comment>
        <translation>Gửi lại thư sau; hệ thống thư thường tự động thử lại. Nếu lỗi vẫn tiếp diễn, hãy thử dùng tệp đính kèm nhỏ hơn hoặc một mạng khác, và gửi toàn bộ nội dung lỗi cho quản trị viên của bạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in the SMTP log where the session dropped and look for firewall or NAT idle timeouts, MTU problems, TLS handshake failures and inline scanners that cut connections. Compare timeout settings on both ends and test delivery to the same host with a small message.</source>
        <comment>442/fix/sendingServer</comment>
        <translation>Tìm trong nhật ký SMTP vị trí phiên bị ngắt và kiểm tra thời gian chờ khi rỗi (idle timeout) của tường lửa hoặc NAT, sự cố MTU, lỗi bắt tay TLS và các bộ quét nội tuyến cắt ngang kết nối. So sánh thiết lập thời gian chờ ở cả hai đầu và thử chuyển phát một thư nhỏ tới cùng máy chủ đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check whether your server closed the session because of connection limits, timeouts, resource exhaustion or a crashed content filter. Review receive connector or smtpd timeout settings and the system logs at the time of the drop.</source>
        <comment>442/fix/receivingServer</comment>
        <translation>Kiểm tra xem máy chủ của bạn có đóng phiên vì giới hạn kết nối, hết thời gian chờ, cạn kiệt tài nguyên hoặc bộ lọc nội dung bị sập không. Xem lại thiết lập thời gian chờ của receive connector hoặc smtpd và nhật ký hệ thống tại thời điểm kết nối bị ngắt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>421 is a real reply in which the server announces it is closing the channel, while 442 is an unofficial label for a connection that broke without a proper reply.</source>
        <comment>442/confusedWith/421</comment>
        <translation>421 là một phản hồi thực sự trong đó máy chủ thông báo sắp đóng kênh, trong khi 442 là nhãn không chính thức cho một kết nối bị ngắt mà không có phản hồi đúng quy cách.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.2 is the registered enhanced code for a bad connection, while 442 is an unofficial three-digit form of the same idea that no RFC defines.</source>
        <comment>442/confusedWith/X.4.2</comment>
        <translation>X.4.2 là mã trạng thái mở rộng đã đăng ký cho kết nối bị lỗi, trong khi 442 là dạng ba chữ số không chính thức của cùng ý nghĩa đó mà không RFC nào định nghĩa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outgoing Message Timed Out</source>
        <comment>447/title</comment>
        <translation>Thư gửi đi bị hết thời hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>447 is an unofficial code that error lists and some gateways use for a message that stayed in the queue until it timed out, usually after repeated temporary failures at the receiving side. It mirrors the registry code X.4.7, delivery time expired, and no RFC defines it as a reply code.</source>
        <comment>447/description</comment>
        <translation>447 là một mã không chính thức mà các danh sách lỗi và một số cổng nối dùng cho thư nằm trong hàng đợi cho đến khi hết thời hạn, thường là sau nhiều lần lỗi tạm thời ở phía nhận. Mã này phản ánh mã X.4.7 trong sổ đăng ký, tức hết thời hạn chuyển phát, và không RFC nào định nghĩa nó là mã phản hồi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by the sending system rather than in a live SMTP reply, when retries to the destination did not succeed before the queue lifetime ran out.</source>
        <comment>447/when</comment>
        <translation>Được hệ thống gửi báo cáo, chứ không phải trong một phản hồi SMTP trực tiếp, khi các lần thử lại tới đích không thành công trước khi hết thời gian lưu trong hàng đợi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the recipient address for typos and send again later. If the bounce repeats, give the full bounce text to your administrator, since the receiving server was probably unreachable or deferring mail for a long time.</source>
        <comment>447/fix/sender</comment>
        <translation>Kiểm tra địa chỉ người nhận xem có lỗi chính tả không và gửi lại sau. Nếu thư báo không gửi được lặp lại, hãy gửi toàn bộ nội dung của nó cho quản trị viên của bạn, vì có thể máy chủ nhận đã không truy cập được hoặc đã trì hoãn thư trong một thời gian dài.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look in the queue and logs for the deferral reasons that came before the timeout, such as 4xx replies, DNS failures or connection timeouts. Fix the cause, check the destination&apos;s MX records, and review queue lifetime settings such as Postfix maximal_queue_lifetime.</source>
        <comment>447/fix/sendingServer</comment>
        <translation>Tìm trong hàng đợi và nhật ký các lý do trì hoãn xảy ra trước khi hết thời hạn, chẳng hạn phản hồi 4xx, lỗi DNS hoặc kết nối hết thời gian chờ. Khắc phục nguyên nhân, kiểm tra các bản ghi MX của đích, và xem lại các thiết lập thời gian lưu trong hàng đợi như maximal_queue_lifetime của Postfix.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check whether your server deferred this sender for a long period, for example through greylisting, rate limits or an outage, and confirm that your MX hosts accept connections on port 25.</source>
        <comment>447/fix/receivingServer</comment>
        <translation>Kiểm tra xem máy chủ của bạn có trì hoãn người gửi này trong thời gian dài không, ví dụ do danh sách xám (greylisting), giới hạn tốc độ hoặc sự cố ngừng hoạt động, và xác nhận rằng các máy MX của bạn chấp nhận kết nối trên cổng 25.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.7 is the registered enhanced code for an expired delivery time, while 447 is an unofficial three-digit rendering of it that servers do not send as a reply.</source>
        <comment>447/confusedWith/X.4.7</comment>
        <translation>X.4.7 là mã trạng thái mở rộng đã đăng ký cho việc hết thời hạn chuyển phát, trong khi 447 là cách viết ba chữ số không chính thức của mã đó mà các máy chủ không gửi làm phản hồi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4.4.7 in an Exchange Online bounce reports the same expiry with a proper enhanced code, while 447 is the unofficial shorthand found in older tools and lists.</source>
        <comment>447/confusedWith/4.4.7@Microsoft</comment>
        <translation>4.4.7 trong thư báo không gửi được của Exchange Online báo cùng tình trạng hết hạn bằng một mã trạng thái mở rộng đúng chuẩn, trong khi 447 là cách viết tắt không chính thức có trong các công cụ và danh sách cũ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox unavailable, try later</source>
        <comment>450/title</comment>
        <translation>Hộp thư không khả dụng, hãy thử lại sau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not take the requested action for now, usually because the mailbox is busy or locked, or because a policy check deferred the request. Greylisting is the most common cause: the first attempt from an unknown sender is deferred on purpose and accepted on a later retry. Under the ATRN extension, 450 means the request to reverse the connection was refused.</source>
        <comment>450/description</comment>
        <translation>Máy chủ tạm thời không thực hiện hành động được yêu cầu, thường vì hộp thư đang bận hoặc bị khóa, hoặc vì một kiểm tra chính sách đã trì hoãn yêu cầu. Danh sách xám (greylisting) là nguyên nhân phổ biến nhất: lần thử đầu tiên từ một người gửi chưa biết bị cố ý trì hoãn và được chấp nhận ở lần thử lại sau. Theo phần mở rộng ATRN, 450 có nghĩa là yêu cầu đảo chiều kết nối đã bị từ chối.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to RCPT TO most often, and sometimes to MAIL FROM or to the end of DATA, when a temporary condition or policy defers the request; also to ATRN.</source>
        <comment>450/when</comment>
        <translation>Thường gặp nhất là phản hồi cho RCPT TO, đôi khi cho MAIL FROM hoặc cho phần kết thúc DATA, khi một tình trạng tạm thời hoặc chính sách trì hoãn yêu cầu; cũng là phản hồi cho ATRN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait; your mail server retries automatically, and greylisting usually clears within minutes to an hour. If the message is still undelivered after a day, read the delay notice for the server&apos;s text.</source>
        <comment>450/fix/sender</comment>
        <translation>Hãy chờ; máy chủ thư của bạn tự động thử lại, và danh sách xám (greylisting) thường được vượt qua trong vòng vài phút đến một giờ. Nếu sau một ngày thư vẫn chưa được chuyển phát, hãy đọc thông báo chậm trễ để xem văn bản của máy chủ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure the queue retries with the same envelope and from the same IP address range, which greylisting expects. Check the reply text for DNS, reverse DNS, SPF or reputation hints, and confirm your IP address is not on block lists.</source>
        <comment>450/fix/sendingServer</comment>
        <translation>Hãy bảo đảm hàng đợi thử lại với cùng phong bì thư (envelope) và từ cùng dải địa chỉ IP, như danh sách xám (greylisting) yêu cầu. Kiểm tra văn bản phản hồi để tìm gợi ý về DNS, DNS ngược, SPF hoặc uy tín, và xác nhận địa chỉ IP của bạn không nằm trong danh sách chặn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the logs and policy services, such as greylisting, rate limits and DNS checks, that produced the deferral. Allow known senders that retry from many IP addresses, and make sure temporary DNS failures do not defer legitimate mail for long.</source>
        <comment>450/fix/receivingServer</comment>
        <translation>Kiểm tra nhật ký và các dịch vụ chính sách, chẳng hạn danh sách xám (greylisting), giới hạn tốc độ và kiểm tra DNS, đã gây ra việc trì hoãn. Cho phép những người gửi đã biết thử lại từ nhiều địa chỉ IP, và bảo đảm các lỗi DNS tạm thời không trì hoãn thư hợp lệ quá lâu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After MAIL FROM, RCPT TO or DATA</source>
        <comment>450/contexts/0/context</comment>
        <translation>Sau MAIL FROM, RCPT TO hoặc DATA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request is deferred for now and should succeed on a later retry.</source>
        <comment>450/contexts/0/meaning</comment>
        <translation>Yêu cầu tạm thời bị trì hoãn và sẽ thành công ở lần thử lại sau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After ATRN</source>
        <comment>450/contexts/1/context</comment>
        <translation>Sau ATRN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refuses to reverse the connection and deliver queued mail for the requested domains.</source>
        <comment>450/contexts/1/meaning</comment>
        <translation>Máy chủ từ chối đảo chiều kết nối và chuyển phát thư trong hàng đợi cho các tên miền được yêu cầu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>450 defers the request so it can succeed on retry, while 550 refuses it permanently.</source>
        <comment>450/confusedWith/550</comment>
        <translation>450 trì hoãn yêu cầu để yêu cầu có thể thành công khi thử lại, trong khi 550 từ chối vĩnh viễn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>451 reports a processing error on the server, while 450 concerns the mailbox or a policy deferral.</source>
        <comment>450/confusedWith/451</comment>
        <translation>451 báo lỗi xử lý trên máy chủ, trong khi 450 liên quan đến hộp thư hoặc việc trì hoãn theo chính sách.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>421 ends the whole session, while 450 refuses a single request and leaves the connection open.</source>
        <comment>450/confusedWith/421</comment>
        <translation>421 kết thúc toàn bộ phiên, trong khi 450 từ chối một yêu cầu duy nhất và giữ kết nối mở.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local error in processing</source>
        <comment>451/title</comment>
        <translation>Lỗi xử lý cục bộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server aborted the request because of a problem on its own side, such as a failed lookup, an unavailable content filter or database, or a queue that cannot be written. Some servers also use 451 for greylisting, temporary SPF or DNS errors, and rate limits. Under the ATRN extension, it means the server cannot process the request at the moment.</source>
        <comment>451/description</comment>
        <translation>Máy chủ đã hủy yêu cầu do sự cố ở phía mình, chẳng hạn tra cứu thất bại, bộ lọc nội dung hoặc cơ sở dữ liệu không khả dụng, hoặc hàng đợi không thể ghi. Một số máy chủ cũng dùng 451 cho danh sách xám (greylisting), lỗi SPF hoặc DNS tạm thời, và giới hạn tốc độ. Theo phần mở rộng ATRN, mã này có nghĩa là máy chủ hiện không thể xử lý yêu cầu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to MAIL FROM, RCPT TO or the end of DATA when a local component fails or defers the request; also to ATRN.</source>
        <comment>451/when</comment>
        <translation>Phản hồi cho MAIL FROM, RCPT TO hoặc phần kết thúc DATA khi một thành phần cục bộ gặp lỗi hoặc trì hoãn yêu cầu; cũng là phản hồi cho ATRN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is usually needed because the message is retried automatically. If delays last more than a few hours, send the reply text to the recipient&apos;s administrator or to your provider.</source>
        <comment>451/fix/sender</comment>
        <translation>Thường không cần làm gì vì thư sẽ được tự động thử lại. Nếu tình trạng chậm trễ kéo dài hơn vài giờ, hãy gửi văn bản phản hồi cho quản trị viên phía người nhận hoặc cho nhà cung cấp của bạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry. If every attempt fails, look for a pattern in the reply: DNS errors for your domain (check that SPF and MX records resolve), rate limits, or a content filter timing out on large messages.</source>
        <comment>451/fix/sendingServer</comment>
        <translation>Để hàng đợi thử lại. Nếu mọi lần thử đều thất bại, hãy tìm quy luật trong phản hồi: lỗi DNS cho tên miền của bạn (kiểm tra xem các bản ghi SPF và MX có phân giải được không), giới hạn tốc độ, hoặc bộ lọc nội dung hết thời gian chờ với các thư lớn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the mail logs at the time of the deferral for failed milters, antivirus or policy daemons, database or LDAP lookups, and DNS resolver timeouts. Verify free disk space and queue permissions, then restart the failed component.</source>
        <comment>451/fix/receivingServer</comment>
        <translation>Kiểm tra nhật ký thư tại thời điểm trì hoãn để tìm milter bị lỗi, các tiến trình diệt virus hoặc chính sách, các tra cứu cơ sở dữ liệu hoặc LDAP, và tình trạng hết thời gian chờ của trình phân giải DNS. Xác minh dung lượng đĩa trống và quyền truy cập hàng đợi, sau đó khởi động lại thành phần bị lỗi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During a mail transaction</source>
        <comment>451/contexts/0/context</comment>
        <translation>Trong một giao dịch thư</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A temporary local problem stopped the command, and the client keeps the message and retries.</source>
        <comment>451/contexts/0/meaning</comment>
        <translation>Một sự cố cục bộ tạm thời đã làm dừng lệnh, và máy khách giữ lại thư để thử lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After ATRN</source>
        <comment>451/contexts/1/context</comment>
        <translation>Sau ATRN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot handle the ATRN request right now, and the client should try again later.</source>
        <comment>451/contexts/1/meaning</comment>
        <translation>Máy chủ hiện không thể xử lý yêu cầu ATRN, và máy khách nên thử lại sau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>450 points to the mailbox or a policy deferral, while 451 points to an error in the server&apos;s own processing.</source>
        <comment>451/confusedWith/450</comment>
        <translation>450 chỉ đến hộp thư hoặc việc trì hoãn theo chính sách, trong khi 451 chỉ đến lỗi trong quá trình xử lý của chính máy chủ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>421 closes the connection, while 451 fails one command and keeps the session open.</source>
        <comment>451/confusedWith/421</comment>
        <translation>421 đóng kết nối, trong khi 451 làm thất bại một lệnh và giữ phiên mở.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>554 after the message data rejects the message for good, while 451 at the same point asks for a later retry.</source>
        <comment>451/confusedWith/554</comment>
        <translation>554 sau dữ liệu thư từ chối thư vĩnh viễn, trong khi 451 ở cùng thời điểm đó yêu cầu thử lại sau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insufficient system storage</source>
        <comment>452/title</comment>
        <translation>Không đủ dung lượng lưu trữ của hệ thống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot accept the request now because it lacks storage or has reached a limit. After RCPT TO it often means too many recipients, and the client sends the rest in a new transaction. Under the SIZE extension, 452 to MAIL FROM means the declared size does not fit the space available now. Many providers also use it with 4.2.2 for a mailbox over quota.</source>
        <comment>452/description</comment>
        <translation>Máy chủ hiện không thể chấp nhận yêu cầu vì thiếu dung lượng lưu trữ hoặc đã chạm đến một giới hạn. Sau RCPT TO, mã này thường có nghĩa là quá nhiều người nhận, và máy khách gửi số người nhận còn lại trong một giao dịch mới. Theo phần mở rộng SIZE, 452 cho MAIL FROM có nghĩa là kích thước đã khai báo không vừa với dung lượng hiện có. Nhiều nhà cung cấp cũng dùng mã này với 4.2.2 cho hộp thư vượt hạn mức.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to MAIL FROM when the declared SIZE or queue space does not fit, to RCPT TO when recipient or quota limits are reached, or at the end of DATA.</source>
        <comment>452/when</comment>
        <translation>Phản hồi cho MAIL FROM khi SIZE đã khai báo hoặc dung lượng hàng đợi không đủ, cho RCPT TO khi chạm đến giới hạn người nhận hoặc hạn mức, hoặc tại phần kết thúc DATA.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the reply mentions a full mailbox, contact the recipient by other means and ask them to free space. If it mentions too many recipients, split the list or use a mailing list service.</source>
        <comment>452/fix/sender</comment>
        <translation>Nếu phản hồi đề cập đến hộp thư đầy, hãy liên hệ với người nhận bằng cách khác và đề nghị họ giải phóng dung lượng. Nếu phản hồi đề cập đến quá nhiều người nhận, hãy chia nhỏ danh sách hoặc dùng dịch vụ danh sách thư.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry; after a recipient limit, send the deferred recipients in a new transaction, which Postfix and Exim do automatically. If the destination always limits, lower recipients per message, for example with Postfix smtp_destination_recipient_limit.</source>
        <comment>452/fix/sendingServer</comment>
        <translation>Để hàng đợi thử lại; sau khi gặp giới hạn người nhận, hãy gửi những người nhận bị trì hoãn trong một giao dịch mới, điều mà Postfix và Exim tự động thực hiện. Nếu đích đến luôn giới hạn, hãy giảm số người nhận mỗi thư, ví dụ bằng smtp_destination_recipient_limit của Postfix.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check free disk space on the queue and mailbox volumes, the recipient limit (Postfix smtpd_recipient_limit) and per-user quotas. Raise limits that are too tight and alert on disk usage before it runs out.</source>
        <comment>452/fix/receivingServer</comment>
        <translation>Kiểm tra dung lượng đĩa trống trên các ổ chứa hàng đợi và hộp thư, giới hạn người nhận (smtpd_recipient_limit của Postfix) và hạn mức của từng người dùng. Nâng các giới hạn quá chặt và thiết lập cảnh báo về mức sử dụng đĩa trước khi hết dung lượng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After RCPT TO</source>
        <comment>452/contexts/0/context</comment>
        <translation>Sau RCPT TO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transaction reached the recipient limit, and the remaining recipients must go in a new transaction.</source>
        <comment>452/contexts/0/meaning</comment>
        <translation>Giao dịch đã chạm đến giới hạn người nhận, và những người nhận còn lại phải được gửi trong một giao dịch mới.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After MAIL FROM with SIZE</source>
        <comment>452/contexts/1/context</comment>
        <translation>Sau MAIL FROM có SIZE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The declared message size cannot be stored right now, but it may fit later.</source>
        <comment>452/contexts/1/meaning</comment>
        <translation>Hiện không thể lưu thư với kích thước đã khai báo, nhưng có thể lưu được sau này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With enhanced code 4.2.2</source>
        <comment>452/contexts/2/context</comment>
        <translation>Với mã trạng thái mở rộng 4.2.2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient&apos;s mailbox is over quota, and the message can be accepted once space is freed.</source>
        <comment>452/contexts/2/meaning</comment>
        <translation>Hộp thư của người nhận đã vượt hạn mức, và thư có thể được chấp nhận khi dung lượng được giải phóng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>452 is a temporary storage or recipient limit that may clear on retry, while 552 says a size or storage allocation was exceeded permanently.</source>
        <comment>452/confusedWith/552</comment>
        <translation>452 là giới hạn lưu trữ hoặc giới hạn người nhận tạm thời có thể hết khi thử lại, trong khi 552 cho biết kích thước hoặc dung lượng lưu trữ được cấp đã bị vượt quá vĩnh viễn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>451 reports a local processing error, while 452 specifically reports a lack of storage or a limit reached.</source>
        <comment>452/confusedWith/451</comment>
        <translation>451 báo lỗi xử lý cục bộ, trong khi 452 báo cụ thể tình trạng thiếu dung lượng lưu trữ hoặc đã chạm đến một giới hạn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No mail waiting (ATRN)</source>
        <comment>453/title</comment>
        <translation>Không có thư đang chờ (ATRN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defined by the On-Demand Mail Relay extension, 453 answers ATRN when the server holds no queued mail for the client&apos;s domains. Nothing is wrong; the connection is simply not reversed because there is nothing to deliver. The IANA registry also lists 453 with X.3.2, a system not accepting network messages.</source>
        <comment>453/description</comment>
        <translation>Được định nghĩa bởi phần mở rộng On-Demand Mail Relay, 453 trả lời ATRN khi máy chủ không giữ thư nào trong hàng đợi cho các tên miền của máy khách. Không có gì sai; kết nối chỉ đơn giản là không được đảo chiều vì không có gì để chuyển phát. Sổ đăng ký của IANA cũng liệt kê 453 cùng với X.3.2, tức là hệ thống không nhận thư từ mạng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to ATRN from an authenticated client when no messages are queued for its domains.</source>
        <comment>453/when</comment>
        <translation>Phản hồi cho ATRN từ một máy khách đã xác thực khi không có thư nào trong hàng đợi cho các tên miền của máy khách đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. If you expected mail, check that the domains in ATRN match those the provider queues for your account and that senders use the provider&apos;s MX hosts.</source>
        <comment>453/fix/general</comment>
        <translation>Không cần làm gì. Nếu bạn đang chờ thư, hãy kiểm tra xem các tên miền trong ATRN có khớp với các tên miền mà nhà cung cấp đưa vào hàng đợi cho tài khoản của bạn không, và người gửi có dùng các máy chủ MX của nhà cung cấp không.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After ATRN</source>
        <comment>453/contexts/0/context</comment>
        <translation>Sau ATRN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No mail is queued for the requested domains, so the server does not reverse the connection.</source>
        <comment>453/contexts/0/meaning</comment>
        <translation>Không có thư nào trong hàng đợi cho các tên miền được yêu cầu, nên máy chủ không đảo chiều kết nối.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With enhanced code X.3.2</source>
        <comment>453/contexts/1/context</comment>
        <translation>Với mã trạng thái mở rộng X.3.2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is temporarily not accepting messages, for example during maintenance or heavy load.</source>
        <comment>453/contexts/1/meaning</comment>
        <translation>Máy chủ tạm thời không nhận thư, ví dụ trong lúc bảo trì hoặc khi tải cao.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>251 after ETRN also means no mail is waiting, while 453 is the equivalent reply to ATRN on an On-Demand Mail Relay server.</source>
        <comment>453/confusedWith/251</comment>
        <translation>251 sau ETRN cũng có nghĩa là không có thư đang chờ, trong khi 453 là phản hồi tương đương cho ATRN trên máy chủ On-Demand Mail Relay.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>450 after ATRN means the request was refused, while 453 means it was allowed but there is no mail to deliver.</source>
        <comment>453/confusedWith/450</comment>
        <translation>450 sau ATRN có nghĩa là yêu cầu đã bị từ chối, trong khi 453 có nghĩa là yêu cầu được cho phép nhưng không có thư để chuyển phát.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporary TLS or authentication failure</source>
        <comment>454/title</comment>
        <translation>Lỗi TLS hoặc xác thực tạm thời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot complete a security step right now. After STARTTLS it means TLS is temporarily unavailable, for example because of a certificate or key problem on the server. After AUTH it means authentication failed for a temporary reason, such as an unreachable password backend. Some servers also use 454 with 4.7.1 to defer relaying for unauthenticated clients.</source>
        <comment>454/description</comment>
        <translation>Máy chủ hiện không thể hoàn tất một bước bảo mật. Sau STARTTLS, mã này có nghĩa là TLS tạm thời không khả dụng, ví dụ do sự cố chứng chỉ hoặc khóa trên máy chủ. Sau AUTH, mã này có nghĩa là xác thực thất bại vì một lý do tạm thời, chẳng hạn không kết nối được với hệ thống mật khẩu phía sau. Một số máy chủ cũng dùng 454 với 4.7.1 để trì hoãn việc chuyển tiếp (relay) cho các máy khách chưa xác thực.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to STARTTLS or AUTH when the server&apos;s TLS setup or authentication backend fails temporarily; occasionally to RCPT TO for a deferred relay attempt.</source>
        <comment>454/when</comment>
        <translation>Phản hồi cho STARTTLS hoặc AUTH khi thiết lập TLS hoặc hệ thống xác thực phía sau của máy chủ tạm thời gặp lỗi; đôi khi cho RCPT TO đối với một lần thử chuyển tiếp (relay) bị trì hoãn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry after a few minutes. If AUTH keeps failing this way, check the provider&apos;s status page; if relaying is deferred, make sure the client authenticates on the submission port (587 or 465) before sending.</source>
        <comment>454/fix/sender</comment>
        <translation>Hãy thử lại sau vài phút. Nếu AUTH liên tục thất bại theo cách này, hãy xem trang trạng thái của nhà cung cấp; nếu việc chuyển tiếp (relay) bị trì hoãn, hãy bảo đảm máy khách xác thực trên cổng submission (587 hoặc 465) trước khi gửi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For STARTTLS failures, follow your policy: retry later if MTA-STS, DANE or local settings require TLS, otherwise deliver without it. Log the reply text so the receiving administrator can trace it.</source>
        <comment>454/fix/sendingServer</comment>
        <translation>Với lỗi STARTTLS, hãy làm theo chính sách của bạn: thử lại sau nếu MTA-STS, DANE hoặc thiết lập cục bộ yêu cầu TLS, nếu không thì chuyển phát không dùng TLS. Ghi lại văn bản phản hồi để quản trị viên phía nhận có thể truy vết.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For STARTTLS, check that the certificate and key files exist, are readable and match (Postfix smtpd_tls_cert_file and smtpd_tls_key_file). For AUTH, check the SASL service, such as saslauthd or Dovecot auth, and its backend.</source>
        <comment>454/fix/receivingServer</comment>
        <translation>Với STARTTLS, hãy kiểm tra xem các tệp chứng chỉ và khóa có tồn tại, đọc được và khớp với nhau không (smtpd_tls_cert_file và smtpd_tls_key_file của Postfix). Với AUTH, hãy kiểm tra dịch vụ SASL, chẳng hạn saslauthd hoặc Dovecot auth, và hệ thống phía sau của nó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After STARTTLS</source>
        <comment>454/contexts/0/context</comment>
        <translation>Sau STARTTLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS is temporarily unavailable, and the client retries later or, if its policy allows, continues without encryption.</source>
        <comment>454/contexts/0/meaning</comment>
        <translation>TLS tạm thời không khả dụng, và máy khách thử lại sau hoặc, nếu chính sách của nó cho phép, tiếp tục mà không mã hóa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After AUTH</source>
        <comment>454/contexts/1/context</comment>
        <translation>Sau AUTH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication could not be completed because of a temporary server-side problem, not because of wrong credentials.</source>
        <comment>454/contexts/1/meaning</comment>
        <translation>Không thể hoàn tất xác thực do một sự cố tạm thời ở phía máy chủ, chứ không phải do thông tin đăng nhập sai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After RCPT TO</source>
        <comment>454/contexts/2/context</comment>
        <translation>Sau RCPT TO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With 4.7.1, the server defers a relay attempt it does not currently allow.</source>
        <comment>454/contexts/2/meaning</comment>
        <translation>Với 4.7.1, máy chủ trì hoãn một lần thử chuyển tiếp (relay) mà hiện nó không cho phép.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>535 means the credentials were rejected, while 454 after AUTH means the server could not check them right now.</source>
        <comment>454/confusedWith/535</comment>
        <translation>535 có nghĩa là thông tin đăng nhập bị từ chối, trong khi 454 sau AUTH có nghĩa là máy chủ hiện không thể kiểm tra chúng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>530 says authentication or STARTTLS is required before the command, while 454 says that step failed temporarily.</source>
        <comment>454/confusedWith/530</comment>
        <translation>530 cho biết cần xác thực hoặc STARTTLS trước lệnh, trong khi 454 cho biết bước đó đã tạm thời thất bại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server unable to accommodate parameters</source>
        <comment>455/title</comment>
        <translation>Máy chủ không thể đáp ứng các tham số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server understood the parameters on MAIL FROM or RCPT TO but cannot honor them at the moment. It is the temporary counterpart of 555, used when a known extension parameter cannot be met right now and the extension does not require another code. The client may retry later or send the command without the parameter.</source>
        <comment>455/description</comment>
        <translation>Máy chủ hiểu các tham số trong MAIL FROM hoặc RCPT TO nhưng hiện không thể đáp ứng chúng. Đây là mã tạm thời tương ứng với 555, được dùng khi một tham số phần mở rộng đã biết hiện không thể được đáp ứng và phần mở rộng đó không yêu cầu mã khác. Máy khách có thể thử lại sau hoặc gửi lệnh mà không có tham số đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to MAIL FROM or RCPT TO carrying extension parameters that the server temporarily cannot honor.</source>
        <comment>455/when</comment>
        <translation>Phản hồi cho MAIL FROM hoặc RCPT TO có kèm các tham số phần mở rộng mà máy chủ tạm thời không thể đáp ứng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry later. If the reply persists, find the parameter that triggers it in the logs and disable that extension toward the destination, for example DSN options, so the command goes out without it.</source>
        <comment>455/fix/sendingServer</comment>
        <translation>Để hàng đợi thử lại sau. Nếu phản hồi vẫn tiếp diễn, hãy tìm trong nhật ký tham số gây ra nó và tắt phần mở rộng đó đối với đích đến, ví dụ các tùy chọn DSN, để lệnh được gửi đi mà không có tham số đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the logs for the parameter and the condition that blocked it, such as an unavailable DSN or priority subsystem. If the parameter can never be honored, return 555 instead so clients stop retrying.</source>
        <comment>455/fix/receivingServer</comment>
        <translation>Kiểm tra nhật ký để tìm tham số và điều kiện đã chặn nó, chẳng hạn hệ thống con DSN hoặc độ ưu tiên không khả dụng. Nếu tham số không bao giờ có thể được đáp ứng, hãy trả về 555 thay thế để máy khách ngừng thử lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>555 says the parameter is not recognized or not implemented, while 455 says it is known but cannot be honored right now.</source>
        <comment>455/confusedWith/555</comment>
        <translation>555 cho biết tham số không được nhận dạng hoặc không được triển khai, trong khi 455 cho biết tham số đã biết nhưng hiện không thể đáp ứng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>501 reports a syntax error in the arguments, while 455 accepts their syntax but cannot meet them for now.</source>
        <comment>455/confusedWith/501</comment>
        <translation>501 báo lỗi cú pháp trong các đối số, trong khi 455 chấp nhận cú pháp của chúng nhưng tạm thời không thể đáp ứng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unable to queue messages (ETRN)</source>
        <comment>458/title</comment>
        <translation>Không thể xếp thư vào hàng đợi (ETRN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defined by the ETRN extension, 458 means the server cannot start a queue run for the requested node at the moment. The cause is on the server side, such as a busy or locked queue or a failing delivery process. Queued mail still goes out on the server&apos;s normal retry schedule.</source>
        <comment>458/description</comment>
        <translation>Được định nghĩa bởi phần mở rộng ETRN, 458 có nghĩa là máy chủ hiện không thể bắt đầu một lượt xử lý hàng đợi cho nút được yêu cầu. Nguyên nhân nằm ở phía máy chủ, chẳng hạn hàng đợi đang bận hoặc bị khóa, hoặc tiến trình chuyển phát bị lỗi. Thư trong hàng đợi vẫn được gửi đi theo lịch thử lại bình thường của máy chủ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to ETRN when the server cannot start processing the queue for the requested host or domain.</source>
        <comment>458/when</comment>
        <translation>Phản hồi cho ETRN khi máy chủ không thể bắt đầu xử lý hàng đợi cho máy hoặc tên miền được yêu cầu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send ETRN again after a delay, and make sure your host accepts connections on port 25 when the provider delivers. If the error persists, send the reply text to the provider.</source>
        <comment>458/fix/sendingServer</comment>
        <translation>Hãy gửi lại ETRN sau một khoảng thời gian, và bảo đảm máy của bạn chấp nhận kết nối trên cổng 25 khi nhà cung cấp chuyển phát. Nếu lỗi vẫn tiếp diễn, hãy gửi văn bản phản hồi cho nhà cung cấp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the logs for the queue run that failed to start, including queue manager errors, locks and process limits. In Postfix, ETRN relies on the flush service, so confirm that it runs and that its logs show no errors.</source>
        <comment>458/fix/receivingServer</comment>
        <translation>Kiểm tra nhật ký để tìm lượt xử lý hàng đợi không khởi động được, bao gồm lỗi của trình quản lý hàng đợi, các khóa và giới hạn tiến trình. Trong Postfix, ETRN dựa vào dịch vụ flush, vì vậy hãy xác nhận rằng dịch vụ này đang chạy và nhật ký của nó không có lỗi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>458 means the server would process the node but cannot start the queue now, while 459 means it refuses the node itself.</source>
        <comment>458/confusedWith/459</comment>
        <translation>458 có nghĩa là máy chủ sẵn sàng xử lý nút nhưng hiện không thể khởi động hàng đợi, trong khi 459 có nghĩa là máy chủ từ chối chính nút đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>451 reports a general local error for any command, while 458 is specific to a queue run requested with ETRN.</source>
        <comment>458/confusedWith/451</comment>
        <translation>451 báo một lỗi cục bộ chung cho bất kỳ lệnh nào, trong khi 458 dành riêng cho lượt xử lý hàng đợi được yêu cầu bằng ETRN.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node not allowed (ETRN)</source>
        <comment>459/title</comment>
        <translation>Nút không được phép (ETRN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defined by the ETRN extension, 459 means the server refuses to start a queue run for the requested node, and the text gives the reason. Typical reasons are that the server does not queue mail for that domain or that the client may not request it. Despite the 4xx class, repeating the same request rarely helps until the configuration changes.</source>
        <comment>459/description</comment>
        <translation>Được định nghĩa bởi phần mở rộng ETRN, 459 có nghĩa là máy chủ từ chối bắt đầu một lượt xử lý hàng đợi cho nút được yêu cầu, và văn bản nêu lý do. Các lý do điển hình là máy chủ không giữ thư trong hàng đợi cho tên miền đó hoặc máy khách không được phép yêu cầu nó. Dù thuộc lớp 4xx, việc lặp lại cùng yêu cầu hiếm khi có ích cho đến khi cấu hình thay đổi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to ETRN naming a host or domain that the server will not process for this client.</source>
        <comment>459/when</comment>
        <translation>Phản hồi cho ETRN nêu một máy hoặc tên miền mà máy chủ sẽ không xử lý cho máy khách này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the ETRN argument matches the domain agreed with the provider, including any leading @ or # the provider expects. If it is correct, ask the provider to enable ETRN for the domain and for your client address.</source>
        <comment>459/fix/sendingServer</comment>
        <translation>Kiểm tra xem đối số của ETRN có khớp với tên miền đã thỏa thuận với nhà cung cấp không, kể cả ký tự @ hoặc # ở đầu nếu nhà cung cấp yêu cầu. Nếu đối số đúng, hãy đề nghị nhà cung cấp bật ETRN cho tên miền đó và cho địa chỉ máy khách của bạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the customer domain to the domains eligible for ETRN and review access rules for the client address. In Postfix, ETRN is served only for domains in fast_flush_domains, which defaults to relay_domains.</source>
        <comment>459/fix/receivingServer</comment>
        <translation>Thêm tên miền của khách hàng vào danh sách tên miền được phép dùng ETRN và xem lại các quy tắc truy cập đối với địa chỉ máy khách. Trong Postfix, ETRN chỉ được phục vụ cho các tên miền trong fast_flush_domains, mặc định là relay_domains.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>459 refuses the requested node itself, while 458 accepts the node but cannot start the queue run right now.</source>
        <comment>459/confusedWith/458</comment>
        <translation>459 từ chối chính nút được yêu cầu, trong khi 458 chấp nhận nút nhưng hiện không thể bắt đầu lượt xử lý hàng đợi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter Temporary Rejection</source>
        <comment>471/title</comment>
        <translation>Bộ lọc từ chối tạm thời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>471 is a nonstandard temporary rejection that some antispam filters and older mail servers send instead of 450 or 451, meaning a policy or filtering component refused the message for now. Unofficial error lists often attribute it to the sender&apos;s own outgoing server or filter. Clients treat it as a temporary failure because it starts with 4.</source>
        <comment>471/description</comment>
        <translation>471 là một lời từ chối tạm thời không chuẩn mà một số bộ lọc chống thư rác và máy chủ thư cũ gửi thay cho 450 hoặc 451, có nghĩa là một thành phần chính sách hoặc lọc thư đã tạm thời từ chối thư. Các danh sách lỗi không chính thức thường quy mã này cho máy chủ thư đi hoặc bộ lọc của chính người gửi. Máy khách coi đây là lỗi tạm thời vì mã bắt đầu bằng 4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned by a filtering gateway or server after RCPT TO or the end of DATA, or logged by an outbound filter that held the message.</source>
        <comment>471/when</comment>
        <translation>Được một cổng lọc thư hoặc máy chủ trả về sau RCPT TO hoặc ở cuối DATA, hoặc được một bộ lọc chiều đi đã giữ thư lại ghi vào nhật ký.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait and try again later. If it persists, ask your administrator whether your outgoing mail is held by a spam or virus filter, and remove suspicious links or attachments from the message.</source>
        <comment>471/fix/sender</comment>
        <translation>Hãy chờ và thử lại sau. Nếu lỗi vẫn tiếp diễn, hãy hỏi quản trị viên xem thư gửi đi của bạn có đang bị bộ lọc thư rác hoặc virus giữ lại không, và xóa các liên kết hoặc tệp đính kèm đáng ngờ khỏi thư.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identify from the log which host issued 471; if it is your own outbound filter, check its quarantine and rules. If a remote host sent it, check your IP on block lists, your SPF, DKIM and reverse DNS, and whether greylisting is involved.</source>
        <comment>471/fix/sendingServer</comment>
        <translation>Xác định từ nhật ký máy chủ nào đã đưa ra 471; nếu đó là bộ lọc chiều đi của chính bạn, hãy kiểm tra khu cách ly và các quy tắc của nó. Nếu một máy chủ từ xa gửi mã này, hãy kiểm tra IP của bạn trên các danh sách chặn, kiểm tra SPF, DKIM và DNS ngược của bạn, và xem có liên quan đến danh sách xám (greylisting) không.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace 471 with a standard reply such as 450 or 451 carrying an enhanced code like 4.7.1, so clients and people can interpret it. Review the filter logs to see which rule deferred the message.</source>
        <comment>471/fix/receivingServer</comment>
        <translation>Thay 471 bằng một phản hồi chuẩn như 450 hoặc 451 kèm mã trạng thái mở rộng như 4.7.1, để máy khách và con người có thể hiểu được. Xem lại nhật ký bộ lọc để biết quy tắc nào đã trì hoãn thư.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>451 is the standard reply for a local processing error or a temporary policy deferral such as greylisting, while 471 is an unregistered code some filters use for the same purpose.</source>
        <comment>471/confusedWith/451</comment>
        <translation>451 là phản hồi chuẩn cho lỗi xử lý cục bộ hoặc một sự trì hoãn tạm thời theo chính sách như danh sách xám (greylisting), trong khi 471 là một mã chưa đăng ký mà một số bộ lọc dùng cho cùng mục đích.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>571 is the permanent counterpart some filters use for a refused message, while 471 asks the client to try again later.</source>
        <comment>471/confusedWith/571</comment>
        <translation>571 là mã vĩnh viễn tương ứng mà một số bộ lọc dùng cho thư bị từ chối, trong khi 471 yêu cầu máy khách thử lại sau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command not recognized</source>
        <comment>500/title</comment>
        <translation>Không nhận dạng được lệnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server could not make sense of the command line: the verb is unknown or misspelled, or the line is longer than the server accepts. During AUTH, 500 with enhanced code 5.5.6 means a base64 response was longer than the server&apos;s authentication buffer. The session continues, so the client can send a corrected command.</source>
        <comment>500/description</comment>
        <translation>Máy chủ không hiểu được dòng lệnh: động từ lệnh không xác định hoặc viết sai, hoặc dòng dài hơn mức máy chủ chấp nhận. Trong khi AUTH, 500 với mã trạng thái mở rộng 5.5.6 có nghĩa là một phản hồi base64 dài hơn bộ đệm xác thực của máy chủ. Phiên vẫn tiếp tục, nên máy khách có thể gửi một lệnh đã sửa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right after a command the server does not recognize, such as an unknown verb, a line longer than 512 octets, or message text that leaked into the command stream after a failed DATA.</source>
        <comment>500/when</comment>
        <translation>Ngay sau một lệnh mà máy chủ không nhận dạng được, chẳng hạn một động từ lệnh không xác định, một dòng dài hơn 512 octet, hoặc văn bản thư bị lọt vào luồng lệnh sau khi DATA thất bại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the mail client uses the right protocol and port for outgoing mail; a client speaking POP3, IMAP or HTTP to an SMTP port gets 500. Update the client if it sends commands the server does not know.</source>
        <comment>500/fix/sender</comment>
        <translation>Kiểm tra xem trình khách thư có dùng đúng giao thức và cổng cho thư gửi đi không; một trình khách nói POP3, IMAP hoặc HTTP với cổng SMTP sẽ nhận 500. Hãy cập nhật trình khách nếu nó gửi các lệnh mà máy chủ không biết.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the rejected line in the MTA log or transcript. Usual causes are lines over 512 octets, message text sent as commands after DATA was refused, and oversized AUTH responses such as long OAuth tokens.</source>
        <comment>500/fix/sendingServer</comment>
        <translation>Tìm dòng bị từ chối trong nhật ký hoặc bản ghi phiên của MTA. Các nguyên nhân thường gặp là dòng dài quá 512 octet, văn bản thư bị gửi như lệnh sau khi DATA bị từ chối, và phản hồi AUTH quá lớn, chẳng hạn token OAuth dài.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If legitimate clients hit this, check the command line and AUTH buffer limits, and whether a firewall with SMTP inspection, such as Cisco ESMTP inspection, is rewriting commands between client and server.</source>
        <comment>500/fix/receivingServer</comment>
        <translation>Nếu máy khách hợp lệ gặp lỗi này, hãy kiểm tra giới hạn độ dài dòng lệnh và bộ đệm AUTH, và xem có tường lửa kiểm tra SMTP nào, chẳng hạn tính năng Cisco ESMTP inspection, đang viết lại lệnh giữa máy khách và máy chủ không.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any command</source>
        <comment>500/contexts/0/context</comment>
        <translation>Bất kỳ lệnh nào</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command verb is unknown, or the command line is too long.</source>
        <comment>500/contexts/0/meaning</comment>
        <translation>Động từ lệnh không xác định, hoặc dòng lệnh quá dài.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During AUTH</source>
        <comment>500/contexts/1/context</comment>
        <translation>Trong khi AUTH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A base64 line in the authentication exchange exceeded the server&apos;s buffer; the enhanced code is 5.5.6.</source>
        <comment>500/contexts/1/meaning</comment>
        <translation>Một dòng base64 trong trao đổi xác thực đã vượt quá bộ đệm của máy chủ; mã trạng thái mở rộng là 5.5.6.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>500 means the server does not recognize the command at all, while 502 means it recognizes the command but does not implement it.</source>
        <comment>500/confusedWith/502</comment>
        <translation>500 có nghĩa là máy chủ hoàn toàn không nhận dạng được lệnh, trong khi 502 có nghĩa là máy chủ nhận dạng được lệnh nhưng không triển khai nó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>500 rejects the command itself, while 501 accepts the command verb but rejects its arguments or parameters.</source>
        <comment>500/confusedWith/501</comment>
        <translation>500 từ chối chính lệnh, trong khi 501 chấp nhận động từ lệnh nhưng từ chối các đối số hoặc tham số của nó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syntax error in arguments</source>
        <comment>501/title</comment>
        <translation>Lỗi cú pháp trong đối số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server recognized the command but rejected its arguments, for example a malformed address in MAIL FROM or RCPT TO, a missing or invalid EHLO name, or arguments on DATA, RSET or QUIT. STARTTLS gets 501 when parameters are supplied, and AUTH gets it when the client cancels the exchange or sends data that is not valid base64.</source>
        <comment>501/description</comment>
        <translation>Máy chủ nhận dạng được lệnh nhưng từ chối các đối số của nó, ví dụ một địa chỉ sai định dạng trong MAIL FROM hoặc RCPT TO, tên EHLO bị thiếu hoặc không hợp lệ, hoặc có đối số kèm DATA, RSET hay QUIT. STARTTLS nhận 501 khi có tham số đi kèm, và AUTH nhận mã này khi máy khách hủy trao đổi hoặc gửi dữ liệu không phải base64 hợp lệ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After EHLO, HELO, MAIL FROM, RCPT TO, STARTTLS or a step of the AUTH exchange whose argument is malformed, missing or not allowed.</source>
        <comment>501/when</comment>
        <translation>Sau EHLO, HELO, MAIL FROM, RCPT TO, STARTTLS hoặc một bước của trao đổi AUTH có đối số sai định dạng, bị thiếu hoặc không được phép.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the sender and recipient addresses for typos, spaces, missing parts or unsupported characters. If the error follows a login attempt, re-enter the credentials and set the authentication method the provider documents.</source>
        <comment>501/fix/sender</comment>
        <translation>Kiểm tra địa chỉ người gửi và người nhận xem có lỗi chính tả, khoảng trắng, thiếu thành phần hoặc ký tự không được hỗ trợ không. Nếu lỗi xảy ra sau một lần đăng nhập, hãy nhập lại thông tin đăng nhập và đặt phương thức xác thực theo tài liệu của nhà cung cấp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the rejected command in the transcript. Common causes are addresses without angle brackets, an empty or invalid EHLO name, scripts that build MAIL FROM by hand, and broken base64 in AUTH.</source>
        <comment>501/fix/sendingServer</comment>
        <translation>Tìm lệnh bị từ chối trong bản ghi phiên. Các nguyên nhân thường gặp là địa chỉ không có dấu ngoặc nhọn, tên EHLO trống hoặc không hợp lệ, các script tự tạo MAIL FROM thủ công, và dữ liệu base64 hỏng trong AUTH.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If valid clients are refused, review strict syntax checks such as Postfix strict_rfc821_envelopes or reject_invalid_helo_hostname, which answer with 501 and can catch addresses and EHLO names that common clients send.</source>
        <comment>501/fix/receivingServer</comment>
        <translation>Nếu máy khách hợp lệ bị từ chối, hãy xem lại các kiểm tra cú pháp nghiêm ngặt như strict_rfc821_envelopes hoặc reject_invalid_helo_hostname của Postfix, vốn trả lời bằng 501 và có thể chặn cả những địa chỉ và tên EHLO mà các trình khách phổ biến gửi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MAIL FROM, RCPT TO, EHLO</source>
        <comment>501/contexts/0/context</comment>
        <translation>MAIL FROM, RCPT TO, EHLO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address or host name argument is malformed, for example missing angle brackets or an invalid domain.</source>
        <comment>501/contexts/0/meaning</comment>
        <translation>Đối số địa chỉ hoặc tên máy bị sai định dạng, ví dụ thiếu dấu ngoặc nhọn hoặc tên miền không hợp lệ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After STARTTLS</source>
        <comment>501/contexts/1/context</comment>
        <translation>Sau STARTTLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS takes no parameters, and the client sent some.</source>
        <comment>501/contexts/1/meaning</comment>
        <translation>STARTTLS không nhận tham số nào, nhưng máy khách lại gửi tham số.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During AUTH</source>
        <comment>501/contexts/2/context</comment>
        <translation>Trong khi AUTH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client canceled the exchange with &quot;*&quot;, sent data that is not valid base64, or sent an initial response the mechanism does not allow.</source>
        <comment>501/contexts/2/meaning</comment>
        <translation>Máy khách đã hủy trao đổi bằng &quot;*&quot;, gửi dữ liệu không phải base64 hợp lệ, hoặc gửi phản hồi ban đầu mà cơ chế không cho phép.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>501 accepts the command verb but rejects its arguments, while 500 rejects the command itself.</source>
        <comment>501/confusedWith/500</comment>
        <translation>501 chấp nhận động từ lệnh nhưng từ chối các đối số của nó, trong khi 500 từ chối chính lệnh.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both can follow a bad address; 501 says the argument could not be parsed, while 553 says the server refuses that mailbox name, for syntax or policy reasons.</source>
        <comment>501/confusedWith/553</comment>
        <translation>Cả hai mã đều có thể xuất hiện sau một địa chỉ sai; 501 cho biết không phân tích được đối số, trong khi 553 cho biết máy chủ từ chối tên hộp thư đó vì lý do cú pháp hoặc chính sách.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>501 flags a malformed argument, while 555 flags a well-formed MAIL FROM or RCPT TO parameter that the server does not recognize or implement.</source>
        <comment>501/confusedWith/555</comment>
        <translation>501 báo một đối số sai định dạng, trong khi 555 báo một tham số MAIL FROM hoặc RCPT TO đúng định dạng nhưng máy chủ không nhận dạng được hoặc không triển khai.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command not implemented</source>
        <comment>502/title</comment>
        <translation>Lệnh chưa được triển khai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server recognizes the command but does not support it, typically VRFY, EXPN or HELP disabled for security or policy reasons. An old server that only supports HELO may return 502 to EHLO, and the client should then fall back to HELO. A server must not advertise an extension in its EHLO reply and then answer it with 502.</source>
        <comment>502/description</comment>
        <translation>Máy chủ nhận dạng được lệnh nhưng không hỗ trợ nó, thường là VRFY, EXPN hoặc HELP bị tắt vì lý do bảo mật hoặc chính sách. Một máy chủ cũ chỉ hỗ trợ HELO có thể trả về 502 cho EHLO, và khi đó máy khách nên chuyển về dùng HELO. Máy chủ không được quảng bá một phần mở rộng trong phản hồi EHLO rồi lại trả lời nó bằng 502.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a recognized but unsupported command, most often VRFY, EXPN or HELP, or after EHLO on a server that only speaks basic SMTP.</source>
        <comment>502/when</comment>
        <translation>Sau một lệnh được nhận dạng nhưng không được hỗ trợ, thường nhất là VRFY, EXPN hoặc HELP, hoặc sau EHLO trên một máy chủ chỉ hỗ trợ SMTP cơ bản.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This rarely affects ordinary sending. If an address-checking or testing tool fails with 502, it depends on VRFY or EXPN, which most providers disable; test with a real delivery instead.</source>
        <comment>502/fix/sender</comment>
        <translation>Lỗi này hiếm khi ảnh hưởng đến việc gửi thư thông thường. Nếu một công cụ kiểm tra địa chỉ hoặc công cụ thử nghiệm thất bại với 502, thì công cụ đó phụ thuộc vào VRFY hoặc EXPN, vốn bị hầu hết các nhà cung cấp tắt; hãy kiểm tra bằng một lần chuyển phát thực tế thay thế.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not depend on VRFY or EXPN. If EHLO gets 502, retry with HELO and use no extensions. If a command listed in the EHLO reply gets 502, report the inconsistency to the receiving side.</source>
        <comment>502/fix/sendingServer</comment>
        <translation>Đừng phụ thuộc vào VRFY hoặc EXPN. Nếu EHLO nhận 502, hãy thử lại với HELO và không dùng phần mở rộng nào. Nếu một lệnh được liệt kê trong phản hồi EHLO nhận 502, hãy báo sự không nhất quán này cho phía nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answering VRFY and EXPN with 502 is normal hardening. Make sure the EHLO reply lists only extensions the server really supports, for example STARTTLS only when a certificate is configured.</source>
        <comment>502/fix/receivingServer</comment>
        <translation>Trả lời VRFY và EXPN bằng 502 là biện pháp tăng cường bảo mật bình thường. Hãy bảo đảm phản hồi EHLO chỉ liệt kê những phần mở rộng mà máy chủ thực sự hỗ trợ, ví dụ chỉ liệt kê STARTTLS khi đã cấu hình chứng chỉ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>502 means the server recognizes the command but does not implement it, while 500 means it does not recognize the command at all.</source>
        <comment>502/confusedWith/500</comment>
        <translation>502 có nghĩa là máy chủ nhận dạng được lệnh nhưng không triển khai nó, trong khi 500 có nghĩa là máy chủ hoàn toàn không nhận dạng được lệnh.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>502 means the whole command is unsupported, while 504 means the command is supported but the requested parameter or mechanism is not.</source>
        <comment>502/confusedWith/504</comment>
        <translation>502 có nghĩa là toàn bộ lệnh không được hỗ trợ, trong khi 504 có nghĩa là lệnh được hỗ trợ nhưng tham số hoặc cơ chế được yêu cầu thì không.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad sequence of commands</source>
        <comment>503/title</comment>
        <translation>Sai thứ tự lệnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command is valid but arrived at the wrong point in the session, such as RCPT TO before MAIL FROM, DATA before any accepted recipient, or MAIL FROM before EHLO. AUTH also gets 503 when the client is already authenticated or a mail transaction is open. The server stays in its current state, so the client can continue in the right order.</source>
        <comment>503/description</comment>
        <translation>Lệnh hợp lệ nhưng đến sai thời điểm trong phiên, chẳng hạn RCPT TO trước MAIL FROM, DATA trước khi có người nhận nào được chấp nhận, hoặc MAIL FROM trước EHLO. AUTH cũng nhận 503 khi máy khách đã được xác thực hoặc đang có một giao dịch thư mở. Máy chủ vẫn giữ trạng thái hiện tại, nên máy khách có thể tiếp tục theo đúng thứ tự.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After MAIL, RCPT, DATA, BDAT or AUTH sent out of order, often because an earlier command failed and the client carried on. After a 554 greeting, the server answers every command except QUIT with 503.</source>
        <comment>503/when</comment>
        <translation>Sau MAIL, RCPT, DATA, BDAT hoặc AUTH được gửi sai thứ tự, thường do một lệnh trước đó đã thất bại nhưng máy khách vẫn tiếp tục. Sau lời chào 554, máy chủ trả lời mọi lệnh trừ QUIT bằng 503.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry the send; if the error repeats, the client is probably skipping a failed step, such as a rejected login. Check the earlier replies in the client&apos;s log and update or reconfigure the mail software.</source>
        <comment>503/fix/sender</comment>
        <translation>Hãy thử lại việc gửi thư; nếu lỗi lặp lại, có lẽ trình khách đang bỏ qua một bước đã thất bại, chẳng hạn một lần đăng nhập bị từ chối. Kiểm tra các phản hồi trước đó trong nhật ký của trình khách và cập nhật hoặc cấu hình lại phần mềm thư.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the full transcript, because the real failure is usually an earlier reply, such as a rejected MAIL FROM or every RCPT TO refused before DATA. Check pipelining logic, and send EHLO again after STARTTLS.</source>
        <comment>503/fix/sendingServer</comment>
        <translation>Hãy đọc toàn bộ bản ghi phiên, vì lỗi thực sự thường nằm ở một phản hồi trước đó, chẳng hạn MAIL FROM bị từ chối hoặc mọi RCPT TO đều bị từ chối trước DATA. Kiểm tra logic pipelining, và gửi lại EHLO sau STARTTLS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm that the server does not reject a valid order, for example MAIL FROM after STARTTLS and a new EHLO. Some servers use 503 to say that authentication is required; 530 states that more clearly.</source>
        <comment>503/fix/receivingServer</comment>
        <translation>Xác nhận rằng máy chủ không từ chối một thứ tự hợp lệ, ví dụ MAIL FROM sau STARTTLS và một EHLO mới. Một số máy chủ dùng 503 để báo rằng cần xác thực; 530 diễn đạt điều đó rõ ràng hơn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail transaction</source>
        <comment>503/contexts/0/context</comment>
        <translation>Giao dịch thư</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MAIL FROM, RCPT TO or DATA came before the step it depends on.</source>
        <comment>503/contexts/0/meaning</comment>
        <translation>MAIL FROM, RCPT TO hoặc DATA đến trước bước mà nó phụ thuộc vào.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUTH</source>
        <comment>503/contexts/1/context</comment>
        <translation>AUTH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session is already authenticated, or a mail transaction is in progress.</source>
        <comment>503/contexts/1/meaning</comment>
        <translation>Phiên đã được xác thực, hoặc đang có một giao dịch thư.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a 554 greeting</source>
        <comment>503/contexts/2/context</comment>
        <translation>Sau lời chào 554</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server has refused the session and accepts nothing but QUIT.</source>
        <comment>503/contexts/2/meaning</comment>
        <translation>Máy chủ đã từ chối phiên và không chấp nhận gì ngoài QUIT.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>503 means commands came in the wrong order, while 530 means the order was fine but authentication or STARTTLS is required first.</source>
        <comment>503/confusedWith/530</comment>
        <translation>503 có nghĩa là các lệnh đến sai thứ tự, trong khi 530 có nghĩa là thứ tự đúng nhưng cần xác thực hoặc STARTTLS trước.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command parameter not implemented</source>
        <comment>504/title</comment>
        <translation>Tham số lệnh chưa được triển khai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command is supported, but the specific parameter or option requested is not. The most common case is AUTH naming a SASL mechanism the server does not offer, or one that needs an encrypted connection, which RFC 4954 answers with 504 and enhanced code 5.5.4. HELP, VRFY or EXPN with an unsupported argument can also get it.</source>
        <comment>504/description</comment>
        <translation>Lệnh được hỗ trợ, nhưng tham số hoặc tùy chọn cụ thể được yêu cầu thì không. Trường hợp phổ biến nhất là AUTH nêu một cơ chế SASL mà máy chủ không cung cấp, hoặc một cơ chế cần kết nối được mã hóa, mà RFC 4954 trả lời bằng 504 với mã trạng thái mở rộng 5.5.4. HELP, VRFY hoặc EXPN với một đối số không được hỗ trợ cũng có thể nhận mã này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most often right after AUTH with a mechanism, such as CRAM-MD5 or XOAUTH2, that the server did not advertise; occasionally after EHLO, HELO, VRFY, EXPN or HELP.</source>
        <comment>504/when</comment>
        <translation>Thường nhất là ngay sau AUTH với một cơ chế, chẳng hạn CRAM-MD5 hoặc XOAUTH2, mà máy chủ không quảng bá; đôi khi sau EHLO, HELO, VRFY, EXPN hoặc HELP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the authentication method in the mail client to one the provider supports, usually normal password (PLAIN or LOGIN) or OAuth2. Turn on SSL/TLS or STARTTLS as well, because many servers offer PLAIN and LOGIN only on encrypted connections.</source>
        <comment>504/fix/sender</comment>
        <translation>Đổi phương thức xác thực trong trình khách thư sang một phương thức mà nhà cung cấp hỗ trợ, thường là mật khẩu thông thường (PLAIN hoặc LOGIN) hoặc OAuth2. Đồng thời bật SSL/TLS hoặc STARTTLS, vì nhiều máy chủ chỉ cung cấp PLAIN và LOGIN trên kết nối được mã hóa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick mechanisms from the AUTH line of the EHLO reply instead of a fixed list. Read the EHLO reply again after STARTTLS, since the offered mechanisms often change, and check settings such as Postfix smtp_sasl_mechanism_filter.</source>
        <comment>504/fix/sendingServer</comment>
        <translation>Chọn cơ chế từ dòng AUTH trong phản hồi EHLO thay vì dùng một danh sách cố định. Đọc lại phản hồi EHLO sau STARTTLS, vì các cơ chế được cung cấp thường thay đổi, và kiểm tra các thiết lập như smtp_sasl_mechanism_filter của Postfix.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check which mechanisms the server advertises before and after TLS, for example Postfix smtpd_sasl_security_options or Dovecot auth_mechanisms, and that the list matches what the authentication backend accepts.</source>
        <comment>504/fix/receivingServer</comment>
        <translation>Kiểm tra những cơ chế mà máy chủ quảng bá trước và sau TLS, ví dụ smtpd_sasl_security_options của Postfix hoặc auth_mechanisms của Dovecot, và xem danh sách đó có khớp với những gì hệ thống xác thực phía sau chấp nhận không.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After AUTH</source>
        <comment>504/contexts/0/context</comment>
        <translation>Sau AUTH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The requested authentication mechanism is not supported, or not available on this connection.</source>
        <comment>504/contexts/0/meaning</comment>
        <translation>Cơ chế xác thực được yêu cầu không được hỗ trợ, hoặc không khả dụng trên kết nối này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other commands</source>
        <comment>504/contexts/1/context</comment>
        <translation>Các lệnh khác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command is supported, but the given parameter is not.</source>
        <comment>504/contexts/1/meaning</comment>
        <translation>Lệnh được hỗ trợ, nhưng tham số đã cho thì không.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>504 means the command is supported but the parameter or mechanism is not, while 502 means the whole command is unsupported.</source>
        <comment>504/confusedWith/502</comment>
        <translation>504 có nghĩa là lệnh được hỗ trợ nhưng tham số hoặc cơ chế thì không, trong khi 502 có nghĩa là toàn bộ lệnh không được hỗ trợ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>504 means the server does not offer the requested mechanism, while 534 means it offers it but policy considers it too weak for this user.</source>
        <comment>504/confusedWith/534</comment>
        <translation>504 có nghĩa là máy chủ không cung cấp cơ chế được yêu cầu, trong khi 534 có nghĩa là máy chủ có cung cấp nhưng chính sách coi cơ chế đó quá yếu đối với người dùng này.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host does not accept mail</source>
        <comment>521/title</comment>
        <translation>Máy không nhận thư</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The host never accepts mail under any circumstances, typically a dummy SMTP listener on a machine that is not a mail server. RFC 7504 reserves 521 for the connection greeting, sent instead of 220; the IANA registry pairs it with X.3.2. Sending servers should treat it as a permanent refusal from that host.</source>
        <comment>521/description</comment>
        <translation>Máy này không bao giờ nhận thư trong bất kỳ trường hợp nào, thường là một trình lắng nghe SMTP giả trên một máy không phải là máy chủ thư. RFC 7504 dành riêng 521 cho lời chào khi kết nối, được gửi thay cho 220; sổ đăng ký của IANA ghép mã này với X.3.2. Máy chủ gửi nên coi đây là sự từ chối vĩnh viễn từ máy đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the greeting, instead of 220, as soon as the connection opens. If the client sends commands other than QUIT, the server may keep answering 521 or simply close the connection.</source>
        <comment>521/when</comment>
        <translation>Trong lời chào, thay cho 220, ngay khi kết nối được mở. Nếu máy khách gửi các lệnh khác ngoài QUIT, máy chủ có thể tiếp tục trả lời 521 hoặc đơn giản là đóng kết nối.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the recipient&apos;s address for a typo in the domain. If the address is correct, the recipient&apos;s domain sends mail to a host that refuses it, so contact the recipient another way and let them know.</source>
        <comment>521/fix/sender</comment>
        <translation>Kiểm tra địa chỉ người nhận xem có lỗi chính tả ở tên miền không. Nếu địa chỉ đúng, tên miền của người nhận đang gửi thư đến một máy từ chối nhận thư, vì vậy hãy liên hệ với người nhận bằng cách khác và báo cho họ biết.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check which host answered: look up the recipient domain&apos;s MX records, and whether the MTA fell back to the A record because no MX exists. Do not retry that host; a 521 from a host meant to receive mail points to a DNS mistake on the receiving side.</source>
        <comment>521/fix/sendingServer</comment>
        <translation>Kiểm tra xem máy nào đã trả lời: tra cứu các bản ghi MX của tên miền người nhận, và xem MTA có chuyển sang dùng bản ghi A vì không có MX hay không. Đừng thử lại với máy đó; mã 521 từ một máy lẽ ra phải nhận thư cho thấy có lỗi DNS ở phía nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If this host should receive mail, replace the dummy listener with the real MTA or correct the MX records. A host that answers 521 should not be listed as an MX; publish a null MX (RFC 7505) for domains that never receive mail.</source>
        <comment>521/fix/receivingServer</comment>
        <translation>Nếu máy này cần nhận thư, hãy thay trình lắng nghe giả bằng MTA thực hoặc sửa các bản ghi MX. Một máy trả lời 521 không nên được liệt kê làm MX; hãy công bố null MX (RFC 7505) cho các tên miền không bao giờ nhận thư.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both can replace the 220 greeting; 521 says the host never accepts mail at all, while 554 says this server refuses this particular session, often because of the client&apos;s IP reputation.</source>
        <comment>521/confusedWith/554</comment>
        <translation>Cả hai đều có thể thay thế lời chào 220; 521 cho biết máy này hoàn toàn không bao giờ nhận thư, trong khi 554 cho biết máy chủ này từ chối riêng phiên này, thường do uy tín địa chỉ IP của máy khách.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>521 comes from a host that refuses all mail itself, while 556 comes from another server reporting that the destination domain accepts no mail, usually because of a null MX.</source>
        <comment>521/confusedWith/556</comment>
        <translation>521 đến từ một máy tự từ chối mọi thư, trong khi 556 đến từ một máy chủ khác báo rằng tên miền đích không nhận thư, thường do có null MX.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption needed for authentication</source>
        <comment>523/title</comment>
        <translation>Cần mã hóa để xác thực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refuses the requested authentication mechanism until a strong privacy layer, such as TLS, protects the connection. It is aimed mainly at clear-text mechanisms such as PLAIN and LOGIN. The code comes from the IANA enhanced status code registry, which pairs it with X.7.10 (RFC 5248); the client can start TLS or choose a stronger mechanism.</source>
        <comment>523/description</comment>
        <translation>Máy chủ từ chối cơ chế xác thực được yêu cầu cho đến khi một tầng bảo mật mạnh, chẳng hạn TLS, bảo vệ kết nối. Mã này chủ yếu nhắm vào các cơ chế văn bản thuần như PLAIN và LOGIN. Mã này lấy từ sổ đăng ký mã trạng thái mở rộng của IANA, nơi ghép nó với X.7.10 (RFC 5248); máy khách có thể bắt đầu TLS hoặc chọn một cơ chế mạnh hơn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right after AUTH with a clear-text mechanism on a connection that is not yet encrypted.</source>
        <comment>523/when</comment>
        <translation>Ngay sau AUTH với một cơ chế văn bản thuần trên một kết nối chưa được mã hóa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable SSL/TLS (usually port 465) or STARTTLS (usually port 587) in the mail client&apos;s outgoing server settings, then send again. Alternatively, choose a stronger authentication method if the provider offers one.</source>
        <comment>523/fix/sender</comment>
        <translation>Bật SSL/TLS (thường là cổng 465) hoặc STARTTLS (thường là cổng 587) trong thiết lập máy chủ thư đi của trình khách thư, rồi gửi lại. Hoặc chọn một phương thức xác thực mạnh hơn nếu nhà cung cấp có hỗ trợ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue STARTTLS and a new EHLO before AUTH, or connect with implicit TLS on port 465. Configure the MTA to require TLS for relays that need authentication, for example Postfix smtp_tls_security_level = encrypt.</source>
        <comment>523/fix/sendingServer</comment>
        <translation>Gửi STARTTLS và một EHLO mới trước AUTH, hoặc kết nối bằng TLS ngầm định trên cổng 465. Cấu hình MTA để yêu cầu TLS đối với các máy chủ chuyển tiếp (relay) cần xác thực, ví dụ smtp_tls_security_level = encrypt của Postfix.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply works as intended. To avoid it, advertise clear-text mechanisms only after TLS is active, for example with Postfix smtpd_tls_auth_only or Dovecot disable_plaintext_auth.</source>
        <comment>523/fix/receivingServer</comment>
        <translation>Phản hồi này hoạt động đúng như dự định. Để tránh nó, chỉ quảng bá các cơ chế văn bản thuần sau khi TLS đã hoạt động, ví dụ bằng smtpd_tls_auth_only của Postfix hoặc disable_plaintext_auth của Dovecot.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>523 (X.7.10) asks for an encryption layer before a clear-text mechanism may be used, while 538 (X.7.11) is the RFC 4954 reply for a mechanism allowed only on encrypted connections; both are fixed by starting TLS.</source>
        <comment>523/confusedWith/538</comment>
        <translation>523 (X.7.10) yêu cầu một tầng mã hóa trước khi được dùng cơ chế văn bản thuần, trong khi 538 (X.7.11) là phản hồi theo RFC 4954 cho một cơ chế chỉ được phép trên kết nối được mã hóa; cả hai đều được khắc phục bằng cách bắt đầu TLS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>523 answers AUTH on an unencrypted connection, while 530 answers mail commands sent before required authentication or STARTTLS.</source>
        <comment>523/confusedWith/530</comment>
        <translation>523 trả lời AUTH trên một kết nối chưa mã hóa, trong khi 530 trả lời các lệnh thư được gửi trước khi thực hiện xác thực hoặc STARTTLS bắt buộc.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption required for mechanism</source>
        <comment>524/title</comment>
        <translation>Cơ chế yêu cầu mã hóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected authentication mechanism may only be used on an encrypted connection. The IANA enhanced status code registry lists 524 alongside 538 for X.7.11, whose definition comes from RFC 4954; RFC 4954 itself uses 538. Treat 524 like 538: start TLS, then authenticate again.</source>
        <comment>524/description</comment>
        <translation>Cơ chế xác thực đã chọn chỉ được dùng trên kết nối được mã hóa. Sổ đăng ký mã trạng thái mở rộng của IANA liệt kê 524 cùng với 538 cho X.7.11, có định nghĩa lấy từ RFC 4954; bản thân RFC 4954 dùng 538. Hãy xử lý 524 như 538: bắt đầu TLS, rồi xác thực lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right after AUTH on a connection that is not protected by TLS.</source>
        <comment>524/when</comment>
        <translation>Ngay sau AUTH trên một kết nối không được TLS bảo vệ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on SSL/TLS or STARTTLS for the outgoing server in the mail client, with the port the provider documents (usually 465 or 587), and try again.</source>
        <comment>524/fix/sender</comment>
        <translation>Bật SSL/TLS hoặc STARTTLS cho máy chủ thư đi trong trình khách thư, với cổng theo tài liệu của nhà cung cấp (thường là 465 hoặc 587), rồi thử lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negotiate STARTTLS and repeat EHLO before AUTH, or use implicit TLS on port 465. Check that certificate or protocol errors are not making the client fall back to an unencrypted session.</source>
        <comment>524/fix/sendingServer</comment>
        <translation>Thương lượng STARTTLS và gửi lại EHLO trước AUTH, hoặc dùng TLS ngầm định trên cổng 465. Kiểm tra xem lỗi chứng chỉ hoặc giao thức có khiến máy khách quay về phiên không mã hóa hay không.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server enforces its policy correctly. Advertise mechanisms that need encryption only after TLS is active, as RFC 4954 recommends, so clients do not try them too early.</source>
        <comment>524/fix/receivingServer</comment>
        <translation>Máy chủ đang áp dụng chính sách của mình một cách chính xác. Chỉ quảng bá các cơ chế cần mã hóa sau khi TLS đã hoạt động, như RFC 4954 khuyến nghị, để máy khách không thử dùng chúng quá sớm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>524 and 538 share the same registry meaning (X.7.11), but 538 is the code RFC 4954 actually specifies.</source>
        <comment>524/confusedWith/538</comment>
        <translation>524 và 538 có cùng ý nghĩa trong sổ đăng ký (X.7.11), nhưng 538 mới là mã mà RFC 4954 thực sự quy định.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>524 (X.7.11) says this mechanism requires an encrypted connection, while 523 (X.7.10) says an encryption layer is needed before a clear-text mechanism can be used.</source>
        <comment>524/confusedWith/523</comment>
        <translation>524 (X.7.11) cho biết cơ chế này yêu cầu kết nối được mã hóa, trong khi 523 (X.7.10) cho biết cần một tầng mã hóa trước khi có thể dùng cơ chế văn bản thuần.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User account disabled</source>
        <comment>525/title</comment>
        <translation>Tài khoản người dùng bị vô hiệu hóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication succeeded, but an administrator has disabled the account, for example for non-payment, abuse or a suspected break-in. Unlike a credentials failure, retrying or retyping the password will not help until the account is re-enabled. The IANA enhanced status code registry pairs it with X.7.13 (RFC 5248).</source>
        <comment>525/description</comment>
        <translation>Xác thực thành công, nhưng quản trị viên đã vô hiệu hóa tài khoản, ví dụ do không thanh toán, lạm dụng hoặc nghi ngờ bị xâm nhập. Khác với lỗi thông tin đăng nhập, việc thử lại hay nhập lại mật khẩu sẽ không có tác dụng cho đến khi tài khoản được kích hoạt lại. Sổ đăng ký mã trạng thái mở rộng của IANA ghép mã này với X.7.13 (RFC 5248).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right after a successful AUTH exchange for an account that is disabled, suspended or locked.</source>
        <comment>525/when</comment>
        <translation>Ngay sau một trao đổi AUTH thành công đối với tài khoản bị vô hiệu hóa, bị đình chỉ hoặc bị khóa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop retrying the password. Contact your email provider or administrator to learn why the account was disabled, for example an unpaid bill, a security lock after suspicious sign-ins, or outgoing spam, and ask them to re-enable it.</source>
        <comment>525/fix/sender</comment>
        <translation>Ngừng thử lại mật khẩu. Hãy liên hệ với nhà cung cấp email hoặc quản trị viên để biết lý do tài khoản bị vô hiệu hóa, ví dụ hóa đơn chưa thanh toán, khóa bảo mật sau các lần đăng nhập đáng ngờ, hoặc thư rác gửi đi, và đề nghị họ kích hoạt lại tài khoản.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop retrying with this account and alert its owner, because repeated attempts can extend a security lock. If it is a service or relay login, switch to a working account until it is re-enabled.</source>
        <comment>525/fix/sendingServer</comment>
        <translation>Ngừng thử lại với tài khoản này và thông báo cho chủ sở hữu, vì các lần thử lặp lại có thể kéo dài thời gian khóa bảo mật. Nếu đó là tài khoản đăng nhập của một dịch vụ hoặc máy chủ chuyển tiếp (relay), hãy chuyển sang một tài khoản đang hoạt động cho đến khi tài khoản này được kích hoạt lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the account status in the user directory or admin console, and the authentication logs for why it was disabled. Re-enable it once the cause is resolved, and reset the password if it was compromised.</source>
        <comment>525/fix/receivingServer</comment>
        <translation>Kiểm tra trạng thái tài khoản trong thư mục người dùng hoặc bảng điều khiển quản trị, và xem nhật ký xác thực để biết lý do tài khoản bị vô hiệu hóa. Kích hoạt lại tài khoản khi nguyên nhân đã được giải quyết, và đặt lại mật khẩu nếu tài khoản đã bị xâm nhập.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>525 means the credentials were correct but the account is disabled, while 535 means the credentials themselves were rejected.</source>
        <comment>525/confusedWith/535</comment>
        <translation>525 có nghĩa là thông tin đăng nhập đúng nhưng tài khoản bị vô hiệu hóa, trong khi 535 có nghĩa là chính thông tin đăng nhập đã bị từ chối.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication or STARTTLS required</source>
        <comment>530/title</comment>
        <translation>Cần xác thực hoặc STARTTLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server will not carry out the command until the client authenticates or starts TLS, depending on context. Under RFC 4954 it means authentication is required (5.7.0), typically for relaying through a submission server. Under RFC 3207, a server that requires TLS sends &quot;Must issue a STARTTLS command first&quot; to every command except NOOP, EHLO, STARTTLS and QUIT. The reply text says which applies.</source>
        <comment>530/description</comment>
        <translation>Máy chủ sẽ không thực hiện lệnh cho đến khi máy khách xác thực hoặc bắt đầu TLS, tùy theo ngữ cảnh. Theo RFC 4954, mã này có nghĩa là cần xác thực (5.7.0), thường là để chuyển tiếp (relay) thư qua máy chủ submission. Theo RFC 3207, máy chủ yêu cầu TLS sẽ gửi &quot;Must issue a STARTTLS command first&quot; cho mọi lệnh trừ NOOP, EHLO, STARTTLS và QUIT. Văn bản phản hồi cho biết trường hợp nào đang áp dụng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually at MAIL FROM or RCPT TO when the client has not logged in, or at the first command after EHLO when the server requires STARTTLS.</source>
        <comment>530/when</comment>
        <translation>Thường ở MAIL FROM hoặc RCPT TO khi máy khách chưa đăng nhập, hoặc ở lệnh đầu tiên sau EHLO khi máy chủ yêu cầu STARTTLS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on &quot;My outgoing server requires authentication&quot; in the mail client and use the same user name and password as for incoming mail, or an app password if two-step verification is on. If the text mentions STARTTLS, enable SSL/TLS or STARTTLS on port 587 or 465.</source>
        <comment>530/fix/sender</comment>
        <translation>Bật &quot;My outgoing server requires authentication&quot; trong trình khách thư và dùng cùng tên người dùng và mật khẩu như với thư đến, hoặc mật khẩu ứng dụng nếu đã bật xác minh hai bước. Nếu văn bản đề cập đến STARTTLS, hãy bật SSL/TLS hoặc STARTTLS trên cổng 587 hoặc 465.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configure SASL credentials for the relay, for example Postfix smtp_sasl_auth_enable with smtp_sasl_password_maps, so AUTH precedes MAIL FROM. For a STARTTLS demand, enable client-side TLS, such as Postfix smtp_tls_security_level, and repeat EHLO after the handshake.</source>
        <comment>530/fix/sendingServer</comment>
        <translation>Cấu hình thông tin đăng nhập SASL cho máy chủ chuyển tiếp (relay), ví dụ smtp_sasl_auth_enable cùng smtp_sasl_password_maps của Postfix, để AUTH được gửi trước MAIL FROM. Nếu máy chủ đòi STARTTLS, hãy bật TLS phía máy khách, chẳng hạn smtp_tls_security_level của Postfix, và gửi lại EHLO sau khi bắt tay.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the client should be allowed without login, such as a trusted internal host, add it to the trusted networks (Postfix mynetworks). Keep authentication mandatory on submission ports, but do not require STARTTLS on a publicly referenced MX, which RFC 3207 forbids.</source>
        <comment>530/fix/receivingServer</comment>
        <translation>Nếu máy khách cần được phép gửi mà không đăng nhập, chẳng hạn một máy nội bộ tin cậy, hãy thêm nó vào các mạng tin cậy (mynetworks của Postfix). Giữ xác thực bắt buộc trên các cổng submission, nhưng đừng yêu cầu STARTTLS trên một MX được công bố công khai, điều mà RFC 3207 cấm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication required (RFC 4954)</source>
        <comment>530/contexts/0/context</comment>
        <translation>Cần xác thực (RFC 4954)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command needs an authenticated session, so the client must send AUTH first.</source>
        <comment>530/contexts/0/meaning</comment>
        <translation>Lệnh cần một phiên đã được xác thực, vì vậy máy khách phải gửi AUTH trước.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS required (RFC 3207)</source>
        <comment>530/contexts/1/context</comment>
        <translation>Cần STARTTLS (RFC 3207)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server requires TLS before it accepts anything except NOOP, EHLO, STARTTLS and QUIT.</source>
        <comment>530/contexts/1/meaning</comment>
        <translation>Máy chủ yêu cầu TLS trước khi chấp nhận bất cứ lệnh nào ngoài NOOP, EHLO, STARTTLS và QUIT.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>530 means the client has not authenticated yet, while 535 means it tried and the credentials were rejected.</source>
        <comment>530/confusedWith/535</comment>
        <translation>530 có nghĩa là máy khách chưa xác thực, trong khi 535 có nghĩa là máy khách đã thử xác thực và thông tin đăng nhập bị từ chối.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>530 means authentication or TLS is missing, while 503 means commands arrived in the wrong order.</source>
        <comment>530/confusedWith/503</comment>
        <translation>530 có nghĩa là thiếu xác thực hoặc TLS, trong khi 503 có nghĩa là các lệnh đến sai thứ tự.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery not authorized (rare)</source>
        <comment>533/title</comment>
        <translation>Không được phép chuyển phát (hiếm gặp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No RFC defines the text of 533; the IANA enhanced status code registry lists it among the basic codes used with X.7.1, &quot;Delivery not authorized, message refused&quot;. Read it as a permanent policy refusal: the server will not accept this sender, recipient or message for a security or policy reason. The reply text and enhanced code usually give the details.</source>
        <comment>533/description</comment>
        <translation>Không có RFC nào định nghĩa văn bản của 533; sổ đăng ký mã trạng thái mở rộng của IANA liệt kê nó trong số các mã phản hồi cơ bản được dùng với X.7.1, &quot;Delivery not authorized, message refused&quot;. Hãy hiểu mã này là một sự từ chối vĩnh viễn theo chính sách: máy chủ sẽ không chấp nhận người gửi, người nhận hoặc thư này vì lý do bảo mật hoặc chính sách. Văn bản phản hồi và mã trạng thái mở rộng thường cung cấp chi tiết.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No specification ties 533 to a particular command, so treat it as a policy refusal at whatever step it appears.</source>
        <comment>533/when</comment>
        <translation>Không có đặc tả nào gắn 533 với một lệnh cụ thể, vì vậy hãy coi nó là sự từ chối theo chính sách ở bất kỳ bước nào mà nó xuất hiện.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the reply text and enhanced code for the reason. Check that you may send to this recipient or list, and that you are sending through your own provider&apos;s server with authentication.</source>
        <comment>533/fix/sender</comment>
        <translation>Đọc văn bản phản hồi và mã trạng thái mở rộng để biết lý do. Kiểm tra xem bạn có được phép gửi đến người nhận hoặc danh sách này không, và bạn có đang gửi qua máy chủ của chính nhà cung cấp của mình với xác thực hay không.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the stated reason and the usual policy causes: relaying without authentication, a sending IP on a block list, and failing SPF, DKIM or DMARC for the sender domain. Do not retry the message unchanged.</source>
        <comment>533/fix/sendingServer</comment>
        <translation>Kiểm tra lý do được nêu và các nguyên nhân chính sách thường gặp: chuyển tiếp (relay) không có xác thực, IP gửi nằm trong danh sách chặn, và tên miền người gửi không vượt qua SPF, DKIM hoặc DMARC. Đừng thử lại thư mà không thay đổi gì.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the policy rule that produced 533 in the server logs. Consider 550 with X.7.1 instead, since clients and bounce parsers handle it more reliably than this rare code.</source>
        <comment>533/fix/receivingServer</comment>
        <translation>Tìm quy tắc chính sách đã tạo ra 533 trong nhật ký máy chủ. Hãy cân nhắc dùng 550 với X.7.1 thay thế, vì máy khách và các trình phân tích thư báo không gửi được (NDR) xử lý mã đó đáng tin cậy hơn mã hiếm gặp này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>533 is a rarely used code that the registry ties to X.7.1, while 550 with X.7.1 is the usual way servers report the same kind of policy refusal.</source>
        <comment>533/confusedWith/550</comment>
        <translation>533 là một mã hiếm khi được dùng mà sổ đăng ký gắn với X.7.1, trong khi 550 với X.7.1 là cách thông thường các máy chủ báo cùng loại từ chối theo chính sách.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>533 refuses the action on policy grounds, while 530 only asks the client to authenticate or start TLS first.</source>
        <comment>533/confusedWith/530</comment>
        <translation>533 từ chối hành động vì lý do chính sách, trong khi 530 chỉ yêu cầu máy khách xác thực hoặc bắt đầu TLS trước.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication mechanism too weak</source>
        <comment>534/title</comment>
        <translation>Cơ chế xác thực quá yếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server offers the requested SASL mechanism, but policy does not allow it for this user because it is weaker than required. The client should retry AUTH with a stronger mechanism; the enhanced code is 5.7.9. Some providers, such as Gmail, also use 534 to demand an app password instead of the normal account password.</source>
        <comment>534/description</comment>
        <translation>Máy chủ có cung cấp cơ chế SASL được yêu cầu, nhưng chính sách không cho phép người dùng này dùng nó vì cơ chế đó yếu hơn mức yêu cầu. Máy khách nên thử lại AUTH với một cơ chế mạnh hơn; mã trạng thái mở rộng là 5.7.9. Một số nhà cung cấp, chẳng hạn Gmail, cũng dùng 534 để yêu cầu mật khẩu ứng dụng thay cho mật khẩu tài khoản thông thường.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right after AUTH names a mechanism, or supplies a credential type, that the server considers too weak for the account.</source>
        <comment>534/when</comment>
        <translation>Ngay sau khi AUTH nêu một cơ chế, hoặc cung cấp một loại thông tin đăng nhập, mà máy chủ coi là quá yếu đối với tài khoản.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch the mail client to a stronger sign-in method, such as OAuth2, if offered. With Gmail and similar providers, 534 often means an app password is required because two-step verification is on: create one in the account&apos;s security settings and use it instead of the normal password.</source>
        <comment>534/fix/sender</comment>
        <translation>Chuyển trình khách thư sang một phương thức đăng nhập mạnh hơn, chẳng hạn OAuth2, nếu có. Với Gmail và các nhà cung cấp tương tự, 534 thường có nghĩa là cần mật khẩu ứng dụng vì đã bật xác minh hai bước: hãy tạo mật khẩu ứng dụng trong thiết lập bảo mật của tài khoản và dùng nó thay cho mật khẩu thông thường.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a stronger mechanism from the server&apos;s AUTH list, or use OAuth2 or an app password for provider accounts. Check settings that pin a mechanism, such as Postfix smtp_sasl_mechanism_filter.</source>
        <comment>534/fix/sendingServer</comment>
        <translation>Chọn một cơ chế mạnh hơn từ danh sách AUTH của máy chủ, hoặc dùng OAuth2 hay mật khẩu ứng dụng cho tài khoản của nhà cung cấp. Kiểm tra các thiết lập cố định một cơ chế, chẳng hạn smtp_sasl_mechanism_filter của Postfix.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm that the per-user policy is intended, and that the EHLO reply does not advertise mechanisms users may never use, so clients can pick an acceptable one on the first attempt.</source>
        <comment>534/fix/receivingServer</comment>
        <translation>Xác nhận rằng chính sách theo từng người dùng là có chủ ý, và phản hồi EHLO không quảng bá những cơ chế mà người dùng không bao giờ được phép dùng, để máy khách có thể chọn một cơ chế chấp nhận được ngay từ lần thử đầu tiên.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>534 rejects the authentication method, while 535 rejects the credentials supplied with an acceptable method.</source>
        <comment>534/confusedWith/535</comment>
        <translation>534 từ chối phương thức xác thực, trong khi 535 từ chối thông tin đăng nhập được cung cấp bằng một phương thức chấp nhận được.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>534 means the mechanism exists but is too weak for this user, while 504 means the server does not offer the mechanism at all.</source>
        <comment>534/confusedWith/504</comment>
        <translation>534 có nghĩa là cơ chế có tồn tại nhưng quá yếu đối với người dùng này, trong khi 504 có nghĩa là máy chủ hoàn toàn không cung cấp cơ chế đó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication credentials invalid</source>
        <comment>535/title</comment>
        <translation>Thông tin đăng nhập xác thực không hợp lệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The AUTH exchange failed because the user name, password or token was wrong or insufficient; the enhanced code is usually 5.7.8. The client should ask for new credentials instead of retrying the same ones. Providers also return 535 when the normal account password is refused, for example because an app password or OAuth sign-in is required.</source>
        <comment>535/description</comment>
        <translation>Trao đổi AUTH thất bại vì tên người dùng, mật khẩu hoặc token sai hoặc không đủ; mã trạng thái mở rộng thường là 5.7.8. Máy khách nên yêu cầu thông tin đăng nhập mới thay vì thử lại thông tin cũ. Các nhà cung cấp cũng trả về 535 khi mật khẩu tài khoản thông thường bị từ chối, ví dụ vì cần mật khẩu ứng dụng hoặc đăng nhập OAuth.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the end of the AUTH exchange, after the server has checked the user name and password or token.</source>
        <comment>535/when</comment>
        <translation>Ở cuối trao đổi AUTH, sau khi máy chủ đã kiểm tra tên người dùng và mật khẩu hoặc token.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-enter the user name, often the full email address, and the password. If two-step verification is on, create an app password; if the provider has disabled basic authentication, switch the client to OAuth2. Check that the account is not locked after failed attempts.</source>
        <comment>535/fix/sender</comment>
        <translation>Nhập lại tên người dùng, thường là địa chỉ email đầy đủ, và mật khẩu. Nếu đã bật xác minh hai bước, hãy tạo mật khẩu ứng dụng; nếu nhà cung cấp đã tắt xác thực cơ bản, hãy chuyển trình khách sang OAuth2. Kiểm tra xem tài khoản có bị khóa sau các lần thử thất bại không.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the stored relay credentials, for example the Postfix sasl_passwd entry and its rebuilt map, and that the user name format matches what the provider expects. Watch for expired passwords, rotated API keys and tenant policies that disable SMTP AUTH.</source>
        <comment>535/fix/sendingServer</comment>
        <translation>Xác minh thông tin đăng nhập đã lưu cho máy chủ chuyển tiếp (relay), ví dụ mục sasl_passwd của Postfix và bảng ánh xạ đã được tạo lại của nó, và kiểm tra định dạng tên người dùng có khớp với yêu cầu của nhà cung cấp không. Chú ý đến mật khẩu hết hạn, khóa API đã được thay đổi và các chính sách tenant tắt SMTP AUTH.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the authentication logs, such as Dovecot auth logs or Exchange protocol logs, for the reason: unknown user, wrong password, SMTP AUTH disabled for the mailbox, or an unreachable directory. Rate-limit repeated failures to slow password guessing.</source>
        <comment>535/fix/receivingServer</comment>
        <translation>Kiểm tra nhật ký xác thực, chẳng hạn nhật ký auth của Dovecot hoặc nhật ký giao thức của Exchange, để tìm lý do: người dùng không xác định, sai mật khẩu, SMTP AUTH bị tắt cho hộp thư, hoặc không kết nối được với thư mục người dùng. Áp dụng giới hạn tốc độ cho các lần thất bại lặp lại để làm chậm việc dò mật khẩu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>535 means the client tried to authenticate and failed, while 530 means it has not authenticated at all.</source>
        <comment>535/confusedWith/530</comment>
        <translation>535 có nghĩa là máy khách đã thử xác thực và thất bại, trong khi 530 có nghĩa là máy khách hoàn toàn chưa xác thực.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>535 is a permanent rejection of the credentials, while 454 is a temporary authentication failure, for example when the password backend is unreachable.</source>
        <comment>535/confusedWith/454</comment>
        <translation>535 là sự từ chối vĩnh viễn thông tin đăng nhập, trong khi 454 là lỗi xác thực tạm thời, ví dụ khi không kết nối được với hệ thống mật khẩu phía sau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>535 rejects the credentials, while 525 accepts them but reports that the account is disabled.</source>
        <comment>535/confusedWith/525</comment>
        <translation>535 từ chối thông tin đăng nhập, trong khi 525 chấp nhận chúng nhưng báo rằng tài khoản bị vô hiệu hóa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption required for mechanism</source>
        <comment>538/title</comment>
        <translation>Cơ chế yêu cầu mã hóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected SASL mechanism is allowed only when the SMTP connection is encrypted, so the server rejects AUTH on a clear-text connection. RFC 4954 defines it with enhanced code 5.7.11 and keeps it mainly for historical reasons, because modern servers should not offer such mechanisms before TLS is active.</source>
        <comment>538/description</comment>
        <translation>Cơ chế SASL đã chọn chỉ được phép khi kết nối SMTP được mã hóa, vì vậy máy chủ từ chối AUTH trên kết nối văn bản thuần. RFC 4954 định nghĩa mã này với mã trạng thái mở rộng 5.7.11 và giữ lại nó chủ yếu vì lý do lịch sử, bởi các máy chủ hiện đại không nên cung cấp những cơ chế như vậy trước khi TLS hoạt động.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right after AUTH on a connection where STARTTLS has not been negotiated.</source>
        <comment>538/when</comment>
        <translation>Ngay sau AUTH trên một kết nối chưa thương lượng STARTTLS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable SSL/TLS or STARTTLS for the outgoing server in the mail client, with the port the provider documents (usually 465 or 587), and send again.</source>
        <comment>538/fix/sender</comment>
        <translation>Bật SSL/TLS hoặc STARTTLS cho máy chủ thư đi trong trình khách thư, với cổng theo tài liệu của nhà cung cấp (thường là 465 hoặc 587), rồi gửi lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue STARTTLS, repeat EHLO and only then send AUTH, or connect with implicit TLS on port 465. Make the MTA require TLS before it sends credentials, for example Postfix smtp_tls_security_level = encrypt for that relay.</source>
        <comment>538/fix/sendingServer</comment>
        <translation>Gửi STARTTLS, gửi lại EHLO và chỉ sau đó mới gửi AUTH, hoặc kết nối bằng TLS ngầm định trên cổng 465. Cấu hình MTA để yêu cầu TLS trước khi gửi thông tin đăng nhập, ví dụ smtp_tls_security_level = encrypt của Postfix cho máy chủ chuyển tiếp (relay) đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advertise mechanisms that need encryption only after TLS is established, as RFC 4954 recommends, for example with Postfix smtpd_tls_auth_only. Clients then never try them too early.</source>
        <comment>538/fix/receivingServer</comment>
        <translation>Chỉ quảng bá các cơ chế cần mã hóa sau khi TLS đã được thiết lập, như RFC 4954 khuyến nghị, ví dụ bằng smtpd_tls_auth_only của Postfix. Khi đó máy khách sẽ không bao giờ thử dùng chúng quá sớm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>538 accepts the mechanism once the connection is encrypted, while 534 rejects the mechanism as too weak regardless of encryption.</source>
        <comment>538/confusedWith/534</comment>
        <translation>538 chấp nhận cơ chế khi kết nối đã được mã hóa, trong khi 534 từ chối cơ chế vì quá yếu bất kể có mã hóa hay không.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>538 answers AUTH on an unencrypted connection, while 530 answers other commands sent before required authentication or STARTTLS.</source>
        <comment>538/confusedWith/530</comment>
        <translation>538 trả lời AUTH trên một kết nối chưa mã hóa, trong khi 530 trả lời các lệnh khác được gửi trước khi thực hiện xác thực hoặc STARTTLS bắt buộc.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox unavailable or rejected</source>
        <comment>550/title</comment>
        <translation>Hộp thư không khả dụng hoặc bị từ chối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server permanently refused the action, most often at RCPT TO because the mailbox does not exist, or at any step for policy reasons: a block list, failed SPF, DKIM or DMARC checks, denied relaying, or an unacceptable sender. The enhanced code, such as 5.1.1 for an unknown user or 5.7.1 for policy, identifies the actual reason.</source>
        <comment>550/description</comment>
        <translation>Máy chủ đã từ chối vĩnh viễn hành động, thường nhất là ở RCPT TO vì hộp thư không tồn tại, hoặc ở bất kỳ bước nào vì lý do chính sách: danh sách chặn, không vượt qua kiểm tra SPF, DKIM hoặc DMARC, chuyển tiếp (relay) bị từ chối, hoặc người gửi không được chấp nhận. Mã trạng thái mở rộng, chẳng hạn 5.1.1 cho người dùng không xác định hoặc 5.7.1 cho chính sách, cho biết lý do thực sự.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most often in reply to RCPT TO, but also to MAIL FROM, EHLO, VRFY or EXPN, and after the final dot of DATA when content or authentication checks fail.</source>
        <comment>550/when</comment>
        <translation>Thường nhất là phản hồi cho RCPT TO, nhưng cũng có thể cho MAIL FROM, EHLO, VRFY hoặc EXPN, và sau dấu chấm cuối cùng của DATA khi kiểm tra nội dung hoặc xác thực thất bại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the recipient address for typos and confirm it still exists. If the text mentions spam, policy or a block list, the problem lies with your sending server or domain, so forward the bounce to your email administrator or provider.</source>
        <comment>550/fix/sender</comment>
        <translation>Kiểm tra địa chỉ người nhận xem có lỗi chính tả không và xác nhận địa chỉ đó vẫn tồn tại. Nếu văn bản đề cập đến thư rác, chính sách hoặc danh sách chặn, vấn đề nằm ở máy chủ gửi hoặc tên miền của bạn, vì vậy hãy chuyển tiếp thư báo không gửi được (NDR) cho quản trị viên email hoặc nhà cung cấp của bạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the enhanced code and text. For 5.1.1, remove the address from your lists. For 5.7.x, check the sending IP on block lists, SPF, DKIM and DMARC alignment, reverse DNS, and that you are not relaying without authentication. Do not retry the message unchanged.</source>
        <comment>550/fix/sendingServer</comment>
        <translation>Đọc mã trạng thái mở rộng và văn bản. Với 5.1.1, hãy xóa địa chỉ khỏi danh sách của bạn. Với 5.7.x, hãy kiểm tra IP gửi trên các danh sách chặn, sự khớp SPF, DKIM và DMARC, DNS ngược, và bảo đảm bạn không chuyển tiếp (relay) thư mà không xác thực. Đừng thử lại thư mà không thay đổi gì.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the rejection is wrong, find the rule that fired in the logs: recipient lookup tables, alias maps, block list checks, sender restrictions or content filters. Use clear reply text and precise enhanced codes so senders can act.</source>
        <comment>550/fix/receivingServer</comment>
        <translation>Nếu việc từ chối là sai, hãy tìm quy tắc đã kích hoạt trong nhật ký: bảng tra cứu người nhận, bảng ánh xạ bí danh, kiểm tra danh sách chặn, hạn chế người gửi hoặc bộ lọc nội dung. Hãy dùng văn bản phản hồi rõ ràng và mã trạng thái mở rộng chính xác để người gửi có thể xử lý.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>550 is a permanent refusal that should not be retried unchanged, while 450 is temporary, for example greylisting or a busy mailbox, and is retried automatically.</source>
        <comment>550/confusedWith/450</comment>
        <translation>550 là sự từ chối vĩnh viễn, không nên thử lại mà không thay đổi gì, trong khi 450 là tạm thời, ví dụ do danh sách xám (greylisting) hoặc hộp thư đang bận, và sẽ được tự động thử lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>550 usually means a well-formed address is unavailable or refused by policy, while 553 objects to the address itself, its syntax or who may use it.</source>
        <comment>550/confusedWith/553</comment>
        <translation>550 thường có nghĩa là một địa chỉ đúng định dạng không khả dụng hoặc bị từ chối theo chính sách, trong khi 553 phản đối chính địa chỉ, cú pháp của nó hoặc việc ai được phép dùng nó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>550 usually concerns one recipient or sender, while 554 usually refuses the whole transaction or connection.</source>
        <comment>550/confusedWith/554</comment>
        <translation>550 thường liên quan đến một người nhận hoặc người gửi, trong khi 554 thường từ chối toàn bộ giao dịch hoặc kết nối.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User not local</source>
        <comment>551/title</comment>
        <translation>Người dùng không thuộc máy chủ này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient is not hosted on this server, and the server will not forward the message. The reply text may name the correct address, which the client can then use. Many servers disable this reply because it reveals where users have moved; the IANA registry also lists 551 with X.7.1 for policy refusals.</source>
        <comment>551/description</comment>
        <translation>Người nhận không được lưu trữ trên máy chủ này, và máy chủ sẽ không chuyển tiếp thư. Văn bản phản hồi có thể nêu địa chỉ đúng để máy khách dùng. Nhiều máy chủ tắt phản hồi này vì nó tiết lộ nơi người dùng đã chuyển đến; sổ đăng ký của IANA cũng liệt kê 551 với X.7.1 cho các trường hợp từ chối theo chính sách.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to RCPT TO for an address the server knows is handled elsewhere, and occasionally to VRFY.</source>
        <comment>551/when</comment>
        <translation>Phản hồi cho RCPT TO đối với một địa chỉ mà máy chủ biết là do nơi khác xử lý, và đôi khi cho VRFY.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for a new address in the reply text, confirm it with the recipient, and resend. If no address is given, check the domain spelling and ask the recipient for their current address.</source>
        <comment>551/fix/sender</comment>
        <translation>Tìm địa chỉ mới trong văn bản phản hồi, xác nhận lại với người nhận, rồi gửi lại. Nếu không có địa chỉ nào được nêu, hãy kiểm tra chính tả tên miền và hỏi người nhận địa chỉ hiện tại của họ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not rewrite recipients automatically from the 551 text without checking it. If the text indicates a policy or relaying refusal, authenticate to the server or send mail for that domain to its proper MX.</source>
        <comment>551/fix/sendingServer</comment>
        <translation>Đừng tự động viết lại người nhận dựa trên văn bản 551 mà không kiểm tra. Nếu văn bản cho thấy sự từ chối theo chính sách hoặc từ chối chuyển tiếp (relay), hãy xác thực với máy chủ hoặc gửi thư cho tên miền đó đến đúng MX của nó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the user moved, consider a forwarding alias for a transition period. If 551 is returned for domains you do host, check the virtual domain and relay domain settings.</source>
        <comment>551/fix/receivingServer</comment>
        <translation>Nếu người dùng đã chuyển đi, hãy cân nhắc tạo một bí danh chuyển tiếp trong một giai đoạn chuyển đổi. Nếu 551 được trả về cho các tên miền mà bạn thực sự lưu trữ, hãy kiểm tra thiết lập tên miền ảo và tên miền chuyển tiếp (relay).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>251 means the server accepts the message and forwards it itself, while 551 means it refuses and leaves resending to the client.</source>
        <comment>551/confusedWith/251</comment>
        <translation>251 có nghĩa là máy chủ chấp nhận thư và tự chuyển tiếp nó, trong khi 551 có nghĩa là máy chủ từ chối và để máy khách tự gửi lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>551 says the user is not on this server and may point to a new address, while 550 says the mailbox is unavailable or refused, with no forwarding hint.</source>
        <comment>551/confusedWith/550</comment>
        <translation>551 cho biết người dùng không ở trên máy chủ này và có thể chỉ đến một địa chỉ mới, trong khi 550 cho biết hộp thư không khả dụng hoặc bị từ chối, không có gợi ý chuyển tiếp nào.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage or size limit exceeded</source>
        <comment>552/title</comment>
        <translation>Vượt quá giới hạn lưu trữ hoặc kích thước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server aborted the action because a storage limit would be exceeded: the message is larger than the server or mailbox allows, or the recipient&apos;s quota is full. With the SIZE extension (RFC 1870), a server can reject MAIL FROM at once when the declared size exceeds its fixed maximum. Older servers also used 552 for too many recipients, which should be 452.</source>
        <comment>552/description</comment>
        <translation>Máy chủ đã hủy hành động vì một giới hạn lưu trữ sẽ bị vượt quá: thư lớn hơn mức máy chủ hoặc hộp thư cho phép, hoặc hạn mức của người nhận đã đầy. Với phần mở rộng SIZE (RFC 1870), máy chủ có thể từ chối MAIL FROM ngay lập tức khi kích thước đã khai báo vượt quá mức tối đa cố định của nó. Các máy chủ cũ cũng dùng 552 cho trường hợp quá nhiều người nhận, vốn nên là 452.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At MAIL FROM when the SIZE parameter is over the limit, at RCPT TO for a full mailbox, or after the final dot of DATA or the last BDAT chunk when the message is too big.</source>
        <comment>552/when</comment>
        <translation>Ở MAIL FROM khi tham số SIZE vượt giới hạn, ở RCPT TO khi hộp thư đầy, hoặc sau dấu chấm cuối cùng của DATA hay đoạn BDAT cuối cùng khi thư quá lớn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the message smaller: compress or remove attachments, or share large files through a link. Encoding adds about a third to attachment size. If the text mentions a quota or full mailbox, tell the recipient another way so they can free space.</source>
        <comment>552/fix/sender</comment>
        <translation>Hãy giảm kích thước thư: nén hoặc gỡ bớt tệp đính kèm, hoặc chia sẻ tệp lớn qua liên kết. Việc mã hóa làm tăng kích thước tệp đính kèm thêm khoảng một phần ba. Nếu văn bản đề cập đến hạn mức hoặc hộp thư đầy, hãy báo cho người nhận bằng cách khác để họ giải phóng dung lượng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the message size with the SIZE value in the EHLO reply, and check your own limit, such as Postfix message_size_limit. Treat a 552 for too many recipients as temporary and send the remaining recipients in a new transaction.</source>
        <comment>552/fix/sendingServer</comment>
        <translation>So sánh kích thước thư với giá trị SIZE trong phản hồi EHLO, và kiểm tra giới hạn của chính bạn, chẳng hạn message_size_limit của Postfix. Hãy coi 552 do quá nhiều người nhận là lỗi tạm thời và gửi những người nhận còn lại trong một giao dịch mới.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the size limits, such as Postfix message_size_limit or Exchange connector limits, and the recipient&apos;s mailbox quota. Advertise the real limit with SIZE so clients can avoid sending oversized messages.</source>
        <comment>552/fix/receivingServer</comment>
        <translation>Kiểm tra các giới hạn kích thước, chẳng hạn message_size_limit của Postfix hoặc giới hạn connector của Exchange, và hạn mức hộp thư của người nhận. Quảng bá giới hạn thực tế bằng SIZE để máy khách có thể tránh gửi thư quá lớn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MAIL FROM with SIZE</source>
        <comment>552/contexts/0/context</comment>
        <translation>MAIL FROM có SIZE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The declared message size exceeds the server&apos;s fixed maximum.</source>
        <comment>552/contexts/0/meaning</comment>
        <translation>Kích thước thư đã khai báo vượt quá mức tối đa cố định của máy chủ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RCPT TO</source>
        <comment>552/contexts/1/context</comment>
        <translation>RCPT TO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient&apos;s mailbox is over quota, or, on older servers, too many recipients were given.</source>
        <comment>552/contexts/1/meaning</comment>
        <translation>Hộp thư của người nhận đã vượt hạn mức, hoặc, trên các máy chủ cũ, có quá nhiều người nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After DATA or BDAT</source>
        <comment>552/contexts/2/context</comment>
        <translation>Sau DATA hoặc BDAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The received message exceeded a size limit or the recipient&apos;s storage allocation.</source>
        <comment>552/contexts/2/meaning</comment>
        <translation>Thư nhận được đã vượt quá giới hạn kích thước hoặc dung lượng lưu trữ được cấp cho người nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>552 is a permanent failure for this message, such as exceeding the size limit, while 452 reports a temporary shortage of storage or too many recipients for this transaction.</source>
        <comment>552/confusedWith/452</comment>
        <translation>552 là lỗi vĩnh viễn đối với thư này, chẳng hạn vượt quá giới hạn kích thước, trong khi 452 báo tình trạng thiếu dung lượng lưu trữ tạm thời hoặc quá nhiều người nhận cho giao dịch này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both can reject an oversized message; 552 names a storage or size problem, while 554 is a general transaction failure.</source>
        <comment>552/confusedWith/554</comment>
        <translation>Cả hai đều có thể từ chối thư quá lớn; 552 nêu rõ vấn đề lưu trữ hoặc kích thước, trong khi 554 là lỗi giao dịch chung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox name not allowed</source>
        <comment>553/title</comment>
        <translation>Tên hộp thư không được phép</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the address itself: its syntax is invalid, its domain is unacceptable, or policy forbids it, for example a sender address the authenticated user may not use. It can answer MAIL FROM as well as RCPT TO. RFC 6531 also uses 553 with X.6.7 when non-ASCII addresses are not permitted for that sender or recipient.</source>
        <comment>553/description</comment>
        <translation>Máy chủ từ chối chính địa chỉ: cú pháp không hợp lệ, tên miền không được chấp nhận, hoặc chính sách cấm địa chỉ đó, ví dụ một địa chỉ người gửi mà người dùng đã xác thực không được phép dùng. Mã này có thể là phản hồi cho MAIL FROM cũng như RCPT TO. RFC 6531 cũng dùng 553 với X.6.7 khi địa chỉ không phải ASCII không được phép đối với người gửi hoặc người nhận đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to MAIL FROM or RCPT TO, and occasionally VRFY, when the address is refused.</source>
        <comment>553/when</comment>
        <translation>Phản hồi cho MAIL FROM hoặc RCPT TO, và đôi khi VRFY, khi địa chỉ bị từ chối.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the address for typos, spaces, invalid characters or a missing domain. If the refused address is your own sender address, send from the address that belongs to your login, or ask your administrator for permission to send as the other address.</source>
        <comment>553/fix/sender</comment>
        <translation>Kiểm tra địa chỉ xem có lỗi chính tả, khoảng trắng, ký tự không hợp lệ hoặc thiếu tên miền không. Nếu địa chỉ bị từ chối là địa chỉ người gửi của chính bạn, hãy gửi từ địa chỉ thuộc về tài khoản đăng nhập của bạn, hoặc đề nghị quản trị viên cấp quyền gửi dưới địa chỉ kia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure MAIL FROM uses a fully qualified domain that resolves, not a local name such as user@localhost; check Postfix myorigin or masquerade_domains. For submission, the envelope sender must match the authenticated account.</source>
        <comment>553/fix/sendingServer</comment>
        <translation>Bảo đảm MAIL FROM dùng một tên miền đầy đủ có thể phân giải được, chứ không phải tên cục bộ như user@localhost; kiểm tra myorigin hoặc masquerade_domains của Postfix. Với submission, người gửi trên phong bì thư (envelope) phải khớp với tài khoản đã xác thực.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If valid addresses are refused, review sender login maps, such as Postfix smtpd_sender_login_maps with reject_sender_login_mismatch, and address syntax checks, and return precise enhanced codes such as 5.1.3 or 5.7.1.</source>
        <comment>553/fix/receivingServer</comment>
        <translation>Nếu địa chỉ hợp lệ bị từ chối, hãy xem lại các bảng ánh xạ tài khoản đăng nhập của người gửi, chẳng hạn smtpd_sender_login_maps của Postfix cùng reject_sender_login_mismatch, và các kiểm tra cú pháp địa chỉ, đồng thời trả về mã trạng thái mở rộng chính xác như 5.1.3 hoặc 5.7.1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>553 objects to the form or ownership of the address, while 550 usually means a well-formed mailbox is unavailable or refused by policy.</source>
        <comment>553/confusedWith/550</comment>
        <translation>553 phản đối hình thức hoặc quyền sở hữu của địa chỉ, trong khi 550 thường có nghĩa là một hộp thư đúng định dạng không khả dụng hoặc bị từ chối theo chính sách.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>553 says the server will not accept that mailbox name, while 501 says the command&apos;s argument could not be parsed at all.</source>
        <comment>553/confusedWith/501</comment>
        <translation>553 cho biết máy chủ sẽ không chấp nhận tên hộp thư đó, trong khi 501 cho biết hoàn toàn không phân tích được đối số của lệnh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transaction failed or session refused</source>
        <comment>554/title</comment>
        <translation>Giao dịch thất bại hoặc phiên bị từ chối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A general permanent failure whose meaning depends on when it arrives. As the greeting, it refuses the whole session, often because of the client&apos;s IP reputation; after DATA, it rejects the message, for example as spam or malware. After STARTTLS, RFC 3207 uses it to refuse commands when the negotiated security is insufficient. Postfix also uses 554 by default for many RCPT TO policy rejections.</source>
        <comment>554/description</comment>
        <translation>Một lỗi vĩnh viễn chung có ý nghĩa phụ thuộc vào thời điểm nó xuất hiện. Khi là lời chào, mã này từ chối toàn bộ phiên, thường do uy tín địa chỉ IP của máy khách; sau DATA, nó từ chối thư, ví dụ vì là thư rác hoặc phần mềm độc hại. Sau STARTTLS, RFC 3207 dùng mã này để từ chối lệnh khi mức bảo mật đã thương lượng không đủ. Postfix cũng mặc định dùng 554 cho nhiều trường hợp từ chối RCPT TO theo chính sách.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In place of the 220 greeting, in reply to DATA or after its final dot, or to RCPT TO for a policy rejection. After a 554 greeting, a conforming server answers every command except QUIT with 503.</source>
        <comment>554/when</comment>
        <translation>Thay cho lời chào 220, để phản hồi DATA hoặc sau dấu chấm cuối cùng của nó, hoặc cho RCPT TO khi từ chối theo chính sách. Sau lời chào 554, một máy chủ tuân thủ chuẩn sẽ trả lời mọi lệnh trừ QUIT bằng 503.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the reply text, which usually names a block list, spam filter or policy. Forward the bounce to your email provider or administrator, since the cause is usually the sending server&apos;s IP or domain reputation rather than the address.</source>
        <comment>554/fix/sender</comment>
        <translation>Đọc văn bản phản hồi, thường nêu tên một danh sách chặn, bộ lọc thư rác hoặc chính sách. Hãy chuyển tiếp thư báo không gửi được (NDR) cho nhà cung cấp email hoặc quản trị viên của bạn, vì nguyên nhân thường là uy tín IP hoặc tên miền của máy chủ gửi chứ không phải địa chỉ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the sending IP on major block lists, such as Spamhaus, and request delisting once the cause is fixed. Verify reverse DNS, SPF, DKIM and DMARC. For content rejections, look for spam triggers or malware; for relay denials, authenticate first.</source>
        <comment>554/fix/sendingServer</comment>
        <translation>Kiểm tra IP gửi trên các danh sách chặn lớn, chẳng hạn Spamhaus, và yêu cầu gỡ khỏi danh sách khi nguyên nhân đã được khắc phục. Xác minh DNS ngược, SPF, DKIM và DMARC. Với các trường hợp từ chối do nội dung, hãy tìm các yếu tố kích hoạt bộ lọc thư rác hoặc phần mềm độc hại; với các trường hợp từ chối chuyển tiếp (relay), hãy xác thực trước.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the rule in the logs: block list lookups, client access maps, relay restrictions or the content filter. Use a 554 greeting only for clients you never want to talk to, and prefer 550 with precise enhanced codes for recipient-level refusals.</source>
        <comment>554/fix/receivingServer</comment>
        <translation>Tìm quy tắc trong nhật ký: tra cứu danh sách chặn, bảng ánh xạ truy cập máy khách, hạn chế chuyển tiếp (relay) hoặc bộ lọc nội dung. Chỉ dùng lời chào 554 cho những máy khách mà bạn không bao giờ muốn giao tiếp, và ưu tiên 550 với mã trạng thái mở rộng chính xác cho các trường hợp từ chối ở cấp người nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection greeting</source>
        <comment>554/contexts/0/context</comment>
        <translation>Lời chào khi kết nối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refuses to handle mail from this client for the whole session.</source>
        <comment>554/contexts/0/meaning</comment>
        <translation>Máy chủ từ chối xử lý thư từ máy khách này trong toàn bộ phiên.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DATA or after the final dot</source>
        <comment>554/contexts/1/context</comment>
        <translation>DATA hoặc sau dấu chấm cuối cùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message was rejected, for example by a content filter, or no valid recipients remain.</source>
        <comment>554/contexts/1/meaning</comment>
        <translation>Thư đã bị từ chối, ví dụ bởi bộ lọc nội dung, hoặc không còn người nhận hợp lệ nào.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After STARTTLS</source>
        <comment>554/contexts/2/context</comment>
        <translation>Sau STARTTLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The negotiated TLS security is not sufficient, so every command except QUIT is refused.</source>
        <comment>554/contexts/2/meaning</comment>
        <translation>Mức bảo mật TLS đã thương lượng không đủ, vì vậy mọi lệnh trừ QUIT đều bị từ chối.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RCPT TO</source>
        <comment>554/contexts/3/context</comment>
        <translation>RCPT TO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A policy rule, such as denied relaying or a block list, rejected the recipient or the client.</source>
        <comment>554/contexts/3/meaning</comment>
        <translation>Một quy tắc chính sách, chẳng hạn từ chối chuyển tiếp (relay) hoặc danh sách chặn, đã từ chối người nhận hoặc máy khách.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>554 usually refuses the whole transaction or connection, while 550 usually concerns one recipient or sender.</source>
        <comment>554/confusedWith/550</comment>
        <translation>554 thường từ chối toàn bộ giao dịch hoặc kết nối, trong khi 550 thường liên quan đến một người nhận hoặc người gửi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A 554 greeting refuses this client&apos;s session, while a 521 greeting says the host never accepts mail from anyone.</source>
        <comment>554/confusedWith/521</comment>
        <translation>Lời chào 554 từ chối phiên của máy khách này, trong khi lời chào 521 cho biết máy này không bao giờ nhận thư từ bất kỳ ai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A 554 greeting is a permanent refusal of the session, while 421 means the service is temporarily unavailable and the client should retry later.</source>
        <comment>554/confusedWith/421</comment>
        <translation>Lời chào 554 là sự từ chối vĩnh viễn đối với phiên, trong khi 421 có nghĩa là dịch vụ tạm thời không khả dụng và máy khách nên thử lại sau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MAIL or RCPT parameter not recognized</source>
        <comment>555/title</comment>
        <translation>Không nhận dạng được tham số MAIL hoặc RCPT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server does not recognize, or cannot implement, one or more ESMTP parameters on MAIL FROM or RCPT TO, such as SIZE, BODY, SMTPUTF8, RET, ENVID, NOTIFY or REQUIRETLS. Clients must only send parameters for extensions the server advertised in its EHLO reply, so 555 usually points to a client that ignored that list or fell back to HELO.</source>
        <comment>555/description</comment>
        <translation>Máy chủ không nhận dạng được, hoặc không thể triển khai, một hoặc nhiều tham số ESMTP trong MAIL FROM hoặc RCPT TO, chẳng hạn SIZE, BODY, SMTPUTF8, RET, ENVID, NOTIFY hoặc REQUIRETLS. Máy khách chỉ được gửi tham số cho những phần mở rộng mà máy chủ đã quảng bá trong phản hồi EHLO, vì vậy 555 thường cho thấy máy khách đã bỏ qua danh sách đó hoặc đã chuyển về dùng HELO.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to MAIL FROM or RCPT TO carrying an extension parameter the server does not support.</source>
        <comment>555/when</comment>
        <translation>Phản hồi cho MAIL FROM hoặc RCPT TO có kèm một tham số phần mở rộng mà máy chủ không hỗ trợ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the mail client or library. If it offers options such as delivery status notifications or 8-bit MIME, try turning them off and sending again.</source>
        <comment>555/fix/sender</comment>
        <translation>Hãy cập nhật trình khách thư hoặc thư viện. Nếu trình khách có các tùy chọn như thông báo trạng thái chuyển phát hoặc MIME 8 bit, hãy thử tắt chúng và gửi lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send only parameters for extensions listed in the current EHLO reply, and read that list again after STARTTLS. After a fallback to HELO, send no parameters at all. Check libraries that add DSN parameters such as NOTIFY or RET unconditionally.</source>
        <comment>555/fix/sendingServer</comment>
        <translation>Chỉ gửi tham số cho những phần mở rộng được liệt kê trong phản hồi EHLO hiện tại, và đọc lại danh sách đó sau STARTTLS. Sau khi lùi về HELO, hoàn toàn không gửi tham số nào. Kiểm tra các thư viện luôn thêm tham số DSN như NOTIFY hoặc RET một cách vô điều kiện.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If a parameter advertised in EHLO is rejected with 555, fix the inconsistency. If the server does not support DSN or SMTPUTF8, make sure the EHLO reply does not list them.</source>
        <comment>555/fix/receivingServer</comment>
        <translation>Nếu một tham số được công bố trong EHLO lại bị từ chối với 555, hãy khắc phục sự không nhất quán đó. Nếu máy chủ không hỗ trợ DSN hoặc SMTPUTF8, hãy đảm bảo phản hồi EHLO không liệt kê chúng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>555 means the parameter is not recognized or not implemented, while 455 means the server supports it but cannot accommodate it right now.</source>
        <comment>555/confusedWith/455</comment>
        <translation>555 nghĩa là tham số không được nhận diện hoặc chưa được triển khai, còn 455 nghĩa là máy chủ hỗ trợ tham số đó nhưng hiện tại chưa thể đáp ứng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>555 rejects an unsupported but well-formed parameter, while 501 rejects arguments that are malformed.</source>
        <comment>555/confusedWith/501</comment>
        <translation>555 từ chối một tham số không được hỗ trợ nhưng đúng cú pháp, còn 501 từ chối các đối số sai định dạng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain does not accept mail</source>
        <comment>556/title</comment>
        <translation>Tên miền không nhận thư</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An SMTP server, usually a relay or submission server, reports that the recipient&apos;s domain does not accept mail at all, typically because the domain publishes a null MX record (RFC 7505). It is paired with enhanced code X.1.10. The failure is permanent: no server for that domain will take the message.</source>
        <comment>556/description</comment>
        <translation>Một máy chủ SMTP, thường là máy chủ chuyển tiếp (relay) hoặc máy chủ tiếp nhận thư gửi đi (submission), báo rằng tên miền của người nhận hoàn toàn không nhận thư, thường vì tên miền đó công bố bản ghi null MX (RFC 7505). Mã này đi kèm mã trạng thái mở rộng X.1.10. Lỗi này là vĩnh viễn: không máy chủ nào của tên miền đó sẽ nhận thư.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually in reply to RCPT TO, when the server checks the recipient domain in DNS and finds a null MX or another sign that the domain receives no mail.</source>
        <comment>556/when</comment>
        <translation>Thường là phản hồi cho RCPT TO, khi máy chủ kiểm tra tên miền người nhận trong DNS và phát hiện một null MX hoặc một dấu hiệu khác cho thấy tên miền đó không nhận thư.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the recipient&apos;s domain for typos, such as a misspelled provider name. If it is correct, the domain deliberately receives no email, so reach the recipient another way.</source>
        <comment>556/fix/sender</comment>
        <translation>Kiểm tra tên miền của người nhận xem có lỗi chính tả không, chẳng hạn tên nhà cung cấp bị viết sai. Nếu tên miền đúng, thì tên miền đó chủ ý không nhận email, vì vậy hãy liên hệ người nhận bằng cách khác.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up the recipient domain&apos;s MX records: a single MX of &quot;.&quot; with preference 0 is a null MX. Remove such addresses from mailing lists, and make sure your own sending domain does not publish a null MX by mistake.</source>
        <comment>556/fix/sendingServer</comment>
        <translation>Tra cứu các bản ghi MX của tên miền người nhận: một MX duy nhất có giá trị &quot;.&quot; với độ ưu tiên 0 là null MX. Xóa những địa chỉ như vậy khỏi danh sách thư, và đảm bảo tên miền gửi của chính bạn không vô tình công bố null MX.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm that the DNS lookup behind the 556 is correct, for example with dig MX for the domain. If the domain owner has replaced a mistaken null MX, clear the resolver cache so the change takes effect.</source>
        <comment>556/fix/receivingServer</comment>
        <translation>Xác nhận rằng lần tra cứu DNS dẫn đến mã 556 là chính xác, ví dụ bằng dig MX cho tên miền đó. Nếu chủ sở hữu tên miền đã thay thế một null MX đặt nhầm, hãy xóa bộ nhớ đệm của trình phân giải để thay đổi có hiệu lực.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>556 reports that a whole destination domain accepts no mail, while 521 is sent by a host that itself refuses all mail.</source>
        <comment>556/confusedWith/521</comment>
        <translation>556 báo rằng toàn bộ một tên miền đích không nhận thư, còn 521 được gửi bởi một máy chủ mà bản thân nó từ chối mọi thư.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>556 says the entire recipient domain accepts no mail, while 550 with 5.1.1 says one mailbox does not exist.</source>
        <comment>556/confusedWith/550</comment>
        <translation>556 cho biết toàn bộ tên miền người nhận không nhận thư, còn 550 kèm 5.1.1 cho biết một hộp thư không tồn tại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery Not Authorized</source>
        <comment>571/title</comment>
        <translation>Không được phép chuyển phát</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>571 is not a valid SMTP reply code; it appears when bounce generators write the enhanced code 5.7.1 without dots, or when antispam systems use it as a permanent policy rejection. It usually means the receiving side refused the sender, for example because of a block list, missing reverse DNS or a relay restriction. Clients treat it as a permanent failure.</source>
        <comment>571/description</comment>
        <translation>571 không phải là mã phản hồi SMTP hợp lệ; mã này xuất hiện khi các trình tạo thư báo không gửi được viết mã trạng thái mở rộng 5.7.1 mà không có dấu chấm, hoặc khi các hệ thống chống thư rác dùng nó làm lời từ chối vĩnh viễn theo chính sách. Mã này thường có nghĩa là phía nhận đã từ chối người gửi, ví dụ do danh sách chặn, thiếu DNS ngược hoặc hạn chế chuyển tiếp (relay). Máy khách coi đây là lỗi vĩnh viễn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen in Exchange and IIS SMTP bounce diagnostics such as &quot;#571 Delivery not authorized, message refused&quot; and in replies from some filtering gateways to RCPT TO or after DATA.</source>
        <comment>571/when</comment>
        <translation>Xuất hiện trong thông tin chẩn đoán của thư báo không gửi được từ Exchange và IIS SMTP, chẳng hạn &quot;#571 Delivery not authorized, message refused&quot;, và trong phản hồi của một số cổng lọc thư cho RCPT TO hoặc sau DATA.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the recipient address is correct and that you are allowed to write to that address or group. If the bounce mentions spam or blocking, forward it to your administrator instead of resending repeatedly.</source>
        <comment>571/fix/sender</comment>
        <translation>Kiểm tra xem địa chỉ người nhận có đúng không và bạn có được phép gửi thư tới địa chỉ hoặc nhóm đó không. Nếu thư báo không gửi được đề cập đến thư rác hoặc việc chặn, hãy chuyển nó cho quản trị viên thay vì gửi lại nhiều lần.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your sending IP on public block lists, confirm that forward and reverse DNS match, and verify SPF, DKIM and DMARC for the sender domain. If you relay through another host, make sure you authenticate or that your IP is allowed to relay.</source>
        <comment>571/fix/sendingServer</comment>
        <translation>Kiểm tra IP gửi của bạn trên các danh sách chặn công khai, xác nhận DNS thuận và DNS ngược khớp nhau, và kiểm tra SPF, DKIM và DMARC cho tên miền người gửi. Nếu bạn chuyển tiếp (relay) thư qua một máy chủ khác, hãy bảo đảm bạn xác thực hoặc IP của bạn được phép chuyển tiếp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a standard reply such as 550 or 554 with enhanced code 5.7.1 and a clear reason. Check filter, relay and recipient restriction logs to find the rule that refused the sender, and allow it if the block was wrong.</source>
        <comment>571/fix/receivingServer</comment>
        <translation>Gửi một phản hồi chuẩn như 550 hoặc 554 kèm mã trạng thái mở rộng 5.7.1 và lý do rõ ràng. Kiểm tra nhật ký bộ lọc, hạn chế chuyển tiếp (relay) và hạn chế người nhận để tìm quy tắc đã từ chối người gửi, và cho phép người gửi nếu việc chặn là nhầm lẫn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.1 is the registered enhanced code for delivery not authorized and belongs after a valid reply code, while 571 is that code misused as a three-digit reply.</source>
        <comment>571/confusedWith/X.7.1</comment>
        <translation>X.7.1 là mã trạng thái mở rộng đã đăng ký cho việc không được phép chuyển phát và phải đứng sau một mã phản hồi hợp lệ, trong khi 571 là chính mã đó bị dùng sai làm phản hồi ba chữ số.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>550 is the standard permanent reply for a refused mailbox or policy block, while 571 is an unregistered code carrying the same kind of refusal.</source>
        <comment>571/confusedWith/550</comment>
        <translation>550 là phản hồi vĩnh viễn chuẩn cho hộp thư bị từ chối hoặc bị chặn theo chính sách, trong khi 571 là một mã chưa đăng ký mang cùng kiểu từ chối đó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other Undefined Status</source>
        <comment>X.0.0/title</comment>
        <translation>Trạng thái khác chưa xác định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catch-all code: the server only says whether the failure is temporary or permanent. 4.0.0 usually marks a passing local problem, such as a failed lookup, a filter timeout or an overloaded server, while 5.0.0 is a generic permanent refusal. The registry allows it with any basic reply code, so the text that follows carries the real reason.</source>
        <comment>X.0.0/description</comment>
        <translation>Mã dùng chung cho mọi trường hợp: máy chủ chỉ cho biết lỗi là tạm thời hay vĩnh viễn. 4.0.0 thường đánh dấu một sự cố cục bộ nhất thời, như tra cứu thất bại, bộ lọc hết thời gian chờ hoặc máy chủ quá tải, còn 5.0.0 là một lời từ chối vĩnh viễn chung chung. Sổ đăng ký cho phép dùng mã này với bất kỳ mã phản hồi cơ bản nào, vì vậy phần văn bản theo sau mới nêu lý do thực sự.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned with any reply when the server has no more specific code for the condition, typically by MTAs and filters that attach x.0.0 to every error they do not classify.</source>
        <comment>X.0.0/when</comment>
        <translation>Được trả về kèm bất kỳ phản hồi nào khi máy chủ không có mã cụ thể hơn cho tình huống đó, thường do các MTA và bộ lọc gắn x.0.0 vào mọi lỗi mà chúng không phân loại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the text after the code, which usually names the real cause. For 4.0.0, wait: the sending server retries on its own. For 5.0.0, check the recipient address and resend once; if it fails again, forward the complete bounce to your mail administrator.</source>
        <comment>X.0.0/fix/sender</comment>
        <translation>Đọc phần văn bản sau mã, phần này thường nêu nguyên nhân thực sự. Với 4.0.0, hãy chờ: máy chủ gửi sẽ tự thử lại. Với 5.0.0, hãy kiểm tra địa chỉ người nhận và gửi lại một lần; nếu vẫn thất bại, hãy gửi toàn bộ thư báo không gửi được (NDR) cho quản trị viên thư của bạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the full reply in the outbound log (Postfix maillog, Exim mainlog) and note which command drew it. Let the queue retry 4.0.0; for a repeated 5.0.0 from the same host, contact its postmaster with the timestamp, your sending IP address and the reply text.</source>
        <comment>X.0.0/fix/sendingServer</comment>
        <translation>Tìm toàn bộ phản hồi trong nhật ký gửi đi (maillog của Postfix, mainlog của Exim) và ghi lại lệnh nào đã gây ra phản hồi đó. Để hàng đợi tự thử lại với 4.0.0; nếu cùng một máy chủ liên tục trả về 5.0.0, hãy liên hệ postmaster của máy chủ đó kèm dấu thời gian, địa chỉ IP gửi của bạn và nội dung phản hồi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the transaction in your logs and identify which filter, milter or lookup produced the generic reply. Where possible, make it return a specific code instead, such as X.7.1 for policy refusals, X.1.1 for unknown users or X.3.0 for local failures.</source>
        <comment>X.0.0/fix/receivingServer</comment>
        <translation>Tìm giao dịch trong nhật ký của bạn và xác định bộ lọc, milter hoặc lần tra cứu nào đã tạo ra phản hồi chung chung đó. Khi có thể, hãy cho nó trả về một mã cụ thể hơn, như X.7.1 cho từ chối theo chính sách, X.1.1 cho người dùng không tồn tại hoặc X.3.0 cho lỗi cục bộ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.0.0 says nothing about where the problem lies, while X.3.0 at least places it in the receiving mail system.</source>
        <comment>X.0.0/confusedWith/X.3.0</comment>
        <translation>X.0.0 không cho biết gì về vị trí của sự cố, còn X.3.0 ít nhất cũng xác định sự cố nằm trong hệ thống thư phía nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.0.0 gives no area at all, while X.7.0 tells you that a security or policy rule was involved.</source>
        <comment>X.0.0/confusedWith/X.7.0</comment>
        <translation>X.0.0 hoàn toàn không nêu lĩnh vực nào, còn X.7.0 cho bạn biết có liên quan đến một quy tắc bảo mật hoặc chính sách.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generic Recipient Organization Error</source>
        <comment>5.0.350@Microsoft/title</comment>
        <translation>Lỗi chung từ tổ chức của người nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online shows 5.0.350 as a catch-all for many unspecific errors returned by the recipient&apos;s email organization. Two texts have known causes: &quot;x-dg-ref header is too long&quot;, linked to Rich Text formatted messages, and &quot;policy violation detected (AS345)&quot;, linked to nested attachments.</source>
        <comment>5.0.350@Microsoft/description</comment>
        <translation>Exchange Online hiển thị 5.0.350 như một mã dùng chung cho nhiều lỗi không cụ thể do tổ chức email của người nhận trả về. Có hai nội dung có nguyên nhân đã biết: &quot;x-dg-ref header is too long&quot;, liên quan đến thư định dạng Rich Text, và &quot;policy violation detected (AS345)&quot;, liên quan đến tệp đính kèm lồng nhau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appears in a bounce after the recipient&apos;s system rejected the message for a reason it did not classify further.</source>
        <comment>5.0.350@Microsoft/when</comment>
        <translation>Xuất hiện trong thư báo không gửi được sau khi hệ thống của người nhận từ chối thư vì một lý do mà nó không phân loại thêm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend the message in HTML or plain text instead of Rich Text, and attach files directly rather than attaching an email that itself contains attachments.</source>
        <comment>5.0.350@Microsoft/fix/sender</comment>
        <translation>Gửi lại thư ở định dạng HTML hoặc văn bản thuần thay vì Rich Text, và đính kèm tệp trực tiếp thay vì đính kèm một email mà bản thân nó có chứa tệp đính kèm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the remote server&apos;s text in the bounce to find the real reason. For the header error, make sure Rich Text formatting is not sent to external recipients.</source>
        <comment>5.0.350@Microsoft/fix/sendingServer</comment>
        <translation>Đọc nội dung của máy chủ từ xa trong thư báo không gửi được để tìm lý do thực sự. Với lỗi tiêu đề, hãy bảo đảm định dạng Rich Text không được gửi tới người nhận bên ngoài.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your system produced the error, check its logs for the rule involved and return a more precise enhanced code.</source>
        <comment>5.0.350@Microsoft/fix/receivingServer</comment>
        <translation>Nếu hệ thống của bạn tạo ra lỗi này, hãy kiểm tra nhật ký để tìm quy tắc liên quan và trả về một mã trạng thái mở rộng chính xác hơn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.0.0 is the registry&apos;s generic other-status code, while 5.0.350 is Microsoft&apos;s own catch-all that wraps various recipient-side rejections.</source>
        <comment>5.0.350@Microsoft/confusedWith/X.0.0</comment>
        <translation>X.0.0 là mã trạng thái khác chung chung của sổ đăng ký, trong khi 5.0.350 là mã dùng chung riêng của Microsoft, bao gồm nhiều kiểu từ chối khác nhau từ phía người nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.6.11 points to one known content fault, bare line feeds, while 5.0.350 covers many unspecified rejections.</source>
        <comment>5.0.350@Microsoft/confusedWith/5.6.11@Microsoft</comment>
        <translation>5.6.11 chỉ đến một lỗi nội dung đã biết, đó là ký tự xuống dòng LF đơn lẻ (bare line feed), trong khi 5.0.350 bao gồm nhiều kiểu từ chối không xác định.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other Address Status</source>
        <comment>X.1.0/title</comment>
        <translation>Trạng thái địa chỉ khác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An envelope address is the issue, but the server does not say in what way. As 2.1.0 it commonly confirms the sender at MAIL FROM; Postfix answers &quot;250 2.1.0 Ok&quot;. As 4.1.0 it means an address check could not be completed for now, and as 5.1.0 it is a generic permanent rejection of the sender or a recipient.</source>
        <comment>X.1.0/description</comment>
        <translation>Vấn đề nằm ở một địa chỉ phong bì (envelope), nhưng máy chủ không nói rõ là vấn đề gì. Ở dạng 2.1.0, mã này thường xác nhận người gửi tại MAIL FROM; Postfix trả lời &quot;250 2.1.0 Ok&quot;. Ở dạng 4.1.0, nó có nghĩa là tạm thời chưa thể hoàn tất việc kiểm tra địa chỉ, còn ở dạng 5.1.0 là một lời từ chối vĩnh viễn chung chung đối với người gửi hoặc một người nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to MAIL FROM or RCPT TO when an address is accepted without comment (2.1.0) or refused for a reason the server does not classify.</source>
        <comment>X.1.0/when</comment>
        <translation>Phản hồi cho MAIL FROM hoặc RCPT TO khi một địa chỉ được chấp nhận mà không kèm nhận xét (2.1.0) hoặc bị từ chối vì một lý do mà máy chủ không phân loại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check both your own address and the recipient&apos;s for typos, spaces or a wrong domain. If the reply is temporary, wait for the automatic retry. If it is permanent and both addresses look right, pass the bounce text to your administrator.</source>
        <comment>X.1.0/fix/sender</comment>
        <translation>Kiểm tra cả địa chỉ của bạn lẫn của người nhận xem có lỗi chính tả, khoảng trắng hoặc sai tên miền không. Nếu phản hồi là tạm thời, hãy chờ lần thử lại tự động. Nếu là vĩnh viễn và cả hai địa chỉ đều có vẻ đúng, hãy chuyển nội dung thư báo không gửi được cho quản trị viên của bạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check which command drew the reply. Make sure the envelope sender your server uses, after any rewriting or SRS for forwarded mail, is a real, deliverable address in a domain that resolves in DNS, because many receivers verify it.</source>
        <comment>X.1.0/fix/sendingServer</comment>
        <translation>Kiểm tra lệnh nào đã gây ra phản hồi. Đảm bảo địa chỉ người gửi trên phong bì (envelope sender) mà máy chủ của bạn sử dụng, sau mọi bước viết lại hoặc SRS cho thư được chuyển tiếp, là một địa chỉ thật, nhận được thư, thuộc một tên miền phân giải được trong DNS, vì nhiều máy chủ nhận sẽ xác minh địa chỉ này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find which address check produced the generic code (sender verification, recipient lookup, access maps) and return a specific one where possible, such as X.1.1 for an unknown recipient or X.1.8 for a sender domain that does not resolve.</source>
        <comment>X.1.0/fix/receivingServer</comment>
        <translation>Xác định bước kiểm tra địa chỉ nào đã tạo ra mã chung chung đó (xác minh người gửi, tra cứu người nhận, bảng truy cập) và trả về một mã cụ thể khi có thể, như X.1.1 cho người nhận không tồn tại hoặc X.1.8 cho tên miền người gửi không phân giải được.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.0 reports an unspecified address problem, while X.1.1 says specifically that the recipient mailbox does not exist.</source>
        <comment>X.1.0/confusedWith/X.1.1</comment>
        <translation>X.1.0 báo một vấn đề địa chỉ không được nêu rõ, còn X.1.1 nói cụ thể rằng hộp thư của người nhận không tồn tại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In success replies X.1.0 usually confirms the sender at MAIL FROM (2.1.0), while X.1.5 confirms a recipient at RCPT TO (2.1.5).</source>
        <comment>X.1.0/confusedWith/X.1.5</comment>
        <translation>Trong các phản hồi thành công, X.1.0 thường xác nhận người gửi tại MAIL FROM (2.1.0), còn X.1.5 xác nhận một người nhận tại RCPT TO (2.1.5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad Destination Mailbox Address</source>
        <comment>X.1.1/title</comment>
        <translation>Địa chỉ hộp thư đích không hợp lệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mailbox named before the @ does not exist at the destination; this is the classic unknown-user bounce. 5.1.1 is final: the address is mistyped, was deleted or never existed. 4.1.1 appears when the server cannot confirm the mailbox at the moment, for example because its user directory or a backend is unreachable, and the message stays queued for retry.</source>
        <comment>X.1.1/description</comment>
        <translation>Hộp thư được nêu trước dấu @ không tồn tại tại nơi nhận; đây là kiểu thư báo không gửi được kinh điển do người dùng không tồn tại. 5.1.1 là kết luận cuối cùng: địa chỉ bị gõ sai, đã bị xóa hoặc chưa từng tồn tại. 4.1.1 xuất hiện khi máy chủ tạm thời không thể xác nhận hộp thư, chẳng hạn vì không truy cập được thư mục người dùng hoặc một hệ thống phụ trợ, và thư vẫn nằm trong hàng đợi để thử lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually the reply to RCPT TO after the server checks the recipient against its user directory, alias tables or recipient validation. It can also arrive later in a bounce from a relay that accepted the message first.</source>
        <comment>X.1.1/when</comment>
        <translation>Thường là phản hồi cho RCPT TO sau khi máy chủ đối chiếu người nhận với thư mục người dùng, bảng bí danh hoặc cơ chế kiểm tra tính hợp lệ của người nhận. Mã này cũng có thể đến muộn hơn trong một thư báo không gửi được từ một máy chủ chuyển tiếp (relay) đã nhận thư trước đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the address letter by letter, especially the part before the @, and delete any autocomplete entry that offers an old address. Confirm the current address with the recipient by another channel. A 4.1.1 needs no action unless it later turns into a bounce.</source>
        <comment>X.1.1/fix/sender</comment>
        <translation>Kiểm tra địa chỉ từng ký tự một, đặc biệt là phần trước dấu @, và xóa mọi mục tự động hoàn thành đang gợi ý địa chỉ cũ. Xác nhận địa chỉ hiện tại với người nhận qua một kênh khác. Mã 4.1.1 không cần xử lý gì trừ khi sau đó nó trở thành thư báo không gửi được.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop sending to addresses that return 5.1.1 and remove them from mailing lists, since repeated hits on unknown users hurt your reputation. Let the queue retry 4.1.1; if it persists, tell the receiving postmaster that their recipient lookup is failing.</source>
        <comment>X.1.1/fix/sendingServer</comment>
        <translation>Ngừng gửi tới các địa chỉ trả về 5.1.1 và xóa chúng khỏi danh sách thư, vì việc liên tục gửi tới người dùng không tồn tại làm giảm uy tín của bạn. Để hàng đợi tự thử lại với 4.1.1; nếu tình trạng kéo dài, hãy báo cho postmaster phía nhận rằng việc tra cứu người nhận của họ đang gặp lỗi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the mailbox should exist, check the user directory and alias maps (Postfix virtual_mailbox_maps or relay_recipient_maps, Exchange recipients and accepted domains) and the directory sync to any filtering gateway. Return 4.1.1 only while a lookup backend is down, never for users who really do not exist.</source>
        <comment>X.1.1/fix/receivingServer</comment>
        <translation>Nếu hộp thư lẽ ra phải tồn tại, hãy kiểm tra thư mục người dùng và các bảng bí danh (virtual_mailbox_maps hoặc relay_recipient_maps của Postfix, người nhận và tên miền được chấp nhận của Exchange) cũng như việc đồng bộ thư mục tới mọi cổng lọc thư. Chỉ trả về 4.1.1 khi hệ thống tra cứu phụ trợ đang ngừng hoạt động, không bao giờ dùng cho người dùng thực sự không tồn tại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the registry X.1.1 means the mailbox does not exist and X.1.10 means the domain publishes a null MX, but Microsoft 365 reports unknown recipients as 5.1.10, so the two are often mixed up.</source>
        <comment>X.1.1/confusedWith/X.1.10</comment>
        <translation>Trong sổ đăng ký, X.1.1 nghĩa là hộp thư không tồn tại và X.1.10 nghĩa là tên miền công bố null MX, nhưng Microsoft 365 báo người nhận không tồn tại bằng 5.1.10, nên hai mã này thường bị nhầm lẫn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.1 says the mailbox before the @ is unknown, while X.1.2 says the domain after the @ cannot receive mail.</source>
        <comment>X.1.1/confusedWith/X.1.2</comment>
        <translation>X.1.1 cho biết hộp thư trước dấu @ không tồn tại, còn X.1.2 cho biết tên miền sau dấu @ không thể nhận thư.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.1 means the mailbox does not exist, while X.2.1 means it exists but is disabled.</source>
        <comment>X.1.1/confusedWith/X.2.1</comment>
        <translation>X.1.1 nghĩa là hộp thư không tồn tại, còn X.2.1 nghĩa là hộp thư tồn tại nhưng đã bị vô hiệu hóa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad Destination System Address</source>
        <comment>X.1.2/title</comment>
        <translation>Địa chỉ hệ thống đích không hợp lệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain after the @ is unusable for mail: it does not exist, or it has no MX or address records a server could deliver to. 5.1.2 often comes from the sending server itself when DNS says the domain does not exist, or from a relay with no route for it. A temporary form is rare, because passing lookup failures are normally reported with X.4.3 or X.4.4 instead.</source>
        <comment>X.1.2/description</comment>
        <translation>Tên miền sau dấu @ không dùng được cho thư: tên miền không tồn tại, hoặc không có bản ghi MX hay bản ghi địa chỉ nào để máy chủ có thể chuyển phát tới. 5.1.2 thường do chính máy chủ gửi tạo ra khi DNS cho biết tên miền không tồn tại, hoặc do một máy chủ chuyển tiếp (relay) không có tuyến đường tới tên miền đó. Dạng tạm thời hiếm gặp, vì các lỗi tra cứu nhất thời thường được báo bằng X.4.3 hoặc X.4.4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Produced when resolving the recipient domain fails permanently, either by the sending MTA before it connects or by a relay after RCPT TO names a domain it cannot route to.</source>
        <comment>X.1.2/when</comment>
        <translation>Được tạo ra khi việc phân giải tên miền người nhận thất bại vĩnh viễn, hoặc bởi MTA gửi trước khi kết nối, hoặc bởi một máy chủ chuyển tiếp (relay) sau khi RCPT TO nêu một tên miền mà nó không thể định tuyến tới.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling of the domain after the @, such as gmial.com or a .con ending, and confirm the recipient&apos;s current domain. If the domain is correct, the recipient&apos;s organization has a DNS problem, so reach them another way.</source>
        <comment>X.1.2/fix/sender</comment>
        <translation>Kiểm tra chính tả của tên miền sau dấu @, chẳng hạn gmial.com hoặc đuôi .con, và xác nhận tên miền hiện tại của người nhận. Nếu tên miền đúng, tổ chức của người nhận đang gặp sự cố DNS, vì vậy hãy liên hệ họ bằng cách khác.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Query the domain from the sending host (dig MX and dig A) to rule out a local resolver problem. If your resolver wrongly returns NXDOMAIN, fix the resolver or split-DNS setup before the queue bounces valid mail.</source>
        <comment>X.1.2/fix/sendingServer</comment>
        <translation>Truy vấn tên miền từ máy chủ gửi (dig MX và dig A) để loại trừ sự cố ở trình phân giải cục bộ. Nếu trình phân giải của bạn trả về NXDOMAIN sai, hãy sửa trình phân giải hoặc cấu hình split-DNS trước khi hàng đợi trả về thư báo không gửi được cho những thư hợp lệ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the owner of the recipient domain: publish MX records that point to hosts with A or AAAA records, check that the domain registration and DNS delegation have not lapsed, and make sure the MX hosts accept connections on port 25.</source>
        <comment>X.1.2/fix/receivingServer</comment>
        <translation>Dành cho chủ sở hữu tên miền người nhận: công bố các bản ghi MX trỏ tới những máy chủ có bản ghi A hoặc AAAA, kiểm tra rằng đăng ký tên miền và ủy quyền DNS chưa hết hạn, và đảm bảo các máy chủ MX chấp nhận kết nối trên cổng 25.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.2 says the destination domain is invalid for mail, while X.4.4 says no route to it could be found, which may be temporary.</source>
        <comment>X.1.2/confusedWith/X.4.4</comment>
        <translation>X.1.2 cho biết tên miền đích không hợp lệ để nhận thư, còn X.4.4 cho biết không tìm được tuyến đường tới đó, điều này có thể chỉ là tạm thời.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.2 covers a domain that does not exist or cannot take mail, while X.1.10 means the domain explicitly declares with a null MX that it accepts no mail.</source>
        <comment>X.1.2/confusedWith/X.1.10</comment>
        <translation>X.1.2 áp dụng cho tên miền không tồn tại hoặc không thể nhận thư, còn X.1.10 nghĩa là tên miền tuyên bố rõ ràng bằng null MX rằng nó không nhận thư.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad Destination Mailbox Address Syntax</source>
        <comment>X.1.3/title</comment>
        <translation>Cú pháp địa chỉ hộp thư đích không hợp lệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient address is not syntactically valid, so the server never looked it up. Typical causes are missing angle brackets, spaces or illegal characters, a missing domain, or non-ASCII characters sent without SMTPUTF8. Only 5.1.3 makes sense: resending the same malformed address fails the same way.</source>
        <comment>X.1.3/description</comment>
        <translation>Địa chỉ người nhận không đúng cú pháp, nên máy chủ chưa hề tra cứu nó. Nguyên nhân thường gặp là thiếu dấu ngoặc nhọn, có khoảng trắng hoặc ký tự không hợp lệ, thiếu tên miền, hoặc có ký tự ngoài ASCII được gửi mà không dùng SMTPUTF8. Chỉ dạng 5.1.3 là hợp lý: gửi lại cùng một địa chỉ sai định dạng sẽ thất bại theo cùng một cách.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to RCPT TO when the address cannot be parsed; Postfix, for example, answers with 501 5.1.3 for a malformed recipient.</source>
        <comment>X.1.3/when</comment>
        <translation>Phản hồi cho RCPT TO khi không thể phân tích địa chỉ; ví dụ, Postfix trả lời 501 5.1.3 cho một người nhận sai định dạng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retype the recipient address without spaces, quotes, trailing dots or characters pasted from a document, and make sure it has exactly one @ followed by a domain. Check that no display name ended up inside the address field.</source>
        <comment>X.1.3/fix/sender</comment>
        <translation>Gõ lại địa chỉ người nhận mà không có khoảng trắng, dấu nháy, dấu chấm ở cuối hoặc ký tự dán từ tài liệu, và đảm bảo địa chỉ có đúng một dấu @ theo sau là một tên miền. Kiểm tra rằng không có tên hiển thị nào lọt vào trường địa chỉ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log the exact RCPT TO line your software sends. Scripts and web applications often omit the angle brackets or include a display name; the command must look like RCPT TO:&lt;user@example.com&gt;. Send non-ASCII addresses only to servers that advertise SMTPUTF8.</source>
        <comment>X.1.3/fix/sendingServer</comment>
        <translation>Ghi nhật ký chính xác dòng RCPT TO mà phần mềm của bạn gửi. Các script và ứng dụng web thường bỏ sót dấu ngoặc nhọn hoặc chèn cả tên hiển thị; lệnh phải có dạng RCPT TO:&lt;user@example.com&gt;. Chỉ gửi địa chỉ ngoài ASCII tới những máy chủ có công bố SMTPUTF8.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If valid addresses are refused, review parser strictness (Postfix strict_rfc821_envelopes, Exim address checks) and whether SMTPUTF8 is advertised for internationalized addresses.</source>
        <comment>X.1.3/fix/receivingServer</comment>
        <translation>Nếu các địa chỉ hợp lệ bị từ chối, hãy xem lại mức độ nghiêm ngặt của bộ phân tích cú pháp (strict_rfc821_envelopes của Postfix, các bước kiểm tra địa chỉ của Exim) và việc SMTPUTF8 có được công bố cho các địa chỉ quốc tế hóa hay không.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.3 means the recipient address is malformed, while X.1.1 means it is well formed but no such mailbox exists.</source>
        <comment>X.1.3/confusedWith/X.1.1</comment>
        <translation>X.1.3 nghĩa là địa chỉ người nhận sai định dạng, còn X.1.1 nghĩa là địa chỉ đúng định dạng nhưng không có hộp thư nào như vậy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.3 refers to a malformed recipient address, while X.1.7 refers to a malformed sender address.</source>
        <comment>X.1.3/confusedWith/X.1.7</comment>
        <translation>X.1.3 đề cập đến địa chỉ người nhận sai định dạng, còn X.1.7 đề cập đến địa chỉ người gửi sai định dạng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination Mailbox Address Ambiguous</source>
        <comment>X.1.4/title</comment>
        <translation>Địa chỉ hộp thư đích không rõ ràng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient address matches more than one mailbox at the destination, so the server cannot decide where to deliver. It appears where servers map addresses loosely, for example by matching names or partial addresses against a directory, or where two directory objects claim the same address. 5.1.4 means the address must be made exact; a 4.1.4 suggests a directory conflict the administrator is expected to resolve.</source>
        <comment>X.1.4/description</comment>
        <translation>Địa chỉ người nhận khớp với nhiều hộp thư tại nơi nhận, nên máy chủ không thể quyết định chuyển phát tới đâu. Mã này xuất hiện khi máy chủ ánh xạ địa chỉ một cách lỏng lẻo, ví dụ so khớp tên hoặc một phần địa chỉ với thư mục người dùng, hoặc khi hai đối tượng trong thư mục cùng nhận một địa chỉ. 5.1.4 nghĩa là địa chỉ phải được ghi chính xác; 4.1.4 gợi ý một xung đột trong thư mục mà quản trị viên cần giải quyết.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to RCPT TO, or a later bounce, when the directory lookup for the recipient returns several matches.</source>
        <comment>X.1.4/when</comment>
        <translation>Phản hồi cho RCPT TO, hoặc một thư báo không gửi được đến sau đó, khi việc tra cứu người nhận trong thư mục trả về nhiều kết quả khớp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the recipient&apos;s full, exact address rather than a short form or alias, and ask the recipient to confirm it. If the exact address still fails, the fault lies with the recipient&apos;s organization, so send them the bounce text.</source>
        <comment>X.1.4/fix/sender</comment>
        <translation>Dùng địa chỉ đầy đủ, chính xác của người nhận thay vì dạng rút gọn hay bí danh, và đề nghị người nhận xác nhận địa chỉ. Nếu địa chỉ chính xác vẫn thất bại, lỗi nằm ở tổ chức của người nhận, vì vậy hãy gửi cho họ nội dung thư báo không gửi được.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing needs to change on the sending side unless your server rewrites addresses; check that rewriting or alias expansion did not shorten the recipient address.</source>
        <comment>X.1.4/fix/sendingServer</comment>
        <translation>Không cần thay đổi gì ở phía gửi trừ khi máy chủ của bạn viết lại địa chỉ; hãy kiểm tra rằng việc viết lại hoặc mở rộng bí danh không làm rút gọn địa chỉ người nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the directory for every object carrying the address (LDAP mail or proxyAddresses attributes, Exchange Get-Recipient) and remove the duplicate. Disable fuzzy or partial name matching for SMTP recipients.</source>
        <comment>X.1.4/fix/receivingServer</comment>
        <translation>Tìm trong thư mục mọi đối tượng mang địa chỉ đó (thuộc tính mail hoặc proxyAddresses trong LDAP, Get-Recipient của Exchange) và xóa bản trùng lặp. Tắt tính năng so khớp tên gần đúng hoặc một phần cho người nhận SMTP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.4 means the address matched several mailboxes, while X.1.1 means it matched none.</source>
        <comment>X.1.4/confusedWith/X.1.1</comment>
        <translation>X.1.4 nghĩa là địa chỉ khớp với nhiều hộp thư, còn X.1.1 nghĩa là địa chỉ không khớp với hộp thư nào.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination Address Valid</source>
        <comment>X.1.5/title</comment>
        <translation>Địa chỉ đích hợp lệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A success code confirming that the recipient address was accepted; Postfix, for example, answers RCPT TO with 250 2.1.5. It also appears in positive delivery status notifications. Only the 2.1.5 form is meaningful, and at RCPT TO it says nothing yet about final delivery, which can still fail later.</source>
        <comment>X.1.5/description</comment>
        <translation>Một mã thành công xác nhận rằng địa chỉ người nhận đã được chấp nhận; ví dụ, Postfix trả lời RCPT TO bằng 250 2.1.5. Mã này cũng xuất hiện trong các thông báo trạng thái chuyển phát thành công. Chỉ dạng 2.1.5 là có ý nghĩa, và tại RCPT TO nó chưa nói gì về việc chuyển phát cuối cùng, vốn vẫn có thể thất bại sau đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to RCPT TO when the server accepts the recipient, and in delivery reports that confirm a recipient address was valid.</source>
        <comment>X.1.5/when</comment>
        <translation>Phản hồi cho RCPT TO khi máy chủ chấp nhận người nhận, và trong các báo cáo chuyển phát xác nhận rằng một địa chỉ người nhận là hợp lệ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed: the recipient was accepted. If the message bounces later, read that bounce, because acceptance at RCPT TO does not guarantee delivery.</source>
        <comment>X.1.5/fix/general</comment>
        <translation>Không cần làm gì: người nhận đã được chấp nhận. Nếu sau đó thư bị trả lại, hãy đọc thư báo không gửi được đó, vì việc được chấp nhận tại RCPT TO không đảm bảo thư được chuyển phát.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.5 confirms a recipient at RCPT TO (2.1.5), while X.1.0 usually confirms the sender at MAIL FROM (2.1.0).</source>
        <comment>X.1.5/confusedWith/X.1.0</comment>
        <translation>X.1.5 xác nhận một người nhận tại RCPT TO (2.1.5), còn X.1.0 thường xác nhận người gửi tại MAIL FROM (2.1.0).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.5 confirms the address was valid, while X.1.9 adds that the message left the reporting chain and its further fate is unknown.</source>
        <comment>X.1.5/confusedWith/X.1.9</comment>
        <translation>X.1.5 xác nhận địa chỉ là hợp lệ, còn X.1.9 cho biết thêm rằng thư đã rời khỏi chuỗi báo cáo và không rõ số phận tiếp theo của thư.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox Moved, No Forwarding Address</source>
        <comment>X.1.6/title</comment>
        <translation>Hộp thư đã chuyển, không có địa chỉ chuyển tiếp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address was retired: it worked in the past, and the server now refuses it without offering a new one, typically after someone left an organization or a domain was migrated. It is meant as a permanent failure, so 5.1.6 is the normal form and a temporary variant makes little sense. Unlike a 551 reply, which names a new path, this code leaves the sender to find the new address.</source>
        <comment>X.1.6/description</comment>
        <translation>Địa chỉ đã ngừng sử dụng: trước đây nó hoạt động, nhưng nay máy chủ từ chối mà không cung cấp địa chỉ mới, thường sau khi một người rời tổ chức hoặc một tên miền được di chuyển. Mã này được dùng cho lỗi vĩnh viễn, nên 5.1.6 là dạng thông thường và dạng tạm thời hầu như không có ý nghĩa. Khác với phản hồi 551, vốn nêu một đường dẫn mới, mã này để người gửi tự tìm địa chỉ mới.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to RCPT TO, or a bounce, for an address that the destination has retired and marked as moved.</source>
        <comment>X.1.6/when</comment>
        <translation>Phản hồi cho RCPT TO, hoặc một thư báo không gửi được, đối với một địa chỉ mà nơi nhận đã ngừng sử dụng và đánh dấu là đã chuyển đi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove or update the address in your contacts and ask the person or their organization for a new address by another channel. Resending to the old address will keep failing.</source>
        <comment>X.1.6/fix/sender</comment>
        <translation>Xóa hoặc cập nhật địa chỉ trong danh bạ của bạn và hỏi người đó hoặc tổ chức của họ địa chỉ mới qua một kênh khác. Gửi lại tới địa chỉ cũ sẽ tiếp tục thất bại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treat 5.1.6 like an invalid address: suppress it on mailing lists and in CRM systems instead of retrying.</source>
        <comment>X.1.6/fix/sendingServer</comment>
        <translation>Xử lý 5.1.6 như một địa chỉ không hợp lệ: loại địa chỉ đó khỏi danh sách thư và hệ thống CRM thay vì thử lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the user should still receive mail, reactivate the mailbox or add a forwarding alias. For people who have left, consider an auto-reply or, where your policy allows it, a 551 reply that names the new address.</source>
        <comment>X.1.6/fix/receivingServer</comment>
        <translation>Nếu người dùng vẫn cần nhận thư, hãy kích hoạt lại hộp thư hoặc thêm một bí danh chuyển tiếp. Với những người đã rời đi, hãy cân nhắc dùng thư trả lời tự động hoặc, nếu chính sách của bạn cho phép, một phản hồi 551 nêu địa chỉ mới.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.6 says the mailbox moved without giving a new address, while 551 tells the sender where to send instead.</source>
        <comment>X.1.6/confusedWith/551</comment>
        <translation>X.1.6 cho biết hộp thư đã chuyển đi mà không đưa ra địa chỉ mới, còn 551 cho người gửi biết nên gửi tới đâu thay thế.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.6 means the address was valid once and has been retired, while X.1.1 simply says no such mailbox exists.</source>
        <comment>X.1.6/confusedWith/X.1.1</comment>
        <translation>X.1.6 nghĩa là địa chỉ từng hợp lệ và đã ngừng sử dụng, còn X.1.1 chỉ đơn giản cho biết không có hộp thư nào như vậy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad Sender&apos;s Mailbox Address Syntax</source>
        <comment>X.1.7/title</comment>
        <translation>Cú pháp địa chỉ hộp thư người gửi không hợp lệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sender address in MAIL FROM cannot be parsed: it lacks a domain, contains spaces or illegal characters, or is missing its angle brackets. Scripts, printers and web applications that build the SMTP envelope themselves are the usual source. It is a permanent error, so 5.1.7 is the normal form; resending with the same sender fails again.</source>
        <comment>X.1.7/description</comment>
        <translation>Không thể phân tích địa chỉ người gửi trong MAIL FROM: địa chỉ thiếu tên miền, chứa khoảng trắng hoặc ký tự không hợp lệ, hoặc thiếu dấu ngoặc nhọn. Nguồn gây lỗi thường gặp là các script, máy in và ứng dụng web tự tạo phong bì SMTP. Đây là lỗi vĩnh viễn, nên 5.1.7 là dạng thông thường; gửi lại với cùng người gửi sẽ lại thất bại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to MAIL FROM when the sender address is malformed; Postfix, for example, answers with 501 5.1.7.</source>
        <comment>X.1.7/when</comment>
        <translation>Phản hồi cho MAIL FROM khi địa chỉ người gửi sai định dạng; ví dụ, Postfix trả lời 501 5.1.7.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the sender address configured in your mail client, device or application: it must be a complete address such as name@example.com, without spaces or a display name. Scanners and printers often ship with a placeholder sender that must be replaced.</source>
        <comment>X.1.7/fix/sender</comment>
        <translation>Kiểm tra địa chỉ người gửi được cấu hình trong ứng dụng thư, thiết bị hoặc phần mềm của bạn: đó phải là một địa chỉ đầy đủ như name@example.com, không có khoảng trắng hay tên hiển thị. Máy quét và máy in thường được xuất xưởng với một địa chỉ người gửi giữ chỗ cần được thay thế.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspect the MAIL FROM line in your logs or a test session; it must look like MAIL FROM:&lt;name@example.com&gt;. Make sure address rewriting (masquerading, canonical maps) does not produce an unqualified address or an empty local part.</source>
        <comment>X.1.7/fix/sendingServer</comment>
        <translation>Kiểm tra dòng MAIL FROM trong nhật ký hoặc trong một phiên thử nghiệm; dòng đó phải có dạng MAIL FROM:&lt;name@example.com&gt;. Đảm bảo việc viết lại địa chỉ (masquerading, canonical maps) không tạo ra địa chỉ thiếu tên miền hoặc có phần cục bộ rỗng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If well-formed senders are refused, review parser strictness (Postfix strict_rfc821_envelopes). The null sender MAIL FROM:&lt;&gt; is valid and must be accepted, because bounces use it.</source>
        <comment>X.1.7/fix/receivingServer</comment>
        <translation>Nếu những người gửi có địa chỉ đúng định dạng bị từ chối, hãy xem lại mức độ nghiêm ngặt của bộ phân tích cú pháp (strict_rfc821_envelopes của Postfix). Người gửi rỗng MAIL FROM:&lt;&gt; là hợp lệ và phải được chấp nhận, vì các thư báo không gửi được sử dụng nó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.7 refers to a malformed sender address in MAIL FROM, while X.1.3 refers to a malformed recipient address in RCPT TO.</source>
        <comment>X.1.7/confusedWith/X.1.3</comment>
        <translation>X.1.7 đề cập đến địa chỉ người gửi sai định dạng trong MAIL FROM, còn X.1.3 đề cập đến địa chỉ người nhận sai định dạng trong RCPT TO.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.7 means the sender address is malformed, while X.1.8 means it is well formed but its domain cannot receive replies.</source>
        <comment>X.1.7/confusedWith/X.1.8</comment>
        <translation>X.1.7 nghĩa là địa chỉ người gửi sai định dạng, còn X.1.8 nghĩa là địa chỉ đúng định dạng nhưng tên miền của nó không thể nhận thư trả lời.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad Sender&apos;s System Address</source>
        <comment>X.1.8/title</comment>
        <translation>Địa chỉ hệ thống người gửi không hợp lệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain of the sender address cannot receive mail, so any bounce sent back to it would be undeliverable. Receivers check this with a DNS lookup on the MAIL FROM domain. 4.1.8 usually means the lookup failed for now and the sending server will retry; 5.1.8 means DNS reported that the domain does not exist or has no usable MX or address record.</source>
        <comment>X.1.8/description</comment>
        <translation>Tên miền của địa chỉ người gửi không thể nhận thư, nên mọi thư báo không gửi được gửi ngược về đó sẽ không thể chuyển phát. Máy chủ nhận kiểm tra điều này bằng một lần tra cứu DNS trên tên miền MAIL FROM. 4.1.8 thường có nghĩa là việc tra cứu tạm thời thất bại và máy chủ gửi sẽ thử lại; 5.1.8 nghĩa là DNS báo tên miền không tồn tại hoặc không có bản ghi MX hay bản ghi địa chỉ nào dùng được.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to MAIL FROM, or to RCPT TO on servers that delay rejections, when the sender domain check fails, for example Postfix reject_unknown_sender_domain.</source>
        <comment>X.1.8/when</comment>
        <translation>Phản hồi cho MAIL FROM, hoặc cho RCPT TO trên những máy chủ trì hoãn việc từ chối, khi bước kiểm tra tên miền người gửi thất bại, ví dụ reject_unknown_sender_domain của Postfix.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure you send from a real, public domain, not a local or placeholder name such as example.local. If your domain is new or was just moved, its DNS records may be missing, so ask whoever manages the domain.</source>
        <comment>X.1.8/fix/sender</comment>
        <translation>Đảm bảo bạn gửi từ một tên miền thật, công khai, không phải tên cục bộ hay tên giữ chỗ như example.local. Nếu tên miền của bạn mới được tạo hoặc vừa được chuyển, các bản ghi DNS của nó có thể còn thiếu, vì vậy hãy hỏi người quản lý tên miền.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the envelope sender domain resolves publicly with an MX or A record (dig MX yourdomain). Fix rewriting that exposes internal host names such as host.localdomain, and use SRS with a resolvable domain for forwarded mail.</source>
        <comment>X.1.8/fix/sendingServer</comment>
        <translation>Kiểm tra rằng tên miền người gửi trên phong bì phân giải công khai được với bản ghi MX hoặc A (dig MX yourdomain). Sửa các quy tắc viết lại làm lộ tên máy nội bộ như host.localdomain, và dùng SRS với một tên miền phân giải được cho thư được chuyển tiếp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If legitimate senders get 5.1.8, check your resolver: a broken or overloaded resolver turns lookups into false failures, which should produce 4.1.8, not 5.1.8. In Postfix, unknown_address_reject_code and unknown_address_tempfail_action control these replies.</source>
        <comment>X.1.8/fix/receivingServer</comment>
        <translation>Nếu người gửi hợp lệ nhận được 5.1.8, hãy kiểm tra trình phân giải của bạn: một trình phân giải bị lỗi hoặc quá tải sẽ biến các lần tra cứu thành lỗi giả, vốn phải tạo ra 4.1.8 chứ không phải 5.1.8. Trong Postfix, unknown_address_reject_code và unknown_address_tempfail_action điều khiển các phản hồi này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.8 concerns the domain of the sender address, while X.1.2 concerns the domain of a recipient address.</source>
        <comment>X.1.8/confusedWith/X.1.2</comment>
        <translation>X.1.8 liên quan đến tên miền của địa chỉ người gửi, còn X.1.2 liên quan đến tên miền của một địa chỉ người nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.8 means the sender domain does not exist or cannot take mail, while X.7.27 means it explicitly publishes a null MX.</source>
        <comment>X.1.8/confusedWith/X.7.27</comment>
        <translation>X.1.8 nghĩa là tên miền người gửi không tồn tại hoặc không thể nhận thư, còn X.7.27 nghĩa là tên miền đó công bố rõ ràng một null MX.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad Outbound Sender</source>
        <comment>5.1.8@Microsoft/title</comment>
        <translation>Người gửi thư đi bị chặn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Exchange Online, 5.1.8 with &quot;Access denied, bad outbound sender&quot; means the sending account was blocked for sending too much spam. This typically happens after the account was compromised through phishing or malware. The account stays restricted until an administrator releases it.</source>
        <comment>5.1.8@Microsoft/description</comment>
        <translation>Trong Exchange Online, 5.1.8 kèm &quot;Access denied, bad outbound sender&quot; có nghĩa là tài khoản gửi đã bị chặn vì gửi quá nhiều thư rác. Điều này thường xảy ra sau khi tài khoản bị xâm nhập qua lừa đảo (phishing) hoặc phần mềm độc hại. Tài khoản vẫn bị hạn chế cho đến khi quản trị viên gỡ chặn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to a Microsoft 365 user who tries to send after the service placed the account on the restricted users list.</source>
        <comment>5.1.8@Microsoft/when</comment>
        <translation>Được trả về cho người dùng Microsoft 365 cố gắng gửi thư sau khi dịch vụ đã đưa tài khoản vào danh sách người dùng bị hạn chế.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change your password, scan your devices for malware, and look for forwarding rules or delegates you did not create. Then ask your administrator to unblock the account.</source>
        <comment>5.1.8@Microsoft/fix/sender</comment>
        <translation>Đổi mật khẩu, quét phần mềm độc hại trên các thiết bị của bạn, và tìm các quy tắc chuyển tiếp hoặc người được ủy quyền mà bạn không tạo. Sau đó đề nghị quản trị viên gỡ chặn tài khoản.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigate the account for compromise, remove malicious inbox rules and connectors, and enforce multifactor authentication. Release the user on the Restricted users page of the Microsoft Defender portal; sending resumes within a few hours.</source>
        <comment>5.1.8@Microsoft/fix/sendingServer</comment>
        <translation>Điều tra xem tài khoản có bị xâm nhập không, xóa các quy tắc hộp thư đến và connector độc hại, và bắt buộc dùng xác thực đa yếu tố. Gỡ hạn chế cho người dùng trên trang Restricted users của cổng Microsoft Defender; việc gửi thư sẽ hoạt động trở lại trong vòng vài giờ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.8 in the registry means the sender address&apos;s domain is invalid, while Exchange Online uses 5.1.8 for an account blocked for sending spam.</source>
        <comment>5.1.8@Microsoft/confusedWith/X.1.8</comment>
        <translation>X.1.8 trong sổ đăng ký có nghĩa là tên miền của địa chỉ người gửi không hợp lệ, trong khi Exchange Online dùng 5.1.8 cho tài khoản bị chặn vì gửi thư rác.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.501 to 5.7.503 are account bans that need Microsoft support to lift, while 5.1.8 is a restriction the tenant&apos;s own administrator can release.</source>
        <comment>5.1.8@Microsoft/confusedWith/5.7.501@Microsoft</comment>
        <translation>5.7.501 đến 5.7.503 là các lệnh cấm tài khoản cần bộ phận hỗ trợ của Microsoft gỡ bỏ, trong khi 5.1.8 là hạn chế mà chính quản trị viên của tenant có thể gỡ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message Relayed to Non-compliant Mailer</source>
        <comment>X.1.9/title</comment>
        <translation>Thư đã được chuyển tiếp (relay) tới hệ thống thư không tuân thủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking ends here: the address checked out, and the message went on to a system that cannot report its status under the tracking or reporting protocol in use. It was added for message tracking and appears mainly in tracking responses and delivery reports as 2.1.9. A class 4 or 5 form would be unusual, because it reports lost visibility rather than a failure.</source>
        <comment>X.1.9/description</comment>
        <translation>Việc theo dõi dừng tại đây: địa chỉ đã được xác minh là hợp lệ, và thư đã đi tiếp tới một hệ thống không thể báo cáo trạng thái của thư theo giao thức theo dõi hoặc báo cáo đang dùng. Mã này được bổ sung cho việc theo dõi thư và chủ yếu xuất hiện trong các phản hồi theo dõi và báo cáo chuyển phát dưới dạng 2.1.9. Dạng lớp 4 hoặc 5 sẽ là bất thường, vì mã này báo việc mất khả năng theo dõi chứ không phải một lỗi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a message tracking response or delivery report after a compliant server passes the message to a server that cannot report on it further.</source>
        <comment>X.1.9/when</comment>
        <translation>Trong một phản hồi theo dõi thư hoặc báo cáo chuyển phát, sau khi một máy chủ tuân thủ chuyển thư cho một máy chủ không thể báo cáo thêm về thư đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed for the message itself, which was passed on normally. If you need confirmation of delivery, ask the recipient or the next system&apos;s administrator, because tracking stops at that hop.</source>
        <comment>X.1.9/fix/general</comment>
        <translation>Không cần làm gì đối với bản thân thư, vì thư đã được chuyển đi bình thường. Nếu cần xác nhận việc chuyển phát, hãy hỏi người nhận hoặc quản trị viên của hệ thống kế tiếp, vì việc theo dõi dừng lại ở chặng đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.5 only confirms that the address was valid, while X.1.9 adds that the message left the reporting chain and its fate is unknown.</source>
        <comment>X.1.9/confusedWith/X.1.5</comment>
        <translation>X.1.5 chỉ xác nhận địa chỉ là hợp lệ, còn X.1.9 cho biết thêm rằng thư đã rời khỏi chuỗi báo cáo và không rõ số phận của thư.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient Address Has Null MX</source>
        <comment>X.1.10/title</comment>
        <translation>Địa chỉ người nhận có null MX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient domain publishes a null MX record, an MX of preference 0 pointing to the root, to declare that it accepts no mail at all. It pairs with 556 and is usually produced by the sending server right after the DNS lookup, so only 5.1.10 fits. Beware the context: Microsoft 365 reuses 5.1.10 for a recipient that was not found, which is unrelated to null MX.</source>
        <comment>X.1.10/description</comment>
        <translation>Tên miền người nhận công bố một bản ghi null MX, tức một MX có độ ưu tiên 0 trỏ tới gốc, để tuyên bố rằng nó hoàn toàn không nhận thư. Mã này đi cùng 556 và thường do máy chủ gửi tạo ra ngay sau khi tra cứu DNS, nên chỉ dạng 5.1.10 là phù hợp. Hãy lưu ý ngữ cảnh: Microsoft 365 dùng lại 5.1.10 cho người nhận không tìm thấy, điều này không liên quan gì đến null MX.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated by the sending MTA after looking up the recipient domain&apos;s MX records, or returned by a relay at RCPT TO, when the only MX is a null MX.</source>
        <comment>X.1.10/when</comment>
        <translation>Được MTA gửi tạo ra sau khi tra cứu các bản ghi MX của tên miền người nhận, hoặc được một máy chủ chuyển tiếp (relay) trả về tại RCPT TO, khi MX duy nhất là một null MX.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain in the address deliberately receives no mail, so check the domain for a typo and ask the recipient for a working address. If the bounce comes from Microsoft 365 and says the recipient was not found, treat it as an unknown address instead.</source>
        <comment>X.1.10/fix/sender</comment>
        <translation>Tên miền trong địa chỉ chủ ý không nhận thư, vì vậy hãy kiểm tra tên miền xem có lỗi chính tả không và hỏi người nhận một địa chỉ dùng được. Nếu thư báo không gửi được đến từ Microsoft 365 và cho biết không tìm thấy người nhận, hãy xử lý nó như một địa chỉ không tồn tại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm with dig MX that the domain&apos;s only record is the null MX; if so, the bounce is correct and the address should be suppressed. Expect mail whose sender domain has a null MX to be rejected elsewhere with X.7.27.</source>
        <comment>X.1.10/fix/sendingServer</comment>
        <translation>Xác nhận bằng dig MX rằng bản ghi duy nhất của tên miền là null MX; nếu đúng vậy, thư báo không gửi được là chính xác và nên ngừng gửi tới địa chỉ đó. Hãy lường trước rằng thư có tên miền người gửi mang null MX sẽ bị nơi khác từ chối với X.7.27.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the owner of the domain: if it should receive mail, remove the null MX and publish real MX records. A null MX must be the only MX record of the domain, and it should not be used on domains that send mail.</source>
        <comment>X.1.10/fix/receivingServer</comment>
        <translation>Dành cho chủ sở hữu tên miền: nếu tên miền cần nhận thư, hãy xóa null MX và công bố các bản ghi MX thật. Null MX phải là bản ghi MX duy nhất của tên miền, và không nên dùng cho những tên miền có gửi thư.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard (RFC 7505)</source>
        <comment>X.1.10/contexts/0/context</comment>
        <translation>Tiêu chuẩn (RFC 7505)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient domain publishes a null MX, so it accepts no mail and delivery is not attempted.</source>
        <comment>X.1.10/contexts/0/meaning</comment>
        <translation>Tên miền người nhận công bố một null MX, nên không nhận thư nào và việc chuyển phát sẽ không được thực hiện.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft 365</source>
        <comment>X.1.10/contexts/1/context</comment>
        <translation>Microsoft 365</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft uses 550 5.1.10 when the recipient address was not found in the directory, which is an unknown-recipient error.</source>
        <comment>X.1.10/contexts/1/meaning</comment>
        <translation>Microsoft dùng 550 5.1.10 khi không tìm thấy địa chỉ người nhận trong thư mục, tức là một lỗi người nhận không tồn tại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the registry X.1.10 means the recipient domain publishes a null MX and X.1.1 means the mailbox is unknown, but Microsoft 365 uses 5.1.10 for recipients it cannot find, so treat a Microsoft 5.1.10 like a 5.1.1.</source>
        <comment>X.1.10/confusedWith/X.1.1</comment>
        <translation>Trong sổ đăng ký, X.1.10 nghĩa là tên miền người nhận công bố null MX và X.1.1 nghĩa là hộp thư không tồn tại, nhưng Microsoft 365 dùng 5.1.10 cho những người nhận mà nó không tìm thấy, vì vậy hãy xử lý 5.1.10 của Microsoft giống như 5.1.1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.10 concerns a recipient domain with a null MX, while X.7.27 concerns a sender domain with a null MX.</source>
        <comment>X.1.10/confusedWith/X.7.27</comment>
        <translation>X.1.10 liên quan đến tên miền người nhận có null MX, còn X.7.27 liên quan đến tên miền người gửi có null MX.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.10 means the domain explicitly declares that it accepts no mail, while X.1.2 means the domain does not exist or cannot take mail for another reason.</source>
        <comment>X.1.10/confusedWith/X.1.2</comment>
        <translation>X.1.10 nghĩa là tên miền tuyên bố rõ ràng rằng nó không nhận thư, còn X.1.2 nghĩa là tên miền không tồn tại hoặc không thể nhận thư vì một lý do khác.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient Not Found</source>
        <comment>5.1.10@Microsoft/title</comment>
        <translation>Không tìm thấy người nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.1.10 when a recipient&apos;s SMTP address was not found in its directory. The address may be mistyped, deleted, unlicensed, or reached through a broken forwarding rule. Despite the similar number, it is unrelated to the registry&apos;s X.1.10, which reports a domain that publishes a null MX.</source>
        <comment>5.1.10@Microsoft/description</comment>
        <translation>Exchange Online trả về 5.1.10 khi không tìm thấy địa chỉ SMTP của người nhận trong thư mục của dịch vụ. Địa chỉ có thể bị gõ sai, đã bị xóa, không có giấy phép, hoặc được nhắm tới thông qua một quy tắc chuyển tiếp bị lỗi. Dù số hiệu tương tự, mã này không liên quan đến X.1.10 trong sổ đăng ký, vốn báo một tên miền công bố null MX.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned as 550 5.1.10 to RCPT TO for a domain hosted in Exchange Online, or received as backscatter when a spammer forged your address.</source>
        <comment>5.1.10@Microsoft/when</comment>
        <translation>Được trả về dưới dạng 550 5.1.10 cho RCPT TO đối với một tên miền được lưu trữ trên Exchange Online, hoặc nhận được dưới dạng thư dội ngược (backscatter) khi kẻ gửi thư rác giả mạo địa chỉ của bạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling of the address, delete the stale entry from Outlook&apos;s Auto-Complete list, and resend. If you never sent the original message, the bounce is backscatter from spoofing and can be deleted.</source>
        <comment>5.1.10@Microsoft/fix/sender</comment>
        <translation>Kiểm tra chính tả của địa chỉ, xóa mục cũ khỏi danh sách Tự động hoàn tất (Auto-Complete) của Outlook, rồi gửi lại. Nếu bạn chưa bao giờ gửi thư gốc, thư báo không gửi được này là thư dội ngược (backscatter) do giả mạo và có thể xóa đi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If many such bounces arrive for mail your users did not send, publish SPF, DKIM and DMARC to make spoofing of your domain harder.</source>
        <comment>5.1.10@Microsoft/fix/sendingServer</comment>
        <translation>Nếu nhận được nhiều thư báo không gửi được như vậy cho thư mà người dùng của bạn không gửi, hãy công bố SPF, DKIM và DMARC để khiến việc giả mạo tên miền của bạn khó hơn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm the recipient exists with a valid license and the expected address, and fix forwarding, inbox and mail flow rules that redirect to bad addresses. In hybrid setups, check whether the accepted domain should be Internal Relay rather than Authoritative.</source>
        <comment>5.1.10@Microsoft/fix/receivingServer</comment>
        <translation>Xác nhận rằng người nhận tồn tại, có giấy phép hợp lệ và có đúng địa chỉ mong đợi, và sửa các quy tắc chuyển tiếp, quy tắc hộp thư đến và quy tắc luồng thư (mail flow rule) đang chuyển hướng tới địa chỉ sai. Trong môi trường kết hợp (hybrid), hãy kiểm tra xem tên miền được chấp nhận có nên là Internal Relay (chuyển tiếp nội bộ) thay vì Authoritative không.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.10 in the registry means the recipient&apos;s domain publishes a null MX and accepts no mail, while Microsoft&apos;s 5.1.10 means one address was not found in an existing directory.</source>
        <comment>5.1.10@Microsoft/confusedWith/X.1.10</comment>
        <translation>X.1.10 trong sổ đăng ký có nghĩa là tên miền của người nhận công bố null MX và không nhận thư nào, trong khi 5.1.10 của Microsoft có nghĩa là không tìm thấy một địa chỉ trong một thư mục đang tồn tại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.1 is the standard code for a bad destination mailbox, while 5.1.10 is Exchange Online&apos;s own code for an SMTP address missing from its directory lookup.</source>
        <comment>5.1.10@Microsoft/confusedWith/X.1.1</comment>
        <translation>X.1.1 là mã chuẩn cho địa chỉ hộp thư đích không hợp lệ, trong khi 5.1.10 là mã riêng của Exchange Online cho một địa chỉ SMTP không có trong kết quả tra cứu thư mục của dịch vụ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other or Undefined Mailbox Status</source>
        <comment>X.2.0/title</comment>
        <translation>Trạng thái hộp thư khác hoặc chưa xác định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient mailbox is there, yet a problem with it blocked delivery, and the server gives no detail. 4.2.0 can cover temporary trouble such as a locked mailbox or an unavailable mailbox store, after which the message is retried. 5.2.0 is a generic permanent mailbox refusal; the server&apos;s text or logs carry the real reason.</source>
        <comment>X.2.0/description</comment>
        <translation>Hộp thư của người nhận có tồn tại, nhưng một vấn đề với hộp thư đã chặn việc chuyển phát, và máy chủ không nêu chi tiết. 4.2.0 có thể bao gồm các trục trặc tạm thời như hộp thư bị khóa hoặc kho lưu trữ hộp thư không khả dụng, sau đó thư sẽ được thử lại. 5.2.0 là lời từ chối vĩnh viễn chung chung liên quan đến hộp thư; văn bản của máy chủ hoặc nhật ký mới cho biết lý do thực sự.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to RCPT TO or at the end of DATA, or a later bounce, when delivery into the mailbox fails for a reason the server does not classify.</source>
        <comment>X.2.0/when</comment>
        <translation>Phản hồi cho RCPT TO hoặc ở cuối DATA, hoặc một thư báo không gửi được đến sau đó, khi việc chuyển thư vào hộp thư thất bại vì một lý do mà máy chủ không phân loại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 4.2.0, wait for the automatic retries. For 5.2.0, confirm the recipient still uses the address and tell them about the bounce by another channel, since only their side can fix the mailbox.</source>
        <comment>X.2.0/fix/sender</comment>
        <translation>Với 4.2.0, hãy chờ các lần thử lại tự động. Với 5.2.0, hãy xác nhận người nhận vẫn dùng địa chỉ đó và báo cho họ về thư báo không gửi được qua một kênh khác, vì chỉ phía họ mới có thể khắc phục hộp thư.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry 4.2.0 replies. If 5.2.0 repeats for one recipient, suppress the address for a while and report the reply text to the recipient&apos;s postmaster.</source>
        <comment>X.2.0/fix/sendingServer</comment>
        <translation>Để hàng đợi tự thử lại với các phản hồi 4.2.0. Nếu 5.2.0 lặp lại với một người nhận, hãy tạm ngừng gửi tới địa chỉ đó một thời gian và báo nội dung phản hồi cho postmaster phía người nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the delivery agent logs (LMTP, Dovecot, Exchange mailbox transport) for that mailbox: file permissions, corrupted index files, a locked or migrating mailbox, or a failing storage backend.</source>
        <comment>X.2.0/fix/receivingServer</comment>
        <translation>Kiểm tra nhật ký của tác nhân chuyển phát (LMTP, Dovecot, dịch vụ truyền tải hộp thư của Exchange) cho hộp thư đó: quyền truy cập tệp, tệp chỉ mục bị hỏng, hộp thư bị khóa hoặc đang được di chuyển, hoặc hệ thống lưu trữ phụ trợ gặp lỗi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.0 says the mailbox exists but has an unspecified problem, while X.1.1 says the mailbox does not exist.</source>
        <comment>X.2.0/confusedWith/X.1.1</comment>
        <translation>X.2.0 cho biết hộp thư tồn tại nhưng có vấn đề không được nêu rõ, còn X.1.1 cho biết hộp thư không tồn tại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.0 points to one recipient&apos;s mailbox, while X.3.0 points to the receiving mail system as a whole.</source>
        <comment>X.2.0/confusedWith/X.3.0</comment>
        <translation>X.2.0 chỉ vào hộp thư của một người nhận, còn X.3.0 chỉ vào toàn bộ hệ thống thư phía nhận.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox Disabled, Not Accepting Messages</source>
        <comment>X.2.1/title</comment>
        <translation>Hộp thư bị vô hiệu hóa, không nhận thư</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account is real but switched off for incoming mail, for example because it is suspended, locked or inactive. 4.2.1 signals a temporary block, such as an account being migrated or, at Gmail, a recipient receiving mail faster than allowed. 5.2.1 means the mailbox is disabled permanently or indefinitely, often because the account was closed or left unused too long.</source>
        <comment>X.2.1/description</comment>
        <translation>Tài khoản có thật nhưng đã bị tắt việc nhận thư, ví dụ vì bị đình chỉ, bị khóa hoặc không hoạt động. 4.2.1 báo hiệu một lệnh chặn tạm thời, chẳng hạn khi tài khoản đang được di chuyển hoặc, tại Gmail, khi người nhận đang nhận thư nhanh hơn mức cho phép. 5.2.1 nghĩa là hộp thư bị vô hiệu hóa vĩnh viễn hoặc vô thời hạn, thường vì tài khoản đã bị đóng hoặc bị bỏ không quá lâu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to RCPT TO, or a later bounce, when the recipient account is flagged as disabled, suspended or temporarily not accepting mail.</source>
        <comment>X.2.1/when</comment>
        <translation>Phản hồi cho RCPT TO, hoặc một thư báo không gửi được đến sau đó, khi tài khoản người nhận bị đánh dấu là đã vô hiệu hóa, bị đình chỉ hoặc tạm thời không nhận thư.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 4.2.1, wait: the retry normally succeeds. For 5.2.1, the recipient&apos;s account is closed or inactive, so ask them for a current address by another channel and stop writing to the old one.</source>
        <comment>X.2.1/fix/sender</comment>
        <translation>Với 4.2.1, hãy chờ: lần thử lại thường sẽ thành công. Với 5.2.1, tài khoản của người nhận đã bị đóng hoặc không hoạt động, vì vậy hãy hỏi họ địa chỉ hiện tại qua một kênh khác và ngừng viết thư tới địa chỉ cũ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry 4.2.1 with backoff and, if you send in bulk, slow down delivery to that recipient. Treat repeated 5.2.1 replies as a hard bounce and suppress the address.</source>
        <comment>X.2.1/fix/sendingServer</comment>
        <translation>Thử lại 4.2.1 với thời gian chờ tăng dần và, nếu bạn gửi số lượng lớn, hãy giảm tốc độ chuyển phát tới người nhận đó. Xem các phản hồi 5.2.1 lặp lại là thư báo không gửi được vĩnh viễn (hard bounce) và ngừng gửi tới địa chỉ đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the account status in your directory or admin console (disabled, suspended, past an inactivity limit) and re-enable it if the user should receive mail. Use 4.2.1 only for short-lived blocks such as migrations.</source>
        <comment>X.2.1/fix/receivingServer</comment>
        <translation>Kiểm tra trạng thái tài khoản trong thư mục hoặc bảng điều khiển quản trị (bị vô hiệu hóa, bị đình chỉ, quá giới hạn thời gian không hoạt động) và bật lại tài khoản nếu người dùng cần nhận thư. Chỉ dùng 4.2.1 cho các lệnh chặn ngắn hạn như khi di chuyển hộp thư.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.1 means the mailbox exists but is disabled, while X.1.1 means no such mailbox exists.</source>
        <comment>X.2.1/confusedWith/X.1.1</comment>
        <translation>X.2.1 nghĩa là hộp thư tồn tại nhưng bị vô hiệu hóa, còn X.1.1 nghĩa là không có hộp thư nào như vậy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.1 means the mailbox refuses mail because it is disabled, while X.2.2 means it refuses mail because it is full.</source>
        <comment>X.2.1/confusedWith/X.2.2</comment>
        <translation>X.2.1 nghĩa là hộp thư từ chối thư vì bị vô hiệu hóa, còn X.2.2 nghĩa là hộp thư từ chối thư vì đã đầy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient Receiving Mail Too Fast</source>
        <comment>4.2.1@Google/title</comment>
        <translation>Người nhận đang nhận thư quá nhanh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail returns 450 4.2.1 when the recipient is getting mail too quickly, or at a rate that blocks further delivery for now. For Google Workspace SMTP relay, the same code reports that the customer&apos;s peak relay limit was exceeded. The registry meaning of X.2.1, a disabled mailbox, does not apply here.</source>
        <comment>4.2.1@Google/description</comment>
        <translation>Gmail trả về 450 4.2.1 khi người nhận đang nhận thư quá nhanh, hoặc với tốc độ khiến việc chuyển phát thêm tạm thời bị chặn. Với dịch vụ chuyển tiếp (relay) SMTP của Google Workspace, cùng mã này báo rằng khách hàng đã vượt quá giới hạn chuyển tiếp cao điểm. Ý nghĩa của X.2.1 trong sổ đăng ký, tức hộp thư bị vô hiệu hóa, không áp dụng ở đây.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to RCPT TO or after DATA when one Gmail recipient is flooded, or when a Workspace relay customer sends a burst above its peak limit.</source>
        <comment>4.2.1@Google/when</comment>
        <translation>Được trả về cho RCPT TO hoặc sau DATA khi một người nhận Gmail bị dồn dập thư, hoặc khi một khách hàng dùng dịch vụ chuyển tiếp (relay) của Workspace gửi một đợt thư vượt quá giới hạn cao điểm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait and resend later; your mail server normally retries automatically.</source>
        <comment>4.2.1@Google/fix/sender</comment>
        <translation>Hãy chờ và gửi lại sau; máy chủ thư của bạn thường tự động thử lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let normal retries proceed and spread mail to the same recipient over time. For SMTP relay, lower the sending rate and check Google&apos;s relay limits for your account.</source>
        <comment>4.2.1@Google/fix/sendingServer</comment>
        <translation>Để các lần thử lại thông thường diễn ra và dàn trải thư gửi tới cùng một người nhận theo thời gian. Với dịch vụ chuyển tiếp (relay) SMTP, hãy giảm tốc độ gửi và kiểm tra các giới hạn chuyển tiếp của Google cho tài khoản của bạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery to a Gmail user</source>
        <comment>4.2.1@Google/contexts/0/context</comment>
        <translation>Chuyển phát tới người dùng Gmail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient&apos;s mailbox is receiving too many messages right now, and a later attempt should succeed.</source>
        <comment>4.2.1@Google/contexts/0/meaning</comment>
        <translation>Hộp thư của người nhận hiện đang nhận quá nhiều thư, và một lần thử sau đó nhiều khả năng sẽ thành công.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Workspace SMTP relay</source>
        <comment>4.2.1@Google/contexts/1/context</comment>
        <translation>Dịch vụ chuyển tiếp (relay) SMTP của Google Workspace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer exceeded its peak SMTP relay limit, which is a temporary condition.</source>
        <comment>4.2.1@Google/contexts/1/meaning</comment>
        <translation>Khách hàng đã vượt quá giới hạn chuyển tiếp (relay) SMTP cao điểm, đây là tình trạng tạm thời.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.1 in the registry means the mailbox is disabled, while Gmail&apos;s 4.2.1 means the mailbox is receiving mail too quickly.</source>
        <comment>4.2.1@Google/confusedWith/X.2.1</comment>
        <translation>X.2.1 trong sổ đăng ký có nghĩa là hộp thư bị vô hiệu hóa, trong khi 4.2.1 của Gmail có nghĩa là hộp thư đang nhận thư quá nhanh.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.2.1 is Gmail&apos;s permanent refusal for the same overload or for an inactive account, while 4.2.1 is temporary and worth retrying.</source>
        <comment>4.2.1@Google/confusedWith/5.2.1@Google</comment>
        <translation>5.2.1 là lời từ chối vĩnh viễn của Gmail cho cùng tình trạng quá tải đó hoặc cho tài khoản không hoạt động, trong khi 4.2.1 là tạm thời và đáng để thử lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4.7.28 limits a sender whose overall volume looks like spam, while 4.2.1 protects a single recipient who is receiving too much mail.</source>
        <comment>4.2.1@Google/confusedWith/4.7.28@Google</comment>
        <translation>4.7.28 giới hạn một người gửi có tổng lưu lượng trông giống thư rác, trong khi 4.2.1 bảo vệ một người nhận đang nhận quá nhiều thư.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient Overloaded or Inactive</source>
        <comment>5.2.1@Google/title</comment>
        <translation>Người nhận bị quá tải hoặc không hoạt động</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail uses 550 5.2.1 for two situations. Either the recipient is receiving mail at a rate that prevents further delivery, or the account you tried to reach is inactive or disabled. The second case matches the registry meaning of X.2.1, while the first is Gmail&apos;s permanent form of 4.2.1.</source>
        <comment>5.2.1@Google/description</comment>
        <translation>Gmail dùng 550 5.2.1 cho hai tình huống. Hoặc người nhận đang nhận thư với tốc độ ngăn cản việc chuyển phát thêm, hoặc tài khoản bạn cố liên hệ không hoạt động hoặc đã bị vô hiệu hóa. Trường hợp thứ hai khớp với ý nghĩa của X.2.1 trong sổ đăng ký, còn trường hợp thứ nhất là dạng vĩnh viễn của 4.2.1 trong Gmail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to RCPT TO or after DATA when delivering to a Gmail or Google Workspace address.</source>
        <comment>5.2.1@Google/when</comment>
        <translation>Được trả về cho RCPT TO hoặc sau DATA khi chuyển phát tới một địa chỉ Gmail hoặc Google Workspace.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the text says the account is inactive or disabled, contact the person another way and remove the address from your lists. If it mentions the receiving rate, try again much later.</source>
        <comment>5.2.1@Google/fix/sender</comment>
        <translation>Nếu nội dung cho biết tài khoản không hoạt động hoặc đã bị vô hiệu hóa, hãy liên hệ với người đó bằng cách khác và xóa địa chỉ khỏi danh sách của bạn. Nếu nội dung đề cập đến tốc độ nhận thư, hãy thử lại sau một thời gian dài.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treat inactive-account bounces as hard bounces and suppress the address. For rate bounces, send less often to that recipient.</source>
        <comment>5.2.1@Google/fix/sendingServer</comment>
        <translation>Coi các thư báo không gửi được do tài khoản không hoạt động là thư báo không gửi được vĩnh viễn (hard bounce) và ngừng gửi tới địa chỉ đó. Với thư báo không gửi được do tốc độ, hãy gửi tới người nhận đó thưa hơn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving rate</source>
        <comment>5.2.1@Google/contexts/0/context</comment>
        <translation>Tốc độ nhận thư</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient is flooded with mail and Gmail refuses this message instead of deferring it.</source>
        <comment>5.2.1@Google/contexts/0/meaning</comment>
        <translation>Người nhận bị dồn dập thư và Gmail từ chối thư này thay vì trì hoãn nó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive account</source>
        <comment>5.2.1@Google/contexts/1/context</comment>
        <translation>Tài khoản không hoạt động</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account exists but is disabled or inactive and does not accept mail.</source>
        <comment>5.2.1@Google/contexts/1/meaning</comment>
        <translation>Tài khoản tồn tại nhưng đã bị vô hiệu hóa hoặc không hoạt động và không nhận thư.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4.2.1 is the temporary deferral for a recipient receiving too fast, while 5.2.1 refuses the message outright or reports an inactive account.</source>
        <comment>5.2.1@Google/confusedWith/4.2.1@Google</comment>
        <translation>4.2.1 là sự trì hoãn tạm thời cho người nhận đang nhận thư quá nhanh, trong khi 5.2.1 từ chối thư dứt khoát hoặc báo một tài khoản không hoạt động.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.2 means a full mailbox, which Gmail reports as 4.2.2 or 5.2.2, while 5.2.1 means the account is inactive or overloaded.</source>
        <comment>5.2.1@Google/confusedWith/X.2.2</comment>
        <translation>X.2.2 có nghĩa là hộp thư đầy, điều mà Gmail báo bằng 4.2.2 hoặc 5.2.2, trong khi 5.2.1 có nghĩa là tài khoản không hoạt động hoặc bị quá tải.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox Full</source>
        <comment>X.2.2/title</comment>
        <translation>Hộp thư đầy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient&apos;s mailbox has reached its quota; deleting old mail would free space. RFC 3463 intends it as a transient condition, so 452 4.2.2 tells the sending server to keep retrying while the user cleans up. Many providers instead answer 552 5.2.2, the pairing the registry lists, and the message bounces at once.</source>
        <comment>X.2.2/description</comment>
        <translation>Hộp thư của người nhận đã đạt hạn mức; xóa thư cũ sẽ giải phóng dung lượng. RFC 3463 định nghĩa đây là tình trạng tạm thời, nên 452 4.2.2 yêu cầu máy chủ gửi tiếp tục thử lại trong khi người dùng dọn dẹp. Tuy nhiên, nhiều nhà cung cấp lại trả lời 552 5.2.2, cặp mã mà sổ đăng ký liệt kê, và thư bị trả lại ngay lập tức kèm thư báo không gửi được.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to RCPT TO or at the end of DATA when the message would push the recipient past the mailbox quota, or a bounce from the final delivery agent.</source>
        <comment>X.2.2/when</comment>
        <translation>Phản hồi cho RCPT TO hoặc ở cuối DATA khi thư sẽ khiến người nhận vượt quá hạn mức hộp thư, hoặc một thư báo không gửi được từ tác nhân chuyển phát cuối cùng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 4.2.2, wait: the message is retried for several days. For 5.2.2, tell the recipient by another channel that their mailbox is full and resend once they have cleared space. Sending a link instead of large attachments may also get through.</source>
        <comment>X.2.2/fix/sender</comment>
        <translation>Với 4.2.2, hãy chờ: thư sẽ được thử lại trong vài ngày. Với 5.2.2, hãy báo cho người nhận qua một kênh khác rằng hộp thư của họ đã đầy và gửi lại khi họ đã giải phóng dung lượng. Gửi một liên kết thay vì tệp đính kèm lớn cũng có thể giúp thư đến được.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry 4.2.2 normally. Do not treat 5.2.2 as an invalid address: suppress the recipient only temporarily, because full mailboxes are often cleaned up, though one that stays full for weeks may be abandoned.</source>
        <comment>X.2.2/fix/sendingServer</comment>
        <translation>Thử lại 4.2.2 như bình thường. Đừng xem 5.2.2 là địa chỉ không hợp lệ: chỉ ngừng gửi tới người nhận đó một cách tạm thời, vì hộp thư đầy thường sẽ được dọn dẹp, dù một hộp thư đầy suốt nhiều tuần có thể đã bị bỏ không.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the user&apos;s quota usage and raise the quota or archive old mail. Prefer a temporary 452 4.2.2 so senders retry; in Dovecot, quota_full_tempfail switches over-quota replies from permanent to temporary.</source>
        <comment>X.2.2/fix/receivingServer</comment>
        <translation>Kiểm tra mức sử dụng hạn mức của người dùng và tăng hạn mức hoặc lưu trữ thư cũ. Nên dùng phản hồi tạm thời 452 4.2.2 để người gửi thử lại; trong Dovecot, quota_full_tempfail chuyển các phản hồi vượt hạn mức từ vĩnh viễn sang tạm thời.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.2 means one user&apos;s mailbox is over quota, while X.3.1 means the whole receiving system is out of storage.</source>
        <comment>X.2.2/confusedWith/X.3.1</comment>
        <translation>X.2.2 nghĩa là hộp thư của một người dùng đã vượt hạn mức, còn X.3.1 nghĩa là toàn bộ hệ thống phía nhận đã hết dung lượng lưu trữ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.2 means the mailbox has no room left, while X.2.3 means this one message is larger than the mailbox&apos;s per-message limit.</source>
        <comment>X.2.2/confusedWith/X.2.3</comment>
        <translation>X.2.2 nghĩa là hộp thư không còn chỗ trống, còn X.2.3 nghĩa là riêng thư này lớn hơn giới hạn mỗi thư của hộp thư.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submission Quota Exceeded</source>
        <comment>5.2.2@Microsoft/title</comment>
        <translation>Vượt quá hạn mức gửi thư</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online uses 5.2.2 when a sender exceeds the recipient rate limit or the message rate limit in the service&apos;s sending limits. This differs from the registry meaning of X.2.2, a full mailbox. A sudden burst of sending from one account can mean it has been compromised.</source>
        <comment>5.2.2@Microsoft/description</comment>
        <translation>Exchange Online dùng 5.2.2 khi người gửi vượt quá giới hạn tốc độ người nhận hoặc giới hạn tốc độ thư trong các giới hạn gửi của dịch vụ. Điều này khác với ý nghĩa của X.2.2 trong sổ đăng ký, tức hộp thư đầy. Việc một tài khoản đột ngột gửi hàng loạt thư có thể cho thấy tài khoản đó đã bị xâm nhập.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to a Microsoft 365 user or application at submission, after it sent too many messages or addressed too many recipients within the limit period.</source>
        <comment>5.2.2@Microsoft/when</comment>
        <translation>Được trả về cho người dùng hoặc ứng dụng Microsoft 365 khi gửi thư lên (submission), sau khi người dùng hoặc ứng dụng đó đã gửi quá nhiều thư hoặc gửi tới quá nhiều người nhận trong khoảng thời gian giới hạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop bulk sending from your mailbox and wait for the limit period to pass. Use a bulk email service or a dedicated relay for newsletters and large mailings.</source>
        <comment>5.2.2@Microsoft/fix/sender</comment>
        <translation>Ngừng gửi hàng loạt từ hộp thư của bạn và chờ hết khoảng thời gian giới hạn. Dùng dịch vụ email hàng loạt hoặc một máy chủ chuyển tiếp (relay) chuyên dụng cho bản tin và các đợt gửi thư lớn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in message trace how much the account sent, and investigate it for compromise if the volume is unexpected. Move applications that send in bulk to a service designed for high volume.</source>
        <comment>5.2.2@Microsoft/fix/sendingServer</comment>
        <translation>Kiểm tra trong công cụ theo dõi thư (message trace) xem tài khoản đã gửi bao nhiêu thư, và điều tra xem tài khoản có bị xâm nhập không nếu lưu lượng bất thường. Chuyển các ứng dụng gửi hàng loạt sang một dịch vụ được thiết kế cho lưu lượng lớn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.2 in the registry reports a recipient mailbox that is full, while Exchange Online&apos;s 5.2.2 reports that the sender went over a sending limit.</source>
        <comment>5.2.2@Microsoft/confusedWith/X.2.2</comment>
        <translation>X.2.2 trong sổ đăng ký báo hộp thư của người nhận đã đầy, trong khi 5.2.2 của Exchange Online báo rằng người gửi đã vượt quá một giới hạn gửi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.1.8 means the account was blocked for spam and needs an administrator to release it, while 5.2.2 means a rate limit was reached.</source>
        <comment>5.2.2@Microsoft/confusedWith/5.1.8@Microsoft</comment>
        <translation>5.1.8 có nghĩa là tài khoản đã bị chặn vì gửi thư rác và cần quản trị viên gỡ chặn, trong khi 5.2.2 có nghĩa là đã chạm tới giới hạn tốc độ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message Length Exceeds Administrative Limit</source>
        <comment>X.2.3/title</comment>
        <translation>Độ dài thư vượt quá giới hạn quản trị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This mailbox has its own maximum message size, stricter than the server-wide one, and the message is over it. It is meant as a permanent failure: 5.2.3 bounces because the same message will never fit, and a 4.2.3 form is rare. Exchange and Microsoft 365 use 5.2.3 when a recipient&apos;s maximum receive size is smaller than the message.</source>
        <comment>X.2.3/description</comment>
        <translation>Hộp thư này có kích thước thư tối đa riêng, chặt hơn giới hạn chung của máy chủ, và thư đã vượt quá giới hạn đó. Mã này được dùng cho lỗi vĩnh viễn: 5.2.3 trả về thư báo không gửi được vì cùng một thư sẽ không bao giờ vừa, còn dạng 4.2.3 thì hiếm gặp. Exchange và Microsoft 365 dùng 5.2.3 khi kích thước nhận tối đa của người nhận nhỏ hơn thư.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to RCPT TO when a declared SIZE exceeds the recipient&apos;s limit, the reply at the end of DATA, or a bounce from a server inside the recipient&apos;s organization.</source>
        <comment>X.2.3/when</comment>
        <translation>Phản hồi cho RCPT TO khi giá trị SIZE được khai báo vượt quá giới hạn của người nhận, phản hồi ở cuối DATA, hoặc một thư báo không gửi được từ một máy chủ bên trong tổ chức của người nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the message smaller: compress or remove attachments, or share large files through a link. Attachments grow by about a third when encoded for mail, so a 15 MB file can exceed a 20 MB limit.</source>
        <comment>X.2.3/fix/sender</comment>
        <translation>Giảm kích thước thư: nén hoặc bỏ bớt tệp đính kèm, hoặc chia sẻ tệp lớn qua liên kết. Tệp đính kèm tăng khoảng một phần ba khi được mã hóa để gửi qua thư, nên một tệp 15 MB có thể vượt quá giới hạn 20 MB.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing needs fixing on the sending side. If many users hit per-recipient limits, publish guidance on attachment sizes or offer a file-sharing service.</source>
        <comment>X.2.3/fix/sendingServer</comment>
        <translation>Không có gì cần sửa ở phía gửi. Nếu nhiều người dùng gặp giới hạn theo từng người nhận, hãy công bố hướng dẫn về kích thước tệp đính kèm hoặc cung cấp một dịch vụ chia sẻ tệp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the per-recipient limit (Exchange MaxReceiveSize on the mailbox, or per-user limits in your filtering or delivery layer) and raise it if the user needs larger messages, keeping it consistent with the system-wide limit.</source>
        <comment>X.2.3/fix/receivingServer</comment>
        <translation>Kiểm tra giới hạn theo từng người nhận (MaxReceiveSize của Exchange trên hộp thư, hoặc giới hạn theo người dùng trong tầng lọc hoặc tầng chuyển phát của bạn) và tăng giới hạn nếu người dùng cần nhận thư lớn hơn, đồng thời giữ nhất quán với giới hạn toàn hệ thống.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.3 is a size limit set for one mailbox, while X.3.4 is the size limit of the whole receiving system.</source>
        <comment>X.2.3/confusedWith/X.3.4</comment>
        <translation>X.2.3 là giới hạn kích thước đặt cho một hộp thư, còn X.3.4 là giới hạn kích thước của toàn bộ hệ thống phía nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.3 means this message is too large for the mailbox, while X.2.2 means the mailbox is full regardless of the message size.</source>
        <comment>X.2.3/confusedWith/X.2.2</comment>
        <translation>X.2.3 nghĩa là thư này quá lớn đối với hộp thư, còn X.2.2 nghĩa là hộp thư đã đầy bất kể kích thước thư.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailing List Expansion Problem</source>
        <comment>X.2.4/title</comment>
        <translation>Sự cố khi mở rộng danh sách thư</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient is a mailing list or distribution group whose member list could not be resolved. 4.2.4 usually means a temporary failure, such as an unreachable list directory or a resource limit hit during expansion, and the sending server retries. 5.2.4 means the list itself is broken, for example empty, looping or full of invalid members.</source>
        <comment>X.2.4/description</comment>
        <translation>Người nhận là một danh sách thư hoặc nhóm phân phối mà danh sách thành viên không thể phân giải được. 4.2.4 thường có nghĩa là lỗi tạm thời, như không truy cập được thư mục của danh sách hoặc chạm giới hạn tài nguyên trong khi mở rộng, và máy chủ gửi sẽ thử lại. 5.2.4 nghĩa là bản thân danh sách bị hỏng, ví dụ trống, tạo vòng lặp hoặc chứa đầy thành viên không hợp lệ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to RCPT TO for a list address, or a bounce from the list server after it accepted the message and tried to expand it.</source>
        <comment>X.2.4/when</comment>
        <translation>Phản hồi cho RCPT TO đối với một địa chỉ danh sách, hoặc một thư báo không gửi được từ máy chủ danh sách sau khi nó đã nhận thư và thử mở rộng danh sách.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 4.2.4, wait for the retry. For 5.2.4, tell the list owner, usually reachable at the list&apos;s owner or request address, and write to the members directly if the matter is urgent.</source>
        <comment>X.2.4/fix/sender</comment>
        <translation>Với 4.2.4, hãy chờ lần thử lại. Với 5.2.4, hãy báo cho chủ sở hữu danh sách, thường liên hệ được qua địa chỉ owner hoặc request của danh sách, và viết trực tiếp cho các thành viên nếu việc gấp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry 4.2.4 replies. A repeated 5.2.4 is a fault in the recipient&apos;s list, so report the reply text to their postmaster rather than resending.</source>
        <comment>X.2.4/fix/sendingServer</comment>
        <translation>Để hàng đợi tự thử lại với các phản hồi 4.2.4. Mã 5.2.4 lặp lại là lỗi trong danh sách của người nhận, vì vậy hãy báo nội dung phản hồi cho postmaster của họ thay vì gửi lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the list or group definition: empty or nested groups that loop, members with invalid addresses, an unreachable directory (LDAP) behind the expansion, and limits on expanded recipients in your list manager or MTA.</source>
        <comment>X.2.4/fix/receivingServer</comment>
        <translation>Kiểm tra định nghĩa danh sách hoặc nhóm: nhóm trống hoặc nhóm lồng nhau tạo vòng lặp, thành viên có địa chỉ không hợp lệ, thư mục (LDAP) phía sau quá trình mở rộng không truy cập được, và các giới hạn số người nhận sau khi mở rộng trong trình quản lý danh sách hoặc MTA của bạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.4 means the list could not be expanded for a technical reason, while X.7.2 means the sender is not allowed to send to the list.</source>
        <comment>X.2.4/confusedWith/X.7.2</comment>
        <translation>X.2.4 nghĩa là không thể mở rộng danh sách vì lý do kỹ thuật, còn X.7.2 nghĩa là người gửi không được phép gửi tới danh sách đó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other or Undefined Mail System Status</source>
        <comment>X.3.0/title</comment>
        <translation>Trạng thái hệ thống thư khác hoặc chưa xác định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A problem with the receiving system as a whole, rather than with one address or mailbox, caused the reply, and the server gives no detail. 4.3.0 is common for passing local problems: a content filter or virus scanner timing out, a queue write error or a failed table lookup. 5.3.0 is a generic permanent refusal by the system. The registry pairs it with basic codes from 221 to 554.</source>
        <comment>X.3.0/description</comment>
        <translation>Một vấn đề của toàn bộ hệ thống phía nhận, chứ không phải của một địa chỉ hay hộp thư, đã gây ra phản hồi này, và máy chủ không nêu chi tiết. 4.3.0 thường gặp với các sự cố cục bộ nhất thời: bộ lọc nội dung hoặc trình quét virus hết thời gian chờ, lỗi ghi hàng đợi hoặc tra cứu bảng thất bại. 5.3.0 là lời từ chối vĩnh viễn chung chung của hệ thống. Sổ đăng ký ghép mã này với các mã phản hồi cơ bản từ 221 đến 554.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At almost any point: the greeting, a reply to a command, the end of DATA, or as 2.3.0 alongside success replies such as 221 or 250.</source>
        <comment>X.3.0/when</comment>
        <translation>Ở hầu như bất kỳ thời điểm nào: lời chào đầu phiên, phản hồi cho một lệnh, cuối DATA, hoặc dưới dạng 2.3.0 đi kèm các phản hồi thành công như 221 hoặc 250.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 4.3.0, wait, since the sending server retries. For 5.3.0, resend once later; if it fails again, forward the bounce to your administrator or the recipient, because the fault lies in the receiving system.</source>
        <comment>X.3.0/fix/sender</comment>
        <translation>Với 4.3.0, hãy chờ, vì máy chủ gửi sẽ thử lại. Với 5.3.0, hãy gửi lại một lần sau đó; nếu vẫn thất bại, hãy gửi thư báo không gửi được cho quản trị viên của bạn hoặc cho người nhận, vì lỗi nằm ở hệ thống phía nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry temporary replies. If 5.3.0 repeats from one destination, contact its postmaster with timestamps, your sending IP address and the full reply text.</source>
        <comment>X.3.0/fix/sendingServer</comment>
        <translation>Để hàng đợi tự thử lại với các phản hồi tạm thời. Nếu 5.3.0 lặp lại từ một đích đến, hãy liên hệ postmaster của đích đó kèm dấu thời gian, địa chỉ IP gửi của bạn và toàn bộ nội dung phản hồi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the MTA log at the reported time for the failing component: milter or content filter timeouts (Postfix milter_default_action), disk or queue errors, lookup table failures or crashed delivery agents. Return a specific code where you can.</source>
        <comment>X.3.0/fix/receivingServer</comment>
        <translation>Kiểm tra nhật ký MTA tại thời điểm được báo để tìm thành phần gặp lỗi: milter hoặc bộ lọc nội dung hết thời gian chờ (milter_default_action của Postfix), lỗi đĩa hoặc hàng đợi, lỗi bảng tra cứu hoặc tác nhân chuyển phát bị sập. Hãy trả về một mã cụ thể khi có thể.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.0 places the unspecified problem in the receiving mail system, while X.0.0 gives no area at all.</source>
        <comment>X.3.0/confusedWith/X.0.0</comment>
        <translation>X.3.0 xác định vấn đề không được nêu rõ nằm trong hệ thống thư phía nhận, còn X.0.0 hoàn toàn không nêu lĩnh vực nào.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.0 points to the mail system itself, while X.4.0 points to the network or routing between systems.</source>
        <comment>X.3.0/confusedWith/X.4.0</comment>
        <translation>X.3.0 chỉ vào bản thân hệ thống thư, còn X.4.0 chỉ vào mạng hoặc việc định tuyến giữa các hệ thống.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail System Full</source>
        <comment>X.3.1/title</comment>
        <translation>Hệ thống thư đầy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The receiving system as a whole has run out of storage, such as a full queue or spool disk, so individual users cannot fix it by deleting mail. It is meant as a temporary condition: 452 4.3.1 tells the sending server to retry once space is freed. A 5.3.1 is unusual and suggests a server that reports a storage emergency as permanent.</source>
        <comment>X.3.1/description</comment>
        <translation>Toàn bộ hệ thống phía nhận đã hết dung lượng lưu trữ, chẳng hạn hàng đợi hoặc đĩa spool bị đầy, nên từng người dùng không thể khắc phục bằng cách xóa thư. Mã này được dùng cho tình trạng tạm thời: 452 4.3.1 yêu cầu máy chủ gửi thử lại khi dung lượng được giải phóng. 5.3.1 là bất thường và cho thấy một máy chủ báo tình trạng khẩn cấp về lưu trữ như một lỗi vĩnh viễn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to MAIL FROM, RCPT TO or DATA when free disk space or another resource falls below the server&apos;s threshold, for example Postfix queue_minfree or Exchange back pressure.</source>
        <comment>X.3.1/when</comment>
        <translation>Phản hồi cho MAIL FROM, RCPT TO hoặc DATA khi dung lượng đĩa trống hoặc một tài nguyên khác xuống dưới ngưỡng của máy chủ, ví dụ queue_minfree của Postfix hoặc cơ chế back pressure của Exchange.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed: the sending server retries, and the message normally arrives once the recipient&apos;s system recovers.</source>
        <comment>X.3.1/fix/sender</comment>
        <translation>Không cần làm gì: máy chủ gửi sẽ thử lại, và thư thường sẽ đến nơi khi hệ thống của người nhận phục hồi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry. If a destination keeps returning 4.3.1 for hours, notify its postmaster, because their server is probably out of disk space.</source>
        <comment>X.3.1/fix/sendingServer</comment>
        <translation>Để hàng đợi tự thử lại. Nếu một đích đến liên tục trả về 4.3.1 trong nhiều giờ, hãy thông báo cho postmaster của đích đó, vì máy chủ của họ có lẽ đã hết dung lượng đĩa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free space on the queue and mailbox volumes (df -h), look for runaway logs or quarantine folders, and review thresholds such as Postfix queue_minfree or the Exchange back pressure resource limits.</source>
        <comment>X.3.1/fix/receivingServer</comment>
        <translation>Giải phóng dung lượng trên các ổ chứa hàng đợi và hộp thư (df -h), tìm các tệp nhật ký phình to bất thường hoặc thư mục cách ly, và xem lại các ngưỡng như queue_minfree của Postfix hoặc giới hạn tài nguyên back pressure của Exchange.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.1 means the whole receiving system is out of storage, while X.2.2 means one recipient&apos;s mailbox is over quota.</source>
        <comment>X.3.1/confusedWith/X.2.2</comment>
        <translation>X.3.1 nghĩa là toàn bộ hệ thống phía nhận đã hết dung lượng lưu trữ, còn X.2.2 nghĩa là hộp thư của một người nhận đã vượt hạn mức.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.1 reports a storage shortage on the receiving system, while X.4.5 reports congestion that delays delivery.</source>
        <comment>X.3.1/confusedWith/X.4.5</comment>
        <translation>X.3.1 báo tình trạng thiếu dung lượng lưu trữ trên hệ thống phía nhận, còn X.4.5 báo tình trạng nghẽn làm chậm việc chuyển phát.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System Not Accepting Network Messages</source>
        <comment>X.3.2/title</comment>
        <translation>Hệ thống không nhận thư từ mạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The host is not accepting mail from the network, either for now or at all. 4.3.2 signals a temporary state such as maintenance, a shutdown in progress or overload, often together with a 421 reply that closes the connection. 5.3.2 means the host does not accept mail, which RFC 7504 pairs with 521 for hosts that never receive mail.</source>
        <comment>X.3.2/description</comment>
        <translation>Máy chủ không nhận thư từ mạng, hoặc tạm thời hoặc hoàn toàn. 4.3.2 báo hiệu một trạng thái tạm thời như đang bảo trì, đang tắt máy hoặc quá tải, thường đi kèm phản hồi 421 đóng kết nối. 5.3.2 nghĩa là máy chủ không nhận thư, và RFC 7504 ghép mã này với 521 cho những máy chủ không bao giờ nhận thư.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually in the greeting or the reply to the first command, or in replies to later commands while a server drains its queue before shutting down.</source>
        <comment>X.3.2/when</comment>
        <translation>Thường xuất hiện trong lời chào đầu phiên hoặc phản hồi cho lệnh đầu tiên, hoặc trong phản hồi cho các lệnh sau đó khi máy chủ đang xả hết hàng đợi trước khi tắt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed for 4.3.2, because the message is retried. For 5.3.2, the recipient&apos;s server does not accept mail, so ask the recipient for a working address.</source>
        <comment>X.3.2/fix/sender</comment>
        <translation>Không cần làm gì với 4.3.2, vì thư sẽ được thử lại. Với 5.3.2, máy chủ của người nhận không nhận thư, vì vậy hãy hỏi người nhận một địa chỉ dùng được.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry 4.3.2 and check that delivery falls back to other MX hosts. For 521 or 5.3.2, verify you are connecting to the right host: stale MX data or a hard-coded relay often points at a server that no longer takes mail.</source>
        <comment>X.3.2/fix/sendingServer</comment>
        <translation>Để hàng đợi tự thử lại với 4.3.2 và kiểm tra rằng việc chuyển phát có chuyển sang các máy chủ MX khác. Với 521 hoặc 5.3.2, hãy xác minh bạn đang kết nối đúng máy chủ: dữ liệu MX cũ hoặc một máy chủ chuyển tiếp (relay) được cố định trong cấu hình thường trỏ tới một máy chủ không còn nhận thư.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check whether the MTA is paused or in maintenance (Exchange Get-ServerComponentState for HubTransport, postfix status) and resume it. Hosts that never accept mail should answer 521 or be removed from the MX records.</source>
        <comment>X.3.2/fix/receivingServer</comment>
        <translation>Kiểm tra xem MTA có đang tạm dừng hoặc bảo trì không (Get-ServerComponentState cho HubTransport trong Exchange, postfix status) và cho nó hoạt động trở lại. Những máy chủ không bao giờ nhận thư nên trả lời 521 hoặc được xóa khỏi các bản ghi MX.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.2 comes from a host that answered but refuses mail, while X.4.1 means the host did not answer at all.</source>
        <comment>X.3.2/confusedWith/X.4.1</comment>
        <translation>X.3.2 đến từ một máy chủ đã trả lời nhưng từ chối thư, còn X.4.1 nghĩa là máy chủ hoàn toàn không trả lời.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.2 with 521 means one host does not accept mail, while X.1.10 with 556 means the whole recipient domain declares through a null MX that it accepts none.</source>
        <comment>X.3.2/confusedWith/X.1.10</comment>
        <translation>X.3.2 kèm 521 nghĩa là một máy chủ không nhận thư, còn X.1.10 kèm 556 nghĩa là toàn bộ tên miền người nhận tuyên bố qua null MX rằng nó không nhận thư nào.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System Not Capable of Selected Features</source>
        <comment>X.3.3/title</comment>
        <translation>Hệ thống không hỗ trợ các tính năng được chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message relies on a feature the destination does not support. Gateways between different mail systems raise it when they cannot translate a feature, and ordinary hops when an extension the message depends on is missing. 5.3.3 is the usual, permanent form. A 4.3.3 is rare and would mean the feature is only unavailable for the moment.</source>
        <comment>X.3.3/description</comment>
        <translation>Thư dựa vào một tính năng mà nơi nhận không hỗ trợ. Các cổng nối giữa những hệ thống thư khác nhau đưa ra mã này khi không thể chuyển đổi một tính năng, còn các chặng thông thường đưa ra mã này khi thiếu một phần mở rộng mà thư cần đến. 5.3.3 là dạng thông thường, mang tính vĩnh viễn. 4.3.3 hiếm gặp và có nghĩa là tính năng đó chỉ tạm thời không khả dụng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typically in a bounce from a gateway or relay after DATA, when it tries to pass the message on with features the next system does not support.</source>
        <comment>X.3.3/when</comment>
        <translation>Thường xuất hiện trong thư báo không gửi được từ một cổng nối hoặc máy chủ chuyển tiếp (relay) sau DATA, khi nó cố chuyển thư đi tiếp với những tính năng mà hệ thống kế tiếp không hỗ trợ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend without special options: plain content and standard attachments, without delivery receipts, priority settings or encryption formats the recipient&apos;s system may not handle. Forward the bounce to your administrator if the feature matters.</source>
        <comment>X.3.3/fix/sender</comment>
        <translation>Gửi lại mà không dùng tùy chọn đặc biệt: nội dung đơn giản và tệp đính kèm tiêu chuẩn, không kèm yêu cầu xác nhận chuyển phát, thiết lập mức ưu tiên hay định dạng mã hóa mà hệ thống của người nhận có thể không xử lý được. Gửi thư báo không gửi được cho quản trị viên của bạn nếu tính năng đó quan trọng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check which ESMTP parameters your server passes on (NOTIFY, RET and ENVID for DSN, MT-PRIORITY, REQUIRETLS) and whether the message depends on an extension the destination did not list in its EHLO reply.</source>
        <comment>X.3.3/fix/sendingServer</comment>
        <translation>Kiểm tra những tham số ESMTP mà máy chủ của bạn chuyển đi (NOTIFY, RET và ENVID cho DSN, MT-PRIORITY, REQUIRETLS) và liệu thư có phụ thuộc vào một phần mở rộng mà nơi nhận không liệt kê trong phản hồi EHLO hay không.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in the gateway logs which feature could not be mapped, then add support, configure a fallback such as dropping the request, or document the limitation for senders.</source>
        <comment>X.3.3/fix/receivingServer</comment>
        <translation>Tìm trong nhật ký của cổng nối xem tính năng nào không thể ánh xạ, sau đó bổ sung hỗ trợ, cấu hình phương án dự phòng như bỏ qua yêu cầu đó, hoặc ghi lại hạn chế này cho người gửi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.3 means the destination lacks a requested feature, while X.5.4 means a command&apos;s arguments were invalid or not recognized.</source>
        <comment>X.3.3/confusedWith/X.5.4</comment>
        <translation>X.3.3 nghĩa là nơi nhận thiếu một tính năng được yêu cầu, còn X.5.4 nghĩa là đối số của một lệnh không hợp lệ hoặc không được nhận diện.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.3 concerns a delivery feature the system lacks, while X.6.1 concerns a media type in the content that cannot be carried.</source>
        <comment>X.3.3/confusedWith/X.6.1</comment>
        <translation>X.3.3 liên quan đến một tính năng chuyển phát mà hệ thống không có, còn X.6.1 liên quan đến một kiểu phương tiện (media type) trong nội dung không thể truyền tải được.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message Too Big for System</source>
        <comment>X.3.4/title</comment>
        <translation>Thư quá lớn đối với hệ thống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message exceeds the receiving system&apos;s per-message size limit, whether set by hardware or by policy. It is permanent: 552 5.3.4 bounces because the same message will never fit; Postfix, for example, reports that the size exceeds its fixed limit. A 4.3.4 is unusual, because a temporary shortage of space is normally reported as X.3.1.</source>
        <comment>X.3.4/description</comment>
        <translation>Thư vượt quá giới hạn kích thước mỗi thư của hệ thống phía nhận, dù giới hạn đó do phần cứng hay do chính sách đặt ra. Đây là lỗi vĩnh viễn: 552 5.3.4 trả về thư báo không gửi được vì cùng một thư sẽ không bao giờ vừa; ví dụ, Postfix báo rằng kích thước vượt quá giới hạn cố định của nó. 4.3.4 là bất thường, vì tình trạng thiếu dung lượng tạm thời thường được báo bằng X.3.1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to MAIL FROM when the SIZE parameter declares more than the limit, or the reply at the end of DATA or BDAT when the received message turns out too large.</source>
        <comment>X.3.4/when</comment>
        <translation>Phản hồi cho MAIL FROM khi tham số SIZE khai báo vượt quá giới hạn, hoặc phản hồi ở cuối DATA hay BDAT khi thư nhận được hóa ra quá lớn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reduce the message size: compress or remove attachments, or send a file-sharing link. Encoding adds about a third, so keep attachments well under the limit the recipient&apos;s provider publishes.</source>
        <comment>X.3.4/fix/sender</comment>
        <translation>Giảm kích thước thư: nén hoặc bỏ bớt tệp đính kèm, hoặc gửi liên kết chia sẻ tệp. Việc mã hóa làm kích thước tăng khoảng một phần ba, nên hãy giữ tệp đính kèm nhỏ hơn nhiều so với giới hạn mà nhà cung cấp của người nhận công bố.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the SIZE value the receiving server advertises in its EHLO reply with your own limit, and reject oversized messages at submission so users get an immediate, clear error.</source>
        <comment>X.3.4/fix/sendingServer</comment>
        <translation>So sánh giá trị SIZE mà máy chủ nhận công bố trong phản hồi EHLO với giới hạn của chính bạn, và từ chối thư quá cỡ ngay khi tiếp nhận để người dùng nhận được thông báo lỗi rõ ràng, tức thì.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the size limit (Postfix message_size_limit, Exim message_size_limit, Exchange MaxReceiveSize on connectors and transport settings) and keep it consistent across gateways, filters and mailbox servers.</source>
        <comment>X.3.4/fix/receivingServer</comment>
        <translation>Xem lại giới hạn kích thước (message_size_limit của Postfix, message_size_limit của Exim, MaxReceiveSize của Exchange trên connector và trong thiết lập truyền tải) và giữ nhất quán giữa các cổng nối, bộ lọc và máy chủ hộp thư.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.4 is the size limit of the whole receiving system, while X.2.3 is a lower limit set for one mailbox.</source>
        <comment>X.3.4/confusedWith/X.2.3</comment>
        <translation>X.3.4 là giới hạn kích thước của toàn bộ hệ thống phía nhận, còn X.2.3 là giới hạn thấp hơn đặt cho một hộp thư.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.4 means this one message is too large, while X.2.2 means the recipient&apos;s mailbox is full.</source>
        <comment>X.3.4/confusedWith/X.2.2</comment>
        <translation>X.3.4 nghĩa là riêng thư này quá lớn, còn X.2.2 nghĩa là hộp thư của người nhận đã đầy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System Incorrectly Configured</source>
        <comment>X.3.5/title</comment>
        <translation>Hệ thống được cấu hình sai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A configuration error on the receiving system stops it from taking this message, and the fault lies with its administrator, not the sender. Examples include a missing lookup table, a broken transport or delivery agent and wrong file permissions. 4.3.5 signals a configuration fault the server expects to be fixed, so the message is retried; 5.3.5 makes it a bounce.</source>
        <comment>X.3.5/description</comment>
        <translation>Một lỗi cấu hình trên hệ thống phía nhận khiến nó không thể nhận thư này, và lỗi thuộc về quản trị viên của hệ thống đó chứ không phải người gửi. Ví dụ gồm thiếu bảng tra cứu, dịch vụ truyền tải hoặc tác nhân chuyển phát bị hỏng, và sai quyền truy cập tệp. 4.3.5 báo hiệu một lỗi cấu hình mà máy chủ dự kiến sẽ được khắc phục, nên thư sẽ được thử lại; 5.3.5 biến nó thành thư báo không gửi được.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At any command or at the end of DATA when the server hits a configuration error; Postfix, for example, answers 451 4.3.5 when a lookup table it needs is missing.</source>
        <comment>X.3.5/when</comment>
        <translation>Ở bất kỳ lệnh nào hoặc ở cuối DATA khi máy chủ gặp lỗi cấu hình; ví dụ, Postfix trả lời 451 4.3.5 khi thiếu một bảng tra cứu mà nó cần.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing on your side can fix this. Wait for the retries after 4.3.5, and if a 5.3.5 bounce arrives, send it to the recipient by another channel so they can alert their administrator.</source>
        <comment>X.3.5/fix/sender</comment>
        <translation>Phía bạn không thể khắc phục điều này. Hãy chờ các lần thử lại sau 4.3.5, và nếu nhận được thư báo không gửi được 5.3.5, hãy gửi nó cho người nhận qua một kênh khác để họ báo cho quản trị viên của mình.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry. If the error persists for one destination, report it to their postmaster with timestamps and the full reply.</source>
        <comment>X.3.5/fix/sendingServer</comment>
        <translation>Để hàng đợi tự thử lại. Nếu lỗi kéo dài với một đích đến, hãy báo cho postmaster của họ kèm dấu thời gian và toàn bộ phản hồi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for the warning logged just before the reply (Postfix: run postfix check and search the log for fatal or warning lines). Typical causes are map files not rebuilt with postmap, wrong permissions and typos in main.cf or master.cf.</source>
        <comment>X.3.5/fix/receivingServer</comment>
        <translation>Tìm cảnh báo được ghi ngay trước phản hồi (Postfix: chạy postfix check và tìm trong nhật ký các dòng fatal hoặc warning). Nguyên nhân thường gặp là tệp bảng chưa được tạo lại bằng postmap, sai quyền truy cập và lỗi gõ trong main.cf hoặc master.cf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.5 specifically blames the receiving system&apos;s configuration, while X.3.0 gives no reason.</source>
        <comment>X.3.5/confusedWith/X.3.0</comment>
        <translation>X.3.5 quy lỗi cụ thể cho cấu hình của hệ thống phía nhận, còn X.3.0 không nêu lý do nào.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.5 reports an accidental configuration fault, while X.7.1 reports a deliberate policy refusal.</source>
        <comment>X.3.5/confusedWith/X.7.1</comment>
        <translation>X.3.5 báo một lỗi cấu hình ngoài ý muốn, còn X.7.1 báo một lời từ chối có chủ ý theo chính sách.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested Priority Was Changed</source>
        <comment>X.3.6/title</comment>
        <translation>Mức ưu tiên được yêu cầu đã bị thay đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A success code from the MT-PRIORITY extension: the server accepted the message but will not honor the priority that was requested, or implied by default, for example because local policy limits what this sender may use. The text after the code states the priority actually assigned. Only 2.3.6 is defined; priority-related failures use other codes.</source>
        <comment>X.3.6/description</comment>
        <translation>Một mã thành công của phần mở rộng MT-PRIORITY: máy chủ đã nhận thư nhưng sẽ không áp dụng mức ưu tiên được yêu cầu, hoặc được ngầm định theo mặc định, ví dụ vì chính sách cục bộ giới hạn mức mà người gửi này được dùng. Phần văn bản sau mã nêu mức ưu tiên thực tế được gán. Chỉ 2.3.6 được định nghĩa; các lỗi liên quan đến mức ưu tiên dùng những mã khác.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a 250 or 251 success reply during a transaction that used MT-PRIORITY, when the server assigns a different priority than the one requested.</source>
        <comment>X.3.6/when</comment>
        <translation>Trong phản hồi thành công 250 hoặc 251 của một giao dịch có dùng MT-PRIORITY, khi máy chủ gán một mức ưu tiên khác với mức được yêu cầu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed: the message was accepted and will be relayed or delivered at the priority shown in the reply text.</source>
        <comment>X.3.6/fix/general</comment>
        <translation>Không cần làm gì: thư đã được chấp nhận và sẽ được chuyển tiếp (relay) hoặc chuyển phát với mức ưu tiên nêu trong văn bản phản hồi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the priority matters, ask the receiving administrator which priority levels your server or account may request, and adjust the MT-PRIORITY value your software sends.</source>
        <comment>X.3.6/fix/sendingServer</comment>
        <translation>Nếu mức ưu tiên quan trọng, hãy hỏi quản trị viên phía nhận xem máy chủ hoặc tài khoản của bạn được phép yêu cầu những mức ưu tiên nào, và điều chỉnh giá trị MT-PRIORITY mà phần mềm của bạn gửi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.6 reports an accepted message whose priority was changed, while X.3.0 is a generic mail system status with no specific meaning, even when it accompanies a success reply.</source>
        <comment>X.3.6/confusedWith/X.3.0</comment>
        <translation>X.3.6 báo một thư đã được chấp nhận nhưng mức ưu tiên bị thay đổi, còn X.3.0 là trạng thái hệ thống thư chung chung không mang ý nghĩa cụ thể, ngay cả khi nó đi kèm một phản hồi thành công.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other network or routing problem</source>
        <comment>X.4.0/title</comment>
        <translation>Sự cố mạng hoặc định tuyến khác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A network or routing fault occurred that none of the more specific X.4 codes describes, so the server&apos;s text and logs carry the real detail. With class 4 (4.4.0) the message stays queued and the sending server keeps retrying. With class 5 (5.4.0) the reporting system judged the fault permanent and returned the message.</source>
        <comment>X.4.0/description</comment>
        <translation>Đã xảy ra một lỗi mạng hoặc định tuyến mà không mã X.4 cụ thể hơn nào mô tả được, vì vậy văn bản và nhật ký của máy chủ mới chứa chi tiết thực sự. Với lớp 4 (4.4.0), thư vẫn nằm trong hàng đợi và máy chủ gửi tiếp tục thử lại. Với lớp 5 (5.4.0), hệ thống báo cáo đã đánh giá lỗi là vĩnh viễn và trả thư về.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen in queue logs, delay warnings and bounces when a connection, DNS lookup or next-hop selection failed in a way the reporting server did not classify further.</source>
        <comment>X.4.0/when</comment>
        <translation>Xuất hiện trong nhật ký hàng đợi, cảnh báo trễ và thư báo không gửi được khi một kết nối, lần tra cứu DNS hoặc việc chọn chặng kế tiếp thất bại theo cách mà máy chủ báo cáo không phân loại thêm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait while a 4.4.0 deferral is retried, since the message is still queued. For a 5.4.0 bounce, check the recipient domain for typos, then forward the complete bounce to your mail administrator.</source>
        <comment>X.4.0/fix/sender</comment>
        <translation>Hãy chờ trong khi việc hoãn gửi 4.4.0 được thử lại, vì thư vẫn nằm trong hàng đợi. Với thư báo không gửi được 5.4.0, hãy kiểm tra tên miền người nhận xem có lỗi chính tả không, sau đó gửi toàn bộ thư báo không gửi được cho quản trị viên thư của bạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the text after the code and the delivery log for the underlying error. Test the recipient domain with dig MX and dig A, check that outbound port 25 is open, and review relayhost or transport map settings in Postfix or router settings in Exim.</source>
        <comment>X.4.0/fix/sendingServer</comment>
        <translation>Đọc phần văn bản sau mã và nhật ký chuyển phát để tìm lỗi gốc. Kiểm tra tên miền người nhận bằng dig MX và dig A, kiểm tra rằng cổng 25 chiều đi đang mở, và xem lại thiết lập relayhost (máy chủ chuyển tiếp) hoặc transport map trong Postfix, hay thiết lập router trong Exim.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your server sent it, use a more specific X.4 code where possible. Make sure your MX records point to hosts that resolve and accept connections on port 25.</source>
        <comment>X.4.0/fix/receivingServer</comment>
        <translation>Nếu máy chủ của bạn gửi mã này, hãy dùng một mã X.4 cụ thể hơn khi có thể. Đảm bảo các bản ghi MX của bạn trỏ tới những máy chủ phân giải được và chấp nhận kết nối trên cổng 25.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.0 is the catch-all for network faults, while X.4.4 specifically says no route or next hop could be found for the domain.</source>
        <comment>X.4.0/confusedWith/X.4.4</comment>
        <translation>X.4.0 là mã dùng chung cho lỗi mạng, còn X.4.4 nói cụ thể rằng không tìm được tuyến đường hoặc chặng kế tiếp nào cho tên miền.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.0.0 leaves even the subject of the problem unknown, while X.4.0 at least places it in networking or routing.</source>
        <comment>X.4.0/confusedWith/X.0.0</comment>
        <translation>X.0.0 để ngỏ ngay cả chủ đề của vấn đề, còn X.4.0 ít nhất cũng xác định vấn đề thuộc về mạng hoặc định tuyến.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer from host</source>
        <comment>X.4.1/title</comment>
        <translation>Máy chủ không trả lời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sending server could not get a connection to the next-hop host because the attempt timed out, was refused, or the host was too busy to answer. The registry pairs it with 451 and RFC 3463 treats it as transient, so 4.4.1 is normal and the message stays queued for retry. A 5.4.1 is a provider&apos;s own permanent use, such as Microsoft 365 refusing a recipient missing from its directory.</source>
        <comment>X.4.1/description</comment>
        <translation>Máy chủ gửi không thể kết nối tới máy chủ ở chặng kế tiếp vì lần thử hết thời gian chờ, bị từ chối, hoặc máy chủ đó quá bận để trả lời. Sổ đăng ký ghép mã này với 451 và RFC 3463 xem nó là tạm thời, nên 4.4.1 là dạng thông thường và thư vẫn nằm trong hàng đợi để thử lại. 5.4.1 là cách dùng vĩnh viễn riêng của một nhà cung cấp, chẳng hạn Microsoft 365 từ chối một người nhận không có trong thư mục của nó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appears in the sending server&apos;s log or delay notice after a TCP connection to the recipient&apos;s MX host timed out or was refused, for example Postfix logging connect to the host: Connection timed out.</source>
        <comment>X.4.1/when</comment>
        <translation>Xuất hiện trong nhật ký hoặc thông báo trễ của máy chủ gửi sau khi kết nối TCP tới máy chủ MX của người nhận hết thời gian chờ hoặc bị từ chối, ví dụ Postfix ghi nhật ký connect to the host: Connection timed out.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed for 4.4.1 while the server keeps retrying; delivery often succeeds within hours. If it persists for a day, check the recipient domain spelling and ask the recipient whether their mail server is down.</source>
        <comment>X.4.1/fix/sender</comment>
        <translation>Không cần làm gì với 4.4.1 trong khi máy chủ vẫn tiếp tục thử lại; việc chuyển phát thường thành công trong vòng vài giờ. Nếu tình trạng kéo dài một ngày, hãy kiểm tra chính tả tên miền người nhận và hỏi người nhận xem máy chủ thư của họ có bị ngừng hoạt động không.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that outbound port 25 is not blocked by your firewall or hosting provider, as many cloud and residential networks do. Confirm the MX result with dig MX, test port 25 with nc or telnet, and look for IPv6 routes that fail while IPv4 works.</source>
        <comment>X.4.1/fix/sendingServer</comment>
        <translation>Kiểm tra rằng cổng 25 chiều đi không bị tường lửa hoặc nhà cung cấp dịch vụ lưu trữ của bạn chặn, như nhiều mạng đám mây và mạng dân dụng vẫn làm. Xác nhận kết quả MX bằng dig MX, kiểm tra cổng 25 bằng nc hoặc telnet, và tìm các tuyến IPv6 bị lỗi trong khi IPv4 vẫn hoạt động.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure every MX host is running, listening on port 25 and reachable from the Internet, and that connection limits or firewalls are not dropping senders. For 550 5.4.1 Access denied in Microsoft 365, add the recipient or correct Directory-Based Edge Blocking.</source>
        <comment>X.4.1/fix/receivingServer</comment>
        <translation>Đảm bảo mọi máy chủ MX đang chạy, lắng nghe trên cổng 25 và truy cập được từ Internet, và các giới hạn kết nối hoặc tường lửa không loại bỏ người gửi. Với 550 5.4.1 Access denied trong Microsoft 365, hãy thêm người nhận hoặc sửa lại Directory-Based Edge Blocking.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.1 means no connection could be made at all, while X.4.2 means a connection was made but broke before the transaction finished.</source>
        <comment>X.4.1/confusedWith/X.4.2</comment>
        <translation>X.4.1 nghĩa là hoàn toàn không thể thiết lập kết nối, còn X.4.2 nghĩa là kết nối đã được thiết lập nhưng bị đứt trước khi giao dịch hoàn tất.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.1 reports failed connection attempts that will be retried, while X.4.7 reports that retries went on so long the message expired.</source>
        <comment>X.4.1/confusedWith/X.4.7</comment>
        <translation>X.4.1 báo các lần thử kết nối thất bại sẽ được thử lại, còn X.4.7 báo rằng việc thử lại kéo dài đến mức thư đã hết hạn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relay Access Denied</source>
        <comment>5.4.1@Microsoft/title</comment>
        <translation>Từ chối truy cập chuyển tiếp (relay)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.4.1 with two different texts. &quot;Relay Access Denied&quot; means the server that answered does not accept mail for the recipient&apos;s domain, usually because of an MX record or domain configuration error. &quot;Recipient address rejected: Access denied&quot; means Directory-Based Edge Blocking found no such recipient in the organization.</source>
        <comment>5.4.1@Microsoft/description</comment>
        <translation>Exchange Online trả về 5.4.1 với hai nội dung khác nhau. &quot;Relay Access Denied&quot; (từ chối truy cập chuyển tiếp) có nghĩa là máy chủ đã trả lời không nhận thư cho tên miền của người nhận, thường do lỗi bản ghi MX hoặc lỗi cấu hình tên miền. &quot;Recipient address rejected: Access denied&quot; (địa chỉ người nhận bị từ chối) có nghĩa là Directory-Based Edge Blocking không tìm thấy người nhận như vậy trong tổ chức.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned as 550 5.4.1 to RCPT TO when mail reaches Exchange Online Protection for a domain or address it does not accept.</source>
        <comment>5.4.1@Microsoft/when</comment>
        <translation>Được trả về dưới dạng 550 5.4.1 cho RCPT TO khi thư đến Exchange Online Protection cho một tên miền hoặc địa chỉ mà dịch vụ này không chấp nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the recipient address and resend. If the recipient recently changed email providers, wait up to 72 hours for DNS changes to spread and try again.</source>
        <comment>5.4.1@Microsoft/fix/sender</comment>
        <translation>Kiểm tra địa chỉ người nhận và gửi lại. Nếu người nhận vừa đổi nhà cung cấp email, hãy chờ tối đa 72 giờ để các thay đổi DNS được cập nhật rồi thử lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify that you deliver to the MX host the recipient domain currently publishes and not to a stale cached route or smart host.</source>
        <comment>5.4.1@Microsoft/fix/sendingServer</comment>
        <translation>Xác minh rằng bạn chuyển phát tới máy MX mà tên miền người nhận hiện đang công bố, chứ không phải tới một tuyến đường cũ đã lưu trong bộ nhớ đệm hoặc một smart host.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure the domain has a single MX record pointing to its host under mail.protection.outlook.com, and that it is verified and listed as an accepted domain. In hybrid setups, rerun the Hybrid Configuration Wizard and confirm that recipients are synchronized for Directory-Based Edge Blocking.</source>
        <comment>5.4.1@Microsoft/fix/receivingServer</comment>
        <translation>Bảo đảm tên miền có một bản ghi MX duy nhất trỏ tới máy chủ của nó trong mail.protection.outlook.com, và tên miền đã được xác minh và nằm trong danh sách tên miền được chấp nhận. Trong môi trường kết hợp (hybrid), hãy chạy lại Hybrid Configuration Wizard và xác nhận rằng người nhận đã được đồng bộ cho Directory-Based Edge Blocking.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relay Access Denied</source>
        <comment>5.4.1@Microsoft/contexts/0/context</comment>
        <translation>Từ chối truy cập chuyển tiếp (relay)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answering server does not accept mail for the recipient&apos;s domain, usually because of wrong MX records, an unverified domain or hybrid connector problems.</source>
        <comment>5.4.1@Microsoft/contexts/0/meaning</comment>
        <translation>Máy chủ trả lời không nhận thư cho tên miền của người nhận, thường do bản ghi MX sai, tên miền chưa được xác minh hoặc sự cố với connector trong môi trường kết hợp (hybrid).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient address rejected</source>
        <comment>5.4.1@Microsoft/contexts/1/context</comment>
        <translation>Địa chỉ người nhận bị từ chối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory-Based Edge Blocking rejected the message because the recipient address does not exist in the organization.</source>
        <comment>5.4.1@Microsoft/contexts/1/meaning</comment>
        <translation>Directory-Based Edge Blocking đã từ chối thư vì địa chỉ người nhận không tồn tại trong tổ chức.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.1 in the registry means the destination host did not answer, while Exchange Online&apos;s 5.4.1 means the host answered and refused mail for that domain or address.</source>
        <comment>5.4.1@Microsoft/confusedWith/X.4.1</comment>
        <translation>X.4.1 trong sổ đăng ký có nghĩa là máy đích không trả lời, trong khi 5.4.1 của Exchange Online có nghĩa là máy đã trả lời và từ chối thư cho tên miền hoặc địa chỉ đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.64 means an inbound connector from your own servers no longer matches, while 5.4.1 means the recipient domain or address is not accepted at all.</source>
        <comment>5.4.1@Microsoft/confusedWith/5.7.64@Microsoft</comment>
        <translation>5.7.64 có nghĩa là một connector chiều vào (inbound connector) từ máy chủ của chính bạn không còn khớp, trong khi 5.4.1 có nghĩa là tên miền hoặc địa chỉ người nhận hoàn toàn không được chấp nhận.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad connection</source>
        <comment>X.4.2/title</comment>
        <translation>Kết nối bị lỗi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A connection to the next host was established, but the transaction could not be completed because the link timed out or dropped mid-session. The registry pairs it with 421 and RFC 3463 intends it as transient, so 4.4.2 means the message will be retried. A 5.4.2 is unusual and means the reporting system gave up on the message for good.</source>
        <comment>X.4.2/description</comment>
        <translation>Đã thiết lập được kết nối tới máy chủ kế tiếp, nhưng không thể hoàn tất giao dịch vì liên kết hết thời gian chờ hoặc bị ngắt giữa phiên. Sổ đăng ký ghép mã này với 421 và RFC 3463 định nghĩa nó là tạm thời, nên 4.4.2 nghĩa là thư sẽ được thử lại. 5.4.2 là bất thường và có nghĩa là hệ thống báo cáo đã từ bỏ hẳn thư đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged by the sending server when the remote host closed or stalled the session after connecting, for example Postfix reporting lost connection or conversation timed out while sending the message data.</source>
        <comment>X.4.2/when</comment>
        <translation>Được máy chủ gửi ghi nhật ký khi máy chủ từ xa đóng hoặc treo phiên sau khi kết nối, ví dụ Postfix báo lost connection hoặc conversation timed out trong khi gửi dữ liệu thư.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is needed while it is a 4.4.2 deferral. If large messages keep failing, send a smaller message or share the attachment through a link.</source>
        <comment>X.4.2/fix/sender</comment>
        <translation>Không cần làm gì khi đây là việc hoãn gửi 4.4.2. Nếu các thư lớn liên tục thất bại, hãy gửi thư nhỏ hơn hoặc chia sẻ tệp đính kèm qua liên kết.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note the phase in the log where the session broke, such as after STARTTLS or during DATA. Check for TLS handshake failures, MTU or path problems, firewalls that inspect SMTP, and remote tarpit delays longer than your timeouts, such as Postfix smtp_data_done_timeout.</source>
        <comment>X.4.2/fix/sendingServer</comment>
        <translation>Ghi lại giai đoạn trong nhật ký mà phiên bị đứt, chẳng hạn sau STARTTLS hoặc trong khi DATA. Kiểm tra lỗi bắt tay TLS, sự cố MTU hoặc đường truyền, tường lửa kiểm tra SMTP, và độ trễ tarpit từ phía xa dài hơn thời gian chờ của bạn, chẳng hạn smtp_data_done_timeout của Postfix.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for sessions dropped by overload, process limits, slow content filters or short timeouts after the final dot. Content checks must answer well within the 10 minutes RFC 5321 lets a client wait after sending the message.</source>
        <comment>X.4.2/fix/receivingServer</comment>
        <translation>Tìm các phiên bị ngắt do quá tải, giới hạn tiến trình, bộ lọc nội dung chậm hoặc thời gian chờ ngắn sau dấu chấm kết thúc. Các bước kiểm tra nội dung phải trả lời sớm hơn nhiều so với mốc 10 phút mà RFC 5321 cho phép máy khách chờ sau khi gửi thư.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.2 means the connection was made but failed during the transaction, while X.4.1 means the host never answered the connection attempt.</source>
        <comment>X.4.2/confusedWith/X.4.1</comment>
        <translation>X.4.2 nghĩa là kết nối đã được thiết lập nhưng thất bại trong khi giao dịch, còn X.4.1 nghĩa là máy chủ chưa bao giờ trả lời lần thử kết nối.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>421 is a reply the server sends before closing the session, while X.4.2 is often recorded by the sending side when the connection broke without any proper reply.</source>
        <comment>X.4.2/confusedWith/421</comment>
        <translation>421 là phản hồi mà máy chủ gửi trước khi đóng phiên, còn X.4.2 thường được phía gửi ghi nhận khi kết nối bị đứt mà không có phản hồi hợp lệ nào.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directory server failure</source>
        <comment>X.4.3/title</comment>
        <translation>Lỗi máy chủ thư mục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lookup the mail system depends on, usually DNS and sometimes LDAP or Active Directory, could not be completed, so the message could not be routed or checked. 4.4.3 is the usual form and signals a temporary failure, such as a resolver timing out, and the message stays queued. 5.4.3 means the reporting system treated the failed lookup as final, which is rare.</source>
        <comment>X.4.3/description</comment>
        <translation>Một lần tra cứu mà hệ thống thư phụ thuộc vào, thường là DNS và đôi khi là LDAP hoặc Active Directory, không thể hoàn tất, nên thư không thể được định tuyến hoặc kiểm tra. 4.4.3 là dạng thông thường và báo hiệu lỗi tạm thời, chẳng hạn trình phân giải hết thời gian chờ, và thư vẫn nằm trong hàng đợi. 5.4.3 nghĩa là hệ thống báo cáo xem lần tra cứu thất bại là kết luận cuối cùng, điều này hiếm gặp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen when a resolver times out or returns SERVFAIL while looking up MX or address records, or when a receiving server cannot complete a directory or DNS check on the sender or recipient.</source>
        <comment>X.4.3/when</comment>
        <translation>Xuất hiện khi trình phân giải hết thời gian chờ hoặc trả về SERVFAIL trong khi tra cứu bản ghi MX hoặc bản ghi địa chỉ, hoặc khi máy chủ nhận không thể hoàn tất việc kiểm tra thư mục hoặc DNS đối với người gửi hoặc người nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for the retries; most 4.4.3 deferrals clear once DNS recovers. If it continues for hours, ask the recipient whether their domain&apos;s DNS is working.</source>
        <comment>X.4.3/fix/sender</comment>
        <translation>Hãy chờ các lần thử lại; hầu hết các trường hợp hoãn gửi 4.4.3 sẽ hết khi DNS phục hồi. Nếu tình trạng kéo dài nhiều giờ, hãy hỏi người nhận xem DNS của tên miền họ có hoạt động không.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test your resolver with dig MX for the recipient domain and look for SERVFAIL, timeouts or DNSSEC validation failures. Make sure the MTA uses a working resolver, including the copy of resolv.conf inside a Postfix chroot.</source>
        <comment>X.4.3/fix/sendingServer</comment>
        <translation>Kiểm tra trình phân giải của bạn bằng dig MX cho tên miền người nhận và tìm SERVFAIL, hết thời gian chờ hoặc lỗi kiểm tra DNSSEC. Đảm bảo MTA dùng một trình phân giải hoạt động tốt, kể cả bản sao resolv.conf bên trong chroot của Postfix.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your server returned it, check the DNS or LDAP backend used for recipient, sender or SPF checks. Fix lame delegations, unreachable name servers or expired DNSSEC signatures on your own zone so that senders&apos; lookups succeed.</source>
        <comment>X.4.3/fix/receivingServer</comment>
        <translation>Nếu máy chủ của bạn trả về mã này, hãy kiểm tra hệ thống DNS hoặc LDAP phụ trợ dùng cho việc kiểm tra người nhận, người gửi hoặc SPF. Sửa các ủy quyền lỗi (lame delegation), máy chủ tên miền không truy cập được hoặc chữ ký DNSSEC hết hạn trên vùng của chính bạn để các lần tra cứu của người gửi thành công.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routing lookup</source>
        <comment>X.4.3/contexts/0/context</comment>
        <translation>Tra cứu định tuyến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sending server could not query DNS or a directory to find the next hop, and it will retry later.</source>
        <comment>X.4.3/contexts/0/meaning</comment>
        <translation>Máy chủ gửi không thể truy vấn DNS hoặc thư mục để tìm chặng kế tiếp, và sẽ thử lại sau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPF check at the receiver</source>
        <comment>X.4.3/contexts/1/context</comment>
        <translation>Kiểm tra SPF ở phía nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFC 7208 recommends 451 4.4.3 when SPF evaluation hits a temporary DNS error; RFC 7372 later added X.7.24 for SPF errors.</source>
        <comment>X.4.3/contexts/1/meaning</comment>
        <translation>RFC 7208 khuyến nghị 451 4.4.3 khi việc đánh giá SPF gặp lỗi DNS tạm thời; sau đó RFC 7372 bổ sung X.7.24 cho các lỗi SPF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.3 means the lookup itself failed and may succeed later, while X.4.4 means the lookup worked but returned no usable route.</source>
        <comment>X.4.3/confusedWith/X.4.4</comment>
        <translation>X.4.3 nghĩa là bản thân lần tra cứu thất bại và có thể thành công sau đó, còn X.4.4 nghĩa là lần tra cứu hoạt động nhưng không trả về tuyến đường nào dùng được.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.24 names an SPF evaluation error specifically, while X.4.3 is the general directory failure code that some servers still use for temporary SPF errors.</source>
        <comment>X.4.3/confusedWith/X.7.24</comment>
        <translation>X.7.24 chỉ đích danh lỗi đánh giá SPF, còn X.4.3 là mã lỗi thư mục chung mà một số máy chủ vẫn dùng cho lỗi SPF tạm thời.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unable to route</source>
        <comment>X.4.4/title</comment>
        <translation>Không thể định tuyến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mail system could not work out the next hop because the lookup returned no usable routing data, such as a domain that does not exist, has no MX or address records, or returns only an SOA record. As 5.4.4 it is a final bounce, typical for a misspelled or expired domain. As 4.4.4 the sender keeps retrying, which helps when the domain&apos;s DNS is only temporarily incomplete.</source>
        <comment>X.4.4/description</comment>
        <translation>Hệ thống thư không thể xác định chặng kế tiếp vì lần tra cứu không trả về dữ liệu định tuyến nào dùng được, chẳng hạn tên miền không tồn tại, không có bản ghi MX hay bản ghi địa chỉ, hoặc chỉ trả về bản ghi SOA. Ở dạng 5.4.4, đây là thư báo không gửi được cuối cùng, điển hình cho tên miền bị viết sai hoặc đã hết hạn. Ở dạng 4.4.4, phía người gửi tiếp tục thử lại, điều này hữu ích khi DNS của tên miền chỉ tạm thời chưa đầy đủ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by the sending server after DNS says the recipient domain does not exist or has neither MX nor A or AAAA records, for example Postfix logging Host or domain name not found.</source>
        <comment>X.4.4/when</comment>
        <translation>Được máy chủ gửi báo sau khi DNS cho biết tên miền người nhận không tồn tại hoặc không có cả bản ghi MX lẫn bản ghi A hay AAAA, ví dụ Postfix ghi nhật ký Host or domain name not found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the recipient address for a typo in the domain, such as gmial.com instead of gmail.com. If the domain is right, tell the recipient by another channel that their domain&apos;s mail records seem to be missing.</source>
        <comment>X.4.4/fix/sender</comment>
        <translation>Kiểm tra địa chỉ người nhận xem tên miền có lỗi chính tả không, chẳng hạn gmial.com thay vì gmail.com. Nếu tên miền đúng, hãy báo cho người nhận qua một kênh khác rằng các bản ghi thư của tên miền họ dường như bị thiếu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm with dig MX and dig A that the domain really has no route, and rule out split-horizon DNS or a stale resolver cache. Review transport maps or smarthost settings that may name a host that does not resolve.</source>
        <comment>X.4.4/fix/sendingServer</comment>
        <translation>Xác nhận bằng dig MX và dig A rằng tên miền thực sự không có tuyến đường, và loại trừ trường hợp DNS split-horizon hoặc bộ nhớ đệm trình phân giải đã cũ. Xem lại transport map hoặc thiết lập smarthost có thể đang nêu một máy chủ không phân giải được.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish MX records that point to host names with valid A or AAAA records, never to IP addresses or CNAMEs. Check that the domain registration has not expired and that its name server delegation is correct.</source>
        <comment>X.4.4/fix/receivingServer</comment>
        <translation>Công bố các bản ghi MX trỏ tới tên máy chủ có bản ghi A hoặc AAAA hợp lệ, không bao giờ trỏ tới địa chỉ IP hay CNAME. Kiểm tra rằng đăng ký tên miền chưa hết hạn và việc ủy quyền máy chủ tên miền là chính xác.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.4 means the lookup succeeded but gave no usable route, while X.4.3 means the lookup itself failed and may work later.</source>
        <comment>X.4.4/confusedWith/X.4.3</comment>
        <translation>X.4.4 nghĩa là lần tra cứu thành công nhưng không cho tuyến đường nào dùng được, còn X.4.3 nghĩa là bản thân lần tra cứu thất bại và có thể thành công sau đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.2 says the destination system in the address is invalid, while X.4.4 says no route to it could be found; servers use either one for a nonexistent domain.</source>
        <comment>X.4.4/confusedWith/X.1.2</comment>
        <translation>X.1.2 cho biết hệ thống đích trong địa chỉ không hợp lệ, còn X.4.4 cho biết không tìm được tuyến đường tới đó; các máy chủ dùng một trong hai mã này cho tên miền không tồn tại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.10 means the domain deliberately publishes a null MX to refuse all mail, while X.4.4 means routing data is missing or unusable.</source>
        <comment>X.4.4/confusedWith/X.1.10</comment>
        <translation>X.1.10 nghĩa là tên miền chủ ý công bố null MX để từ chối mọi thư, còn X.4.4 nghĩa là dữ liệu định tuyến bị thiếu hoặc không dùng được.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail system congestion</source>
        <comment>X.4.5/title</comment>
        <translation>Hệ thống thư bị nghẽn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message could not be delivered because the mail system, or the next hop, is overloaded, with too many connections, a full queue or exhausted resources. RFC 3463 treats it as transient and the registry pairs it with 451, so 4.4.5 is the normal form and the message is retried later. A 5.4.5 is a provider&apos;s own use for a hard limit, such as Gmail&apos;s daily sending quota.</source>
        <comment>X.4.5/description</comment>
        <translation>Không thể chuyển phát thư vì hệ thống thư, hoặc chặng kế tiếp, bị quá tải do quá nhiều kết nối, hàng đợi đầy hoặc cạn kiệt tài nguyên. RFC 3463 xem đây là tạm thời và sổ đăng ký ghép mã này với 451, nên 4.4.5 là dạng thông thường và thư sẽ được thử lại sau. 5.4.5 là cách dùng riêng của một nhà cung cấp cho một giới hạn cứng, chẳng hạn hạn mức gửi hằng ngày của Gmail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen as a deferral when a receiving or relaying server is overloaded or throttling connections, and from Gmail as 550 5.4.5 when an account exceeds its daily sending quota.</source>
        <comment>X.4.5/when</comment>
        <translation>Xuất hiện dưới dạng hoãn gửi khi một máy chủ nhận hoặc máy chủ chuyển tiếp (relay) bị quá tải hoặc đang điều tiết kết nối, và từ Gmail dưới dạng 550 5.4.5 khi một tài khoản vượt quá hạn mức gửi hằng ngày.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 4.4.5, wait; the message is queued and will be retried. For 5.4.5 from Gmail or a similar provider, you reached a daily sending limit: wait 24 hours, send to fewer recipients, or move bulk mail to a dedicated sending service.</source>
        <comment>X.4.5/fix/sender</comment>
        <translation>Với 4.4.5, hãy chờ; thư nằm trong hàng đợi và sẽ được thử lại. Với 5.4.5 từ Gmail hoặc một nhà cung cấp tương tự, bạn đã chạm giới hạn gửi hằng ngày: hãy chờ 24 giờ, gửi tới ít người nhận hơn, hoặc chuyển thư hàng loạt sang một dịch vụ gửi thư chuyên dụng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower concurrency and sending rate toward the destination, for example with Postfix default_destination_concurrency_limit or per-destination rate delays. Check your own queue size, disk space and process limits, and spread bulk traffic over time.</source>
        <comment>X.4.5/fix/sendingServer</comment>
        <translation>Giảm số kết nối đồng thời và tốc độ gửi tới đích đến đó, ví dụ bằng default_destination_concurrency_limit của Postfix hoặc độ trễ tốc độ (rate delay) theo từng đích đến. Kiểm tra kích thước hàng đợi, dung lượng đĩa và giới hạn tiến trình của chính bạn, và dàn trải lưu lượng gửi hàng loạt theo thời gian.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check load, queue depth, disk I/O and content-filter capacity, and raise connection or process limits if the hardware allows. Return 4.4.5 only while the overload lasts, so senders back off and retry.</source>
        <comment>X.4.5/fix/receivingServer</comment>
        <translation>Kiểm tra tải, độ sâu hàng đợi, I/O đĩa và năng lực của bộ lọc nội dung, và tăng giới hạn kết nối hoặc tiến trình nếu phần cứng cho phép. Chỉ trả về 4.4.5 trong khi tình trạng quá tải còn kéo dài, để người gửi giảm tốc và thử lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.2 says the host is not accepting messages at all, for example during maintenance, while X.4.5 says it accepts mail but is too congested right now.</source>
        <comment>X.4.5/confusedWith/X.3.2</comment>
        <translation>X.3.2 cho biết máy chủ hoàn toàn không nhận thư, ví dụ trong khi bảo trì, còn X.4.5 cho biết máy chủ có nhận thư nhưng hiện đang quá nghẽn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>421 closes the session, often because of the same overload, while X.4.5 usually arrives with 451 and describes congestion without ending the session.</source>
        <comment>X.4.5/confusedWith/421</comment>
        <translation>421 đóng phiên, thường cũng vì tình trạng quá tải như vậy, còn X.4.5 thường đi kèm 451 và mô tả tình trạng nghẽn mà không kết thúc phiên.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily Sending Limit Exceeded</source>
        <comment>5.4.5@Google/title</comment>
        <translation>Vượt quá giới hạn gửi hằng ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google returns 550 5.4.5 when a user exceeded the daily sending limit, or when a Google Workspace SMTP relay account exceeded its daily relay limit. The message is not sent, and sending becomes possible again after the limit period. The registry meaning of X.4.5, mail system congestion, does not describe this case.</source>
        <comment>5.4.5@Google/description</comment>
        <translation>Google trả về 550 5.4.5 khi người dùng vượt quá giới hạn gửi hằng ngày, hoặc khi tài khoản dịch vụ chuyển tiếp (relay) SMTP của Google Workspace vượt quá giới hạn chuyển tiếp hằng ngày. Thư không được gửi, và có thể gửi lại sau khi hết khoảng thời gian giới hạn. Ý nghĩa của X.4.5 trong sổ đăng ký, tức hệ thống thư bị nghẽn, không mô tả trường hợp này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned when a Gmail or Workspace user, or a device using the Workspace SMTP relay, submits mail beyond the daily quota.</source>
        <comment>5.4.5@Google/when</comment>
        <translation>Được trả về khi người dùng Gmail hoặc Workspace, hoặc một thiết bị dùng dịch vụ chuyển tiếp (relay) SMTP của Workspace, gửi thư vượt quá hạn mức hằng ngày.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop sending for now and try again later, which can take up to 24 hours. For large mailings, use a bulk email service instead of your mailbox.</source>
        <comment>5.4.5@Google/fix/sender</comment>
        <translation>Tạm ngừng gửi và thử lại sau, có thể phải chờ tới 24 giờ. Với các đợt gửi thư lớn, hãy dùng dịch vụ email hàng loạt thay vì hộp thư của bạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread relay traffic over more users or more time, review Google&apos;s sending and relay limits, and check for compromised accounts or scripts that send unexpected volume.</source>
        <comment>5.4.5@Google/fix/sendingServer</comment>
        <translation>Dàn trải lưu lượng chuyển tiếp (relay) cho nhiều người dùng hơn hoặc trong thời gian dài hơn, xem lại các giới hạn gửi và chuyển tiếp của Google, và kiểm tra các tài khoản hoặc script bị xâm nhập đang gửi lượng thư bất thường.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.5 in the registry means mail system congestion, while Google&apos;s 5.4.5 means the sender exceeded a daily sending or relay limit.</source>
        <comment>5.4.5@Google/confusedWith/X.4.5</comment>
        <translation>X.4.5 trong sổ đăng ký có nghĩa là hệ thống thư bị nghẽn, trong khi 5.4.5 của Google có nghĩa là người gửi đã vượt quá giới hạn gửi hoặc giới hạn chuyển tiếp (relay) hằng ngày.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.2.2 is Exchange Online&apos;s code for a sender over its rate limits, while 5.4.5 is Google&apos;s code for a sender over its daily limit.</source>
        <comment>5.4.5@Google/confusedWith/5.2.2@Microsoft</comment>
        <translation>5.2.2 là mã của Exchange Online cho người gửi vượt quá giới hạn tốc độ, trong khi 5.4.5 là mã của Google cho người gửi vượt quá giới hạn hằng ngày.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routing loop detected</source>
        <comment>X.4.6/title</comment>
        <translation>Phát hiện vòng lặp định tuyến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message was passed around too many times, because of a routing misconfiguration or mailboxes forwarding to each other, and a server stopped it by counting hops or Received header fields. RFC 3463 lists it as transient, but 5.4.6 is the common form in practice because a loop rarely fixes itself. A 4.4.6 means the system will try again later.</source>
        <comment>X.4.6/description</comment>
        <translation>Thư đã bị chuyển qua lại quá nhiều lần, do cấu hình định tuyến sai hoặc các hộp thư chuyển tiếp cho nhau, và một máy chủ đã chặn thư lại bằng cách đếm số chặng hoặc số trường tiêu đề Received. RFC 3463 liệt kê mã này là tạm thời, nhưng trên thực tế 5.4.6 là dạng phổ biến vì vòng lặp hiếm khi tự hết. 4.4.6 nghĩa là hệ thống sẽ thử lại sau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued when a message exceeds a hop limit, such as Postfix hopcount_limit of 50 Received headers, or when a server finds that the next hop is itself, as in Postfix&apos;s mail for the domain loops back to myself.</source>
        <comment>X.4.6/when</comment>
        <translation>Được đưa ra khi thư vượt quá giới hạn số chặng, chẳng hạn hopcount_limit của Postfix là 50 tiêu đề Received, hoặc khi một máy chủ phát hiện chặng kế tiếp chính là bản thân nó, như thông báo mail for the domain loops back to myself của Postfix.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your own forwarding rules and ask the recipient about theirs: two mailboxes forwarding to each other cause this. Remove or correct the forward, then send again.</source>
        <comment>X.4.6/fix/sender</comment>
        <translation>Kiểm tra các quy tắc chuyển tiếp thư của bạn và hỏi người nhận về quy tắc của họ: hai hộp thư chuyển tiếp cho nhau sẽ gây ra lỗi này. Xóa hoặc sửa quy tắc chuyển tiếp, sau đó gửi lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the Received header fields in the bounce to see which hosts repeat. Common causes are a domain missing from Postfix mydestination or virtual domains, an MX pointing back at the sender, or a smarthost that returns the mail.</source>
        <comment>X.4.6/fix/sendingServer</comment>
        <translation>So sánh các trường tiêu đề Received trong thư báo không gửi được để xem những máy chủ nào lặp lại. Nguyên nhân thường gặp là một tên miền bị thiếu trong mydestination hoặc danh sách tên miền ảo của Postfix, một MX trỏ ngược về người gửi, hoặc một smarthost gửi trả thư lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure your server treats the domains it is MX for as final destinations or relays them to a distinct next hop. Check aliases, Sieve or forwarding rules and mailing list setups that send copies back to the same address.</source>
        <comment>X.4.6/fix/receivingServer</comment>
        <translation>Đảm bảo máy chủ của bạn xem các tên miền mà nó làm MX là đích đến cuối cùng, hoặc chuyển tiếp (relay) thư của chúng tới một chặng kế tiếp khác. Kiểm tra bí danh, Sieve hoặc quy tắc chuyển tiếp thư và các thiết lập danh sách thư gửi bản sao ngược về chính địa chỉ đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.4 means no route could be found at all, while X.4.6 means a route exists but leads the message in circles.</source>
        <comment>X.4.6/confusedWith/X.4.4</comment>
        <translation>X.4.4 nghĩa là hoàn toàn không tìm được tuyến đường nào, còn X.4.6 nghĩa là có tuyến đường nhưng nó dẫn thư đi vòng quanh.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.7 says the message grew too old in a queue, while X.4.6 says it was forwarded too many times, even if quickly.</source>
        <comment>X.4.6/confusedWith/X.4.7</comment>
        <translation>X.4.7 cho biết thư đã nằm quá lâu trong hàng đợi, còn X.4.6 cho biết thư đã bị chuyển tiếp quá nhiều lần, dù có thể rất nhanh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery time expired</source>
        <comment>X.4.7/title</comment>
        <translation>Hết thời hạn chuyển phát</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message stayed undelivered longer than a queue&apos;s lifetime, or than a time limit the sender set, so the system stopped trying. 4.4.7 normally appears in delay warnings while retries continue, and 5.4.7 in the final bounce, although Exchange reports its final expiry as 550 4.4.7 QUEUE.Expired. RFC 3463 prefers reporting the underlying problem, so look for the last error in the bounce.</source>
        <comment>X.4.7/description</comment>
        <translation>Thư không được chuyển phát trong thời gian dài hơn thời gian tồn tại của hàng đợi, hoặc dài hơn giới hạn thời gian mà người gửi đặt ra, nên hệ thống đã ngừng thử lại. 4.4.7 thường xuất hiện trong cảnh báo trễ khi việc thử lại vẫn tiếp tục, còn 5.4.7 xuất hiện trong thư báo không gửi được cuối cùng, mặc dù Exchange báo việc hết hạn cuối cùng bằng 550 4.4.7 QUEUE.Expired. RFC 3463 ưu tiên báo sự cố gốc, vì vậy hãy tìm lỗi cuối cùng trong thư báo không gửi được.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated by the sending side after repeated deferrals, typically when Postfix maximal_queue_lifetime (5 days by default), Exchange MessageExpirationTimeout or Exim retry rules run out.</source>
        <comment>X.4.7/when</comment>
        <translation>Được phía gửi tạo ra sau nhiều lần hoãn gửi liên tiếp, thường khi maximal_queue_lifetime của Postfix (mặc định 5 ngày), MessageExpirationTimeout của Exchange hoặc quy tắc thử lại của Exim hết hạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the earlier error quoted in the bounce, such as a connection timeout or a repeated 4xx refusal, since that is the real cause. Check the recipient address and ask the recipient whether their server has had problems, then send again.</source>
        <comment>X.4.7/fix/sender</comment>
        <translation>Đọc lỗi trước đó được trích trong thư báo không gửi được, chẳng hạn kết nối hết thời gian chờ hoặc một lời từ chối 4xx lặp lại, vì đó mới là nguyên nhân thực sự. Kiểm tra địa chỉ người nhận và hỏi người nhận xem máy chủ của họ có gặp sự cố không, sau đó gửi lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up the message&apos;s log history for the repeated deferral reason, such as greylisting retried from changing IP addresses, DNS failures or blocked port 25. Fix that cause; raise the queue lifetime only if longer retries are really useful.</source>
        <comment>X.4.7/fix/sendingServer</comment>
        <translation>Tra lịch sử nhật ký của thư để tìm lý do hoãn gửi lặp lại, chẳng hạn danh sách xám (greylisting) bị thử lại từ các địa chỉ IP thay đổi, lỗi DNS hoặc cổng 25 bị chặn. Khắc phục nguyên nhân đó; chỉ tăng thời gian tồn tại của hàng đợi nếu việc thử lại lâu hơn thực sự có ích.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check whether you deferred this sender for days through greylisting, rate limits, a block list answered with 4xx, or an overloaded filter. Either accept the mail or reject it with a clear 5xx so the sender learns the reason quickly.</source>
        <comment>X.4.7/fix/receivingServer</comment>
        <translation>Kiểm tra xem bạn có hoãn nhận thư từ người gửi này trong nhiều ngày hay không, do danh sách xám (greylisting), giới hạn tốc độ, một danh sách chặn trả lời bằng 4xx, hoặc một bộ lọc quá tải. Hoặc nhận thư, hoặc từ chối bằng một mã 5xx rõ ràng để người gửi nhanh chóng biết lý do.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay notification</source>
        <comment>X.4.7/contexts/0/context</comment>
        <translation>Thông báo trễ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A 4.4.7 in a warning message says the message is still queued and the server keeps retrying.</source>
        <comment>X.4.7/contexts/0/meaning</comment>
        <translation>Mã 4.4.7 trong thư cảnh báo cho biết thư vẫn nằm trong hàng đợi và máy chủ tiếp tục thử lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final bounce</source>
        <comment>X.4.7/contexts/1/context</comment>
        <translation>Thư báo không gửi được cuối cùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A 5.4.7, or Exchange&apos;s 550 4.4.7, says the queue lifetime ran out and the message was returned undelivered.</source>
        <comment>X.4.7/contexts/1/meaning</comment>
        <translation>Mã 5.4.7, hoặc 550 4.4.7 của Exchange, cho biết thời gian tồn tại trong hàng đợi đã hết và thư bị trả về mà chưa được chuyển phát.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.1 describes a failed connection attempt that will be retried, while X.4.7 reports that all retries over the queue lifetime failed.</source>
        <comment>X.4.7/confusedWith/X.4.1</comment>
        <translation>X.4.1 mô tả một lần thử kết nối thất bại sẽ được thử lại, còn X.4.7 báo rằng mọi lần thử lại trong suốt thời gian tồn tại của hàng đợi đều thất bại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.6 stops a message that was forwarded in circles, while X.4.7 stops a message that waited too long in a queue.</source>
        <comment>X.4.7/confusedWith/X.4.6</comment>
        <translation>X.4.6 chặn một thư bị chuyển tiếp vòng quanh, còn X.4.7 chặn một thư đã chờ quá lâu trong hàng đợi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message Expired in Queue</source>
        <comment>4.4.7@Microsoft/title</comment>
        <translation>Thư hết hạn trong hàng đợi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Exchange Online, 4.4.7 means a queued message expired before the service could relay or deliver it. Microsoft notes it can also follow a header limit on the remote server, such as too many recipients, or another protocol time-out with that server. The problem usually lies on the receiving side.</source>
        <comment>4.4.7@Microsoft/description</comment>
        <translation>Trong Exchange Online, 4.4.7 có nghĩa là một thư trong hàng đợi đã hết hạn trước khi dịch vụ có thể chuyển tiếp (relay) hoặc chuyển phát nó. Microsoft lưu ý rằng mã này cũng có thể xuất hiện do giới hạn tiêu đề trên máy chủ từ xa, chẳng hạn quá nhiều người nhận, hoặc do một lỗi hết thời gian chờ giao thức khác với máy chủ đó. Sự cố thường nằm ở phía nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appears in a delay notice or bounce after Exchange Online kept retrying delivery to an external server until the message expiration time.</source>
        <comment>4.4.7@Microsoft/when</comment>
        <translation>Xuất hiện trong thông báo chậm trễ hoặc thư báo không gửi được sau khi Exchange Online liên tục thử lại việc chuyển phát tới một máy chủ bên ngoài cho đến thời điểm hết hạn của thư.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the recipient address and resend later. If the message had many recipients at the same domain, split it into smaller batches.</source>
        <comment>4.4.7@Microsoft/fix/sender</comment>
        <translation>Kiểm tra địa chỉ người nhận và gửi lại sau. Nếu thư có nhiều người nhận ở cùng một tên miền, hãy chia thành các đợt nhỏ hơn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use message trace to see the deferral reason before expiry, and test the destination with the Microsoft Remote Connectivity Analyzer. Reduce the number of recipients per message if the remote host limits headers.</source>
        <comment>4.4.7@Microsoft/fix/sendingServer</comment>
        <translation>Dùng công cụ theo dõi thư (message trace) để xem lý do trì hoãn trước khi hết hạn, và kiểm tra đích bằng Microsoft Remote Connectivity Analyzer. Giảm số người nhận mỗi thư nếu máy chủ từ xa giới hạn tiêu đề.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm your server is reachable on port 25 from Microsoft 365, that firewalls or filters are not timing out sessions, and that header or recipient limits are not set too low.</source>
        <comment>4.4.7@Microsoft/fix/receivingServer</comment>
        <translation>Xác nhận rằng máy chủ của bạn có thể được truy cập trên cổng 25 từ Microsoft 365, rằng tường lửa hoặc bộ lọc không làm các phiên bị hết thời gian chờ, và rằng giới hạn tiêu đề hoặc giới hạn người nhận không bị đặt quá thấp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.7 is the registry entry for any expired delivery time, while 4.4.7 in Exchange Online bounces also covers Microsoft&apos;s specific causes such as header limits on the remote server.</source>
        <comment>4.4.7@Microsoft/confusedWith/X.4.7</comment>
        <translation>X.4.7 là mục trong sổ đăng ký cho mọi trường hợp hết thời hạn chuyển phát, trong khi 4.4.7 trong thư báo không gửi được của Exchange Online còn bao gồm các nguyên nhân riêng của Microsoft như giới hạn tiêu đề trên máy chủ từ xa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4.4.316 means Exchange Online could not connect to the external server at all, while 4.4.7 means delivery attempts continued until the message expired.</source>
        <comment>4.4.7@Microsoft/confusedWith/4.4.316@Microsoft</comment>
        <translation>4.4.316 có nghĩa là Exchange Online hoàn toàn không thể kết nối tới máy chủ bên ngoài, trong khi 4.4.7 có nghĩa là các lần thử chuyển phát vẫn tiếp tục cho đến khi thư hết hạn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hop Count Exceeded in Exchange Online</source>
        <comment>5.4.14@Microsoft/title</comment>
        <translation>Vượt quá số chặng trong Exchange Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.4.14 with &quot;Hop count exceeded - possible mail loop&quot; when a message is passed around until the hop limit is reached. On-premises Exchange reports the same condition as 5.4.6, so hybrid organizations may see either code. Causes are usually accepted domain or hybrid connector misconfiguration, or forwarding that sends mail back and forth.</source>
        <comment>5.4.14@Microsoft/description</comment>
        <translation>Exchange Online trả về 5.4.14 kèm &quot;Hop count exceeded - possible mail loop&quot; khi một thư bị chuyển qua lại cho đến khi đạt giới hạn số chặng. Exchange tại chỗ (on-premises) báo cùng tình trạng này bằng 5.4.6, vì vậy các tổ chức dùng môi trường kết hợp (hybrid) có thể gặp một trong hai mã. Nguyên nhân thường là cấu hình sai tên miền được chấp nhận hoặc connector của môi trường kết hợp, hoặc việc chuyển tiếp khiến thư bị gửi qua lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after a message bounced between Exchange Online and another system, often an on-premises server in a hybrid deployment, until the hop limit stopped it.</source>
        <comment>5.4.14@Microsoft/when</comment>
        <translation>Được trả về sau khi một thư bị chuyển qua lại giữa Exchange Online và một hệ thống khác, thường là máy chủ tại chỗ trong một triển khai kết hợp (hybrid), cho đến khi giới hạn số chặng chặn nó lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact your email administrator, as this cannot be fixed from the mail client. Mention any automatic forwarding that you or the recipient set up.</source>
        <comment>5.4.14@Microsoft/fix/sender</comment>
        <translation>Hãy liên hệ quản trị viên email của bạn, vì lỗi này không thể khắc phục từ trình khách thư. Hãy nêu mọi quy tắc chuyển tiếp tự động mà bạn hoặc người nhận đã thiết lập.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the recipient domain is an authoritative accepted domain where appropriate, and that the hybrid outbound connector uses smart host routing to the on-premises server. Rerun the Hybrid Configuration Wizard and look for inbox or mail flow rules that forward mail in a circle.</source>
        <comment>5.4.14@Microsoft/fix/receivingServer</comment>
        <translation>Kiểm tra rằng tên miền người nhận là tên miền được chấp nhận loại Authoritative khi phù hợp, và rằng connector chiều đi (outbound connector) của môi trường kết hợp (hybrid) dùng định tuyến smart host tới máy chủ tại chỗ. Chạy lại Hybrid Configuration Wizard và tìm các quy tắc hộp thư đến hoặc quy tắc luồng thư (mail flow rule) chuyển tiếp thư theo vòng tròn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.6 is the registry code for a routing loop, which on-premises Exchange sends as 5.4.6, while 5.4.14 is Exchange Online&apos;s own code for the same kind of loop.</source>
        <comment>5.4.14@Microsoft/confusedWith/X.4.6</comment>
        <translation>X.4.6 là mã trong sổ đăng ký cho vòng lặp định tuyến, mà Exchange tại chỗ gửi dưới dạng 5.4.6, trong khi 5.4.14 là mã riêng của Exchange Online cho cùng loại vòng lặp đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.4.1 means the domain or address is refused outright, while 5.4.14 means it was accepted but routed in a loop.</source>
        <comment>5.4.14@Microsoft/confusedWith/5.4.1@Microsoft</comment>
        <translation>5.4.1 có nghĩa là tên miền hoặc địa chỉ bị từ chối dứt khoát, trong khi 5.4.14 có nghĩa là thư đã được chấp nhận nhưng bị định tuyến theo vòng lặp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection Refused by External Server</source>
        <comment>4.4.316@Microsoft/title</comment>
        <translation>Máy chủ bên ngoài từ chối kết nối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online uses 4.4.316 when its attempts to connect to an email server outside Microsoft 365 fail because of a network problem at the external server&apos;s location, typically shown as a refused connection with socket error 10061. The error usually includes the IP address involved, which identifies who must fix it.</source>
        <comment>4.4.316@Microsoft/description</comment>
        <translation>Exchange Online dùng 4.4.316 khi các lần thử kết nối tới một máy chủ thư bên ngoài Microsoft 365 thất bại do sự cố mạng tại phía máy chủ bên ngoài, thường được thể hiện là kết nối bị từ chối với lỗi socket 10061. Thông báo lỗi thường kèm địa chỉ IP liên quan, giúp xác định ai phải khắc phục.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appears in message trace or delay notices while Exchange Online retries outbound delivery to an external host.</source>
        <comment>4.4.316@Microsoft/when</comment>
        <translation>Xuất hiện trong công cụ theo dõi thư (message trace) hoặc thông báo chậm trễ trong khi Exchange Online thử lại việc chuyển phát chiều đi tới một máy chủ bên ngoài.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No change to the message is needed, because Exchange Online keeps retrying. If the delay lasts, tell the recipient that their mail server is not accepting connections.</source>
        <comment>4.4.316@Microsoft/fix/sender</comment>
        <translation>Không cần thay đổi gì ở thư, vì Exchange Online sẽ tiếp tục thử lại. Nếu tình trạng chậm trễ kéo dài, hãy báo cho người nhận rằng máy chủ thư của họ không chấp nhận kết nối.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the IP address in the error with the destination&apos;s MX records, and make sure no outbound connector still routes mail to an old smart host. Watch the retries in message trace.</source>
        <comment>4.4.316@Microsoft/fix/sendingServer</comment>
        <translation>So sánh địa chỉ IP trong thông báo lỗi với các bản ghi MX của đích, và bảo đảm không còn connector chiều đi (outbound connector) nào vẫn định tuyến thư tới một smart host cũ. Theo dõi các lần thử lại trong công cụ theo dõi thư (message trace).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure the mail service is listening on port 25, that firewalls allow Microsoft 365 outbound IP ranges, and that your MX records point to the correct, running host.</source>
        <comment>4.4.316@Microsoft/fix/receivingServer</comment>
        <translation>Bảo đảm dịch vụ thư đang lắng nghe trên cổng 25, tường lửa cho phép các dải IP chiều đi của Microsoft 365, và các bản ghi MX của bạn trỏ tới đúng máy chủ đang hoạt động.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.1 is the registry code for a host that did not answer, while 4.4.316 is Exchange Online&apos;s own code for a connection the external server refused.</source>
        <comment>4.4.316@Microsoft/confusedWith/X.4.1</comment>
        <translation>X.4.1 là mã trong sổ đăng ký cho máy chủ không trả lời, trong khi 4.4.316 là mã riêng của Exchange Online cho kết nối bị máy chủ bên ngoài từ chối.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>421 comes from a server that accepted the connection and then closed it, while 4.4.316 means the TCP connection was never established.</source>
        <comment>4.4.316@Microsoft/confusedWith/421</comment>
        <translation>421 đến từ một máy chủ đã chấp nhận kết nối rồi đóng nó, trong khi 4.4.316 có nghĩa là kết nối TCP chưa bao giờ được thiết lập.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other protocol status</source>
        <comment>X.5.0/title</comment>
        <translation>Trạng thái giao thức khác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something in the SMTP exchange is being reported that no more specific X.5 code describes. The registry pairs it with many replies, from 220 and 250 through 451, 454 and 501 to 554, so the class carries most of the meaning. 2.5.0 is a plain acknowledgment, 4.5.0 a temporary protocol problem worth retrying, and 5.5.0 a protocol failure that needs a change on the client side.</source>
        <comment>X.5.0/description</comment>
        <translation>Một điều gì đó trong quá trình trao đổi SMTP đang được báo mà không mã X.5 cụ thể hơn nào mô tả được. Sổ đăng ký ghép mã này với nhiều phản hồi, từ 220 và 250 qua 451, 454 và 501 đến 554, nên lớp mang phần lớn ý nghĩa. 2.5.0 là một xác nhận đơn thuần, 4.5.0 là sự cố giao thức tạm thời đáng để thử lại, và 5.5.0 là lỗi giao thức cần thay đổi ở phía máy khách.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to almost any command when the server has no finer code, either to acknowledge it or to refuse an exchange that breaks the protocol in a way it does not classify further.</source>
        <comment>X.5.0/when</comment>
        <translation>Được trả về cho hầu như bất kỳ lệnh nào khi máy chủ không có mã chi tiết hơn, hoặc để xác nhận lệnh, hoặc để từ chối một trao đổi vi phạm giao thức theo cách mà máy chủ không phân loại thêm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed for 2.5.0, which only acknowledges a command.</source>
        <comment>X.5.0/fix/general</comment>
        <translation>Không cần làm gì với 2.5.0, mã này chỉ xác nhận một lệnh.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 4.5.0, let the mail client retry. For 5.5.0, update or reconfigure the client, since it is speaking SMTP in a way the server does not accept.</source>
        <comment>X.5.0/fix/sender</comment>
        <translation>Với 4.5.0, hãy để ứng dụng thư tự thử lại. Với 5.5.0, hãy cập nhật hoặc cấu hình lại ứng dụng thư, vì nó đang giao tiếp SMTP theo cách mà máy chủ không chấp nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture the session, for example with Postfix debug_peer_list, Exim debug output or a packet capture, and compare the commands with what the EHLO reply advertised. Look for pipelining errors, extensions used without being offered, or middleboxes rewriting the session.</source>
        <comment>X.5.0/fix/sendingServer</comment>
        <translation>Ghi lại phiên, ví dụ bằng debug_peer_list của Postfix, đầu ra gỡ lỗi của Exim hoặc bắt gói tin, và so sánh các lệnh với những gì phản hồi EHLO đã công bố. Tìm lỗi pipelining, phần mở rộng được dùng khi không được cung cấp, hoặc các thiết bị trung gian viết lại phiên.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefer specific codes such as X.5.1, X.5.2 or X.5.4 so clients can tell what went wrong, and log the rejected command line.</source>
        <comment>X.5.0/fix/receivingServer</comment>
        <translation>Ưu tiên dùng các mã cụ thể như X.5.1, X.5.2 hoặc X.5.4 để máy khách biết điều gì đã sai, và ghi nhật ký dòng lệnh bị từ chối.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.0.0 leaves even the subject of the status unknown, while X.5.0 at least places it in the SMTP protocol exchange.</source>
        <comment>X.5.0/confusedWith/X.0.0</comment>
        <translation>X.0.0 để ngỏ ngay cả chủ đề của trạng thái, còn X.5.0 ít nhất cũng xác định trạng thái thuộc về quá trình trao đổi giao thức SMTP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.5.1 says a specific command was unsupported or out of sequence, while X.5.0 reports a protocol issue without saying which kind.</source>
        <comment>X.5.0/confusedWith/X.5.1</comment>
        <translation>X.5.1 cho biết một lệnh cụ thể không được hỗ trợ hoặc sai thứ tự, còn X.5.0 báo một vấn đề giao thức mà không nói rõ thuộc loại nào.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid command</source>
        <comment>X.5.1/title</comment>
        <translation>Lệnh không hợp lệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client sent a command the server does not support, or sent it at the wrong point in the session, such as DATA before RCPT TO or MAIL FROM before logging in. Its meaning varies with the basic code it accompanies. RFC 3463 calls it permanent, so 5.5.1 is the norm and resending the same sequence fails again; a 4.5.1 is rare and signals a temporary state.</source>
        <comment>X.5.1/description</comment>
        <translation>Máy khách đã gửi một lệnh mà máy chủ không hỗ trợ, hoặc gửi lệnh sai thời điểm trong phiên, chẳng hạn DATA trước RCPT TO hoặc MAIL FROM trước khi đăng nhập. Ý nghĩa của mã thay đổi theo mã phản hồi cơ bản đi kèm. RFC 3463 xem mã này là vĩnh viễn, nên 5.5.1 là dạng chuẩn và gửi lại cùng một trình tự sẽ lại thất bại; 4.5.1 hiếm gặp và báo hiệu một trạng thái tạm thời.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to the offending command, for example 503 5.5.1 after RCPT TO without MAIL FROM, or 530 5.5.1 when a client tries MAIL FROM on a submission server without logging in.</source>
        <comment>X.5.1/when</comment>
        <translation>Được trả về cho lệnh vi phạm, ví dụ 503 5.5.1 sau RCPT TO mà không có MAIL FROM, hoặc 530 5.5.1 khi máy khách thử MAIL FROM trên máy chủ tiếp nhận thư gửi đi (submission) mà chưa đăng nhập.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the text says authentication is required, turn on SMTP authentication in your mail client with your full address and password or an app password, using port 587 with STARTTLS or 465 with TLS. Otherwise update the client or script that sends the mail.</source>
        <comment>X.5.1/fix/sender</comment>
        <translation>Nếu văn bản cho biết cần xác thực, hãy bật xác thực SMTP trong ứng dụng thư với địa chỉ đầy đủ và mật khẩu của bạn hoặc một mật khẩu ứng dụng, dùng cổng 587 với STARTTLS hoặc 465 với TLS. Nếu không, hãy cập nhật ứng dụng thư hoặc script gửi thư.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check command order and extensions: pipeline only if the server advertised PIPELINING, send EHLO again after STARTTLS, and authenticate before MAIL FROM where required. For a smarthost, configure credentials, for example Postfix smtp_sasl_auth_enable and smtp_sasl_password_maps.</source>
        <comment>X.5.1/fix/sendingServer</comment>
        <translation>Kiểm tra thứ tự lệnh và các phần mở rộng: chỉ dùng pipelining nếu máy chủ đã công bố PIPELINING, gửi lại EHLO sau STARTTLS, và xác thực trước MAIL FROM khi được yêu cầu. Với smarthost, hãy cấu hình thông tin đăng nhập, ví dụ smtp_sasl_auth_enable và smtp_sasl_password_maps của Postfix.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure the commands and extensions you advertise match what you accept, and that submission ports offer AUTH once STARTTLS is active. Log the rejected command so users can be told exactly what to change.</source>
        <comment>X.5.1/fix/receivingServer</comment>
        <translation>Đảm bảo các lệnh và phần mở rộng bạn công bố khớp với những gì bạn chấp nhận, và các cổng submission cung cấp AUTH khi STARTTLS đã hoạt động. Ghi nhật ký lệnh bị từ chối để có thể cho người dùng biết chính xác cần thay đổi gì.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With 500 or 502</source>
        <comment>X.5.1/contexts/0/context</comment>
        <translation>Kèm 500 hoặc 502</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command is unknown to this server or not implemented.</source>
        <comment>X.5.1/contexts/0/meaning</comment>
        <translation>Máy chủ này không biết lệnh đó hoặc chưa triển khai lệnh đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With 503</source>
        <comment>X.5.1/contexts/1/context</comment>
        <translation>Kèm 503</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command is valid but came out of order, such as RCPT TO before MAIL FROM.</source>
        <comment>X.5.1/contexts/1/meaning</comment>
        <translation>Lệnh hợp lệ nhưng đến sai thứ tự, chẳng hạn RCPT TO trước MAIL FROM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With 530</source>
        <comment>X.5.1/contexts/2/context</comment>
        <translation>Kèm 530</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server requires AUTH, usually after STARTTLS, before it accepts mail commands, as in Gmail&apos;s 530 5.5.1 Authentication Required.</source>
        <comment>X.5.1/contexts/2/meaning</comment>
        <translation>Máy chủ yêu cầu AUTH, thường sau STARTTLS, trước khi chấp nhận các lệnh gửi thư, như trong phản hồi 530 5.5.1 Authentication Required của Gmail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.5.2 means the command could not be parsed, while X.5.1 means it was understood but is unsupported or out of sequence.</source>
        <comment>X.5.1/confusedWith/X.5.2</comment>
        <translation>X.5.2 nghĩa là không thể phân tích lệnh, còn X.5.1 nghĩa là lệnh được hiểu nhưng không được hỗ trợ hoặc sai thứ tự.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>530 is the basic reply for authentication required, and pairing it with X.5.1 presents the missing login as an invalid command sequence rather than as a security policy under X.7.0.</source>
        <comment>X.5.1/confusedWith/530</comment>
        <translation>530 là mã phản hồi cơ bản cho việc yêu cầu xác thực, và việc ghép nó với X.5.1 trình bày việc thiếu đăng nhập như một trình tự lệnh không hợp lệ thay vì một chính sách bảo mật thuộc X.7.0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syntax error</source>
        <comment>X.5.2/title</comment>
        <translation>Lỗi cú pháp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server could not interpret a command because its syntax was wrong or the command name was not recognized, for example a malformed MAIL FROM address or undecodable Base64 during AUTH. RFC 3463 calls it permanent, so 5.5.2 means the client must change what it sends. A 4.5.2 is unusual and points to a temporary parsing or state problem.</source>
        <comment>X.5.2/description</comment>
        <translation>Máy chủ không thể diễn giải một lệnh vì cú pháp sai hoặc không nhận diện được tên lệnh, ví dụ địa chỉ MAIL FROM sai định dạng hoặc dữ liệu Base64 không giải mã được trong khi AUTH. RFC 3463 xem mã này là vĩnh viễn, nên 5.5.2 nghĩa là máy khách phải thay đổi nội dung gửi đi. 4.5.2 là bất thường và cho thấy một sự cố tạm thời về phân tích cú pháp hoặc trạng thái.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to a command the server cannot parse, such as MAIL FROM with spaces or without brackets around the address, an unknown verb from a scanner or web client, or an invalid AUTH response.</source>
        <comment>X.5.2/when</comment>
        <translation>Được trả về cho một lệnh mà máy chủ không phân tích được, chẳng hạn MAIL FROM có khoảng trắng hoặc thiếu dấu ngoặc quanh địa chỉ, một động từ lạ từ máy quét hoặc ứng dụng web, hoặc một phản hồi AUTH không hợp lệ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the sender and recipient addresses contain no spaces, stray quotes or display names. If a script, printer or device sends the mail, update it or switch it to a standard mail library.</source>
        <comment>X.5.2/fix/sender</comment>
        <translation>Kiểm tra rằng địa chỉ người gửi và người nhận không chứa khoảng trắng, dấu nháy thừa hoặc tên hiển thị. Nếu thư được gửi từ một script, máy in hoặc thiết bị, hãy cập nhật nó hoặc chuyển sang dùng một thư viện thư tiêu chuẩn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture the session and check each command against RFC 5321: the address follows MAIL FROM: in angle brackets with no space, lines end with CRLF, and AUTH data is valid Base64. Newer servers also reject bare LF line endings.</source>
        <comment>X.5.2/fix/sendingServer</comment>
        <translation>Ghi lại phiên và đối chiếu từng lệnh với RFC 5321: địa chỉ theo sau MAIL FROM: trong dấu ngoặc nhọn, không có khoảng trắng, các dòng kết thúc bằng CRLF, và dữ liệu AUTH là Base64 hợp lệ. Các máy chủ mới hơn cũng từ chối ký tự xuống dòng LF đơn lẻ (bare LF).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If legitimate clients hit this, check whether strict parsing options, such as Postfix strict_rfc821_envelopes or bare newline rejection, are stricter than your senders can handle. For SPF permerror, tell the sending domain to fix its SPF record.</source>
        <comment>X.5.2/fix/receivingServer</comment>
        <translation>Nếu các máy khách hợp lệ gặp lỗi này, hãy kiểm tra xem các tùy chọn phân tích nghiêm ngặt, như strict_rfc821_envelopes của Postfix hoặc việc từ chối ký tự xuống dòng đơn lẻ, có chặt hơn mức mà người gửi của bạn đáp ứng được không. Với permerror của SPF, hãy yêu cầu tên miền gửi sửa bản ghi SPF của họ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During AUTH</source>
        <comment>X.5.2/contexts/0/context</comment>
        <translation>Trong khi AUTH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With 501, RFC 4954 uses 5.5.2 for a client response that is not valid Base64.</source>
        <comment>X.5.2/contexts/0/meaning</comment>
        <translation>Với 501, RFC 4954 dùng 5.5.2 cho phản hồi của máy khách không phải Base64 hợp lệ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPF check at the receiver</source>
        <comment>X.5.2/contexts/1/context</comment>
        <translation>Kiểm tra SPF ở phía nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFC 7208 recommends 550 5.5.2 when the sender domain&apos;s SPF record is malformed (permerror); RFC 7372 later added X.7.24 for SPF errors.</source>
        <comment>X.5.2/contexts/1/meaning</comment>
        <translation>RFC 7208 khuyến nghị 550 5.5.2 khi bản ghi SPF của tên miền người gửi sai định dạng (permerror); sau đó RFC 7372 bổ sung X.7.24 cho các lỗi SPF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.5.4 means the command parsed but an argument is invalid or unsupported, while X.5.2 means the command itself could not be parsed.</source>
        <comment>X.5.2/confusedWith/X.5.4</comment>
        <translation>X.5.4 nghĩa là lệnh đã được phân tích nhưng một đối số không hợp lệ hoặc không được hỗ trợ, còn X.5.2 nghĩa là bản thân lệnh không thể phân tích được.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.3 points at a malformed destination address, while X.5.2 points at a malformed command line.</source>
        <comment>X.5.2/confusedWith/X.1.3</comment>
        <translation>X.1.3 chỉ vào một địa chỉ đích sai định dạng, còn X.5.2 chỉ vào một dòng lệnh sai định dạng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.5.1 means the command was understood but is unsupported or out of order, while X.5.2 means it could not be understood.</source>
        <comment>X.5.2/confusedWith/X.5.1</comment>
        <translation>X.5.1 nghĩa là lệnh được hiểu nhưng không được hỗ trợ hoặc sai thứ tự, còn X.5.2 nghĩa là lệnh không thể hiểu được.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many recipients</source>
        <comment>X.5.3/title</comment>
        <translation>Quá nhiều người nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transaction named more recipients than the server will take at once. RFC 3463 expects the sender to split the list and deliver the rest in a later transaction, so 4.5.3, usually with a 452 reply to RCPT TO, is normal and mail servers handle it automatically. A 5.5.3 means the split did not or cannot happen, and the message must be resent to fewer recipients.</source>
        <comment>X.5.3/description</comment>
        <translation>Giao dịch nêu nhiều người nhận hơn số lượng máy chủ chấp nhận trong một lần. RFC 3463 yêu cầu người gửi chia nhỏ danh sách và gửi phần còn lại trong một giao dịch sau, nên 4.5.3, thường kèm phản hồi 452 cho RCPT TO, là bình thường và các máy chủ thư tự động xử lý việc này. 5.5.3 nghĩa là việc chia nhỏ đã không hoặc không thể diễn ra, và thư phải được gửi lại cho ít người nhận hơn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to RCPT TO once a per-message recipient limit is passed, such as Postfix smtpd_recipient_limit, typically when a mail client or script sends one message to a long address list.</source>
        <comment>X.5.3/when</comment>
        <translation>Được trả về cho RCPT TO khi vượt quá giới hạn số người nhận mỗi thư, chẳng hạn smtpd_recipient_limit của Postfix, thường khi một ứng dụng thư hoặc script gửi một thư tới một danh sách địa chỉ dài.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to fewer recipients per message, use a mailing list or distribution group, or split the addresses into several batches. Check your provider&apos;s documented per-message recipient limit.</source>
        <comment>X.5.3/fix/sender</comment>
        <translation>Gửi tới ít người nhận hơn trong mỗi thư, dùng danh sách thư hoặc nhóm phân phối, hoặc chia các địa chỉ thành nhiều đợt. Kiểm tra giới hạn số người nhận mỗi thư mà nhà cung cấp của bạn công bố.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure your MTA or application resends recipients refused with 452 4.5.3 in a new transaction. Lower per-message recipient batches, for example Postfix smtp_destination_recipient_limit, to match the destination&apos;s limit.</source>
        <comment>X.5.3/fix/sendingServer</comment>
        <translation>Đảm bảo MTA hoặc ứng dụng của bạn gửi lại trong một giao dịch mới những người nhận bị từ chối với 452 4.5.3. Giảm số người nhận mỗi đợt trong một thư, ví dụ smtp_destination_recipient_limit của Postfix, cho khớp với giới hạn của đích đến.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the recipient limit, such as Postfix smtpd_recipient_limit or Exim recipients_max, to a sensible value and refuse excess recipients with 452 4.5.3 rather than rejecting the whole message.</source>
        <comment>X.5.3/fix/receivingServer</comment>
        <translation>Đặt giới hạn số người nhận, như smtpd_recipient_limit của Postfix hoặc recipients_max của Exim, ở mức hợp lý và từ chối những người nhận vượt quá bằng 452 4.5.3 thay vì từ chối toàn bộ thư.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>452 is the basic reply both for insufficient storage and, under RFC 5321, for too many recipients, while X.5.3 makes clear that the recipient count is the problem.</source>
        <comment>X.5.3/confusedWith/452</comment>
        <translation>452 là mã phản hồi cơ bản cho cả tình trạng không đủ dung lượng lưu trữ lẫn, theo RFC 5321, tình trạng quá nhiều người nhận, còn X.5.3 làm rõ rằng số lượng người nhận mới là vấn đề.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.1 says the receiving system is out of storage, while X.5.3 says the number of recipients is the problem, although both often arrive with 452.</source>
        <comment>X.5.3/confusedWith/X.3.1</comment>
        <translation>X.3.1 cho biết hệ thống phía nhận đã hết dung lượng lưu trữ, còn X.5.3 cho biết số lượng người nhận là vấn đề, dù cả hai thường đi kèm 452.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid command arguments</source>
        <comment>X.5.4/title</comment>
        <translation>Đối số lệnh không hợp lệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A known command carried an argument the server rejects because it is out of range, malformed for that command, or names an extension the server does not support, such as an unknown MAIL FROM parameter. RFC 3463 calls it permanent, so 5.5.4 means the client must drop or fix the argument. A 4.5.4 is uncommon and signals a temporary refusal.</source>
        <comment>X.5.4/description</comment>
        <translation>Một lệnh đã biết mang một đối số mà máy chủ từ chối vì nằm ngoài phạm vi, sai định dạng đối với lệnh đó, hoặc nêu một phần mở rộng mà máy chủ không hỗ trợ, chẳng hạn một tham số MAIL FROM không xác định. RFC 3463 xem mã này là vĩnh viễn, nên 5.5.4 nghĩa là máy khách phải bỏ hoặc sửa đối số. 4.5.4 ít gặp và báo hiệu một lời từ chối tạm thời.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to MAIL FROM, RCPT TO, AUTH or EHLO when a parameter is unsupported or invalid, for example Postfix answering 555 5.5.4 Unsupported option, or 504 5.5.4 for an unknown AUTH mechanism.</source>
        <comment>X.5.4/when</comment>
        <translation>Được trả về cho MAIL FROM, RCPT TO, AUTH hoặc EHLO khi một tham số không được hỗ trợ hoặc không hợp lệ, ví dụ Postfix trả lời 555 5.5.4 Unsupported option, hoặc 504 5.5.4 cho một cơ chế AUTH không xác định.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the mail client or device, or turn off an option the server does not offer, such as a specific authentication method. Choose a method the server supports, usually a normal password over TLS.</source>
        <comment>X.5.4/fix/sender</comment>
        <translation>Cập nhật ứng dụng thư hoặc thiết bị, hoặc tắt một tùy chọn mà máy chủ không cung cấp, chẳng hạn một phương thức xác thực cụ thể. Chọn một phương thức mà máy chủ hỗ trợ, thường là mật khẩu thông thường qua TLS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the parameters you send, such as SIZE, BODY, SMTPUTF8, RET, NOTIFY or the AUTH mechanism, with the extensions listed in the server&apos;s EHLO reply, and use only those. A proxy or firewall that strips EHLO keywords can cause this.</source>
        <comment>X.5.4/fix/sendingServer</comment>
        <translation>So sánh các tham số bạn gửi, như SIZE, BODY, SMTPUTF8, RET, NOTIFY hoặc cơ chế AUTH, với các phần mở rộng được liệt kê trong phản hồi EHLO của máy chủ, và chỉ dùng những phần mở rộng đó. Một proxy hoặc tường lửa loại bỏ các từ khóa EHLO có thể gây ra lỗi này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that your EHLO reply advertises exactly the extensions you accept and that security appliances are not hiding keywords. Log the rejected argument to help senders.</source>
        <comment>X.5.4/fix/receivingServer</comment>
        <translation>Kiểm tra rằng phản hồi EHLO của bạn công bố chính xác những phần mở rộng bạn chấp nhận và các thiết bị bảo mật không che giấu từ khóa nào. Ghi nhật ký đối số bị từ chối để giúp người gửi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.5.2 means the command line could not be parsed at all, while X.5.4 means the command was parsed but one of its arguments is unacceptable.</source>
        <comment>X.5.4/confusedWith/X.5.2</comment>
        <translation>X.5.2 nghĩa là hoàn toàn không thể phân tích dòng lệnh, còn X.5.4 nghĩa là lệnh đã được phân tích nhưng một trong các đối số của nó không chấp nhận được.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.5.1 rejects the command itself as unsupported or out of order, while X.5.4 accepts the command but rejects an argument.</source>
        <comment>X.5.4/confusedWith/X.5.1</comment>
        <translation>X.5.1 từ chối bản thân lệnh vì không được hỗ trợ hoặc sai thứ tự, còn X.5.4 chấp nhận lệnh nhưng từ chối một đối số.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong protocol version</source>
        <comment>X.5.5/title</comment>
        <translation>Sai phiên bản giao thức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two systems disagreed on the protocol version or dialect and could not settle it on their own. It is rare in SMTP, and when seen it usually points to a client using a different protocol than the server expects on that port, such as LMTP against an SMTP service. 5.5.5 means the mismatch stays until one side is reconfigured; 4.5.5 would allow a retry.</source>
        <comment>X.5.5/description</comment>
        <translation>Hai hệ thống không thống nhất về phiên bản hoặc biến thể giao thức và không thể tự dàn xếp. Mã này hiếm gặp trong SMTP, và khi xuất hiện thường cho thấy máy khách đang dùng một giao thức khác với giao thức mà máy chủ mong đợi trên cổng đó, chẳng hạn LMTP với một dịch vụ SMTP. 5.5.5 nghĩa là sự không khớp vẫn còn cho đến khi một bên được cấu hình lại; 4.5.5 sẽ cho phép thử lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rarely seen; returned when a client&apos;s greeting or commands belong to a different protocol or version than the one the server speaks on that port.</source>
        <comment>X.5.5/when</comment>
        <translation>Hiếm gặp; được trả về khi lời chào hoặc các lệnh của máy khách thuộc về một giao thức hoặc phiên bản khác với giao thức mà máy chủ dùng trên cổng đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server name, port and security setting in the mail client: 587 with STARTTLS or 465 with TLS for sending mail. Update the client if it is very old.</source>
        <comment>X.5.5/fix/sender</comment>
        <translation>Kiểm tra tên máy chủ, cổng và thiết lập bảo mật trong ứng dụng thư: 587 với STARTTLS hoặc 465 với TLS để gửi thư. Cập nhật ứng dụng nếu nó đã quá cũ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the transport matches the listener: LMTP for LMTP sockets, such as Dovecot delivery, and SMTP for port 25. In Postfix, compare the transport in master.cf and transport maps with what the next hop runs.</source>
        <comment>X.5.5/fix/sendingServer</comment>
        <translation>Kiểm tra rằng dịch vụ truyền tải khớp với trình lắng nghe: LMTP cho socket LMTP, chẳng hạn khi chuyển phát qua Dovecot, và SMTP cho cổng 25. Trong Postfix, so sánh transport trong master.cf và transport map với giao thức mà chặng kế tiếp đang chạy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm which protocol each listening port serves and document it for users. If a legitimate client must connect, enable the dialect it needs or provide a port that supports it.</source>
        <comment>X.5.5/fix/receivingServer</comment>
        <translation>Xác nhận giao thức mà mỗi cổng lắng nghe phục vụ và ghi lại cho người dùng. Nếu một máy khách hợp lệ bắt buộc phải kết nối, hãy bật biến thể giao thức mà nó cần hoặc cung cấp một cổng hỗ trợ biến thể đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.5.1 objects to a single command, while X.5.5 says the whole exchange uses an incompatible protocol version.</source>
        <comment>X.5.5/confusedWith/X.5.1</comment>
        <translation>X.5.1 phản đối một lệnh riêng lẻ, còn X.5.5 cho biết toàn bộ quá trình trao đổi dùng một phiên bản giao thức không tương thích.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.5.0 reports an unspecified protocol problem, while X.5.5 names a version or dialect mismatch as the cause.</source>
        <comment>X.5.5/confusedWith/X.5.0</comment>
        <translation>X.5.0 báo một vấn đề giao thức không được nêu rõ, còn X.5.5 chỉ ra nguyên nhân là sự không khớp về phiên bản hoặc biến thể giao thức.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication exchange line too long</source>
        <comment>X.5.6/title</comment>
        <translation>Dòng trao đổi xác thực quá dài</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During AUTH, the client sent a Base64 response longer than the server can buffer for the chosen SASL mechanism, so authentication failed before the credentials were checked. RFC 4954 pairs it with 500. The registry allows both classes: 4.5.6 marks the limit as temporary and worth retrying, while 5.5.6 means the same response will keep failing and the client must use another mechanism.</source>
        <comment>X.5.6/description</comment>
        <translation>Trong khi AUTH, máy khách đã gửi một phản hồi Base64 dài hơn mức máy chủ có thể lưu đệm cho cơ chế SASL được chọn, nên việc xác thực thất bại trước khi thông tin đăng nhập được kiểm tra. RFC 4954 ghép mã này với 500. Sổ đăng ký cho phép cả hai lớp: 4.5.6 đánh dấu giới hạn là tạm thời và đáng để thử lại, còn 5.5.6 nghĩa là cùng một phản hồi sẽ tiếp tục thất bại và máy khách phải dùng cơ chế khác.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to the AUTH command or a continuation line when the Base64 data exceeds the server&apos;s buffer, which can happen with long OAuth 2.0 (XOAUTH2) or Kerberos (GSSAPI) tokens.</source>
        <comment>X.5.6/when</comment>
        <translation>Được trả về cho lệnh AUTH hoặc một dòng tiếp nối khi dữ liệu Base64 vượt quá bộ đệm của máy chủ, điều có thể xảy ra với các token OAuth 2.0 (XOAUTH2) hoặc Kerberos (GSSAPI) dài.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try another sign-in method in the mail client, such as an app password instead of a token-based login, or update the client. Report the error to your provider if it keeps happening.</source>
        <comment>X.5.6/fix/sender</comment>
        <translation>Thử một phương thức đăng nhập khác trong ứng dụng thư, chẳng hạn mật khẩu ứng dụng thay vì đăng nhập bằng token, hoặc cập nhật ứng dụng. Báo lỗi cho nhà cung cấp của bạn nếu lỗi cứ tiếp diễn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your MTA authenticates to a smarthost, choose a SASL mechanism with shorter exchanges or send the initial response on a continuation line instead of on the AUTH line. Check for proxies that impose short line limits.</source>
        <comment>X.5.6/fix/sendingServer</comment>
        <translation>Nếu MTA của bạn xác thực với một smarthost, hãy chọn một cơ chế SASL có các lượt trao đổi ngắn hơn hoặc gửi phản hồi ban đầu trên một dòng tiếp nối thay vì trên dòng AUTH. Kiểm tra các proxy áp đặt giới hạn độ dài dòng ngắn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise the SASL or command line buffer limit, for example in the Dovecot or Cyrus SASL service behind Postfix, so that tokens from the mechanisms you advertise fit. Stop advertising mechanisms you cannot handle.</source>
        <comment>X.5.6/fix/receivingServer</comment>
        <translation>Tăng giới hạn bộ đệm SASL hoặc bộ đệm dòng lệnh, ví dụ trong dịch vụ SASL của Dovecot hoặc Cyrus phía sau Postfix, để các token từ những cơ chế bạn công bố vừa đủ. Ngừng công bố các cơ chế mà bạn không xử lý được.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.8 means the credentials were checked and rejected, while X.5.6 means the server never checked them because the line was too long.</source>
        <comment>X.5.6/confusedWith/X.7.8</comment>
        <translation>X.7.8 nghĩa là thông tin đăng nhập đã được kiểm tra và bị từ chối, còn X.5.6 nghĩa là máy chủ chưa hề kiểm tra chúng vì dòng quá dài.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.5.2 with 501 reports an AUTH response that is not valid Base64, while X.5.6 reports one that is too long to accept.</source>
        <comment>X.5.6/confusedWith/X.5.2</comment>
        <translation>X.5.2 kèm 501 báo một phản hồi AUTH không phải Base64 hợp lệ, còn X.5.6 báo một phản hồi quá dài để chấp nhận.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other media error</source>
        <comment>X.6.0/title</comment>
        <translation>Lỗi phương tiện khác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something about the message content made it undeliverable, and no more specific X.6 code fits, for example malformed MIME structure, broken header fields or invalid encoding. 5.6.0 is the common form and means the same content will be refused again. 4.6.0 marks a content problem the server expects to clear, such as a content scanner that is briefly unavailable.</source>
        <comment>X.6.0/description</comment>
        <translation>Một điều gì đó trong nội dung thư khiến thư không thể chuyển phát, và không mã X.6 cụ thể hơn nào phù hợp, ví dụ cấu trúc MIME sai định dạng, trường tiêu đề bị hỏng hoặc mã hóa không hợp lệ. 5.6.0 là dạng phổ biến và có nghĩa là cùng nội dung đó sẽ lại bị từ chối. 4.6.0 đánh dấu một vấn đề nội dung mà máy chủ dự kiến sẽ hết, chẳng hạn trình quét nội dung tạm thời không khả dụng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after the final dot of DATA, or in a bounce from a later hop, when a content check or gateway rejects the structure or encoding of the message.</source>
        <comment>X.6.0/when</comment>
        <translation>Được trả về sau dấu chấm kết thúc DATA, hoặc trong thư báo không gửi được từ một chặng sau, khi một bước kiểm tra nội dung hoặc cổng nối từ chối cấu trúc hay mã hóa của thư.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend without unusual attachments or formatting, for example as plain text with files compressed or shared by link. If an application or device created the message, report the bounce to its vendor.</source>
        <comment>X.6.0/fix/sender</comment>
        <translation>Gửi lại mà không có tệp đính kèm hoặc định dạng bất thường, ví dụ dưới dạng văn bản thuần với các tệp được nén hoặc chia sẻ qua liên kết. Nếu thư được tạo bởi một ứng dụng hoặc thiết bị, hãy gửi thư báo không gửi được cho nhà cung cấp của ứng dụng hoặc thiết bị đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspect the raw message for broken MIME boundaries, 8-bit data in header fields, bare LF line endings or lines longer than 998 characters. Make sure your MTA sends 8-bit content only to servers that advertise 8BITMIME.</source>
        <comment>X.6.0/fix/sendingServer</comment>
        <translation>Kiểm tra thư thô để tìm ranh giới MIME bị hỏng, dữ liệu 8 bit trong trường tiêu đề, ký tự xuống dòng LF đơn lẻ (bare LF) hoặc các dòng dài hơn 998 ký tự. Đảm bảo MTA của bạn chỉ gửi nội dung 8 bit tới những máy chủ có công bố 8BITMIME.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the content filter and MIME parser logs, such as Amavis, Rspamd or a milter, for the exact rejection rule, and relax it if it blocks valid mail.</source>
        <comment>X.6.0/fix/receivingServer</comment>
        <translation>Kiểm tra nhật ký của bộ lọc nội dung và bộ phân tích MIME, như Amavis, Rspamd hoặc một milter, để tìm chính xác quy tắc từ chối, và nới lỏng quy tắc đó nếu nó chặn thư hợp lệ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.1 refuses a message on policy grounds such as spam or sender reputation, while X.6.0 objects to the format or media of its content.</source>
        <comment>X.6.0/confusedWith/X.7.1</comment>
        <translation>X.7.1 từ chối thư vì lý do chính sách như thư rác hoặc uy tín người gửi, còn X.6.0 phản đối định dạng hoặc phương tiện của nội dung thư.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.1 says a particular media type or encoding is unsupported, while X.6.0 covers content problems that fit no specific X.6 code.</source>
        <comment>X.6.0/confusedWith/X.6.1</comment>
        <translation>X.6.1 cho biết một kiểu phương tiện hoặc kiểu mã hóa cụ thể không được hỗ trợ, còn X.6.0 bao gồm các vấn đề nội dung không thuộc mã X.6 cụ thể nào.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Media not supported</source>
        <comment>X.6.1/title</comment>
        <translation>Phương tiện không được hỗ trợ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message uses a media type or transfer form that the delivery protocol or the next system cannot carry, such as binary or 8-bit content sent toward a 7-bit-only path. RFC 3463 treats it as permanent, so 5.6.1 means the sender must change the content or its encoding. A 4.6.1 suggests the needed capability may become available, for example on another MX host.</source>
        <comment>X.6.1/description</comment>
        <translation>Thư dùng một kiểu phương tiện (media type) hoặc dạng truyền tải mà giao thức chuyển phát hoặc hệ thống kế tiếp không thể mang theo, chẳng hạn nội dung nhị phân hoặc 8 bit được gửi qua một đường truyền chỉ hỗ trợ 7 bit. RFC 3463 xem mã này là vĩnh viễn, nên 5.6.1 nghĩa là người gửi phải thay đổi nội dung hoặc cách mã hóa. 4.6.1 gợi ý rằng khả năng cần thiết có thể sẽ sẵn có, ví dụ trên một máy chủ MX khác.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen when a message using BINARYMIME, 8-bit bodies or a content type the recipient&apos;s gateway cannot carry reaches a system that cannot accept that form.</source>
        <comment>X.6.1/when</comment>
        <translation>Xuất hiện khi một thư dùng BINARYMIME, phần thân 8 bit hoặc một kiểu nội dung mà cổng nối của người nhận không thể truyền tải, đi đến một hệ thống không thể nhận dạng thức đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the attachment in a common format, compress it, or share a link instead, and keep the mail client&apos;s encoding settings at their defaults.</source>
        <comment>X.6.1/fix/sender</comment>
        <translation>Gửi tệp đính kèm ở định dạng phổ biến, nén tệp, hoặc chia sẻ một liên kết thay thế, và giữ thiết lập mã hóa của ứng dụng thư ở giá trị mặc định.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use BODY=8BITMIME or BINARYMIME only when the next hop advertises the matching extension, and make sure your MTA converts content to 7-bit quoted-printable or Base64 when it does not.</source>
        <comment>X.6.1/fix/sendingServer</comment>
        <translation>Chỉ dùng BODY=8BITMIME hoặc BINARYMIME khi chặng kế tiếp công bố phần mở rộng tương ứng, và đảm bảo MTA của bạn chuyển đổi nội dung sang 7 bit dạng quoted-printable hoặc Base64 khi chặng đó không công bố.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advertise 8BITMIME if your server handles 8-bit content, as nearly all modern servers do. If you refuse certain media types by policy, name the blocked type in the reply.</source>
        <comment>X.6.1/fix/receivingServer</comment>
        <translation>Công bố 8BITMIME nếu máy chủ của bạn xử lý được nội dung 8 bit, như gần như mọi máy chủ hiện đại. Nếu bạn từ chối một số kiểu phương tiện theo chính sách, hãy nêu kiểu bị chặn trong phản hồi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.3 says a conversion would make the content deliverable but the host cannot do it, while X.6.1 says the path does not support the media at all.</source>
        <comment>X.6.1/confusedWith/X.6.3</comment>
        <translation>X.6.3 cho biết một lần chuyển đổi sẽ giúp nội dung chuyển phát được nhưng máy chủ không thể thực hiện, còn X.6.1 cho biết đường truyền hoàn toàn không hỗ trợ phương tiện đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.2 says conversion is needed but forbidden, while X.6.1 simply reports that the media form is unsupported.</source>
        <comment>X.6.1/confusedWith/X.6.2</comment>
        <translation>X.6.2 cho biết cần chuyển đổi nhưng việc chuyển đổi bị cấm, còn X.6.1 chỉ báo rằng dạng phương tiện không được hỗ trợ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion required and prohibited</source>
        <comment>X.6.2/title</comment>
        <translation>Cần chuyển đổi nhưng bị cấm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The content must be converted before the next hop can take it, for example from 8-bit to 7-bit, but conversion is not allowed, either by a request in the message itself or by the sending host&apos;s policy. 5.6.2 is the usual form and means the message cannot travel as it is. A 4.6.2 allows a later retry if the route or the policy changes.</source>
        <comment>X.6.2/description</comment>
        <translation>Nội dung phải được chuyển đổi trước khi chặng kế tiếp có thể nhận, ví dụ từ 8 bit sang 7 bit, nhưng việc chuyển đổi không được phép, do một yêu cầu trong chính thư hoặc do chính sách của máy chủ gửi. 5.6.2 là dạng thông thường và có nghĩa là thư không thể đi tiếp ở dạng hiện tại. 4.6.2 cho phép thử lại sau nếu tuyến đường hoặc chính sách thay đổi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen when a relay would have to transform the content for the next hop, but the message or local policy forbids changes, for instance to keep a digital signature intact.</source>
        <comment>X.6.2/when</comment>
        <translation>Xuất hiện khi một máy chủ chuyển tiếp (relay) phải biến đổi nội dung cho chặng kế tiếp, nhưng thư hoặc chính sách cục bộ cấm thay đổi, chẳng hạn để giữ nguyên chữ ký số.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend the message in a simpler form, such as plain text or with attachments compressed, so that no conversion is needed along the way.</source>
        <comment>X.6.2/fix/sender</comment>
        <translation>Gửi lại thư ở dạng đơn giản hơn, như văn bản thuần hoặc với tệp đính kèm đã nén, để không cần chuyển đổi trên đường đi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find which hop lacks the needed capability, usually 8BITMIME or support for a content type. Either route through a server that supports it or encode the message as 7-bit quoted-printable or Base64 before it leaves.</source>
        <comment>X.6.2/fix/sendingServer</comment>
        <translation>Tìm chặng thiếu khả năng cần thiết, thường là 8BITMIME hoặc hỗ trợ cho một kiểu nội dung. Hoặc định tuyến qua một máy chủ hỗ trợ khả năng đó, hoặc mã hóa thư thành 7 bit dạng quoted-printable hoặc Base64 trước khi gửi đi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advertise 8BITMIME and accept common encodings so that relays do not have to convert mail destined for your users.</source>
        <comment>X.6.2/fix/receivingServer</comment>
        <translation>Công bố 8BITMIME và chấp nhận các kiểu mã hóa phổ biến để các máy chủ chuyển tiếp (relay) không phải chuyển đổi thư gửi tới người dùng của bạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.3 says the host in the path cannot perform the conversion, while X.6.2 says conversion is possible but forbidden.</source>
        <comment>X.6.2/confusedWith/X.6.3</comment>
        <translation>X.6.3 cho biết máy chủ trên đường đi không thể thực hiện việc chuyển đổi, còn X.6.2 cho biết việc chuyển đổi là khả thi nhưng bị cấm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.4 reports that a lossy conversion was carried out or refused, while X.6.2 reports that any conversion at all was prohibited.</source>
        <comment>X.6.2/confusedWith/X.6.4</comment>
        <translation>X.6.4 báo rằng một lần chuyển đổi làm mất dữ liệu đã được thực hiện hoặc bị từ chối, còn X.6.2 báo rằng mọi hình thức chuyển đổi đều bị cấm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion required but not supported</source>
        <comment>X.6.3/title</comment>
        <translation>Cần chuyển đổi nhưng không được hỗ trợ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The content has to be converted to be forwarded, but the host in the path cannot do it or finds it impractical, the classic case being a gateway that cannot downgrade 8-bit data to 7-bit for a next hop without 8BITMIME. The registry pairs it with 554. 5.6.3 is final for this route; 4.6.3 suggests a retry might reach a hop that needs no conversion.</source>
        <comment>X.6.3/description</comment>
        <translation>Nội dung phải được chuyển đổi để có thể chuyển đi tiếp, nhưng máy chủ trên đường đi không thể thực hiện hoặc thấy không khả thi, trường hợp kinh điển là một cổng nối không thể hạ dữ liệu 8 bit xuống 7 bit cho một chặng kế tiếp không có 8BITMIME. Sổ đăng ký ghép mã này với 554. 5.6.3 là kết luận cuối cùng cho tuyến đường này; 4.6.3 gợi ý rằng lần thử lại có thể đến được một chặng không cần chuyển đổi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after DATA or in a relay&apos;s bounce when a message with 8-bit or binary content must cross a hop that cannot take it and the relay has no way to convert it.</source>
        <comment>X.6.3/when</comment>
        <translation>Được trả về sau DATA hoặc trong thư báo không gửi được của một máy chủ chuyển tiếp (relay) khi một thư có nội dung 8 bit hoặc nhị phân phải đi qua một chặng không nhận được nội dung đó và máy chủ chuyển tiếp không có cách nào chuyển đổi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend as plain text or with attachments in common formats. If the recipient&apos;s system is old, ask them whether their mail gateway accepts 8-bit mail.</source>
        <comment>X.6.3/fix/sender</comment>
        <translation>Gửi lại dưới dạng văn bản thuần hoặc với tệp đính kèm ở định dạng phổ biến. Nếu hệ thống của người nhận đã cũ, hãy hỏi họ xem cổng nối thư của họ có nhận thư 8 bit không.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configure your MTA to encode 8-bit content as quoted-printable or Base64 when the next hop does not advertise 8BITMIME, or route through a relay that can convert.</source>
        <comment>X.6.3/fix/sendingServer</comment>
        <translation>Cấu hình MTA của bạn để mã hóa nội dung 8 bit thành quoted-printable hoặc Base64 khi chặng kế tiếp không công bố 8BITMIME, hoặc định tuyến qua một máy chủ chuyển tiếp (relay) có thể chuyển đổi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade or reconfigure gateways so that they advertise 8BITMIME and pass 8-bit content unchanged; every current mainstream MTA supports it.</source>
        <comment>X.6.3/fix/receivingServer</comment>
        <translation>Nâng cấp hoặc cấu hình lại các cổng nối để chúng công bố 8BITMIME và chuyển nội dung 8 bit đi mà không thay đổi; mọi MTA phổ biến hiện nay đều hỗ trợ điều này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.2 says conversion is possible but forbidden, while X.6.3 says the host cannot perform the conversion.</source>
        <comment>X.6.3/confusedWith/X.6.2</comment>
        <translation>X.6.2 cho biết việc chuyển đổi là khả thi nhưng bị cấm, còn X.6.3 cho biết máy chủ không thể thực hiện việc chuyển đổi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.5 says a conversion was attempted and failed, while X.6.3 says the host could not attempt it at all.</source>
        <comment>X.6.3/confusedWith/X.6.5</comment>
        <translation>X.6.5 cho biết đã thử chuyển đổi và thất bại, còn X.6.3 cho biết máy chủ hoàn toàn không thể thử chuyển đổi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion with loss performed</source>
        <comment>X.6.4/title</comment>
        <translation>Đã chuyển đổi nhưng làm mất dữ liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A host converted the message on its way and some information was lost, such as characters or attachment data the target format could not hold. Its meaning depends on the class. As 2.6.4, paired with 250, it is a warning: the message was delivered, though altered. As 5.6.4 it is a permanent failure, used when the sender said that lossy conversion was not allowed.</source>
        <comment>X.6.4/description</comment>
        <translation>Một máy chủ đã chuyển đổi thư trên đường đi và một phần thông tin bị mất, chẳng hạn ký tự hoặc dữ liệu tệp đính kèm mà định dạng đích không thể chứa. Ý nghĩa của mã phụ thuộc vào lớp. Ở dạng 2.6.4, đi kèm 250, đây là một cảnh báo: thư đã được chuyển phát, dù bị thay đổi. Ở dạng 5.6.4, đây là lỗi vĩnh viễn, được dùng khi người gửi đã cho biết không cho phép chuyển đổi làm mất dữ liệu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by a gateway that transformed the content into another character set, encoding or messaging system and could not preserve everything.</source>
        <comment>X.6.4/when</comment>
        <translation>Được báo bởi một cổng nối đã biến đổi nội dung sang một bộ ký tự, kiểu mã hóa hoặc hệ thống nhắn tin khác và không thể giữ lại mọi thứ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 2.6.4, check with the recipient that the content arrived readable. For 5.6.4, resend in a simpler form, such as plain text in UTF-8 with attachments the recipient&apos;s system supports.</source>
        <comment>X.6.4/fix/sender</comment>
        <translation>Với 2.6.4, hãy hỏi người nhận xem nội dung có đến nơi ở dạng đọc được không. Với 5.6.4, hãy gửi lại ở dạng đơn giản hơn, như văn bản thuần UTF-8 với các tệp đính kèm mà hệ thống của người nhận hỗ trợ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identify the converting gateway from the delivery report, and avoid routes that force conversion when content must arrive unchanged.</source>
        <comment>X.6.4/fix/sendingServer</comment>
        <translation>Xác định cổng nối thực hiện chuyển đổi từ báo cáo chuyển phát, và tránh những tuyến đường bắt buộc chuyển đổi khi nội dung phải đến nơi nguyên vẹn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your gateway converts content, log what was lost and keep the original where possible so that users can recover it.</source>
        <comment>X.6.4/fix/receivingServer</comment>
        <translation>Nếu cổng nối của bạn chuyển đổi nội dung, hãy ghi nhật ký những gì bị mất và giữ lại bản gốc khi có thể để người dùng có thể khôi phục.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Success (2.6.4)</source>
        <comment>X.6.4/contexts/0/context</comment>
        <translation>Thành công (2.6.4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message was delivered after a lossy conversion, and the recipient may see altered content.</source>
        <comment>X.6.4/contexts/0/meaning</comment>
        <translation>Thư đã được chuyển phát sau một lần chuyển đổi làm mất dữ liệu, và người nhận có thể thấy nội dung bị thay đổi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failure (5.6.4)</source>
        <comment>X.6.4/contexts/1/context</comment>
        <translation>Thất bại (5.6.4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message was not delivered because a lossy conversion was needed and the sender had prohibited it.</source>
        <comment>X.6.4/contexts/1/meaning</comment>
        <translation>Thư không được chuyển phát vì cần một lần chuyển đổi làm mất dữ liệu trong khi người gửi đã cấm điều đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.5 says the conversion failed outright, while X.6.4 says it succeeded but lost some information.</source>
        <comment>X.6.4/confusedWith/X.6.5</comment>
        <translation>X.6.5 cho biết việc chuyển đổi thất bại hoàn toàn, còn X.6.4 cho biết việc chuyển đổi thành công nhưng làm mất một phần thông tin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.2 says any conversion was prohibited, while X.6.4 concerns a conversion that loses data, allowed or refused.</source>
        <comment>X.6.4/confusedWith/X.6.2</comment>
        <translation>X.6.2 cho biết mọi hình thức chuyển đổi đều bị cấm, còn X.6.4 liên quan đến một lần chuyển đổi làm mất dữ liệu, dù được cho phép hay bị từ chối.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion failed</source>
        <comment>X.6.5/title</comment>
        <translation>Chuyển đổi thất bại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A conversion of the content was needed and attempted, but it did not succeed, for example a character set or attachment transformation that produced an error. The registry allows both classes. 4.6.5 suggests a temporary fault in the converter, so the message will be retried, while 5.6.5 means this content cannot be converted and the sender must change it.</source>
        <comment>X.6.5/description</comment>
        <translation>Cần chuyển đổi nội dung và đã thử chuyển đổi, nhưng không thành công, ví dụ việc biến đổi bộ ký tự hoặc tệp đính kèm gây ra lỗi. Sổ đăng ký cho phép cả hai lớp. 4.6.5 gợi ý một lỗi tạm thời trong bộ chuyển đổi, nên thư sẽ được thử lại, còn 5.6.5 nghĩa là nội dung này không thể chuyển đổi và người gửi phải thay đổi nó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen in bounces from relays or gateways that transform messages, such as character set, encoding or format conversion, when the transformation step reports an error.</source>
        <comment>X.6.5/when</comment>
        <translation>Xuất hiện trong thư báo không gửi được từ các máy chủ chuyển tiếp (relay) hoặc cổng nối biến đổi thư, chẳng hạn chuyển đổi bộ ký tự, kiểu mã hóa hoặc định dạng, khi bước biến đổi báo lỗi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend in a simpler form: plain text or standard HTML, UTF-8 characters and common attachment formats. Remove damaged or unusual attachments.</source>
        <comment>X.6.5/fix/sender</comment>
        <translation>Gửi lại ở dạng đơn giản hơn: văn bản thuần hoặc HTML tiêu chuẩn, ký tự UTF-8 và các định dạng tệp đính kèm phổ biến. Loại bỏ các tệp đính kèm bị hỏng hoặc bất thường.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in the gateway&apos;s log which conversion step failed and test it with the same message. Fix the converter, or route the mail so that no conversion is needed.</source>
        <comment>X.6.5/fix/sendingServer</comment>
        <translation>Tìm trong nhật ký của cổng nối xem bước chuyển đổi nào đã thất bại và kiểm tra bước đó với cùng thư. Sửa bộ chuyển đổi, hoặc định tuyến thư sao cho không cần chuyển đổi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your system performs the conversion, check its logs and resource limits, and update the component that fails on this content.</source>
        <comment>X.6.5/fix/receivingServer</comment>
        <translation>Nếu hệ thống của bạn thực hiện việc chuyển đổi, hãy kiểm tra nhật ký và giới hạn tài nguyên của nó, và cập nhật thành phần gặp lỗi với nội dung này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.3 says the host could not attempt the conversion, while X.6.5 says it tried and failed.</source>
        <comment>X.6.5/confusedWith/X.6.3</comment>
        <translation>X.6.3 cho biết máy chủ không thể thử chuyển đổi, còn X.6.5 cho biết máy chủ đã thử và thất bại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.4 says the conversion succeeded but lost data, while X.6.5 says the conversion did not succeed.</source>
        <comment>X.6.5/confusedWith/X.6.4</comment>
        <translation>X.6.4 cho biết việc chuyển đổi thành công nhưng làm mất dữ liệu, còn X.6.5 cho biết việc chuyển đổi không thành công.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message content not available</source>
        <comment>X.6.6/title</comment>
        <translation>Nội dung thư không khả dụng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A submission server using BURL (RFC 4468) could not fetch the message content from the URL the client supplied, typically an IMAP URL pointing to a message in the user&apos;s mailbox. The registry pairs it with 554. 4.6.6 means the fetch failed temporarily and can be retried, for example while the IMAP server is unreachable; 5.6.6 means the content cannot be obtained.</source>
        <comment>X.6.6/description</comment>
        <translation>Một máy chủ tiếp nhận thư gửi đi (submission) dùng BURL (RFC 4468) không thể lấy nội dung thư từ URL mà máy khách cung cấp, thường là một URL IMAP trỏ tới một thư trong hộp thư của người dùng. Sổ đăng ký ghép mã này với 554. 4.6.6 có nghĩa là việc lấy nội dung thất bại tạm thời và có thể thử lại, ví dụ khi không truy cập được máy chủ IMAP; 5.6.6 có nghĩa là không thể lấy được nội dung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to the BURL command during message submission when the server cannot retrieve the referenced content from the IMAP server.</source>
        <comment>X.6.6/when</comment>
        <translation>Được trả về cho lệnh BURL trong quá trình gửi thư khi máy chủ không thể lấy nội dung được tham chiếu từ máy chủ IMAP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure the message still exists in your mailbox folder and try sending again. If it keeps failing, turn off server-side sending in the mail client so that it uploads the message directly.</source>
        <comment>X.6.6/fix/sender</comment>
        <translation>Hãy bảo đảm thư vẫn còn trong thư mục hộp thư của bạn và thử gửi lại. Nếu vẫn tiếp tục thất bại, hãy tắt tính năng gửi phía máy chủ trong trình khách thư để trình khách tải thư lên trực tiếp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the submission server can reach the IMAP server and that the URLAUTH authorization in the URL is valid and unexpired. A missing trust relationship between the two servers is reported as X.7.14 instead.</source>
        <comment>X.6.6/fix/receivingServer</comment>
        <translation>Kiểm tra xem máy chủ tiếp nhận thư gửi đi (submission) có kết nối được tới máy chủ IMAP hay không và quyền URLAUTH trong URL có hợp lệ và chưa hết hạn hay không. Trường hợp thiếu quan hệ tin cậy giữa hai máy chủ thì được báo bằng X.7.14.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.14 means the submission server lacks the trust relationship needed to fetch the content, while X.6.6 means the fetch itself failed.</source>
        <comment>X.6.6/confusedWith/X.7.14</comment>
        <translation>X.7.14 có nghĩa là máy chủ tiếp nhận thư gửi đi (submission) thiếu quan hệ tin cậy cần thiết để lấy nội dung, trong khi X.6.6 có nghĩa là chính việc lấy nội dung đã thất bại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.0 objects to content the server received, while X.6.6 means the server could not get the content at all.</source>
        <comment>X.6.6/confusedWith/X.6.0</comment>
        <translation>X.6.0 phản đối nội dung mà máy chủ đã nhận, trong khi X.6.6 có nghĩa là máy chủ hoàn toàn không lấy được nội dung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Non-ASCII address not permitted</source>
        <comment>X.6.7/title</comment>
        <translation>Không cho phép địa chỉ không phải ASCII</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server will not accept a sender or recipient address containing non-ASCII characters, usually because internationalized addresses (SMTPUTF8) are not supported for it. RFC 6531 pairs it with 553 after RCPT TO and 550 after MAIL FROM. 5.6.7 is final until the address or the server changes; 4.6.7 would signal a temporary condition.</source>
        <comment>X.6.7/description</comment>
        <translation>Máy chủ sẽ không chấp nhận địa chỉ người gửi hoặc người nhận có chứa ký tự không phải ASCII, thường vì địa chỉ quốc tế hóa (SMTPUTF8) không được hỗ trợ cho địa chỉ đó. RFC 6531 ghép mã này với 553 sau RCPT TO và với 550 sau MAIL FROM. 5.6.7 là kết quả cuối cùng cho đến khi địa chỉ hoặc máy chủ thay đổi; 4.6.7 sẽ báo hiệu một tình trạng tạm thời.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to MAIL FROM or RCPT TO when the address includes UTF-8 characters and the server, or the mailbox, does not accept internationalized addresses.</source>
        <comment>X.6.7/when</comment>
        <translation>Được trả về cho MAIL FROM hoặc RCPT TO khi địa chỉ có chứa ký tự UTF-8 và máy chủ, hoặc hộp thư, không chấp nhận địa chỉ quốc tế hóa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an ASCII address for the recipient if they have one, or ask them for an ASCII alternative. If your own address is internationalized, send from an ASCII address to this recipient.</source>
        <comment>X.6.7/fix/sender</comment>
        <translation>Dùng địa chỉ ASCII của người nhận nếu họ có, hoặc đề nghị họ cung cấp một địa chỉ ASCII thay thế. Nếu địa chỉ của chính bạn là địa chỉ quốc tế hóa, hãy gửi cho người nhận này từ một địa chỉ ASCII.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send internationalized addresses, with the SMTPUTF8 parameter on MAIL FROM, only to servers that list SMTPUTF8 in their EHLO reply. Otherwise return the message with a clear error or use an ASCII alias.</source>
        <comment>X.6.7/fix/sendingServer</comment>
        <translation>Chỉ gửi địa chỉ quốc tế hóa, kèm tham số SMTPUTF8 trên MAIL FROM, tới những máy chủ liệt kê SMTPUTF8 trong phản hồi EHLO. Nếu không, hãy trả lại thư kèm thông báo lỗi rõ ràng hoặc dùng một bí danh ASCII.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To accept internationalized addresses, enable SMTPUTF8, for example Postfix smtputf8_enable, on every MX host, and make sure your mailbox backend supports UTF-8 addresses.</source>
        <comment>X.6.7/fix/receivingServer</comment>
        <translation>Để chấp nhận địa chỉ quốc tế hóa, hãy bật SMTPUTF8, ví dụ smtputf8_enable của Postfix, trên mọi máy MX, và bảo đảm hệ thống lưu trữ hộp thư phía sau hỗ trợ địa chỉ UTF-8.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.9 rejects the whole message after DATA because of UTF-8 header fields, while X.6.7 rejects an envelope address at MAIL FROM or RCPT TO.</source>
        <comment>X.6.7/confusedWith/X.6.9</comment>
        <translation>X.6.9 từ chối toàn bộ thư sau DATA vì có trường tiêu đề UTF-8, trong khi X.6.7 từ chối một địa chỉ trên phong bì thư (envelope) ở MAIL FROM hoặc RCPT TO.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.3 says the address syntax is invalid, while X.6.7 says the address is well formed but uses non-ASCII characters the server does not allow.</source>
        <comment>X.6.7/confusedWith/X.1.3</comment>
        <translation>X.1.3 cho biết cú pháp địa chỉ không hợp lệ, trong khi X.6.7 cho biết địa chỉ đúng định dạng nhưng dùng ký tự không phải ASCII mà máy chủ không cho phép.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-8 reply required but not permitted</source>
        <comment>X.6.8/title</comment>
        <translation>Cần phản hồi UTF-8 nhưng không được phép</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server would need UTF-8 characters in its reply to show a mailbox name, usually for VRFY or EXPN, but the client did not allow UTF-8 replies with the SMTPUTF8 parameter. RFC 6531 pairs it with 252 or 550, and the registry adds 553. With 252 it carries class 2 and the server will still accept mail for the address; with 550 or 553, 5.6.8 is a refusal.</source>
        <comment>X.6.8/description</comment>
        <translation>Máy chủ cần dùng ký tự UTF-8 trong phản hồi để hiển thị tên hộp thư, thường là cho VRFY hoặc EXPN, nhưng máy khách không cho phép phản hồi UTF-8 bằng tham số SMTPUTF8. RFC 6531 ghép mã này với 252 hoặc 550, và sổ đăng ký bổ sung thêm 553. Với 252, mã mang lớp 2 và máy chủ vẫn sẽ nhận thư cho địa chỉ đó; với 550 hoặc 553, 5.6.8 là một lời từ chối.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to VRFY or EXPN sent without the SMTPUTF8 parameter when the mailbox being reported has a non-ASCII name.</source>
        <comment>X.6.8/when</comment>
        <translation>Được trả về cho VRFY hoặc EXPN được gửi không kèm tham số SMTPUTF8 khi hộp thư được báo cáo có tên không phải ASCII.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This affects address-checking tools rather than normal sending, and mail to the address can still be delivered as usual.</source>
        <comment>X.6.8/fix/sender</comment>
        <translation>Mã này ảnh hưởng đến các công cụ kiểm tra địa chỉ chứ không phải việc gửi thư thông thường, và thư gửi tới địa chỉ đó vẫn có thể được chuyển phát như bình thường.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your tool can handle UTF-8 replies, repeat VRFY or EXPN with the SMTPUTF8 parameter after confirming that the server advertises SMTPUTF8 in its EHLO reply.</source>
        <comment>X.6.8/fix/sendingServer</comment>
        <translation>Nếu công cụ của bạn xử lý được phản hồi UTF-8, hãy gửi lại VRFY hoặc EXPN kèm tham số SMTPUTF8 sau khi xác nhận rằng máy chủ công bố SMTPUTF8 trong phản hồi EHLO.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No change is needed: the server is correctly refusing to send UTF-8 to a client that did not ask for it. Keep replies ASCII unless the client opts in.</source>
        <comment>X.6.8/fix/receivingServer</comment>
        <translation>Không cần thay đổi gì: máy chủ đang từ chối đúng cách việc gửi UTF-8 cho một máy khách không yêu cầu điều đó. Hãy giữ phản hồi ở dạng ASCII trừ khi máy khách chủ động chọn tham gia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.10 was registered with the same meaning and is now deprecated, so X.6.8 is the code to send and to expect.</source>
        <comment>X.6.8/confusedWith/X.6.10</comment>
        <translation>X.6.10 đã được đăng ký với cùng ý nghĩa và nay đã lỗi thời, vì vậy X.6.8 là mã nên gửi và nên mong đợi nhận được.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.7 refuses a non-ASCII address in MAIL FROM or RCPT TO, while X.6.8 concerns a reply that would have to contain one.</source>
        <comment>X.6.8/confusedWith/X.6.7</comment>
        <translation>X.6.7 từ chối một địa chỉ không phải ASCII trong MAIL FROM hoặc RCPT TO, trong khi X.6.8 liên quan đến một phản hồi lẽ ra phải chứa địa chỉ như vậy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-8 header message cannot be transferred</source>
        <comment>X.6.9/title</comment>
        <translation>Không thể truyền thư có tiêu đề UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message has internationalized (UTF-8) header fields and at least one recipient&apos;s system cannot accept them, so the message is rejected after the end of DATA. The registry pairs it with 550, while the text of RFC 6531 uses 554 for this rejection. 5.6.9 is final for that route; 4.6.9 would allow a retry, for example through a host that supports SMTPUTF8.</source>
        <comment>X.6.9/description</comment>
        <translation>Thư có các trường tiêu đề quốc tế hóa (UTF-8) và hệ thống của ít nhất một người nhận không thể chấp nhận chúng, vì vậy thư bị từ chối sau khi kết thúc DATA. Sổ đăng ký ghép mã này với 550, trong khi văn bản RFC 6531 dùng 554 cho lời từ chối này. 5.6.9 là kết quả cuối cùng đối với tuyến đường đó; 4.6.9 sẽ cho phép thử lại, ví dụ qua một máy có hỗ trợ SMTPUTF8.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after the final dot of DATA, or in a relay&apos;s bounce, when a message sent with SMTPUTF8 must reach a recipient or next hop that does not support internationalized header fields.</source>
        <comment>X.6.9/when</comment>
        <translation>Được trả về sau dấu chấm cuối cùng của DATA, hoặc trong thư báo không gửi được (NDR) của một máy chủ chuyển tiếp (relay), khi một thư được gửi kèm SMTPUTF8 phải tới một người nhận hoặc chặng kế tiếp không hỗ trợ trường tiêu đề quốc tế hóa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend from an ASCII address to ASCII recipient addresses, or ask the recipient for an ASCII alternative. Non-ASCII characters in the subject and body are normally fine, since clients encode them for ordinary transport.</source>
        <comment>X.6.9/fix/sender</comment>
        <translation>Gửi lại từ một địa chỉ ASCII tới các địa chỉ người nhận ASCII, hoặc đề nghị người nhận cung cấp một địa chỉ ASCII thay thế. Ký tự không phải ASCII trong chủ đề thư và phần nội dung thường không gây vấn đề, vì trình khách mã hóa chúng để truyền theo cách thông thường.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set SMTPUTF8 only when the envelope or header fields really need it. If the next hop does not advertise SMTPUTF8, bounce early with a clear reason or deliver through a path that supports it.</source>
        <comment>X.6.9/fix/sendingServer</comment>
        <translation>Chỉ đặt SMTPUTF8 khi phong bì thư (envelope) hoặc các trường tiêu đề thực sự cần đến. Nếu chặng kế tiếp không công bố SMTPUTF8, hãy sớm trả về thư báo không gửi được (NDR) kèm lý do rõ ràng hoặc chuyển phát qua một đường đi có hỗ trợ SMTPUTF8.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable SMTPUTF8 on every MX host and internal hop. As RFC 6531 encourages, refuse at RCPT TO rather than after DATA when a recipient cannot take internationalized mail.</source>
        <comment>X.6.9/fix/receivingServer</comment>
        <translation>Bật SMTPUTF8 trên mọi máy MX và mọi chặng nội bộ. Như RFC 6531 khuyến khích, hãy từ chối ở RCPT TO thay vì sau DATA khi một người nhận không thể nhận thư quốc tế hóa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.7 rejects a non-ASCII envelope address at MAIL FROM or RCPT TO, while X.6.9 rejects the message after DATA because of its UTF-8 header fields.</source>
        <comment>X.6.9/confusedWith/X.6.7</comment>
        <translation>X.6.7 từ chối một địa chỉ không phải ASCII trên phong bì thư (envelope) ở MAIL FROM hoặc RCPT TO, trong khi X.6.9 từ chối thư sau DATA vì các trường tiêu đề UTF-8 của thư.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.3 is the general code for content that needs a conversion the path cannot perform, while X.6.9 is specific to internationalized header fields.</source>
        <comment>X.6.9/confusedWith/X.6.3</comment>
        <translation>X.6.3 là mã chung cho nội dung cần một phép chuyển đổi mà đường đi không thực hiện được, trong khi X.6.9 dành riêng cho các trường tiêu đề quốc tế hóa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deprecated duplicate of X.6.8</source>
        <comment>X.6.10/title</comment>
        <translation>Bản trùng lặp đã lỗi thời của X.6.8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code is deprecated in the IANA registry and should not be sent. When RFC 6531 replaced the code definitions of the earlier experimental SMTPUTF8 specification, X.6.10 turned out to duplicate X.6.8, UTF-8 reply required but not permitted, so it was marked deprecated. If you see it, read it as X.6.8.</source>
        <comment>X.6.10/description</comment>
        <translation>Mã này đã lỗi thời trong sổ đăng ký của IANA và không nên được gửi. Khi RFC 6531 thay thế các định nghĩa mã của đặc tả SMTPUTF8 thử nghiệm trước đó, X.6.10 hóa ra trùng với X.6.8 (cần phản hồi UTF-8 nhưng không được phép), nên đã bị đánh dấu là lỗi thời. Nếu gặp mã này, hãy hiểu nó là X.6.8.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only from older software written before RFC 6531, typically in reply to VRFY or EXPN; current implementations send X.6.8 instead.</source>
        <comment>X.6.10/when</comment>
        <translation>Chỉ xuất hiện từ phần mềm cũ được viết trước RFC 6531, thường để phản hồi VRFY hoặc EXPN; các bản triển khai hiện nay gửi X.6.8 thay thế.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treat it exactly as X.6.8: if your tool can handle UTF-8 replies, repeat VRFY or EXPN with the SMTPUTF8 parameter after checking that the server advertises SMTPUTF8.</source>
        <comment>X.6.10/fix/sendingServer</comment>
        <translation>Xử lý mã này giống hệt X.6.8: nếu công cụ của bạn xử lý được phản hồi UTF-8, hãy gửi lại VRFY hoặc EXPN kèm tham số SMTPUTF8 sau khi kiểm tra rằng máy chủ công bố SMTPUTF8.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the server software or its reply templates so that it sends X.6.8, since X.6.10 is deprecated in the registry.</source>
        <comment>X.6.10/fix/receivingServer</comment>
        <translation>Cập nhật phần mềm máy chủ hoặc các mẫu phản hồi của nó để máy chủ gửi X.6.8, vì X.6.10 đã lỗi thời trong sổ đăng ký.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.8 is the current code for a UTF-8 reply the client did not permit, while X.6.10 is its deprecated duplicate.</source>
        <comment>X.6.10/confusedWith/X.6.8</comment>
        <translation>X.6.8 là mã hiện hành cho phản hồi UTF-8 mà máy khách không cho phép, trong khi X.6.10 là bản trùng lặp đã lỗi thời của nó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid Characters in Message</source>
        <comment>5.6.11@Microsoft/title</comment>
        <translation>Ký tự không hợp lệ trong thư</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online uses 5.6.11 when the sending program put invalid characters into the message, specifically bare line feeds instead of proper CRLF line endings. SMTP requires every line to end with a carriage return followed by a line feed, and messages that break this rule are refused.</source>
        <comment>5.6.11@Microsoft/description</comment>
        <translation>Exchange Online dùng 5.6.11 khi chương trình gửi đưa ký tự không hợp lệ vào thư, cụ thể là ký tự xuống dòng LF đơn lẻ (bare line feed) thay vì ký tự kết thúc dòng CRLF đúng chuẩn. SMTP yêu cầu mỗi dòng phải kết thúc bằng ký tự về đầu dòng (CR) theo sau là ký tự xuống dòng (LF), và các thư vi phạm quy tắc này sẽ bị từ chối.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after DATA when headers or body contain LF characters without a preceding CR, often produced by scripts, printers or custom applications.</source>
        <comment>5.6.11@Microsoft/when</comment>
        <translation>Được trả về sau DATA khi tiêu đề hoặc nội dung thư chứa ký tự LF không có CR đứng trước, thường do script, máy in hoặc ứng dụng tùy chỉnh tạo ra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you send from a script, device or custom app, update it or switch it to a standard mail library. As a workaround, resend from Outlook or another standard client.</source>
        <comment>5.6.11@Microsoft/fix/sender</comment>
        <translation>Nếu bạn gửi từ một script, thiết bị hoặc ứng dụng tùy chỉnh, hãy cập nhật nó hoặc chuyển sang dùng một thư viện thư chuẩn. Để tạm khắc phục, hãy gửi lại từ Outlook hoặc một trình khách thư chuẩn khác.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the sending application convert all line endings to CRLF before transmission, and check whether an intermediate relay rewrites line endings incorrectly.</source>
        <comment>5.6.11@Microsoft/fix/sendingServer</comment>
        <translation>Cho ứng dụng gửi chuyển đổi mọi ký tự kết thúc dòng thành CRLF trước khi truyền, và kiểm tra xem có máy chủ chuyển tiếp (relay) trung gian nào viết lại ký tự kết thúc dòng không đúng không.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.0 is the registry&apos;s generic media or content error, while 5.6.11 is Microsoft&apos;s specific code for bare line feeds.</source>
        <comment>5.6.11@Microsoft/confusedWith/X.6.0</comment>
        <translation>X.6.0 là mã chung của sổ đăng ký cho lỗi phương tiện hoặc nội dung, trong khi 5.6.11 là mã riêng của Microsoft cho ký tự xuống dòng LF đơn lẻ (bare line feed).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.0.350 is a catch-all for unspecified recipient rejections, while 5.6.11 always points to bare line feeds in the message.</source>
        <comment>5.6.11@Microsoft/confusedWith/5.0.350@Microsoft</comment>
        <translation>5.0.350 là mã dùng chung cho các kiểu từ chối không xác định từ phía người nhận, trong khi 5.6.11 luôn chỉ đến ký tự xuống dòng LF đơn lẻ trong thư.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other or undefined security status</source>
        <comment>X.7.0/title</comment>
        <translation>Trạng thái bảo mật khác hoặc chưa xác định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A security or policy problem occurred that no more specific X.7 detail code describes, or that the server chooses not to explain. RFC 4954 uses it in 454 4.7.0 (temporary authentication failure) and 530 5.7.0 (authentication required), and many servers send 530 5.7.0 when STARTTLS must come first. A 4.7.0 can be retried later; a 5.7.0 needs a change before sending again.</source>
        <comment>X.7.0/description</comment>
        <translation>Đã xảy ra một vấn đề bảo mật hoặc chính sách mà không mã chi tiết X.7 cụ thể hơn nào mô tả được, hoặc máy chủ chọn không giải thích. RFC 4954 dùng mã này trong 454 4.7.0 (lỗi xác thực tạm thời) và 530 5.7.0 (cần xác thực), và nhiều máy chủ gửi 530 5.7.0 khi phải dùng STARTTLS trước. Với 4.7.0 có thể thử lại sau; với 5.7.0 cần thay đổi điều gì đó trước khi gửi lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It can follow almost any command, most often AUTH, STARTTLS, or MAIL FROM sent without authenticating. The text after the code usually names the real reason.</source>
        <comment>X.7.0/when</comment>
        <translation>Mã này có thể theo sau hầu như bất kỳ lệnh nào, thường nhất là AUTH, STARTTLS, hoặc MAIL FROM được gửi khi chưa xác thực. Văn bản sau mã thường nêu lý do thực sự.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the server text. If it says authentication is required, turn on SMTP authentication in your mail client with your full address and password, using port 587 with STARTTLS or port 465 with TLS. If it says STARTTLS is required, enable encryption in the outgoing server settings.</source>
        <comment>X.7.0/fix/sender</comment>
        <translation>Đọc văn bản của máy chủ. Nếu văn bản cho biết cần xác thực, hãy bật xác thực SMTP trong trình khách thư với địa chỉ đầy đủ và mật khẩu của bạn, dùng cổng 587 với STARTTLS hoặc cổng 465 với TLS. Nếu văn bản cho biết cần STARTTLS, hãy bật mã hóa trong thiết lập máy chủ thư đi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 4.7.0, let the queue retry and check whether the remote side reported a temporary authentication or TLS problem. For 5.7.0, check the relay credentials (Postfix smtp_sasl_password_maps, Exim authenticators) and that TLS is enabled toward the relay, for example smtp_tls_security_level = may or encrypt.</source>
        <comment>X.7.0/fix/sendingServer</comment>
        <translation>Với 4.7.0, hãy để hàng đợi thử lại và kiểm tra xem phía bên kia có báo sự cố xác thực hoặc TLS tạm thời hay không. Với 5.7.0, hãy kiểm tra thông tin đăng nhập dùng cho máy chủ chuyển tiếp (relay), tức smtp_sasl_password_maps của Postfix hoặc authenticators của Exim, và bảo đảm TLS đã được bật khi kết nối tới máy chủ chuyển tiếp, ví dụ smtp_tls_security_level = may hoặc encrypt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the session in your server log to see which check failed. Where a specific code exists, such as X.7.8 for bad credentials or X.7.1 for a policy refusal, use it so that clients can react correctly.</source>
        <comment>X.7.0/fix/receivingServer</comment>
        <translation>Tìm phiên đó trong nhật ký máy chủ để xem bước kiểm tra nào đã thất bại. Khi có mã cụ thể, chẳng hạn X.7.8 cho thông tin đăng nhập sai hoặc X.7.1 cho lời từ chối theo chính sách, hãy dùng mã đó để máy khách có thể phản ứng đúng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>454 after AUTH</source>
        <comment>X.7.0/contexts/0/context</comment>
        <translation>454 sau AUTH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server could not complete authentication because of a temporary problem, such as an unreachable password database, so a retry later can succeed.</source>
        <comment>X.7.0/contexts/0/meaning</comment>
        <translation>Máy chủ không thể hoàn tất xác thực do một sự cố tạm thời, chẳng hạn không truy cập được cơ sở dữ liệu mật khẩu, vì vậy thử lại sau có thể thành công.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>454 after STARTTLS</source>
        <comment>X.7.0/contexts/1/context</comment>
        <translation>454 sau STARTTLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS is temporarily unavailable on the server, for example because of a certificate or TLS library problem.</source>
        <comment>X.7.0/contexts/1/meaning</comment>
        <translation>TLS tạm thời không khả dụng trên máy chủ, ví dụ do sự cố chứng chỉ hoặc thư viện TLS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>530 before MAIL FROM</source>
        <comment>X.7.0/contexts/2/context</comment>
        <translation>530 trước MAIL FROM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server requires the client to authenticate, or with some servers to issue STARTTLS, before it accepts a mail transaction.</source>
        <comment>X.7.0/contexts/2/meaning</comment>
        <translation>Máy chủ yêu cầu máy khách xác thực, hoặc với một số máy chủ là gửi STARTTLS, trước khi chấp nhận một giao dịch thư.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.1 states that delivery was refused by policy, while X.7.0 is the catch-all used when no specific security detail applies or the server hides the reason.</source>
        <comment>X.7.0/confusedWith/X.7.1</comment>
        <translation>X.7.1 nói rõ rằng việc chuyển phát bị từ chối theo chính sách, trong khi X.7.0 là mã dùng chung khi không có chi tiết bảo mật cụ thể nào phù hợp hoặc máy chủ che giấu lý do.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.8 with 535 means the credentials were checked and found wrong, whereas X.7.0 as 454 4.7.0 after AUTH means the server could not check them because of a temporary problem.</source>
        <comment>X.7.0/confusedWith/X.7.8</comment>
        <translation>X.7.8 kèm 535 có nghĩa là thông tin đăng nhập đã được kiểm tra và bị xác định là sai, còn X.7.0 dưới dạng 454 4.7.0 sau AUTH có nghĩa là máy chủ không thể kiểm tra chúng do một sự cố tạm thời.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gmail Temporary Security Block</source>
        <comment>4.7.0@Google/title</comment>
        <translation>Gmail chặn tạm thời vì lý do bảo mật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail attaches 4.7.0 to several temporary security refusals, so the text decides the meaning. It may report that the recipient domain requires TLS, that the IP is not on the domain&apos;s allowlist, that the sending IP or domain has very low reputation or lacks a valid PTR record, or that there were too many login attempts.</source>
        <comment>4.7.0@Google/description</comment>
        <translation>Gmail gắn 4.7.0 vào nhiều lời từ chối bảo mật tạm thời, vì vậy nội dung văn bản quyết định ý nghĩa. Mã này có thể báo rằng tên miền người nhận yêu cầu TLS, rằng IP không nằm trong danh sách cho phép của tên miền, rằng IP hoặc tên miền gửi có uy tín rất thấp hoặc thiếu bản ghi PTR hợp lệ, hoặc rằng có quá nhiều lần thử đăng nhập.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned as 421 4.7.0 at connection, RCPT TO or after DATA by Gmail&apos;s inbound servers, or as 454 4.7.0 in reply to AUTH.</source>
        <comment>4.7.0@Google/when</comment>
        <translation>Được các máy chủ nhận thư của Gmail trả về dưới dạng 421 4.7.0 khi kết nối, tại RCPT TO hoặc sau DATA, hoặc dưới dạng 454 4.7.0 để phản hồi AUTH.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For login errors, stop retrying, wait, and check your password or app password. For other texts, forward the bounce to your administrator.</source>
        <comment>4.7.0@Google/fix/sender</comment>
        <translation>Với lỗi đăng nhập, hãy ngừng thử lại, chờ một lúc, rồi kiểm tra mật khẩu hoặc mật khẩu ứng dụng. Với các nội dung khác, hãy chuyển thư báo không gửi được cho quản trị viên của bạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use STARTTLS toward Gmail&apos;s MX hosts, give your IPs matching PTR and forward DNS, and authenticate with SPF and DKIM. Review reputation in Google Postmaster Tools and slow down if rate limited; ask the recipient to allowlist your IP if their domain requires it.</source>
        <comment>4.7.0@Google/fix/sendingServer</comment>
        <translation>Dùng STARTTLS khi gửi tới các máy MX của Gmail, cấu hình bản ghi PTR và DNS thuận khớp nhau cho các IP của bạn, và xác thực bằng SPF và DKIM. Xem lại uy tín trong Google Postmaster Tools và giảm tốc độ nếu bị giới hạn tốc độ; đề nghị người nhận thêm IP của bạn vào danh sách cho phép nếu tên miền của họ yêu cầu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS required for RCPT domain</source>
        <comment>4.7.0@Google/contexts/0/context</comment>
        <translation>Tên miền RCPT yêu cầu TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient&apos;s domain requires TLS and the session was not encrypted, so Gmail closes the connection.</source>
        <comment>4.7.0@Google/contexts/0/meaning</comment>
        <translation>Tên miền của người nhận yêu cầu TLS nhưng phiên không được mã hóa, vì vậy Gmail đóng kết nối.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP not in whitelist for RCPT domain</source>
        <comment>4.7.0@Google/contexts/1/context</comment>
        <translation>IP không có trong danh sách cho phép của tên miền RCPT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient domain accepts mail only from IP addresses on its own allowlist.</source>
        <comment>4.7.0@Google/contexts/1/meaning</comment>
        <translation>Tên miền người nhận chỉ chấp nhận thư từ các địa chỉ IP có trong danh sách cho phép của chính nó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low reputation or suspicious message</source>
        <comment>4.7.0@Google/contexts/2/context</comment>
        <translation>Uy tín thấp hoặc thư đáng ngờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail rate limits or blocks the mail because of very low sender reputation, a missing PTR record, or suspicious content or links.</source>
        <comment>4.7.0@Google/contexts/2/meaning</comment>
        <translation>Gmail giới hạn tốc độ hoặc chặn thư do uy tín người gửi rất thấp, thiếu bản ghi PTR, hoặc nội dung hay liên kết đáng ngờ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many login attempts</source>
        <comment>4.7.0@Google/contexts/3/context</comment>
        <translation>Quá nhiều lần thử đăng nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent as 454 4.7.0 in reply to AUTH after repeated failed logins, asking the client to wait before trying again.</source>
        <comment>4.7.0@Google/contexts/3/meaning</comment>
        <translation>Được gửi dưới dạng 454 4.7.0 để phản hồi AUTH sau nhiều lần đăng nhập thất bại, yêu cầu máy khách chờ trước khi thử lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>421 is the basic reply that closes the session, while Gmail&apos;s 4.7.0 text after it explains which security check failed.</source>
        <comment>4.7.0@Google/confusedWith/421</comment>
        <translation>421 là mã phản hồi cơ bản đóng phiên, trong khi văn bản 4.7.0 của Gmail đi sau nó giải thích bước kiểm tra bảo mật nào đã thất bại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4.7.28 specifically reports an unusual rate of mail, while 4.7.0 covers TLS, allowlist, reputation and login throttling cases.</source>
        <comment>4.7.0@Google/confusedWith/4.7.28@Google</comment>
        <translation>4.7.28 báo cụ thể về tốc độ gửi thư bất thường, trong khi 4.7.0 bao gồm các trường hợp về TLS, danh sách cho phép, uy tín và giới hạn số lần đăng nhập.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.0 is the registry&apos;s generic security or policy status, while Gmail uses 4.7.0 for several specific temporary checks.</source>
        <comment>4.7.0@Google/confusedWith/X.7.0</comment>
        <translation>X.7.0 là trạng thái bảo mật hoặc chính sách chung của sổ đăng ký, trong khi Gmail dùng 4.7.0 cho nhiều bước kiểm tra tạm thời cụ thể.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery not authorized, message refused</source>
        <comment>X.7.1/title</comment>
        <translation>Không được phép chuyển phát, thư bị từ chối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The receiving server refused the message because its policy does not allow this sender, connecting IP address or recipient. Typical causes are relaying without authentication, a block list listing, sender or recipient restrictions, and spam filter verdicts. A 5.7.1 lasts until something changes; a 4.7.1 is a temporary refusal, often greylisting or a short-term reputation or rate block.</source>
        <comment>X.7.1/description</comment>
        <translation>Máy chủ nhận đã từ chối thư vì chính sách của nó không cho phép người gửi, địa chỉ IP kết nối hoặc người nhận này. Các nguyên nhân điển hình là chuyển tiếp (relay) thư mà không xác thực, bị liệt kê trong danh sách chặn, các hạn chế đối với người gửi hoặc người nhận, và kết luận của bộ lọc thư rác. 5.7.1 kéo dài cho đến khi có điều gì đó thay đổi; 4.7.1 là lời từ chối tạm thời, thường do danh sách xám (greylisting) hoặc bị chặn ngắn hạn vì uy tín hay tốc độ gửi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually in reply to RCPT TO for relaying or recipient policy, or after the final dot of DATA for content filtering. Some servers also use it at connection time or after MAIL FROM.</source>
        <comment>X.7.1/when</comment>
        <translation>Thường để phản hồi RCPT TO do chính sách chuyển tiếp (relay) hoặc chính sách người nhận, hoặc sau dấu chấm cuối cùng của DATA do lọc nội dung. Một số máy chủ cũng dùng mã này lúc kết nối hoặc sau MAIL FROM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the reply says relaying is denied, enable SMTP authentication in your client and send through your own provider&apos;s submission server on port 587. Otherwise follow the server text or linked page, ask the recipient to allow your address, and check that you are not sending from a blocked network.</source>
        <comment>X.7.1/fix/sender</comment>
        <translation>Nếu phản hồi cho biết việc chuyển tiếp (relay) bị từ chối, hãy bật xác thực SMTP trong trình khách và gửi qua máy chủ tiếp nhận thư gửi đi (submission) của chính nhà cung cấp của bạn trên cổng 587. Nếu không, hãy làm theo văn bản của máy chủ hoặc trang được liên kết, đề nghị người nhận cho phép địa chỉ của bạn, và kiểm tra rằng bạn không gửi từ một mạng bị chặn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your outgoing IP address on public block lists such as Spamhaus and request delisting after fixing the cause. Make sure SPF, DKIM and DMARC pass and that the IP address has a matching PTR record. For 4.7.1, let the queue retry, because greylisting accepts the message on a later attempt.</source>
        <comment>X.7.1/fix/sendingServer</comment>
        <translation>Kiểm tra địa chỉ IP gửi đi của bạn trên các danh sách chặn công khai như Spamhaus và yêu cầu gỡ khỏi danh sách sau khi khắc phục nguyên nhân. Bảo đảm SPF, DKIM và DMARC đều đạt và địa chỉ IP có bản ghi PTR tương ứng. Với 4.7.1, hãy để hàng đợi thử lại, vì danh sách xám (greylisting) sẽ chấp nhận thư ở lần thử sau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the matching rule in your logs (Postfix smtpd_recipient_restrictions, Exim ACLs, your spam filter). For relay denials, confirm whether the client should authenticate or be listed in mynetworks. Use a specific code such as X.7.23 or X.7.25 when one particular check caused the refusal.</source>
        <comment>X.7.1/fix/receivingServer</comment>
        <translation>Tìm quy tắc tương ứng trong nhật ký (smtpd_recipient_restrictions của Postfix, ACL của Exim, bộ lọc thư rác của bạn). Với các lần từ chối chuyển tiếp (relay), hãy xác nhận xem máy khách nên xác thực hay nên được liệt kê trong mynetworks. Hãy dùng mã cụ thể như X.7.23 hoặc X.7.25 khi một bước kiểm tra cụ thể gây ra lời từ chối.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After RCPT TO</source>
        <comment>X.7.1/contexts/0/context</comment>
        <translation>Sau RCPT TO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Often a relay denial: the server does not accept mail for that domain from an unauthenticated client, or it refuses this recipient.</source>
        <comment>X.7.1/contexts/0/meaning</comment>
        <translation>Thường là từ chối chuyển tiếp (relay): máy chủ không nhận thư cho tên miền đó từ một máy khách chưa xác thực, hoặc từ chối người nhận này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After DATA</source>
        <comment>X.7.1/contexts/1/context</comment>
        <translation>Sau DATA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A content, spam or policy filter rejected the message itself.</source>
        <comment>X.7.1/contexts/1/meaning</comment>
        <translation>Một bộ lọc nội dung, thư rác hoặc chính sách đã từ chối chính thư đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class 4 (4.7.1)</source>
        <comment>X.7.1/contexts/2/context</comment>
        <translation>Lớp 4 (4.7.1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The refusal is temporary, typically greylisting or a temporary reputation block, and a later retry can succeed.</source>
        <comment>X.7.1/contexts/2/meaning</comment>
        <translation>Lời từ chối là tạm thời, thường do danh sách xám (greylisting) hoặc bị chặn tạm thời vì uy tín, và thử lại sau có thể thành công.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.1 means the recipient mailbox does not exist, whereas X.7.1 means the mailbox may exist but the server refuses mail from this sender or client.</source>
        <comment>X.7.1/confusedWith/X.1.1</comment>
        <translation>X.1.1 có nghĩa là hộp thư người nhận không tồn tại, còn X.7.1 có nghĩa là hộp thư có thể tồn tại nhưng máy chủ từ chối thư từ người gửi hoặc máy khách này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.0 is the unspecified security status, while X.7.1 says explicitly that the sender is not authorized and the message was refused.</source>
        <comment>X.7.1/confusedWith/X.7.0</comment>
        <translation>X.7.0 là trạng thái bảo mật không xác định, trong khi X.7.1 nói rõ rằng người gửi không được phép và thư đã bị từ chối.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.23 names an SPF failure explicitly, while X.7.1 is the generic refusal that many servers still send for SPF failures and other policy checks.</source>
        <comment>X.7.1/confusedWith/X.7.23</comment>
        <translation>X.7.23 nêu rõ lỗi SPF, trong khi X.7.1 là lời từ chối chung mà nhiều máy chủ vẫn gửi cho lỗi SPF và các kiểm tra chính sách khác.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gmail Policy or Spam Rejection</source>
        <comment>5.7.1@Google/title</comment>
        <translation>Gmail từ chối vì chính sách hoặc thư rác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail uses 550 5.7.1 for many permanent refusals, and the text names the cause. Common ones are mail judged likely unsolicited, very low sender reputation, a message that is not RFC 5322 compliant, a Workspace administrator&apos;s policy tagged gcdp, and mismatched relay credentials. With 535, the same code means the username and password were not accepted.</source>
        <comment>5.7.1@Google/description</comment>
        <translation>Gmail dùng 550 5.7.1 cho nhiều lời từ chối vĩnh viễn, và văn bản nêu nguyên nhân. Các nguyên nhân thường gặp là thư bị đánh giá có khả năng là thư không mong muốn, uy tín người gửi rất thấp, thư không tuân thủ RFC 5322, chính sách của quản trị viên Workspace được gắn thẻ gcdp, và thông tin đăng nhập chuyển tiếp (relay) không khớp. Khi đi kèm 535, cùng mã này có nghĩa là tên người dùng và mật khẩu không được chấp nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to RCPT TO or after DATA by Gmail&apos;s inbound servers, or as 535 5.7.1 in reply to AUTH on Gmail&apos;s submission servers.</source>
        <comment>5.7.1@Google/when</comment>
        <translation>Được các máy chủ nhận thư của Gmail trả về cho RCPT TO hoặc sau DATA, hoặc dưới dạng 535 5.7.1 để phản hồi AUTH trên các máy chủ nhận thư gửi đi (submission) của Gmail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For login errors, use the correct password or an app password if the account uses 2-Step Verification. For policy texts, ask the recipient&apos;s administrator; for spam texts, contact your email provider.</source>
        <comment>5.7.1@Google/fix/sender</comment>
        <translation>Với lỗi đăng nhập, hãy dùng đúng mật khẩu, hoặc mật khẩu ứng dụng nếu tài khoản bật Xác minh 2 bước. Với nội dung về chính sách, hãy hỏi quản trị viên phía người nhận; với nội dung về thư rác, hãy liên hệ nhà cung cấp email của bạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authenticate with SPF, DKIM and DMARC, check reputation in Google Postmaster Tools, and fix malformed headers such as a missing Message-ID or several From addresses. For Workspace SMTP relay, register the sending IP or use SMTP AUTH.</source>
        <comment>5.7.1@Google/fix/sendingServer</comment>
        <translation>Xác thực bằng SPF, DKIM và DMARC, kiểm tra uy tín trong Google Postmaster Tools, và sửa các tiêu đề sai định dạng như thiếu Message-ID hoặc có nhiều địa chỉ From. Với dịch vụ chuyển tiếp (relay) SMTP của Workspace, hãy đăng ký IP gửi hoặc dùng SMTP AUTH.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likely unsolicited mail</source>
        <comment>5.7.1@Google/contexts/0/context</comment>
        <translation>Có khả năng là thư không mong muốn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail&apos;s spam filtering blocked the message based on content, reputation or sending patterns.</source>
        <comment>5.7.1@Google/contexts/0/meaning</comment>
        <translation>Bộ lọc thư rác của Gmail đã chặn thư dựa trên nội dung, uy tín hoặc hành vi gửi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not RFC 5322 compliant</source>
        <comment>5.7.1@Google/contexts/1/context</comment>
        <translation>Không tuân thủ RFC 5322</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message lacks a valid From or Message-ID header, has duplicate headers, or uses encoding that is not allowed in a header.</source>
        <comment>5.7.1@Google/contexts/1/meaning</comment>
        <translation>Thư thiếu tiêu đề From hoặc Message-ID hợp lệ, có tiêu đề trùng lặp, hoặc dùng kiểu mã hóa không được phép trong tiêu đề.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy tagged gcdp</source>
        <comment>5.7.1@Google/contexts/2/context</comment>
        <translation>Chính sách được gắn thẻ gcdp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A custom rule created by a Google Workspace administrator prohibited the message.</source>
        <comment>5.7.1@Google/contexts/2/meaning</comment>
        <translation>Một quy tắc tùy chỉnh do quản trị viên Google Workspace tạo đã cấm thư này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>535 5.7.1 after AUTH</source>
        <comment>5.7.1@Google/contexts/3/context</comment>
        <translation>535 5.7.1 sau AUTH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail rejected the login, for example because the password is wrong or an app password is required.</source>
        <comment>5.7.1@Google/contexts/3/meaning</comment>
        <translation>Gmail đã từ chối đăng nhập, ví dụ vì sai mật khẩu hoặc cần dùng mật khẩu ứng dụng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.26 specifically means authentication failed, while 5.7.1 covers spam, policy, formatting and credential refusals.</source>
        <comment>5.7.1@Google/confusedWith/5.7.26@Google</comment>
        <translation>5.7.26 có nghĩa cụ thể là xác thực thất bại, trong khi 5.7.1 bao gồm các lời từ chối vì thư rác, chính sách, định dạng và thông tin đăng nhập.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange&apos;s 5.7.1 mostly reports permissions and relaying, while Gmail&apos;s 5.7.1 most often reports spam or formatting rejections.</source>
        <comment>5.7.1@Google/confusedWith/5.7.1@Microsoft</comment>
        <translation>5.7.1 của Exchange chủ yếu báo về quyền hạn và chuyển tiếp (relay), trong khi 5.7.1 của Gmail thường báo về lời từ chối do thư rác hoặc lỗi định dạng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery Not Authorized or Relay Denied</source>
        <comment>5.7.1@Microsoft/title</comment>
        <translation>Không được phép chuyển phát hoặc bị từ chối chuyển tiếp (relay)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange uses 5.7.1 for several permission failures, so the text after the code matters. &quot;Delivery not authorized&quot; means the sender may not write to that recipient, often a restricted group or a mail flow rule. &quot;Unable to relay&quot; means the server is not the final destination for the domain. &quot;Client was not authenticated&quot; means the server requires authentication first.</source>
        <comment>5.7.1@Microsoft/description</comment>
        <translation>Exchange dùng 5.7.1 cho nhiều lỗi về quyền hạn, vì vậy văn bản sau mã rất quan trọng. &quot;Delivery not authorized&quot; (không được phép chuyển phát) có nghĩa là người gửi không được phép gửi thư tới người nhận đó, thường là một nhóm bị hạn chế hoặc một quy tắc luồng thư (mail flow rule). &quot;Unable to relay&quot; (không thể chuyển tiếp) có nghĩa là máy chủ không phải là đích cuối cùng cho tên miền đó. &quot;Client was not authenticated&quot; (máy khách chưa được xác thực) có nghĩa là máy chủ yêu cầu xác thực trước.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned as 550 5.7.1, or as 530 5.7.1 for the authentication case, to RCPT TO or after DATA when a permission check on the receiving Exchange system fails.</source>
        <comment>5.7.1@Microsoft/when</comment>
        <translation>Được trả về dưới dạng 550 5.7.1, hoặc 530 5.7.1 trong trường hợp xác thực, cho RCPT TO hoặc sau DATA khi một bước kiểm tra quyền trên hệ thống Exchange phía nhận thất bại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the address is correct and ask the group owner or the recipient&apos;s administrator to allow you to send. If you use a device or app, make sure it authenticates with valid credentials.</source>
        <comment>5.7.1@Microsoft/fix/sender</comment>
        <translation>Kiểm tra xem địa chỉ có đúng không và đề nghị chủ sở hữu nhóm hoặc quản trị viên phía người nhận cho phép bạn gửi thư. Nếu bạn dùng thiết bị hoặc ứng dụng, hãy bảo đảm nó xác thực bằng thông tin đăng nhập hợp lệ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For relay errors, check that you deliver to the domain&apos;s correct MX host or that your IP is allowed on the relay connector. Configure SMTP authentication where the receiving server requires it.</source>
        <comment>5.7.1@Microsoft/fix/sendingServer</comment>
        <translation>Với lỗi chuyển tiếp (relay), hãy kiểm tra xem bạn có chuyển phát tới đúng máy MX của tên miền không, hoặc IP của bạn có được phép trên connector chuyển tiếp không. Cấu hình xác thực SMTP khi máy chủ nhận yêu cầu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check delivery management, moderation and mail flow rules for the recipient, and confirm that MX records and accepted domains match. Grant relay rights only to known IP addresses or authenticated senders.</source>
        <comment>5.7.1@Microsoft/fix/receivingServer</comment>
        <translation>Kiểm tra cài đặt quản lý chuyển phát, kiểm duyệt và các quy tắc luồng thư (mail flow rule) cho người nhận, và xác nhận rằng các bản ghi MX và tên miền được chấp nhận khớp nhau. Chỉ cấp quyền chuyển tiếp (relay) cho các địa chỉ IP đã biết hoặc người gửi đã xác thực.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery not authorized</source>
        <comment>5.7.1@Microsoft/contexts/0/context</comment>
        <translation>Không được phép chuyển phát</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient, often a distribution group limited to members or approved senders, or a mail flow rule does not accept this sender.</source>
        <comment>5.7.1@Microsoft/contexts/0/meaning</comment>
        <translation>Người nhận, thường là một nhóm phân phối chỉ cho phép thành viên hoặc người gửi được phê duyệt, hoặc một quy tắc luồng thư (mail flow rule), không chấp nhận người gửi này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unable to relay</source>
        <comment>5.7.1@Microsoft/contexts/1/context</comment>
        <translation>Không thể chuyển tiếp (relay)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The receiving system does not accept mail for the recipient&apos;s domain from an anonymous sender, often because of a wrong MX record or missing relay permission.</source>
        <comment>5.7.1@Microsoft/contexts/1/meaning</comment>
        <translation>Hệ thống nhận không chấp nhận thư cho tên miền của người nhận từ người gửi ẩn danh, thường do bản ghi MX sai hoặc thiếu quyền chuyển tiếp (relay).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client was not authenticated</source>
        <comment>5.7.1@Microsoft/contexts/2/context</comment>
        <translation>Máy khách chưa được xác thực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The receiving server accepts mail only after authentication, and the sending system did not authenticate.</source>
        <comment>5.7.1@Microsoft/contexts/2/meaning</comment>
        <translation>Máy chủ nhận chỉ chấp nhận thư sau khi xác thực, và hệ thống gửi đã không xác thực.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.1 is the registry&apos;s general code for delivery not authorized, while Exchange attaches several distinct meanings to 5.7.1 that only the accompanying text separates.</source>
        <comment>5.7.1@Microsoft/confusedWith/X.7.1</comment>
        <translation>X.7.1 là mã chung trong sổ đăng ký cho việc không được phép chuyển phát, trong khi Exchange gắn nhiều ý nghĩa khác nhau cho 5.7.1 mà chỉ văn bản đi kèm mới phân biệt được.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.57 is specific to unauthenticated submission to smtp.office365.com, while 5.7.1 with &quot;Client was not authenticated&quot; comes from any receiving server that requires authentication.</source>
        <comment>5.7.1@Microsoft/confusedWith/5.7.57@Microsoft</comment>
        <translation>5.7.57 dành riêng cho việc gửi thư chưa xác thực tới smtp.office365.com, trong khi 5.7.1 kèm &quot;Client was not authenticated&quot; đến từ bất kỳ máy chủ nhận nào yêu cầu xác thực.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.124 names the specific cause, a sender missing from a group&apos;s allowed list, while 5.7.1 with &quot;Delivery not authorized&quot; is the general form.</source>
        <comment>5.7.1@Microsoft/confusedWith/5.7.124@Microsoft</comment>
        <translation>5.7.124 nêu nguyên nhân cụ thể là người gửi không có trong danh sách được phép của nhóm, trong khi 5.7.1 kèm &quot;Delivery not authorized&quot; là dạng chung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailing list expansion prohibited</source>
        <comment>X.7.2/title</comment>
        <translation>Không được phép mở rộng danh sách thư</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sender is not allowed to send to the mailing list addressed as a recipient. Lists often accept posts only from subscribers or approved senders, or are announcement-only. The registry describes the code as useful only as a permanent failure, so it normally appears as 5.7.2.</source>
        <comment>X.7.2/description</comment>
        <translation>Người gửi không được phép gửi tới danh sách thư được dùng làm người nhận. Các danh sách thường chỉ nhận bài gửi từ thành viên đã đăng ký hoặc người gửi được phê duyệt, hoặc chỉ dùng để thông báo. Sổ đăng ký mô tả mã này chỉ hữu ích dưới dạng lỗi vĩnh viễn, vì vậy nó thường xuất hiện dưới dạng 5.7.2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually in reply to RCPT TO for the list address, or in a bounce from the list software after the message was accepted.</source>
        <comment>X.7.2/when</comment>
        <translation>Thường để phản hồi RCPT TO cho địa chỉ danh sách, hoặc trong thư báo không gửi được (NDR) từ phần mềm quản lý danh sách sau khi thư đã được chấp nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post from the address that is subscribed to the list, subscribe first, or ask the list owner to allow your address. Check that your client did not send from an alias or another identity.</source>
        <comment>X.7.2/fix/sender</comment>
        <translation>Gửi bài từ địa chỉ đã đăng ký vào danh sách, đăng ký trước, hoặc đề nghị chủ sở hữu danh sách cho phép địa chỉ của bạn. Kiểm tra xem trình khách của bạn có gửi từ một bí danh hoặc một danh tính khác hay không.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the list&apos;s posting policy (members only, moderated, announcement-only) in the list manager, such as Mailman or Sympa, and add the sender to the allowed posters if appropriate.</source>
        <comment>X.7.2/fix/receivingServer</comment>
        <translation>Kiểm tra chính sách đăng bài của danh sách (chỉ thành viên, có kiểm duyệt, chỉ thông báo) trong trình quản lý danh sách, chẳng hạn Mailman hoặc Sympa, và thêm người gửi vào danh sách người được phép đăng bài nếu phù hợp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.4 reports a technical problem expanding the list, while X.7.2 means the list refused this sender for policy reasons.</source>
        <comment>X.7.2/confusedWith/X.2.4</comment>
        <translation>X.2.4 báo cáo một sự cố kỹ thuật khi mở rộng danh sách, trong khi X.7.2 có nghĩa là danh sách đã từ chối người gửi này vì lý do chính sách.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.1 is a general refusal of the sender, whereas X.7.2 applies specifically to posting to a mailing list.</source>
        <comment>X.7.2/confusedWith/X.7.1</comment>
        <translation>X.7.1 là lời từ chối chung đối với người gửi, còn X.7.2 chỉ áp dụng riêng cho việc gửi bài tới danh sách thư.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security conversion required but not possible</source>
        <comment>X.7.3/title</comment>
        <translation>Cần chuyển đổi bảo mật nhưng không thể thực hiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery required converting the message from one secure messaging format to another, for example at a gateway between systems with different encryption or signing schemes, and the conversion could not be done. The registry describes it as useful only as a permanent failure. It is rare on the public Internet.</source>
        <comment>X.7.3/description</comment>
        <translation>Việc chuyển phát đòi hỏi chuyển thư từ một định dạng nhắn tin bảo mật sang một định dạng khác, ví dụ tại một cổng nối (gateway) giữa các hệ thống dùng cơ chế mã hóa hoặc ký khác nhau, và việc chuyển đổi không thực hiện được. Sổ đăng ký mô tả mã này chỉ hữu ích dưới dạng lỗi vĩnh viễn. Mã này hiếm gặp trên Internet công cộng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typically in a bounce from a gateway or security appliance after the message was accepted, rather than as a direct SMTP reply.</source>
        <comment>X.7.3/when</comment>
        <translation>Thường xuất hiện trong thư báo không gửi được (NDR) từ một cổng nối (gateway) hoặc thiết bị bảo mật sau khi thư đã được chấp nhận, chứ không phải dưới dạng phản hồi SMTP trực tiếp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the message without the encryption or signature that the gateway cannot convert, or use a format the recipient&apos;s system supports, such as standard S/MIME.</source>
        <comment>X.7.3/fix/sender</comment>
        <translation>Gửi thư mà không dùng mã hóa hoặc chữ ký mà cổng nối (gateway) không chuyển đổi được, hoặc dùng một định dạng mà hệ thống của người nhận hỗ trợ, chẳng hạn S/MIME tiêu chuẩn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the gateway&apos;s security conversion settings and logs, and configure a supported mapping or let the message pass unconverted where policy allows.</source>
        <comment>X.7.3/fix/receivingServer</comment>
        <translation>Kiểm tra thiết lập chuyển đổi bảo mật và nhật ký của cổng nối (gateway), rồi cấu hình một ánh xạ được hỗ trợ hoặc cho thư đi qua mà không chuyển đổi khi chính sách cho phép.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.3 concerns a content conversion the next hop cannot perform, such as 8-bit to 7-bit, while X.7.3 concerns converting security wrapping such as encryption or signatures.</source>
        <comment>X.7.3/confusedWith/X.6.3</comment>
        <translation>X.6.3 liên quan đến một phép chuyển đổi nội dung mà chặng kế tiếp không thực hiện được, chẳng hạn từ 8 bit sang 7 bit, trong khi X.7.3 liên quan đến việc chuyển đổi lớp bọc bảo mật như mã hóa hoặc chữ ký.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security features not supported</source>
        <comment>X.7.4/title</comment>
        <translation>Không hỗ trợ các tính năng bảo mật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message or command asked for a security feature that the server or delivery protocol does not support, most often an authentication mechanism. A common example is 504 5.7.4 &quot;Unrecognized authentication type&quot; when a client uses an AUTH mechanism the server does not offer. It is meant as a permanent failure.</source>
        <comment>X.7.4/description</comment>
        <translation>Thư hoặc lệnh yêu cầu một tính năng bảo mật mà máy chủ hoặc giao thức chuyển phát không hỗ trợ, thường nhất là một cơ chế xác thực. Một ví dụ phổ biến là 504 5.7.4 &quot;Unrecognized authentication type&quot; khi máy khách dùng một cơ chế AUTH mà máy chủ không cung cấp. Mã này được dùng như một lỗi vĩnh viễn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually in reply to AUTH with an unsupported mechanism, or when a message requires a security feature that the next hop lacks.</source>
        <comment>X.7.4/when</comment>
        <translation>Thường để phản hồi AUTH với một cơ chế không được hỗ trợ, hoặc khi một thư yêu cầu tính năng bảo mật mà chặng kế tiếp không có.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the mail client, change the authentication method to one the server supports, usually normal password (PLAIN or LOGIN over TLS) or OAuth2. Enable STARTTLS or SSL/TLS, because some servers offer AUTH only on encrypted connections.</source>
        <comment>X.7.4/fix/sender</comment>
        <translation>Trong trình khách thư, hãy đổi phương thức xác thực sang một phương thức mà máy chủ hỗ trợ, thường là mật khẩu thông thường (PLAIN hoặc LOGIN qua TLS) hoặc OAuth2. Bật STARTTLS hoặc SSL/TLS, vì một số máy chủ chỉ cung cấp AUTH trên kết nối được mã hóa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the mechanisms listed after AUTH in the server&apos;s EHLO reply and configure the relay client to use one of them, for example with Postfix smtp_sasl_mechanism_filter. Start TLS first if the server advertises AUTH only after STARTTLS.</source>
        <comment>X.7.4/fix/sendingServer</comment>
        <translation>Kiểm tra các cơ chế được liệt kê sau AUTH trong phản hồi EHLO của máy chủ và cấu hình phía máy khách kết nối tới máy chủ chuyển tiếp (relay) để dùng một trong số đó, ví dụ bằng smtp_sasl_mechanism_filter của Postfix. Hãy khởi động TLS trước nếu máy chủ chỉ công bố AUTH sau STARTTLS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm which SASL mechanisms are enabled (Postfix smtpd_sasl settings, Dovecot auth_mechanisms, Exchange receive connector authentication) and whether password authentication over TLS is allowed on the connector clients use.</source>
        <comment>X.7.4/fix/receivingServer</comment>
        <translation>Xác nhận những cơ chế SASL nào đang được bật (các thiết lập smtpd_sasl của Postfix, auth_mechanisms của Dovecot, xác thực trên receive connector của Exchange) và việc xác thực bằng mật khẩu qua TLS có được cho phép trên connector mà máy khách sử dụng hay không.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.9 means the mechanism is supported but too weak for this user, whereas X.7.4 means the requested mechanism or feature is not supported at all.</source>
        <comment>X.7.4/confusedWith/X.7.9</comment>
        <translation>X.7.9 có nghĩa là cơ chế được hỗ trợ nhưng quá yếu đối với người dùng này, còn X.7.4 có nghĩa là cơ chế hoặc tính năng được yêu cầu hoàn toàn không được hỗ trợ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bare 502 means the whole command is not implemented, while 504 X.7.4 means the command exists but the requested security parameter or mechanism is not supported.</source>
        <comment>X.7.4/confusedWith/502</comment>
        <translation>Một mã 502 đơn thuần có nghĩa là toàn bộ lệnh chưa được triển khai, trong khi 504 X.7.4 có nghĩa là lệnh có tồn tại nhưng tham số bảo mật hoặc cơ chế được yêu cầu không được hỗ trợ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cryptographic failure</source>
        <comment>X.7.5/title</comment>
        <translation>Lỗi mật mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A system entitled to verify or decrypt the message could not do so because a necessary key was unavailable or invalid. It appears with encrypted mail whose key is missing, and some filters use it for failed signature checks. As 4.7.5 the key may become available later; as 5.7.5 the message will not pass without a change.</source>
        <comment>X.7.5/description</comment>
        <translation>Một hệ thống có thẩm quyền xác minh hoặc giải mã thư đã không thể làm việc đó vì thiếu một khóa cần thiết hoặc khóa không hợp lệ. Mã này xuất hiện với thư được mã hóa bị thiếu khóa, và một số bộ lọc dùng nó cho các lần kiểm tra chữ ký thất bại. Với 4.7.5, khóa có thể sẽ có sau; với 5.7.5, thư sẽ không được chấp nhận nếu không có thay đổi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the final dot of DATA, when the server checks signatures or decrypts, or in a later bounce from a gateway.</source>
        <comment>X.7.5/when</comment>
        <translation>Sau dấu chấm cuối cùng của DATA, khi máy chủ kiểm tra chữ ký hoặc giải mã, hoặc trong thư báo không gửi được (NDR) được gửi sau đó từ một cổng nối (gateway).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you sent encrypted mail, check that you used the recipient&apos;s current public key or certificate. If the bounce mentions DKIM, ask your mail administrator to check the signing setup.</source>
        <comment>X.7.5/fix/sender</comment>
        <translation>Nếu bạn đã gửi thư được mã hóa, hãy kiểm tra xem bạn có dùng khóa công khai hoặc chứng chỉ hiện tại của người nhận hay không. Nếu thư báo không gửi được (NDR) đề cập đến DKIM, hãy đề nghị quản trị viên thư của bạn kiểm tra thiết lập ký.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the text points to DKIM, publish the public key for the selector you sign with as a TXT record at selector._domainkey.example.com and confirm that it matches the private key. Send a test message to a checking service before resending.</source>
        <comment>X.7.5/fix/sendingServer</comment>
        <translation>Nếu văn bản chỉ ra DKIM, hãy công bố khóa công khai của selector mà bạn dùng để ký dưới dạng bản ghi TXT tại selector._domainkey.example.com và xác nhận rằng khóa này khớp với khóa riêng. Gửi một thư thử nghiệm tới một dịch vụ kiểm tra trước khi gửi lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the gateway has the keys or certificates it needs and that DNS lookups for public keys succeed. The verification log usually shows which key was missing or invalid.</source>
        <comment>X.7.5/fix/receivingServer</comment>
        <translation>Kiểm tra xem cổng nối (gateway) có đủ các khóa hoặc chứng chỉ cần thiết hay không và các tra cứu DNS cho khóa công khai có thành công hay không. Nhật ký xác minh thường cho biết khóa nào bị thiếu hoặc không hợp lệ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.7 means the message was altered so the check failed, whereas X.7.5 means the key needed to check or decrypt it was missing or invalid.</source>
        <comment>X.7.5/confusedWith/X.7.7</comment>
        <translation>X.7.7 có nghĩa là thư đã bị sửa đổi nên việc kiểm tra thất bại, còn X.7.5 có nghĩa là khóa cần để kiểm tra hoặc giải mã thư bị thiếu hoặc không hợp lệ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cryptographic algorithm not supported</source>
        <comment>X.7.6/title</comment>
        <translation>Không hỗ trợ thuật toán mật mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A system entitled to verify or decrypt the message could not do so because it does not support the algorithm used, such as a cipher, hash or signature type. Older gateways, for example, may not support newer signature algorithms. It is usually permanent for that message and delivery path.</source>
        <comment>X.7.6/description</comment>
        <translation>Một hệ thống có thẩm quyền xác minh hoặc giải mã thư đã không thể làm việc đó vì nó không hỗ trợ thuật toán được dùng, chẳng hạn một thuật toán mã hóa, hàm băm hoặc loại chữ ký. Ví dụ, các cổng nối (gateway) cũ có thể không hỗ trợ các thuật toán chữ ký mới hơn. Lỗi này thường là vĩnh viễn đối với thư đó và đường chuyển phát đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the final dot of DATA, or in a later bounce from a gateway that processes signed or encrypted content.</source>
        <comment>X.7.6/when</comment>
        <translation>Sau dấu chấm cuối cùng của DATA, hoặc trong thư báo không gửi được (NDR) được gửi sau đó từ một cổng nối (gateway) xử lý nội dung được ký hoặc mã hóa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend using a widely supported algorithm, for example an RSA certificate with SHA-256 for S/MIME, or ask the recipient which algorithms their system accepts.</source>
        <comment>X.7.6/fix/sender</comment>
        <translation>Gửi lại bằng một thuật toán được hỗ trợ rộng rãi, ví dụ chứng chỉ RSA với SHA-256 cho S/MIME, hoặc hỏi người nhận xem hệ thống của họ chấp nhận những thuật toán nào.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you sign DKIM with a newer algorithm such as Ed25519, add a second signature with rsa-sha256 so that older verifiers can still check the message.</source>
        <comment>X.7.6/fix/sendingServer</comment>
        <translation>Nếu bạn ký DKIM bằng một thuật toán mới hơn như Ed25519, hãy thêm một chữ ký thứ hai dùng rsa-sha256 để các trình xác minh cũ hơn vẫn có thể kiểm tra thư.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the gateway or filter software so that it supports current algorithms, and check its logs for the algorithm it rejected.</source>
        <comment>X.7.6/fix/receivingServer</comment>
        <translation>Cập nhật phần mềm cổng nối (gateway) hoặc bộ lọc để hỗ trợ các thuật toán hiện hành, và kiểm tra nhật ký của nó để biết thuật toán nào đã bị từ chối.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.5 means a needed key was missing or invalid, while X.7.6 means the key may be fine but the algorithm itself is not supported.</source>
        <comment>X.7.6/confusedWith/X.7.5</comment>
        <translation>X.7.5 có nghĩa là một khóa cần thiết bị thiếu hoặc không hợp lệ, trong khi X.7.6 có nghĩa là khóa có thể không có vấn đề gì nhưng bản thân thuật toán không được hỗ trợ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message integrity failure</source>
        <comment>X.7.7/title</comment>
        <translation>Lỗi toàn vẹn thư</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A system entitled to validate the message found that it had been corrupted or altered, so a signature or checksum no longer matched. Mailing lists, added footers and content filters that rewrite messages are common causes, for example when a DKIM body hash no longer matches. The registry allows its use as a permanent, transient or success code.</source>
        <comment>X.7.7/description</comment>
        <translation>Một hệ thống có thẩm quyền kiểm tra tính hợp lệ của thư phát hiện rằng thư đã bị hỏng hoặc bị sửa đổi, nên chữ ký hoặc tổng kiểm tra không còn khớp. Danh sách thư, phần chân thư được thêm vào và các bộ lọc nội dung viết lại thư là những nguyên nhân thường gặp, ví dụ khi hàm băm phần thân của DKIM không còn khớp. Sổ đăng ký cho phép dùng mã này làm mã lỗi vĩnh viễn, mã lỗi tạm thời hoặc mã thành công.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the final dot of DATA, or in a bounce from a gateway that checks signatures.</source>
        <comment>X.7.7/when</comment>
        <translation>Sau dấu chấm cuối cùng của DATA, hoặc trong thư báo không gửi được (NDR) từ một cổng nối (gateway) có kiểm tra chữ ký.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend directly rather than through a forwarder or list that edits the message, and avoid tools that rewrite the message after it is signed.</source>
        <comment>X.7.7/fix/sender</comment>
        <translation>Gửi lại trực tiếp thay vì qua một dịch vụ chuyển tiếp thư hoặc danh sách thư có chỉnh sửa thư, và tránh các công cụ viết lại thư sau khi thư đã được ký.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign as the last step before sending, after any footer, disclaimer or antivirus step that edits the message. Use relaxed canonicalization (c=relaxed/relaxed) for DKIM so that harmless whitespace changes do not break the signature.</source>
        <comment>X.7.7/fix/sendingServer</comment>
        <translation>Hãy ký ở bước cuối cùng trước khi gửi, sau mọi bước thêm chân thư, tuyên bố miễn trừ trách nhiệm hoặc quét virus có chỉnh sửa thư. Dùng chuẩn hóa relaxed (c=relaxed/relaxed) cho DKIM để các thay đổi khoảng trắng vô hại không làm hỏng chữ ký.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check whether a hop in your own path, such as a filter or gateway, changed the message before verification, and verify signatures before any local modification.</source>
        <comment>X.7.7/fix/receivingServer</comment>
        <translation>Kiểm tra xem có chặng nào trên đường đi của chính bạn, chẳng hạn bộ lọc hoặc cổng nối (gateway), đã thay đổi thư trước khi xác minh hay không, và hãy xác minh chữ ký trước mọi sửa đổi cục bộ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.20 says that no DKIM signature verified at all, while X.7.7 more generally says a checked message was altered or corrupted.</source>
        <comment>X.7.7/confusedWith/X.7.20</comment>
        <translation>X.7.20 cho biết không có chữ ký DKIM nào được xác minh thành công, trong khi X.7.7 nói chung hơn rằng một thư được kiểm tra đã bị sửa đổi hoặc bị hỏng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication credentials invalid</source>
        <comment>X.7.8/title</comment>
        <translation>Thông tin đăng nhập xác thực không hợp lệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server rejected the user name and password, token or other credentials sent with AUTH. It normally comes with 535, and the client should ask the user for new credentials instead of retrying the same ones. A class 4 form is rare; a temporary authentication problem is normally reported as 454 4.7.0.</source>
        <comment>X.7.8/description</comment>
        <translation>Máy chủ đã từ chối tên người dùng và mật khẩu, token hoặc thông tin đăng nhập khác được gửi bằng AUTH. Mã này thường đi kèm 535, và máy khách nên yêu cầu người dùng nhập thông tin đăng nhập mới thay vì thử lại với thông tin cũ. Dạng lớp 4 hiếm gặp; sự cố xác thực tạm thời thường được báo bằng 454 4.7.0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to AUTH, after the client has sent its credentials, for example after the base64-encoded user name and password of AUTH LOGIN.</source>
        <comment>X.7.8/when</comment>
        <translation>Để phản hồi AUTH, sau khi máy khách đã gửi thông tin đăng nhập, ví dụ sau tên người dùng và mật khẩu được mã hóa base64 của AUTH LOGIN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-enter your full email address as the user name and your current password. If the account uses two-step verification, create an app password (Gmail, Yahoo, iCloud) or switch the client to OAuth2 sign-in. Make sure an old saved password is not being reused.</source>
        <comment>X.7.8/fix/sender</comment>
        <translation>Nhập lại địa chỉ email đầy đủ làm tên người dùng và nhập mật khẩu hiện tại của bạn. Nếu tài khoản dùng xác minh hai bước, hãy tạo mật khẩu ứng dụng (Gmail, Yahoo, iCloud) hoặc chuyển trình khách sang đăng nhập bằng OAuth2. Bảo đảm không dùng lại một mật khẩu cũ đã lưu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the relay credentials in the MTA (Postfix smtp_sasl_password_maps followed by postmap, Exim authenticators) and in the application&apos;s SMTP settings. For Microsoft 365, SMTP AUTH must be enabled for the mailbox and not disabled for the tenant, and accounts with multifactor authentication need OAuth2.</source>
        <comment>X.7.8/fix/sendingServer</comment>
        <translation>Cập nhật thông tin đăng nhập dùng cho máy chủ chuyển tiếp (relay) trong MTA (smtp_sasl_password_maps của Postfix rồi chạy postmap, authenticators của Exim) và trong thiết lập SMTP của ứng dụng. Với Microsoft 365, SMTP AUTH phải được bật cho hộp thư và không bị tắt cho tenant, và các tài khoản dùng xác thực đa yếu tố cần OAuth2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the authentication log (Dovecot auth, saslauthd, Exchange) for the exact reason: unknown user, wrong password, locked account or blocked legacy sign-in. Many failures from one IP address suggest password guessing; rate-limit or block that source.</source>
        <comment>X.7.8/fix/receivingServer</comment>
        <translation>Kiểm tra nhật ký xác thực (auth của Dovecot, saslauthd, Exchange) để biết lý do chính xác: người dùng không xác định, sai mật khẩu, tài khoản bị khóa hoặc kiểu đăng nhập cũ (legacy) bị chặn. Nhiều lần thất bại từ cùng một địa chỉ IP cho thấy có người đang dò mật khẩu; hãy áp dụng giới hạn tốc độ hoặc chặn nguồn đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>530 5.7.0 means the client has not authenticated and must do so, while 535 X.7.8 means it tried and the credentials were refused.</source>
        <comment>X.7.8/confusedWith/530</comment>
        <translation>530 5.7.0 có nghĩa là máy khách chưa xác thực và phải xác thực, trong khi 535 X.7.8 có nghĩa là máy khách đã thử và thông tin đăng nhập bị từ chối.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.9 with 534 refuses the authentication mechanism as too weak, whereas X.7.8 rejects the credentials themselves.</source>
        <comment>X.7.8/confusedWith/X.7.9</comment>
        <translation>X.7.9 kèm 534 từ chối cơ chế xác thực vì quá yếu, còn X.7.8 từ chối chính thông tin đăng nhập.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>454 4.7.0 after AUTH is a temporary failure to check credentials and can be retried, while X.7.8 means the credentials were checked and found wrong.</source>
        <comment>X.7.8/confusedWith/454</comment>
        <translation>454 4.7.0 sau AUTH là lỗi tạm thời khi kiểm tra thông tin đăng nhập và có thể thử lại, trong khi X.7.8 có nghĩa là thông tin đăng nhập đã được kiểm tra và bị xác định là sai.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication mechanism is too weak</source>
        <comment>X.7.9/title</comment>
        <translation>Cơ chế xác thực quá yếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the AUTH mechanism the client chose because its policy requires a stronger one for this user, and the client should try another mechanism. Gmail, for example, returns 534 5.7.9 &quot;Application-specific password required&quot; when an account with two-step verification signs in with its normal password. It is permanent for that mechanism.</source>
        <comment>X.7.9/description</comment>
        <translation>Máy chủ đã từ chối cơ chế AUTH mà máy khách chọn vì chính sách của nó yêu cầu một cơ chế mạnh hơn cho người dùng này, và máy khách nên thử một cơ chế khác. Ví dụ, Gmail trả về 534 5.7.9 &quot;Application-specific password required&quot; khi một tài khoản đã bật xác minh hai bước đăng nhập bằng mật khẩu thông thường. Lỗi này là vĩnh viễn đối với cơ chế đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to AUTH, either right after the mechanism name or after the credentials have been sent.</source>
        <comment>X.7.9/when</comment>
        <translation>Để phản hồi AUTH, ngay sau tên cơ chế hoặc sau khi thông tin đăng nhập đã được gửi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch the client to a stronger sign-in method such as OAuth2, or create an app password if your provider requires one for accounts with two-step verification. Make sure the connection uses TLS, on port 587 with STARTTLS or port 465.</source>
        <comment>X.7.9/fix/sender</comment>
        <translation>Chuyển trình khách sang một phương thức đăng nhập mạnh hơn như OAuth2, hoặc tạo mật khẩu ứng dụng nếu nhà cung cấp của bạn yêu cầu đối với tài khoản có xác minh hai bước. Bảo đảm kết nối dùng TLS, trên cổng 587 với STARTTLS hoặc cổng 465.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configure the relay client to use a mechanism the server accepts, such as XOAUTH2, or PLAIN only over an encrypted connection, and replace the stored password with an app password if the provider requires it.</source>
        <comment>X.7.9/fix/sendingServer</comment>
        <translation>Cấu hình phía máy khách kết nối tới máy chủ chuyển tiếp (relay) để dùng một cơ chế mà máy chủ chấp nhận, chẳng hạn XOAUTH2, hoặc PLAIN chỉ qua kết nối được mã hóa, và thay mật khẩu đã lưu bằng mật khẩu ứng dụng nếu nhà cung cấp yêu cầu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check which mechanisms your policy allows per user, and advertise only those in the EHLO reply so that clients do not choose one that will be refused.</source>
        <comment>X.7.9/fix/receivingServer</comment>
        <translation>Kiểm tra xem chính sách của bạn cho phép những cơ chế nào đối với từng người dùng, và chỉ công bố những cơ chế đó trong phản hồi EHLO để máy khách không chọn một cơ chế sẽ bị từ chối.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.8 with 535 means the credentials were wrong, while X.7.9 with 534 means the credentials may be right but the mechanism used is not allowed for this user.</source>
        <comment>X.7.9/confusedWith/X.7.8</comment>
        <translation>X.7.8 kèm 535 có nghĩa là thông tin đăng nhập sai, trong khi X.7.9 kèm 534 có nghĩa là thông tin đăng nhập có thể đúng nhưng cơ chế được dùng không được phép đối với người dùng này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.4 means the mechanism is not supported at all, whereas X.7.9 means it is supported but too weak under the server&apos;s policy.</source>
        <comment>X.7.9/confusedWith/X.7.4</comment>
        <translation>X.7.4 có nghĩa là cơ chế hoàn toàn không được hỗ trợ, còn X.7.9 có nghĩa là cơ chế được hỗ trợ nhưng quá yếu theo chính sách của máy chủ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption needed</source>
        <comment>X.7.10/title</comment>
        <translation>Cần mã hóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The requested authentication mechanism may be used only with strong encryption in place, mainly plain-text mechanisms such as PLAIN and LOGIN. The client can start TLS and authenticate again, or choose a stronger mechanism. It refuses that attempt only; the same mechanism works once the connection is encrypted. The registry associates it with reply code 523.</source>
        <comment>X.7.10/description</comment>
        <translation>Cơ chế xác thực được yêu cầu chỉ có thể được dùng khi đã có mã hóa mạnh, chủ yếu là các cơ chế văn bản thuần như PLAIN và LOGIN. Máy khách có thể khởi động TLS và xác thực lại, hoặc chọn một cơ chế mạnh hơn. Mã này chỉ từ chối lần thử đó; cùng cơ chế đó sẽ hoạt động khi kết nối đã được mã hóa. Sổ đăng ký gắn mã này với mã phản hồi 523.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to AUTH sent over a connection that is not encrypted.</source>
        <comment>X.7.10/when</comment>
        <translation>Để phản hồi AUTH được gửi qua một kết nối không được mã hóa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable SSL/TLS or STARTTLS in the outgoing server settings of your mail client, usually port 587 with STARTTLS or port 465 with TLS, then send again.</source>
        <comment>X.7.10/fix/sender</comment>
        <translation>Bật SSL/TLS hoặc STARTTLS trong thiết lập máy chủ thư đi của trình khách thư, thường là cổng 587 với STARTTLS hoặc cổng 465 với TLS, rồi gửi lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue STARTTLS before AUTH when talking to this relay, for example with Postfix smtp_tls_security_level = encrypt for that destination, or use implicit TLS on port 465 (Postfix smtp_tls_wrappermode = yes).</source>
        <comment>X.7.10/fix/sendingServer</comment>
        <translation>Gửi STARTTLS trước AUTH khi làm việc với máy chủ chuyển tiếp (relay) này, ví dụ bằng smtp_tls_security_level = encrypt của Postfix cho đích đến đó, hoặc dùng TLS ngầm định trên cổng 465 (smtp_tls_wrappermode = yes của Postfix).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This behavior is normally intended. Make sure STARTTLS is advertised with a valid certificate so that clients can comply.</source>
        <comment>X.7.10/fix/receivingServer</comment>
        <translation>Hành vi này thường là có chủ ý. Hãy bảo đảm STARTTLS được công bố với một chứng chỉ hợp lệ để máy khách có thể đáp ứng yêu cầu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.11 with 538 is the older RFC 4954 code for an unencrypted AUTH attempt, kept for historical reasons, while X.7.10 with 523 is the general registry code asking for an encryption layer or a stronger mechanism.</source>
        <comment>X.7.10/confusedWith/X.7.11</comment>
        <translation>X.7.11 kèm 538 là mã cũ hơn của RFC 4954 cho lần thử AUTH không mã hóa, được giữ lại vì lý do lịch sử, trong khi X.7.10 kèm 523 là mã chung của sổ đăng ký, yêu cầu một tầng mã hóa hoặc một cơ chế mạnh hơn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption required for requested authentication mechanism</source>
        <comment>X.7.11/title</comment>
        <translation>Cơ chế xác thực được yêu cầu cần mã hóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The AUTH mechanism the client chose may be used only when the SMTP connection is encrypted. RFC 4954 documents this code for historical purposes: current servers should not advertise such mechanisms until TLS is active, so clients rarely see it. It usually comes with 538.</source>
        <comment>X.7.11/description</comment>
        <translation>Cơ chế AUTH mà máy khách chọn chỉ có thể được dùng khi kết nối SMTP đã được mã hóa. RFC 4954 ghi lại mã này vì mục đích lịch sử: các máy chủ hiện nay không nên công bố những cơ chế như vậy cho đến khi TLS được kích hoạt, nên máy khách hiếm khi gặp mã này. Mã này thường đi kèm 538.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to AUTH sent before STARTTLS on a server that still advertises plain-text mechanisms.</source>
        <comment>X.7.11/when</comment>
        <translation>Để phản hồi AUTH được gửi trước STARTTLS trên một máy chủ vẫn công bố các cơ chế văn bản thuần.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on STARTTLS or SSL/TLS in the outgoing server settings of your mail client and send again.</source>
        <comment>X.7.11/fix/sender</comment>
        <translation>Bật STARTTLS hoặc SSL/TLS trong thiết lập máy chủ thư đi của trình khách thư rồi gửi lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start TLS before authenticating to this relay, for example with Postfix smtp_tls_security_level = encrypt, and do not allow plain-text authentication on unencrypted connections.</source>
        <comment>X.7.11/fix/sendingServer</comment>
        <translation>Khởi động TLS trước khi xác thực với máy chủ chuyển tiếp (relay) này, ví dụ bằng smtp_tls_security_level = encrypt của Postfix, và không cho phép xác thực văn bản thuần trên các kết nối không được mã hóa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advertise plain-text mechanisms only after STARTTLS, for example with Postfix smtpd_tls_auth_only = yes, so that clients never try them unencrypted.</source>
        <comment>X.7.11/fix/receivingServer</comment>
        <translation>Chỉ công bố các cơ chế văn bản thuần sau STARTTLS, ví dụ bằng smtpd_tls_auth_only = yes của Postfix, để máy khách không bao giờ thử dùng chúng khi chưa mã hóa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.10 with 523 is the general registry code asking for encryption before this mechanism, while X.7.11 with 538 is the RFC 4954 code kept mainly for historical reasons.</source>
        <comment>X.7.11/confusedWith/X.7.10</comment>
        <translation>X.7.10 kèm 523 là mã chung của sổ đăng ký, yêu cầu mã hóa trước khi dùng cơ chế này, trong khi X.7.11 kèm 538 là mã của RFC 4954 được giữ lại chủ yếu vì lý do lịch sử.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password transition is needed</source>
        <comment>X.7.12/title</comment>
        <translation>Cần chuyển đổi mật khẩu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user must move to the selected authentication mechanism, typically by authenticating once with PLAIN over an encrypted connection so that the server can set up the new credential. After that, the selected mechanism should work in later sessions. It is a transient condition, normally sent as 432 4.7.12.</source>
        <comment>X.7.12/description</comment>
        <translation>Người dùng phải chuyển sang cơ chế xác thực đã chọn, thường bằng cách xác thực một lần bằng PLAIN qua kết nối được mã hóa để máy chủ có thể thiết lập thông tin đăng nhập mới. Sau đó, cơ chế đã chọn sẽ hoạt động trong các phiên sau. Đây là một tình trạng tạm thời, thường được gửi dưới dạng 432 4.7.12.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to AUTH with a mechanism for which the server does not yet hold a usable credential for this user.</source>
        <comment>X.7.12/when</comment>
        <translation>Để phản hồi AUTH với một cơ chế mà máy chủ chưa có thông tin đăng nhập dùng được cho người dùng này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in once with normal password (PLAIN) over an encrypted connection, then switch back to the preferred method. Contact your provider if the message keeps appearing.</source>
        <comment>X.7.12/fix/sender</comment>
        <translation>Đăng nhập một lần bằng mật khẩu thông thường (PLAIN) qua kết nối được mã hóa, rồi chuyển lại phương thức ưa dùng. Liên hệ nhà cung cấp nếu thông báo này vẫn tiếp tục xuất hiện.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authenticate the relay account once with PLAIN over TLS, then return to the stronger mechanism.</source>
        <comment>X.7.12/fix/sendingServer</comment>
        <translation>Xác thực tài khoản dùng cho máy chủ chuyển tiếp (relay) một lần bằng PLAIN qua TLS, rồi quay lại cơ chế mạnh hơn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure PLAIN over TLS is available so that users can complete the transition, and check that the password backend stores the credential the new mechanism needs.</source>
        <comment>X.7.12/fix/receivingServer</comment>
        <translation>Bảo đảm luôn có sẵn PLAIN qua TLS để người dùng có thể hoàn tất việc chuyển đổi, và kiểm tra xem hệ thống lưu trữ mật khẩu phía sau có lưu thông tin đăng nhập mà cơ chế mới cần hay không.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.8 means the credentials were wrong, while X.7.12 means they may be correct but must first be used once with PLAIN so the server can prepare the new mechanism.</source>
        <comment>X.7.12/confusedWith/X.7.8</comment>
        <translation>X.7.8 có nghĩa là thông tin đăng nhập sai, trong khi X.7.12 có nghĩa là thông tin đăng nhập có thể đúng nhưng trước hết phải được dùng một lần với PLAIN để máy chủ chuẩn bị cơ chế mới.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender Not Authenticated by Organization</source>
        <comment>5.7.12@Microsoft/title</comment>
        <translation>Người gửi không được tổ chức xác thực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.12 when the recipient is configured to reject messages from outside its organization and the sender was not authenticated as internal. Only an administrator of the recipient&apos;s organization can change this. The registry meaning of X.7.12, a required password transition, is unrelated.</source>
        <comment>5.7.12@Microsoft/description</comment>
        <translation>Exchange Online trả về 5.7.12 khi người nhận được cấu hình để từ chối thư từ bên ngoài tổ chức và người gửi không được xác thực là người gửi nội bộ. Chỉ quản trị viên của tổ chức người nhận mới có thể thay đổi điều này. Ý nghĩa của X.7.12 trong sổ đăng ký, tức cần chuyển đổi mật khẩu, không liên quan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned when an external or anonymous sender writes to an address that accepts internal senders only.</source>
        <comment>5.7.12@Microsoft/when</comment>
        <translation>Được trả về khi một người gửi bên ngoài hoặc ẩn danh gửi thư tới một địa chỉ chỉ chấp nhận người gửi nội bộ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach the recipient another way and ask their administrator to allow external senders, or send through an internal contact.</source>
        <comment>5.7.12@Microsoft/fix/sender</comment>
        <translation>Liên hệ với người nhận bằng cách khác và đề nghị quản trị viên của họ cho phép người gửi bên ngoài, hoặc gửi thông qua một người liên hệ nội bộ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If external mail should be accepted, change the recipient&apos;s delivery restrictions to allow senders inside and outside the organization, or add the sender to the allowed senders.</source>
        <comment>5.7.12@Microsoft/fix/receivingServer</comment>
        <translation>Nếu cần chấp nhận thư từ bên ngoài, hãy thay đổi hạn chế chuyển phát của người nhận để cho phép người gửi cả trong lẫn ngoài tổ chức, hoặc thêm người gửi vào danh sách người gửi được phép.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.12 in the registry means a password transition is needed before authentication, while Exchange Online&apos;s 5.7.12 means an external sender was refused by an internal-only recipient.</source>
        <comment>5.7.12@Microsoft/confusedWith/X.7.12</comment>
        <translation>X.7.12 trong sổ đăng ký có nghĩa là cần chuyển đổi mật khẩu trước khi xác thực, trong khi 5.7.12 của Exchange Online có nghĩa là một người gửi bên ngoài đã bị từ chối bởi người nhận chỉ chấp nhận người gửi nội bộ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.133 names a group as the restricted recipient, while 5.7.12 is the general form for any recipient that accepts internal senders only.</source>
        <comment>5.7.12@Microsoft/confusedWith/5.7.133@Microsoft</comment>
        <translation>5.7.133 nêu rõ người nhận bị hạn chế là một nhóm, trong khi 5.7.12 là dạng chung cho bất kỳ người nhận nào chỉ chấp nhận người gửi nội bộ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User account disabled</source>
        <comment>X.7.13/title</comment>
        <translation>Tài khoản người dùng bị vô hiệu hóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credentials were correct, but the account has been disabled, for example because of non-payment, abuse or a suspected break-in. Unlike a mistyped password, entering it again will not help: the failure lasts until an administrator re-enables the account. The registry associates it with 525.</source>
        <comment>X.7.13/description</comment>
        <translation>Thông tin đăng nhập đúng, nhưng tài khoản đã bị vô hiệu hóa, ví dụ do không thanh toán, lạm dụng hoặc nghi ngờ bị xâm nhập. Khác với trường hợp gõ sai mật khẩu, nhập lại sẽ không có tác dụng: lỗi kéo dài cho đến khi quản trị viên kích hoạt lại tài khoản. Sổ đăng ký gắn mã này với 525.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to AUTH, after successful authentication to an account that is disabled.</source>
        <comment>X.7.13/when</comment>
        <translation>Để phản hồi AUTH, sau khi xác thực thành công vào một tài khoản đã bị vô hiệu hóa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact your email provider or administrator to learn why the account was disabled and to have it re-enabled. If it was disabled after a compromise, change the password and review forwarding rules once access is restored.</source>
        <comment>X.7.13/fix/sender</comment>
        <translation>Liên hệ nhà cung cấp email hoặc quản trị viên để biết lý do tài khoản bị vô hiệu hóa và yêu cầu kích hoạt lại. Nếu tài khoản bị vô hiệu hóa sau khi bị xâm nhập, hãy đổi mật khẩu và xem lại các quy tắc chuyển tiếp thư khi đã truy cập lại được.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop retrying with this account. Contact the provider, or switch the application to an account that is active.</source>
        <comment>X.7.13/fix/sendingServer</comment>
        <translation>Ngừng thử lại với tài khoản này. Liên hệ nhà cung cấp, hoặc chuyển ứng dụng sang một tài khoản đang hoạt động.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the account status and the recorded reason in your directory, and re-enable the account once the cause, such as a compromise or a billing issue, is resolved.</source>
        <comment>X.7.13/fix/receivingServer</comment>
        <translation>Kiểm tra trạng thái tài khoản và lý do được ghi lại trong thư mục người dùng, và kích hoạt lại tài khoản khi nguyên nhân, chẳng hạn bị xâm nhập hoặc vấn đề thanh toán, đã được giải quyết.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.8 means the credentials were wrong and can be re-entered, whereas X.7.13 means they were right but the account is disabled.</source>
        <comment>X.7.13/confusedWith/X.7.8</comment>
        <translation>X.7.8 có nghĩa là thông tin đăng nhập sai và có thể nhập lại, còn X.7.13 có nghĩa là thông tin đăng nhập đúng nhưng tài khoản đã bị vô hiệu hóa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.1 says the recipient&apos;s mailbox is not accepting messages, while X.7.13 says the sender&apos;s own account is disabled for authentication.</source>
        <comment>X.7.13/confusedWith/X.2.1</comment>
        <translation>X.2.1 cho biết hộp thư của người nhận không nhận thư, trong khi X.7.13 cho biết chính tài khoản của người gửi bị vô hiệu hóa đối với việc xác thực.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust relationship required</source>
        <comment>X.7.14/title</comment>
        <translation>Cần quan hệ tin cậy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The submission server needs a configured trust relationship with another server, typically an IMAP server, to fetch message content referenced with the BURL command. It replaced the earlier use of X.7.8 for this case. Gmail also sends 534 5.7.14 asking the user to sign in through a web browser first, which is not the registry meaning.</source>
        <comment>X.7.14/description</comment>
        <translation>Máy chủ tiếp nhận thư gửi đi (submission) cần một quan hệ tin cậy đã được cấu hình với một máy chủ khác, thường là máy chủ IMAP, để lấy nội dung thư được tham chiếu bằng lệnh BURL. Mã này thay thế cách dùng X.7.8 trước đây cho trường hợp này. Gmail cũng gửi 534 5.7.14 để yêu cầu người dùng đăng nhập qua trình duyệt web trước, nhưng đó không phải là ý nghĩa trong sổ đăng ký.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to BURL when the server cannot fetch the referenced content, or at Gmail in reply to AUTH from a client.</source>
        <comment>X.7.14/when</comment>
        <translation>Để phản hồi BURL khi máy chủ không thể lấy nội dung được tham chiếu, hoặc tại Gmail để phản hồi AUTH từ máy khách.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the Gmail message, sign in to the account in a web browser, complete any security check, and then use an app password or OAuth2 in the mail client. For BURL errors, send the message normally instead of by reference.</source>
        <comment>X.7.14/fix/sender</comment>
        <translation>Với thông báo của Gmail, hãy đăng nhập vào tài khoản bằng trình duyệt web, hoàn tất mọi bước kiểm tra bảo mật, rồi dùng mật khẩu ứng dụng hoặc OAuth2 trong trình khách thư. Với lỗi BURL, hãy gửi thư theo cách thông thường thay vì gửi bằng tham chiếu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up the trust between the submission server and the IMAP server, for example the URLAUTH settings in Dovecot, so that BURL can fetch the referenced message.</source>
        <comment>X.7.14/fix/receivingServer</comment>
        <translation>Thiết lập quan hệ tin cậy giữa máy chủ tiếp nhận thư gửi đi (submission) và máy chủ IMAP, ví dụ các thiết lập URLAUTH trong Dovecot, để BURL có thể lấy thư được tham chiếu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.8 rejects the user&apos;s credentials, while X.7.14 means the servers lack the trust needed to fetch referenced content or, at Gmail, that an interactive sign-in is needed.</source>
        <comment>X.7.14/confusedWith/X.7.8</comment>
        <translation>X.7.8 từ chối thông tin đăng nhập của người dùng, trong khi X.7.14 có nghĩa là các máy chủ thiếu quan hệ tin cậy cần thiết để lấy nội dung được tham chiếu hoặc, tại Gmail, là cần đăng nhập tương tác.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.6 means the referenced content could not be fetched at all, whereas X.7.14 means fetching it is not permitted without a configured trust relationship.</source>
        <comment>X.7.14/confusedWith/X.6.6</comment>
        <translation>X.6.6 có nghĩa là hoàn toàn không lấy được nội dung được tham chiếu, còn X.7.14 có nghĩa là việc lấy nội dung không được phép khi chưa cấu hình quan hệ tin cậy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority level is too low</source>
        <comment>X.7.15/title</comment>
        <translation>Mức ưu tiên quá thấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message priority requested with the MT-PRIORITY extension is below the lowest priority the server currently accepts. A 4.7.15 usually means the server is temporarily taking only higher-priority mail, so a later retry can succeed; a 5.7.15 reflects a lasting policy. Other 4xx and 5xx reply codes are allowed besides 450 and 550.</source>
        <comment>X.7.15/description</comment>
        <translation>Mức ưu tiên của thư được yêu cầu bằng phần mở rộng MT-PRIORITY thấp hơn mức ưu tiên thấp nhất mà máy chủ hiện chấp nhận. 4.7.15 thường có nghĩa là máy chủ tạm thời chỉ nhận thư có mức ưu tiên cao hơn, nên thử lại sau có thể thành công; 5.7.15 phản ánh một chính sách lâu dài. Ngoài 450 và 550, các mã phản hồi 4xx và 5xx khác cũng được phép.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to MAIL FROM carrying an MT-PRIORITY parameter.</source>
        <comment>X.7.15/when</comment>
        <translation>Để phản hồi MAIL FROM có kèm tham số MT-PRIORITY.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send again later, or with a higher priority if you are entitled to use one.</source>
        <comment>X.7.15/fix/sender</comment>
        <translation>Gửi lại sau, hoặc gửi với mức ưu tiên cao hơn nếu bạn được phép dùng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 4.7.15, keep the message queued and retry. Check that the MT-PRIORITY values you send match what the relay trusts you to use, and agree a priority policy with its operator if needed.</source>
        <comment>X.7.15/fix/sendingServer</comment>
        <translation>Với 4.7.15, hãy giữ thư trong hàng đợi và thử lại. Kiểm tra xem các giá trị MT-PRIORITY bạn gửi có khớp với mức mà máy chủ chuyển tiếp (relay) tin tưởng cho phép bạn dùng hay không, và thỏa thuận chính sách ưu tiên với bên vận hành máy chủ đó nếu cần.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the priority thresholds in your MT-PRIORITY policy and whether the system is in a mode that accepts only high-priority mail.</source>
        <comment>X.7.15/fix/receivingServer</comment>
        <translation>Xem lại các ngưỡng ưu tiên trong chính sách MT-PRIORITY của bạn và kiểm tra xem hệ thống có đang ở chế độ chỉ nhận thư có mức ưu tiên cao hay không.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.16 refuses the message because it is too large for its priority, while X.7.15 refuses it because the priority itself is too low.</source>
        <comment>X.7.15/confusedWith/X.7.16</comment>
        <translation>X.7.16 từ chối thư vì thư quá lớn so với mức ưu tiên của nó, trong khi X.7.15 từ chối thư vì bản thân mức ưu tiên quá thấp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message too big for specified priority</source>
        <comment>X.7.16/title</comment>
        <translation>Thư quá lớn đối với mức ưu tiên đã chỉ định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message exceeds the size the server accepts at the requested MT-PRIORITY level, for example when only small high-priority messages are being taken. As 4.7.16 the limit may lift later; as 5.7.16 the message must be smaller or sent at a priority with a higher limit. 552 is the usual reply code, but other 4xx and 5xx codes are allowed.</source>
        <comment>X.7.16/description</comment>
        <translation>Thư vượt quá kích thước mà máy chủ chấp nhận ở mức MT-PRIORITY được yêu cầu, ví dụ khi máy chủ chỉ nhận các thư nhỏ có mức ưu tiên cao. Với 4.7.16, giới hạn có thể được dỡ bỏ sau; với 5.7.16, thư phải nhỏ hơn hoặc được gửi ở mức ưu tiên có giới hạn cao hơn. 552 là mã phản hồi thường dùng, nhưng các mã 4xx và 5xx khác cũng được phép.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to MAIL FROM with SIZE and MT-PRIORITY parameters, or after the final dot of DATA.</source>
        <comment>X.7.16/when</comment>
        <translation>Để phản hồi MAIL FROM có tham số SIZE và MT-PRIORITY, hoặc sau dấu chấm cuối cùng của DATA.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reduce the message size, for example by sharing large attachments as links, or send at a priority level that allows larger messages.</source>
        <comment>X.7.16/fix/sender</comment>
        <translation>Giảm kích thước thư, ví dụ bằng cách chia sẻ tệp đính kèm lớn dưới dạng liên kết, hoặc gửi ở mức ưu tiên cho phép thư lớn hơn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry a 4.7.16 later. For 5.7.16, return the message to the sender, or lower its priority only if your policy allows that.</source>
        <comment>X.7.16/fix/sendingServer</comment>
        <translation>Thử lại 4.7.16 sau. Với 5.7.16, hãy trả thư về cho người gửi, hoặc chỉ hạ mức ưu tiên của thư nếu chính sách của bạn cho phép.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the size limits configured for each priority level and whether they match your published policy.</source>
        <comment>X.7.16/fix/receivingServer</comment>
        <translation>Kiểm tra các giới hạn kích thước được cấu hình cho từng mức ưu tiên và xem chúng có khớp với chính sách bạn đã công bố hay không.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.4 means the message is larger than the server accepts at all, while X.7.16 means it is too large only for the requested priority.</source>
        <comment>X.7.16/confusedWith/X.3.4</comment>
        <translation>X.3.4 có nghĩa là thư lớn hơn mức mà máy chủ chấp nhận trong mọi trường hợp, trong khi X.7.16 có nghĩa là thư chỉ quá lớn đối với mức ưu tiên được yêu cầu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.15 refuses the priority level itself, whereas X.7.16 accepts the priority but not a message of this size at that priority.</source>
        <comment>X.7.16/confusedWith/X.7.15</comment>
        <translation>X.7.15 từ chối chính mức ưu tiên, còn X.7.16 chấp nhận mức ưu tiên nhưng không chấp nhận thư có kích thước này ở mức ưu tiên đó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox owner has changed</source>
        <comment>X.7.17/title</comment>
        <translation>Chủ sở hữu hộp thư đã thay đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message asked, through the Require-Recipient-Valid-Since header field or the RRVS extension, to be delivered only if the mailbox has had the same owner since a given date. The receiving system knows the mailbox has changed hands since then, so delivery would reach someone else. The registry associates it with 5xx replies.</source>
        <comment>X.7.17/description</comment>
        <translation>Thư đã yêu cầu, qua trường tiêu đề Require-Recipient-Valid-Since hoặc phần mở rộng RRVS, chỉ được chuyển phát nếu hộp thư vẫn thuộc cùng một chủ sở hữu kể từ một ngày nhất định. Hệ thống nhận biết rằng hộp thư đã đổi chủ kể từ ngày đó, nên việc chuyển phát sẽ đến tay người khác. Sổ đăng ký gắn mã này với các phản hồi 5xx.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to RCPT TO carrying the RRVS parameter, or after the final dot of DATA when the header field is evaluated.</source>
        <comment>X.7.17/when</comment>
        <translation>Để phản hồi RCPT TO có kèm tham số RRVS, hoặc sau dấu chấm cuối cùng của DATA khi trường tiêu đề được đánh giá.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not resend to this address. Confirm the person&apos;s current address through another channel and update your records.</source>
        <comment>X.7.17/fix/sender</comment>
        <translation>Đừng gửi lại tới địa chỉ này. Hãy xác nhận địa chỉ hiện tại của người đó qua một kênh khác và cập nhật hồ sơ của bạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treat it as a permanent failure and mark the address in the sending application so that no further mail is sent to it.</source>
        <comment>X.7.17/fix/sendingServer</comment>
        <translation>Coi đây là lỗi vĩnh viễn và đánh dấu địa chỉ trong ứng dụng gửi để không gửi thêm thư nào tới địa chỉ đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is usually needed, because the code protects the former owner&apos;s mail as intended.</source>
        <comment>X.7.17/fix/receivingServer</comment>
        <translation>Thường không cần làm gì, vì mã này bảo vệ thư của chủ sở hữu cũ đúng như dự định.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.1 means the mailbox does not exist, while X.7.17 means it exists but has belonged to someone else since the date given.</source>
        <comment>X.7.17/confusedWith/X.1.1</comment>
        <translation>X.1.1 có nghĩa là hộp thư không tồn tại, trong khi X.7.17 có nghĩa là hộp thư tồn tại nhưng đã thuộc về người khác kể từ ngày được nêu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.18 says the recipient&apos;s whole domain changed owner, whereas X.7.17 says one mailbox did.</source>
        <comment>X.7.17/confusedWith/X.7.18</comment>
        <translation>X.7.18 cho biết toàn bộ tên miền của người nhận đã đổi chủ, còn X.7.17 cho biết chỉ một hộp thư đổi chủ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain owner has changed</source>
        <comment>X.7.18/title</comment>
        <translation>Chủ sở hữu tên miền đã thay đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message requested RRVS protection, and the receiving system discloses that the recipient&apos;s domain name has changed owner since the date given. Any mailbox under that domain may now belong to someone unrelated to the intended recipient. The registry associates it with 5xx replies.</source>
        <comment>X.7.18/description</comment>
        <translation>Thư đã yêu cầu bảo vệ RRVS, và hệ thống nhận cho biết tên miền của người nhận đã đổi chủ kể từ ngày được nêu. Bất kỳ hộp thư nào thuộc tên miền đó giờ đây có thể thuộc về một người không liên quan đến người nhận dự kiến. Sổ đăng ký gắn mã này với các phản hồi 5xx.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to RCPT TO carrying the RRVS parameter, or after the final dot of DATA when the Require-Recipient-Valid-Since header field is evaluated.</source>
        <comment>X.7.18/when</comment>
        <translation>Để phản hồi RCPT TO có kèm tham số RRVS, hoặc sau dấu chấm cuối cùng của DATA khi trường tiêu đề Require-Recipient-Valid-Since được đánh giá.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not resend. Confirm the recipient&apos;s new address, which is likely at a different domain, through another channel.</source>
        <comment>X.7.18/fix/sender</comment>
        <translation>Đừng gửi lại. Hãy xác nhận địa chỉ mới của người nhận, nhiều khả năng thuộc một tên miền khác, qua một kênh khác.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treat it as a permanent failure and mark all addresses at that domain for review in the sending application.</source>
        <comment>X.7.18/fix/sendingServer</comment>
        <translation>Coi đây là lỗi vĩnh viễn và đánh dấu tất cả các địa chỉ thuộc tên miền đó để xem xét lại trong ứng dụng gửi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is usually needed, because the code protects the previous domain owner&apos;s users as intended.</source>
        <comment>X.7.18/fix/receivingServer</comment>
        <translation>Thường không cần làm gì, vì mã này bảo vệ người dùng của chủ sở hữu tên miền trước đây đúng như dự định.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.17 says a single mailbox changed owner, while X.7.18 says the whole recipient domain did.</source>
        <comment>X.7.18/confusedWith/X.7.17</comment>
        <translation>X.7.17 cho biết một hộp thư đơn lẻ đã đổi chủ, trong khi X.7.18 cho biết toàn bộ tên miền của người nhận đã đổi chủ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RRVS test cannot be completed</source>
        <comment>X.7.19/title</comment>
        <translation>Không thể hoàn tất kiểm tra RRVS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message requested RRVS protection, but the receiving system cannot evaluate it because it did not record when the mailbox was created or last changed owner. The sender must decide whether to resend the message without RRVS protection. The registry associates it with 5xx replies.</source>
        <comment>X.7.19/description</comment>
        <translation>Thư đã yêu cầu bảo vệ RRVS, nhưng hệ thống nhận không thể đánh giá vì không ghi lại thời điểm hộp thư được tạo hoặc đổi chủ lần gần nhất. Người gửi phải quyết định có gửi lại thư mà không có bảo vệ RRVS hay không. Sổ đăng ký gắn mã này với các phản hồi 5xx.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to RCPT TO carrying the RRVS parameter, or after the final dot of DATA when the Require-Recipient-Valid-Since header field is evaluated.</source>
        <comment>X.7.19/when</comment>
        <translation>Để phản hồi RCPT TO có kèm tham số RRVS, hoặc sau dấu chấm cuối cùng của DATA khi trường tiêu đề Require-Recipient-Valid-Since được đánh giá.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide whether the message is safe to deliver without the ownership check. If it is, resend without the Require-Recipient-Valid-Since field or RRVS parameter.</source>
        <comment>X.7.19/fix/sender</comment>
        <translation>Quyết định xem thư có an toàn để chuyển phát mà không cần kiểm tra quyền sở hữu hay không. Nếu có, hãy gửi lại mà không kèm trường Require-Recipient-Valid-Since hoặc tham số RRVS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report the failure to the originating application so it can choose to resend without RRVS, rather than discarding the address.</source>
        <comment>X.7.19/fix/sendingServer</comment>
        <translation>Báo lỗi cho ứng dụng gửi ban đầu để ứng dụng có thể chọn gửi lại mà không dùng RRVS, thay vì loại bỏ địa chỉ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you support RRVS, record account creation and ownership change times so that future checks can be completed.</source>
        <comment>X.7.19/fix/receivingServer</comment>
        <translation>Nếu bạn hỗ trợ RRVS, hãy ghi lại thời điểm tạo tài khoản và thời điểm đổi chủ để các lần kiểm tra sau có thể hoàn tất.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.17 is a definite answer that the mailbox changed owner, whereas X.7.19 means the server could not tell.</source>
        <comment>X.7.19/confusedWith/X.7.17</comment>
        <translation>X.7.17 là câu trả lời chắc chắn rằng hộp thư đã đổi chủ, còn X.7.19 có nghĩa là máy chủ không thể xác định được.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No passing DKIM signature found</source>
        <comment>X.7.20/title</comment>
        <translation>Không tìm thấy chữ ký DKIM nào đạt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The receiver&apos;s policy requires a valid DKIM signature, and the message had none that verified: it was unsigned or every signature failed. Causes include signing not enabled, a missing or wrong public key in DNS, and changes to the message after signing. It is normally 550 5.7.20; a class 4 form suggests a temporary problem such as a DNS timeout.</source>
        <comment>X.7.20/description</comment>
        <translation>Chính sách của bên nhận yêu cầu chữ ký DKIM hợp lệ, nhưng thư không có chữ ký nào được xác minh thành công: thư không được ký hoặc mọi chữ ký đều thất bại. Nguyên nhân bao gồm chưa bật ký, khóa công khai trong DNS bị thiếu hoặc sai, và thư bị thay đổi sau khi ký. Mã này thường là 550 5.7.20; dạng lớp 4 cho thấy một sự cố tạm thời như hết thời gian chờ DNS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the final dot of DATA, once the message has been received and its signatures checked.</source>
        <comment>X.7.20/when</comment>
        <translation>Sau dấu chấm cuối cùng của DATA, khi thư đã được nhận và các chữ ký của thư đã được kiểm tra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask your email provider or administrator to enable DKIM signing for your domain. If you send through a third-party service, complete its domain authentication setup.</source>
        <comment>X.7.20/fix/sender</comment>
        <translation>Đề nghị nhà cung cấp email hoặc quản trị viên của bạn bật ký DKIM cho tên miền của bạn. Nếu bạn gửi qua một dịch vụ bên thứ ba, hãy hoàn tất phần thiết lập xác thực tên miền của dịch vụ đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign all outgoing mail (OpenDKIM, Rspamd or your provider&apos;s setting) and publish the key as a TXT record at selector._domainkey.example.com with v=DKIM1; k=rsa; p= followed by the key. Check that the s= selector in the signature matches that name and that nothing edits the message after signing.</source>
        <comment>X.7.20/fix/sendingServer</comment>
        <translation>Ký mọi thư gửi đi (OpenDKIM, Rspamd hoặc thiết lập của nhà cung cấp) và công bố khóa dưới dạng bản ghi TXT tại selector._domainkey.example.com với v=DKIM1; k=rsa; p= theo sau là khóa. Kiểm tra xem selector s= trong chữ ký có khớp với tên đó không và không có gì chỉnh sửa thư sau khi ký.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the Authentication-Results header or the DKIM verifier log for the reason, such as no key, bad signature or body hash mismatch, before adding exceptions.</source>
        <comment>X.7.20/fix/receivingServer</comment>
        <translation>Kiểm tra tiêu đề Authentication-Results hoặc nhật ký của trình xác minh DKIM để tìm lý do, chẳng hạn không có khóa, chữ ký sai hoặc hàm băm phần thân không khớp, trước khi thêm ngoại lệ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.21 means at least one DKIM signature verified but none was acceptable to policy, while X.7.20 means no signature verified at all.</source>
        <comment>X.7.20/confusedWith/X.7.21</comment>
        <translation>X.7.21 có nghĩa là ít nhất một chữ ký DKIM đã được xác minh nhưng không chữ ký nào được chính sách chấp nhận, trong khi X.7.20 có nghĩa là hoàn toàn không có chữ ký nào được xác minh.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.26 reports that several authentication checks failed without naming them, whereas X.7.20 names DKIM as the failed check.</source>
        <comment>X.7.20/confusedWith/X.7.26</comment>
        <translation>X.7.26 báo rằng nhiều bước kiểm tra xác thực đã thất bại mà không nêu tên chúng, còn X.7.20 nêu rõ DKIM là bước kiểm tra thất bại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No acceptable DKIM signature found</source>
        <comment>X.7.21/title</comment>
        <translation>Không tìm thấy chữ ký DKIM nào được chấp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least one DKIM signature verified, but none met the receiver&apos;s policy, for example because it was made by an unrelated domain, used a short key or an outdated hash, or covered too little of the message. A sending service that signs with its own domain instead of yours is a common cause. As 5.7.21 it persists until the signing changes.</source>
        <comment>X.7.21/description</comment>
        <translation>Ít nhất một chữ ký DKIM đã được xác minh, nhưng không chữ ký nào đáp ứng chính sách của bên nhận, ví dụ vì chữ ký được tạo bởi một tên miền không liên quan, dùng khóa ngắn hoặc hàm băm lỗi thời, hoặc chỉ bao phủ quá ít nội dung thư. Một dịch vụ gửi thư ký bằng tên miền của chính họ thay vì tên miền của bạn là nguyên nhân thường gặp. Với 5.7.21, lỗi kéo dài cho đến khi cách ký thay đổi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the final dot of DATA, once the message has been received and its signatures checked.</source>
        <comment>X.7.21/when</comment>
        <translation>Sau dấu chấm cuối cùng của DATA, khi thư đã được nhận và các chữ ký của thư đã được kiểm tra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask your provider or sending service to sign with your own domain (often called custom DKIM or domain authentication) rather than theirs.</source>
        <comment>X.7.21/fix/sender</comment>
        <translation>Đề nghị nhà cung cấp hoặc dịch vụ gửi thư ký bằng tên miền của chính bạn (thường gọi là custom DKIM hoặc xác thực tên miền) thay vì tên miền của họ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign with a d= domain that matches your From domain or its parent, use RSA keys of 2048 bits with rsa-sha256, avoid the l= body length tag, and include the From header field in the signed headers (h=).</source>
        <comment>X.7.21/fix/sendingServer</comment>
        <translation>Ký với tên miền d= khớp với tên miền From hoặc tên miền cha của nó, dùng khóa RSA 2048 bit với rsa-sha256, tránh thẻ độ dài phần thân l=, và đưa trường tiêu đề From vào danh sách tiêu đề được ký (h=).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document which signatures your policy accepts, and log why a verified signature was not accepted so that senders can be told.</source>
        <comment>X.7.21/fix/receivingServer</comment>
        <translation>Ghi rõ trong tài liệu những chữ ký nào được chính sách của bạn chấp nhận, và ghi nhật ký lý do một chữ ký đã xác minh không được chấp nhận để có thể thông báo cho người gửi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.22 is the specific case where no valid signature&apos;s domain matches the From address, while X.7.21 covers any reason a verified signature is unacceptable.</source>
        <comment>X.7.21/confusedWith/X.7.22</comment>
        <translation>X.7.22 là trường hợp cụ thể khi không có tên miền của chữ ký hợp lệ nào khớp với địa chỉ From, trong khi X.7.21 bao gồm mọi lý do khiến một chữ ký đã xác minh không được chấp nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.20 means no DKIM signature verified, whereas X.7.21 means one verified but was not acceptable.</source>
        <comment>X.7.21/confusedWith/X.7.20</comment>
        <translation>X.7.20 có nghĩa là không có chữ ký DKIM nào được xác minh, còn X.7.21 có nghĩa là có chữ ký được xác minh nhưng không được chấp nhận.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No valid author-matched DKIM signature found</source>
        <comment>X.7.22/title</comment>
        <translation>Không tìm thấy chữ ký DKIM hợp lệ khớp với tác giả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message carried one or more valid DKIM signatures, but none was made by a domain matching the author address in the From header field. It is a special case of X.7.21 and closely resembles a DMARC DKIM alignment failure. It typically happens when a service signs with its own domain while sending as yours, and it persists until the signing changes.</source>
        <comment>X.7.22/description</comment>
        <translation>Thư có một hoặc nhiều chữ ký DKIM hợp lệ, nhưng không chữ ký nào được tạo bởi tên miền khớp với địa chỉ tác giả trong trường tiêu đề From. Đây là trường hợp đặc biệt của X.7.21 và rất giống lỗi khớp (alignment) DKIM của DMARC. Lỗi này thường xảy ra khi một dịch vụ ký bằng tên miền của chính họ trong khi gửi dưới danh nghĩa tên miền của bạn, và kéo dài cho đến khi cách ký thay đổi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the final dot of DATA, once the message has been received and its signatures checked.</source>
        <comment>X.7.22/when</comment>
        <translation>Sau dấu chấm cuối cùng của DATA, khi thư đã được nhận và các chữ ký của thư đã được kiểm tra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have your sending service or provider sign with your domain, usually by publishing the DKIM CNAME or TXT records it gives you.</source>
        <comment>X.7.22/fix/sender</comment>
        <translation>Đề nghị dịch vụ gửi thư hoặc nhà cung cấp ký bằng tên miền của bạn, thường bằng cách công bố các bản ghi CNAME hoặc TXT của DKIM mà họ cung cấp cho bạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign with d= equal to the From domain, or a parent domain where relaxed alignment applies, and publish the selector key in DNS. In a test message, confirm that Authentication-Results shows dkim=pass with header.d matching the From domain.</source>
        <comment>X.7.22/fix/sendingServer</comment>
        <translation>Ký với d= bằng tên miền From, hoặc bằng một tên miền cha khi áp dụng chế độ khớp relaxed, và công bố khóa selector trong DNS. Trong một thư thử nghiệm, hãy xác nhận rằng Authentication-Results hiển thị dkim=pass với header.d khớp với tên miền From.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the From domain with the d= values of the verified signatures in your logs before reporting the failure.</source>
        <comment>X.7.22/fix/receivingServer</comment>
        <translation>So sánh tên miền From với các giá trị d= của những chữ ký đã xác minh trong nhật ký trước khi báo lỗi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.26 means several authentication checks failed together, often a DMARC failure, while X.7.22 names the specific problem that no valid DKIM signature matches the From domain.</source>
        <comment>X.7.22/confusedWith/X.7.26</comment>
        <translation>X.7.26 có nghĩa là nhiều bước kiểm tra xác thực cùng thất bại, thường là lỗi DMARC, trong khi X.7.22 nêu rõ vấn đề cụ thể là không có chữ ký DKIM hợp lệ nào khớp với tên miền From.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.21 covers any unacceptable verified signature, whereas X.7.22 is limited to signatures whose domain does not match the author.</source>
        <comment>X.7.22/confusedWith/X.7.21</comment>
        <translation>X.7.21 bao gồm mọi chữ ký đã xác minh nhưng không được chấp nhận, còn X.7.22 chỉ giới hạn ở các chữ ký có tên miền không khớp với tác giả.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPF validation failed</source>
        <comment>X.7.23/title</comment>
        <translation>Kiểm tra SPF thất bại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message&apos;s SPF check returned fail, meaning the domain&apos;s SPF record does not authorize the sending IP address, and local policy rejects such mail. RFC 7372 introduced it in place of the 5.7.1 that RFC 7208 had recommended. Expect 550 5.7.23; SPF fail is a definite result, so retrying unchanged will not help.</source>
        <comment>X.7.23/description</comment>
        <translation>Kiểm tra SPF của thư trả về fail, nghĩa là bản ghi SPF của tên miền không cho phép địa chỉ IP gửi, và chính sách cục bộ từ chối loại thư này. RFC 7372 đưa ra mã này để thay cho 5.7.1 mà RFC 7208 từng khuyến nghị. Mã thường gặp là 550 5.7.23; SPF fail là kết quả dứt khoát, nên thử lại mà không thay đổi gì sẽ không có tác dụng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to MAIL FROM or RCPT TO when the server checks SPF early, or after the final dot of DATA.</source>
        <comment>X.7.23/when</comment>
        <translation>Để phản hồi MAIL FROM hoặc RCPT TO khi máy chủ kiểm tra SPF sớm, hoặc sau dấu chấm cuối cùng của DATA.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you started sending through a new service or server, ask your domain administrator to add it to the domain&apos;s SPF record. Forwarded mail often fails SPF; ask the forwarder to use SRS or ARC.</source>
        <comment>X.7.23/fix/sender</comment>
        <translation>Nếu bạn bắt đầu gửi qua một dịch vụ hoặc máy chủ mới, hãy đề nghị quản trị viên tên miền thêm dịch vụ hoặc máy chủ đó vào bản ghi SPF của tên miền. Thư được chuyển tiếp thường không đạt SPF; hãy đề nghị bên chuyển tiếp dùng SRS hoặc ARC.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish a single TXT record beginning v=spf1 that lists every sending source, for example v=spf1 ip4:192.0.2.10 include:_spf.example.net -all. Keep it within 10 DNS lookups, and remember that SPF checks the MAIL FROM (bounce) domain, not the From header.</source>
        <comment>X.7.23/fix/sendingServer</comment>
        <translation>Công bố một bản ghi TXT duy nhất bắt đầu bằng v=spf1 liệt kê mọi nguồn gửi, ví dụ v=spf1 ip4:192.0.2.10 include:_spf.example.net -all. Giữ số lần tra cứu DNS trong giới hạn 10, và nhớ rằng SPF kiểm tra tên miền MAIL FROM, tức tên miền nhận thư báo không gửi được (NDR), chứ không phải tiêu đề From.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm the result with the Received-SPF or Authentication-Results header and the client IP in your log. Consider ARC or an allow list for known forwarders whose mail fails SPF.</source>
        <comment>X.7.23/fix/receivingServer</comment>
        <translation>Xác nhận kết quả bằng tiêu đề Received-SPF hoặc Authentication-Results và IP của máy khách trong nhật ký. Cân nhắc dùng ARC hoặc danh sách cho phép cho các bên chuyển tiếp đã biết có thư không đạt SPF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.24 means the SPF check could not be completed because of an error, whereas X.7.23 means it completed and the IP address is not authorized.</source>
        <comment>X.7.23/confusedWith/X.7.24</comment>
        <translation>X.7.24 có nghĩa là việc kiểm tra SPF không thể hoàn tất do lỗi, còn X.7.23 có nghĩa là việc kiểm tra đã hoàn tất và địa chỉ IP không được cho phép.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.1 is the generic policy refusal that older servers still send for SPF failures, while X.7.23 names the SPF failure explicitly.</source>
        <comment>X.7.23/confusedWith/X.7.1</comment>
        <translation>X.7.1 là lời từ chối chung theo chính sách mà các máy chủ cũ vẫn gửi cho lỗi SPF, trong khi X.7.23 nêu rõ lỗi SPF.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate Limited for Missing PTR</source>
        <comment>4.7.23@Google/title</comment>
        <translation>Bị giới hạn tốc độ do thiếu PTR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail returns 421 4.7.23 when the sending IP has no PTR record, or the PTR host name&apos;s forward DNS does not point back to that IP, and it temporarily rate limits the mail. In the registry, X.7.23 means an SPF validation failure, so this Gmail code must not be read by its registry meaning.</source>
        <comment>4.7.23@Google/description</comment>
        <translation>Gmail trả về 421 4.7.23 khi IP gửi không có bản ghi PTR, hoặc DNS thuận của tên máy trong PTR không trỏ ngược về IP đó, và tạm thời áp dụng giới hạn tốc độ cho thư. Trong sổ đăng ký, X.7.23 có nghĩa là kiểm tra SPF thất bại, vì vậy không được hiểu mã này của Gmail theo ý nghĩa trong sổ đăng ký.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned during delivery to Gmail when it checks reverse and forward DNS of the connecting IP address.</source>
        <comment>4.7.23@Google/when</comment>
        <translation>Được trả về trong quá trình chuyển phát tới Gmail khi Gmail kiểm tra DNS ngược và DNS thuận của địa chỉ IP kết nối.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward the bounce to your administrator or email provider, since the fix is in their DNS.</source>
        <comment>4.7.23@Google/fix/sender</comment>
        <translation>Hãy chuyển thư báo không gửi được cho quản trị viên hoặc nhà cung cấp email của bạn, vì việc khắc phục nằm ở DNS của họ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the owner of the IP, usually your hosting provider or ISP, to publish a PTR record for it. Make the PTR host name resolve with A or AAAA back to the same IP, and check both IPv4 and IPv6 if you send over both.</source>
        <comment>4.7.23@Google/fix/sendingServer</comment>
        <translation>Đề nghị chủ sở hữu IP, thường là nhà cung cấp dịch vụ lưu trữ hoặc ISP của bạn, công bố bản ghi PTR cho IP đó. Bảo đảm tên máy trong PTR phân giải bằng A hoặc AAAA ngược về cùng IP đó, và kiểm tra cả IPv4 lẫn IPv6 nếu bạn gửi qua cả hai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.23 in the registry means SPF validation failed, while Gmail&apos;s 4.7.23 reports a missing or mismatched PTR record.</source>
        <comment>4.7.23@Google/confusedWith/X.7.23</comment>
        <translation>X.7.23 trong sổ đăng ký có nghĩa là kiểm tra SPF thất bại, trong khi 4.7.23 của Gmail báo bản ghi PTR bị thiếu hoặc không khớp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.25 is Gmail&apos;s permanent block for the same PTR problem, while 4.7.23 only rate limits the mail.</source>
        <comment>4.7.23@Google/confusedWith/5.7.25@Google</comment>
        <translation>5.7.25 là lệnh chặn vĩnh viễn của Gmail cho cùng vấn đề PTR đó, trong khi 4.7.23 chỉ giới hạn tốc độ thư.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPF validation error</source>
        <comment>X.7.24/title</comment>
        <translation>Lỗi khi kiểm tra SPF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluating SPF for the message ended in an error instead of a result. As 451 4.7.24 it replaces 4.4.3 for a temporary error (temperror), such as a DNS timeout, and a later retry can succeed. As 550 5.7.24 it replaces 5.5.2 for a permanent error (permerror), such as a syntax error, two SPF records or more than 10 DNS lookups.</source>
        <comment>X.7.24/description</comment>
        <translation>Việc đánh giá SPF cho thư kết thúc bằng một lỗi thay vì một kết quả. Dưới dạng 451 4.7.24, mã này thay cho 4.4.3 đối với lỗi tạm thời (temperror), chẳng hạn hết thời gian chờ DNS, và thử lại sau có thể thành công. Dưới dạng 550 5.7.24, mã này thay cho 5.5.2 đối với lỗi vĩnh viễn (permerror), chẳng hạn lỗi cú pháp, có hai bản ghi SPF hoặc quá 10 lần tra cứu DNS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to MAIL FROM or RCPT TO when the server checks SPF early, or after the final dot of DATA.</source>
        <comment>X.7.24/when</comment>
        <translation>Để phản hồi MAIL FROM hoặc RCPT TO khi máy chủ kiểm tra SPF sớm, hoặc sau dấu chấm cuối cùng của DATA.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell your domain administrator, because the fix is in the domain&apos;s DNS, not in the message. For 4.7.24 the sending server retries automatically.</source>
        <comment>X.7.24/fix/sender</comment>
        <translation>Hãy báo cho quản trị viên tên miền của bạn, vì cần sửa trong DNS của tên miền chứ không phải trong thư. Với 4.7.24, máy chủ gửi sẽ tự động thử lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test your domain with an SPF checker. Merge duplicate v=spf1 records into one, fix misspelled mechanisms, and flatten or remove includes until evaluation needs 10 DNS lookups or fewer. For 4.7.24, make sure your authoritative DNS servers answer reliably.</source>
        <comment>X.7.24/fix/sendingServer</comment>
        <translation>Kiểm tra tên miền của bạn bằng một công cụ kiểm tra SPF. Gộp các bản ghi v=spf1 trùng lặp thành một, sửa các cơ chế viết sai, và làm phẳng hoặc bỏ bớt các include cho đến khi việc đánh giá chỉ cần 10 lần tra cứu DNS trở xuống. Với 4.7.24, hãy bảo đảm các máy chủ DNS có thẩm quyền của bạn trả lời ổn định.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that your resolver can reach the sender&apos;s DNS servers; repeated 4.7.24 replies for many domains point to a local DNS problem.</source>
        <comment>X.7.24/fix/receivingServer</comment>
        <translation>Kiểm tra xem trình phân giải của bạn có kết nối được tới các máy chủ DNS của người gửi hay không; việc lặp lại phản hồi 4.7.24 cho nhiều tên miền cho thấy sự cố DNS cục bộ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>451 4.7.24 (temperror)</source>
        <comment>X.7.24/contexts/0/context</comment>
        <translation>451 4.7.24 (temperror)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A temporary error, usually a DNS timeout or a server failure while looking up SPF records; the message can be retried.</source>
        <comment>X.7.24/contexts/0/meaning</comment>
        <translation>Lỗi tạm thời, thường là hết thời gian chờ DNS hoặc lỗi máy chủ khi tra cứu bản ghi SPF; có thể thử lại thư.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>550 5.7.24 (permerror)</source>
        <comment>X.7.24/contexts/1/context</comment>
        <translation>550 5.7.24 (permerror)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A permanent error in the published SPF data, such as invalid syntax, more than one SPF record or too many DNS lookups; the record must be fixed.</source>
        <comment>X.7.24/contexts/1/meaning</comment>
        <translation>Lỗi vĩnh viễn trong dữ liệu SPF đã công bố, chẳng hạn cú pháp không hợp lệ, có nhiều hơn một bản ghi SPF hoặc quá nhiều lần tra cứu DNS; bản ghi phải được sửa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.23 means SPF was evaluated and the IP address is not authorized, while X.7.24 means SPF could not be evaluated because of a DNS or record error.</source>
        <comment>X.7.24/confusedWith/X.7.23</comment>
        <translation>X.7.23 có nghĩa là SPF đã được đánh giá và địa chỉ IP không được cho phép, trong khi X.7.24 có nghĩa là không thể đánh giá SPF do lỗi DNS hoặc lỗi bản ghi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.3 is the general directory server failure that RFC 7208 suggested for SPF temporary errors, whereas 4.7.24 reports the same condition specifically as an SPF error.</source>
        <comment>X.7.24/confusedWith/X.4.3</comment>
        <translation>X.4.3 là lỗi máy chủ thư mục chung mà RFC 7208 đề xuất cho lỗi SPF tạm thời, còn 4.7.24 báo cùng tình trạng đó một cách cụ thể là lỗi SPF.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reverse DNS validation failed</source>
        <comment>X.7.25/title</comment>
        <translation>Kiểm tra DNS ngược thất bại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connecting IP address failed the receiver&apos;s reverse DNS check: it has no PTR record, or the PTR name does not resolve back to the same address (forward-confirmed reverse DNS). Many large providers require this of all senders. As 5.7.25 it is a rejection; a class 4 form usually means the DNS lookup failed temporarily.</source>
        <comment>X.7.25/description</comment>
        <translation>Địa chỉ IP kết nối không vượt qua kiểm tra DNS ngược của bên nhận: địa chỉ không có bản ghi PTR, hoặc tên PTR không phân giải ngược về cùng địa chỉ đó (DNS ngược được xác nhận chiều thuận). Nhiều nhà cung cấp lớn yêu cầu điều này với mọi người gửi. Với 5.7.25, đây là lời từ chối; dạng lớp 4 thường có nghĩa là việc tra cứu DNS thất bại tạm thời.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At connection time, in reply to EHLO or MAIL FROM, or after the final dot of DATA, depending on when the server runs the check.</source>
        <comment>X.7.25/when</comment>
        <translation>Lúc kết nối, để phản hồi EHLO hoặc MAIL FROM, hoặc sau dấu chấm cuối cùng của DATA, tùy vào thời điểm máy chủ thực hiện kiểm tra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a server setting, so contact your email provider or network administrator. Home and dynamic IP addresses usually cannot send mail directly; send through your provider&apos;s submission server instead.</source>
        <comment>X.7.25/fix/sender</comment>
        <translation>Đây là thiết lập phía máy chủ, vì vậy hãy liên hệ nhà cung cấp email hoặc quản trị viên mạng của bạn. Địa chỉ IP gia đình và IP động thường không thể gửi thư trực tiếp; thay vào đó hãy gửi qua máy chủ tiếp nhận thư gửi đi (submission) của nhà cung cấp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the owner of the IP address (hosting provider or ISP) to set a PTR record such as mail.example.com, and make sure mail.example.com has an A or AAAA record pointing back to that IP. Use the same name in EHLO, and check IPv6 as well as IPv4.</source>
        <comment>X.7.25/fix/sendingServer</comment>
        <translation>Đề nghị chủ sở hữu địa chỉ IP (nhà cung cấp hosting hoặc ISP) đặt bản ghi PTR, chẳng hạn mail.example.com, và bảo đảm mail.example.com có bản ghi A hoặc AAAA trỏ ngược về IP đó. Dùng cùng tên đó trong EHLO, và kiểm tra cả IPv6 lẫn IPv4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check with dig -x on the client IP and a forward lookup of the returned name. A temporary DNS failure should produce a 4xx reply, not a permanent rejection.</source>
        <comment>X.7.25/fix/receivingServer</comment>
        <translation>Kiểm tra bằng dig -x với IP của máy khách và tra cứu thuận tên được trả về. Lỗi DNS tạm thời nên tạo ra phản hồi 4xx, không phải lời từ chối vĩnh viễn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.1 is the generic refusal that many servers still use for a missing PTR record, while X.7.25 names the reverse DNS failure explicitly.</source>
        <comment>X.7.25/confusedWith/X.7.1</comment>
        <translation>X.7.1 là lời từ chối chung mà nhiều máy chủ vẫn dùng khi thiếu bản ghi PTR, trong khi X.7.25 nêu rõ lỗi DNS ngược.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.23 concerns whether the sender&apos;s domain authorizes the IP address through SPF, whereas X.7.25 concerns the IP address&apos;s own PTR and forward DNS records.</source>
        <comment>X.7.25/confusedWith/X.7.23</comment>
        <translation>X.7.23 liên quan đến việc tên miền của người gửi có cho phép địa chỉ IP qua SPF hay không, còn X.7.25 liên quan đến chính các bản ghi PTR và DNS thuận của địa chỉ IP.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending IP Lacks Valid PTR</source>
        <comment>5.7.25@Google/title</comment>
        <translation>IP gửi thiếu bản ghi PTR hợp lệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail returns 550 5.7.25 when the sending IP address has no PTR record, or the host named in the PTR record does not resolve back to that IP. As a policy, Gmail does not accept mail from IPs with missing PTR records. This matches the registry meaning of X.7.25, reverse DNS validation failed.</source>
        <comment>5.7.25@Google/description</comment>
        <translation>Gmail trả về 550 5.7.25 khi địa chỉ IP gửi không có bản ghi PTR, hoặc máy được nêu trong bản ghi PTR không phân giải ngược về IP đó. Theo chính sách, Gmail không chấp nhận thư từ các IP thiếu bản ghi PTR. Điều này khớp với ý nghĩa của X.7.25 trong sổ đăng ký, tức kiểm tra DNS ngược thất bại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned during delivery to Gmail from an IP without consistent reverse and forward DNS.</source>
        <comment>5.7.25@Google/when</comment>
        <translation>Được trả về trong quá trình chuyển phát tới Gmail từ một IP có DNS ngược và DNS thuận không nhất quán.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward the bounce to your administrator or email provider, since the fix is in their DNS.</source>
        <comment>5.7.25@Google/fix/sender</comment>
        <translation>Hãy chuyển thư báo không gửi được cho quản trị viên hoặc nhà cung cấp email của bạn, vì việc khắc phục nằm ở DNS của họ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have the IP owner publish a PTR record naming a host you control, and make that host resolve to the same IP with A for IPv4 or AAAA for IPv6. Verify with a reverse lookup and resend once DNS has propagated.</source>
        <comment>5.7.25@Google/fix/sendingServer</comment>
        <translation>Đề nghị chủ sở hữu IP công bố bản ghi PTR nêu tên một máy do bạn kiểm soát, và làm cho máy đó phân giải về cùng IP bằng A cho IPv4 hoặc AAAA cho IPv6. Kiểm tra bằng một lần tra cứu ngược và gửi lại khi thay đổi DNS đã được cập nhật.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4.7.23 only rate limits mail for the PTR problem, while 5.7.25 blocks it.</source>
        <comment>5.7.25@Google/confusedWith/4.7.23@Google</comment>
        <translation>4.7.23 chỉ giới hạn tốc độ thư khi gặp vấn đề PTR, trong khi 5.7.25 chặn thư.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.25 is the registry code for failed reverse DNS validation in general, while Gmail&apos;s 5.7.25 applies its own policy of refusing IPs without matching PTR records.</source>
        <comment>5.7.25@Google/confusedWith/X.7.25</comment>
        <translation>X.7.25 là mã trong sổ đăng ký cho việc kiểm tra DNS ngược thất bại nói chung, trong khi 5.7.25 của Gmail áp dụng chính sách riêng là từ chối các IP không có bản ghi PTR khớp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multiple authentication checks failed</source>
        <comment>X.7.26/title</comment>
        <translation>Nhiều bước kiểm tra xác thực thất bại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message failed more than one authentication check, such as SPF and DKIM together, and local policy rejects it; the code does not say which mechanisms failed. Gmail, for example, uses 550 5.7.26 for unauthenticated mail and for mail rejected under the sender domain&apos;s DMARC policy. A class 4 form is a deferral that asks for authentication to be fixed before the next retry.</source>
        <comment>X.7.26/description</comment>
        <translation>Thư không vượt qua nhiều hơn một bước kiểm tra xác thực, chẳng hạn cả SPF và DKIM, và chính sách cục bộ từ chối thư; mã này không cho biết những cơ chế nào đã thất bại. Ví dụ, Gmail dùng 550 5.7.26 cho thư chưa xác thực và cho thư bị từ chối theo chính sách DMARC của tên miền người gửi. Dạng lớp 4 là một sự trì hoãn, yêu cầu khắc phục xác thực trước lần thử lại tiếp theo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the final dot of DATA, once SPF, DKIM and DMARC have been evaluated.</source>
        <comment>X.7.26/when</comment>
        <translation>Sau dấu chấm cuối cùng của DATA, khi SPF, DKIM và DMARC đã được đánh giá.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask your domain administrator to set up SPF, DKIM and DMARC for your domain, and to authorize the service or server you send through.</source>
        <comment>X.7.26/fix/sender</comment>
        <translation>Đề nghị quản trị viên tên miền thiết lập SPF, DKIM và DMARC cho tên miền của bạn, và cấp quyền cho dịch vụ hoặc máy chủ mà bạn dùng để gửi thư.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure SPF passes for the MAIL FROM domain and DKIM passes with d= matching the From domain, so that DMARC aligns. Publish a DMARC record such as v=DMARC1; p=none; rua=mailto:reports@example.com at _dmarc.example.com and use the reports to find unauthenticated sources.</source>
        <comment>X.7.26/fix/sendingServer</comment>
        <translation>Bảo đảm SPF đạt cho tên miền MAIL FROM và DKIM đạt với d= khớp với tên miền From, để DMARC khớp (alignment). Công bố một bản ghi DMARC như v=DMARC1; p=none; rua=mailto:reports@example.com tại _dmarc.example.com và dùng các báo cáo để tìm các nguồn gửi chưa xác thực.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log which checks failed so that you can tell the sender, because the code itself deliberately does not say.</source>
        <comment>X.7.26/fix/receivingServer</comment>
        <translation>Ghi nhật ký những bước kiểm tra nào đã thất bại để bạn có thể thông báo cho người gửi, vì bản thân mã này cố ý không cho biết.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.23 names a single SPF failure, while X.7.26 reports that more than one check failed without naming them.</source>
        <comment>X.7.26/confusedWith/X.7.23</comment>
        <translation>X.7.23 nêu một lỗi SPF đơn lẻ, trong khi X.7.26 báo rằng nhiều hơn một bước kiểm tra đã thất bại mà không nêu tên.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.22 pinpoints a DKIM signature that does not match the From domain, whereas X.7.26 is the broader result when several checks, often summarized by DMARC, failed.</source>
        <comment>X.7.26/confusedWith/X.7.22</comment>
        <translation>X.7.22 chỉ rõ một chữ ký DKIM không khớp với tên miền From, còn X.7.26 là kết quả rộng hơn khi nhiều bước kiểm tra, thường được DMARC tổng hợp, đã thất bại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unauthenticated Mail Rejected</source>
        <comment>5.7.26@Google/title</comment>
        <translation>Thư chưa xác thực bị từ chối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail returns 550 5.7.26 when a message fails its authentication requirements. The text says whether neither SPF nor DKIM passed, SPF failed under a hard fail (-all) policy, or the From domain&apos;s DMARC policy rejects unauthenticated mail. A temporary 4.7.26 form is used for rate limiting or when DNS failures prevent the DMARC check.</source>
        <comment>5.7.26@Google/description</comment>
        <translation>Gmail trả về 550 5.7.26 khi một thư không đáp ứng các yêu cầu xác thực của Gmail. Văn bản cho biết liệu cả SPF lẫn DKIM đều không đạt, SPF thất bại theo chính sách hard fail (-all), hay chính sách DMARC của tên miền From từ chối thư chưa xác thực. Dạng tạm thời 4.7.26 được dùng khi giới hạn tốc độ hoặc khi lỗi DNS ngăn việc kiểm tra DMARC.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after DATA when Gmail evaluates SPF, DKIM and DMARC for the message.</source>
        <comment>5.7.26@Google/when</comment>
        <translation>Được trả về sau DATA khi Gmail đánh giá SPF, DKIM và DMARC cho thư.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you send through a website, app or third-party service, ask your administrator to authorize it in the domain&apos;s SPF and DKIM setup.</source>
        <comment>5.7.26@Google/fix/sender</comment>
        <translation>Nếu bạn gửi qua một trang web, ứng dụng hoặc dịch vụ bên thứ ba, hãy đề nghị quản trị viên cho phép dịch vụ đó trong cấu hình SPF và DKIM của tên miền.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish an SPF record listing every sending IP or service, sign mail with DKIM for the From domain, and publish DMARC. Check that forwarded mail keeps a valid DKIM signature and that SPF stays within ten DNS lookups.</source>
        <comment>5.7.26@Google/fix/sendingServer</comment>
        <translation>Công bố bản ghi SPF liệt kê mọi IP hoặc dịch vụ gửi, ký thư bằng DKIM cho tên miền From, và công bố DMARC. Kiểm tra rằng thư được chuyển tiếp vẫn giữ chữ ký DKIM hợp lệ và SPF không vượt quá mười lần tra cứu DNS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.26 is the registry code for multiple failed authentication checks, while Gmail&apos;s 5.7.26 also covers a DMARC rejection or a single SPF hard fail.</source>
        <comment>5.7.26@Google/confusedWith/X.7.26</comment>
        <translation>X.7.26 là mã trong sổ đăng ký cho việc nhiều bước kiểm tra xác thực cùng thất bại, trong khi 5.7.26 của Gmail còn bao gồm việc bị DMARC từ chối hoặc chỉ một lần SPF hard fail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.27 means specifically that SPF did not pass, while 5.7.26 means no passing authentication at all or a DMARC failure.</source>
        <comment>5.7.26@Google/confusedWith/5.7.27@Google</comment>
        <translation>5.7.27 có nghĩa cụ thể là SPF không đạt, trong khi 5.7.26 có nghĩa là hoàn toàn không có phương thức xác thực nào đạt hoặc DMARC thất bại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender address has null MX</source>
        <comment>X.7.27/title</comment>
        <translation>Địa chỉ người gửi có null MX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain in the sender address publishes a null MX record (a single MX with preference 0 and target &quot;.&quot;), declaring that it never receives mail. Receivers may reject such senders because bounces could not be returned. It is a permanent failure. Gmail also uses 4.7.27 and 5.7.27 for mail that fails its SPF requirement, which is a different meaning.</source>
        <comment>X.7.27/description</comment>
        <translation>Tên miền trong địa chỉ người gửi công bố bản ghi null MX (một MX duy nhất có độ ưu tiên 0 và đích &quot;.&quot;), tuyên bố rằng nó không bao giờ nhận thư. Bên nhận có thể từ chối những người gửi như vậy vì không thể gửi trả thư báo không gửi được (NDR). Đây là lỗi vĩnh viễn. Gmail cũng dùng 4.7.27 và 5.7.27 cho thư không đáp ứng yêu cầu SPF của họ, đó là một ý nghĩa khác.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to MAIL FROM, or to RCPT TO on servers that check the sender domain later in the transaction.</source>
        <comment>X.7.27/when</comment>
        <translation>Để phản hồi MAIL FROM, hoặc RCPT TO trên các máy chủ kiểm tra tên miền người gửi muộn hơn trong giao dịch.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send from an address whose domain can receive mail. If it is your domain, ask the administrator to replace the null MX with real MX records. If Gmail sent the code, ask the administrator to check SPF instead.</source>
        <comment>X.7.27/fix/sender</comment>
        <translation>Gửi từ một địa chỉ có tên miền nhận được thư. Nếu đó là tên miền của bạn, hãy đề nghị quản trị viên thay null MX bằng các bản ghi MX thực. Nếu Gmail gửi mã này, hãy đề nghị quản trị viên kiểm tra SPF thay vào đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up the MAIL FROM (bounce) domain with dig MX. If it returns the null MX, use another bounce domain or publish real MX records. If Gmail sent the code, make sure SPF passes for the MAIL FROM domain.</source>
        <comment>X.7.27/fix/sendingServer</comment>
        <translation>Tra cứu tên miền MAIL FROM, tức tên miền nhận thư báo không gửi được (NDR), bằng dig MX. Nếu kết quả là null MX, hãy dùng một tên miền nhận thư báo không gửi được khác hoặc công bố các bản ghi MX thực. Nếu Gmail gửi mã này, hãy bảo đảm SPF đạt cho tên miền MAIL FROM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No change is needed if rejecting null MX senders is your policy; make sure the lookup result was genuine and not a DNS error.</source>
        <comment>X.7.27/fix/receivingServer</comment>
        <translation>Không cần thay đổi gì nếu từ chối người gửi có null MX là chính sách của bạn; hãy bảo đảm kết quả tra cứu là thật chứ không phải lỗi DNS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.10 with 556 concerns a recipient domain that has a null MX, while X.7.27 concerns the sender&apos;s domain.</source>
        <comment>X.7.27/confusedWith/X.1.10</comment>
        <translation>X.1.10 kèm 556 liên quan đến tên miền người nhận có null MX, trong khi X.7.27 liên quan đến tên miền của người gửi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.23 is the registry code for an SPF failure, whereas X.7.27 officially means a null MX sender, even though Gmail uses 4.7.27 and 5.7.27 for SPF problems.</source>
        <comment>X.7.27/confusedWith/X.7.23</comment>
        <translation>X.7.23 là mã của sổ đăng ký cho lỗi SPF, còn X.7.27 chính thức có nghĩa là người gửi có null MX, dù Gmail dùng 4.7.27 và 5.7.27 cho các vấn đề SPF.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate Limited for SPF Failure</source>
        <comment>4.7.27@Google/title</comment>
        <translation>Bị giới hạn tốc độ do SPF thất bại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail returns 421 4.7.27 when SPF authentication did not pass for the message, and it temporarily rate limits that mail. Google requires bulk senders to authenticate with SPF as well as DKIM. The permanent form 5.7.27 blocks mail for the same failure.</source>
        <comment>4.7.27@Google/description</comment>
        <translation>Gmail trả về 421 4.7.27 khi xác thực SPF không đạt đối với thư, và tạm thời áp dụng giới hạn tốc độ cho thư đó. Google yêu cầu người gửi số lượng lớn xác thực bằng cả SPF lẫn DKIM. Dạng vĩnh viễn 5.7.27 chặn thư vì cùng lỗi này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after DATA when Gmail checks SPF for the envelope sender domain and the result is not a pass.</source>
        <comment>4.7.27@Google/when</comment>
        <translation>Được trả về sau DATA khi Gmail kiểm tra SPF cho tên miền người gửi trên phong bì (envelope sender) và kết quả không phải là đạt (pass).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward the bounce to your administrator, especially if you recently started sending through a new service.</source>
        <comment>4.7.27@Google/fix/sender</comment>
        <translation>Hãy chuyển thư báo không gửi được cho quản trị viên của bạn, đặc biệt nếu gần đây bạn bắt đầu gửi thư qua một dịch vụ mới.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the SPF record of the MAIL FROM domain, add the real sending IP or your provider&apos;s include, fix syntax errors, and stay within ten DNS lookups. Then let queued mail retry.</source>
        <comment>4.7.27@Google/fix/sendingServer</comment>
        <translation>Kiểm tra bản ghi SPF của tên miền MAIL FROM, thêm IP gửi thực tế hoặc mục include của nhà cung cấp, sửa lỗi cú pháp, và giữ trong giới hạn mười lần tra cứu DNS. Sau đó để thư trong hàng đợi được thử lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.27 in the registry means the sender address has a null MX, while Gmail&apos;s 4.7.27 means SPF did not pass.</source>
        <comment>4.7.27@Google/confusedWith/X.7.27</comment>
        <translation>X.7.27 trong sổ đăng ký có nghĩa là địa chỉ người gửi có null MX, trong khi 4.7.27 của Gmail có nghĩa là SPF không đạt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.27 blocks the message permanently, while 4.7.27 only rate limits it, and retries can succeed once SPF passes.</source>
        <comment>4.7.27@Google/confusedWith/5.7.27@Google</comment>
        <translation>5.7.27 chặn thư vĩnh viễn, trong khi 4.7.27 chỉ giới hạn tốc độ thư, và các lần thử lại có thể thành công khi SPF đạt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked for SPF Failure</source>
        <comment>5.7.27@Google/title</comment>
        <translation>Bị chặn do SPF thất bại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail returns 550 5.7.27 when a message is blocked because SPF authentication did not pass, under its requirement that bulk senders use SPF. The registry assigns X.7.27 to an unrelated condition, a sender address whose domain publishes a null MX, so tools that label codes by the registry will misread this bounce.</source>
        <comment>5.7.27@Google/description</comment>
        <translation>Gmail trả về 550 5.7.27 khi thư bị chặn vì xác thực SPF không đạt, theo yêu cầu của Gmail rằng người gửi số lượng lớn phải dùng SPF. Sổ đăng ký gán X.7.27 cho một tình trạng không liên quan, đó là địa chỉ người gửi có tên miền công bố null MX, vì vậy các công cụ gắn nhãn mã theo sổ đăng ký sẽ hiểu sai thư báo không gửi được này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after DATA by Gmail&apos;s inbound servers once SPF for the envelope sender domain has not passed.</source>
        <comment>5.7.27@Google/when</comment>
        <translation>Được các máy chủ nhận thư của Gmail trả về sau DATA khi SPF cho tên miền người gửi trên phong bì (envelope sender) không đạt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward the bounce to your administrator, especially if you recently started sending through a new service.</source>
        <comment>5.7.27@Google/fix/sender</comment>
        <translation>Hãy chuyển thư báo không gửi được cho quản trị viên của bạn, đặc biệt nếu gần đây bạn bắt đầu gửi thư qua một dịch vụ mới.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identify the envelope sender domain and the IP that connected to Gmail, then authorize that IP in the domain&apos;s SPF record and fix lookup-limit or syntax errors. Resend only after an SPF check passes.</source>
        <comment>5.7.27@Google/fix/sendingServer</comment>
        <translation>Xác định tên miền người gửi trên phong bì (envelope sender) và IP đã kết nối tới Gmail, sau đó cho phép IP đó trong bản ghi SPF của tên miền và sửa các lỗi về giới hạn tra cứu hoặc lỗi cú pháp. Chỉ gửi lại sau khi kiểm tra SPF đạt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.27 in the registry means the sender address has a null MX, while Gmail&apos;s 5.7.27 means SPF did not pass.</source>
        <comment>5.7.27@Google/confusedWith/X.7.27</comment>
        <translation>X.7.27 trong sổ đăng ký có nghĩa là địa chỉ người gửi có null MX, trong khi 5.7.27 của Gmail có nghĩa là SPF không đạt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.26 means the message had no passing authentication or failed DMARC, while 5.7.27 singles out SPF.</source>
        <comment>5.7.27@Google/confusedWith/5.7.26@Google</comment>
        <translation>5.7.26 có nghĩa là thư không có phương thức xác thực nào đạt hoặc DMARC thất bại, trong khi 5.7.27 chỉ nói riêng về SPF.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail flood detected</source>
        <comment>X.7.28/title</comment>
        <translation>Phát hiện thư gửi ồ ạt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message appears to be part of a flood of similar abusive messages, such as a subscription bombing attack or a sudden burst of unwanted bulk mail. Gmail, for example, sends 421 4.7.28 to rate-limit an IP address with an unusual rate of unsolicited mail. A class 4 reply means slow down and retry later; a class 5 reply blocks the traffic.</source>
        <comment>X.7.28/description</comment>
        <translation>Thư có vẻ là một phần của một đợt thư lạm dụng tương tự được gửi ồ ạt, chẳng hạn một cuộc tấn công dội bom đăng ký (subscription bombing) hoặc một đợt thư hàng loạt không mong muốn bùng phát đột ngột. Ví dụ, Gmail gửi 421 4.7.28 để giới hạn tốc độ một địa chỉ IP có tỷ lệ thư không mong muốn bất thường. Phản hồi lớp 4 có nghĩa là hãy giảm tốc độ và thử lại sau; phản hồi lớp 5 chặn lưu lượng đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At connection time or in reply to RCPT TO or DATA, when the receiver counts messages from the same source or with similar content.</source>
        <comment>X.7.28/when</comment>
        <translation>Lúc kết nối hoặc để phản hồi RCPT TO hay DATA, khi bên nhận đếm số thư từ cùng một nguồn hoặc có nội dung tương tự.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause bulk sending until the cause is found. If your web forms send confirmation mail, add CAPTCHA, rate limits and double opt-in so that attackers cannot use them to flood other people&apos;s mailboxes.</source>
        <comment>X.7.28/fix/sender</comment>
        <translation>Tạm dừng gửi hàng loạt cho đến khi tìm ra nguyên nhân. Nếu các biểu mẫu web của bạn gửi thư xác nhận, hãy thêm CAPTCHA, giới hạn tốc độ và xác nhận đăng ký hai bước (double opt-in) để kẻ tấn công không thể dùng chúng làm ngập hộp thư của người khác.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower the sending rate to that provider and let the queue retry 4.7.28 slowly. Look for compromised accounts or abused forms, send only to opted-in recipients, remove addresses that bounce, and watch reputation in tools such as Google Postmaster Tools.</source>
        <comment>X.7.28/fix/sendingServer</comment>
        <translation>Giảm tốc độ gửi tới nhà cung cấp đó và để hàng đợi thử lại 4.7.28 một cách chậm rãi. Tìm các tài khoản bị xâm nhập hoặc biểu mẫu bị lạm dụng, chỉ gửi tới những người nhận đã đồng ý nhận thư, loại bỏ các địa chỉ gây ra thư báo không gửi được (NDR), và theo dõi uy tín bằng các công cụ như Google Postmaster Tools.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the flood thresholds and what triggered them, and publish how senders can request a review.</source>
        <comment>X.7.28/fix/receivingServer</comment>
        <translation>Xem lại các ngưỡng phát hiện thư ồ ạt và điều đã kích hoạt chúng, đồng thời công bố cách để người gửi yêu cầu xem xét lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A 421 with no detail means the service is unavailable and the connection is closing, while 421 4.7.28 says the sender is being rate-limited for sending a flood of similar mail.</source>
        <comment>X.7.28/confusedWith/421</comment>
        <translation>Một mã 421 không kèm chi tiết có nghĩa là dịch vụ không khả dụng và kết nối đang bị đóng, trong khi 421 4.7.28 cho biết người gửi đang bị giới hạn tốc độ vì gửi ồ ạt các thư tương tự.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.1 is a general policy refusal, whereas X.7.28 says the refusal is due to the volume of similar messages.</source>
        <comment>X.7.28/confusedWith/X.7.1</comment>
        <translation>X.7.1 là lời từ chối chung theo chính sách, còn X.7.28 cho biết lời từ chối là do khối lượng thư tương tự.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unusual Rate of Unsolicited Mail</source>
        <comment>4.7.28@Google/title</comment>
        <translation>Tốc độ thư không mong muốn bất thường</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail returns 421 4.7.28 when it sees an unusual rate of mail, or of unsolicited mail, from your IP address, netblock, DKIM or SPF domain, or a URL domain in the messages, and temporarily rate limits it. The same code can report too many messages with one Message-ID. The registry&apos;s X.7.28, mail flood detected, describes a similar condition.</source>
        <comment>4.7.28@Google/description</comment>
        <translation>Gmail trả về 421 4.7.28 khi phát hiện tốc độ gửi thư bất thường, hoặc tốc độ gửi thư không mong muốn bất thường, từ địa chỉ IP, dải mạng (netblock), tên miền DKIM hoặc SPF của bạn, hoặc từ một tên miền URL trong thư, và tạm thời áp dụng giới hạn tốc độ cho nguồn đó. Cùng mã này cũng có thể báo quá nhiều thư có cùng một Message-ID. Mã X.7.28 trong sổ đăng ký, tức phát hiện tình trạng gửi thư ồ ạt, mô tả một tình trạng tương tự.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after DATA, often during IP or domain warm-up or after a sudden volume increase toward Gmail.</source>
        <comment>4.7.28@Google/when</comment>
        <translation>Được trả về sau DATA, thường trong giai đoạn làm nóng (warm-up) IP hoặc tên miền, hoặc sau khi lưu lượng thư gửi tới Gmail tăng đột ngột.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed for a single delay, because the message is retried. If many messages are delayed, tell your administrator or email service.</source>
        <comment>4.7.28@Google/fix/sender</comment>
        <translation>Không cần làm gì nếu chỉ một thư bị chậm, vì thư sẽ được thử lại. Nếu nhiều thư bị chậm, hãy báo cho quản trị viên hoặc dịch vụ email của bạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower the sending rate to Gmail and ramp volume gradually on new IPs and domains. Send only to opted-in recipients, authenticate with SPF, DKIM and DMARC, and watch spam rate in Google Postmaster Tools. Give every message a unique Message-ID.</source>
        <comment>4.7.28@Google/fix/sendingServer</comment>
        <translation>Giảm tốc độ gửi tới Gmail và tăng dần lưu lượng trên các IP và tên miền mới. Chỉ gửi tới những người nhận đã đồng ý nhận thư (opt-in), xác thực bằng SPF, DKIM và DMARC, và theo dõi tỷ lệ thư rác trong Google Postmaster Tools. Gán cho mỗi thư một Message-ID duy nhất.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.28 is the registry code for a detected mail flood, while Gmail&apos;s 4.7.28 is a temporary rate limit tied to the reputation of your IP, domains or URLs.</source>
        <comment>4.7.28@Google/confusedWith/X.7.28</comment>
        <translation>X.7.28 là mã trong sổ đăng ký cho tình trạng phát hiện gửi thư ồ ạt, trong khi 4.7.28 của Gmail là giới hạn tốc độ tạm thời gắn với uy tín của IP, tên miền hoặc URL của bạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.1 with &quot;unusual rate of unsolicited mail&quot; blocks the mail permanently, while 4.7.28 only delays it.</source>
        <comment>4.7.28@Google/confusedWith/5.7.1@Google</comment>
        <translation>5.7.1 kèm &quot;unusual rate of unsolicited mail&quot; chặn thư vĩnh viễn, trong khi 4.7.28 chỉ trì hoãn thư.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4.2.1 protects one recipient who is receiving too much mail, while 4.7.28 limits the sender as a whole.</source>
        <comment>4.7.28@Google/confusedWith/4.2.1@Google</comment>
        <translation>4.2.1 bảo vệ một người nhận đang nhận quá nhiều thư, trong khi 4.7.28 giới hạn toàn bộ người gửi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ARC validation failure</source>
        <comment>X.7.29/title</comment>
        <translation>Lỗi xác minh ARC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message carried an Authenticated Received Chain (ARC), the header fields that intermediaries such as mailing lists and forwarders add to preserve earlier authentication results, and the chain failed validation. An ARC validator may reject such a message with 5.7.29. As 5.7.29 it is permanent for that message. ARC is an experimental protocol, and many receivers simply ignore a broken chain instead.</source>
        <comment>X.7.29/description</comment>
        <translation>Thư mang một chuỗi Authenticated Received Chain (ARC), tức các trường tiêu đề mà bên trung gian như danh sách thư và dịch vụ chuyển tiếp thư thêm vào để lưu giữ kết quả xác thực trước đó, và chuỗi này không vượt qua bước xác minh. Một trình xác minh ARC có thể từ chối thư như vậy bằng 5.7.29. Với 5.7.29, lỗi là vĩnh viễn đối với thư đó. ARC là một giao thức thử nghiệm, và thay vào đó nhiều bên nhận chỉ đơn giản bỏ qua chuỗi bị hỏng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the final dot of DATA, once the ARC header fields have been checked.</source>
        <comment>X.7.29/when</comment>
        <translation>Sau dấu chấm cuối cùng của DATA, khi các trường tiêu đề ARC đã được kiểm tra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you sent through a mailing list or forwarder, report the bounce to its operator; the original sender usually cannot repair the chain.</source>
        <comment>X.7.29/fix/sender</comment>
        <translation>Nếu bạn đã gửi qua một danh sách thư hoặc dịch vụ chuyển tiếp thư, hãy báo thư báo không gửi được (NDR) cho bên vận hành dịch vụ đó; người gửi ban đầu thường không thể sửa chuỗi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you add ARC headers, seal after all your modifications, publish the ARC signing key in DNS like a DKIM key, and never alter ARC headers added by earlier hops. Check that the first ARC-Seal has cv=none and later ones cv=pass.</source>
        <comment>X.7.29/fix/sendingServer</comment>
        <translation>Nếu bạn thêm tiêu đề ARC, hãy niêm phong sau mọi sửa đổi của mình, công bố khóa ký ARC trong DNS giống như khóa DKIM, và không bao giờ sửa các tiêu đề ARC do các chặng trước thêm vào. Kiểm tra rằng ARC-Seal đầu tiên có cv=none và các ARC-Seal sau có cv=pass.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log which ARC set failed (message signature, seal or instance numbering), and consider relying on other authentication results when only the chain is broken.</source>
        <comment>X.7.29/fix/receivingServer</comment>
        <translation>Ghi nhật ký bộ ARC nào thất bại (chữ ký thư, niêm phong hoặc việc đánh số thứ tự instance), và cân nhắc dựa vào các kết quả xác thực khác khi chỉ có chuỗi bị hỏng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.20 concerns DKIM signatures on the message itself, while X.7.29 concerns the ARC header fields that intermediaries added.</source>
        <comment>X.7.29/confusedWith/X.7.20</comment>
        <translation>X.7.20 liên quan đến các chữ ký DKIM trên chính thư, trong khi X.7.29 liên quan đến các trường tiêu đề ARC mà bên trung gian đã thêm vào.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.7 is a general integrity failure of a checked message, whereas X.7.29 reports specifically that the ARC chain did not validate.</source>
        <comment>X.7.29/confusedWith/X.7.7</comment>
        <translation>X.7.7 là lỗi toàn vẹn chung của một thư được kiểm tra, còn X.7.29 báo cụ thể rằng chuỗi ARC không vượt qua bước xác minh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate Limited Without TLS</source>
        <comment>4.7.29@Google/title</comment>
        <translation>Bị giới hạn tốc độ do không dùng TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail returns 421 4.7.29 when a message was not sent over a TLS connection, and it temporarily rate limits such mail. Google requires senders, and bulk senders in particular, to use TLS for SMTP connections. The registry&apos;s X.7.29 instead reports an ARC validation failure.</source>
        <comment>4.7.29@Google/description</comment>
        <translation>Gmail trả về 421 4.7.29 khi thư không được gửi qua kết nối TLS, và tạm thời áp dụng giới hạn tốc độ cho loại thư này. Google yêu cầu người gửi, đặc biệt là người gửi số lượng lớn, dùng TLS cho các kết nối SMTP. Còn X.7.29 trong sổ đăng ký lại báo lỗi kiểm tra ARC thất bại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after DATA when the sending server delivered to Gmail without issuing STARTTLS.</source>
        <comment>4.7.29@Google/when</comment>
        <translation>Được trả về sau DATA khi máy chủ gửi chuyển phát thư tới Gmail mà không dùng STARTTLS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward the bounce to your administrator or email provider.</source>
        <comment>4.7.29@Google/fix/sender</comment>
        <translation>Hãy chuyển thư báo không gửi được cho quản trị viên hoặc nhà cung cấp email của bạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable opportunistic TLS for outbound SMTP, for example smtp_tls_security_level = may in Postfix, and make sure STARTTLS to Gmail&apos;s MX hosts succeeds with a current TLS version.</source>
        <comment>4.7.29@Google/fix/sendingServer</comment>
        <translation>Bật TLS cơ hội (opportunistic TLS) cho SMTP chiều đi, ví dụ smtp_tls_security_level = may trong Postfix, và bảo đảm STARTTLS tới các máy MX của Gmail thành công với một phiên bản TLS hiện hành.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.29 in the registry reports an ARC validation failure, while Gmail&apos;s 4.7.29 reports a message sent without TLS.</source>
        <comment>4.7.29@Google/confusedWith/X.7.29</comment>
        <translation>X.7.29 trong sổ đăng ký báo lỗi kiểm tra ARC thất bại, trong khi 4.7.29 của Gmail báo thư được gửi mà không dùng TLS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4.7.0 with &quot;TLS required for RCPT domain&quot; enforces one recipient domain&apos;s TLS policy, while 4.7.29 applies Gmail&apos;s general sender requirement.</source>
        <comment>4.7.29@Google/confusedWith/4.7.0@Google</comment>
        <translation>4.7.0 kèm &quot;TLS required for RCPT domain&quot; thực thi chính sách TLS của một tên miền người nhận cụ thể, trong khi 4.7.29 áp dụng yêu cầu chung của Gmail đối với người gửi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REQUIRETLS support required</source>
        <comment>X.7.30/title</comment>
        <translation>Cần hỗ trợ REQUIRETLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message was sent with the REQUIRETLS option, which demands TLS with a verified certificate on every hop, and it could not be relayed because no next-hop server offered REQUIRETLS on such a connection. The message is not sent insecurely instead. Gmail also uses 4.7.30 and 5.7.30 for mail that fails its DKIM requirement, which is a different meaning.</source>
        <comment>X.7.30/description</comment>
        <translation>Thư được gửi với tùy chọn REQUIRETLS, vốn đòi hỏi TLS với chứng chỉ đã được xác minh trên mọi chặng, và thư không thể được chuyển tiếp (relay) vì không có máy chủ chặng kế tiếp nào cung cấp REQUIRETLS trên một kết nối như vậy. Thư sẽ không bị gửi theo cách không an toàn để thay thế. Gmail cũng dùng 4.7.30 và 5.7.30 cho thư không đáp ứng yêu cầu DKIM của họ, đó là một ý nghĩa khác.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually in a bounce from a relay that found no suitable next hop, after the message had been accepted.</source>
        <comment>X.7.30/when</comment>
        <translation>Thường xuất hiện trong thư báo không gửi được (NDR) từ một máy chủ chuyển tiếp (relay) không tìm được chặng kế tiếp phù hợp, sau khi thư đã được chấp nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend without requiring TLS only if the content may travel unencrypted; otherwise use another channel. If Gmail sent the code, ask your administrator to check DKIM signing instead.</source>
        <comment>X.7.30/fix/sender</comment>
        <translation>Chỉ gửi lại mà không yêu cầu TLS nếu nội dung được phép truyền đi không mã hóa; nếu không, hãy dùng một kênh khác. Nếu Gmail gửi mã này, hãy đề nghị quản trị viên của bạn kiểm tra việc ký DKIM thay vào đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check whether the recipient&apos;s MX hosts offer STARTTLS with valid certificates and advertise REQUIRETLS; many do not. If Gmail sent the code, fix DKIM signing and the published selector key.</source>
        <comment>X.7.30/fix/sendingServer</comment>
        <translation>Kiểm tra xem các máy MX của người nhận có cung cấp STARTTLS với chứng chỉ hợp lệ và công bố REQUIRETLS hay không; nhiều máy không làm vậy. Nếu Gmail gửi mã này, hãy sửa việc ký DKIM và khóa selector đã công bố.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To accept REQUIRETLS mail, advertise REQUIRETLS after STARTTLS with a valid certificate, and make sure every onward hop you relay to supports it.</source>
        <comment>X.7.30/fix/receivingServer</comment>
        <translation>Để chấp nhận thư REQUIRETLS, hãy công bố REQUIRETLS sau STARTTLS với một chứng chỉ hợp lệ, và bảo đảm mọi chặng tiếp theo mà bạn chuyển tiếp (relay) tới đều hỗ trợ REQUIRETLS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.10 asks the client to encrypt the connection before authenticating, while X.7.30 says a message that demands encryption on every hop could not be relayed that way.</source>
        <comment>X.7.30/confusedWith/X.7.10</comment>
        <translation>X.7.10 yêu cầu máy khách mã hóa kết nối trước khi xác thực, trong khi X.7.30 cho biết một thư đòi hỏi mã hóa trên mọi chặng đã không thể được chuyển tiếp (relay) theo cách đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.20 is the registry code for a missing valid DKIM signature, whereas X.7.30 officially concerns REQUIRETLS, even though Gmail uses 4.7.30 and 5.7.30 for DKIM problems.</source>
        <comment>X.7.30/confusedWith/X.7.20</comment>
        <translation>X.7.20 là mã của sổ đăng ký cho trường hợp thiếu chữ ký DKIM hợp lệ, còn X.7.30 chính thức liên quan đến REQUIRETLS, dù Gmail dùng 4.7.30 và 5.7.30 cho các vấn đề DKIM.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked for DKIM Failure</source>
        <comment>5.7.30@Google/title</comment>
        <translation>Bị chặn do DKIM thất bại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail returns 550 5.7.30 when a message is blocked because DKIM did not pass, under its requirement that large senders sign mail with DKIM. The temporary form 4.7.30 rate limits instead of blocking. In the registry, X.7.30 means REQUIRETLS support is required, an unrelated condition.</source>
        <comment>5.7.30@Google/description</comment>
        <translation>Gmail trả về 550 5.7.30 khi thư bị chặn vì DKIM không đạt, theo yêu cầu của Gmail rằng người gửi số lượng lớn phải ký thư bằng DKIM. Dạng tạm thời 4.7.30 áp dụng giới hạn tốc độ thay vì chặn. Trong sổ đăng ký, X.7.30 có nghĩa là cần hỗ trợ REQUIRETLS, một tình trạng không liên quan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after DATA when Gmail finds no passing DKIM signature on mail from a sender that must use DKIM.</source>
        <comment>5.7.30@Google/when</comment>
        <translation>Được trả về sau DATA khi Gmail không tìm thấy chữ ký DKIM nào đạt trên thư từ một người gửi bắt buộc phải dùng DKIM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward the bounce to your administrator or the service that sends mail for you.</source>
        <comment>5.7.30@Google/fix/sender</comment>
        <translation>Hãy chuyển thư báo không gửi được cho quản trị viên của bạn hoặc cho dịch vụ gửi thư thay bạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on DKIM signing for the From domain in your mail server or sending service, and publish the matching public key at the selector in DNS. Make sure nothing after signing, such as a footer or gateway, modifies signed headers or the body.</source>
        <comment>5.7.30@Google/fix/sendingServer</comment>
        <translation>Bật tính năng ký DKIM cho tên miền From trên máy chủ thư hoặc dịch vụ gửi thư của bạn, và công bố khóa công khai tương ứng tại selector trong DNS. Bảo đảm không có thành phần nào sau bước ký, chẳng hạn chân trang (footer) hoặc cổng nối (gateway), sửa đổi các tiêu đề đã ký hoặc nội dung thư.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.30 in the registry means REQUIRETLS support is required, while Gmail&apos;s 5.7.30 means DKIM did not pass.</source>
        <comment>5.7.30@Google/confusedWith/X.7.30</comment>
        <translation>X.7.30 trong sổ đăng ký có nghĩa là cần hỗ trợ REQUIRETLS, trong khi 5.7.30 của Gmail có nghĩa là DKIM không đạt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.26 means neither SPF nor DKIM passed or DMARC failed, while 5.7.30 means the DKIM requirement for large senders was not met.</source>
        <comment>5.7.30@Google/confusedWith/5.7.26@Google</comment>
        <translation>5.7.26 có nghĩa là cả SPF lẫn DKIM đều không đạt hoặc DMARC thất bại, trong khi 5.7.30 có nghĩa là yêu cầu DKIM đối với người gửi số lượng lớn chưa được đáp ứng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From Domain Not Aligned</source>
        <comment>4.7.32@Google/title</comment>
        <translation>Tên miền From không khớp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail returns 421 4.7.32 when the domain in the From header is not aligned with the organizational domain authenticated by SPF or DKIM, and it rate limits the mail. Alignment is a requirement for bulk senders and follows the way DMARC evaluates authentication.</source>
        <comment>4.7.32@Google/description</comment>
        <translation>Gmail trả về 421 4.7.32 khi tên miền trong tiêu đề From không khớp (alignment) với tên miền tổ chức đã được SPF hoặc DKIM xác thực, và áp dụng giới hạn tốc độ cho thư. Việc khớp tên miền là yêu cầu bắt buộc đối với người gửi số lượng lớn và tuân theo cách DMARC đánh giá kết quả xác thực.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after DATA when a bulk sender&apos;s messages pass SPF or DKIM for a different domain than the visible From address.</source>
        <comment>4.7.32@Google/when</comment>
        <translation>Được trả về sau DATA khi thư của người gửi số lượng lớn đạt SPF hoặc DKIM cho một tên miền khác với địa chỉ From hiển thị.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If a newsletter or marketing service sends as your domain, ask your administrator to set up authentication for it.</source>
        <comment>4.7.32@Google/fix/sender</comment>
        <translation>Nếu một dịch vụ bản tin hoặc dịch vụ tiếp thị gửi thư dưới tên miền của bạn, hãy đề nghị quản trị viên thiết lập xác thực cho dịch vụ đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign with DKIM using the From domain or one of its subdomains, or use a Return-Path domain under the From domain so SPF aligns. Publish a DMARC record and use its reports to find unaligned mail streams.</source>
        <comment>4.7.32@Google/fix/sendingServer</comment>
        <translation>Ký DKIM bằng tên miền From hoặc một tên miền con của nó, hoặc dùng tên miền Return-Path nằm dưới tên miền From để SPF khớp. Công bố bản ghi DMARC và dùng các báo cáo của nó để tìm các luồng thư không khớp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.26 means authentication failed outright, while 4.7.32 means authentication passed but for a domain that does not match the From header.</source>
        <comment>4.7.32@Google/confusedWith/5.7.26@Google</comment>
        <translation>5.7.26 có nghĩa là xác thực thất bại hoàn toàn, trong khi 4.7.32 có nghĩa là xác thực đã đạt nhưng cho một tên miền không khớp với tiêu đề From.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.509 is Exchange Online&apos;s rejection for a DMARC failure, while 4.7.32 is Gmail&apos;s temporary limit for misaligned bulk mail.</source>
        <comment>4.7.32@Google/confusedWith/5.7.509@Microsoft</comment>
        <translation>5.7.509 là lời từ chối của Exchange Online khi DMARC thất bại, trong khi 4.7.32 là giới hạn tạm thời của Gmail đối với thư gửi số lượng lớn có tên miền không khớp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client Not Authenticated to Send</source>
        <comment>5.7.57@Microsoft/title</comment>
        <translation>Máy khách chưa được xác thực để gửi thư</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.57 when an application or device submits mail through smtp.office365.com without authenticating, reported as &quot;Client was not authenticated to send anonymous mail during MAIL FROM&quot;. Submission through that endpoint requires the credentials of a user with an Exchange Online mailbox, and authentication is only possible after TLS is negotiated.</source>
        <comment>5.7.57@Microsoft/description</comment>
        <translation>Exchange Online trả về 5.7.57 khi một ứng dụng hoặc thiết bị gửi thư qua smtp.office365.com mà không xác thực, với thông báo &quot;Client was not authenticated to send anonymous mail during MAIL FROM&quot;. Việc gửi thư qua điểm cuối (endpoint) đó yêu cầu thông tin đăng nhập của một người dùng có hộp thư Exchange Online, và chỉ có thể xác thực sau khi đã thương lượng TLS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to MAIL FROM when a printer, scanner, script or app connects to smtp.office365.com and skips AUTH.</source>
        <comment>5.7.57@Microsoft/when</comment>
        <translation>Được trả về cho MAIL FROM khi một máy in, máy quét, script hoặc ứng dụng kết nối tới smtp.office365.com và bỏ qua AUTH.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the device or app settings, turn on SMTP authentication, enter the full mailbox address and its current password, and select STARTTLS on port 587.</source>
        <comment>5.7.57@Microsoft/fix/sender</comment>
        <translation>Trong phần cài đặt của thiết bị hoặc ứng dụng, hãy bật xác thực SMTP, nhập đầy đủ địa chỉ hộp thư cùng mật khẩu hiện tại, và chọn STARTTLS trên cổng 587.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm that the device supports TLS and STARTTLS, that the credentials are correct, and that authenticated SMTP submission is allowed for the mailbox. If the device cannot authenticate, use direct send or a connector-based relay instead.</source>
        <comment>5.7.57@Microsoft/fix/sendingServer</comment>
        <translation>Xác nhận rằng thiết bị hỗ trợ TLS và STARTTLS, thông tin đăng nhập chính xác, và hộp thư được phép gửi thư SMTP có xác thực. Nếu thiết bị không thể xác thực, hãy dùng phương thức gửi trực tiếp (direct send) hoặc chuyển tiếp (relay) dựa trên connector.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>535 means credentials were sent and rejected, while 5.7.57 means the client never authenticated before MAIL FROM.</source>
        <comment>5.7.57@Microsoft/confusedWith/535</comment>
        <translation>535 có nghĩa là thông tin đăng nhập đã được gửi và bị từ chối, trong khi 5.7.57 có nghĩa là máy khách chưa hề xác thực trước MAIL FROM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.1 with &quot;Client was not authenticated&quot; can come from any server requiring authentication, while 5.7.57 is specific to submission through smtp.office365.com.</source>
        <comment>5.7.57@Microsoft/confusedWith/5.7.1@Microsoft</comment>
        <translation>5.7.1 kèm &quot;Client was not authenticated&quot; có thể đến từ bất kỳ máy chủ nào yêu cầu xác thực, trong khi 5.7.57 dành riêng cho việc gửi thư qua smtp.office365.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TenantAttribution Relay Access Denied</source>
        <comment>5.7.64@Microsoft/title</comment>
        <translation>TenantAttribution: từ chối truy cập chuyển tiếp (relay)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.64 with &quot;TenantAttribution; Relay Access Denied&quot; when mail from an organization&apos;s on-premises environment no longer matches the inbound connector meant to identify it. Typical causes are a changed source IP address or a certificate whose host name no longer matches the connector, so the service cannot attribute the mail to the tenant.</source>
        <comment>5.7.64@Microsoft/description</comment>
        <translation>Exchange Online trả về 5.7.64 kèm &quot;TenantAttribution; Relay Access Denied&quot; khi thư từ môi trường tại chỗ (on-premises) của một tổ chức không còn khớp với connector chiều vào (inbound connector) dùng để nhận diện tổ chức đó. Nguyên nhân thường gặp là địa chỉ IP nguồn đã thay đổi, hoặc chứng chỉ có tên máy không còn khớp với connector, khiến dịch vụ không thể xác định thư thuộc tenant nào.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned when an on-premises server or third-party relay sends through Exchange Online and matching the connector by IP address or certificate fails.</source>
        <comment>5.7.64@Microsoft/when</comment>
        <translation>Được trả về khi một máy chủ tại chỗ hoặc máy chủ chuyển tiếp (relay) bên thứ ba gửi thư qua Exchange Online và việc đối chiếu connector theo địa chỉ IP hoặc chứng chỉ thất bại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an administrator can fix this, so forward the bounce to your email admin.</source>
        <comment>5.7.64@Microsoft/fix/sender</comment>
        <translation>Chỉ quản trị viên mới có thể khắc phục lỗi này, vì vậy hãy chuyển thư báo không gửi được cho quản trị viên email của bạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the connector&apos;s configured sender IP addresses or certificate name with the actual source IP and the certificate your server presents. Update the inbound connector or the server&apos;s certificate, then test with message trace.</source>
        <comment>5.7.64@Microsoft/fix/sendingServer</comment>
        <translation>So sánh các địa chỉ IP người gửi hoặc tên chứng chỉ đã cấu hình trong connector với IP nguồn thực tế và chứng chỉ mà máy chủ của bạn xuất trình. Cập nhật connector chiều vào hoặc chứng chỉ của máy chủ, sau đó kiểm tra bằng công cụ theo dõi thư (message trace).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.4.1 means the recipient domain is not accepted, while 5.7.64 means the sender&apos;s connector could not be matched to a tenant.</source>
        <comment>5.7.64@Microsoft/confusedWith/5.4.1@Microsoft</comment>
        <translation>5.4.1 có nghĩa là tên miền người nhận không được chấp nhận, trong khi 5.7.64 có nghĩa là không thể đối chiếu connector của người gửi với một tenant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.1 with &quot;Unable to relay&quot; refuses an anonymous sender, while 5.7.64 refuses relaying from an organization whose connector no longer matches.</source>
        <comment>5.7.64@Microsoft/confusedWith/5.7.1@Microsoft</comment>
        <translation>5.7.1 kèm &quot;Unable to relay&quot; từ chối một người gửi ẩn danh, trong khi 5.7.64 từ chối việc chuyển tiếp (relay) từ một tổ chức có connector không còn khớp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender Not in Allowed-Senders List</source>
        <comment>5.7.124@Microsoft/title</comment>
        <translation>Người gửi không có trong danh sách người gửi được phép</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.124 when a distribution group accepts messages only from an allowed-senders list and the sender is not on it. Depending on how the group is set up, even its owner may need to be added to the list before posting.</source>
        <comment>5.7.124@Microsoft/description</comment>
        <translation>Exchange Online trả về 5.7.124 khi một nhóm phân phối chỉ nhận thư từ danh sách người gửi được phép và người gửi không có trong danh sách đó. Tùy theo cách thiết lập nhóm, ngay cả chủ sở hữu nhóm cũng có thể cần được thêm vào danh sách trước khi gửi thư tới nhóm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned when someone sends to a distribution group whose delivery management restricts who may send.</source>
        <comment>5.7.124@Microsoft/when</comment>
        <translation>Được trả về khi ai đó gửi thư tới một nhóm phân phối có phần quản lý chuyển phát hạn chế những ai được phép gửi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the group owner to add you to the allowed senders, or write to the members directly.</source>
        <comment>5.7.124@Microsoft/fix/sender</comment>
        <translation>Đề nghị chủ sở hữu nhóm thêm bạn vào danh sách người gửi được phép, hoặc gửi thư trực tiếp cho các thành viên.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Exchange admin center, open the group&apos;s delivery management and add the sender, or allow all senders if that fits the group&apos;s purpose. External senders must first exist as mail contacts or mail users.</source>
        <comment>5.7.124@Microsoft/fix/receivingServer</comment>
        <translation>Trong Exchange admin center, mở phần quản lý chuyển phát của nhóm và thêm người gửi, hoặc cho phép tất cả người gửi nếu điều đó phù hợp với mục đích của nhóm. Người gửi bên ngoài trước tiên phải tồn tại dưới dạng liên hệ thư (mail contact) hoặc người dùng thư (mail user).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.133 means the group rejects all senders from outside the organization, while 5.7.124 means the group accepts only a specific list that lacks this sender.</source>
        <comment>5.7.124@Microsoft/confusedWith/5.7.133@Microsoft</comment>
        <translation>5.7.133 có nghĩa là nhóm từ chối mọi người gửi từ bên ngoài tổ chức, trong khi 5.7.124 có nghĩa là nhóm chỉ chấp nhận một danh sách cụ thể không có người gửi này.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender Not Authenticated for Group</source>
        <comment>5.7.133@Microsoft/title</comment>
        <translation>Người gửi chưa được xác thực để gửi tới nhóm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.133 when the recipient is a group configured to reject messages from senders outside the organization. Only the group owner or an administrator of the recipient&apos;s organization can allow external senders.</source>
        <comment>5.7.133@Microsoft/description</comment>
        <translation>Exchange Online trả về 5.7.133 khi người nhận là một nhóm được cấu hình để từ chối thư từ người gửi bên ngoài tổ chức. Chỉ chủ sở hữu nhóm hoặc quản trị viên của tổ chức người nhận mới có thể cho phép người gửi bên ngoài.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned when an external sender writes to a distribution group that accepts internal senders only.</source>
        <comment>5.7.133@Microsoft/when</comment>
        <translation>Được trả về khi một người gửi bên ngoài gửi thư tới một nhóm phân phối chỉ chấp nhận người gửi nội bộ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact the group owner or an administrator of that organization and ask them to allow your address.</source>
        <comment>5.7.133@Microsoft/fix/sender</comment>
        <translation>Liên hệ với chủ sở hữu nhóm hoặc quản trị viên của tổ chức đó và đề nghị họ cho phép địa chỉ của bạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the group&apos;s delivery management, accept messages from senders inside and outside the organization, or keep the restriction and add the external sender, represented as a mail contact, to the allowed senders.</source>
        <comment>5.7.133@Microsoft/fix/receivingServer</comment>
        <translation>Trong phần quản lý chuyển phát của nhóm, hãy chấp nhận thư từ người gửi cả trong lẫn ngoài tổ chức, hoặc giữ nguyên hạn chế và thêm người gửi bên ngoài, dưới dạng liên hệ thư (mail contact), vào danh sách người gửi được phép.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.134 names a mailbox as the restricted recipient, while 5.7.133 names a group.</source>
        <comment>5.7.133@Microsoft/confusedWith/5.7.134@Microsoft</comment>
        <translation>5.7.134 nêu người nhận bị hạn chế là một hộp thư, trong khi 5.7.133 nêu đó là một nhóm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.124 means the group accepts only listed senders, while 5.7.133 means it refuses everyone outside the organization.</source>
        <comment>5.7.133@Microsoft/confusedWith/5.7.124@Microsoft</comment>
        <translation>5.7.124 có nghĩa là nhóm chỉ chấp nhận người gửi có trong danh sách, trong khi 5.7.133 có nghĩa là nhóm từ chối mọi người bên ngoài tổ chức.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender Not Authenticated for Mailbox</source>
        <comment>5.7.134@Microsoft/title</comment>
        <translation>Người gửi chưa được xác thực để gửi tới hộp thư</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.134 when the recipient is a mailbox set up to reject messages sent from outside its organization. Only an administrator of the recipient&apos;s organization can change the restriction. Related codes cover other recipient types, such as 5.7.133 for groups and 5.7.136 for mail users.</source>
        <comment>5.7.134@Microsoft/description</comment>
        <translation>Exchange Online trả về 5.7.134 khi người nhận là một hộp thư được thiết lập để từ chối thư gửi từ bên ngoài tổ chức của nó. Chỉ quản trị viên của tổ chức người nhận mới có thể thay đổi hạn chế này. Các mã liên quan áp dụng cho những loại người nhận khác, chẳng hạn 5.7.133 cho nhóm và 5.7.136 cho người dùng thư (mail user).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned when an external sender writes to a mailbox that accepts internal senders only.</source>
        <comment>5.7.134@Microsoft/when</comment>
        <translation>Được trả về khi một người gửi bên ngoài gửi thư tới một hộp thư chỉ chấp nhận người gửi nội bộ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach the recipient another way and ask their administrator to allow external mail for the mailbox.</source>
        <comment>5.7.134@Microsoft/fix/sender</comment>
        <translation>Liên hệ với người nhận bằng cách khác và đề nghị quản trị viên của họ cho phép hộp thư nhận thư từ bên ngoài.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the mailbox&apos;s delivery restrictions and, if external mail is expected, stop requiring authenticated senders, for example with Set-Mailbox and RequireSenderAuthenticationEnabled set to false.</source>
        <comment>5.7.134@Microsoft/fix/receivingServer</comment>
        <translation>Kiểm tra các hạn chế chuyển phát của hộp thư và, nếu cần nhận thư từ bên ngoài, hãy bỏ yêu cầu người gửi phải được xác thực, ví dụ bằng Set-Mailbox với RequireSenderAuthenticationEnabled đặt thành false.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.133 blocks external senders to a group, while 5.7.134 blocks them to an individual mailbox.</source>
        <comment>5.7.134@Microsoft/confusedWith/5.7.133@Microsoft</comment>
        <translation>5.7.133 chặn người gửi bên ngoài gửi tới một nhóm, trong khi 5.7.134 chặn họ gửi tới một hộp thư cá nhân.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.1.10 means the mailbox was not found, while 5.7.134 means it exists but refuses external senders.</source>
        <comment>5.7.134@Microsoft/confusedWith/5.1.10@Microsoft</comment>
        <translation>5.1.10 có nghĩa là không tìm thấy hộp thư, trong khi 5.7.134 có nghĩa là hộp thư tồn tại nhưng từ chối người gửi bên ngoài.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange Online IP Throttling</source>
        <comment>4.7.500@Microsoft/title</comment>
        <translation>Điều tiết IP của Exchange Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes 4.7.500 through 4.7.699, often shown with an ASxxx tag, mean Microsoft 365 temporarily restricted mail from the connecting IP address after detecting suspicious activity. A common trigger is a source that suddenly sends far more than its established pattern, which Microsoft treats with graylisting. The restriction lifts on its own if the traffic is legitimate.</source>
        <comment>4.7.500@Microsoft/description</comment>
        <translation>Các mã từ 4.7.500 đến 4.7.699, thường đi kèm một thẻ ASxxx, có nghĩa là Microsoft 365 đã tạm thời hạn chế thư từ địa chỉ IP đang kết nối sau khi phát hiện hoạt động đáng ngờ. Nguyên nhân thường gặp là một nguồn đột nhiên gửi nhiều thư hơn hẳn so với thông lệ của nó, và Microsoft xử lý trường hợp này bằng danh sách xám (greylisting). Hạn chế sẽ tự được gỡ bỏ nếu lưu lượng là hợp lệ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned as 451 with &quot;Access denied, please try again later&quot; while a server sends to, or relays through, Exchange Online.</source>
        <comment>4.7.500@Microsoft/when</comment>
        <translation>Được trả về dưới dạng 451 kèm &quot;Access denied, please try again later&quot; khi một máy chủ gửi thư tới, hoặc chuyển tiếp (relay) thư qua, Exchange Online.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is required from you, because your server will retry. If messages stay delayed for days, forward the delay notice to your administrator.</source>
        <comment>4.7.500@Microsoft/fix/sender</comment>
        <translation>Bạn không cần làm gì, vì máy chủ của bạn sẽ thử lại. Nếu thư vẫn bị chậm trong nhiều ngày, hãy chuyển thông báo chậm trễ cho quản trị viên của bạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let retries continue and keep volume steady while the IP builds a history. If you relay from on-premises servers through Microsoft 365, or route inbound mail through a third-party filter, create the matching connector so the traffic is recognized. Avoid sending production volume from an onmicrosoft.com domain.</source>
        <comment>4.7.500@Microsoft/fix/sendingServer</comment>
        <translation>Để các lần thử lại tiếp tục và giữ lưu lượng ổn định trong khi IP tạo dựng lịch sử gửi. Nếu bạn chuyển tiếp (relay) thư từ các máy chủ tại chỗ (on-premises) qua Microsoft 365, hoặc định tuyến thư đến qua một bộ lọc bên thứ ba, hãy tạo connector tương ứng để lưu lượng được nhận diện. Tránh gửi lưu lượng thư thực tế từ một tên miền onmicrosoft.com.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>451 is the basic reply these codes arrive with, while 4.7.500 to 4.7.699 identify Microsoft&apos;s specific reason, temporary IP throttling.</source>
        <comment>4.7.500@Microsoft/confusedWith/451</comment>
        <translation>451 là phản hồi cơ bản đi kèm các mã này, trong khi 4.7.500 đến 4.7.699 cho biết lý do cụ thể của Microsoft, tức điều tiết IP tạm thời.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.606 to 5.7.649 mean the IP is banned until it is delisted, while 4.7.500 to 4.7.699 are temporary restrictions that lift on their own.</source>
        <comment>4.7.500@Microsoft/confusedWith/5.7.606@Microsoft</comment>
        <translation>5.7.606 đến 5.7.649 có nghĩa là IP bị cấm cho đến khi được gỡ khỏi danh sách, trong khi 4.7.500 đến 4.7.699 là các hạn chế tạm thời tự được gỡ bỏ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending Account Banned for Spam</source>
        <comment>5.7.501@Microsoft/title</comment>
        <translation>Tài khoản gửi bị cấm vì thư rác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes 5.7.501 to 5.7.503 mean Microsoft 365 banned the sending account after detecting spam activity. Exchange Online words 5.7.501 as &quot;spam abuse detected&quot; and the other two as &quot;banned sender&quot;. The ban is lifted through Microsoft support once the account&apos;s problems are resolved.</source>
        <comment>5.7.501@Microsoft/description</comment>
        <translation>Các mã từ 5.7.501 đến 5.7.503 có nghĩa là Microsoft 365 đã cấm tài khoản gửi sau khi phát hiện hoạt động gửi thư rác. Exchange Online diễn đạt 5.7.501 là &quot;spam abuse detected&quot; và hai mã còn lại là &quot;banned sender&quot;. Lệnh cấm được gỡ bỏ thông qua bộ phận hỗ trợ của Microsoft sau khi các vấn đề của tài khoản đã được giải quyết.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned when a banned account, or a system sending on its behalf, tries to send through Exchange Online.</source>
        <comment>5.7.501@Microsoft/when</comment>
        <translation>Được trả về khi một tài khoản bị cấm, hoặc một hệ thống gửi thư thay cho tài khoản đó, cố gửi thư qua Exchange Online.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell your administrator, change your password and check your devices for malware, since a ban usually follows a compromise.</source>
        <comment>5.7.501@Microsoft/fix/sender</comment>
        <translation>Hãy báo cho quản trị viên, đổi mật khẩu và kiểm tra phần mềm độc hại trên các thiết bị của bạn, vì lệnh cấm thường xảy ra sau khi tài khoản bị xâm nhập.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secure the account, reset its credentials, and remove malicious rules or connectors. Then contact Microsoft support through your usual channel to restore sending.</source>
        <comment>5.7.501@Microsoft/fix/sendingServer</comment>
        <translation>Bảo mật tài khoản, đặt lại thông tin đăng nhập, và xóa các quy tắc hoặc connector độc hại. Sau đó liên hệ bộ phận hỗ trợ của Microsoft qua kênh thông thường của bạn để khôi phục khả năng gửi thư.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.1.8 is a restriction the tenant&apos;s administrator can release, while 5.7.501 to 5.7.503 are bans that require Microsoft support.</source>
        <comment>5.7.501@Microsoft/confusedWith/5.1.8@Microsoft</comment>
        <translation>5.1.8 là hạn chế mà quản trị viên của tenant có thể gỡ, trong khi 5.7.501 đến 5.7.503 là các lệnh cấm cần bộ phận hỗ trợ của Microsoft gỡ bỏ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.606 to 5.7.649 ban a sending IP address, while 5.7.501 to 5.7.503 ban a sending account.</source>
        <comment>5.7.501@Microsoft/confusedWith/5.7.606@Microsoft</comment>
        <translation>5.7.606 đến 5.7.649 cấm một địa chỉ IP gửi, trong khi 5.7.501 đến 5.7.503 cấm một tài khoản gửi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending Domain Fails DMARC</source>
        <comment>5.7.509@Microsoft/title</comment>
        <translation>Tên miền gửi không đạt DMARC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.509 with &quot;Access denied, sending domain does not pass DMARC verification&quot; when the domain in the message&apos;s From header fails DMARC. A message passes DMARC only when SPF or DKIM succeeds for a domain aligned with that From domain.</source>
        <comment>5.7.509@Microsoft/description</comment>
        <translation>Exchange Online trả về 5.7.509 kèm &quot;Access denied, sending domain does not pass DMARC verification&quot; khi tên miền trong tiêu đề From của thư không đạt DMARC. Một thư chỉ đạt DMARC khi SPF hoặc DKIM thành công cho một tên miền khớp (alignment) với tên miền From đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to the connecting server when mail claiming a DMARC-protected From domain arrives from a source that is not authenticated and aligned.</source>
        <comment>5.7.509@Microsoft/when</comment>
        <translation>Được trả về cho máy chủ đang kết nối khi thư mang tên miền From được DMARC bảo vệ đến từ một nguồn chưa được xác thực và không khớp tên miền.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you send through a newsletter service, app or forwarding account, ask your administrator to authorize it for your domain.</source>
        <comment>5.7.509@Microsoft/fix/sender</comment>
        <translation>Nếu bạn gửi thư qua một dịch vụ bản tin, ứng dụng hoặc tài khoản chuyển tiếp, hãy đề nghị quản trị viên cho phép nguồn đó gửi thư cho tên miền của bạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include every system that sends for the domain in SPF, and sign with DKIM using the From domain or an aligned subdomain. Review DMARC aggregate reports to find unaligned sources before tightening the policy.</source>
        <comment>5.7.509@Microsoft/fix/sendingServer</comment>
        <translation>Đưa mọi hệ thống gửi thư cho tên miền vào SPF, và ký DKIM bằng tên miền From hoặc một tên miền con khớp với nó. Xem lại các báo cáo tổng hợp DMARC để tìm các nguồn không khớp trước khi thắt chặt chính sách.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.26 is the registry code for multiple failed authentication checks, while 5.7.509 is Microsoft&apos;s specific code for a DMARC failure of the From domain.</source>
        <comment>5.7.509@Microsoft/confusedWith/X.7.26</comment>
        <translation>X.7.26 là mã trong sổ đăng ký cho việc nhiều bước kiểm tra xác thực cùng thất bại, trong khi 5.7.509 là mã riêng của Microsoft cho trường hợp tên miền From không đạt DMARC.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.26 is Gmail&apos;s rejection of unauthenticated mail, including DMARC failures, while 5.7.509 is the comparable rejection from Exchange Online.</source>
        <comment>5.7.509@Microsoft/confusedWith/5.7.26@Google</comment>
        <translation>5.7.26 là lời từ chối của Gmail đối với thư chưa xác thực, bao gồm cả trường hợp DMARC thất bại, trong khi 5.7.509 là lời từ chối tương đương của Exchange Online.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient Domain Refuses IPv6 Mail</source>
        <comment>5.7.510@Microsoft/title</comment>
        <translation>Tên miền người nhận từ chối thư qua IPv6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.510 when a sender transmits over IPv6 to a recipient domain that does not accept email over IPv6. Domains hosted in Microsoft 365 accept anonymous inbound mail over IPv6 only when their administrators have enabled it.</source>
        <comment>5.7.510@Microsoft/description</comment>
        <translation>Exchange Online trả về 5.7.510 khi người gửi truyền thư qua IPv6 tới một tên miền người nhận không chấp nhận email qua IPv6. Các tên miền được lưu trữ trên Microsoft 365 chỉ chấp nhận thư đến ẩn danh qua IPv6 khi quản trị viên của họ đã bật tính năng này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned when an external server connects to Exchange Online over IPv6 to deliver to a domain without IPv6 enabled.</source>
        <comment>5.7.510@Microsoft/when</comment>
        <translation>Được trả về khi một máy chủ bên ngoài kết nối tới Exchange Online qua IPv6 để chuyển phát thư tới một tên miền chưa bật IPv6.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliver to this domain over IPv4, for example by preferring IPv4 for outbound SMTP; in Postfix, smtp_address_preference controls this.</source>
        <comment>5.7.510@Microsoft/fix/sendingServer</comment>
        <translation>Chuyển phát tới tên miền này qua IPv4, ví dụ bằng cách ưu tiên IPv4 cho SMTP chiều đi; trong Postfix, smtp_address_preference kiểm soát điều này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you want mail over IPv6, enable IPv6 for the accepted domain in Exchange Online, and expect IPv6 senders to need reverse DNS and passing SPF or DKIM.</source>
        <comment>5.7.510@Microsoft/fix/receivingServer</comment>
        <translation>Nếu bạn muốn nhận thư qua IPv6, hãy bật IPv6 cho tên miền được chấp nhận trong Exchange Online, và lưu ý rằng người gửi qua IPv6 sẽ cần có DNS ngược và đạt SPF hoặc DKIM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.25 means reverse DNS validation failed for the sending IP, while 5.7.510 means the recipient domain does not accept IPv6 mail at all.</source>
        <comment>5.7.510@Microsoft/confusedWith/X.7.25</comment>
        <translation>X.7.25 có nghĩa là kiểm tra DNS ngược cho IP gửi thất bại, trong khi 5.7.510 có nghĩa là tên miền người nhận hoàn toàn không chấp nhận thư qua IPv6.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending IP Address Banned</source>
        <comment>5.7.511@Microsoft/title</comment>
        <translation>Địa chỉ IP gửi bị cấm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.511 with &quot;Access denied, banned sender&quot; when the IP address used for sending has been banned. Unlike the block-list codes handled by the self-service delist portal, Microsoft directs this one to an email request to delist@messaging.microsoft.com that includes the full bounce code and the IP address.</source>
        <comment>5.7.511@Microsoft/description</comment>
        <translation>Exchange Online trả về 5.7.511 kèm &quot;Access denied, banned sender&quot; khi địa chỉ IP dùng để gửi thư đã bị cấm. Khác với các mã danh sách chặn được xử lý qua cổng tự phục vụ gỡ khỏi danh sách (delist portal), với mã này Microsoft yêu cầu gửi email đề nghị tới delist@messaging.microsoft.com, kèm toàn bộ mã trong thư báo không gửi được và địa chỉ IP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to the connecting server when its IP address is on Microsoft&apos;s banned list.</source>
        <comment>5.7.511@Microsoft/when</comment>
        <translation>Được trả về cho máy chủ đang kết nối khi địa chỉ IP của nó nằm trong danh sách cấm của Microsoft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward the bounce to your administrator or email provider, since the block applies to the server&apos;s IP address rather than to you.</source>
        <comment>5.7.511@Microsoft/fix/sender</comment>
        <translation>Hãy chuyển thư báo không gửi được cho quản trị viên hoặc nhà cung cấp email của bạn, vì lệnh chặn áp dụng cho địa chỉ IP của máy chủ chứ không phải cho bạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find and stop the cause of the bad reputation, such as a compromised account, an open relay or bulk mail without consent. Then email delist@messaging.microsoft.com with the full bounce text and the IP address.</source>
        <comment>5.7.511@Microsoft/fix/sendingServer</comment>
        <translation>Tìm và chấm dứt nguyên nhân gây uy tín xấu, chẳng hạn tài khoản bị xâm nhập, máy chủ chuyển tiếp mở (open relay) hoặc thư hàng loạt gửi khi chưa có sự đồng ý. Sau đó gửi email tới delist@messaging.microsoft.com kèm toàn bộ nội dung thư báo không gửi được và địa chỉ IP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.606 to 5.7.649 are IP bans that the delist portal can lift, while 5.7.511 requires an email request to Microsoft.</source>
        <comment>5.7.511@Microsoft/confusedWith/5.7.606@Microsoft</comment>
        <translation>5.7.606 đến 5.7.649 là các lệnh cấm IP có thể được gỡ qua cổng gỡ khỏi danh sách (delist portal), trong khi 5.7.511 cần gửi email đề nghị tới Microsoft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked by Recipient&apos;s Custom Block List</source>
        <comment>5.7.513@Microsoft/title</comment>
        <translation>Bị chặn bởi danh sách chặn tùy chỉnh của người nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.513 when the recipient domain has added the sender&apos;s IP address to its own custom block list. The block is set by the receiving organization, not by Microsoft, so only that organization can remove it.</source>
        <comment>5.7.513@Microsoft/description</comment>
        <translation>Exchange Online trả về 5.7.513 khi tên miền người nhận đã thêm địa chỉ IP của người gửi vào danh sách chặn tùy chỉnh của riêng họ. Lệnh chặn do tổ chức nhận thư đặt ra chứ không phải do Microsoft, vì vậy chỉ tổ chức đó mới có thể gỡ bỏ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned as &quot;Service unavailable&quot; with the tag AS16012607 when the connecting IP appears on the recipient organization&apos;s block list.</source>
        <comment>5.7.513@Microsoft/when</comment>
        <translation>Được trả về dưới dạng &quot;Service unavailable&quot; kèm thẻ AS16012607 khi IP đang kết nối nằm trong danh sách chặn của tổ chức người nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact the recipient by phone or another address and ask them to unblock your mail server.</source>
        <comment>5.7.513@Microsoft/fix/sender</comment>
        <translation>Liên hệ với người nhận qua điện thoại hoặc một địa chỉ khác và đề nghị họ bỏ chặn máy chủ thư của bạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the recipient organization your outbound IP addresses and ask them to remove the entry. Check whether recent spam from your IP prompted the block.</source>
        <comment>5.7.513@Microsoft/fix/sendingServer</comment>
        <translation>Cung cấp cho tổ chức người nhận các địa chỉ IP gửi đi của bạn và đề nghị họ xóa mục chặn. Kiểm tra xem thư rác gần đây phát đi từ IP của bạn có phải là nguyên nhân dẫn đến lệnh chặn không.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the IP block list in your connection filter policy in Microsoft Defender and remove the sender&apos;s IP if the block is no longer wanted.</source>
        <comment>5.7.513@Microsoft/fix/receivingServer</comment>
        <translation>Xem lại danh sách chặn IP trong chính sách lọc kết nối (connection filter policy) của Microsoft Defender và xóa IP của người gửi nếu không còn muốn chặn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.606 to 5.7.649 come from Microsoft&apos;s own ban list, while 5.7.513 comes from the recipient organization&apos;s custom block list.</source>
        <comment>5.7.513@Microsoft/confusedWith/5.7.606@Microsoft</comment>
        <translation>5.7.606 đến 5.7.649 đến từ danh sách cấm của chính Microsoft, trong khi 5.7.513 đến từ danh sách chặn tùy chỉnh của tổ chức người nhận.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending IP on Microsoft Block List</source>
        <comment>5.7.606@Microsoft/title</comment>
        <translation>IP gửi nằm trong danh sách chặn của Microsoft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes 5.7.606 through 5.7.649 mean Microsoft banned the IP address the message came from, shown as &quot;Access denied, banned sending IP&quot; followed by the address. The usual reasons are poor reputation from spam, a compromised server or malicious traffic. The owner of the IP can ask for removal through Microsoft&apos;s self-service delist portal.</source>
        <comment>5.7.606@Microsoft/description</comment>
        <translation>Các mã từ 5.7.606 đến 5.7.649 có nghĩa là Microsoft đã cấm địa chỉ IP mà thư được gửi đến từ đó, hiển thị dưới dạng &quot;Access denied, banned sending IP&quot; theo sau là địa chỉ. Lý do thường gặp là uy tín kém do thư rác, máy chủ bị xâm nhập hoặc lưu lượng độc hại. Chủ sở hữu IP có thể yêu cầu gỡ bỏ qua cổng tự phục vụ gỡ khỏi danh sách (delist portal) của Microsoft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to the connecting server when it delivers to Microsoft 365 or Outlook.com from a banned IP address.</source>
        <comment>5.7.606@Microsoft/when</comment>
        <translation>Được trả về cho máy chủ đang kết nối khi nó chuyển phát thư tới Microsoft 365 hoặc Outlook.com từ một địa chỉ IP bị cấm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward the bounce to your administrator or email provider, because the block is on their server&apos;s IP address.</source>
        <comment>5.7.606@Microsoft/fix/sender</comment>
        <translation>Hãy chuyển thư báo không gửi được cho quản trị viên hoặc nhà cung cấp email của bạn, vì lệnh chặn áp dụng cho địa chỉ IP máy chủ của họ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find and fix the cause of the poor reputation, such as compromised accounts, open relays or unsolicited bulk mail. Then request removal at Microsoft&apos;s delist portal with the IP shown in the bounce and confirm the request from the email it sends.</source>
        <comment>5.7.606@Microsoft/fix/sendingServer</comment>
        <translation>Tìm và khắc phục nguyên nhân gây uy tín kém, chẳng hạn tài khoản bị xâm nhập, máy chủ chuyển tiếp mở (open relay) hoặc thư hàng loạt không mong muốn. Sau đó yêu cầu gỡ bỏ tại cổng gỡ khỏi danh sách (delist portal) của Microsoft với IP hiển thị trong thư báo không gửi được, và xác nhận yêu cầu qua email mà cổng này gửi tới.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.511 is an IP ban that Microsoft handles by email request, while 5.7.606 to 5.7.649 can be lifted through the self-service delist portal.</source>
        <comment>5.7.606@Microsoft/confusedWith/5.7.511@Microsoft</comment>
        <translation>5.7.511 là lệnh cấm IP mà Microsoft xử lý qua email đề nghị, trong khi 5.7.606 đến 5.7.649 có thể được gỡ qua cổng tự phục vụ gỡ khỏi danh sách (delist portal).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4.7.500 to 4.7.699 are temporary throttling that lifts on its own, while 5.7.606 to 5.7.649 are bans that last until the IP is delisted.</source>
        <comment>5.7.606@Microsoft/confusedWith/4.7.500@Microsoft</comment>
        <translation>4.7.500 đến 4.7.699 là việc điều tiết tạm thời tự được gỡ bỏ, trong khi 5.7.606 đến 5.7.649 là các lệnh cấm kéo dài cho đến khi IP được gỡ khỏi danh sách.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant Exceeded Spam Threshold</source>
        <comment>5.7.705@Microsoft/title</comment>
        <translation>Tenant vượt ngưỡng thư rác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.705 with &quot;Access denied, tenant has exceeded threshold&quot; when too much spam or bulk mail came from an organization and outgoing mail for the tenant is blocked. Common causes are compromised on-premises servers or compromised admin accounts used to create connectors. Rarely, it follows renewal of an already expired subscription.</source>
        <comment>5.7.705@Microsoft/description</comment>
        <translation>Exchange Online trả về 5.7.705 kèm &quot;Access denied, tenant has exceeded threshold&quot; khi có quá nhiều thư rác hoặc thư hàng loạt phát đi từ một tổ chức và thư gửi đi của tenant đó bị chặn. Nguyên nhân thường gặp là máy chủ tại chỗ (on-premises) bị xâm nhập hoặc tài khoản quản trị bị xâm nhập và bị dùng để tạo connector. Hiếm khi, mã này xuất hiện sau khi gia hạn một gói đăng ký đã hết hạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to users and connectors of the blocked tenant when they send outbound mail.</source>
        <comment>5.7.705@Microsoft/when</comment>
        <translation>Được trả về cho người dùng và connector của tenant bị chặn khi họ gửi thư đi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report the bounce to your administrator, since individual users cannot lift a block on the whole organization.</source>
        <comment>5.7.705@Microsoft/fix/sender</comment>
        <translation>Hãy báo cho quản trị viên của bạn về thư báo không gửi được này, vì từng người dùng không thể gỡ lệnh chặn áp dụng cho toàn bộ tổ chức.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find and fix the source of spam, such as compromised accounts, rogue connectors or open relays, then contact Microsoft support and explain the cause. Keep subscriptions from lapsing to avoid the renewal case.</source>
        <comment>5.7.705@Microsoft/fix/sendingServer</comment>
        <translation>Tìm và khắc phục nguồn phát tán thư rác, chẳng hạn tài khoản bị xâm nhập, connector trái phép hoặc máy chủ chuyển tiếp mở (open relay), sau đó liên hệ bộ phận hỗ trợ của Microsoft và giải thích nguyên nhân. Không để gói đăng ký hết hạn để tránh trường hợp liên quan đến gia hạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.501 to 5.7.503 ban one sending account, while 5.7.705 blocks outbound mail for the whole tenant.</source>
        <comment>5.7.705@Microsoft/confusedWith/5.7.501@Microsoft</comment>
        <translation>5.7.501 đến 5.7.503 cấm một tài khoản gửi, trong khi 5.7.705 chặn thư gửi đi của toàn bộ tenant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.708 is tied to the low reputation of the IP addresses in use, while 5.7.705 follows spam actually sent by the tenant.</source>
        <comment>5.7.705@Microsoft/confusedWith/5.7.708@Microsoft</comment>
        <translation>5.7.708 gắn với uy tín thấp của các địa chỉ IP đang được dùng, trong khi 5.7.705 xuất hiện sau khi tenant thực sự đã gửi thư rác.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Traffic Not Accepted From This IP</source>
        <comment>5.7.708@Microsoft/title</comment>
        <translation>Không chấp nhận lưu lượng từ IP này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.708 with &quot;Access denied, traffic not accepted from this IP&quot; when a tenant sends from known low-reputation IP addresses of the kind typically used by new customers. It belongs to the 5.7.700 to 5.7.749 group of tenant-level blocks. A tenant that must send from such addresses before buying licenses can ask Microsoft support for a temporary exception.</source>
        <comment>5.7.708@Microsoft/description</comment>
        <translation>Exchange Online trả về 5.7.708 kèm &quot;Access denied, traffic not accepted from this IP&quot; khi một tenant gửi thư từ các địa chỉ IP đã biết là có uy tín thấp, thuộc loại thường được khách hàng mới sử dụng. Mã này thuộc nhóm lệnh chặn cấp tenant từ 5.7.700 đến 5.7.749. Tenant buộc phải gửi thư từ các địa chỉ như vậy trước khi mua giấy phép có thể đề nghị bộ phận hỗ trợ của Microsoft cấp một ngoại lệ tạm thời.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned when a tenant, often a new or trial one, sends through Exchange Online from an IP address Microsoft rates as low reputation.</source>
        <comment>5.7.708@Microsoft/when</comment>
        <translation>Được trả về khi một tenant, thường là tenant mới hoặc đang dùng thử, gửi thư qua Exchange Online từ một địa chỉ IP mà Microsoft đánh giá là có uy tín thấp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report the bounce to your administrator, since the restriction applies to the organization&apos;s sending setup.</source>
        <comment>5.7.708@Microsoft/fix/sender</comment>
        <translation>Hãy báo cho quản trị viên của bạn về thư báo không gửi được này, vì hạn chế này áp dụng cho cấu hình gửi thư của tổ chức.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase and assign licenses if the tenant is still in trial, and check connectors for unexpected source IPs. Contact Microsoft support to request an exception if you must keep sending from these addresses meanwhile.</source>
        <comment>5.7.708@Microsoft/fix/sendingServer</comment>
        <translation>Mua và gán giấy phép nếu tenant vẫn đang trong thời gian dùng thử, và kiểm tra các connector xem có IP nguồn bất thường không. Liên hệ bộ phận hỗ trợ của Microsoft để yêu cầu ngoại lệ nếu trong thời gian đó bạn buộc phải tiếp tục gửi thư từ các địa chỉ này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.606 to 5.7.649 ban an IP for bad reputation until it is delisted through the portal, while 5.7.708 restricts a tenant&apos;s low-reputation IPs and needs a support exception.</source>
        <comment>5.7.708@Microsoft/confusedWith/5.7.606@Microsoft</comment>
        <translation>5.7.606 đến 5.7.649 cấm một IP vì uy tín xấu cho đến khi IP đó được gỡ khỏi danh sách qua cổng, trong khi 5.7.708 hạn chế các IP uy tín thấp của một tenant và cần ngoại lệ từ bộ phận hỗ trợ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.705 blocks a tenant that sent too much spam, while 5.7.708 reflects the reputation of the IP addresses in use.</source>
        <comment>5.7.708@Microsoft/confusedWith/5.7.705@Microsoft</comment>
        <translation>5.7.705 chặn một tenant đã gửi quá nhiều thư rác, trong khi 5.7.708 phản ánh uy tín của các địa chỉ IP đang được dùng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked for Unregistered Domains</source>
        <comment>5.7.750@Microsoft/title</comment>
        <translation>Bị chặn vì tên miền chưa đăng ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.750 with &quot;Client blocked from sending from unregistered domains&quot; when a tenant sends a suspicious volume of mail from domains that are not added and verified in Microsoft 365. A reasonable amount of such mail is tolerated, but every sending domain should be registered as an accepted domain.</source>
        <comment>5.7.750@Microsoft/description</comment>
        <translation>Exchange Online trả về 5.7.750 kèm &quot;Client blocked from sending from unregistered domains&quot; khi một tenant gửi một lượng thư đáng ngờ từ các tên miền chưa được thêm và xác minh trong Microsoft 365. Một lượng thư như vậy ở mức hợp lý vẫn được chấp nhận, nhưng mọi tên miền gửi thư đều nên được đăng ký làm tên miền được chấp nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned when mail relayed through the tenant, typically over an inbound connector from on-premises servers, uses sender domains the tenant has not provisioned.</source>
        <comment>5.7.750@Microsoft/when</comment>
        <translation>Được trả về khi thư được chuyển tiếp (relay) qua tenant, thường qua một connector chiều vào (inbound connector) từ các máy chủ tại chỗ (on-premises), dùng tên miền người gửi mà tenant chưa thiết lập.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send from an address in your organization&apos;s registered domain, or ask your administrator to add the domain you need.</source>
        <comment>5.7.750@Microsoft/fix/sender</comment>
        <translation>Hãy gửi từ một địa chỉ thuộc tên miền đã đăng ký của tổ chức bạn, hoặc đề nghị quản trị viên thêm tên miền mà bạn cần.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add and verify every domain you send from as an accepted domain, or use a certificate-based inbound connector whose certificate domain is verified. Check for unknown connectors and compromised accounts that attackers may use to relay spam.</source>
        <comment>5.7.750@Microsoft/fix/sendingServer</comment>
        <translation>Thêm và xác minh mọi tên miền bạn dùng để gửi thư làm tên miền được chấp nhận, hoặc dùng một connector chiều vào dựa trên chứng chỉ có tên miền chứng chỉ đã được xác minh. Kiểm tra các connector lạ và các tài khoản bị xâm nhập mà kẻ tấn công có thể dùng để chuyển tiếp (relay) thư rác.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.64 means relayed mail could not be matched to the tenant&apos;s connector, while 5.7.750 means the tenant sent too much mail from domains it has not registered.</source>
        <comment>5.7.750@Microsoft/confusedWith/5.7.64@Microsoft</comment>
        <translation>5.7.64 có nghĩa là không thể đối chiếu thư được chuyển tiếp (relay) với connector của tenant, trong khi 5.7.750 có nghĩa là tenant đã gửi quá nhiều thư từ các tên miền mà nó chưa đăng ký.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Success Status</source>
        <comment>2.X.X/title</comment>
        <translation>Trạng thái thành công</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An enhanced code starting with 2 reports that the action succeeded; the other two parts only add context, such as which address was accepted or what was done to the message. It normally travels with a 2xx reply, for example 250 2.1.5 after RCPT TO. In delivery status notifications it marks a recipient whose message was delivered or relayed.</source>
        <comment>2.X.X/description</comment>
        <translation>Mã trạng thái mở rộng bắt đầu bằng 2 cho biết hành động đã thành công; hai phần còn lại chỉ bổ sung ngữ cảnh, chẳng hạn địa chỉ nào đã được chấp nhận hoặc thư đã được xử lý như thế nào. Mã này thường đi kèm một phản hồi 2xx, ví dụ 250 2.1.5 sau RCPT TO. Trong thông báo trạng thái chuyển phát, mã này đánh dấu người nhận có thư đã được chuyển phát hoặc chuyển tiếp (relay).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persistent Transient Failure</source>
        <comment>4.X.X/title</comment>
        <translation>Lỗi tạm thời kéo dài</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An enhanced code starting with 4 means the message itself is acceptable, but a condition that should clear up blocked it for now. The sending server keeps the message queued and retries until its queue lifetime runs out, and only then returns a bounce. It normally travels with a 4xx reply; if the two disagree, SMTP clients act on the three-digit reply code.</source>
        <comment>4.X.X/description</comment>
        <translation>Mã trạng thái mở rộng bắt đầu bằng 4 có nghĩa là bản thân thư có thể chấp nhận được, nhưng một tình trạng dự kiến sẽ tự hết đang tạm thời chặn thư. Máy chủ gửi giữ thư trong hàng đợi và thử lại cho đến khi hết thời gian lưu trong hàng đợi, rồi mới trả về thư báo không gửi được (NDR). Mã này thường đi kèm một phản hồi 4xx; nếu hai mã không thống nhất, máy khách SMTP hành động theo mã phản hồi ba chữ số.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permanent Failure</source>
        <comment>5.X.X/title</comment>
        <translation>Lỗi vĩnh viễn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An enhanced code starting with 5 means sending the same message again unchanged will not work: the address, the message or something at the destination has to change first. The sending server stops retrying and returns a bounce to the sender. It normally travels with a 5xx reply.</source>
        <comment>5.X.X/description</comment>
        <translation>Mã trạng thái mở rộng bắt đầu bằng 5 có nghĩa là gửi lại cùng thư đó mà không thay đổi gì sẽ không thành công: địa chỉ, thư hoặc điều gì đó ở phía đích phải được thay đổi trước. Máy chủ gửi ngừng thử lại và trả thư báo không gửi được (NDR) về cho người gửi. Mã này thường đi kèm một phản hồi 5xx.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other or Undefined Status</source>
        <comment>X.0.X/title</comment>
        <translation>Trạng thái khác hoặc chưa xác định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject 0 means the server gives no information about which area the problem is in. Codes such as 4.0.0 and 5.0.0 come from servers that support enhanced status codes but do not classify every error, so the text after the code is the real clue.</source>
        <comment>X.0.X/description</comment>
        <translation>Chủ đề 0 có nghĩa là máy chủ không cung cấp thông tin về việc sự cố thuộc lĩnh vực nào. Các mã như 4.0.0 và 5.0.0 đến từ những máy chủ hỗ trợ mã trạng thái mở rộng nhưng không phân loại mọi lỗi, vì vậy văn bản sau mã mới là manh mối thực sự.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positive Preliminary</source>
        <comment>1xx/title</comment>
        <translation>Khẳng định sơ bộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A first digit of 1 means the command was accepted but another reply will follow before the client may continue. SMTP defines no command that uses this class, so a 1xx reply usually means the client reached a service that is not a mail server. Retrying does not apply; treat it as a protocol error.</source>
        <comment>1xx/description</comment>
        <translation>Chữ số đầu tiên là 1 có nghĩa là lệnh đã được chấp nhận nhưng sẽ có thêm một phản hồi khác trước khi máy khách có thể tiếp tục. SMTP không định nghĩa lệnh nào dùng lớp này, vì vậy phản hồi 1xx thường có nghĩa là máy khách đã kết nối tới một dịch vụ không phải máy chủ thư. Việc thử lại không áp dụng ở đây; hãy coi đây là lỗi giao thức.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positive Completion</source>
        <comment>2xx/title</comment>
        <translation>Hoàn tất khẳng định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A first digit of 2 means the requested action finished successfully and the client may send the next command. After the message data, it means the server accepted responsibility for the message. There is nothing to retry.</source>
        <comment>2xx/description</comment>
        <translation>Chữ số đầu tiên là 2 có nghĩa là hành động được yêu cầu đã hoàn tất thành công và máy khách có thể gửi lệnh tiếp theo. Sau dữ liệu thư, nó có nghĩa là máy chủ đã nhận trách nhiệm đối với thư. Không có gì cần thử lại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positive Intermediate</source>
        <comment>3xx/title</comment>
        <translation>Khẳng định trung gian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A first digit of 3 means the server accepted the command so far but needs more input to finish it, such as the message content after DATA or the next step of an AUTH exchange. The client continues the exchange instead of retrying.</source>
        <comment>3xx/description</comment>
        <translation>Chữ số đầu tiên là 3 có nghĩa là máy chủ đã chấp nhận lệnh cho đến lúc này nhưng cần thêm dữ liệu đầu vào để hoàn tất, chẳng hạn nội dung thư sau DATA hoặc bước tiếp theo của một trao đổi AUTH. Máy khách tiếp tục trao đổi thay vì thử lại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transient Negative Completion</source>
        <comment>4xx/title</comment>
        <translation>Hoàn tất phủ định tạm thời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A first digit of 4 means the command failed because of a condition expected to be temporary, such as load, greylisting or a full disk. The client should keep the message and repeat the request later; mail servers retry from their queue, typically for four to five days, before returning a bounce.</source>
        <comment>4xx/description</comment>
        <translation>Chữ số đầu tiên là 4 có nghĩa là lệnh thất bại do một tình trạng được dự kiến là tạm thời, chẳng hạn tải cao, danh sách xám (greylisting) hoặc ổ đĩa đầy. Máy khách nên giữ thư và lặp lại yêu cầu sau; máy chủ thư thử lại từ hàng đợi, thường trong bốn đến năm ngày, trước khi trả về thư báo không gửi được (NDR).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permanent Negative Completion</source>
        <comment>5xx/title</comment>
        <translation>Hoàn tất phủ định vĩnh viễn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A first digit of 5 means the command failed and repeating it unchanged will fail again. The client should not retry; the address, credentials, message or policy problem must be fixed first, and mail servers return a bounce to the sender.</source>
        <comment>5xx/description</comment>
        <translation>Chữ số đầu tiên là 5 có nghĩa là lệnh thất bại và lặp lại nguyên trạng sẽ lại thất bại. Máy khách không nên thử lại; vấn đề về địa chỉ, thông tin đăng nhập, thư hoặc chính sách phải được khắc phục trước, và máy chủ thư sẽ trả thư báo không gửi được (NDR) về cho người gửi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syntax</source>
        <comment>x0x/title</comment>
        <translation>Cú pháp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second digit of 0 marks replies about syntax: commands with syntax errors, valid commands that fit no other category, and commands that are not implemented or not needed. Examples are 500, 501, 502, 503 and 504.</source>
        <comment>x0x/description</comment>
        <translation>Chữ số thứ hai là 0 đánh dấu các phản hồi về cú pháp: lệnh có lỗi cú pháp, lệnh hợp lệ không thuộc nhóm nào khác, và lệnh chưa được triển khai hoặc không cần thiết. Ví dụ là 500, 501, 502, 503 và 504.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Information</source>
        <comment>x1x/title</comment>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second digit of 1 marks replies to requests for information, such as system status or help text. Examples are 211 and 214.</source>
        <comment>x1x/description</comment>
        <translation>Chữ số thứ hai là 1 đánh dấu các phản hồi cho yêu cầu thông tin, chẳng hạn trạng thái hệ thống hoặc văn bản trợ giúp. Ví dụ là 211 và 214.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connections</source>
        <comment>x2x/title</comment>
        <translation>Kết nối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second digit of 2 marks replies about the transmission channel itself, such as the greeting and the closing of a connection. Examples are 220, 221 and 421.</source>
        <comment>x2x/description</comment>
        <translation>Chữ số thứ hai là 2 đánh dấu các phản hồi về chính kênh truyền, chẳng hạn lời chào và việc đóng kết nối. Ví dụ là 220, 221 và 421.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unspecified (used for authentication)</source>
        <comment>x3x/title</comment>
        <translation>Không xác định (dùng cho xác thực)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFC 5321 leaves a second digit of 3 unassigned. In practice, the AUTH extension and related documents use it for authentication replies, such as 235, 334, 432, 530, 534 and 535.</source>
        <comment>x3x/description</comment>
        <translation>RFC 5321 không gán ý nghĩa cho chữ số thứ hai là 3. Trên thực tế, phần mở rộng AUTH và các tài liệu liên quan dùng nó cho các phản hồi xác thực, chẳng hạn 235, 334, 432, 530, 534 và 535.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unspecified (not used)</source>
        <comment>x4x/title</comment>
        <translation>Không xác định (không được dùng)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFC 5321 leaves a second digit of 4 unassigned, and no standard SMTP reply code uses it. A code of this form in a log comes from a particular server or tool, so read its text to learn what it means.</source>
        <comment>x4x/description</comment>
        <translation>RFC 5321 không gán ý nghĩa cho chữ số thứ hai là 4, và không có mã phản hồi SMTP tiêu chuẩn nào dùng nó. Một mã dạng này trong nhật ký đến từ một máy chủ hoặc công cụ cụ thể, vì vậy hãy đọc văn bản đi kèm để biết ý nghĩa của nó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail system</source>
        <comment>x5x/title</comment>
        <translation>Hệ thống thư</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second digit of 5 marks replies about the state of the receiving mail system with respect to the requested transfer or other mail action. Most delivery outcomes use it, such as 250, 354, 450, 550 and 552.</source>
        <comment>x5x/description</comment>
        <translation>Chữ số thứ hai là 5 đánh dấu các phản hồi về trạng thái của hệ thống thư phía nhận liên quan đến việc truyền được yêu cầu hoặc hành động thư khác. Hầu hết kết quả chuyển phát dùng nhóm này, chẳng hạn 250, 354, 450, 550 và 552.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addressing Status</source>
        <comment>X.1.X/title</comment>
        <translation>Trạng thái địa chỉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject 1 covers problems with an envelope address: the recipient&apos;s mailbox or domain, or the sender&apos;s own address. It includes syntax errors, unknown mailboxes, domains that cannot receive mail and addresses that have been retired. The sender can usually fix these by correcting the address and sending again.</source>
        <comment>X.1.X/description</comment>
        <translation>Chủ đề 1 bao gồm các vấn đề với địa chỉ trên phong bì thư (envelope): hộp thư hoặc tên miền của người nhận, hoặc chính địa chỉ của người gửi. Chủ đề này bao gồm lỗi cú pháp, hộp thư không xác định, tên miền không thể nhận thư và địa chỉ đã ngừng sử dụng. Người gửi thường có thể khắc phục bằng cách sửa địa chỉ và gửi lại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox Status</source>
        <comment>X.2.X/title</comment>
        <translation>Trạng thái hộp thư</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject 2 covers the state of a recipient mailbox that exists: disabled, full, limited in message size, or a mailing list that could not be expanded. These conditions are controlled by the recipient or their administrator, so the sender can usually only wait or reach the recipient another way.</source>
        <comment>X.2.X/description</comment>
        <translation>Chủ đề 2 bao gồm trạng thái của một hộp thư người nhận đang tồn tại: bị vô hiệu hóa, đầy, bị giới hạn kích thước thư, hoặc một danh sách thư không thể mở rộng. Những tình trạng này do người nhận hoặc quản trị viên của họ kiểm soát, vì vậy người gửi thường chỉ có thể chờ hoặc liên hệ người nhận bằng cách khác.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail System Status</source>
        <comment>X.3.X/title</comment>
        <translation>Trạng thái hệ thống thư</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject 3 covers the receiving mail system as a whole rather than one mailbox: exhausted storage, a host not accepting mail, missing features, messages too large for the system, or a configuration error. These conditions are under the control of the destination system&apos;s administrator.</source>
        <comment>X.3.X/description</comment>
        <translation>Chủ đề 3 bao gồm toàn bộ hệ thống thư phía nhận thay vì một hộp thư: hết dung lượng lưu trữ, máy không nhận thư, thiếu tính năng, thư quá lớn đối với hệ thống, hoặc lỗi cấu hình. Những tình trạng này do quản trị viên của hệ thống đích kiểm soát.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network and Routing Status</source>
        <comment>X.4.X/title</comment>
        <translation>Trạng thái mạng và định tuyến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject 4 covers the delivery infrastructure: connections that fail or time out, DNS and other directory lookups, routing, congestion, loops and messages that expire in a queue. These problems usually sit with the destination or an intermediate system and often clear up when the message is retried.</source>
        <comment>X.4.X/description</comment>
        <translation>Chủ đề 4 bao gồm hạ tầng chuyển phát: kết nối thất bại hoặc hết thời gian chờ, tra cứu DNS và các dịch vụ thư mục khác, định tuyến, tắc nghẽn, vòng lặp và thư hết hạn trong hàng đợi. Những vấn đề này thường nằm ở hệ thống đích hoặc một hệ thống trung gian và thường tự hết khi thư được thử lại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail Delivery Protocol Status</source>
        <comment>X.5.X/title</comment>
        <translation>Trạng thái giao thức chuyển phát thư</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject 5 covers the SMTP dialogue itself: unknown or out-of-sequence commands, bad syntax or arguments, too many recipients and protocol version mismatches. These usually point to a bug or misconfiguration in the client or server software rather than to the message or the address.</source>
        <comment>X.5.X/description</comment>
        <translation>Chủ đề 5 bao gồm chính hội thoại SMTP: lệnh không xác định hoặc sai thứ tự, cú pháp hoặc đối số sai, quá nhiều người nhận và phiên bản giao thức không khớp. Những vấn đề này thường cho thấy lỗi phần mềm hoặc cấu hình sai ở máy khách hay máy chủ, chứ không phải vấn đề của thư hay địa chỉ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message Content or Media Status</source>
        <comment>X.6.X/title</comment>
        <translation>Trạng thái nội dung thư hoặc phương tiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject 6 covers the content of the message and its encoding: media a hop cannot carry, conversions that are required but prohibited or impossible, conversions that lost data, and internationalized addresses or headers a hop cannot handle. The fix usually involves the message format or the capabilities of the next hop.</source>
        <comment>X.6.X/description</comment>
        <translation>Chủ đề 6 bao gồm nội dung thư và cách mã hóa của nó: phương tiện mà một chặng không thể truyền tải, các phép chuyển đổi cần thiết nhưng bị cấm hoặc không thể thực hiện, các phép chuyển đổi làm mất dữ liệu, và địa chỉ hoặc tiêu đề quốc tế hóa mà một chặng không xử lý được. Cách khắc phục thường liên quan đến định dạng thư hoặc khả năng của chặng kế tiếp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security or Policy Status</source>
        <comment>X.7.X/title</comment>
        <translation>Trạng thái bảo mật hoặc chính sách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject 7 covers security and policy decisions: authentication, permission to relay, encryption requirements and sender authentication checks such as SPF, DKIM and DMARC. It is the most frequent subject in modern rejections, because spam filters and reputation systems report through it. The text or linked help page usually names the exact rule.</source>
        <comment>X.7.X/description</comment>
        <translation>Chủ đề 7 bao gồm các quyết định về bảo mật và chính sách: xác thực, quyền chuyển tiếp (relay), yêu cầu mã hóa và các bước kiểm tra xác thực người gửi như SPF, DKIM và DMARC. Đây là chủ đề xuất hiện thường xuyên nhất trong các lời từ chối hiện nay, vì các bộ lọc thư rác và hệ thống uy tín báo cáo thông qua chủ đề này. Văn bản hoặc trang trợ giúp được liên kết thường nêu quy tắc chính xác.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+100"/>
        <location line="+42"/>
        <source>smtp-codes: %1 is not in the catalogue (%2).
</source>
        <translation>smtp-codes: %1 không có trong danh mục (%2).
</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No SMTP reply code found.
</source>
        <translation>Không tìm thấy mã phản hồi SMTP nào.
</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%n reply(ies) found; lines read: %1.
</source>
        <translation>
            <numerusform>Tìm thấy %n phản hồi; số dòng đã đọc: %1.
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+76"/>
        <source>SMTP Codes: what an SMTP reply code means, when it happens and how to fix it.</source>
        <translation>SMTP Codes: ý nghĩa của một mã phản hồi SMTP, khi nào mã đó xuất hiện và cách khắc phục.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print the entry for CODE, or compare CODE and CODE2.</source>
        <translation>In mục của CODE, hoặc so sánh CODE với CODE2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Explain every reply found in TEXT; &quot;-&quot; reads standard input.</source>
        <translation>Giải thích mọi phản hồi tìm thấy trong TEXT; &quot;-&quot; đọc từ đầu vào chuẩn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print a ticket note for CODE: meaning, likely cause, next step and who must act.</source>
        <translation>In ghi chú phiếu hỗ trợ cho CODE: ý nghĩa, nguyên nhân có thể, bước tiếp theo và ai cần xử lý.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List every catalogue entry.</source>
        <translation>Liệt kê mọi mục trong danh mục.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print JSON (JSON Lines for --explain).</source>
        <translation>In ra JSON (JSON Lines với --explain).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --explain: count the replies by code.</source>
        <translation>Dùng với --explain: đếm số phản hồi theo từng mã.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language: en, zh_CN, fr or vi.</source>
        <translation>Ngôn ngữ: en, zh_CN, fr hoặc vi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CODE [CODE2] for --print, CODE for --ticket, TEXT for --explain.</source>
        <translation>CODE [CODE2] cho --print, CODE cho --ticket, TEXT cho --explain.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>choose exactly one of --print, --ticket, --explain and --list.</source>
        <translation>hãy chọn đúng một trong các tùy chọn --print, --ticket, --explain và --list.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>unknown language &quot;%1&quot;; use one of: %2.</source>
        <translation>ngôn ngữ &quot;%1&quot; không xác định; hãy dùng một trong các ngôn ngữ sau: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--summary goes with --explain.</source>
        <translation>--summary chỉ dùng cùng với --explain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--list takes no arguments.</source>
        <translation>--list không nhận đối số nào.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--print takes one code, or two codes to compare.</source>
        <translation>--print nhận một mã, hoặc hai mã để so sánh.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--ticket takes one code and no --json.</source>
        <translation>--ticket nhận đúng một mã và không dùng cùng --json.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--explain takes one TEXT argument, or &quot;-&quot; for standard input.</source>
        <translation>--explain nhận một đối số TEXT, hoặc &quot;-&quot; để đọc từ đầu vào chuẩn.</translation>
    </message>
</context>
<context>
    <name>CompareHtml</name>
    <message>
        <location filename="../app/core/entrytext.cpp" line="+86"/>
        <location filename="../app/ui/comparehtml.cpp" line="+50"/>
        <source>Key differences</source>
        <translation>Khác biệt chính</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/ui/comparehtml.cpp" line="+14"/>
        <source>What to do</source>
        <translation>Cần làm gì</translation>
    </message>
    <message>
        <location filename="../app/ui/comparehtml.cpp" line="-11"/>
        <source>= same</source>
        <translation>= giống nhau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≠ differs</source>
        <translation>≠ khác nhau</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <location filename="../app/core/comparison.cpp" line="+66"/>
        <source>Not in the catalogue</source>
        <translation>Không có trong danh mục</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMTP %1 %2 vs %3 %4</source>
        <translation>SMTP %1 %2 so với %3 %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a reply whose class depends on the server&apos;s reply</source>
        <translation>loại phản hồi có lớp tùy thuộc vào phản hồi của máy chủ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You are comparing %1 with itself: both sides show the same entry.</source>
        <translation>Bạn đang so sánh %1 với chính nó: cả hai bên hiển thị cùng một mục.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>%1 is an enhanced status code that qualifies a %2 reply: servers send them together, as in &quot;%2 %1&quot;.</source>
        <translation>%1 là mã trạng thái mở rộng bổ sung ý nghĩa cho phản hồi %2: máy chủ gửi hai mã này cùng nhau, như trong &quot;%2 %1&quot;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Both belong to %1.</source>
        <translation>Cả hai đều thuộc %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a %2 reply, while %3 is a %4 reply.</source>
        <translation>%1 thuộc %2, trong khi %3 thuộc %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not registered in the catalogue; its digits still tell its meaning.</source>
        <translation>%1 chưa được đăng ký trong danh mục; tuy vậy các chữ số của mã vẫn cho biết ý nghĩa của nó.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not documented for this code.</source>
        <translation>Chưa có mô tả cho mã này.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read the server&apos;s full reply text: an unregistered code is explained by its wording and its class.</source>
        <translation>Hãy đọc toàn bộ văn bản phản hồi của máy chủ: một mã chưa đăng ký được hiểu qua câu chữ đi kèm và lớp của nó.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Transient: the client should retry later.</source>
        <translation>Tạm thời: máy khách nên thử lại sau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Permanent: do not retry without changing something.</source>
        <translation>Vĩnh viễn: không thử lại khi chưa thay đổi điều gì.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Success or next step: nothing to retry.</source>
        <translation>Thành công hoặc bước tiếp theo: không có gì cần thử lại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Depends on the class of the reply (4 transient, 5 permanent).</source>
        <translation>Tùy thuộc vào lớp của phản hồi (4 là tạm thời, 5 là vĩnh viễn).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Class</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category or subject</source>
        <translation>Nhóm hoặc chủ đề</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown code</source>
        <translation>Mã không xác định</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who must act</source>
        <translation>Ai cần xử lý</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not registered</source>
        <translation>Chưa đăng ký</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provenance</source>
        <translation>Nguồn gốc</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not applicable.</source>
        <translation>Không áp dụng.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Returned by</source>
        <translation>Trả về cho</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ends the session</source>
        <translation>Kết thúc phiên</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RFC references</source>
        <translation>Tham chiếu RFC</translation>
    </message>
</context>
<context>
    <name>EntryHtml</name>
    <message>
        <location filename="../app/ui/entryhtml.cpp" line="+73"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../app/core/entrytext.cpp" line="-24"/>
        <location filename="../app/ui/entryhtml.cpp" line="+1"/>
        <source>Provenance</source>
        <translation>Nguồn gốc</translation>
    </message>
    <message>
        <location filename="../app/ui/entryhtml.cpp" line="+5"/>
        <source>Returned by</source>
        <translation>Trả về cho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session</source>
        <translation>Phiên</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who must act</source>
        <translation>Ai cần xử lý</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usual basic codes</source>
        <translation>Mã phản hồi cơ bản thường gặp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Related codes</source>
        <translation>Mã liên quan</translation>
    </message>
    <message>
        <location filename="../app/core/entrytext.cpp" line="-26"/>
        <location filename="../app/ui/entryhtml.cpp" line="+45"/>
        <source>%1: %2</source>
        <comment>code: title</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/entryhtml.cpp" line="+15"/>
        <source>Deprecated: the registry no longer recommends this code.</source>
        <translation>Đã lỗi thời: sổ đăng ký không còn khuyến nghị dùng mã này.</translation>
    </message>
    <message>
        <location filename="../app/core/entrytext.cpp" line="+15"/>
        <location filename="../app/ui/entryhtml.cpp" line="+15"/>
        <source>Meaning by context</source>
        <translation>Ý nghĩa theo ngữ cảnh</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/ui/entryhtml.cpp" line="+17"/>
        <source>Often confused with</source>
        <translation>Thường bị nhầm với</translation>
    </message>
    <message>
        <location filename="../app/ui/entryhtml.cpp" line="+4"/>
        <source>Facts</source>
        <translation>Thông tin chính</translation>
    </message>
</context>
<context>
    <name>EntryLabels</name>
    <message>
        <location filename="../app/core/entrylabels.cpp" line="+13"/>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When you see it</source>
        <translation>Khi nào gặp mã này</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How to fix</source>
        <translation>Cách khắc phục</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For everyone</source>
        <translation>Cho mọi người</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you are sending</source>
        <translation>Nếu bạn là người gửi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you run the sending server</source>
        <translation>Nếu bạn quản lý máy chủ gửi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you run the receiving server</source>
        <translation>Nếu bạn quản lý máy chủ nhận</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody: no action is needed</source>
        <translation>Không ai: không cần làm gì</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sender</source>
        <translation>Người gửi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sending server&apos;s administrator</source>
        <translation>Quản trị viên máy chủ gửi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The receiving server&apos;s administrator</source>
        <translation>Quản trị viên máy chủ nhận</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection greeting</source>
        <translation>Lời chào khi kết nối</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End of message data</source>
        <translation>Kết thúc dữ liệu thư</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any command</source>
        <translation>Bất kỳ lệnh nào</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The session continues.</source>
        <translation>Phiên tiếp tục.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server closes the connection after this reply.</source>
        <translation>Máy chủ đóng kết nối sau phản hồi này.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server may close the connection after this reply.</source>
        <translation>Máy chủ có thể đóng kết nối sau phản hồi này.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not applicable.</source>
        <translation>Không áp dụng.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Standard: %1</source>
        <translation>Tiêu chuẩn: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Specific to %1 (%2)</source>
        <translation>Riêng của %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not standard, but widely seen (%1)</source>
        <translation>Không theo tiêu chuẩn, nhưng phổ biến (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Basic reply code</source>
        <translation>Mã phản hồi cơ bản</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enhanced status code</source>
        <translation>Mã trạng thái mở rộng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class (first digit)</source>
        <translation>Lớp (chữ số đầu tiên)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category (second digit)</source>
        <translation>Nhóm (chữ số thứ hai)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject (enhanced code)</source>
        <translation>Chủ đề (mã trạng thái mở rộng)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <comment>code (vendor)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <comment>a label and its text</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2</source>
        <comment>code and its title</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Class by reply: %1 is transient (retry later), %2 is permanent (do not retry unchanged).</source>
        <translation>Lớp theo phản hồi: %1 là tạm thời (thử lại sau), %2 là vĩnh viễn (không thử lại khi chưa thay đổi gì).</translation>
    </message>
</context>
<context>
    <name>EntryText</name>
    <message>
        <location filename="../app/core/entrytext.cpp" line="+41"/>
        <source>%1 (at %2)</source>
        <comment>title (at vendor)</comment>
        <translation>%1 (theo %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not a known reply code</source>
        <translation>không phải mã phản hồi đã biết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not registered; by its digits: %1</source>
        <translation>chưa đăng ký; theo các chữ số: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>stage: %1</source>
        <translation>giai đoạn: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>provider: %1</source>
        <translation>nhà cung cấp: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>retry after: %1</source>
        <translation>thử lại sau: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>block list: %1</source>
        <translation>danh sách chặn: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warning: the basic code %1 and the enhanced code %2 disagree on the class; trust the basic code for retry decisions.</source>
        <translation>Cảnh báo: mã phản hồi cơ bản %1 và mã trạng thái mở rộng %2 không thống nhất về lớp; hãy dựa vào mã phản hồi cơ bản để quyết định có thử lại hay không.</translation>
    </message>
</context>
<context>
    <name>LanguageSwitcher</name>
    <message>
        <location filename="../app/core/languages.cpp" line="+74"/>
        <source>Unknown language &quot;%1&quot;. Available: %2.</source>
        <translation>Không rõ ngôn ngữ &quot;%1&quot;. Các ngôn ngữ có sẵn: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The translation for &quot;%1&quot; is missing; showing English.</source>
        <translation>Thiếu bản dịch cho &quot;%1&quot;; đang hiển thị tiếng Anh.</translation>
    </message>
</context>
<context>
    <name>PageOutput</name>
    <message>
        <location filename="../app/ui/pageoutput.cpp" line="+126"/>
        <source>The PDF could not be written.</source>
        <translation>Không thể ghi tệp PDF.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::CompareView</name>
    <message>
        <location filename="../app/ui/compareview.cpp" line="+120"/>
        <source>&amp;Left:</source>
        <translation>Bên t&amp;rái:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Right:</source>
        <translation>Bên &amp;phải:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left code</source>
        <translation>Mã bên trái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right code</source>
        <translation>Mã bên phải</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 450</source>
        <translation>ví dụ: 450</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 550</source>
        <translation>ví dụ: 550</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;wap</source>
        <translation>&amp;Hoán đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap the two codes</source>
        <translation>Hoán đổi hai mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first code to compare, such as 450 or 4.2.2.</source>
        <translation>Mã thứ nhất cần so sánh, ví dụ 450 hoặc 4.2.2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The second code to compare, such as 550 or 5.2.2.</source>
        <translation>Mã thứ hai cần so sánh, ví dụ 550 hoặc 5.2.2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanges the left and right codes.</source>
        <translation>Hoán đổi mã bên trái và mã bên phải.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both codes side by side, their key differences and what to do for each.</source>
        <translation>Hai mã đặt cạnh nhau, các điểm khác biệt chính và việc cần làm với từng mã.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enter two codes to compare, or type &quot;450 vs 550&quot; in the search field.</source>
        <translation>Nhập hai mã để so sánh, hoặc gõ &quot;450 vs 550&quot; vào ô tìm kiếm.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a reply code or an enhanced status code.</source>
        <translation>&quot;%1&quot; không phải là mã phản hồi hay mã trạng thái mở rộng.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::DetailPane</name>
    <message>
        <location filename="../app/ui/detailpane.cpp" line="+62"/>
        <source>Code details</source>
        <translation>Chi tiết mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the selected code means, when it appears and how to fix it. Links open related codes.</source>
        <translation>Ý nghĩa của mã đang chọn, khi nào mã xuất hiện và cách khắc phục. Các liên kết mở những mã liên quan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a code in the list, or type a code such as 535, 5.7.8 or 5xx.</source>
        <translation>Chọn một mã trong danh sách, hoặc nhập một mã như 535, 5.7.8 hoặc 5xx.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::ExplainView</name>
    <message>
        <location filename="../app/ui/explainview.cpp" line="+117"/>
        <source>&amp;Previous Reply</source>
        <translation>&amp;Phản hồi trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Reply</source>
        <translation>Phản hồi &amp;kế tiếp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous reply</source>
        <translation>Phản hồi trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next reply</source>
        <translation>Phản hồi kế tiếp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explained replies</source>
        <translation>Các phản hồi đã giải thích</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the reply before this one in the pasted text.</source>
        <translation>Hiển thị phản hồi đứng trước phản hồi này trong văn bản đã dán.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the next reply in the pasted text.</source>
        <translation>Hiển thị phản hồi tiếp theo trong văn bản đã dán.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reply with its codes marked, what each code means, and a summary by code.</source>
        <translation>Phản hồi với các mã được đánh dấu, ý nghĩa của từng mã và bảng tổng hợp theo mã.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paste a reply line, an SMTP transcript, a log excerpt or a bounce (Ctrl+Shift+V) to have every reply code explained.</source>
        <translation>Dán (Ctrl+Shift+V) một dòng phản hồi, bản ghi phiên SMTP, đoạn trích nhật ký hoặc thư báo không gửi được (NDR) để xem giải thích cho từng mã phản hồi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reply %1 of %2</source>
        <translation>Phản hồi %1 trên %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pasted text was long; only its first %1 characters were read.</source>
        <translation>Văn bản đã dán quá dài; chỉ %1 ký tự đầu tiên được đọc.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open %1</source>
        <translation>Mở %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The basic code %1 and the enhanced code %2 disagree on the class; trust the basic code for retry decisions.</source>
        <translation>Mã phản hồi cơ bản %1 và mã trạng thái mở rộng %2 không thống nhất về lớp; hãy dựa vào mã phản hồi cơ bản để quyết định có thử lại hay không.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SMTP stage: %1</source>
        <translation>Giai đoạn SMTP: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider: %1</source>
        <translation>Nhà cung cấp: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry after: %1</source>
        <translation>Thử lại sau: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block list named: %1</source>
        <translation>Danh sách chặn được nêu: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::MainWindow</name>
    <message>
        <location filename="../app/ui/mainwindowmenus.cpp" line="+104"/>
        <source>About SMTP Codes</source>
        <translation>Giới thiệu về SMTP Codes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMTP Codes %1

A desktop reference for SMTP reply codes and enhanced status codes, written from RFC 5321, RFC 3463, RFC 4954, RFC 5248 and the IANA enhanced status code registry.</source>
        <translation>SMTP Codes %1

Tài liệu tham khảo trên máy tính về mã phản hồi SMTP và mã trạng thái mở rộng, được biên soạn dựa trên RFC 5321, RFC 3463, RFC 4954, RFC 5248 và sổ đăng ký mã trạng thái mở rộng của IANA.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Licence: GNU General Public License, version 3 or any later version (GPL-3.0-or-later). This program comes with no warranty.</source>
        <translation>Giấy phép: GNU General Public License, phiên bản 3 hoặc bất kỳ phiên bản nào mới hơn (GPL-3.0-or-later). Chương trình này không kèm bất kỳ bảo đảm nào.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SMTP Codes</source>
        <translation>SMTP Codes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a code (535, 5.7.8, 55, 5xx) or words</source>
        <translation>Nhập mã (535, 5.7.8, 55, 5xx) hoặc từ khóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search codes</source>
        <translation>Tìm kiếm mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a code, a class such as 5xx, words, or paste a reply line to explain it.</source>
        <translation>Nhập mã, một lớp như 5xx, từ khóa, hoặc dán một dòng phản hồi để được giải thích.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The codes matching the search; the selected one is shown in the details.</source>
        <translation>Các mã khớp với nội dung tìm kiếm; mã đang chọn được hiển thị trong phần chi tiết.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Views</source>
        <translation>Chế độ xem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of one code, a comparison of two codes, or the explanation of pasted replies.</source>
        <translation>Chi tiết của một mã, so sánh hai mã, hoặc giải thích các phản hồi đã dán.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code</source>
        <translation>&amp;Mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find Code</source>
        <translation>&amp;Tìm mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare With…</source>
        <translation>&amp;So sánh với…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste Reply</source>
        <translation>&amp;Dán phản hồi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xplain</source>
        <translation>Giải t&amp;hích</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Details</source>
        <translation>&amp;Chi tiết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Com&amp;pare</source>
        <translation>&amp;So sánh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fa&amp;vourite</source>
        <translation>&amp;Yêu thích</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear Favourites…</source>
        <translation>&amp;Xóa mục yêu thích…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All classes</source>
        <translation>Tất cả các lớp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by class</source>
        <translation>Lọc theo lớp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows only the codes of one class: success, intermediate, transient or permanent.</source>
        <translation>Chỉ hiển thị các mã thuộc một lớp: thành công, trung gian, tạm thời hoặc vĩnh viễn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic codes</source>
        <translation>Mã phản hồi cơ bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhanced codes</source>
        <translation>Mã trạng thái mở rộng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favourites</source>
        <translation>Yêu thích</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by kind</source>
        <translation>Lọc theo loại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows only basic codes, enhanced status codes, or your favourites.</source>
        <translation>Chỉ hiển thị mã phản hồi cơ bản, mã trạng thái mở rộng hoặc các mã yêu thích.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Phóng to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>Thu &amp;nhỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual Size</source>
        <translation>Kích thước &amp;gốc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <translation>&amp;Quay lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forward</source>
        <translation>Tiến tớ&amp;i</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear &amp;History…</source>
        <translation>Xóa &amp;lịch sử…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;English Alongside</source>
        <translation>Hiện &amp;tiếng Anh song song</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About SMTP Codes</source>
        <translation>&amp;Giới thiệu về SMTP Codes</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="+226"/>
        <source>Clear History</source>
        <translation>Xóa lịch sử</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Forget the %n code(s) viewed? Back and Forward start again from here.</source>
        <translation>
            <numerusform>Xóa %n mã đã xem? Quay lại và Tiến tới sẽ bắt đầu lại từ đây.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Clear Favourites</source>
        <translation>Xóa mục yêu thích</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove all %n favourite code(s)?</source>
        <translation>
            <numerusform>Xóa tất cả %n mã yêu thích?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+103"/>
        <source>The language choice could not be saved; it applies until you quit.</source>
        <translation>Không thể lưu lựa chọn ngôn ngữ; lựa chọn này chỉ có hiệu lực đến khi bạn thoát ứng dụng.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The search field keeps the first %1 characters; use Paste Reply (Ctrl+Shift+V) for longer text.</source>
        <translation>Ô tìm kiếm chỉ giữ %1 ký tự đầu tiên; với văn bản dài hơn, hãy dùng Dán phản hồi (Ctrl+Shift+V).</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No code matches &quot;%1&quot;.</source>
        <translation>Không có mã nào khớp với &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n code(s) shown</source>
        <translation>
            <numerusform>Đang hiển thị %n mã</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::ShareActions</name>
    <message>
        <location filename="../app/ui/shareactions.cpp" line="+90"/>
        <source>Copy as &amp;Text</source>
        <translation>Sao chép dạng &amp;văn bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as &amp;Markdown</source>
        <translation>Sao chép dạng &amp;Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as T&amp;icket Note</source>
        <translation>Sao chép làm &amp;ghi chú phiếu hỗ trợ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the code, its meaning, the likely cause, the next step and who must act.</source>
        <translation>Sao chép mã, ý nghĩa, nguyên nhân có thể, bước tiếp theo và ai cần xử lý.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tic&amp;ket Note Language</source>
        <translation>&amp;Ngôn ngữ ghi chú phiếu hỗ trợ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the Interface</source>
        <translation>Giống giao diện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as P&amp;DF…</source>
        <translation>Xuất ra P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as &amp;HTML…</source>
        <translation>Xuất ra &amp;HTML…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Ticket note for %1 copied.</source>
        <translation>Đã sao chép ghi chú phiếu hỗ trợ cho %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not write %1: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export as PDF</source>
        <translation>Xuất ra PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export as HTML</source>
        <translation>Xuất ra HTML</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTML pages (*.html *.htm)</source>
        <translation>Trang HTML (*.html *.htm)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Print %1</source>
        <translation>In %1</translation>
    </message>
</context>
<context>
    <name>StartupSettings</name>
    <message>
        <location filename="../app/core/startupsettings.cpp" line="+21"/>
        <source>The settings file is damaged; the defaults are used instead.</source>
        <translation>Tệp thiết lập bị hỏng; ứng dụng dùng các giá trị mặc định.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings file cannot be read; the defaults are used instead.</source>
        <translation>Không đọc được tệp thiết lập; ứng dụng dùng các giá trị mặc định.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The saved language &quot;%1&quot; is not available; using %2.</source>
        <translation>Ngôn ngữ đã lưu &quot;%1&quot; không có sẵn; ứng dụng sẽ dùng %2.</translation>
    </message>
</context>
<context>
    <name>TicketNote</name>
    <message>
        <location filename="../app/core/ticketnote.cpp" line="+21"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaning</source>
        <translation>Ý nghĩa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likely cause</source>
        <translation>Nguyên nhân có thể</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step</source>
        <translation>Bước tiếp theo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who must act</source>
        <translation>Ai cần xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Tham chiếu</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+81"/>
        <source>No code matches &quot;%1&quot;.</source>
        <translation>Không có mã nào khớp với &quot;%1&quot;.</translation>
    </message>
</context>
</TS>
