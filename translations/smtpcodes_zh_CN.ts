<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../build/app/catalogue_strings.cpp" line="+5"/>
        <source>System status or help reply</source>
        <comment>211/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answers a request for its status or for general help. Few servers implement a real status report, and the text is meant for a person, not for software. Some servers answer HELP without arguments with 211, while others use 214.</source>
        <comment>211/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to HELP, or to a nonstandard status command that some servers accept.</source>
        <comment>211/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. The reply is informational and has no effect on mail delivery or on the session.</source>
        <comment>211/fix/general</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>211 reports system status or gives a general help reply, while 214 carries help text, usually about how to use a command.</source>
        <comment>211/confusedWith/214</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help message</source>
        <comment>214/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server returns help text, such as the commands it supports or how to use a particular command. The text is meant for a person testing by hand and has no effect on mail handling. Many servers simply point to their documentation.</source>
        <comment>214/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to HELP, with or without a command name as the argument.</source>
        <comment>214/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. For the authoritative list of supported extensions, send EHLO and read the keywords in its 250 reply instead of relying on HELP text.</source>
        <comment>214/fix/general</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>214 carries help text for a human reader, while 211 reports system status or gives a general help reply.</source>
        <comment>214/confusedWith/211</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service ready</source>
        <comment>220/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is ready to accept commands, and the text usually names its host and often its software. The same code answers STARTTLS, where it means the TLS handshake can start at once on the same connection. A greeting that arrives late often points to slow reverse DNS lookups or a deliberate greeting delay on the server.</source>
        <comment>220/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent as the greeting right after the TCP connection opens, and in reply to STARTTLS when the server is ready to negotiate TLS.</source>
        <comment>220/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. If the greeting is slow, check the server&apos;s reverse DNS lookups and any greeting delay; if the handshake fails after 220 to STARTTLS, compare TLS versions, ciphers and certificates on both sides.</source>
        <comment>220/fix/general</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection greeting</source>
        <comment>220/contexts/0/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server accepts the connection and waits for EHLO or HELO.</source>
        <comment>220/contexts/0/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After STARTTLS</source>
        <comment>220/contexts/1/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client must start the TLS handshake now and send EHLO again once it completes.</source>
        <comment>220/contexts/1/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>220 as a greeting means the server will take commands, while 421 at connection time means it refuses service and closes the channel.</source>
        <comment>220/confusedWith/421</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>554 sent instead of the greeting means the server will not accept mail from this client, whereas 220 opens a normal session.</source>
        <comment>220/confusedWith/554</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service closing channel</source>
        <comment>221/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server confirms that it is ending the session and will close the connection. It is the normal reply to QUIT and says nothing about earlier messages, because each one&apos;s result was reported right after its data. A client should wait for this reply before closing its side.</source>
        <comment>221/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to QUIT at the end of a session.</source>
        <comment>221/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. To confirm that a message was accepted, look for the 250 reply after the end of its data, not for 221.</source>
        <comment>221/fix/general</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>221 closes the session because the client asked with QUIT, while 421 closes it on the server&apos;s initiative and leaves unfinished mail to be retried.</source>
        <comment>221/confusedWith/421</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication succeeded</source>
        <comment>235/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server accepted the credentials sent with AUTH, and the session is now authenticated. On submission servers this usually allows relaying to outside domains under that identity. If the SASL mechanism negotiated a security layer, it takes effect right after this reply.</source>
        <comment>235/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final reply to a successful AUTH exchange, either directly after AUTH with an initial response or after the last 334 challenge.</source>
        <comment>235/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. If later commands are still refused, check that the authenticated user may send as the MAIL FROM address and that relay rules allow authenticated clients.</source>
        <comment>235/fix/general</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>235 means the credentials were accepted, while 535 means they were rejected and the session is still unauthenticated.</source>
        <comment>235/confusedWith/535</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>235 confirms only a successful AUTH exchange, while 250 confirms that an ordinary command such as MAIL FROM or RCPT TO was accepted.</source>
        <comment>235/confusedWith/250</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested action completed</source>
        <comment>250/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server accepted the command and completed it. After the final dot of DATA or the last BDAT chunk, it means the server has taken responsibility for the message, which may still be filtered, queued or bounced later. The ETRN and ATRN extensions reuse 250 for a started queue run and for reversing the connection.</source>
        <comment>250/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to EHLO, HELO, MAIL FROM, RCPT TO, RSET, NOOP and VRFY, to the end of DATA or BDAT, and to ETRN or ATRN when the request succeeds.</source>
        <comment>250/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. If a message accepted with 250 never arrives, search the receiving server&apos;s logs for the queue ID in the reply text, and ask the recipient to check the spam folder.</source>
        <comment>250/fix/general</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of message data</source>
        <comment>250/contexts/0/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The receiving server has accepted responsibility for delivering or relaying the message.</source>
        <comment>250/contexts/0/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After ETRN</source>
        <comment>250/contexts/1/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server has started a queue run for the requested host or domain.</source>
        <comment>250/contexts/1/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After ATRN</source>
        <comment>250/contexts/2/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server agrees to swap roles and deliver the queued mail over this connection.</source>
        <comment>250/contexts/2/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>250 accepts the recipient as it is, while 251 accepts it but says the server will forward the message to another address.</source>
        <comment>250/confusedWith/251</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>354 after DATA only invites the message content, while the 250 after the final dot is the actual acceptance.</source>
        <comment>250/confusedWith/354</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User not local, will forward</source>
        <comment>251/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server accepts the recipient but states that the mailbox is elsewhere and that it will forward the message, usually naming the new address. Under the ETRN extension, the same code means no messages are waiting for the requested node. Modern servers rarely send it for RCPT TO and usually forward silently with 250.</source>
        <comment>251/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to RCPT TO or VRFY for an address the server forwards, or to ETRN when nothing is queued for the node.</source>
        <comment>251/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. Senders may update their address book with the forwarding address in the reply text; after ETRN, nothing is queued, so there is nothing to fetch.</source>
        <comment>251/fix/general</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After RCPT TO or VRFY</source>
        <comment>251/contexts/0/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address is valid and the server will forward the message to the address given in the text.</source>
        <comment>251/contexts/0/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After ETRN</source>
        <comment>251/contexts/1/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server holds no queued mail for the requested host or domain.</source>
        <comment>251/contexts/1/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>251 forwards the message itself, while 551 refuses it and asks the sender to use the other address.</source>
        <comment>251/confusedWith/551</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot verify, will attempt delivery</source>
        <comment>252/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server will not confirm whether the mailbox exists, yet it would accept mail for it and try to deliver. Many servers answer every VRFY this way so that the command cannot be used to harvest valid addresses. Under the ETRN extension, 252 means delivery of pending messages for the requested node has started.</source>
        <comment>252/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to VRFY on servers that do not disclose mailbox information, or to ETRN when the server starts sending queued mail.</source>
        <comment>252/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. A 252 to VRFY proves nothing about the address, so judge an address by real delivery results and bounce reports instead.</source>
        <comment>252/fix/general</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After VRFY</source>
        <comment>252/contexts/0/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server neither confirms nor denies the address but would accept mail for it.</source>
        <comment>252/contexts/0/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After ETRN</source>
        <comment>252/contexts/1/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages are pending for the requested node and the server has started delivering them.</source>
        <comment>252/contexts/1/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>250 to VRFY confirms the mailbox, while 252 neither confirms nor denies it.</source>
        <comment>252/confusedWith/250</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>550 to VRFY says the address is unknown or refused, while 252 gives no verdict and still promises to try delivery.</source>
        <comment>252/confusedWith/550</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending messages started (ETRN)</source>
        <comment>253/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defined by the ETRN extension, 253 confirms that the server has started delivering queued mail for the requested node and states how many messages are pending. The messages travel over a new connection that the server opens to the client&apos;s host, not over the current session.</source>
        <comment>253/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to ETRN when mail is queued for the named host or domain and the server begins sending it.</source>
        <comment>253/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. Make sure the client host accepts inbound connections on port 25 from the provider, because the queue is delivered over a fresh connection.</source>
        <comment>253/fix/general</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>253 means messages are waiting and their delivery has started, while 251 after ETRN means nothing is queued for the node.</source>
        <comment>253/confusedWith/251</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication challenge</source>
        <comment>334/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is in the middle of an AUTH exchange and waits for the client&apos;s next response. The text after the code is a Base64 challenge, possibly empty; with the common LOGIN mechanism it decodes to a prompt for the username or password. The client answers with one Base64 line, or with a single asterisk to cancel.</source>
        <comment>334/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to AUTH, and to each client response, while the SASL mechanism still needs more data.</source>
        <comment>334/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed while the exchange continues. If a client stalls at this step, compare the mechanisms advertised after EHLO with the one configured in the client, and check its account settings.</source>
        <comment>334/fix/general</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>334 asks for the next step of an AUTH exchange, while 354 asks for the message content after DATA.</source>
        <comment>334/confusedWith/354</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start mail input</source>
        <comment>354/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server accepted DATA and is ready for the message content, headers first, ending with a line that holds only a dot. It is an intermediate reply: the message is not accepted until the reply that follows the final dot. Clients using the CHUNKING extension send BDAT instead and never see 354.</source>
        <comment>354/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to DATA after at least one recipient has been accepted.</source>
        <comment>354/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. If the session stalls after 354, look for a firewall or antivirus proxy altering the data stream, a missing final dot line, or a server timeout on very large messages.</source>
        <comment>354/fix/general</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>354 only invites the message content, while the 250 after the final dot confirms that the message was accepted.</source>
        <comment>354/confusedWith/250</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>503 to DATA means no recipient was accepted first, while 354 means the server is ready for the content.</source>
        <comment>354/confusedWith/503</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart offset (checkpoint/restart)</source>
        <comment>355/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defined by the experimental checkpoint/restart extension, 355 answers a MAIL FROM that repeats the TRANSID of an interrupted transaction. The first field of the text is the number of message octets the server has already stored, and the client resumes sending from that point instead of starting over. Very few servers implement the extension.</source>
        <comment>355/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to a repeated MAIL FROM with the same TRANSID parameter after a connection broke during message transfer, on servers that advertise CHECKPOINT.</source>
        <comment>355/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed when both sides implement the extension. If a client mishandles the reply, send the message again without the TRANSID parameter so the server treats it as a new transaction.</source>
        <comment>355/fix/general</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>354 asks for the whole message after DATA, while 355 tells a restarting client how much of an interrupted message the server already holds.</source>
        <comment>355/confusedWith/354</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service not available, closing</source>
        <comment>421/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is closing the connection on its own initiative, so any unfinished transaction fails and must be retried later. Common causes are overload, maintenance, too many connections or errors from one client, rate limits, timeouts, and reputation checks that defer at connect time. It can arrive in reply to any command.</source>
        <comment>421/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At connection time instead of the 220 greeting, or in reply to any later command when the server decides to end the session.</source>
        <comment>421/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait and let your mail client or server retry; the message stays queued. If it happens only to you, check whether your client opens many parallel connections or sends faster than the provider&apos;s rate limits allow.</source>
        <comment>421/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry with backoff and lower concurrency toward that destination, for example with Postfix default_destination_concurrency_limit. Read the reply text for rate-limit or reputation hints and check your IP address against public block lists.</source>
        <comment>421/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server logs for the reason: connection limits such as Postfix smtpd_client_connection_count_limit, load, low disk space, or a policy service that defers. Raise limits that are too tight and make sure maintenance modes are switched off.</source>
        <comment>421/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>421 closes the whole session, while 450 refuses one request, often a single recipient, and keeps the connection open.</source>
        <comment>421/confusedWith/450</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>451 aborts one command because of a local processing error, whereas 421 ends the connection entirely.</source>
        <comment>421/confusedWith/451</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>221 is the orderly close after QUIT, while 421 is an unrequested close that leaves unfinished mail to be retried.</source>
        <comment>421/confusedWith/221</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password transition (rare variant)</source>
        <comment>422/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No SMTP RFC defines 422 on its own. The IANA enhanced status code registry lists it beside 432 for X.7.12, a password transition needed before the chosen AUTH mechanism works. Unofficial code lists often claim 422 means a full recipient mailbox, but standard servers report that with 452 or 552. Read the text and any enhanced code to learn what the server meant.</source>
        <comment>422/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rarely seen; when it appears, it is usually a reply to AUTH or comes from a server with custom reply templates.</source>
        <comment>422/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the text mentions a password or mechanism change, sign in once as your provider instructs, for example with a plain password over TLS, or reset the password. If it mentions storage, contact the recipient by other means.</source>
        <comment>422/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treat 422 as a temporary failure and retry on the normal schedule. Log the full reply, including any enhanced code, so the receiving administrator can confirm what it means.</source>
        <comment>422/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefer the standard codes: 432 with 4.7.12 for a password transition, and 452 with 4.2.2 or 552 with 5.2.2 for a full mailbox. Search custom reply templates and filters for the source of 422.</source>
        <comment>422/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>432 is the code RFC 4954 assigns to a needed password transition, while 422 is only a registry-listed alternative that few servers send.</source>
        <comment>422/confusedWith/432</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>452 is the standard temporary reply for insufficient storage, while 422 has no storage meaning in any RFC despite claims in unofficial lists.</source>
        <comment>422/confusedWith/452</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rare temporary command refusal</source>
        <comment>430/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No SMTP RFC defines 430 on its own. The IANA enhanced status code registry lists it among the basic codes that may accompany X.5.1, invalid command, so a server sending it signals a command refused for now or sent out of order. It is seldom seen, and the server&apos;s text carries the real meaning.</source>
        <comment>430/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rarely seen; a server with custom reply templates may return it to a command it refuses for the moment.</source>
        <comment>430/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry later, and if it persists, read the reply text and check the client settings it points to, such as authentication or encryption options.</source>
        <comment>430/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treat 430 as a temporary failure and let the queue retry. Record the full reply and any enhanced code so the receiving administrator can identify the rule that produced it.</source>
        <comment>430/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a defined code instead: 503 for a bad command sequence, 530 when authentication is required, or 450 or 451 for temporary refusals. Search custom reply templates and policy filters for the source of 430.</source>
        <comment>430/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>530 is the defined reply when authentication is required first, while 430 has no RFC definition and only a registry link to invalid commands.</source>
        <comment>430/confusedWith/530</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>503 permanently rejects a command sent out of order, whereas 430 is a rarely used temporary refusal.</source>
        <comment>430/confusedWith/503</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password transition needed</source>
        <comment>432/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refuses the chosen AUTH mechanism for now because the account must first be converted to it. Typically the user authenticates once with PLAIN, so the server can store the secret the mechanism needs; the mechanism then works in later sessions. The enhanced code is 4.7.12.</source>
        <comment>432/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to AUTH with a mechanism, such as CRAM-MD5 or SCRAM, for which the server does not yet hold a suitable credential.</source>
        <comment>432/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in once with a plain password mechanism over TLS, or let the mail client choose it automatically, then use the stronger mechanism again. If the problem persists, reset the password so the server stores new credentials.</source>
        <comment>432/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the authentication backend stores the secret form each advertised mechanism needs. Stop advertising mechanisms that cannot work for existing accounts until their credentials have been migrated.</source>
        <comment>432/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>535 means the credentials were wrong, while 432 means they may be right but the account must first be used with another mechanism.</source>
        <comment>432/confusedWith/535</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>534 rejects a mechanism as too weak for policy, while 432 asks for a one-time transition before a mechanism can be used.</source>
        <comment>432/confusedWith/534</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox unavailable, try later</source>
        <comment>450/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not take the requested action for now, usually because the mailbox is busy or locked, or because a policy check deferred the request. Greylisting is the most common cause: the first attempt from an unknown sender is deferred on purpose and accepted on a later retry. Under the ATRN extension, 450 means the request to reverse the connection was refused.</source>
        <comment>450/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to RCPT TO most often, and sometimes to MAIL FROM or to the end of DATA, when a temporary condition or policy defers the request; also to ATRN.</source>
        <comment>450/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait; your mail server retries automatically, and greylisting usually clears within minutes to an hour. If the message is still undelivered after a day, read the delay notice for the server&apos;s text.</source>
        <comment>450/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure the queue retries with the same envelope and from the same IP address range, which greylisting expects. Check the reply text for DNS, reverse DNS, SPF or reputation hints, and confirm your IP address is not on block lists.</source>
        <comment>450/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the logs and policy services, such as greylisting, rate limits and DNS checks, that produced the deferral. Allow known senders that retry from many IP addresses, and make sure temporary DNS failures do not defer legitimate mail for long.</source>
        <comment>450/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After MAIL FROM, RCPT TO or DATA</source>
        <comment>450/contexts/0/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request is deferred for now and should succeed on a later retry.</source>
        <comment>450/contexts/0/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After ATRN</source>
        <comment>450/contexts/1/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refuses to reverse the connection and deliver queued mail for the requested domains.</source>
        <comment>450/contexts/1/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>450 defers the request so it can succeed on retry, while 550 refuses it permanently.</source>
        <comment>450/confusedWith/550</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>451 reports a processing error on the server, while 450 concerns the mailbox or a policy deferral.</source>
        <comment>450/confusedWith/451</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>421 ends the whole session, while 450 refuses a single request and leaves the connection open.</source>
        <comment>450/confusedWith/421</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local error in processing</source>
        <comment>451/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server aborted the request because of a problem on its own side, such as a failed lookup, an unavailable content filter or database, or a queue that cannot be written. Some servers also use 451 for greylisting, temporary SPF or DNS errors, and rate limits. Under the ATRN extension, it means the server cannot process the request at the moment.</source>
        <comment>451/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to MAIL FROM, RCPT TO or the end of DATA when a local component fails or defers the request; also to ATRN.</source>
        <comment>451/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is usually needed because the message is retried automatically. If delays last more than a few hours, send the reply text to the recipient&apos;s administrator or to your provider.</source>
        <comment>451/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry. If every attempt fails, look for a pattern in the reply: DNS errors for your domain (check that SPF and MX records resolve), rate limits, or a content filter timing out on large messages.</source>
        <comment>451/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the mail logs at the time of the deferral for failed milters, antivirus or policy daemons, database or LDAP lookups, and DNS resolver timeouts. Verify free disk space and queue permissions, then restart the failed component.</source>
        <comment>451/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During a mail transaction</source>
        <comment>451/contexts/0/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A temporary local problem stopped the command, and the client keeps the message and retries.</source>
        <comment>451/contexts/0/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After ATRN</source>
        <comment>451/contexts/1/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot handle the ATRN request right now, and the client should try again later.</source>
        <comment>451/contexts/1/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>450 points to the mailbox or a policy deferral, while 451 points to an error in the server&apos;s own processing.</source>
        <comment>451/confusedWith/450</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>421 closes the connection, while 451 fails one command and keeps the session open.</source>
        <comment>451/confusedWith/421</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>554 after the message data rejects the message for good, while 451 at the same point asks for a later retry.</source>
        <comment>451/confusedWith/554</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insufficient system storage</source>
        <comment>452/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot accept the request now because it lacks storage or has reached a limit. After RCPT TO it often means too many recipients, and the client sends the rest in a new transaction. Under the SIZE extension, 452 to MAIL FROM means the declared size does not fit the space available now. Many providers also use it with 4.2.2 for a mailbox over quota.</source>
        <comment>452/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to MAIL FROM when the declared SIZE or queue space does not fit, to RCPT TO when recipient or quota limits are reached, or at the end of DATA.</source>
        <comment>452/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the reply mentions a full mailbox, contact the recipient by other means and ask them to free space. If it mentions too many recipients, split the list or use a mailing list service.</source>
        <comment>452/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry; after a recipient limit, send the deferred recipients in a new transaction, which Postfix and Exim do automatically. If the destination always limits, lower recipients per message, for example with Postfix smtp_destination_recipient_limit.</source>
        <comment>452/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check free disk space on the queue and mailbox volumes, the recipient limit (Postfix smtpd_recipient_limit) and per-user quotas. Raise limits that are too tight and alert on disk usage before it runs out.</source>
        <comment>452/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After RCPT TO</source>
        <comment>452/contexts/0/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transaction reached the recipient limit, and the remaining recipients must go in a new transaction.</source>
        <comment>452/contexts/0/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After MAIL FROM with SIZE</source>
        <comment>452/contexts/1/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The declared message size cannot be stored right now, but it may fit later.</source>
        <comment>452/contexts/1/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With enhanced code 4.2.2</source>
        <comment>452/contexts/2/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient&apos;s mailbox is over quota, and the message can be accepted once space is freed.</source>
        <comment>452/contexts/2/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>452 is a temporary storage or recipient limit that may clear on retry, while 552 says a size or storage allocation was exceeded permanently.</source>
        <comment>452/confusedWith/552</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>451 reports a local processing error, while 452 specifically reports a lack of storage or a limit reached.</source>
        <comment>452/confusedWith/451</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No mail waiting (ATRN)</source>
        <comment>453/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defined by the On-Demand Mail Relay extension, 453 answers ATRN when the server holds no queued mail for the client&apos;s domains. Nothing is wrong; the connection is simply not reversed because there is nothing to deliver. The IANA registry also lists 453 with X.3.2, a system not accepting network messages.</source>
        <comment>453/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to ATRN from an authenticated client when no messages are queued for its domains.</source>
        <comment>453/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. If you expected mail, check that the domains in ATRN match those the provider queues for your account and that senders use the provider&apos;s MX hosts.</source>
        <comment>453/fix/general</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After ATRN</source>
        <comment>453/contexts/0/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No mail is queued for the requested domains, so the server does not reverse the connection.</source>
        <comment>453/contexts/0/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With enhanced code X.3.2</source>
        <comment>453/contexts/1/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is temporarily not accepting messages, for example during maintenance or heavy load.</source>
        <comment>453/contexts/1/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>251 after ETRN also means no mail is waiting, while 453 is the equivalent reply to ATRN on an On-Demand Mail Relay server.</source>
        <comment>453/confusedWith/251</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>450 after ATRN means the request was refused, while 453 means it was allowed but there is no mail to deliver.</source>
        <comment>453/confusedWith/450</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporary TLS or authentication failure</source>
        <comment>454/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot complete a security step right now. After STARTTLS it means TLS is temporarily unavailable, for example because of a certificate or key problem on the server. After AUTH it means authentication failed for a temporary reason, such as an unreachable password backend. Some servers also use 454 with 4.7.1 to defer relaying for unauthenticated clients.</source>
        <comment>454/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to STARTTLS or AUTH when the server&apos;s TLS setup or authentication backend fails temporarily; occasionally to RCPT TO for a deferred relay attempt.</source>
        <comment>454/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry after a few minutes. If AUTH keeps failing this way, check the provider&apos;s status page; if relaying is deferred, make sure the client authenticates on the submission port (587 or 465) before sending.</source>
        <comment>454/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For STARTTLS failures, follow your policy: retry later if MTA-STS, DANE or local settings require TLS, otherwise deliver without it. Log the reply text so the receiving administrator can trace it.</source>
        <comment>454/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For STARTTLS, check that the certificate and key files exist, are readable and match (Postfix smtpd_tls_cert_file and smtpd_tls_key_file). For AUTH, check the SASL service, such as saslauthd or Dovecot auth, and its backend.</source>
        <comment>454/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After STARTTLS</source>
        <comment>454/contexts/0/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS is temporarily unavailable, and the client retries later or, if its policy allows, continues without encryption.</source>
        <comment>454/contexts/0/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After AUTH</source>
        <comment>454/contexts/1/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication could not be completed because of a temporary server-side problem, not because of wrong credentials.</source>
        <comment>454/contexts/1/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After RCPT TO</source>
        <comment>454/contexts/2/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With 4.7.1, the server defers a relay attempt it does not currently allow.</source>
        <comment>454/contexts/2/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>535 means the credentials were rejected, while 454 after AUTH means the server could not check them right now.</source>
        <comment>454/confusedWith/535</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>530 says authentication or STARTTLS is required before the command, while 454 says that step failed temporarily.</source>
        <comment>454/confusedWith/530</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server unable to accommodate parameters</source>
        <comment>455/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server understood the parameters on MAIL FROM or RCPT TO but cannot honor them at the moment. It is the temporary counterpart of 555, used when a known extension parameter cannot be met right now and the extension does not require another code. The client may retry later or send the command without the parameter.</source>
        <comment>455/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to MAIL FROM or RCPT TO carrying extension parameters that the server temporarily cannot honor.</source>
        <comment>455/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry later. If the reply persists, find the parameter that triggers it in the logs and disable that extension toward the destination, for example DSN options, so the command goes out without it.</source>
        <comment>455/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the logs for the parameter and the condition that blocked it, such as an unavailable DSN or priority subsystem. If the parameter can never be honored, return 555 instead so clients stop retrying.</source>
        <comment>455/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>555 says the parameter is not recognized or not implemented, while 455 says it is known but cannot be honored right now.</source>
        <comment>455/confusedWith/555</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>501 reports a syntax error in the arguments, while 455 accepts their syntax but cannot meet them for now.</source>
        <comment>455/confusedWith/501</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unable to queue messages (ETRN)</source>
        <comment>458/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defined by the ETRN extension, 458 means the server cannot start a queue run for the requested node at the moment. The cause is on the server side, such as a busy or locked queue or a failing delivery process. Queued mail still goes out on the server&apos;s normal retry schedule.</source>
        <comment>458/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to ETRN when the server cannot start processing the queue for the requested host or domain.</source>
        <comment>458/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send ETRN again after a delay, and make sure your host accepts connections on port 25 when the provider delivers. If the error persists, send the reply text to the provider.</source>
        <comment>458/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the logs for the queue run that failed to start, including queue manager errors, locks and process limits. In Postfix, ETRN relies on the flush service, so confirm that it runs and that its logs show no errors.</source>
        <comment>458/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>458 means the server would process the node but cannot start the queue now, while 459 means it refuses the node itself.</source>
        <comment>458/confusedWith/459</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>451 reports a general local error for any command, while 458 is specific to a queue run requested with ETRN.</source>
        <comment>458/confusedWith/451</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node not allowed (ETRN)</source>
        <comment>459/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defined by the ETRN extension, 459 means the server refuses to start a queue run for the requested node, and the text gives the reason. Typical reasons are that the server does not queue mail for that domain or that the client may not request it. Despite the 4xx class, repeating the same request rarely helps until the configuration changes.</source>
        <comment>459/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to ETRN naming a host or domain that the server will not process for this client.</source>
        <comment>459/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the ETRN argument matches the domain agreed with the provider, including any leading @ or # the provider expects. If it is correct, ask the provider to enable ETRN for the domain and for your client address.</source>
        <comment>459/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the customer domain to the domains eligible for ETRN and review access rules for the client address. In Postfix, ETRN is served only for domains in fast_flush_domains, which defaults to relay_domains.</source>
        <comment>459/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>459 refuses the requested node itself, while 458 accepts the node but cannot start the queue run right now.</source>
        <comment>459/confusedWith/458</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command not recognized</source>
        <comment>500/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server could not make sense of the command line: the verb is unknown or misspelled, or the line is longer than the server accepts. During AUTH, 500 with enhanced code 5.5.6 means a base64 response was longer than the server&apos;s authentication buffer. The session continues, so the client can send a corrected command.</source>
        <comment>500/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right after a command the server does not recognize, such as an unknown verb, a line longer than 512 octets, or message text that leaked into the command stream after a failed DATA.</source>
        <comment>500/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the mail client uses the right protocol and port for outgoing mail; a client speaking POP3, IMAP or HTTP to an SMTP port gets 500. Update the client if it sends commands the server does not know.</source>
        <comment>500/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the rejected line in the MTA log or transcript. Usual causes are lines over 512 octets, message text sent as commands after DATA was refused, and oversized AUTH responses such as long OAuth tokens.</source>
        <comment>500/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If legitimate clients hit this, check the command line and AUTH buffer limits, and whether a firewall with SMTP inspection, such as Cisco ESMTP inspection, is rewriting commands between client and server.</source>
        <comment>500/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any command</source>
        <comment>500/contexts/0/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command verb is unknown, or the command line is too long.</source>
        <comment>500/contexts/0/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During AUTH</source>
        <comment>500/contexts/1/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A base64 line in the authentication exchange exceeded the server&apos;s buffer; the enhanced code is 5.5.6.</source>
        <comment>500/contexts/1/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>500 means the server does not recognize the command at all, while 502 means it recognizes the command but does not implement it.</source>
        <comment>500/confusedWith/502</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>500 rejects the command itself, while 501 accepts the command verb but rejects its arguments or parameters.</source>
        <comment>500/confusedWith/501</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syntax error in arguments</source>
        <comment>501/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server recognized the command but rejected its arguments, for example a malformed address in MAIL FROM or RCPT TO, a missing or invalid EHLO name, or arguments on DATA, RSET or QUIT. STARTTLS gets 501 when parameters are supplied, and AUTH gets it when the client cancels the exchange or sends data that is not valid base64.</source>
        <comment>501/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After EHLO, HELO, MAIL FROM, RCPT TO, STARTTLS or a step of the AUTH exchange whose argument is malformed, missing or not allowed.</source>
        <comment>501/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the sender and recipient addresses for typos, spaces, missing parts or unsupported characters. If the error follows a login attempt, re-enter the credentials and set the authentication method the provider documents.</source>
        <comment>501/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the rejected command in the transcript. Common causes are addresses without angle brackets, an empty or invalid EHLO name, scripts that build MAIL FROM by hand, and broken base64 in AUTH.</source>
        <comment>501/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If valid clients are refused, review strict syntax checks such as Postfix strict_rfc821_envelopes or reject_invalid_helo_hostname, which answer with 501 and can catch addresses and EHLO names that common clients send.</source>
        <comment>501/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MAIL FROM, RCPT TO, EHLO</source>
        <comment>501/contexts/0/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address or host name argument is malformed, for example missing angle brackets or an invalid domain.</source>
        <comment>501/contexts/0/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After STARTTLS</source>
        <comment>501/contexts/1/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS takes no parameters, and the client sent some.</source>
        <comment>501/contexts/1/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During AUTH</source>
        <comment>501/contexts/2/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client canceled the exchange with &quot;*&quot;, sent data that is not valid base64, or sent an initial response the mechanism does not allow.</source>
        <comment>501/contexts/2/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>501 accepts the command verb but rejects its arguments, while 500 rejects the command itself.</source>
        <comment>501/confusedWith/500</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both can follow a bad address; 501 says the argument could not be parsed, while 553 says the server refuses that mailbox name, for syntax or policy reasons.</source>
        <comment>501/confusedWith/553</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>501 flags a malformed argument, while 555 flags a well-formed MAIL FROM or RCPT TO parameter that the server does not recognize or implement.</source>
        <comment>501/confusedWith/555</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command not implemented</source>
        <comment>502/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server recognizes the command but does not support it, typically VRFY, EXPN or HELP disabled for security or policy reasons. An old server that only supports HELO may return 502 to EHLO, and the client should then fall back to HELO. A server must not advertise an extension in its EHLO reply and then answer it with 502.</source>
        <comment>502/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a recognized but unsupported command, most often VRFY, EXPN or HELP, or after EHLO on a server that only speaks basic SMTP.</source>
        <comment>502/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This rarely affects ordinary sending. If an address-checking or testing tool fails with 502, it depends on VRFY or EXPN, which most providers disable; test with a real delivery instead.</source>
        <comment>502/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not depend on VRFY or EXPN. If EHLO gets 502, retry with HELO and use no extensions. If a command listed in the EHLO reply gets 502, report the inconsistency to the receiving side.</source>
        <comment>502/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answering VRFY and EXPN with 502 is normal hardening. Make sure the EHLO reply lists only extensions the server really supports, for example STARTTLS only when a certificate is configured.</source>
        <comment>502/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>502 means the server recognizes the command but does not implement it, while 500 means it does not recognize the command at all.</source>
        <comment>502/confusedWith/500</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>502 means the whole command is unsupported, while 504 means the command is supported but the requested parameter or mechanism is not.</source>
        <comment>502/confusedWith/504</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad sequence of commands</source>
        <comment>503/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command is valid but arrived at the wrong point in the session, such as RCPT TO before MAIL FROM, DATA before any accepted recipient, or MAIL FROM before EHLO. AUTH also gets 503 when the client is already authenticated or a mail transaction is open. The server stays in its current state, so the client can continue in the right order.</source>
        <comment>503/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After MAIL, RCPT, DATA, BDAT or AUTH sent out of order, often because an earlier command failed and the client carried on. After a 554 greeting, the server answers every command except QUIT with 503.</source>
        <comment>503/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry the send; if the error repeats, the client is probably skipping a failed step, such as a rejected login. Check the earlier replies in the client&apos;s log and update or reconfigure the mail software.</source>
        <comment>503/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the full transcript, because the real failure is usually an earlier reply, such as a rejected MAIL FROM or every RCPT TO refused before DATA. Check pipelining logic, and send EHLO again after STARTTLS.</source>
        <comment>503/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm that the server does not reject a valid order, for example MAIL FROM after STARTTLS and a new EHLO. Some servers use 503 to say that authentication is required; 530 states that more clearly.</source>
        <comment>503/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail transaction</source>
        <comment>503/contexts/0/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MAIL FROM, RCPT TO or DATA came before the step it depends on.</source>
        <comment>503/contexts/0/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUTH</source>
        <comment>503/contexts/1/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session is already authenticated, or a mail transaction is in progress.</source>
        <comment>503/contexts/1/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a 554 greeting</source>
        <comment>503/contexts/2/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server has refused the session and accepts nothing but QUIT.</source>
        <comment>503/contexts/2/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>503 means commands came in the wrong order, while 530 means the order was fine but authentication or STARTTLS is required first.</source>
        <comment>503/confusedWith/530</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command parameter not implemented</source>
        <comment>504/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command is supported, but the specific parameter or option requested is not. The most common case is AUTH naming a SASL mechanism the server does not offer, or one that needs an encrypted connection, which RFC 4954 answers with 504 and enhanced code 5.5.4. HELP, VRFY or EXPN with an unsupported argument can also get it.</source>
        <comment>504/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most often right after AUTH with a mechanism, such as CRAM-MD5 or XOAUTH2, that the server did not advertise; occasionally after EHLO, HELO, VRFY, EXPN or HELP.</source>
        <comment>504/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the authentication method in the mail client to one the provider supports, usually normal password (PLAIN or LOGIN) or OAuth2. Turn on SSL/TLS or STARTTLS as well, because many servers offer PLAIN and LOGIN only on encrypted connections.</source>
        <comment>504/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick mechanisms from the AUTH line of the EHLO reply instead of a fixed list. Read the EHLO reply again after STARTTLS, since the offered mechanisms often change, and check settings such as Postfix smtp_sasl_mechanism_filter.</source>
        <comment>504/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check which mechanisms the server advertises before and after TLS, for example Postfix smtpd_sasl_security_options or Dovecot auth_mechanisms, and that the list matches what the authentication backend accepts.</source>
        <comment>504/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After AUTH</source>
        <comment>504/contexts/0/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The requested authentication mechanism is not supported, or not available on this connection.</source>
        <comment>504/contexts/0/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other commands</source>
        <comment>504/contexts/1/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command is supported, but the given parameter is not.</source>
        <comment>504/contexts/1/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>504 means the command is supported but the parameter or mechanism is not, while 502 means the whole command is unsupported.</source>
        <comment>504/confusedWith/502</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>504 means the server does not offer the requested mechanism, while 534 means it offers it but policy considers it too weak for this user.</source>
        <comment>504/confusedWith/534</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host does not accept mail</source>
        <comment>521/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The host never accepts mail under any circumstances, typically a dummy SMTP listener on a machine that is not a mail server. RFC 7504 reserves 521 for the connection greeting, sent instead of 220; the IANA registry pairs it with X.3.2. Sending servers should treat it as a permanent refusal from that host.</source>
        <comment>521/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the greeting, instead of 220, as soon as the connection opens. If the client sends commands other than QUIT, the server may keep answering 521 or simply close the connection.</source>
        <comment>521/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the recipient&apos;s address for a typo in the domain. If the address is correct, the recipient&apos;s domain sends mail to a host that refuses it, so contact the recipient another way and let them know.</source>
        <comment>521/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check which host answered: look up the recipient domain&apos;s MX records, and whether the MTA fell back to the A record because no MX exists. Do not retry that host; a 521 from a host meant to receive mail points to a DNS mistake on the receiving side.</source>
        <comment>521/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If this host should receive mail, replace the dummy listener with the real MTA or correct the MX records. A host that answers 521 should not be listed as an MX; publish a null MX (RFC 7505) for domains that never receive mail.</source>
        <comment>521/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both can replace the 220 greeting; 521 says the host never accepts mail at all, while 554 says this server refuses this particular session, often because of the client&apos;s IP reputation.</source>
        <comment>521/confusedWith/554</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>521 comes from a host that refuses all mail itself, while 556 comes from another server reporting that the destination domain accepts no mail, usually because of a null MX.</source>
        <comment>521/confusedWith/556</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption needed for authentication</source>
        <comment>523/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refuses the requested authentication mechanism until a strong privacy layer, such as TLS, protects the connection. It is aimed mainly at clear-text mechanisms such as PLAIN and LOGIN. The code comes from the IANA enhanced status code registry, which pairs it with X.7.10 (RFC 5248); the client can start TLS or choose a stronger mechanism.</source>
        <comment>523/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right after AUTH with a clear-text mechanism on a connection that is not yet encrypted.</source>
        <comment>523/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable SSL/TLS (usually port 465) or STARTTLS (usually port 587) in the mail client&apos;s outgoing server settings, then send again. Alternatively, choose a stronger authentication method if the provider offers one.</source>
        <comment>523/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue STARTTLS and a new EHLO before AUTH, or connect with implicit TLS on port 465. Configure the MTA to require TLS for relays that need authentication, for example Postfix smtp_tls_security_level = encrypt.</source>
        <comment>523/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply works as intended. To avoid it, advertise clear-text mechanisms only after TLS is active, for example with Postfix smtpd_tls_auth_only or Dovecot disable_plaintext_auth.</source>
        <comment>523/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>523 (X.7.10) asks for an encryption layer before a clear-text mechanism may be used, while 538 (X.7.11) is the RFC 4954 reply for a mechanism allowed only on encrypted connections; both are fixed by starting TLS.</source>
        <comment>523/confusedWith/538</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>523 answers AUTH on an unencrypted connection, while 530 answers mail commands sent before required authentication or STARTTLS.</source>
        <comment>523/confusedWith/530</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption required for mechanism</source>
        <comment>524/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected authentication mechanism may only be used on an encrypted connection. The IANA enhanced status code registry lists 524 alongside 538 for X.7.11, whose definition comes from RFC 4954; RFC 4954 itself uses 538. Treat 524 like 538: start TLS, then authenticate again.</source>
        <comment>524/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right after AUTH on a connection that is not protected by TLS.</source>
        <comment>524/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on SSL/TLS or STARTTLS for the outgoing server in the mail client, with the port the provider documents (usually 465 or 587), and try again.</source>
        <comment>524/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negotiate STARTTLS and repeat EHLO before AUTH, or use implicit TLS on port 465. Check that certificate or protocol errors are not making the client fall back to an unencrypted session.</source>
        <comment>524/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server enforces its policy correctly. Advertise mechanisms that need encryption only after TLS is active, as RFC 4954 recommends, so clients do not try them too early.</source>
        <comment>524/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>524 and 538 share the same registry meaning (X.7.11), but 538 is the code RFC 4954 actually specifies.</source>
        <comment>524/confusedWith/538</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>524 (X.7.11) says this mechanism requires an encrypted connection, while 523 (X.7.10) says an encryption layer is needed before a clear-text mechanism can be used.</source>
        <comment>524/confusedWith/523</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User account disabled</source>
        <comment>525/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication succeeded, but an administrator has disabled the account, for example for non-payment, abuse or a suspected break-in. Unlike a credentials failure, retrying or retyping the password will not help until the account is re-enabled. The IANA enhanced status code registry pairs it with X.7.13 (RFC 5248).</source>
        <comment>525/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right after a successful AUTH exchange for an account that is disabled, suspended or locked.</source>
        <comment>525/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop retrying the password. Contact your email provider or administrator to learn why the account was disabled, for example an unpaid bill, a security lock after suspicious sign-ins, or outgoing spam, and ask them to re-enable it.</source>
        <comment>525/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop retrying with this account and alert its owner, because repeated attempts can extend a security lock. If it is a service or relay login, switch to a working account until it is re-enabled.</source>
        <comment>525/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the account status in the user directory or admin console, and the authentication logs for why it was disabled. Re-enable it once the cause is resolved, and reset the password if it was compromised.</source>
        <comment>525/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>525 means the credentials were correct but the account is disabled, while 535 means the credentials themselves were rejected.</source>
        <comment>525/confusedWith/535</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication or STARTTLS required</source>
        <comment>530/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server will not carry out the command until the client authenticates or starts TLS, depending on context. Under RFC 4954 it means authentication is required (5.7.0), typically for relaying through a submission server. Under RFC 3207, a server that requires TLS sends &quot;Must issue a STARTTLS command first&quot; to every command except NOOP, EHLO, STARTTLS and QUIT. The reply text says which applies.</source>
        <comment>530/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually at MAIL FROM or RCPT TO when the client has not logged in, or at the first command after EHLO when the server requires STARTTLS.</source>
        <comment>530/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on &quot;My outgoing server requires authentication&quot; in the mail client and use the same user name and password as for incoming mail, or an app password if two-step verification is on. If the text mentions STARTTLS, enable SSL/TLS or STARTTLS on port 587 or 465.</source>
        <comment>530/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configure SASL credentials for the relay, for example Postfix smtp_sasl_auth_enable with smtp_sasl_password_maps, so AUTH precedes MAIL FROM. For a STARTTLS demand, enable client-side TLS, such as Postfix smtp_tls_security_level, and repeat EHLO after the handshake.</source>
        <comment>530/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the client should be allowed without login, such as a trusted internal host, add it to the trusted networks (Postfix mynetworks). Keep authentication mandatory on submission ports, but do not require STARTTLS on a publicly referenced MX, which RFC 3207 forbids.</source>
        <comment>530/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication required (RFC 4954)</source>
        <comment>530/contexts/0/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command needs an authenticated session, so the client must send AUTH first.</source>
        <comment>530/contexts/0/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS required (RFC 3207)</source>
        <comment>530/contexts/1/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server requires TLS before it accepts anything except NOOP, EHLO, STARTTLS and QUIT.</source>
        <comment>530/contexts/1/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>530 means the client has not authenticated yet, while 535 means it tried and the credentials were rejected.</source>
        <comment>530/confusedWith/535</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>530 means authentication or TLS is missing, while 503 means commands arrived in the wrong order.</source>
        <comment>530/confusedWith/503</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery not authorized (rare)</source>
        <comment>533/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No RFC defines the text of 533; the IANA enhanced status code registry lists it among the basic codes used with X.7.1, &quot;Delivery not authorized, message refused&quot;. Read it as a permanent policy refusal: the server will not accept this sender, recipient or message for a security or policy reason. The reply text and enhanced code usually give the details.</source>
        <comment>533/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No specification ties 533 to a particular command, so treat it as a policy refusal at whatever step it appears.</source>
        <comment>533/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the reply text and enhanced code for the reason. Check that you may send to this recipient or list, and that you are sending through your own provider&apos;s server with authentication.</source>
        <comment>533/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the stated reason and the usual policy causes: relaying without authentication, a sending IP on a block list, and failing SPF, DKIM or DMARC for the sender domain. Do not retry the message unchanged.</source>
        <comment>533/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the policy rule that produced 533 in the server logs. Consider 550 with X.7.1 instead, since clients and bounce parsers handle it more reliably than this rare code.</source>
        <comment>533/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>533 is a rarely used code that the registry ties to X.7.1, while 550 with X.7.1 is the usual way servers report the same kind of policy refusal.</source>
        <comment>533/confusedWith/550</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>533 refuses the action on policy grounds, while 530 only asks the client to authenticate or start TLS first.</source>
        <comment>533/confusedWith/530</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication mechanism too weak</source>
        <comment>534/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server offers the requested SASL mechanism, but policy does not allow it for this user because it is weaker than required. The client should retry AUTH with a stronger mechanism; the enhanced code is 5.7.9. Some providers, such as Gmail, also use 534 to demand an app password instead of the normal account password.</source>
        <comment>534/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right after AUTH names a mechanism, or supplies a credential type, that the server considers too weak for the account.</source>
        <comment>534/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch the mail client to a stronger sign-in method, such as OAuth2, if offered. With Gmail and similar providers, 534 often means an app password is required because two-step verification is on: create one in the account&apos;s security settings and use it instead of the normal password.</source>
        <comment>534/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a stronger mechanism from the server&apos;s AUTH list, or use OAuth2 or an app password for provider accounts. Check settings that pin a mechanism, such as Postfix smtp_sasl_mechanism_filter.</source>
        <comment>534/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm that the per-user policy is intended, and that the EHLO reply does not advertise mechanisms users may never use, so clients can pick an acceptable one on the first attempt.</source>
        <comment>534/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>534 rejects the authentication method, while 535 rejects the credentials supplied with an acceptable method.</source>
        <comment>534/confusedWith/535</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>534 means the mechanism exists but is too weak for this user, while 504 means the server does not offer the mechanism at all.</source>
        <comment>534/confusedWith/504</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication credentials invalid</source>
        <comment>535/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The AUTH exchange failed because the user name, password or token was wrong or insufficient; the enhanced code is usually 5.7.8. The client should ask for new credentials instead of retrying the same ones. Providers also return 535 when the normal account password is refused, for example because an app password or OAuth sign-in is required.</source>
        <comment>535/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the end of the AUTH exchange, after the server has checked the user name and password or token.</source>
        <comment>535/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-enter the user name, often the full email address, and the password. If two-step verification is on, create an app password; if the provider has disabled basic authentication, switch the client to OAuth2. Check that the account is not locked after failed attempts.</source>
        <comment>535/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the stored relay credentials, for example the Postfix sasl_passwd entry and its rebuilt map, and that the user name format matches what the provider expects. Watch for expired passwords, rotated API keys and tenant policies that disable SMTP AUTH.</source>
        <comment>535/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the authentication logs, such as Dovecot auth logs or Exchange protocol logs, for the reason: unknown user, wrong password, SMTP AUTH disabled for the mailbox, or an unreachable directory. Rate-limit repeated failures to slow password guessing.</source>
        <comment>535/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>535 means the client tried to authenticate and failed, while 530 means it has not authenticated at all.</source>
        <comment>535/confusedWith/530</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>535 is a permanent rejection of the credentials, while 454 is a temporary authentication failure, for example when the password backend is unreachable.</source>
        <comment>535/confusedWith/454</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>535 rejects the credentials, while 525 accepts them but reports that the account is disabled.</source>
        <comment>535/confusedWith/525</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption required for mechanism</source>
        <comment>538/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected SASL mechanism is allowed only when the SMTP connection is encrypted, so the server rejects AUTH on a clear-text connection. RFC 4954 defines it with enhanced code 5.7.11 and keeps it mainly for historical reasons, because modern servers should not offer such mechanisms before TLS is active.</source>
        <comment>538/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right after AUTH on a connection where STARTTLS has not been negotiated.</source>
        <comment>538/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable SSL/TLS or STARTTLS for the outgoing server in the mail client, with the port the provider documents (usually 465 or 587), and send again.</source>
        <comment>538/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue STARTTLS, repeat EHLO and only then send AUTH, or connect with implicit TLS on port 465. Make the MTA require TLS before it sends credentials, for example Postfix smtp_tls_security_level = encrypt for that relay.</source>
        <comment>538/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advertise mechanisms that need encryption only after TLS is established, as RFC 4954 recommends, for example with Postfix smtpd_tls_auth_only. Clients then never try them too early.</source>
        <comment>538/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>538 accepts the mechanism once the connection is encrypted, while 534 rejects the mechanism as too weak regardless of encryption.</source>
        <comment>538/confusedWith/534</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>538 answers AUTH on an unencrypted connection, while 530 answers other commands sent before required authentication or STARTTLS.</source>
        <comment>538/confusedWith/530</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox unavailable or rejected</source>
        <comment>550/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server permanently refused the action, most often at RCPT TO because the mailbox does not exist, or at any step for policy reasons: a block list, failed SPF, DKIM or DMARC checks, denied relaying, or an unacceptable sender. The enhanced code, such as 5.1.1 for an unknown user or 5.7.1 for policy, identifies the actual reason.</source>
        <comment>550/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most often in reply to RCPT TO, but also to MAIL FROM, EHLO, VRFY or EXPN, and after the final dot of DATA when content or authentication checks fail.</source>
        <comment>550/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the recipient address for typos and confirm it still exists. If the text mentions spam, policy or a block list, the problem lies with your sending server or domain, so forward the bounce to your email administrator or provider.</source>
        <comment>550/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the enhanced code and text. For 5.1.1, remove the address from your lists. For 5.7.x, check the sending IP on block lists, SPF, DKIM and DMARC alignment, reverse DNS, and that you are not relaying without authentication. Do not retry the message unchanged.</source>
        <comment>550/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the rejection is wrong, find the rule that fired in the logs: recipient lookup tables, alias maps, block list checks, sender restrictions or content filters. Use clear reply text and precise enhanced codes so senders can act.</source>
        <comment>550/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>550 is a permanent refusal that should not be retried unchanged, while 450 is temporary, for example greylisting or a busy mailbox, and is retried automatically.</source>
        <comment>550/confusedWith/450</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>550 usually means a well-formed address is unavailable or refused by policy, while 553 objects to the address itself, its syntax or who may use it.</source>
        <comment>550/confusedWith/553</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>550 usually concerns one recipient or sender, while 554 usually refuses the whole transaction or connection.</source>
        <comment>550/confusedWith/554</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User not local</source>
        <comment>551/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient is not hosted on this server, and the server will not forward the message. The reply text may name the correct address, which the client can then use. Many servers disable this reply because it reveals where users have moved; the IANA registry also lists 551 with X.7.1 for policy refusals.</source>
        <comment>551/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to RCPT TO for an address the server knows is handled elsewhere, and occasionally to VRFY.</source>
        <comment>551/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for a new address in the reply text, confirm it with the recipient, and resend. If no address is given, check the domain spelling and ask the recipient for their current address.</source>
        <comment>551/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not rewrite recipients automatically from the 551 text without checking it. If the text indicates a policy or relaying refusal, authenticate to the server or send mail for that domain to its proper MX.</source>
        <comment>551/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the user moved, consider a forwarding alias for a transition period. If 551 is returned for domains you do host, check the virtual domain and relay domain settings.</source>
        <comment>551/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>251 means the server accepts the message and forwards it itself, while 551 means it refuses and leaves resending to the client.</source>
        <comment>551/confusedWith/251</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>551 says the user is not on this server and may point to a new address, while 550 says the mailbox is unavailable or refused, with no forwarding hint.</source>
        <comment>551/confusedWith/550</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage or size limit exceeded</source>
        <comment>552/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server aborted the action because a storage limit would be exceeded: the message is larger than the server or mailbox allows, or the recipient&apos;s quota is full. With the SIZE extension (RFC 1870), a server can reject MAIL FROM at once when the declared size exceeds its fixed maximum. Older servers also used 552 for too many recipients, which should be 452.</source>
        <comment>552/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At MAIL FROM when the SIZE parameter is over the limit, at RCPT TO for a full mailbox, or after the final dot of DATA or the last BDAT chunk when the message is too big.</source>
        <comment>552/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the message smaller: compress or remove attachments, or share large files through a link. Encoding adds about a third to attachment size. If the text mentions a quota or full mailbox, tell the recipient another way so they can free space.</source>
        <comment>552/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the message size with the SIZE value in the EHLO reply, and check your own limit, such as Postfix message_size_limit. Treat a 552 for too many recipients as temporary and send the remaining recipients in a new transaction.</source>
        <comment>552/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the size limits, such as Postfix message_size_limit or Exchange connector limits, and the recipient&apos;s mailbox quota. Advertise the real limit with SIZE so clients can avoid sending oversized messages.</source>
        <comment>552/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MAIL FROM with SIZE</source>
        <comment>552/contexts/0/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The declared message size exceeds the server&apos;s fixed maximum.</source>
        <comment>552/contexts/0/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RCPT TO</source>
        <comment>552/contexts/1/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient&apos;s mailbox is over quota, or, on older servers, too many recipients were given.</source>
        <comment>552/contexts/1/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After DATA or BDAT</source>
        <comment>552/contexts/2/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The received message exceeded a size limit or the recipient&apos;s storage allocation.</source>
        <comment>552/contexts/2/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>552 is a permanent failure for this message, such as exceeding the size limit, while 452 reports a temporary shortage of storage or too many recipients for this transaction.</source>
        <comment>552/confusedWith/452</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both can reject an oversized message; 552 names a storage or size problem, while 554 is a general transaction failure.</source>
        <comment>552/confusedWith/554</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox name not allowed</source>
        <comment>553/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the address itself: its syntax is invalid, its domain is unacceptable, or policy forbids it, for example a sender address the authenticated user may not use. It can answer MAIL FROM as well as RCPT TO. RFC 6531 also uses 553 with X.6.7 when non-ASCII addresses are not permitted for that sender or recipient.</source>
        <comment>553/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to MAIL FROM or RCPT TO, and occasionally VRFY, when the address is refused.</source>
        <comment>553/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the address for typos, spaces, invalid characters or a missing domain. If the refused address is your own sender address, send from the address that belongs to your login, or ask your administrator for permission to send as the other address.</source>
        <comment>553/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure MAIL FROM uses a fully qualified domain that resolves, not a local name such as user@localhost; check Postfix myorigin or masquerade_domains. For submission, the envelope sender must match the authenticated account.</source>
        <comment>553/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If valid addresses are refused, review sender login maps, such as Postfix smtpd_sender_login_maps with reject_sender_login_mismatch, and address syntax checks, and return precise enhanced codes such as 5.1.3 or 5.7.1.</source>
        <comment>553/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>553 objects to the form or ownership of the address, while 550 usually means a well-formed mailbox is unavailable or refused by policy.</source>
        <comment>553/confusedWith/550</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>553 says the server will not accept that mailbox name, while 501 says the command&apos;s argument could not be parsed at all.</source>
        <comment>553/confusedWith/501</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transaction failed or session refused</source>
        <comment>554/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A general permanent failure whose meaning depends on when it arrives. As the greeting, it refuses the whole session, often because of the client&apos;s IP reputation; after DATA, it rejects the message, for example as spam or malware. After STARTTLS, RFC 3207 uses it to refuse commands when the negotiated security is insufficient. Postfix also uses 554 by default for many RCPT TO policy rejections.</source>
        <comment>554/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In place of the 220 greeting, in reply to DATA or after its final dot, or to RCPT TO for a policy rejection. After a 554 greeting, a conforming server answers every command except QUIT with 503.</source>
        <comment>554/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the reply text, which usually names a block list, spam filter or policy. Forward the bounce to your email provider or administrator, since the cause is usually the sending server&apos;s IP or domain reputation rather than the address.</source>
        <comment>554/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the sending IP on major block lists, such as Spamhaus, and request delisting once the cause is fixed. Verify reverse DNS, SPF, DKIM and DMARC. For content rejections, look for spam triggers or malware; for relay denials, authenticate first.</source>
        <comment>554/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the rule in the logs: block list lookups, client access maps, relay restrictions or the content filter. Use a 554 greeting only for clients you never want to talk to, and prefer 550 with precise enhanced codes for recipient-level refusals.</source>
        <comment>554/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection greeting</source>
        <comment>554/contexts/0/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refuses to handle mail from this client for the whole session.</source>
        <comment>554/contexts/0/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DATA or after the final dot</source>
        <comment>554/contexts/1/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message was rejected, for example by a content filter, or no valid recipients remain.</source>
        <comment>554/contexts/1/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After STARTTLS</source>
        <comment>554/contexts/2/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The negotiated TLS security is not sufficient, so every command except QUIT is refused.</source>
        <comment>554/contexts/2/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RCPT TO</source>
        <comment>554/contexts/3/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A policy rule, such as denied relaying or a block list, rejected the recipient or the client.</source>
        <comment>554/contexts/3/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>554 usually refuses the whole transaction or connection, while 550 usually concerns one recipient or sender.</source>
        <comment>554/confusedWith/550</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A 554 greeting refuses this client&apos;s session, while a 521 greeting says the host never accepts mail from anyone.</source>
        <comment>554/confusedWith/521</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A 554 greeting is a permanent refusal of the session, while 421 means the service is temporarily unavailable and the client should retry later.</source>
        <comment>554/confusedWith/421</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MAIL or RCPT parameter not recognized</source>
        <comment>555/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server does not recognize, or cannot implement, one or more ESMTP parameters on MAIL FROM or RCPT TO, such as SIZE, BODY, SMTPUTF8, RET, ENVID, NOTIFY or REQUIRETLS. Clients must only send parameters for extensions the server advertised in its EHLO reply, so 555 usually points to a client that ignored that list or fell back to HELO.</source>
        <comment>555/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to MAIL FROM or RCPT TO carrying an extension parameter the server does not support.</source>
        <comment>555/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the mail client or library. If it offers options such as delivery status notifications or 8-bit MIME, try turning them off and sending again.</source>
        <comment>555/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send only parameters for extensions listed in the current EHLO reply, and read that list again after STARTTLS. After a fallback to HELO, send no parameters at all. Check libraries that add DSN parameters such as NOTIFY or RET unconditionally.</source>
        <comment>555/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If a parameter advertised in EHLO is rejected with 555, fix the inconsistency. If the server does not support DSN or SMTPUTF8, make sure the EHLO reply does not list them.</source>
        <comment>555/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>555 means the parameter is not recognized or not implemented, while 455 means the server supports it but cannot accommodate it right now.</source>
        <comment>555/confusedWith/455</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>555 rejects an unsupported but well-formed parameter, while 501 rejects arguments that are malformed.</source>
        <comment>555/confusedWith/501</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain does not accept mail</source>
        <comment>556/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An SMTP server, usually a relay or submission server, reports that the recipient&apos;s domain does not accept mail at all, typically because the domain publishes a null MX record (RFC 7505). It is paired with enhanced code X.1.10. The failure is permanent: no server for that domain will take the message.</source>
        <comment>556/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually in reply to RCPT TO, when the server checks the recipient domain in DNS and finds a null MX or another sign that the domain receives no mail.</source>
        <comment>556/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the recipient&apos;s domain for typos, such as a misspelled provider name. If it is correct, the domain deliberately receives no email, so reach the recipient another way.</source>
        <comment>556/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up the recipient domain&apos;s MX records: a single MX of &quot;.&quot; with preference 0 is a null MX. Remove such addresses from mailing lists, and make sure your own sending domain does not publish a null MX by mistake.</source>
        <comment>556/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm that the DNS lookup behind the 556 is correct, for example with dig MX for the domain. If the domain owner has replaced a mistaken null MX, clear the resolver cache so the change takes effect.</source>
        <comment>556/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>556 reports that a whole destination domain accepts no mail, while 521 is sent by a host that itself refuses all mail.</source>
        <comment>556/confusedWith/521</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>556 says the entire recipient domain accepts no mail, while 550 with 5.1.1 says one mailbox does not exist.</source>
        <comment>556/confusedWith/550</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other Undefined Status</source>
        <comment>X.0.0/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catch-all code: the server only says whether the failure is temporary or permanent. 4.0.0 usually marks a passing local problem, such as a failed lookup, a filter timeout or an overloaded server, while 5.0.0 is a generic permanent refusal. The registry allows it with any basic reply code, so the text that follows carries the real reason.</source>
        <comment>X.0.0/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned with any reply when the server has no more specific code for the condition, typically by MTAs and filters that attach x.0.0 to every error they do not classify.</source>
        <comment>X.0.0/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the text after the code, which usually names the real cause. For 4.0.0, wait: the sending server retries on its own. For 5.0.0, check the recipient address and resend once; if it fails again, forward the complete bounce to your mail administrator.</source>
        <comment>X.0.0/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the full reply in the outbound log (Postfix maillog, Exim mainlog) and note which command drew it. Let the queue retry 4.0.0; for a repeated 5.0.0 from the same host, contact its postmaster with the timestamp, your sending IP address and the reply text.</source>
        <comment>X.0.0/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the transaction in your logs and identify which filter, milter or lookup produced the generic reply. Where possible, make it return a specific code instead, such as X.7.1 for policy refusals, X.1.1 for unknown users or X.3.0 for local failures.</source>
        <comment>X.0.0/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.0.0 says nothing about where the problem lies, while X.3.0 at least places it in the receiving mail system.</source>
        <comment>X.0.0/confusedWith/X.3.0</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.0.0 gives no area at all, while X.7.0 tells you that a security or policy rule was involved.</source>
        <comment>X.0.0/confusedWith/X.7.0</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other Address Status</source>
        <comment>X.1.0/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An envelope address is the issue, but the server does not say in what way. As 2.1.0 it commonly confirms the sender at MAIL FROM; Postfix answers &quot;250 2.1.0 Ok&quot;. As 4.1.0 it means an address check could not be completed for now, and as 5.1.0 it is a generic permanent rejection of the sender or a recipient.</source>
        <comment>X.1.0/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to MAIL FROM or RCPT TO when an address is accepted without comment (2.1.0) or refused for a reason the server does not classify.</source>
        <comment>X.1.0/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check both your own address and the recipient&apos;s for typos, spaces or a wrong domain. If the reply is temporary, wait for the automatic retry. If it is permanent and both addresses look right, pass the bounce text to your administrator.</source>
        <comment>X.1.0/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check which command drew the reply. Make sure the envelope sender your server uses, after any rewriting or SRS for forwarded mail, is a real, deliverable address in a domain that resolves in DNS, because many receivers verify it.</source>
        <comment>X.1.0/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find which address check produced the generic code (sender verification, recipient lookup, access maps) and return a specific one where possible, such as X.1.1 for an unknown recipient or X.1.8 for a sender domain that does not resolve.</source>
        <comment>X.1.0/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.0 reports an unspecified address problem, while X.1.1 says specifically that the recipient mailbox does not exist.</source>
        <comment>X.1.0/confusedWith/X.1.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In success replies X.1.0 usually confirms the sender at MAIL FROM (2.1.0), while X.1.5 confirms a recipient at RCPT TO (2.1.5).</source>
        <comment>X.1.0/confusedWith/X.1.5</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad Destination Mailbox Address</source>
        <comment>X.1.1/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mailbox named before the @ does not exist at the destination; this is the classic unknown-user bounce. 5.1.1 is final: the address is mistyped, was deleted or never existed. 4.1.1 appears when the server cannot confirm the mailbox at the moment, for example because its user directory or a backend is unreachable, and the message stays queued for retry.</source>
        <comment>X.1.1/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually the reply to RCPT TO after the server checks the recipient against its user directory, alias tables or recipient validation. It can also arrive later in a bounce from a relay that accepted the message first.</source>
        <comment>X.1.1/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the address letter by letter, especially the part before the @, and delete any autocomplete entry that offers an old address. Confirm the current address with the recipient by another channel. A 4.1.1 needs no action unless it later turns into a bounce.</source>
        <comment>X.1.1/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop sending to addresses that return 5.1.1 and remove them from mailing lists, since repeated hits on unknown users hurt your reputation. Let the queue retry 4.1.1; if it persists, tell the receiving postmaster that their recipient lookup is failing.</source>
        <comment>X.1.1/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the mailbox should exist, check the user directory and alias maps (Postfix virtual_mailbox_maps or relay_recipient_maps, Exchange recipients and accepted domains) and the directory sync to any filtering gateway. Return 4.1.1 only while a lookup backend is down, never for users who really do not exist.</source>
        <comment>X.1.1/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the registry X.1.1 means the mailbox does not exist and X.1.10 means the domain publishes a null MX, but Microsoft 365 reports unknown recipients as 5.1.10, so the two are often mixed up.</source>
        <comment>X.1.1/confusedWith/X.1.10</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.1 says the mailbox before the @ is unknown, while X.1.2 says the domain after the @ cannot receive mail.</source>
        <comment>X.1.1/confusedWith/X.1.2</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.1 means the mailbox does not exist, while X.2.1 means it exists but is disabled.</source>
        <comment>X.1.1/confusedWith/X.2.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad Destination System Address</source>
        <comment>X.1.2/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain after the @ is unusable for mail: it does not exist, or it has no MX or address records a server could deliver to. 5.1.2 often comes from the sending server itself when DNS says the domain does not exist, or from a relay with no route for it. A temporary form is rare, because passing lookup failures are normally reported with X.4.3 or X.4.4 instead.</source>
        <comment>X.1.2/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Produced when resolving the recipient domain fails permanently, either by the sending MTA before it connects or by a relay after RCPT TO names a domain it cannot route to.</source>
        <comment>X.1.2/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling of the domain after the @, such as gmial.com or a .con ending, and confirm the recipient&apos;s current domain. If the domain is correct, the recipient&apos;s organization has a DNS problem, so reach them another way.</source>
        <comment>X.1.2/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Query the domain from the sending host (dig MX and dig A) to rule out a local resolver problem. If your resolver wrongly returns NXDOMAIN, fix the resolver or split-DNS setup before the queue bounces valid mail.</source>
        <comment>X.1.2/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the owner of the recipient domain: publish MX records that point to hosts with A or AAAA records, check that the domain registration and DNS delegation have not lapsed, and make sure the MX hosts accept connections on port 25.</source>
        <comment>X.1.2/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.2 says the destination domain is invalid for mail, while X.4.4 says no route to it could be found, which may be temporary.</source>
        <comment>X.1.2/confusedWith/X.4.4</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.2 covers a domain that does not exist or cannot take mail, while X.1.10 means the domain explicitly declares with a null MX that it accepts no mail.</source>
        <comment>X.1.2/confusedWith/X.1.10</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad Destination Mailbox Address Syntax</source>
        <comment>X.1.3/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient address is not syntactically valid, so the server never looked it up. Typical causes are missing angle brackets, spaces or illegal characters, a missing domain, or non-ASCII characters sent without SMTPUTF8. Only 5.1.3 makes sense: resending the same malformed address fails the same way.</source>
        <comment>X.1.3/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to RCPT TO when the address cannot be parsed; Postfix, for example, answers with 501 5.1.3 for a malformed recipient.</source>
        <comment>X.1.3/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retype the recipient address without spaces, quotes, trailing dots or characters pasted from a document, and make sure it has exactly one @ followed by a domain. Check that no display name ended up inside the address field.</source>
        <comment>X.1.3/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log the exact RCPT TO line your software sends. Scripts and web applications often omit the angle brackets or include a display name; the command must look like RCPT TO:&lt;user@example.com&gt;. Send non-ASCII addresses only to servers that advertise SMTPUTF8.</source>
        <comment>X.1.3/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If valid addresses are refused, review parser strictness (Postfix strict_rfc821_envelopes, Exim address checks) and whether SMTPUTF8 is advertised for internationalized addresses.</source>
        <comment>X.1.3/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.3 means the recipient address is malformed, while X.1.1 means it is well formed but no such mailbox exists.</source>
        <comment>X.1.3/confusedWith/X.1.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.3 refers to a malformed recipient address, while X.1.7 refers to a malformed sender address.</source>
        <comment>X.1.3/confusedWith/X.1.7</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination Mailbox Address Ambiguous</source>
        <comment>X.1.4/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient address matches more than one mailbox at the destination, so the server cannot decide where to deliver. It appears where servers map addresses loosely, for example by matching names or partial addresses against a directory, or where two directory objects claim the same address. 5.1.4 means the address must be made exact; a 4.1.4 suggests a directory conflict the administrator is expected to resolve.</source>
        <comment>X.1.4/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to RCPT TO, or a later bounce, when the directory lookup for the recipient returns several matches.</source>
        <comment>X.1.4/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the recipient&apos;s full, exact address rather than a short form or alias, and ask the recipient to confirm it. If the exact address still fails, the fault lies with the recipient&apos;s organization, so send them the bounce text.</source>
        <comment>X.1.4/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing needs to change on the sending side unless your server rewrites addresses; check that rewriting or alias expansion did not shorten the recipient address.</source>
        <comment>X.1.4/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the directory for every object carrying the address (LDAP mail or proxyAddresses attributes, Exchange Get-Recipient) and remove the duplicate. Disable fuzzy or partial name matching for SMTP recipients.</source>
        <comment>X.1.4/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.4 means the address matched several mailboxes, while X.1.1 means it matched none.</source>
        <comment>X.1.4/confusedWith/X.1.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination Address Valid</source>
        <comment>X.1.5/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A success code confirming that the recipient address was accepted; Postfix, for example, answers RCPT TO with 250 2.1.5. It also appears in positive delivery status notifications. Only the 2.1.5 form is meaningful, and at RCPT TO it says nothing yet about final delivery, which can still fail later.</source>
        <comment>X.1.5/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to RCPT TO when the server accepts the recipient, and in delivery reports that confirm a recipient address was valid.</source>
        <comment>X.1.5/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed: the recipient was accepted. If the message bounces later, read that bounce, because acceptance at RCPT TO does not guarantee delivery.</source>
        <comment>X.1.5/fix/general</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.5 confirms a recipient at RCPT TO (2.1.5), while X.1.0 usually confirms the sender at MAIL FROM (2.1.0).</source>
        <comment>X.1.5/confusedWith/X.1.0</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.5 confirms the address was valid, while X.1.9 adds that the message left the reporting chain and its further fate is unknown.</source>
        <comment>X.1.5/confusedWith/X.1.9</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox Moved, No Forwarding Address</source>
        <comment>X.1.6/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address was retired: it worked in the past, and the server now refuses it without offering a new one, typically after someone left an organization or a domain was migrated. It is meant as a permanent failure, so 5.1.6 is the normal form and a temporary variant makes little sense. Unlike a 551 reply, which names a new path, this code leaves the sender to find the new address.</source>
        <comment>X.1.6/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to RCPT TO, or a bounce, for an address that the destination has retired and marked as moved.</source>
        <comment>X.1.6/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove or update the address in your contacts and ask the person or their organization for a new address by another channel. Resending to the old address will keep failing.</source>
        <comment>X.1.6/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treat 5.1.6 like an invalid address: suppress it on mailing lists and in CRM systems instead of retrying.</source>
        <comment>X.1.6/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the user should still receive mail, reactivate the mailbox or add a forwarding alias. For people who have left, consider an auto-reply or, where your policy allows it, a 551 reply that names the new address.</source>
        <comment>X.1.6/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.6 says the mailbox moved without giving a new address, while 551 tells the sender where to send instead.</source>
        <comment>X.1.6/confusedWith/551</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.6 means the address was valid once and has been retired, while X.1.1 simply says no such mailbox exists.</source>
        <comment>X.1.6/confusedWith/X.1.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad Sender&apos;s Mailbox Address Syntax</source>
        <comment>X.1.7/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sender address in MAIL FROM cannot be parsed: it lacks a domain, contains spaces or illegal characters, or is missing its angle brackets. Scripts, printers and web applications that build the SMTP envelope themselves are the usual source. It is a permanent error, so 5.1.7 is the normal form; resending with the same sender fails again.</source>
        <comment>X.1.7/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to MAIL FROM when the sender address is malformed; Postfix, for example, answers with 501 5.1.7.</source>
        <comment>X.1.7/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the sender address configured in your mail client, device or application: it must be a complete address such as name@example.com, without spaces or a display name. Scanners and printers often ship with a placeholder sender that must be replaced.</source>
        <comment>X.1.7/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspect the MAIL FROM line in your logs or a test session; it must look like MAIL FROM:&lt;name@example.com&gt;. Make sure address rewriting (masquerading, canonical maps) does not produce an unqualified address or an empty local part.</source>
        <comment>X.1.7/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If well-formed senders are refused, review parser strictness (Postfix strict_rfc821_envelopes). The null sender MAIL FROM:&lt;&gt; is valid and must be accepted, because bounces use it.</source>
        <comment>X.1.7/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.7 refers to a malformed sender address in MAIL FROM, while X.1.3 refers to a malformed recipient address in RCPT TO.</source>
        <comment>X.1.7/confusedWith/X.1.3</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.7 means the sender address is malformed, while X.1.8 means it is well formed but its domain cannot receive replies.</source>
        <comment>X.1.7/confusedWith/X.1.8</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad Sender&apos;s System Address</source>
        <comment>X.1.8/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain of the sender address cannot receive mail, so any bounce sent back to it would be undeliverable. Receivers check this with a DNS lookup on the MAIL FROM domain. 4.1.8 usually means the lookup failed for now and the sending server will retry; 5.1.8 means DNS reported that the domain does not exist or has no usable MX or address record.</source>
        <comment>X.1.8/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to MAIL FROM, or to RCPT TO on servers that delay rejections, when the sender domain check fails, for example Postfix reject_unknown_sender_domain.</source>
        <comment>X.1.8/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure you send from a real, public domain, not a local or placeholder name such as example.local. If your domain is new or was just moved, its DNS records may be missing, so ask whoever manages the domain.</source>
        <comment>X.1.8/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the envelope sender domain resolves publicly with an MX or A record (dig MX yourdomain). Fix rewriting that exposes internal host names such as host.localdomain, and use SRS with a resolvable domain for forwarded mail.</source>
        <comment>X.1.8/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If legitimate senders get 5.1.8, check your resolver: a broken or overloaded resolver turns lookups into false failures, which should produce 4.1.8, not 5.1.8. In Postfix, unknown_address_reject_code and unknown_address_tempfail_action control these replies.</source>
        <comment>X.1.8/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.8 concerns the domain of the sender address, while X.1.2 concerns the domain of a recipient address.</source>
        <comment>X.1.8/confusedWith/X.1.2</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.8 means the sender domain does not exist or cannot take mail, while X.7.27 means it explicitly publishes a null MX.</source>
        <comment>X.1.8/confusedWith/X.7.27</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message Relayed to Non-compliant Mailer</source>
        <comment>X.1.9/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking ends here: the address checked out, and the message went on to a system that cannot report its status under the tracking or reporting protocol in use. It was added for message tracking and appears mainly in tracking responses and delivery reports as 2.1.9. A class 4 or 5 form would be unusual, because it reports lost visibility rather than a failure.</source>
        <comment>X.1.9/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a message tracking response or delivery report after a compliant server passes the message to a server that cannot report on it further.</source>
        <comment>X.1.9/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed for the message itself, which was passed on normally. If you need confirmation of delivery, ask the recipient or the next system&apos;s administrator, because tracking stops at that hop.</source>
        <comment>X.1.9/fix/general</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.5 only confirms that the address was valid, while X.1.9 adds that the message left the reporting chain and its fate is unknown.</source>
        <comment>X.1.9/confusedWith/X.1.5</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient Address Has Null MX</source>
        <comment>X.1.10/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient domain publishes a null MX record, an MX of preference 0 pointing to the root, to declare that it accepts no mail at all. It pairs with 556 and is usually produced by the sending server right after the DNS lookup, so only 5.1.10 fits. Beware the context: Microsoft 365 reuses 5.1.10 for a recipient that was not found, which is unrelated to null MX.</source>
        <comment>X.1.10/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated by the sending MTA after looking up the recipient domain&apos;s MX records, or returned by a relay at RCPT TO, when the only MX is a null MX.</source>
        <comment>X.1.10/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain in the address deliberately receives no mail, so check the domain for a typo and ask the recipient for a working address. If the bounce comes from Microsoft 365 and says the recipient was not found, treat it as an unknown address instead.</source>
        <comment>X.1.10/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm with dig MX that the domain&apos;s only record is the null MX; if so, the bounce is correct and the address should be suppressed. Expect mail whose sender domain has a null MX to be rejected elsewhere with X.7.27.</source>
        <comment>X.1.10/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the owner of the domain: if it should receive mail, remove the null MX and publish real MX records. A null MX must be the only MX record of the domain, and it should not be used on domains that send mail.</source>
        <comment>X.1.10/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard (RFC 7505)</source>
        <comment>X.1.10/contexts/0/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient domain publishes a null MX, so it accepts no mail and delivery is not attempted.</source>
        <comment>X.1.10/contexts/0/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft 365</source>
        <comment>X.1.10/contexts/1/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft uses 550 5.1.10 when the recipient address was not found in the directory, which is an unknown-recipient error.</source>
        <comment>X.1.10/contexts/1/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the registry X.1.10 means the recipient domain publishes a null MX and X.1.1 means the mailbox is unknown, but Microsoft 365 uses 5.1.10 for recipients it cannot find, so treat a Microsoft 5.1.10 like a 5.1.1.</source>
        <comment>X.1.10/confusedWith/X.1.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.10 concerns a recipient domain with a null MX, while X.7.27 concerns a sender domain with a null MX.</source>
        <comment>X.1.10/confusedWith/X.7.27</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.10 means the domain explicitly declares that it accepts no mail, while X.1.2 means the domain does not exist or cannot take mail for another reason.</source>
        <comment>X.1.10/confusedWith/X.1.2</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other or Undefined Mailbox Status</source>
        <comment>X.2.0/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient mailbox is there, yet a problem with it blocked delivery, and the server gives no detail. 4.2.0 can cover temporary trouble such as a locked mailbox or an unavailable mailbox store, after which the message is retried. 5.2.0 is a generic permanent mailbox refusal; the server&apos;s text or logs carry the real reason.</source>
        <comment>X.2.0/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to RCPT TO or at the end of DATA, or a later bounce, when delivery into the mailbox fails for a reason the server does not classify.</source>
        <comment>X.2.0/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 4.2.0, wait for the automatic retries. For 5.2.0, confirm the recipient still uses the address and tell them about the bounce by another channel, since only their side can fix the mailbox.</source>
        <comment>X.2.0/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry 4.2.0 replies. If 5.2.0 repeats for one recipient, suppress the address for a while and report the reply text to the recipient&apos;s postmaster.</source>
        <comment>X.2.0/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the delivery agent logs (LMTP, Dovecot, Exchange mailbox transport) for that mailbox: file permissions, corrupted index files, a locked or migrating mailbox, or a failing storage backend.</source>
        <comment>X.2.0/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.0 says the mailbox exists but has an unspecified problem, while X.1.1 says the mailbox does not exist.</source>
        <comment>X.2.0/confusedWith/X.1.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.0 points to one recipient&apos;s mailbox, while X.3.0 points to the receiving mail system as a whole.</source>
        <comment>X.2.0/confusedWith/X.3.0</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox Disabled, Not Accepting Messages</source>
        <comment>X.2.1/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account is real but switched off for incoming mail, for example because it is suspended, locked or inactive. 4.2.1 signals a temporary block, such as an account being migrated or, at Gmail, a recipient receiving mail faster than allowed. 5.2.1 means the mailbox is disabled permanently or indefinitely, often because the account was closed or left unused too long.</source>
        <comment>X.2.1/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to RCPT TO, or a later bounce, when the recipient account is flagged as disabled, suspended or temporarily not accepting mail.</source>
        <comment>X.2.1/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 4.2.1, wait: the retry normally succeeds. For 5.2.1, the recipient&apos;s account is closed or inactive, so ask them for a current address by another channel and stop writing to the old one.</source>
        <comment>X.2.1/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry 4.2.1 with backoff and, if you send in bulk, slow down delivery to that recipient. Treat repeated 5.2.1 replies as a hard bounce and suppress the address.</source>
        <comment>X.2.1/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the account status in your directory or admin console (disabled, suspended, past an inactivity limit) and re-enable it if the user should receive mail. Use 4.2.1 only for short-lived blocks such as migrations.</source>
        <comment>X.2.1/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.1 means the mailbox exists but is disabled, while X.1.1 means no such mailbox exists.</source>
        <comment>X.2.1/confusedWith/X.1.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.1 means the mailbox refuses mail because it is disabled, while X.2.2 means it refuses mail because it is full.</source>
        <comment>X.2.1/confusedWith/X.2.2</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox Full</source>
        <comment>X.2.2/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient&apos;s mailbox has reached its quota; deleting old mail would free space. RFC 3463 intends it as a transient condition, so 452 4.2.2 tells the sending server to keep retrying while the user cleans up. Many providers instead answer 552 5.2.2, the pairing the registry lists, and the message bounces at once.</source>
        <comment>X.2.2/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to RCPT TO or at the end of DATA when the message would push the recipient past the mailbox quota, or a bounce from the final delivery agent.</source>
        <comment>X.2.2/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 4.2.2, wait: the message is retried for several days. For 5.2.2, tell the recipient by another channel that their mailbox is full and resend once they have cleared space. Sending a link instead of large attachments may also get through.</source>
        <comment>X.2.2/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry 4.2.2 normally. Do not treat 5.2.2 as an invalid address: suppress the recipient only temporarily, because full mailboxes are often cleaned up, though one that stays full for weeks may be abandoned.</source>
        <comment>X.2.2/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the user&apos;s quota usage and raise the quota or archive old mail. Prefer a temporary 452 4.2.2 so senders retry; in Dovecot, quota_full_tempfail switches over-quota replies from permanent to temporary.</source>
        <comment>X.2.2/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.2 means one user&apos;s mailbox is over quota, while X.3.1 means the whole receiving system is out of storage.</source>
        <comment>X.2.2/confusedWith/X.3.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.2 means the mailbox has no room left, while X.2.3 means this one message is larger than the mailbox&apos;s per-message limit.</source>
        <comment>X.2.2/confusedWith/X.2.3</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message Length Exceeds Administrative Limit</source>
        <comment>X.2.3/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This mailbox has its own maximum message size, stricter than the server-wide one, and the message is over it. It is meant as a permanent failure: 5.2.3 bounces because the same message will never fit, and a 4.2.3 form is rare. Exchange and Microsoft 365 use 5.2.3 when a recipient&apos;s maximum receive size is smaller than the message.</source>
        <comment>X.2.3/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to RCPT TO when a declared SIZE exceeds the recipient&apos;s limit, the reply at the end of DATA, or a bounce from a server inside the recipient&apos;s organization.</source>
        <comment>X.2.3/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the message smaller: compress or remove attachments, or share large files through a link. Attachments grow by about a third when encoded for mail, so a 15 MB file can exceed a 20 MB limit.</source>
        <comment>X.2.3/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing needs fixing on the sending side. If many users hit per-recipient limits, publish guidance on attachment sizes or offer a file-sharing service.</source>
        <comment>X.2.3/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the per-recipient limit (Exchange MaxReceiveSize on the mailbox, or per-user limits in your filtering or delivery layer) and raise it if the user needs larger messages, keeping it consistent with the system-wide limit.</source>
        <comment>X.2.3/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.3 is a size limit set for one mailbox, while X.3.4 is the size limit of the whole receiving system.</source>
        <comment>X.2.3/confusedWith/X.3.4</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.3 means this message is too large for the mailbox, while X.2.2 means the mailbox is full regardless of the message size.</source>
        <comment>X.2.3/confusedWith/X.2.2</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailing List Expansion Problem</source>
        <comment>X.2.4/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient is a mailing list or distribution group whose member list could not be resolved. 4.2.4 usually means a temporary failure, such as an unreachable list directory or a resource limit hit during expansion, and the sending server retries. 5.2.4 means the list itself is broken, for example empty, looping or full of invalid members.</source>
        <comment>X.2.4/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to RCPT TO for a list address, or a bounce from the list server after it accepted the message and tried to expand it.</source>
        <comment>X.2.4/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 4.2.4, wait for the retry. For 5.2.4, tell the list owner, usually reachable at the list&apos;s owner or request address, and write to the members directly if the matter is urgent.</source>
        <comment>X.2.4/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry 4.2.4 replies. A repeated 5.2.4 is a fault in the recipient&apos;s list, so report the reply text to their postmaster rather than resending.</source>
        <comment>X.2.4/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the list or group definition: empty or nested groups that loop, members with invalid addresses, an unreachable directory (LDAP) behind the expansion, and limits on expanded recipients in your list manager or MTA.</source>
        <comment>X.2.4/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.4 means the list could not be expanded for a technical reason, while X.7.2 means the sender is not allowed to send to the list.</source>
        <comment>X.2.4/confusedWith/X.7.2</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other or Undefined Mail System Status</source>
        <comment>X.3.0/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A problem with the receiving system as a whole, rather than with one address or mailbox, caused the reply, and the server gives no detail. 4.3.0 is common for passing local problems: a content filter or virus scanner timing out, a queue write error or a failed table lookup. 5.3.0 is a generic permanent refusal by the system. The registry pairs it with basic codes from 221 to 554.</source>
        <comment>X.3.0/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At almost any point: the greeting, a reply to a command, the end of DATA, or as 2.3.0 alongside success replies such as 221 or 250.</source>
        <comment>X.3.0/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 4.3.0, wait, since the sending server retries. For 5.3.0, resend once later; if it fails again, forward the bounce to your administrator or the recipient, because the fault lies in the receiving system.</source>
        <comment>X.3.0/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry temporary replies. If 5.3.0 repeats from one destination, contact its postmaster with timestamps, your sending IP address and the full reply text.</source>
        <comment>X.3.0/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the MTA log at the reported time for the failing component: milter or content filter timeouts (Postfix milter_default_action), disk or queue errors, lookup table failures or crashed delivery agents. Return a specific code where you can.</source>
        <comment>X.3.0/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.0 places the unspecified problem in the receiving mail system, while X.0.0 gives no area at all.</source>
        <comment>X.3.0/confusedWith/X.0.0</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.0 points to the mail system itself, while X.4.0 points to the network or routing between systems.</source>
        <comment>X.3.0/confusedWith/X.4.0</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail System Full</source>
        <comment>X.3.1/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The receiving system as a whole has run out of storage, such as a full queue or spool disk, so individual users cannot fix it by deleting mail. It is meant as a temporary condition: 452 4.3.1 tells the sending server to retry once space is freed. A 5.3.1 is unusual and suggests a server that reports a storage emergency as permanent.</source>
        <comment>X.3.1/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to MAIL FROM, RCPT TO or DATA when free disk space or another resource falls below the server&apos;s threshold, for example Postfix queue_minfree or Exchange back pressure.</source>
        <comment>X.3.1/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed: the sending server retries, and the message normally arrives once the recipient&apos;s system recovers.</source>
        <comment>X.3.1/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry. If a destination keeps returning 4.3.1 for hours, notify its postmaster, because their server is probably out of disk space.</source>
        <comment>X.3.1/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free space on the queue and mailbox volumes (df -h), look for runaway logs or quarantine folders, and review thresholds such as Postfix queue_minfree or the Exchange back pressure resource limits.</source>
        <comment>X.3.1/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.1 means the whole receiving system is out of storage, while X.2.2 means one recipient&apos;s mailbox is over quota.</source>
        <comment>X.3.1/confusedWith/X.2.2</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.1 reports a storage shortage on the receiving system, while X.4.5 reports congestion that delays delivery.</source>
        <comment>X.3.1/confusedWith/X.4.5</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System Not Accepting Network Messages</source>
        <comment>X.3.2/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The host is not accepting mail from the network, either for now or at all. 4.3.2 signals a temporary state such as maintenance, a shutdown in progress or overload, often together with a 421 reply that closes the connection. 5.3.2 means the host does not accept mail, which RFC 7504 pairs with 521 for hosts that never receive mail.</source>
        <comment>X.3.2/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually in the greeting or the reply to the first command, or in replies to later commands while a server drains its queue before shutting down.</source>
        <comment>X.3.2/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed for 4.3.2, because the message is retried. For 5.3.2, the recipient&apos;s server does not accept mail, so ask the recipient for a working address.</source>
        <comment>X.3.2/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry 4.3.2 and check that delivery falls back to other MX hosts. For 521 or 5.3.2, verify you are connecting to the right host: stale MX data or a hard-coded relay often points at a server that no longer takes mail.</source>
        <comment>X.3.2/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check whether the MTA is paused or in maintenance (Exchange Get-ServerComponentState for HubTransport, postfix status) and resume it. Hosts that never accept mail should answer 521 or be removed from the MX records.</source>
        <comment>X.3.2/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.2 comes from a host that answered but refuses mail, while X.4.1 means the host did not answer at all.</source>
        <comment>X.3.2/confusedWith/X.4.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.2 with 521 means one host does not accept mail, while X.1.10 with 556 means the whole recipient domain declares through a null MX that it accepts none.</source>
        <comment>X.3.2/confusedWith/X.1.10</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System Not Capable of Selected Features</source>
        <comment>X.3.3/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message relies on a feature the destination does not support. Gateways between different mail systems raise it when they cannot translate a feature, and ordinary hops when an extension the message depends on is missing. 5.3.3 is the usual, permanent form. A 4.3.3 is rare and would mean the feature is only unavailable for the moment.</source>
        <comment>X.3.3/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typically in a bounce from a gateway or relay after DATA, when it tries to pass the message on with features the next system does not support.</source>
        <comment>X.3.3/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend without special options: plain content and standard attachments, without delivery receipts, priority settings or encryption formats the recipient&apos;s system may not handle. Forward the bounce to your administrator if the feature matters.</source>
        <comment>X.3.3/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check which ESMTP parameters your server passes on (NOTIFY, RET and ENVID for DSN, MT-PRIORITY, REQUIRETLS) and whether the message depends on an extension the destination did not list in its EHLO reply.</source>
        <comment>X.3.3/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in the gateway logs which feature could not be mapped, then add support, configure a fallback such as dropping the request, or document the limitation for senders.</source>
        <comment>X.3.3/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.3 means the destination lacks a requested feature, while X.5.4 means a command&apos;s arguments were invalid or not recognized.</source>
        <comment>X.3.3/confusedWith/X.5.4</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.3 concerns a delivery feature the system lacks, while X.6.1 concerns a media type in the content that cannot be carried.</source>
        <comment>X.3.3/confusedWith/X.6.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message Too Big for System</source>
        <comment>X.3.4/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message exceeds the receiving system&apos;s per-message size limit, whether set by hardware or by policy. It is permanent: 552 5.3.4 bounces because the same message will never fit; Postfix, for example, reports that the size exceeds its fixed limit. A 4.3.4 is unusual, because a temporary shortage of space is normally reported as X.3.1.</source>
        <comment>X.3.4/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to MAIL FROM when the SIZE parameter declares more than the limit, or the reply at the end of DATA or BDAT when the received message turns out too large.</source>
        <comment>X.3.4/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reduce the message size: compress or remove attachments, or send a file-sharing link. Encoding adds about a third, so keep attachments well under the limit the recipient&apos;s provider publishes.</source>
        <comment>X.3.4/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the SIZE value the receiving server advertises in its EHLO reply with your own limit, and reject oversized messages at submission so users get an immediate, clear error.</source>
        <comment>X.3.4/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the size limit (Postfix message_size_limit, Exim message_size_limit, Exchange MaxReceiveSize on connectors and transport settings) and keep it consistent across gateways, filters and mailbox servers.</source>
        <comment>X.3.4/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.4 is the size limit of the whole receiving system, while X.2.3 is a lower limit set for one mailbox.</source>
        <comment>X.3.4/confusedWith/X.2.3</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.4 means this one message is too large, while X.2.2 means the recipient&apos;s mailbox is full.</source>
        <comment>X.3.4/confusedWith/X.2.2</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System Incorrectly Configured</source>
        <comment>X.3.5/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A configuration error on the receiving system stops it from taking this message, and the fault lies with its administrator, not the sender. Examples include a missing lookup table, a broken transport or delivery agent and wrong file permissions. 4.3.5 signals a configuration fault the server expects to be fixed, so the message is retried; 5.3.5 makes it a bounce.</source>
        <comment>X.3.5/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At any command or at the end of DATA when the server hits a configuration error; Postfix, for example, answers 451 4.3.5 when a lookup table it needs is missing.</source>
        <comment>X.3.5/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing on your side can fix this. Wait for the retries after 4.3.5, and if a 5.3.5 bounce arrives, send it to the recipient by another channel so they can alert their administrator.</source>
        <comment>X.3.5/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry. If the error persists for one destination, report it to their postmaster with timestamps and the full reply.</source>
        <comment>X.3.5/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for the warning logged just before the reply (Postfix: run postfix check and search the log for fatal or warning lines). Typical causes are map files not rebuilt with postmap, wrong permissions and typos in main.cf or master.cf.</source>
        <comment>X.3.5/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.5 specifically blames the receiving system&apos;s configuration, while X.3.0 gives no reason.</source>
        <comment>X.3.5/confusedWith/X.3.0</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.5 reports an accidental configuration fault, while X.7.1 reports a deliberate policy refusal.</source>
        <comment>X.3.5/confusedWith/X.7.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested Priority Was Changed</source>
        <comment>X.3.6/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A success code from the MT-PRIORITY extension: the server accepted the message but will not honor the priority that was requested, or implied by default, for example because local policy limits what this sender may use. The text after the code states the priority actually assigned. Only 2.3.6 is defined; priority-related failures use other codes.</source>
        <comment>X.3.6/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a 250 or 251 success reply during a transaction that used MT-PRIORITY, when the server assigns a different priority than the one requested.</source>
        <comment>X.3.6/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed: the message was accepted and will be relayed or delivered at the priority shown in the reply text.</source>
        <comment>X.3.6/fix/general</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the priority matters, ask the receiving administrator which priority levels your server or account may request, and adjust the MT-PRIORITY value your software sends.</source>
        <comment>X.3.6/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.6 reports an accepted message whose priority was changed, while X.3.0 is a generic mail system status with no specific meaning, even when it accompanies a success reply.</source>
        <comment>X.3.6/confusedWith/X.3.0</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other network or routing problem</source>
        <comment>X.4.0/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A network or routing fault occurred that none of the more specific X.4 codes describes, so the server&apos;s text and logs carry the real detail. With class 4 (4.4.0) the message stays queued and the sending server keeps retrying. With class 5 (5.4.0) the reporting system judged the fault permanent and returned the message.</source>
        <comment>X.4.0/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen in queue logs, delay warnings and bounces when a connection, DNS lookup or next-hop selection failed in a way the reporting server did not classify further.</source>
        <comment>X.4.0/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait while a 4.4.0 deferral is retried, since the message is still queued. For a 5.4.0 bounce, check the recipient domain for typos, then forward the complete bounce to your mail administrator.</source>
        <comment>X.4.0/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the text after the code and the delivery log for the underlying error. Test the recipient domain with dig MX and dig A, check that outbound port 25 is open, and review relayhost or transport map settings in Postfix or router settings in Exim.</source>
        <comment>X.4.0/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your server sent it, use a more specific X.4 code where possible. Make sure your MX records point to hosts that resolve and accept connections on port 25.</source>
        <comment>X.4.0/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.0 is the catch-all for network faults, while X.4.4 specifically says no route or next hop could be found for the domain.</source>
        <comment>X.4.0/confusedWith/X.4.4</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.0.0 leaves even the subject of the problem unknown, while X.4.0 at least places it in networking or routing.</source>
        <comment>X.4.0/confusedWith/X.0.0</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer from host</source>
        <comment>X.4.1/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sending server could not get a connection to the next-hop host because the attempt timed out, was refused, or the host was too busy to answer. The registry pairs it with 451 and RFC 3463 treats it as transient, so 4.4.1 is normal and the message stays queued for retry. A 5.4.1 is a provider&apos;s own permanent use, such as Microsoft 365 refusing a recipient missing from its directory.</source>
        <comment>X.4.1/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appears in the sending server&apos;s log or delay notice after a TCP connection to the recipient&apos;s MX host timed out or was refused, for example Postfix logging connect to the host: Connection timed out.</source>
        <comment>X.4.1/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed for 4.4.1 while the server keeps retrying; delivery often succeeds within hours. If it persists for a day, check the recipient domain spelling and ask the recipient whether their mail server is down.</source>
        <comment>X.4.1/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that outbound port 25 is not blocked by your firewall or hosting provider, as many cloud and residential networks do. Confirm the MX result with dig MX, test port 25 with nc or telnet, and look for IPv6 routes that fail while IPv4 works.</source>
        <comment>X.4.1/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure every MX host is running, listening on port 25 and reachable from the Internet, and that connection limits or firewalls are not dropping senders. For 550 5.4.1 Access denied in Microsoft 365, add the recipient or correct Directory-Based Edge Blocking.</source>
        <comment>X.4.1/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.1 means no connection could be made at all, while X.4.2 means a connection was made but broke before the transaction finished.</source>
        <comment>X.4.1/confusedWith/X.4.2</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.1 reports failed connection attempts that will be retried, while X.4.7 reports that retries went on so long the message expired.</source>
        <comment>X.4.1/confusedWith/X.4.7</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad connection</source>
        <comment>X.4.2/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A connection to the next host was established, but the transaction could not be completed because the link timed out or dropped mid-session. The registry pairs it with 421 and RFC 3463 intends it as transient, so 4.4.2 means the message will be retried. A 5.4.2 is unusual and means the reporting system gave up on the message for good.</source>
        <comment>X.4.2/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged by the sending server when the remote host closed or stalled the session after connecting, for example Postfix reporting lost connection or conversation timed out while sending the message data.</source>
        <comment>X.4.2/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is needed while it is a 4.4.2 deferral. If large messages keep failing, send a smaller message or share the attachment through a link.</source>
        <comment>X.4.2/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note the phase in the log where the session broke, such as after STARTTLS or during DATA. Check for TLS handshake failures, MTU or path problems, firewalls that inspect SMTP, and remote tarpit delays longer than your timeouts, such as Postfix smtp_data_done_timeout.</source>
        <comment>X.4.2/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for sessions dropped by overload, process limits, slow content filters or short timeouts after the final dot. Content checks must answer well within the 10 minutes RFC 5321 lets a client wait after sending the message.</source>
        <comment>X.4.2/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.2 means the connection was made but failed during the transaction, while X.4.1 means the host never answered the connection attempt.</source>
        <comment>X.4.2/confusedWith/X.4.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>421 is a reply the server sends before closing the session, while X.4.2 is often recorded by the sending side when the connection broke without any proper reply.</source>
        <comment>X.4.2/confusedWith/421</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directory server failure</source>
        <comment>X.4.3/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lookup the mail system depends on, usually DNS and sometimes LDAP or Active Directory, could not be completed, so the message could not be routed or checked. 4.4.3 is the usual form and signals a temporary failure, such as a resolver timing out, and the message stays queued. 5.4.3 means the reporting system treated the failed lookup as final, which is rare.</source>
        <comment>X.4.3/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen when a resolver times out or returns SERVFAIL while looking up MX or address records, or when a receiving server cannot complete a directory or DNS check on the sender or recipient.</source>
        <comment>X.4.3/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for the retries; most 4.4.3 deferrals clear once DNS recovers. If it continues for hours, ask the recipient whether their domain&apos;s DNS is working.</source>
        <comment>X.4.3/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test your resolver with dig MX for the recipient domain and look for SERVFAIL, timeouts or DNSSEC validation failures. Make sure the MTA uses a working resolver, including the copy of resolv.conf inside a Postfix chroot.</source>
        <comment>X.4.3/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your server returned it, check the DNS or LDAP backend used for recipient, sender or SPF checks. Fix lame delegations, unreachable name servers or expired DNSSEC signatures on your own zone so that senders&apos; lookups succeed.</source>
        <comment>X.4.3/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routing lookup</source>
        <comment>X.4.3/contexts/0/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sending server could not query DNS or a directory to find the next hop, and it will retry later.</source>
        <comment>X.4.3/contexts/0/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPF check at the receiver</source>
        <comment>X.4.3/contexts/1/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFC 7208 recommends 451 4.4.3 when SPF evaluation hits a temporary DNS error; RFC 7372 later added X.7.24 for SPF errors.</source>
        <comment>X.4.3/contexts/1/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.3 means the lookup itself failed and may succeed later, while X.4.4 means the lookup worked but returned no usable route.</source>
        <comment>X.4.3/confusedWith/X.4.4</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.24 names an SPF evaluation error specifically, while X.4.3 is the general directory failure code that some servers still use for temporary SPF errors.</source>
        <comment>X.4.3/confusedWith/X.7.24</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unable to route</source>
        <comment>X.4.4/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mail system could not work out the next hop because the lookup returned no usable routing data, such as a domain that does not exist, has no MX or address records, or returns only an SOA record. As 5.4.4 it is a final bounce, typical for a misspelled or expired domain. As 4.4.4 the sender keeps retrying, which helps when the domain&apos;s DNS is only temporarily incomplete.</source>
        <comment>X.4.4/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by the sending server after DNS says the recipient domain does not exist or has neither MX nor A or AAAA records, for example Postfix logging Host or domain name not found.</source>
        <comment>X.4.4/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the recipient address for a typo in the domain, such as gmial.com instead of gmail.com. If the domain is right, tell the recipient by another channel that their domain&apos;s mail records seem to be missing.</source>
        <comment>X.4.4/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm with dig MX and dig A that the domain really has no route, and rule out split-horizon DNS or a stale resolver cache. Review transport maps or smarthost settings that may name a host that does not resolve.</source>
        <comment>X.4.4/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish MX records that point to host names with valid A or AAAA records, never to IP addresses or CNAMEs. Check that the domain registration has not expired and that its name server delegation is correct.</source>
        <comment>X.4.4/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.4 means the lookup succeeded but gave no usable route, while X.4.3 means the lookup itself failed and may work later.</source>
        <comment>X.4.4/confusedWith/X.4.3</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.2 says the destination system in the address is invalid, while X.4.4 says no route to it could be found; servers use either one for a nonexistent domain.</source>
        <comment>X.4.4/confusedWith/X.1.2</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.10 means the domain deliberately publishes a null MX to refuse all mail, while X.4.4 means routing data is missing or unusable.</source>
        <comment>X.4.4/confusedWith/X.1.10</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail system congestion</source>
        <comment>X.4.5/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message could not be delivered because the mail system, or the next hop, is overloaded, with too many connections, a full queue or exhausted resources. RFC 3463 treats it as transient and the registry pairs it with 451, so 4.4.5 is the normal form and the message is retried later. A 5.4.5 is a provider&apos;s own use for a hard limit, such as Gmail&apos;s daily sending quota.</source>
        <comment>X.4.5/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen as a deferral when a receiving or relaying server is overloaded or throttling connections, and from Gmail as 550 5.4.5 when an account exceeds its daily sending quota.</source>
        <comment>X.4.5/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 4.4.5, wait; the message is queued and will be retried. For 5.4.5 from Gmail or a similar provider, you reached a daily sending limit: wait 24 hours, send to fewer recipients, or move bulk mail to a dedicated sending service.</source>
        <comment>X.4.5/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower concurrency and sending rate toward the destination, for example with Postfix default_destination_concurrency_limit or per-destination rate delays. Check your own queue size, disk space and process limits, and spread bulk traffic over time.</source>
        <comment>X.4.5/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check load, queue depth, disk I/O and content-filter capacity, and raise connection or process limits if the hardware allows. Return 4.4.5 only while the overload lasts, so senders back off and retry.</source>
        <comment>X.4.5/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.2 says the host is not accepting messages at all, for example during maintenance, while X.4.5 says it accepts mail but is too congested right now.</source>
        <comment>X.4.5/confusedWith/X.3.2</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>421 closes the session, often because of the same overload, while X.4.5 usually arrives with 451 and describes congestion without ending the session.</source>
        <comment>X.4.5/confusedWith/421</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routing loop detected</source>
        <comment>X.4.6/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message was passed around too many times, because of a routing misconfiguration or mailboxes forwarding to each other, and a server stopped it by counting hops or Received header fields. RFC 3463 lists it as transient, but 5.4.6 is the common form in practice because a loop rarely fixes itself. A 4.4.6 means the system will try again later.</source>
        <comment>X.4.6/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued when a message exceeds a hop limit, such as Postfix hopcount_limit of 50 Received headers, or when a server finds that the next hop is itself, as in Postfix&apos;s mail for the domain loops back to myself.</source>
        <comment>X.4.6/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your own forwarding rules and ask the recipient about theirs: two mailboxes forwarding to each other cause this. Remove or correct the forward, then send again.</source>
        <comment>X.4.6/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the Received header fields in the bounce to see which hosts repeat. Common causes are a domain missing from Postfix mydestination or virtual domains, an MX pointing back at the sender, or a smarthost that returns the mail.</source>
        <comment>X.4.6/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure your server treats the domains it is MX for as final destinations or relays them to a distinct next hop. Check aliases, Sieve or forwarding rules and mailing list setups that send copies back to the same address.</source>
        <comment>X.4.6/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.4 means no route could be found at all, while X.4.6 means a route exists but leads the message in circles.</source>
        <comment>X.4.6/confusedWith/X.4.4</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.7 says the message grew too old in a queue, while X.4.6 says it was forwarded too many times, even if quickly.</source>
        <comment>X.4.6/confusedWith/X.4.7</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery time expired</source>
        <comment>X.4.7/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message stayed undelivered longer than a queue&apos;s lifetime, or than a time limit the sender set, so the system stopped trying. 4.4.7 normally appears in delay warnings while retries continue, and 5.4.7 in the final bounce, although Exchange reports its final expiry as 550 4.4.7 QUEUE.Expired. RFC 3463 prefers reporting the underlying problem, so look for the last error in the bounce.</source>
        <comment>X.4.7/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated by the sending side after repeated deferrals, typically when Postfix maximal_queue_lifetime (5 days by default), Exchange MessageExpirationTimeout or Exim retry rules run out.</source>
        <comment>X.4.7/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the earlier error quoted in the bounce, such as a connection timeout or a repeated 4xx refusal, since that is the real cause. Check the recipient address and ask the recipient whether their server has had problems, then send again.</source>
        <comment>X.4.7/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up the message&apos;s log history for the repeated deferral reason, such as greylisting retried from changing IP addresses, DNS failures or blocked port 25. Fix that cause; raise the queue lifetime only if longer retries are really useful.</source>
        <comment>X.4.7/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check whether you deferred this sender for days through greylisting, rate limits, a block list answered with 4xx, or an overloaded filter. Either accept the mail or reject it with a clear 5xx so the sender learns the reason quickly.</source>
        <comment>X.4.7/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay notification</source>
        <comment>X.4.7/contexts/0/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A 4.4.7 in a warning message says the message is still queued and the server keeps retrying.</source>
        <comment>X.4.7/contexts/0/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final bounce</source>
        <comment>X.4.7/contexts/1/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A 5.4.7, or Exchange&apos;s 550 4.4.7, says the queue lifetime ran out and the message was returned undelivered.</source>
        <comment>X.4.7/contexts/1/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.1 describes a failed connection attempt that will be retried, while X.4.7 reports that all retries over the queue lifetime failed.</source>
        <comment>X.4.7/confusedWith/X.4.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.6 stops a message that was forwarded in circles, while X.4.7 stops a message that waited too long in a queue.</source>
        <comment>X.4.7/confusedWith/X.4.6</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other protocol status</source>
        <comment>X.5.0/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something in the SMTP exchange is being reported that no more specific X.5 code describes. The registry pairs it with many replies, from 220 and 250 through 451, 454 and 501 to 554, so the class carries most of the meaning. 2.5.0 is a plain acknowledgment, 4.5.0 a temporary protocol problem worth retrying, and 5.5.0 a protocol failure that needs a change on the client side.</source>
        <comment>X.5.0/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to almost any command when the server has no finer code, either to acknowledge it or to refuse an exchange that breaks the protocol in a way it does not classify further.</source>
        <comment>X.5.0/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed for 2.5.0, which only acknowledges a command.</source>
        <comment>X.5.0/fix/general</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 4.5.0, let the mail client retry. For 5.5.0, update or reconfigure the client, since it is speaking SMTP in a way the server does not accept.</source>
        <comment>X.5.0/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture the session, for example with Postfix debug_peer_list, Exim debug output or a packet capture, and compare the commands with what the EHLO reply advertised. Look for pipelining errors, extensions used without being offered, or middleboxes rewriting the session.</source>
        <comment>X.5.0/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefer specific codes such as X.5.1, X.5.2 or X.5.4 so clients can tell what went wrong, and log the rejected command line.</source>
        <comment>X.5.0/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.0.0 leaves even the subject of the status unknown, while X.5.0 at least places it in the SMTP protocol exchange.</source>
        <comment>X.5.0/confusedWith/X.0.0</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.5.1 says a specific command was unsupported or out of sequence, while X.5.0 reports a protocol issue without saying which kind.</source>
        <comment>X.5.0/confusedWith/X.5.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid command</source>
        <comment>X.5.1/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client sent a command the server does not support, or sent it at the wrong point in the session, such as DATA before RCPT TO or MAIL FROM before logging in. Its meaning varies with the basic code it accompanies. RFC 3463 calls it permanent, so 5.5.1 is the norm and resending the same sequence fails again; a 4.5.1 is rare and signals a temporary state.</source>
        <comment>X.5.1/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to the offending command, for example 503 5.5.1 after RCPT TO without MAIL FROM, or 530 5.5.1 when a client tries MAIL FROM on a submission server without logging in.</source>
        <comment>X.5.1/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the text says authentication is required, turn on SMTP authentication in your mail client with your full address and password or an app password, using port 587 with STARTTLS or 465 with TLS. Otherwise update the client or script that sends the mail.</source>
        <comment>X.5.1/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check command order and extensions: pipeline only if the server advertised PIPELINING, send EHLO again after STARTTLS, and authenticate before MAIL FROM where required. For a smarthost, configure credentials, for example Postfix smtp_sasl_auth_enable and smtp_sasl_password_maps.</source>
        <comment>X.5.1/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure the commands and extensions you advertise match what you accept, and that submission ports offer AUTH once STARTTLS is active. Log the rejected command so users can be told exactly what to change.</source>
        <comment>X.5.1/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With 500 or 502</source>
        <comment>X.5.1/contexts/0/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command is unknown to this server or not implemented.</source>
        <comment>X.5.1/contexts/0/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With 503</source>
        <comment>X.5.1/contexts/1/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command is valid but came out of order, such as RCPT TO before MAIL FROM.</source>
        <comment>X.5.1/contexts/1/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With 530</source>
        <comment>X.5.1/contexts/2/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server requires AUTH, usually after STARTTLS, before it accepts mail commands, as in Gmail&apos;s 530 5.5.1 Authentication Required.</source>
        <comment>X.5.1/contexts/2/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.5.2 means the command could not be parsed, while X.5.1 means it was understood but is unsupported or out of sequence.</source>
        <comment>X.5.1/confusedWith/X.5.2</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>530 is the basic reply for authentication required, and pairing it with X.5.1 presents the missing login as an invalid command sequence rather than as a security policy under X.7.0.</source>
        <comment>X.5.1/confusedWith/530</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syntax error</source>
        <comment>X.5.2/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server could not interpret a command because its syntax was wrong or the command name was not recognized, for example a malformed MAIL FROM address or undecodable Base64 during AUTH. RFC 3463 calls it permanent, so 5.5.2 means the client must change what it sends. A 4.5.2 is unusual and points to a temporary parsing or state problem.</source>
        <comment>X.5.2/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to a command the server cannot parse, such as MAIL FROM with spaces or without brackets around the address, an unknown verb from a scanner or web client, or an invalid AUTH response.</source>
        <comment>X.5.2/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the sender and recipient addresses contain no spaces, stray quotes or display names. If a script, printer or device sends the mail, update it or switch it to a standard mail library.</source>
        <comment>X.5.2/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture the session and check each command against RFC 5321: the address follows MAIL FROM: in angle brackets with no space, lines end with CRLF, and AUTH data is valid Base64. Newer servers also reject bare LF line endings.</source>
        <comment>X.5.2/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If legitimate clients hit this, check whether strict parsing options, such as Postfix strict_rfc821_envelopes or bare newline rejection, are stricter than your senders can handle. For SPF permerror, tell the sending domain to fix its SPF record.</source>
        <comment>X.5.2/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During AUTH</source>
        <comment>X.5.2/contexts/0/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With 501, RFC 4954 uses 5.5.2 for a client response that is not valid Base64.</source>
        <comment>X.5.2/contexts/0/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPF check at the receiver</source>
        <comment>X.5.2/contexts/1/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFC 7208 recommends 550 5.5.2 when the sender domain&apos;s SPF record is malformed (permerror); RFC 7372 later added X.7.24 for SPF errors.</source>
        <comment>X.5.2/contexts/1/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.5.4 means the command parsed but an argument is invalid or unsupported, while X.5.2 means the command itself could not be parsed.</source>
        <comment>X.5.2/confusedWith/X.5.4</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.3 points at a malformed destination address, while X.5.2 points at a malformed command line.</source>
        <comment>X.5.2/confusedWith/X.1.3</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.5.1 means the command was understood but is unsupported or out of order, while X.5.2 means it could not be understood.</source>
        <comment>X.5.2/confusedWith/X.5.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many recipients</source>
        <comment>X.5.3/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transaction named more recipients than the server will take at once. RFC 3463 expects the sender to split the list and deliver the rest in a later transaction, so 4.5.3, usually with a 452 reply to RCPT TO, is normal and mail servers handle it automatically. A 5.5.3 means the split did not or cannot happen, and the message must be resent to fewer recipients.</source>
        <comment>X.5.3/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to RCPT TO once a per-message recipient limit is passed, such as Postfix smtpd_recipient_limit, typically when a mail client or script sends one message to a long address list.</source>
        <comment>X.5.3/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to fewer recipients per message, use a mailing list or distribution group, or split the addresses into several batches. Check your provider&apos;s documented per-message recipient limit.</source>
        <comment>X.5.3/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure your MTA or application resends recipients refused with 452 4.5.3 in a new transaction. Lower per-message recipient batches, for example Postfix smtp_destination_recipient_limit, to match the destination&apos;s limit.</source>
        <comment>X.5.3/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the recipient limit, such as Postfix smtpd_recipient_limit or Exim recipients_max, to a sensible value and refuse excess recipients with 452 4.5.3 rather than rejecting the whole message.</source>
        <comment>X.5.3/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>452 is the basic reply both for insufficient storage and, under RFC 5321, for too many recipients, while X.5.3 makes clear that the recipient count is the problem.</source>
        <comment>X.5.3/confusedWith/452</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.1 says the receiving system is out of storage, while X.5.3 says the number of recipients is the problem, although both often arrive with 452.</source>
        <comment>X.5.3/confusedWith/X.3.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid command arguments</source>
        <comment>X.5.4/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A known command carried an argument the server rejects because it is out of range, malformed for that command, or names an extension the server does not support, such as an unknown MAIL FROM parameter. RFC 3463 calls it permanent, so 5.5.4 means the client must drop or fix the argument. A 4.5.4 is uncommon and signals a temporary refusal.</source>
        <comment>X.5.4/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to MAIL FROM, RCPT TO, AUTH or EHLO when a parameter is unsupported or invalid, for example Postfix answering 555 5.5.4 Unsupported option, or 504 5.5.4 for an unknown AUTH mechanism.</source>
        <comment>X.5.4/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the mail client or device, or turn off an option the server does not offer, such as a specific authentication method. Choose a method the server supports, usually a normal password over TLS.</source>
        <comment>X.5.4/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the parameters you send, such as SIZE, BODY, SMTPUTF8, RET, NOTIFY or the AUTH mechanism, with the extensions listed in the server&apos;s EHLO reply, and use only those. A proxy or firewall that strips EHLO keywords can cause this.</source>
        <comment>X.5.4/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that your EHLO reply advertises exactly the extensions you accept and that security appliances are not hiding keywords. Log the rejected argument to help senders.</source>
        <comment>X.5.4/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.5.2 means the command line could not be parsed at all, while X.5.4 means the command was parsed but one of its arguments is unacceptable.</source>
        <comment>X.5.4/confusedWith/X.5.2</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.5.1 rejects the command itself as unsupported or out of order, while X.5.4 accepts the command but rejects an argument.</source>
        <comment>X.5.4/confusedWith/X.5.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong protocol version</source>
        <comment>X.5.5/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two systems disagreed on the protocol version or dialect and could not settle it on their own. It is rare in SMTP, and when seen it usually points to a client using a different protocol than the server expects on that port, such as LMTP against an SMTP service. 5.5.5 means the mismatch stays until one side is reconfigured; 4.5.5 would allow a retry.</source>
        <comment>X.5.5/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rarely seen; returned when a client&apos;s greeting or commands belong to a different protocol or version than the one the server speaks on that port.</source>
        <comment>X.5.5/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server name, port and security setting in the mail client: 587 with STARTTLS or 465 with TLS for sending mail. Update the client if it is very old.</source>
        <comment>X.5.5/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the transport matches the listener: LMTP for LMTP sockets, such as Dovecot delivery, and SMTP for port 25. In Postfix, compare the transport in master.cf and transport maps with what the next hop runs.</source>
        <comment>X.5.5/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm which protocol each listening port serves and document it for users. If a legitimate client must connect, enable the dialect it needs or provide a port that supports it.</source>
        <comment>X.5.5/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.5.1 objects to a single command, while X.5.5 says the whole exchange uses an incompatible protocol version.</source>
        <comment>X.5.5/confusedWith/X.5.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.5.0 reports an unspecified protocol problem, while X.5.5 names a version or dialect mismatch as the cause.</source>
        <comment>X.5.5/confusedWith/X.5.0</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication exchange line too long</source>
        <comment>X.5.6/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During AUTH, the client sent a Base64 response longer than the server can buffer for the chosen SASL mechanism, so authentication failed before the credentials were checked. RFC 4954 pairs it with 500. The registry allows both classes: 4.5.6 marks the limit as temporary and worth retrying, while 5.5.6 means the same response will keep failing and the client must use another mechanism.</source>
        <comment>X.5.6/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to the AUTH command or a continuation line when the Base64 data exceeds the server&apos;s buffer, which can happen with long OAuth 2.0 (XOAUTH2) or Kerberos (GSSAPI) tokens.</source>
        <comment>X.5.6/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try another sign-in method in the mail client, such as an app password instead of a token-based login, or update the client. Report the error to your provider if it keeps happening.</source>
        <comment>X.5.6/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your MTA authenticates to a smarthost, choose a SASL mechanism with shorter exchanges or send the initial response on a continuation line instead of on the AUTH line. Check for proxies that impose short line limits.</source>
        <comment>X.5.6/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise the SASL or command line buffer limit, for example in the Dovecot or Cyrus SASL service behind Postfix, so that tokens from the mechanisms you advertise fit. Stop advertising mechanisms you cannot handle.</source>
        <comment>X.5.6/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.8 means the credentials were checked and rejected, while X.5.6 means the server never checked them because the line was too long.</source>
        <comment>X.5.6/confusedWith/X.7.8</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.5.2 with 501 reports an AUTH response that is not valid Base64, while X.5.6 reports one that is too long to accept.</source>
        <comment>X.5.6/confusedWith/X.5.2</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other media error</source>
        <comment>X.6.0/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something about the message content made it undeliverable, and no more specific X.6 code fits, for example malformed MIME structure, broken header fields or invalid encoding. 5.6.0 is the common form and means the same content will be refused again. 4.6.0 marks a content problem the server expects to clear, such as a content scanner that is briefly unavailable.</source>
        <comment>X.6.0/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after the final dot of DATA, or in a bounce from a later hop, when a content check or gateway rejects the structure or encoding of the message.</source>
        <comment>X.6.0/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend without unusual attachments or formatting, for example as plain text with files compressed or shared by link. If an application or device created the message, report the bounce to its vendor.</source>
        <comment>X.6.0/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspect the raw message for broken MIME boundaries, 8-bit data in header fields, bare LF line endings or lines longer than 998 characters. Make sure your MTA sends 8-bit content only to servers that advertise 8BITMIME.</source>
        <comment>X.6.0/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the content filter and MIME parser logs, such as Amavis, Rspamd or a milter, for the exact rejection rule, and relax it if it blocks valid mail.</source>
        <comment>X.6.0/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.1 refuses a message on policy grounds such as spam or sender reputation, while X.6.0 objects to the format or media of its content.</source>
        <comment>X.6.0/confusedWith/X.7.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.1 says a particular media type or encoding is unsupported, while X.6.0 covers content problems that fit no specific X.6 code.</source>
        <comment>X.6.0/confusedWith/X.6.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Media not supported</source>
        <comment>X.6.1/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message uses a media type or transfer form that the delivery protocol or the next system cannot carry, such as binary or 8-bit content sent toward a 7-bit-only path. RFC 3463 treats it as permanent, so 5.6.1 means the sender must change the content or its encoding. A 4.6.1 suggests the needed capability may become available, for example on another MX host.</source>
        <comment>X.6.1/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen when a message using BINARYMIME, 8-bit bodies or a content type the recipient&apos;s gateway cannot carry reaches a system that cannot accept that form.</source>
        <comment>X.6.1/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the attachment in a common format, compress it, or share a link instead, and keep the mail client&apos;s encoding settings at their defaults.</source>
        <comment>X.6.1/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use BODY=8BITMIME or BINARYMIME only when the next hop advertises the matching extension, and make sure your MTA converts content to 7-bit quoted-printable or Base64 when it does not.</source>
        <comment>X.6.1/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advertise 8BITMIME if your server handles 8-bit content, as nearly all modern servers do. If you refuse certain media types by policy, name the blocked type in the reply.</source>
        <comment>X.6.1/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.3 says a conversion would make the content deliverable but the host cannot do it, while X.6.1 says the path does not support the media at all.</source>
        <comment>X.6.1/confusedWith/X.6.3</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.2 says conversion is needed but forbidden, while X.6.1 simply reports that the media form is unsupported.</source>
        <comment>X.6.1/confusedWith/X.6.2</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion required and prohibited</source>
        <comment>X.6.2/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The content must be converted before the next hop can take it, for example from 8-bit to 7-bit, but conversion is not allowed, either by a request in the message itself or by the sending host&apos;s policy. 5.6.2 is the usual form and means the message cannot travel as it is. A 4.6.2 allows a later retry if the route or the policy changes.</source>
        <comment>X.6.2/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen when a relay would have to transform the content for the next hop, but the message or local policy forbids changes, for instance to keep a digital signature intact.</source>
        <comment>X.6.2/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend the message in a simpler form, such as plain text or with attachments compressed, so that no conversion is needed along the way.</source>
        <comment>X.6.2/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find which hop lacks the needed capability, usually 8BITMIME or support for a content type. Either route through a server that supports it or encode the message as 7-bit quoted-printable or Base64 before it leaves.</source>
        <comment>X.6.2/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advertise 8BITMIME and accept common encodings so that relays do not have to convert mail destined for your users.</source>
        <comment>X.6.2/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.3 says the host in the path cannot perform the conversion, while X.6.2 says conversion is possible but forbidden.</source>
        <comment>X.6.2/confusedWith/X.6.3</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.4 reports that a lossy conversion was carried out or refused, while X.6.2 reports that any conversion at all was prohibited.</source>
        <comment>X.6.2/confusedWith/X.6.4</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion required but not supported</source>
        <comment>X.6.3/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The content has to be converted to be forwarded, but the host in the path cannot do it or finds it impractical, the classic case being a gateway that cannot downgrade 8-bit data to 7-bit for a next hop without 8BITMIME. The registry pairs it with 554. 5.6.3 is final for this route; 4.6.3 suggests a retry might reach a hop that needs no conversion.</source>
        <comment>X.6.3/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after DATA or in a relay&apos;s bounce when a message with 8-bit or binary content must cross a hop that cannot take it and the relay has no way to convert it.</source>
        <comment>X.6.3/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend as plain text or with attachments in common formats. If the recipient&apos;s system is old, ask them whether their mail gateway accepts 8-bit mail.</source>
        <comment>X.6.3/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configure your MTA to encode 8-bit content as quoted-printable or Base64 when the next hop does not advertise 8BITMIME, or route through a relay that can convert.</source>
        <comment>X.6.3/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade or reconfigure gateways so that they advertise 8BITMIME and pass 8-bit content unchanged; every current mainstream MTA supports it.</source>
        <comment>X.6.3/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.2 says conversion is possible but forbidden, while X.6.3 says the host cannot perform the conversion.</source>
        <comment>X.6.3/confusedWith/X.6.2</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.5 says a conversion was attempted and failed, while X.6.3 says the host could not attempt it at all.</source>
        <comment>X.6.3/confusedWith/X.6.5</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion with loss performed</source>
        <comment>X.6.4/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A host converted the message on its way and some information was lost, such as characters or attachment data the target format could not hold. Its meaning depends on the class. As 2.6.4, paired with 250, it is a warning: the message was delivered, though altered. As 5.6.4 it is a permanent failure, used when the sender said that lossy conversion was not allowed.</source>
        <comment>X.6.4/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by a gateway that transformed the content into another character set, encoding or messaging system and could not preserve everything.</source>
        <comment>X.6.4/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 2.6.4, check with the recipient that the content arrived readable. For 5.6.4, resend in a simpler form, such as plain text in UTF-8 with attachments the recipient&apos;s system supports.</source>
        <comment>X.6.4/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identify the converting gateway from the delivery report, and avoid routes that force conversion when content must arrive unchanged.</source>
        <comment>X.6.4/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your gateway converts content, log what was lost and keep the original where possible so that users can recover it.</source>
        <comment>X.6.4/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Success (2.6.4)</source>
        <comment>X.6.4/contexts/0/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message was delivered after a lossy conversion, and the recipient may see altered content.</source>
        <comment>X.6.4/contexts/0/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failure (5.6.4)</source>
        <comment>X.6.4/contexts/1/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message was not delivered because a lossy conversion was needed and the sender had prohibited it.</source>
        <comment>X.6.4/contexts/1/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.5 says the conversion failed outright, while X.6.4 says it succeeded but lost some information.</source>
        <comment>X.6.4/confusedWith/X.6.5</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.2 says any conversion was prohibited, while X.6.4 concerns a conversion that loses data, allowed or refused.</source>
        <comment>X.6.4/confusedWith/X.6.2</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion failed</source>
        <comment>X.6.5/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A conversion of the content was needed and attempted, but it did not succeed, for example a character set or attachment transformation that produced an error. The registry allows both classes. 4.6.5 suggests a temporary fault in the converter, so the message will be retried, while 5.6.5 means this content cannot be converted and the sender must change it.</source>
        <comment>X.6.5/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen in bounces from relays or gateways that transform messages, such as character set, encoding or format conversion, when the transformation step reports an error.</source>
        <comment>X.6.5/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend in a simpler form: plain text or standard HTML, UTF-8 characters and common attachment formats. Remove damaged or unusual attachments.</source>
        <comment>X.6.5/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in the gateway&apos;s log which conversion step failed and test it with the same message. Fix the converter, or route the mail so that no conversion is needed.</source>
        <comment>X.6.5/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your system performs the conversion, check its logs and resource limits, and update the component that fails on this content.</source>
        <comment>X.6.5/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.3 says the host could not attempt the conversion, while X.6.5 says it tried and failed.</source>
        <comment>X.6.5/confusedWith/X.6.3</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.4 says the conversion succeeded but lost data, while X.6.5 says the conversion did not succeed.</source>
        <comment>X.6.5/confusedWith/X.6.4</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message content not available</source>
        <comment>X.6.6/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A submission server using BURL (RFC 4468) could not fetch the message content from the URL the client supplied, typically an IMAP URL pointing to a message in the user&apos;s mailbox. The registry pairs it with 554. 4.6.6 means the fetch failed temporarily and can be retried, for example while the IMAP server is unreachable; 5.6.6 means the content cannot be obtained.</source>
        <comment>X.6.6/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to the BURL command during message submission when the server cannot retrieve the referenced content from the IMAP server.</source>
        <comment>X.6.6/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure the message still exists in your mailbox folder and try sending again. If it keeps failing, turn off server-side sending in the mail client so that it uploads the message directly.</source>
        <comment>X.6.6/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the submission server can reach the IMAP server and that the URLAUTH authorization in the URL is valid and unexpired. A missing trust relationship between the two servers is reported as X.7.14 instead.</source>
        <comment>X.6.6/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.14 means the submission server lacks the trust relationship needed to fetch the content, while X.6.6 means the fetch itself failed.</source>
        <comment>X.6.6/confusedWith/X.7.14</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.0 objects to content the server received, while X.6.6 means the server could not get the content at all.</source>
        <comment>X.6.6/confusedWith/X.6.0</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Non-ASCII address not permitted</source>
        <comment>X.6.7/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server will not accept a sender or recipient address containing non-ASCII characters, usually because internationalized addresses (SMTPUTF8) are not supported for it. RFC 6531 pairs it with 553 after RCPT TO and 550 after MAIL FROM. 5.6.7 is final until the address or the server changes; 4.6.7 would signal a temporary condition.</source>
        <comment>X.6.7/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to MAIL FROM or RCPT TO when the address includes UTF-8 characters and the server, or the mailbox, does not accept internationalized addresses.</source>
        <comment>X.6.7/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an ASCII address for the recipient if they have one, or ask them for an ASCII alternative. If your own address is internationalized, send from an ASCII address to this recipient.</source>
        <comment>X.6.7/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send internationalized addresses, with the SMTPUTF8 parameter on MAIL FROM, only to servers that list SMTPUTF8 in their EHLO reply. Otherwise return the message with a clear error or use an ASCII alias.</source>
        <comment>X.6.7/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To accept internationalized addresses, enable SMTPUTF8, for example Postfix smtputf8_enable, on every MX host, and make sure your mailbox backend supports UTF-8 addresses.</source>
        <comment>X.6.7/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.9 rejects the whole message after DATA because of UTF-8 header fields, while X.6.7 rejects an envelope address at MAIL FROM or RCPT TO.</source>
        <comment>X.6.7/confusedWith/X.6.9</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.3 says the address syntax is invalid, while X.6.7 says the address is well formed but uses non-ASCII characters the server does not allow.</source>
        <comment>X.6.7/confusedWith/X.1.3</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-8 reply required but not permitted</source>
        <comment>X.6.8/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server would need UTF-8 characters in its reply to show a mailbox name, usually for VRFY or EXPN, but the client did not allow UTF-8 replies with the SMTPUTF8 parameter. RFC 6531 pairs it with 252 or 550, and the registry adds 553. With 252 it carries class 2 and the server will still accept mail for the address; with 550 or 553, 5.6.8 is a refusal.</source>
        <comment>X.6.8/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to VRFY or EXPN sent without the SMTPUTF8 parameter when the mailbox being reported has a non-ASCII name.</source>
        <comment>X.6.8/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This affects address-checking tools rather than normal sending, and mail to the address can still be delivered as usual.</source>
        <comment>X.6.8/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your tool can handle UTF-8 replies, repeat VRFY or EXPN with the SMTPUTF8 parameter after confirming that the server advertises SMTPUTF8 in its EHLO reply.</source>
        <comment>X.6.8/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No change is needed: the server is correctly refusing to send UTF-8 to a client that did not ask for it. Keep replies ASCII unless the client opts in.</source>
        <comment>X.6.8/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.10 was registered with the same meaning and is now deprecated, so X.6.8 is the code to send and to expect.</source>
        <comment>X.6.8/confusedWith/X.6.10</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.7 refuses a non-ASCII address in MAIL FROM or RCPT TO, while X.6.8 concerns a reply that would have to contain one.</source>
        <comment>X.6.8/confusedWith/X.6.7</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-8 header message cannot be transferred</source>
        <comment>X.6.9/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message has internationalized (UTF-8) header fields and at least one recipient&apos;s system cannot accept them, so the message is rejected after the end of DATA. The registry pairs it with 550, while the text of RFC 6531 uses 554 for this rejection. 5.6.9 is final for that route; 4.6.9 would allow a retry, for example through a host that supports SMTPUTF8.</source>
        <comment>X.6.9/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after the final dot of DATA, or in a relay&apos;s bounce, when a message sent with SMTPUTF8 must reach a recipient or next hop that does not support internationalized header fields.</source>
        <comment>X.6.9/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend from an ASCII address to ASCII recipient addresses, or ask the recipient for an ASCII alternative. Non-ASCII characters in the subject and body are normally fine, since clients encode them for ordinary transport.</source>
        <comment>X.6.9/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set SMTPUTF8 only when the envelope or header fields really need it. If the next hop does not advertise SMTPUTF8, bounce early with a clear reason or deliver through a path that supports it.</source>
        <comment>X.6.9/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable SMTPUTF8 on every MX host and internal hop. As RFC 6531 encourages, refuse at RCPT TO rather than after DATA when a recipient cannot take internationalized mail.</source>
        <comment>X.6.9/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.7 rejects a non-ASCII envelope address at MAIL FROM or RCPT TO, while X.6.9 rejects the message after DATA because of its UTF-8 header fields.</source>
        <comment>X.6.9/confusedWith/X.6.7</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.3 is the general code for content that needs a conversion the path cannot perform, while X.6.9 is specific to internationalized header fields.</source>
        <comment>X.6.9/confusedWith/X.6.3</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deprecated duplicate of X.6.8</source>
        <comment>X.6.10/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code is deprecated in the IANA registry and should not be sent. When RFC 6531 replaced the code definitions of the earlier experimental SMTPUTF8 specification, X.6.10 turned out to duplicate X.6.8, UTF-8 reply required but not permitted, so it was marked deprecated. If you see it, read it as X.6.8.</source>
        <comment>X.6.10/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only from older software written before RFC 6531, typically in reply to VRFY or EXPN; current implementations send X.6.8 instead.</source>
        <comment>X.6.10/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treat it exactly as X.6.8: if your tool can handle UTF-8 replies, repeat VRFY or EXPN with the SMTPUTF8 parameter after checking that the server advertises SMTPUTF8.</source>
        <comment>X.6.10/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the server software or its reply templates so that it sends X.6.8, since X.6.10 is deprecated in the registry.</source>
        <comment>X.6.10/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.8 is the current code for a UTF-8 reply the client did not permit, while X.6.10 is its deprecated duplicate.</source>
        <comment>X.6.10/confusedWith/X.6.8</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other or undefined security status</source>
        <comment>X.7.0/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A security or policy problem occurred that no more specific X.7 detail code describes, or that the server chooses not to explain. RFC 4954 uses it in 454 4.7.0 (temporary authentication failure) and 530 5.7.0 (authentication required), and many servers send 530 5.7.0 when STARTTLS must come first. A 4.7.0 can be retried later; a 5.7.0 needs a change before sending again.</source>
        <comment>X.7.0/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It can follow almost any command, most often AUTH, STARTTLS, or MAIL FROM sent without authenticating. The text after the code usually names the real reason.</source>
        <comment>X.7.0/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the server text. If it says authentication is required, turn on SMTP authentication in your mail client with your full address and password, using port 587 with STARTTLS or port 465 with TLS. If it says STARTTLS is required, enable encryption in the outgoing server settings.</source>
        <comment>X.7.0/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 4.7.0, let the queue retry and check whether the remote side reported a temporary authentication or TLS problem. For 5.7.0, check the relay credentials (Postfix smtp_sasl_password_maps, Exim authenticators) and that TLS is enabled toward the relay, for example smtp_tls_security_level = may or encrypt.</source>
        <comment>X.7.0/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the session in your server log to see which check failed. Where a specific code exists, such as X.7.8 for bad credentials or X.7.1 for a policy refusal, use it so that clients can react correctly.</source>
        <comment>X.7.0/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>454 after AUTH</source>
        <comment>X.7.0/contexts/0/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server could not complete authentication because of a temporary problem, such as an unreachable password database, so a retry later can succeed.</source>
        <comment>X.7.0/contexts/0/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>454 after STARTTLS</source>
        <comment>X.7.0/contexts/1/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS is temporarily unavailable on the server, for example because of a certificate or TLS library problem.</source>
        <comment>X.7.0/contexts/1/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>530 before MAIL FROM</source>
        <comment>X.7.0/contexts/2/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server requires the client to authenticate, or with some servers to issue STARTTLS, before it accepts a mail transaction.</source>
        <comment>X.7.0/contexts/2/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.1 states that delivery was refused by policy, while X.7.0 is the catch-all used when no specific security detail applies or the server hides the reason.</source>
        <comment>X.7.0/confusedWith/X.7.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.8 with 535 means the credentials were checked and found wrong, whereas X.7.0 as 454 4.7.0 after AUTH means the server could not check them because of a temporary problem.</source>
        <comment>X.7.0/confusedWith/X.7.8</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery not authorized, message refused</source>
        <comment>X.7.1/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The receiving server refused the message because its policy does not allow this sender, connecting IP address or recipient. Typical causes are relaying without authentication, a block list listing, sender or recipient restrictions, and spam filter verdicts. A 5.7.1 lasts until something changes; a 4.7.1 is a temporary refusal, often greylisting or a short-term reputation or rate block.</source>
        <comment>X.7.1/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually in reply to RCPT TO for relaying or recipient policy, or after the final dot of DATA for content filtering. Some servers also use it at connection time or after MAIL FROM.</source>
        <comment>X.7.1/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the reply says relaying is denied, enable SMTP authentication in your client and send through your own provider&apos;s submission server on port 587. Otherwise follow the server text or linked page, ask the recipient to allow your address, and check that you are not sending from a blocked network.</source>
        <comment>X.7.1/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your outgoing IP address on public block lists such as Spamhaus and request delisting after fixing the cause. Make sure SPF, DKIM and DMARC pass and that the IP address has a matching PTR record. For 4.7.1, let the queue retry, because greylisting accepts the message on a later attempt.</source>
        <comment>X.7.1/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the matching rule in your logs (Postfix smtpd_recipient_restrictions, Exim ACLs, your spam filter). For relay denials, confirm whether the client should authenticate or be listed in mynetworks. Use a specific code such as X.7.23 or X.7.25 when one particular check caused the refusal.</source>
        <comment>X.7.1/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After RCPT TO</source>
        <comment>X.7.1/contexts/0/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Often a relay denial: the server does not accept mail for that domain from an unauthenticated client, or it refuses this recipient.</source>
        <comment>X.7.1/contexts/0/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After DATA</source>
        <comment>X.7.1/contexts/1/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A content, spam or policy filter rejected the message itself.</source>
        <comment>X.7.1/contexts/1/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class 4 (4.7.1)</source>
        <comment>X.7.1/contexts/2/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The refusal is temporary, typically greylisting or a temporary reputation block, and a later retry can succeed.</source>
        <comment>X.7.1/contexts/2/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.1 means the recipient mailbox does not exist, whereas X.7.1 means the mailbox may exist but the server refuses mail from this sender or client.</source>
        <comment>X.7.1/confusedWith/X.1.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.0 is the unspecified security status, while X.7.1 says explicitly that the sender is not authorized and the message was refused.</source>
        <comment>X.7.1/confusedWith/X.7.0</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.23 names an SPF failure explicitly, while X.7.1 is the generic refusal that many servers still send for SPF failures and other policy checks.</source>
        <comment>X.7.1/confusedWith/X.7.23</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailing list expansion prohibited</source>
        <comment>X.7.2/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sender is not allowed to send to the mailing list addressed as a recipient. Lists often accept posts only from subscribers or approved senders, or are announcement-only. The registry describes the code as useful only as a permanent failure, so it normally appears as 5.7.2.</source>
        <comment>X.7.2/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually in reply to RCPT TO for the list address, or in a bounce from the list software after the message was accepted.</source>
        <comment>X.7.2/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post from the address that is subscribed to the list, subscribe first, or ask the list owner to allow your address. Check that your client did not send from an alias or another identity.</source>
        <comment>X.7.2/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the list&apos;s posting policy (members only, moderated, announcement-only) in the list manager, such as Mailman or Sympa, and add the sender to the allowed posters if appropriate.</source>
        <comment>X.7.2/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.4 reports a technical problem expanding the list, while X.7.2 means the list refused this sender for policy reasons.</source>
        <comment>X.7.2/confusedWith/X.2.4</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.1 is a general refusal of the sender, whereas X.7.2 applies specifically to posting to a mailing list.</source>
        <comment>X.7.2/confusedWith/X.7.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security conversion required but not possible</source>
        <comment>X.7.3/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery required converting the message from one secure messaging format to another, for example at a gateway between systems with different encryption or signing schemes, and the conversion could not be done. The registry describes it as useful only as a permanent failure. It is rare on the public Internet.</source>
        <comment>X.7.3/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typically in a bounce from a gateway or security appliance after the message was accepted, rather than as a direct SMTP reply.</source>
        <comment>X.7.3/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the message without the encryption or signature that the gateway cannot convert, or use a format the recipient&apos;s system supports, such as standard S/MIME.</source>
        <comment>X.7.3/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the gateway&apos;s security conversion settings and logs, and configure a supported mapping or let the message pass unconverted where policy allows.</source>
        <comment>X.7.3/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.3 concerns a content conversion the next hop cannot perform, such as 8-bit to 7-bit, while X.7.3 concerns converting security wrapping such as encryption or signatures.</source>
        <comment>X.7.3/confusedWith/X.6.3</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security features not supported</source>
        <comment>X.7.4/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message or command asked for a security feature that the server or delivery protocol does not support, most often an authentication mechanism. A common example is 504 5.7.4 &quot;Unrecognized authentication type&quot; when a client uses an AUTH mechanism the server does not offer. It is meant as a permanent failure.</source>
        <comment>X.7.4/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually in reply to AUTH with an unsupported mechanism, or when a message requires a security feature that the next hop lacks.</source>
        <comment>X.7.4/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the mail client, change the authentication method to one the server supports, usually normal password (PLAIN or LOGIN over TLS) or OAuth2. Enable STARTTLS or SSL/TLS, because some servers offer AUTH only on encrypted connections.</source>
        <comment>X.7.4/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the mechanisms listed after AUTH in the server&apos;s EHLO reply and configure the relay client to use one of them, for example with Postfix smtp_sasl_mechanism_filter. Start TLS first if the server advertises AUTH only after STARTTLS.</source>
        <comment>X.7.4/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm which SASL mechanisms are enabled (Postfix smtpd_sasl settings, Dovecot auth_mechanisms, Exchange receive connector authentication) and whether password authentication over TLS is allowed on the connector clients use.</source>
        <comment>X.7.4/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.9 means the mechanism is supported but too weak for this user, whereas X.7.4 means the requested mechanism or feature is not supported at all.</source>
        <comment>X.7.4/confusedWith/X.7.9</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bare 502 means the whole command is not implemented, while 504 X.7.4 means the command exists but the requested security parameter or mechanism is not supported.</source>
        <comment>X.7.4/confusedWith/502</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cryptographic failure</source>
        <comment>X.7.5/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A system entitled to verify or decrypt the message could not do so because a necessary key was unavailable or invalid. It appears with encrypted mail whose key is missing, and some filters use it for failed signature checks. As 4.7.5 the key may become available later; as 5.7.5 the message will not pass without a change.</source>
        <comment>X.7.5/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the final dot of DATA, when the server checks signatures or decrypts, or in a later bounce from a gateway.</source>
        <comment>X.7.5/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you sent encrypted mail, check that you used the recipient&apos;s current public key or certificate. If the bounce mentions DKIM, ask your mail administrator to check the signing setup.</source>
        <comment>X.7.5/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the text points to DKIM, publish the public key for the selector you sign with as a TXT record at selector._domainkey.example.com and confirm that it matches the private key. Send a test message to a checking service before resending.</source>
        <comment>X.7.5/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the gateway has the keys or certificates it needs and that DNS lookups for public keys succeed. The verification log usually shows which key was missing or invalid.</source>
        <comment>X.7.5/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.7 means the message was altered so the check failed, whereas X.7.5 means the key needed to check or decrypt it was missing or invalid.</source>
        <comment>X.7.5/confusedWith/X.7.7</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cryptographic algorithm not supported</source>
        <comment>X.7.6/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A system entitled to verify or decrypt the message could not do so because it does not support the algorithm used, such as a cipher, hash or signature type. Older gateways, for example, may not support newer signature algorithms. It is usually permanent for that message and delivery path.</source>
        <comment>X.7.6/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the final dot of DATA, or in a later bounce from a gateway that processes signed or encrypted content.</source>
        <comment>X.7.6/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend using a widely supported algorithm, for example an RSA certificate with SHA-256 for S/MIME, or ask the recipient which algorithms their system accepts.</source>
        <comment>X.7.6/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you sign DKIM with a newer algorithm such as Ed25519, add a second signature with rsa-sha256 so that older verifiers can still check the message.</source>
        <comment>X.7.6/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the gateway or filter software so that it supports current algorithms, and check its logs for the algorithm it rejected.</source>
        <comment>X.7.6/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.5 means a needed key was missing or invalid, while X.7.6 means the key may be fine but the algorithm itself is not supported.</source>
        <comment>X.7.6/confusedWith/X.7.5</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message integrity failure</source>
        <comment>X.7.7/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A system entitled to validate the message found that it had been corrupted or altered, so a signature or checksum no longer matched. Mailing lists, added footers and content filters that rewrite messages are common causes, for example when a DKIM body hash no longer matches. The registry allows its use as a permanent, transient or success code.</source>
        <comment>X.7.7/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the final dot of DATA, or in a bounce from a gateway that checks signatures.</source>
        <comment>X.7.7/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend directly rather than through a forwarder or list that edits the message, and avoid tools that rewrite the message after it is signed.</source>
        <comment>X.7.7/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign as the last step before sending, after any footer, disclaimer or antivirus step that edits the message. Use relaxed canonicalization (c=relaxed/relaxed) for DKIM so that harmless whitespace changes do not break the signature.</source>
        <comment>X.7.7/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check whether a hop in your own path, such as a filter or gateway, changed the message before verification, and verify signatures before any local modification.</source>
        <comment>X.7.7/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.20 says that no DKIM signature verified at all, while X.7.7 more generally says a checked message was altered or corrupted.</source>
        <comment>X.7.7/confusedWith/X.7.20</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication credentials invalid</source>
        <comment>X.7.8/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server rejected the user name and password, token or other credentials sent with AUTH. It normally comes with 535, and the client should ask the user for new credentials instead of retrying the same ones. A class 4 form is rare; a temporary authentication problem is normally reported as 454 4.7.0.</source>
        <comment>X.7.8/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to AUTH, after the client has sent its credentials, for example after the base64-encoded user name and password of AUTH LOGIN.</source>
        <comment>X.7.8/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-enter your full email address as the user name and your current password. If the account uses two-step verification, create an app password (Gmail, Yahoo, iCloud) or switch the client to OAuth2 sign-in. Make sure an old saved password is not being reused.</source>
        <comment>X.7.8/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the relay credentials in the MTA (Postfix smtp_sasl_password_maps followed by postmap, Exim authenticators) and in the application&apos;s SMTP settings. For Microsoft 365, SMTP AUTH must be enabled for the mailbox and not disabled for the tenant, and accounts with multifactor authentication need OAuth2.</source>
        <comment>X.7.8/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the authentication log (Dovecot auth, saslauthd, Exchange) for the exact reason: unknown user, wrong password, locked account or blocked legacy sign-in. Many failures from one IP address suggest password guessing; rate-limit or block that source.</source>
        <comment>X.7.8/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>530 5.7.0 means the client has not authenticated and must do so, while 535 X.7.8 means it tried and the credentials were refused.</source>
        <comment>X.7.8/confusedWith/530</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.9 with 534 refuses the authentication mechanism as too weak, whereas X.7.8 rejects the credentials themselves.</source>
        <comment>X.7.8/confusedWith/X.7.9</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>454 4.7.0 after AUTH is a temporary failure to check credentials and can be retried, while X.7.8 means the credentials were checked and found wrong.</source>
        <comment>X.7.8/confusedWith/454</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication mechanism is too weak</source>
        <comment>X.7.9/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the AUTH mechanism the client chose because its policy requires a stronger one for this user, and the client should try another mechanism. Gmail, for example, returns 534 5.7.9 &quot;Application-specific password required&quot; when an account with two-step verification signs in with its normal password. It is permanent for that mechanism.</source>
        <comment>X.7.9/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to AUTH, either right after the mechanism name or after the credentials have been sent.</source>
        <comment>X.7.9/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch the client to a stronger sign-in method such as OAuth2, or create an app password if your provider requires one for accounts with two-step verification. Make sure the connection uses TLS, on port 587 with STARTTLS or port 465.</source>
        <comment>X.7.9/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configure the relay client to use a mechanism the server accepts, such as XOAUTH2, or PLAIN only over an encrypted connection, and replace the stored password with an app password if the provider requires it.</source>
        <comment>X.7.9/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check which mechanisms your policy allows per user, and advertise only those in the EHLO reply so that clients do not choose one that will be refused.</source>
        <comment>X.7.9/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.8 with 535 means the credentials were wrong, while X.7.9 with 534 means the credentials may be right but the mechanism used is not allowed for this user.</source>
        <comment>X.7.9/confusedWith/X.7.8</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.4 means the mechanism is not supported at all, whereas X.7.9 means it is supported but too weak under the server&apos;s policy.</source>
        <comment>X.7.9/confusedWith/X.7.4</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption needed</source>
        <comment>X.7.10/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The requested authentication mechanism may be used only with strong encryption in place, mainly plain-text mechanisms such as PLAIN and LOGIN. The client can start TLS and authenticate again, or choose a stronger mechanism. It refuses that attempt only; the same mechanism works once the connection is encrypted. The registry associates it with reply code 523.</source>
        <comment>X.7.10/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to AUTH sent over a connection that is not encrypted.</source>
        <comment>X.7.10/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable SSL/TLS or STARTTLS in the outgoing server settings of your mail client, usually port 587 with STARTTLS or port 465 with TLS, then send again.</source>
        <comment>X.7.10/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue STARTTLS before AUTH when talking to this relay, for example with Postfix smtp_tls_security_level = encrypt for that destination, or use implicit TLS on port 465 (Postfix smtp_tls_wrappermode = yes).</source>
        <comment>X.7.10/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This behavior is normally intended. Make sure STARTTLS is advertised with a valid certificate so that clients can comply.</source>
        <comment>X.7.10/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.11 with 538 is the older RFC 4954 code for an unencrypted AUTH attempt, kept for historical reasons, while X.7.10 with 523 is the general registry code asking for an encryption layer or a stronger mechanism.</source>
        <comment>X.7.10/confusedWith/X.7.11</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption required for requested authentication mechanism</source>
        <comment>X.7.11/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The AUTH mechanism the client chose may be used only when the SMTP connection is encrypted. RFC 4954 documents this code for historical purposes: current servers should not advertise such mechanisms until TLS is active, so clients rarely see it. It usually comes with 538.</source>
        <comment>X.7.11/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to AUTH sent before STARTTLS on a server that still advertises plain-text mechanisms.</source>
        <comment>X.7.11/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on STARTTLS or SSL/TLS in the outgoing server settings of your mail client and send again.</source>
        <comment>X.7.11/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start TLS before authenticating to this relay, for example with Postfix smtp_tls_security_level = encrypt, and do not allow plain-text authentication on unencrypted connections.</source>
        <comment>X.7.11/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advertise plain-text mechanisms only after STARTTLS, for example with Postfix smtpd_tls_auth_only = yes, so that clients never try them unencrypted.</source>
        <comment>X.7.11/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.10 with 523 is the general registry code asking for encryption before this mechanism, while X.7.11 with 538 is the RFC 4954 code kept mainly for historical reasons.</source>
        <comment>X.7.11/confusedWith/X.7.10</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password transition is needed</source>
        <comment>X.7.12/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user must move to the selected authentication mechanism, typically by authenticating once with PLAIN over an encrypted connection so that the server can set up the new credential. After that, the selected mechanism should work in later sessions. It is a transient condition, normally sent as 432 4.7.12.</source>
        <comment>X.7.12/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to AUTH with a mechanism for which the server does not yet hold a usable credential for this user.</source>
        <comment>X.7.12/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in once with normal password (PLAIN) over an encrypted connection, then switch back to the preferred method. Contact your provider if the message keeps appearing.</source>
        <comment>X.7.12/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authenticate the relay account once with PLAIN over TLS, then return to the stronger mechanism.</source>
        <comment>X.7.12/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure PLAIN over TLS is available so that users can complete the transition, and check that the password backend stores the credential the new mechanism needs.</source>
        <comment>X.7.12/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.8 means the credentials were wrong, while X.7.12 means they may be correct but must first be used once with PLAIN so the server can prepare the new mechanism.</source>
        <comment>X.7.12/confusedWith/X.7.8</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User account disabled</source>
        <comment>X.7.13/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credentials were correct, but the account has been disabled, for example because of non-payment, abuse or a suspected break-in. Unlike a mistyped password, entering it again will not help: the failure lasts until an administrator re-enables the account. The registry associates it with 525.</source>
        <comment>X.7.13/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to AUTH, after successful authentication to an account that is disabled.</source>
        <comment>X.7.13/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact your email provider or administrator to learn why the account was disabled and to have it re-enabled. If it was disabled after a compromise, change the password and review forwarding rules once access is restored.</source>
        <comment>X.7.13/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop retrying with this account. Contact the provider, or switch the application to an account that is active.</source>
        <comment>X.7.13/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the account status and the recorded reason in your directory, and re-enable the account once the cause, such as a compromise or a billing issue, is resolved.</source>
        <comment>X.7.13/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.8 means the credentials were wrong and can be re-entered, whereas X.7.13 means they were right but the account is disabled.</source>
        <comment>X.7.13/confusedWith/X.7.8</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.1 says the recipient&apos;s mailbox is not accepting messages, while X.7.13 says the sender&apos;s own account is disabled for authentication.</source>
        <comment>X.7.13/confusedWith/X.2.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust relationship required</source>
        <comment>X.7.14/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The submission server needs a configured trust relationship with another server, typically an IMAP server, to fetch message content referenced with the BURL command. It replaced the earlier use of X.7.8 for this case. Gmail also sends 534 5.7.14 asking the user to sign in through a web browser first, which is not the registry meaning.</source>
        <comment>X.7.14/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to BURL when the server cannot fetch the referenced content, or at Gmail in reply to AUTH from a client.</source>
        <comment>X.7.14/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the Gmail message, sign in to the account in a web browser, complete any security check, and then use an app password or OAuth2 in the mail client. For BURL errors, send the message normally instead of by reference.</source>
        <comment>X.7.14/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up the trust between the submission server and the IMAP server, for example the URLAUTH settings in Dovecot, so that BURL can fetch the referenced message.</source>
        <comment>X.7.14/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.8 rejects the user&apos;s credentials, while X.7.14 means the servers lack the trust needed to fetch referenced content or, at Gmail, that an interactive sign-in is needed.</source>
        <comment>X.7.14/confusedWith/X.7.8</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.6 means the referenced content could not be fetched at all, whereas X.7.14 means fetching it is not permitted without a configured trust relationship.</source>
        <comment>X.7.14/confusedWith/X.6.6</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority level is too low</source>
        <comment>X.7.15/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message priority requested with the MT-PRIORITY extension is below the lowest priority the server currently accepts. A 4.7.15 usually means the server is temporarily taking only higher-priority mail, so a later retry can succeed; a 5.7.15 reflects a lasting policy. Other 4xx and 5xx reply codes are allowed besides 450 and 550.</source>
        <comment>X.7.15/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to MAIL FROM carrying an MT-PRIORITY parameter.</source>
        <comment>X.7.15/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send again later, or with a higher priority if you are entitled to use one.</source>
        <comment>X.7.15/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 4.7.15, keep the message queued and retry. Check that the MT-PRIORITY values you send match what the relay trusts you to use, and agree a priority policy with its operator if needed.</source>
        <comment>X.7.15/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the priority thresholds in your MT-PRIORITY policy and whether the system is in a mode that accepts only high-priority mail.</source>
        <comment>X.7.15/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.16 refuses the message because it is too large for its priority, while X.7.15 refuses it because the priority itself is too low.</source>
        <comment>X.7.15/confusedWith/X.7.16</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message too big for specified priority</source>
        <comment>X.7.16/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message exceeds the size the server accepts at the requested MT-PRIORITY level, for example when only small high-priority messages are being taken. As 4.7.16 the limit may lift later; as 5.7.16 the message must be smaller or sent at a priority with a higher limit. 552 is the usual reply code, but other 4xx and 5xx codes are allowed.</source>
        <comment>X.7.16/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to MAIL FROM with SIZE and MT-PRIORITY parameters, or after the final dot of DATA.</source>
        <comment>X.7.16/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reduce the message size, for example by sharing large attachments as links, or send at a priority level that allows larger messages.</source>
        <comment>X.7.16/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry a 4.7.16 later. For 5.7.16, return the message to the sender, or lower its priority only if your policy allows that.</source>
        <comment>X.7.16/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the size limits configured for each priority level and whether they match your published policy.</source>
        <comment>X.7.16/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.4 means the message is larger than the server accepts at all, while X.7.16 means it is too large only for the requested priority.</source>
        <comment>X.7.16/confusedWith/X.3.4</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.15 refuses the priority level itself, whereas X.7.16 accepts the priority but not a message of this size at that priority.</source>
        <comment>X.7.16/confusedWith/X.7.15</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox owner has changed</source>
        <comment>X.7.17/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message asked, through the Require-Recipient-Valid-Since header field or the RRVS extension, to be delivered only if the mailbox has had the same owner since a given date. The receiving system knows the mailbox has changed hands since then, so delivery would reach someone else. The registry associates it with 5xx replies.</source>
        <comment>X.7.17/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to RCPT TO carrying the RRVS parameter, or after the final dot of DATA when the header field is evaluated.</source>
        <comment>X.7.17/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not resend to this address. Confirm the person&apos;s current address through another channel and update your records.</source>
        <comment>X.7.17/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treat it as a permanent failure and mark the address in the sending application so that no further mail is sent to it.</source>
        <comment>X.7.17/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is usually needed, because the code protects the former owner&apos;s mail as intended.</source>
        <comment>X.7.17/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.1 means the mailbox does not exist, while X.7.17 means it exists but has belonged to someone else since the date given.</source>
        <comment>X.7.17/confusedWith/X.1.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.18 says the recipient&apos;s whole domain changed owner, whereas X.7.17 says one mailbox did.</source>
        <comment>X.7.17/confusedWith/X.7.18</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain owner has changed</source>
        <comment>X.7.18/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message requested RRVS protection, and the receiving system discloses that the recipient&apos;s domain name has changed owner since the date given. Any mailbox under that domain may now belong to someone unrelated to the intended recipient. The registry associates it with 5xx replies.</source>
        <comment>X.7.18/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to RCPT TO carrying the RRVS parameter, or after the final dot of DATA when the Require-Recipient-Valid-Since header field is evaluated.</source>
        <comment>X.7.18/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not resend. Confirm the recipient&apos;s new address, which is likely at a different domain, through another channel.</source>
        <comment>X.7.18/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treat it as a permanent failure and mark all addresses at that domain for review in the sending application.</source>
        <comment>X.7.18/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is usually needed, because the code protects the previous domain owner&apos;s users as intended.</source>
        <comment>X.7.18/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.17 says a single mailbox changed owner, while X.7.18 says the whole recipient domain did.</source>
        <comment>X.7.18/confusedWith/X.7.17</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RRVS test cannot be completed</source>
        <comment>X.7.19/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message requested RRVS protection, but the receiving system cannot evaluate it because it did not record when the mailbox was created or last changed owner. The sender must decide whether to resend the message without RRVS protection. The registry associates it with 5xx replies.</source>
        <comment>X.7.19/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to RCPT TO carrying the RRVS parameter, or after the final dot of DATA when the Require-Recipient-Valid-Since header field is evaluated.</source>
        <comment>X.7.19/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide whether the message is safe to deliver without the ownership check. If it is, resend without the Require-Recipient-Valid-Since field or RRVS parameter.</source>
        <comment>X.7.19/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report the failure to the originating application so it can choose to resend without RRVS, rather than discarding the address.</source>
        <comment>X.7.19/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you support RRVS, record account creation and ownership change times so that future checks can be completed.</source>
        <comment>X.7.19/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.17 is a definite answer that the mailbox changed owner, whereas X.7.19 means the server could not tell.</source>
        <comment>X.7.19/confusedWith/X.7.17</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No passing DKIM signature found</source>
        <comment>X.7.20/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The receiver&apos;s policy requires a valid DKIM signature, and the message had none that verified: it was unsigned or every signature failed. Causes include signing not enabled, a missing or wrong public key in DNS, and changes to the message after signing. It is normally 550 5.7.20; a class 4 form suggests a temporary problem such as a DNS timeout.</source>
        <comment>X.7.20/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the final dot of DATA, once the message has been received and its signatures checked.</source>
        <comment>X.7.20/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask your email provider or administrator to enable DKIM signing for your domain. If you send through a third-party service, complete its domain authentication setup.</source>
        <comment>X.7.20/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign all outgoing mail (OpenDKIM, Rspamd or your provider&apos;s setting) and publish the key as a TXT record at selector._domainkey.example.com with v=DKIM1; k=rsa; p= followed by the key. Check that the s= selector in the signature matches that name and that nothing edits the message after signing.</source>
        <comment>X.7.20/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the Authentication-Results header or the DKIM verifier log for the reason, such as no key, bad signature or body hash mismatch, before adding exceptions.</source>
        <comment>X.7.20/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.21 means at least one DKIM signature verified but none was acceptable to policy, while X.7.20 means no signature verified at all.</source>
        <comment>X.7.20/confusedWith/X.7.21</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.26 reports that several authentication checks failed without naming them, whereas X.7.20 names DKIM as the failed check.</source>
        <comment>X.7.20/confusedWith/X.7.26</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No acceptable DKIM signature found</source>
        <comment>X.7.21/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least one DKIM signature verified, but none met the receiver&apos;s policy, for example because it was made by an unrelated domain, used a short key or an outdated hash, or covered too little of the message. A sending service that signs with its own domain instead of yours is a common cause. As 5.7.21 it persists until the signing changes.</source>
        <comment>X.7.21/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the final dot of DATA, once the message has been received and its signatures checked.</source>
        <comment>X.7.21/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask your provider or sending service to sign with your own domain (often called custom DKIM or domain authentication) rather than theirs.</source>
        <comment>X.7.21/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign with a d= domain that matches your From domain or its parent, use RSA keys of 2048 bits with rsa-sha256, avoid the l= body length tag, and include the From header field in the signed headers (h=).</source>
        <comment>X.7.21/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document which signatures your policy accepts, and log why a verified signature was not accepted so that senders can be told.</source>
        <comment>X.7.21/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.22 is the specific case where no valid signature&apos;s domain matches the From address, while X.7.21 covers any reason a verified signature is unacceptable.</source>
        <comment>X.7.21/confusedWith/X.7.22</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.20 means no DKIM signature verified, whereas X.7.21 means one verified but was not acceptable.</source>
        <comment>X.7.21/confusedWith/X.7.20</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No valid author-matched DKIM signature found</source>
        <comment>X.7.22/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message carried one or more valid DKIM signatures, but none was made by a domain matching the author address in the From header field. It is a special case of X.7.21 and closely resembles a DMARC DKIM alignment failure. It typically happens when a service signs with its own domain while sending as yours, and it persists until the signing changes.</source>
        <comment>X.7.22/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the final dot of DATA, once the message has been received and its signatures checked.</source>
        <comment>X.7.22/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have your sending service or provider sign with your domain, usually by publishing the DKIM CNAME or TXT records it gives you.</source>
        <comment>X.7.22/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign with d= equal to the From domain, or a parent domain where relaxed alignment applies, and publish the selector key in DNS. In a test message, confirm that Authentication-Results shows dkim=pass with header.d matching the From domain.</source>
        <comment>X.7.22/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the From domain with the d= values of the verified signatures in your logs before reporting the failure.</source>
        <comment>X.7.22/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.26 means several authentication checks failed together, often a DMARC failure, while X.7.22 names the specific problem that no valid DKIM signature matches the From domain.</source>
        <comment>X.7.22/confusedWith/X.7.26</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.21 covers any unacceptable verified signature, whereas X.7.22 is limited to signatures whose domain does not match the author.</source>
        <comment>X.7.22/confusedWith/X.7.21</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPF validation failed</source>
        <comment>X.7.23/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message&apos;s SPF check returned fail, meaning the domain&apos;s SPF record does not authorize the sending IP address, and local policy rejects such mail. RFC 7372 introduced it in place of the 5.7.1 that RFC 7208 had recommended. Expect 550 5.7.23; SPF fail is a definite result, so retrying unchanged will not help.</source>
        <comment>X.7.23/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to MAIL FROM or RCPT TO when the server checks SPF early, or after the final dot of DATA.</source>
        <comment>X.7.23/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you started sending through a new service or server, ask your domain administrator to add it to the domain&apos;s SPF record. Forwarded mail often fails SPF; ask the forwarder to use SRS or ARC.</source>
        <comment>X.7.23/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish a single TXT record beginning v=spf1 that lists every sending source, for example v=spf1 ip4:192.0.2.10 include:_spf.example.net -all. Keep it within 10 DNS lookups, and remember that SPF checks the MAIL FROM (bounce) domain, not the From header.</source>
        <comment>X.7.23/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm the result with the Received-SPF or Authentication-Results header and the client IP in your log. Consider ARC or an allow list for known forwarders whose mail fails SPF.</source>
        <comment>X.7.23/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.24 means the SPF check could not be completed because of an error, whereas X.7.23 means it completed and the IP address is not authorized.</source>
        <comment>X.7.23/confusedWith/X.7.24</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.1 is the generic policy refusal that older servers still send for SPF failures, while X.7.23 names the SPF failure explicitly.</source>
        <comment>X.7.23/confusedWith/X.7.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPF validation error</source>
        <comment>X.7.24/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluating SPF for the message ended in an error instead of a result. As 451 4.7.24 it replaces 4.4.3 for a temporary error (temperror), such as a DNS timeout, and a later retry can succeed. As 550 5.7.24 it replaces 5.5.2 for a permanent error (permerror), such as a syntax error, two SPF records or more than 10 DNS lookups.</source>
        <comment>X.7.24/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to MAIL FROM or RCPT TO when the server checks SPF early, or after the final dot of DATA.</source>
        <comment>X.7.24/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell your domain administrator, because the fix is in the domain&apos;s DNS, not in the message. For 4.7.24 the sending server retries automatically.</source>
        <comment>X.7.24/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test your domain with an SPF checker. Merge duplicate v=spf1 records into one, fix misspelled mechanisms, and flatten or remove includes until evaluation needs 10 DNS lookups or fewer. For 4.7.24, make sure your authoritative DNS servers answer reliably.</source>
        <comment>X.7.24/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that your resolver can reach the sender&apos;s DNS servers; repeated 4.7.24 replies for many domains point to a local DNS problem.</source>
        <comment>X.7.24/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>451 4.7.24 (temperror)</source>
        <comment>X.7.24/contexts/0/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A temporary error, usually a DNS timeout or a server failure while looking up SPF records; the message can be retried.</source>
        <comment>X.7.24/contexts/0/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>550 5.7.24 (permerror)</source>
        <comment>X.7.24/contexts/1/context</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A permanent error in the published SPF data, such as invalid syntax, more than one SPF record or too many DNS lookups; the record must be fixed.</source>
        <comment>X.7.24/contexts/1/meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.23 means SPF was evaluated and the IP address is not authorized, while X.7.24 means SPF could not be evaluated because of a DNS or record error.</source>
        <comment>X.7.24/confusedWith/X.7.23</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.3 is the general directory server failure that RFC 7208 suggested for SPF temporary errors, whereas 4.7.24 reports the same condition specifically as an SPF error.</source>
        <comment>X.7.24/confusedWith/X.4.3</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reverse DNS validation failed</source>
        <comment>X.7.25/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connecting IP address failed the receiver&apos;s reverse DNS check: it has no PTR record, or the PTR name does not resolve back to the same address (forward-confirmed reverse DNS). Many large providers require this of all senders. As 5.7.25 it is a rejection; a class 4 form usually means the DNS lookup failed temporarily.</source>
        <comment>X.7.25/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At connection time, in reply to EHLO or MAIL FROM, or after the final dot of DATA, depending on when the server runs the check.</source>
        <comment>X.7.25/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a server setting, so contact your email provider or network administrator. Home and dynamic IP addresses usually cannot send mail directly; send through your provider&apos;s submission server instead.</source>
        <comment>X.7.25/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the owner of the IP address (hosting provider or ISP) to set a PTR record such as mail.example.com, and make sure mail.example.com has an A or AAAA record pointing back to that IP. Use the same name in EHLO, and check IPv6 as well as IPv4.</source>
        <comment>X.7.25/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check with dig -x on the client IP and a forward lookup of the returned name. A temporary DNS failure should produce a 4xx reply, not a permanent rejection.</source>
        <comment>X.7.25/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.1 is the generic refusal that many servers still use for a missing PTR record, while X.7.25 names the reverse DNS failure explicitly.</source>
        <comment>X.7.25/confusedWith/X.7.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.23 concerns whether the sender&apos;s domain authorizes the IP address through SPF, whereas X.7.25 concerns the IP address&apos;s own PTR and forward DNS records.</source>
        <comment>X.7.25/confusedWith/X.7.23</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multiple authentication checks failed</source>
        <comment>X.7.26/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message failed more than one authentication check, such as SPF and DKIM together, and local policy rejects it; the code does not say which mechanisms failed. Gmail, for example, uses 550 5.7.26 for unauthenticated mail and for mail rejected under the sender domain&apos;s DMARC policy. A class 4 form is a deferral that asks for authentication to be fixed before the next retry.</source>
        <comment>X.7.26/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the final dot of DATA, once SPF, DKIM and DMARC have been evaluated.</source>
        <comment>X.7.26/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask your domain administrator to set up SPF, DKIM and DMARC for your domain, and to authorize the service or server you send through.</source>
        <comment>X.7.26/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure SPF passes for the MAIL FROM domain and DKIM passes with d= matching the From domain, so that DMARC aligns. Publish a DMARC record such as v=DMARC1; p=none; rua=mailto:reports@example.com at _dmarc.example.com and use the reports to find unauthenticated sources.</source>
        <comment>X.7.26/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log which checks failed so that you can tell the sender, because the code itself deliberately does not say.</source>
        <comment>X.7.26/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.23 names a single SPF failure, while X.7.26 reports that more than one check failed without naming them.</source>
        <comment>X.7.26/confusedWith/X.7.23</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.22 pinpoints a DKIM signature that does not match the From domain, whereas X.7.26 is the broader result when several checks, often summarized by DMARC, failed.</source>
        <comment>X.7.26/confusedWith/X.7.22</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender address has null MX</source>
        <comment>X.7.27/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain in the sender address publishes a null MX record (a single MX with preference 0 and target &quot;.&quot;), declaring that it never receives mail. Receivers may reject such senders because bounces could not be returned. It is a permanent failure. Gmail also uses 4.7.27 and 5.7.27 for mail that fails its SPF requirement, which is a different meaning.</source>
        <comment>X.7.27/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to MAIL FROM, or to RCPT TO on servers that check the sender domain later in the transaction.</source>
        <comment>X.7.27/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send from an address whose domain can receive mail. If it is your domain, ask the administrator to replace the null MX with real MX records. If Gmail sent the code, ask the administrator to check SPF instead.</source>
        <comment>X.7.27/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up the MAIL FROM (bounce) domain with dig MX. If it returns the null MX, use another bounce domain or publish real MX records. If Gmail sent the code, make sure SPF passes for the MAIL FROM domain.</source>
        <comment>X.7.27/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No change is needed if rejecting null MX senders is your policy; make sure the lookup result was genuine and not a DNS error.</source>
        <comment>X.7.27/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.10 with 556 concerns a recipient domain that has a null MX, while X.7.27 concerns the sender&apos;s domain.</source>
        <comment>X.7.27/confusedWith/X.1.10</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.23 is the registry code for an SPF failure, whereas X.7.27 officially means a null MX sender, even though Gmail uses 4.7.27 and 5.7.27 for SPF problems.</source>
        <comment>X.7.27/confusedWith/X.7.23</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail flood detected</source>
        <comment>X.7.28/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message appears to be part of a flood of similar abusive messages, such as a subscription bombing attack or a sudden burst of unwanted bulk mail. Gmail, for example, sends 421 4.7.28 to rate-limit an IP address with an unusual rate of unsolicited mail. A class 4 reply means slow down and retry later; a class 5 reply blocks the traffic.</source>
        <comment>X.7.28/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At connection time or in reply to RCPT TO or DATA, when the receiver counts messages from the same source or with similar content.</source>
        <comment>X.7.28/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause bulk sending until the cause is found. If your web forms send confirmation mail, add CAPTCHA, rate limits and double opt-in so that attackers cannot use them to flood other people&apos;s mailboxes.</source>
        <comment>X.7.28/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower the sending rate to that provider and let the queue retry 4.7.28 slowly. Look for compromised accounts or abused forms, send only to opted-in recipients, remove addresses that bounce, and watch reputation in tools such as Google Postmaster Tools.</source>
        <comment>X.7.28/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the flood thresholds and what triggered them, and publish how senders can request a review.</source>
        <comment>X.7.28/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A 421 with no detail means the service is unavailable and the connection is closing, while 421 4.7.28 says the sender is being rate-limited for sending a flood of similar mail.</source>
        <comment>X.7.28/confusedWith/421</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.1 is a general policy refusal, whereas X.7.28 says the refusal is due to the volume of similar messages.</source>
        <comment>X.7.28/confusedWith/X.7.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ARC validation failure</source>
        <comment>X.7.29/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message carried an Authenticated Received Chain (ARC), the header fields that intermediaries such as mailing lists and forwarders add to preserve earlier authentication results, and the chain failed validation. An ARC validator may reject such a message with 5.7.29. As 5.7.29 it is permanent for that message. ARC is an experimental protocol, and many receivers simply ignore a broken chain instead.</source>
        <comment>X.7.29/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the final dot of DATA, once the ARC header fields have been checked.</source>
        <comment>X.7.29/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you sent through a mailing list or forwarder, report the bounce to its operator; the original sender usually cannot repair the chain.</source>
        <comment>X.7.29/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you add ARC headers, seal after all your modifications, publish the ARC signing key in DNS like a DKIM key, and never alter ARC headers added by earlier hops. Check that the first ARC-Seal has cv=none and later ones cv=pass.</source>
        <comment>X.7.29/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log which ARC set failed (message signature, seal or instance numbering), and consider relying on other authentication results when only the chain is broken.</source>
        <comment>X.7.29/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.20 concerns DKIM signatures on the message itself, while X.7.29 concerns the ARC header fields that intermediaries added.</source>
        <comment>X.7.29/confusedWith/X.7.20</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.7 is a general integrity failure of a checked message, whereas X.7.29 reports specifically that the ARC chain did not validate.</source>
        <comment>X.7.29/confusedWith/X.7.7</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REQUIRETLS support required</source>
        <comment>X.7.30/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message was sent with the REQUIRETLS option, which demands TLS with a verified certificate on every hop, and it could not be relayed because no next-hop server offered REQUIRETLS on such a connection. The message is not sent insecurely instead. Gmail also uses 4.7.30 and 5.7.30 for mail that fails its DKIM requirement, which is a different meaning.</source>
        <comment>X.7.30/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually in a bounce from a relay that found no suitable next hop, after the message had been accepted.</source>
        <comment>X.7.30/when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend without requiring TLS only if the content may travel unencrypted; otherwise use another channel. If Gmail sent the code, ask your administrator to check DKIM signing instead.</source>
        <comment>X.7.30/fix/sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check whether the recipient&apos;s MX hosts offer STARTTLS with valid certificates and advertise REQUIRETLS; many do not. If Gmail sent the code, fix DKIM signing and the published selector key.</source>
        <comment>X.7.30/fix/sendingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To accept REQUIRETLS mail, advertise REQUIRETLS after STARTTLS with a valid certificate, and make sure every onward hop you relay to supports it.</source>
        <comment>X.7.30/fix/receivingServer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.10 asks the client to encrypt the connection before authenticating, while X.7.30 says a message that demands encryption on every hop could not be relayed that way.</source>
        <comment>X.7.30/confusedWith/X.7.10</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.20 is the registry code for a missing valid DKIM signature, whereas X.7.30 officially concerns REQUIRETLS, even though Gmail uses 4.7.30 and 5.7.30 for DKIM problems.</source>
        <comment>X.7.30/confusedWith/X.7.20</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Success Status</source>
        <comment>2.X.X/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An enhanced code starting with 2 reports that the action succeeded; the other two parts only add context, such as which address was accepted or what was done to the message. It normally travels with a 2xx reply, for example 250 2.1.5 after RCPT TO. In delivery status notifications it marks a recipient whose message was delivered or relayed.</source>
        <comment>2.X.X/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persistent Transient Failure</source>
        <comment>4.X.X/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An enhanced code starting with 4 means the message itself is acceptable, but a condition that should clear up blocked it for now. The sending server keeps the message queued and retries until its queue lifetime runs out, and only then returns a bounce. It normally travels with a 4xx reply; if the two disagree, SMTP clients act on the three-digit reply code.</source>
        <comment>4.X.X/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permanent Failure</source>
        <comment>5.X.X/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An enhanced code starting with 5 means sending the same message again unchanged will not work: the address, the message or something at the destination has to change first. The sending server stops retrying and returns a bounce to the sender. It normally travels with a 5xx reply.</source>
        <comment>5.X.X/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other or Undefined Status</source>
        <comment>X.0.X/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject 0 means the server gives no information about which area the problem is in. Codes such as 4.0.0 and 5.0.0 come from servers that support enhanced status codes but do not classify every error, so the text after the code is the real clue.</source>
        <comment>X.0.X/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positive Preliminary</source>
        <comment>1xx/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A first digit of 1 means the command was accepted but another reply will follow before the client may continue. SMTP defines no command that uses this class, so a 1xx reply usually means the client reached a service that is not a mail server. Retrying does not apply; treat it as a protocol error.</source>
        <comment>1xx/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positive Completion</source>
        <comment>2xx/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A first digit of 2 means the requested action finished successfully and the client may send the next command. After the message data, it means the server accepted responsibility for the message. There is nothing to retry.</source>
        <comment>2xx/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positive Intermediate</source>
        <comment>3xx/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A first digit of 3 means the server accepted the command so far but needs more input to finish it, such as the message content after DATA or the next step of an AUTH exchange. The client continues the exchange instead of retrying.</source>
        <comment>3xx/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transient Negative Completion</source>
        <comment>4xx/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A first digit of 4 means the command failed because of a condition expected to be temporary, such as load, greylisting or a full disk. The client should keep the message and repeat the request later; mail servers retry from their queue, typically for four to five days, before returning a bounce.</source>
        <comment>4xx/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permanent Negative Completion</source>
        <comment>5xx/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A first digit of 5 means the command failed and repeating it unchanged will fail again. The client should not retry; the address, credentials, message or policy problem must be fixed first, and mail servers return a bounce to the sender.</source>
        <comment>5xx/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syntax</source>
        <comment>x0x/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second digit of 0 marks replies about syntax: commands with syntax errors, valid commands that fit no other category, and commands that are not implemented or not needed. Examples are 500, 501, 502, 503 and 504.</source>
        <comment>x0x/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Information</source>
        <comment>x1x/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second digit of 1 marks replies to requests for information, such as system status or help text. Examples are 211 and 214.</source>
        <comment>x1x/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connections</source>
        <comment>x2x/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second digit of 2 marks replies about the transmission channel itself, such as the greeting and the closing of a connection. Examples are 220, 221 and 421.</source>
        <comment>x2x/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unspecified (used for authentication)</source>
        <comment>x3x/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFC 5321 leaves a second digit of 3 unassigned. In practice, the AUTH extension and related documents use it for authentication replies, such as 235, 334, 432, 530, 534 and 535.</source>
        <comment>x3x/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unspecified (not used)</source>
        <comment>x4x/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFC 5321 leaves a second digit of 4 unassigned, and no standard SMTP reply code uses it. A code of this form in a log comes from a particular server or tool, so read its text to learn what it means.</source>
        <comment>x4x/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail system</source>
        <comment>x5x/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second digit of 5 marks replies about the state of the receiving mail system with respect to the requested transfer or other mail action. Most delivery outcomes use it, such as 250, 354, 450, 550 and 552.</source>
        <comment>x5x/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addressing Status</source>
        <comment>X.1.X/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject 1 covers problems with an envelope address: the recipient&apos;s mailbox or domain, or the sender&apos;s own address. It includes syntax errors, unknown mailboxes, domains that cannot receive mail and addresses that have been retired. The sender can usually fix these by correcting the address and sending again.</source>
        <comment>X.1.X/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox Status</source>
        <comment>X.2.X/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject 2 covers the state of a recipient mailbox that exists: disabled, full, limited in message size, or a mailing list that could not be expanded. These conditions are controlled by the recipient or their administrator, so the sender can usually only wait or reach the recipient another way.</source>
        <comment>X.2.X/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail System Status</source>
        <comment>X.3.X/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject 3 covers the receiving mail system as a whole rather than one mailbox: exhausted storage, a host not accepting mail, missing features, messages too large for the system, or a configuration error. These conditions are under the control of the destination system&apos;s administrator.</source>
        <comment>X.3.X/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network and Routing Status</source>
        <comment>X.4.X/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject 4 covers the delivery infrastructure: connections that fail or time out, DNS and other directory lookups, routing, congestion, loops and messages that expire in a queue. These problems usually sit with the destination or an intermediate system and often clear up when the message is retried.</source>
        <comment>X.4.X/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail Delivery Protocol Status</source>
        <comment>X.5.X/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject 5 covers the SMTP dialogue itself: unknown or out-of-sequence commands, bad syntax or arguments, too many recipients and protocol version mismatches. These usually point to a bug or misconfiguration in the client or server software rather than to the message or the address.</source>
        <comment>X.5.X/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message Content or Media Status</source>
        <comment>X.6.X/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject 6 covers the content of the message and its encoding: media a hop cannot carry, conversions that are required but prohibited or impossible, conversions that lost data, and internationalized addresses or headers a hop cannot handle. The fix usually involves the message format or the capabilities of the next hop.</source>
        <comment>X.6.X/description</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security or Policy Status</source>
        <comment>X.7.X/title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject 7 covers security and policy decisions: authentication, permission to relay, encryption requirements and sender authentication checks such as SPF, DKIM and DMARC. It is the most frequent subject in modern rejections, because spam filters and reputation systems report through it. The text or linked help page usually names the exact rule.</source>
        <comment>X.7.X/description</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryHtml</name>
    <message>
        <location filename="../app/ui/entryhtml.cpp" line="+51"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Returned by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who must act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usual basic codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Related codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: %2</source>
        <comment>code: title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deprecated: the registry no longer recommends this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meaning by context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Often confused with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryLabels</name>
    <message>
        <location filename="../app/core/entrylabels.cpp" line="+13"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When you see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you are sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you run the sending server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you run the receiving server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody: no action is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sending server&apos;s administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The receiving server&apos;s administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End of message data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The session continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server closes the connection after this reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server may close the connection after this reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Standard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Specific to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not standard, but widely seen (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Basic reply code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enhanced status code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class (first digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category (second digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject (enhanced code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <comment>code (vendor)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Class by reply: %1 is transient (retry later), %2 is permanent (do not retry unchanged), %3 reports success.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>%1 %2</source>
        <comment>class code and its title</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageSwitcher</name>
    <message>
        <location filename="../app/core/languages.cpp" line="+73"/>
        <source>Unknown language &quot;%1&quot;. Available: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The translation for &quot;%1&quot; is missing; showing English.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpCodes::CodeListModel</name>
    <message>
        <location filename="../app/ui/codelistmodel.cpp" line="+29"/>
        <source>%1 (%2)</source>
        <comment>code (vendor)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpCodes::DetailPane</name>
    <message>
        <location filename="../app/ui/detailpane.cpp" line="+41"/>
        <source>Code details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a code in the list, or type a code such as 535, 5.7.8 or 5xx.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpCodes::MainWindow</name>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="+104"/>
        <source>About SMTP Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMTP Codes %1

A desktop reference for SMTP reply codes and enhanced status codes, written from RFC 5321, RFC 3463, RFC 4954, RFC 5248 and the IANA enhanced status code registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SMTP Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a code (535, 5.7.8, 55, 5xx) or words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About SMTP Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>No code matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n code(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+25"/>
        <source>The settings file could not be read; using the defaults.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
