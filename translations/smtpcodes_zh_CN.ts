<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../build/app/catalogue_strings.cpp" line="+5"/>
        <source>System status or help reply</source>
        <comment>211/title</comment>
        <translation>系统状态或帮助回复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answers a request for its status or for general help. Few servers implement a real status report, and the text is meant for a person, not for software. Some servers answer HELP without arguments with 211, while others use 214.</source>
        <comment>211/description</comment>
        <translation>服务器对状态查询或一般帮助请求作出应答。很少有服务器实现真正的状态报告，而且该文本是给人看的，而非供软件处理。有些服务器用 211 回复不带参数的 HELP，另一些则使用 214。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to HELP, or to a nonstandard status command that some servers accept.</source>
        <comment>211/when</comment>
        <translation>对 HELP 的回复，或对某些服务器接受的非标准状态命令的回复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. The reply is informational and has no effect on mail delivery or on the session.</source>
        <comment>211/fix/general</comment>
        <translation>无需任何操作。该回复仅供参考，对邮件投递和会话均无影响。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>211 reports system status or gives a general help reply, while 214 carries help text, usually about how to use a command.</source>
        <comment>211/confusedWith/214</comment>
        <translation>211 报告系统状态或给出一般帮助回复，而 214 携带帮助文本，通常说明某个命令的用法。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help message</source>
        <comment>214/title</comment>
        <translation>帮助信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server returns help text, such as the commands it supports or how to use a particular command. The text is meant for a person testing by hand and has no effect on mail handling. Many servers simply point to their documentation.</source>
        <comment>214/description</comment>
        <translation>服务器返回帮助文本，例如它支持的命令或某个命令的用法。该文本供手动测试的人员阅读，对邮件处理没有影响。许多服务器只是引导用户查阅其文档。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to HELP, with or without a command name as the argument.</source>
        <comment>214/when</comment>
        <translation>对 HELP 的回复，无论是否以命令名作为参数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. For the authoritative list of supported extensions, send EHLO and read the keywords in its 250 reply instead of relying on HELP text.</source>
        <comment>214/fix/general</comment>
        <translation>无需任何操作。要获取受支持扩展的权威列表，请发送 EHLO 并读取其 250 回复中的关键字，而不要依赖 HELP 文本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>214 carries help text for a human reader, while 211 reports system status or gives a general help reply.</source>
        <comment>214/confusedWith/211</comment>
        <translation>214 携带供人阅读的帮助文本，而 211 报告系统状态或给出一般帮助回复。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service ready</source>
        <comment>220/title</comment>
        <translation>服务就绪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is ready to accept commands, and the text usually names its host and often its software. The same code answers STARTTLS, where it means the TLS handshake can start at once on the same connection. A greeting that arrives late often points to slow reverse DNS lookups or a deliberate greeting delay on the server.</source>
        <comment>220/description</comment>
        <translation>服务器已准备好接受命令，其文本通常会给出主机名，并常常给出所用的软件。同一代码也用于回复 STARTTLS，此时表示可以在同一连接上立即开始 TLS 握手。问候语迟迟才到，通常说明反向 DNS 查询缓慢，或服务器故意设置了问候延迟。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent as the greeting right after the TCP connection opens, and in reply to STARTTLS when the server is ready to negotiate TLS.</source>
        <comment>220/when</comment>
        <translation>在 TCP 连接建立后立即作为问候语发送；服务器准备好协商 TLS 时，也作为对 STARTTLS 的回复发送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. If the greeting is slow, check the server&apos;s reverse DNS lookups and any greeting delay; if the handshake fails after 220 to STARTTLS, compare TLS versions, ciphers and certificates on both sides.</source>
        <comment>220/fix/general</comment>
        <translation>无需任何操作。如果问候语很慢，请检查服务器的反向 DNS 查询和问候延迟设置；如果 STARTTLS 得到 220 后握手失败，请比较双方的 TLS 版本、加密套件和证书。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection greeting</source>
        <comment>220/contexts/0/context</comment>
        <translation>连接问候语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server accepts the connection and waits for EHLO or HELO.</source>
        <comment>220/contexts/0/meaning</comment>
        <translation>服务器接受连接，并等待 EHLO 或 HELO。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After STARTTLS</source>
        <comment>220/contexts/1/context</comment>
        <translation>STARTTLS 之后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client must start the TLS handshake now and send EHLO again once it completes.</source>
        <comment>220/contexts/1/meaning</comment>
        <translation>客户端必须立即开始 TLS 握手，并在握手完成后重新发送 EHLO。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>220 as a greeting means the server will take commands, while 421 at connection time means it refuses service and closes the channel.</source>
        <comment>220/confusedWith/421</comment>
        <translation>作为问候语的 220 表示服务器将接受命令，而在建立连接时收到的 421 表示服务器拒绝提供服务并关闭通道。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>554 sent instead of the greeting means the server will not accept mail from this client, whereas 220 opens a normal session.</source>
        <comment>220/confusedWith/554</comment>
        <translation>以 554 代替问候语表示服务器不会接受来自该客户端的邮件，而 220 则开启正常的会话。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service closing channel</source>
        <comment>221/title</comment>
        <translation>服务关闭通道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server confirms that it is ending the session and will close the connection. It is the normal reply to QUIT and says nothing about earlier messages, because each one&apos;s result was reported right after its data. A client should wait for this reply before closing its side.</source>
        <comment>221/description</comment>
        <translation>服务器确认正在结束会话并将关闭连接。这是对 QUIT 的正常回复，并不反映此前各封邮件的结果，因为每封邮件的结果在其数据发送完毕后已立即报告。客户端应在收到此回复后再关闭自己一端的连接。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to QUIT at the end of a session.</source>
        <comment>221/when</comment>
        <translation>会话结束时对 QUIT 的回复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. To confirm that a message was accepted, look for the 250 reply after the end of its data, not for 221.</source>
        <comment>221/fix/general</comment>
        <translation>无需任何操作。要确认邮件已被接受，请查看邮件数据结束后的 250 回复，而不是 221。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>221 closes the session because the client asked with QUIT, while 421 closes it on the server&apos;s initiative and leaves unfinished mail to be retried.</source>
        <comment>221/confusedWith/421</comment>
        <translation>221 是因客户端发送 QUIT 请求而关闭会话，而 421 是服务器主动关闭会话，未完成的邮件需要重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication succeeded</source>
        <comment>235/title</comment>
        <translation>身份验证成功</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server accepted the credentials sent with AUTH, and the session is now authenticated. On submission servers this usually allows relaying to outside domains under that identity. If the SASL mechanism negotiated a security layer, it takes effect right after this reply.</source>
        <comment>235/description</comment>
        <translation>服务器接受了随 AUTH 发送的凭据，会话现已通过身份验证。在提交服务器上，这通常允许以该身份向外部域中继邮件。如果 SASL 机制协商了安全层，该安全层在此回复之后立即生效。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final reply to a successful AUTH exchange, either directly after AUTH with an initial response or after the last 334 challenge.</source>
        <comment>235/when</comment>
        <translation>成功的 AUTH 交互的最终回复，要么紧跟在带初始响应的 AUTH 之后，要么在最后一个 334 质询之后。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. If later commands are still refused, check that the authenticated user may send as the MAIL FROM address and that relay rules allow authenticated clients.</source>
        <comment>235/fix/general</comment>
        <translation>无需任何操作。如果后续命令仍被拒绝，请检查已通过身份验证的用户是否可以使用该 MAIL FROM 地址发信，以及中继规则是否允许已通过身份验证的客户端。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>235 means the credentials were accepted, while 535 means they were rejected and the session is still unauthenticated.</source>
        <comment>235/confusedWith/535</comment>
        <translation>235 表示凭据已被接受，而 535 表示凭据被拒绝，会话仍未通过身份验证。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>235 confirms only a successful AUTH exchange, while 250 confirms that an ordinary command such as MAIL FROM or RCPT TO was accepted.</source>
        <comment>235/confusedWith/250</comment>
        <translation>235 仅确认 AUTH 交互成功，而 250 确认 MAIL FROM 或 RCPT TO 等普通命令已被接受。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested action completed</source>
        <comment>250/title</comment>
        <translation>请求的操作已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server accepted the command and completed it. After the final dot of DATA or the last BDAT chunk, it means the server has taken responsibility for the message, which may still be filtered, queued or bounced later. The ETRN and ATRN extensions reuse 250 for a started queue run and for reversing the connection.</source>
        <comment>250/description</comment>
        <translation>服务器已接受并完成该命令。在 DATA 的结束句点或最后一个 BDAT 数据块之后，它表示服务器已承担起该邮件的责任，但该邮件之后仍可能被过滤、排入队列或以退信（NDR）形式退回。ETRN 和 ATRN 扩展也用 250 表示已启动队列处理以及已反转连接。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to EHLO, HELO, MAIL FROM, RCPT TO, RSET, NOOP and VRFY, to the end of DATA or BDAT, and to ETRN or ATRN when the request succeeds.</source>
        <comment>250/when</comment>
        <translation>对 EHLO、HELO、MAIL FROM、RCPT TO、RSET、NOOP 和 VRFY 的回复，对 DATA 或 BDAT 结束时的回复，以及请求成功时对 ETRN 或 ATRN 的回复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. If a message accepted with 250 never arrives, search the receiving server&apos;s logs for the queue ID in the reply text, and ask the recipient to check the spam folder.</source>
        <comment>250/fix/general</comment>
        <translation>无需任何操作。如果以 250 接受的邮件始终未到达，请用回复文本中的队列 ID 搜索接收方服务器的日志，并请收件人检查垃圾邮件文件夹。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of message data</source>
        <comment>250/contexts/0/context</comment>
        <translation>邮件数据结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The receiving server has accepted responsibility for delivering or relaying the message.</source>
        <comment>250/contexts/0/meaning</comment>
        <translation>接收方服务器已承担起投递或中继该邮件的责任。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After ETRN</source>
        <comment>250/contexts/1/context</comment>
        <translation>ETRN 之后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server has started a queue run for the requested host or domain.</source>
        <comment>250/contexts/1/meaning</comment>
        <translation>服务器已为请求的主机或域启动队列处理。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After ATRN</source>
        <comment>250/contexts/2/context</comment>
        <translation>ATRN 之后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server agrees to swap roles and deliver the queued mail over this connection.</source>
        <comment>250/contexts/2/meaning</comment>
        <translation>服务器同意交换角色，并通过此连接投递队列中的邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>250 accepts the recipient as it is, while 251 accepts it but says the server will forward the message to another address.</source>
        <comment>250/confusedWith/251</comment>
        <translation>250 按原样接受收件人，而 251 虽接受收件人，但表示服务器会将邮件转发到另一个地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>354 after DATA only invites the message content, while the 250 after the final dot is the actual acceptance.</source>
        <comment>250/confusedWith/354</comment>
        <translation>DATA 之后的 354 只是请客户端发送邮件内容，而结束句点之后的 250 才是真正的接受。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User not local, will forward</source>
        <comment>251/title</comment>
        <translation>非本地用户，将转发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server accepts the recipient but states that the mailbox is elsewhere and that it will forward the message, usually naming the new address. Under the ETRN extension, the same code means no messages are waiting for the requested node. Modern servers rarely send it for RCPT TO and usually forward silently with 250.</source>
        <comment>251/description</comment>
        <translation>服务器接受该收件人，但说明该邮箱位于别处，服务器将转发邮件，通常还会给出新地址。在 ETRN 扩展中，同一代码表示没有等待发往所请求节点的邮件。现代服务器很少对 RCPT TO 发送此代码，通常直接以 250 静默转发。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to RCPT TO or VRFY for an address the server forwards, or to ETRN when nothing is queued for the node.</source>
        <comment>251/when</comment>
        <translation>对服务器会转发的地址的 RCPT TO 或 VRFY 的回复，或在队列中没有发往该节点的邮件时对 ETRN 的回复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. Senders may update their address book with the forwarding address in the reply text; after ETRN, nothing is queued, so there is nothing to fetch.</source>
        <comment>251/fix/general</comment>
        <translation>无需任何操作。发件人可以按回复文本中的转发地址更新通讯录；在 ETRN 之后收到此回复表示队列中没有邮件，因此无需取信。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After RCPT TO or VRFY</source>
        <comment>251/contexts/0/context</comment>
        <translation>RCPT TO 或 VRFY 之后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address is valid and the server will forward the message to the address given in the text.</source>
        <comment>251/contexts/0/meaning</comment>
        <translation>地址有效，服务器会将邮件转发到文本中给出的地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After ETRN</source>
        <comment>251/contexts/1/context</comment>
        <translation>ETRN 之后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server holds no queued mail for the requested host or domain.</source>
        <comment>251/contexts/1/meaning</comment>
        <translation>服务器没有为请求的主机或域在队列中保存任何邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>251 forwards the message itself, while 551 refuses it and asks the sender to use the other address.</source>
        <comment>251/confusedWith/551</comment>
        <translation>251 由服务器自行转发邮件，而 551 拒绝邮件并要求发件人改用另一个地址。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot verify, will attempt delivery</source>
        <comment>252/title</comment>
        <translation>无法验证，将尝试投递</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server will not confirm whether the mailbox exists, yet it would accept mail for it and try to deliver. Many servers answer every VRFY this way so that the command cannot be used to harvest valid addresses. Under the ETRN extension, 252 means delivery of pending messages for the requested node has started.</source>
        <comment>252/description</comment>
        <translation>服务器不确认邮箱是否存在，但会接受发往该邮箱的邮件并尝试投递。许多服务器对所有 VRFY 都这样回复，以防该命令被用来收集有效地址。在 ETRN 扩展中，252 表示已开始投递发往所请求节点的待发邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to VRFY on servers that do not disclose mailbox information, or to ETRN when the server starts sending queued mail.</source>
        <comment>252/when</comment>
        <translation>在不公开邮箱信息的服务器上对 VRFY 的回复，或在服务器开始发送队列中的邮件时对 ETRN 的回复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. A 252 to VRFY proves nothing about the address, so judge an address by real delivery results and bounce reports instead.</source>
        <comment>252/fix/general</comment>
        <translation>无需任何操作。对 VRFY 的 252 回复不能证明地址的任何情况，因此应根据实际投递结果和退信（NDR）来判断地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After VRFY</source>
        <comment>252/contexts/0/context</comment>
        <translation>VRFY 之后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server neither confirms nor denies the address but would accept mail for it.</source>
        <comment>252/contexts/0/meaning</comment>
        <translation>服务器既不确认也不否认该地址，但会接受发往该地址的邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After ETRN</source>
        <comment>252/contexts/1/context</comment>
        <translation>ETRN 之后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages are pending for the requested node and the server has started delivering them.</source>
        <comment>252/contexts/1/meaning</comment>
        <translation>有发往所请求节点的待发邮件，服务器已开始投递。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>250 to VRFY confirms the mailbox, while 252 neither confirms nor denies it.</source>
        <comment>252/confusedWith/250</comment>
        <translation>对 VRFY 的 250 回复确认邮箱存在，而 252 既不确认也不否认。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>550 to VRFY says the address is unknown or refused, while 252 gives no verdict and still promises to try delivery.</source>
        <comment>252/confusedWith/550</comment>
        <translation>对 VRFY 的 550 回复表示地址未知或被拒绝，而 252 不下结论，并仍承诺尝试投递。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending messages started (ETRN)</source>
        <comment>253/title</comment>
        <translation>已开始投递待发邮件（ETRN）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defined by the ETRN extension, 253 confirms that the server has started delivering queued mail for the requested node and states how many messages are pending. The messages travel over a new connection that the server opens to the client&apos;s host, not over the current session.</source>
        <comment>253/description</comment>
        <translation>253 由 ETRN 扩展定义，确认服务器已开始投递队列中发往所请求节点的邮件，并说明有多少封邮件待发。这些邮件通过服务器向客户端主机新建的连接传送，而不是通过当前会话。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to ETRN when mail is queued for the named host or domain and the server begins sending it.</source>
        <comment>253/when</comment>
        <translation>当队列中有发往指定主机或域的邮件且服务器开始发送时，对 ETRN 的回复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. Make sure the client host accepts inbound connections on port 25 from the provider, because the queue is delivered over a fresh connection.</source>
        <comment>253/fix/general</comment>
        <translation>无需任何操作。请确保客户端主机接受服务商在 25 端口上发起的入站连接，因为队列是通过新建的连接投递的。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>253 means messages are waiting and their delivery has started, while 251 after ETRN means nothing is queued for the node.</source>
        <comment>253/confusedWith/251</comment>
        <translation>253 表示有邮件在等待且已开始投递，而 ETRN 之后的 251 表示队列中没有发往该节点的邮件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication challenge</source>
        <comment>334/title</comment>
        <translation>身份验证质询</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is in the middle of an AUTH exchange and waits for the client&apos;s next response. The text after the code is a Base64 challenge, possibly empty; with the common LOGIN mechanism it decodes to a prompt for the username or password. The client answers with one Base64 line, or with a single asterisk to cancel.</source>
        <comment>334/description</comment>
        <translation>服务器正处于 AUTH 交互之中，等待客户端的下一个响应。代码后面的文本是 Base64 编码的质询，可能为空；对于常见的 LOGIN 机制，它解码后是要求输入用户名或密码的提示。客户端以一行 Base64 数据作答，或发送单个星号以取消。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to AUTH, and to each client response, while the SASL mechanism still needs more data.</source>
        <comment>334/when</comment>
        <translation>在 SASL 机制仍需要更多数据时，对 AUTH 以及对客户端每个响应的回复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed while the exchange continues. If a client stalls at this step, compare the mechanisms advertised after EHLO with the one configured in the client, and check its account settings.</source>
        <comment>334/fix/general</comment>
        <translation>交互仍在进行时无需任何操作。如果客户端卡在这一步，请将 EHLO 之后通告的机制与客户端中配置的机制进行比较，并检查其账户设置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>334 asks for the next step of an AUTH exchange, while 354 asks for the message content after DATA.</source>
        <comment>334/confusedWith/354</comment>
        <translation>334 请求 AUTH 交互的下一步，而 354 请求 DATA 之后的邮件内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start mail input</source>
        <comment>354/title</comment>
        <translation>开始邮件输入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server accepted DATA and is ready for the message content, headers first, ending with a line that holds only a dot. It is an intermediate reply: the message is not accepted until the reply that follows the final dot. Clients using the CHUNKING extension send BDAT instead and never see 354.</source>
        <comment>354/description</comment>
        <translation>服务器已接受 DATA，准备接收邮件内容：先是邮件头，最后以仅含一个句点的行结束。这是一个中间回复：在结束句点之后的回复到来之前，邮件并未被接受。使用 CHUNKING 扩展的客户端改为发送 BDAT，永远不会看到 354。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to DATA after at least one recipient has been accepted.</source>
        <comment>354/when</comment>
        <translation>至少有一个收件人被接受后，对 DATA 的回复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. If the session stalls after 354, look for a firewall or antivirus proxy altering the data stream, a missing final dot line, or a server timeout on very large messages.</source>
        <comment>354/fix/general</comment>
        <translation>无需任何操作。如果会话在 354 之后停滞，请检查是否有防火墙或防病毒代理篡改了数据流、是否缺少结束句点行，或者服务器处理超大邮件时是否超时。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>354 only invites the message content, while the 250 after the final dot confirms that the message was accepted.</source>
        <comment>354/confusedWith/250</comment>
        <translation>354 只是请客户端发送邮件内容，而结束句点之后的 250 确认邮件已被接受。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>503 to DATA means no recipient was accepted first, while 354 means the server is ready for the content.</source>
        <comment>354/confusedWith/503</comment>
        <translation>对 DATA 的 503 回复表示此前没有任何收件人被接受，而 354 表示服务器已准备好接收内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart offset (checkpoint/restart)</source>
        <comment>355/title</comment>
        <translation>续传偏移量（检查点/重启）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defined by the experimental checkpoint/restart extension, 355 answers a MAIL FROM that repeats the TRANSID of an interrupted transaction. The first field of the text is the number of message octets the server has already stored, and the client resumes sending from that point instead of starting over. Very few servers implement the extension.</source>
        <comment>355/description</comment>
        <translation>355 由实验性的检查点/重启扩展定义，用于回复重复了某个中断事务的 TRANSID 的 MAIL FROM。文本的第一个字段是服务器已存储的邮件八位字节数，客户端从该位置继续发送，而不是从头开始。极少有服务器实现此扩展。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to a repeated MAIL FROM with the same TRANSID parameter after a connection broke during message transfer, on servers that advertise CHECKPOINT.</source>
        <comment>355/when</comment>
        <translation>在通告 CHECKPOINT 的服务器上，连接在邮件传输期间中断后，对带有相同 TRANSID 参数的重复 MAIL FROM 的回复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed when both sides implement the extension. If a client mishandles the reply, send the message again without the TRANSID parameter so the server treats it as a new transaction.</source>
        <comment>355/fix/general</comment>
        <translation>如果双方都实现了该扩展，则无需任何操作。如果客户端错误处理了该回复，请不带 TRANSID 参数重新发送邮件，让服务器将其视为新事务。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>354 asks for the whole message after DATA, while 355 tells a restarting client how much of an interrupted message the server already holds.</source>
        <comment>355/confusedWith/354</comment>
        <translation>354 在 DATA 之后请求整封邮件，而 355 告诉重新开始的客户端，服务器已保存了中断邮件的多少内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service not available, closing</source>
        <comment>421/title</comment>
        <translation>服务不可用，正在关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is closing the connection on its own initiative, so any unfinished transaction fails and must be retried later. Common causes are overload, maintenance, too many connections or errors from one client, rate limits, timeouts, and reputation checks that defer at connect time. It can arrive in reply to any command.</source>
        <comment>421/description</comment>
        <translation>服务器正主动关闭连接，因此任何未完成的事务都会失败，必须稍后重试。常见原因包括过载、维护、单个客户端的连接或错误过多、速率限制、超时，以及在连接时进行延迟处理的信誉检查。它可能作为对任何命令的回复出现。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At connection time instead of the 220 greeting, or in reply to any later command when the server decides to end the session.</source>
        <comment>421/when</comment>
        <translation>在建立连接时代替 220 问候语发送，或在服务器决定结束会话时作为对之后任何命令的回复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait and let your mail client or server retry; the message stays queued. If it happens only to you, check whether your client opens many parallel connections or sends faster than the provider&apos;s rate limits allow.</source>
        <comment>421/fix/sender</comment>
        <translation>请等待，让您的邮件客户端或服务器自动重试；邮件会保留在队列中。如果只有您遇到此问题，请检查客户端是否打开了大量并行连接，或发送速度是否超过了服务商的速率限制。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry with backoff and lower concurrency toward that destination, for example with Postfix default_destination_concurrency_limit. Read the reply text for rate-limit or reputation hints and check your IP address against public block lists.</source>
        <comment>421/fix/sendingServer</comment>
        <translation>让队列以退避方式重试，并降低向该目标的并发数，例如使用 Postfix default_destination_concurrency_limit。请阅读回复文本中关于速率限制或信誉的提示，并在公共黑名单中检查您的 IP 地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server logs for the reason: connection limits such as Postfix smtpd_client_connection_count_limit, load, low disk space, or a policy service that defers. Raise limits that are too tight and make sure maintenance modes are switched off.</source>
        <comment>421/fix/receivingServer</comment>
        <translation>请在服务器日志中查找原因：连接限制（如 Postfix smtpd_client_connection_count_limit）、负载、磁盘空间不足，或执行延迟处理的策略服务。放宽过严的限制，并确保维护模式已关闭。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>421 closes the whole session, while 450 refuses one request, often a single recipient, and keeps the connection open.</source>
        <comment>421/confusedWith/450</comment>
        <translation>421 关闭整个会话，而 450 拒绝单个请求（通常是单个收件人），并保持连接打开。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>451 aborts one command because of a local processing error, whereas 421 ends the connection entirely.</source>
        <comment>421/confusedWith/451</comment>
        <translation>451 因本地处理错误而中止一条命令，而 421 则完全结束连接。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>221 is the orderly close after QUIT, while 421 is an unrequested close that leaves unfinished mail to be retried.</source>
        <comment>421/confusedWith/221</comment>
        <translation>221 是 QUIT 之后的正常关闭，而 421 是未经请求的关闭，未完成的邮件需要重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password transition (rare variant)</source>
        <comment>422/title</comment>
        <translation>密码转换（罕见变体）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No SMTP RFC defines 422 on its own. The IANA enhanced status code registry lists it beside 432 for X.7.12, a password transition needed before the chosen AUTH mechanism works. Unofficial code lists often claim 422 means a full recipient mailbox, but standard servers report that with 452 or 552. Read the text and any enhanced code to learn what the server meant.</source>
        <comment>422/description</comment>
        <translation>没有任何 SMTP RFC 单独定义 422。IANA 增强状态码注册表将它与 432 一同列于 X.7.12 之下，表示所选 AUTH 机制生效前需要进行密码转换。非官方的代码列表常称 422 表示收件人邮箱已满，但标准服务器用 452 或 552 报告这种情况。请阅读文本和增强状态码，以了解服务器的真正含义。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rarely seen; when it appears, it is usually a reply to AUTH or comes from a server with custom reply templates.</source>
        <comment>422/when</comment>
        <translation>很少见；出现时通常是对 AUTH 的回复，或来自使用自定义回复模板的服务器。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the text mentions a password or mechanism change, sign in once as your provider instructs, for example with a plain password over TLS, or reset the password. If it mentions storage, contact the recipient by other means.</source>
        <comment>422/fix/sender</comment>
        <translation>如果文本提到密码或机制变更，请按服务商的说明登录一次（例如通过 TLS 使用明文密码），或重置密码。如果文本提到存储空间，请通过其他方式联系收件人。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treat 422 as a temporary failure and retry on the normal schedule. Log the full reply, including any enhanced code, so the receiving administrator can confirm what it means.</source>
        <comment>422/fix/sendingServer</comment>
        <translation>将 422 视为暂时性失败，按正常计划重试。记录完整的回复（包括增强状态码），以便接收方管理员确认其含义。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefer the standard codes: 432 with 4.7.12 for a password transition, and 452 with 4.2.2 or 552 with 5.2.2 for a full mailbox. Search custom reply templates and filters for the source of 422.</source>
        <comment>422/fix/receivingServer</comment>
        <translation>优先使用标准代码：密码转换使用 432 和 4.7.12，邮箱已满使用 452 和 4.2.2 或 552 和 5.2.2。请在自定义回复模板和过滤器中查找 422 的来源。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>432 is the code RFC 4954 assigns to a needed password transition, while 422 is only a registry-listed alternative that few servers send.</source>
        <comment>422/confusedWith/432</comment>
        <translation>432 是 RFC 4954 为需要密码转换分配的代码，而 422 只是注册表中列出、很少有服务器发送的替代代码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>452 is the standard temporary reply for insufficient storage, while 422 has no storage meaning in any RFC despite claims in unofficial lists.</source>
        <comment>422/confusedWith/452</comment>
        <translation>452 是存储空间不足时的标准暂时性回复，而尽管非官方列表有此说法，422 在任何 RFC 中都没有存储空间方面的含义。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rare temporary command refusal</source>
        <comment>430/title</comment>
        <translation>罕见的暂时性命令拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No SMTP RFC defines 430 on its own. The IANA enhanced status code registry lists it among the basic codes that may accompany X.5.1, invalid command, so a server sending it signals a command refused for now or sent out of order. It is seldom seen, and the server&apos;s text carries the real meaning.</source>
        <comment>430/description</comment>
        <translation>没有任何 SMTP RFC 单独定义 430。IANA 增强状态码注册表将它列为可与 X.5.1（无效命令）搭配使用的基本回复码之一，因此发送它的服务器表示某条命令暂时被拒绝或发送顺序有误。它很少见，真正的含义由服务器的文本给出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rarely seen; a server with custom reply templates may return it to a command it refuses for the moment.</source>
        <comment>430/when</comment>
        <translation>很少见；使用自定义回复模板的服务器可能会对暂时拒绝的命令返回此代码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry later, and if it persists, read the reply text and check the client settings it points to, such as authentication or encryption options.</source>
        <comment>430/fix/sender</comment>
        <translation>请稍后重试；如果问题持续存在，请阅读回复文本，并检查其指向的客户端设置，例如身份验证或加密选项。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treat 430 as a temporary failure and let the queue retry. Record the full reply and any enhanced code so the receiving administrator can identify the rule that produced it.</source>
        <comment>430/fix/sendingServer</comment>
        <translation>将 430 视为暂时性失败，让队列重试。记录完整的回复和增强状态码，以便接收方管理员找出产生它的规则。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a defined code instead: 503 for a bad command sequence, 530 when authentication is required, or 450 or 451 for temporary refusals. Search custom reply templates and policy filters for the source of 430.</source>
        <comment>430/fix/receivingServer</comment>
        <translation>请改用已定义的代码：命令顺序错误用 503，需要身份验证用 530，暂时性拒绝用 450 或 451。请在自定义回复模板和策略过滤器中查找 430 的来源。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>530 is the defined reply when authentication is required first, while 430 has no RFC definition and only a registry link to invalid commands.</source>
        <comment>430/confusedWith/530</comment>
        <translation>530 是要求先进行身份验证时的规定回复，而 430 没有 RFC 定义，仅在注册表中与无效命令相关联。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>503 permanently rejects a command sent out of order, whereas 430 is a rarely used temporary refusal.</source>
        <comment>430/confusedWith/503</comment>
        <translation>503 永久性拒绝顺序错误的命令，而 430 是很少使用的暂时性拒绝。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password transition needed</source>
        <comment>432/title</comment>
        <translation>需要密码转换</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refuses the chosen AUTH mechanism for now because the account must first be converted to it. Typically the user authenticates once with PLAIN, so the server can store the secret the mechanism needs; the mechanism then works in later sessions. The enhanced code is 4.7.12.</source>
        <comment>432/description</comment>
        <translation>服务器暂时拒绝所选的 AUTH 机制，因为账户必须先转换为适用于该机制的形式。通常用户先用 PLAIN 进行一次身份验证，以便服务器存储该机制所需的密钥；之后的会话中即可使用该机制。增强状态码为 4.7.12。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to AUTH with a mechanism, such as CRAM-MD5 or SCRAM, for which the server does not yet hold a suitable credential.</source>
        <comment>432/when</comment>
        <translation>对使用某种机制（如 CRAM-MD5 或 SCRAM）的 AUTH 的回复，而服务器尚未为该机制保存合适的凭据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in once with a plain password mechanism over TLS, or let the mail client choose it automatically, then use the stronger mechanism again. If the problem persists, reset the password so the server stores new credentials.</source>
        <comment>432/fix/sender</comment>
        <translation>通过 TLS 使用明文密码机制登录一次，或让邮件客户端自动选择该机制，然后再改回更强的机制。如果问题持续存在，请重置密码，让服务器存储新的凭据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the authentication backend stores the secret form each advertised mechanism needs. Stop advertising mechanisms that cannot work for existing accounts until their credentials have been migrated.</source>
        <comment>432/fix/receivingServer</comment>
        <translation>检查身份验证后端是否存储了每种已通告机制所需的密钥形式。在现有账户的凭据完成迁移之前，停止通告对这些账户无法使用的机制。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>535 means the credentials were wrong, while 432 means they may be right but the account must first be used with another mechanism.</source>
        <comment>432/confusedWith/535</comment>
        <translation>535 表示凭据错误，而 432 表示凭据可能正确，但账户必须先通过另一种机制使用一次。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>534 rejects a mechanism as too weak for policy, while 432 asks for a one-time transition before a mechanism can be used.</source>
        <comment>432/confusedWith/534</comment>
        <translation>534 因策略认为机制太弱而拒绝它，而 432 要求在使用某机制之前进行一次性转换。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection Dropped During Transmission</source>
        <comment>442/title</comment>
        <translation>传输过程中连接中断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No SMTP standard defines 442; unofficial error lists, mail clients and some servers use it to report that the connection broke before a message transfer finished. It corresponds to the registry condition X.4.2, bad connection. Because it starts with 4, clients treat it as a temporary failure and retry.</source>
        <comment>442/description</comment>
        <translation>没有任何 SMTP 标准定义 442；非官方的错误列表、邮件客户端和部分服务器用它来报告连接在邮件传输完成之前就已中断。它对应注册表中的状况 X.4.2（连接不良）。由于它以 4 开头，客户端会将其视为暂时性失败并重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged by the sending side when the TCP session to the next hop ends mid-transfer, often during DATA with large messages or over unstable links.</source>
        <comment>442/when</comment>
        <translation>当与下一跳之间的 TCP 会话在传输中途结束时，由发送方记录，常见于通过 DATA 传输大邮件时或链路不稳定时。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the message again later; the mail system normally retries on its own. If it keeps failing, try a smaller attachment or another network, and give the full error text to your administrator.</source>
        <comment>442/fix/sender</comment>
        <translation>请稍后重新发送邮件；邮件系统通常会自动重试。如果一直失败，请尝试使用较小的附件或换用其他网络，并将完整的错误文本提供给您的管理员。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in the SMTP log where the session dropped and look for firewall or NAT idle timeouts, MTU problems, TLS handshake failures and inline scanners that cut connections. Compare timeout settings on both ends and test delivery to the same host with a small message.</source>
        <comment>442/fix/sendingServer</comment>
        <translation>在 SMTP 日志中找出会话中断的位置，检查是否存在防火墙或 NAT 空闲超时、MTU 问题、TLS 握手失败，以及会切断连接的串联扫描设备。比较两端的超时设置，并用一封小邮件测试向同一主机的投递。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check whether your server closed the session because of connection limits, timeouts, resource exhaustion or a crashed content filter. Review receive connector or smtpd timeout settings and the system logs at the time of the drop.</source>
        <comment>442/fix/receivingServer</comment>
        <translation>检查您的服务器是否因连接限制、超时、资源耗尽或内容过滤器崩溃而关闭了会话。查看接收连接器或 smtpd 的超时设置，以及连接中断时的系统日志。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>421 is a real reply in which the server announces it is closing the channel, while 442 is an unofficial label for a connection that broke without a proper reply.</source>
        <comment>442/confusedWith/421</comment>
        <translation>421 是真正的回复，服务器借此宣布将关闭通道；而 442 是一个非官方标签，表示连接在没有正常回复的情况下中断。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.2 is the registered enhanced code for a bad connection, while 442 is an unofficial three-digit form of the same idea that no RFC defines.</source>
        <comment>442/confusedWith/X.4.2</comment>
        <translation>X.4.2 是表示连接不良的已注册增强状态码，而 442 是同一概念的非官方三位数形式，没有任何 RFC 对其作出定义。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outgoing Message Timed Out</source>
        <comment>447/title</comment>
        <translation>外发邮件超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>447 is an unofficial code that error lists and some gateways use for a message that stayed in the queue until it timed out, usually after repeated temporary failures at the receiving side. It mirrors the registry code X.4.7, delivery time expired, and no RFC defines it as a reply code.</source>
        <comment>447/description</comment>
        <translation>447 是一个非官方代码，错误列表和部分网关用它表示邮件在队列中停留直至超时，通常是因为接收方反复出现暂时性失败。它对应注册表代码 X.4.7（投递时间已过期），但没有任何 RFC 将其定义为回复码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by the sending system rather than in a live SMTP reply, when retries to the destination did not succeed before the queue lifetime ran out.</source>
        <comment>447/when</comment>
        <translation>由发送系统报告，而不是出现在实时的 SMTP 回复中；当在队列生存期结束之前向目标的重试始终未能成功时出现。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the recipient address for typos and send again later. If the bounce repeats, give the full bounce text to your administrator, since the receiving server was probably unreachable or deferring mail for a long time.</source>
        <comment>447/fix/sender</comment>
        <translation>检查收件人地址是否有拼写错误，并稍后重新发送。如果再次收到退信，请将完整的退信文本提供给您的管理员，因为接收方服务器很可能长时间无法访问或一直在推迟接收邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look in the queue and logs for the deferral reasons that came before the timeout, such as 4xx replies, DNS failures or connection timeouts. Fix the cause, check the destination&apos;s MX records, and review queue lifetime settings such as Postfix maximal_queue_lifetime.</source>
        <comment>447/fix/sendingServer</comment>
        <translation>在队列和日志中查找超时之前的延迟原因，例如 4xx 回复、DNS 故障或连接超时。解决问题根源，检查目标的 MX 记录，并检查队列生存期设置，例如 Postfix maximal_queue_lifetime。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check whether your server deferred this sender for a long period, for example through greylisting, rate limits or an outage, and confirm that your MX hosts accept connections on port 25.</source>
        <comment>447/fix/receivingServer</comment>
        <translation>检查您的服务器是否长时间推迟了此发件人的邮件，例如由于灰名单、速率限制或服务中断，并确认您的 MX 主机在 25 端口上接受连接。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.7 is the registered enhanced code for an expired delivery time, while 447 is an unofficial three-digit rendering of it that servers do not send as a reply.</source>
        <comment>447/confusedWith/X.4.7</comment>
        <translation>X.4.7 是表示投递时间已过期的已注册增强状态码，而 447 是它的非官方三位数写法，服务器不会将其作为回复发送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4.4.7 in an Exchange Online bounce reports the same expiry with a proper enhanced code, while 447 is the unofficial shorthand found in older tools and lists.</source>
        <comment>447/confusedWith/4.4.7@Microsoft</comment>
        <translation>Exchange Online 退信中的 4.4.7 用规范的增强状态码报告同一种过期情况，而 447 是旧工具和列表中使用的非官方简写。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox unavailable, try later</source>
        <comment>450/title</comment>
        <translation>邮箱不可用，请稍后重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not take the requested action for now, usually because the mailbox is busy or locked, or because a policy check deferred the request. Greylisting is the most common cause: the first attempt from an unknown sender is deferred on purpose and accepted on a later retry. Under the ATRN extension, 450 means the request to reverse the connection was refused.</source>
        <comment>450/description</comment>
        <translation>服务器暂时未执行所请求的操作，通常是因为邮箱正忙或被锁定，或者策略检查推迟了该请求。最常见的原因是灰名单：来自未知发件人的首次尝试会被故意推迟，并在之后重试时被接受。在 ATRN 扩展中，450 表示反转连接的请求被拒绝。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to RCPT TO most often, and sometimes to MAIL FROM or to the end of DATA, when a temporary condition or policy defers the request; also to ATRN.</source>
        <comment>450/when</comment>
        <translation>最常见于对 RCPT TO 的回复，有时也用于回复 MAIL FROM 或 DATA 结束，此时暂时性情况或策略推迟了该请求；也用于回复 ATRN。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait; your mail server retries automatically, and greylisting usually clears within minutes to an hour. If the message is still undelivered after a day, read the delay notice for the server&apos;s text.</source>
        <comment>450/fix/sender</comment>
        <translation>请等待；您的邮件服务器会自动重试，灰名单通常在几分钟到一小时内解除。如果一天后邮件仍未送达，请阅读延迟通知中的服务器文本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure the queue retries with the same envelope and from the same IP address range, which greylisting expects. Check the reply text for DNS, reverse DNS, SPF or reputation hints, and confirm your IP address is not on block lists.</source>
        <comment>450/fix/sendingServer</comment>
        <translation>确保队列使用相同的信封、从相同的 IP 地址段重试，这正是灰名单所期望的。检查回复文本中关于 DNS、反向 DNS、SPF 或信誉的提示，并确认您的 IP 地址不在黑名单上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the logs and policy services, such as greylisting, rate limits and DNS checks, that produced the deferral. Allow known senders that retry from many IP addresses, and make sure temporary DNS failures do not defer legitimate mail for long.</source>
        <comment>450/fix/receivingServer</comment>
        <translation>检查产生该延迟的日志和策略服务，例如灰名单、速率限制和 DNS 检查。放行从多个 IP 地址重试的已知发件人，并确保暂时性 DNS 故障不会长时间延迟合法邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After MAIL FROM, RCPT TO or DATA</source>
        <comment>450/contexts/0/context</comment>
        <translation>MAIL FROM、RCPT TO 或 DATA 之后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request is deferred for now and should succeed on a later retry.</source>
        <comment>450/contexts/0/meaning</comment>
        <translation>请求暂时被推迟，之后重试应会成功。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After ATRN</source>
        <comment>450/contexts/1/context</comment>
        <translation>ATRN 之后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refuses to reverse the connection and deliver queued mail for the requested domains.</source>
        <comment>450/contexts/1/meaning</comment>
        <translation>服务器拒绝反转连接，也不投递队列中发往所请求域的邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>450 defers the request so it can succeed on retry, while 550 refuses it permanently.</source>
        <comment>450/confusedWith/550</comment>
        <translation>450 推迟请求，使其可在重试时成功，而 550 永久性地拒绝该请求。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>451 reports a processing error on the server, while 450 concerns the mailbox or a policy deferral.</source>
        <comment>450/confusedWith/451</comment>
        <translation>451 报告服务器上的处理错误，而 450 涉及邮箱或策略性延迟。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>421 ends the whole session, while 450 refuses a single request and leaves the connection open.</source>
        <comment>450/confusedWith/421</comment>
        <translation>421 结束整个会话，而 450 拒绝单个请求，并保持连接打开。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local error in processing</source>
        <comment>451/title</comment>
        <translation>本地处理错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server aborted the request because of a problem on its own side, such as a failed lookup, an unavailable content filter or database, or a queue that cannot be written. Some servers also use 451 for greylisting, temporary SPF or DNS errors, and rate limits. Under the ATRN extension, it means the server cannot process the request at the moment.</source>
        <comment>451/description</comment>
        <translation>服务器因自身问题中止了请求，例如查询失败、内容过滤器或数据库不可用，或队列无法写入。有些服务器也将 451 用于灰名单、暂时性 SPF 或 DNS 错误以及速率限制。在 ATRN 扩展中，它表示服务器目前无法处理该请求。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to MAIL FROM, RCPT TO or the end of DATA when a local component fails or defers the request; also to ATRN.</source>
        <comment>451/when</comment>
        <translation>当本地组件出错或推迟请求时，对 MAIL FROM、RCPT TO 或 DATA 结束的回复；也用于回复 ATRN。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is usually needed because the message is retried automatically. If delays last more than a few hours, send the reply text to the recipient&apos;s administrator or to your provider.</source>
        <comment>451/fix/sender</comment>
        <translation>通常无需任何操作，因为邮件会自动重试。如果延迟超过几个小时，请将回复文本发送给收件人的管理员或您的服务商。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry. If every attempt fails, look for a pattern in the reply: DNS errors for your domain (check that SPF and MX records resolve), rate limits, or a content filter timing out on large messages.</source>
        <comment>451/fix/sendingServer</comment>
        <translation>让队列重试。如果每次尝试都失败，请从回复中寻找规律：您域名的 DNS 错误（检查 SPF 和 MX 记录能否解析）、速率限制，或内容过滤器处理大邮件时超时。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the mail logs at the time of the deferral for failed milters, antivirus or policy daemons, database or LDAP lookups, and DNS resolver timeouts. Verify free disk space and queue permissions, then restart the failed component.</source>
        <comment>451/fix/receivingServer</comment>
        <translation>查看延迟发生时的邮件日志，寻找失败的 milter、防病毒或策略守护进程、数据库或 LDAP 查询，以及 DNS 解析器超时。检查可用磁盘空间和队列权限，然后重启出故障的组件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During a mail transaction</source>
        <comment>451/contexts/0/context</comment>
        <translation>邮件事务期间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A temporary local problem stopped the command, and the client keeps the message and retries.</source>
        <comment>451/contexts/0/meaning</comment>
        <translation>暂时性的本地问题导致命令未能执行，客户端会保留邮件并重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After ATRN</source>
        <comment>451/contexts/1/context</comment>
        <translation>ATRN 之后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot handle the ATRN request right now, and the client should try again later.</source>
        <comment>451/contexts/1/meaning</comment>
        <translation>服务器现在无法处理 ATRN 请求，客户端应稍后重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>450 points to the mailbox or a policy deferral, while 451 points to an error in the server&apos;s own processing.</source>
        <comment>451/confusedWith/450</comment>
        <translation>450 指向邮箱或策略性延迟，而 451 指向服务器自身处理中的错误。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>421 closes the connection, while 451 fails one command and keeps the session open.</source>
        <comment>451/confusedWith/421</comment>
        <translation>421 关闭连接，而 451 使一条命令失败，并保持会话打开。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>554 after the message data rejects the message for good, while 451 at the same point asks for a later retry.</source>
        <comment>451/confusedWith/554</comment>
        <translation>邮件数据之后的 554 永久性地拒绝该邮件，而在同一时刻出现的 451 要求稍后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insufficient system storage</source>
        <comment>452/title</comment>
        <translation>系统存储空间不足</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot accept the request now because it lacks storage or has reached a limit. After RCPT TO it often means too many recipients, and the client sends the rest in a new transaction. Under the SIZE extension, 452 to MAIL FROM means the declared size does not fit the space available now. Many providers also use it with 4.2.2 for a mailbox over quota.</source>
        <comment>452/description</comment>
        <translation>服务器现在无法接受该请求，因为存储空间不足或已达到某项限制。在 RCPT TO 之后，它通常表示收件人过多，客户端会在新事务中发送其余收件人。在 SIZE 扩展中，对 MAIL FROM 的 452 表示声明的大小超出了当前可用空间。许多服务商还将它与 4.2.2 一起用于表示邮箱超出配额。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to MAIL FROM when the declared SIZE or queue space does not fit, to RCPT TO when recipient or quota limits are reached, or at the end of DATA.</source>
        <comment>452/when</comment>
        <translation>当声明的 SIZE 或队列空间不足时对 MAIL FROM 的回复，达到收件人数或配额限制时对 RCPT TO 的回复，或在 DATA 结束时的回复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the reply mentions a full mailbox, contact the recipient by other means and ask them to free space. If it mentions too many recipients, split the list or use a mailing list service.</source>
        <comment>452/fix/sender</comment>
        <translation>如果回复提到邮箱已满，请通过其他方式联系收件人，请其释放空间。如果提到收件人过多，请拆分收件人列表或使用邮件列表服务。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry; after a recipient limit, send the deferred recipients in a new transaction, which Postfix and Exim do automatically. If the destination always limits, lower recipients per message, for example with Postfix smtp_destination_recipient_limit.</source>
        <comment>452/fix/sendingServer</comment>
        <translation>让队列重试；遇到收件人数限制后，在新事务中发送被推迟的收件人，Postfix 和 Exim 会自动这样做。如果目标服务器总是施加限制，请减少每封邮件的收件人数，例如使用 Postfix smtp_destination_recipient_limit。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check free disk space on the queue and mailbox volumes, the recipient limit (Postfix smtpd_recipient_limit) and per-user quotas. Raise limits that are too tight and alert on disk usage before it runs out.</source>
        <comment>452/fix/receivingServer</comment>
        <translation>检查队列卷和邮箱卷的可用磁盘空间、收件人数限制（Postfix smtpd_recipient_limit）以及每个用户的配额。放宽过严的限制，并在磁盘空间耗尽之前就针对磁盘使用情况发出警报。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After RCPT TO</source>
        <comment>452/contexts/0/context</comment>
        <translation>RCPT TO 之后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transaction reached the recipient limit, and the remaining recipients must go in a new transaction.</source>
        <comment>452/contexts/0/meaning</comment>
        <translation>该事务已达到收件人数限制，其余收件人必须放在新事务中发送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After MAIL FROM with SIZE</source>
        <comment>452/contexts/1/context</comment>
        <translation>带 SIZE 的 MAIL FROM 之后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The declared message size cannot be stored right now, but it may fit later.</source>
        <comment>452/contexts/1/meaning</comment>
        <translation>声明的邮件大小目前无法存储，但稍后可能可以。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With enhanced code 4.2.2</source>
        <comment>452/contexts/2/context</comment>
        <translation>带增强状态码 4.2.2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient&apos;s mailbox is over quota, and the message can be accepted once space is freed.</source>
        <comment>452/contexts/2/meaning</comment>
        <translation>收件人的邮箱已超出配额，释放空间后即可接受该邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>452 is a temporary storage or recipient limit that may clear on retry, while 552 says a size or storage allocation was exceeded permanently.</source>
        <comment>452/confusedWith/552</comment>
        <translation>452 是暂时性的存储空间或收件人数限制，重试时可能解除，而 552 表示永久性地超出了大小或存储分配限制。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>451 reports a local processing error, while 452 specifically reports a lack of storage or a limit reached.</source>
        <comment>452/confusedWith/451</comment>
        <translation>451 报告本地处理错误，而 452 专门报告存储空间不足或已达到限制。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No mail waiting (ATRN)</source>
        <comment>453/title</comment>
        <translation>没有等待的邮件（ATRN）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defined by the On-Demand Mail Relay extension, 453 answers ATRN when the server holds no queued mail for the client&apos;s domains. Nothing is wrong; the connection is simply not reversed because there is nothing to deliver. The IANA registry also lists 453 with X.3.2, a system not accepting network messages.</source>
        <comment>453/description</comment>
        <translation>453 由按需邮件中继（On-Demand Mail Relay）扩展定义，当服务器没有为客户端的域在队列中保存邮件时用于回复 ATRN。这并非出错；只是因为没有要投递的邮件，所以不反转连接。IANA 注册表还将 453 与 X.3.2（系统不接受网络邮件）一同列出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to ATRN from an authenticated client when no messages are queued for its domains.</source>
        <comment>453/when</comment>
        <translation>已通过身份验证的客户端发送 ATRN，而队列中没有发往其域的邮件时的回复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. If you expected mail, check that the domains in ATRN match those the provider queues for your account and that senders use the provider&apos;s MX hosts.</source>
        <comment>453/fix/general</comment>
        <translation>无需任何操作。如果您本应收到邮件，请检查 ATRN 中的域是否与服务商为您的账户保留队列的域一致，以及发件人是否使用服务商的 MX 主机。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After ATRN</source>
        <comment>453/contexts/0/context</comment>
        <translation>ATRN 之后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No mail is queued for the requested domains, so the server does not reverse the connection.</source>
        <comment>453/contexts/0/meaning</comment>
        <translation>队列中没有发往所请求域的邮件，因此服务器不反转连接。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With enhanced code X.3.2</source>
        <comment>453/contexts/1/context</comment>
        <translation>带增强状态码 X.3.2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is temporarily not accepting messages, for example during maintenance or heavy load.</source>
        <comment>453/contexts/1/meaning</comment>
        <translation>服务器暂时不接受邮件，例如在维护期间或负载很高时。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>251 after ETRN also means no mail is waiting, while 453 is the equivalent reply to ATRN on an On-Demand Mail Relay server.</source>
        <comment>453/confusedWith/251</comment>
        <translation>ETRN 之后的 251 同样表示没有等待的邮件，而 453 是按需邮件中继服务器上对 ATRN 的对应回复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>450 after ATRN means the request was refused, while 453 means it was allowed but there is no mail to deliver.</source>
        <comment>453/confusedWith/450</comment>
        <translation>ATRN 之后的 450 表示请求被拒绝，而 453 表示请求被允许，但没有要投递的邮件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporary TLS or authentication failure</source>
        <comment>454/title</comment>
        <translation>暂时性 TLS 或身份验证失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot complete a security step right now. After STARTTLS it means TLS is temporarily unavailable, for example because of a certificate or key problem on the server. After AUTH it means authentication failed for a temporary reason, such as an unreachable password backend. Some servers also use 454 with 4.7.1 to defer relaying for unauthenticated clients.</source>
        <comment>454/description</comment>
        <translation>服务器目前无法完成某个安全步骤。在 STARTTLS 之后，它表示 TLS 暂时不可用，例如因为服务器上的证书或密钥有问题。在 AUTH 之后，它表示身份验证因暂时性原因失败，例如密码后端无法访问。有些服务器还将 454 与 4.7.1 一起使用，以推迟未通过身份验证的客户端的中继请求。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to STARTTLS or AUTH when the server&apos;s TLS setup or authentication backend fails temporarily; occasionally to RCPT TO for a deferred relay attempt.</source>
        <comment>454/when</comment>
        <translation>当服务器的 TLS 配置或身份验证后端暂时出错时，对 STARTTLS 或 AUTH 的回复；偶尔也用于回复被推迟的中继尝试中的 RCPT TO。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry after a few minutes. If AUTH keeps failing this way, check the provider&apos;s status page; if relaying is deferred, make sure the client authenticates on the submission port (587 or 465) before sending.</source>
        <comment>454/fix/sender</comment>
        <translation>几分钟后重试。如果 AUTH 持续以这种方式失败，请查看服务商的状态页面；如果中继被推迟，请确保客户端在发送前已在提交端口（587 或 465）上进行身份验证。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For STARTTLS failures, follow your policy: retry later if MTA-STS, DANE or local settings require TLS, otherwise deliver without it. Log the reply text so the receiving administrator can trace it.</source>
        <comment>454/fix/sendingServer</comment>
        <translation>对于 STARTTLS 失败，请遵循您的策略：如果 MTA-STS、DANE 或本地设置要求 TLS，则稍后重试，否则不使用 TLS 投递。记录回复文本，以便接收方管理员追查。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For STARTTLS, check that the certificate and key files exist, are readable and match (Postfix smtpd_tls_cert_file and smtpd_tls_key_file). For AUTH, check the SASL service, such as saslauthd or Dovecot auth, and its backend.</source>
        <comment>454/fix/receivingServer</comment>
        <translation>对于 STARTTLS，请检查证书和密钥文件是否存在、可读且相互匹配（Postfix smtpd_tls_cert_file 和 smtpd_tls_key_file）。对于 AUTH，请检查 SASL 服务（如 saslauthd 或 Dovecot auth）及其后端。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After STARTTLS</source>
        <comment>454/contexts/0/context</comment>
        <translation>STARTTLS 之后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS is temporarily unavailable, and the client retries later or, if its policy allows, continues without encryption.</source>
        <comment>454/contexts/0/meaning</comment>
        <translation>TLS 暂时不可用，客户端稍后重试，或在其策略允许时不加密继续。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After AUTH</source>
        <comment>454/contexts/1/context</comment>
        <translation>AUTH 之后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication could not be completed because of a temporary server-side problem, not because of wrong credentials.</source>
        <comment>454/contexts/1/meaning</comment>
        <translation>身份验证未能完成，原因是服务器端的暂时性问题，而不是凭据错误。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After RCPT TO</source>
        <comment>454/contexts/2/context</comment>
        <translation>RCPT TO 之后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With 4.7.1, the server defers a relay attempt it does not currently allow.</source>
        <comment>454/contexts/2/meaning</comment>
        <translation>配合 4.7.1 时，服务器推迟其目前不允许的中继尝试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>535 means the credentials were rejected, while 454 after AUTH means the server could not check them right now.</source>
        <comment>454/confusedWith/535</comment>
        <translation>535 表示凭据被拒绝，而 AUTH 之后的 454 表示服务器现在无法核验凭据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>530 says authentication or STARTTLS is required before the command, while 454 says that step failed temporarily.</source>
        <comment>454/confusedWith/530</comment>
        <translation>530 表示在执行该命令之前需要身份验证或 STARTTLS，而 454 表示该步骤暂时失败。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server unable to accommodate parameters</source>
        <comment>455/title</comment>
        <translation>服务器无法满足参数要求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server understood the parameters on MAIL FROM or RCPT TO but cannot honor them at the moment. It is the temporary counterpart of 555, used when a known extension parameter cannot be met right now and the extension does not require another code. The client may retry later or send the command without the parameter.</source>
        <comment>455/description</comment>
        <translation>服务器理解 MAIL FROM 或 RCPT TO 上的参数，但目前无法满足。它是 555 对应的暂时性代码，用于某个已知扩展参数暂时无法满足、且该扩展未要求使用其他代码的情况。客户端可以稍后重试，或不带该参数发送命令。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to MAIL FROM or RCPT TO carrying extension parameters that the server temporarily cannot honor.</source>
        <comment>455/when</comment>
        <translation>对带有服务器暂时无法满足的扩展参数的 MAIL FROM 或 RCPT TO 的回复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry later. If the reply persists, find the parameter that triggers it in the logs and disable that extension toward the destination, for example DSN options, so the command goes out without it.</source>
        <comment>455/fix/sendingServer</comment>
        <translation>让队列稍后重试。如果该回复持续出现，请在日志中找出触发它的参数，并对该目标禁用相应的扩展（例如 DSN 选项），使命令不带该参数发出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the logs for the parameter and the condition that blocked it, such as an unavailable DSN or priority subsystem. If the parameter can never be honored, return 555 instead so clients stop retrying.</source>
        <comment>455/fix/receivingServer</comment>
        <translation>在日志中查找该参数以及阻止它的条件，例如 DSN 或优先级子系统不可用。如果该参数永远无法满足，请改为返回 555，让客户端停止重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>555 says the parameter is not recognized or not implemented, while 455 says it is known but cannot be honored right now.</source>
        <comment>455/confusedWith/555</comment>
        <translation>555 表示参数无法识别或未实现，而 455 表示参数已知，但目前无法满足。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>501 reports a syntax error in the arguments, while 455 accepts their syntax but cannot meet them for now.</source>
        <comment>455/confusedWith/501</comment>
        <translation>501 报告参数中的语法错误，而 455 接受参数的语法，但暂时无法满足。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unable to queue messages (ETRN)</source>
        <comment>458/title</comment>
        <translation>无法处理队列中的邮件（ETRN）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defined by the ETRN extension, 458 means the server cannot start a queue run for the requested node at the moment. The cause is on the server side, such as a busy or locked queue or a failing delivery process. Queued mail still goes out on the server&apos;s normal retry schedule.</source>
        <comment>458/description</comment>
        <translation>458 由 ETRN 扩展定义，表示服务器目前无法为所请求的节点启动队列处理。原因在服务器端，例如队列繁忙或被锁定，或投递进程出错。队列中的邮件仍会按服务器的正常重试计划发出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to ETRN when the server cannot start processing the queue for the requested host or domain.</source>
        <comment>458/when</comment>
        <translation>当服务器无法开始为所请求的主机或域处理队列时，对 ETRN 的回复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send ETRN again after a delay, and make sure your host accepts connections on port 25 when the provider delivers. If the error persists, send the reply text to the provider.</source>
        <comment>458/fix/sendingServer</comment>
        <translation>稍后再次发送 ETRN，并确保服务商投递时您的主机接受 25 端口上的连接。如果错误持续存在，请将回复文本发送给服务商。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the logs for the queue run that failed to start, including queue manager errors, locks and process limits. In Postfix, ETRN relies on the flush service, so confirm that it runs and that its logs show no errors.</source>
        <comment>458/fix/receivingServer</comment>
        <translation>在日志中查找未能启动的队列处理，包括队列管理器错误、锁和进程数限制。在 Postfix 中，ETRN 依赖 flush 服务，因此请确认该服务正在运行，且其日志中没有错误。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>458 means the server would process the node but cannot start the queue now, while 459 means it refuses the node itself.</source>
        <comment>458/confusedWith/459</comment>
        <translation>458 表示服务器愿意处理该节点，但现在无法启动队列处理，而 459 表示服务器拒绝该节点本身。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>451 reports a general local error for any command, while 458 is specific to a queue run requested with ETRN.</source>
        <comment>458/confusedWith/451</comment>
        <translation>451 报告任何命令都可能出现的一般本地错误，而 458 专门针对通过 ETRN 请求的队列处理。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node not allowed (ETRN)</source>
        <comment>459/title</comment>
        <translation>节点不被允许（ETRN）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defined by the ETRN extension, 459 means the server refuses to start a queue run for the requested node, and the text gives the reason. Typical reasons are that the server does not queue mail for that domain or that the client may not request it. Despite the 4xx class, repeating the same request rarely helps until the configuration changes.</source>
        <comment>459/description</comment>
        <translation>459 由 ETRN 扩展定义，表示服务器拒绝为所请求的节点启动队列处理，并在文本中给出原因。典型原因是服务器不为该域在队列中保存邮件，或客户端无权请求该节点。尽管属于 4xx 类别，在配置更改之前重复相同的请求通常无济于事。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to ETRN naming a host or domain that the server will not process for this client.</source>
        <comment>459/when</comment>
        <translation>对 ETRN 的回复，其中指定的主机或域是服务器不会为该客户端处理的。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the ETRN argument matches the domain agreed with the provider, including any leading @ or # the provider expects. If it is correct, ask the provider to enable ETRN for the domain and for your client address.</source>
        <comment>459/fix/sendingServer</comment>
        <translation>检查 ETRN 参数是否与和服务商约定的域一致，包括服务商要求的前导 @ 或 #。如果参数正确，请让服务商为该域和您的客户端地址启用 ETRN。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the customer domain to the domains eligible for ETRN and review access rules for the client address. In Postfix, ETRN is served only for domains in fast_flush_domains, which defaults to relay_domains.</source>
        <comment>459/fix/receivingServer</comment>
        <translation>将客户的域添加到可使用 ETRN 的域中，并检查针对该客户端地址的访问规则。在 Postfix 中，ETRN 仅对 fast_flush_domains 中的域提供服务，该参数默认为 relay_domains。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>459 refuses the requested node itself, while 458 accepts the node but cannot start the queue run right now.</source>
        <comment>459/confusedWith/458</comment>
        <translation>459 拒绝所请求的节点本身，而 458 接受该节点，但现在无法启动队列处理。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter Temporary Rejection</source>
        <comment>471/title</comment>
        <translation>过滤器暂时拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>471 is a nonstandard temporary rejection that some antispam filters and older mail servers send instead of 450 or 451, meaning a policy or filtering component refused the message for now. Unofficial error lists often attribute it to the sender&apos;s own outgoing server or filter. Clients treat it as a temporary failure because it starts with 4.</source>
        <comment>471/description</comment>
        <translation>471 是一种非标准的暂时性拒绝，部分反垃圾邮件过滤器和较旧的邮件服务器会用它代替 450 或 451，表示某个策略或过滤组件暂时拒绝了该邮件。非官方的错误列表常将其归因于发件人自己的外发服务器或过滤器。由于它以 4 开头，客户端会将其视为暂时性失败。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned by a filtering gateway or server after RCPT TO or the end of DATA, or logged by an outbound filter that held the message.</source>
        <comment>471/when</comment>
        <translation>由过滤网关或服务器在 RCPT TO 之后或 DATA 结束时返回，或由扣留了该邮件的出站过滤器记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait and try again later. If it persists, ask your administrator whether your outgoing mail is held by a spam or virus filter, and remove suspicious links or attachments from the message.</source>
        <comment>471/fix/sender</comment>
        <translation>请等待并稍后重试。如果问题持续，请询问您的管理员，您的外发邮件是否被垃圾邮件或病毒过滤器扣留，并删除邮件中可疑的链接或附件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identify from the log which host issued 471; if it is your own outbound filter, check its quarantine and rules. If a remote host sent it, check your IP on block lists, your SPF, DKIM and reverse DNS, and whether greylisting is involved.</source>
        <comment>471/fix/sendingServer</comment>
        <translation>从日志中确定是哪台主机发出了 471；如果是您自己的出站过滤器，请检查其隔离区和规则。如果是远程主机发出的，请检查您的 IP 是否在黑名单上，检查您的 SPF、DKIM 和反向 DNS，并确认是否涉及灰名单。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace 471 with a standard reply such as 450 or 451 carrying an enhanced code like 4.7.1, so clients and people can interpret it. Review the filter logs to see which rule deferred the message.</source>
        <comment>471/fix/receivingServer</comment>
        <translation>将 471 替换为标准回复，例如附带 4.7.1 等增强状态码的 450 或 451，以便客户端和用户能够理解其含义。查看过滤器日志，找出是哪条规则推迟了该邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>451 is the standard reply for a local processing error or a temporary policy deferral such as greylisting, while 471 is an unregistered code some filters use for the same purpose.</source>
        <comment>471/confusedWith/451</comment>
        <translation>451 是用于本地处理错误或暂时性策略延迟（例如灰名单）的标准回复，而 471 是部分过滤器出于同样目的使用的未注册代码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>571 is the permanent counterpart some filters use for a refused message, while 471 asks the client to try again later.</source>
        <comment>471/confusedWith/571</comment>
        <translation>571 是部分过滤器在拒绝邮件时使用的永久性对应代码，而 471 要求客户端稍后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command not recognized</source>
        <comment>500/title</comment>
        <translation>命令无法识别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server could not make sense of the command line: the verb is unknown or misspelled, or the line is longer than the server accepts. During AUTH, 500 with enhanced code 5.5.6 means a base64 response was longer than the server&apos;s authentication buffer. The session continues, so the client can send a corrected command.</source>
        <comment>500/description</comment>
        <translation>服务器无法理解该命令行：命令动词未知或拼写错误，或者该行超出了服务器接受的长度。在 AUTH 期间，带增强状态码 5.5.6 的 500 表示某个 base64 响应超出了服务器的身份验证缓冲区。会话会继续，因此客户端可以发送更正后的命令。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right after a command the server does not recognize, such as an unknown verb, a line longer than 512 octets, or message text that leaked into the command stream after a failed DATA.</source>
        <comment>500/when</comment>
        <translation>紧跟在服务器无法识别的命令之后，例如未知的动词、超过 512 个八位字节的行，或 DATA 失败后混入命令流的邮件文本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the mail client uses the right protocol and port for outgoing mail; a client speaking POP3, IMAP or HTTP to an SMTP port gets 500. Update the client if it sends commands the server does not know.</source>
        <comment>500/fix/sender</comment>
        <translation>检查邮件客户端的发件设置是否使用了正确的协议和端口；客户端若以 POP3、IMAP 或 HTTP 协议与 SMTP 端口通信，就会收到 500。如果客户端发送服务器不认识的命令，请更新客户端。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the rejected line in the MTA log or transcript. Usual causes are lines over 512 octets, message text sent as commands after DATA was refused, and oversized AUTH responses such as long OAuth tokens.</source>
        <comment>500/fix/sendingServer</comment>
        <translation>在 MTA 日志或会话记录中找出被拒绝的行。常见原因包括超过 512 个八位字节的行、DATA 被拒绝后作为命令发送的邮件文本，以及过大的 AUTH 响应（例如很长的 OAuth 令牌）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If legitimate clients hit this, check the command line and AUTH buffer limits, and whether a firewall with SMTP inspection, such as Cisco ESMTP inspection, is rewriting commands between client and server.</source>
        <comment>500/fix/receivingServer</comment>
        <translation>如果合法客户端遇到此问题，请检查命令行长度和 AUTH 缓冲区限制，并检查是否有带 SMTP 检测功能的防火墙（如 Cisco ESMTP 检测）在客户端与服务器之间改写命令。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any command</source>
        <comment>500/contexts/0/context</comment>
        <translation>任何命令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command verb is unknown, or the command line is too long.</source>
        <comment>500/contexts/0/meaning</comment>
        <translation>命令动词未知，或命令行过长。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During AUTH</source>
        <comment>500/contexts/1/context</comment>
        <translation>AUTH 期间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A base64 line in the authentication exchange exceeded the server&apos;s buffer; the enhanced code is 5.5.6.</source>
        <comment>500/contexts/1/meaning</comment>
        <translation>身份验证交互中的某个 base64 行超出了服务器的缓冲区；增强状态码为 5.5.6。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>500 means the server does not recognize the command at all, while 502 means it recognizes the command but does not implement it.</source>
        <comment>500/confusedWith/502</comment>
        <translation>500 表示服务器完全不认识该命令，而 502 表示服务器认识该命令，但未实现它。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>500 rejects the command itself, while 501 accepts the command verb but rejects its arguments or parameters.</source>
        <comment>500/confusedWith/501</comment>
        <translation>500 拒绝命令本身，而 501 接受命令动词，但拒绝其参数或扩展参数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syntax error in arguments</source>
        <comment>501/title</comment>
        <translation>参数语法错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server recognized the command but rejected its arguments, for example a malformed address in MAIL FROM or RCPT TO, a missing or invalid EHLO name, or arguments on DATA, RSET or QUIT. STARTTLS gets 501 when parameters are supplied, and AUTH gets it when the client cancels the exchange or sends data that is not valid base64.</source>
        <comment>501/description</comment>
        <translation>服务器认识该命令，但拒绝其参数，例如 MAIL FROM 或 RCPT TO 中格式错误的地址、缺失或无效的 EHLO 名称，或 DATA、RSET、QUIT 带有参数。STARTTLS 带有参数时会得到 501；AUTH 在客户端取消交互或发送无效的 base64 数据时也会得到 501。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After EHLO, HELO, MAIL FROM, RCPT TO, STARTTLS or a step of the AUTH exchange whose argument is malformed, missing or not allowed.</source>
        <comment>501/when</comment>
        <translation>在 EHLO、HELO、MAIL FROM、RCPT TO、STARTTLS 或 AUTH 交互的某个步骤之后，当其参数格式错误、缺失或不被允许时。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the sender and recipient addresses for typos, spaces, missing parts or unsupported characters. If the error follows a login attempt, re-enter the credentials and set the authentication method the provider documents.</source>
        <comment>501/fix/sender</comment>
        <translation>检查发件人和收件人地址中是否有拼写错误、空格、缺失部分或不受支持的字符。如果错误出现在登录尝试之后，请重新输入凭据，并设置服务商文档中说明的身份验证方法。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the rejected command in the transcript. Common causes are addresses without angle brackets, an empty or invalid EHLO name, scripts that build MAIL FROM by hand, and broken base64 in AUTH.</source>
        <comment>501/fix/sendingServer</comment>
        <translation>在会话记录中找出被拒绝的命令。常见原因包括地址缺少尖括号、EHLO 名称为空或无效、脚本手动拼接 MAIL FROM，以及 AUTH 中损坏的 base64 数据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If valid clients are refused, review strict syntax checks such as Postfix strict_rfc821_envelopes or reject_invalid_helo_hostname, which answer with 501 and can catch addresses and EHLO names that common clients send.</source>
        <comment>501/fix/receivingServer</comment>
        <translation>如果有效的客户端被拒绝，请检查严格的语法检查，例如 Postfix strict_rfc821_envelopes 或 reject_invalid_helo_hostname，它们以 501 回复，可能会拦截常见客户端发送的地址和 EHLO 名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MAIL FROM, RCPT TO, EHLO</source>
        <comment>501/contexts/0/context</comment>
        <translation>MAIL FROM、RCPT TO、EHLO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address or host name argument is malformed, for example missing angle brackets or an invalid domain.</source>
        <comment>501/contexts/0/meaning</comment>
        <translation>地址或主机名参数格式错误，例如缺少尖括号或域名无效。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After STARTTLS</source>
        <comment>501/contexts/1/context</comment>
        <translation>STARTTLS 之后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS takes no parameters, and the client sent some.</source>
        <comment>501/contexts/1/meaning</comment>
        <translation>STARTTLS 不带参数，而客户端发送了参数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During AUTH</source>
        <comment>501/contexts/2/context</comment>
        <translation>AUTH 期间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client canceled the exchange with &quot;*&quot;, sent data that is not valid base64, or sent an initial response the mechanism does not allow.</source>
        <comment>501/contexts/2/meaning</comment>
        <translation>客户端用 &quot;*&quot; 取消了交互、发送了无效的 base64 数据，或发送了该机制不允许的初始响应。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>501 accepts the command verb but rejects its arguments, while 500 rejects the command itself.</source>
        <comment>501/confusedWith/500</comment>
        <translation>501 接受命令动词，但拒绝其参数，而 500 拒绝命令本身。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both can follow a bad address; 501 says the argument could not be parsed, while 553 says the server refuses that mailbox name, for syntax or policy reasons.</source>
        <comment>501/confusedWith/553</comment>
        <translation>两者都可能出现在错误的地址之后；501 表示无法解析该参数，而 553 表示服务器出于语法或策略原因拒绝该邮箱名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>501 flags a malformed argument, while 555 flags a well-formed MAIL FROM or RCPT TO parameter that the server does not recognize or implement.</source>
        <comment>501/confusedWith/555</comment>
        <translation>501 指出参数格式错误，而 555 指出格式正确的 MAIL FROM 或 RCPT TO 参数未被服务器识别或实现。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command not implemented</source>
        <comment>502/title</comment>
        <translation>命令未实现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server recognizes the command but does not support it, typically VRFY, EXPN or HELP disabled for security or policy reasons. An old server that only supports HELO may return 502 to EHLO, and the client should then fall back to HELO. A server must not advertise an extension in its EHLO reply and then answer it with 502.</source>
        <comment>502/description</comment>
        <translation>服务器认识该命令但不支持它，通常是出于安全或策略原因而禁用的 VRFY、EXPN 或 HELP。仅支持 HELO 的旧服务器可能对 EHLO 返回 502，此时客户端应退回使用 HELO。服务器不得在 EHLO 回复中通告某个扩展，之后却以 502 回复它。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a recognized but unsupported command, most often VRFY, EXPN or HELP, or after EHLO on a server that only speaks basic SMTP.</source>
        <comment>502/when</comment>
        <translation>在一条可识别但不受支持的命令之后，最常见的是 VRFY、EXPN 或 HELP；或在只支持基本 SMTP 的服务器上的 EHLO 之后。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This rarely affects ordinary sending. If an address-checking or testing tool fails with 502, it depends on VRFY or EXPN, which most providers disable; test with a real delivery instead.</source>
        <comment>502/fix/sender</comment>
        <translation>这很少影响普通的邮件发送。如果某个地址检查或测试工具因 502 而失败，说明它依赖 VRFY 或 EXPN，而大多数服务商都禁用了这两个命令；请改用实际投递进行测试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not depend on VRFY or EXPN. If EHLO gets 502, retry with HELO and use no extensions. If a command listed in the EHLO reply gets 502, report the inconsistency to the receiving side.</source>
        <comment>502/fix/sendingServer</comment>
        <translation>不要依赖 VRFY 或 EXPN。如果 EHLO 得到 502，请改用 HELO 重试，且不使用任何扩展。如果 EHLO 回复中列出的命令得到 502，请向接收方报告这一不一致。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answering VRFY and EXPN with 502 is normal hardening. Make sure the EHLO reply lists only extensions the server really supports, for example STARTTLS only when a certificate is configured.</source>
        <comment>502/fix/receivingServer</comment>
        <translation>对 VRFY 和 EXPN 以 502 回复是常规的加固做法。请确保 EHLO 回复只列出服务器真正支持的扩展，例如只有在配置了证书时才列出 STARTTLS。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>502 means the server recognizes the command but does not implement it, while 500 means it does not recognize the command at all.</source>
        <comment>502/confusedWith/500</comment>
        <translation>502 表示服务器认识该命令，但未实现它，而 500 表示服务器完全不认识该命令。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>502 means the whole command is unsupported, while 504 means the command is supported but the requested parameter or mechanism is not.</source>
        <comment>502/confusedWith/504</comment>
        <translation>502 表示整个命令不受支持，而 504 表示命令受支持，但所请求的参数或机制不受支持。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad sequence of commands</source>
        <comment>503/title</comment>
        <translation>命令顺序错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command is valid but arrived at the wrong point in the session, such as RCPT TO before MAIL FROM, DATA before any accepted recipient, or MAIL FROM before EHLO. AUTH also gets 503 when the client is already authenticated or a mail transaction is open. The server stays in its current state, so the client can continue in the right order.</source>
        <comment>503/description</comment>
        <translation>命令本身有效，但在会话中的错误时刻到达，例如 RCPT TO 在 MAIL FROM 之前、DATA 在任何收件人被接受之前，或 MAIL FROM 在 EHLO 之前。当客户端已通过身份验证或有邮件事务正在进行时，AUTH 也会得到 503。服务器保持当前状态，因此客户端可以按正确的顺序继续。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After MAIL, RCPT, DATA, BDAT or AUTH sent out of order, often because an earlier command failed and the client carried on. After a 554 greeting, the server answers every command except QUIT with 503.</source>
        <comment>503/when</comment>
        <translation>在顺序错误的 MAIL、RCPT、DATA、BDAT 或 AUTH 之后，通常是因为之前的命令失败而客户端仍继续执行。在 554 问候语之后，服务器对除 QUIT 以外的所有命令都以 503 回复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry the send; if the error repeats, the client is probably skipping a failed step, such as a rejected login. Check the earlier replies in the client&apos;s log and update or reconfigure the mail software.</source>
        <comment>503/fix/sender</comment>
        <translation>请重试发送；如果错误重复出现，客户端可能跳过了某个失败的步骤，例如被拒绝的登录。请查看客户端日志中之前的回复，并更新或重新配置邮件软件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the full transcript, because the real failure is usually an earlier reply, such as a rejected MAIL FROM or every RCPT TO refused before DATA. Check pipelining logic, and send EHLO again after STARTTLS.</source>
        <comment>503/fix/sendingServer</comment>
        <translation>阅读完整的会话记录，因为真正的失败通常是之前的某个回复，例如 MAIL FROM 被拒绝，或在 DATA 之前所有 RCPT TO 都被拒绝。检查管道化逻辑，并在 STARTTLS 之后重新发送 EHLO。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm that the server does not reject a valid order, for example MAIL FROM after STARTTLS and a new EHLO. Some servers use 503 to say that authentication is required; 530 states that more clearly.</source>
        <comment>503/fix/receivingServer</comment>
        <translation>确认服务器不会拒绝有效的命令顺序，例如 STARTTLS 和新的 EHLO 之后的 MAIL FROM。有些服务器用 503 表示需要身份验证；530 能更清楚地表达这一点。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail transaction</source>
        <comment>503/contexts/0/context</comment>
        <translation>邮件事务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MAIL FROM, RCPT TO or DATA came before the step it depends on.</source>
        <comment>503/contexts/0/meaning</comment>
        <translation>MAIL FROM、RCPT TO 或 DATA 在其依赖的步骤之前到达。</translation>
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
        <translation>会话已通过身份验证，或有邮件事务正在进行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a 554 greeting</source>
        <comment>503/contexts/2/context</comment>
        <translation>554 问候语之后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server has refused the session and accepts nothing but QUIT.</source>
        <comment>503/contexts/2/meaning</comment>
        <translation>服务器已拒绝该会话，除 QUIT 外不接受任何命令。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>503 means commands came in the wrong order, while 530 means the order was fine but authentication or STARTTLS is required first.</source>
        <comment>503/confusedWith/530</comment>
        <translation>503 表示命令顺序错误，而 530 表示顺序没有问题，但需要先进行身份验证或 STARTTLS。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command parameter not implemented</source>
        <comment>504/title</comment>
        <translation>命令参数未实现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command is supported, but the specific parameter or option requested is not. The most common case is AUTH naming a SASL mechanism the server does not offer, or one that needs an encrypted connection, which RFC 4954 answers with 504 and enhanced code 5.5.4. HELP, VRFY or EXPN with an unsupported argument can also get it.</source>
        <comment>504/description</comment>
        <translation>该命令受支持，但所请求的具体参数或选项不受支持。最常见的情况是 AUTH 指定了服务器未提供的 SASL 机制，或需要加密连接的机制，RFC 4954 对此以 504 和增强状态码 5.5.4 回复。带有不受支持参数的 HELP、VRFY 或 EXPN 也可能得到此回复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most often right after AUTH with a mechanism, such as CRAM-MD5 or XOAUTH2, that the server did not advertise; occasionally after EHLO, HELO, VRFY, EXPN or HELP.</source>
        <comment>504/when</comment>
        <translation>最常见于紧跟在使用服务器未通告的机制（如 CRAM-MD5 或 XOAUTH2）的 AUTH 之后；偶尔出现在 EHLO、HELO、VRFY、EXPN 或 HELP 之后。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the authentication method in the mail client to one the provider supports, usually normal password (PLAIN or LOGIN) or OAuth2. Turn on SSL/TLS or STARTTLS as well, because many servers offer PLAIN and LOGIN only on encrypted connections.</source>
        <comment>504/fix/sender</comment>
        <translation>将邮件客户端中的身份验证方法改为服务商支持的方法，通常是普通密码（PLAIN 或 LOGIN）或 OAuth2。同时启用 SSL/TLS 或 STARTTLS，因为许多服务器只在加密连接上提供 PLAIN 和 LOGIN。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick mechanisms from the AUTH line of the EHLO reply instead of a fixed list. Read the EHLO reply again after STARTTLS, since the offered mechanisms often change, and check settings such as Postfix smtp_sasl_mechanism_filter.</source>
        <comment>504/fix/sendingServer</comment>
        <translation>从 EHLO 回复的 AUTH 行中选择机制，而不是使用固定列表。STARTTLS 之后请重新读取 EHLO 回复，因为提供的机制常常会变化，并检查 Postfix smtp_sasl_mechanism_filter 等设置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check which mechanisms the server advertises before and after TLS, for example Postfix smtpd_sasl_security_options or Dovecot auth_mechanisms, and that the list matches what the authentication backend accepts.</source>
        <comment>504/fix/receivingServer</comment>
        <translation>检查服务器在 TLS 前后通告的机制（例如 Postfix smtpd_sasl_security_options 或 Dovecot auth_mechanisms），并确认该列表与身份验证后端接受的机制一致。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After AUTH</source>
        <comment>504/contexts/0/context</comment>
        <translation>AUTH 之后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The requested authentication mechanism is not supported, or not available on this connection.</source>
        <comment>504/contexts/0/meaning</comment>
        <translation>所请求的身份验证机制不受支持，或在此连接上不可用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other commands</source>
        <comment>504/contexts/1/context</comment>
        <translation>其他命令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command is supported, but the given parameter is not.</source>
        <comment>504/contexts/1/meaning</comment>
        <translation>该命令受支持，但给出的参数不受支持。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>504 means the command is supported but the parameter or mechanism is not, while 502 means the whole command is unsupported.</source>
        <comment>504/confusedWith/502</comment>
        <translation>504 表示命令受支持，但参数或机制不受支持，而 502 表示整个命令不受支持。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>504 means the server does not offer the requested mechanism, while 534 means it offers it but policy considers it too weak for this user.</source>
        <comment>504/confusedWith/534</comment>
        <translation>504 表示服务器不提供所请求的机制，而 534 表示服务器提供该机制，但策略认为它对该用户来说太弱。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host does not accept mail</source>
        <comment>521/title</comment>
        <translation>主机不接受邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The host never accepts mail under any circumstances, typically a dummy SMTP listener on a machine that is not a mail server. RFC 7504 reserves 521 for the connection greeting, sent instead of 220; the IANA registry pairs it with X.3.2. Sending servers should treat it as a permanent refusal from that host.</source>
        <comment>521/description</comment>
        <translation>该主机在任何情况下都不接受邮件，通常是在并非邮件服务器的机器上运行的虚设 SMTP 监听程序。RFC 7504 将 521 保留用于连接问候语，代替 220 发送；IANA 注册表将它与 X.3.2 配对。发送方服务器应将其视为该主机的永久性拒绝。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the greeting, instead of 220, as soon as the connection opens. If the client sends commands other than QUIT, the server may keep answering 521 or simply close the connection.</source>
        <comment>521/when</comment>
        <translation>在问候语中代替 220，连接一建立就发送。如果客户端发送 QUIT 以外的命令，服务器可能继续以 521 回复，或直接关闭连接。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the recipient&apos;s address for a typo in the domain. If the address is correct, the recipient&apos;s domain sends mail to a host that refuses it, so contact the recipient another way and let them know.</source>
        <comment>521/fix/sender</comment>
        <translation>检查收件人地址的域名部分是否有拼写错误。如果地址正确，说明收件人的域将邮件发往一个拒收邮件的主机，因此请通过其他方式联系收件人并告知对方。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check which host answered: look up the recipient domain&apos;s MX records, and whether the MTA fell back to the A record because no MX exists. Do not retry that host; a 521 from a host meant to receive mail points to a DNS mistake on the receiving side.</source>
        <comment>521/fix/sendingServer</comment>
        <translation>检查是哪个主机作出的回复：查询收件人域的 MX 记录，并查看 MTA 是否因不存在 MX 而退回使用 A 记录。不要重试该主机；本应接收邮件的主机返回 521，说明接收方存在 DNS 配置错误。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If this host should receive mail, replace the dummy listener with the real MTA or correct the MX records. A host that answers 521 should not be listed as an MX; publish a null MX (RFC 7505) for domains that never receive mail.</source>
        <comment>521/fix/receivingServer</comment>
        <translation>如果该主机应接收邮件，请用真正的 MTA 替换虚设监听程序，或更正 MX 记录。返回 521 的主机不应被列为 MX；对于从不接收邮件的域，请发布空 MX（RFC 7505）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both can replace the 220 greeting; 521 says the host never accepts mail at all, while 554 says this server refuses this particular session, often because of the client&apos;s IP reputation.</source>
        <comment>521/confusedWith/554</comment>
        <translation>两者都可以代替 220 问候语；521 表示该主机根本不接受任何邮件，而 554 表示该服务器拒绝这一特定会话，通常是因为客户端 IP 的信誉。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>521 comes from a host that refuses all mail itself, while 556 comes from another server reporting that the destination domain accepts no mail, usually because of a null MX.</source>
        <comment>521/confusedWith/556</comment>
        <translation>521 来自本身拒收所有邮件的主机，而 556 来自另一台服务器，它报告目标域不接受邮件，通常是因为空 MX。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption needed for authentication</source>
        <comment>523/title</comment>
        <translation>身份验证需要加密</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refuses the requested authentication mechanism until a strong privacy layer, such as TLS, protects the connection. It is aimed mainly at clear-text mechanisms such as PLAIN and LOGIN. The code comes from the IANA enhanced status code registry, which pairs it with X.7.10 (RFC 5248); the client can start TLS or choose a stronger mechanism.</source>
        <comment>523/description</comment>
        <translation>在连接受到强隐私保护层（如 TLS）保护之前，服务器拒绝所请求的身份验证机制。它主要针对 PLAIN 和 LOGIN 等明文机制。该代码来自 IANA 增强状态码注册表，该注册表将它与 X.7.10 配对（RFC 5248）；客户端可以启动 TLS 或选择更强的机制。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right after AUTH with a clear-text mechanism on a connection that is not yet encrypted.</source>
        <comment>523/when</comment>
        <translation>在尚未加密的连接上，紧跟在使用明文机制的 AUTH 之后。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable SSL/TLS (usually port 465) or STARTTLS (usually port 587) in the mail client&apos;s outgoing server settings, then send again. Alternatively, choose a stronger authentication method if the provider offers one.</source>
        <comment>523/fix/sender</comment>
        <translation>在邮件客户端的发件服务器设置中启用 SSL/TLS（通常为 465 端口）或 STARTTLS（通常为 587 端口），然后重新发送。或者，如果服务商提供更强的身份验证方法，请选择该方法。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue STARTTLS and a new EHLO before AUTH, or connect with implicit TLS on port 465. Configure the MTA to require TLS for relays that need authentication, for example Postfix smtp_tls_security_level = encrypt.</source>
        <comment>523/fix/sendingServer</comment>
        <translation>在 AUTH 之前发出 STARTTLS 和新的 EHLO，或通过 465 端口以隐式 TLS 连接。将 MTA 配置为对需要身份验证的中继强制使用 TLS，例如 Postfix smtp_tls_security_level = encrypt。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply works as intended. To avoid it, advertise clear-text mechanisms only after TLS is active, for example with Postfix smtpd_tls_auth_only or Dovecot disable_plaintext_auth.</source>
        <comment>523/fix/receivingServer</comment>
        <translation>该回复按预期工作。为避免出现此回复，请仅在 TLS 激活后通告明文机制，例如使用 Postfix smtpd_tls_auth_only 或 Dovecot disable_plaintext_auth。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>523 (X.7.10) asks for an encryption layer before a clear-text mechanism may be used, while 538 (X.7.11) is the RFC 4954 reply for a mechanism allowed only on encrypted connections; both are fixed by starting TLS.</source>
        <comment>523/confusedWith/538</comment>
        <translation>523（X.7.10）要求在使用明文机制之前建立加密层，而 538（X.7.11）是 RFC 4954 规定的回复，用于仅允许在加密连接上使用的机制；两者都可以通过启动 TLS 解决。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>523 answers AUTH on an unencrypted connection, while 530 answers mail commands sent before required authentication or STARTTLS.</source>
        <comment>523/confusedWith/530</comment>
        <translation>523 回复未加密连接上的 AUTH，而 530 回复在完成必需的身份验证或 STARTTLS 之前发送的邮件命令。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption required for mechanism</source>
        <comment>524/title</comment>
        <translation>机制需要加密</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected authentication mechanism may only be used on an encrypted connection. The IANA enhanced status code registry lists 524 alongside 538 for X.7.11, whose definition comes from RFC 4954; RFC 4954 itself uses 538. Treat 524 like 538: start TLS, then authenticate again.</source>
        <comment>524/description</comment>
        <translation>所选的身份验证机制只能在加密连接上使用。IANA 增强状态码注册表将 524 与 538 一同列于 X.7.11 之下，其定义来自 RFC 4954；RFC 4954 本身使用 538。请像对待 538 一样对待 524：启动 TLS，然后重新进行身份验证。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right after AUTH on a connection that is not protected by TLS.</source>
        <comment>524/when</comment>
        <translation>在未受 TLS 保护的连接上，紧跟在 AUTH 之后。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on SSL/TLS or STARTTLS for the outgoing server in the mail client, with the port the provider documents (usually 465 or 587), and try again.</source>
        <comment>524/fix/sender</comment>
        <translation>在邮件客户端中为发件服务器启用 SSL/TLS 或 STARTTLS，并使用服务商文档中说明的端口（通常为 465 或 587），然后重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negotiate STARTTLS and repeat EHLO before AUTH, or use implicit TLS on port 465. Check that certificate or protocol errors are not making the client fall back to an unencrypted session.</source>
        <comment>524/fix/sendingServer</comment>
        <translation>在 AUTH 之前协商 STARTTLS 并重新发送 EHLO，或通过 465 端口使用隐式 TLS。检查是否有证书或协议错误导致客户端退回到未加密的会话。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server enforces its policy correctly. Advertise mechanisms that need encryption only after TLS is active, as RFC 4954 recommends, so clients do not try them too early.</source>
        <comment>524/fix/receivingServer</comment>
        <translation>服务器正确地执行了其策略。按照 RFC 4954 的建议，仅在 TLS 激活后通告需要加密的机制，以免客户端过早尝试这些机制。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>524 and 538 share the same registry meaning (X.7.11), but 538 is the code RFC 4954 actually specifies.</source>
        <comment>524/confusedWith/538</comment>
        <translation>524 和 538 在注册表中的含义相同（X.7.11），但 RFC 4954 实际规定的代码是 538。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>524 (X.7.11) says this mechanism requires an encrypted connection, while 523 (X.7.10) says an encryption layer is needed before a clear-text mechanism can be used.</source>
        <comment>524/confusedWith/523</comment>
        <translation>524（X.7.11）表示该机制需要加密连接，而 523（X.7.10）表示在使用明文机制之前需要加密层。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User account disabled</source>
        <comment>525/title</comment>
        <translation>用户账户已禁用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication succeeded, but an administrator has disabled the account, for example for non-payment, abuse or a suspected break-in. Unlike a credentials failure, retrying or retyping the password will not help until the account is re-enabled. The IANA enhanced status code registry pairs it with X.7.13 (RFC 5248).</source>
        <comment>525/description</comment>
        <translation>身份验证已成功，但管理员禁用了该账户，例如因为欠费、滥用或疑似被入侵。与凭据错误不同，在账户重新启用之前，重试或重新输入密码都无济于事。IANA 增强状态码注册表将它与 X.7.13 配对（RFC 5248）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right after a successful AUTH exchange for an account that is disabled, suspended or locked.</source>
        <comment>525/when</comment>
        <translation>对已禁用、暂停或锁定的账户，在 AUTH 交互成功后立即发送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop retrying the password. Contact your email provider or administrator to learn why the account was disabled, for example an unpaid bill, a security lock after suspicious sign-ins, or outgoing spam, and ask them to re-enable it.</source>
        <comment>525/fix/sender</comment>
        <translation>停止重试密码。请联系您的电子邮件服务商或管理员，了解账户被禁用的原因（例如账单未付、可疑登录后的安全锁定或发出垃圾邮件），并请他们重新启用账户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop retrying with this account and alert its owner, because repeated attempts can extend a security lock. If it is a service or relay login, switch to a working account until it is re-enabled.</source>
        <comment>525/fix/sendingServer</comment>
        <translation>停止使用该账户重试并通知其所有者，因为反复尝试可能会延长安全锁定。如果这是服务账户或中继登录，请在其重新启用之前改用可正常工作的账户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the account status in the user directory or admin console, and the authentication logs for why it was disabled. Re-enable it once the cause is resolved, and reset the password if it was compromised.</source>
        <comment>525/fix/receivingServer</comment>
        <translation>在用户目录或管理控制台中检查账户状态，并在身份验证日志中查找其被禁用的原因。原因解决后重新启用账户；如果密码已泄露，请重置密码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>525 means the credentials were correct but the account is disabled, while 535 means the credentials themselves were rejected.</source>
        <comment>525/confusedWith/535</comment>
        <translation>525 表示凭据正确但账户已禁用，而 535 表示凭据本身被拒绝。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication or STARTTLS required</source>
        <comment>530/title</comment>
        <translation>需要身份验证或 STARTTLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server will not carry out the command until the client authenticates or starts TLS, depending on context. Under RFC 4954 it means authentication is required (5.7.0), typically for relaying through a submission server. Under RFC 3207, a server that requires TLS sends &quot;Must issue a STARTTLS command first&quot; to every command except NOOP, EHLO, STARTTLS and QUIT. The reply text says which applies.</source>
        <comment>530/description</comment>
        <translation>根据上下文，在客户端进行身份验证或启动 TLS 之前，服务器不会执行该命令。按照 RFC 4954，它表示需要身份验证（5.7.0），通常用于通过提交服务器中继的情况。按照 RFC 3207，要求 TLS 的服务器会对除 NOOP、EHLO、STARTTLS 和 QUIT 以外的所有命令发送 &quot;Must issue a STARTTLS command first&quot;。回复文本会说明属于哪种情况。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually at MAIL FROM or RCPT TO when the client has not logged in, or at the first command after EHLO when the server requires STARTTLS.</source>
        <comment>530/when</comment>
        <translation>通常在客户端尚未登录时出现在 MAIL FROM 或 RCPT TO 处，或在服务器要求 STARTTLS 时出现在 EHLO 之后的第一条命令处。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on &quot;My outgoing server requires authentication&quot; in the mail client and use the same user name and password as for incoming mail, or an app password if two-step verification is on. If the text mentions STARTTLS, enable SSL/TLS or STARTTLS on port 587 or 465.</source>
        <comment>530/fix/sender</comment>
        <translation>在邮件客户端中开启 &quot;My outgoing server requires authentication&quot;，并使用与收信相同的用户名和密码；如果开启了两步验证，则使用应用专用密码。如果文本提到 STARTTLS，请在 587 或 465 端口上启用 SSL/TLS 或 STARTTLS。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configure SASL credentials for the relay, for example Postfix smtp_sasl_auth_enable with smtp_sasl_password_maps, so AUTH precedes MAIL FROM. For a STARTTLS demand, enable client-side TLS, such as Postfix smtp_tls_security_level, and repeat EHLO after the handshake.</source>
        <comment>530/fix/sendingServer</comment>
        <translation>为中继配置 SASL 凭据，例如 Postfix smtp_sasl_auth_enable 配合 smtp_sasl_password_maps，使 AUTH 先于 MAIL FROM 发送。对于 STARTTLS 要求，请启用客户端 TLS（如 Postfix smtp_tls_security_level），并在握手后重新发送 EHLO。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the client should be allowed without login, such as a trusted internal host, add it to the trusted networks (Postfix mynetworks). Keep authentication mandatory on submission ports, but do not require STARTTLS on a publicly referenced MX, which RFC 3207 forbids.</source>
        <comment>530/fix/receivingServer</comment>
        <translation>如果应允许该客户端无需登录（例如受信任的内部主机），请将其添加到受信任网络中（Postfix mynetworks）。在提交端口上保持身份验证为必需，但不要在公开引用的 MX 上强制要求 STARTTLS，RFC 3207 禁止这样做。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication required (RFC 4954)</source>
        <comment>530/contexts/0/context</comment>
        <translation>需要身份验证（RFC 4954）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command needs an authenticated session, so the client must send AUTH first.</source>
        <comment>530/contexts/0/meaning</comment>
        <translation>该命令需要已通过身份验证的会话，因此客户端必须先发送 AUTH。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS required (RFC 3207)</source>
        <comment>530/contexts/1/context</comment>
        <translation>需要 STARTTLS（RFC 3207）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server requires TLS before it accepts anything except NOOP, EHLO, STARTTLS and QUIT.</source>
        <comment>530/contexts/1/meaning</comment>
        <translation>服务器要求先建立 TLS，之后才接受除 NOOP、EHLO、STARTTLS 和 QUIT 以外的任何命令。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>530 means the client has not authenticated yet, while 535 means it tried and the credentials were rejected.</source>
        <comment>530/confusedWith/535</comment>
        <translation>530 表示客户端尚未进行身份验证，而 535 表示客户端尝试过，但凭据被拒绝。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>530 means authentication or TLS is missing, while 503 means commands arrived in the wrong order.</source>
        <comment>530/confusedWith/503</comment>
        <translation>530 表示缺少身份验证或 TLS，而 503 表示命令到达的顺序错误。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery not authorized (rare)</source>
        <comment>533/title</comment>
        <translation>投递未获授权（罕见）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No RFC defines the text of 533; the IANA enhanced status code registry lists it among the basic codes used with X.7.1, &quot;Delivery not authorized, message refused&quot;. Read it as a permanent policy refusal: the server will not accept this sender, recipient or message for a security or policy reason. The reply text and enhanced code usually give the details.</source>
        <comment>533/description</comment>
        <translation>没有任何 RFC 定义 533 的文本；IANA 增强状态码注册表将它列为与 X.7.1 搭配使用的基本回复码之一，X.7.1 即 &quot;Delivery not authorized, message refused&quot;。请将其理解为永久性的策略拒绝：出于安全或策略原因，服务器不会接受该发件人、收件人或邮件。回复文本和增强状态码通常会给出详细信息。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No specification ties 533 to a particular command, so treat it as a policy refusal at whatever step it appears.</source>
        <comment>533/when</comment>
        <translation>没有任何规范将 533 与特定命令关联，因此无论它出现在哪一步，都应视为策略拒绝。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the reply text and enhanced code for the reason. Check that you may send to this recipient or list, and that you are sending through your own provider&apos;s server with authentication.</source>
        <comment>533/fix/sender</comment>
        <translation>阅读回复文本和增强状态码以了解原因。检查您是否有权向该收件人或列表发信，以及是否通过自己服务商的服务器并经过身份验证发送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the stated reason and the usual policy causes: relaying without authentication, a sending IP on a block list, and failing SPF, DKIM or DMARC for the sender domain. Do not retry the message unchanged.</source>
        <comment>533/fix/sendingServer</comment>
        <translation>检查所述原因以及常见的策略原因：未经身份验证的中继、发送 IP 位于黑名单上，以及发件人域的 SPF、DKIM 或 DMARC 检查失败。不要原样重试该邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the policy rule that produced 533 in the server logs. Consider 550 with X.7.1 instead, since clients and bounce parsers handle it more reliably than this rare code.</source>
        <comment>533/fix/receivingServer</comment>
        <translation>在服务器日志中找出产生 533 的策略规则。考虑改用 550 配合 X.7.1，因为客户端和退信（NDR）解析程序处理它比处理这个罕见代码更可靠。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>533 is a rarely used code that the registry ties to X.7.1, while 550 with X.7.1 is the usual way servers report the same kind of policy refusal.</source>
        <comment>533/confusedWith/550</comment>
        <translation>533 是很少使用的代码，注册表将它与 X.7.1 关联，而 550 配合 X.7.1 是服务器报告同类策略拒绝的常用方式。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>533 refuses the action on policy grounds, while 530 only asks the client to authenticate or start TLS first.</source>
        <comment>533/confusedWith/530</comment>
        <translation>533 基于策略拒绝该操作，而 530 只是要求客户端先进行身份验证或启动 TLS。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication mechanism too weak</source>
        <comment>534/title</comment>
        <translation>身份验证机制太弱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server offers the requested SASL mechanism, but policy does not allow it for this user because it is weaker than required. The client should retry AUTH with a stronger mechanism; the enhanced code is 5.7.9. Some providers, such as Gmail, also use 534 to demand an app password instead of the normal account password.</source>
        <comment>534/description</comment>
        <translation>服务器提供所请求的 SASL 机制，但由于它弱于要求，策略不允许该用户使用。客户端应使用更强的机制重试 AUTH；增强状态码为 5.7.9。有些服务商（如 Gmail）也用 534 要求使用应用专用密码，而不是普通的账户密码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right after AUTH names a mechanism, or supplies a credential type, that the server considers too weak for the account.</source>
        <comment>534/when</comment>
        <translation>紧跟在 AUTH 之后，此时其指定的机制或提供的凭据类型被服务器认为对该账户来说太弱。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch the mail client to a stronger sign-in method, such as OAuth2, if offered. With Gmail and similar providers, 534 often means an app password is required because two-step verification is on: create one in the account&apos;s security settings and use it instead of the normal password.</source>
        <comment>534/fix/sender</comment>
        <translation>如果服务商提供更强的登录方式（如 OAuth2），请将邮件客户端切换为该方式。对于 Gmail 及类似服务商，534 通常表示由于开启了两步验证而需要应用专用密码：请在账户的安全设置中创建一个，并用它代替普通密码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a stronger mechanism from the server&apos;s AUTH list, or use OAuth2 or an app password for provider accounts. Check settings that pin a mechanism, such as Postfix smtp_sasl_mechanism_filter.</source>
        <comment>534/fix/sendingServer</comment>
        <translation>从服务器的 AUTH 列表中选择更强的机制，或对服务商账户使用 OAuth2 或应用专用密码。检查固定使用某种机制的设置，例如 Postfix smtp_sasl_mechanism_filter。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm that the per-user policy is intended, and that the EHLO reply does not advertise mechanisms users may never use, so clients can pick an acceptable one on the first attempt.</source>
        <comment>534/fix/receivingServer</comment>
        <translation>确认按用户设置的策略符合预期，并确认 EHLO 回复不会通告用户永远无法使用的机制，以便客户端在第一次尝试时就能选择可接受的机制。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>534 rejects the authentication method, while 535 rejects the credentials supplied with an acceptable method.</source>
        <comment>534/confusedWith/535</comment>
        <translation>534 拒绝的是身份验证方法，而 535 拒绝的是使用可接受方法提供的凭据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>534 means the mechanism exists but is too weak for this user, while 504 means the server does not offer the mechanism at all.</source>
        <comment>534/confusedWith/504</comment>
        <translation>534 表示该机制存在，但对该用户来说太弱，而 504 表示服务器根本不提供该机制。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication credentials invalid</source>
        <comment>535/title</comment>
        <translation>身份验证凭据无效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The AUTH exchange failed because the user name, password or token was wrong or insufficient; the enhanced code is usually 5.7.8. The client should ask for new credentials instead of retrying the same ones. Providers also return 535 when the normal account password is refused, for example because an app password or OAuth sign-in is required.</source>
        <comment>535/description</comment>
        <translation>AUTH 交互失败，因为用户名、密码或令牌错误或不足；增强状态码通常为 5.7.8。客户端应请求新的凭据，而不是用相同的凭据重试。当普通账户密码被拒绝时（例如因为需要应用专用密码或 OAuth 登录），服务商也会返回 535。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the end of the AUTH exchange, after the server has checked the user name and password or token.</source>
        <comment>535/when</comment>
        <translation>在 AUTH 交互结束时，服务器核验用户名和密码或令牌之后。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-enter the user name, often the full email address, and the password. If two-step verification is on, create an app password; if the provider has disabled basic authentication, switch the client to OAuth2. Check that the account is not locked after failed attempts.</source>
        <comment>535/fix/sender</comment>
        <translation>重新输入用户名（通常是完整的电子邮件地址）和密码。如果开启了两步验证，请创建应用专用密码；如果服务商已禁用基本身份验证，请将客户端切换为 OAuth2。检查账户是否因多次尝试失败而被锁定。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the stored relay credentials, for example the Postfix sasl_passwd entry and its rebuilt map, and that the user name format matches what the provider expects. Watch for expired passwords, rotated API keys and tenant policies that disable SMTP AUTH.</source>
        <comment>535/fix/sendingServer</comment>
        <translation>核实存储的中继凭据，例如 Postfix sasl_passwd 条目及其重新生成的映射表，并确认用户名格式符合服务商的要求。注意密码过期、API 密钥轮换以及禁用 SMTP AUTH 的租户策略。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the authentication logs, such as Dovecot auth logs or Exchange protocol logs, for the reason: unknown user, wrong password, SMTP AUTH disabled for the mailbox, or an unreachable directory. Rate-limit repeated failures to slow password guessing.</source>
        <comment>535/fix/receivingServer</comment>
        <translation>查看身份验证日志（如 Dovecot auth 日志或 Exchange 协议日志）以找出原因：未知用户、密码错误、该邮箱已禁用 SMTP AUTH，或目录服务无法访问。对反复失败的尝试实施速率限制，以减缓密码猜测。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>535 means the client tried to authenticate and failed, while 530 means it has not authenticated at all.</source>
        <comment>535/confusedWith/530</comment>
        <translation>535 表示客户端尝试了身份验证但失败，而 530 表示客户端根本没有进行身份验证。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>535 is a permanent rejection of the credentials, while 454 is a temporary authentication failure, for example when the password backend is unreachable.</source>
        <comment>535/confusedWith/454</comment>
        <translation>535 是对凭据的永久性拒绝，而 454 是暂时性的身份验证失败，例如密码后端无法访问时。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>535 rejects the credentials, while 525 accepts them but reports that the account is disabled.</source>
        <comment>535/confusedWith/525</comment>
        <translation>535 拒绝凭据，而 525 接受凭据，但报告账户已禁用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption required for mechanism</source>
        <comment>538/title</comment>
        <translation>机制需要加密</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected SASL mechanism is allowed only when the SMTP connection is encrypted, so the server rejects AUTH on a clear-text connection. RFC 4954 defines it with enhanced code 5.7.11 and keeps it mainly for historical reasons, because modern servers should not offer such mechanisms before TLS is active.</source>
        <comment>538/description</comment>
        <translation>所选的 SASL 机制只允许在 SMTP 连接加密时使用，因此服务器拒绝明文连接上的 AUTH。RFC 4954 将它与增强状态码 5.7.11 一起定义，保留它主要是出于历史原因，因为现代服务器不应在 TLS 激活之前提供此类机制。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right after AUTH on a connection where STARTTLS has not been negotiated.</source>
        <comment>538/when</comment>
        <translation>在尚未协商 STARTTLS 的连接上，紧跟在 AUTH 之后。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable SSL/TLS or STARTTLS for the outgoing server in the mail client, with the port the provider documents (usually 465 or 587), and send again.</source>
        <comment>538/fix/sender</comment>
        <translation>在邮件客户端中为发件服务器启用 SSL/TLS 或 STARTTLS，并使用服务商文档中说明的端口（通常为 465 或 587），然后重新发送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue STARTTLS, repeat EHLO and only then send AUTH, or connect with implicit TLS on port 465. Make the MTA require TLS before it sends credentials, for example Postfix smtp_tls_security_level = encrypt for that relay.</source>
        <comment>538/fix/sendingServer</comment>
        <translation>先发出 STARTTLS，再次发送 EHLO，然后才发送 AUTH，或通过 465 端口以隐式 TLS 连接。让 MTA 在发送凭据之前强制使用 TLS，例如针对该中继设置 Postfix smtp_tls_security_level = encrypt。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advertise mechanisms that need encryption only after TLS is established, as RFC 4954 recommends, for example with Postfix smtpd_tls_auth_only. Clients then never try them too early.</source>
        <comment>538/fix/receivingServer</comment>
        <translation>按照 RFC 4954 的建议，仅在 TLS 建立后通告需要加密的机制，例如使用 Postfix smtpd_tls_auth_only。这样客户端就永远不会过早尝试这些机制。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>538 accepts the mechanism once the connection is encrypted, while 534 rejects the mechanism as too weak regardless of encryption.</source>
        <comment>538/confusedWith/534</comment>
        <translation>538 在连接加密后即接受该机制，而 534 无论是否加密，都以机制太弱为由拒绝它。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>538 answers AUTH on an unencrypted connection, while 530 answers other commands sent before required authentication or STARTTLS.</source>
        <comment>538/confusedWith/530</comment>
        <translation>538 回复未加密连接上的 AUTH，而 530 回复在完成必需的身份验证或 STARTTLS 之前发送的其他命令。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox unavailable or rejected</source>
        <comment>550/title</comment>
        <translation>邮箱不可用或被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server permanently refused the action, most often at RCPT TO because the mailbox does not exist, or at any step for policy reasons: a block list, failed SPF, DKIM or DMARC checks, denied relaying, or an unacceptable sender. The enhanced code, such as 5.1.1 for an unknown user or 5.7.1 for policy, identifies the actual reason.</source>
        <comment>550/description</comment>
        <translation>服务器永久性地拒绝了该操作，最常见于 RCPT TO，原因是邮箱不存在；也可能出于策略原因出现在任何步骤：黑名单、SPF、DKIM 或 DMARC 检查失败、拒绝中继，或发件人不可接受。增强状态码（如表示未知用户的 5.1.1 或表示策略的 5.7.1）标明了实际原因。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most often in reply to RCPT TO, but also to MAIL FROM, EHLO, VRFY or EXPN, and after the final dot of DATA when content or authentication checks fail.</source>
        <comment>550/when</comment>
        <translation>最常见于对 RCPT TO 的回复，也用于回复 MAIL FROM、EHLO、VRFY 或 EXPN，以及在内容或身份验证检查失败时出现在 DATA 的结束句点之后。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the recipient address for typos and confirm it still exists. If the text mentions spam, policy or a block list, the problem lies with your sending server or domain, so forward the bounce to your email administrator or provider.</source>
        <comment>550/fix/sender</comment>
        <translation>检查收件人地址是否有拼写错误，并确认该地址仍然存在。如果文本提到垃圾邮件、策略或黑名单，说明问题出在您的发送方服务器或域，请将退信（NDR）转发给您的电子邮件管理员或服务商。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the enhanced code and text. For 5.1.1, remove the address from your lists. For 5.7.x, check the sending IP on block lists, SPF, DKIM and DMARC alignment, reverse DNS, and that you are not relaying without authentication. Do not retry the message unchanged.</source>
        <comment>550/fix/sendingServer</comment>
        <translation>阅读增强状态码和文本。对于 5.1.1，请将该地址从您的列表中删除。对于 5.7.x，请检查发送 IP 是否在黑名单上、SPF、DKIM 和 DMARC 是否对齐、反向 DNS，并确认您没有在未经身份验证的情况下进行中继。不要原样重试该邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the rejection is wrong, find the rule that fired in the logs: recipient lookup tables, alias maps, block list checks, sender restrictions or content filters. Use clear reply text and precise enhanced codes so senders can act.</source>
        <comment>550/fix/receivingServer</comment>
        <translation>如果拒绝有误，请在日志中找出触发的规则：收件人查询表、别名映射、黑名单检查、发件人限制或内容过滤器。使用清晰的回复文本和精确的增强状态码，以便发件人采取措施。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>550 is a permanent refusal that should not be retried unchanged, while 450 is temporary, for example greylisting or a busy mailbox, and is retried automatically.</source>
        <comment>550/confusedWith/450</comment>
        <translation>550 是永久性拒绝，不应原样重试，而 450 是暂时性的（例如灰名单或邮箱正忙），会自动重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>550 usually means a well-formed address is unavailable or refused by policy, while 553 objects to the address itself, its syntax or who may use it.</source>
        <comment>550/confusedWith/553</comment>
        <translation>550 通常表示格式正确的地址不可用或被策略拒绝，而 553 针对的是地址本身、其语法或谁有权使用它。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>550 usually concerns one recipient or sender, while 554 usually refuses the whole transaction or connection.</source>
        <comment>550/confusedWith/554</comment>
        <translation>550 通常涉及单个收件人或发件人，而 554 通常拒绝整个事务或连接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User not local</source>
        <comment>551/title</comment>
        <translation>非本地用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient is not hosted on this server, and the server will not forward the message. The reply text may name the correct address, which the client can then use. Many servers disable this reply because it reveals where users have moved; the IANA registry also lists 551 with X.7.1 for policy refusals.</source>
        <comment>551/description</comment>
        <translation>收件人不在此服务器上，服务器也不会转发该邮件。回复文本可能会给出正确的地址，客户端可以改用该地址。许多服务器禁用此回复，因为它会泄露用户迁移到了哪里；IANA 注册表还将 551 与 X.7.1 一同列出，用于策略拒绝。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to RCPT TO for an address the server knows is handled elsewhere, and occasionally to VRFY.</source>
        <comment>551/when</comment>
        <translation>在服务器知道某地址由别处处理时，对 RCPT TO 的回复，偶尔也用于回复 VRFY。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for a new address in the reply text, confirm it with the recipient, and resend. If no address is given, check the domain spelling and ask the recipient for their current address.</source>
        <comment>551/fix/sender</comment>
        <translation>在回复文本中查找新地址，向收件人确认后重新发送。如果没有给出地址，请检查域名拼写，并向收件人询问其当前地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not rewrite recipients automatically from the 551 text without checking it. If the text indicates a policy or relaying refusal, authenticate to the server or send mail for that domain to its proper MX.</source>
        <comment>551/fix/sendingServer</comment>
        <translation>不要未经核实就根据 551 的文本自动改写收件人。如果文本表明是策略或中继拒绝，请向该服务器进行身份验证，或将发往该域的邮件发送到其正确的 MX。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the user moved, consider a forwarding alias for a transition period. If 551 is returned for domains you do host, check the virtual domain and relay domain settings.</source>
        <comment>551/fix/receivingServer</comment>
        <translation>如果用户已迁移，可以考虑在过渡期内设置转发别名。如果对您确实托管的域返回了 551，请检查虚拟域和中继域设置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>251 means the server accepts the message and forwards it itself, while 551 means it refuses and leaves resending to the client.</source>
        <comment>551/confusedWith/251</comment>
        <translation>251 表示服务器接受邮件并自行转发，而 551 表示服务器拒绝邮件，由客户端自行重新发送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>551 says the user is not on this server and may point to a new address, while 550 says the mailbox is unavailable or refused, with no forwarding hint.</source>
        <comment>551/confusedWith/550</comment>
        <translation>551 表示该用户不在此服务器上，并可能指向新地址，而 550 表示邮箱不可用或被拒绝，不提供转发提示。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage or size limit exceeded</source>
        <comment>552/title</comment>
        <translation>超出存储或大小限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server aborted the action because a storage limit would be exceeded: the message is larger than the server or mailbox allows, or the recipient&apos;s quota is full. With the SIZE extension (RFC 1870), a server can reject MAIL FROM at once when the declared size exceeds its fixed maximum. Older servers also used 552 for too many recipients, which should be 452.</source>
        <comment>552/description</comment>
        <translation>服务器中止了该操作，因为会超出存储限制：邮件大于服务器或邮箱允许的大小，或收件人的配额已满。借助 SIZE 扩展（RFC 1870），当声明的大小超过固定上限时，服务器可以立即拒绝 MAIL FROM。旧服务器也曾用 552 表示收件人过多，而这本应使用 452。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At MAIL FROM when the SIZE parameter is over the limit, at RCPT TO for a full mailbox, or after the final dot of DATA or the last BDAT chunk when the message is too big.</source>
        <comment>552/when</comment>
        <translation>当 SIZE 参数超出限制时出现在 MAIL FROM 处，邮箱已满时出现在 RCPT TO 处，或邮件过大时出现在 DATA 的结束句点或最后一个 BDAT 数据块之后。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the message smaller: compress or remove attachments, or share large files through a link. Encoding adds about a third to attachment size. If the text mentions a quota or full mailbox, tell the recipient another way so they can free space.</source>
        <comment>552/fix/sender</comment>
        <translation>减小邮件大小：压缩或删除附件，或通过链接共享大文件。编码会使附件大小增加约三分之一。如果文本提到配额或邮箱已满，请通过其他方式告知收件人，以便其释放空间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the message size with the SIZE value in the EHLO reply, and check your own limit, such as Postfix message_size_limit. Treat a 552 for too many recipients as temporary and send the remaining recipients in a new transaction.</source>
        <comment>552/fix/sendingServer</comment>
        <translation>将邮件大小与 EHLO 回复中的 SIZE 值进行比较，并检查您自己的限制，例如 Postfix message_size_limit。将因收件人过多而产生的 552 视为暂时性错误，并在新事务中发送其余收件人。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the size limits, such as Postfix message_size_limit or Exchange connector limits, and the recipient&apos;s mailbox quota. Advertise the real limit with SIZE so clients can avoid sending oversized messages.</source>
        <comment>552/fix/receivingServer</comment>
        <translation>检查大小限制（如 Postfix message_size_limit 或 Exchange 连接器限制）以及收件人的邮箱配额。通过 SIZE 通告真实的限制，使客户端能够避免发送超大邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MAIL FROM with SIZE</source>
        <comment>552/contexts/0/context</comment>
        <translation>带 SIZE 的 MAIL FROM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The declared message size exceeds the server&apos;s fixed maximum.</source>
        <comment>552/contexts/0/meaning</comment>
        <translation>声明的邮件大小超过了服务器的固定上限。</translation>
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
        <translation>收件人的邮箱超出配额，或者（在旧服务器上）给出的收件人过多。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After DATA or BDAT</source>
        <comment>552/contexts/2/context</comment>
        <translation>DATA 或 BDAT 之后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The received message exceeded a size limit or the recipient&apos;s storage allocation.</source>
        <comment>552/contexts/2/meaning</comment>
        <translation>收到的邮件超出了大小限制或收件人的存储分配。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>552 is a permanent failure for this message, such as exceeding the size limit, while 452 reports a temporary shortage of storage or too many recipients for this transaction.</source>
        <comment>552/confusedWith/452</comment>
        <translation>552 是针对该邮件的永久性失败（例如超出大小限制），而 452 报告暂时性的存储空间不足，或该事务的收件人过多。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both can reject an oversized message; 552 names a storage or size problem, while 554 is a general transaction failure.</source>
        <comment>552/confusedWith/554</comment>
        <translation>两者都可以拒绝超大邮件；552 指明是存储或大小问题，而 554 是一般性的事务失败。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox name not allowed</source>
        <comment>553/title</comment>
        <translation>邮箱名称不被允许</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the address itself: its syntax is invalid, its domain is unacceptable, or policy forbids it, for example a sender address the authenticated user may not use. It can answer MAIL FROM as well as RCPT TO. RFC 6531 also uses 553 with X.6.7 when non-ASCII addresses are not permitted for that sender or recipient.</source>
        <comment>553/description</comment>
        <translation>服务器拒绝了地址本身：其语法无效、其域不可接受，或被策略禁止，例如已通过身份验证的用户无权使用的发件人地址。它既可以回复 MAIL FROM，也可以回复 RCPT TO。RFC 6531 还在不允许该发件人或收件人使用非 ASCII 地址时，将 553 与 X.6.7 一起使用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to MAIL FROM or RCPT TO, and occasionally VRFY, when the address is refused.</source>
        <comment>553/when</comment>
        <translation>在地址被拒绝时对 MAIL FROM 或 RCPT TO 的回复，偶尔也用于回复 VRFY。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the address for typos, spaces, invalid characters or a missing domain. If the refused address is your own sender address, send from the address that belongs to your login, or ask your administrator for permission to send as the other address.</source>
        <comment>553/fix/sender</comment>
        <translation>检查地址中是否有拼写错误、空格、无效字符或缺少域名。如果被拒绝的是您自己的发件人地址，请使用与您登录账户对应的地址发信，或请管理员授予您以另一地址发信的权限。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure MAIL FROM uses a fully qualified domain that resolves, not a local name such as user@localhost; check Postfix myorigin or masquerade_domains. For submission, the envelope sender must match the authenticated account.</source>
        <comment>553/fix/sendingServer</comment>
        <translation>确保 MAIL FROM 使用可解析的完全限定域名，而不是 user@localhost 之类的本地名称；检查 Postfix myorigin 或 masquerade_domains。对于邮件提交，信封发件人必须与已通过身份验证的账户相符。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If valid addresses are refused, review sender login maps, such as Postfix smtpd_sender_login_maps with reject_sender_login_mismatch, and address syntax checks, and return precise enhanced codes such as 5.1.3 or 5.7.1.</source>
        <comment>553/fix/receivingServer</comment>
        <translation>如果有效地址被拒绝，请检查发件人登录映射（如 Postfix smtpd_sender_login_maps 配合 reject_sender_login_mismatch）和地址语法检查，并返回精确的增强状态码，例如 5.1.3 或 5.7.1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>553 objects to the form or ownership of the address, while 550 usually means a well-formed mailbox is unavailable or refused by policy.</source>
        <comment>553/confusedWith/550</comment>
        <translation>553 针对的是地址的形式或归属，而 550 通常表示格式正确的邮箱不可用或被策略拒绝。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>553 says the server will not accept that mailbox name, while 501 says the command&apos;s argument could not be parsed at all.</source>
        <comment>553/confusedWith/501</comment>
        <translation>553 表示服务器不接受该邮箱名称，而 501 表示根本无法解析命令的参数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transaction failed or session refused</source>
        <comment>554/title</comment>
        <translation>事务失败或会话被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A general permanent failure whose meaning depends on when it arrives. As the greeting, it refuses the whole session, often because of the client&apos;s IP reputation; after DATA, it rejects the message, for example as spam or malware. After STARTTLS, RFC 3207 uses it to refuse commands when the negotiated security is insufficient. Postfix also uses 554 by default for many RCPT TO policy rejections.</source>
        <comment>554/description</comment>
        <translation>一种一般性的永久性失败，其含义取决于出现的时机。作为问候语时，它拒绝整个会话，通常是因为客户端 IP 的信誉；在 DATA 之后，它拒绝该邮件，例如判定为垃圾邮件或恶意软件。在 STARTTLS 之后，RFC 3207 用它在协商的安全级别不足时拒绝命令。Postfix 默认也对许多 RCPT TO 策略拒绝使用 554。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In place of the 220 greeting, in reply to DATA or after its final dot, or to RCPT TO for a policy rejection. After a 554 greeting, a conforming server answers every command except QUIT with 503.</source>
        <comment>554/when</comment>
        <translation>代替 220 问候语发送，作为对 DATA 的回复或出现在其结束句点之后，或作为策略拒绝时对 RCPT TO 的回复。在 554 问候语之后，符合规范的服务器对除 QUIT 以外的所有命令都以 503 回复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the reply text, which usually names a block list, spam filter or policy. Forward the bounce to your email provider or administrator, since the cause is usually the sending server&apos;s IP or domain reputation rather than the address.</source>
        <comment>554/fix/sender</comment>
        <translation>阅读回复文本，其中通常会指明黑名单、垃圾邮件过滤器或策略。请将退信（NDR）转发给您的电子邮件服务商或管理员，因为原因通常是发送方服务器的 IP 或域信誉，而非地址本身。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the sending IP on major block lists, such as Spamhaus, and request delisting once the cause is fixed. Verify reverse DNS, SPF, DKIM and DMARC. For content rejections, look for spam triggers or malware; for relay denials, authenticate first.</source>
        <comment>554/fix/sendingServer</comment>
        <translation>在主要黑名单（如 Spamhaus）中检查发送 IP，并在问题解决后申请移除。核实反向 DNS、SPF、DKIM 和 DMARC。对于内容拒绝，请查找垃圾邮件触发因素或恶意软件；对于中继拒绝，请先进行身份验证。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the rule in the logs: block list lookups, client access maps, relay restrictions or the content filter. Use a 554 greeting only for clients you never want to talk to, and prefer 550 with precise enhanced codes for recipient-level refusals.</source>
        <comment>554/fix/receivingServer</comment>
        <translation>在日志中找出相应的规则：黑名单查询、客户端访问映射、中继限制或内容过滤器。仅对您永远不想与之通信的客户端使用 554 问候语；对于收件人级别的拒绝，最好使用带精确增强状态码的 550。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection greeting</source>
        <comment>554/contexts/0/context</comment>
        <translation>连接问候语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refuses to handle mail from this client for the whole session.</source>
        <comment>554/contexts/0/meaning</comment>
        <translation>服务器在整个会话中拒绝处理来自该客户端的邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DATA or after the final dot</source>
        <comment>554/contexts/1/context</comment>
        <translation>DATA 或结束句点之后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message was rejected, for example by a content filter, or no valid recipients remain.</source>
        <comment>554/contexts/1/meaning</comment>
        <translation>邮件被拒绝（例如被内容过滤器拒绝），或已没有有效的收件人。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After STARTTLS</source>
        <comment>554/contexts/2/context</comment>
        <translation>STARTTLS 之后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The negotiated TLS security is not sufficient, so every command except QUIT is refused.</source>
        <comment>554/contexts/2/meaning</comment>
        <translation>协商的 TLS 安全级别不足，因此除 QUIT 以外的所有命令都被拒绝。</translation>
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
        <translation>某条策略规则（如拒绝中继或黑名单）拒绝了该收件人或客户端。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>554 usually refuses the whole transaction or connection, while 550 usually concerns one recipient or sender.</source>
        <comment>554/confusedWith/550</comment>
        <translation>554 通常拒绝整个事务或连接，而 550 通常涉及单个收件人或发件人。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A 554 greeting refuses this client&apos;s session, while a 521 greeting says the host never accepts mail from anyone.</source>
        <comment>554/confusedWith/521</comment>
        <translation>554 问候语拒绝该客户端的会话，而 521 问候语表示该主机从不接受任何人的邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A 554 greeting is a permanent refusal of the session, while 421 means the service is temporarily unavailable and the client should retry later.</source>
        <comment>554/confusedWith/421</comment>
        <translation>554 问候语是对会话的永久性拒绝，而 421 表示服务暂时不可用，客户端应稍后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MAIL or RCPT parameter not recognized</source>
        <comment>555/title</comment>
        <translation>MAIL 或 RCPT 参数无法识别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server does not recognize, or cannot implement, one or more ESMTP parameters on MAIL FROM or RCPT TO, such as SIZE, BODY, SMTPUTF8, RET, ENVID, NOTIFY or REQUIRETLS. Clients must only send parameters for extensions the server advertised in its EHLO reply, so 555 usually points to a client that ignored that list or fell back to HELO.</source>
        <comment>555/description</comment>
        <translation>服务器无法识别或无法实现 MAIL FROM 或 RCPT TO 上的一个或多个 ESMTP 参数，例如 SIZE、BODY、SMTPUTF8、RET、ENVID、NOTIFY 或 REQUIRETLS。客户端只能发送服务器在其 EHLO 回复中通告的扩展的参数，因此 555 通常说明客户端忽略了该列表，或退回使用了 HELO。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to MAIL FROM or RCPT TO carrying an extension parameter the server does not support.</source>
        <comment>555/when</comment>
        <translation>对带有服务器不支持的扩展参数的 MAIL FROM 或 RCPT TO 的回复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the mail client or library. If it offers options such as delivery status notifications or 8-bit MIME, try turning them off and sending again.</source>
        <comment>555/fix/sender</comment>
        <translation>更新邮件客户端或程序库。如果它提供投递状态通知或 8 位 MIME 等选项，请尝试关闭这些选项，然后重新发送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send only parameters for extensions listed in the current EHLO reply, and read that list again after STARTTLS. After a fallback to HELO, send no parameters at all. Check libraries that add DSN parameters such as NOTIFY or RET unconditionally.</source>
        <comment>555/fix/sendingServer</comment>
        <translation>只发送当前 EHLO 回复中所列扩展对应的参数，并在 STARTTLS 之后重新读取该列表。回退到 HELO 后，不要发送任何参数。检查是否有程序库无条件地添加 NOTIFY 或 RET 等 DSN 参数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If a parameter advertised in EHLO is rejected with 555, fix the inconsistency. If the server does not support DSN or SMTPUTF8, make sure the EHLO reply does not list them.</source>
        <comment>555/fix/receivingServer</comment>
        <translation>如果 EHLO 中通告的参数被以 555 拒绝，请修正这种不一致。如果服务器不支持 DSN 或 SMTPUTF8，请确保 EHLO 回复中不列出它们。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>555 means the parameter is not recognized or not implemented, while 455 means the server supports it but cannot accommodate it right now.</source>
        <comment>555/confusedWith/455</comment>
        <translation>555 表示参数无法识别或未实现，而 455 表示服务器支持该参数，但目前无法满足。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>555 rejects an unsupported but well-formed parameter, while 501 rejects arguments that are malformed.</source>
        <comment>555/confusedWith/501</comment>
        <translation>555 拒绝的是格式正确但不受支持的参数，而 501 拒绝的是格式错误的参数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain does not accept mail</source>
        <comment>556/title</comment>
        <translation>域名不接收邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An SMTP server, usually a relay or submission server, reports that the recipient&apos;s domain does not accept mail at all, typically because the domain publishes a null MX record (RFC 7505). It is paired with enhanced code X.1.10. The failure is permanent: no server for that domain will take the message.</source>
        <comment>556/description</comment>
        <translation>SMTP 服务器（通常是中继服务器或提交服务器）报告收件人的域名根本不接收邮件，通常是因为该域名发布了空 MX 记录（RFC 7505）。它与增强状态码 X.1.10 配对使用。该失败是永久性的：该域名的任何服务器都不会接收这封邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually in reply to RCPT TO, when the server checks the recipient domain in DNS and finds a null MX or another sign that the domain receives no mail.</source>
        <comment>556/when</comment>
        <translation>通常是对 RCPT TO 的回复：服务器在 DNS 中检查收件人域名时，发现了空 MX 或其他表明该域名不接收邮件的迹象。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the recipient&apos;s domain for typos, such as a misspelled provider name. If it is correct, the domain deliberately receives no email, so reach the recipient another way.</source>
        <comment>556/fix/sender</comment>
        <translation>检查收件人的域名是否有拼写错误，例如邮件服务商名称拼错。如果域名正确，说明该域名有意不接收电子邮件，请通过其他方式联系收件人。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up the recipient domain&apos;s MX records: a single MX of &quot;.&quot; with preference 0 is a null MX. Remove such addresses from mailing lists, and make sure your own sending domain does not publish a null MX by mistake.</source>
        <comment>556/fix/sendingServer</comment>
        <translation>查询收件人域名的 MX 记录：优先级为 0、值为 &quot;.&quot; 的唯一一条 MX 即为空 MX。将此类地址从邮件列表中删除，并确保您自己的发件域名没有误发布空 MX。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm that the DNS lookup behind the 556 is correct, for example with dig MX for the domain. If the domain owner has replaced a mistaken null MX, clear the resolver cache so the change takes effect.</source>
        <comment>556/fix/receivingServer</comment>
        <translation>确认导致 556 的 DNS 查询结果正确，例如对该域名执行 dig MX。如果域名所有者已替换了误设的空 MX，请清除解析器缓存，使更改生效。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>556 reports that a whole destination domain accepts no mail, while 521 is sent by a host that itself refuses all mail.</source>
        <comment>556/confusedWith/521</comment>
        <translation>556 报告整个目标域名不接收任何邮件，而 521 由本身拒绝所有邮件的主机发出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>556 says the entire recipient domain accepts no mail, while 550 with 5.1.1 says one mailbox does not exist.</source>
        <comment>556/confusedWith/550</comment>
        <translation>556 表示整个收件人域名不接收任何邮件，而 550 配合 5.1.1 表示某个邮箱不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery Not Authorized</source>
        <comment>571/title</comment>
        <translation>投递未获授权</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>571 is not a valid SMTP reply code; it appears when bounce generators write the enhanced code 5.7.1 without dots, or when antispam systems use it as a permanent policy rejection. It usually means the receiving side refused the sender, for example because of a block list, missing reverse DNS or a relay restriction. Clients treat it as a permanent failure.</source>
        <comment>571/description</comment>
        <translation>571 不是有效的 SMTP 回复码；当退信生成程序将增强状态码 5.7.1 写成不带点的形式，或反垃圾邮件系统将其用作永久性策略拒绝时，就会出现它。它通常表示接收方拒绝了该发件人，例如由于被列入黑名单、缺少反向 DNS 或中继限制。客户端会将其视为永久性失败。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen in Exchange and IIS SMTP bounce diagnostics such as &quot;#571 Delivery not authorized, message refused&quot; and in replies from some filtering gateways to RCPT TO or after DATA.</source>
        <comment>571/when</comment>
        <translation>见于 Exchange 和 IIS SMTP 的退信诊断信息，例如 &quot;#571 Delivery not authorized, message refused&quot;，也见于部分过滤网关对 RCPT TO 或 DATA 之后的回复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the recipient address is correct and that you are allowed to write to that address or group. If the bounce mentions spam or blocking, forward it to your administrator instead of resending repeatedly.</source>
        <comment>571/fix/sender</comment>
        <translation>检查收件人地址是否正确，以及您是否有权向该地址或群组发送邮件。如果退信提到垃圾邮件或封锁，请将其转发给您的管理员，而不要反复重新发送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your sending IP on public block lists, confirm that forward and reverse DNS match, and verify SPF, DKIM and DMARC for the sender domain. If you relay through another host, make sure you authenticate or that your IP is allowed to relay.</source>
        <comment>571/fix/sendingServer</comment>
        <translation>在公共黑名单中检查您的发送 IP，确认正向和反向 DNS 相互匹配，并验证发件人域的 SPF、DKIM 和 DMARC。如果您通过其他主机进行中继，请确保已进行身份验证，或您的 IP 已获准中继。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a standard reply such as 550 or 554 with enhanced code 5.7.1 and a clear reason. Check filter, relay and recipient restriction logs to find the rule that refused the sender, and allow it if the block was wrong.</source>
        <comment>571/fix/receivingServer</comment>
        <translation>发送标准回复，例如附带增强状态码 5.7.1 和明确原因的 550 或 554。检查过滤器、中继和收件人限制日志，找出拒绝该发件人的规则；如果封锁有误，请放行该发件人。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.1 is the registered enhanced code for delivery not authorized and belongs after a valid reply code, while 571 is that code misused as a three-digit reply.</source>
        <comment>571/confusedWith/X.7.1</comment>
        <translation>X.7.1 是表示投递未获授权的已注册增强状态码，应跟在有效的回复码之后；而 571 是被误用作三位数回复的同一代码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>550 is the standard permanent reply for a refused mailbox or policy block, while 571 is an unregistered code carrying the same kind of refusal.</source>
        <comment>571/confusedWith/550</comment>
        <translation>550 是邮箱被拒绝或策略封锁时的标准永久性回复，而 571 是表达同类拒绝的未注册代码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other Undefined Status</source>
        <comment>X.0.0/title</comment>
        <translation>其他未定义状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catch-all code: the server only says whether the failure is temporary or permanent. 4.0.0 usually marks a passing local problem, such as a failed lookup, a filter timeout or an overloaded server, while 5.0.0 is a generic permanent refusal. The registry allows it with any basic reply code, so the text that follows carries the real reason.</source>
        <comment>X.0.0/description</comment>
        <translation>兜底代码：服务器只说明失败是暂时性的还是永久性的。4.0.0 通常表示短暂的本地问题，例如查询失败、过滤器超时或服务器过载；而 5.0.0 是通用的永久性拒绝。注册表允许它与任何基本回复码搭配，因此真正的原因在代码后面的文字中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned with any reply when the server has no more specific code for the condition, typically by MTAs and filters that attach x.0.0 to every error they do not classify.</source>
        <comment>X.0.0/when</comment>
        <translation>当服务器对该情况没有更具体的代码时，可随任何回复返回；通常由那些为所有未分类错误附加 x.0.0 的 MTA 和过滤器产生。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the text after the code, which usually names the real cause. For 4.0.0, wait: the sending server retries on its own. For 5.0.0, check the recipient address and resend once; if it fails again, forward the complete bounce to your mail administrator.</source>
        <comment>X.0.0/fix/sender</comment>
        <translation>阅读代码后面的文字，其中通常会说明真正的原因。对于 4.0.0，请等待：发送方服务器会自行重试。对于 5.0.0，请检查收件人地址并重新发送一次；如果再次失败，请将完整的退信转发给您的邮件管理员。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the full reply in the outbound log (Postfix maillog, Exim mainlog) and note which command drew it. Let the queue retry 4.0.0; for a repeated 5.0.0 from the same host, contact its postmaster with the timestamp, your sending IP address and the reply text.</source>
        <comment>X.0.0/fix/sendingServer</comment>
        <translation>在出站日志（Postfix maillog、Exim mainlog）中找到完整的回复，并记下是哪条命令引发了它。让队列对 4.0.0 进行重试；如果同一主机反复返回 5.0.0，请联系其 postmaster，并提供时间戳、您的发送 IP 地址和回复文本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the transaction in your logs and identify which filter, milter or lookup produced the generic reply. Where possible, make it return a specific code instead, such as X.7.1 for policy refusals, X.1.1 for unknown users or X.3.0 for local failures.</source>
        <comment>X.0.0/fix/receivingServer</comment>
        <translation>在日志中找到该事务，确定是哪个过滤器、milter 或查询产生了这个通用回复。尽可能让它改为返回具体的代码，例如策略拒绝用 X.7.1、未知用户用 X.1.1、本地故障用 X.3.0。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.0.0 says nothing about where the problem lies, while X.3.0 at least places it in the receiving mail system.</source>
        <comment>X.0.0/confusedWith/X.3.0</comment>
        <translation>X.0.0 完全不说明问题出在哪里，而 X.3.0 至少将问题定位在接收方邮件系统中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.0.0 gives no area at all, while X.7.0 tells you that a security or policy rule was involved.</source>
        <comment>X.0.0/confusedWith/X.7.0</comment>
        <translation>X.0.0 完全不指明问题所属的领域，而 X.7.0 会告诉您涉及安全或策略规则。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generic Recipient Organization Error</source>
        <comment>5.0.350@Microsoft/title</comment>
        <translation>收件人组织的通用错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online shows 5.0.350 as a catch-all for many unspecific errors returned by the recipient&apos;s email organization. Two texts have known causes: &quot;x-dg-ref header is too long&quot;, linked to Rich Text formatted messages, and &quot;policy violation detected (AS345)&quot;, linked to nested attachments.</source>
        <comment>5.0.350@Microsoft/description</comment>
        <translation>Exchange Online 将 5.0.350 用作兜底代码，涵盖收件人的电子邮件组织返回的许多不具体的错误。其中两种文本的原因是已知的：&quot;x-dg-ref header is too long&quot; 与 Rich Text 格式的邮件有关，&quot;policy violation detected (AS345)&quot; 与嵌套附件有关。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appears in a bounce after the recipient&apos;s system rejected the message for a reason it did not classify further.</source>
        <comment>5.0.350@Microsoft/when</comment>
        <translation>当收件人的系统出于未进一步分类的原因拒绝了邮件后，出现在退信中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend the message in HTML or plain text instead of Rich Text, and attach files directly rather than attaching an email that itself contains attachments.</source>
        <comment>5.0.350@Microsoft/fix/sender</comment>
        <translation>请以 HTML 或纯文本格式而不是 Rich Text 格式重新发送邮件，并直接附加文件，而不要附加一封本身带有附件的邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the remote server&apos;s text in the bounce to find the real reason. For the header error, make sure Rich Text formatting is not sent to external recipients.</source>
        <comment>5.0.350@Microsoft/fix/sendingServer</comment>
        <translation>阅读退信中远程服务器的文本，找出真正的原因。对于邮件头错误，请确保不会向外部收件人发送 Rich Text 格式。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your system produced the error, check its logs for the rule involved and return a more precise enhanced code.</source>
        <comment>5.0.350@Microsoft/fix/receivingServer</comment>
        <translation>如果该错误由您的系统产生，请在其日志中查找所涉及的规则，并返回更精确的增强状态码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.0.0 is the registry&apos;s generic other-status code, while 5.0.350 is Microsoft&apos;s own catch-all that wraps various recipient-side rejections.</source>
        <comment>5.0.350@Microsoft/confusedWith/X.0.0</comment>
        <translation>X.0.0 是注册表中表示其他状态的通用代码，而 5.0.350 是 Microsoft 自己的兜底代码，涵盖收件人一方的各种拒绝。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.6.11 points to one known content fault, bare line feeds, while 5.0.350 covers many unspecified rejections.</source>
        <comment>5.0.350@Microsoft/confusedWith/5.6.11@Microsoft</comment>
        <translation>5.6.11 指向一种已知的内容问题，即裸换行符，而 5.0.350 涵盖许多未具体说明的拒绝。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other Address Status</source>
        <comment>X.1.0/title</comment>
        <translation>其他地址状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An envelope address is the issue, but the server does not say in what way. As 2.1.0 it commonly confirms the sender at MAIL FROM; Postfix answers &quot;250 2.1.0 Ok&quot;. As 4.1.0 it means an address check could not be completed for now, and as 5.1.0 it is a generic permanent rejection of the sender or a recipient.</source>
        <comment>X.1.0/description</comment>
        <translation>问题出在信封地址上，但服务器没有说明具体是什么问题。作为 2.1.0，它通常在 MAIL FROM 阶段确认发件人；Postfix 会回复 &quot;250 2.1.0 Ok&quot;。作为 4.1.0，它表示地址检查暂时无法完成；作为 5.1.0，它是对发件人或某个收件人的通用永久性拒绝。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to MAIL FROM or RCPT TO when an address is accepted without comment (2.1.0) or refused for a reason the server does not classify.</source>
        <comment>X.1.0/when</comment>
        <translation>对 MAIL FROM 或 RCPT TO 的回复：地址被直接接受（2.1.0），或因服务器未分类的原因被拒绝。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check both your own address and the recipient&apos;s for typos, spaces or a wrong domain. If the reply is temporary, wait for the automatic retry. If it is permanent and both addresses look right, pass the bounce text to your administrator.</source>
        <comment>X.1.0/fix/sender</comment>
        <translation>检查您自己的地址和收件人的地址是否有拼写错误、空格或错误的域名。如果回复是暂时性的，请等待自动重试。如果是永久性的且两个地址看起来都正确，请将退信文本交给您的管理员。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check which command drew the reply. Make sure the envelope sender your server uses, after any rewriting or SRS for forwarded mail, is a real, deliverable address in a domain that resolves in DNS, because many receivers verify it.</source>
        <comment>X.1.0/fix/sendingServer</comment>
        <translation>检查是哪条命令引发了该回复。确保您的服务器使用的信封发件人（经过任何重写或针对转发邮件的 SRS 处理之后）是真实、可投递的地址，且其域名可在 DNS 中解析，因为许多接收方会验证它。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find which address check produced the generic code (sender verification, recipient lookup, access maps) and return a specific one where possible, such as X.1.1 for an unknown recipient or X.1.8 for a sender domain that does not resolve.</source>
        <comment>X.1.0/fix/receivingServer</comment>
        <translation>找出是哪项地址检查（发件人验证、收件人查询、访问映射表）产生了这个通用代码，并尽可能返回具体的代码，例如未知收件人用 X.1.1，发件人域名无法解析用 X.1.8。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.0 reports an unspecified address problem, while X.1.1 says specifically that the recipient mailbox does not exist.</source>
        <comment>X.1.0/confusedWith/X.1.1</comment>
        <translation>X.1.0 报告的是未具体说明的地址问题，而 X.1.1 明确表示收件人邮箱不存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In success replies X.1.0 usually confirms the sender at MAIL FROM (2.1.0), while X.1.5 confirms a recipient at RCPT TO (2.1.5).</source>
        <comment>X.1.0/confusedWith/X.1.5</comment>
        <translation>在成功回复中，X.1.0 通常在 MAIL FROM 阶段确认发件人（2.1.0），而 X.1.5 在 RCPT TO 阶段确认收件人（2.1.5）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad Destination Mailbox Address</source>
        <comment>X.1.1/title</comment>
        <translation>目标邮箱地址错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mailbox named before the @ does not exist at the destination; this is the classic unknown-user bounce. 5.1.1 is final: the address is mistyped, was deleted or never existed. 4.1.1 appears when the server cannot confirm the mailbox at the moment, for example because its user directory or a backend is unreachable, and the message stays queued for retry.</source>
        <comment>X.1.1/description</comment>
        <translation>@ 之前指定的邮箱在目标系统中不存在；这是典型的“用户不存在”退信。5.1.1 是最终结果：该地址输入有误、已被删除或从未存在过。4.1.1 出现在服务器暂时无法确认该邮箱时，例如其用户目录或后端不可达，此时邮件会留在队列中等待重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually the reply to RCPT TO after the server checks the recipient against its user directory, alias tables or recipient validation. It can also arrive later in a bounce from a relay that accepted the message first.</source>
        <comment>X.1.1/when</comment>
        <translation>通常是服务器根据其用户目录、别名表或收件人验证检查收件人之后对 RCPT TO 的回复。也可能稍后出现在某个先接受了邮件的中继服务器发来的退信中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the address letter by letter, especially the part before the @, and delete any autocomplete entry that offers an old address. Confirm the current address with the recipient by another channel. A 4.1.1 needs no action unless it later turns into a bounce.</source>
        <comment>X.1.1/fix/sender</comment>
        <translation>逐个字母检查地址，尤其是 @ 之前的部分，并删除会提示旧地址的自动完成条目。通过其他渠道与收件人确认其当前地址。4.1.1 无需处理，除非之后变成退信。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop sending to addresses that return 5.1.1 and remove them from mailing lists, since repeated hits on unknown users hurt your reputation. Let the queue retry 4.1.1; if it persists, tell the receiving postmaster that their recipient lookup is failing.</source>
        <comment>X.1.1/fix/sendingServer</comment>
        <translation>停止向返回 5.1.1 的地址发送邮件，并将其从邮件列表中删除，因为反复投递到未知用户会损害您的信誉。让队列对 4.1.1 进行重试；如果一直持续，请告知接收方的 postmaster 其收件人查询出现故障。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the mailbox should exist, check the user directory and alias maps (Postfix virtual_mailbox_maps or relay_recipient_maps, Exchange recipients and accepted domains) and the directory sync to any filtering gateway. Return 4.1.1 only while a lookup backend is down, never for users who really do not exist.</source>
        <comment>X.1.1/fix/receivingServer</comment>
        <translation>如果该邮箱应当存在，请检查用户目录和别名映射表（Postfix 的 virtual_mailbox_maps 或 relay_recipient_maps，Exchange 的收件人和接受域），以及到各过滤网关的目录同步。只有在查询后端宕机期间才返回 4.1.1，对确实不存在的用户绝不要这样做。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the registry X.1.1 means the mailbox does not exist and X.1.10 means the domain publishes a null MX, but Microsoft 365 reports unknown recipients as 5.1.10, so the two are often mixed up.</source>
        <comment>X.1.1/confusedWith/X.1.10</comment>
        <translation>在注册表中，X.1.1 表示邮箱不存在，X.1.10 表示域名发布了空 MX；但 Microsoft 365 用 5.1.10 报告未知收件人，因此两者经常被混淆。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.1 says the mailbox before the @ is unknown, while X.1.2 says the domain after the @ cannot receive mail.</source>
        <comment>X.1.1/confusedWith/X.1.2</comment>
        <translation>X.1.1 表示 @ 之前的邮箱未知，而 X.1.2 表示 @ 之后的域名无法接收邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.1 means the mailbox does not exist, while X.2.1 means it exists but is disabled.</source>
        <comment>X.1.1/confusedWith/X.2.1</comment>
        <translation>X.1.1 表示邮箱不存在，而 X.2.1 表示邮箱存在但已被禁用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad Destination System Address</source>
        <comment>X.1.2/title</comment>
        <translation>目标系统地址错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain after the @ is unusable for mail: it does not exist, or it has no MX or address records a server could deliver to. 5.1.2 often comes from the sending server itself when DNS says the domain does not exist, or from a relay with no route for it. A temporary form is rare, because passing lookup failures are normally reported with X.4.3 or X.4.4 instead.</source>
        <comment>X.1.2/description</comment>
        <translation>@ 之后的域名无法用于邮件：它不存在，或者没有可供服务器投递的 MX 或地址记录。5.1.2 通常由发送方服务器自身在 DNS 表明该域名不存在时产生，或由没有该域名路由的中继服务器产生。暂时性形式很少见，因为短暂的查询失败通常改用 X.4.3 或 X.4.4 报告。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Produced when resolving the recipient domain fails permanently, either by the sending MTA before it connects or by a relay after RCPT TO names a domain it cannot route to.</source>
        <comment>X.1.2/when</comment>
        <translation>在永久无法解析收件人域名时产生：可能由发送方 MTA 在连接之前产生，也可能由中继服务器在 RCPT TO 指定了其无法路由的域名后产生。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling of the domain after the @, such as gmial.com or a .con ending, and confirm the recipient&apos;s current domain. If the domain is correct, the recipient&apos;s organization has a DNS problem, so reach them another way.</source>
        <comment>X.1.2/fix/sender</comment>
        <translation>检查 @ 之后域名的拼写，例如 gmial.com 或以 .con 结尾，并确认收件人当前使用的域名。如果域名正确，说明收件人所在组织的 DNS 有问题，请通过其他方式联系对方。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Query the domain from the sending host (dig MX and dig A) to rule out a local resolver problem. If your resolver wrongly returns NXDOMAIN, fix the resolver or split-DNS setup before the queue bounces valid mail.</source>
        <comment>X.1.2/fix/sendingServer</comment>
        <translation>从发送主机查询该域名（dig MX 和 dig A），以排除本地解析器问题。如果您的解析器错误地返回 NXDOMAIN，请在队列将有效邮件退信之前修复解析器或拆分 DNS（split-DNS）配置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the owner of the recipient domain: publish MX records that point to hosts with A or AAAA records, check that the domain registration and DNS delegation have not lapsed, and make sure the MX hosts accept connections on port 25.</source>
        <comment>X.1.2/fix/receivingServer</comment>
        <translation>对于收件人域名的所有者：发布指向具有 A 或 AAAA 记录的主机的 MX 记录，检查域名注册和 DNS 委派是否已失效，并确保 MX 主机在 25 端口上接受连接。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.2 says the destination domain is invalid for mail, while X.4.4 says no route to it could be found, which may be temporary.</source>
        <comment>X.1.2/confusedWith/X.4.4</comment>
        <translation>X.1.2 表示目标域名对邮件无效，而 X.4.4 表示找不到到达它的路由，这可能是暂时性的。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.2 covers a domain that does not exist or cannot take mail, while X.1.10 means the domain explicitly declares with a null MX that it accepts no mail.</source>
        <comment>X.1.2/confusedWith/X.1.10</comment>
        <translation>X.1.2 涵盖不存在或无法接收邮件的域名，而 X.1.10 表示该域名通过空 MX 明确声明不接收任何邮件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad Destination Mailbox Address Syntax</source>
        <comment>X.1.3/title</comment>
        <translation>目标邮箱地址语法错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient address is not syntactically valid, so the server never looked it up. Typical causes are missing angle brackets, spaces or illegal characters, a missing domain, or non-ASCII characters sent without SMTPUTF8. Only 5.1.3 makes sense: resending the same malformed address fails the same way.</source>
        <comment>X.1.3/description</comment>
        <translation>收件人地址在语法上无效，因此服务器根本没有去查询它。典型原因包括缺少尖括号、含有空格或非法字符、缺少域名，或在没有 SMTPUTF8 的情况下发送了非 ASCII 字符。只有 5.1.3 有意义：重新发送同一个格式错误的地址会以同样的方式失败。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to RCPT TO when the address cannot be parsed; Postfix, for example, answers with 501 5.1.3 for a malformed recipient.</source>
        <comment>X.1.3/when</comment>
        <translation>当地址无法解析时对 RCPT TO 的回复；例如，Postfix 对格式错误的收件人回复 501 5.1.3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retype the recipient address without spaces, quotes, trailing dots or characters pasted from a document, and make sure it has exactly one @ followed by a domain. Check that no display name ended up inside the address field.</source>
        <comment>X.1.3/fix/sender</comment>
        <translation>重新输入收件人地址，不要包含空格、引号、末尾的点或从文档中粘贴的字符，并确保其中恰好有一个 @，后面跟着域名。检查地址栏中是否混入了显示名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log the exact RCPT TO line your software sends. Scripts and web applications often omit the angle brackets or include a display name; the command must look like RCPT TO:&lt;user@example.com&gt;. Send non-ASCII addresses only to servers that advertise SMTPUTF8.</source>
        <comment>X.1.3/fix/sendingServer</comment>
        <translation>记录您的软件发送的确切 RCPT TO 行。脚本和 Web 应用程序经常省略尖括号或包含显示名称；该命令必须形如 RCPT TO:&lt;user@example.com&gt;。仅向通告了 SMTPUTF8 的服务器发送非 ASCII 地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If valid addresses are refused, review parser strictness (Postfix strict_rfc821_envelopes, Exim address checks) and whether SMTPUTF8 is advertised for internationalized addresses.</source>
        <comment>X.1.3/fix/receivingServer</comment>
        <translation>如果有效地址被拒绝，请检查解析器的严格程度（Postfix 的 strict_rfc821_envelopes、Exim 的地址检查），以及是否为国际化地址通告了 SMTPUTF8。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.3 means the recipient address is malformed, while X.1.1 means it is well formed but no such mailbox exists.</source>
        <comment>X.1.3/confusedWith/X.1.1</comment>
        <translation>X.1.3 表示收件人地址格式错误，而 X.1.1 表示地址格式正确但不存在这样的邮箱。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.3 refers to a malformed recipient address, while X.1.7 refers to a malformed sender address.</source>
        <comment>X.1.3/confusedWith/X.1.7</comment>
        <translation>X.1.3 指收件人地址格式错误，而 X.1.7 指发件人地址格式错误。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination Mailbox Address Ambiguous</source>
        <comment>X.1.4/title</comment>
        <translation>目标邮箱地址不明确</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient address matches more than one mailbox at the destination, so the server cannot decide where to deliver. It appears where servers map addresses loosely, for example by matching names or partial addresses against a directory, or where two directory objects claim the same address. 5.1.4 means the address must be made exact; a 4.1.4 suggests a directory conflict the administrator is expected to resolve.</source>
        <comment>X.1.4/description</comment>
        <translation>收件人地址在目标系统中匹配到多个邮箱，因此服务器无法决定投递到哪里。这种情况出现在地址映射较宽松的服务器上，例如按姓名或部分地址在目录中匹配；或者出现在两个目录对象声明同一地址时。5.1.4 表示必须使用精确的地址；4.1.4 则提示存在需要管理员解决的目录冲突。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to RCPT TO, or a later bounce, when the directory lookup for the recipient returns several matches.</source>
        <comment>X.1.4/when</comment>
        <translation>当对收件人的目录查询返回多个匹配项时，对 RCPT TO 的回复或稍后的退信。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the recipient&apos;s full, exact address rather than a short form or alias, and ask the recipient to confirm it. If the exact address still fails, the fault lies with the recipient&apos;s organization, so send them the bounce text.</source>
        <comment>X.1.4/fix/sender</comment>
        <translation>使用收件人完整、精确的地址，而不是简写或别名，并请收件人确认。如果精确地址仍然失败，问题出在收件人所在的组织，请将退信文本发给对方。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing needs to change on the sending side unless your server rewrites addresses; check that rewriting or alias expansion did not shorten the recipient address.</source>
        <comment>X.1.4/fix/sendingServer</comment>
        <translation>除非您的服务器会重写地址，否则发送方无需做任何更改；请检查地址重写或别名展开是否缩短了收件人地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the directory for every object carrying the address (LDAP mail or proxyAddresses attributes, Exchange Get-Recipient) and remove the duplicate. Disable fuzzy or partial name matching for SMTP recipients.</source>
        <comment>X.1.4/fix/receivingServer</comment>
        <translation>在目录中搜索所有带有该地址的对象（LDAP 的 mail 或 proxyAddresses 属性、Exchange 的 Get-Recipient），并删除重复项。对 SMTP 收件人禁用模糊匹配或部分名称匹配。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.4 means the address matched several mailboxes, while X.1.1 means it matched none.</source>
        <comment>X.1.4/confusedWith/X.1.1</comment>
        <translation>X.1.4 表示地址匹配到了多个邮箱，而 X.1.1 表示一个也没有匹配到。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination Address Valid</source>
        <comment>X.1.5/title</comment>
        <translation>目标地址有效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A success code confirming that the recipient address was accepted; Postfix, for example, answers RCPT TO with 250 2.1.5. It also appears in positive delivery status notifications. Only the 2.1.5 form is meaningful, and at RCPT TO it says nothing yet about final delivery, which can still fail later.</source>
        <comment>X.1.5/description</comment>
        <translation>确认收件人地址已被接受的成功代码；例如，Postfix 对 RCPT TO 回复 250 2.1.5。它也出现在肯定的投递状态通知中。只有 2.1.5 形式有意义，并且在 RCPT TO 阶段它还不能说明最终投递结果，投递之后仍可能失败。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to RCPT TO when the server accepts the recipient, and in delivery reports that confirm a recipient address was valid.</source>
        <comment>X.1.5/when</comment>
        <translation>服务器接受收件人时对 RCPT TO 的回复；也出现在确认收件人地址有效的投递报告中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed: the recipient was accepted. If the message bounces later, read that bounce, because acceptance at RCPT TO does not guarantee delivery.</source>
        <comment>X.1.5/fix/general</comment>
        <translation>无需任何操作：收件人已被接受。如果邮件之后被退信，请阅读该退信，因为在 RCPT TO 阶段被接受并不保证能投递成功。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.5 confirms a recipient at RCPT TO (2.1.5), while X.1.0 usually confirms the sender at MAIL FROM (2.1.0).</source>
        <comment>X.1.5/confusedWith/X.1.0</comment>
        <translation>X.1.5 在 RCPT TO 阶段确认收件人（2.1.5），而 X.1.0 通常在 MAIL FROM 阶段确认发件人（2.1.0）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.5 confirms the address was valid, while X.1.9 adds that the message left the reporting chain and its further fate is unknown.</source>
        <comment>X.1.5/confusedWith/X.1.9</comment>
        <translation>X.1.5 确认地址有效，而 X.1.9 还表示邮件已离开报告链，其后续去向未知。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox Moved, No Forwarding Address</source>
        <comment>X.1.6/title</comment>
        <translation>邮箱已迁移，无转发地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address was retired: it worked in the past, and the server now refuses it without offering a new one, typically after someone left an organization or a domain was migrated. It is meant as a permanent failure, so 5.1.6 is the normal form and a temporary variant makes little sense. Unlike a 551 reply, which names a new path, this code leaves the sender to find the new address.</source>
        <comment>X.1.6/description</comment>
        <translation>该地址已停用：它过去可以使用，现在服务器拒绝它且不提供新地址，通常发生在有人离开组织或域名迁移之后。它应作为永久性失败，因此 5.1.6 是正常形式，暂时性变体没有什么意义。与会指明新路径的 551 回复不同，此代码让发件人自行查找新地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to RCPT TO, or a bounce, for an address that the destination has retired and marked as moved.</source>
        <comment>X.1.6/when</comment>
        <translation>对于目标系统已停用并标记为已迁移的地址，对 RCPT TO 的回复或退信。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove or update the address in your contacts and ask the person or their organization for a new address by another channel. Resending to the old address will keep failing.</source>
        <comment>X.1.6/fix/sender</comment>
        <translation>在联系人中删除或更新该地址，并通过其他渠道向本人或其组织询问新地址。继续向旧地址发送仍会失败。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treat 5.1.6 like an invalid address: suppress it on mailing lists and in CRM systems instead of retrying.</source>
        <comment>X.1.6/fix/sendingServer</comment>
        <translation>将 5.1.6 视为无效地址：在邮件列表和 CRM 系统中将其列入禁发名单，而不是重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the user should still receive mail, reactivate the mailbox or add a forwarding alias. For people who have left, consider an auto-reply or, where your policy allows it, a 551 reply that names the new address.</source>
        <comment>X.1.6/fix/receivingServer</comment>
        <translation>如果该用户仍应接收邮件，请重新激活邮箱或添加转发别名。对于已离开的人员，可考虑设置自动回复，或在策略允许的情况下使用指明新地址的 551 回复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.6 says the mailbox moved without giving a new address, while 551 tells the sender where to send instead.</source>
        <comment>X.1.6/confusedWith/551</comment>
        <translation>X.1.6 表示邮箱已迁移但未给出新地址，而 551 会告诉发件人应改发到哪里。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.6 means the address was valid once and has been retired, while X.1.1 simply says no such mailbox exists.</source>
        <comment>X.1.6/confusedWith/X.1.1</comment>
        <translation>X.1.6 表示该地址曾经有效、现已停用，而 X.1.1 仅表示不存在这样的邮箱。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad Sender&apos;s Mailbox Address Syntax</source>
        <comment>X.1.7/title</comment>
        <translation>发件人邮箱地址语法错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sender address in MAIL FROM cannot be parsed: it lacks a domain, contains spaces or illegal characters, or is missing its angle brackets. Scripts, printers and web applications that build the SMTP envelope themselves are the usual source. It is a permanent error, so 5.1.7 is the normal form; resending with the same sender fails again.</source>
        <comment>X.1.7/description</comment>
        <translation>MAIL FROM 中的发件人地址无法解析：缺少域名、包含空格或非法字符，或缺少尖括号。通常来源是自行构建 SMTP 信封的脚本、打印机和 Web 应用程序。这是永久性错误，因此 5.1.7 是正常形式；使用相同发件人重新发送会再次失败。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to MAIL FROM when the sender address is malformed; Postfix, for example, answers with 501 5.1.7.</source>
        <comment>X.1.7/when</comment>
        <translation>当发件人地址格式错误时对 MAIL FROM 的回复；例如，Postfix 回复 501 5.1.7。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the sender address configured in your mail client, device or application: it must be a complete address such as name@example.com, without spaces or a display name. Scanners and printers often ship with a placeholder sender that must be replaced.</source>
        <comment>X.1.7/fix/sender</comment>
        <translation>检查在邮件客户端、设备或应用程序中配置的发件人地址：它必须是完整的地址，例如 name@example.com，不能包含空格或显示名称。扫描仪和打印机出厂时往往带有必须替换的占位发件人。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspect the MAIL FROM line in your logs or a test session; it must look like MAIL FROM:&lt;name@example.com&gt;. Make sure address rewriting (masquerading, canonical maps) does not produce an unqualified address or an empty local part.</source>
        <comment>X.1.7/fix/sendingServer</comment>
        <translation>在日志或测试会话中检查 MAIL FROM 行；它必须形如 MAIL FROM:&lt;name@example.com&gt;。确保地址重写（伪装、canonical 映射表）不会产生不带域名的地址或空的本地部分。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If well-formed senders are refused, review parser strictness (Postfix strict_rfc821_envelopes). The null sender MAIL FROM:&lt;&gt; is valid and must be accepted, because bounces use it.</source>
        <comment>X.1.7/fix/receivingServer</comment>
        <translation>如果格式正确的发件人被拒绝，请检查解析器的严格程度（Postfix 的 strict_rfc821_envelopes）。空发件人 MAIL FROM:&lt;&gt; 是有效的，必须接受，因为退信会使用它。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.7 refers to a malformed sender address in MAIL FROM, while X.1.3 refers to a malformed recipient address in RCPT TO.</source>
        <comment>X.1.7/confusedWith/X.1.3</comment>
        <translation>X.1.7 指 MAIL FROM 中的发件人地址格式错误，而 X.1.3 指 RCPT TO 中的收件人地址格式错误。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.7 means the sender address is malformed, while X.1.8 means it is well formed but its domain cannot receive replies.</source>
        <comment>X.1.7/confusedWith/X.1.8</comment>
        <translation>X.1.7 表示发件人地址格式错误，而 X.1.8 表示地址格式正确，但其域名无法接收回信。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad Sender&apos;s System Address</source>
        <comment>X.1.8/title</comment>
        <translation>发件人系统地址错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain of the sender address cannot receive mail, so any bounce sent back to it would be undeliverable. Receivers check this with a DNS lookup on the MAIL FROM domain. 4.1.8 usually means the lookup failed for now and the sending server will retry; 5.1.8 means DNS reported that the domain does not exist or has no usable MX or address record.</source>
        <comment>X.1.8/description</comment>
        <translation>发件人地址的域名无法接收邮件，因此任何发回给它的退信都将无法投递。接收方通过对 MAIL FROM 域名进行 DNS 查询来检查这一点。4.1.8 通常表示查询暂时失败，发送方服务器会重试；5.1.8 表示 DNS 报告该域名不存在，或没有可用的 MX 或地址记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to MAIL FROM, or to RCPT TO on servers that delay rejections, when the sender domain check fails, for example Postfix reject_unknown_sender_domain.</source>
        <comment>X.1.8/when</comment>
        <translation>当发件人域名检查失败时（例如 Postfix 的 reject_unknown_sender_domain），对 MAIL FROM 的回复；在推迟拒绝的服务器上则是对 RCPT TO 的回复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure you send from a real, public domain, not a local or placeholder name such as example.local. If your domain is new or was just moved, its DNS records may be missing, so ask whoever manages the domain.</source>
        <comment>X.1.8/fix/sender</comment>
        <translation>确保您从真实的公共域名发送邮件，而不是 example.local 之类的本地或占位名称。如果您的域名是新注册的或刚刚迁移，其 DNS 记录可能缺失，请咨询域名的管理人员。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the envelope sender domain resolves publicly with an MX or A record (dig MX yourdomain). Fix rewriting that exposes internal host names such as host.localdomain, and use SRS with a resolvable domain for forwarded mail.</source>
        <comment>X.1.8/fix/sendingServer</comment>
        <translation>检查信封发件人域名是否能通过 MX 或 A 记录公开解析（dig MX yourdomain）。修复会暴露 host.localdomain 等内部主机名的重写规则，并对转发邮件使用带有可解析域名的 SRS。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If legitimate senders get 5.1.8, check your resolver: a broken or overloaded resolver turns lookups into false failures, which should produce 4.1.8, not 5.1.8. In Postfix, unknown_address_reject_code and unknown_address_tempfail_action control these replies.</source>
        <comment>X.1.8/fix/receivingServer</comment>
        <translation>如果合法发件人收到 5.1.8，请检查您的解析器：损坏或过载的解析器会把查询变成虚假的失败，而这种情况应返回 4.1.8，而不是 5.1.8。在 Postfix 中，unknown_address_reject_code 和 unknown_address_tempfail_action 控制这些回复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.8 concerns the domain of the sender address, while X.1.2 concerns the domain of a recipient address.</source>
        <comment>X.1.8/confusedWith/X.1.2</comment>
        <translation>X.1.8 涉及发件人地址的域名，而 X.1.2 涉及收件人地址的域名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.8 means the sender domain does not exist or cannot take mail, while X.7.27 means it explicitly publishes a null MX.</source>
        <comment>X.1.8/confusedWith/X.7.27</comment>
        <translation>X.1.8 表示发件人域名不存在或无法接收邮件，而 X.7.27 表示它明确发布了空 MX。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad Outbound Sender</source>
        <comment>5.1.8@Microsoft/title</comment>
        <translation>不良外发发件人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Exchange Online, 5.1.8 with &quot;Access denied, bad outbound sender&quot; means the sending account was blocked for sending too much spam. This typically happens after the account was compromised through phishing or malware. The account stays restricted until an administrator releases it.</source>
        <comment>5.1.8@Microsoft/description</comment>
        <translation>在 Exchange Online 中，附带 &quot;Access denied, bad outbound sender&quot; 的 5.1.8 表示发送账户因发送过多垃圾邮件而被封锁。这通常发生在账户因网络钓鱼或恶意软件而遭到入侵之后。在管理员解除限制之前，该账户会一直受到限制。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to a Microsoft 365 user who tries to send after the service placed the account on the restricted users list.</source>
        <comment>5.1.8@Microsoft/when</comment>
        <translation>当服务已将某个 Microsoft 365 用户的账户列入受限用户列表，而该用户仍尝试发送邮件时返回给该用户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change your password, scan your devices for malware, and look for forwarding rules or delegates you did not create. Then ask your administrator to unblock the account.</source>
        <comment>5.1.8@Microsoft/fix/sender</comment>
        <translation>请更改密码，扫描您的设备是否有恶意软件，并检查是否有并非由您创建的转发规则或代理人。然后请管理员解除对该账户的封锁。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigate the account for compromise, remove malicious inbox rules and connectors, and enforce multifactor authentication. Release the user on the Restricted users page of the Microsoft Defender portal; sending resumes within a few hours.</source>
        <comment>5.1.8@Microsoft/fix/sendingServer</comment>
        <translation>调查该账户是否遭到入侵，删除恶意的收件箱规则和连接器，并强制启用多重身份验证。在 Microsoft Defender 门户的受限用户（Restricted users）页面上解除对该用户的限制；几个小时内即可恢复发送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.8 in the registry means the sender address&apos;s domain is invalid, while Exchange Online uses 5.1.8 for an account blocked for sending spam.</source>
        <comment>5.1.8@Microsoft/confusedWith/X.1.8</comment>
        <translation>X.1.8 在注册表中表示发件人地址的域无效，而 Exchange Online 将 5.1.8 用于因发送垃圾邮件而被封锁的账户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.501 to 5.7.503 are account bans that need Microsoft support to lift, while 5.1.8 is a restriction the tenant&apos;s own administrator can release.</source>
        <comment>5.1.8@Microsoft/confusedWith/5.7.501@Microsoft</comment>
        <translation>5.7.501 到 5.7.503 是需要 Microsoft 支持人员才能解除的账户禁令，而 5.1.8 是租户自己的管理员即可解除的限制。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message Relayed to Non-compliant Mailer</source>
        <comment>X.1.9/title</comment>
        <translation>邮件已中继到不合规的邮件程序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking ends here: the address checked out, and the message went on to a system that cannot report its status under the tracking or reporting protocol in use. It was added for message tracking and appears mainly in tracking responses and delivery reports as 2.1.9. A class 4 or 5 form would be unusual, because it reports lost visibility rather than a failure.</source>
        <comment>X.1.9/description</comment>
        <translation>跟踪到此为止：地址验证通过，邮件被转交给了一个无法按当前使用的跟踪或报告协议报告其状态的系统。此代码是为邮件跟踪而添加的，主要以 2.1.9 的形式出现在跟踪响应和投递报告中。类别 4 或 5 的形式很少见，因为它报告的是失去可见性，而不是失败。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a message tracking response or delivery report after a compliant server passes the message to a server that cannot report on it further.</source>
        <comment>X.1.9/when</comment>
        <translation>在兼容的服务器将邮件传给无法进一步报告其状态的服务器之后，出现在邮件跟踪响应或投递报告中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed for the message itself, which was passed on normally. If you need confirmation of delivery, ask the recipient or the next system&apos;s administrator, because tracking stops at that hop.</source>
        <comment>X.1.9/fix/general</comment>
        <translation>邮件本身无需任何处理，它已被正常传递。如果需要确认投递，请询问收件人或下一个系统的管理员，因为跟踪在这一跳就停止了。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.5 only confirms that the address was valid, while X.1.9 adds that the message left the reporting chain and its fate is unknown.</source>
        <comment>X.1.9/confusedWith/X.1.5</comment>
        <translation>X.1.5 仅确认地址有效，而 X.1.9 还表示邮件已离开报告链，其去向未知。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient Address Has Null MX</source>
        <comment>X.1.10/title</comment>
        <translation>收件人地址使用空 MX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient domain publishes a null MX record, an MX of preference 0 pointing to the root, to declare that it accepts no mail at all. It pairs with 556 and is usually produced by the sending server right after the DNS lookup, so only 5.1.10 fits. Beware the context: Microsoft 365 reuses 5.1.10 for a recipient that was not found, which is unrelated to null MX.</source>
        <comment>X.1.10/description</comment>
        <translation>收件人域名发布了空 MX 记录（优先级为 0、指向根的 MX），以声明它完全不接收邮件。它与 556 配对，通常由发送方服务器在 DNS 查询之后立即产生，因此只有 5.1.10 适用。注意上下文：Microsoft 365 将 5.1.10 重用于找不到收件人的情况，这与空 MX 无关。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated by the sending MTA after looking up the recipient domain&apos;s MX records, or returned by a relay at RCPT TO, when the only MX is a null MX.</source>
        <comment>X.1.10/when</comment>
        <translation>当唯一的 MX 是空 MX 时，由发送方 MTA 在查询收件人域名的 MX 记录后产生，或由中继服务器在 RCPT TO 阶段返回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain in the address deliberately receives no mail, so check the domain for a typo and ask the recipient for a working address. If the bounce comes from Microsoft 365 and says the recipient was not found, treat it as an unknown address instead.</source>
        <comment>X.1.10/fix/sender</comment>
        <translation>该地址中的域名有意不接收邮件，因此请检查域名是否有拼写错误，并向收件人索要可用的地址。如果退信来自 Microsoft 365 并表示找不到收件人，请改为将其视为未知地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm with dig MX that the domain&apos;s only record is the null MX; if so, the bounce is correct and the address should be suppressed. Expect mail whose sender domain has a null MX to be rejected elsewhere with X.7.27.</source>
        <comment>X.1.10/fix/sendingServer</comment>
        <translation>使用 dig MX 确认该域名唯一的记录是空 MX；如果是，则该退信是正确的，应将该地址列入禁发名单。发件人域名使用空 MX 的邮件预计会在其他地方被以 X.7.27 拒绝。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the owner of the domain: if it should receive mail, remove the null MX and publish real MX records. A null MX must be the only MX record of the domain, and it should not be used on domains that send mail.</source>
        <comment>X.1.10/fix/receivingServer</comment>
        <translation>对于域名所有者：如果该域名应当接收邮件，请删除空 MX 并发布真实的 MX 记录。空 MX 必须是该域名唯一的 MX 记录，并且不应用于发送邮件的域名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard (RFC 7505)</source>
        <comment>X.1.10/contexts/0/context</comment>
        <translation>标准（RFC 7505）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient domain publishes a null MX, so it accepts no mail and delivery is not attempted.</source>
        <comment>X.1.10/contexts/0/meaning</comment>
        <translation>收件人域名发布了空 MX，因此不接收任何邮件，也不会尝试投递。</translation>
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
        <translation>当在目录中找不到收件人地址时，Microsoft 使用 550 5.1.10，这属于未知收件人错误。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the registry X.1.10 means the recipient domain publishes a null MX and X.1.1 means the mailbox is unknown, but Microsoft 365 uses 5.1.10 for recipients it cannot find, so treat a Microsoft 5.1.10 like a 5.1.1.</source>
        <comment>X.1.10/confusedWith/X.1.1</comment>
        <translation>在注册表中，X.1.10 表示收件人域名发布了空 MX，X.1.1 表示邮箱未知；但 Microsoft 365 对找不到的收件人使用 5.1.10，因此应将 Microsoft 的 5.1.10 当作 5.1.1 处理。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.10 concerns a recipient domain with a null MX, while X.7.27 concerns a sender domain with a null MX.</source>
        <comment>X.1.10/confusedWith/X.7.27</comment>
        <translation>X.1.10 涉及使用空 MX 的收件人域名，而 X.7.27 涉及使用空 MX 的发件人域名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.10 means the domain explicitly declares that it accepts no mail, while X.1.2 means the domain does not exist or cannot take mail for another reason.</source>
        <comment>X.1.10/confusedWith/X.1.2</comment>
        <translation>X.1.10 表示该域名明确声明不接收任何邮件，而 X.1.2 表示该域名不存在或因其他原因无法接收邮件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient Not Found</source>
        <comment>5.1.10@Microsoft/title</comment>
        <translation>找不到收件人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.1.10 when a recipient&apos;s SMTP address was not found in its directory. The address may be mistyped, deleted, unlicensed, or reached through a broken forwarding rule. Despite the similar number, it is unrelated to the registry&apos;s X.1.10, which reports a domain that publishes a null MX.</source>
        <comment>5.1.10@Microsoft/description</comment>
        <translation>Exchange Online 在其目录中找不到收件人的 SMTP 地址时，会返回 5.1.10。该地址可能拼写错误、已被删除、未分配许可证，或者邮件是经由失效的转发规则转到了该地址。尽管编号相近，它与注册表中表示域发布了空 MX 的 X.1.10 无关。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned as 550 5.1.10 to RCPT TO for a domain hosted in Exchange Online, or received as backscatter when a spammer forged your address.</source>
        <comment>5.1.10@Microsoft/when</comment>
        <translation>对于托管在 Exchange Online 中的域，作为 550 5.1.10 回复 RCPT TO；或在垃圾邮件发送者伪造了您的地址时，以反向散射退信（backscatter）的形式收到。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling of the address, delete the stale entry from Outlook&apos;s Auto-Complete list, and resend. If you never sent the original message, the bounce is backscatter from spoofing and can be deleted.</source>
        <comment>5.1.10@Microsoft/fix/sender</comment>
        <translation>检查地址的拼写，从 Outlook 的自动完成列表中删除过时的条目，然后重新发送。如果您从未发送过原始邮件，则该退信是由地址伪造引起的反向散射退信，可以直接删除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If many such bounces arrive for mail your users did not send, publish SPF, DKIM and DMARC to make spoofing of your domain harder.</source>
        <comment>5.1.10@Microsoft/fix/sendingServer</comment>
        <translation>如果收到大量此类退信，而对应的邮件并非您的用户发送，请发布 SPF、DKIM 和 DMARC，使您的域更难被伪造。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm the recipient exists with a valid license and the expected address, and fix forwarding, inbox and mail flow rules that redirect to bad addresses. In hybrid setups, check whether the accepted domain should be Internal Relay rather than Authoritative.</source>
        <comment>5.1.10@Microsoft/fix/receivingServer</comment>
        <translation>确认收件人存在、拥有有效的许可证且地址符合预期，并修复会重定向到错误地址的转发规则、收件箱规则和邮件流规则。在混合部署中，检查该接受域是否应设为内部中继（Internal Relay）而不是权威（Authoritative）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.10 in the registry means the recipient&apos;s domain publishes a null MX and accepts no mail, while Microsoft&apos;s 5.1.10 means one address was not found in an existing directory.</source>
        <comment>5.1.10@Microsoft/confusedWith/X.1.10</comment>
        <translation>X.1.10 在注册表中表示收件人的域发布了空 MX、不接收任何邮件，而 Microsoft 的 5.1.10 表示在一个现有目录中找不到某个地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.1 is the standard code for a bad destination mailbox, while 5.1.10 is Exchange Online&apos;s own code for an SMTP address missing from its directory lookup.</source>
        <comment>5.1.10@Microsoft/confusedWith/X.1.1</comment>
        <translation>X.1.1 是表示目标邮箱错误的标准代码，而 5.1.10 是 Exchange Online 自己的代码，表示在其目录查询中找不到某个 SMTP 地址。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other or Undefined Mailbox Status</source>
        <comment>X.2.0/title</comment>
        <translation>其他或未定义的邮箱状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient mailbox is there, yet a problem with it blocked delivery, and the server gives no detail. 4.2.0 can cover temporary trouble such as a locked mailbox or an unavailable mailbox store, after which the message is retried. 5.2.0 is a generic permanent mailbox refusal; the server&apos;s text or logs carry the real reason.</source>
        <comment>X.2.0/description</comment>
        <translation>收件人邮箱存在，但它的某个问题阻止了投递，且服务器未给出详细信息。4.2.0 可涵盖暂时性故障，例如邮箱被锁定或邮箱存储不可用，之后邮件会被重试。5.2.0 是通用的永久性邮箱拒绝；真正的原因在服务器的文字或日志中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to RCPT TO or at the end of DATA, or a later bounce, when delivery into the mailbox fails for a reason the server does not classify.</source>
        <comment>X.2.0/when</comment>
        <translation>当邮件因服务器未分类的原因无法投递到邮箱时，对 RCPT TO 的回复、DATA 结束时的回复，或稍后的退信。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 4.2.0, wait for the automatic retries. For 5.2.0, confirm the recipient still uses the address and tell them about the bounce by another channel, since only their side can fix the mailbox.</source>
        <comment>X.2.0/fix/sender</comment>
        <translation>对于 4.2.0，请等待自动重试。对于 5.2.0，请确认收件人仍在使用该地址，并通过其他渠道告知对方退信情况，因为只有对方能修复该邮箱。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry 4.2.0 replies. If 5.2.0 repeats for one recipient, suppress the address for a while and report the reply text to the recipient&apos;s postmaster.</source>
        <comment>X.2.0/fix/sendingServer</comment>
        <translation>让队列对 4.2.0 回复进行重试。如果某个收件人反复出现 5.2.0，请暂时将该地址列入禁发名单，并将回复文本报告给收件人的 postmaster。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the delivery agent logs (LMTP, Dovecot, Exchange mailbox transport) for that mailbox: file permissions, corrupted index files, a locked or migrating mailbox, or a failing storage backend.</source>
        <comment>X.2.0/fix/receivingServer</comment>
        <translation>检查该邮箱的投递代理日志（LMTP、Dovecot、Exchange 邮箱传输）：文件权限、损坏的索引文件、被锁定或正在迁移的邮箱，或出现故障的存储后端。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.0 says the mailbox exists but has an unspecified problem, while X.1.1 says the mailbox does not exist.</source>
        <comment>X.2.0/confusedWith/X.1.1</comment>
        <translation>X.2.0 表示邮箱存在但有未具体说明的问题，而 X.1.1 表示邮箱不存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.0 points to one recipient&apos;s mailbox, while X.3.0 points to the receiving mail system as a whole.</source>
        <comment>X.2.0/confusedWith/X.3.0</comment>
        <translation>X.2.0 指向某一个收件人的邮箱，而 X.3.0 指向整个接收方邮件系统。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox Disabled, Not Accepting Messages</source>
        <comment>X.2.1/title</comment>
        <translation>邮箱已禁用，不接受邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account is real but switched off for incoming mail, for example because it is suspended, locked or inactive. 4.2.1 signals a temporary block, such as an account being migrated or, at Gmail, a recipient receiving mail faster than allowed. 5.2.1 means the mailbox is disabled permanently or indefinitely, often because the account was closed or left unused too long.</source>
        <comment>X.2.1/description</comment>
        <translation>该账户真实存在，但已关闭了邮件接收，例如因为被暂停、锁定或处于非活动状态。4.2.1 表示暂时性阻止，例如账户正在迁移，或在 Gmail 中收件人接收邮件的速度超过了允许值。5.2.1 表示邮箱被永久或无限期禁用，通常是因为账户已关闭或长期未使用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to RCPT TO, or a later bounce, when the recipient account is flagged as disabled, suspended or temporarily not accepting mail.</source>
        <comment>X.2.1/when</comment>
        <translation>当收件人账户被标记为已禁用、已暂停或暂时不接收邮件时，对 RCPT TO 的回复或稍后的退信。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 4.2.1, wait: the retry normally succeeds. For 5.2.1, the recipient&apos;s account is closed or inactive, so ask them for a current address by another channel and stop writing to the old one.</source>
        <comment>X.2.1/fix/sender</comment>
        <translation>对于 4.2.1，请等待：重试通常会成功。对于 5.2.1，收件人的账户已关闭或处于非活动状态，请通过其他渠道向对方索要当前地址，并停止向旧地址发信。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry 4.2.1 with backoff and, if you send in bulk, slow down delivery to that recipient. Treat repeated 5.2.1 replies as a hard bounce and suppress the address.</source>
        <comment>X.2.1/fix/sendingServer</comment>
        <translation>对 4.2.1 采用退避策略重试；如果您批量发送，请放慢向该收件人投递的速度。将反复出现的 5.2.1 回复视为硬退信，并将该地址列入禁发名单。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the account status in your directory or admin console (disabled, suspended, past an inactivity limit) and re-enable it if the user should receive mail. Use 4.2.1 only for short-lived blocks such as migrations.</source>
        <comment>X.2.1/fix/receivingServer</comment>
        <translation>在目录或管理控制台中检查账户状态（已禁用、已暂停、超过非活动期限），如果该用户应当接收邮件，请重新启用账户。仅对迁移等短暂阻止使用 4.2.1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.1 means the mailbox exists but is disabled, while X.1.1 means no such mailbox exists.</source>
        <comment>X.2.1/confusedWith/X.1.1</comment>
        <translation>X.2.1 表示邮箱存在但已被禁用，而 X.1.1 表示不存在这样的邮箱。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.1 means the mailbox refuses mail because it is disabled, while X.2.2 means it refuses mail because it is full.</source>
        <comment>X.2.1/confusedWith/X.2.2</comment>
        <translation>X.2.1 表示邮箱因被禁用而拒收邮件，而 X.2.2 表示邮箱因已满而拒收邮件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient Receiving Mail Too Fast</source>
        <comment>4.2.1@Google/title</comment>
        <translation>收件人收信过快</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail returns 450 4.2.1 when the recipient is getting mail too quickly, or at a rate that blocks further delivery for now. For Google Workspace SMTP relay, the same code reports that the customer&apos;s peak relay limit was exceeded. The registry meaning of X.2.1, a disabled mailbox, does not apply here.</source>
        <comment>4.2.1@Google/description</comment>
        <translation>当收件人收到邮件的速度过快，或其收信速率暂时阻碍了进一步投递时，Gmail 会返回 450 4.2.1。对于 Google Workspace SMTP 中继，同一代码表示客户超出了峰值中继限制。注册表中 X.2.1 的含义（邮箱已禁用）在此不适用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to RCPT TO or after DATA when one Gmail recipient is flooded, or when a Workspace relay customer sends a burst above its peak limit.</source>
        <comment>4.2.1@Google/when</comment>
        <translation>当某个 Gmail 收件人收到的邮件过多，或 Workspace 中继客户突发发送量超过其峰值限制时，作为对 RCPT TO 的回复或在 DATA 之后返回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait and resend later; your mail server normally retries automatically.</source>
        <comment>4.2.1@Google/fix/sender</comment>
        <translation>请等待并稍后重新发送；您的邮件服务器通常会自动重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let normal retries proceed and spread mail to the same recipient over time. For SMTP relay, lower the sending rate and check Google&apos;s relay limits for your account.</source>
        <comment>4.2.1@Google/fix/sendingServer</comment>
        <translation>让正常的重试继续进行，并将发给同一收件人的邮件分散到不同时间。对于 SMTP 中继，请降低发送速率，并查看 Google 为您的账户设定的中继限制。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery to a Gmail user</source>
        <comment>4.2.1@Google/contexts/0/context</comment>
        <translation>投递给 Gmail 用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient&apos;s mailbox is receiving too many messages right now, and a later attempt should succeed.</source>
        <comment>4.2.1@Google/contexts/0/meaning</comment>
        <translation>收件人的邮箱此刻收到的邮件过多，稍后再次尝试应会成功。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Workspace SMTP relay</source>
        <comment>4.2.1@Google/contexts/1/context</comment>
        <translation>Google Workspace SMTP 中继</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer exceeded its peak SMTP relay limit, which is a temporary condition.</source>
        <comment>4.2.1@Google/contexts/1/meaning</comment>
        <translation>客户超出了其 SMTP 中继峰值限制，这是一种暂时性状况。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.1 in the registry means the mailbox is disabled, while Gmail&apos;s 4.2.1 means the mailbox is receiving mail too quickly.</source>
        <comment>4.2.1@Google/confusedWith/X.2.1</comment>
        <translation>X.2.1 在注册表中表示邮箱已禁用，而 Gmail 的 4.2.1 表示邮箱收信过快。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.2.1 is Gmail&apos;s permanent refusal for the same overload or for an inactive account, while 4.2.1 is temporary and worth retrying.</source>
        <comment>4.2.1@Google/confusedWith/5.2.1@Google</comment>
        <translation>5.2.1 是 Gmail 针对同样的过载或非活动账户作出的永久性拒绝，而 4.2.1 是暂时性的，值得重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4.7.28 limits a sender whose overall volume looks like spam, while 4.2.1 protects a single recipient who is receiving too much mail.</source>
        <comment>4.2.1@Google/confusedWith/4.7.28@Google</comment>
        <translation>4.7.28 限制的是整体发送量看起来像垃圾邮件的发件人，而 4.2.1 保护的是收信过多的单个收件人。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient Overloaded or Inactive</source>
        <comment>5.2.1@Google/title</comment>
        <translation>收件人过载或处于非活动状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail uses 550 5.2.1 for two situations. Either the recipient is receiving mail at a rate that prevents further delivery, or the account you tried to reach is inactive or disabled. The second case matches the registry meaning of X.2.1, while the first is Gmail&apos;s permanent form of 4.2.1.</source>
        <comment>5.2.1@Google/description</comment>
        <translation>Gmail 在两种情况下使用 550 5.2.1：要么收件人收信的速率已妨碍进一步投递，要么您尝试联系的账户处于非活动状态或已被禁用。第二种情况与注册表中 X.2.1 的含义相符，而第一种情况是 Gmail 对 4.2.1 的永久性形式。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to RCPT TO or after DATA when delivering to a Gmail or Google Workspace address.</source>
        <comment>5.2.1@Google/when</comment>
        <translation>在向 Gmail 或 Google Workspace 地址投递时，作为对 RCPT TO 的回复或在 DATA 之后返回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the text says the account is inactive or disabled, contact the person another way and remove the address from your lists. If it mentions the receiving rate, try again much later.</source>
        <comment>5.2.1@Google/fix/sender</comment>
        <translation>如果文本表明账户处于非活动状态或已被禁用，请通过其他方式联系对方，并将该地址从您的列表中删除。如果文本提到收信速率，请过很长一段时间后再试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treat inactive-account bounces as hard bounces and suppress the address. For rate bounces, send less often to that recipient.</source>
        <comment>5.2.1@Google/fix/sendingServer</comment>
        <translation>将非活动账户的退信视为硬退信，并将该地址列入禁发名单。对于因速率产生的退信，请降低向该收件人发送的频率。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving rate</source>
        <comment>5.2.1@Google/contexts/0/context</comment>
        <translation>收信速率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient is flooded with mail and Gmail refuses this message instead of deferring it.</source>
        <comment>5.2.1@Google/contexts/0/meaning</comment>
        <translation>收件人收到的邮件过多，Gmail 直接拒绝了这封邮件，而不是推迟接收。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive account</source>
        <comment>5.2.1@Google/contexts/1/context</comment>
        <translation>非活动账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account exists but is disabled or inactive and does not accept mail.</source>
        <comment>5.2.1@Google/contexts/1/meaning</comment>
        <translation>账户存在，但已被禁用或处于非活动状态，不接收邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4.2.1 is the temporary deferral for a recipient receiving too fast, while 5.2.1 refuses the message outright or reports an inactive account.</source>
        <comment>5.2.1@Google/confusedWith/4.2.1@Google</comment>
        <translation>4.2.1 是针对收信过快的收件人的暂时性延迟，而 5.2.1 直接拒绝邮件，或报告账户处于非活动状态。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.2 means a full mailbox, which Gmail reports as 4.2.2 or 5.2.2, while 5.2.1 means the account is inactive or overloaded.</source>
        <comment>5.2.1@Google/confusedWith/X.2.2</comment>
        <translation>X.2.2 表示邮箱已满，Gmail 以 4.2.2 或 5.2.2 报告这种情况；而 5.2.1 表示账户处于非活动状态或过载。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox Full</source>
        <comment>X.2.2/title</comment>
        <translation>邮箱已满</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient&apos;s mailbox has reached its quota; deleting old mail would free space. RFC 3463 intends it as a transient condition, so 452 4.2.2 tells the sending server to keep retrying while the user cleans up. Many providers instead answer 552 5.2.2, the pairing the registry lists, and the message bounces at once.</source>
        <comment>X.2.2/description</comment>
        <translation>收件人的邮箱已达到配额；删除旧邮件即可释放空间。RFC 3463 将其定为暂时性情况，因此 452 4.2.2 告诉发送方服务器在用户清理期间持续重试。但许多服务商会回复 552 5.2.2（即注册表中列出的搭配），邮件会立即被退信。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to RCPT TO or at the end of DATA when the message would push the recipient past the mailbox quota, or a bounce from the final delivery agent.</source>
        <comment>X.2.2/when</comment>
        <translation>当邮件会使收件人超出邮箱配额时，对 RCPT TO 的回复或 DATA 结束时的回复，或来自最终投递代理的退信。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 4.2.2, wait: the message is retried for several days. For 5.2.2, tell the recipient by another channel that their mailbox is full and resend once they have cleared space. Sending a link instead of large attachments may also get through.</source>
        <comment>X.2.2/fix/sender</comment>
        <translation>对于 4.2.2，请等待：邮件会在数天内持续重试。对于 5.2.2，请通过其他渠道告知收件人其邮箱已满，待对方清理出空间后再重新发送。发送链接而不是大附件也可能发送成功。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry 4.2.2 normally. Do not treat 5.2.2 as an invalid address: suppress the recipient only temporarily, because full mailboxes are often cleaned up, though one that stays full for weeks may be abandoned.</source>
        <comment>X.2.2/fix/sendingServer</comment>
        <translation>正常重试 4.2.2。不要将 5.2.2 视为无效地址：只应暂时将该收件人列入禁发名单，因为已满的邮箱经常会被清理，不过连续数周处于已满状态的邮箱可能已被弃用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the user&apos;s quota usage and raise the quota or archive old mail. Prefer a temporary 452 4.2.2 so senders retry; in Dovecot, quota_full_tempfail switches over-quota replies from permanent to temporary.</source>
        <comment>X.2.2/fix/receivingServer</comment>
        <translation>检查该用户的配额使用情况，提高配额或归档旧邮件。优先使用暂时性的 452 4.2.2，以便发件人重试；在 Dovecot 中，quota_full_tempfail 可将超出配额的回复从永久性改为暂时性。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.2 means one user&apos;s mailbox is over quota, while X.3.1 means the whole receiving system is out of storage.</source>
        <comment>X.2.2/confusedWith/X.3.1</comment>
        <translation>X.2.2 表示某个用户的邮箱超出配额，而 X.3.1 表示整个接收方系统的存储空间已耗尽。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.2 means the mailbox has no room left, while X.2.3 means this one message is larger than the mailbox&apos;s per-message limit.</source>
        <comment>X.2.2/confusedWith/X.2.3</comment>
        <translation>X.2.2 表示邮箱没有剩余空间，而 X.2.3 表示这一封邮件超过了该邮箱的单封邮件大小限制。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submission Quota Exceeded</source>
        <comment>5.2.2@Microsoft/title</comment>
        <translation>超出提交配额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online uses 5.2.2 when a sender exceeds the recipient rate limit or the message rate limit in the service&apos;s sending limits. This differs from the registry meaning of X.2.2, a full mailbox. A sudden burst of sending from one account can mean it has been compromised.</source>
        <comment>5.2.2@Microsoft/description</comment>
        <translation>当发件人超出该服务发送限制中的收件人速率限制或邮件速率限制时，Exchange Online 会使用 5.2.2。这与注册表中 X.2.2 的含义（邮箱已满）不同。某个账户突然大量发送邮件，可能意味着该账户已遭到入侵。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to a Microsoft 365 user or application at submission, after it sent too many messages or addressed too many recipients within the limit period.</source>
        <comment>5.2.2@Microsoft/when</comment>
        <translation>当 Microsoft 365 用户或应用程序在限制周期内发送了过多邮件或指定了过多收件人后，在提交时返回给该用户或应用程序。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop bulk sending from your mailbox and wait for the limit period to pass. Use a bulk email service or a dedicated relay for newsletters and large mailings.</source>
        <comment>5.2.2@Microsoft/fix/sender</comment>
        <translation>请停止从您的邮箱批量发送邮件，并等待限制周期结束。对于新闻通讯和大规模邮件发送，请使用批量电子邮件服务或专用中继。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in message trace how much the account sent, and investigate it for compromise if the volume is unexpected. Move applications that send in bulk to a service designed for high volume.</source>
        <comment>5.2.2@Microsoft/fix/sendingServer</comment>
        <translation>在邮件跟踪中查看该账户发送了多少邮件；如果发送量出乎意料，请调查该账户是否遭到入侵。将批量发送邮件的应用程序迁移到专为大批量发送设计的服务上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.2 in the registry reports a recipient mailbox that is full, while Exchange Online&apos;s 5.2.2 reports that the sender went over a sending limit.</source>
        <comment>5.2.2@Microsoft/confusedWith/X.2.2</comment>
        <translation>X.2.2 在注册表中报告收件人邮箱已满，而 Exchange Online 的 5.2.2 报告发件人超出了发送限制。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.1.8 means the account was blocked for spam and needs an administrator to release it, while 5.2.2 means a rate limit was reached.</source>
        <comment>5.2.2@Microsoft/confusedWith/5.1.8@Microsoft</comment>
        <translation>5.1.8 表示账户因发送垃圾邮件而被封锁，需要管理员解除；而 5.2.2 表示达到了速率限制。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message Length Exceeds Administrative Limit</source>
        <comment>X.2.3/title</comment>
        <translation>邮件长度超出管理限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This mailbox has its own maximum message size, stricter than the server-wide one, and the message is over it. It is meant as a permanent failure: 5.2.3 bounces because the same message will never fit, and a 4.2.3 form is rare. Exchange and Microsoft 365 use 5.2.3 when a recipient&apos;s maximum receive size is smaller than the message.</source>
        <comment>X.2.3/description</comment>
        <translation>该邮箱有自己的最大邮件大小限制，比服务器全局限制更严格，而邮件超过了这一限制。它应作为永久性失败：5.2.3 会导致退信，因为同一封邮件永远无法满足要求；4.2.3 形式很少见。当收件人的最大接收大小小于邮件时，Exchange 和 Microsoft 365 会使用 5.2.3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to RCPT TO when a declared SIZE exceeds the recipient&apos;s limit, the reply at the end of DATA, or a bounce from a server inside the recipient&apos;s organization.</source>
        <comment>X.2.3/when</comment>
        <translation>当声明的 SIZE 超过收件人的限制时对 RCPT TO 的回复、DATA 结束时的回复，或来自收件人组织内部服务器的退信。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the message smaller: compress or remove attachments, or share large files through a link. Attachments grow by about a third when encoded for mail, so a 15 MB file can exceed a 20 MB limit.</source>
        <comment>X.2.3/fix/sender</comment>
        <translation>减小邮件大小：压缩或删除附件，或通过链接共享大文件。附件在编码为邮件格式后大约会增大三分之一，因此 15 MB 的文件可能超过 20 MB 的限制。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing needs fixing on the sending side. If many users hit per-recipient limits, publish guidance on attachment sizes or offer a file-sharing service.</source>
        <comment>X.2.3/fix/sendingServer</comment>
        <translation>发送方无需修复任何问题。如果很多用户遇到按收件人设置的限制，请发布关于附件大小的指南或提供文件共享服务。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the per-recipient limit (Exchange MaxReceiveSize on the mailbox, or per-user limits in your filtering or delivery layer) and raise it if the user needs larger messages, keeping it consistent with the system-wide limit.</source>
        <comment>X.2.3/fix/receivingServer</comment>
        <translation>检查按收件人设置的限制（邮箱上的 Exchange MaxReceiveSize，或过滤层、投递层中的按用户限制），如果用户需要接收更大的邮件，请提高该限制，并使其与系统全局限制保持一致。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.3 is a size limit set for one mailbox, while X.3.4 is the size limit of the whole receiving system.</source>
        <comment>X.2.3/confusedWith/X.3.4</comment>
        <translation>X.2.3 是为单个邮箱设置的大小限制，而 X.3.4 是整个接收方系统的大小限制。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.3 means this message is too large for the mailbox, while X.2.2 means the mailbox is full regardless of the message size.</source>
        <comment>X.2.3/confusedWith/X.2.2</comment>
        <translation>X.2.3 表示这封邮件对该邮箱来说太大，而 X.2.2 表示无论邮件大小如何，邮箱都已满。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailing List Expansion Problem</source>
        <comment>X.2.4/title</comment>
        <translation>邮件列表展开问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient is a mailing list or distribution group whose member list could not be resolved. 4.2.4 usually means a temporary failure, such as an unreachable list directory or a resource limit hit during expansion, and the sending server retries. 5.2.4 means the list itself is broken, for example empty, looping or full of invalid members.</source>
        <comment>X.2.4/description</comment>
        <translation>收件人是一个邮件列表或通讯组，其成员列表无法解析。4.2.4 通常表示暂时性失败，例如列表目录不可达或展开过程中达到资源限制，发送方服务器会重试。5.2.4 表示列表本身有问题，例如为空、存在循环或充斥无效成员。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to RCPT TO for a list address, or a bounce from the list server after it accepted the message and tried to expand it.</source>
        <comment>X.2.4/when</comment>
        <translation>对列表地址的 RCPT TO 的回复，或列表服务器在接受邮件并尝试展开后发出的退信。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 4.2.4, wait for the retry. For 5.2.4, tell the list owner, usually reachable at the list&apos;s owner or request address, and write to the members directly if the matter is urgent.</source>
        <comment>X.2.4/fix/sender</comment>
        <translation>对于 4.2.4，请等待重试。对于 5.2.4，请告知列表所有者（通常可通过列表的 owner 或 request 地址联系），如果事情紧急，请直接写信给各成员。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry 4.2.4 replies. A repeated 5.2.4 is a fault in the recipient&apos;s list, so report the reply text to their postmaster rather than resending.</source>
        <comment>X.2.4/fix/sendingServer</comment>
        <translation>让队列对 4.2.4 回复进行重试。反复出现的 5.2.4 是收件人列表的故障，请将回复文本报告给对方的 postmaster，而不是重新发送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the list or group definition: empty or nested groups that loop, members with invalid addresses, an unreachable directory (LDAP) behind the expansion, and limits on expanded recipients in your list manager or MTA.</source>
        <comment>X.2.4/fix/receivingServer</comment>
        <translation>检查列表或组的定义：形成循环的空组或嵌套组、地址无效的成员、展开所依赖的目录（LDAP）不可达，以及列表管理器或 MTA 对展开后收件人数量的限制。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.4 means the list could not be expanded for a technical reason, while X.7.2 means the sender is not allowed to send to the list.</source>
        <comment>X.2.4/confusedWith/X.7.2</comment>
        <translation>X.2.4 表示由于技术原因无法展开列表，而 X.7.2 表示发件人无权向该列表发送邮件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other or Undefined Mail System Status</source>
        <comment>X.3.0/title</comment>
        <translation>其他或未定义的邮件系统状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A problem with the receiving system as a whole, rather than with one address or mailbox, caused the reply, and the server gives no detail. 4.3.0 is common for passing local problems: a content filter or virus scanner timing out, a queue write error or a failed table lookup. 5.3.0 is a generic permanent refusal by the system. The registry pairs it with basic codes from 221 to 554.</source>
        <comment>X.3.0/description</comment>
        <translation>导致该回复的是整个接收方系统的问题，而不是某个地址或邮箱的问题，且服务器未给出详细信息。4.3.0 常用于短暂的本地问题：内容过滤器或病毒扫描程序超时、队列写入错误或表查询失败。5.3.0 是系统发出的通用永久性拒绝。注册表将它与从 221 到 554 的基本回复码配对。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At almost any point: the greeting, a reply to a command, the end of DATA, or as 2.3.0 alongside success replies such as 221 or 250.</source>
        <comment>X.3.0/when</comment>
        <translation>几乎可在任何时刻出现：欢迎消息、对某条命令的回复、DATA 结束时，或以 2.3.0 的形式伴随 221 或 250 等成功回复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 4.3.0, wait, since the sending server retries. For 5.3.0, resend once later; if it fails again, forward the bounce to your administrator or the recipient, because the fault lies in the receiving system.</source>
        <comment>X.3.0/fix/sender</comment>
        <translation>对于 4.3.0，请等待，因为发送方服务器会重试。对于 5.3.0，请稍后重新发送一次；如果再次失败，请将退信转发给您的管理员或收件人，因为故障出在接收方系统。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry temporary replies. If 5.3.0 repeats from one destination, contact its postmaster with timestamps, your sending IP address and the full reply text.</source>
        <comment>X.3.0/fix/sendingServer</comment>
        <translation>让队列对暂时性回复进行重试。如果某个目标反复返回 5.3.0，请联系其 postmaster，并提供时间戳、您的发送 IP 地址和完整的回复文本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the MTA log at the reported time for the failing component: milter or content filter timeouts (Postfix milter_default_action), disk or queue errors, lookup table failures or crashed delivery agents. Return a specific code where you can.</source>
        <comment>X.3.0/fix/receivingServer</comment>
        <translation>在报告的时间点检查 MTA 日志，找出出故障的组件：milter 或内容过滤器超时（Postfix milter_default_action）、磁盘或队列错误、查询表故障或投递代理崩溃。尽可能返回具体的代码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.0 places the unspecified problem in the receiving mail system, while X.0.0 gives no area at all.</source>
        <comment>X.3.0/confusedWith/X.0.0</comment>
        <translation>X.3.0 将未具体说明的问题定位在接收方邮件系统中，而 X.0.0 完全不指明领域。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.0 points to the mail system itself, while X.4.0 points to the network or routing between systems.</source>
        <comment>X.3.0/confusedWith/X.4.0</comment>
        <translation>X.3.0 指向邮件系统本身，而 X.4.0 指向系统之间的网络或路由。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail System Full</source>
        <comment>X.3.1/title</comment>
        <translation>邮件系统已满</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The receiving system as a whole has run out of storage, such as a full queue or spool disk, so individual users cannot fix it by deleting mail. It is meant as a temporary condition: 452 4.3.1 tells the sending server to retry once space is freed. A 5.3.1 is unusual and suggests a server that reports a storage emergency as permanent.</source>
        <comment>X.3.1/description</comment>
        <translation>整个接收方系统的存储空间已耗尽，例如队列或 spool 磁盘已满，因此单个用户无法通过删除邮件来解决。它应作为暂时性情况：452 4.3.1 告诉发送方服务器在空间释放后重试。5.3.1 很少见，意味着服务器将存储紧急情况报告为永久性问题。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to MAIL FROM, RCPT TO or DATA when free disk space or another resource falls below the server&apos;s threshold, for example Postfix queue_minfree or Exchange back pressure.</source>
        <comment>X.3.1/when</comment>
        <translation>当可用磁盘空间或其他资源低于服务器的阈值时（例如 Postfix queue_minfree 或 Exchange 背压），对 MAIL FROM、RCPT TO 或 DATA 的回复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed: the sending server retries, and the message normally arrives once the recipient&apos;s system recovers.</source>
        <comment>X.3.1/fix/sender</comment>
        <translation>无需任何操作：发送方服务器会重试，收件人的系统恢复后邮件通常就会送达。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry. If a destination keeps returning 4.3.1 for hours, notify its postmaster, because their server is probably out of disk space.</source>
        <comment>X.3.1/fix/sendingServer</comment>
        <translation>让队列进行重试。如果某个目标连续数小时返回 4.3.1，请通知其 postmaster，因为对方服务器的磁盘空间很可能已耗尽。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free space on the queue and mailbox volumes (df -h), look for runaway logs or quarantine folders, and review thresholds such as Postfix queue_minfree or the Exchange back pressure resource limits.</source>
        <comment>X.3.1/fix/receivingServer</comment>
        <translation>释放队列卷和邮箱卷上的空间（df -h），查找失控增长的日志或隔离文件夹，并检查 Postfix queue_minfree 或 Exchange 背压资源限制等阈值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.1 means the whole receiving system is out of storage, while X.2.2 means one recipient&apos;s mailbox is over quota.</source>
        <comment>X.3.1/confusedWith/X.2.2</comment>
        <translation>X.3.1 表示整个接收方系统的存储空间已耗尽，而 X.2.2 表示某个收件人的邮箱超出配额。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.1 reports a storage shortage on the receiving system, while X.4.5 reports congestion that delays delivery.</source>
        <comment>X.3.1/confusedWith/X.4.5</comment>
        <translation>X.3.1 报告接收方系统存储空间不足，而 X.4.5 报告导致投递延迟的拥塞。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System Not Accepting Network Messages</source>
        <comment>X.3.2/title</comment>
        <translation>系统不接受网络邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The host is not accepting mail from the network, either for now or at all. 4.3.2 signals a temporary state such as maintenance, a shutdown in progress or overload, often together with a 421 reply that closes the connection. 5.3.2 means the host does not accept mail, which RFC 7504 pairs with 521 for hosts that never receive mail.</source>
        <comment>X.3.2/description</comment>
        <translation>该主机不接受来自网络的邮件，可能是暂时的，也可能是完全不接受。4.3.2 表示维护、正在关机或过载等暂时性状态，通常与关闭连接的 421 回复一起出现。5.3.2 表示该主机不接受邮件，RFC 7504 将它与 521 配对，用于从不接收邮件的主机。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually in the greeting or the reply to the first command, or in replies to later commands while a server drains its queue before shutting down.</source>
        <comment>X.3.2/when</comment>
        <translation>通常出现在欢迎消息或对第一条命令的回复中，也可能出现在服务器关机前清空队列期间对后续命令的回复中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed for 4.3.2, because the message is retried. For 5.3.2, the recipient&apos;s server does not accept mail, so ask the recipient for a working address.</source>
        <comment>X.3.2/fix/sender</comment>
        <translation>对于 4.3.2 无需任何操作，因为邮件会被重试。对于 5.3.2，收件人的服务器不接受邮件，请向收件人索要可用的地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry 4.3.2 and check that delivery falls back to other MX hosts. For 521 or 5.3.2, verify you are connecting to the right host: stale MX data or a hard-coded relay often points at a server that no longer takes mail.</source>
        <comment>X.3.2/fix/sendingServer</comment>
        <translation>让队列对 4.3.2 进行重试，并检查投递是否会回退到其他 MX 主机。对于 521 或 5.3.2，请确认您连接的是正确的主机：过时的 MX 数据或硬编码的中继服务器常常指向已不再接收邮件的服务器。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check whether the MTA is paused or in maintenance (Exchange Get-ServerComponentState for HubTransport, postfix status) and resume it. Hosts that never accept mail should answer 521 or be removed from the MX records.</source>
        <comment>X.3.2/fix/receivingServer</comment>
        <translation>检查 MTA 是否已暂停或处于维护状态（Exchange 中针对 HubTransport 的 Get-ServerComponentState，postfix status），并将其恢复。从不接受邮件的主机应回复 521，或从 MX 记录中移除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.2 comes from a host that answered but refuses mail, while X.4.1 means the host did not answer at all.</source>
        <comment>X.3.2/confusedWith/X.4.1</comment>
        <translation>X.3.2 来自一台已应答但拒收邮件的主机，而 X.4.1 表示主机完全没有应答。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.2 with 521 means one host does not accept mail, while X.1.10 with 556 means the whole recipient domain declares through a null MX that it accepts none.</source>
        <comment>X.3.2/confusedWith/X.1.10</comment>
        <translation>X.3.2 配合 521 表示某一台主机不接受邮件，而 X.1.10 配合 556 表示整个收件人域名通过空 MX 声明不接受任何邮件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System Not Capable of Selected Features</source>
        <comment>X.3.3/title</comment>
        <translation>系统不具备所选功能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message relies on a feature the destination does not support. Gateways between different mail systems raise it when they cannot translate a feature, and ordinary hops when an extension the message depends on is missing. 5.3.3 is the usual, permanent form. A 4.3.3 is rare and would mean the feature is only unavailable for the moment.</source>
        <comment>X.3.3/description</comment>
        <translation>邮件依赖于目标系统不支持的某项功能。当不同邮件系统之间的网关无法转换某项功能时，或当普通的一跳缺少邮件所依赖的扩展时，就会产生此代码。5.3.3 是常见的永久性形式。4.3.3 很少见，表示该功能只是暂时不可用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typically in a bounce from a gateway or relay after DATA, when it tries to pass the message on with features the next system does not support.</source>
        <comment>X.3.3/when</comment>
        <translation>通常出现在 DATA 之后网关或中继服务器发出的退信中，此时它试图带着下一个系统不支持的功能继续传递邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend without special options: plain content and standard attachments, without delivery receipts, priority settings or encryption formats the recipient&apos;s system may not handle. Forward the bounce to your administrator if the feature matters.</source>
        <comment>X.3.3/fix/sender</comment>
        <translation>不使用特殊选项重新发送：使用普通内容和标准附件，不要使用收件人系统可能无法处理的送达回执、优先级设置或加密格式。如果该功能很重要，请将退信转发给您的管理员。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check which ESMTP parameters your server passes on (NOTIFY, RET and ENVID for DSN, MT-PRIORITY, REQUIRETLS) and whether the message depends on an extension the destination did not list in its EHLO reply.</source>
        <comment>X.3.3/fix/sendingServer</comment>
        <translation>检查您的服务器传递了哪些 ESMTP 参数（用于 DSN 的 NOTIFY、RET 和 ENVID，MT-PRIORITY，REQUIRETLS），以及邮件是否依赖于目标系统未在其 EHLO 回复中列出的扩展。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in the gateway logs which feature could not be mapped, then add support, configure a fallback such as dropping the request, or document the limitation for senders.</source>
        <comment>X.3.3/fix/receivingServer</comment>
        <translation>在网关日志中找出无法映射的功能，然后添加支持、配置回退方案（例如丢弃该请求），或为发件人记录这一限制。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.3 means the destination lacks a requested feature, while X.5.4 means a command&apos;s arguments were invalid or not recognized.</source>
        <comment>X.3.3/confusedWith/X.5.4</comment>
        <translation>X.3.3 表示目标系统缺少所请求的功能，而 X.5.4 表示命令的参数无效或无法识别。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.3 concerns a delivery feature the system lacks, while X.6.1 concerns a media type in the content that cannot be carried.</source>
        <comment>X.3.3/confusedWith/X.6.1</comment>
        <translation>X.3.3 涉及系统缺少的投递功能，而 X.6.1 涉及内容中无法传输的媒体类型。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message Too Big for System</source>
        <comment>X.3.4/title</comment>
        <translation>邮件对系统来说过大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message exceeds the receiving system&apos;s per-message size limit, whether set by hardware or by policy. It is permanent: 552 5.3.4 bounces because the same message will never fit; Postfix, for example, reports that the size exceeds its fixed limit. A 4.3.4 is unusual, because a temporary shortage of space is normally reported as X.3.1.</source>
        <comment>X.3.4/description</comment>
        <translation>邮件超过了接收方系统的单封邮件大小限制，无论该限制是由硬件还是由策略决定的。这是永久性的：552 5.3.4 会导致退信，因为同一封邮件永远无法满足要求；例如，Postfix 会报告邮件大小超过其固定限制。4.3.4 很少见，因为暂时性的空间不足通常以 X.3.1 报告。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to MAIL FROM when the SIZE parameter declares more than the limit, or the reply at the end of DATA or BDAT when the received message turns out too large.</source>
        <comment>X.3.4/when</comment>
        <translation>当 SIZE 参数声明的大小超过限制时对 MAIL FROM 的回复，或者当收到的邮件最终超过限制时在 DATA 或 BDAT 结束时的回复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reduce the message size: compress or remove attachments, or send a file-sharing link. Encoding adds about a third, so keep attachments well under the limit the recipient&apos;s provider publishes.</source>
        <comment>X.3.4/fix/sender</comment>
        <translation>减小邮件大小：压缩或删除附件，或发送文件共享链接。编码会使大小增加约三分之一，因此附件应远小于收件人的服务商所公布的限制。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the SIZE value the receiving server advertises in its EHLO reply with your own limit, and reject oversized messages at submission so users get an immediate, clear error.</source>
        <comment>X.3.4/fix/sendingServer</comment>
        <translation>将接收方服务器在其 EHLO 回复中通告的 SIZE 值与您自己的限制进行比较，并在提交时拒绝超大邮件，以便用户立即收到清晰的错误提示。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the size limit (Postfix message_size_limit, Exim message_size_limit, Exchange MaxReceiveSize on connectors and transport settings) and keep it consistent across gateways, filters and mailbox servers.</source>
        <comment>X.3.4/fix/receivingServer</comment>
        <translation>检查大小限制（Postfix message_size_limit、Exim message_size_limit、Exchange 连接器和传输设置中的 MaxReceiveSize），并使其在网关、过滤器和邮箱服务器之间保持一致。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.4 is the size limit of the whole receiving system, while X.2.3 is a lower limit set for one mailbox.</source>
        <comment>X.3.4/confusedWith/X.2.3</comment>
        <translation>X.3.4 是整个接收方系统的大小限制，而 X.2.3 是为单个邮箱设置的更低限制。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.4 means this one message is too large, while X.2.2 means the recipient&apos;s mailbox is full.</source>
        <comment>X.3.4/confusedWith/X.2.2</comment>
        <translation>X.3.4 表示这一封邮件过大，而 X.2.2 表示收件人的邮箱已满。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System Incorrectly Configured</source>
        <comment>X.3.5/title</comment>
        <translation>系统配置错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A configuration error on the receiving system stops it from taking this message, and the fault lies with its administrator, not the sender. Examples include a missing lookup table, a broken transport or delivery agent and wrong file permissions. 4.3.5 signals a configuration fault the server expects to be fixed, so the message is retried; 5.3.5 makes it a bounce.</source>
        <comment>X.3.5/description</comment>
        <translation>接收方系统上的配置错误使其无法接收这封邮件，责任在其管理员而不在发件人。例如缺少查询表、传输或投递代理损坏，以及文件权限错误。4.3.5 表示服务器预计会被修复的配置故障，因此邮件会被重试；5.3.5 则会导致退信。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At any command or at the end of DATA when the server hits a configuration error; Postfix, for example, answers 451 4.3.5 when a lookup table it needs is missing.</source>
        <comment>X.3.5/when</comment>
        <translation>当服务器遇到配置错误时，可出现在任何命令处或 DATA 结束时；例如，当缺少所需的查询表时，Postfix 会回复 451 4.3.5。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing on your side can fix this. Wait for the retries after 4.3.5, and if a 5.3.5 bounce arrives, send it to the recipient by another channel so they can alert their administrator.</source>
        <comment>X.3.5/fix/sender</comment>
        <translation>您这边无法解决此问题。收到 4.3.5 后请等待重试；如果收到 5.3.5 退信，请通过其他渠道将其发给收件人，以便对方提醒其管理员。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry. If the error persists for one destination, report it to their postmaster with timestamps and the full reply.</source>
        <comment>X.3.5/fix/sendingServer</comment>
        <translation>让队列进行重试。如果某个目标持续出现该错误，请将其报告给对方的 postmaster，并附上时间戳和完整的回复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for the warning logged just before the reply (Postfix: run postfix check and search the log for fatal or warning lines). Typical causes are map files not rebuilt with postmap, wrong permissions and typos in main.cf or master.cf.</source>
        <comment>X.3.5/fix/receivingServer</comment>
        <translation>查找在该回复之前记录的警告（Postfix：运行 postfix check，并在日志中搜索 fatal 或 warning 行）。典型原因包括映射文件未用 postmap 重新生成、权限错误，以及 main.cf 或 master.cf 中的拼写错误。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.5 specifically blames the receiving system&apos;s configuration, while X.3.0 gives no reason.</source>
        <comment>X.3.5/confusedWith/X.3.0</comment>
        <translation>X.3.5 明确将问题归咎于接收方系统的配置，而 X.3.0 不给出原因。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.5 reports an accidental configuration fault, while X.7.1 reports a deliberate policy refusal.</source>
        <comment>X.3.5/confusedWith/X.7.1</comment>
        <translation>X.3.5 报告的是意外的配置故障，而 X.7.1 报告的是有意的策略拒绝。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested Priority Was Changed</source>
        <comment>X.3.6/title</comment>
        <translation>请求的优先级已更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A success code from the MT-PRIORITY extension: the server accepted the message but will not honor the priority that was requested, or implied by default, for example because local policy limits what this sender may use. The text after the code states the priority actually assigned. Only 2.3.6 is defined; priority-related failures use other codes.</source>
        <comment>X.3.6/description</comment>
        <translation>来自 MT-PRIORITY 扩展的成功代码：服务器已接受邮件，但不会遵循所请求（或默认隐含）的优先级，例如因为本地策略限制了该发件人可以使用的优先级。代码后面的文字说明实际分配的优先级。仅定义了 2.3.6；与优先级相关的失败使用其他代码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a 250 or 251 success reply during a transaction that used MT-PRIORITY, when the server assigns a different priority than the one requested.</source>
        <comment>X.3.6/when</comment>
        <translation>在使用了 MT-PRIORITY 的事务中，当服务器分配了与所请求不同的优先级时，出现在 250 或 251 成功回复中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed: the message was accepted and will be relayed or delivered at the priority shown in the reply text.</source>
        <comment>X.3.6/fix/general</comment>
        <translation>无需任何操作：邮件已被接受，并将按回复文字中显示的优先级进行中继或投递。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the priority matters, ask the receiving administrator which priority levels your server or account may request, and adjust the MT-PRIORITY value your software sends.</source>
        <comment>X.3.6/fix/sendingServer</comment>
        <translation>如果优先级很重要，请询问接收方管理员您的服务器或账户可以请求哪些优先级，并调整您的软件发送的 MT-PRIORITY 值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.6 reports an accepted message whose priority was changed, while X.3.0 is a generic mail system status with no specific meaning, even when it accompanies a success reply.</source>
        <comment>X.3.6/confusedWith/X.3.0</comment>
        <translation>X.3.6 报告的是已被接受但优先级被更改的邮件，而 X.3.0 是通用的邮件系统状态，即使伴随成功回复出现，也没有特定含义。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other network or routing problem</source>
        <comment>X.4.0/title</comment>
        <translation>其他网络或路由问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A network or routing fault occurred that none of the more specific X.4 codes describes, so the server&apos;s text and logs carry the real detail. With class 4 (4.4.0) the message stays queued and the sending server keeps retrying. With class 5 (5.4.0) the reporting system judged the fault permanent and returned the message.</source>
        <comment>X.4.0/description</comment>
        <translation>发生了一个更具体的 X.4 代码都无法描述的网络或路由故障，因此真正的细节在服务器的文字和日志中。在类别 4（4.4.0）下，邮件留在队列中，发送方服务器会持续重试。在类别 5（5.4.0）下，报告系统判定该故障为永久性，并退回了邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen in queue logs, delay warnings and bounces when a connection, DNS lookup or next-hop selection failed in a way the reporting server did not classify further.</source>
        <comment>X.4.0/when</comment>
        <translation>当连接、DNS 查询或下一跳选择以报告服务器未进一步分类的方式失败时，出现在队列日志、延迟通知和退信中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait while a 4.4.0 deferral is retried, since the message is still queued. For a 5.4.0 bounce, check the recipient domain for typos, then forward the complete bounce to your mail administrator.</source>
        <comment>X.4.0/fix/sender</comment>
        <translation>4.4.0 延迟正在重试期间请等待，因为邮件仍在队列中。对于 5.4.0 退信，请检查收件人域名是否有拼写错误，然后将完整的退信转发给您的邮件管理员。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the text after the code and the delivery log for the underlying error. Test the recipient domain with dig MX and dig A, check that outbound port 25 is open, and review relayhost or transport map settings in Postfix or router settings in Exim.</source>
        <comment>X.4.0/fix/sendingServer</comment>
        <translation>阅读代码后面的文字和投递日志，找出根本错误。使用 dig MX 和 dig A 测试收件人域名，检查出站 25 端口是否开放，并检查 Postfix 中的 relayhost 或传输映射表设置，或 Exim 中的 router 设置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your server sent it, use a more specific X.4 code where possible. Make sure your MX records point to hosts that resolve and accept connections on port 25.</source>
        <comment>X.4.0/fix/receivingServer</comment>
        <translation>如果该代码是您的服务器发出的，请尽可能使用更具体的 X.4 代码。确保您的 MX 记录指向可解析且在 25 端口上接受连接的主机。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.0 is the catch-all for network faults, while X.4.4 specifically says no route or next hop could be found for the domain.</source>
        <comment>X.4.0/confusedWith/X.4.4</comment>
        <translation>X.4.0 是网络故障的兜底代码，而 X.4.4 明确表示找不到该域名的路由或下一跳。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.0.0 leaves even the subject of the problem unknown, while X.4.0 at least places it in networking or routing.</source>
        <comment>X.4.0/confusedWith/X.0.0</comment>
        <translation>X.0.0 甚至连问题的主题都不明确，而 X.4.0 至少将其定位在网络或路由方面。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer from host</source>
        <comment>X.4.1/title</comment>
        <translation>主机无应答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sending server could not get a connection to the next-hop host because the attempt timed out, was refused, or the host was too busy to answer. The registry pairs it with 451 and RFC 3463 treats it as transient, so 4.4.1 is normal and the message stays queued for retry. A 5.4.1 is a provider&apos;s own permanent use, such as Microsoft 365 refusing a recipient missing from its directory.</source>
        <comment>X.4.1/description</comment>
        <translation>由于尝试超时、被拒绝或主机太忙无法应答，发送方服务器无法与下一跳主机建立连接。注册表将它与 451 配对，RFC 3463 将其视为暂时性，因此 4.4.1 是正常形式，邮件会留在队列中等待重试。5.4.1 是某些服务商自行定义的永久性用法，例如 Microsoft 365 拒绝其目录中不存在的收件人。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appears in the sending server&apos;s log or delay notice after a TCP connection to the recipient&apos;s MX host timed out or was refused, for example Postfix logging connect to the host: Connection timed out.</source>
        <comment>X.4.1/when</comment>
        <translation>在到收件人 MX 主机的 TCP 连接超时或被拒绝后，出现在发送方服务器的日志或延迟通知中，例如 Postfix 记录 connect to the host: Connection timed out。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed for 4.4.1 while the server keeps retrying; delivery often succeeds within hours. If it persists for a day, check the recipient domain spelling and ask the recipient whether their mail server is down.</source>
        <comment>X.4.1/fix/sender</comment>
        <translation>服务器持续重试期间，4.4.1 无需任何操作；投递通常会在几小时内成功。如果持续一天，请检查收件人域名的拼写，并询问收件人其邮件服务器是否宕机。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that outbound port 25 is not blocked by your firewall or hosting provider, as many cloud and residential networks do. Confirm the MX result with dig MX, test port 25 with nc or telnet, and look for IPv6 routes that fail while IPv4 works.</source>
        <comment>X.4.1/fix/sendingServer</comment>
        <translation>检查出站 25 端口是否被您的防火墙或托管服务商封锁，许多云网络和家庭宽带网络都会这样做。使用 dig MX 确认 MX 结果，使用 nc 或 telnet 测试 25 端口，并检查是否存在 IPv4 正常而 IPv6 路由失败的情况。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure every MX host is running, listening on port 25 and reachable from the Internet, and that connection limits or firewalls are not dropping senders. For 550 5.4.1 Access denied in Microsoft 365, add the recipient or correct Directory-Based Edge Blocking.</source>
        <comment>X.4.1/fix/receivingServer</comment>
        <translation>确保每台 MX 主机都在运行、在 25 端口上监听且可从 Internet 访问，并确保连接数限制或防火墙没有丢弃发件人的连接。对于 Microsoft 365 中的 550 5.4.1 Access denied，请添加该收件人或更正基于目录的边缘阻止（Directory-Based Edge Blocking）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.1 means no connection could be made at all, while X.4.2 means a connection was made but broke before the transaction finished.</source>
        <comment>X.4.1/confusedWith/X.4.2</comment>
        <translation>X.4.1 表示根本无法建立连接，而 X.4.2 表示连接已建立，但在事务完成前中断。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.1 reports failed connection attempts that will be retried, while X.4.7 reports that retries went on so long the message expired.</source>
        <comment>X.4.1/confusedWith/X.4.7</comment>
        <translation>X.4.1 报告的是将会重试的连接失败，而 X.4.7 报告的是重试持续太久以致邮件过期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relay Access Denied</source>
        <comment>5.4.1@Microsoft/title</comment>
        <translation>中继访问被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.4.1 with two different texts. &quot;Relay Access Denied&quot; means the server that answered does not accept mail for the recipient&apos;s domain, usually because of an MX record or domain configuration error. &quot;Recipient address rejected: Access denied&quot; means Directory-Based Edge Blocking found no such recipient in the organization.</source>
        <comment>5.4.1@Microsoft/description</comment>
        <translation>Exchange Online 返回的 5.4.1 附带两种不同的文本。&quot;Relay Access Denied&quot; 表示应答的服务器不接收发往收件人域的邮件，通常是由于 MX 记录或域配置错误。&quot;Recipient address rejected: Access denied&quot; 表示基于目录的边缘阻止（Directory-Based Edge Blocking）在组织中找不到该收件人。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned as 550 5.4.1 to RCPT TO when mail reaches Exchange Online Protection for a domain or address it does not accept.</source>
        <comment>5.4.1@Microsoft/when</comment>
        <translation>当邮件到达 Exchange Online Protection，而后者不接受该域或该地址时，作为 550 5.4.1 回复 RCPT TO。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the recipient address and resend. If the recipient recently changed email providers, wait up to 72 hours for DNS changes to spread and try again.</source>
        <comment>5.4.1@Microsoft/fix/sender</comment>
        <translation>检查收件人地址并重新发送。如果收件人最近更换了电子邮件服务商，请等待最多 72 小时让 DNS 更改生效，然后再试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify that you deliver to the MX host the recipient domain currently publishes and not to a stale cached route or smart host.</source>
        <comment>5.4.1@Microsoft/fix/sendingServer</comment>
        <translation>确认您投递的目标是收件人域当前发布的 MX 主机，而不是过时的缓存路由或智能主机。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure the domain has a single MX record pointing to its host under mail.protection.outlook.com, and that it is verified and listed as an accepted domain. In hybrid setups, rerun the Hybrid Configuration Wizard and confirm that recipients are synchronized for Directory-Based Edge Blocking.</source>
        <comment>5.4.1@Microsoft/fix/receivingServer</comment>
        <translation>确保该域只有一条 MX 记录，指向其在 mail.protection.outlook.com 下的主机，并且该域已通过验证并列为接受域。在混合部署中，重新运行混合配置向导（Hybrid Configuration Wizard），并确认收件人已同步，以供基于目录的边缘阻止（Directory-Based Edge Blocking）使用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relay Access Denied</source>
        <comment>5.4.1@Microsoft/contexts/0/context</comment>
        <translation>中继访问被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answering server does not accept mail for the recipient&apos;s domain, usually because of wrong MX records, an unverified domain or hybrid connector problems.</source>
        <comment>5.4.1@Microsoft/contexts/0/meaning</comment>
        <translation>应答的服务器不接收发往收件人域的邮件，通常是由于 MX 记录错误、域未经验证或混合部署连接器出现问题。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient address rejected</source>
        <comment>5.4.1@Microsoft/contexts/1/context</comment>
        <translation>收件人地址被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory-Based Edge Blocking rejected the message because the recipient address does not exist in the organization.</source>
        <comment>5.4.1@Microsoft/contexts/1/meaning</comment>
        <translation>基于目录的边缘阻止（Directory-Based Edge Blocking）拒绝了该邮件，因为收件人地址在组织中不存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.1 in the registry means the destination host did not answer, while Exchange Online&apos;s 5.4.1 means the host answered and refused mail for that domain or address.</source>
        <comment>5.4.1@Microsoft/confusedWith/X.4.1</comment>
        <translation>X.4.1 在注册表中表示目标主机没有应答，而 Exchange Online 的 5.4.1 表示主机已应答，但拒绝接收发往该域或该地址的邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.64 means an inbound connector from your own servers no longer matches, while 5.4.1 means the recipient domain or address is not accepted at all.</source>
        <comment>5.4.1@Microsoft/confusedWith/5.7.64@Microsoft</comment>
        <translation>5.7.64 表示来自您自己服务器的入站连接器不再匹配，而 5.4.1 表示收件人域或地址根本不被接受。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad connection</source>
        <comment>X.4.2/title</comment>
        <translation>连接不良</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A connection to the next host was established, but the transaction could not be completed because the link timed out or dropped mid-session. The registry pairs it with 421 and RFC 3463 intends it as transient, so 4.4.2 means the message will be retried. A 5.4.2 is unusual and means the reporting system gave up on the message for good.</source>
        <comment>X.4.2/description</comment>
        <translation>已与下一台主机建立连接，但由于链路在会话中途超时或断开，事务无法完成。注册表将它与 421 配对，RFC 3463 将其定为暂时性，因此 4.4.2 表示邮件将被重试。5.4.2 很少见，表示报告系统已彻底放弃这封邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged by the sending server when the remote host closed or stalled the session after connecting, for example Postfix reporting lost connection or conversation timed out while sending the message data.</source>
        <comment>X.4.2/when</comment>
        <translation>当远程主机在连接后关闭会话或使会话停滞时由发送方服务器记录，例如 Postfix 在发送邮件数据时报告 lost connection 或 conversation timed out。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is needed while it is a 4.4.2 deferral. If large messages keep failing, send a smaller message or share the attachment through a link.</source>
        <comment>X.4.2/fix/sender</comment>
        <translation>只要是 4.4.2 延迟，就无需任何操作。如果大邮件反复失败，请发送较小的邮件，或通过链接共享附件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note the phase in the log where the session broke, such as after STARTTLS or during DATA. Check for TLS handshake failures, MTU or path problems, firewalls that inspect SMTP, and remote tarpit delays longer than your timeouts, such as Postfix smtp_data_done_timeout.</source>
        <comment>X.4.2/fix/sendingServer</comment>
        <translation>在日志中记下会话中断的阶段，例如 STARTTLS 之后或 DATA 期间。检查 TLS 握手失败、MTU 或路径问题、检查 SMTP 流量的防火墙，以及比您的超时时间（例如 Postfix smtp_data_done_timeout）更长的远程 tarpit 延迟。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for sessions dropped by overload, process limits, slow content filters or short timeouts after the final dot. Content checks must answer well within the 10 minutes RFC 5321 lets a client wait after sending the message.</source>
        <comment>X.4.2/fix/receivingServer</comment>
        <translation>查找因过载、进程限制、缓慢的内容过滤器或最后的点之后超时过短而被断开的会话。RFC 5321 允许客户端在发送完邮件后等待 10 分钟，内容检查必须在此时限内留出充足余量作出应答。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.2 means the connection was made but failed during the transaction, while X.4.1 means the host never answered the connection attempt.</source>
        <comment>X.4.2/confusedWith/X.4.1</comment>
        <translation>X.4.2 表示连接已建立，但在事务期间失败，而 X.4.1 表示主机从未应答连接尝试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>421 is a reply the server sends before closing the session, while X.4.2 is often recorded by the sending side when the connection broke without any proper reply.</source>
        <comment>X.4.2/confusedWith/421</comment>
        <translation>421 是服务器在关闭会话前发送的回复，而 X.4.2 通常由发送方在连接中断且没有任何正常回复时记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directory server failure</source>
        <comment>X.4.3/title</comment>
        <translation>目录服务器故障</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lookup the mail system depends on, usually DNS and sometimes LDAP or Active Directory, could not be completed, so the message could not be routed or checked. 4.4.3 is the usual form and signals a temporary failure, such as a resolver timing out, and the message stays queued. 5.4.3 means the reporting system treated the failed lookup as final, which is rare.</source>
        <comment>X.4.3/description</comment>
        <translation>邮件系统所依赖的查询（通常是 DNS，有时是 LDAP 或 Active Directory）无法完成，因此无法对邮件进行路由或检查。4.4.3 是常见形式，表示暂时性失败，例如解析器超时，邮件会留在队列中。5.4.3 表示报告系统将这次查询失败视为最终结果，这种情况很少见。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen when a resolver times out or returns SERVFAIL while looking up MX or address records, or when a receiving server cannot complete a directory or DNS check on the sender or recipient.</source>
        <comment>X.4.3/when</comment>
        <translation>当解析器在查询 MX 或地址记录时超时或返回 SERVFAIL，或当接收方服务器无法完成对发件人或收件人的目录或 DNS 检查时出现。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for the retries; most 4.4.3 deferrals clear once DNS recovers. If it continues for hours, ask the recipient whether their domain&apos;s DNS is working.</source>
        <comment>X.4.3/fix/sender</comment>
        <translation>等待重试；大多数 4.4.3 延迟会在 DNS 恢复后消除。如果持续数小时，请询问收件人其域名的 DNS 是否正常。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test your resolver with dig MX for the recipient domain and look for SERVFAIL, timeouts or DNSSEC validation failures. Make sure the MTA uses a working resolver, including the copy of resolv.conf inside a Postfix chroot.</source>
        <comment>X.4.3/fix/sendingServer</comment>
        <translation>使用 dig MX 对收件人域名测试您的解析器，查找 SERVFAIL、超时或 DNSSEC 验证失败。确保 MTA 使用的解析器工作正常，包括 Postfix chroot 中的 resolv.conf 副本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your server returned it, check the DNS or LDAP backend used for recipient, sender or SPF checks. Fix lame delegations, unreachable name servers or expired DNSSEC signatures on your own zone so that senders&apos; lookups succeed.</source>
        <comment>X.4.3/fix/receivingServer</comment>
        <translation>如果是您的服务器返回了该代码，请检查用于收件人、发件人或 SPF 检查的 DNS 或 LDAP 后端。修复您自己区域中的无效委派（lame delegation）、无法访问的名称服务器或已过期的 DNSSEC 签名，以便发件人的查询能够成功。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routing lookup</source>
        <comment>X.4.3/contexts/0/context</comment>
        <translation>路由查询</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sending server could not query DNS or a directory to find the next hop, and it will retry later.</source>
        <comment>X.4.3/contexts/0/meaning</comment>
        <translation>发送方服务器无法查询 DNS 或目录来找到下一跳，稍后将重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPF check at the receiver</source>
        <comment>X.4.3/contexts/1/context</comment>
        <translation>接收方的 SPF 检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFC 7208 recommends 451 4.4.3 when SPF evaluation hits a temporary DNS error; RFC 7372 later added X.7.24 for SPF errors.</source>
        <comment>X.4.3/contexts/1/meaning</comment>
        <translation>当 SPF 评估遇到暂时性 DNS 错误时，RFC 7208 建议使用 451 4.4.3；RFC 7372 后来为 SPF 错误增加了 X.7.24。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.3 means the lookup itself failed and may succeed later, while X.4.4 means the lookup worked but returned no usable route.</source>
        <comment>X.4.3/confusedWith/X.4.4</comment>
        <translation>X.4.3 表示查询本身失败，稍后可能成功，而 X.4.4 表示查询成功但没有返回可用的路由。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.24 names an SPF evaluation error specifically, while X.4.3 is the general directory failure code that some servers still use for temporary SPF errors.</source>
        <comment>X.4.3/confusedWith/X.7.24</comment>
        <translation>X.7.24 专门指 SPF 评估错误，而 X.4.3 是通用的目录故障代码，一些服务器仍将其用于暂时性 SPF 错误。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unable to route</source>
        <comment>X.4.4/title</comment>
        <translation>无法路由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mail system could not work out the next hop because the lookup returned no usable routing data, such as a domain that does not exist, has no MX or address records, or returns only an SOA record. As 5.4.4 it is a final bounce, typical for a misspelled or expired domain. As 4.4.4 the sender keeps retrying, which helps when the domain&apos;s DNS is only temporarily incomplete.</source>
        <comment>X.4.4/description</comment>
        <translation>由于查询未返回可用的路由数据，邮件系统无法确定下一跳，例如域名不存在、没有 MX 或地址记录，或只返回 SOA 记录。作为 5.4.4，它是最终退信，常见于拼写错误或已过期的域名。作为 4.4.4，发件人会持续重试，这在域名的 DNS 只是暂时不完整时很有帮助。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by the sending server after DNS says the recipient domain does not exist or has neither MX nor A or AAAA records, for example Postfix logging Host or domain name not found.</source>
        <comment>X.4.4/when</comment>
        <translation>在 DNS 表明收件人域名不存在，或既没有 MX 也没有 A 或 AAAA 记录后，由发送方服务器报告，例如 Postfix 记录 Host or domain name not found。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the recipient address for a typo in the domain, such as gmial.com instead of gmail.com. If the domain is right, tell the recipient by another channel that their domain&apos;s mail records seem to be missing.</source>
        <comment>X.4.4/fix/sender</comment>
        <translation>检查收件人地址中的域名是否有拼写错误，例如把 gmail.com 写成 gmial.com。如果域名正确，请通过其他渠道告知收件人其域名的邮件记录似乎缺失。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm with dig MX and dig A that the domain really has no route, and rule out split-horizon DNS or a stale resolver cache. Review transport maps or smarthost settings that may name a host that does not resolve.</source>
        <comment>X.4.4/fix/sendingServer</comment>
        <translation>使用 dig MX 和 dig A 确认该域名确实没有路由，并排除水平分割 DNS（split-horizon DNS）或解析器缓存过时的问题。检查可能指定了无法解析主机的传输映射表或 smarthost 设置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish MX records that point to host names with valid A or AAAA records, never to IP addresses or CNAMEs. Check that the domain registration has not expired and that its name server delegation is correct.</source>
        <comment>X.4.4/fix/receivingServer</comment>
        <translation>发布指向具有有效 A 或 AAAA 记录的主机名的 MX 记录，切勿指向 IP 地址或 CNAME。检查域名注册是否已过期，以及其名称服务器委派是否正确。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.4 means the lookup succeeded but gave no usable route, while X.4.3 means the lookup itself failed and may work later.</source>
        <comment>X.4.4/confusedWith/X.4.3</comment>
        <translation>X.4.4 表示查询成功但没有得到可用的路由，而 X.4.3 表示查询本身失败，稍后可能成功。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.2 says the destination system in the address is invalid, while X.4.4 says no route to it could be found; servers use either one for a nonexistent domain.</source>
        <comment>X.4.4/confusedWith/X.1.2</comment>
        <translation>X.1.2 表示地址中的目标系统无效，而 X.4.4 表示找不到到达它的路由；对于不存在的域名，服务器两者都可能使用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.10 means the domain deliberately publishes a null MX to refuse all mail, while X.4.4 means routing data is missing or unusable.</source>
        <comment>X.4.4/confusedWith/X.1.10</comment>
        <translation>X.1.10 表示该域名有意发布空 MX 以拒收所有邮件，而 X.4.4 表示路由数据缺失或不可用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail system congestion</source>
        <comment>X.4.5/title</comment>
        <translation>邮件系统拥塞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message could not be delivered because the mail system, or the next hop, is overloaded, with too many connections, a full queue or exhausted resources. RFC 3463 treats it as transient and the registry pairs it with 451, so 4.4.5 is the normal form and the message is retried later. A 5.4.5 is a provider&apos;s own use for a hard limit, such as Gmail&apos;s daily sending quota.</source>
        <comment>X.4.5/description</comment>
        <translation>由于邮件系统或下一跳过载（连接过多、队列已满或资源耗尽），邮件无法投递。RFC 3463 将其视为暂时性，注册表将其与 451 配对，因此 4.4.5 是正常形式，邮件稍后会被重试。5.4.5 是服务商针对硬性限制的自行用法，例如 Gmail 的每日发送配额。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen as a deferral when a receiving or relaying server is overloaded or throttling connections, and from Gmail as 550 5.4.5 when an account exceeds its daily sending quota.</source>
        <comment>X.4.5/when</comment>
        <translation>当接收或中继服务器过载或正在限制连接时以延迟投递的形式出现；当账户超过每日发送配额时，Gmail 也会以 550 5.4.5 的形式返回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 4.4.5, wait; the message is queued and will be retried. For 5.4.5 from Gmail or a similar provider, you reached a daily sending limit: wait 24 hours, send to fewer recipients, or move bulk mail to a dedicated sending service.</source>
        <comment>X.4.5/fix/sender</comment>
        <translation>对于 4.4.5，请等待；邮件已在队列中，稍后将被重试。对于来自 Gmail 或类似服务商的 5.4.5，说明您已达到每日发送限制：请等待 24 小时、减少收件人数量，或将批量邮件转移到专用的发送服务。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower concurrency and sending rate toward the destination, for example with Postfix default_destination_concurrency_limit or per-destination rate delays. Check your own queue size, disk space and process limits, and spread bulk traffic over time.</source>
        <comment>X.4.5/fix/sendingServer</comment>
        <translation>降低向该目标发送的并发数和速率，例如使用 Postfix default_destination_concurrency_limit 或按目标设置的速率延迟。检查您自己的队列大小、磁盘空间和进程限制，并将批量流量分散到不同时间段。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check load, queue depth, disk I/O and content-filter capacity, and raise connection or process limits if the hardware allows. Return 4.4.5 only while the overload lasts, so senders back off and retry.</source>
        <comment>X.4.5/fix/receivingServer</comment>
        <translation>检查负载、队列深度、磁盘 I/O 和内容过滤器容量，如果硬件允许，请提高连接数或进程数限制。仅在过载持续期间返回 4.4.5，以便发件人放慢速度并重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.2 says the host is not accepting messages at all, for example during maintenance, while X.4.5 says it accepts mail but is too congested right now.</source>
        <comment>X.4.5/confusedWith/X.3.2</comment>
        <translation>X.3.2 表示主机完全不接受邮件（例如在维护期间），而 X.4.5 表示主机接受邮件，但目前过于拥塞。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>421 closes the session, often because of the same overload, while X.4.5 usually arrives with 451 and describes congestion without ending the session.</source>
        <comment>X.4.5/confusedWith/421</comment>
        <translation>421 会关闭会话，通常也是由于同样的过载，而 X.4.5 通常随 451 出现，描述拥塞情况但不结束会话。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily Sending Limit Exceeded</source>
        <comment>5.4.5@Google/title</comment>
        <translation>超出每日发送限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google returns 550 5.4.5 when a user exceeded the daily sending limit, or when a Google Workspace SMTP relay account exceeded its daily relay limit. The message is not sent, and sending becomes possible again after the limit period. The registry meaning of X.4.5, mail system congestion, does not describe this case.</source>
        <comment>5.4.5@Google/description</comment>
        <translation>当用户超出每日发送限制，或 Google Workspace SMTP 中继账户超出其每日中继限制时，Google 会返回 550 5.4.5。邮件不会被发送，限制周期过后即可再次发送。注册表中 X.4.5 的含义（邮件系统拥塞）并不适用于这种情况。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned when a Gmail or Workspace user, or a device using the Workspace SMTP relay, submits mail beyond the daily quota.</source>
        <comment>5.4.5@Google/when</comment>
        <translation>当 Gmail 或 Workspace 用户，或者使用 Workspace SMTP 中继的设备，提交的邮件超出每日配额时返回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop sending for now and try again later, which can take up to 24 hours. For large mailings, use a bulk email service instead of your mailbox.</source>
        <comment>5.4.5@Google/fix/sender</comment>
        <translation>请暂停发送并稍后再试，这可能需要等待最多 24 小时。对于大规模邮件发送，请使用批量电子邮件服务，而不是您的邮箱。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread relay traffic over more users or more time, review Google&apos;s sending and relay limits, and check for compromised accounts or scripts that send unexpected volume.</source>
        <comment>5.4.5@Google/fix/sendingServer</comment>
        <translation>将中继流量分散到更多用户或更长时间内，查看 Google 的发送和中继限制，并检查是否有遭到入侵的账户或脚本发送了意外的邮件量。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.5 in the registry means mail system congestion, while Google&apos;s 5.4.5 means the sender exceeded a daily sending or relay limit.</source>
        <comment>5.4.5@Google/confusedWith/X.4.5</comment>
        <translation>X.4.5 在注册表中表示邮件系统拥塞，而 Google 的 5.4.5 表示发件人超出了每日发送或中继限制。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.2.2 is Exchange Online&apos;s code for a sender over its rate limits, while 5.4.5 is Google&apos;s code for a sender over its daily limit.</source>
        <comment>5.4.5@Google/confusedWith/5.2.2@Microsoft</comment>
        <translation>5.2.2 是 Exchange Online 用于超出速率限制的发件人的代码，而 5.4.5 是 Google 用于超出每日限制的发件人的代码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routing loop detected</source>
        <comment>X.4.6/title</comment>
        <translation>检测到路由循环</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message was passed around too many times, because of a routing misconfiguration or mailboxes forwarding to each other, and a server stopped it by counting hops or Received header fields. RFC 3463 lists it as transient, but 5.4.6 is the common form in practice because a loop rarely fixes itself. A 4.4.6 means the system will try again later.</source>
        <comment>X.4.6/description</comment>
        <translation>邮件被来回传递的次数过多（由于路由配置错误或邮箱相互转发），某台服务器通过统计跳数或 Received 头字段阻止了它。RFC 3463 将其列为暂时性，但实际中 5.4.6 是常见形式，因为循环很少会自行消除。4.4.6 表示系统稍后会再次尝试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued when a message exceeds a hop limit, such as Postfix hopcount_limit of 50 Received headers, or when a server finds that the next hop is itself, as in Postfix&apos;s mail for the domain loops back to myself.</source>
        <comment>X.4.6/when</comment>
        <translation>当邮件超过跳数限制（例如 Postfix hopcount_limit 规定的 50 个 Received 头）时，或者当服务器发现下一跳就是它自己时产生，如 Postfix 的 mail for the domain loops back to myself。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your own forwarding rules and ask the recipient about theirs: two mailboxes forwarding to each other cause this. Remove or correct the forward, then send again.</source>
        <comment>X.4.6/fix/sender</comment>
        <translation>检查您自己的转发规则，并询问收件人的转发规则：两个相互转发的邮箱会导致此问题。删除或更正转发设置，然后重新发送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the Received header fields in the bounce to see which hosts repeat. Common causes are a domain missing from Postfix mydestination or virtual domains, an MX pointing back at the sender, or a smarthost that returns the mail.</source>
        <comment>X.4.6/fix/sendingServer</comment>
        <translation>比较退信中的 Received 头字段，查看哪些主机重复出现。常见原因包括 Postfix mydestination 或虚拟域中缺少某个域名、MX 指回发件人，或 smarthost 将邮件送了回来。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure your server treats the domains it is MX for as final destinations or relays them to a distinct next hop. Check aliases, Sieve or forwarding rules and mailing list setups that send copies back to the same address.</source>
        <comment>X.4.6/fix/receivingServer</comment>
        <translation>确保您的服务器将其担任 MX 的域名视为最终目标，或将其中继到另一个不同的下一跳。检查别名、Sieve 或转发规则，以及会把副本发回同一地址的邮件列表设置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.4 means no route could be found at all, while X.4.6 means a route exists but leads the message in circles.</source>
        <comment>X.4.6/confusedWith/X.4.4</comment>
        <translation>X.4.4 表示根本找不到路由，而 X.4.6 表示路由存在，但会让邮件绕圈子。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.7 says the message grew too old in a queue, while X.4.6 says it was forwarded too many times, even if quickly.</source>
        <comment>X.4.6/confusedWith/X.4.7</comment>
        <translation>X.4.7 表示邮件在队列中停留太久，而 X.4.6 表示邮件被转发了太多次，即使转发很快。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery time expired</source>
        <comment>X.4.7/title</comment>
        <translation>投递时间已过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message stayed undelivered longer than a queue&apos;s lifetime, or than a time limit the sender set, so the system stopped trying. 4.4.7 normally appears in delay warnings while retries continue, and 5.4.7 in the final bounce, although Exchange reports its final expiry as 550 4.4.7 QUEUE.Expired. RFC 3463 prefers reporting the underlying problem, so look for the last error in the bounce.</source>
        <comment>X.4.7/description</comment>
        <translation>邮件未投递的时间超过了队列的生存期，或超过了发件人设置的时间限制，因此系统停止了尝试。4.4.7 通常出现在重试仍在继续时的延迟通知中，5.4.7 出现在最终退信中，不过 Exchange 会将其最终过期报告为 550 4.4.7 QUEUE.Expired。RFC 3463 倾向于报告根本问题，因此请在退信中查找最后一个错误。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated by the sending side after repeated deferrals, typically when Postfix maximal_queue_lifetime (5 days by default), Exchange MessageExpirationTimeout or Exim retry rules run out.</source>
        <comment>X.4.7/when</comment>
        <translation>在多次延迟后由发送方生成，通常是在 Postfix maximal_queue_lifetime（默认 5 天）、Exchange MessageExpirationTimeout 或 Exim 重试规则用尽时。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the earlier error quoted in the bounce, such as a connection timeout or a repeated 4xx refusal, since that is the real cause. Check the recipient address and ask the recipient whether their server has had problems, then send again.</source>
        <comment>X.4.7/fix/sender</comment>
        <translation>阅读退信中引用的先前错误，例如连接超时或反复出现的 4xx 拒绝，因为那才是真正的原因。检查收件人地址，询问收件人其服务器是否出过问题，然后重新发送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up the message&apos;s log history for the repeated deferral reason, such as greylisting retried from changing IP addresses, DNS failures or blocked port 25. Fix that cause; raise the queue lifetime only if longer retries are really useful.</source>
        <comment>X.4.7/fix/sendingServer</comment>
        <translation>在该邮件的日志历史中查找反复延迟的原因，例如从不断变化的 IP 地址重试导致灰名单无法通过、DNS 故障或 25 端口被封锁。修复该原因；只有在更长时间的重试确实有用时才延长队列生存期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check whether you deferred this sender for days through greylisting, rate limits, a block list answered with 4xx, or an overloaded filter. Either accept the mail or reject it with a clear 5xx so the sender learns the reason quickly.</source>
        <comment>X.4.7/fix/receivingServer</comment>
        <translation>检查您是否通过灰名单、速率限制、以 4xx 回复的黑名单或过载的过滤器将该发件人延迟了数天。要么接受该邮件，要么以明确的 5xx 拒绝它，以便发件人迅速了解原因。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay notification</source>
        <comment>X.4.7/contexts/0/context</comment>
        <translation>延迟通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A 4.4.7 in a warning message says the message is still queued and the server keeps retrying.</source>
        <comment>X.4.7/contexts/0/meaning</comment>
        <translation>警告邮件中的 4.4.7 表示邮件仍在队列中，服务器会继续重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final bounce</source>
        <comment>X.4.7/contexts/1/context</comment>
        <translation>最终退信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A 5.4.7, or Exchange&apos;s 550 4.4.7, says the queue lifetime ran out and the message was returned undelivered.</source>
        <comment>X.4.7/contexts/1/meaning</comment>
        <translation>5.4.7 或 Exchange 的 550 4.4.7 表示队列生存期已用尽，邮件未投递即被退回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.1 describes a failed connection attempt that will be retried, while X.4.7 reports that all retries over the queue lifetime failed.</source>
        <comment>X.4.7/confusedWith/X.4.1</comment>
        <translation>X.4.1 描述的是将会重试的连接失败，而 X.4.7 报告在整个队列生存期内所有重试均已失败。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.6 stops a message that was forwarded in circles, while X.4.7 stops a message that waited too long in a queue.</source>
        <comment>X.4.7/confusedWith/X.4.6</comment>
        <translation>X.4.6 阻止的是被循环转发的邮件，而 X.4.7 阻止的是在队列中等待太久的邮件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message Expired in Queue</source>
        <comment>4.4.7@Microsoft/title</comment>
        <translation>邮件在队列中过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Exchange Online, 4.4.7 means a queued message expired before the service could relay or deliver it. Microsoft notes it can also follow a header limit on the remote server, such as too many recipients, or another protocol time-out with that server. The problem usually lies on the receiving side.</source>
        <comment>4.4.7@Microsoft/description</comment>
        <translation>在 Exchange Online 中，4.4.7 表示队列中的邮件在服务能够中继或投递之前就已过期。Microsoft 指出，它也可能由远程服务器上的邮件头限制（例如收件人过多）或与该服务器之间的其他协议超时引起。问题通常出在接收方。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appears in a delay notice or bounce after Exchange Online kept retrying delivery to an external server until the message expiration time.</source>
        <comment>4.4.7@Microsoft/when</comment>
        <translation>在 Exchange Online 持续重试向外部服务器投递、直至到达邮件过期时间后，出现在延迟通知或退信中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the recipient address and resend later. If the message had many recipients at the same domain, split it into smaller batches.</source>
        <comment>4.4.7@Microsoft/fix/sender</comment>
        <translation>请核实收件人地址，并稍后重新发送。如果邮件有许多位于同一域的收件人，请将其分成较小的批次。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use message trace to see the deferral reason before expiry, and test the destination with the Microsoft Remote Connectivity Analyzer. Reduce the number of recipients per message if the remote host limits headers.</source>
        <comment>4.4.7@Microsoft/fix/sendingServer</comment>
        <translation>使用邮件跟踪查看过期之前的延迟原因，并使用 Microsoft Remote Connectivity Analyzer 测试目标服务器。如果远程主机限制了邮件头，请减少每封邮件的收件人数量。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm your server is reachable on port 25 from Microsoft 365, that firewalls or filters are not timing out sessions, and that header or recipient limits are not set too low.</source>
        <comment>4.4.7@Microsoft/fix/receivingServer</comment>
        <translation>确认从 Microsoft 365 可以通过 25 端口访问您的服务器，防火墙或过滤器没有使会话超时，并且邮件头或收件人限制没有设置得过低。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.7 is the registry entry for any expired delivery time, while 4.4.7 in Exchange Online bounces also covers Microsoft&apos;s specific causes such as header limits on the remote server.</source>
        <comment>4.4.7@Microsoft/confusedWith/X.4.7</comment>
        <translation>X.4.7 是注册表中适用于任何投递时间过期情况的条目，而 Exchange Online 退信中的 4.4.7 还涵盖 Microsoft 特有的原因，例如远程服务器上的邮件头限制。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4.4.316 means Exchange Online could not connect to the external server at all, while 4.4.7 means delivery attempts continued until the message expired.</source>
        <comment>4.4.7@Microsoft/confusedWith/4.4.316@Microsoft</comment>
        <translation>4.4.316 表示 Exchange Online 根本无法连接到外部服务器，而 4.4.7 表示投递尝试一直持续到邮件过期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hop Count Exceeded in Exchange Online</source>
        <comment>5.4.14@Microsoft/title</comment>
        <translation>Exchange Online 中跳数超限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.4.14 with &quot;Hop count exceeded - possible mail loop&quot; when a message is passed around until the hop limit is reached. On-premises Exchange reports the same condition as 5.4.6, so hybrid organizations may see either code. Causes are usually accepted domain or hybrid connector misconfiguration, or forwarding that sends mail back and forth.</source>
        <comment>5.4.14@Microsoft/description</comment>
        <translation>当一封邮件被来回传递直到达到跳数限制时，Exchange Online 会返回附带 &quot;Hop count exceeded - possible mail loop&quot; 的 5.4.14。本地 Exchange 将同一状况报告为 5.4.6，因此混合部署的组织可能会看到其中任一代码。原因通常是接受域或混合部署连接器配置错误，或者转发导致邮件来回传送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after a message bounced between Exchange Online and another system, often an on-premises server in a hybrid deployment, until the hop limit stopped it.</source>
        <comment>5.4.14@Microsoft/when</comment>
        <translation>当邮件在 Exchange Online 与另一个系统（在混合部署中通常是本地服务器）之间来回传递，直到被跳数限制拦下后返回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact your email administrator, as this cannot be fixed from the mail client. Mention any automatic forwarding that you or the recipient set up.</source>
        <comment>5.4.14@Microsoft/fix/sender</comment>
        <translation>请联系您的电子邮件管理员，因为这无法在邮件客户端中解决。请告知您或收件人设置的任何自动转发。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the recipient domain is an authoritative accepted domain where appropriate, and that the hybrid outbound connector uses smart host routing to the on-premises server. Rerun the Hybrid Configuration Wizard and look for inbox or mail flow rules that forward mail in a circle.</source>
        <comment>5.4.14@Microsoft/fix/receivingServer</comment>
        <translation>检查收件人域是否在适当情况下设为权威接受域，以及混合部署出站连接器是否使用智能主机路由到本地服务器。重新运行混合配置向导（Hybrid Configuration Wizard），并查找会将邮件循环转发的收件箱规则或邮件流规则。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.6 is the registry code for a routing loop, which on-premises Exchange sends as 5.4.6, while 5.4.14 is Exchange Online&apos;s own code for the same kind of loop.</source>
        <comment>5.4.14@Microsoft/confusedWith/X.4.6</comment>
        <translation>X.4.6 是注册表中表示路由循环的代码，本地 Exchange 以 5.4.6 发送它；而 5.4.14 是 Exchange Online 针对同类循环的自有代码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.4.1 means the domain or address is refused outright, while 5.4.14 means it was accepted but routed in a loop.</source>
        <comment>5.4.14@Microsoft/confusedWith/5.4.1@Microsoft</comment>
        <translation>5.4.1 表示域或地址被直接拒绝，而 5.4.14 表示它已被接受，但被循环路由。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection Refused by External Server</source>
        <comment>4.4.316@Microsoft/title</comment>
        <translation>外部服务器拒绝连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online uses 4.4.316 when its attempts to connect to an email server outside Microsoft 365 fail because of a network problem at the external server&apos;s location, typically shown as a refused connection with socket error 10061. The error usually includes the IP address involved, which identifies who must fix it.</source>
        <comment>4.4.316@Microsoft/description</comment>
        <translation>当 Exchange Online 尝试连接 Microsoft 365 之外的电子邮件服务器，却因外部服务器所在位置的网络问题而失败时，会使用 4.4.316，通常表现为连接被拒绝，并伴有套接字错误 10061。错误中通常包含所涉及的 IP 地址，据此可以确定由谁来修复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appears in message trace or delay notices while Exchange Online retries outbound delivery to an external host.</source>
        <comment>4.4.316@Microsoft/when</comment>
        <translation>在 Exchange Online 重试向外部主机进行出站投递期间，出现在邮件跟踪或延迟通知中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No change to the message is needed, because Exchange Online keeps retrying. If the delay lasts, tell the recipient that their mail server is not accepting connections.</source>
        <comment>4.4.316@Microsoft/fix/sender</comment>
        <translation>无需修改邮件，因为 Exchange Online 会持续重试。如果延迟持续，请告知收件人，其邮件服务器不接受连接。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the IP address in the error with the destination&apos;s MX records, and make sure no outbound connector still routes mail to an old smart host. Watch the retries in message trace.</source>
        <comment>4.4.316@Microsoft/fix/sendingServer</comment>
        <translation>将错误中的 IP 地址与目标的 MX 记录进行比较，并确保没有出站连接器仍将邮件路由到旧的智能主机。在邮件跟踪中关注重试情况。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure the mail service is listening on port 25, that firewalls allow Microsoft 365 outbound IP ranges, and that your MX records point to the correct, running host.</source>
        <comment>4.4.316@Microsoft/fix/receivingServer</comment>
        <translation>确保邮件服务正在 25 端口上监听，防火墙允许 Microsoft 365 的出站 IP 地址范围，并且您的 MX 记录指向正确且正在运行的主机。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.1 is the registry code for a host that did not answer, while 4.4.316 is Exchange Online&apos;s own code for a connection the external server refused.</source>
        <comment>4.4.316@Microsoft/confusedWith/X.4.1</comment>
        <translation>X.4.1 是注册表中表示主机没有应答的代码，而 4.4.316 是 Exchange Online 自己的代码，表示外部服务器拒绝了连接。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>421 comes from a server that accepted the connection and then closed it, while 4.4.316 means the TCP connection was never established.</source>
        <comment>4.4.316@Microsoft/confusedWith/421</comment>
        <translation>421 来自已接受连接、随后又将其关闭的服务器，而 4.4.316 表示 TCP 连接根本没有建立。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other protocol status</source>
        <comment>X.5.0/title</comment>
        <translation>其他协议状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something in the SMTP exchange is being reported that no more specific X.5 code describes. The registry pairs it with many replies, from 220 and 250 through 451, 454 and 501 to 554, so the class carries most of the meaning. 2.5.0 is a plain acknowledgment, 4.5.0 a temporary protocol problem worth retrying, and 5.5.0 a protocol failure that needs a change on the client side.</source>
        <comment>X.5.0/description</comment>
        <translation>报告 SMTP 交互中的某种情况，且没有更具体的 X.5 代码可以描述。注册表将它与许多回复配对，从 220 和 250，到 451、454 和 501，再到 554，因此含义主要由类别决定。2.5.0 是简单的确认，4.5.0 是值得重试的暂时性协议问题，5.5.0 是需要客户端做出更改的协议失败。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to almost any command when the server has no finer code, either to acknowledge it or to refuse an exchange that breaks the protocol in a way it does not classify further.</source>
        <comment>X.5.0/when</comment>
        <translation>当服务器没有更细的代码时，几乎可作为对任何命令的回复返回，用于确认命令，或拒绝以未进一步分类的方式违反协议的交互。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed for 2.5.0, which only acknowledges a command.</source>
        <comment>X.5.0/fix/general</comment>
        <translation>2.5.0 无需任何操作，它只是对命令的确认。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 4.5.0, let the mail client retry. For 5.5.0, update or reconfigure the client, since it is speaking SMTP in a way the server does not accept.</source>
        <comment>X.5.0/fix/sender</comment>
        <translation>对于 4.5.0，请让邮件客户端重试。对于 5.5.0，请更新或重新配置客户端，因为它使用 SMTP 的方式不被服务器接受。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture the session, for example with Postfix debug_peer_list, Exim debug output or a packet capture, and compare the commands with what the EHLO reply advertised. Look for pipelining errors, extensions used without being offered, or middleboxes rewriting the session.</source>
        <comment>X.5.0/fix/sendingServer</comment>
        <translation>捕获会话，例如使用 Postfix debug_peer_list、Exim 调试输出或抓包，并将命令与 EHLO 回复中通告的内容进行比较。查找管道化错误、未经通告就使用的扩展，或改写会话的中间设备。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefer specific codes such as X.5.1, X.5.2 or X.5.4 so clients can tell what went wrong, and log the rejected command line.</source>
        <comment>X.5.0/fix/receivingServer</comment>
        <translation>优先使用 X.5.1、X.5.2 或 X.5.4 等具体代码，以便客户端知道出了什么问题，并记录被拒绝的命令行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.0.0 leaves even the subject of the status unknown, while X.5.0 at least places it in the SMTP protocol exchange.</source>
        <comment>X.5.0/confusedWith/X.0.0</comment>
        <translation>X.0.0 甚至连状态的主题都不明确，而 X.5.0 至少将其定位在 SMTP 协议交互中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.5.1 says a specific command was unsupported or out of sequence, while X.5.0 reports a protocol issue without saying which kind.</source>
        <comment>X.5.0/confusedWith/X.5.1</comment>
        <translation>X.5.1 表示某条具体命令不受支持或顺序错误，而 X.5.0 报告协议问题，但不说明是哪一类。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid command</source>
        <comment>X.5.1/title</comment>
        <translation>无效命令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client sent a command the server does not support, or sent it at the wrong point in the session, such as DATA before RCPT TO or MAIL FROM before logging in. Its meaning varies with the basic code it accompanies. RFC 3463 calls it permanent, so 5.5.1 is the norm and resending the same sequence fails again; a 4.5.1 is rare and signals a temporary state.</source>
        <comment>X.5.1/description</comment>
        <translation>客户端发送了服务器不支持的命令，或在会话中的错误时机发送了命令，例如在 RCPT TO 之前发送 DATA，或在登录之前发送 MAIL FROM。其含义随所伴随的基本回复码而变化。RFC 3463 将其定为永久性，因此 5.5.1 是常态，重新发送相同的命令序列会再次失败；4.5.1 很少见，表示暂时性状态。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to the offending command, for example 503 5.5.1 after RCPT TO without MAIL FROM, or 530 5.5.1 when a client tries MAIL FROM on a submission server without logging in.</source>
        <comment>X.5.1/when</comment>
        <translation>作为对出错命令的回复返回，例如在没有 MAIL FROM 的情况下发送 RCPT TO 后返回 503 5.5.1，或客户端未登录就在提交服务器上尝试 MAIL FROM 时返回 530 5.5.1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the text says authentication is required, turn on SMTP authentication in your mail client with your full address and password or an app password, using port 587 with STARTTLS or 465 with TLS. Otherwise update the client or script that sends the mail.</source>
        <comment>X.5.1/fix/sender</comment>
        <translation>如果文字说明需要身份验证，请在邮件客户端中启用 SMTP 身份验证，使用完整地址和密码或应用专用密码，并使用 587 端口配合 STARTTLS 或 465 端口配合 TLS。否则，请更新发送邮件的客户端或脚本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check command order and extensions: pipeline only if the server advertised PIPELINING, send EHLO again after STARTTLS, and authenticate before MAIL FROM where required. For a smarthost, configure credentials, for example Postfix smtp_sasl_auth_enable and smtp_sasl_password_maps.</source>
        <comment>X.5.1/fix/sendingServer</comment>
        <translation>检查命令顺序和扩展：仅在服务器通告了 PIPELINING 时才使用管道化，在 STARTTLS 之后重新发送 EHLO，并在要求时于 MAIL FROM 之前完成身份验证。对于 smarthost，请配置凭据，例如 Postfix smtp_sasl_auth_enable 和 smtp_sasl_password_maps。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure the commands and extensions you advertise match what you accept, and that submission ports offer AUTH once STARTTLS is active. Log the rejected command so users can be told exactly what to change.</source>
        <comment>X.5.1/fix/receivingServer</comment>
        <translation>确保您通告的命令和扩展与您实际接受的一致，并确保提交端口在 STARTTLS 生效后提供 AUTH。记录被拒绝的命令，以便准确告诉用户需要更改什么。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With 500 or 502</source>
        <comment>X.5.1/contexts/0/context</comment>
        <translation>配合 500 或 502</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command is unknown to this server or not implemented.</source>
        <comment>X.5.1/contexts/0/meaning</comment>
        <translation>该服务器不认识此命令，或未实现此命令。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With 503</source>
        <comment>X.5.1/contexts/1/context</comment>
        <translation>配合 503</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command is valid but came out of order, such as RCPT TO before MAIL FROM.</source>
        <comment>X.5.1/contexts/1/meaning</comment>
        <translation>命令有效，但顺序错误，例如在 MAIL FROM 之前发送 RCPT TO。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With 530</source>
        <comment>X.5.1/contexts/2/context</comment>
        <translation>配合 530</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server requires AUTH, usually after STARTTLS, before it accepts mail commands, as in Gmail&apos;s 530 5.5.1 Authentication Required.</source>
        <comment>X.5.1/contexts/2/meaning</comment>
        <translation>服务器要求先进行 AUTH（通常在 STARTTLS 之后），然后才接受邮件命令，例如 Gmail 的 530 5.5.1 Authentication Required。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.5.2 means the command could not be parsed, while X.5.1 means it was understood but is unsupported or out of sequence.</source>
        <comment>X.5.1/confusedWith/X.5.2</comment>
        <translation>X.5.2 表示命令无法解析，而 X.5.1 表示命令能被理解，但不受支持或顺序错误。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>530 is the basic reply for authentication required, and pairing it with X.5.1 presents the missing login as an invalid command sequence rather than as a security policy under X.7.0.</source>
        <comment>X.5.1/confusedWith/530</comment>
        <translation>530 是表示需要身份验证的基本回复码，将其与 X.5.1 搭配，是把缺少登录表述为无效的命令顺序，而不是 X.7.0 下的安全策略。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syntax error</source>
        <comment>X.5.2/title</comment>
        <translation>语法错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server could not interpret a command because its syntax was wrong or the command name was not recognized, for example a malformed MAIL FROM address or undecodable Base64 during AUTH. RFC 3463 calls it permanent, so 5.5.2 means the client must change what it sends. A 4.5.2 is unusual and points to a temporary parsing or state problem.</source>
        <comment>X.5.2/description</comment>
        <translation>由于语法错误或命令名称无法识别，服务器无法解释某条命令，例如格式错误的 MAIL FROM 地址，或 AUTH 期间无法解码的 Base64。RFC 3463 将其定为永久性，因此 5.5.2 表示客户端必须更改其发送的内容。4.5.2 很少见，表示暂时性的解析或状态问题。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to a command the server cannot parse, such as MAIL FROM with spaces or without brackets around the address, an unknown verb from a scanner or web client, or an invalid AUTH response.</source>
        <comment>X.5.2/when</comment>
        <translation>作为对服务器无法解析的命令的回复返回，例如地址含有空格或没有尖括号的 MAIL FROM、来自扫描仪或 Web 客户端的未知命令，或无效的 AUTH 响应。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the sender and recipient addresses contain no spaces, stray quotes or display names. If a script, printer or device sends the mail, update it or switch it to a standard mail library.</source>
        <comment>X.5.2/fix/sender</comment>
        <translation>检查发件人和收件人地址中是否包含空格、多余的引号或显示名称。如果是脚本、打印机或设备发送的邮件，请更新它，或改用标准的邮件库。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture the session and check each command against RFC 5321: the address follows MAIL FROM: in angle brackets with no space, lines end with CRLF, and AUTH data is valid Base64. Newer servers also reject bare LF line endings.</source>
        <comment>X.5.2/fix/sendingServer</comment>
        <translation>捕获会话，并对照 RFC 5321 检查每条命令：地址紧跟在 MAIL FROM: 之后，用尖括号括起且中间没有空格，各行以 CRLF 结尾，AUTH 数据是有效的 Base64。较新的服务器还会拒绝裸 LF 行尾。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If legitimate clients hit this, check whether strict parsing options, such as Postfix strict_rfc821_envelopes or bare newline rejection, are stricter than your senders can handle. For SPF permerror, tell the sending domain to fix its SPF record.</source>
        <comment>X.5.2/fix/receivingServer</comment>
        <translation>如果合法客户端遇到此问题，请检查严格解析选项（例如 Postfix strict_rfc821_envelopes 或拒绝裸换行符）是否比您的发件人所能处理的更严格。对于 SPF permerror，请告知发件域名修复其 SPF 记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During AUTH</source>
        <comment>X.5.2/contexts/0/context</comment>
        <translation>AUTH 期间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With 501, RFC 4954 uses 5.5.2 for a client response that is not valid Base64.</source>
        <comment>X.5.2/contexts/0/meaning</comment>
        <translation>对于不是有效 Base64 的客户端响应，RFC 4954 使用 501 配合 5.5.2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPF check at the receiver</source>
        <comment>X.5.2/contexts/1/context</comment>
        <translation>接收方的 SPF 检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFC 7208 recommends 550 5.5.2 when the sender domain&apos;s SPF record is malformed (permerror); RFC 7372 later added X.7.24 for SPF errors.</source>
        <comment>X.5.2/contexts/1/meaning</comment>
        <translation>当发件人域名的 SPF 记录格式错误（permerror）时，RFC 7208 建议使用 550 5.5.2；RFC 7372 后来为 SPF 错误增加了 X.7.24。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.5.4 means the command parsed but an argument is invalid or unsupported, while X.5.2 means the command itself could not be parsed.</source>
        <comment>X.5.2/confusedWith/X.5.4</comment>
        <translation>X.5.4 表示命令已被解析，但某个参数无效或不受支持，而 X.5.2 表示命令本身无法解析。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.3 points at a malformed destination address, while X.5.2 points at a malformed command line.</source>
        <comment>X.5.2/confusedWith/X.1.3</comment>
        <translation>X.1.3 指向格式错误的目标地址，而 X.5.2 指向格式错误的命令行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.5.1 means the command was understood but is unsupported or out of order, while X.5.2 means it could not be understood.</source>
        <comment>X.5.2/confusedWith/X.5.1</comment>
        <translation>X.5.1 表示命令能被理解，但不受支持或顺序错误，而 X.5.2 表示命令无法被理解。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many recipients</source>
        <comment>X.5.3/title</comment>
        <translation>收件人过多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transaction named more recipients than the server will take at once. RFC 3463 expects the sender to split the list and deliver the rest in a later transaction, so 4.5.3, usually with a 452 reply to RCPT TO, is normal and mail servers handle it automatically. A 5.5.3 means the split did not or cannot happen, and the message must be resent to fewer recipients.</source>
        <comment>X.5.3/description</comment>
        <translation>该事务指定的收件人数量超过了服务器一次所能接受的数量。RFC 3463 期望发件人拆分列表，并在后续事务中投递其余收件人，因此 4.5.3（通常伴随对 RCPT TO 的 452 回复）是正常的，邮件服务器会自动处理。5.5.3 表示没有或无法进行拆分，必须将邮件重新发送给更少的收件人。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to RCPT TO once a per-message recipient limit is passed, such as Postfix smtpd_recipient_limit, typically when a mail client or script sends one message to a long address list.</source>
        <comment>X.5.3/when</comment>
        <translation>当超过单封邮件的收件人数量限制（例如 Postfix smtpd_recipient_limit）时作为对 RCPT TO 的回复返回，通常发生在邮件客户端或脚本将一封邮件发送给一长串地址时。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to fewer recipients per message, use a mailing list or distribution group, or split the addresses into several batches. Check your provider&apos;s documented per-message recipient limit.</source>
        <comment>X.5.3/fix/sender</comment>
        <translation>每封邮件发送给更少的收件人，使用邮件列表或通讯组，或将地址分成几批。查看您的服务商公布的单封邮件收件人数量限制。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure your MTA or application resends recipients refused with 452 4.5.3 in a new transaction. Lower per-message recipient batches, for example Postfix smtp_destination_recipient_limit, to match the destination&apos;s limit.</source>
        <comment>X.5.3/fix/sendingServer</comment>
        <translation>确保您的 MTA 或应用程序会在新的事务中重新发送被 452 4.5.3 拒绝的收件人。降低每封邮件的收件人批量大小（例如 Postfix smtp_destination_recipient_limit），以匹配目标的限制。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the recipient limit, such as Postfix smtpd_recipient_limit or Exim recipients_max, to a sensible value and refuse excess recipients with 452 4.5.3 rather than rejecting the whole message.</source>
        <comment>X.5.3/fix/receivingServer</comment>
        <translation>将收件人数量限制（例如 Postfix smtpd_recipient_limit 或 Exim recipients_max）设置为合理的值，并以 452 4.5.3 拒绝多出的收件人，而不是拒绝整封邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>452 is the basic reply both for insufficient storage and, under RFC 5321, for too many recipients, while X.5.3 makes clear that the recipient count is the problem.</source>
        <comment>X.5.3/confusedWith/452</comment>
        <translation>452 是表示存储空间不足的基本回复码，根据 RFC 5321 也用于收件人过多，而 X.5.3 明确指出问题在于收件人数量。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.1 says the receiving system is out of storage, while X.5.3 says the number of recipients is the problem, although both often arrive with 452.</source>
        <comment>X.5.3/confusedWith/X.3.1</comment>
        <translation>X.3.1 表示接收方系统的存储空间已耗尽，而 X.5.3 表示问题在于收件人数量，尽管两者通常都伴随 452 出现。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid command arguments</source>
        <comment>X.5.4/title</comment>
        <translation>无效的命令参数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A known command carried an argument the server rejects because it is out of range, malformed for that command, or names an extension the server does not support, such as an unknown MAIL FROM parameter. RFC 3463 calls it permanent, so 5.5.4 means the client must drop or fix the argument. A 4.5.4 is uncommon and signals a temporary refusal.</source>
        <comment>X.5.4/description</comment>
        <translation>已知命令带有服务器拒绝的参数，原因是参数超出范围、对该命令而言格式错误，或指定了服务器不支持的扩展，例如未知的 MAIL FROM 参数。RFC 3463 将其定为永久性，因此 5.5.4 表示客户端必须删除或修正该参数。4.5.4 不常见，表示暂时性拒绝。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to MAIL FROM, RCPT TO, AUTH or EHLO when a parameter is unsupported or invalid, for example Postfix answering 555 5.5.4 Unsupported option, or 504 5.5.4 for an unknown AUTH mechanism.</source>
        <comment>X.5.4/when</comment>
        <translation>当参数不受支持或无效时，作为对 MAIL FROM、RCPT TO、AUTH 或 EHLO 的回复返回，例如 Postfix 回复 555 5.5.4 Unsupported option，或对未知的 AUTH 机制回复 504 5.5.4。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the mail client or device, or turn off an option the server does not offer, such as a specific authentication method. Choose a method the server supports, usually a normal password over TLS.</source>
        <comment>X.5.4/fix/sender</comment>
        <translation>更新邮件客户端或设备，或关闭服务器不提供的选项，例如某种特定的身份验证方法。选择服务器支持的方法，通常是通过 TLS 使用普通密码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the parameters you send, such as SIZE, BODY, SMTPUTF8, RET, NOTIFY or the AUTH mechanism, with the extensions listed in the server&apos;s EHLO reply, and use only those. A proxy or firewall that strips EHLO keywords can cause this.</source>
        <comment>X.5.4/fix/sendingServer</comment>
        <translation>将您发送的参数（例如 SIZE、BODY、SMTPUTF8、RET、NOTIFY 或 AUTH 机制）与服务器 EHLO 回复中列出的扩展进行比较，并仅使用其中列出的扩展。剥离 EHLO 关键字的代理或防火墙可能导致此问题。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that your EHLO reply advertises exactly the extensions you accept and that security appliances are not hiding keywords. Log the rejected argument to help senders.</source>
        <comment>X.5.4/fix/receivingServer</comment>
        <translation>检查您的 EHLO 回复是否恰好通告了您所接受的扩展，并确认安全设备没有隐藏关键字。记录被拒绝的参数，以便为发件人提供帮助。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.5.2 means the command line could not be parsed at all, while X.5.4 means the command was parsed but one of its arguments is unacceptable.</source>
        <comment>X.5.4/confusedWith/X.5.2</comment>
        <translation>X.5.2 表示命令行根本无法解析，而 X.5.4 表示命令已被解析，但其某个参数不可接受。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.5.1 rejects the command itself as unsupported or out of order, while X.5.4 accepts the command but rejects an argument.</source>
        <comment>X.5.4/confusedWith/X.5.1</comment>
        <translation>X.5.1 将命令本身作为不受支持或顺序错误而拒绝，而 X.5.4 接受命令，但拒绝某个参数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong protocol version</source>
        <comment>X.5.5/title</comment>
        <translation>协议版本错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two systems disagreed on the protocol version or dialect and could not settle it on their own. It is rare in SMTP, and when seen it usually points to a client using a different protocol than the server expects on that port, such as LMTP against an SMTP service. 5.5.5 means the mismatch stays until one side is reconfigured; 4.5.5 would allow a retry.</source>
        <comment>X.5.5/description</comment>
        <translation>两个系统在协议版本或方言上存在分歧，且无法自行协商解决。这在 SMTP 中很少见，一旦出现，通常表示客户端在该端口上使用的协议与服务器预期的不同，例如对 SMTP 服务使用 LMTP。5.5.5 表示在一方重新配置之前不匹配会一直存在；4.5.5 则允许重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rarely seen; returned when a client&apos;s greeting or commands belong to a different protocol or version than the one the server speaks on that port.</source>
        <comment>X.5.5/when</comment>
        <translation>很少见；当客户端的问候语或命令属于与服务器在该端口上所用协议或版本不同的协议或版本时返回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server name, port and security setting in the mail client: 587 with STARTTLS or 465 with TLS for sending mail. Update the client if it is very old.</source>
        <comment>X.5.5/fix/sender</comment>
        <translation>检查邮件客户端中的服务器名称、端口和安全设置：发送邮件应使用 587 端口配合 STARTTLS，或 465 端口配合 TLS。如果客户端非常陈旧，请更新它。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the transport matches the listener: LMTP for LMTP sockets, such as Dovecot delivery, and SMTP for port 25. In Postfix, compare the transport in master.cf and transport maps with what the next hop runs.</source>
        <comment>X.5.5/fix/sendingServer</comment>
        <translation>检查传输方式是否与监听器匹配：LMTP 套接字（例如 Dovecot 投递）使用 LMTP，25 端口使用 SMTP。在 Postfix 中，将 master.cf 和传输映射表中的传输与下一跳实际运行的协议进行比较。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm which protocol each listening port serves and document it for users. If a legitimate client must connect, enable the dialect it needs or provide a port that supports it.</source>
        <comment>X.5.5/fix/receivingServer</comment>
        <translation>确认每个监听端口所服务的协议，并为用户编写说明文档。如果某个合法客户端必须连接，请启用其所需的方言，或提供支持该方言的端口。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.5.1 objects to a single command, while X.5.5 says the whole exchange uses an incompatible protocol version.</source>
        <comment>X.5.5/confusedWith/X.5.1</comment>
        <translation>X.5.1 针对的是单条命令，而 X.5.5 表示整个交互使用了不兼容的协议版本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.5.0 reports an unspecified protocol problem, while X.5.5 names a version or dialect mismatch as the cause.</source>
        <comment>X.5.5/confusedWith/X.5.0</comment>
        <translation>X.5.0 报告未具体说明的协议问题，而 X.5.5 指明原因是版本或方言不匹配。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication exchange line too long</source>
        <comment>X.5.6/title</comment>
        <translation>身份验证交互行过长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During AUTH, the client sent a Base64 response longer than the server can buffer for the chosen SASL mechanism, so authentication failed before the credentials were checked. RFC 4954 pairs it with 500. The registry allows both classes: 4.5.6 marks the limit as temporary and worth retrying, while 5.5.6 means the same response will keep failing and the client must use another mechanism.</source>
        <comment>X.5.6/description</comment>
        <translation>在 AUTH 期间，客户端发送的 Base64 响应超过了服务器为所选 SASL 机制可缓冲的长度，因此在检查凭据之前身份验证就失败了。RFC 4954 将它与 500 配对。注册表允许两种类别：4.5.6 将该限制标记为暂时性且值得重试，而 5.5.6 表示同样的响应会一直失败，客户端必须使用其他机制。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to the AUTH command or a continuation line when the Base64 data exceeds the server&apos;s buffer, which can happen with long OAuth 2.0 (XOAUTH2) or Kerberos (GSSAPI) tokens.</source>
        <comment>X.5.6/when</comment>
        <translation>当 Base64 数据超过服务器的缓冲区时，作为对 AUTH 命令或后续行的回复返回；使用较长的 OAuth 2.0（XOAUTH2）或 Kerberos（GSSAPI）令牌时可能发生这种情况。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try another sign-in method in the mail client, such as an app password instead of a token-based login, or update the client. Report the error to your provider if it keeps happening.</source>
        <comment>X.5.6/fix/sender</comment>
        <translation>在邮件客户端中尝试其他登录方式，例如使用应用专用密码而不是基于令牌的登录，或更新客户端。如果问题一直出现，请向您的服务商报告该错误。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your MTA authenticates to a smarthost, choose a SASL mechanism with shorter exchanges or send the initial response on a continuation line instead of on the AUTH line. Check for proxies that impose short line limits.</source>
        <comment>X.5.6/fix/sendingServer</comment>
        <translation>如果您的 MTA 向 smarthost 进行身份验证，请选择交互较短的 SASL 机制，或在后续行而不是 AUTH 行上发送初始响应。检查是否有施加较短行长度限制的代理。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise the SASL or command line buffer limit, for example in the Dovecot or Cyrus SASL service behind Postfix, so that tokens from the mechanisms you advertise fit. Stop advertising mechanisms you cannot handle.</source>
        <comment>X.5.6/fix/receivingServer</comment>
        <translation>提高 SASL 或命令行缓冲区限制，例如在 Postfix 背后的 Dovecot 或 Cyrus SASL 服务中，使您所通告机制的令牌能够容纳。停止通告您无法处理的机制。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.8 means the credentials were checked and rejected, while X.5.6 means the server never checked them because the line was too long.</source>
        <comment>X.5.6/confusedWith/X.7.8</comment>
        <translation>X.7.8 表示凭据已被检查并被拒绝，而 X.5.6 表示由于该行过长，服务器根本没有检查凭据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.5.2 with 501 reports an AUTH response that is not valid Base64, while X.5.6 reports one that is too long to accept.</source>
        <comment>X.5.6/confusedWith/X.5.2</comment>
        <translation>X.5.2 配合 501 报告不是有效 Base64 的 AUTH 响应，而 X.5.6 报告的是过长而无法接受的响应。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other media error</source>
        <comment>X.6.0/title</comment>
        <translation>其他媒体错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something about the message content made it undeliverable, and no more specific X.6 code fits, for example malformed MIME structure, broken header fields or invalid encoding. 5.6.0 is the common form and means the same content will be refused again. 4.6.0 marks a content problem the server expects to clear, such as a content scanner that is briefly unavailable.</source>
        <comment>X.6.0/description</comment>
        <translation>邮件内容的某些方面导致其无法投递，且没有更具体的 X.6 代码适用，例如 MIME 结构格式错误、头字段损坏或编码无效。5.6.0 是常见形式，表示同样的内容会再次被拒绝。4.6.0 表示服务器预计会消除的内容问题，例如内容扫描程序短暂不可用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after the final dot of DATA, or in a bounce from a later hop, when a content check or gateway rejects the structure or encoding of the message.</source>
        <comment>X.6.0/when</comment>
        <translation>当内容检查或网关拒绝邮件的结构或编码时，在 DATA 的最后一个点之后返回，或出现在后续一跳发出的退信中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend without unusual attachments or formatting, for example as plain text with files compressed or shared by link. If an application or device created the message, report the bounce to its vendor.</source>
        <comment>X.6.0/fix/sender</comment>
        <translation>不带特殊附件或格式重新发送，例如以纯文本形式发送，并将文件压缩或通过链接共享。如果邮件是由应用程序或设备创建的，请将退信报告给其供应商。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspect the raw message for broken MIME boundaries, 8-bit data in header fields, bare LF line endings or lines longer than 998 characters. Make sure your MTA sends 8-bit content only to servers that advertise 8BITMIME.</source>
        <comment>X.6.0/fix/sendingServer</comment>
        <translation>检查原始邮件中是否有损坏的 MIME 边界、头字段中的 8 位数据、裸 LF 行尾或超过 998 个字符的行。确保您的 MTA 仅向通告了 8BITMIME 的服务器发送 8 位内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the content filter and MIME parser logs, such as Amavis, Rspamd or a milter, for the exact rejection rule, and relax it if it blocks valid mail.</source>
        <comment>X.6.0/fix/receivingServer</comment>
        <translation>检查内容过滤器和 MIME 解析器（例如 Amavis、Rspamd 或 milter）的日志，找出确切的拒绝规则；如果它阻止了有效邮件，请放宽该规则。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.1 refuses a message on policy grounds such as spam or sender reputation, while X.6.0 objects to the format or media of its content.</source>
        <comment>X.6.0/confusedWith/X.7.1</comment>
        <translation>X.7.1 基于策略原因（例如垃圾邮件或发件人信誉）拒绝邮件，而 X.6.0 针对的是其内容的格式或媒体。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.1 says a particular media type or encoding is unsupported, while X.6.0 covers content problems that fit no specific X.6 code.</source>
        <comment>X.6.0/confusedWith/X.6.1</comment>
        <translation>X.6.1 表示某种特定的媒体类型或编码不受支持，而 X.6.0 涵盖不符合任何具体 X.6 代码的内容问题。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Media not supported</source>
        <comment>X.6.1/title</comment>
        <translation>不支持的媒体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message uses a media type or transfer form that the delivery protocol or the next system cannot carry, such as binary or 8-bit content sent toward a 7-bit-only path. RFC 3463 treats it as permanent, so 5.6.1 means the sender must change the content or its encoding. A 4.6.1 suggests the needed capability may become available, for example on another MX host.</source>
        <comment>X.6.1/description</comment>
        <translation>邮件使用了投递协议或下一个系统无法传输的媒体类型或传输形式，例如向仅支持 7 位的路径发送二进制或 8 位内容。RFC 3463 将其视为永久性，因此 5.6.1 表示发件人必须更改内容或其编码。4.6.1 表示所需的能力可能会变得可用，例如在另一台 MX 主机上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen when a message using BINARYMIME, 8-bit bodies or a content type the recipient&apos;s gateway cannot carry reaches a system that cannot accept that form.</source>
        <comment>X.6.1/when</comment>
        <translation>当使用 BINARYMIME、8 位正文或收件人网关无法传输的内容类型的邮件到达无法接受该形式的系统时出现。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the attachment in a common format, compress it, or share a link instead, and keep the mail client&apos;s encoding settings at their defaults.</source>
        <comment>X.6.1/fix/sender</comment>
        <translation>以常见格式发送附件、将其压缩或改为共享链接，并将邮件客户端的编码设置保持为默认值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use BODY=8BITMIME or BINARYMIME only when the next hop advertises the matching extension, and make sure your MTA converts content to 7-bit quoted-printable or Base64 when it does not.</source>
        <comment>X.6.1/fix/sendingServer</comment>
        <translation>仅当下一跳通告了相应扩展时才使用 BODY=8BITMIME 或 BINARYMIME，并确保在其未通告时，您的 MTA 会将内容转换为 7 位的 quoted-printable 或 Base64 编码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advertise 8BITMIME if your server handles 8-bit content, as nearly all modern servers do. If you refuse certain media types by policy, name the blocked type in the reply.</source>
        <comment>X.6.1/fix/receivingServer</comment>
        <translation>如果您的服务器能处理 8 位内容（几乎所有现代服务器都可以），请通告 8BITMIME。如果您根据策略拒绝某些媒体类型，请在回复中指明被阻止的类型。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.3 says a conversion would make the content deliverable but the host cannot do it, while X.6.1 says the path does not support the media at all.</source>
        <comment>X.6.1/confusedWith/X.6.3</comment>
        <translation>X.6.3 表示转换可以使内容得以投递，但该主机无法执行转换，而 X.6.1 表示该路径根本不支持此媒体。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.2 says conversion is needed but forbidden, while X.6.1 simply reports that the media form is unsupported.</source>
        <comment>X.6.1/confusedWith/X.6.2</comment>
        <translation>X.6.2 表示需要转换但被禁止，而 X.6.1 仅报告该媒体形式不受支持。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion required and prohibited</source>
        <comment>X.6.2/title</comment>
        <translation>需要转换但被禁止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The content must be converted before the next hop can take it, for example from 8-bit to 7-bit, but conversion is not allowed, either by a request in the message itself or by the sending host&apos;s policy. 5.6.2 is the usual form and means the message cannot travel as it is. A 4.6.2 allows a later retry if the route or the policy changes.</source>
        <comment>X.6.2/description</comment>
        <translation>内容必须先经过转换（例如从 8 位转换为 7 位），下一跳才能接受，但转换是不允许的，可能是邮件本身提出了这一要求，也可能是发送主机的策略所致。5.6.2 是常见形式，表示邮件无法按原样传输。4.6.2 允许在路由或策略改变后稍后重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen when a relay would have to transform the content for the next hop, but the message or local policy forbids changes, for instance to keep a digital signature intact.</source>
        <comment>X.6.2/when</comment>
        <translation>当中继服务器需要为下一跳转换内容，而邮件或本地策略禁止更改（例如为了保持数字签名完整）时出现。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend the message in a simpler form, such as plain text or with attachments compressed, so that no conversion is needed along the way.</source>
        <comment>X.6.2/fix/sender</comment>
        <translation>以更简单的形式重新发送邮件，例如纯文本或压缩附件，使传输过程中无需任何转换。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find which hop lacks the needed capability, usually 8BITMIME or support for a content type. Either route through a server that supports it or encode the message as 7-bit quoted-printable or Base64 before it leaves.</source>
        <comment>X.6.2/fix/sendingServer</comment>
        <translation>找出哪一跳缺少所需的能力，通常是 8BITMIME 或对某种内容类型的支持。要么通过支持该能力的服务器路由，要么在邮件发出之前将其编码为 7 位的 quoted-printable 或 Base64。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advertise 8BITMIME and accept common encodings so that relays do not have to convert mail destined for your users.</source>
        <comment>X.6.2/fix/receivingServer</comment>
        <translation>通告 8BITMIME 并接受常见编码，使中继服务器不必转换发往您用户的邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.3 says the host in the path cannot perform the conversion, while X.6.2 says conversion is possible but forbidden.</source>
        <comment>X.6.2/confusedWith/X.6.3</comment>
        <translation>X.6.3 表示路径中的主机无法执行转换，而 X.6.2 表示转换可行但被禁止。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.4 reports that a lossy conversion was carried out or refused, while X.6.2 reports that any conversion at all was prohibited.</source>
        <comment>X.6.2/confusedWith/X.6.4</comment>
        <translation>X.6.4 报告有损转换已执行或被拒绝，而 X.6.2 报告任何转换都被禁止。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion required but not supported</source>
        <comment>X.6.3/title</comment>
        <translation>需要转换但不受支持</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The content has to be converted to be forwarded, but the host in the path cannot do it or finds it impractical, the classic case being a gateway that cannot downgrade 8-bit data to 7-bit for a next hop without 8BITMIME. The registry pairs it with 554. 5.6.3 is final for this route; 4.6.3 suggests a retry might reach a hop that needs no conversion.</source>
        <comment>X.6.3/description</comment>
        <translation>内容必须经过转换才能转发，但路径中的主机无法执行或认为不切实际，典型情况是网关无法将 8 位数据降级为 7 位，以发送给不支持 8BITMIME 的下一跳。注册表将它与 554 配对。5.6.3 对于该路由是最终结果；4.6.3 表示重试可能会到达无需转换的一跳。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after DATA or in a relay&apos;s bounce when a message with 8-bit or binary content must cross a hop that cannot take it and the relay has no way to convert it.</source>
        <comment>X.6.3/when</comment>
        <translation>当含有 8 位或二进制内容的邮件必须经过无法接受它的一跳，而中继服务器又无法转换时，在 DATA 之后返回，或出现在中继服务器的退信中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend as plain text or with attachments in common formats. If the recipient&apos;s system is old, ask them whether their mail gateway accepts 8-bit mail.</source>
        <comment>X.6.3/fix/sender</comment>
        <translation>以纯文本形式或使用常见格式的附件重新发送。如果收件人的系统较旧，请询问对方其邮件网关是否接受 8 位邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configure your MTA to encode 8-bit content as quoted-printable or Base64 when the next hop does not advertise 8BITMIME, or route through a relay that can convert.</source>
        <comment>X.6.3/fix/sendingServer</comment>
        <translation>配置您的 MTA，在下一跳未通告 8BITMIME 时将 8 位内容编码为 quoted-printable 或 Base64，或通过能够转换的中继服务器进行路由。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade or reconfigure gateways so that they advertise 8BITMIME and pass 8-bit content unchanged; every current mainstream MTA supports it.</source>
        <comment>X.6.3/fix/receivingServer</comment>
        <translation>升级或重新配置网关，使其通告 8BITMIME 并原样传递 8 位内容；当前所有主流 MTA 都支持这一点。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.2 says conversion is possible but forbidden, while X.6.3 says the host cannot perform the conversion.</source>
        <comment>X.6.3/confusedWith/X.6.2</comment>
        <translation>X.6.2 表示转换可行但被禁止，而 X.6.3 表示主机无法执行转换。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.5 says a conversion was attempted and failed, while X.6.3 says the host could not attempt it at all.</source>
        <comment>X.6.3/confusedWith/X.6.5</comment>
        <translation>X.6.5 表示尝试了转换但失败了，而 X.6.3 表示主机根本无法尝试转换。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion with loss performed</source>
        <comment>X.6.4/title</comment>
        <translation>已执行有损转换</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A host converted the message on its way and some information was lost, such as characters or attachment data the target format could not hold. Its meaning depends on the class. As 2.6.4, paired with 250, it is a warning: the message was delivered, though altered. As 5.6.4 it is a permanent failure, used when the sender said that lossy conversion was not allowed.</source>
        <comment>X.6.4/description</comment>
        <translation>某台主机在传输途中转换了邮件，并丢失了部分信息，例如目标格式无法容纳的字符或附件数据。其含义取决于类别。作为 2.6.4（与 250 配对），它是一个警告：邮件已投递，但内容被改动。作为 5.6.4，它是永久性失败，用于发件人声明不允许有损转换的情况。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by a gateway that transformed the content into another character set, encoding or messaging system and could not preserve everything.</source>
        <comment>X.6.4/when</comment>
        <translation>由网关报告：该网关将内容转换为另一种字符集、编码或消息系统，但无法完整保留所有内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 2.6.4, check with the recipient that the content arrived readable. For 5.6.4, resend in a simpler form, such as plain text in UTF-8 with attachments the recipient&apos;s system supports.</source>
        <comment>X.6.4/fix/sender</comment>
        <translation>对于 2.6.4，请与收件人确认内容到达后是否可读。对于 5.6.4，请以更简单的形式重新发送，例如使用 UTF-8 的纯文本，并附带收件人系统支持的附件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identify the converting gateway from the delivery report, and avoid routes that force conversion when content must arrive unchanged.</source>
        <comment>X.6.4/fix/sendingServer</comment>
        <translation>从投递报告中识别执行转换的网关，当内容必须原样到达时，避免使用强制转换的路由。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your gateway converts content, log what was lost and keep the original where possible so that users can recover it.</source>
        <comment>X.6.4/fix/receivingServer</comment>
        <translation>如果您的网关会转换内容，请记录丢失了哪些内容，并尽可能保留原件，以便用户恢复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Success (2.6.4)</source>
        <comment>X.6.4/contexts/0/context</comment>
        <translation>成功（2.6.4）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message was delivered after a lossy conversion, and the recipient may see altered content.</source>
        <comment>X.6.4/contexts/0/meaning</comment>
        <translation>邮件在经过有损转换后已投递，收件人看到的内容可能已被改动。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failure (5.6.4)</source>
        <comment>X.6.4/contexts/1/context</comment>
        <translation>失败（5.6.4）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message was not delivered because a lossy conversion was needed and the sender had prohibited it.</source>
        <comment>X.6.4/contexts/1/meaning</comment>
        <translation>邮件未投递，因为需要进行有损转换，而发件人禁止了这种转换。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.5 says the conversion failed outright, while X.6.4 says it succeeded but lost some information.</source>
        <comment>X.6.4/confusedWith/X.6.5</comment>
        <translation>X.6.5 表示转换彻底失败，而 X.6.4 表示转换成功但丢失了部分信息。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.2 says any conversion was prohibited, while X.6.4 concerns a conversion that loses data, allowed or refused.</source>
        <comment>X.6.4/confusedWith/X.6.2</comment>
        <translation>X.6.2 表示任何转换都被禁止，而 X.6.4 涉及会丢失数据的转换，无论该转换被允许还是被拒绝。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion failed</source>
        <comment>X.6.5/title</comment>
        <translation>转换失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A conversion of the content was needed and attempted, but it did not succeed, for example a character set or attachment transformation that produced an error. The registry allows both classes. 4.6.5 suggests a temporary fault in the converter, so the message will be retried, while 5.6.5 means this content cannot be converted and the sender must change it.</source>
        <comment>X.6.5/description</comment>
        <translation>需要对内容进行转换并已尝试，但未成功，例如字符集或附件转换时出错。注册表允许两种类别。4.6.5 表示转换器出现暂时性故障，邮件会被重试；而 5.6.5 表示该内容无法转换，发件人必须更改内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen in bounces from relays or gateways that transform messages, such as character set, encoding or format conversion, when the transformation step reports an error.</source>
        <comment>X.6.5/when</comment>
        <translation>出现在执行邮件转换（例如字符集、编码或格式转换）的中继服务器或网关发出的退信中，此时转换步骤报告了错误。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend in a simpler form: plain text or standard HTML, UTF-8 characters and common attachment formats. Remove damaged or unusual attachments.</source>
        <comment>X.6.5/fix/sender</comment>
        <translation>以更简单的形式重新发送：纯文本或标准 HTML、UTF-8 字符和常见的附件格式。删除已损坏或不常见的附件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in the gateway&apos;s log which conversion step failed and test it with the same message. Fix the converter, or route the mail so that no conversion is needed.</source>
        <comment>X.6.5/fix/sendingServer</comment>
        <translation>在网关日志中找出哪个转换步骤失败，并用同一封邮件进行测试。修复转换器，或调整邮件路由，使其无需转换。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your system performs the conversion, check its logs and resource limits, and update the component that fails on this content.</source>
        <comment>X.6.5/fix/receivingServer</comment>
        <translation>如果由您的系统执行转换，请检查其日志和资源限制，并更新处理此内容时出错的组件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.3 says the host could not attempt the conversion, while X.6.5 says it tried and failed.</source>
        <comment>X.6.5/confusedWith/X.6.3</comment>
        <translation>X.6.3 表示主机无法尝试转换，而 X.6.5 表示主机尝试了但失败了。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.4 says the conversion succeeded but lost data, while X.6.5 says the conversion did not succeed.</source>
        <comment>X.6.5/confusedWith/X.6.4</comment>
        <translation>X.6.4 表示转换成功但丢失了数据，而 X.6.5 表示转换未成功。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message content not available</source>
        <comment>X.6.6/title</comment>
        <translation>邮件内容不可用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A submission server using BURL (RFC 4468) could not fetch the message content from the URL the client supplied, typically an IMAP URL pointing to a message in the user&apos;s mailbox. The registry pairs it with 554. 4.6.6 means the fetch failed temporarily and can be retried, for example while the IMAP server is unreachable; 5.6.6 means the content cannot be obtained.</source>
        <comment>X.6.6/description</comment>
        <translation>使用 BURL（RFC 4468）的提交服务器无法从客户端提供的 URL 获取邮件内容，该 URL 通常是指向用户邮箱中某封邮件的 IMAP URL。注册表将其与 554 搭配使用。4.6.6 表示获取暂时失败，可以重试，例如在 IMAP 服务器无法访问时；5.6.6 表示无法获取该内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to the BURL command during message submission when the server cannot retrieve the referenced content from the IMAP server.</source>
        <comment>X.6.6/when</comment>
        <translation>在邮件提交过程中，当服务器无法从 IMAP 服务器检索所引用的内容时，作为对 BURL 命令的回复返回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure the message still exists in your mailbox folder and try sending again. If it keeps failing, turn off server-side sending in the mail client so that it uploads the message directly.</source>
        <comment>X.6.6/fix/sender</comment>
        <translation>请确认该邮件仍在您的邮箱文件夹中，然后重新发送。如果仍然失败，请在邮件客户端中关闭服务器端发送功能，使其直接上传邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the submission server can reach the IMAP server and that the URLAUTH authorization in the URL is valid and unexpired. A missing trust relationship between the two servers is reported as X.7.14 instead.</source>
        <comment>X.6.6/fix/receivingServer</comment>
        <translation>检查提交服务器能否访问 IMAP 服务器，以及 URL 中的 URLAUTH 授权是否有效且未过期。如果两台服务器之间缺少信任关系，则会改为报告 X.7.14。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.14 means the submission server lacks the trust relationship needed to fetch the content, while X.6.6 means the fetch itself failed.</source>
        <comment>X.6.6/confusedWith/X.7.14</comment>
        <translation>X.7.14 表示提交服务器缺少获取内容所需的信任关系，而 X.6.6 表示获取操作本身失败。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.0 objects to content the server received, while X.6.6 means the server could not get the content at all.</source>
        <comment>X.6.6/confusedWith/X.6.0</comment>
        <translation>X.6.0 表示服务器对已收到的内容有异议，而 X.6.6 表示服务器根本无法获取内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Non-ASCII address not permitted</source>
        <comment>X.6.7/title</comment>
        <translation>不允许使用非 ASCII 地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server will not accept a sender or recipient address containing non-ASCII characters, usually because internationalized addresses (SMTPUTF8) are not supported for it. RFC 6531 pairs it with 553 after RCPT TO and 550 after MAIL FROM. 5.6.7 is final until the address or the server changes; 4.6.7 would signal a temporary condition.</source>
        <comment>X.6.7/description</comment>
        <translation>服务器不接受包含非 ASCII 字符的发件人或收件人地址，通常是因为它不支持国际化地址（SMTPUTF8）。RFC 6531 规定在 RCPT TO 之后将其与 553 搭配，在 MAIL FROM 之后与 550 搭配。在地址或服务器发生变化之前，5.6.7 是最终结果；4.6.7 则表示暂时性状况。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to MAIL FROM or RCPT TO when the address includes UTF-8 characters and the server, or the mailbox, does not accept internationalized addresses.</source>
        <comment>X.6.7/when</comment>
        <translation>当地址包含 UTF-8 字符，而服务器或邮箱不接受国际化地址时，作为对 MAIL FROM 或 RCPT TO 的回复返回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an ASCII address for the recipient if they have one, or ask them for an ASCII alternative. If your own address is internationalized, send from an ASCII address to this recipient.</source>
        <comment>X.6.7/fix/sender</comment>
        <translation>如果收件人有 ASCII 地址，请使用该地址，或请对方提供一个 ASCII 备用地址。如果您自己的地址是国际化地址，请使用 ASCII 地址向该收件人发送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send internationalized addresses, with the SMTPUTF8 parameter on MAIL FROM, only to servers that list SMTPUTF8 in their EHLO reply. Otherwise return the message with a clear error or use an ASCII alias.</source>
        <comment>X.6.7/fix/sendingServer</comment>
        <translation>只向在 EHLO 回复中列出 SMTPUTF8 的服务器发送国际化地址（在 MAIL FROM 上附带 SMTPUTF8 参数）。否则，请退回邮件并附上明确的错误信息，或使用 ASCII 别名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To accept internationalized addresses, enable SMTPUTF8, for example Postfix smtputf8_enable, on every MX host, and make sure your mailbox backend supports UTF-8 addresses.</source>
        <comment>X.6.7/fix/receivingServer</comment>
        <translation>要接受国际化地址，请在每台 MX 主机上启用 SMTPUTF8（例如 Postfix 的 smtputf8_enable），并确保邮箱后端支持 UTF-8 地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.9 rejects the whole message after DATA because of UTF-8 header fields, while X.6.7 rejects an envelope address at MAIL FROM or RCPT TO.</source>
        <comment>X.6.7/confusedWith/X.6.9</comment>
        <translation>X.6.9 因 UTF-8 头字段而在 DATA 之后拒绝整封邮件，而 X.6.7 在 MAIL FROM 或 RCPT TO 阶段拒绝信封地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.3 says the address syntax is invalid, while X.6.7 says the address is well formed but uses non-ASCII characters the server does not allow.</source>
        <comment>X.6.7/confusedWith/X.1.3</comment>
        <translation>X.1.3 表示地址语法无效，而 X.6.7 表示地址格式正确，但使用了服务器不允许的非 ASCII 字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-8 reply required but not permitted</source>
        <comment>X.6.8/title</comment>
        <translation>需要 UTF-8 回复但不被允许</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server would need UTF-8 characters in its reply to show a mailbox name, usually for VRFY or EXPN, but the client did not allow UTF-8 replies with the SMTPUTF8 parameter. RFC 6531 pairs it with 252 or 550, and the registry adds 553. With 252 it carries class 2 and the server will still accept mail for the address; with 550 or 553, 5.6.8 is a refusal.</source>
        <comment>X.6.8/description</comment>
        <translation>服务器需要在回复中使用 UTF-8 字符来显示邮箱名称（通常用于 VRFY 或 EXPN），但客户端未通过 SMTPUTF8 参数允许 UTF-8 回复。RFC 6531 将其与 252 或 550 搭配，注册表还增加了 553。与 252 搭配时，它属于类别 2，服务器仍会接受发往该地址的邮件；与 550 或 553 搭配时，5.6.8 表示拒绝。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to VRFY or EXPN sent without the SMTPUTF8 parameter when the mailbox being reported has a non-ASCII name.</source>
        <comment>X.6.8/when</comment>
        <translation>当发送的 VRFY 或 EXPN 未附带 SMTPUTF8 参数，而所报告的邮箱名称包含非 ASCII 字符时返回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This affects address-checking tools rather than normal sending, and mail to the address can still be delivered as usual.</source>
        <comment>X.6.8/fix/sender</comment>
        <translation>这会影响地址检查工具，而不影响正常发送；发往该地址的邮件仍可照常投递。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your tool can handle UTF-8 replies, repeat VRFY or EXPN with the SMTPUTF8 parameter after confirming that the server advertises SMTPUTF8 in its EHLO reply.</source>
        <comment>X.6.8/fix/sendingServer</comment>
        <translation>如果您的工具能够处理 UTF-8 回复，请先确认服务器在其 EHLO 回复中通告了 SMTPUTF8，然后附带 SMTPUTF8 参数重新发送 VRFY 或 EXPN。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No change is needed: the server is correctly refusing to send UTF-8 to a client that did not ask for it. Keep replies ASCII unless the client opts in.</source>
        <comment>X.6.8/fix/receivingServer</comment>
        <translation>无需更改：服务器正确地拒绝了向未请求 UTF-8 的客户端发送 UTF-8。除非客户端明确选择启用，否则请保持回复为 ASCII。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.10 was registered with the same meaning and is now deprecated, so X.6.8 is the code to send and to expect.</source>
        <comment>X.6.8/confusedWith/X.6.10</comment>
        <translation>X.6.10 注册时与其含义相同，现已弃用，因此应发送和预期的代码是 X.6.8。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.7 refuses a non-ASCII address in MAIL FROM or RCPT TO, while X.6.8 concerns a reply that would have to contain one.</source>
        <comment>X.6.8/confusedWith/X.6.7</comment>
        <translation>X.6.7 拒绝 MAIL FROM 或 RCPT TO 中的非 ASCII 地址，而 X.6.8 涉及的是必须包含此类地址的回复。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-8 header message cannot be transferred</source>
        <comment>X.6.9/title</comment>
        <translation>无法传输含 UTF-8 头字段的邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message has internationalized (UTF-8) header fields and at least one recipient&apos;s system cannot accept them, so the message is rejected after the end of DATA. The registry pairs it with 550, while the text of RFC 6531 uses 554 for this rejection. 5.6.9 is final for that route; 4.6.9 would allow a retry, for example through a host that supports SMTPUTF8.</source>
        <comment>X.6.9/description</comment>
        <translation>邮件含有国际化（UTF-8）头字段，而至少一个收件人的系统无法接受，因此邮件在 DATA 结束后被拒绝。注册表将其与 550 搭配，而 RFC 6531 正文对此拒绝使用的是 554。对于该路由，5.6.9 是最终结果；4.6.9 则允许重试，例如通过支持 SMTPUTF8 的主机重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after the final dot of DATA, or in a relay&apos;s bounce, when a message sent with SMTPUTF8 must reach a recipient or next hop that does not support internationalized header fields.</source>
        <comment>X.6.9/when</comment>
        <translation>当使用 SMTPUTF8 发送的邮件必须送达不支持国际化头字段的收件人或下一跳时，在 DATA 的结束句点之后返回，或出现在中继发出的退信中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend from an ASCII address to ASCII recipient addresses, or ask the recipient for an ASCII alternative. Non-ASCII characters in the subject and body are normally fine, since clients encode them for ordinary transport.</source>
        <comment>X.6.9/fix/sender</comment>
        <translation>请从 ASCII 地址重新发送到 ASCII 收件人地址，或请收件人提供 ASCII 备用地址。主题和正文中的非 ASCII 字符通常没有问题，因为客户端会对其进行编码以便普通传输。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set SMTPUTF8 only when the envelope or header fields really need it. If the next hop does not advertise SMTPUTF8, bounce early with a clear reason or deliver through a path that supports it.</source>
        <comment>X.6.9/fix/sendingServer</comment>
        <translation>仅在信封或头字段确实需要时才设置 SMTPUTF8。如果下一跳未通告 SMTPUTF8，请尽早发出退信并注明明确原因，或通过支持它的路径投递。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable SMTPUTF8 on every MX host and internal hop. As RFC 6531 encourages, refuse at RCPT TO rather than after DATA when a recipient cannot take internationalized mail.</source>
        <comment>X.6.9/fix/receivingServer</comment>
        <translation>在每台 MX 主机和内部中转节点上启用 SMTPUTF8。按照 RFC 6531 的建议，当收件人无法接收国际化邮件时，应在 RCPT TO 阶段拒绝，而不是在 DATA 之后拒绝。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.7 rejects a non-ASCII envelope address at MAIL FROM or RCPT TO, while X.6.9 rejects the message after DATA because of its UTF-8 header fields.</source>
        <comment>X.6.9/confusedWith/X.6.7</comment>
        <translation>X.6.7 在 MAIL FROM 或 RCPT TO 阶段拒绝非 ASCII 信封地址，而 X.6.9 因邮件含有 UTF-8 头字段而在 DATA 之后拒绝该邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.3 is the general code for content that needs a conversion the path cannot perform, while X.6.9 is specific to internationalized header fields.</source>
        <comment>X.6.9/confusedWith/X.6.3</comment>
        <translation>X.6.3 是通用代码，表示内容需要进行传输路径无法执行的转换，而 X.6.9 专门针对国际化头字段。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deprecated duplicate of X.6.8</source>
        <comment>X.6.10/title</comment>
        <translation>X.6.8 的已弃用重复代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code is deprecated in the IANA registry and should not be sent. When RFC 6531 replaced the code definitions of the earlier experimental SMTPUTF8 specification, X.6.10 turned out to duplicate X.6.8, UTF-8 reply required but not permitted, so it was marked deprecated. If you see it, read it as X.6.8.</source>
        <comment>X.6.10/description</comment>
        <translation>此代码在 IANA 注册表中已弃用，不应再发送。RFC 6531 取代早期实验性 SMTPUTF8 规范中的代码定义时，发现 X.6.10 与 X.6.8（需要 UTF-8 回复但不被允许）重复，因此将其标记为已弃用。如果看到此代码，请按 X.6.8 理解。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only from older software written before RFC 6531, typically in reply to VRFY or EXPN; current implementations send X.6.8 instead.</source>
        <comment>X.6.10/when</comment>
        <translation>仅来自 RFC 6531 之前编写的旧软件，通常是对 VRFY 或 EXPN 的回复；当前的实现会改为发送 X.6.8。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treat it exactly as X.6.8: if your tool can handle UTF-8 replies, repeat VRFY or EXPN with the SMTPUTF8 parameter after checking that the server advertises SMTPUTF8.</source>
        <comment>X.6.10/fix/sendingServer</comment>
        <translation>完全按 X.6.8 处理：如果您的工具能够处理 UTF-8 回复，请在确认服务器通告了 SMTPUTF8 后，附带 SMTPUTF8 参数重新发送 VRFY 或 EXPN。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the server software or its reply templates so that it sends X.6.8, since X.6.10 is deprecated in the registry.</source>
        <comment>X.6.10/fix/receivingServer</comment>
        <translation>更新服务器软件或其回复模板，使其发送 X.6.8，因为 X.6.10 在注册表中已弃用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.8 is the current code for a UTF-8 reply the client did not permit, while X.6.10 is its deprecated duplicate.</source>
        <comment>X.6.10/confusedWith/X.6.8</comment>
        <translation>X.6.8 是表示客户端未允许 UTF-8 回复的现行代码，而 X.6.10 是其已弃用的重复代码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid Characters in Message</source>
        <comment>5.6.11@Microsoft/title</comment>
        <translation>邮件中包含无效字符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online uses 5.6.11 when the sending program put invalid characters into the message, specifically bare line feeds instead of proper CRLF line endings. SMTP requires every line to end with a carriage return followed by a line feed, and messages that break this rule are refused.</source>
        <comment>5.6.11@Microsoft/description</comment>
        <translation>当发送程序在邮件中放入了无效字符，具体来说是使用裸换行符而不是规范的 CRLF 行尾时，Exchange Online 会使用 5.6.11。SMTP 要求每一行都以回车符加换行符结尾，违反此规则的邮件会被拒绝。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after DATA when headers or body contain LF characters without a preceding CR, often produced by scripts, printers or custom applications.</source>
        <comment>5.6.11@Microsoft/when</comment>
        <translation>当邮件头或正文包含前面没有 CR 的 LF 字符时，在 DATA 之后返回；这类字符通常由脚本、打印机或自定义应用程序产生。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you send from a script, device or custom app, update it or switch it to a standard mail library. As a workaround, resend from Outlook or another standard client.</source>
        <comment>5.6.11@Microsoft/fix/sender</comment>
        <translation>如果您通过脚本、设备或自定义应用发送邮件，请更新它或将其改为使用标准邮件库。作为临时解决办法，可以改从 Outlook 或其他标准客户端重新发送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the sending application convert all line endings to CRLF before transmission, and check whether an intermediate relay rewrites line endings incorrectly.</source>
        <comment>5.6.11@Microsoft/fix/sendingServer</comment>
        <translation>让发送应用程序在传输前将所有行尾转换为 CRLF，并检查是否有中间中继错误地改写了行尾。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.0 is the registry&apos;s generic media or content error, while 5.6.11 is Microsoft&apos;s specific code for bare line feeds.</source>
        <comment>5.6.11@Microsoft/confusedWith/X.6.0</comment>
        <translation>X.6.0 是注册表中表示媒体或内容错误的通用代码，而 5.6.11 是 Microsoft 专门针对裸换行符的代码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.0.350 is a catch-all for unspecified recipient rejections, while 5.6.11 always points to bare line feeds in the message.</source>
        <comment>5.6.11@Microsoft/confusedWith/5.0.350@Microsoft</comment>
        <translation>5.0.350 是涵盖未具体说明的收件人拒绝的兜底代码，而 5.6.11 始终指向邮件中的裸换行符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other or undefined security status</source>
        <comment>X.7.0/title</comment>
        <translation>其他或未定义的安全状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A security or policy problem occurred that no more specific X.7 detail code describes, or that the server chooses not to explain. RFC 4954 uses it in 454 4.7.0 (temporary authentication failure) and 530 5.7.0 (authentication required), and many servers send 530 5.7.0 when STARTTLS must come first. A 4.7.0 can be retried later; a 5.7.0 needs a change before sending again.</source>
        <comment>X.7.0/description</comment>
        <translation>发生了安全或策略问题，但没有更具体的 X.7 细分代码能够描述，或者服务器选择不加说明。RFC 4954 将其用于 454 4.7.0（暂时性身份验证失败）和 530 5.7.0（需要身份验证），许多服务器在必须先执行 STARTTLS 时也会发送 530 5.7.0。4.7.0 可以稍后重试；5.7.0 则需要先作出更改才能再次发送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It can follow almost any command, most often AUTH, STARTTLS, or MAIL FROM sent without authenticating. The text after the code usually names the real reason.</source>
        <comment>X.7.0/when</comment>
        <translation>它几乎可以出现在任何命令之后，最常见的是 AUTH、STARTTLS，或未经身份验证就发送的 MAIL FROM。代码后面的文字通常会说明真正的原因。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the server text. If it says authentication is required, turn on SMTP authentication in your mail client with your full address and password, using port 587 with STARTTLS or port 465 with TLS. If it says STARTTLS is required, enable encryption in the outgoing server settings.</source>
        <comment>X.7.0/fix/sender</comment>
        <translation>请阅读服务器返回的文字。如果提示需要身份验证，请在邮件客户端中开启 SMTP 身份验证，使用完整的邮件地址和密码，并使用端口 587 加 STARTTLS 或端口 465 加 TLS。如果提示需要 STARTTLS，请在发件服务器设置中启用加密。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 4.7.0, let the queue retry and check whether the remote side reported a temporary authentication or TLS problem. For 5.7.0, check the relay credentials (Postfix smtp_sasl_password_maps, Exim authenticators) and that TLS is enabled toward the relay, for example smtp_tls_security_level = may or encrypt.</source>
        <comment>X.7.0/fix/sendingServer</comment>
        <translation>对于 4.7.0，请让队列自动重试，并检查远程端是否报告了暂时性的身份验证或 TLS 问题。对于 5.7.0，请检查中继凭据（Postfix 的 smtp_sasl_password_maps、Exim 的 authenticators），并确认与中继之间已启用 TLS，例如 smtp_tls_security_level = may 或 encrypt。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the session in your server log to see which check failed. Where a specific code exists, such as X.7.8 for bad credentials or X.7.1 for a policy refusal, use it so that clients can react correctly.</source>
        <comment>X.7.0/fix/receivingServer</comment>
        <translation>在服务器日志中找到该会话，查看是哪项检查失败。如果存在更具体的代码，例如表示凭据错误的 X.7.8 或表示策略拒绝的 X.7.1，请使用该代码，以便客户端作出正确反应。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>454 after AUTH</source>
        <comment>X.7.0/contexts/0/context</comment>
        <translation>AUTH 之后的 454</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server could not complete authentication because of a temporary problem, such as an unreachable password database, so a retry later can succeed.</source>
        <comment>X.7.0/contexts/0/meaning</comment>
        <translation>由于暂时性问题（例如无法访问密码数据库），服务器无法完成身份验证，因此稍后重试可能成功。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>454 after STARTTLS</source>
        <comment>X.7.0/contexts/1/context</comment>
        <translation>STARTTLS 之后的 454</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS is temporarily unavailable on the server, for example because of a certificate or TLS library problem.</source>
        <comment>X.7.0/contexts/1/meaning</comment>
        <translation>服务器上的 TLS 暂时不可用，例如由于证书或 TLS 库出现问题。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>530 before MAIL FROM</source>
        <comment>X.7.0/contexts/2/context</comment>
        <translation>MAIL FROM 之前的 530</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server requires the client to authenticate, or with some servers to issue STARTTLS, before it accepts a mail transaction.</source>
        <comment>X.7.0/contexts/2/meaning</comment>
        <translation>服务器要求客户端先进行身份验证（某些服务器要求先执行 STARTTLS），然后才接受邮件事务。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.1 states that delivery was refused by policy, while X.7.0 is the catch-all used when no specific security detail applies or the server hides the reason.</source>
        <comment>X.7.0/confusedWith/X.7.1</comment>
        <translation>X.7.1 明确表示投递因策略而被拒绝，而 X.7.0 是在没有更具体的安全细分代码适用或服务器隐藏原因时使用的笼统代码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.8 with 535 means the credentials were checked and found wrong, whereas X.7.0 as 454 4.7.0 after AUTH means the server could not check them because of a temporary problem.</source>
        <comment>X.7.0/confusedWith/X.7.8</comment>
        <translation>与 535 搭配的 X.7.8 表示凭据已经过检查且被认定错误，而在 AUTH 之后以 454 4.7.0 形式出现的 X.7.0 表示服务器因暂时性问题而无法检查凭据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gmail Temporary Security Block</source>
        <comment>4.7.0@Google/title</comment>
        <translation>Gmail 暂时性安全封锁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail attaches 4.7.0 to several temporary security refusals, so the text decides the meaning. It may report that the recipient domain requires TLS, that the IP is not on the domain&apos;s allowlist, that the sending IP or domain has very low reputation or lacks a valid PTR record, or that there were too many login attempts.</source>
        <comment>4.7.0@Google/description</comment>
        <translation>Gmail 将 4.7.0 用于多种暂时性安全拒绝，因此其含义取决于文本。它可能表示收件人域要求使用 TLS、IP 不在该域的白名单中、发送 IP 或域的信誉极低或缺少有效的 PTR 记录，或者登录尝试次数过多。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned as 421 4.7.0 at connection, RCPT TO or after DATA by Gmail&apos;s inbound servers, or as 454 4.7.0 in reply to AUTH.</source>
        <comment>4.7.0@Google/when</comment>
        <translation>由 Gmail 的入站服务器在连接时、回复 RCPT TO 时或 DATA 之后以 421 4.7.0 形式返回，或以 454 4.7.0 形式作为对 AUTH 的回复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For login errors, stop retrying, wait, and check your password or app password. For other texts, forward the bounce to your administrator.</source>
        <comment>4.7.0@Google/fix/sender</comment>
        <translation>对于登录错误，请停止重试，等待一段时间，并检查您的密码或应用专用密码。对于其他文本，请将退信转发给您的管理员。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use STARTTLS toward Gmail&apos;s MX hosts, give your IPs matching PTR and forward DNS, and authenticate with SPF and DKIM. Review reputation in Google Postmaster Tools and slow down if rate limited; ask the recipient to allowlist your IP if their domain requires it.</source>
        <comment>4.7.0@Google/fix/sendingServer</comment>
        <translation>向 Gmail 的 MX 主机发送时使用 STARTTLS，为您的 IP 配置相互匹配的 PTR 和正向 DNS，并通过 SPF 和 DKIM 进行身份验证。在 Google Postmaster Tools 中查看信誉，如果受到速率限制，请放慢发送速度；如果收件人的域有此要求，请让收件人将您的 IP 加入白名单。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS required for RCPT domain</source>
        <comment>4.7.0@Google/contexts/0/context</comment>
        <translation>RCPT 域要求 TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient&apos;s domain requires TLS and the session was not encrypted, so Gmail closes the connection.</source>
        <comment>4.7.0@Google/contexts/0/meaning</comment>
        <translation>收件人的域要求使用 TLS，而会话未加密，因此 Gmail 关闭了连接。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP not in whitelist for RCPT domain</source>
        <comment>4.7.0@Google/contexts/1/context</comment>
        <translation>IP 不在 RCPT 域的白名单中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient domain accepts mail only from IP addresses on its own allowlist.</source>
        <comment>4.7.0@Google/contexts/1/meaning</comment>
        <translation>收件人域只接收来自其自身白名单中 IP 地址的邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low reputation or suspicious message</source>
        <comment>4.7.0@Google/contexts/2/context</comment>
        <translation>信誉低或邮件可疑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail rate limits or blocks the mail because of very low sender reputation, a missing PTR record, or suspicious content or links.</source>
        <comment>4.7.0@Google/contexts/2/meaning</comment>
        <translation>由于发件人信誉极低、缺少 PTR 记录，或内容或链接可疑，Gmail 对邮件进行速率限制或将其封锁。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many login attempts</source>
        <comment>4.7.0@Google/contexts/3/context</comment>
        <translation>登录尝试次数过多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent as 454 4.7.0 in reply to AUTH after repeated failed logins, asking the client to wait before trying again.</source>
        <comment>4.7.0@Google/contexts/3/meaning</comment>
        <translation>在多次登录失败后，以 454 4.7.0 形式作为对 AUTH 的回复发送，要求客户端等待一段时间后再试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>421 is the basic reply that closes the session, while Gmail&apos;s 4.7.0 text after it explains which security check failed.</source>
        <comment>4.7.0@Google/confusedWith/421</comment>
        <translation>421 是关闭会话的基本回复码，而其后 Gmail 附带的 4.7.0 文本会说明是哪项安全检查失败。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4.7.28 specifically reports an unusual rate of mail, while 4.7.0 covers TLS, allowlist, reputation and login throttling cases.</source>
        <comment>4.7.0@Google/confusedWith/4.7.28@Google</comment>
        <translation>4.7.28 专门报告邮件速率异常，而 4.7.0 涵盖 TLS、白名单、信誉和登录限流等情况。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.0 is the registry&apos;s generic security or policy status, while Gmail uses 4.7.0 for several specific temporary checks.</source>
        <comment>4.7.0@Google/confusedWith/X.7.0</comment>
        <translation>X.7.0 是注册表中通用的安全或策略状态，而 Gmail 将 4.7.0 用于多项具体的暂时性检查。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery not authorized, message refused</source>
        <comment>X.7.1/title</comment>
        <translation>投递未获授权，邮件被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The receiving server refused the message because its policy does not allow this sender, connecting IP address or recipient. Typical causes are relaying without authentication, a block list listing, sender or recipient restrictions, and spam filter verdicts. A 5.7.1 lasts until something changes; a 4.7.1 is a temporary refusal, often greylisting or a short-term reputation or rate block.</source>
        <comment>X.7.1/description</comment>
        <translation>接收方服务器拒绝了该邮件，因为其策略不允许此发件人、连接的 IP 地址或收件人。典型原因包括未经身份验证的中继、被列入黑名单、发件人或收件人限制，以及垃圾邮件过滤器的判定。5.7.1 会持续到情况发生变化为止；4.7.1 是暂时性拒绝，通常是灰名单，或因信誉或速率造成的短期封锁。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually in reply to RCPT TO for relaying or recipient policy, or after the final dot of DATA for content filtering. Some servers also use it at connection time or after MAIL FROM.</source>
        <comment>X.7.1/when</comment>
        <translation>通常是对 RCPT TO 的回复（针对中继或收件人策略），或在 DATA 的结束句点之后出现（针对内容过滤）。有些服务器也会在连接时或 MAIL FROM 之后使用它。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the reply says relaying is denied, enable SMTP authentication in your client and send through your own provider&apos;s submission server on port 587. Otherwise follow the server text or linked page, ask the recipient to allow your address, and check that you are not sending from a blocked network.</source>
        <comment>X.7.1/fix/sender</comment>
        <translation>如果回复表明拒绝中继，请在客户端中启用 SMTP 身份验证，并通过您自己服务商的提交服务器在端口 587 上发送。否则，请按照服务器文字或链接页面的说明操作，请收件人允许您的地址，并检查您是否从被封锁的网络发送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your outgoing IP address on public block lists such as Spamhaus and request delisting after fixing the cause. Make sure SPF, DKIM and DMARC pass and that the IP address has a matching PTR record. For 4.7.1, let the queue retry, because greylisting accepts the message on a later attempt.</source>
        <comment>X.7.1/fix/sendingServer</comment>
        <translation>在 Spamhaus 等公共黑名单上查询您的外发 IP 地址，并在解决原因后申请移除。确保 SPF、DKIM 和 DMARC 验证通过，并且该 IP 地址有匹配的 PTR 记录。对于 4.7.1，请让队列自动重试，因为灰名单会在之后的尝试中接受邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the matching rule in your logs (Postfix smtpd_recipient_restrictions, Exim ACLs, your spam filter). For relay denials, confirm whether the client should authenticate or be listed in mynetworks. Use a specific code such as X.7.23 or X.7.25 when one particular check caused the refusal.</source>
        <comment>X.7.1/fix/receivingServer</comment>
        <translation>在日志中找到匹配的规则（Postfix 的 smtpd_recipient_restrictions、Exim 的 ACL、垃圾邮件过滤器）。对于中继拒绝，请确认客户端是否应进行身份验证或被列入 mynetworks。当拒绝由某一项具体检查引起时，请使用 X.7.23 或 X.7.25 等具体代码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After RCPT TO</source>
        <comment>X.7.1/contexts/0/context</comment>
        <translation>RCPT TO 之后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Often a relay denial: the server does not accept mail for that domain from an unauthenticated client, or it refuses this recipient.</source>
        <comment>X.7.1/contexts/0/meaning</comment>
        <translation>通常是拒绝中继：服务器不接受未经身份验证的客户端发往该域的邮件，或者拒绝此收件人。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After DATA</source>
        <comment>X.7.1/contexts/1/context</comment>
        <translation>DATA 之后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A content, spam or policy filter rejected the message itself.</source>
        <comment>X.7.1/contexts/1/meaning</comment>
        <translation>内容、垃圾邮件或策略过滤器拒绝了邮件本身。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class 4 (4.7.1)</source>
        <comment>X.7.1/contexts/2/context</comment>
        <translation>类别 4（4.7.1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The refusal is temporary, typically greylisting or a temporary reputation block, and a later retry can succeed.</source>
        <comment>X.7.1/contexts/2/meaning</comment>
        <translation>拒绝是暂时性的，通常是灰名单或暂时的信誉封锁，稍后重试可能成功。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.1 means the recipient mailbox does not exist, whereas X.7.1 means the mailbox may exist but the server refuses mail from this sender or client.</source>
        <comment>X.7.1/confusedWith/X.1.1</comment>
        <translation>X.1.1 表示收件人邮箱不存在，而 X.7.1 表示邮箱可能存在，但服务器拒绝接收来自此发件人或客户端的邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.0 is the unspecified security status, while X.7.1 says explicitly that the sender is not authorized and the message was refused.</source>
        <comment>X.7.1/confusedWith/X.7.0</comment>
        <translation>X.7.0 是未指明的安全状态，而 X.7.1 明确表示发件人未获授权且邮件被拒绝。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.23 names an SPF failure explicitly, while X.7.1 is the generic refusal that many servers still send for SPF failures and other policy checks.</source>
        <comment>X.7.1/confusedWith/X.7.23</comment>
        <translation>X.7.23 明确指出 SPF 失败，而 X.7.1 是通用拒绝代码，许多服务器仍将其用于 SPF 失败和其他策略检查。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gmail Policy or Spam Rejection</source>
        <comment>5.7.1@Google/title</comment>
        <translation>Gmail 策略拒绝或垃圾邮件拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail uses 550 5.7.1 for many permanent refusals, and the text names the cause. Common ones are mail judged likely unsolicited, very low sender reputation, a message that is not RFC 5322 compliant, a Workspace administrator&apos;s policy tagged gcdp, and mismatched relay credentials. With 535, the same code means the username and password were not accepted.</source>
        <comment>5.7.1@Google/description</comment>
        <translation>Gmail 将 550 5.7.1 用于许多永久性拒绝，并在文本中指明原因。常见原因包括：邮件被判定为可能是未经请求的邮件、发件人信誉极低、邮件不符合 RFC 5322、带有 gcdp 标记的 Workspace 管理员策略，以及中继凭据不匹配。与 535 搭配时，同一代码表示用户名和密码未被接受。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to RCPT TO or after DATA by Gmail&apos;s inbound servers, or as 535 5.7.1 in reply to AUTH on Gmail&apos;s submission servers.</source>
        <comment>5.7.1@Google/when</comment>
        <translation>由 Gmail 的入站服务器作为对 RCPT TO 的回复或在 DATA 之后返回，或由 Gmail 的提交服务器以 535 5.7.1 形式作为对 AUTH 的回复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For login errors, use the correct password or an app password if the account uses 2-Step Verification. For policy texts, ask the recipient&apos;s administrator; for spam texts, contact your email provider.</source>
        <comment>5.7.1@Google/fix/sender</comment>
        <translation>对于登录错误，请使用正确的密码；如果账户启用了两步验证，请使用应用专用密码。对于策略类文本，请询问收件人的管理员；对于垃圾邮件类文本，请联系您的电子邮件服务商。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authenticate with SPF, DKIM and DMARC, check reputation in Google Postmaster Tools, and fix malformed headers such as a missing Message-ID or several From addresses. For Workspace SMTP relay, register the sending IP or use SMTP AUTH.</source>
        <comment>5.7.1@Google/fix/sendingServer</comment>
        <translation>通过 SPF、DKIM 和 DMARC 进行身份验证，在 Google Postmaster Tools 中查看信誉，并修复格式错误的邮件头，例如缺少 Message-ID 或存在多个 From 地址。对于 Workspace SMTP 中继，请登记发送 IP 或使用 SMTP AUTH。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likely unsolicited mail</source>
        <comment>5.7.1@Google/contexts/0/context</comment>
        <translation>可能是未经请求的邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail&apos;s spam filtering blocked the message based on content, reputation or sending patterns.</source>
        <comment>5.7.1@Google/contexts/0/meaning</comment>
        <translation>Gmail 的垃圾邮件过滤根据内容、信誉或发送模式封锁了该邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not RFC 5322 compliant</source>
        <comment>5.7.1@Google/contexts/1/context</comment>
        <translation>不符合 RFC 5322</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message lacks a valid From or Message-ID header, has duplicate headers, or uses encoding that is not allowed in a header.</source>
        <comment>5.7.1@Google/contexts/1/meaning</comment>
        <translation>邮件缺少有效的 From 或 Message-ID 头，存在重复的邮件头，或在邮件头中使用了不允许的编码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy tagged gcdp</source>
        <comment>5.7.1@Google/contexts/2/context</comment>
        <translation>带有 gcdp 标记的策略</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A custom rule created by a Google Workspace administrator prohibited the message.</source>
        <comment>5.7.1@Google/contexts/2/meaning</comment>
        <translation>Google Workspace 管理员创建的自定义规则禁止了该邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>535 5.7.1 after AUTH</source>
        <comment>5.7.1@Google/contexts/3/context</comment>
        <translation>AUTH 之后的 535 5.7.1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail rejected the login, for example because the password is wrong or an app password is required.</source>
        <comment>5.7.1@Google/contexts/3/meaning</comment>
        <translation>Gmail 拒绝了登录，例如因为密码错误或需要使用应用专用密码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.26 specifically means authentication failed, while 5.7.1 covers spam, policy, formatting and credential refusals.</source>
        <comment>5.7.1@Google/confusedWith/5.7.26@Google</comment>
        <translation>5.7.26 专门表示身份验证失败，而 5.7.1 涵盖垃圾邮件、策略、格式和凭据方面的拒绝。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange&apos;s 5.7.1 mostly reports permissions and relaying, while Gmail&apos;s 5.7.1 most often reports spam or formatting rejections.</source>
        <comment>5.7.1@Google/confusedWith/5.7.1@Microsoft</comment>
        <translation>Exchange 的 5.7.1 主要报告权限和中继问题，而 Gmail 的 5.7.1 最常报告的是垃圾邮件或格式方面的拒绝。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery Not Authorized or Relay Denied</source>
        <comment>5.7.1@Microsoft/title</comment>
        <translation>投递未获授权或中继被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange uses 5.7.1 for several permission failures, so the text after the code matters. &quot;Delivery not authorized&quot; means the sender may not write to that recipient, often a restricted group or a mail flow rule. &quot;Unable to relay&quot; means the server is not the final destination for the domain. &quot;Client was not authenticated&quot; means the server requires authentication first.</source>
        <comment>5.7.1@Microsoft/description</comment>
        <translation>Exchange 将 5.7.1 用于多种权限失败，因此代码后面的文本很重要。&quot;Delivery not authorized&quot; 表示发件人不得向该收件人发送邮件，原因通常在于受限群组或邮件流规则。&quot;Unable to relay&quot; 表示该服务器不是该域的最终目标。&quot;Client was not authenticated&quot; 表示服务器要求先进行身份验证。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned as 550 5.7.1, or as 530 5.7.1 for the authentication case, to RCPT TO or after DATA when a permission check on the receiving Exchange system fails.</source>
        <comment>5.7.1@Microsoft/when</comment>
        <translation>当接收方 Exchange 系统上的权限检查失败时，作为对 RCPT TO 的回复或在 DATA 之后以 550 5.7.1 形式返回；对于身份验证的情况则以 530 5.7.1 形式返回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the address is correct and ask the group owner or the recipient&apos;s administrator to allow you to send. If you use a device or app, make sure it authenticates with valid credentials.</source>
        <comment>5.7.1@Microsoft/fix/sender</comment>
        <translation>检查地址是否正确，并请群组所有者或收件人的管理员允许您发送邮件。如果您使用设备或应用发送，请确保其使用有效的凭据进行身份验证。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For relay errors, check that you deliver to the domain&apos;s correct MX host or that your IP is allowed on the relay connector. Configure SMTP authentication where the receiving server requires it.</source>
        <comment>5.7.1@Microsoft/fix/sendingServer</comment>
        <translation>对于中继错误，请检查您投递的目标是否是该域正确的 MX 主机，或者您的 IP 是否在中继连接器上获得了许可。在接收方服务器要求时配置 SMTP 身份验证。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check delivery management, moderation and mail flow rules for the recipient, and confirm that MX records and accepted domains match. Grant relay rights only to known IP addresses or authenticated senders.</source>
        <comment>5.7.1@Microsoft/fix/receivingServer</comment>
        <translation>检查该收件人的投递管理、审核和邮件流规则，并确认 MX 记录与接受域相互匹配。只向已知 IP 地址或已通过身份验证的发件人授予中继权限。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery not authorized</source>
        <comment>5.7.1@Microsoft/contexts/0/context</comment>
        <translation>投递未获授权</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient, often a distribution group limited to members or approved senders, or a mail flow rule does not accept this sender.</source>
        <comment>5.7.1@Microsoft/contexts/0/meaning</comment>
        <translation>收件人（通常是仅限成员或获准发件人发送的通讯组）或邮件流规则不接受此发件人。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unable to relay</source>
        <comment>5.7.1@Microsoft/contexts/1/context</comment>
        <translation>无法中继</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The receiving system does not accept mail for the recipient&apos;s domain from an anonymous sender, often because of a wrong MX record or missing relay permission.</source>
        <comment>5.7.1@Microsoft/contexts/1/meaning</comment>
        <translation>接收系统不接受匿名发件人发往收件人域的邮件，通常是由于 MX 记录错误或缺少中继权限。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client was not authenticated</source>
        <comment>5.7.1@Microsoft/contexts/2/context</comment>
        <translation>客户端未经身份验证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The receiving server accepts mail only after authentication, and the sending system did not authenticate.</source>
        <comment>5.7.1@Microsoft/contexts/2/meaning</comment>
        <translation>接收方服务器只在身份验证之后才接受邮件，而发送系统没有进行身份验证。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.1 is the registry&apos;s general code for delivery not authorized, while Exchange attaches several distinct meanings to 5.7.1 that only the accompanying text separates.</source>
        <comment>5.7.1@Microsoft/confusedWith/X.7.1</comment>
        <translation>X.7.1 是注册表中表示投递未获授权的通用代码，而 Exchange 为 5.7.1 赋予了多种不同的含义，只能通过随附的文本加以区分。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.57 is specific to unauthenticated submission to smtp.office365.com, while 5.7.1 with &quot;Client was not authenticated&quot; comes from any receiving server that requires authentication.</source>
        <comment>5.7.1@Microsoft/confusedWith/5.7.57@Microsoft</comment>
        <translation>5.7.57 专门针对向 smtp.office365.com 进行的未经身份验证的提交，而附带 &quot;Client was not authenticated&quot; 的 5.7.1 可能来自任何要求身份验证的接收方服务器。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.124 names the specific cause, a sender missing from a group&apos;s allowed list, while 5.7.1 with &quot;Delivery not authorized&quot; is the general form.</source>
        <comment>5.7.1@Microsoft/confusedWith/5.7.124@Microsoft</comment>
        <translation>5.7.124 指明了具体原因，即发件人不在群组的允许列表中，而附带 &quot;Delivery not authorized&quot; 的 5.7.1 是其通用形式。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailing list expansion prohibited</source>
        <comment>X.7.2/title</comment>
        <translation>禁止扩展邮件列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sender is not allowed to send to the mailing list addressed as a recipient. Lists often accept posts only from subscribers or approved senders, or are announcement-only. The registry describes the code as useful only as a permanent failure, so it normally appears as 5.7.2.</source>
        <comment>X.7.2/description</comment>
        <translation>发件人无权向作为收件人的邮件列表发送邮件。邮件列表通常只接受订阅者或经批准的发件人投稿，或者仅用于发布公告。注册表称此代码仅适合用作永久性失败，因此它通常以 5.7.2 形式出现。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually in reply to RCPT TO for the list address, or in a bounce from the list software after the message was accepted.</source>
        <comment>X.7.2/when</comment>
        <translation>通常是对列表地址的 RCPT TO 的回复，或在邮件被接受后出现在列表软件发出的退信中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post from the address that is subscribed to the list, subscribe first, or ask the list owner to allow your address. Check that your client did not send from an alias or another identity.</source>
        <comment>X.7.2/fix/sender</comment>
        <translation>请使用已订阅该列表的地址投稿，或先订阅，或请列表所有者允许您的地址。检查客户端是否使用了别名或其他身份发送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the list&apos;s posting policy (members only, moderated, announcement-only) in the list manager, such as Mailman or Sympa, and add the sender to the allowed posters if appropriate.</source>
        <comment>X.7.2/fix/receivingServer</comment>
        <translation>在列表管理器（例如 Mailman 或 Sympa）中检查该列表的投稿策略（仅限成员、需审核、仅限公告），并在适当时将该发件人添加到允许投稿者中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.4 reports a technical problem expanding the list, while X.7.2 means the list refused this sender for policy reasons.</source>
        <comment>X.7.2/confusedWith/X.2.4</comment>
        <translation>X.2.4 报告扩展列表时出现技术问题，而 X.7.2 表示列表出于策略原因拒绝了此发件人。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.1 is a general refusal of the sender, whereas X.7.2 applies specifically to posting to a mailing list.</source>
        <comment>X.7.2/confusedWith/X.7.1</comment>
        <translation>X.7.1 是对发件人的一般性拒绝，而 X.7.2 专门针对向邮件列表投稿的情况。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security conversion required but not possible</source>
        <comment>X.7.3/title</comment>
        <translation>需要安全转换但无法完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery required converting the message from one secure messaging format to another, for example at a gateway between systems with different encryption or signing schemes, and the conversion could not be done. The registry describes it as useful only as a permanent failure. It is rare on the public Internet.</source>
        <comment>X.7.3/description</comment>
        <translation>投递时需要将邮件从一种安全消息格式转换为另一种，例如在采用不同加密或签名方案的系统之间的网关处，但无法完成转换。注册表称其仅适合用作永久性失败。它在公共互联网上很少见。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typically in a bounce from a gateway or security appliance after the message was accepted, rather than as a direct SMTP reply.</source>
        <comment>X.7.3/when</comment>
        <translation>通常出现在网关或安全设备在接受邮件后发出的退信中，而不是作为直接的 SMTP 回复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the message without the encryption or signature that the gateway cannot convert, or use a format the recipient&apos;s system supports, such as standard S/MIME.</source>
        <comment>X.7.3/fix/sender</comment>
        <translation>发送邮件时不要使用网关无法转换的加密或签名，或使用收件人系统支持的格式，例如标准 S/MIME。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the gateway&apos;s security conversion settings and logs, and configure a supported mapping or let the message pass unconverted where policy allows.</source>
        <comment>X.7.3/fix/receivingServer</comment>
        <translation>检查网关的安全转换设置和日志，配置受支持的映射，或在策略允许时让邮件不经转换直接通过。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.3 concerns a content conversion the next hop cannot perform, such as 8-bit to 7-bit, while X.7.3 concerns converting security wrapping such as encryption or signatures.</source>
        <comment>X.7.3/confusedWith/X.6.3</comment>
        <translation>X.6.3 涉及下一跳无法执行的内容转换（例如 8 位转 7 位），而 X.7.3 涉及加密或签名等安全封装的转换。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security features not supported</source>
        <comment>X.7.4/title</comment>
        <translation>不支持安全功能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message or command asked for a security feature that the server or delivery protocol does not support, most often an authentication mechanism. A common example is 504 5.7.4 &quot;Unrecognized authentication type&quot; when a client uses an AUTH mechanism the server does not offer. It is meant as a permanent failure.</source>
        <comment>X.7.4/description</comment>
        <translation>邮件或命令请求了服务器或投递协议不支持的安全功能，最常见的是身份验证机制。一个常见的例子是客户端使用服务器未提供的 AUTH 机制时返回的 504 5.7.4 &quot;Unrecognized authentication type&quot;。它用作永久性失败。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually in reply to AUTH with an unsupported mechanism, or when a message requires a security feature that the next hop lacks.</source>
        <comment>X.7.4/when</comment>
        <translation>通常是对使用不受支持机制的 AUTH 的回复，或在邮件要求使用下一跳所缺少的安全功能时出现。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the mail client, change the authentication method to one the server supports, usually normal password (PLAIN or LOGIN over TLS) or OAuth2. Enable STARTTLS or SSL/TLS, because some servers offer AUTH only on encrypted connections.</source>
        <comment>X.7.4/fix/sender</comment>
        <translation>在邮件客户端中，将身份验证方式改为服务器支持的方式，通常是普通密码（通过 TLS 的 PLAIN 或 LOGIN）或 OAuth2。请启用 STARTTLS 或 SSL/TLS，因为有些服务器只在加密连接上提供 AUTH。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the mechanisms listed after AUTH in the server&apos;s EHLO reply and configure the relay client to use one of them, for example with Postfix smtp_sasl_mechanism_filter. Start TLS first if the server advertises AUTH only after STARTTLS.</source>
        <comment>X.7.4/fix/sendingServer</comment>
        <translation>查看服务器 EHLO 回复中 AUTH 之后列出的机制，并将中继客户端配置为使用其中之一，例如使用 Postfix 的 smtp_sasl_mechanism_filter。如果服务器只在 STARTTLS 之后才通告 AUTH，请先启动 TLS。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm which SASL mechanisms are enabled (Postfix smtpd_sasl settings, Dovecot auth_mechanisms, Exchange receive connector authentication) and whether password authentication over TLS is allowed on the connector clients use.</source>
        <comment>X.7.4/fix/receivingServer</comment>
        <translation>确认启用了哪些 SASL 机制（Postfix 的 smtpd_sasl 设置、Dovecot 的 auth_mechanisms、Exchange 接收连接器的身份验证），以及客户端所用的连接器是否允许通过 TLS 进行密码身份验证。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.9 means the mechanism is supported but too weak for this user, whereas X.7.4 means the requested mechanism or feature is not supported at all.</source>
        <comment>X.7.4/confusedWith/X.7.9</comment>
        <translation>X.7.9 表示该机制受支持，但对此用户而言强度太弱，而 X.7.4 表示所请求的机制或功能完全不受支持。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bare 502 means the whole command is not implemented, while 504 X.7.4 means the command exists but the requested security parameter or mechanism is not supported.</source>
        <comment>X.7.4/confusedWith/502</comment>
        <translation>单独的 502 表示整个命令未实现，而 504 X.7.4 表示命令存在，但所请求的安全参数或机制不受支持。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cryptographic failure</source>
        <comment>X.7.5/title</comment>
        <translation>加密操作失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A system entitled to verify or decrypt the message could not do so because a necessary key was unavailable or invalid. It appears with encrypted mail whose key is missing, and some filters use it for failed signature checks. As 4.7.5 the key may become available later; as 5.7.5 the message will not pass without a change.</source>
        <comment>X.7.5/description</comment>
        <translation>有权验证或解密该邮件的系统无法执行此操作，因为所需的密钥不可用或无效。它出现在缺少密钥的加密邮件中，有些过滤器也将其用于签名检查失败。以 4.7.5 形式出现时，密钥稍后可能变为可用；以 5.7.5 形式出现时，不作更改邮件将无法通过。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the final dot of DATA, when the server checks signatures or decrypts, or in a later bounce from a gateway.</source>
        <comment>X.7.5/when</comment>
        <translation>在 DATA 的结束句点之后，当服务器检查签名或解密时出现，或出现在网关稍后发出的退信中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you sent encrypted mail, check that you used the recipient&apos;s current public key or certificate. If the bounce mentions DKIM, ask your mail administrator to check the signing setup.</source>
        <comment>X.7.5/fix/sender</comment>
        <translation>如果您发送的是加密邮件，请检查是否使用了收件人当前的公钥或证书。如果退信提到 DKIM，请让您的邮件管理员检查签名设置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the text points to DKIM, publish the public key for the selector you sign with as a TXT record at selector._domainkey.example.com and confirm that it matches the private key. Send a test message to a checking service before resending.</source>
        <comment>X.7.5/fix/sendingServer</comment>
        <translation>如果文字指向 DKIM，请将您用于签名的选择器的公钥以 TXT 记录形式发布在 selector._domainkey.example.com，并确认它与私钥匹配。重新发送前，请先向检测服务发送一封测试邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the gateway has the keys or certificates it needs and that DNS lookups for public keys succeed. The verification log usually shows which key was missing or invalid.</source>
        <comment>X.7.5/fix/receivingServer</comment>
        <translation>检查网关是否拥有所需的密钥或证书，以及公钥的 DNS 查询是否成功。验证日志通常会显示是哪个密钥缺失或无效。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.7 means the message was altered so the check failed, whereas X.7.5 means the key needed to check or decrypt it was missing or invalid.</source>
        <comment>X.7.5/confusedWith/X.7.7</comment>
        <translation>X.7.7 表示邮件被修改，导致检查失败，而 X.7.5 表示检查或解密所需的密钥缺失或无效。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cryptographic algorithm not supported</source>
        <comment>X.7.6/title</comment>
        <translation>不支持该加密算法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A system entitled to verify or decrypt the message could not do so because it does not support the algorithm used, such as a cipher, hash or signature type. Older gateways, for example, may not support newer signature algorithms. It is usually permanent for that message and delivery path.</source>
        <comment>X.7.6/description</comment>
        <translation>有权验证或解密该邮件的系统无法执行此操作，因为它不支持所用的算法，例如密码算法、哈希或签名类型。例如，较旧的网关可能不支持较新的签名算法。对于该邮件和投递路径而言，这通常是永久性的。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the final dot of DATA, or in a later bounce from a gateway that processes signed or encrypted content.</source>
        <comment>X.7.6/when</comment>
        <translation>在 DATA 的结束句点之后出现，或出现在处理签名或加密内容的网关稍后发出的退信中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend using a widely supported algorithm, for example an RSA certificate with SHA-256 for S/MIME, or ask the recipient which algorithms their system accepts.</source>
        <comment>X.7.6/fix/sender</comment>
        <translation>请使用广泛支持的算法重新发送，例如 S/MIME 使用带 SHA-256 的 RSA 证书，或询问收件人其系统接受哪些算法。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you sign DKIM with a newer algorithm such as Ed25519, add a second signature with rsa-sha256 so that older verifiers can still check the message.</source>
        <comment>X.7.6/fix/sendingServer</comment>
        <translation>如果您使用 Ed25519 等较新的算法进行 DKIM 签名，请再添加一个 rsa-sha256 签名，以便较旧的验证程序仍能检查邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the gateway or filter software so that it supports current algorithms, and check its logs for the algorithm it rejected.</source>
        <comment>X.7.6/fix/receivingServer</comment>
        <translation>更新网关或过滤器软件，使其支持当前的算法，并在其日志中查看被拒绝的算法。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.5 means a needed key was missing or invalid, while X.7.6 means the key may be fine but the algorithm itself is not supported.</source>
        <comment>X.7.6/confusedWith/X.7.5</comment>
        <translation>X.7.5 表示所需的密钥缺失或无效，而 X.7.6 表示密钥可能没有问题，但算法本身不受支持。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message integrity failure</source>
        <comment>X.7.7/title</comment>
        <translation>邮件完整性校验失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A system entitled to validate the message found that it had been corrupted or altered, so a signature or checksum no longer matched. Mailing lists, added footers and content filters that rewrite messages are common causes, for example when a DKIM body hash no longer matches. The registry allows its use as a permanent, transient or success code.</source>
        <comment>X.7.7/description</comment>
        <translation>有权验证该邮件的系统发现邮件已损坏或被修改，导致签名或校验和不再匹配。邮件列表、添加的页脚以及会改写邮件的内容过滤器是常见原因，例如 DKIM 正文哈希不再匹配时。注册表允许将其用作永久性、暂时性或成功代码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the final dot of DATA, or in a bounce from a gateway that checks signatures.</source>
        <comment>X.7.7/when</comment>
        <translation>在 DATA 的结束句点之后出现，或出现在检查签名的网关发出的退信中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend directly rather than through a forwarder or list that edits the message, and avoid tools that rewrite the message after it is signed.</source>
        <comment>X.7.7/fix/sender</comment>
        <translation>请直接重新发送，而不要经过会编辑邮件的转发服务或邮件列表，并避免使用在签名后改写邮件的工具。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign as the last step before sending, after any footer, disclaimer or antivirus step that edits the message. Use relaxed canonicalization (c=relaxed/relaxed) for DKIM so that harmless whitespace changes do not break the signature.</source>
        <comment>X.7.7/fix/sendingServer</comment>
        <translation>将签名作为发送前的最后一步，放在任何会编辑邮件的页脚、免责声明或防病毒步骤之后。DKIM 请使用宽松规范化（c=relaxed/relaxed），以免无害的空白变化破坏签名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check whether a hop in your own path, such as a filter or gateway, changed the message before verification, and verify signatures before any local modification.</source>
        <comment>X.7.7/fix/receivingServer</comment>
        <translation>检查您自己路径中的某一跳（例如过滤器或网关）是否在验证前修改了邮件，并在任何本地修改之前验证签名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.20 says that no DKIM signature verified at all, while X.7.7 more generally says a checked message was altered or corrupted.</source>
        <comment>X.7.7/confusedWith/X.7.20</comment>
        <translation>X.7.20 表示没有任何 DKIM 签名通过验证，而 X.7.7 更笼统地表示经检查的邮件被修改或损坏。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication credentials invalid</source>
        <comment>X.7.8/title</comment>
        <translation>身份验证凭据无效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server rejected the user name and password, token or other credentials sent with AUTH. It normally comes with 535, and the client should ask the user for new credentials instead of retrying the same ones. A class 4 form is rare; a temporary authentication problem is normally reported as 454 4.7.0.</source>
        <comment>X.7.8/description</comment>
        <translation>服务器拒绝了通过 AUTH 发送的用户名和密码、令牌或其他凭据。它通常与 535 一同出现，客户端应要求用户提供新的凭据，而不是用相同的凭据重试。类别 4 的形式很少见；暂时性的身份验证问题通常报告为 454 4.7.0。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to AUTH, after the client has sent its credentials, for example after the base64-encoded user name and password of AUTH LOGIN.</source>
        <comment>X.7.8/when</comment>
        <translation>作为对 AUTH 的回复，在客户端发送凭据之后出现，例如在 AUTH LOGIN 发送经 base64 编码的用户名和密码之后。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-enter your full email address as the user name and your current password. If the account uses two-step verification, create an app password (Gmail, Yahoo, iCloud) or switch the client to OAuth2 sign-in. Make sure an old saved password is not being reused.</source>
        <comment>X.7.8/fix/sender</comment>
        <translation>请重新输入完整的电子邮件地址作为用户名，并输入当前密码。如果账户启用了两步验证，请创建应用专用密码（Gmail、Yahoo、iCloud），或将客户端改为 OAuth2 登录。确保没有重复使用以前保存的旧密码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the relay credentials in the MTA (Postfix smtp_sasl_password_maps followed by postmap, Exim authenticators) and in the application&apos;s SMTP settings. For Microsoft 365, SMTP AUTH must be enabled for the mailbox and not disabled for the tenant, and accounts with multifactor authentication need OAuth2.</source>
        <comment>X.7.8/fix/sendingServer</comment>
        <translation>更新 MTA 中的中继凭据（Postfix 的 smtp_sasl_password_maps，随后运行 postmap；Exim 的 authenticators）以及应用程序的 SMTP 设置。对于 Microsoft 365，必须为该邮箱启用 SMTP AUTH，且不能在租户级别禁用；启用多重身份验证的账户需要使用 OAuth2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the authentication log (Dovecot auth, saslauthd, Exchange) for the exact reason: unknown user, wrong password, locked account or blocked legacy sign-in. Many failures from one IP address suggest password guessing; rate-limit or block that source.</source>
        <comment>X.7.8/fix/receivingServer</comment>
        <translation>在身份验证日志（Dovecot auth、saslauthd、Exchange）中查看确切原因：用户未知、密码错误、账户锁定或旧式登录被阻止。来自同一 IP 地址的大量失败表明有人在猜测密码；请对该来源进行速率限制或将其封锁。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>530 5.7.0 means the client has not authenticated and must do so, while 535 X.7.8 means it tried and the credentials were refused.</source>
        <comment>X.7.8/confusedWith/530</comment>
        <translation>530 5.7.0 表示客户端尚未进行身份验证且必须进行，而 535 X.7.8 表示客户端已尝试但凭据被拒绝。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.9 with 534 refuses the authentication mechanism as too weak, whereas X.7.8 rejects the credentials themselves.</source>
        <comment>X.7.8/confusedWith/X.7.9</comment>
        <translation>与 534 搭配的 X.7.9 以强度太弱为由拒绝身份验证机制，而 X.7.8 拒绝的是凭据本身。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>454 4.7.0 after AUTH is a temporary failure to check credentials and can be retried, while X.7.8 means the credentials were checked and found wrong.</source>
        <comment>X.7.8/confusedWith/454</comment>
        <translation>AUTH 之后的 454 4.7.0 是检查凭据时的暂时性失败，可以重试，而 X.7.8 表示凭据已经过检查且被认定错误。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication mechanism is too weak</source>
        <comment>X.7.9/title</comment>
        <translation>身份验证机制强度太弱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the AUTH mechanism the client chose because its policy requires a stronger one for this user, and the client should try another mechanism. Gmail, for example, returns 534 5.7.9 &quot;Application-specific password required&quot; when an account with two-step verification signs in with its normal password. It is permanent for that mechanism.</source>
        <comment>X.7.9/description</comment>
        <translation>服务器拒绝了客户端选择的 AUTH 机制，因为其策略要求此用户使用更强的机制，客户端应尝试其他机制。例如，当启用两步验证的账户使用普通密码登录时，Gmail 会返回 534 5.7.9 &quot;Application-specific password required&quot;。对该机制而言，这是永久性的。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to AUTH, either right after the mechanism name or after the credentials have been sent.</source>
        <comment>X.7.9/when</comment>
        <translation>作为对 AUTH 的回复，在机制名称之后立即出现，或在凭据发送之后出现。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch the client to a stronger sign-in method such as OAuth2, or create an app password if your provider requires one for accounts with two-step verification. Make sure the connection uses TLS, on port 587 with STARTTLS or port 465.</source>
        <comment>X.7.9/fix/sender</comment>
        <translation>请将客户端切换为更强的登录方式（例如 OAuth2），或者如果服务商要求启用两步验证的账户使用应用专用密码，请创建一个。确保连接使用 TLS：端口 587 加 STARTTLS，或端口 465。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configure the relay client to use a mechanism the server accepts, such as XOAUTH2, or PLAIN only over an encrypted connection, and replace the stored password with an app password if the provider requires it.</source>
        <comment>X.7.9/fix/sendingServer</comment>
        <translation>将中继客户端配置为使用服务器接受的机制，例如 XOAUTH2，或仅在加密连接上使用 PLAIN；如果服务商要求，请将存储的密码替换为应用专用密码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check which mechanisms your policy allows per user, and advertise only those in the EHLO reply so that clients do not choose one that will be refused.</source>
        <comment>X.7.9/fix/receivingServer</comment>
        <translation>检查您的策略为每个用户允许哪些机制，并只在 EHLO 回复中通告这些机制，以免客户端选择会被拒绝的机制。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.8 with 535 means the credentials were wrong, while X.7.9 with 534 means the credentials may be right but the mechanism used is not allowed for this user.</source>
        <comment>X.7.9/confusedWith/X.7.8</comment>
        <translation>与 535 搭配的 X.7.8 表示凭据错误，而与 534 搭配的 X.7.9 表示凭据可能正确，但所用机制不允许此用户使用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.4 means the mechanism is not supported at all, whereas X.7.9 means it is supported but too weak under the server&apos;s policy.</source>
        <comment>X.7.9/confusedWith/X.7.4</comment>
        <translation>X.7.4 表示该机制完全不受支持，而 X.7.9 表示该机制受支持，但按服务器的策略强度太弱。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption needed</source>
        <comment>X.7.10/title</comment>
        <translation>需要加密</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The requested authentication mechanism may be used only with strong encryption in place, mainly plain-text mechanisms such as PLAIN and LOGIN. The client can start TLS and authenticate again, or choose a stronger mechanism. It refuses that attempt only; the same mechanism works once the connection is encrypted. The registry associates it with reply code 523.</source>
        <comment>X.7.10/description</comment>
        <translation>所请求的身份验证机制只能在已启用强加密的情况下使用，主要是 PLAIN 和 LOGIN 等明文机制。客户端可以启动 TLS 后重新进行身份验证，或选择更强的机制。它只拒绝这一次尝试；连接加密后，同一机制即可正常使用。注册表将其与回复码 523 关联。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to AUTH sent over a connection that is not encrypted.</source>
        <comment>X.7.10/when</comment>
        <translation>作为对通过未加密连接发送的 AUTH 的回复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable SSL/TLS or STARTTLS in the outgoing server settings of your mail client, usually port 587 with STARTTLS or port 465 with TLS, then send again.</source>
        <comment>X.7.10/fix/sender</comment>
        <translation>在邮件客户端的发件服务器设置中启用 SSL/TLS 或 STARTTLS（通常是端口 587 加 STARTTLS，或端口 465 加 TLS），然后重新发送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue STARTTLS before AUTH when talking to this relay, for example with Postfix smtp_tls_security_level = encrypt for that destination, or use implicit TLS on port 465 (Postfix smtp_tls_wrappermode = yes).</source>
        <comment>X.7.10/fix/sendingServer</comment>
        <translation>与此中继通信时，先发出 STARTTLS 再发出 AUTH，例如针对该目标使用 Postfix 的 smtp_tls_security_level = encrypt，或在端口 465 上使用隐式 TLS（Postfix 的 smtp_tls_wrappermode = yes）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This behavior is normally intended. Make sure STARTTLS is advertised with a valid certificate so that clients can comply.</source>
        <comment>X.7.10/fix/receivingServer</comment>
        <translation>此行为通常是有意为之。请确保使用有效证书通告 STARTTLS，以便客户端能够遵从。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.11 with 538 is the older RFC 4954 code for an unencrypted AUTH attempt, kept for historical reasons, while X.7.10 with 523 is the general registry code asking for an encryption layer or a stronger mechanism.</source>
        <comment>X.7.10/confusedWith/X.7.11</comment>
        <translation>与 538 搭配的 X.7.11 是 RFC 4954 中针对未加密 AUTH 尝试的旧代码，出于历史原因而保留，而与 523 搭配的 X.7.10 是注册表中的通用代码，要求使用加密层或更强的机制。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption required for requested authentication mechanism</source>
        <comment>X.7.11/title</comment>
        <translation>所请求的身份验证机制需要加密</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The AUTH mechanism the client chose may be used only when the SMTP connection is encrypted. RFC 4954 documents this code for historical purposes: current servers should not advertise such mechanisms until TLS is active, so clients rarely see it. It usually comes with 538.</source>
        <comment>X.7.11/description</comment>
        <translation>客户端选择的 AUTH 机制只能在 SMTP 连接已加密时使用。RFC 4954 出于历史原因记录了此代码：当前的服务器在 TLS 生效之前不应通告此类机制，因此客户端很少会看到它。它通常与 538 一同出现。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to AUTH sent before STARTTLS on a server that still advertises plain-text mechanisms.</source>
        <comment>X.7.11/when</comment>
        <translation>在仍然通告明文机制的服务器上，作为对 STARTTLS 之前发送的 AUTH 的回复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on STARTTLS or SSL/TLS in the outgoing server settings of your mail client and send again.</source>
        <comment>X.7.11/fix/sender</comment>
        <translation>在邮件客户端的发件服务器设置中开启 STARTTLS 或 SSL/TLS，然后重新发送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start TLS before authenticating to this relay, for example with Postfix smtp_tls_security_level = encrypt, and do not allow plain-text authentication on unencrypted connections.</source>
        <comment>X.7.11/fix/sendingServer</comment>
        <translation>在向此中继进行身份验证之前启动 TLS，例如使用 Postfix 的 smtp_tls_security_level = encrypt，并且不要允许在未加密连接上进行明文身份验证。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advertise plain-text mechanisms only after STARTTLS, for example with Postfix smtpd_tls_auth_only = yes, so that clients never try them unencrypted.</source>
        <comment>X.7.11/fix/receivingServer</comment>
        <translation>只在 STARTTLS 之后通告明文机制，例如使用 Postfix 的 smtpd_tls_auth_only = yes，这样客户端就不会在未加密的情况下尝试这些机制。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.10 with 523 is the general registry code asking for encryption before this mechanism, while X.7.11 with 538 is the RFC 4954 code kept mainly for historical reasons.</source>
        <comment>X.7.11/confusedWith/X.7.10</comment>
        <translation>与 523 搭配的 X.7.10 是注册表中的通用代码，要求在使用此机制之前先加密，而与 538 搭配的 X.7.11 是 RFC 4954 中主要出于历史原因而保留的代码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password transition is needed</source>
        <comment>X.7.12/title</comment>
        <translation>需要进行密码过渡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user must move to the selected authentication mechanism, typically by authenticating once with PLAIN over an encrypted connection so that the server can set up the new credential. After that, the selected mechanism should work in later sessions. It is a transient condition, normally sent as 432 4.7.12.</source>
        <comment>X.7.12/description</comment>
        <translation>用户必须改用所选的身份验证机制，通常需要在加密连接上使用 PLAIN 进行一次身份验证，以便服务器设置新的凭据。之后，所选机制应能在后续会话中正常使用。这是一种暂时性状况，通常以 432 4.7.12 形式发送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to AUTH with a mechanism for which the server does not yet hold a usable credential for this user.</source>
        <comment>X.7.12/when</comment>
        <translation>当服务器尚未持有此用户在该机制下可用的凭据时，作为对使用该机制的 AUTH 的回复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in once with normal password (PLAIN) over an encrypted connection, then switch back to the preferred method. Contact your provider if the message keeps appearing.</source>
        <comment>X.7.12/fix/sender</comment>
        <translation>请在加密连接上使用普通密码（PLAIN）登录一次，然后切换回首选方式。如果该提示持续出现，请联系您的服务商。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authenticate the relay account once with PLAIN over TLS, then return to the stronger mechanism.</source>
        <comment>X.7.12/fix/sendingServer</comment>
        <translation>在 TLS 上使用 PLAIN 对中继账户进行一次身份验证，然后恢复使用更强的机制。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure PLAIN over TLS is available so that users can complete the transition, and check that the password backend stores the credential the new mechanism needs.</source>
        <comment>X.7.12/fix/receivingServer</comment>
        <translation>确保可以通过 TLS 使用 PLAIN，以便用户完成过渡，并检查密码后端是否存储了新机制所需的凭据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.8 means the credentials were wrong, while X.7.12 means they may be correct but must first be used once with PLAIN so the server can prepare the new mechanism.</source>
        <comment>X.7.12/confusedWith/X.7.8</comment>
        <translation>X.7.8 表示凭据错误，而 X.7.12 表示凭据可能正确，但必须先用 PLAIN 使用一次，以便服务器为新机制做好准备。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender Not Authenticated by Organization</source>
        <comment>5.7.12@Microsoft/title</comment>
        <translation>发件人未通过组织的身份验证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.12 when the recipient is configured to reject messages from outside its organization and the sender was not authenticated as internal. Only an administrator of the recipient&apos;s organization can change this. The registry meaning of X.7.12, a required password transition, is unrelated.</source>
        <comment>5.7.12@Microsoft/description</comment>
        <translation>当收件人被配置为拒绝来自其组织外部的邮件，而发件人未作为内部发件人通过身份验证时，Exchange Online 会返回 5.7.12。只有收件人所在组织的管理员才能更改此设置。注册表中 X.7.12 的含义（需要密码转换）与此无关。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned when an external or anonymous sender writes to an address that accepts internal senders only.</source>
        <comment>5.7.12@Microsoft/when</comment>
        <translation>当外部或匿名发件人向仅接受内部发件人的地址发送邮件时返回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach the recipient another way and ask their administrator to allow external senders, or send through an internal contact.</source>
        <comment>5.7.12@Microsoft/fix/sender</comment>
        <translation>请通过其他方式联系收件人，并请其管理员允许外部发件人；或者通过内部联系人代为发送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If external mail should be accepted, change the recipient&apos;s delivery restrictions to allow senders inside and outside the organization, or add the sender to the allowed senders.</source>
        <comment>5.7.12@Microsoft/fix/receivingServer</comment>
        <translation>如果应当接收外部邮件，请更改该收件人的投递限制，允许组织内部和外部的发件人，或将该发件人添加到允许的发件人中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.12 in the registry means a password transition is needed before authentication, while Exchange Online&apos;s 5.7.12 means an external sender was refused by an internal-only recipient.</source>
        <comment>5.7.12@Microsoft/confusedWith/X.7.12</comment>
        <translation>X.7.12 在注册表中表示身份验证前需要进行密码转换，而 Exchange Online 的 5.7.12 表示外部发件人被仅限内部发件人的收件人拒绝。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.133 names a group as the restricted recipient, while 5.7.12 is the general form for any recipient that accepts internal senders only.</source>
        <comment>5.7.12@Microsoft/confusedWith/5.7.133@Microsoft</comment>
        <translation>5.7.133 指明受限收件人是一个群组，而 5.7.12 是适用于任何仅接受内部发件人的收件人的通用形式。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User account disabled</source>
        <comment>X.7.13/title</comment>
        <translation>用户账户已禁用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credentials were correct, but the account has been disabled, for example because of non-payment, abuse or a suspected break-in. Unlike a mistyped password, entering it again will not help: the failure lasts until an administrator re-enables the account. The registry associates it with 525.</source>
        <comment>X.7.13/description</comment>
        <translation>凭据正确，但账户已被禁用，例如由于欠费、滥用或疑似遭到入侵。与输错密码不同，重新输入密码无济于事：在管理员重新启用账户之前，该失败会一直持续。注册表将其与 525 关联。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to AUTH, after successful authentication to an account that is disabled.</source>
        <comment>X.7.13/when</comment>
        <translation>作为对 AUTH 的回复，在成功通过身份验证但账户已被禁用时出现。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact your email provider or administrator to learn why the account was disabled and to have it re-enabled. If it was disabled after a compromise, change the password and review forwarding rules once access is restored.</source>
        <comment>X.7.13/fix/sender</comment>
        <translation>请联系您的电子邮件服务商或管理员，了解账户被禁用的原因并请其重新启用。如果账户因遭到入侵而被禁用，请在恢复访问后更改密码并检查转发规则。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop retrying with this account. Contact the provider, or switch the application to an account that is active.</source>
        <comment>X.7.13/fix/sendingServer</comment>
        <translation>停止使用此账户重试。请联系服务商，或将应用程序切换到处于活动状态的账户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the account status and the recorded reason in your directory, and re-enable the account once the cause, such as a compromise or a billing issue, is resolved.</source>
        <comment>X.7.13/fix/receivingServer</comment>
        <translation>在目录中检查账户状态及记录的原因，并在原因（例如账户遭到入侵或账单问题）解决后重新启用该账户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.8 means the credentials were wrong and can be re-entered, whereas X.7.13 means they were right but the account is disabled.</source>
        <comment>X.7.13/confusedWith/X.7.8</comment>
        <translation>X.7.8 表示凭据错误，可以重新输入，而 X.7.13 表示凭据正确，但账户已被禁用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.1 says the recipient&apos;s mailbox is not accepting messages, while X.7.13 says the sender&apos;s own account is disabled for authentication.</source>
        <comment>X.7.13/confusedWith/X.2.1</comment>
        <translation>X.2.1 表示收件人的邮箱不接收邮件，而 X.7.13 表示发件人自己的账户已被禁止进行身份验证。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust relationship required</source>
        <comment>X.7.14/title</comment>
        <translation>需要信任关系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The submission server needs a configured trust relationship with another server, typically an IMAP server, to fetch message content referenced with the BURL command. It replaced the earlier use of X.7.8 for this case. Gmail also sends 534 5.7.14 asking the user to sign in through a web browser first, which is not the registry meaning.</source>
        <comment>X.7.14/description</comment>
        <translation>提交服务器需要与另一台服务器（通常是 IMAP 服务器）配置信任关系，才能获取通过 BURL 命令引用的邮件内容。它取代了此前在这种情况下使用 X.7.8 的做法。Gmail 也会发送 534 5.7.14，要求用户先通过网页浏览器登录，但这并非注册表定义的含义。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to BURL when the server cannot fetch the referenced content, or at Gmail in reply to AUTH from a client.</source>
        <comment>X.7.14/when</comment>
        <translation>当服务器无法获取所引用的内容时，作为对 BURL 的回复；或在 Gmail 中，作为对客户端 AUTH 的回复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the Gmail message, sign in to the account in a web browser, complete any security check, and then use an app password or OAuth2 in the mail client. For BURL errors, send the message normally instead of by reference.</source>
        <comment>X.7.14/fix/sender</comment>
        <translation>对于 Gmail 的这条提示，请在网页浏览器中登录该账户，完成所有安全检查，然后在邮件客户端中使用应用专用密码或 OAuth2。对于 BURL 错误，请以普通方式发送邮件，而不是通过引用发送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up the trust between the submission server and the IMAP server, for example the URLAUTH settings in Dovecot, so that BURL can fetch the referenced message.</source>
        <comment>X.7.14/fix/receivingServer</comment>
        <translation>在提交服务器与 IMAP 服务器之间建立信任（例如 Dovecot 中的 URLAUTH 设置），以便 BURL 能够获取所引用的邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.8 rejects the user&apos;s credentials, while X.7.14 means the servers lack the trust needed to fetch referenced content or, at Gmail, that an interactive sign-in is needed.</source>
        <comment>X.7.14/confusedWith/X.7.8</comment>
        <translation>X.7.8 拒绝用户的凭据，而 X.7.14 表示服务器之间缺少获取所引用内容所需的信任，或在 Gmail 中表示需要进行交互式登录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.6 means the referenced content could not be fetched at all, whereas X.7.14 means fetching it is not permitted without a configured trust relationship.</source>
        <comment>X.7.14/confusedWith/X.6.6</comment>
        <translation>X.6.6 表示完全无法获取所引用的内容，而 X.7.14 表示在未配置信任关系的情况下不允许获取该内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority level is too low</source>
        <comment>X.7.15/title</comment>
        <translation>优先级过低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message priority requested with the MT-PRIORITY extension is below the lowest priority the server currently accepts. A 4.7.15 usually means the server is temporarily taking only higher-priority mail, so a later retry can succeed; a 5.7.15 reflects a lasting policy. Other 4xx and 5xx reply codes are allowed besides 450 and 550.</source>
        <comment>X.7.15/description</comment>
        <translation>通过 MT-PRIORITY 扩展请求的邮件优先级低于服务器当前接受的最低优先级。4.7.15 通常表示服务器暂时只接收较高优先级的邮件，因此稍后重试可能成功；5.7.15 则反映一项长期策略。除 450 和 550 外，也允许使用其他 4xx 和 5xx 回复码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to MAIL FROM carrying an MT-PRIORITY parameter.</source>
        <comment>X.7.15/when</comment>
        <translation>作为对带有 MT-PRIORITY 参数的 MAIL FROM 的回复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send again later, or with a higher priority if you are entitled to use one.</source>
        <comment>X.7.15/fix/sender</comment>
        <translation>请稍后再发送；如果您有权使用更高的优先级，也可以用更高优先级发送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 4.7.15, keep the message queued and retry. Check that the MT-PRIORITY values you send match what the relay trusts you to use, and agree a priority policy with its operator if needed.</source>
        <comment>X.7.15/fix/sendingServer</comment>
        <translation>对于 4.7.15，请将邮件保留在队列中并重试。检查您发送的 MT-PRIORITY 值是否符合中继允许您使用的范围，必要时与其运营者商定优先级策略。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the priority thresholds in your MT-PRIORITY policy and whether the system is in a mode that accepts only high-priority mail.</source>
        <comment>X.7.15/fix/receivingServer</comment>
        <translation>检查 MT-PRIORITY 策略中的优先级阈值，以及系统是否处于只接受高优先级邮件的模式。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.16 refuses the message because it is too large for its priority, while X.7.15 refuses it because the priority itself is too low.</source>
        <comment>X.7.15/confusedWith/X.7.16</comment>
        <translation>X.7.16 因邮件相对其优先级过大而拒绝该邮件，而 X.7.15 因优先级本身过低而拒绝该邮件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message too big for specified priority</source>
        <comment>X.7.16/title</comment>
        <translation>邮件对于指定优先级而言过大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message exceeds the size the server accepts at the requested MT-PRIORITY level, for example when only small high-priority messages are being taken. As 4.7.16 the limit may lift later; as 5.7.16 the message must be smaller or sent at a priority with a higher limit. 552 is the usual reply code, but other 4xx and 5xx codes are allowed.</source>
        <comment>X.7.16/description</comment>
        <translation>邮件超出了服务器在所请求的 MT-PRIORITY 级别下接受的大小，例如服务器当前只接收较小的高优先级邮件时。以 4.7.16 形式出现时，该限制稍后可能解除；以 5.7.16 形式出现时，必须减小邮件大小，或以限制更高的优先级发送。通常的回复码是 552，但也允许使用其他 4xx 和 5xx 代码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to MAIL FROM with SIZE and MT-PRIORITY parameters, or after the final dot of DATA.</source>
        <comment>X.7.16/when</comment>
        <translation>作为对带有 SIZE 和 MT-PRIORITY 参数的 MAIL FROM 的回复，或在 DATA 的结束句点之后出现。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reduce the message size, for example by sharing large attachments as links, or send at a priority level that allows larger messages.</source>
        <comment>X.7.16/fix/sender</comment>
        <translation>减小邮件大小，例如以链接形式分享大附件，或以允许更大邮件的优先级级别发送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry a 4.7.16 later. For 5.7.16, return the message to the sender, or lower its priority only if your policy allows that.</source>
        <comment>X.7.16/fix/sendingServer</comment>
        <translation>对于 4.7.16，请稍后重试。对于 5.7.16，请将邮件退回给发件人，或仅在策略允许时降低其优先级。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the size limits configured for each priority level and whether they match your published policy.</source>
        <comment>X.7.16/fix/receivingServer</comment>
        <translation>检查为每个优先级级别配置的大小限制，以及它们是否与您公布的策略一致。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.4 means the message is larger than the server accepts at all, while X.7.16 means it is too large only for the requested priority.</source>
        <comment>X.7.16/confusedWith/X.3.4</comment>
        <translation>X.3.4 表示邮件超过了服务器可接受的大小上限，而 X.7.16 表示邮件仅对于所请求的优先级而言过大。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.15 refuses the priority level itself, whereas X.7.16 accepts the priority but not a message of this size at that priority.</source>
        <comment>X.7.16/confusedWith/X.7.15</comment>
        <translation>X.7.15 拒绝的是优先级本身，而 X.7.16 接受该优先级，但不接受在该优先级下这么大的邮件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox owner has changed</source>
        <comment>X.7.17/title</comment>
        <translation>邮箱所有者已变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message asked, through the Require-Recipient-Valid-Since header field or the RRVS extension, to be delivered only if the mailbox has had the same owner since a given date. The receiving system knows the mailbox has changed hands since then, so delivery would reach someone else. The registry associates it with 5xx replies.</source>
        <comment>X.7.17/description</comment>
        <translation>邮件通过 Require-Recipient-Valid-Since 头字段或 RRVS 扩展要求：只有当邮箱自指定日期以来一直属于同一所有者时才投递。接收方系统知道该邮箱自那以后已经易主，因此投递将会送达他人。注册表将其与 5xx 回复关联。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to RCPT TO carrying the RRVS parameter, or after the final dot of DATA when the header field is evaluated.</source>
        <comment>X.7.17/when</comment>
        <translation>作为对带有 RRVS 参数的 RCPT TO 的回复，或在评估该头字段时于 DATA 的结束句点之后出现。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not resend to this address. Confirm the person&apos;s current address through another channel and update your records.</source>
        <comment>X.7.17/fix/sender</comment>
        <translation>请勿再向此地址发送。请通过其他渠道确认此人当前的地址，并更新您的记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treat it as a permanent failure and mark the address in the sending application so that no further mail is sent to it.</source>
        <comment>X.7.17/fix/sendingServer</comment>
        <translation>将其视为永久性失败，并在发送应用程序中标记该地址，以免再向其发送邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is usually needed, because the code protects the former owner&apos;s mail as intended.</source>
        <comment>X.7.17/fix/receivingServer</comment>
        <translation>通常无需采取任何措施，因为此代码按预期保护了前任所有者的邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.1 means the mailbox does not exist, while X.7.17 means it exists but has belonged to someone else since the date given.</source>
        <comment>X.7.17/confusedWith/X.1.1</comment>
        <translation>X.1.1 表示邮箱不存在，而 X.7.17 表示邮箱存在，但自指定日期以来已属于他人。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.18 says the recipient&apos;s whole domain changed owner, whereas X.7.17 says one mailbox did.</source>
        <comment>X.7.17/confusedWith/X.7.18</comment>
        <translation>X.7.18 表示收件人的整个域已变更所有者，而 X.7.17 表示的是单个邮箱变更了所有者。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain owner has changed</source>
        <comment>X.7.18/title</comment>
        <translation>域所有者已变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message requested RRVS protection, and the receiving system discloses that the recipient&apos;s domain name has changed owner since the date given. Any mailbox under that domain may now belong to someone unrelated to the intended recipient. The registry associates it with 5xx replies.</source>
        <comment>X.7.18/description</comment>
        <translation>邮件请求了 RRVS 保护，而接收方系统告知收件人的域名自指定日期以来已变更所有者。该域下的任何邮箱现在都可能属于与预期收件人无关的人。注册表将其与 5xx 回复关联。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to RCPT TO carrying the RRVS parameter, or after the final dot of DATA when the Require-Recipient-Valid-Since header field is evaluated.</source>
        <comment>X.7.18/when</comment>
        <translation>作为对带有 RRVS 参数的 RCPT TO 的回复，或在评估 Require-Recipient-Valid-Since 头字段时于 DATA 的结束句点之后出现。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not resend. Confirm the recipient&apos;s new address, which is likely at a different domain, through another channel.</source>
        <comment>X.7.18/fix/sender</comment>
        <translation>请勿重新发送。请通过其他渠道确认收件人的新地址，该地址很可能位于其他域。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treat it as a permanent failure and mark all addresses at that domain for review in the sending application.</source>
        <comment>X.7.18/fix/sendingServer</comment>
        <translation>将其视为永久性失败，并在发送应用程序中标记该域下的所有地址以供审核。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is usually needed, because the code protects the previous domain owner&apos;s users as intended.</source>
        <comment>X.7.18/fix/receivingServer</comment>
        <translation>通常无需采取任何措施，因为此代码按预期保护了前任域所有者的用户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.17 says a single mailbox changed owner, while X.7.18 says the whole recipient domain did.</source>
        <comment>X.7.18/confusedWith/X.7.17</comment>
        <translation>X.7.17 表示单个邮箱变更了所有者，而 X.7.18 表示整个收件人域变更了所有者。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RRVS test cannot be completed</source>
        <comment>X.7.19/title</comment>
        <translation>无法完成 RRVS 检测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message requested RRVS protection, but the receiving system cannot evaluate it because it did not record when the mailbox was created or last changed owner. The sender must decide whether to resend the message without RRVS protection. The registry associates it with 5xx replies.</source>
        <comment>X.7.19/description</comment>
        <translation>邮件请求了 RRVS 保护，但接收方系统无法对其进行评估，因为它没有记录邮箱的创建时间或最近一次变更所有者的时间。发件人必须决定是否在不使用 RRVS 保护的情况下重新发送邮件。注册表将其与 5xx 回复关联。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to RCPT TO carrying the RRVS parameter, or after the final dot of DATA when the Require-Recipient-Valid-Since header field is evaluated.</source>
        <comment>X.7.19/when</comment>
        <translation>作为对带有 RRVS 参数的 RCPT TO 的回复，或在评估 Require-Recipient-Valid-Since 头字段时于 DATA 的结束句点之后出现。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide whether the message is safe to deliver without the ownership check. If it is, resend without the Require-Recipient-Valid-Since field or RRVS parameter.</source>
        <comment>X.7.19/fix/sender</comment>
        <translation>判断在没有所有权检查的情况下投递该邮件是否安全。如果安全，请在不带 Require-Recipient-Valid-Since 字段或 RRVS 参数的情况下重新发送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report the failure to the originating application so it can choose to resend without RRVS, rather than discarding the address.</source>
        <comment>X.7.19/fix/sendingServer</comment>
        <translation>将失败报告给发起发送的应用程序，以便其选择在不使用 RRVS 的情况下重新发送，而不是丢弃该地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you support RRVS, record account creation and ownership change times so that future checks can be completed.</source>
        <comment>X.7.19/fix/receivingServer</comment>
        <translation>如果您支持 RRVS，请记录账户创建时间和所有权变更时间，以便今后的检查能够完成。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.17 is a definite answer that the mailbox changed owner, whereas X.7.19 means the server could not tell.</source>
        <comment>X.7.19/confusedWith/X.7.17</comment>
        <translation>X.7.17 明确表示邮箱已变更所有者，而 X.7.19 表示服务器无法判断。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No passing DKIM signature found</source>
        <comment>X.7.20/title</comment>
        <translation>未找到通过验证的 DKIM 签名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The receiver&apos;s policy requires a valid DKIM signature, and the message had none that verified: it was unsigned or every signature failed. Causes include signing not enabled, a missing or wrong public key in DNS, and changes to the message after signing. It is normally 550 5.7.20; a class 4 form suggests a temporary problem such as a DNS timeout.</source>
        <comment>X.7.20/description</comment>
        <translation>接收方的策略要求有效的 DKIM 签名，而该邮件没有任何通过验证的签名：邮件未签名，或所有签名都验证失败。原因包括未启用签名、DNS 中的公钥缺失或错误，以及签名后邮件被修改。通常为 550 5.7.20；类别 4 的形式表示暂时性问题，例如 DNS 超时。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the final dot of DATA, once the message has been received and its signatures checked.</source>
        <comment>X.7.20/when</comment>
        <translation>在 DATA 的结束句点之后，即邮件已接收且其签名已检查之后出现。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask your email provider or administrator to enable DKIM signing for your domain. If you send through a third-party service, complete its domain authentication setup.</source>
        <comment>X.7.20/fix/sender</comment>
        <translation>请您的电子邮件服务商或管理员为您的域启用 DKIM 签名。如果您通过第三方服务发送，请完成该服务的域身份验证设置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign all outgoing mail (OpenDKIM, Rspamd or your provider&apos;s setting) and publish the key as a TXT record at selector._domainkey.example.com with v=DKIM1; k=rsa; p= followed by the key. Check that the s= selector in the signature matches that name and that nothing edits the message after signing.</source>
        <comment>X.7.20/fix/sendingServer</comment>
        <translation>对所有外发邮件进行签名（OpenDKIM、Rspamd 或服务商提供的设置），并将密钥以 TXT 记录形式发布在 selector._domainkey.example.com，内容为 v=DKIM1; k=rsa; p= 后接密钥。检查签名中的 s= 选择器是否与该名称匹配，并确保签名后没有任何环节编辑邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the Authentication-Results header or the DKIM verifier log for the reason, such as no key, bad signature or body hash mismatch, before adding exceptions.</source>
        <comment>X.7.20/fix/receivingServer</comment>
        <translation>在添加例外之前，请在 Authentication-Results 头或 DKIM 验证程序日志中查看原因，例如没有密钥、签名错误或正文哈希不匹配。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.21 means at least one DKIM signature verified but none was acceptable to policy, while X.7.20 means no signature verified at all.</source>
        <comment>X.7.20/confusedWith/X.7.21</comment>
        <translation>X.7.21 表示至少有一个 DKIM 签名通过验证，但没有一个符合策略，而 X.7.20 表示根本没有签名通过验证。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.26 reports that several authentication checks failed without naming them, whereas X.7.20 names DKIM as the failed check.</source>
        <comment>X.7.20/confusedWith/X.7.26</comment>
        <translation>X.7.26 报告多项身份验证检查失败，但未指明是哪些，而 X.7.20 明确指出失败的检查是 DKIM。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No acceptable DKIM signature found</source>
        <comment>X.7.21/title</comment>
        <translation>未找到可接受的 DKIM 签名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least one DKIM signature verified, but none met the receiver&apos;s policy, for example because it was made by an unrelated domain, used a short key or an outdated hash, or covered too little of the message. A sending service that signs with its own domain instead of yours is a common cause. As 5.7.21 it persists until the signing changes.</source>
        <comment>X.7.21/description</comment>
        <translation>至少有一个 DKIM 签名通过了验证，但没有一个符合接收方的策略，例如签名由无关的域生成、使用了过短的密钥或过时的哈希算法，或者覆盖的邮件内容太少。发送服务使用自己的域而非您的域签名是常见原因。以 5.7.21 形式出现时，该问题会持续到签名方式改变为止。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the final dot of DATA, once the message has been received and its signatures checked.</source>
        <comment>X.7.21/when</comment>
        <translation>在 DATA 的结束句点之后，即邮件已接收且其签名已检查之后出现。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask your provider or sending service to sign with your own domain (often called custom DKIM or domain authentication) rather than theirs.</source>
        <comment>X.7.21/fix/sender</comment>
        <translation>请您的服务商或发送服务使用您自己的域（通常称为自定义 DKIM 或域身份验证）而不是他们的域进行签名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign with a d= domain that matches your From domain or its parent, use RSA keys of 2048 bits with rsa-sha256, avoid the l= body length tag, and include the From header field in the signed headers (h=).</source>
        <comment>X.7.21/fix/sendingServer</comment>
        <translation>使用与 From 域或其父域匹配的 d= 域进行签名，使用 2048 位的 RSA 密钥和 rsa-sha256，避免使用 l= 正文长度标签，并将 From 头字段包含在签名头（h=）中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document which signatures your policy accepts, and log why a verified signature was not accepted so that senders can be told.</source>
        <comment>X.7.21/fix/receivingServer</comment>
        <translation>记录您的策略接受哪些签名，并在日志中记录已验证签名未被接受的原因，以便告知发件人。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.22 is the specific case where no valid signature&apos;s domain matches the From address, while X.7.21 covers any reason a verified signature is unacceptable.</source>
        <comment>X.7.21/confusedWith/X.7.22</comment>
        <translation>X.7.22 是一种特定情况，即没有任何有效签名的域与 From 地址匹配，而 X.7.21 涵盖已验证签名不被接受的任何原因。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.20 means no DKIM signature verified, whereas X.7.21 means one verified but was not acceptable.</source>
        <comment>X.7.21/confusedWith/X.7.20</comment>
        <translation>X.7.20 表示没有 DKIM 签名通过验证，而 X.7.21 表示有签名通过验证但不被接受。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No valid author-matched DKIM signature found</source>
        <comment>X.7.22/title</comment>
        <translation>未找到与作者匹配的有效 DKIM 签名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message carried one or more valid DKIM signatures, but none was made by a domain matching the author address in the From header field. It is a special case of X.7.21 and closely resembles a DMARC DKIM alignment failure. It typically happens when a service signs with its own domain while sending as yours, and it persists until the signing changes.</source>
        <comment>X.7.22/description</comment>
        <translation>邮件带有一个或多个有效的 DKIM 签名，但没有一个是由与 From 头字段中作者地址相匹配的域生成的。它是 X.7.21 的一种特殊情况，与 DMARC 的 DKIM 对齐失败非常相似。通常在某个服务以您的名义发送却使用自己的域签名时出现，并且会持续到签名方式改变为止。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the final dot of DATA, once the message has been received and its signatures checked.</source>
        <comment>X.7.22/when</comment>
        <translation>在 DATA 的结束句点之后，即邮件已接收且其签名已检查之后出现。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have your sending service or provider sign with your domain, usually by publishing the DKIM CNAME or TXT records it gives you.</source>
        <comment>X.7.22/fix/sender</comment>
        <translation>请让您的发送服务或服务商使用您的域进行签名，通常需要发布其提供给您的 DKIM CNAME 或 TXT 记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign with d= equal to the From domain, or a parent domain where relaxed alignment applies, and publish the selector key in DNS. In a test message, confirm that Authentication-Results shows dkim=pass with header.d matching the From domain.</source>
        <comment>X.7.22/fix/sendingServer</comment>
        <translation>使用与 From 域相同的 d= 进行签名，或在适用宽松对齐时使用其父域，并在 DNS 中发布选择器密钥。在测试邮件中，确认 Authentication-Results 显示 dkim=pass，且 header.d 与 From 域匹配。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the From domain with the d= values of the verified signatures in your logs before reporting the failure.</source>
        <comment>X.7.22/fix/receivingServer</comment>
        <translation>在报告失败之前，请在日志中将 From 域与已验证签名的 d= 值进行比较。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.26 means several authentication checks failed together, often a DMARC failure, while X.7.22 names the specific problem that no valid DKIM signature matches the From domain.</source>
        <comment>X.7.22/confusedWith/X.7.26</comment>
        <translation>X.7.26 表示多项身份验证检查同时失败（通常是 DMARC 失败），而 X.7.22 指出了具体问题：没有有效的 DKIM 签名与 From 域匹配。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.21 covers any unacceptable verified signature, whereas X.7.22 is limited to signatures whose domain does not match the author.</source>
        <comment>X.7.22/confusedWith/X.7.21</comment>
        <translation>X.7.21 涵盖任何不被接受的已验证签名，而 X.7.22 仅限于域与作者不匹配的签名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPF validation failed</source>
        <comment>X.7.23/title</comment>
        <translation>SPF 验证失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message&apos;s SPF check returned fail, meaning the domain&apos;s SPF record does not authorize the sending IP address, and local policy rejects such mail. RFC 7372 introduced it in place of the 5.7.1 that RFC 7208 had recommended. Expect 550 5.7.23; SPF fail is a definite result, so retrying unchanged will not help.</source>
        <comment>X.7.23/description</comment>
        <translation>邮件的 SPF 检查结果为 fail，即该域的 SPF 记录未授权发送方 IP 地址，且本地策略拒绝此类邮件。RFC 7372 引入此代码，以取代 RFC 7208 此前建议使用的 5.7.1。通常为 550 5.7.23；SPF fail 是确定的结果，因此不作更改地重试无济于事。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to MAIL FROM or RCPT TO when the server checks SPF early, or after the final dot of DATA.</source>
        <comment>X.7.23/when</comment>
        <translation>当服务器提前检查 SPF 时，作为对 MAIL FROM 或 RCPT TO 的回复，或在 DATA 的结束句点之后出现。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you started sending through a new service or server, ask your domain administrator to add it to the domain&apos;s SPF record. Forwarded mail often fails SPF; ask the forwarder to use SRS or ARC.</source>
        <comment>X.7.23/fix/sender</comment>
        <translation>如果您开始通过新的服务或服务器发送邮件，请让域管理员将其添加到域的 SPF 记录中。转发的邮件经常无法通过 SPF；请让转发方使用 SRS 或 ARC。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish a single TXT record beginning v=spf1 that lists every sending source, for example v=spf1 ip4:192.0.2.10 include:_spf.example.net -all. Keep it within 10 DNS lookups, and remember that SPF checks the MAIL FROM (bounce) domain, not the From header.</source>
        <comment>X.7.23/fix/sendingServer</comment>
        <translation>发布一条以 v=spf1 开头的 TXT 记录，列出所有发送来源，例如 v=spf1 ip4:192.0.2.10 include:_spf.example.net -all。将 DNS 查询次数控制在 10 次以内，并记住 SPF 检查的是 MAIL FROM（退信）域，而不是 From 头。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm the result with the Received-SPF or Authentication-Results header and the client IP in your log. Consider ARC or an allow list for known forwarders whose mail fails SPF.</source>
        <comment>X.7.23/fix/receivingServer</comment>
        <translation>通过 Received-SPF 或 Authentication-Results 头以及日志中的客户端 IP 确认结果。对于邮件无法通过 SPF 的已知转发方，可以考虑使用 ARC 或白名单。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.24 means the SPF check could not be completed because of an error, whereas X.7.23 means it completed and the IP address is not authorized.</source>
        <comment>X.7.23/confusedWith/X.7.24</comment>
        <translation>X.7.24 表示 SPF 检查因错误而无法完成，而 X.7.23 表示检查已完成，但该 IP 地址未获授权。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.1 is the generic policy refusal that older servers still send for SPF failures, while X.7.23 names the SPF failure explicitly.</source>
        <comment>X.7.23/confusedWith/X.7.1</comment>
        <translation>X.7.1 是旧服务器仍用于 SPF 失败的通用策略拒绝代码，而 X.7.23 明确指出 SPF 失败。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate Limited for Missing PTR</source>
        <comment>4.7.23@Google/title</comment>
        <translation>因缺少 PTR 而受到速率限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail returns 421 4.7.23 when the sending IP has no PTR record, or the PTR host name&apos;s forward DNS does not point back to that IP, and it temporarily rate limits the mail. In the registry, X.7.23 means an SPF validation failure, so this Gmail code must not be read by its registry meaning.</source>
        <comment>4.7.23@Google/description</comment>
        <translation>当发送 IP 没有 PTR 记录，或 PTR 主机名的正向 DNS 没有指回该 IP 时，Gmail 会返回 421 4.7.23，并暂时对邮件进行速率限制。在注册表中，X.7.23 表示 SPF 验证失败，因此不能按注册表中的含义来理解这个 Gmail 代码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned during delivery to Gmail when it checks reverse and forward DNS of the connecting IP address.</source>
        <comment>4.7.23@Google/when</comment>
        <translation>在向 Gmail 投递期间，当 Gmail 检查连接方 IP 地址的反向和正向 DNS 时返回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward the bounce to your administrator or email provider, since the fix is in their DNS.</source>
        <comment>4.7.23@Google/fix/sender</comment>
        <translation>请将退信转发给您的管理员或电子邮件服务商，因为需要在他们的 DNS 中进行修复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the owner of the IP, usually your hosting provider or ISP, to publish a PTR record for it. Make the PTR host name resolve with A or AAAA back to the same IP, and check both IPv4 and IPv6 if you send over both.</source>
        <comment>4.7.23@Google/fix/sendingServer</comment>
        <translation>请该 IP 的所有者（通常是您的托管服务商或 ISP）为其发布 PTR 记录。让 PTR 主机名通过 A 或 AAAA 记录解析回同一 IP；如果您同时通过 IPv4 和 IPv6 发送，请对两者都进行检查。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.23 in the registry means SPF validation failed, while Gmail&apos;s 4.7.23 reports a missing or mismatched PTR record.</source>
        <comment>4.7.23@Google/confusedWith/X.7.23</comment>
        <translation>X.7.23 在注册表中表示 SPF 验证失败，而 Gmail 的 4.7.23 报告的是 PTR 记录缺失或不匹配。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.25 is Gmail&apos;s permanent block for the same PTR problem, while 4.7.23 only rate limits the mail.</source>
        <comment>4.7.23@Google/confusedWith/5.7.25@Google</comment>
        <translation>5.7.25 是 Gmail 针对同一 PTR 问题的永久性封锁，而 4.7.23 只是对邮件进行速率限制。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPF validation error</source>
        <comment>X.7.24/title</comment>
        <translation>SPF 验证错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluating SPF for the message ended in an error instead of a result. As 451 4.7.24 it replaces 4.4.3 for a temporary error (temperror), such as a DNS timeout, and a later retry can succeed. As 550 5.7.24 it replaces 5.5.2 for a permanent error (permerror), such as a syntax error, two SPF records or more than 10 DNS lookups.</source>
        <comment>X.7.24/description</comment>
        <translation>对邮件进行 SPF 评估时以错误而非结果告终。以 451 4.7.24 形式出现时，它取代 4.4.3，表示暂时性错误（temperror），例如 DNS 超时，稍后重试可能成功。以 550 5.7.24 形式出现时，它取代 5.5.2，表示永久性错误（permerror），例如语法错误、存在两条 SPF 记录或 DNS 查询超过 10 次。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to MAIL FROM or RCPT TO when the server checks SPF early, or after the final dot of DATA.</source>
        <comment>X.7.24/when</comment>
        <translation>当服务器提前检查 SPF 时，作为对 MAIL FROM 或 RCPT TO 的回复，或在 DATA 的结束句点之后出现。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell your domain administrator, because the fix is in the domain&apos;s DNS, not in the message. For 4.7.24 the sending server retries automatically.</source>
        <comment>X.7.24/fix/sender</comment>
        <translation>请告知您的域管理员，因为需要修复的是域的 DNS，而不是邮件。对于 4.7.24，发送方服务器会自动重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test your domain with an SPF checker. Merge duplicate v=spf1 records into one, fix misspelled mechanisms, and flatten or remove includes until evaluation needs 10 DNS lookups or fewer. For 4.7.24, make sure your authoritative DNS servers answer reliably.</source>
        <comment>X.7.24/fix/sendingServer</comment>
        <translation>使用 SPF 检查工具测试您的域。将重复的 v=spf1 记录合并为一条，修正拼写错误的机制，并展开或删除 include，直到评估所需的 DNS 查询不超过 10 次。对于 4.7.24，请确保您的权威 DNS 服务器能够可靠地应答。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that your resolver can reach the sender&apos;s DNS servers; repeated 4.7.24 replies for many domains point to a local DNS problem.</source>
        <comment>X.7.24/fix/receivingServer</comment>
        <translation>检查您的解析器能否访问发件人的 DNS 服务器；如果许多域都反复出现 4.7.24 回复，则说明本地 DNS 有问题。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>451 4.7.24 (temperror)</source>
        <comment>X.7.24/contexts/0/context</comment>
        <translation>451 4.7.24（temperror）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A temporary error, usually a DNS timeout or a server failure while looking up SPF records; the message can be retried.</source>
        <comment>X.7.24/contexts/0/meaning</comment>
        <translation>暂时性错误，通常是查询 SPF 记录时 DNS 超时或服务器故障；可以重试该邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>550 5.7.24 (permerror)</source>
        <comment>X.7.24/contexts/1/context</comment>
        <translation>550 5.7.24（permerror）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A permanent error in the published SPF data, such as invalid syntax, more than one SPF record or too many DNS lookups; the record must be fixed.</source>
        <comment>X.7.24/contexts/1/meaning</comment>
        <translation>已发布的 SPF 数据存在永久性错误，例如语法无效、存在多条 SPF 记录或 DNS 查询过多；必须修复该记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.23 means SPF was evaluated and the IP address is not authorized, while X.7.24 means SPF could not be evaluated because of a DNS or record error.</source>
        <comment>X.7.24/confusedWith/X.7.23</comment>
        <translation>X.7.23 表示已完成 SPF 评估且该 IP 地址未获授权，而 X.7.24 表示由于 DNS 或记录错误而无法评估 SPF。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.3 is the general directory server failure that RFC 7208 suggested for SPF temporary errors, whereas 4.7.24 reports the same condition specifically as an SPF error.</source>
        <comment>X.7.24/confusedWith/X.4.3</comment>
        <translation>X.4.3 是 RFC 7208 建议用于 SPF 暂时性错误的通用目录服务器故障代码，而 4.7.24 专门将同一状况报告为 SPF 错误。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reverse DNS validation failed</source>
        <comment>X.7.25/title</comment>
        <translation>反向 DNS 验证失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connecting IP address failed the receiver&apos;s reverse DNS check: it has no PTR record, or the PTR name does not resolve back to the same address (forward-confirmed reverse DNS). Many large providers require this of all senders. As 5.7.25 it is a rejection; a class 4 form usually means the DNS lookup failed temporarily.</source>
        <comment>X.7.25/description</comment>
        <translation>连接的 IP 地址未通过接收方的反向 DNS 检查：它没有 PTR 记录，或者 PTR 名称无法解析回同一地址（正向确认的反向 DNS）。许多大型服务商要求所有发件人满足此要求。以 5.7.25 形式出现时表示拒绝；类别 4 的形式通常表示 DNS 查询暂时失败。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At connection time, in reply to EHLO or MAIL FROM, or after the final dot of DATA, depending on when the server runs the check.</source>
        <comment>X.7.25/when</comment>
        <translation>视服务器执行检查的时机而定，可能在连接时、作为对 EHLO 或 MAIL FROM 的回复，或在 DATA 的结束句点之后出现。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a server setting, so contact your email provider or network administrator. Home and dynamic IP addresses usually cannot send mail directly; send through your provider&apos;s submission server instead.</source>
        <comment>X.7.25/fix/sender</comment>
        <translation>这是服务器设置，请联系您的电子邮件服务商或网络管理员。家庭和动态 IP 地址通常无法直接发送邮件；请改为通过服务商的提交服务器发送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the owner of the IP address (hosting provider or ISP) to set a PTR record such as mail.example.com, and make sure mail.example.com has an A or AAAA record pointing back to that IP. Use the same name in EHLO, and check IPv6 as well as IPv4.</source>
        <comment>X.7.25/fix/sendingServer</comment>
        <translation>请 IP 地址的所有者（托管服务商或 ISP）设置 PTR 记录，例如 mail.example.com，并确保 mail.example.com 有指向该 IP 的 A 或 AAAA 记录。在 EHLO 中使用相同的名称，并同时检查 IPv6 和 IPv4。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check with dig -x on the client IP and a forward lookup of the returned name. A temporary DNS failure should produce a 4xx reply, not a permanent rejection.</source>
        <comment>X.7.25/fix/receivingServer</comment>
        <translation>对客户端 IP 使用 dig -x 进行检查，并对返回的名称进行正向查询。暂时性 DNS 故障应产生 4xx 回复，而不是永久性拒绝。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.1 is the generic refusal that many servers still use for a missing PTR record, while X.7.25 names the reverse DNS failure explicitly.</source>
        <comment>X.7.25/confusedWith/X.7.1</comment>
        <translation>X.7.1 是许多服务器仍用于缺少 PTR 记录情况的通用拒绝代码，而 X.7.25 明确指出反向 DNS 失败。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.23 concerns whether the sender&apos;s domain authorizes the IP address through SPF, whereas X.7.25 concerns the IP address&apos;s own PTR and forward DNS records.</source>
        <comment>X.7.25/confusedWith/X.7.23</comment>
        <translation>X.7.23 涉及发件人的域是否通过 SPF 授权该 IP 地址，而 X.7.25 涉及该 IP 地址自身的 PTR 和正向 DNS 记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending IP Lacks Valid PTR</source>
        <comment>5.7.25@Google/title</comment>
        <translation>发送 IP 缺少有效的 PTR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail returns 550 5.7.25 when the sending IP address has no PTR record, or the host named in the PTR record does not resolve back to that IP. As a policy, Gmail does not accept mail from IPs with missing PTR records. This matches the registry meaning of X.7.25, reverse DNS validation failed.</source>
        <comment>5.7.25@Google/description</comment>
        <translation>当发送 IP 地址没有 PTR 记录，或 PTR 记录中指定的主机无法解析回该 IP 时，Gmail 会返回 550 5.7.25。根据其策略，Gmail 不接收来自缺少 PTR 记录的 IP 的邮件。这与注册表中 X.7.25 的含义（反向 DNS 验证失败）相符。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned during delivery to Gmail from an IP without consistent reverse and forward DNS.</source>
        <comment>5.7.25@Google/when</comment>
        <translation>在从反向和正向 DNS 不一致的 IP 向 Gmail 投递期间返回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward the bounce to your administrator or email provider, since the fix is in their DNS.</source>
        <comment>5.7.25@Google/fix/sender</comment>
        <translation>请将退信转发给您的管理员或电子邮件服务商，因为需要在他们的 DNS 中进行修复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have the IP owner publish a PTR record naming a host you control, and make that host resolve to the same IP with A for IPv4 or AAAA for IPv6. Verify with a reverse lookup and resend once DNS has propagated.</source>
        <comment>5.7.25@Google/fix/sendingServer</comment>
        <translation>请 IP 所有者发布一条 PTR 记录，指向您所控制的主机，并让该主机通过 A 记录（IPv4）或 AAAA 记录（IPv6）解析到同一 IP。通过反向查询进行验证，并在 DNS 更改生效后重新发送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4.7.23 only rate limits mail for the PTR problem, while 5.7.25 blocks it.</source>
        <comment>5.7.25@Google/confusedWith/4.7.23@Google</comment>
        <translation>4.7.23 只是因 PTR 问题对邮件进行速率限制，而 5.7.25 会将其封锁。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.25 is the registry code for failed reverse DNS validation in general, while Gmail&apos;s 5.7.25 applies its own policy of refusing IPs without matching PTR records.</source>
        <comment>5.7.25@Google/confusedWith/X.7.25</comment>
        <translation>X.7.25 是注册表中泛指反向 DNS 验证失败的代码，而 Gmail 的 5.7.25 执行的是其自身策略，即拒绝没有匹配 PTR 记录的 IP。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multiple authentication checks failed</source>
        <comment>X.7.26/title</comment>
        <translation>多项身份验证检查失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message failed more than one authentication check, such as SPF and DKIM together, and local policy rejects it; the code does not say which mechanisms failed. Gmail, for example, uses 550 5.7.26 for unauthenticated mail and for mail rejected under the sender domain&apos;s DMARC policy. A class 4 form is a deferral that asks for authentication to be fixed before the next retry.</source>
        <comment>X.7.26/description</comment>
        <translation>邮件未通过多项身份验证检查（例如 SPF 和 DKIM 同时失败），且本地策略拒绝此类邮件；该代码不会说明是哪些机制失败。例如，Gmail 对未经身份验证的邮件以及根据发件人域的 DMARC 策略被拒绝的邮件使用 550 5.7.26。类别 4 的形式是一种延迟，要求在下次重试前修复身份验证问题。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the final dot of DATA, once SPF, DKIM and DMARC have been evaluated.</source>
        <comment>X.7.26/when</comment>
        <translation>在 DATA 的结束句点之后，即 SPF、DKIM 和 DMARC 评估完成后出现。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask your domain administrator to set up SPF, DKIM and DMARC for your domain, and to authorize the service or server you send through.</source>
        <comment>X.7.26/fix/sender</comment>
        <translation>请让域管理员为您的域设置 SPF、DKIM 和 DMARC，并授权您所使用的发送服务或服务器。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure SPF passes for the MAIL FROM domain and DKIM passes with d= matching the From domain, so that DMARC aligns. Publish a DMARC record such as v=DMARC1; p=none; rua=mailto:reports@example.com at _dmarc.example.com and use the reports to find unauthenticated sources.</source>
        <comment>X.7.26/fix/sendingServer</comment>
        <translation>确保 MAIL FROM 域的 SPF 验证通过，并且 DKIM 验证通过且 d= 与 From 域匹配，从而使 DMARC 对齐。在 _dmarc.example.com 发布 DMARC 记录，例如 v=DMARC1; p=none; rua=mailto:reports@example.com，并利用报告找出未经身份验证的发送来源。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log which checks failed so that you can tell the sender, because the code itself deliberately does not say.</source>
        <comment>X.7.26/fix/receivingServer</comment>
        <translation>记录哪些检查失败，以便告知发件人，因为该代码本身有意不说明这一点。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.23 names a single SPF failure, while X.7.26 reports that more than one check failed without naming them.</source>
        <comment>X.7.26/confusedWith/X.7.23</comment>
        <translation>X.7.23 指出单一的 SPF 失败，而 X.7.26 报告多项检查失败，但未指明是哪些。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.22 pinpoints a DKIM signature that does not match the From domain, whereas X.7.26 is the broader result when several checks, often summarized by DMARC, failed.</source>
        <comment>X.7.26/confusedWith/X.7.22</comment>
        <translation>X.7.22 精确指出 DKIM 签名与 From 域不匹配，而 X.7.26 是多项检查失败（通常由 DMARC 汇总）时更宽泛的结果。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unauthenticated Mail Rejected</source>
        <comment>5.7.26@Google/title</comment>
        <translation>未经身份验证的邮件被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail returns 550 5.7.26 when a message fails its authentication requirements. The text says whether neither SPF nor DKIM passed, SPF failed under a hard fail (-all) policy, or the From domain&apos;s DMARC policy rejects unauthenticated mail. A temporary 4.7.26 form is used for rate limiting or when DNS failures prevent the DMARC check.</source>
        <comment>5.7.26@Google/description</comment>
        <translation>当邮件未满足 Gmail 的身份验证要求时，Gmail 会返回 550 5.7.26。文本会说明具体情况：SPF 和 DKIM 均未通过、SPF 在硬失败（-all）策略下失败，或者 From 域的 DMARC 策略拒绝未经身份验证的邮件。暂时性的 4.7.26 形式用于速率限制，或用于 DNS 故障导致无法进行 DMARC 检查的情况。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after DATA when Gmail evaluates SPF, DKIM and DMARC for the message.</source>
        <comment>5.7.26@Google/when</comment>
        <translation>在 DATA 之后，当 Gmail 对邮件评估 SPF、DKIM 和 DMARC 时返回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you send through a website, app or third-party service, ask your administrator to authorize it in the domain&apos;s SPF and DKIM setup.</source>
        <comment>5.7.26@Google/fix/sender</comment>
        <translation>如果您通过网站、应用或第三方服务发送邮件，请让管理员在该域的 SPF 和 DKIM 设置中对其进行授权。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish an SPF record listing every sending IP or service, sign mail with DKIM for the From domain, and publish DMARC. Check that forwarded mail keeps a valid DKIM signature and that SPF stays within ten DNS lookups.</source>
        <comment>5.7.26@Google/fix/sendingServer</comment>
        <translation>发布列出所有发送 IP 或服务的 SPF 记录，使用 DKIM 为 From 域签名邮件，并发布 DMARC。检查转发的邮件是否保留了有效的 DKIM 签名，以及 SPF 的 DNS 查询次数是否控制在十次以内。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.26 is the registry code for multiple failed authentication checks, while Gmail&apos;s 5.7.26 also covers a DMARC rejection or a single SPF hard fail.</source>
        <comment>5.7.26@Google/confusedWith/X.7.26</comment>
        <translation>X.7.26 是注册表中表示多项身份验证检查失败的代码，而 Gmail 的 5.7.26 还涵盖 DMARC 拒绝或单独的 SPF 硬失败。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.27 means specifically that SPF did not pass, while 5.7.26 means no passing authentication at all or a DMARC failure.</source>
        <comment>5.7.26@Google/confusedWith/5.7.27@Google</comment>
        <translation>5.7.27 专门表示 SPF 未通过，而 5.7.26 表示所有身份验证均未通过或 DMARC 失败。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender address has null MX</source>
        <comment>X.7.27/title</comment>
        <translation>发件人地址使用空 MX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain in the sender address publishes a null MX record (a single MX with preference 0 and target &quot;.&quot;), declaring that it never receives mail. Receivers may reject such senders because bounces could not be returned. It is a permanent failure. Gmail also uses 4.7.27 and 5.7.27 for mail that fails its SPF requirement, which is a different meaning.</source>
        <comment>X.7.27/description</comment>
        <translation>发件人地址中的域发布了空 MX 记录（一条优先级为 0、目标为 &quot;.&quot; 的 MX 记录），声明其从不接收邮件。接收方可能会拒绝此类发件人，因为退信无法送回。这是永久性失败。Gmail 也对未满足其 SPF 要求的邮件使用 4.7.27 和 5.7.27，这是另一种含义。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to MAIL FROM, or to RCPT TO on servers that check the sender domain later in the transaction.</source>
        <comment>X.7.27/when</comment>
        <translation>作为对 MAIL FROM 的回复，或在稍后才检查发件人域的服务器上作为对 RCPT TO 的回复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send from an address whose domain can receive mail. If it is your domain, ask the administrator to replace the null MX with real MX records. If Gmail sent the code, ask the administrator to check SPF instead.</source>
        <comment>X.7.27/fix/sender</comment>
        <translation>请使用其域能够接收邮件的地址发送。如果是您的域，请让管理员用真实的 MX 记录替换空 MX。如果代码由 Gmail 发出，请让管理员改为检查 SPF。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up the MAIL FROM (bounce) domain with dig MX. If it returns the null MX, use another bounce domain or publish real MX records. If Gmail sent the code, make sure SPF passes for the MAIL FROM domain.</source>
        <comment>X.7.27/fix/sendingServer</comment>
        <translation>使用 dig MX 查询 MAIL FROM（退信）域。如果返回空 MX，请使用其他退信域或发布真实的 MX 记录。如果代码由 Gmail 发出，请确保 MAIL FROM 域的 SPF 验证通过。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No change is needed if rejecting null MX senders is your policy; make sure the lookup result was genuine and not a DNS error.</source>
        <comment>X.7.27/fix/receivingServer</comment>
        <translation>如果拒绝使用空 MX 的发件人是您的策略，则无需更改；请确保查询结果真实有效，而不是 DNS 错误。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.10 with 556 concerns a recipient domain that has a null MX, while X.7.27 concerns the sender&apos;s domain.</source>
        <comment>X.7.27/confusedWith/X.1.10</comment>
        <translation>与 556 搭配的 X.1.10 涉及使用空 MX 的收件人域，而 X.7.27 涉及发件人的域。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.23 is the registry code for an SPF failure, whereas X.7.27 officially means a null MX sender, even though Gmail uses 4.7.27 and 5.7.27 for SPF problems.</source>
        <comment>X.7.27/confusedWith/X.7.23</comment>
        <translation>X.7.23 是注册表中表示 SPF 失败的代码，而 X.7.27 的正式含义是发件人使用空 MX，尽管 Gmail 将 4.7.27 和 5.7.27 用于 SPF 问题。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate Limited for SPF Failure</source>
        <comment>4.7.27@Google/title</comment>
        <translation>因 SPF 失败而受到速率限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail returns 421 4.7.27 when SPF authentication did not pass for the message, and it temporarily rate limits that mail. Google requires bulk senders to authenticate with SPF as well as DKIM. The permanent form 5.7.27 blocks mail for the same failure.</source>
        <comment>4.7.27@Google/description</comment>
        <translation>当邮件未通过 SPF 身份验证时，Gmail 会返回 421 4.7.27，并暂时对该邮件进行速率限制。Google 要求批量发件人同时使用 SPF 和 DKIM 进行身份验证。永久性形式 5.7.27 会因同样的失败封锁邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after DATA when Gmail checks SPF for the envelope sender domain and the result is not a pass.</source>
        <comment>4.7.27@Google/when</comment>
        <translation>在 DATA 之后，当 Gmail 检查信封发件人域的 SPF 且结果不是通过时返回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward the bounce to your administrator, especially if you recently started sending through a new service.</source>
        <comment>4.7.27@Google/fix/sender</comment>
        <translation>请将退信转发给您的管理员，尤其是在您最近开始通过新服务发送邮件的情况下。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the SPF record of the MAIL FROM domain, add the real sending IP or your provider&apos;s include, fix syntax errors, and stay within ten DNS lookups. Then let queued mail retry.</source>
        <comment>4.7.27@Google/fix/sendingServer</comment>
        <translation>检查 MAIL FROM 域的 SPF 记录，添加实际的发送 IP 或服务商提供的 include，修复语法错误，并将 DNS 查询次数控制在十次以内。然后让队列中的邮件重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.27 in the registry means the sender address has a null MX, while Gmail&apos;s 4.7.27 means SPF did not pass.</source>
        <comment>4.7.27@Google/confusedWith/X.7.27</comment>
        <translation>X.7.27 在注册表中表示发件人地址使用空 MX，而 Gmail 的 4.7.27 表示 SPF 未通过。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.27 blocks the message permanently, while 4.7.27 only rate limits it, and retries can succeed once SPF passes.</source>
        <comment>4.7.27@Google/confusedWith/5.7.27@Google</comment>
        <translation>5.7.27 会永久性地封锁邮件，而 4.7.27 只是对其进行速率限制，一旦 SPF 通过，重试即可成功。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked for SPF Failure</source>
        <comment>5.7.27@Google/title</comment>
        <translation>因 SPF 失败而被封锁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail returns 550 5.7.27 when a message is blocked because SPF authentication did not pass, under its requirement that bulk senders use SPF. The registry assigns X.7.27 to an unrelated condition, a sender address whose domain publishes a null MX, so tools that label codes by the registry will misread this bounce.</source>
        <comment>5.7.27@Google/description</comment>
        <translation>根据 Gmail 对批量发件人必须使用 SPF 的要求，当邮件因未通过 SPF 身份验证而被封锁时，Gmail 会返回 550 5.7.27。注册表将 X.7.27 分配给一种不相关的状况，即发件人地址的域发布了空 MX，因此按注册表标注代码的工具会误解这封退信。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after DATA by Gmail&apos;s inbound servers once SPF for the envelope sender domain has not passed.</source>
        <comment>5.7.27@Google/when</comment>
        <translation>在 DATA 之后，一旦信封发件人域的 SPF 未通过，由 Gmail 的入站服务器返回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward the bounce to your administrator, especially if you recently started sending through a new service.</source>
        <comment>5.7.27@Google/fix/sender</comment>
        <translation>请将退信转发给您的管理员，尤其是在您最近开始通过新服务发送邮件的情况下。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identify the envelope sender domain and the IP that connected to Gmail, then authorize that IP in the domain&apos;s SPF record and fix lookup-limit or syntax errors. Resend only after an SPF check passes.</source>
        <comment>5.7.27@Google/fix/sendingServer</comment>
        <translation>确定信封发件人域以及连接到 Gmail 的 IP，然后在该域的 SPF 记录中授权该 IP，并修复查询次数限制或语法方面的错误。只有在 SPF 检查通过后才重新发送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.27 in the registry means the sender address has a null MX, while Gmail&apos;s 5.7.27 means SPF did not pass.</source>
        <comment>5.7.27@Google/confusedWith/X.7.27</comment>
        <translation>X.7.27 在注册表中表示发件人地址使用空 MX，而 Gmail 的 5.7.27 表示 SPF 未通过。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.26 means the message had no passing authentication or failed DMARC, while 5.7.27 singles out SPF.</source>
        <comment>5.7.27@Google/confusedWith/5.7.26@Google</comment>
        <translation>5.7.26 表示邮件没有任何身份验证通过或 DMARC 失败，而 5.7.27 专门针对 SPF。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail flood detected</source>
        <comment>X.7.28/title</comment>
        <translation>检测到邮件泛滥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message appears to be part of a flood of similar abusive messages, such as a subscription bombing attack or a sudden burst of unwanted bulk mail. Gmail, for example, sends 421 4.7.28 to rate-limit an IP address with an unusual rate of unsolicited mail. A class 4 reply means slow down and retry later; a class 5 reply blocks the traffic.</source>
        <comment>X.7.28/description</comment>
        <translation>该邮件似乎是大量类似滥用邮件的一部分，例如订阅轰炸攻击或突然涌现的大批不需要的批量邮件。例如，Gmail 会发送 421 4.7.28，对未经请求邮件的发送速率异常的 IP 地址进行速率限制。类别 4 的回复表示放慢速度并稍后重试；类别 5 的回复则会阻止该流量。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At connection time or in reply to RCPT TO or DATA, when the receiver counts messages from the same source or with similar content.</source>
        <comment>X.7.28/when</comment>
        <translation>当接收方统计来自同一来源或内容相似的邮件数量时，在连接时或作为对 RCPT TO 或 DATA 的回复出现。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause bulk sending until the cause is found. If your web forms send confirmation mail, add CAPTCHA, rate limits and double opt-in so that attackers cannot use them to flood other people&apos;s mailboxes.</source>
        <comment>X.7.28/fix/sender</comment>
        <translation>在找到原因之前暂停批量发送。如果您的网页表单会发送确认邮件，请添加 CAPTCHA、速率限制和双重确认订阅（double opt-in），以免攻击者利用它们向他人的邮箱大量发送邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower the sending rate to that provider and let the queue retry 4.7.28 slowly. Look for compromised accounts or abused forms, send only to opted-in recipients, remove addresses that bounce, and watch reputation in tools such as Google Postmaster Tools.</source>
        <comment>X.7.28/fix/sendingServer</comment>
        <translation>降低向该服务商发送邮件的速率，并让队列缓慢地重试 4.7.28。排查遭到入侵的账户或被滥用的表单，只向已选择订阅的收件人发送，删除会退信的地址，并使用 Google Postmaster Tools 等工具监控信誉。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the flood thresholds and what triggered them, and publish how senders can request a review.</source>
        <comment>X.7.28/fix/receivingServer</comment>
        <translation>检查泛滥阈值及其触发原因，并公布发件人申请复查的方式。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A 421 with no detail means the service is unavailable and the connection is closing, while 421 4.7.28 says the sender is being rate-limited for sending a flood of similar mail.</source>
        <comment>X.7.28/confusedWith/421</comment>
        <translation>不带细分代码的 421 表示服务不可用且连接即将关闭，而 421 4.7.28 表示发件人因发送大量类似邮件而受到速率限制。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.1 is a general policy refusal, whereas X.7.28 says the refusal is due to the volume of similar messages.</source>
        <comment>X.7.28/confusedWith/X.7.1</comment>
        <translation>X.7.1 是一般性的策略拒绝，而 X.7.28 表示拒绝是由于类似邮件的数量过多。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unusual Rate of Unsolicited Mail</source>
        <comment>4.7.28@Google/title</comment>
        <translation>未经请求邮件的速率异常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail returns 421 4.7.28 when it sees an unusual rate of mail, or of unsolicited mail, from your IP address, netblock, DKIM or SPF domain, or a URL domain in the messages, and temporarily rate limits it. The same code can report too many messages with one Message-ID. The registry&apos;s X.7.28, mail flood detected, describes a similar condition.</source>
        <comment>4.7.28@Google/description</comment>
        <translation>当 Gmail 发现来自您的 IP 地址、网段、DKIM 或 SPF 域，或来自邮件中某个 URL 域的邮件（或未经请求的邮件）速率异常时，会返回 421 4.7.28，并暂时对其进行速率限制。同一代码也可能表示使用同一个 Message-ID 的邮件过多。注册表中的 X.7.28（检测到邮件泛滥）描述的是类似的状况。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after DATA, often during IP or domain warm-up or after a sudden volume increase toward Gmail.</source>
        <comment>4.7.28@Google/when</comment>
        <translation>在 DATA 之后返回，通常出现在 IP 或域的预热期间，或向 Gmail 发送的邮件量突然增加之后。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed for a single delay, because the message is retried. If many messages are delayed, tell your administrator or email service.</source>
        <comment>4.7.28@Google/fix/sender</comment>
        <translation>单次延迟无需任何操作，因为邮件会被重试。如果许多邮件都被延迟，请告知您的管理员或电子邮件服务。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower the sending rate to Gmail and ramp volume gradually on new IPs and domains. Send only to opted-in recipients, authenticate with SPF, DKIM and DMARC, and watch spam rate in Google Postmaster Tools. Give every message a unique Message-ID.</source>
        <comment>4.7.28@Google/fix/sendingServer</comment>
        <translation>降低向 Gmail 发送邮件的速率，并在新的 IP 和域上逐步提升发送量。只向已选择订阅的收件人发送，使用 SPF、DKIM 和 DMARC 进行身份验证，并在 Google Postmaster Tools 中关注垃圾邮件率。为每封邮件分配唯一的 Message-ID。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.28 is the registry code for a detected mail flood, while Gmail&apos;s 4.7.28 is a temporary rate limit tied to the reputation of your IP, domains or URLs.</source>
        <comment>4.7.28@Google/confusedWith/X.7.28</comment>
        <translation>X.7.28 是注册表中表示检测到邮件泛滥的代码，而 Gmail 的 4.7.28 是一种与您的 IP、域或 URL 的信誉挂钩的暂时性速率限制。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.1 with &quot;unusual rate of unsolicited mail&quot; blocks the mail permanently, while 4.7.28 only delays it.</source>
        <comment>4.7.28@Google/confusedWith/5.7.1@Google</comment>
        <translation>附带 &quot;unusual rate of unsolicited mail&quot; 的 5.7.1 会永久性地封锁邮件，而 4.7.28 只是延迟邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4.2.1 protects one recipient who is receiving too much mail, while 4.7.28 limits the sender as a whole.</source>
        <comment>4.7.28@Google/confusedWith/4.2.1@Google</comment>
        <translation>4.2.1 保护的是接收邮件过多的单个收件人，而 4.7.28 限制的是发件人整体。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ARC validation failure</source>
        <comment>X.7.29/title</comment>
        <translation>ARC 验证失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message carried an Authenticated Received Chain (ARC), the header fields that intermediaries such as mailing lists and forwarders add to preserve earlier authentication results, and the chain failed validation. An ARC validator may reject such a message with 5.7.29. As 5.7.29 it is permanent for that message. ARC is an experimental protocol, and many receivers simply ignore a broken chain instead.</source>
        <comment>X.7.29/description</comment>
        <translation>邮件带有经过身份验证的接收链（Authenticated Received Chain，ARC），即邮件列表、转发服务等中间方为保留先前的身份验证结果而添加的头字段，但该链未通过验证。ARC 验证程序可能会以 5.7.29 拒绝此类邮件。以 5.7.29 形式出现时，它对该邮件而言是永久性的。ARC 是一项实验性协议，许多接收方会直接忽略损坏的链。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the final dot of DATA, once the ARC header fields have been checked.</source>
        <comment>X.7.29/when</comment>
        <translation>在 DATA 的结束句点之后，即 ARC 头字段检查完成后出现。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you sent through a mailing list or forwarder, report the bounce to its operator; the original sender usually cannot repair the chain.</source>
        <comment>X.7.29/fix/sender</comment>
        <translation>如果您通过邮件列表或转发服务发送，请将退信报告给其运营者；原始发件人通常无法修复该链。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you add ARC headers, seal after all your modifications, publish the ARC signing key in DNS like a DKIM key, and never alter ARC headers added by earlier hops. Check that the first ARC-Seal has cv=none and later ones cv=pass.</source>
        <comment>X.7.29/fix/sendingServer</comment>
        <translation>如果您添加 ARC 头，请在完成所有修改后再封印，像 DKIM 密钥一样在 DNS 中发布 ARC 签名密钥，并且绝不要修改之前各跳添加的 ARC 头。检查第一个 ARC-Seal 是否为 cv=none，之后的是否为 cv=pass。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log which ARC set failed (message signature, seal or instance numbering), and consider relying on other authentication results when only the chain is broken.</source>
        <comment>X.7.29/fix/receivingServer</comment>
        <translation>记录是哪一组 ARC 失败（邮件签名、封印或实例编号），并在仅链损坏时考虑依赖其他身份验证结果。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.20 concerns DKIM signatures on the message itself, while X.7.29 concerns the ARC header fields that intermediaries added.</source>
        <comment>X.7.29/confusedWith/X.7.20</comment>
        <translation>X.7.20 涉及邮件本身的 DKIM 签名，而 X.7.29 涉及中间方添加的 ARC 头字段。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.7 is a general integrity failure of a checked message, whereas X.7.29 reports specifically that the ARC chain did not validate.</source>
        <comment>X.7.29/confusedWith/X.7.7</comment>
        <translation>X.7.7 是经检查邮件的一般性完整性失败，而 X.7.29 专门报告 ARC 链未通过验证。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate Limited Without TLS</source>
        <comment>4.7.29@Google/title</comment>
        <translation>因未使用 TLS 而受到速率限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail returns 421 4.7.29 when a message was not sent over a TLS connection, and it temporarily rate limits such mail. Google requires senders, and bulk senders in particular, to use TLS for SMTP connections. The registry&apos;s X.7.29 instead reports an ARC validation failure.</source>
        <comment>4.7.29@Google/description</comment>
        <translation>当邮件未通过 TLS 连接发送时，Gmail 会返回 421 4.7.29，并暂时对此类邮件进行速率限制。Google 要求发件人（尤其是批量发件人）在 SMTP 连接中使用 TLS。注册表中的 X.7.29 报告的则是 ARC 验证失败。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after DATA when the sending server delivered to Gmail without issuing STARTTLS.</source>
        <comment>4.7.29@Google/when</comment>
        <translation>当发送方服务器未发出 STARTTLS 就向 Gmail 投递邮件时，在 DATA 之后返回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward the bounce to your administrator or email provider.</source>
        <comment>4.7.29@Google/fix/sender</comment>
        <translation>请将退信转发给您的管理员或电子邮件服务商。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable opportunistic TLS for outbound SMTP, for example smtp_tls_security_level = may in Postfix, and make sure STARTTLS to Gmail&apos;s MX hosts succeeds with a current TLS version.</source>
        <comment>4.7.29@Google/fix/sendingServer</comment>
        <translation>为出站 SMTP 启用机会性 TLS，例如在 Postfix 中设置 smtp_tls_security_level = may，并确保能够使用当前的 TLS 版本成功地向 Gmail 的 MX 主机发起 STARTTLS。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.29 in the registry reports an ARC validation failure, while Gmail&apos;s 4.7.29 reports a message sent without TLS.</source>
        <comment>4.7.29@Google/confusedWith/X.7.29</comment>
        <translation>X.7.29 在注册表中报告 ARC 验证失败，而 Gmail 的 4.7.29 报告的是未使用 TLS 发送的邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4.7.0 with &quot;TLS required for RCPT domain&quot; enforces one recipient domain&apos;s TLS policy, while 4.7.29 applies Gmail&apos;s general sender requirement.</source>
        <comment>4.7.29@Google/confusedWith/4.7.0@Google</comment>
        <translation>附带 &quot;TLS required for RCPT domain&quot; 的 4.7.0 执行的是某个收件人域的 TLS 策略，而 4.7.29 适用的是 Gmail 对发件人的通用要求。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REQUIRETLS support required</source>
        <comment>X.7.30/title</comment>
        <translation>需要 REQUIRETLS 支持</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message was sent with the REQUIRETLS option, which demands TLS with a verified certificate on every hop, and it could not be relayed because no next-hop server offered REQUIRETLS on such a connection. The message is not sent insecurely instead. Gmail also uses 4.7.30 and 5.7.30 for mail that fails its DKIM requirement, which is a different meaning.</source>
        <comment>X.7.30/description</comment>
        <translation>邮件是使用 REQUIRETLS 选项发送的，该选项要求每一跳都使用证书经过验证的 TLS；由于没有任何下一跳服务器在此类连接上提供 REQUIRETLS，邮件无法中继。邮件不会因此改为以不安全的方式发送。Gmail 也对未满足其 DKIM 要求的邮件使用 4.7.30 和 5.7.30，这是另一种含义。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually in a bounce from a relay that found no suitable next hop, after the message had been accepted.</source>
        <comment>X.7.30/when</comment>
        <translation>通常出现在中继在接受邮件后找不到合适的下一跳时发出的退信中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend without requiring TLS only if the content may travel unencrypted; otherwise use another channel. If Gmail sent the code, ask your administrator to check DKIM signing instead.</source>
        <comment>X.7.30/fix/sender</comment>
        <translation>只有在内容可以不加密传输时，才在不要求 TLS 的情况下重新发送；否则请使用其他渠道。如果代码由 Gmail 发出，请让管理员改为检查 DKIM 签名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check whether the recipient&apos;s MX hosts offer STARTTLS with valid certificates and advertise REQUIRETLS; many do not. If Gmail sent the code, fix DKIM signing and the published selector key.</source>
        <comment>X.7.30/fix/sendingServer</comment>
        <translation>检查收件人的 MX 主机是否提供使用有效证书的 STARTTLS 并通告 REQUIRETLS；许多主机并不提供。如果代码由 Gmail 发出，请修复 DKIM 签名和已发布的选择器密钥。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To accept REQUIRETLS mail, advertise REQUIRETLS after STARTTLS with a valid certificate, and make sure every onward hop you relay to supports it.</source>
        <comment>X.7.30/fix/receivingServer</comment>
        <translation>要接受 REQUIRETLS 邮件，请使用有效证书在 STARTTLS 之后通告 REQUIRETLS，并确保您中继到的每个后续跳点都支持它。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.10 asks the client to encrypt the connection before authenticating, while X.7.30 says a message that demands encryption on every hop could not be relayed that way.</source>
        <comment>X.7.30/confusedWith/X.7.10</comment>
        <translation>X.7.10 要求客户端在身份验证之前加密连接，而 X.7.30 表示要求每一跳都加密的邮件无法以这种方式中继。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.20 is the registry code for a missing valid DKIM signature, whereas X.7.30 officially concerns REQUIRETLS, even though Gmail uses 4.7.30 and 5.7.30 for DKIM problems.</source>
        <comment>X.7.30/confusedWith/X.7.20</comment>
        <translation>X.7.20 是注册表中表示缺少有效 DKIM 签名的代码，而 X.7.30 的正式含义涉及 REQUIRETLS，尽管 Gmail 将 4.7.30 和 5.7.30 用于 DKIM 问题。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked for DKIM Failure</source>
        <comment>5.7.30@Google/title</comment>
        <translation>因 DKIM 失败而被封锁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail returns 550 5.7.30 when a message is blocked because DKIM did not pass, under its requirement that large senders sign mail with DKIM. The temporary form 4.7.30 rate limits instead of blocking. In the registry, X.7.30 means REQUIRETLS support is required, an unrelated condition.</source>
        <comment>5.7.30@Google/description</comment>
        <translation>根据 Gmail 对大批量发件人必须使用 DKIM 签名邮件的要求，当邮件因 DKIM 未通过而被封锁时，Gmail 会返回 550 5.7.30。暂时性形式 4.7.30 会进行速率限制，而不是封锁。在注册表中，X.7.30 表示需要 REQUIRETLS 支持，这是一种不相关的状况。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after DATA when Gmail finds no passing DKIM signature on mail from a sender that must use DKIM.</source>
        <comment>5.7.30@Google/when</comment>
        <translation>在 DATA 之后，当 Gmail 在来自必须使用 DKIM 的发件人的邮件上找不到通过验证的 DKIM 签名时返回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward the bounce to your administrator or the service that sends mail for you.</source>
        <comment>5.7.30@Google/fix/sender</comment>
        <translation>请将退信转发给您的管理员或代您发送邮件的服务。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on DKIM signing for the From domain in your mail server or sending service, and publish the matching public key at the selector in DNS. Make sure nothing after signing, such as a footer or gateway, modifies signed headers or the body.</source>
        <comment>5.7.30@Google/fix/sendingServer</comment>
        <translation>在您的邮件服务器或发送服务中为 From 域启用 DKIM 签名，并在 DNS 中该选择器下发布相应的公钥。确保签名之后没有任何环节（例如页脚或网关）修改已签名的邮件头或正文。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.30 in the registry means REQUIRETLS support is required, while Gmail&apos;s 5.7.30 means DKIM did not pass.</source>
        <comment>5.7.30@Google/confusedWith/X.7.30</comment>
        <translation>X.7.30 在注册表中表示需要 REQUIRETLS 支持，而 Gmail 的 5.7.30 表示 DKIM 未通过。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.26 means neither SPF nor DKIM passed or DMARC failed, while 5.7.30 means the DKIM requirement for large senders was not met.</source>
        <comment>5.7.30@Google/confusedWith/5.7.26@Google</comment>
        <translation>5.7.26 表示 SPF 和 DKIM 均未通过或 DMARC 失败，而 5.7.30 表示未满足针对大批量发件人的 DKIM 要求。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From Domain Not Aligned</source>
        <comment>4.7.32@Google/title</comment>
        <translation>From 域未对齐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail returns 421 4.7.32 when the domain in the From header is not aligned with the organizational domain authenticated by SPF or DKIM, and it rate limits the mail. Alignment is a requirement for bulk senders and follows the way DMARC evaluates authentication.</source>
        <comment>4.7.32@Google/description</comment>
        <translation>当 From 头中的域与通过 SPF 或 DKIM 身份验证的组织域未对齐时，Gmail 会返回 421 4.7.32，并对邮件进行速率限制。对齐是对批量发件人的一项要求，其方式遵循 DMARC 评估身份验证的方法。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after DATA when a bulk sender&apos;s messages pass SPF or DKIM for a different domain than the visible From address.</source>
        <comment>4.7.32@Google/when</comment>
        <translation>在 DATA 之后，当批量发件人的邮件针对与可见 From 地址不同的域通过 SPF 或 DKIM 时返回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If a newsletter or marketing service sends as your domain, ask your administrator to set up authentication for it.</source>
        <comment>4.7.32@Google/fix/sender</comment>
        <translation>如果有新闻通讯或营销服务以您的域名义发送邮件，请让您的管理员为其设置身份验证。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign with DKIM using the From domain or one of its subdomains, or use a Return-Path domain under the From domain so SPF aligns. Publish a DMARC record and use its reports to find unaligned mail streams.</source>
        <comment>4.7.32@Google/fix/sendingServer</comment>
        <translation>使用 From 域或其某个子域进行 DKIM 签名，或使用位于 From 域之下的 Return-Path 域，使 SPF 对齐。发布 DMARC 记录，并利用其报告找出未对齐的邮件流。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.26 means authentication failed outright, while 4.7.32 means authentication passed but for a domain that does not match the From header.</source>
        <comment>4.7.32@Google/confusedWith/5.7.26@Google</comment>
        <translation>5.7.26 表示身份验证彻底失败，而 4.7.32 表示身份验证已通过，但所针对的域与 From 头不匹配。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.509 is Exchange Online&apos;s rejection for a DMARC failure, while 4.7.32 is Gmail&apos;s temporary limit for misaligned bulk mail.</source>
        <comment>4.7.32@Google/confusedWith/5.7.509@Microsoft</comment>
        <translation>5.7.509 是 Exchange Online 因 DMARC 失败而发出的拒绝，而 4.7.32 是 Gmail 对未对齐的批量邮件施加的暂时性限制。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client Not Authenticated to Send</source>
        <comment>5.7.57@Microsoft/title</comment>
        <translation>客户端未经身份验证，无法发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.57 when an application or device submits mail through smtp.office365.com without authenticating, reported as &quot;Client was not authenticated to send anonymous mail during MAIL FROM&quot;. Submission through that endpoint requires the credentials of a user with an Exchange Online mailbox, and authentication is only possible after TLS is negotiated.</source>
        <comment>5.7.57@Microsoft/description</comment>
        <translation>当应用程序或设备未经身份验证就通过 smtp.office365.com 提交邮件时，Exchange Online 会返回 5.7.57，并报告为 &quot;Client was not authenticated to send anonymous mail during MAIL FROM&quot;。通过该端点提交邮件需要拥有 Exchange Online 邮箱的用户的凭据，并且只有在协商 TLS 之后才能进行身份验证。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to MAIL FROM when a printer, scanner, script or app connects to smtp.office365.com and skips AUTH.</source>
        <comment>5.7.57@Microsoft/when</comment>
        <translation>当打印机、扫描仪、脚本或应用连接到 smtp.office365.com 并跳过 AUTH 时，作为对 MAIL FROM 的回复返回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the device or app settings, turn on SMTP authentication, enter the full mailbox address and its current password, and select STARTTLS on port 587.</source>
        <comment>5.7.57@Microsoft/fix/sender</comment>
        <translation>在设备或应用的设置中开启 SMTP 身份验证，输入完整的邮箱地址及其当前密码，并选择端口 587 上的 STARTTLS。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm that the device supports TLS and STARTTLS, that the credentials are correct, and that authenticated SMTP submission is allowed for the mailbox. If the device cannot authenticate, use direct send or a connector-based relay instead.</source>
        <comment>5.7.57@Microsoft/fix/sendingServer</comment>
        <translation>确认设备支持 TLS 和 STARTTLS、凭据正确，并且该邮箱允许经过身份验证的 SMTP 提交。如果设备无法进行身份验证，请改用直接发送（direct send）或基于连接器的中继。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>535 means credentials were sent and rejected, while 5.7.57 means the client never authenticated before MAIL FROM.</source>
        <comment>5.7.57@Microsoft/confusedWith/535</comment>
        <translation>535 表示已发送凭据但被拒绝，而 5.7.57 表示客户端在 MAIL FROM 之前从未进行身份验证。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.1 with &quot;Client was not authenticated&quot; can come from any server requiring authentication, while 5.7.57 is specific to submission through smtp.office365.com.</source>
        <comment>5.7.57@Microsoft/confusedWith/5.7.1@Microsoft</comment>
        <translation>附带 &quot;Client was not authenticated&quot; 的 5.7.1 可能来自任何要求身份验证的服务器，而 5.7.57 专门针对通过 smtp.office365.com 进行的提交。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TenantAttribution Relay Access Denied</source>
        <comment>5.7.64@Microsoft/title</comment>
        <translation>TenantAttribution 中继访问被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.64 with &quot;TenantAttribution; Relay Access Denied&quot; when mail from an organization&apos;s on-premises environment no longer matches the inbound connector meant to identify it. Typical causes are a changed source IP address or a certificate whose host name no longer matches the connector, so the service cannot attribute the mail to the tenant.</source>
        <comment>5.7.64@Microsoft/description</comment>
        <translation>当来自某组织本地环境的邮件不再与用于识别该组织的入站连接器匹配时，Exchange Online 会返回附带 &quot;TenantAttribution; Relay Access Denied&quot; 的 5.7.64。典型原因是源 IP 地址发生了变化，或证书的主机名不再与连接器匹配，导致该服务无法将邮件归属到租户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned when an on-premises server or third-party relay sends through Exchange Online and matching the connector by IP address or certificate fails.</source>
        <comment>5.7.64@Microsoft/when</comment>
        <translation>当本地服务器或第三方中继通过 Exchange Online 发送邮件，而按 IP 地址或证书匹配连接器失败时返回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an administrator can fix this, so forward the bounce to your email admin.</source>
        <comment>5.7.64@Microsoft/fix/sender</comment>
        <translation>只有管理员才能解决此问题，因此请将退信转发给您的电子邮件管理员。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the connector&apos;s configured sender IP addresses or certificate name with the actual source IP and the certificate your server presents. Update the inbound connector or the server&apos;s certificate, then test with message trace.</source>
        <comment>5.7.64@Microsoft/fix/sendingServer</comment>
        <translation>将连接器中配置的发件人 IP 地址或证书名称与实际的源 IP 以及您的服务器出示的证书进行比较。更新入站连接器或服务器的证书，然后使用邮件跟踪进行测试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.4.1 means the recipient domain is not accepted, while 5.7.64 means the sender&apos;s connector could not be matched to a tenant.</source>
        <comment>5.7.64@Microsoft/confusedWith/5.4.1@Microsoft</comment>
        <translation>5.4.1 表示收件人域不被接受，而 5.7.64 表示发件人的连接器无法与租户匹配。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.1 with &quot;Unable to relay&quot; refuses an anonymous sender, while 5.7.64 refuses relaying from an organization whose connector no longer matches.</source>
        <comment>5.7.64@Microsoft/confusedWith/5.7.1@Microsoft</comment>
        <translation>附带 &quot;Unable to relay&quot; 的 5.7.1 拒绝的是匿名发件人，而 5.7.64 拒绝的是连接器不再匹配的组织所进行的中继。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender Not in Allowed-Senders List</source>
        <comment>5.7.124@Microsoft/title</comment>
        <translation>发件人不在允许的发件人列表中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.124 when a distribution group accepts messages only from an allowed-senders list and the sender is not on it. Depending on how the group is set up, even its owner may need to be added to the list before posting.</source>
        <comment>5.7.124@Microsoft/description</comment>
        <translation>当通讯组只接受来自允许的发件人列表中的邮件，而发件人不在该列表中时，Exchange Online 会返回 5.7.124。根据该组的设置方式，即使是其所有者也可能需要先被添加到该列表中，才能发送邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned when someone sends to a distribution group whose delivery management restricts who may send.</source>
        <comment>5.7.124@Microsoft/when</comment>
        <translation>当有人向通过投递管理限制了发件人的通讯组发送邮件时返回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the group owner to add you to the allowed senders, or write to the members directly.</source>
        <comment>5.7.124@Microsoft/fix/sender</comment>
        <translation>请让群组所有者将您添加到允许的发件人中，或直接写信给各成员。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Exchange admin center, open the group&apos;s delivery management and add the sender, or allow all senders if that fits the group&apos;s purpose. External senders must first exist as mail contacts or mail users.</source>
        <comment>5.7.124@Microsoft/fix/receivingServer</comment>
        <translation>在 Exchange 管理中心中打开该群组的投递管理并添加该发件人；如果符合该群组的用途，也可以允许所有发件人。外部发件人必须先以邮件联系人或邮件用户的形式存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.133 means the group rejects all senders from outside the organization, while 5.7.124 means the group accepts only a specific list that lacks this sender.</source>
        <comment>5.7.124@Microsoft/confusedWith/5.7.133@Microsoft</comment>
        <translation>5.7.133 表示该群组拒绝来自组织外部的所有发件人，而 5.7.124 表示该群组只接受一个特定列表，而此发件人不在其中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender Not Authenticated for Group</source>
        <comment>5.7.133@Microsoft/title</comment>
        <translation>发件人未通过身份验证，无法发往群组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.133 when the recipient is a group configured to reject messages from senders outside the organization. Only the group owner or an administrator of the recipient&apos;s organization can allow external senders.</source>
        <comment>5.7.133@Microsoft/description</comment>
        <translation>当收件人是被配置为拒绝来自组织外部发件人的邮件的群组时，Exchange Online 会返回 5.7.133。只有群组所有者或收件人所在组织的管理员才能允许外部发件人。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned when an external sender writes to a distribution group that accepts internal senders only.</source>
        <comment>5.7.133@Microsoft/when</comment>
        <translation>当外部发件人向仅接受内部发件人的通讯组发送邮件时返回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact the group owner or an administrator of that organization and ask them to allow your address.</source>
        <comment>5.7.133@Microsoft/fix/sender</comment>
        <translation>请联系群组所有者或该组织的管理员，请他们允许您的地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the group&apos;s delivery management, accept messages from senders inside and outside the organization, or keep the restriction and add the external sender, represented as a mail contact, to the allowed senders.</source>
        <comment>5.7.133@Microsoft/fix/receivingServer</comment>
        <translation>在该群组的投递管理中，接受来自组织内部和外部发件人的邮件；或者保留该限制，并将该外部发件人（以邮件联系人形式表示）添加到允许的发件人中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.134 names a mailbox as the restricted recipient, while 5.7.133 names a group.</source>
        <comment>5.7.133@Microsoft/confusedWith/5.7.134@Microsoft</comment>
        <translation>5.7.134 指明受限收件人是一个邮箱，而 5.7.133 指明的是一个群组。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.124 means the group accepts only listed senders, while 5.7.133 means it refuses everyone outside the organization.</source>
        <comment>5.7.133@Microsoft/confusedWith/5.7.124@Microsoft</comment>
        <translation>5.7.124 表示该群组只接受列表中的发件人，而 5.7.133 表示它拒绝组织外部的所有人。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender Not Authenticated for Mailbox</source>
        <comment>5.7.134@Microsoft/title</comment>
        <translation>发件人未通过身份验证，无法发往邮箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.134 when the recipient is a mailbox set up to reject messages sent from outside its organization. Only an administrator of the recipient&apos;s organization can change the restriction. Related codes cover other recipient types, such as 5.7.133 for groups and 5.7.136 for mail users.</source>
        <comment>5.7.134@Microsoft/description</comment>
        <translation>当收件人是被设置为拒绝来自其组织外部邮件的邮箱时，Exchange Online 会返回 5.7.134。只有收件人所在组织的管理员才能更改此限制。相关代码涵盖其他收件人类型，例如针对群组的 5.7.133 和针对邮件用户的 5.7.136。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned when an external sender writes to a mailbox that accepts internal senders only.</source>
        <comment>5.7.134@Microsoft/when</comment>
        <translation>当外部发件人向仅接受内部发件人的邮箱发送邮件时返回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach the recipient another way and ask their administrator to allow external mail for the mailbox.</source>
        <comment>5.7.134@Microsoft/fix/sender</comment>
        <translation>请通过其他方式联系收件人，并请其管理员允许该邮箱接收外部邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the mailbox&apos;s delivery restrictions and, if external mail is expected, stop requiring authenticated senders, for example with Set-Mailbox and RequireSenderAuthenticationEnabled set to false.</source>
        <comment>5.7.134@Microsoft/fix/receivingServer</comment>
        <translation>检查该邮箱的投递限制；如果需要接收外部邮件，请取消对发件人身份验证的要求，例如使用 Set-Mailbox 并将 RequireSenderAuthenticationEnabled 设置为 false。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.133 blocks external senders to a group, while 5.7.134 blocks them to an individual mailbox.</source>
        <comment>5.7.134@Microsoft/confusedWith/5.7.133@Microsoft</comment>
        <translation>5.7.133 阻止外部发件人向群组发送邮件，而 5.7.134 阻止他们向单个邮箱发送邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.1.10 means the mailbox was not found, while 5.7.134 means it exists but refuses external senders.</source>
        <comment>5.7.134@Microsoft/confusedWith/5.1.10@Microsoft</comment>
        <translation>5.1.10 表示找不到该邮箱，而 5.7.134 表示邮箱存在但拒绝外部发件人。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange Online IP Throttling</source>
        <comment>4.7.500@Microsoft/title</comment>
        <translation>Exchange Online IP 限流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes 4.7.500 through 4.7.699, often shown with an ASxxx tag, mean Microsoft 365 temporarily restricted mail from the connecting IP address after detecting suspicious activity. A common trigger is a source that suddenly sends far more than its established pattern, which Microsoft treats with graylisting. The restriction lifts on its own if the traffic is legitimate.</source>
        <comment>4.7.500@Microsoft/description</comment>
        <translation>代码 4.7.500 到 4.7.699（通常带有 ASxxx 标记）表示 Microsoft 365 在检测到可疑活动后，暂时限制了来自连接方 IP 地址的邮件。常见的触发原因是某个来源的发送量突然远超其既有模式，Microsoft 会对此采用灰名单处理。如果流量合法，该限制会自行解除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned as 451 with &quot;Access denied, please try again later&quot; while a server sends to, or relays through, Exchange Online.</source>
        <comment>4.7.500@Microsoft/when</comment>
        <translation>当服务器向 Exchange Online 发送邮件或通过其中继邮件时，以附带 &quot;Access denied, please try again later&quot; 的 451 形式返回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is required from you, because your server will retry. If messages stay delayed for days, forward the delay notice to your administrator.</source>
        <comment>4.7.500@Microsoft/fix/sender</comment>
        <translation>您无需执行任何操作，因为您的服务器会重试。如果邮件连续数天仍被延迟，请将延迟通知转发给您的管理员。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let retries continue and keep volume steady while the IP builds a history. If you relay from on-premises servers through Microsoft 365, or route inbound mail through a third-party filter, create the matching connector so the traffic is recognized. Avoid sending production volume from an onmicrosoft.com domain.</source>
        <comment>4.7.500@Microsoft/fix/sendingServer</comment>
        <translation>让重试继续进行，并在该 IP 积累历史记录期间保持稳定的发送量。如果您从本地服务器通过 Microsoft 365 中继邮件，或通过第三方过滤器路由入站邮件，请创建相应的连接器，以便流量能够被识别。避免从 onmicrosoft.com 域发送生产环境规模的邮件量。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>451 is the basic reply these codes arrive with, while 4.7.500 to 4.7.699 identify Microsoft&apos;s specific reason, temporary IP throttling.</source>
        <comment>4.7.500@Microsoft/confusedWith/451</comment>
        <translation>451 是与这些代码一同出现的基本回复码，而 4.7.500 到 4.7.699 标明了 Microsoft 的具体原因，即暂时性的 IP 限流。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.606 to 5.7.649 mean the IP is banned until it is delisted, while 4.7.500 to 4.7.699 are temporary restrictions that lift on their own.</source>
        <comment>4.7.500@Microsoft/confusedWith/5.7.606@Microsoft</comment>
        <translation>5.7.606 到 5.7.649 表示该 IP 被封禁，直到从列表中移除为止，而 4.7.500 到 4.7.699 是会自行解除的暂时性限制。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending Account Banned for Spam</source>
        <comment>5.7.501@Microsoft/title</comment>
        <translation>发送账户因垃圾邮件被封禁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes 5.7.501 to 5.7.503 mean Microsoft 365 banned the sending account after detecting spam activity. Exchange Online words 5.7.501 as &quot;spam abuse detected&quot; and the other two as &quot;banned sender&quot;. The ban is lifted through Microsoft support once the account&apos;s problems are resolved.</source>
        <comment>5.7.501@Microsoft/description</comment>
        <translation>代码 5.7.501 到 5.7.503 表示 Microsoft 365 在检测到垃圾邮件活动后封禁了发送账户。Exchange Online 对 5.7.501 的措辞是 &quot;spam abuse detected&quot;，对另外两个代码的措辞是 &quot;banned sender&quot;。在解决该账户的问题后，需通过 Microsoft 支持人员解除封禁。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned when a banned account, or a system sending on its behalf, tries to send through Exchange Online.</source>
        <comment>5.7.501@Microsoft/when</comment>
        <translation>当被封禁的账户或代表其发送邮件的系统尝试通过 Exchange Online 发送邮件时返回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell your administrator, change your password and check your devices for malware, since a ban usually follows a compromise.</source>
        <comment>5.7.501@Microsoft/fix/sender</comment>
        <translation>请告知您的管理员，更改密码，并检查您的设备是否感染恶意软件，因为封禁通常发生在账户遭到入侵之后。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secure the account, reset its credentials, and remove malicious rules or connectors. Then contact Microsoft support through your usual channel to restore sending.</source>
        <comment>5.7.501@Microsoft/fix/sendingServer</comment>
        <translation>保护该账户，重置其凭据，并删除恶意规则或连接器。然后通过您的常规渠道联系 Microsoft 支持人员以恢复发送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.1.8 is a restriction the tenant&apos;s administrator can release, while 5.7.501 to 5.7.503 are bans that require Microsoft support.</source>
        <comment>5.7.501@Microsoft/confusedWith/5.1.8@Microsoft</comment>
        <translation>5.1.8 是租户管理员可以解除的限制，而 5.7.501 到 5.7.503 是需要 Microsoft 支持人员才能解除的封禁。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.606 to 5.7.649 ban a sending IP address, while 5.7.501 to 5.7.503 ban a sending account.</source>
        <comment>5.7.501@Microsoft/confusedWith/5.7.606@Microsoft</comment>
        <translation>5.7.606 到 5.7.649 封禁的是发送 IP 地址，而 5.7.501 到 5.7.503 封禁的是发送账户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending Domain Fails DMARC</source>
        <comment>5.7.509@Microsoft/title</comment>
        <translation>发送域未通过 DMARC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.509 with &quot;Access denied, sending domain does not pass DMARC verification&quot; when the domain in the message&apos;s From header fails DMARC. A message passes DMARC only when SPF or DKIM succeeds for a domain aligned with that From domain.</source>
        <comment>5.7.509@Microsoft/description</comment>
        <translation>当邮件 From 头中的域未通过 DMARC 时，Exchange Online 会返回附带 &quot;Access denied, sending domain does not pass DMARC verification&quot; 的 5.7.509。只有当 SPF 或 DKIM 针对与该 From 域对齐的域验证成功时，邮件才能通过 DMARC。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to the connecting server when mail claiming a DMARC-protected From domain arrives from a source that is not authenticated and aligned.</source>
        <comment>5.7.509@Microsoft/when</comment>
        <translation>当声称使用受 DMARC 保护的 From 域的邮件来自未经身份验证且未对齐的来源时，返回给连接方服务器。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you send through a newsletter service, app or forwarding account, ask your administrator to authorize it for your domain.</source>
        <comment>5.7.509@Microsoft/fix/sender</comment>
        <translation>如果您通过新闻通讯服务、应用或转发账户发送邮件，请让您的管理员为您的域授权该服务。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include every system that sends for the domain in SPF, and sign with DKIM using the From domain or an aligned subdomain. Review DMARC aggregate reports to find unaligned sources before tightening the policy.</source>
        <comment>5.7.509@Microsoft/fix/sendingServer</comment>
        <translation>将所有代表该域发送邮件的系统都加入 SPF，并使用 From 域或与之对齐的子域进行 DKIM 签名。在收紧策略之前，查看 DMARC 汇总报告以找出未对齐的来源。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.26 is the registry code for multiple failed authentication checks, while 5.7.509 is Microsoft&apos;s specific code for a DMARC failure of the From domain.</source>
        <comment>5.7.509@Microsoft/confusedWith/X.7.26</comment>
        <translation>X.7.26 是注册表中表示多项身份验证检查失败的代码，而 5.7.509 是 Microsoft 专门针对 From 域 DMARC 失败的代码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.26 is Gmail&apos;s rejection of unauthenticated mail, including DMARC failures, while 5.7.509 is the comparable rejection from Exchange Online.</source>
        <comment>5.7.509@Microsoft/confusedWith/5.7.26@Google</comment>
        <translation>5.7.26 是 Gmail 对未经身份验证的邮件（包括 DMARC 失败的邮件）的拒绝，而 5.7.509 是 Exchange Online 发出的类似拒绝。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient Domain Refuses IPv6 Mail</source>
        <comment>5.7.510@Microsoft/title</comment>
        <translation>收件人域拒绝 IPv6 邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.510 when a sender transmits over IPv6 to a recipient domain that does not accept email over IPv6. Domains hosted in Microsoft 365 accept anonymous inbound mail over IPv6 only when their administrators have enabled it.</source>
        <comment>5.7.510@Microsoft/description</comment>
        <translation>当发件人通过 IPv6 向不接受 IPv6 电子邮件的收件人域传输邮件时，Exchange Online 会返回 5.7.510。托管在 Microsoft 365 中的域只有在其管理员启用后，才会通过 IPv6 接收匿名入站邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned when an external server connects to Exchange Online over IPv6 to deliver to a domain without IPv6 enabled.</source>
        <comment>5.7.510@Microsoft/when</comment>
        <translation>当外部服务器通过 IPv6 连接到 Exchange Online，向未启用 IPv6 的域投递邮件时返回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliver to this domain over IPv4, for example by preferring IPv4 for outbound SMTP; in Postfix, smtp_address_preference controls this.</source>
        <comment>5.7.510@Microsoft/fix/sendingServer</comment>
        <translation>通过 IPv4 向该域投递，例如让出站 SMTP 优先使用 IPv4；在 Postfix 中，由 smtp_address_preference 控制这一点。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you want mail over IPv6, enable IPv6 for the accepted domain in Exchange Online, and expect IPv6 senders to need reverse DNS and passing SPF or DKIM.</source>
        <comment>5.7.510@Microsoft/fix/receivingServer</comment>
        <translation>如果您希望通过 IPv6 接收邮件，请在 Exchange Online 中为该接受域启用 IPv6，并预期 IPv6 发件人需要具备反向 DNS 并通过 SPF 或 DKIM。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.25 means reverse DNS validation failed for the sending IP, while 5.7.510 means the recipient domain does not accept IPv6 mail at all.</source>
        <comment>5.7.510@Microsoft/confusedWith/X.7.25</comment>
        <translation>X.7.25 表示发送 IP 的反向 DNS 验证失败，而 5.7.510 表示收件人域根本不接受 IPv6 邮件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending IP Address Banned</source>
        <comment>5.7.511@Microsoft/title</comment>
        <translation>发送 IP 地址被封禁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.511 with &quot;Access denied, banned sender&quot; when the IP address used for sending has been banned. Unlike the block-list codes handled by the self-service delist portal, Microsoft directs this one to an email request to delist@messaging.microsoft.com that includes the full bounce code and the IP address.</source>
        <comment>5.7.511@Microsoft/description</comment>
        <translation>当用于发送的 IP 地址已被封禁时，Exchange Online 会返回附带 &quot;Access denied, banned sender&quot; 的 5.7.511。与通过自助移除门户处理的黑名单代码不同，Microsoft 要求针对此代码发送电子邮件至 delist@messaging.microsoft.com 提出申请，并附上完整的退信代码和 IP 地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to the connecting server when its IP address is on Microsoft&apos;s banned list.</source>
        <comment>5.7.511@Microsoft/when</comment>
        <translation>当连接方服务器的 IP 地址位于 Microsoft 的封禁列表中时，返回给该服务器。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward the bounce to your administrator or email provider, since the block applies to the server&apos;s IP address rather than to you.</source>
        <comment>5.7.511@Microsoft/fix/sender</comment>
        <translation>请将退信转发给您的管理员或电子邮件服务商，因为该封锁针对的是服务器的 IP 地址，而不是您本人。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find and stop the cause of the bad reputation, such as a compromised account, an open relay or bulk mail without consent. Then email delist@messaging.microsoft.com with the full bounce text and the IP address.</source>
        <comment>5.7.511@Microsoft/fix/sendingServer</comment>
        <translation>查找并消除信誉不佳的原因，例如遭到入侵的账户、开放中继或未经同意的批量邮件。然后发送电子邮件至 delist@messaging.microsoft.com，附上完整的退信文本和 IP 地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.606 to 5.7.649 are IP bans that the delist portal can lift, while 5.7.511 requires an email request to Microsoft.</source>
        <comment>5.7.511@Microsoft/confusedWith/5.7.606@Microsoft</comment>
        <translation>5.7.606 到 5.7.649 是可以通过移除门户解除的 IP 封禁，而 5.7.511 需要通过电子邮件向 Microsoft 提出申请。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked by Recipient&apos;s Custom Block List</source>
        <comment>5.7.513@Microsoft/title</comment>
        <translation>被收件人的自定义黑名单封锁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.513 when the recipient domain has added the sender&apos;s IP address to its own custom block list. The block is set by the receiving organization, not by Microsoft, so only that organization can remove it.</source>
        <comment>5.7.513@Microsoft/description</comment>
        <translation>当收件人域已将发件人的 IP 地址添加到其自己的自定义黑名单中时，Exchange Online 会返回 5.7.513。该封锁由接收方组织设置，而非由 Microsoft 设置，因此只有该组织才能将其解除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned as &quot;Service unavailable&quot; with the tag AS16012607 when the connecting IP appears on the recipient organization&apos;s block list.</source>
        <comment>5.7.513@Microsoft/when</comment>
        <translation>当连接方 IP 出现在收件人组织的黑名单上时，以带有 AS16012607 标记的 &quot;Service unavailable&quot; 形式返回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact the recipient by phone or another address and ask them to unblock your mail server.</source>
        <comment>5.7.513@Microsoft/fix/sender</comment>
        <translation>请通过电话或其他地址联系收件人，并请其解除对您邮件服务器的封锁。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the recipient organization your outbound IP addresses and ask them to remove the entry. Check whether recent spam from your IP prompted the block.</source>
        <comment>5.7.513@Microsoft/fix/sendingServer</comment>
        <translation>向收件人组织提供您的出站 IP 地址，并请其删除该条目。检查近期是否有来自您 IP 的垃圾邮件导致了此次封锁。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the IP block list in your connection filter policy in Microsoft Defender and remove the sender&apos;s IP if the block is no longer wanted.</source>
        <comment>5.7.513@Microsoft/fix/receivingServer</comment>
        <translation>在 Microsoft Defender 中检查连接筛选器策略里的 IP 黑名单；如果不再需要该封锁，请删除发件人的 IP。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.606 to 5.7.649 come from Microsoft&apos;s own ban list, while 5.7.513 comes from the recipient organization&apos;s custom block list.</source>
        <comment>5.7.513@Microsoft/confusedWith/5.7.606@Microsoft</comment>
        <translation>5.7.606 到 5.7.649 来自 Microsoft 自己的封禁列表，而 5.7.513 来自收件人组织的自定义黑名单。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending IP on Microsoft Block List</source>
        <comment>5.7.606@Microsoft/title</comment>
        <translation>发送 IP 位于 Microsoft 黑名单上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes 5.7.606 through 5.7.649 mean Microsoft banned the IP address the message came from, shown as &quot;Access denied, banned sending IP&quot; followed by the address. The usual reasons are poor reputation from spam, a compromised server or malicious traffic. The owner of the IP can ask for removal through Microsoft&apos;s self-service delist portal.</source>
        <comment>5.7.606@Microsoft/description</comment>
        <translation>代码 5.7.606 到 5.7.649 表示 Microsoft 封禁了邮件来源的 IP 地址，显示为 &quot;Access denied, banned sending IP&quot;，后跟该地址。常见原因是垃圾邮件、遭到入侵的服务器或恶意流量导致的信誉不佳。该 IP 的所有者可以通过 Microsoft 的自助移除门户申请移除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to the connecting server when it delivers to Microsoft 365 or Outlook.com from a banned IP address.</source>
        <comment>5.7.606@Microsoft/when</comment>
        <translation>当连接方服务器从被封禁的 IP 地址向 Microsoft 365 或 Outlook.com 投递邮件时，返回给该服务器。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward the bounce to your administrator or email provider, because the block is on their server&apos;s IP address.</source>
        <comment>5.7.606@Microsoft/fix/sender</comment>
        <translation>请将退信转发给您的管理员或电子邮件服务商，因为封锁针对的是他们服务器的 IP 地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find and fix the cause of the poor reputation, such as compromised accounts, open relays or unsolicited bulk mail. Then request removal at Microsoft&apos;s delist portal with the IP shown in the bounce and confirm the request from the email it sends.</source>
        <comment>5.7.606@Microsoft/fix/sendingServer</comment>
        <translation>查找并解决信誉不佳的原因，例如遭到入侵的账户、开放中继或未经请求的批量邮件。然后使用退信中显示的 IP 在 Microsoft 的移除门户提交移除申请，并通过该门户发送的电子邮件确认申请。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.511 is an IP ban that Microsoft handles by email request, while 5.7.606 to 5.7.649 can be lifted through the self-service delist portal.</source>
        <comment>5.7.606@Microsoft/confusedWith/5.7.511@Microsoft</comment>
        <translation>5.7.511 是 Microsoft 通过电子邮件申请处理的 IP 封禁，而 5.7.606 到 5.7.649 可以通过自助移除门户解除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4.7.500 to 4.7.699 are temporary throttling that lifts on its own, while 5.7.606 to 5.7.649 are bans that last until the IP is delisted.</source>
        <comment>5.7.606@Microsoft/confusedWith/4.7.500@Microsoft</comment>
        <translation>4.7.500 到 4.7.699 是会自行解除的暂时性限流，而 5.7.606 到 5.7.649 是持续到该 IP 从列表中移除为止的封禁。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant Exceeded Spam Threshold</source>
        <comment>5.7.705@Microsoft/title</comment>
        <translation>租户超出垃圾邮件阈值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.705 with &quot;Access denied, tenant has exceeded threshold&quot; when too much spam or bulk mail came from an organization and outgoing mail for the tenant is blocked. Common causes are compromised on-premises servers or compromised admin accounts used to create connectors. Rarely, it follows renewal of an already expired subscription.</source>
        <comment>5.7.705@Microsoft/description</comment>
        <translation>当某个组织发出过多垃圾邮件或批量邮件，导致该租户的外发邮件被封锁时，Exchange Online 会返回附带 &quot;Access denied, tenant has exceeded threshold&quot; 的 5.7.705。常见原因是本地服务器遭到入侵，或用于创建连接器的管理员账户遭到入侵。极少数情况下，它发生在续订已过期的订阅之后。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to users and connectors of the blocked tenant when they send outbound mail.</source>
        <comment>5.7.705@Microsoft/when</comment>
        <translation>当被封锁租户的用户和连接器发送外发邮件时，返回给它们。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report the bounce to your administrator, since individual users cannot lift a block on the whole organization.</source>
        <comment>5.7.705@Microsoft/fix/sender</comment>
        <translation>请将退信报告给您的管理员，因为个人用户无法解除对整个组织的封锁。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find and fix the source of spam, such as compromised accounts, rogue connectors or open relays, then contact Microsoft support and explain the cause. Keep subscriptions from lapsing to avoid the renewal case.</source>
        <comment>5.7.705@Microsoft/fix/sendingServer</comment>
        <translation>查找并解决垃圾邮件的来源，例如遭到入侵的账户、恶意连接器或开放中继，然后联系 Microsoft 支持人员并说明原因。避免订阅失效，以免出现续订的情况。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.501 to 5.7.503 ban one sending account, while 5.7.705 blocks outbound mail for the whole tenant.</source>
        <comment>5.7.705@Microsoft/confusedWith/5.7.501@Microsoft</comment>
        <translation>5.7.501 到 5.7.503 封禁的是单个发送账户，而 5.7.705 封锁的是整个租户的外发邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.708 is tied to the low reputation of the IP addresses in use, while 5.7.705 follows spam actually sent by the tenant.</source>
        <comment>5.7.705@Microsoft/confusedWith/5.7.708@Microsoft</comment>
        <translation>5.7.708 与所用 IP 地址的低信誉相关，而 5.7.705 是由租户实际发送的垃圾邮件引起的。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Traffic Not Accepted From This IP</source>
        <comment>5.7.708@Microsoft/title</comment>
        <translation>不接受来自此 IP 的流量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.708 with &quot;Access denied, traffic not accepted from this IP&quot; when a tenant sends from known low-reputation IP addresses of the kind typically used by new customers. It belongs to the 5.7.700 to 5.7.749 group of tenant-level blocks. A tenant that must send from such addresses before buying licenses can ask Microsoft support for a temporary exception.</source>
        <comment>5.7.708@Microsoft/description</comment>
        <translation>当租户从已知低信誉的 IP 地址（通常是新客户使用的那类地址）发送邮件时，Exchange Online 会返回附带 &quot;Access denied, traffic not accepted from this IP&quot; 的 5.7.708。它属于 5.7.700 到 5.7.749 这组租户级封锁。必须在购买许可证之前从此类地址发送邮件的租户，可以向 Microsoft 支持人员申请临时例外。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned when a tenant, often a new or trial one, sends through Exchange Online from an IP address Microsoft rates as low reputation.</source>
        <comment>5.7.708@Microsoft/when</comment>
        <translation>当租户（通常是新租户或试用租户）通过 Exchange Online 从 Microsoft 评为低信誉的 IP 地址发送邮件时返回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report the bounce to your administrator, since the restriction applies to the organization&apos;s sending setup.</source>
        <comment>5.7.708@Microsoft/fix/sender</comment>
        <translation>请将退信报告给您的管理员，因为该限制针对的是组织的发送配置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase and assign licenses if the tenant is still in trial, and check connectors for unexpected source IPs. Contact Microsoft support to request an exception if you must keep sending from these addresses meanwhile.</source>
        <comment>5.7.708@Microsoft/fix/sendingServer</comment>
        <translation>如果租户仍处于试用期，请购买并分配许可证，并检查连接器中是否存在意外的源 IP。如果在此期间必须继续从这些地址发送邮件，请联系 Microsoft 支持人员申请例外。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.606 to 5.7.649 ban an IP for bad reputation until it is delisted through the portal, while 5.7.708 restricts a tenant&apos;s low-reputation IPs and needs a support exception.</source>
        <comment>5.7.708@Microsoft/confusedWith/5.7.606@Microsoft</comment>
        <translation>5.7.606 到 5.7.649 因信誉不佳而封禁某个 IP，直到通过门户将其移除为止，而 5.7.708 限制的是租户的低信誉 IP，需要由支持人员授予例外。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.705 blocks a tenant that sent too much spam, while 5.7.708 reflects the reputation of the IP addresses in use.</source>
        <comment>5.7.708@Microsoft/confusedWith/5.7.705@Microsoft</comment>
        <translation>5.7.705 封锁的是发送了过多垃圾邮件的租户，而 5.7.708 反映的是所用 IP 地址的信誉。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked for Unregistered Domains</source>
        <comment>5.7.750@Microsoft/title</comment>
        <translation>因使用未注册的域而被封锁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.750 with &quot;Client blocked from sending from unregistered domains&quot; when a tenant sends a suspicious volume of mail from domains that are not added and verified in Microsoft 365. A reasonable amount of such mail is tolerated, but every sending domain should be registered as an accepted domain.</source>
        <comment>5.7.750@Microsoft/description</comment>
        <translation>当租户从未在 Microsoft 365 中添加并验证的域发送可疑数量的邮件时，Exchange Online 会返回附带 &quot;Client blocked from sending from unregistered domains&quot; 的 5.7.750。此类邮件在合理数量内是可以容忍的，但每个发送域都应注册为接受域。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned when mail relayed through the tenant, typically over an inbound connector from on-premises servers, uses sender domains the tenant has not provisioned.</source>
        <comment>5.7.750@Microsoft/when</comment>
        <translation>当通过租户中继的邮件（通常是经由入站连接器来自本地服务器的邮件）使用租户尚未预配的发件人域时返回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send from an address in your organization&apos;s registered domain, or ask your administrator to add the domain you need.</source>
        <comment>5.7.750@Microsoft/fix/sender</comment>
        <translation>请使用您组织已注册域中的地址发送邮件，或请管理员添加您需要的域。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add and verify every domain you send from as an accepted domain, or use a certificate-based inbound connector whose certificate domain is verified. Check for unknown connectors and compromised accounts that attackers may use to relay spam.</source>
        <comment>5.7.750@Microsoft/fix/sendingServer</comment>
        <translation>将您用于发送的每个域都添加并验证为接受域，或使用证书域已经过验证的基于证书的入站连接器。检查是否存在未知的连接器和遭到入侵的账户，攻击者可能会利用它们中继垃圾邮件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.64 means relayed mail could not be matched to the tenant&apos;s connector, while 5.7.750 means the tenant sent too much mail from domains it has not registered.</source>
        <comment>5.7.750@Microsoft/confusedWith/5.7.64@Microsoft</comment>
        <translation>5.7.64 表示中继的邮件无法与租户的连接器匹配，而 5.7.750 表示租户从其未注册的域发送了过多邮件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Success Status</source>
        <comment>2.X.X/title</comment>
        <translation>成功状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An enhanced code starting with 2 reports that the action succeeded; the other two parts only add context, such as which address was accepted or what was done to the message. It normally travels with a 2xx reply, for example 250 2.1.5 after RCPT TO. In delivery status notifications it marks a recipient whose message was delivered or relayed.</source>
        <comment>2.X.X/description</comment>
        <translation>以 2 开头的增强状态码表示操作成功；其余两部分只是补充上下文，例如哪个地址被接受或对邮件执行了什么操作。它通常与 2xx 回复一同出现，例如 RCPT TO 之后的 250 2.1.5。在投递状态通知中，它标记邮件已投递或已中继的收件人。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persistent Transient Failure</source>
        <comment>4.X.X/title</comment>
        <translation>持续暂时性失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An enhanced code starting with 4 means the message itself is acceptable, but a condition that should clear up blocked it for now. The sending server keeps the message queued and retries until its queue lifetime runs out, and only then returns a bounce. It normally travels with a 4xx reply; if the two disagree, SMTP clients act on the three-digit reply code.</source>
        <comment>4.X.X/description</comment>
        <translation>以 4 开头的增强状态码表示邮件本身可以接受，但某种应会消除的状况暂时阻止了它。发送方服务器会将邮件保留在队列中并不断重试，直到队列有效期耗尽，然后才返回退信。它通常与 4xx 回复一同出现；如果两者不一致，SMTP 客户端以三位数的回复码为准。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permanent Failure</source>
        <comment>5.X.X/title</comment>
        <translation>永久性失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An enhanced code starting with 5 means sending the same message again unchanged will not work: the address, the message or something at the destination has to change first. The sending server stops retrying and returns a bounce to the sender. It normally travels with a 5xx reply.</source>
        <comment>5.X.X/description</comment>
        <translation>以 5 开头的增强状态码表示不作更改地再次发送同一邮件不会成功：必须先更改地址、邮件或目标端的某些内容。发送方服务器会停止重试，并向发件人返回退信。它通常与 5xx 回复一同出现。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other or Undefined Status</source>
        <comment>X.0.X/title</comment>
        <translation>其他或未定义状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject 0 means the server gives no information about which area the problem is in. Codes such as 4.0.0 and 5.0.0 come from servers that support enhanced status codes but do not classify every error, so the text after the code is the real clue.</source>
        <comment>X.0.X/description</comment>
        <translation>主题 0 表示服务器未提供问题所属领域的任何信息。4.0.0 和 5.0.0 等代码来自支持增强状态码但不对每个错误进行归类的服务器，因此代码后面的文字才是真正的线索。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positive Preliminary</source>
        <comment>1xx/title</comment>
        <translation>初步肯定回复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A first digit of 1 means the command was accepted but another reply will follow before the client may continue. SMTP defines no command that uses this class, so a 1xx reply usually means the client reached a service that is not a mail server. Retrying does not apply; treat it as a protocol error.</source>
        <comment>1xx/description</comment>
        <translation>首位数字为 1 表示命令已被接受，但在客户端继续之前还会有另一个回复。SMTP 没有定义使用此类别的命令，因此 1xx 回复通常意味着客户端连接到的服务不是邮件服务器。重试并不适用；请将其视为协议错误。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positive Completion</source>
        <comment>2xx/title</comment>
        <translation>肯定完成回复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A first digit of 2 means the requested action finished successfully and the client may send the next command. After the message data, it means the server accepted responsibility for the message. There is nothing to retry.</source>
        <comment>2xx/description</comment>
        <translation>首位数字为 2 表示所请求的操作已成功完成，客户端可以发送下一条命令。在邮件数据之后，它表示服务器已接受对该邮件的责任。无需重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positive Intermediate</source>
        <comment>3xx/title</comment>
        <translation>肯定中间回复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A first digit of 3 means the server accepted the command so far but needs more input to finish it, such as the message content after DATA or the next step of an AUTH exchange. The client continues the exchange instead of retrying.</source>
        <comment>3xx/description</comment>
        <translation>首位数字为 3 表示服务器目前已接受该命令，但需要更多输入才能完成，例如 DATA 之后的邮件内容或 AUTH 交互的下一步。客户端应继续交互，而不是重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transient Negative Completion</source>
        <comment>4xx/title</comment>
        <translation>暂时性否定完成回复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A first digit of 4 means the command failed because of a condition expected to be temporary, such as load, greylisting or a full disk. The client should keep the message and repeat the request later; mail servers retry from their queue, typically for four to five days, before returning a bounce.</source>
        <comment>4xx/description</comment>
        <translation>首位数字为 4 表示命令因预计是暂时的状况而失败，例如负载过高、灰名单或磁盘已满。客户端应保留邮件并稍后重复请求；邮件服务器会从其队列中重试，通常持续 4 到 5 天，然后才返回退信。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permanent Negative Completion</source>
        <comment>5xx/title</comment>
        <translation>永久性否定完成回复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A first digit of 5 means the command failed and repeating it unchanged will fail again. The client should not retry; the address, credentials, message or policy problem must be fixed first, and mail servers return a bounce to the sender.</source>
        <comment>5xx/description</comment>
        <translation>首位数字为 5 表示命令失败，不作更改地重复执行仍会失败。客户端不应重试；必须先修复地址、凭据、邮件或策略方面的问题，邮件服务器会向发件人返回退信。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syntax</source>
        <comment>x0x/title</comment>
        <translation>语法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second digit of 0 marks replies about syntax: commands with syntax errors, valid commands that fit no other category, and commands that are not implemented or not needed. Examples are 500, 501, 502, 503 and 504.</source>
        <comment>x0x/description</comment>
        <translation>第二位数字为 0 表示与语法相关的回复：存在语法错误的命令、不属于其他分类的有效命令，以及未实现或不需要的命令。例如 500、501、502、503 和 504。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Information</source>
        <comment>x1x/title</comment>
        <translation>信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second digit of 1 marks replies to requests for information, such as system status or help text. Examples are 211 and 214.</source>
        <comment>x1x/description</comment>
        <translation>第二位数字为 1 表示对信息请求的回复，例如系统状态或帮助文本。例如 211 和 214。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connections</source>
        <comment>x2x/title</comment>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second digit of 2 marks replies about the transmission channel itself, such as the greeting and the closing of a connection. Examples are 220, 221 and 421.</source>
        <comment>x2x/description</comment>
        <translation>第二位数字为 2 表示与传输通道本身相关的回复，例如问候语和连接的关闭。例如 220、221 和 421。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unspecified (used for authentication)</source>
        <comment>x3x/title</comment>
        <translation>未指定（用于身份验证）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFC 5321 leaves a second digit of 3 unassigned. In practice, the AUTH extension and related documents use it for authentication replies, such as 235, 334, 432, 530, 534 and 535.</source>
        <comment>x3x/description</comment>
        <translation>RFC 5321 未分配第二位数字 3。实际上，AUTH 扩展及相关文档将其用于身份验证回复，例如 235、334、432、530、534 和 535。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unspecified (not used)</source>
        <comment>x4x/title</comment>
        <translation>未指定（未使用）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFC 5321 leaves a second digit of 4 unassigned, and no standard SMTP reply code uses it. A code of this form in a log comes from a particular server or tool, so read its text to learn what it means.</source>
        <comment>x4x/description</comment>
        <translation>RFC 5321 未分配第二位数字 4，也没有任何标准 SMTP 回复码使用它。日志中出现这种形式的代码来自特定的服务器或工具，因此请阅读其文字以了解含义。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail system</source>
        <comment>x5x/title</comment>
        <translation>邮件系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second digit of 5 marks replies about the state of the receiving mail system with respect to the requested transfer or other mail action. Most delivery outcomes use it, such as 250, 354, 450, 550 and 552.</source>
        <comment>x5x/description</comment>
        <translation>第二位数字为 5 表示与接收方邮件系统在所请求的传输或其他邮件操作方面的状态相关的回复。大多数投递结果都使用它，例如 250、354、450、550 和 552。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addressing Status</source>
        <comment>X.1.X/title</comment>
        <translation>地址状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject 1 covers problems with an envelope address: the recipient&apos;s mailbox or domain, or the sender&apos;s own address. It includes syntax errors, unknown mailboxes, domains that cannot receive mail and addresses that have been retired. The sender can usually fix these by correcting the address and sending again.</source>
        <comment>X.1.X/description</comment>
        <translation>主题 1 涵盖信封地址的问题：收件人的邮箱或域，或者发件人自己的地址。其中包括语法错误、未知邮箱、无法接收邮件的域以及已停用的地址。发件人通常可以通过更正地址并重新发送来解决这些问题。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox Status</source>
        <comment>X.2.X/title</comment>
        <translation>邮箱状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject 2 covers the state of a recipient mailbox that exists: disabled, full, limited in message size, or a mailing list that could not be expanded. These conditions are controlled by the recipient or their administrator, so the sender can usually only wait or reach the recipient another way.</source>
        <comment>X.2.X/description</comment>
        <translation>主题 2 涵盖已存在的收件人邮箱的状态：已禁用、已满、邮件大小受限，或邮件列表无法扩展。这些状况由收件人或其管理员控制，因此发件人通常只能等待，或通过其他方式联系收件人。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail System Status</source>
        <comment>X.3.X/title</comment>
        <translation>邮件系统状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject 3 covers the receiving mail system as a whole rather than one mailbox: exhausted storage, a host not accepting mail, missing features, messages too large for the system, or a configuration error. These conditions are under the control of the destination system&apos;s administrator.</source>
        <comment>X.3.X/description</comment>
        <translation>主题 3 涵盖整个接收方邮件系统而非单个邮箱：存储空间耗尽、主机不接收邮件、缺少功能、邮件对系统而言过大，或配置错误。这些状况由目标系统的管理员控制。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network and Routing Status</source>
        <comment>X.4.X/title</comment>
        <translation>网络和路由状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject 4 covers the delivery infrastructure: connections that fail or time out, DNS and other directory lookups, routing, congestion, loops and messages that expire in a queue. These problems usually sit with the destination or an intermediate system and often clear up when the message is retried.</source>
        <comment>X.4.X/description</comment>
        <translation>主题 4 涵盖投递基础设施：连接失败或超时、DNS 及其他目录查询、路由、拥塞、循环，以及在队列中过期的邮件。这些问题通常出在目标系统或中间系统上，在重试邮件后往往会自行消除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail Delivery Protocol Status</source>
        <comment>X.5.X/title</comment>
        <translation>邮件投递协议状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject 5 covers the SMTP dialogue itself: unknown or out-of-sequence commands, bad syntax or arguments, too many recipients and protocol version mismatches. These usually point to a bug or misconfiguration in the client or server software rather than to the message or the address.</source>
        <comment>X.5.X/description</comment>
        <translation>主题 5 涵盖 SMTP 对话本身：未知或顺序错误的命令、错误的语法或参数、收件人过多以及协议版本不匹配。这些问题通常表明客户端或服务器软件存在缺陷或配置错误，而不是邮件或地址的问题。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message Content or Media Status</source>
        <comment>X.6.X/title</comment>
        <translation>邮件内容或媒体状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject 6 covers the content of the message and its encoding: media a hop cannot carry, conversions that are required but prohibited or impossible, conversions that lost data, and internationalized addresses or headers a hop cannot handle. The fix usually involves the message format or the capabilities of the next hop.</source>
        <comment>X.6.X/description</comment>
        <translation>主题 6 涵盖邮件内容及其编码：某一跳无法传输的媒体、需要但被禁止或无法进行的转换、导致数据丢失的转换，以及某一跳无法处理的国际化地址或头字段。解决方法通常涉及邮件格式或下一跳的能力。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security or Policy Status</source>
        <comment>X.7.X/title</comment>
        <translation>安全或策略状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject 7 covers security and policy decisions: authentication, permission to relay, encryption requirements and sender authentication checks such as SPF, DKIM and DMARC. It is the most frequent subject in modern rejections, because spam filters and reputation systems report through it. The text or linked help page usually names the exact rule.</source>
        <comment>X.7.X/description</comment>
        <translation>主题 7 涵盖安全和策略决策：身份验证、中继许可、加密要求，以及 SPF、DKIM 和 DMARC 等发件人身份验证检查。它是现代拒绝中最常见的主题，因为垃圾邮件过滤器和信誉系统都通过它进行报告。代码后的文字或链接的帮助页面通常会指明具体规则。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+100"/>
        <location line="+42"/>
        <source>smtp-codes: %1 is not in the catalogue (%2).
</source>
        <translation>smtp-codes：%1 不在目录中（%2）。
</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No SMTP reply code found.
</source>
        <translation>未找到 SMTP 回复码。
</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%n reply(ies) found; lines read: %1.
</source>
        <translation>
            <numerusform>找到 %n 个回复；已读取行数：%1。
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+76"/>
        <source>SMTP Codes: what an SMTP reply code means, when it happens and how to fix it.</source>
        <translation>SMTP Codes：SMTP 回复码的含义、出现时机及解决方法。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print the entry for CODE, or compare CODE and CODE2.</source>
        <translation>输出 CODE 的条目，或比较 CODE 与 CODE2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Explain every reply found in TEXT; &quot;-&quot; reads standard input.</source>
        <translation>解释 TEXT 中找到的每条回复；&quot;-&quot; 表示从标准输入读取。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print a ticket note for CODE: meaning, likely cause, next step and who must act.</source>
        <translation>输出 CODE 的工单备注：含义、可能原因、下一步以及需处理方。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List every catalogue entry.</source>
        <translation>列出目录中的所有条目。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print JSON (JSON Lines for --explain).</source>
        <translation>以 JSON 格式输出（--explain 时为 JSON Lines）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --explain: count the replies by code.</source>
        <translation>与 --explain 一起使用：按代码统计回复数量。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language: en, zh_CN, fr or vi.</source>
        <translation>语言：en、zh_CN、fr 或 vi。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CODE [CODE2] for --print, CODE for --ticket, TEXT for --explain.</source>
        <translation>CODE [CODE2] 用于 --print，CODE 用于 --ticket，TEXT 用于 --explain。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>choose exactly one of --print, --ticket, --explain and --list.</source>
        <translation>请在 --print、--ticket、--explain 和 --list 中选择且仅选择一个。</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>unknown language &quot;%1&quot;; use one of: %2.</source>
        <translation>未知语言 &quot;%1&quot;；请使用以下语言之一：%2。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--summary goes with --explain.</source>
        <translation>--summary 需与 --explain 一起使用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--list takes no arguments.</source>
        <translation>--list 不接受参数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--print takes one code, or two codes to compare.</source>
        <translation>--print 接受一个代码，或两个要比较的代码。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--ticket takes one code and no --json.</source>
        <translation>--ticket 只接受一个代码，且不能与 --json 同用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--explain takes one TEXT argument, or &quot;-&quot; for standard input.</source>
        <translation>--explain 接受一个 TEXT 参数，或使用 &quot;-&quot; 表示标准输入。</translation>
    </message>
</context>
<context>
    <name>CompareHtml</name>
    <message>
        <location filename="../app/core/entrytext.cpp" line="+86"/>
        <location filename="../app/ui/comparehtml.cpp" line="+50"/>
        <source>Key differences</source>
        <translation>主要区别</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/ui/comparehtml.cpp" line="+14"/>
        <source>What to do</source>
        <translation>应对措施</translation>
    </message>
    <message>
        <location filename="../app/ui/comparehtml.cpp" line="-11"/>
        <source>= same</source>
        <translation>= 相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≠ differs</source>
        <translation>≠ 不同</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <location filename="../app/core/comparison.cpp" line="+66"/>
        <source>Not in the catalogue</source>
        <translation>不在目录中</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMTP %1 %2 vs %3 %4</source>
        <translation>SMTP %1 %2 与 %3 %4 对比</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a reply whose class depends on the server&apos;s reply</source>
        <translation>类别取决于服务器回复的回复</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You are comparing %1 with itself: both sides show the same entry.</source>
        <translation>您正在将 %1 与其自身比较：两侧显示的是同一条目。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>%1 is an enhanced status code that qualifies a %2 reply: servers send them together, as in &quot;%2 %1&quot;.</source>
        <translation>%1 是对 %2 回复加以细化的增强状态码：服务器会将两者一起发送，例如 &quot;%2 %1&quot;。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Both belong to %1.</source>
        <translation>两者都属于 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a %2 reply, while %3 is a %4 reply.</source>
        <translation>%1 属于 %2，而 %3 属于 %4。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not registered in the catalogue; its digits still tell its meaning.</source>
        <translation>%1 未收录在目录中；但其数字仍能说明其含义。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not documented for this code.</source>
        <translation>此代码没有相关说明。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read the server&apos;s full reply text: an unregistered code is explained by its wording and its class.</source>
        <translation>请阅读服务器的完整回复文本：未收录代码的含义可通过其措辞和类别来判断。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Transient: the client should retry later.</source>
        <translation>暂时性：客户端应稍后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Permanent: do not retry without changing something.</source>
        <translation>永久性：不作更改请勿重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Success or next step: nothing to retry.</source>
        <translation>成功或进入下一步：无需重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Depends on the class of the reply (4 transient, 5 permanent).</source>
        <translation>取决于回复的类别（4 为暂时性，5 为永久性）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category or subject</source>
        <translation>分类或主题</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown code</source>
        <translation>未知代码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who must act</source>
        <translation>需处理方</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not registered</source>
        <translation>未收录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provenance</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not applicable.</source>
        <translation>不适用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Returned by</source>
        <translation>返回于</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ends the session</source>
        <translation>结束会话</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RFC references</source>
        <translation>参考 RFC</translation>
    </message>
</context>
<context>
    <name>EntryHtml</name>
    <message>
        <location filename="../app/ui/entryhtml.cpp" line="+73"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../app/core/entrytext.cpp" line="-24"/>
        <location filename="../app/ui/entryhtml.cpp" line="+1"/>
        <source>Provenance</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../app/ui/entryhtml.cpp" line="+5"/>
        <source>Returned by</source>
        <translation>返回于</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who must act</source>
        <translation>需处理方</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usual basic codes</source>
        <translation>常见基本回复码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Related codes</source>
        <translation>相关代码</translation>
    </message>
    <message>
        <location filename="../app/core/entrytext.cpp" line="-26"/>
        <location filename="../app/ui/entryhtml.cpp" line="+45"/>
        <source>%1: %2</source>
        <comment>code: title</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../app/ui/entryhtml.cpp" line="+15"/>
        <source>Deprecated: the registry no longer recommends this code.</source>
        <translation>已弃用：注册表不再推荐使用此代码。</translation>
    </message>
    <message>
        <location filename="../app/core/entrytext.cpp" line="+15"/>
        <location filename="../app/ui/entryhtml.cpp" line="+15"/>
        <source>Meaning by context</source>
        <translation>不同场景下的含义</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/ui/entryhtml.cpp" line="+17"/>
        <source>Often confused with</source>
        <translation>易混淆的代码</translation>
    </message>
    <message>
        <location filename="../app/ui/entryhtml.cpp" line="+4"/>
        <source>Facts</source>
        <translation>概要</translation>
    </message>
</context>
<context>
    <name>EntryLabels</name>
    <message>
        <location filename="../app/core/entrylabels.cpp" line="+13"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When you see it</source>
        <translation>何时出现</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How to fix</source>
        <translation>解决方法</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you are sending</source>
        <translation>如果您是发件人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you run the sending server</source>
        <translation>如果您管理发送方服务器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you run the receiving server</source>
        <translation>如果您管理接收方服务器</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody: no action is needed</source>
        <translation>无：无需任何操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sender</source>
        <translation>发件人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sending server&apos;s administrator</source>
        <translation>发送方服务器的管理员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The receiving server&apos;s administrator</source>
        <translation>接收方服务器的管理员</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection greeting</source>
        <translation>连接问候语</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End of message data</source>
        <translation>邮件数据结束</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any command</source>
        <translation>任意命令</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The session continues.</source>
        <translation>会话继续。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server closes the connection after this reply.</source>
        <translation>服务器在发出此回复后关闭连接。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server may close the connection after this reply.</source>
        <translation>服务器在发出此回复后可能关闭连接。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not applicable.</source>
        <translation>不适用。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Standard: %1</source>
        <translation>标准：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Specific to %1 (%2)</source>
        <translation>%1 专有（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not standard, but widely seen (%1)</source>
        <translation>非标准，但广泛使用（%1）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Basic reply code</source>
        <translation>基本回复码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enhanced status code</source>
        <translation>增强状态码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class (first digit)</source>
        <translation>类别（第一位数字）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category (second digit)</source>
        <translation>分类（第二位数字）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject (enhanced code)</source>
        <translation>主题（增强状态码）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <comment>code (vendor)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <comment>a label and its text</comment>
        <translation>%1：%2</translation>
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
        <translation>按回复区分的类别：%1 为暂时性（稍后重试），%2 为永久性（不作更改请勿重试）。</translation>
    </message>
</context>
<context>
    <name>EntryText</name>
    <message>
        <location filename="../app/core/entrytext.cpp" line="+41"/>
        <source>%1 (at %2)</source>
        <comment>title (at vendor)</comment>
        <translation>%1（见于 %2）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not a known reply code</source>
        <translation>不是已知的回复码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not registered; by its digits: %1</source>
        <translation>未收录；按其数字：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>stage: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>provider: %1</source>
        <translation>服务商：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>retry after: %1</source>
        <translation>重试间隔：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>block list: %1</source>
        <translation>黑名单：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warning: the basic code %1 and the enhanced code %2 disagree on the class; trust the basic code for retry decisions.</source>
        <translation>警告：基本回复码 %1 与增强状态码 %2 的类别不一致；决定是否重试时请以基本回复码为准。</translation>
    </message>
</context>
<context>
    <name>LanguageSwitcher</name>
    <message>
        <location filename="../app/core/languages.cpp" line="+74"/>
        <source>Unknown language &quot;%1&quot;. Available: %2.</source>
        <translation>未知语言 &quot;%1&quot;。可用语言：%2。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The translation for &quot;%1&quot; is missing; showing English.</source>
        <translation>缺少 &quot;%1&quot; 的翻译，将显示英文。</translation>
    </message>
</context>
<context>
    <name>PageOutput</name>
    <message>
        <location filename="../app/ui/pageoutput.cpp" line="+126"/>
        <source>The PDF could not be written.</source>
        <translation>无法写入 PDF。</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::CompareView</name>
    <message>
        <location filename="../app/ui/compareview.cpp" line="+120"/>
        <source>&amp;Left:</source>
        <translation>左侧(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Right:</source>
        <translation>右侧(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left code</source>
        <translation>左侧代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right code</source>
        <translation>右侧代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 450</source>
        <translation>例如 450</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 550</source>
        <translation>例如 550</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;wap</source>
        <translation>交换(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap the two codes</source>
        <translation>交换两个代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first code to compare, such as 450 or 4.2.2.</source>
        <translation>要比较的第一个代码，例如 450 或 4.2.2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The second code to compare, such as 550 or 5.2.2.</source>
        <translation>要比较的第二个代码，例如 550 或 5.2.2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanges the left and right codes.</source>
        <translation>交换左右两侧的代码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both codes side by side, their key differences and what to do for each.</source>
        <translation>并排显示两个代码、它们的主要区别以及各自的处理方法。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enter two codes to compare, or type &quot;450 vs 550&quot; in the search field.</source>
        <translation>输入要比较的两个代码，或在搜索框中输入 &quot;450 vs 550&quot;。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a reply code or an enhanced status code.</source>
        <translation>&quot;%1&quot; 既不是回复码，也不是增强状态码。</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::DetailPane</name>
    <message>
        <location filename="../app/ui/detailpane.cpp" line="+62"/>
        <source>Code details</source>
        <translation>代码详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the selected code means, when it appears and how to fix it. Links open related codes.</source>
        <translation>所选代码的含义、出现时机和解决方法。点击链接可打开相关代码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a code in the list, or type a code such as 535, 5.7.8 or 5xx.</source>
        <translation>请在列表中选择一个代码，或输入代码，例如 535、5.7.8 或 5xx。</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::ExplainView</name>
    <message>
        <location filename="../app/ui/explainview.cpp" line="+117"/>
        <source>&amp;Previous Reply</source>
        <translation>上一条回复(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Reply</source>
        <translation>下一条回复(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous reply</source>
        <translation>上一条回复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next reply</source>
        <translation>下一条回复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explained replies</source>
        <translation>已解释的回复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the reply before this one in the pasted text.</source>
        <translation>显示粘贴文本中的上一条回复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the next reply in the pasted text.</source>
        <translation>显示粘贴文本中的下一条回复。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reply with its codes marked, what each code means, and a summary by code.</source>
        <translation>标出代码的回复内容、每个代码的含义以及按代码汇总的统计。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paste a reply line, an SMTP transcript, a log excerpt or a bounce (Ctrl+Shift+V) to have every reply code explained.</source>
        <translation>粘贴回复行、SMTP 会话记录、日志片段或退信（Ctrl+Shift+V），即可解释其中的每个回复码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reply %1 of %2</source>
        <translation>第 %1 条回复，共 %2 条</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pasted text was long; only its first %1 characters were read.</source>
        <translation>粘贴的文本过长；仅读取了前 %1 个字符。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The basic code %1 and the enhanced code %2 disagree on the class; trust the basic code for retry decisions.</source>
        <translation>基本回复码 %1 与增强状态码 %2 的类别不一致；决定是否重试时请以基本回复码为准。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SMTP stage: %1</source>
        <translation>SMTP 阶段：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider: %1</source>
        <translation>服务商：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry after: %1</source>
        <translation>重试间隔：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block list named: %1</source>
        <translation>提及的黑名单：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::MainWindow</name>
    <message>
        <location filename="../app/ui/mainwindowmenus.cpp" line="+104"/>
        <source>About SMTP Codes</source>
        <translation>关于 SMTP Codes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMTP Codes %1

A desktop reference for SMTP reply codes and enhanced status codes, written from RFC 5321, RFC 3463, RFC 4954, RFC 5248 and the IANA enhanced status code registry.</source>
        <translation>SMTP Codes %1

一款 SMTP 回复码和增强状态码的桌面参考工具，依据 RFC 5321、RFC 3463、RFC 4954、RFC 5248 以及 IANA 增强状态码注册表编写。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Licence: GNU General Public License, version 3 or any later version (GPL-3.0-or-later). This program comes with no warranty.</source>
        <translation>许可证：GNU 通用公共许可证第 3 版或任何更高版本（GPL-3.0-or-later）。本程序不提供任何担保。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SMTP Codes</source>
        <translation>SMTP Codes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a code (535, 5.7.8, 55, 5xx) or words</source>
        <translation>输入代码（535、5.7.8、55、5xx）或关键词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search codes</source>
        <translation>搜索代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a code, a class such as 5xx, words, or paste a reply line to explain it.</source>
        <translation>输入代码、类别（如 5xx）或关键词，也可以粘贴一行回复来获取解释。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The codes matching the search; the selected one is shown in the details.</source>
        <translation>与搜索匹配的代码；选中的代码会显示在详情中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of one code, a comparison of two codes, or the explanation of pasted replies.</source>
        <translation>单个代码的详情、两个代码的比较，或对粘贴回复的解释。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code</source>
        <translation>代码(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find Code</source>
        <translation>查找代码(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare With…</source>
        <translation>与其他代码比较(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste Reply</source>
        <translation>粘贴回复(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xplain</source>
        <translation>解释(&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Details</source>
        <translation>详情(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Com&amp;pare</source>
        <translation>比较(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fa&amp;vourite</source>
        <translation>收藏(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear Favourites…</source>
        <translation>清除收藏(&amp;L)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All classes</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by class</source>
        <translation>按类别筛选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows only the codes of one class: success, intermediate, transient or permanent.</source>
        <translation>只显示某一类别的代码：成功、中间、暂时性或永久性。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic codes</source>
        <translation>基本回复码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhanced codes</source>
        <translation>增强状态码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favourites</source>
        <translation>收藏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by kind</source>
        <translation>按类型筛选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows only basic codes, enhanced status codes, or your favourites.</source>
        <translation>只显示基本回复码、增强状态码或您的收藏。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forward</source>
        <translation>前进(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear &amp;History…</source>
        <translation>清除历史记录(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;English Alongside</source>
        <translation>同时显示英文(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About SMTP Codes</source>
        <translation>关于 SMTP Codes(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="+226"/>
        <source>Clear History</source>
        <translation>清除历史记录</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Forget the %n code(s) viewed? Back and Forward start again from here.</source>
        <translation>
            <numerusform>要清除已查看的 %n 个代码吗？“后退”和“前进”将从此处重新开始。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Clear Favourites</source>
        <translation>清除收藏</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove all %n favourite code(s)?</source>
        <translation>
            <numerusform>要移除全部 %n 个收藏代码吗？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+103"/>
        <source>The language choice could not be saved; it applies until you quit.</source>
        <translation>无法保存语言选择；该选择仅在本次运行期间有效。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The search field keeps the first %1 characters; use Paste Reply (Ctrl+Shift+V) for longer text.</source>
        <translation>搜索框只保留前 %1 个字符；更长的文本请使用“粘贴回复”（Ctrl+Shift+V）。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No code matches &quot;%1&quot;.</source>
        <translation>没有与 &quot;%1&quot; 匹配的代码。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n code(s) shown</source>
        <translation>
            <numerusform>已显示 %n 个代码</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::ShareActions</name>
    <message>
        <location filename="../app/ui/shareactions.cpp" line="+90"/>
        <source>Copy as &amp;Text</source>
        <translation>复制为纯文本(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as &amp;Markdown</source>
        <translation>复制为 Markdown(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as T&amp;icket Note</source>
        <translation>复制为工单备注(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the code, its meaning, the likely cause, the next step and who must act.</source>
        <translation>复制代码及其含义、可能原因、下一步和需处理方。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tic&amp;ket Note Language</source>
        <translation>工单备注语言(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the Interface</source>
        <translation>与界面相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as P&amp;DF…</source>
        <translation>导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as &amp;HTML…</source>
        <translation>导出为 HTML(&amp;H)…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Ticket note for %1 copied.</source>
        <translation>已复制 %1 的工单备注。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export as HTML</source>
        <translation>导出为 HTML</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTML pages (*.html *.htm)</source>
        <translation>HTML 网页 (*.html *.htm)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Print %1</source>
        <translation>打印 %1</translation>
    </message>
</context>
<context>
    <name>StartupSettings</name>
    <message>
        <location filename="../app/core/startupsettings.cpp" line="+21"/>
        <source>The settings file is damaged; the defaults are used instead.</source>
        <translation>设置文件已损坏，将改用默认设置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings file cannot be read; the defaults are used instead.</source>
        <translation>无法读取设置文件，将改用默认设置。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The saved language &quot;%1&quot; is not available; using %2.</source>
        <translation>保存的语言“%1”不可用，将改用 %2。</translation>
    </message>
</context>
<context>
    <name>TicketNote</name>
    <message>
        <location filename="../app/core/ticketnote.cpp" line="+21"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likely cause</source>
        <translation>可能原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who must act</source>
        <translation>需处理方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>参考</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+81"/>
        <source>No code matches &quot;%1&quot;.</source>
        <translation>没有与 &quot;%1&quot; 匹配的代码。</translation>
    </message>
</context>
</TS>
