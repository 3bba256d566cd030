<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../build/app/catalogue_strings.cpp" line="+5"/>
        <source>System status or help reply</source>
        <comment>211/title</comment>
        <translation>Réponse d&apos;état du système ou d&apos;aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answers a request for its status or for general help. Few servers implement a real status report, and the text is meant for a person, not for software. Some servers answer HELP without arguments with 211, while others use 214.</source>
        <comment>211/description</comment>
        <translation>Le serveur répond à une demande concernant son état ou à une demande d&apos;aide générale. Peu de serveurs fournissent un véritable rapport d&apos;état, et le texte est destiné à une personne, pas à un logiciel. Certains serveurs répondent à HELP sans argument par 211, d&apos;autres par 214.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to HELP, or to a nonstandard status command that some servers accept.</source>
        <comment>211/when</comment>
        <translation>Réponse à HELP ou à une commande d&apos;état non standard que certains serveurs acceptent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. The reply is informational and has no effect on mail delivery or on the session.</source>
        <comment>211/fix/general</comment>
        <translation>Aucune action n&apos;est nécessaire. La réponse est informative et n&apos;a aucun effet sur la remise du courrier ni sur la session.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>211 reports system status or gives a general help reply, while 214 carries help text, usually about how to use a command.</source>
        <comment>211/confusedWith/214</comment>
        <translation>211 indique l&apos;état du système ou donne une réponse d&apos;aide générale, tandis que 214 transmet un texte d&apos;aide, généralement sur l&apos;utilisation d&apos;une commande.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help message</source>
        <comment>214/title</comment>
        <translation>Message d&apos;aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server returns help text, such as the commands it supports or how to use a particular command. The text is meant for a person testing by hand and has no effect on mail handling. Many servers simply point to their documentation.</source>
        <comment>214/description</comment>
        <translation>Le serveur renvoie un texte d&apos;aide, par exemple les commandes qu&apos;il prend en charge ou la façon d&apos;utiliser une commande donnée. Ce texte est destiné à une personne qui teste à la main et n&apos;a aucun effet sur le traitement du courrier. Beaucoup de serveurs renvoient simplement à leur documentation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to HELP, with or without a command name as the argument.</source>
        <comment>214/when</comment>
        <translation>Réponse à HELP, avec ou sans nom de commande en argument.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. For the authoritative list of supported extensions, send EHLO and read the keywords in its 250 reply instead of relying on HELP text.</source>
        <comment>214/fix/general</comment>
        <translation>Aucune action n&apos;est nécessaire. Pour obtenir la liste de référence des extensions prises en charge, envoyez EHLO et lisez les mots-clés de sa réponse 250 au lieu de vous fier au texte de HELP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>214 carries help text for a human reader, while 211 reports system status or gives a general help reply.</source>
        <comment>214/confusedWith/211</comment>
        <translation>214 transmet un texte d&apos;aide destiné à un lecteur humain, tandis que 211 indique l&apos;état du système ou donne une réponse d&apos;aide générale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service ready</source>
        <comment>220/title</comment>
        <translation>Service prêt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is ready to accept commands, and the text usually names its host and often its software. The same code answers STARTTLS, where it means the TLS handshake can start at once on the same connection. A greeting that arrives late often points to slow reverse DNS lookups or a deliberate greeting delay on the server.</source>
        <comment>220/description</comment>
        <translation>Le serveur est prêt à accepter des commandes, et le texte indique généralement le nom de son hôte et souvent son logiciel. Le même code répond à STARTTLS&#xa0;; il signifie alors que la négociation TLS peut commencer immédiatement sur la même connexion. Un message d&apos;accueil qui arrive tardivement signale souvent des résolutions DNS inverses lentes ou un délai d&apos;accueil délibéré sur le serveur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent as the greeting right after the TCP connection opens, and in reply to STARTTLS when the server is ready to negotiate TLS.</source>
        <comment>220/when</comment>
        <translation>Envoyé comme message d&apos;accueil juste après l&apos;ouverture de la connexion TCP, et en réponse à STARTTLS lorsque le serveur est prêt à négocier TLS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. If the greeting is slow, check the server&apos;s reverse DNS lookups and any greeting delay; if the handshake fails after 220 to STARTTLS, compare TLS versions, ciphers and certificates on both sides.</source>
        <comment>220/fix/general</comment>
        <translation>Aucune action n&apos;est nécessaire. Si le message d&apos;accueil est lent, vérifiez les résolutions DNS inverses du serveur et tout délai d&apos;accueil&#xa0;; si la négociation échoue après un 220 en réponse à STARTTLS, comparez les versions TLS, les suites de chiffrement et les certificats des deux côtés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection greeting</source>
        <comment>220/contexts/0/context</comment>
        <translation>Message d&apos;accueil de la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server accepts the connection and waits for EHLO or HELO.</source>
        <comment>220/contexts/0/meaning</comment>
        <translation>Le serveur accepte la connexion et attend EHLO ou HELO.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After STARTTLS</source>
        <comment>220/contexts/1/context</comment>
        <translation>Après STARTTLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client must start the TLS handshake now and send EHLO again once it completes.</source>
        <comment>220/contexts/1/meaning</comment>
        <translation>Le client doit lancer la négociation TLS maintenant, puis renvoyer EHLO une fois celle-ci terminée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>220 as a greeting means the server will take commands, while 421 at connection time means it refuses service and closes the channel.</source>
        <comment>220/confusedWith/421</comment>
        <translation>220 comme message d&apos;accueil signifie que le serveur acceptera des commandes, tandis que 421 à la connexion signifie qu&apos;il refuse le service et ferme le canal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>554 sent instead of the greeting means the server will not accept mail from this client, whereas 220 opens a normal session.</source>
        <comment>220/confusedWith/554</comment>
        <translation>554 envoyé à la place du message d&apos;accueil signifie que le serveur n&apos;acceptera pas de courrier de ce client, alors que 220 ouvre une session normale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service closing channel</source>
        <comment>221/title</comment>
        <translation>Fermeture du canal de transmission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server confirms that it is ending the session and will close the connection. It is the normal reply to QUIT and says nothing about earlier messages, because each one&apos;s result was reported right after its data. A client should wait for this reply before closing its side.</source>
        <comment>221/description</comment>
        <translation>Le serveur confirme qu&apos;il met fin à la session et va fermer la connexion. C&apos;est la réponse normale à QUIT&#xa0;; elle ne dit rien des messages précédents, car le résultat de chacun a été indiqué juste après son contenu. Un client doit attendre cette réponse avant de fermer la connexion de son côté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to QUIT at the end of a session.</source>
        <comment>221/when</comment>
        <translation>Réponse à QUIT en fin de session.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. To confirm that a message was accepted, look for the 250 reply after the end of its data, not for 221.</source>
        <comment>221/fix/general</comment>
        <translation>Aucune action n&apos;est nécessaire. Pour vérifier qu&apos;un message a été accepté, cherchez la réponse 250 qui suit la fin de son contenu, et non 221.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>221 closes the session because the client asked with QUIT, while 421 closes it on the server&apos;s initiative and leaves unfinished mail to be retried.</source>
        <comment>221/confusedWith/421</comment>
        <translation>221 ferme la session parce que le client l&apos;a demandé avec QUIT, tandis que 421 la ferme à l&apos;initiative du serveur, et il faudra réessayer d&apos;envoyer le courrier inachevé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication succeeded</source>
        <comment>235/title</comment>
        <translation>Authentification réussie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server accepted the credentials sent with AUTH, and the session is now authenticated. On submission servers this usually allows relaying to outside domains under that identity. If the SASL mechanism negotiated a security layer, it takes effect right after this reply.</source>
        <comment>235/description</comment>
        <translation>Le serveur a accepté les identifiants envoyés avec AUTH, et la session est désormais authentifiée. Sur les serveurs de soumission, cela permet généralement de relayer vers des domaines extérieurs sous cette identité. Si le mécanisme SASL a négocié une couche de sécurité, celle-ci prend effet juste après cette réponse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final reply to a successful AUTH exchange, either directly after AUTH with an initial response or after the last 334 challenge.</source>
        <comment>235/when</comment>
        <translation>Réponse finale à un échange AUTH réussi, soit directement après AUTH avec une réponse initiale, soit après le dernier défi 334.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. If later commands are still refused, check that the authenticated user may send as the MAIL FROM address and that relay rules allow authenticated clients.</source>
        <comment>235/fix/general</comment>
        <translation>Aucune action n&apos;est nécessaire. Si des commandes ultérieures sont encore refusées, vérifiez que l&apos;utilisateur authentifié a le droit d&apos;envoyer avec l&apos;adresse MAIL FROM et que les règles de relais autorisent les clients authentifiés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>235 means the credentials were accepted, while 535 means they were rejected and the session is still unauthenticated.</source>
        <comment>235/confusedWith/535</comment>
        <translation>235 signifie que les identifiants ont été acceptés, tandis que 535 signifie qu&apos;ils ont été refusés et que la session n&apos;est toujours pas authentifiée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>235 confirms only a successful AUTH exchange, while 250 confirms that an ordinary command such as MAIL FROM or RCPT TO was accepted.</source>
        <comment>235/confusedWith/250</comment>
        <translation>235 confirme uniquement un échange AUTH réussi, tandis que 250 confirme qu&apos;une commande ordinaire, comme MAIL FROM ou RCPT TO, a été acceptée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested action completed</source>
        <comment>250/title</comment>
        <translation>Action demandée effectuée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server accepted the command and completed it. After the final dot of DATA or the last BDAT chunk, it means the server has taken responsibility for the message, which may still be filtered, queued or bounced later. The ETRN and ATRN extensions reuse 250 for a started queue run and for reversing the connection.</source>
        <comment>250/description</comment>
        <translation>Le serveur a accepté la commande et l&apos;a exécutée. Après le point final de DATA ou le dernier segment BDAT, ce code signifie que le serveur a pris la responsabilité du message, qui peut encore être filtré, mis en file d&apos;attente ou donner lieu plus tard à un rapport de non-remise (NDR). Les extensions ETRN et ATRN réutilisent 250 pour un traitement de la file d&apos;attente lancé et pour l&apos;inversion de la connexion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to EHLO, HELO, MAIL FROM, RCPT TO, RSET, NOOP and VRFY, to the end of DATA or BDAT, and to ETRN or ATRN when the request succeeds.</source>
        <comment>250/when</comment>
        <translation>Réponse à EHLO, HELO, MAIL FROM, RCPT TO, RSET, NOOP et VRFY, à la fin de DATA ou de BDAT, et à ETRN ou ATRN lorsque la demande aboutit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. If a message accepted with 250 never arrives, search the receiving server&apos;s logs for the queue ID in the reply text, and ask the recipient to check the spam folder.</source>
        <comment>250/fix/general</comment>
        <translation>Aucune action n&apos;est nécessaire. Si un message accepté avec 250 n&apos;arrive jamais, recherchez dans les journaux du serveur de réception l&apos;identifiant de file d&apos;attente indiqué dans le texte de la réponse, et demandez au destinataire de vérifier son dossier de courrier indésirable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of message data</source>
        <comment>250/contexts/0/context</comment>
        <translation>Fin du contenu du message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The receiving server has accepted responsibility for delivering or relaying the message.</source>
        <comment>250/contexts/0/meaning</comment>
        <translation>Le serveur de réception a accepté la responsabilité de remettre ou de relayer le message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After ETRN</source>
        <comment>250/contexts/1/context</comment>
        <translation>Après ETRN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server has started a queue run for the requested host or domain.</source>
        <comment>250/contexts/1/meaning</comment>
        <translation>Le serveur a lancé un traitement de la file d&apos;attente pour l&apos;hôte ou le domaine demandé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After ATRN</source>
        <comment>250/contexts/2/context</comment>
        <translation>Après ATRN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server agrees to swap roles and deliver the queued mail over this connection.</source>
        <comment>250/contexts/2/meaning</comment>
        <translation>Le serveur accepte d&apos;inverser les rôles et de remettre le courrier en file d&apos;attente sur cette connexion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>250 accepts the recipient as it is, while 251 accepts it but says the server will forward the message to another address.</source>
        <comment>250/confusedWith/251</comment>
        <translation>250 accepte le destinataire tel quel, tandis que 251 l&apos;accepte mais indique que le serveur transférera le message à une autre adresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>354 after DATA only invites the message content, while the 250 after the final dot is the actual acceptance.</source>
        <comment>250/confusedWith/354</comment>
        <translation>354 après DATA invite seulement à envoyer le contenu du message, tandis que le 250 qui suit le point final constitue l&apos;acceptation réelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User not local, will forward</source>
        <comment>251/title</comment>
        <translation>Utilisateur non local, transfert du message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server accepts the recipient but states that the mailbox is elsewhere and that it will forward the message, usually naming the new address. Under the ETRN extension, the same code means no messages are waiting for the requested node. Modern servers rarely send it for RCPT TO and usually forward silently with 250.</source>
        <comment>251/description</comment>
        <translation>Le serveur accepte le destinataire mais indique que la boîte aux lettres se trouve ailleurs et qu&apos;il transférera le message, en donnant généralement la nouvelle adresse. Avec l&apos;extension ETRN, le même code signifie qu&apos;aucun message n&apos;attend pour le nœud demandé. Les serveurs modernes l&apos;envoient rarement pour RCPT TO et transfèrent généralement le message en silence avec 250.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to RCPT TO or VRFY for an address the server forwards, or to ETRN when nothing is queued for the node.</source>
        <comment>251/when</comment>
        <translation>Réponse à RCPT TO ou VRFY pour une adresse que le serveur transfère, ou à ETRN lorsque rien n&apos;est en file d&apos;attente pour le nœud.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. Senders may update their address book with the forwarding address in the reply text; after ETRN, nothing is queued, so there is nothing to fetch.</source>
        <comment>251/fix/general</comment>
        <translation>Aucune action n&apos;est nécessaire. Les expéditeurs peuvent mettre à jour leur carnet d&apos;adresses avec l&apos;adresse de transfert indiquée dans le texte de la réponse&#xa0;; après ETRN, rien n&apos;est en file d&apos;attente, il n&apos;y a donc rien à récupérer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After RCPT TO or VRFY</source>
        <comment>251/contexts/0/context</comment>
        <translation>Après RCPT TO ou VRFY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address is valid and the server will forward the message to the address given in the text.</source>
        <comment>251/contexts/0/meaning</comment>
        <translation>L&apos;adresse est valide et le serveur transférera le message à l&apos;adresse indiquée dans le texte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After ETRN</source>
        <comment>251/contexts/1/context</comment>
        <translation>Après ETRN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server holds no queued mail for the requested host or domain.</source>
        <comment>251/contexts/1/meaning</comment>
        <translation>Le serveur ne détient aucun courrier en file d&apos;attente pour l&apos;hôte ou le domaine demandé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>251 forwards the message itself, while 551 refuses it and asks the sender to use the other address.</source>
        <comment>251/confusedWith/551</comment>
        <translation>251 transfère lui-même le message, tandis que 551 le refuse et demande à l&apos;expéditeur d&apos;utiliser l&apos;autre adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot verify, will attempt delivery</source>
        <comment>252/title</comment>
        <translation>Vérification impossible, tentative de remise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server will not confirm whether the mailbox exists, yet it would accept mail for it and try to deliver. Many servers answer every VRFY this way so that the command cannot be used to harvest valid addresses. Under the ETRN extension, 252 means delivery of pending messages for the requested node has started.</source>
        <comment>252/description</comment>
        <translation>Le serveur ne confirme pas si la boîte aux lettres existe, mais il accepterait du courrier pour elle et tenterait de le remettre. Beaucoup de serveurs répondent ainsi à toutes les commandes VRFY pour que la commande ne puisse pas servir à collecter des adresses valides. Avec l&apos;extension ETRN, 252 signifie que la remise des messages en attente pour le nœud demandé a commencé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to VRFY on servers that do not disclose mailbox information, or to ETRN when the server starts sending queued mail.</source>
        <comment>252/when</comment>
        <translation>Réponse à VRFY sur les serveurs qui ne divulguent pas d&apos;informations sur les boîtes aux lettres, ou à ETRN lorsque le serveur commence à envoyer le courrier en file d&apos;attente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. A 252 to VRFY proves nothing about the address, so judge an address by real delivery results and bounce reports instead.</source>
        <comment>252/fix/general</comment>
        <translation>Aucune action n&apos;est nécessaire. Un 252 en réponse à VRFY ne prouve rien sur l&apos;adresse&#xa0;; jugez plutôt une adresse d&apos;après les résultats réels de remise et les rapports de non-remise (NDR).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After VRFY</source>
        <comment>252/contexts/0/context</comment>
        <translation>Après VRFY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server neither confirms nor denies the address but would accept mail for it.</source>
        <comment>252/contexts/0/meaning</comment>
        <translation>Le serveur ne confirme ni n&apos;infirme l&apos;adresse, mais accepterait du courrier pour elle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After ETRN</source>
        <comment>252/contexts/1/context</comment>
        <translation>Après ETRN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages are pending for the requested node and the server has started delivering them.</source>
        <comment>252/contexts/1/meaning</comment>
        <translation>Des messages sont en attente pour le nœud demandé et le serveur a commencé à les remettre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>250 to VRFY confirms the mailbox, while 252 neither confirms nor denies it.</source>
        <comment>252/confusedWith/250</comment>
        <translation>250 en réponse à VRFY confirme la boîte aux lettres, tandis que 252 ne la confirme ni ne l&apos;infirme.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>550 to VRFY says the address is unknown or refused, while 252 gives no verdict and still promises to try delivery.</source>
        <comment>252/confusedWith/550</comment>
        <translation>550 en réponse à VRFY indique que l&apos;adresse est inconnue ou refusée, tandis que 252 ne se prononce pas et promet tout de même de tenter la remise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending messages started (ETRN)</source>
        <comment>253/title</comment>
        <translation>Remise des messages en attente lancée (ETRN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defined by the ETRN extension, 253 confirms that the server has started delivering queued mail for the requested node and states how many messages are pending. The messages travel over a new connection that the server opens to the client&apos;s host, not over the current session.</source>
        <comment>253/description</comment>
        <translation>Défini par l&apos;extension ETRN, 253 confirme que le serveur a commencé à remettre le courrier en file d&apos;attente pour le nœud demandé et indique combien de messages sont en attente. Les messages transitent par une nouvelle connexion que le serveur ouvre vers l&apos;hôte du client, et non par la session en cours.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to ETRN when mail is queued for the named host or domain and the server begins sending it.</source>
        <comment>253/when</comment>
        <translation>Réponse à ETRN lorsque du courrier est en file d&apos;attente pour l&apos;hôte ou le domaine indiqué et que le serveur commence à l&apos;envoyer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. Make sure the client host accepts inbound connections on port 25 from the provider, because the queue is delivered over a fresh connection.</source>
        <comment>253/fix/general</comment>
        <translation>Aucune action n&apos;est nécessaire. Assurez-vous que l&apos;hôte client accepte les connexions entrantes du fournisseur sur le port 25, car la file d&apos;attente est remise par une nouvelle connexion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>253 means messages are waiting and their delivery has started, while 251 after ETRN means nothing is queued for the node.</source>
        <comment>253/confusedWith/251</comment>
        <translation>253 signifie que des messages attendent et que leur remise a commencé, tandis que 251 après ETRN signifie que rien n&apos;est en file d&apos;attente pour le nœud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication challenge</source>
        <comment>334/title</comment>
        <translation>Défi d&apos;authentification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is in the middle of an AUTH exchange and waits for the client&apos;s next response. The text after the code is a Base64 challenge, possibly empty; with the common LOGIN mechanism it decodes to a prompt for the username or password. The client answers with one Base64 line, or with a single asterisk to cancel.</source>
        <comment>334/description</comment>
        <translation>Le serveur est au milieu d&apos;un échange AUTH et attend la réponse suivante du client. Le texte qui suit le code est un défi en Base64, éventuellement vide&#xa0;; avec le mécanisme courant LOGIN, il se décode en une invite demandant le nom d&apos;utilisateur ou le mot de passe. Le client répond par une ligne en Base64, ou par un simple astérisque pour annuler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to AUTH, and to each client response, while the SASL mechanism still needs more data.</source>
        <comment>334/when</comment>
        <translation>Réponse à AUTH, et à chaque réponse du client, tant que le mécanisme SASL a besoin de données supplémentaires.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed while the exchange continues. If a client stalls at this step, compare the mechanisms advertised after EHLO with the one configured in the client, and check its account settings.</source>
        <comment>334/fix/general</comment>
        <translation>Aucune action n&apos;est nécessaire tant que l&apos;échange se poursuit. Si un client se bloque à cette étape, comparez les mécanismes annoncés après EHLO avec celui configuré dans le client, et vérifiez les paramètres de son compte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>334 asks for the next step of an AUTH exchange, while 354 asks for the message content after DATA.</source>
        <comment>334/confusedWith/354</comment>
        <translation>334 demande l&apos;étape suivante d&apos;un échange AUTH, tandis que 354 demande le contenu du message après DATA.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start mail input</source>
        <comment>354/title</comment>
        <translation>Début de la saisie du message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server accepted DATA and is ready for the message content, headers first, ending with a line that holds only a dot. It is an intermediate reply: the message is not accepted until the reply that follows the final dot. Clients using the CHUNKING extension send BDAT instead and never see 354.</source>
        <comment>354/description</comment>
        <translation>Le serveur a accepté DATA et est prêt à recevoir le contenu du message, en-têtes en premier, terminé par une ligne ne contenant qu&apos;un point. C&apos;est une réponse intermédiaire&#xa0;: le message n&apos;est accepté qu&apos;avec la réponse qui suit le point final. Les clients qui utilisent l&apos;extension CHUNKING envoient BDAT à la place et ne voient jamais 354.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to DATA after at least one recipient has been accepted.</source>
        <comment>354/when</comment>
        <translation>Réponse à DATA après l&apos;acceptation d&apos;au moins un destinataire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. If the session stalls after 354, look for a firewall or antivirus proxy altering the data stream, a missing final dot line, or a server timeout on very large messages.</source>
        <comment>354/fix/general</comment>
        <translation>Aucune action n&apos;est nécessaire. Si la session se bloque après 354, cherchez un pare-feu ou un proxy antivirus qui modifie le flux de données, une ligne de point final manquante, ou un délai d&apos;expiration du serveur sur les très gros messages.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>354 only invites the message content, while the 250 after the final dot confirms that the message was accepted.</source>
        <comment>354/confusedWith/250</comment>
        <translation>354 invite seulement à envoyer le contenu du message, tandis que le 250 qui suit le point final confirme que le message a été accepté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>503 to DATA means no recipient was accepted first, while 354 means the server is ready for the content.</source>
        <comment>354/confusedWith/503</comment>
        <translation>503 en réponse à DATA signifie qu&apos;aucun destinataire n&apos;a été accepté auparavant, tandis que 354 signifie que le serveur est prêt à recevoir le contenu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart offset (checkpoint/restart)</source>
        <comment>355/title</comment>
        <translation>Position de reprise (checkpoint/restart)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defined by the experimental checkpoint/restart extension, 355 answers a MAIL FROM that repeats the TRANSID of an interrupted transaction. The first field of the text is the number of message octets the server has already stored, and the client resumes sending from that point instead of starting over. Very few servers implement the extension.</source>
        <comment>355/description</comment>
        <translation>Défini par l&apos;extension expérimentale checkpoint/restart, 355 répond à une commande MAIL FROM qui répète le TRANSID d&apos;une transaction interrompue. Le premier champ du texte est le nombre d&apos;octets du message que le serveur a déjà stockés, et le client reprend l&apos;envoi à partir de ce point au lieu de tout recommencer. Très peu de serveurs implémentent cette extension.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to a repeated MAIL FROM with the same TRANSID parameter after a connection broke during message transfer, on servers that advertise CHECKPOINT.</source>
        <comment>355/when</comment>
        <translation>Réponse à une commande MAIL FROM répétée avec le même paramètre TRANSID après la rupture d&apos;une connexion pendant le transfert du message, sur les serveurs qui annoncent CHECKPOINT.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed when both sides implement the extension. If a client mishandles the reply, send the message again without the TRANSID parameter so the server treats it as a new transaction.</source>
        <comment>355/fix/general</comment>
        <translation>Aucune action n&apos;est nécessaire lorsque les deux côtés implémentent l&apos;extension. Si un client gère mal la réponse, renvoyez le message sans le paramètre TRANSID pour que le serveur le traite comme une nouvelle transaction.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>354 asks for the whole message after DATA, while 355 tells a restarting client how much of an interrupted message the server already holds.</source>
        <comment>355/confusedWith/354</comment>
        <translation>354 demande le message entier après DATA, tandis que 355 indique à un client qui reprend l&apos;envoi quelle part d&apos;un message interrompu le serveur détient déjà.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service not available, closing</source>
        <comment>421/title</comment>
        <translation>Service indisponible, fermeture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is closing the connection on its own initiative, so any unfinished transaction fails and must be retried later. Common causes are overload, maintenance, too many connections or errors from one client, rate limits, timeouts, and reputation checks that defer at connect time. It can arrive in reply to any command.</source>
        <comment>421/description</comment>
        <translation>Le serveur ferme la connexion de sa propre initiative&#xa0;; toute transaction inachevée échoue donc et doit être réessayée plus tard. Les causes courantes sont la surcharge, la maintenance, un trop grand nombre de connexions ou d&apos;erreurs provenant d&apos;un même client, les limites de débit, les délais d&apos;expiration et les contrôles de réputation qui diffèrent les messages dès la connexion. Ce code peut survenir en réponse à n&apos;importe quelle commande.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At connection time instead of the 220 greeting, or in reply to any later command when the server decides to end the session.</source>
        <comment>421/when</comment>
        <translation>À la connexion, à la place du message d&apos;accueil 220, ou en réponse à toute commande ultérieure lorsque le serveur décide de mettre fin à la session.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait and let your mail client or server retry; the message stays queued. If it happens only to you, check whether your client opens many parallel connections or sends faster than the provider&apos;s rate limits allow.</source>
        <comment>421/fix/sender</comment>
        <translation>Patientez et laissez votre client ou serveur de messagerie réessayer&#xa0;; le message reste en file d&apos;attente. Si le problème ne touche que vous, vérifiez si votre client ouvre de nombreuses connexions parallèles ou envoie plus vite que les limites de débit du fournisseur ne le permettent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry with backoff and lower concurrency toward that destination, for example with Postfix default_destination_concurrency_limit. Read the reply text for rate-limit or reputation hints and check your IP address against public block lists.</source>
        <comment>421/fix/sendingServer</comment>
        <translation>Laissez la file d&apos;attente réessayer avec des délais croissants et réduisez la concurrence vers cette destination, par exemple avec le paramètre Postfix default_destination_concurrency_limit. Cherchez dans le texte de la réponse des indices de limite de débit ou de réputation, et vérifiez votre adresse IP dans les listes de blocage publiques.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server logs for the reason: connection limits such as Postfix smtpd_client_connection_count_limit, load, low disk space, or a policy service that defers. Raise limits that are too tight and make sure maintenance modes are switched off.</source>
        <comment>421/fix/receivingServer</comment>
        <translation>Recherchez la raison dans les journaux du serveur&#xa0;: limites de connexion comme smtpd_client_connection_count_limit de Postfix, charge, espace disque insuffisant, ou service de politique qui diffère les messages. Relevez les limites trop strictes et assurez-vous que les modes de maintenance sont désactivés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>421 closes the whole session, while 450 refuses one request, often a single recipient, and keeps the connection open.</source>
        <comment>421/confusedWith/450</comment>
        <translation>421 ferme toute la session, tandis que 450 refuse une seule demande, souvent pour un seul destinataire, et garde la connexion ouverte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>451 aborts one command because of a local processing error, whereas 421 ends the connection entirely.</source>
        <comment>421/confusedWith/451</comment>
        <translation>451 interrompt une commande en raison d&apos;une erreur de traitement locale, alors que 421 met fin à la connexion entière.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>221 is the orderly close after QUIT, while 421 is an unrequested close that leaves unfinished mail to be retried.</source>
        <comment>421/confusedWith/221</comment>
        <translation>221 est la fermeture ordonnée après QUIT, tandis que 421 est une fermeture non demandée, après laquelle il faudra réessayer d&apos;envoyer le courrier inachevé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password transition (rare variant)</source>
        <comment>422/title</comment>
        <translation>Transition de mot de passe (variante rare)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No SMTP RFC defines 422 on its own. The IANA enhanced status code registry lists it beside 432 for X.7.12, a password transition needed before the chosen AUTH mechanism works. Unofficial code lists often claim 422 means a full recipient mailbox, but standard servers report that with 452 or 552. Read the text and any enhanced code to learn what the server meant.</source>
        <comment>422/description</comment>
        <translation>Aucune RFC SMTP ne définit 422 en tant que tel. Le registre IANA des codes d&apos;état étendus le mentionne à côté de 432 pour X.7.12, une transition de mot de passe nécessaire avant que le mécanisme AUTH choisi fonctionne. Des listes de codes non officielles affirment souvent que 422 signale une boîte aux lettres du destinataire pleine, mais les serveurs conformes signalent ce cas avec 452 ou 552. Lisez le texte et l&apos;éventuel code d&apos;état étendu pour savoir ce que le serveur voulait dire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rarely seen; when it appears, it is usually a reply to AUTH or comes from a server with custom reply templates.</source>
        <comment>422/when</comment>
        <translation>Rarement rencontré&#xa0;; lorsqu&apos;il apparaît, il s&apos;agit généralement d&apos;une réponse à AUTH, ou il provient d&apos;un serveur qui utilise des modèles de réponse personnalisés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the text mentions a password or mechanism change, sign in once as your provider instructs, for example with a plain password over TLS, or reset the password. If it mentions storage, contact the recipient by other means.</source>
        <comment>422/fix/sender</comment>
        <translation>Si le texte mentionne un changement de mot de passe ou de mécanisme, connectez-vous une fois comme l&apos;indique votre fournisseur, par exemple avec un mot de passe en clair via TLS, ou réinitialisez le mot de passe. S&apos;il mentionne l&apos;espace de stockage, contactez le destinataire par un autre moyen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treat 422 as a temporary failure and retry on the normal schedule. Log the full reply, including any enhanced code, so the receiving administrator can confirm what it means.</source>
        <comment>422/fix/sendingServer</comment>
        <translation>Traitez 422 comme un échec temporaire et réessayez selon le calendrier habituel. Journalisez la réponse complète, y compris l&apos;éventuel code d&apos;état étendu, pour que l&apos;administrateur du serveur de réception puisse confirmer sa signification.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefer the standard codes: 432 with 4.7.12 for a password transition, and 452 with 4.2.2 or 552 with 5.2.2 for a full mailbox. Search custom reply templates and filters for the source of 422.</source>
        <comment>422/fix/receivingServer</comment>
        <translation>Privilégiez les codes standard&#xa0;: 432 avec 4.7.12 pour une transition de mot de passe, et 452 avec 4.2.2 ou 552 avec 5.2.2 pour une boîte aux lettres pleine. Recherchez l&apos;origine de 422 dans les modèles de réponse personnalisés et les filtres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>432 is the code RFC 4954 assigns to a needed password transition, while 422 is only a registry-listed alternative that few servers send.</source>
        <comment>422/confusedWith/432</comment>
        <translation>432 est le code que la RFC 4954 attribue à une transition de mot de passe nécessaire, tandis que 422 n&apos;est qu&apos;une variante répertoriée dans le registre, que peu de serveurs envoient.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>452 is the standard temporary reply for insufficient storage, while 422 has no storage meaning in any RFC despite claims in unofficial lists.</source>
        <comment>422/confusedWith/452</comment>
        <translation>452 est la réponse temporaire standard en cas d&apos;espace de stockage insuffisant, tandis que 422 n&apos;a aucune signification liée au stockage dans aucune RFC, malgré ce qu&apos;affirment des listes non officielles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rare temporary command refusal</source>
        <comment>430/title</comment>
        <translation>Refus temporaire de commande (rare)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No SMTP RFC defines 430 on its own. The IANA enhanced status code registry lists it among the basic codes that may accompany X.5.1, invalid command, so a server sending it signals a command refused for now or sent out of order. It is seldom seen, and the server&apos;s text carries the real meaning.</source>
        <comment>430/description</comment>
        <translation>Aucune RFC SMTP ne définit 430 en tant que tel. Le registre IANA des codes d&apos;état étendus le mentionne parmi les codes de réponse de base pouvant accompagner X.5.1, commande non valide&#xa0;; un serveur qui l&apos;envoie signale donc une commande refusée pour le moment ou envoyée dans le mauvais ordre. Ce code est rarement rencontré, et c&apos;est le texte du serveur qui en porte la signification réelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rarely seen; a server with custom reply templates may return it to a command it refuses for the moment.</source>
        <comment>430/when</comment>
        <translation>Rarement rencontré&#xa0;; un serveur qui utilise des modèles de réponse personnalisés peut le renvoyer pour une commande qu&apos;il refuse pour le moment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry later, and if it persists, read the reply text and check the client settings it points to, such as authentication or encryption options.</source>
        <comment>430/fix/sender</comment>
        <translation>Réessayez plus tard et, si le problème persiste, lisez le texte de la réponse et vérifiez les paramètres du client qu&apos;il mentionne, comme les options d&apos;authentification ou de chiffrement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treat 430 as a temporary failure and let the queue retry. Record the full reply and any enhanced code so the receiving administrator can identify the rule that produced it.</source>
        <comment>430/fix/sendingServer</comment>
        <translation>Traitez 430 comme un échec temporaire et laissez la file d&apos;attente réessayer. Enregistrez la réponse complète et l&apos;éventuel code d&apos;état étendu pour que l&apos;administrateur du serveur de réception puisse identifier la règle qui l&apos;a produite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a defined code instead: 503 for a bad command sequence, 530 when authentication is required, or 450 or 451 for temporary refusals. Search custom reply templates and policy filters for the source of 430.</source>
        <comment>430/fix/receivingServer</comment>
        <translation>Utilisez plutôt un code défini&#xa0;: 503 pour une mauvaise séquence de commandes, 530 lorsque l&apos;authentification est requise, ou 450 ou 451 pour les refus temporaires. Recherchez l&apos;origine de 430 dans les modèles de réponse personnalisés et les filtres de politique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>530 is the defined reply when authentication is required first, while 430 has no RFC definition and only a registry link to invalid commands.</source>
        <comment>430/confusedWith/530</comment>
        <translation>530 est la réponse définie lorsque l&apos;authentification est requise au préalable, tandis que 430 n&apos;a aucune définition dans une RFC et n&apos;est lié aux commandes non valides que par le registre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>503 permanently rejects a command sent out of order, whereas 430 is a rarely used temporary refusal.</source>
        <comment>430/confusedWith/503</comment>
        <translation>503 rejette définitivement une commande envoyée dans le mauvais ordre, alors que 430 est un refus temporaire rarement utilisé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password transition needed</source>
        <comment>432/title</comment>
        <translation>Transition de mot de passe nécessaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refuses the chosen AUTH mechanism for now because the account must first be converted to it. Typically the user authenticates once with PLAIN, so the server can store the secret the mechanism needs; the mechanism then works in later sessions. The enhanced code is 4.7.12.</source>
        <comment>432/description</comment>
        <translation>Le serveur refuse pour l&apos;instant le mécanisme AUTH choisi, car le compte doit d&apos;abord être converti à ce mécanisme. En général, l&apos;utilisateur s&apos;authentifie une fois avec PLAIN pour que le serveur puisse stocker le secret dont le mécanisme a besoin&#xa0;; le mécanisme fonctionne ensuite lors des sessions suivantes. Le code d&apos;état étendu est 4.7.12.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to AUTH with a mechanism, such as CRAM-MD5 or SCRAM, for which the server does not yet hold a suitable credential.</source>
        <comment>432/when</comment>
        <translation>Réponse à AUTH avec un mécanisme, comme CRAM-MD5 ou SCRAM, pour lequel le serveur ne détient pas encore d&apos;identifiants adaptés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in once with a plain password mechanism over TLS, or let the mail client choose it automatically, then use the stronger mechanism again. If the problem persists, reset the password so the server stores new credentials.</source>
        <comment>432/fix/sender</comment>
        <translation>Connectez-vous une fois avec un mécanisme de mot de passe en clair via TLS, ou laissez le client de messagerie le choisir automatiquement, puis utilisez de nouveau le mécanisme plus robuste. Si le problème persiste, réinitialisez le mot de passe pour que le serveur stocke de nouveaux identifiants.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the authentication backend stores the secret form each advertised mechanism needs. Stop advertising mechanisms that cannot work for existing accounts until their credentials have been migrated.</source>
        <comment>432/fix/receivingServer</comment>
        <translation>Vérifiez que la base d&apos;authentification stocke le secret sous la forme requise par chaque mécanisme annoncé. Cessez d&apos;annoncer les mécanismes qui ne peuvent pas fonctionner pour les comptes existants tant que leurs identifiants n&apos;ont pas été migrés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>535 means the credentials were wrong, while 432 means they may be right but the account must first be used with another mechanism.</source>
        <comment>432/confusedWith/535</comment>
        <translation>535 signifie que les identifiants étaient incorrects, tandis que 432 signifie qu&apos;ils sont peut-être corrects mais que le compte doit d&apos;abord être utilisé avec un autre mécanisme.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>534 rejects a mechanism as too weak for policy, while 432 asks for a one-time transition before a mechanism can be used.</source>
        <comment>432/confusedWith/534</comment>
        <translation>534 rejette un mécanisme que la politique juge trop faible, tandis que 432 demande une transition ponctuelle avant qu&apos;un mécanisme puisse être utilisé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection Dropped During Transmission</source>
        <comment>442/title</comment>
        <translation>Connexion interrompue pendant la transmission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No SMTP standard defines 442; unofficial error lists, mail clients and some servers use it to report that the connection broke before a message transfer finished. It corresponds to the registry condition X.4.2, bad connection. Because it starts with 4, clients treat it as a temporary failure and retry.</source>
        <comment>442/description</comment>
        <translation>Aucune norme SMTP ne définit 442&#xa0;; des listes d&apos;erreurs non officielles, des clients de messagerie et certains serveurs l&apos;utilisent pour signaler que la connexion a été coupée avant la fin du transfert d&apos;un message. Il correspond à la condition X.4.2 du registre, mauvaise connexion. Comme il commence par 4, les clients le traitent comme un échec temporaire et réessaient.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged by the sending side when the TCP session to the next hop ends mid-transfer, often during DATA with large messages or over unstable links.</source>
        <comment>442/when</comment>
        <translation>Consigné dans les journaux par le côté émetteur lorsque la session TCP vers le saut suivant se termine en plein transfert, souvent pendant DATA avec des messages volumineux ou sur des liaisons instables.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the message again later; the mail system normally retries on its own. If it keeps failing, try a smaller attachment or another network, and give the full error text to your administrator.</source>
        <comment>442/fix/sender</comment>
        <translation>Renvoyez le message plus tard&#xa0;; le système de messagerie réessaie normalement de lui-même. Si l&apos;échec persiste, essayez avec une pièce jointe plus petite ou depuis un autre réseau, et transmettez le texte complet de l&apos;erreur à votre administrateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in the SMTP log where the session dropped and look for firewall or NAT idle timeouts, MTU problems, TLS handshake failures and inline scanners that cut connections. Compare timeout settings on both ends and test delivery to the same host with a small message.</source>
        <comment>442/fix/sendingServer</comment>
        <translation>Repérez dans le journal SMTP l&apos;endroit où la session a été interrompue et cherchez des délais d&apos;inactivité de pare-feu ou de NAT, des problèmes de MTU, des échecs de négociation TLS et des analyseurs placés en coupure qui interrompent les connexions. Comparez les paramètres de délai d&apos;expiration des deux côtés et testez la remise vers le même hôte avec un petit message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check whether your server closed the session because of connection limits, timeouts, resource exhaustion or a crashed content filter. Review receive connector or smtpd timeout settings and the system logs at the time of the drop.</source>
        <comment>442/fix/receivingServer</comment>
        <translation>Vérifiez si votre serveur a fermé la session en raison de limites de connexions, de délais d&apos;expiration, d&apos;un épuisement des ressources ou d&apos;un plantage du filtre de contenu. Examinez les paramètres de délai d&apos;expiration du connecteur de réception ou de smtpd, ainsi que les journaux système au moment de la coupure.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>421 is a real reply in which the server announces it is closing the channel, while 442 is an unofficial label for a connection that broke without a proper reply.</source>
        <comment>442/confusedWith/421</comment>
        <translation>421 est une véritable réponse par laquelle le serveur annonce qu&apos;il ferme le canal, tandis que 442 est une étiquette non officielle désignant une connexion coupée sans réponse en bonne et due forme.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.2 is the registered enhanced code for a bad connection, while 442 is an unofficial three-digit form of the same idea that no RFC defines.</source>
        <comment>442/confusedWith/X.4.2</comment>
        <translation>X.4.2 est le code d&apos;état étendu enregistré pour une mauvaise connexion, tandis que 442 est une forme non officielle à trois chiffres de la même idée, qu&apos;aucune RFC ne définit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outgoing Message Timed Out</source>
        <comment>447/title</comment>
        <translation>Message sortant expiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>447 is an unofficial code that error lists and some gateways use for a message that stayed in the queue until it timed out, usually after repeated temporary failures at the receiving side. It mirrors the registry code X.4.7, delivery time expired, and no RFC defines it as a reply code.</source>
        <comment>447/description</comment>
        <translation>447 est un code non officiel que des listes d&apos;erreurs et certaines passerelles utilisent pour un message resté dans la file d&apos;attente jusqu&apos;à expiration de son délai, généralement après des échecs temporaires répétés du côté du destinataire. Il reprend le code X.4.7 du registre, délai de remise expiré, et aucune RFC ne le définit comme code de réponse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by the sending system rather than in a live SMTP reply, when retries to the destination did not succeed before the queue lifetime ran out.</source>
        <comment>447/when</comment>
        <translation>Signalé par le système d&apos;envoi plutôt que dans une réponse SMTP en direct, lorsqu&apos;il a réessayé la remise vers la destination sans succès jusqu&apos;à la fin de la durée de vie dans la file d&apos;attente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the recipient address for typos and send again later. If the bounce repeats, give the full bounce text to your administrator, since the receiving server was probably unreachable or deferring mail for a long time.</source>
        <comment>447/fix/sender</comment>
        <translation>Vérifiez que l&apos;adresse du destinataire ne contient pas de faute de frappe et renvoyez le message plus tard. Si le rapport de non-remise (NDR) se répète, transmettez-en le texte complet à votre administrateur, car le serveur de réception était probablement injoignable ou différait le courrier depuis longtemps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look in the queue and logs for the deferral reasons that came before the timeout, such as 4xx replies, DNS failures or connection timeouts. Fix the cause, check the destination&apos;s MX records, and review queue lifetime settings such as Postfix maximal_queue_lifetime.</source>
        <comment>447/fix/sendingServer</comment>
        <translation>Cherchez dans la file d&apos;attente et les journaux les motifs de report qui ont précédé l&apos;expiration, comme des réponses 4xx, des échecs DNS ou des délais de connexion expirés. Corrigez la cause, vérifiez les enregistrements MX de la destination et revoyez les paramètres de durée de vie dans la file d&apos;attente, comme maximal_queue_lifetime de Postfix.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check whether your server deferred this sender for a long period, for example through greylisting, rate limits or an outage, and confirm that your MX hosts accept connections on port 25.</source>
        <comment>447/fix/receivingServer</comment>
        <translation>Vérifiez si votre serveur a différé cet expéditeur pendant une longue période, par exemple à cause de la mise en liste grise (greylisting), de limites de débit ou d&apos;une panne, et confirmez que vos hôtes MX acceptent les connexions sur le port 25.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.7 is the registered enhanced code for an expired delivery time, while 447 is an unofficial three-digit rendering of it that servers do not send as a reply.</source>
        <comment>447/confusedWith/X.4.7</comment>
        <translation>X.4.7 est le code d&apos;état étendu enregistré pour un délai de remise expiré, tandis que 447 en est une transcription non officielle à trois chiffres que les serveurs n&apos;envoient pas comme réponse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4.4.7 in an Exchange Online bounce reports the same expiry with a proper enhanced code, while 447 is the unofficial shorthand found in older tools and lists.</source>
        <comment>447/confusedWith/4.4.7@Microsoft</comment>
        <translation>4.4.7 dans un rapport de non-remise (NDR) d&apos;Exchange Online signale la même expiration avec un véritable code d&apos;état étendu, tandis que 447 est l&apos;abréviation non officielle qu&apos;on trouve dans d&apos;anciens outils et listes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox unavailable, try later</source>
        <comment>450/title</comment>
        <translation>Boîte aux lettres indisponible, réessayer plus tard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not take the requested action for now, usually because the mailbox is busy or locked, or because a policy check deferred the request. Greylisting is the most common cause: the first attempt from an unknown sender is deferred on purpose and accepted on a later retry. Under the ATRN extension, 450 means the request to reverse the connection was refused.</source>
        <comment>450/description</comment>
        <translation>Le serveur n&apos;a pas effectué l&apos;action demandée pour le moment, généralement parce que la boîte aux lettres est occupée ou verrouillée, ou parce qu&apos;un contrôle de politique a différé la demande. La mise en liste grise (greylisting) est la cause la plus courante&#xa0;: la première tentative d&apos;un expéditeur inconnu est volontairement différée, puis acceptée lorsque l&apos;expéditeur réessaie plus tard. Avec l&apos;extension ATRN, 450 signifie que la demande d&apos;inversion de la connexion a été refusée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to RCPT TO most often, and sometimes to MAIL FROM or to the end of DATA, when a temporary condition or policy defers the request; also to ATRN.</source>
        <comment>450/when</comment>
        <translation>Le plus souvent en réponse à RCPT TO, parfois à MAIL FROM ou à la fin de DATA, lorsqu&apos;une condition temporaire ou une politique diffère la demande&#xa0;; également en réponse à ATRN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait; your mail server retries automatically, and greylisting usually clears within minutes to an hour. If the message is still undelivered after a day, read the delay notice for the server&apos;s text.</source>
        <comment>450/fix/sender</comment>
        <translation>Patientez&#xa0;: votre serveur de messagerie réessaie automatiquement, et la mise en liste grise (greylisting) est généralement levée en quelques minutes à une heure. Si le message n&apos;est toujours pas remis au bout d&apos;un jour, lisez l&apos;avis de retard pour connaître le texte du serveur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure the queue retries with the same envelope and from the same IP address range, which greylisting expects. Check the reply text for DNS, reverse DNS, SPF or reputation hints, and confirm your IP address is not on block lists.</source>
        <comment>450/fix/sendingServer</comment>
        <translation>Assurez-vous que la file d&apos;attente réessaie avec la même enveloppe et depuis la même plage d&apos;adresses IP, comme l&apos;attend la mise en liste grise (greylisting). Cherchez dans le texte de la réponse des indices liés au DNS, au DNS inverse, à SPF ou à la réputation, et vérifiez que votre adresse IP ne figure pas sur des listes de blocage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the logs and policy services, such as greylisting, rate limits and DNS checks, that produced the deferral. Allow known senders that retry from many IP addresses, and make sure temporary DNS failures do not defer legitimate mail for long.</source>
        <comment>450/fix/receivingServer</comment>
        <translation>Examinez les journaux et les services de politique qui ont produit le report, comme la mise en liste grise (greylisting), les limites de débit et les contrôles DNS. Autorisez les expéditeurs connus qui réessaient depuis de nombreuses adresses IP, et veillez à ce que les échecs DNS temporaires ne diffèrent pas longtemps le courrier légitime.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After MAIL FROM, RCPT TO or DATA</source>
        <comment>450/contexts/0/context</comment>
        <translation>Après MAIL FROM, RCPT TO ou DATA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request is deferred for now and should succeed on a later retry.</source>
        <comment>450/contexts/0/meaning</comment>
        <translation>La demande est différée pour le moment et devrait aboutir lorsque le client réessaiera plus tard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After ATRN</source>
        <comment>450/contexts/1/context</comment>
        <translation>Après ATRN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refuses to reverse the connection and deliver queued mail for the requested domains.</source>
        <comment>450/contexts/1/meaning</comment>
        <translation>Le serveur refuse d&apos;inverser la connexion et de remettre le courrier en file d&apos;attente pour les domaines demandés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>450 defers the request so it can succeed on retry, while 550 refuses it permanently.</source>
        <comment>450/confusedWith/550</comment>
        <translation>450 diffère la demande pour qu&apos;elle puisse aboutir lorsque le client réessaiera, tandis que 550 la refuse définitivement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>451 reports a processing error on the server, while 450 concerns the mailbox or a policy deferral.</source>
        <comment>450/confusedWith/451</comment>
        <translation>451 signale une erreur de traitement sur le serveur, tandis que 450 concerne la boîte aux lettres ou un report imposé par une politique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>421 ends the whole session, while 450 refuses a single request and leaves the connection open.</source>
        <comment>450/confusedWith/421</comment>
        <translation>421 met fin à toute la session, tandis que 450 refuse une seule demande et laisse la connexion ouverte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local error in processing</source>
        <comment>451/title</comment>
        <translation>Erreur locale de traitement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server aborted the request because of a problem on its own side, such as a failed lookup, an unavailable content filter or database, or a queue that cannot be written. Some servers also use 451 for greylisting, temporary SPF or DNS errors, and rate limits. Under the ATRN extension, it means the server cannot process the request at the moment.</source>
        <comment>451/description</comment>
        <translation>Le serveur a interrompu la demande à cause d&apos;un problème de son côté, comme une recherche qui a échoué, un filtre de contenu ou une base de données indisponible, ou une file d&apos;attente dans laquelle il est impossible d&apos;écrire. Certains serveurs utilisent aussi 451 pour la mise en liste grise (greylisting), les erreurs SPF ou DNS temporaires et les limites de débit. Avec l&apos;extension ATRN, ce code signifie que le serveur ne peut pas traiter la demande pour le moment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to MAIL FROM, RCPT TO or the end of DATA when a local component fails or defers the request; also to ATRN.</source>
        <comment>451/when</comment>
        <translation>Réponse à MAIL FROM, RCPT TO ou à la fin de DATA lorsqu&apos;un composant local échoue ou diffère la demande&#xa0;; également en réponse à ATRN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is usually needed because the message is retried automatically. If delays last more than a few hours, send the reply text to the recipient&apos;s administrator or to your provider.</source>
        <comment>451/fix/sender</comment>
        <translation>Aucune action n&apos;est généralement nécessaire, car le serveur réessaie automatiquement d&apos;envoyer le message. Si les retards dépassent quelques heures, transmettez le texte de la réponse à l&apos;administrateur du destinataire ou à votre fournisseur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry. If every attempt fails, look for a pattern in the reply: DNS errors for your domain (check that SPF and MX records resolve), rate limits, or a content filter timing out on large messages.</source>
        <comment>451/fix/sendingServer</comment>
        <translation>Laissez la file d&apos;attente réessayer. Si toutes les tentatives échouent, cherchez une constante dans la réponse&#xa0;: erreurs DNS pour votre domaine (vérifiez que les enregistrements SPF et MX se résolvent), limites de débit, ou filtre de contenu qui expire sur les gros messages.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the mail logs at the time of the deferral for failed milters, antivirus or policy daemons, database or LDAP lookups, and DNS resolver timeouts. Verify free disk space and queue permissions, then restart the failed component.</source>
        <comment>451/fix/receivingServer</comment>
        <translation>Examinez les journaux de messagerie au moment du report pour repérer des milters, antivirus ou démons de politique en échec, des recherches en base de données ou LDAP qui échouent, et des délais d&apos;expiration du résolveur DNS. Vérifiez l&apos;espace disque libre et les permissions de la file d&apos;attente, puis redémarrez le composant défaillant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During a mail transaction</source>
        <comment>451/contexts/0/context</comment>
        <translation>Pendant une transaction de messagerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A temporary local problem stopped the command, and the client keeps the message and retries.</source>
        <comment>451/contexts/0/meaning</comment>
        <translation>Un problème local temporaire a interrompu la commande&#xa0;; le client conserve le message et réessaie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After ATRN</source>
        <comment>451/contexts/1/context</comment>
        <translation>Après ATRN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot handle the ATRN request right now, and the client should try again later.</source>
        <comment>451/contexts/1/meaning</comment>
        <translation>Le serveur ne peut pas traiter la demande ATRN pour le moment, et le client doit réessayer plus tard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>450 points to the mailbox or a policy deferral, while 451 points to an error in the server&apos;s own processing.</source>
        <comment>451/confusedWith/450</comment>
        <translation>450 désigne la boîte aux lettres ou un report imposé par une politique, tandis que 451 désigne une erreur dans le traitement propre au serveur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>421 closes the connection, while 451 fails one command and keeps the session open.</source>
        <comment>451/confusedWith/421</comment>
        <translation>421 ferme la connexion, tandis que 451 fait échouer une commande et garde la session ouverte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>554 after the message data rejects the message for good, while 451 at the same point asks for a later retry.</source>
        <comment>451/confusedWith/554</comment>
        <translation>554 après le contenu du message rejette définitivement le message, tandis que 451 au même moment demande de réessayer plus tard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insufficient system storage</source>
        <comment>452/title</comment>
        <translation>Espace de stockage système insuffisant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot accept the request now because it lacks storage or has reached a limit. After RCPT TO it often means too many recipients, and the client sends the rest in a new transaction. Under the SIZE extension, 452 to MAIL FROM means the declared size does not fit the space available now. Many providers also use it with 4.2.2 for a mailbox over quota.</source>
        <comment>452/description</comment>
        <translation>Le serveur ne peut pas accepter la demande maintenant, car il manque d&apos;espace de stockage ou a atteint une limite. Après RCPT TO, ce code signifie souvent qu&apos;il y a trop de destinataires, et le client envoie les autres dans une nouvelle transaction. Avec l&apos;extension SIZE, 452 en réponse à MAIL FROM signifie que la taille déclarée dépasse l&apos;espace disponible pour le moment. Beaucoup de fournisseurs l&apos;utilisent aussi avec 4.2.2 pour une boîte aux lettres qui a dépassé son quota.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to MAIL FROM when the declared SIZE or queue space does not fit, to RCPT TO when recipient or quota limits are reached, or at the end of DATA.</source>
        <comment>452/when</comment>
        <translation>Réponse à MAIL FROM lorsque la taille déclarée par SIZE ou l&apos;espace de la file d&apos;attente ne convient pas, à RCPT TO lorsque la limite de destinataires ou le quota est atteint, ou à la fin de DATA.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the reply mentions a full mailbox, contact the recipient by other means and ask them to free space. If it mentions too many recipients, split the list or use a mailing list service.</source>
        <comment>452/fix/sender</comment>
        <translation>Si la réponse mentionne une boîte aux lettres pleine, contactez le destinataire par un autre moyen et demandez-lui de libérer de l&apos;espace. Si elle mentionne un trop grand nombre de destinataires, divisez la liste ou utilisez un service de listes de diffusion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry; after a recipient limit, send the deferred recipients in a new transaction, which Postfix and Exim do automatically. If the destination always limits, lower recipients per message, for example with Postfix smtp_destination_recipient_limit.</source>
        <comment>452/fix/sendingServer</comment>
        <translation>Laissez la file d&apos;attente réessayer&#xa0;; après une limite de destinataires, envoyez les destinataires différés dans une nouvelle transaction, ce que Postfix et Exim font automatiquement. Si la destination impose toujours une limite, réduisez le nombre de destinataires par message, par exemple avec le paramètre Postfix smtp_destination_recipient_limit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check free disk space on the queue and mailbox volumes, the recipient limit (Postfix smtpd_recipient_limit) and per-user quotas. Raise limits that are too tight and alert on disk usage before it runs out.</source>
        <comment>452/fix/receivingServer</comment>
        <translation>Vérifiez l&apos;espace disque libre sur les volumes de la file d&apos;attente et des boîtes aux lettres, la limite de destinataires (smtpd_recipient_limit de Postfix) et les quotas par utilisateur. Relevez les limites trop strictes et configurez une alerte sur l&apos;utilisation du disque avant qu&apos;il ne soit plein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After RCPT TO</source>
        <comment>452/contexts/0/context</comment>
        <translation>Après RCPT TO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transaction reached the recipient limit, and the remaining recipients must go in a new transaction.</source>
        <comment>452/contexts/0/meaning</comment>
        <translation>La transaction a atteint la limite de destinataires&#xa0;; les destinataires restants doivent être envoyés dans une nouvelle transaction.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After MAIL FROM with SIZE</source>
        <comment>452/contexts/1/context</comment>
        <translation>Après MAIL FROM avec SIZE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The declared message size cannot be stored right now, but it may fit later.</source>
        <comment>452/contexts/1/meaning</comment>
        <translation>La taille de message déclarée ne peut pas être stockée pour le moment, mais elle pourra peut-être l&apos;être plus tard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With enhanced code 4.2.2</source>
        <comment>452/contexts/2/context</comment>
        <translation>Avec le code d&apos;état étendu 4.2.2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient&apos;s mailbox is over quota, and the message can be accepted once space is freed.</source>
        <comment>452/contexts/2/meaning</comment>
        <translation>La boîte aux lettres du destinataire a dépassé son quota, et le message pourra être accepté une fois de l&apos;espace libéré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>452 is a temporary storage or recipient limit that may clear on retry, while 552 says a size or storage allocation was exceeded permanently.</source>
        <comment>452/confusedWith/552</comment>
        <translation>452 est une limite temporaire de stockage ou de destinataires qui peut disparaître lorsque le client réessaie, tandis que 552 indique qu&apos;une limite de taille ou d&apos;allocation de stockage a été dépassée de façon permanente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>451 reports a local processing error, while 452 specifically reports a lack of storage or a limit reached.</source>
        <comment>452/confusedWith/451</comment>
        <translation>451 signale une erreur de traitement locale, tandis que 452 signale spécifiquement un manque d&apos;espace de stockage ou une limite atteinte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No mail waiting (ATRN)</source>
        <comment>453/title</comment>
        <translation>Aucun courrier en attente (ATRN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defined by the On-Demand Mail Relay extension, 453 answers ATRN when the server holds no queued mail for the client&apos;s domains. Nothing is wrong; the connection is simply not reversed because there is nothing to deliver. The IANA registry also lists 453 with X.3.2, a system not accepting network messages.</source>
        <comment>453/description</comment>
        <translation>Défini par l&apos;extension On-Demand Mail Relay, 453 répond à ATRN lorsque le serveur ne détient aucun courrier en file d&apos;attente pour les domaines du client. Rien d&apos;anormal&#xa0;: la connexion n&apos;est simplement pas inversée parce qu&apos;il n&apos;y a rien à remettre. Le registre IANA mentionne aussi 453 avec X.3.2, système n&apos;acceptant pas les messages réseau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to ATRN from an authenticated client when no messages are queued for its domains.</source>
        <comment>453/when</comment>
        <translation>Réponse à ATRN d&apos;un client authentifié lorsqu&apos;aucun message n&apos;est en file d&apos;attente pour ses domaines.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed. If you expected mail, check that the domains in ATRN match those the provider queues for your account and that senders use the provider&apos;s MX hosts.</source>
        <comment>453/fix/general</comment>
        <translation>Aucune action n&apos;est nécessaire. Si vous attendiez du courrier, vérifiez que les domaines indiqués dans ATRN correspondent à ceux que le fournisseur met en file d&apos;attente pour votre compte, et que les expéditeurs utilisent les hôtes MX du fournisseur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After ATRN</source>
        <comment>453/contexts/0/context</comment>
        <translation>Après ATRN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No mail is queued for the requested domains, so the server does not reverse the connection.</source>
        <comment>453/contexts/0/meaning</comment>
        <translation>Aucun courrier n&apos;est en file d&apos;attente pour les domaines demandés&#xa0;; le serveur n&apos;inverse donc pas la connexion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With enhanced code X.3.2</source>
        <comment>453/contexts/1/context</comment>
        <translation>Avec le code d&apos;état étendu X.3.2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is temporarily not accepting messages, for example during maintenance or heavy load.</source>
        <comment>453/contexts/1/meaning</comment>
        <translation>Le serveur n&apos;accepte temporairement pas de messages, par exemple pendant une maintenance ou une forte charge.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>251 after ETRN also means no mail is waiting, while 453 is the equivalent reply to ATRN on an On-Demand Mail Relay server.</source>
        <comment>453/confusedWith/251</comment>
        <translation>251 après ETRN signifie aussi qu&apos;aucun courrier n&apos;attend, tandis que 453 est la réponse équivalente à ATRN sur un serveur On-Demand Mail Relay.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>450 after ATRN means the request was refused, while 453 means it was allowed but there is no mail to deliver.</source>
        <comment>453/confusedWith/450</comment>
        <translation>450 après ATRN signifie que la demande a été refusée, tandis que 453 signifie qu&apos;elle a été autorisée mais qu&apos;il n&apos;y a aucun courrier à remettre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporary TLS or authentication failure</source>
        <comment>454/title</comment>
        <translation>Échec temporaire de TLS ou de l&apos;authentification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot complete a security step right now. After STARTTLS it means TLS is temporarily unavailable, for example because of a certificate or key problem on the server. After AUTH it means authentication failed for a temporary reason, such as an unreachable password backend. Some servers also use 454 with 4.7.1 to defer relaying for unauthenticated clients.</source>
        <comment>454/description</comment>
        <translation>Le serveur ne peut pas effectuer une étape de sécurité pour le moment. Après STARTTLS, ce code signifie que TLS est temporairement indisponible, par exemple à cause d&apos;un problème de certificat ou de clé sur le serveur. Après AUTH, il signifie que l&apos;authentification a échoué pour une raison temporaire, comme une base de mots de passe injoignable. Certains serveurs utilisent aussi 454 avec 4.7.1 pour différer le relais pour les clients non authentifiés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to STARTTLS or AUTH when the server&apos;s TLS setup or authentication backend fails temporarily; occasionally to RCPT TO for a deferred relay attempt.</source>
        <comment>454/when</comment>
        <translation>Réponse à STARTTLS ou AUTH lorsque la configuration TLS du serveur ou sa base d&apos;authentification connaît une défaillance temporaire&#xa0;; parfois à RCPT TO pour une tentative de relais différée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry after a few minutes. If AUTH keeps failing this way, check the provider&apos;s status page; if relaying is deferred, make sure the client authenticates on the submission port (587 or 465) before sending.</source>
        <comment>454/fix/sender</comment>
        <translation>Réessayez après quelques minutes. Si AUTH continue d&apos;échouer ainsi, consultez la page d&apos;état du fournisseur&#xa0;; si le relais est différé, assurez-vous que le client s&apos;authentifie sur le port de soumission (587 ou 465) avant d&apos;envoyer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For STARTTLS failures, follow your policy: retry later if MTA-STS, DANE or local settings require TLS, otherwise deliver without it. Log the reply text so the receiving administrator can trace it.</source>
        <comment>454/fix/sendingServer</comment>
        <translation>Pour les échecs de STARTTLS, appliquez votre politique&#xa0;: réessayez plus tard si MTA-STS, DANE ou les paramètres locaux exigent TLS, sinon remettez le message sans TLS. Journalisez le texte de la réponse pour que l&apos;administrateur du serveur de réception puisse en retrouver l&apos;origine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For STARTTLS, check that the certificate and key files exist, are readable and match (Postfix smtpd_tls_cert_file and smtpd_tls_key_file). For AUTH, check the SASL service, such as saslauthd or Dovecot auth, and its backend.</source>
        <comment>454/fix/receivingServer</comment>
        <translation>Pour STARTTLS, vérifiez que les fichiers de certificat et de clé existent, sont lisibles et correspondent (smtpd_tls_cert_file et smtpd_tls_key_file de Postfix). Pour AUTH, vérifiez le service SASL, comme saslauthd ou Dovecot auth, et sa base d&apos;authentification.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After STARTTLS</source>
        <comment>454/contexts/0/context</comment>
        <translation>Après STARTTLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS is temporarily unavailable, and the client retries later or, if its policy allows, continues without encryption.</source>
        <comment>454/contexts/0/meaning</comment>
        <translation>TLS est temporairement indisponible&#xa0;; le client réessaie plus tard ou, si sa politique le permet, continue sans chiffrement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After AUTH</source>
        <comment>454/contexts/1/context</comment>
        <translation>Après AUTH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication could not be completed because of a temporary server-side problem, not because of wrong credentials.</source>
        <comment>454/contexts/1/meaning</comment>
        <translation>L&apos;authentification n&apos;a pas pu aboutir à cause d&apos;un problème temporaire côté serveur, et non à cause d&apos;identifiants incorrects.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After RCPT TO</source>
        <comment>454/contexts/2/context</comment>
        <translation>Après RCPT TO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With 4.7.1, the server defers a relay attempt it does not currently allow.</source>
        <comment>454/contexts/2/meaning</comment>
        <translation>Avec 4.7.1, le serveur diffère une tentative de relais qu&apos;il n&apos;autorise pas pour le moment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>535 means the credentials were rejected, while 454 after AUTH means the server could not check them right now.</source>
        <comment>454/confusedWith/535</comment>
        <translation>535 signifie que les identifiants ont été refusés, tandis que 454 après AUTH signifie que le serveur n&apos;a pas pu les vérifier pour le moment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>530 says authentication or STARTTLS is required before the command, while 454 says that step failed temporarily.</source>
        <comment>454/confusedWith/530</comment>
        <translation>530 indique que l&apos;authentification ou STARTTLS est requis avant la commande, tandis que 454 indique que cette étape a échoué temporairement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server unable to accommodate parameters</source>
        <comment>455/title</comment>
        <translation>Le serveur ne peut pas satisfaire les paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server understood the parameters on MAIL FROM or RCPT TO but cannot honor them at the moment. It is the temporary counterpart of 555, used when a known extension parameter cannot be met right now and the extension does not require another code. The client may retry later or send the command without the parameter.</source>
        <comment>455/description</comment>
        <translation>Le serveur a compris les paramètres de MAIL FROM ou RCPT TO, mais ne peut pas les honorer pour le moment. C&apos;est l&apos;équivalent temporaire de 555, utilisé lorsqu&apos;un paramètre d&apos;extension connu ne peut pas être satisfait pour l&apos;instant et que l&apos;extension n&apos;impose pas un autre code. Le client peut réessayer plus tard ou envoyer la commande sans le paramètre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to MAIL FROM or RCPT TO carrying extension parameters that the server temporarily cannot honor.</source>
        <comment>455/when</comment>
        <translation>Réponse à MAIL FROM ou RCPT TO comportant des paramètres d&apos;extension que le serveur ne peut temporairement pas honorer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry later. If the reply persists, find the parameter that triggers it in the logs and disable that extension toward the destination, for example DSN options, so the command goes out without it.</source>
        <comment>455/fix/sendingServer</comment>
        <translation>Laissez la file d&apos;attente réessayer plus tard. Si la réponse persiste, repérez dans les journaux le paramètre qui la déclenche et désactivez l&apos;extension correspondante vers cette destination, par exemple les options DSN, pour que la commande parte sans lui.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the logs for the parameter and the condition that blocked it, such as an unavailable DSN or priority subsystem. If the parameter can never be honored, return 555 instead so clients stop retrying.</source>
        <comment>455/fix/receivingServer</comment>
        <translation>Recherchez dans les journaux le paramètre et la condition qui l&apos;ont bloqué, comme un sous-système DSN ou de priorité indisponible. Si le paramètre ne peut jamais être honoré, renvoyez plutôt 555 pour que les clients cessent de réessayer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>555 says the parameter is not recognized or not implemented, while 455 says it is known but cannot be honored right now.</source>
        <comment>455/confusedWith/555</comment>
        <translation>555 indique que le paramètre n&apos;est pas reconnu ou pas implémenté, tandis que 455 indique qu&apos;il est connu mais ne peut pas être honoré pour le moment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>501 reports a syntax error in the arguments, while 455 accepts their syntax but cannot meet them for now.</source>
        <comment>455/confusedWith/501</comment>
        <translation>501 signale une erreur de syntaxe dans les arguments, tandis que 455 en accepte la syntaxe mais ne peut pas les satisfaire pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unable to queue messages (ETRN)</source>
        <comment>458/title</comment>
        <translation>Impossible de mettre les messages en file d&apos;attente (ETRN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defined by the ETRN extension, 458 means the server cannot start a queue run for the requested node at the moment. The cause is on the server side, such as a busy or locked queue or a failing delivery process. Queued mail still goes out on the server&apos;s normal retry schedule.</source>
        <comment>458/description</comment>
        <translation>Défini par l&apos;extension ETRN, 458 signifie que le serveur ne peut pas lancer de traitement de la file d&apos;attente pour le nœud demandé pour le moment. La cause se situe côté serveur, par exemple une file d&apos;attente occupée ou verrouillée, ou un processus de remise défaillant. Le courrier en file d&apos;attente part tout de même lorsque le serveur réessaie selon son calendrier habituel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to ETRN when the server cannot start processing the queue for the requested host or domain.</source>
        <comment>458/when</comment>
        <translation>Réponse à ETRN lorsque le serveur ne peut pas lancer le traitement de la file d&apos;attente pour l&apos;hôte ou le domaine demandé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send ETRN again after a delay, and make sure your host accepts connections on port 25 when the provider delivers. If the error persists, send the reply text to the provider.</source>
        <comment>458/fix/sendingServer</comment>
        <translation>Renvoyez ETRN après un délai, et assurez-vous que votre hôte accepte les connexions sur le port 25 lorsque le fournisseur remet le courrier. Si l&apos;erreur persiste, transmettez le texte de la réponse au fournisseur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the logs for the queue run that failed to start, including queue manager errors, locks and process limits. In Postfix, ETRN relies on the flush service, so confirm that it runs and that its logs show no errors.</source>
        <comment>458/fix/receivingServer</comment>
        <translation>Recherchez dans les journaux le traitement de la file d&apos;attente qui n&apos;a pas pu démarrer, y compris les erreurs du gestionnaire de file d&apos;attente, les verrous et les limites de processus. Dans Postfix, ETRN s&apos;appuie sur le service flush&#xa0;; vérifiez qu&apos;il fonctionne et que ses journaux ne montrent aucune erreur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>458 means the server would process the node but cannot start the queue now, while 459 means it refuses the node itself.</source>
        <comment>458/confusedWith/459</comment>
        <translation>458 signifie que le serveur traiterait le nœud mais ne peut pas lancer le traitement de la file d&apos;attente maintenant, tandis que 459 signifie qu&apos;il refuse le nœud lui-même.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>451 reports a general local error for any command, while 458 is specific to a queue run requested with ETRN.</source>
        <comment>458/confusedWith/451</comment>
        <translation>451 signale une erreur locale générale pour n&apos;importe quelle commande, tandis que 458 est propre à un traitement de la file d&apos;attente demandé avec ETRN.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node not allowed (ETRN)</source>
        <comment>459/title</comment>
        <translation>Nœud non autorisé (ETRN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defined by the ETRN extension, 459 means the server refuses to start a queue run for the requested node, and the text gives the reason. Typical reasons are that the server does not queue mail for that domain or that the client may not request it. Despite the 4xx class, repeating the same request rarely helps until the configuration changes.</source>
        <comment>459/description</comment>
        <translation>Défini par l&apos;extension ETRN, 459 signifie que le serveur refuse de lancer un traitement de la file d&apos;attente pour le nœud demandé, et le texte en donne la raison. Le plus souvent, le serveur ne met pas en file d&apos;attente le courrier de ce domaine, ou le client n&apos;a pas le droit de le demander. Malgré la classe 4xx, répéter la même demande aide rarement tant que la configuration n&apos;a pas changé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to ETRN naming a host or domain that the server will not process for this client.</source>
        <comment>459/when</comment>
        <translation>Réponse à ETRN désignant un hôte ou un domaine que le serveur ne traitera pas pour ce client.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the ETRN argument matches the domain agreed with the provider, including any leading @ or # the provider expects. If it is correct, ask the provider to enable ETRN for the domain and for your client address.</source>
        <comment>459/fix/sendingServer</comment>
        <translation>Vérifiez que l&apos;argument d&apos;ETRN correspond au domaine convenu avec le fournisseur, y compris un éventuel @ ou # initial attendu par le fournisseur. S&apos;il est correct, demandez au fournisseur d&apos;activer ETRN pour le domaine et pour l&apos;adresse de votre client.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the customer domain to the domains eligible for ETRN and review access rules for the client address. In Postfix, ETRN is served only for domains in fast_flush_domains, which defaults to relay_domains.</source>
        <comment>459/fix/receivingServer</comment>
        <translation>Ajoutez le domaine du client aux domaines éligibles à ETRN et revoyez les règles d&apos;accès pour l&apos;adresse du client. Dans Postfix, ETRN n&apos;est servi que pour les domaines de fast_flush_domains, qui vaut par défaut relay_domains.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>459 refuses the requested node itself, while 458 accepts the node but cannot start the queue run right now.</source>
        <comment>459/confusedWith/458</comment>
        <translation>459 refuse le nœud demandé lui-même, tandis que 458 accepte le nœud mais ne peut pas lancer le traitement de la file d&apos;attente pour le moment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter Temporary Rejection</source>
        <comment>471/title</comment>
        <translation>Rejet temporaire par un filtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>471 is a nonstandard temporary rejection that some antispam filters and older mail servers send instead of 450 or 451, meaning a policy or filtering component refused the message for now. Unofficial error lists often attribute it to the sender&apos;s own outgoing server or filter. Clients treat it as a temporary failure because it starts with 4.</source>
        <comment>471/description</comment>
        <translation>471 est un rejet temporaire non standard que certains filtres antispam et d&apos;anciens serveurs de messagerie envoient à la place de 450 ou 451, pour indiquer qu&apos;un composant de politique ou de filtrage a refusé le message pour le moment. Les listes d&apos;erreurs non officielles l&apos;attribuent souvent au serveur d&apos;envoi ou au filtre de l&apos;expéditeur lui-même. Les clients le traitent comme un échec temporaire, car il commence par 4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned by a filtering gateway or server after RCPT TO or the end of DATA, or logged by an outbound filter that held the message.</source>
        <comment>471/when</comment>
        <translation>Renvoyé par une passerelle de filtrage ou un serveur après RCPT TO ou à la fin de DATA, ou consigné par un filtre sortant qui a retenu le message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait and try again later. If it persists, ask your administrator whether your outgoing mail is held by a spam or virus filter, and remove suspicious links or attachments from the message.</source>
        <comment>471/fix/sender</comment>
        <translation>Patientez et réessayez plus tard. Si le problème persiste, demandez à votre administrateur si votre courrier sortant est retenu par un filtre antispam ou antivirus, et retirez du message les liens ou pièces jointes suspects.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identify from the log which host issued 471; if it is your own outbound filter, check its quarantine and rules. If a remote host sent it, check your IP on block lists, your SPF, DKIM and reverse DNS, and whether greylisting is involved.</source>
        <comment>471/fix/sendingServer</comment>
        <translation>Identifiez dans le journal l&apos;hôte qui a émis 471&#xa0;; s&apos;il s&apos;agit de votre propre filtre sortant, vérifiez sa quarantaine et ses règles. Si c&apos;est un hôte distant qui l&apos;a envoyé, vérifiez la présence de votre IP sur des listes de blocage, vos enregistrements SPF et DKIM et votre DNS inverse, et si la mise en liste grise (greylisting) est en cause.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace 471 with a standard reply such as 450 or 451 carrying an enhanced code like 4.7.1, so clients and people can interpret it. Review the filter logs to see which rule deferred the message.</source>
        <comment>471/fix/receivingServer</comment>
        <translation>Remplacez 471 par une réponse standard, comme 450 ou 451, accompagnée d&apos;un code d&apos;état étendu tel que 4.7.1, afin que les clients et les personnes puissent l&apos;interpréter. Examinez les journaux du filtre pour voir quelle règle a différé le message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>451 is the standard reply for a local processing error or a temporary policy deferral such as greylisting, while 471 is an unregistered code some filters use for the same purpose.</source>
        <comment>471/confusedWith/451</comment>
        <translation>451 est la réponse standard pour une erreur de traitement locale ou un report temporaire lié à une politique, comme la mise en liste grise (greylisting), tandis que 471 est un code non enregistré que certains filtres utilisent dans le même but.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>571 is the permanent counterpart some filters use for a refused message, while 471 asks the client to try again later.</source>
        <comment>471/confusedWith/571</comment>
        <translation>571 est l&apos;équivalent permanent que certains filtres utilisent pour un message refusé, tandis que 471 demande au client de réessayer plus tard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command not recognized</source>
        <comment>500/title</comment>
        <translation>Commande non reconnue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server could not make sense of the command line: the verb is unknown or misspelled, or the line is longer than the server accepts. During AUTH, 500 with enhanced code 5.5.6 means a base64 response was longer than the server&apos;s authentication buffer. The session continues, so the client can send a corrected command.</source>
        <comment>500/description</comment>
        <translation>Le serveur n&apos;a pas pu interpréter la ligne de commande&#xa0;: le verbe est inconnu ou mal orthographié, ou la ligne est plus longue que ce que le serveur accepte. Pendant AUTH, 500 avec le code d&apos;état étendu 5.5.6 signifie qu&apos;une réponse en base64 dépassait la taille du tampon d&apos;authentification du serveur. La session continue&#xa0;; le client peut donc envoyer une commande corrigée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right after a command the server does not recognize, such as an unknown verb, a line longer than 512 octets, or message text that leaked into the command stream after a failed DATA.</source>
        <comment>500/when</comment>
        <translation>Juste après une commande que le serveur ne reconnaît pas, par exemple un verbe inconnu, une ligne de plus de 512 octets, ou du texte de message qui s&apos;est retrouvé dans le flux de commandes après l&apos;échec de DATA.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the mail client uses the right protocol and port for outgoing mail; a client speaking POP3, IMAP or HTTP to an SMTP port gets 500. Update the client if it sends commands the server does not know.</source>
        <comment>500/fix/sender</comment>
        <translation>Vérifiez que le client de messagerie utilise le bon protocole et le bon port pour le courrier sortant&#xa0;; un client qui parle POP3, IMAP ou HTTP à un port SMTP reçoit 500. Mettez à jour le client s&apos;il envoie des commandes que le serveur ne connaît pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the rejected line in the MTA log or transcript. Usual causes are lines over 512 octets, message text sent as commands after DATA was refused, and oversized AUTH responses such as long OAuth tokens.</source>
        <comment>500/fix/sendingServer</comment>
        <translation>Repérez la ligne rejetée dans le journal ou la transcription du MTA. Les causes habituelles sont les lignes de plus de 512 octets, le texte du message envoyé comme commandes après le refus de DATA, et les réponses AUTH trop longues, comme les longs jetons OAuth.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If legitimate clients hit this, check the command line and AUTH buffer limits, and whether a firewall with SMTP inspection, such as Cisco ESMTP inspection, is rewriting commands between client and server.</source>
        <comment>500/fix/receivingServer</comment>
        <translation>Si des clients légitimes rencontrent ce code, vérifiez les limites de longueur de ligne de commande et de tampon AUTH, et si un pare-feu avec inspection SMTP, comme l&apos;inspection ESMTP de Cisco, réécrit les commandes entre le client et le serveur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any command</source>
        <comment>500/contexts/0/context</comment>
        <translation>Toute commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command verb is unknown, or the command line is too long.</source>
        <comment>500/contexts/0/meaning</comment>
        <translation>Le verbe de la commande est inconnu, ou la ligne de commande est trop longue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During AUTH</source>
        <comment>500/contexts/1/context</comment>
        <translation>Pendant AUTH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A base64 line in the authentication exchange exceeded the server&apos;s buffer; the enhanced code is 5.5.6.</source>
        <comment>500/contexts/1/meaning</comment>
        <translation>Une ligne en base64 de l&apos;échange d&apos;authentification a dépassé la taille du tampon du serveur&#xa0;; le code d&apos;état étendu est 5.5.6.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>500 means the server does not recognize the command at all, while 502 means it recognizes the command but does not implement it.</source>
        <comment>500/confusedWith/502</comment>
        <translation>500 signifie que le serveur ne reconnaît pas du tout la commande, tandis que 502 signifie qu&apos;il la reconnaît mais ne l&apos;implémente pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>500 rejects the command itself, while 501 accepts the command verb but rejects its arguments or parameters.</source>
        <comment>500/confusedWith/501</comment>
        <translation>500 rejette la commande elle-même, tandis que 501 accepte le verbe de la commande mais rejette ses arguments ou paramètres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syntax error in arguments</source>
        <comment>501/title</comment>
        <translation>Erreur de syntaxe dans les arguments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server recognized the command but rejected its arguments, for example a malformed address in MAIL FROM or RCPT TO, a missing or invalid EHLO name, or arguments on DATA, RSET or QUIT. STARTTLS gets 501 when parameters are supplied, and AUTH gets it when the client cancels the exchange or sends data that is not valid base64.</source>
        <comment>501/description</comment>
        <translation>Le serveur a reconnu la commande mais a rejeté ses arguments, par exemple une adresse mal formée dans MAIL FROM ou RCPT TO, un nom EHLO manquant ou non valide, ou des arguments ajoutés à DATA, RSET ou QUIT. STARTTLS reçoit 501 lorsque des paramètres sont fournis, et AUTH le reçoit lorsque le client annule l&apos;échange ou envoie des données qui ne sont pas du base64 valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After EHLO, HELO, MAIL FROM, RCPT TO, STARTTLS or a step of the AUTH exchange whose argument is malformed, missing or not allowed.</source>
        <comment>501/when</comment>
        <translation>Après EHLO, HELO, MAIL FROM, RCPT TO, STARTTLS ou une étape de l&apos;échange AUTH dont l&apos;argument est mal formé, manquant ou non autorisé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the sender and recipient addresses for typos, spaces, missing parts or unsupported characters. If the error follows a login attempt, re-enter the credentials and set the authentication method the provider documents.</source>
        <comment>501/fix/sender</comment>
        <translation>Vérifiez les adresses d&apos;expéditeur et de destinataire&#xa0;: fautes de frappe, espaces, parties manquantes ou caractères non pris en charge. Si l&apos;erreur suit une tentative de connexion, saisissez de nouveau les identifiants et choisissez la méthode d&apos;authentification indiquée dans la documentation du fournisseur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the rejected command in the transcript. Common causes are addresses without angle brackets, an empty or invalid EHLO name, scripts that build MAIL FROM by hand, and broken base64 in AUTH.</source>
        <comment>501/fix/sendingServer</comment>
        <translation>Repérez la commande rejetée dans la transcription. Les causes courantes sont les adresses sans chevrons, un nom EHLO vide ou non valide, les scripts qui construisent MAIL FROM à la main, et un base64 corrompu dans AUTH.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If valid clients are refused, review strict syntax checks such as Postfix strict_rfc821_envelopes or reject_invalid_helo_hostname, which answer with 501 and can catch addresses and EHLO names that common clients send.</source>
        <comment>501/fix/receivingServer</comment>
        <translation>Si des clients valides sont refusés, revoyez les contrôles de syntaxe stricts comme strict_rfc821_envelopes ou reject_invalid_helo_hostname de Postfix, qui répondent par 501 et peuvent bloquer des adresses et des noms EHLO que des clients courants envoient.</translation>
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
        <translation>L&apos;argument d&apos;adresse ou de nom d&apos;hôte est mal formé, par exemple sans chevrons ou avec un domaine non valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After STARTTLS</source>
        <comment>501/contexts/1/context</comment>
        <translation>Après STARTTLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS takes no parameters, and the client sent some.</source>
        <comment>501/contexts/1/meaning</comment>
        <translation>STARTTLS n&apos;accepte aucun paramètre, et le client en a envoyé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During AUTH</source>
        <comment>501/contexts/2/context</comment>
        <translation>Pendant AUTH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client canceled the exchange with &quot;*&quot;, sent data that is not valid base64, or sent an initial response the mechanism does not allow.</source>
        <comment>501/contexts/2/meaning</comment>
        <translation>Le client a annulé l&apos;échange avec &quot;*&quot;, a envoyé des données qui ne sont pas du base64 valide, ou a envoyé une réponse initiale que le mécanisme n&apos;autorise pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>501 accepts the command verb but rejects its arguments, while 500 rejects the command itself.</source>
        <comment>501/confusedWith/500</comment>
        <translation>501 accepte le verbe de la commande mais rejette ses arguments, tandis que 500 rejette la commande elle-même.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both can follow a bad address; 501 says the argument could not be parsed, while 553 says the server refuses that mailbox name, for syntax or policy reasons.</source>
        <comment>501/confusedWith/553</comment>
        <translation>Les deux peuvent suivre une adresse incorrecte&#xa0;; 501 indique que l&apos;argument n&apos;a pas pu être analysé, tandis que 553 indique que le serveur refuse ce nom de boîte aux lettres, pour des raisons de syntaxe ou de politique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>501 flags a malformed argument, while 555 flags a well-formed MAIL FROM or RCPT TO parameter that the server does not recognize or implement.</source>
        <comment>501/confusedWith/555</comment>
        <translation>501 signale un argument mal formé, tandis que 555 signale un paramètre de MAIL FROM ou RCPT TO bien formé que le serveur ne reconnaît pas ou n&apos;implémente pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command not implemented</source>
        <comment>502/title</comment>
        <translation>Commande non implémentée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server recognizes the command but does not support it, typically VRFY, EXPN or HELP disabled for security or policy reasons. An old server that only supports HELO may return 502 to EHLO, and the client should then fall back to HELO. A server must not advertise an extension in its EHLO reply and then answer it with 502.</source>
        <comment>502/description</comment>
        <translation>Le serveur reconnaît la commande mais ne la prend pas en charge&#xa0;; il s&apos;agit généralement de VRFY, EXPN ou HELP, désactivées pour des raisons de sécurité ou de politique. Un ancien serveur qui ne prend en charge que HELO peut renvoyer 502 à EHLO&#xa0;; le client doit alors se rabattre sur HELO. Un serveur ne doit pas annoncer une extension dans sa réponse à EHLO puis y répondre par 502.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a recognized but unsupported command, most often VRFY, EXPN or HELP, or after EHLO on a server that only speaks basic SMTP.</source>
        <comment>502/when</comment>
        <translation>Après une commande reconnue mais non prise en charge, le plus souvent VRFY, EXPN ou HELP, ou après EHLO sur un serveur qui ne parle que le SMTP de base.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This rarely affects ordinary sending. If an address-checking or testing tool fails with 502, it depends on VRFY or EXPN, which most providers disable; test with a real delivery instead.</source>
        <comment>502/fix/sender</comment>
        <translation>Cela affecte rarement l&apos;envoi ordinaire. Si un outil de vérification d&apos;adresses ou de test échoue avec 502, c&apos;est qu&apos;il dépend de VRFY ou d&apos;EXPN, que la plupart des fournisseurs désactivent&#xa0;; testez plutôt avec une remise réelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not depend on VRFY or EXPN. If EHLO gets 502, retry with HELO and use no extensions. If a command listed in the EHLO reply gets 502, report the inconsistency to the receiving side.</source>
        <comment>502/fix/sendingServer</comment>
        <translation>Ne dépendez pas de VRFY ni d&apos;EXPN. Si EHLO reçoit 502, réessayez avec HELO sans utiliser d&apos;extension. Si une commande listée dans la réponse à EHLO reçoit 502, signalez l&apos;incohérence à l&apos;administrateur du serveur de réception.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answering VRFY and EXPN with 502 is normal hardening. Make sure the EHLO reply lists only extensions the server really supports, for example STARTTLS only when a certificate is configured.</source>
        <comment>502/fix/receivingServer</comment>
        <translation>Répondre 502 à VRFY et EXPN est une mesure de durcissement normale. Assurez-vous que la réponse à EHLO ne liste que les extensions réellement prises en charge par le serveur, par exemple STARTTLS uniquement lorsqu&apos;un certificat est configuré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>502 means the server recognizes the command but does not implement it, while 500 means it does not recognize the command at all.</source>
        <comment>502/confusedWith/500</comment>
        <translation>502 signifie que le serveur reconnaît la commande mais ne l&apos;implémente pas, tandis que 500 signifie qu&apos;il ne reconnaît pas du tout la commande.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>502 means the whole command is unsupported, while 504 means the command is supported but the requested parameter or mechanism is not.</source>
        <comment>502/confusedWith/504</comment>
        <translation>502 signifie que la commande entière n&apos;est pas prise en charge, tandis que 504 signifie que la commande est prise en charge, mais pas le paramètre ou le mécanisme demandé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad sequence of commands</source>
        <comment>503/title</comment>
        <translation>Mauvaise séquence de commandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command is valid but arrived at the wrong point in the session, such as RCPT TO before MAIL FROM, DATA before any accepted recipient, or MAIL FROM before EHLO. AUTH also gets 503 when the client is already authenticated or a mail transaction is open. The server stays in its current state, so the client can continue in the right order.</source>
        <comment>503/description</comment>
        <translation>La commande est valide mais est arrivée au mauvais moment de la session, par exemple RCPT TO avant MAIL FROM, DATA avant tout destinataire accepté, ou MAIL FROM avant EHLO. AUTH reçoit aussi 503 lorsque le client est déjà authentifié ou qu&apos;une transaction de messagerie est ouverte. Le serveur reste dans son état actuel&#xa0;; le client peut donc continuer dans le bon ordre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After MAIL, RCPT, DATA, BDAT or AUTH sent out of order, often because an earlier command failed and the client carried on. After a 554 greeting, the server answers every command except QUIT with 503.</source>
        <comment>503/when</comment>
        <translation>Après MAIL, RCPT, DATA, BDAT ou AUTH envoyé dans le désordre, souvent parce qu&apos;une commande précédente a échoué et que le client a continué. Après un message d&apos;accueil 554, le serveur répond 503 à toute commande sauf QUIT.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry the send; if the error repeats, the client is probably skipping a failed step, such as a rejected login. Check the earlier replies in the client&apos;s log and update or reconfigure the mail software.</source>
        <comment>503/fix/sender</comment>
        <translation>Réessayez l&apos;envoi&#xa0;; si l&apos;erreur se répète, le client saute probablement une étape qui a échoué, comme une connexion refusée. Vérifiez les réponses précédentes dans le journal du client et mettez à jour ou reconfigurez le logiciel de messagerie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the full transcript, because the real failure is usually an earlier reply, such as a rejected MAIL FROM or every RCPT TO refused before DATA. Check pipelining logic, and send EHLO again after STARTTLS.</source>
        <comment>503/fix/sendingServer</comment>
        <translation>Lisez la transcription complète, car le véritable échec se trouve généralement dans une réponse antérieure, comme un MAIL FROM rejeté ou tous les RCPT TO refusés avant DATA. Vérifiez la logique de pipelining, et renvoyez EHLO après STARTTLS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm that the server does not reject a valid order, for example MAIL FROM after STARTTLS and a new EHLO. Some servers use 503 to say that authentication is required; 530 states that more clearly.</source>
        <comment>503/fix/receivingServer</comment>
        <translation>Vérifiez que le serveur ne rejette pas un ordre valide, par exemple MAIL FROM après STARTTLS et un nouvel EHLO. Certains serveurs utilisent 503 pour indiquer que l&apos;authentification est requise&#xa0;; 530 l&apos;exprime plus clairement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail transaction</source>
        <comment>503/contexts/0/context</comment>
        <translation>Transaction de messagerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MAIL FROM, RCPT TO or DATA came before the step it depends on.</source>
        <comment>503/contexts/0/meaning</comment>
        <translation>MAIL FROM, RCPT TO ou DATA est arrivé avant l&apos;étape dont il dépend.</translation>
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
        <translation>La session est déjà authentifiée, ou une transaction de messagerie est en cours.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a 554 greeting</source>
        <comment>503/contexts/2/context</comment>
        <translation>Après un message d&apos;accueil 554</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server has refused the session and accepts nothing but QUIT.</source>
        <comment>503/contexts/2/meaning</comment>
        <translation>Le serveur a refusé la session et n&apos;accepte plus que QUIT.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>503 means commands came in the wrong order, while 530 means the order was fine but authentication or STARTTLS is required first.</source>
        <comment>503/confusedWith/530</comment>
        <translation>503 signifie que les commandes sont arrivées dans le mauvais ordre, tandis que 530 signifie que l&apos;ordre était correct mais que l&apos;authentification ou STARTTLS est requis au préalable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command parameter not implemented</source>
        <comment>504/title</comment>
        <translation>Paramètre de commande non implémenté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command is supported, but the specific parameter or option requested is not. The most common case is AUTH naming a SASL mechanism the server does not offer, or one that needs an encrypted connection, which RFC 4954 answers with 504 and enhanced code 5.5.4. HELP, VRFY or EXPN with an unsupported argument can also get it.</source>
        <comment>504/description</comment>
        <translation>La commande est prise en charge, mais pas le paramètre ou l&apos;option demandé. Le cas le plus courant est AUTH avec un mécanisme SASL que le serveur ne propose pas, ou qui nécessite une connexion chiffrée, ce à quoi la RFC 4954 répond par 504 avec le code d&apos;état étendu 5.5.4. HELP, VRFY ou EXPN avec un argument non pris en charge peuvent aussi le recevoir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most often right after AUTH with a mechanism, such as CRAM-MD5 or XOAUTH2, that the server did not advertise; occasionally after EHLO, HELO, VRFY, EXPN or HELP.</source>
        <comment>504/when</comment>
        <translation>Le plus souvent juste après AUTH avec un mécanisme, comme CRAM-MD5 ou XOAUTH2, que le serveur n&apos;a pas annoncé&#xa0;; parfois après EHLO, HELO, VRFY, EXPN ou HELP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the authentication method in the mail client to one the provider supports, usually normal password (PLAIN or LOGIN) or OAuth2. Turn on SSL/TLS or STARTTLS as well, because many servers offer PLAIN and LOGIN only on encrypted connections.</source>
        <comment>504/fix/sender</comment>
        <translation>Dans le client de messagerie, choisissez une méthode d&apos;authentification prise en charge par le fournisseur, généralement le mot de passe normal (PLAIN ou LOGIN) ou OAuth2. Activez aussi SSL/TLS ou STARTTLS, car beaucoup de serveurs ne proposent PLAIN et LOGIN que sur des connexions chiffrées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick mechanisms from the AUTH line of the EHLO reply instead of a fixed list. Read the EHLO reply again after STARTTLS, since the offered mechanisms often change, and check settings such as Postfix smtp_sasl_mechanism_filter.</source>
        <comment>504/fix/sendingServer</comment>
        <translation>Choisissez les mécanismes dans la ligne AUTH de la réponse à EHLO plutôt que dans une liste fixe. Relisez la réponse à EHLO après STARTTLS, car les mécanismes proposés changent souvent, et vérifiez les paramètres comme smtp_sasl_mechanism_filter de Postfix.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check which mechanisms the server advertises before and after TLS, for example Postfix smtpd_sasl_security_options or Dovecot auth_mechanisms, and that the list matches what the authentication backend accepts.</source>
        <comment>504/fix/receivingServer</comment>
        <translation>Vérifiez quels mécanismes le serveur annonce avant et après TLS, par exemple avec smtpd_sasl_security_options de Postfix ou auth_mechanisms de Dovecot, et que la liste correspond à ce qu&apos;accepte la base d&apos;authentification.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After AUTH</source>
        <comment>504/contexts/0/context</comment>
        <translation>Après AUTH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The requested authentication mechanism is not supported, or not available on this connection.</source>
        <comment>504/contexts/0/meaning</comment>
        <translation>Le mécanisme d&apos;authentification demandé n&apos;est pas pris en charge, ou n&apos;est pas disponible sur cette connexion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other commands</source>
        <comment>504/contexts/1/context</comment>
        <translation>Autres commandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command is supported, but the given parameter is not.</source>
        <comment>504/contexts/1/meaning</comment>
        <translation>La commande est prise en charge, mais pas le paramètre indiqué.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>504 means the command is supported but the parameter or mechanism is not, while 502 means the whole command is unsupported.</source>
        <comment>504/confusedWith/502</comment>
        <translation>504 signifie que la commande est prise en charge, mais pas le paramètre ou le mécanisme, tandis que 502 signifie que la commande entière n&apos;est pas prise en charge.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>504 means the server does not offer the requested mechanism, while 534 means it offers it but policy considers it too weak for this user.</source>
        <comment>504/confusedWith/534</comment>
        <translation>504 signifie que le serveur ne propose pas le mécanisme demandé, tandis que 534 signifie qu&apos;il le propose mais que la politique le juge trop faible pour cet utilisateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host does not accept mail</source>
        <comment>521/title</comment>
        <translation>L&apos;hôte n&apos;accepte pas de courrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The host never accepts mail under any circumstances, typically a dummy SMTP listener on a machine that is not a mail server. RFC 7504 reserves 521 for the connection greeting, sent instead of 220; the IANA registry pairs it with X.3.2. Sending servers should treat it as a permanent refusal from that host.</source>
        <comment>521/description</comment>
        <translation>L&apos;hôte n&apos;accepte jamais de courrier, quelles que soient les circonstances&#xa0;; il s&apos;agit généralement d&apos;un écouteur SMTP factice sur une machine qui n&apos;est pas un serveur de messagerie. La RFC 7504 réserve 521 au message d&apos;accueil de la connexion, envoyé à la place de 220&#xa0;; le registre IANA l&apos;associe à X.3.2. Un serveur d&apos;envoi doit le traiter comme un refus permanent de la part de cet hôte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the greeting, instead of 220, as soon as the connection opens. If the client sends commands other than QUIT, the server may keep answering 521 or simply close the connection.</source>
        <comment>521/when</comment>
        <translation>Dans le message d&apos;accueil, à la place de 220, dès l&apos;ouverture de la connexion. Si le client envoie d&apos;autres commandes que QUIT, le serveur peut continuer à répondre 521 ou simplement fermer la connexion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the recipient&apos;s address for a typo in the domain. If the address is correct, the recipient&apos;s domain sends mail to a host that refuses it, so contact the recipient another way and let them know.</source>
        <comment>521/fix/sender</comment>
        <translation>Vérifiez que le domaine de l&apos;adresse du destinataire ne contient pas de faute de frappe. Si l&apos;adresse est correcte, le domaine du destinataire envoie son courrier vers un hôte qui le refuse&#xa0;; contactez donc le destinataire par un autre moyen pour le prévenir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check which host answered: look up the recipient domain&apos;s MX records, and whether the MTA fell back to the A record because no MX exists. Do not retry that host; a 521 from a host meant to receive mail points to a DNS mistake on the receiving side.</source>
        <comment>521/fix/sendingServer</comment>
        <translation>Vérifiez quel hôte a répondu&#xa0;: consultez les enregistrements MX du domaine du destinataire, et vérifiez si le MTA s&apos;est rabattu sur l&apos;enregistrement A faute d&apos;enregistrement MX. Ne réessayez pas avec cet hôte&#xa0;; un 521 provenant d&apos;un hôte censé recevoir du courrier révèle une erreur DNS côté réception.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If this host should receive mail, replace the dummy listener with the real MTA or correct the MX records. A host that answers 521 should not be listed as an MX; publish a null MX (RFC 7505) for domains that never receive mail.</source>
        <comment>521/fix/receivingServer</comment>
        <translation>Si cet hôte doit recevoir du courrier, remplacez l&apos;écouteur factice par le vrai MTA ou corrigez les enregistrements MX. Un hôte qui répond 521 ne doit pas figurer comme MX&#xa0;; publiez un MX nul (RFC 7505) pour les domaines qui ne reçoivent jamais de courrier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both can replace the 220 greeting; 521 says the host never accepts mail at all, while 554 says this server refuses this particular session, often because of the client&apos;s IP reputation.</source>
        <comment>521/confusedWith/554</comment>
        <translation>Les deux peuvent remplacer le message d&apos;accueil 220&#xa0;; 521 indique que l&apos;hôte n&apos;accepte jamais aucun courrier, tandis que 554 indique que ce serveur refuse cette session en particulier, souvent à cause de la réputation de l&apos;adresse IP du client.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>521 comes from a host that refuses all mail itself, while 556 comes from another server reporting that the destination domain accepts no mail, usually because of a null MX.</source>
        <comment>521/confusedWith/556</comment>
        <translation>521 provient d&apos;un hôte qui refuse lui-même tout courrier, tandis que 556 provient d&apos;un autre serveur qui signale que le domaine de destination n&apos;accepte aucun courrier, généralement à cause d&apos;un MX nul.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption needed for authentication</source>
        <comment>523/title</comment>
        <translation>Chiffrement nécessaire pour l&apos;authentification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refuses the requested authentication mechanism until a strong privacy layer, such as TLS, protects the connection. It is aimed mainly at clear-text mechanisms such as PLAIN and LOGIN. The code comes from the IANA enhanced status code registry, which pairs it with X.7.10 (RFC 5248); the client can start TLS or choose a stronger mechanism.</source>
        <comment>523/description</comment>
        <translation>Le serveur refuse le mécanisme d&apos;authentification demandé tant qu&apos;une couche de confidentialité robuste, comme TLS, ne protège pas la connexion. Cela vise surtout les mécanismes en clair comme PLAIN et LOGIN. Le code provient du registre IANA des codes d&apos;état étendus, qui l&apos;associe à X.7.10 (RFC 5248)&#xa0;; le client peut lancer TLS ou choisir un mécanisme plus robuste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right after AUTH with a clear-text mechanism on a connection that is not yet encrypted.</source>
        <comment>523/when</comment>
        <translation>Juste après AUTH avec un mécanisme en clair sur une connexion qui n&apos;est pas encore chiffrée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable SSL/TLS (usually port 465) or STARTTLS (usually port 587) in the mail client&apos;s outgoing server settings, then send again. Alternatively, choose a stronger authentication method if the provider offers one.</source>
        <comment>523/fix/sender</comment>
        <translation>Activez SSL/TLS (généralement port 465) ou STARTTLS (généralement port 587) dans les paramètres du serveur sortant du client de messagerie, puis renvoyez le message. Vous pouvez aussi choisir une méthode d&apos;authentification plus robuste si le fournisseur en propose une.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue STARTTLS and a new EHLO before AUTH, or connect with implicit TLS on port 465. Configure the MTA to require TLS for relays that need authentication, for example Postfix smtp_tls_security_level = encrypt.</source>
        <comment>523/fix/sendingServer</comment>
        <translation>Envoyez STARTTLS puis un nouvel EHLO avant AUTH, ou connectez-vous en TLS implicite sur le port 465. Configurez le MTA pour qu&apos;il exige TLS avec les relais qui demandent une authentification, par exemple avec le paramètre Postfix smtp_tls_security_level = encrypt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply works as intended. To avoid it, advertise clear-text mechanisms only after TLS is active, for example with Postfix smtpd_tls_auth_only or Dovecot disable_plaintext_auth.</source>
        <comment>523/fix/receivingServer</comment>
        <translation>La réponse fonctionne comme prévu. Pour l&apos;éviter, n&apos;annoncez les mécanismes en clair qu&apos;une fois TLS actif, par exemple avec smtpd_tls_auth_only de Postfix ou disable_plaintext_auth de Dovecot.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>523 (X.7.10) asks for an encryption layer before a clear-text mechanism may be used, while 538 (X.7.11) is the RFC 4954 reply for a mechanism allowed only on encrypted connections; both are fixed by starting TLS.</source>
        <comment>523/confusedWith/538</comment>
        <translation>523 (X.7.10) demande une couche de chiffrement avant qu&apos;un mécanisme en clair puisse être utilisé, tandis que 538 (X.7.11) est la réponse de la RFC 4954 pour un mécanisme autorisé uniquement sur des connexions chiffrées&#xa0;; dans les deux cas, la solution est de lancer TLS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>523 answers AUTH on an unencrypted connection, while 530 answers mail commands sent before required authentication or STARTTLS.</source>
        <comment>523/confusedWith/530</comment>
        <translation>523 répond à AUTH sur une connexion non chiffrée, tandis que 530 répond aux commandes de messagerie envoyées avant l&apos;authentification ou STARTTLS requis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption required for mechanism</source>
        <comment>524/title</comment>
        <translation>Chiffrement requis pour le mécanisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected authentication mechanism may only be used on an encrypted connection. The IANA enhanced status code registry lists 524 alongside 538 for X.7.11, whose definition comes from RFC 4954; RFC 4954 itself uses 538. Treat 524 like 538: start TLS, then authenticate again.</source>
        <comment>524/description</comment>
        <translation>Le mécanisme d&apos;authentification choisi ne peut être utilisé que sur une connexion chiffrée. Le registre IANA des codes d&apos;état étendus mentionne 524 à côté de 538 pour X.7.11, dont la définition provient de la RFC 4954&#xa0;; la RFC 4954 elle-même utilise 538. Traitez 524 comme 538&#xa0;: lancez TLS, puis authentifiez-vous de nouveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right after AUTH on a connection that is not protected by TLS.</source>
        <comment>524/when</comment>
        <translation>Juste après AUTH sur une connexion qui n&apos;est pas protégée par TLS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on SSL/TLS or STARTTLS for the outgoing server in the mail client, with the port the provider documents (usually 465 or 587), and try again.</source>
        <comment>524/fix/sender</comment>
        <translation>Activez SSL/TLS ou STARTTLS pour le serveur sortant dans le client de messagerie, avec le port indiqué par le fournisseur (généralement 465 ou 587), puis réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negotiate STARTTLS and repeat EHLO before AUTH, or use implicit TLS on port 465. Check that certificate or protocol errors are not making the client fall back to an unencrypted session.</source>
        <comment>524/fix/sendingServer</comment>
        <translation>Négociez STARTTLS et renvoyez EHLO avant AUTH, ou utilisez TLS implicite sur le port 465. Vérifiez que des erreurs de certificat ou de protocole ne font pas se rabattre le client sur une session non chiffrée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server enforces its policy correctly. Advertise mechanisms that need encryption only after TLS is active, as RFC 4954 recommends, so clients do not try them too early.</source>
        <comment>524/fix/receivingServer</comment>
        <translation>Le serveur applique correctement sa politique. N&apos;annoncez les mécanismes qui exigent le chiffrement qu&apos;une fois TLS actif, comme le recommande la RFC 4954, pour que les clients ne les essaient pas trop tôt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>524 and 538 share the same registry meaning (X.7.11), but 538 is the code RFC 4954 actually specifies.</source>
        <comment>524/confusedWith/538</comment>
        <translation>524 et 538 ont la même signification dans le registre (X.7.11), mais 538 est le code que la RFC 4954 spécifie réellement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>524 (X.7.11) says this mechanism requires an encrypted connection, while 523 (X.7.10) says an encryption layer is needed before a clear-text mechanism can be used.</source>
        <comment>524/confusedWith/523</comment>
        <translation>524 (X.7.11) indique que ce mécanisme exige une connexion chiffrée, tandis que 523 (X.7.10) indique qu&apos;une couche de chiffrement est nécessaire avant qu&apos;un mécanisme en clair puisse être utilisé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User account disabled</source>
        <comment>525/title</comment>
        <translation>Compte utilisateur désactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication succeeded, but an administrator has disabled the account, for example for non-payment, abuse or a suspected break-in. Unlike a credentials failure, retrying or retyping the password will not help until the account is re-enabled. The IANA enhanced status code registry pairs it with X.7.13 (RFC 5248).</source>
        <comment>525/description</comment>
        <translation>L&apos;authentification a réussi, mais un administrateur a désactivé le compte, par exemple pour défaut de paiement, abus ou suspicion d&apos;intrusion. Contrairement à un échec d&apos;identifiants, réessayer ou ressaisir le mot de passe ne servira à rien tant que le compte n&apos;aura pas été réactivé. Le registre IANA des codes d&apos;état étendus l&apos;associe à X.7.13 (RFC 5248).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right after a successful AUTH exchange for an account that is disabled, suspended or locked.</source>
        <comment>525/when</comment>
        <translation>Juste après un échange AUTH réussi pour un compte désactivé, suspendu ou verrouillé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop retrying the password. Contact your email provider or administrator to learn why the account was disabled, for example an unpaid bill, a security lock after suspicious sign-ins, or outgoing spam, and ask them to re-enable it.</source>
        <comment>525/fix/sender</comment>
        <translation>Cessez de réessayer le mot de passe. Contactez votre fournisseur de messagerie ou votre administrateur pour savoir pourquoi le compte a été désactivé, par exemple une facture impayée, un verrouillage de sécurité après des connexions suspectes ou l&apos;envoi de spam, et demandez-lui de le réactiver.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop retrying with this account and alert its owner, because repeated attempts can extend a security lock. If it is a service or relay login, switch to a working account until it is re-enabled.</source>
        <comment>525/fix/sendingServer</comment>
        <translation>Cessez de réessayer avec ce compte et prévenez son propriétaire, car des tentatives répétées peuvent prolonger un verrouillage de sécurité. S&apos;il s&apos;agit d&apos;un compte de service ou de relais, passez à un compte qui fonctionne jusqu&apos;à sa réactivation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the account status in the user directory or admin console, and the authentication logs for why it was disabled. Re-enable it once the cause is resolved, and reset the password if it was compromised.</source>
        <comment>525/fix/receivingServer</comment>
        <translation>Vérifiez l&apos;état du compte dans l&apos;annuaire des utilisateurs ou la console d&apos;administration, et cherchez dans les journaux d&apos;authentification pourquoi il a été désactivé. Réactivez-le une fois la cause résolue, et réinitialisez le mot de passe s&apos;il a été compromis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>525 means the credentials were correct but the account is disabled, while 535 means the credentials themselves were rejected.</source>
        <comment>525/confusedWith/535</comment>
        <translation>525 signifie que les identifiants étaient corrects mais que le compte est désactivé, tandis que 535 signifie que les identifiants eux-mêmes ont été refusés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication or STARTTLS required</source>
        <comment>530/title</comment>
        <translation>Authentification ou STARTTLS requis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server will not carry out the command until the client authenticates or starts TLS, depending on context. Under RFC 4954 it means authentication is required (5.7.0), typically for relaying through a submission server. Under RFC 3207, a server that requires TLS sends &quot;Must issue a STARTTLS command first&quot; to every command except NOOP, EHLO, STARTTLS and QUIT. The reply text says which applies.</source>
        <comment>530/description</comment>
        <translation>Le serveur n&apos;exécutera pas la commande tant que le client ne s&apos;est pas authentifié ou n&apos;a pas lancé TLS, selon le contexte. Selon la RFC 4954, ce code signifie que l&apos;authentification est requise (5.7.0), généralement pour relayer via un serveur de soumission. Selon la RFC 3207, un serveur qui exige TLS envoie &quot;Must issue a STARTTLS command first&quot; en réponse à toute commande sauf NOOP, EHLO, STARTTLS et QUIT. Le texte de la réponse indique le cas qui s&apos;applique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually at MAIL FROM or RCPT TO when the client has not logged in, or at the first command after EHLO when the server requires STARTTLS.</source>
        <comment>530/when</comment>
        <translation>Généralement à MAIL FROM ou RCPT TO lorsque le client ne s&apos;est pas connecté, ou à la première commande après EHLO lorsque le serveur exige STARTTLS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on &quot;My outgoing server requires authentication&quot; in the mail client and use the same user name and password as for incoming mail, or an app password if two-step verification is on. If the text mentions STARTTLS, enable SSL/TLS or STARTTLS on port 587 or 465.</source>
        <comment>530/fix/sender</comment>
        <translation>Activez l&apos;option d&apos;authentification du serveur sortant (&quot;My outgoing server requires authentication&quot;) dans le client de messagerie et utilisez le même nom d&apos;utilisateur et le même mot de passe que pour le courrier entrant, ou un mot de passe d&apos;application si la validation en deux étapes est activée. Si le texte mentionne STARTTLS, activez SSL/TLS ou STARTTLS sur le port 587 ou 465.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configure SASL credentials for the relay, for example Postfix smtp_sasl_auth_enable with smtp_sasl_password_maps, so AUTH precedes MAIL FROM. For a STARTTLS demand, enable client-side TLS, such as Postfix smtp_tls_security_level, and repeat EHLO after the handshake.</source>
        <comment>530/fix/sendingServer</comment>
        <translation>Configurez les identifiants SASL pour le relais, par exemple avec smtp_sasl_auth_enable et smtp_sasl_password_maps de Postfix, afin qu&apos;AUTH précède MAIL FROM. Si STARTTLS est exigé, activez TLS côté client, par exemple avec smtp_tls_security_level de Postfix, et renvoyez EHLO après la négociation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the client should be allowed without login, such as a trusted internal host, add it to the trusted networks (Postfix mynetworks). Keep authentication mandatory on submission ports, but do not require STARTTLS on a publicly referenced MX, which RFC 3207 forbids.</source>
        <comment>530/fix/receivingServer</comment>
        <translation>Si le client doit être autorisé sans connexion, comme un hôte interne de confiance, ajoutez-le aux réseaux de confiance (mynetworks de Postfix). Gardez l&apos;authentification obligatoire sur les ports de soumission, mais n&apos;exigez pas STARTTLS sur un MX référencé publiquement, ce que la RFC 3207 interdit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication required (RFC 4954)</source>
        <comment>530/contexts/0/context</comment>
        <translation>Authentification requise (RFC 4954)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command needs an authenticated session, so the client must send AUTH first.</source>
        <comment>530/contexts/0/meaning</comment>
        <translation>La commande nécessite une session authentifiée&#xa0;; le client doit donc d&apos;abord envoyer AUTH.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS required (RFC 3207)</source>
        <comment>530/contexts/1/context</comment>
        <translation>STARTTLS requis (RFC 3207)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server requires TLS before it accepts anything except NOOP, EHLO, STARTTLS and QUIT.</source>
        <comment>530/contexts/1/meaning</comment>
        <translation>Le serveur exige TLS avant d&apos;accepter quoi que ce soit d&apos;autre que NOOP, EHLO, STARTTLS et QUIT.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>530 means the client has not authenticated yet, while 535 means it tried and the credentials were rejected.</source>
        <comment>530/confusedWith/535</comment>
        <translation>530 signifie que le client ne s&apos;est pas encore authentifié, tandis que 535 signifie qu&apos;il a essayé et que les identifiants ont été refusés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>530 means authentication or TLS is missing, while 503 means commands arrived in the wrong order.</source>
        <comment>530/confusedWith/503</comment>
        <translation>530 signifie que l&apos;authentification ou TLS manque, tandis que 503 signifie que les commandes sont arrivées dans le mauvais ordre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery not authorized (rare)</source>
        <comment>533/title</comment>
        <translation>Remise non autorisée (rare)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No RFC defines the text of 533; the IANA enhanced status code registry lists it among the basic codes used with X.7.1, &quot;Delivery not authorized, message refused&quot;. Read it as a permanent policy refusal: the server will not accept this sender, recipient or message for a security or policy reason. The reply text and enhanced code usually give the details.</source>
        <comment>533/description</comment>
        <translation>Aucune RFC ne définit le texte de 533&#xa0;; le registre IANA des codes d&apos;état étendus le mentionne parmi les codes de réponse de base utilisés avec X.7.1, &quot;Delivery not authorized, message refused&quot;. Interprétez-le comme un refus permanent lié à une politique&#xa0;: le serveur n&apos;acceptera pas cet expéditeur, ce destinataire ou ce message pour une raison de sécurité ou de politique. Le texte de la réponse et le code d&apos;état étendu donnent généralement les détails.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No specification ties 533 to a particular command, so treat it as a policy refusal at whatever step it appears.</source>
        <comment>533/when</comment>
        <translation>Aucune spécification ne lie 533 à une commande particulière&#xa0;; traitez-le donc comme un refus lié à une politique, quelle que soit l&apos;étape où il apparaît.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the reply text and enhanced code for the reason. Check that you may send to this recipient or list, and that you are sending through your own provider&apos;s server with authentication.</source>
        <comment>533/fix/sender</comment>
        <translation>Lisez le texte de la réponse et le code d&apos;état étendu pour connaître la raison. Vérifiez que vous avez le droit d&apos;écrire à ce destinataire ou à cette liste, et que vous envoyez via le serveur de votre propre fournisseur, avec authentification.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the stated reason and the usual policy causes: relaying without authentication, a sending IP on a block list, and failing SPF, DKIM or DMARC for the sender domain. Do not retry the message unchanged.</source>
        <comment>533/fix/sendingServer</comment>
        <translation>Vérifiez la raison indiquée et les causes habituelles liées aux politiques&#xa0;: relais sans authentification, adresse IP d&apos;envoi sur une liste de blocage, et échec de SPF, DKIM ou DMARC pour le domaine de l&apos;expéditeur. Ne réessayez pas d&apos;envoyer le message sans modification.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the policy rule that produced 533 in the server logs. Consider 550 with X.7.1 instead, since clients and bounce parsers handle it more reliably than this rare code.</source>
        <comment>533/fix/receivingServer</comment>
        <translation>Trouvez dans les journaux du serveur la règle de politique qui a produit 533. Envisagez plutôt 550 avec X.7.1, car les clients et les analyseurs de rapports de non-remise (NDR) le traitent de façon plus fiable que ce code rare.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>533 is a rarely used code that the registry ties to X.7.1, while 550 with X.7.1 is the usual way servers report the same kind of policy refusal.</source>
        <comment>533/confusedWith/550</comment>
        <translation>533 est un code rarement utilisé que le registre associe à X.7.1, tandis que 550 avec X.7.1 est la façon habituelle dont les serveurs signalent ce même type de refus lié à une politique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>533 refuses the action on policy grounds, while 530 only asks the client to authenticate or start TLS first.</source>
        <comment>533/confusedWith/530</comment>
        <translation>533 refuse l&apos;action pour des raisons de politique, tandis que 530 demande seulement au client de s&apos;authentifier ou de lancer TLS au préalable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication mechanism too weak</source>
        <comment>534/title</comment>
        <translation>Mécanisme d&apos;authentification trop faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server offers the requested SASL mechanism, but policy does not allow it for this user because it is weaker than required. The client should retry AUTH with a stronger mechanism; the enhanced code is 5.7.9. Some providers, such as Gmail, also use 534 to demand an app password instead of the normal account password.</source>
        <comment>534/description</comment>
        <translation>Le serveur propose le mécanisme SASL demandé, mais la politique ne l&apos;autorise pas pour cet utilisateur, car il est plus faible que requis. Le client doit réessayer AUTH avec un mécanisme plus robuste&#xa0;; le code d&apos;état étendu est 5.7.9. Certains fournisseurs, comme Gmail, utilisent aussi 534 pour exiger un mot de passe d&apos;application à la place du mot de passe normal du compte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right after AUTH names a mechanism, or supplies a credential type, that the server considers too weak for the account.</source>
        <comment>534/when</comment>
        <translation>Juste après qu&apos;AUTH a désigné un mécanisme, ou fourni un type d&apos;identifiants, que le serveur juge trop faible pour le compte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch the mail client to a stronger sign-in method, such as OAuth2, if offered. With Gmail and similar providers, 534 often means an app password is required because two-step verification is on: create one in the account&apos;s security settings and use it instead of the normal password.</source>
        <comment>534/fix/sender</comment>
        <translation>Configurez le client de messagerie pour qu&apos;il utilise une méthode de connexion plus robuste, comme OAuth2, si elle est proposée. Avec Gmail et les fournisseurs similaires, 534 signifie souvent qu&apos;un mot de passe d&apos;application est requis parce que la validation en deux étapes est activée&#xa0;: créez-en un dans les paramètres de sécurité du compte et utilisez-le à la place du mot de passe normal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a stronger mechanism from the server&apos;s AUTH list, or use OAuth2 or an app password for provider accounts. Check settings that pin a mechanism, such as Postfix smtp_sasl_mechanism_filter.</source>
        <comment>534/fix/sendingServer</comment>
        <translation>Choisissez un mécanisme plus robuste dans la liste AUTH du serveur, ou utilisez OAuth2 ou un mot de passe d&apos;application pour les comptes de fournisseurs. Vérifiez les paramètres qui imposent un mécanisme, comme smtp_sasl_mechanism_filter de Postfix.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm that the per-user policy is intended, and that the EHLO reply does not advertise mechanisms users may never use, so clients can pick an acceptable one on the first attempt.</source>
        <comment>534/fix/receivingServer</comment>
        <translation>Confirmez que la politique par utilisateur est voulue, et que la réponse à EHLO n&apos;annonce pas de mécanismes que les utilisateurs n&apos;ont jamais le droit d&apos;utiliser, afin que les clients puissent en choisir un acceptable dès la première tentative.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>534 rejects the authentication method, while 535 rejects the credentials supplied with an acceptable method.</source>
        <comment>534/confusedWith/535</comment>
        <translation>534 rejette la méthode d&apos;authentification, tandis que 535 rejette les identifiants fournis avec une méthode acceptable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>534 means the mechanism exists but is too weak for this user, while 504 means the server does not offer the mechanism at all.</source>
        <comment>534/confusedWith/504</comment>
        <translation>534 signifie que le mécanisme existe mais est trop faible pour cet utilisateur, tandis que 504 signifie que le serveur ne propose pas du tout ce mécanisme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication credentials invalid</source>
        <comment>535/title</comment>
        <translation>Identifiants d&apos;authentification non valides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The AUTH exchange failed because the user name, password or token was wrong or insufficient; the enhanced code is usually 5.7.8. The client should ask for new credentials instead of retrying the same ones. Providers also return 535 when the normal account password is refused, for example because an app password or OAuth sign-in is required.</source>
        <comment>535/description</comment>
        <translation>L&apos;échange AUTH a échoué parce que le nom d&apos;utilisateur, le mot de passe ou le jeton était incorrect ou insuffisant&#xa0;; le code d&apos;état étendu est généralement 5.7.8. Le client doit demander de nouveaux identifiants au lieu de réessayer les mêmes. Les fournisseurs renvoient aussi 535 lorsque le mot de passe normal du compte est refusé, par exemple parce qu&apos;un mot de passe d&apos;application ou une connexion OAuth est requis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the end of the AUTH exchange, after the server has checked the user name and password or token.</source>
        <comment>535/when</comment>
        <translation>À la fin de l&apos;échange AUTH, après que le serveur a vérifié le nom d&apos;utilisateur et le mot de passe ou le jeton.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-enter the user name, often the full email address, and the password. If two-step verification is on, create an app password; if the provider has disabled basic authentication, switch the client to OAuth2. Check that the account is not locked after failed attempts.</source>
        <comment>535/fix/sender</comment>
        <translation>Saisissez de nouveau le nom d&apos;utilisateur, souvent l&apos;adresse e-mail complète, et le mot de passe. Si la validation en deux étapes est activée, créez un mot de passe d&apos;application&#xa0;; si le fournisseur a désactivé l&apos;authentification de base, configurez le client pour qu&apos;il utilise OAuth2. Vérifiez que le compte n&apos;est pas verrouillé après des tentatives échouées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the stored relay credentials, for example the Postfix sasl_passwd entry and its rebuilt map, and that the user name format matches what the provider expects. Watch for expired passwords, rotated API keys and tenant policies that disable SMTP AUTH.</source>
        <comment>535/fix/sendingServer</comment>
        <translation>Vérifiez les identifiants de relais enregistrés, par exemple l&apos;entrée sasl_passwd de Postfix et sa table reconstruite, et que le format du nom d&apos;utilisateur correspond à ce qu&apos;attend le fournisseur. Surveillez les mots de passe expirés, les clés d&apos;API renouvelées et les stratégies de locataire qui désactivent SMTP AUTH.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the authentication logs, such as Dovecot auth logs or Exchange protocol logs, for the reason: unknown user, wrong password, SMTP AUTH disabled for the mailbox, or an unreachable directory. Rate-limit repeated failures to slow password guessing.</source>
        <comment>535/fix/receivingServer</comment>
        <translation>Cherchez la raison dans les journaux d&apos;authentification, comme les journaux d&apos;authentification de Dovecot ou les journaux de protocole d&apos;Exchange&#xa0;: utilisateur inconnu, mot de passe incorrect, SMTP AUTH désactivé pour la boîte aux lettres, ou annuaire injoignable. Appliquez une limite de débit aux échecs répétés pour ralentir les tentatives de devinette de mots de passe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>535 means the client tried to authenticate and failed, while 530 means it has not authenticated at all.</source>
        <comment>535/confusedWith/530</comment>
        <translation>535 signifie que le client a tenté de s&apos;authentifier et a échoué, tandis que 530 signifie qu&apos;il ne s&apos;est pas authentifié du tout.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>535 is a permanent rejection of the credentials, while 454 is a temporary authentication failure, for example when the password backend is unreachable.</source>
        <comment>535/confusedWith/454</comment>
        <translation>535 est un refus permanent des identifiants, tandis que 454 est un échec d&apos;authentification temporaire, par exemple lorsque la base des mots de passe est injoignable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>535 rejects the credentials, while 525 accepts them but reports that the account is disabled.</source>
        <comment>535/confusedWith/525</comment>
        <translation>535 refuse les identifiants, tandis que 525 les accepte mais signale que le compte est désactivé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption required for mechanism</source>
        <comment>538/title</comment>
        <translation>Chiffrement requis pour le mécanisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected SASL mechanism is allowed only when the SMTP connection is encrypted, so the server rejects AUTH on a clear-text connection. RFC 4954 defines it with enhanced code 5.7.11 and keeps it mainly for historical reasons, because modern servers should not offer such mechanisms before TLS is active.</source>
        <comment>538/description</comment>
        <translation>Le mécanisme SASL choisi n&apos;est autorisé que lorsque la connexion SMTP est chiffrée&#xa0;; le serveur rejette donc AUTH sur une connexion en clair. La RFC 4954 le définit avec le code d&apos;état étendu 5.7.11 et le conserve surtout pour des raisons historiques, car les serveurs modernes ne devraient pas proposer de tels mécanismes avant que TLS soit actif.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right after AUTH on a connection where STARTTLS has not been negotiated.</source>
        <comment>538/when</comment>
        <translation>Juste après AUTH sur une connexion où STARTTLS n&apos;a pas été négocié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable SSL/TLS or STARTTLS for the outgoing server in the mail client, with the port the provider documents (usually 465 or 587), and send again.</source>
        <comment>538/fix/sender</comment>
        <translation>Activez SSL/TLS ou STARTTLS pour le serveur sortant dans le client de messagerie, avec le port indiqué par le fournisseur (généralement 465 ou 587), puis renvoyez le message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue STARTTLS, repeat EHLO and only then send AUTH, or connect with implicit TLS on port 465. Make the MTA require TLS before it sends credentials, for example Postfix smtp_tls_security_level = encrypt for that relay.</source>
        <comment>538/fix/sendingServer</comment>
        <translation>Envoyez STARTTLS, renvoyez EHLO et seulement ensuite AUTH, ou connectez-vous en TLS implicite sur le port 465. Faites en sorte que le MTA exige TLS avant d&apos;envoyer des identifiants, par exemple avec le paramètre Postfix smtp_tls_security_level = encrypt pour ce relais.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advertise mechanisms that need encryption only after TLS is established, as RFC 4954 recommends, for example with Postfix smtpd_tls_auth_only. Clients then never try them too early.</source>
        <comment>538/fix/receivingServer</comment>
        <translation>N&apos;annoncez les mécanismes qui exigent le chiffrement qu&apos;une fois TLS établi, comme le recommande la RFC 4954, par exemple avec smtpd_tls_auth_only de Postfix. Les clients ne les essaient alors jamais trop tôt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>538 accepts the mechanism once the connection is encrypted, while 534 rejects the mechanism as too weak regardless of encryption.</source>
        <comment>538/confusedWith/534</comment>
        <translation>538 accepte le mécanisme une fois la connexion chiffrée, tandis que 534 rejette le mécanisme comme trop faible, avec ou sans chiffrement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>538 answers AUTH on an unencrypted connection, while 530 answers other commands sent before required authentication or STARTTLS.</source>
        <comment>538/confusedWith/530</comment>
        <translation>538 répond à AUTH sur une connexion non chiffrée, tandis que 530 répond aux autres commandes envoyées avant l&apos;authentification ou STARTTLS requis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox unavailable or rejected</source>
        <comment>550/title</comment>
        <translation>Boîte aux lettres indisponible ou refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server permanently refused the action, most often at RCPT TO because the mailbox does not exist, or at any step for policy reasons: a block list, failed SPF, DKIM or DMARC checks, denied relaying, or an unacceptable sender. The enhanced code, such as 5.1.1 for an unknown user or 5.7.1 for policy, identifies the actual reason.</source>
        <comment>550/description</comment>
        <translation>Le serveur a refusé l&apos;action de façon permanente, le plus souvent à RCPT TO parce que la boîte aux lettres n&apos;existe pas, ou à n&apos;importe quelle étape pour des raisons de politique&#xa0;: liste de blocage, échec des contrôles SPF, DKIM ou DMARC, relais refusé, ou expéditeur inacceptable. Le code d&apos;état étendu, comme 5.1.1 pour un utilisateur inconnu ou 5.7.1 pour une politique, indique la raison réelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most often in reply to RCPT TO, but also to MAIL FROM, EHLO, VRFY or EXPN, and after the final dot of DATA when content or authentication checks fail.</source>
        <comment>550/when</comment>
        <translation>Le plus souvent en réponse à RCPT TO, mais aussi à MAIL FROM, EHLO, VRFY ou EXPN, et après le point final de DATA lorsque les contrôles de contenu ou d&apos;authentification échouent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the recipient address for typos and confirm it still exists. If the text mentions spam, policy or a block list, the problem lies with your sending server or domain, so forward the bounce to your email administrator or provider.</source>
        <comment>550/fix/sender</comment>
        <translation>Vérifiez que l&apos;adresse du destinataire ne contient pas de faute de frappe et qu&apos;elle existe toujours. Si le texte mentionne du spam, une politique ou une liste de blocage, le problème vient de votre serveur d&apos;envoi ou de votre domaine&#xa0;; transférez donc le rapport de non-remise (NDR) à votre administrateur de messagerie ou à votre fournisseur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the enhanced code and text. For 5.1.1, remove the address from your lists. For 5.7.x, check the sending IP on block lists, SPF, DKIM and DMARC alignment, reverse DNS, and that you are not relaying without authentication. Do not retry the message unchanged.</source>
        <comment>550/fix/sendingServer</comment>
        <translation>Lisez le code d&apos;état étendu et le texte. Pour 5.1.1, retirez l&apos;adresse de vos listes. Pour 5.7.x, vérifiez la présence de l&apos;adresse IP d&apos;envoi sur des listes de blocage, l&apos;alignement SPF, DKIM et DMARC, le DNS inverse, et que vous ne relayez pas sans authentification. Ne réessayez pas d&apos;envoyer le message sans modification.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the rejection is wrong, find the rule that fired in the logs: recipient lookup tables, alias maps, block list checks, sender restrictions or content filters. Use clear reply text and precise enhanced codes so senders can act.</source>
        <comment>550/fix/receivingServer</comment>
        <translation>Si le rejet est injustifié, trouvez dans les journaux la règle qui s&apos;est déclenchée&#xa0;: tables de recherche des destinataires, tables d&apos;alias, contrôles de listes de blocage, restrictions sur les expéditeurs ou filtres de contenu. Utilisez un texte de réponse clair et un code d&apos;état étendu précis pour que les expéditeurs puissent agir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>550 is a permanent refusal that should not be retried unchanged, while 450 is temporary, for example greylisting or a busy mailbox, and is retried automatically.</source>
        <comment>550/confusedWith/450</comment>
        <translation>550 est un refus permanent pour lequel il ne faut pas réessayer sans modification, tandis que 450 est temporaire, par exemple en cas de mise en liste grise (greylisting) ou de boîte aux lettres occupée, et le serveur d&apos;envoi réessaie automatiquement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>550 usually means a well-formed address is unavailable or refused by policy, while 553 objects to the address itself, its syntax or who may use it.</source>
        <comment>550/confusedWith/553</comment>
        <translation>550 signifie généralement qu&apos;une adresse bien formée est indisponible ou refusée par une politique, tandis que 553 conteste l&apos;adresse elle-même, sa syntaxe ou le droit de l&apos;utiliser.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>550 usually concerns one recipient or sender, while 554 usually refuses the whole transaction or connection.</source>
        <comment>550/confusedWith/554</comment>
        <translation>550 concerne généralement un seul destinataire ou expéditeur, tandis que 554 refuse généralement toute la transaction ou la connexion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User not local</source>
        <comment>551/title</comment>
        <translation>Utilisateur non local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient is not hosted on this server, and the server will not forward the message. The reply text may name the correct address, which the client can then use. Many servers disable this reply because it reveals where users have moved; the IANA registry also lists 551 with X.7.1 for policy refusals.</source>
        <comment>551/description</comment>
        <translation>Le destinataire n&apos;est pas hébergé sur ce serveur, et le serveur ne transférera pas le message. Le texte de la réponse peut indiquer l&apos;adresse correcte, que le client peut alors utiliser. Beaucoup de serveurs désactivent cette réponse, car elle révèle où les utilisateurs sont partis&#xa0;; le registre IANA mentionne aussi 551 avec X.7.1 pour les refus liés à une politique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to RCPT TO for an address the server knows is handled elsewhere, and occasionally to VRFY.</source>
        <comment>551/when</comment>
        <translation>En réponse à RCPT TO pour une adresse dont le serveur sait qu&apos;elle est gérée ailleurs, et parfois à VRFY.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for a new address in the reply text, confirm it with the recipient, and resend. If no address is given, check the domain spelling and ask the recipient for their current address.</source>
        <comment>551/fix/sender</comment>
        <translation>Cherchez une nouvelle adresse dans le texte de la réponse, confirmez-la auprès du destinataire et renvoyez le message. Si aucune adresse n&apos;est indiquée, vérifiez l&apos;orthographe du domaine et demandez au destinataire son adresse actuelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not rewrite recipients automatically from the 551 text without checking it. If the text indicates a policy or relaying refusal, authenticate to the server or send mail for that domain to its proper MX.</source>
        <comment>551/fix/sendingServer</comment>
        <translation>Ne réécrivez pas automatiquement les destinataires à partir du texte de 551 sans le vérifier. Si le texte indique un refus lié à une politique ou au relais, authentifiez-vous auprès du serveur ou envoyez le courrier destiné à ce domaine vers son MX approprié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the user moved, consider a forwarding alias for a transition period. If 551 is returned for domains you do host, check the virtual domain and relay domain settings.</source>
        <comment>551/fix/receivingServer</comment>
        <translation>Si l&apos;utilisateur a changé d&apos;adresse, envisagez un alias de transfert pendant une période de transition. Si 551 est renvoyé pour des domaines que vous hébergez bien, vérifiez les paramètres des domaines virtuels et des domaines de relais.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>251 means the server accepts the message and forwards it itself, while 551 means it refuses and leaves resending to the client.</source>
        <comment>551/confusedWith/251</comment>
        <translation>251 signifie que le serveur accepte le message et le transfère lui-même, tandis que 551 signifie qu&apos;il le refuse et laisse au client le soin de le renvoyer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>551 says the user is not on this server and may point to a new address, while 550 says the mailbox is unavailable or refused, with no forwarding hint.</source>
        <comment>551/confusedWith/550</comment>
        <translation>551 indique que l&apos;utilisateur n&apos;est pas sur ce serveur et peut mentionner une nouvelle adresse, tandis que 550 indique que la boîte aux lettres est indisponible ou refusée, sans indication de transfert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage or size limit exceeded</source>
        <comment>552/title</comment>
        <translation>Limite de stockage ou de taille dépassée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server aborted the action because a storage limit would be exceeded: the message is larger than the server or mailbox allows, or the recipient&apos;s quota is full. With the SIZE extension (RFC 1870), a server can reject MAIL FROM at once when the declared size exceeds its fixed maximum. Older servers also used 552 for too many recipients, which should be 452.</source>
        <comment>552/description</comment>
        <translation>Le serveur a interrompu l&apos;action, car une limite de stockage serait dépassée&#xa0;: le message est plus volumineux que ce que le serveur ou la boîte aux lettres autorise, ou le quota du destinataire est plein. Avec l&apos;extension SIZE (RFC 1870), un serveur peut rejeter MAIL FROM immédiatement lorsque la taille déclarée dépasse son maximum fixe. Les anciens serveurs utilisaient aussi 552 pour un trop grand nombre de destinataires, cas qui devrait recevoir 452.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At MAIL FROM when the SIZE parameter is over the limit, at RCPT TO for a full mailbox, or after the final dot of DATA or the last BDAT chunk when the message is too big.</source>
        <comment>552/when</comment>
        <translation>À MAIL FROM lorsque le paramètre SIZE dépasse la limite, à RCPT TO pour une boîte aux lettres pleine, ou après le point final de DATA ou le dernier segment BDAT lorsque le message est trop volumineux.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the message smaller: compress or remove attachments, or share large files through a link. Encoding adds about a third to attachment size. If the text mentions a quota or full mailbox, tell the recipient another way so they can free space.</source>
        <comment>552/fix/sender</comment>
        <translation>Réduisez la taille du message&#xa0;: compressez ou supprimez des pièces jointes, ou partagez les fichiers volumineux au moyen d&apos;un lien. L&apos;encodage augmente la taille des pièces jointes d&apos;environ un tiers. Si le texte mentionne un quota ou une boîte aux lettres pleine, prévenez le destinataire par un autre moyen pour qu&apos;il libère de l&apos;espace.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the message size with the SIZE value in the EHLO reply, and check your own limit, such as Postfix message_size_limit. Treat a 552 for too many recipients as temporary and send the remaining recipients in a new transaction.</source>
        <comment>552/fix/sendingServer</comment>
        <translation>Comparez la taille du message à la valeur SIZE de la réponse à EHLO, et vérifiez votre propre limite, comme message_size_limit de Postfix. Traitez un 552 pour trop de destinataires comme temporaire et envoyez les destinataires restants dans une nouvelle transaction.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the size limits, such as Postfix message_size_limit or Exchange connector limits, and the recipient&apos;s mailbox quota. Advertise the real limit with SIZE so clients can avoid sending oversized messages.</source>
        <comment>552/fix/receivingServer</comment>
        <translation>Vérifiez les limites de taille, comme message_size_limit de Postfix ou les limites des connecteurs Exchange, ainsi que le quota de la boîte aux lettres du destinataire. Annoncez la limite réelle avec SIZE pour que les clients évitent d&apos;envoyer des messages trop volumineux.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MAIL FROM with SIZE</source>
        <comment>552/contexts/0/context</comment>
        <translation>MAIL FROM avec SIZE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The declared message size exceeds the server&apos;s fixed maximum.</source>
        <comment>552/contexts/0/meaning</comment>
        <translation>La taille de message déclarée dépasse le maximum fixe du serveur.</translation>
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
        <translation>La boîte aux lettres du destinataire a dépassé son quota ou, sur les anciens serveurs, trop de destinataires ont été indiqués.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After DATA or BDAT</source>
        <comment>552/contexts/2/context</comment>
        <translation>Après DATA ou BDAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The received message exceeded a size limit or the recipient&apos;s storage allocation.</source>
        <comment>552/contexts/2/meaning</comment>
        <translation>Le message reçu a dépassé une limite de taille ou l&apos;allocation de stockage du destinataire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>552 is a permanent failure for this message, such as exceeding the size limit, while 452 reports a temporary shortage of storage or too many recipients for this transaction.</source>
        <comment>552/confusedWith/452</comment>
        <translation>552 est un échec permanent pour ce message, par exemple un dépassement de la limite de taille, tandis que 452 signale un manque temporaire d&apos;espace de stockage ou un trop grand nombre de destinataires pour cette transaction.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both can reject an oversized message; 552 names a storage or size problem, while 554 is a general transaction failure.</source>
        <comment>552/confusedWith/554</comment>
        <translation>Les deux peuvent rejeter un message trop volumineux&#xa0;; 552 désigne un problème de stockage ou de taille, tandis que 554 est un échec général de la transaction.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox name not allowed</source>
        <comment>553/title</comment>
        <translation>Nom de boîte aux lettres non autorisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the address itself: its syntax is invalid, its domain is unacceptable, or policy forbids it, for example a sender address the authenticated user may not use. It can answer MAIL FROM as well as RCPT TO. RFC 6531 also uses 553 with X.6.7 when non-ASCII addresses are not permitted for that sender or recipient.</source>
        <comment>553/description</comment>
        <translation>Le serveur a refusé l&apos;adresse elle-même&#xa0;: sa syntaxe n&apos;est pas valide, son domaine est inacceptable, ou une politique l&apos;interdit, par exemple une adresse d&apos;expéditeur que l&apos;utilisateur authentifié n&apos;a pas le droit d&apos;utiliser. Ce code peut répondre à MAIL FROM comme à RCPT TO. La RFC 6531 utilise aussi 553 avec X.6.7 lorsque les adresses non ASCII ne sont pas autorisées pour cet expéditeur ou ce destinataire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to MAIL FROM or RCPT TO, and occasionally VRFY, when the address is refused.</source>
        <comment>553/when</comment>
        <translation>En réponse à MAIL FROM ou RCPT TO, et parfois à VRFY, lorsque l&apos;adresse est refusée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the address for typos, spaces, invalid characters or a missing domain. If the refused address is your own sender address, send from the address that belongs to your login, or ask your administrator for permission to send as the other address.</source>
        <comment>553/fix/sender</comment>
        <translation>Vérifiez que l&apos;adresse ne contient pas de faute de frappe, d&apos;espace, de caractère non valide ou de domaine manquant. Si l&apos;adresse refusée est votre propre adresse d&apos;expéditeur, envoyez depuis l&apos;adresse associée à votre compte de connexion, ou demandez à votre administrateur l&apos;autorisation d&apos;envoyer avec l&apos;autre adresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure MAIL FROM uses a fully qualified domain that resolves, not a local name such as user@localhost; check Postfix myorigin or masquerade_domains. For submission, the envelope sender must match the authenticated account.</source>
        <comment>553/fix/sendingServer</comment>
        <translation>Assurez-vous que MAIL FROM utilise un domaine pleinement qualifié qui se résout, et non un nom local comme user@localhost&#xa0;; vérifiez myorigin ou masquerade_domains de Postfix. Pour la soumission, l&apos;expéditeur d&apos;enveloppe doit correspondre au compte authentifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If valid addresses are refused, review sender login maps, such as Postfix smtpd_sender_login_maps with reject_sender_login_mismatch, and address syntax checks, and return precise enhanced codes such as 5.1.3 or 5.7.1.</source>
        <comment>553/fix/receivingServer</comment>
        <translation>Si des adresses valides sont refusées, revoyez les tables d&apos;association entre expéditeurs et comptes, comme smtpd_sender_login_maps de Postfix avec reject_sender_login_mismatch, ainsi que les contrôles de syntaxe des adresses, et renvoyez un code d&apos;état étendu précis, comme 5.1.3 ou 5.7.1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>553 objects to the form or ownership of the address, while 550 usually means a well-formed mailbox is unavailable or refused by policy.</source>
        <comment>553/confusedWith/550</comment>
        <translation>553 conteste la forme de l&apos;adresse ou le droit de l&apos;utiliser, tandis que 550 signifie généralement qu&apos;une boîte aux lettres bien formée est indisponible ou refusée par une politique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>553 says the server will not accept that mailbox name, while 501 says the command&apos;s argument could not be parsed at all.</source>
        <comment>553/confusedWith/501</comment>
        <translation>553 indique que le serveur n&apos;accepte pas ce nom de boîte aux lettres, tandis que 501 indique que l&apos;argument de la commande n&apos;a pas pu être analysé du tout.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transaction failed or session refused</source>
        <comment>554/title</comment>
        <translation>Échec de la transaction ou session refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A general permanent failure whose meaning depends on when it arrives. As the greeting, it refuses the whole session, often because of the client&apos;s IP reputation; after DATA, it rejects the message, for example as spam or malware. After STARTTLS, RFC 3207 uses it to refuse commands when the negotiated security is insufficient. Postfix also uses 554 by default for many RCPT TO policy rejections.</source>
        <comment>554/description</comment>
        <translation>Échec permanent général dont la signification dépend du moment où il survient. Comme message d&apos;accueil, il refuse toute la session, souvent à cause de la réputation de l&apos;adresse IP du client&#xa0;; après DATA, il rejette le message, par exemple comme spam ou logiciel malveillant. Après STARTTLS, la RFC 3207 l&apos;utilise pour refuser les commandes lorsque la sécurité négociée est insuffisante. Postfix utilise aussi 554 par défaut pour de nombreux rejets de RCPT TO liés à une politique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In place of the 220 greeting, in reply to DATA or after its final dot, or to RCPT TO for a policy rejection. After a 554 greeting, a conforming server answers every command except QUIT with 503.</source>
        <comment>554/when</comment>
        <translation>À la place du message d&apos;accueil 220, en réponse à DATA ou après son point final, ou à RCPT TO pour un rejet lié à une politique. Après un message d&apos;accueil 554, un serveur conforme répond 503 à toute commande sauf QUIT.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the reply text, which usually names a block list, spam filter or policy. Forward the bounce to your email provider or administrator, since the cause is usually the sending server&apos;s IP or domain reputation rather than the address.</source>
        <comment>554/fix/sender</comment>
        <translation>Lisez le texte de la réponse, qui mentionne généralement une liste de blocage, un filtre antispam ou une politique. Transférez le rapport de non-remise (NDR) à votre fournisseur de messagerie ou à votre administrateur, car la cause est généralement la réputation de l&apos;adresse IP ou du domaine du serveur d&apos;envoi plutôt que l&apos;adresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the sending IP on major block lists, such as Spamhaus, and request delisting once the cause is fixed. Verify reverse DNS, SPF, DKIM and DMARC. For content rejections, look for spam triggers or malware; for relay denials, authenticate first.</source>
        <comment>554/fix/sendingServer</comment>
        <translation>Vérifiez la présence de l&apos;adresse IP d&apos;envoi sur les principales listes de blocage, comme Spamhaus, et demandez son retrait une fois la cause corrigée. Vérifiez le DNS inverse, SPF, DKIM et DMARC. Pour les rejets liés au contenu, cherchez des éléments déclencheurs de spam ou des logiciels malveillants&#xa0;; pour les refus de relais, authentifiez-vous d&apos;abord.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the rule in the logs: block list lookups, client access maps, relay restrictions or the content filter. Use a 554 greeting only for clients you never want to talk to, and prefer 550 with precise enhanced codes for recipient-level refusals.</source>
        <comment>554/fix/receivingServer</comment>
        <translation>Trouvez la règle dans les journaux&#xa0;: consultations de listes de blocage, tables d&apos;accès des clients, restrictions de relais ou filtre de contenu. N&apos;utilisez un message d&apos;accueil 554 que pour les clients avec lesquels vous ne voulez jamais communiquer, et préférez 550 avec un code d&apos;état étendu précis pour les refus au niveau du destinataire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection greeting</source>
        <comment>554/contexts/0/context</comment>
        <translation>Message d&apos;accueil de la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refuses to handle mail from this client for the whole session.</source>
        <comment>554/contexts/0/meaning</comment>
        <translation>Le serveur refuse de traiter le courrier de ce client pendant toute la session.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DATA or after the final dot</source>
        <comment>554/contexts/1/context</comment>
        <translation>DATA ou après le point final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message was rejected, for example by a content filter, or no valid recipients remain.</source>
        <comment>554/contexts/1/meaning</comment>
        <translation>Le message a été rejeté, par exemple par un filtre de contenu, ou il ne reste aucun destinataire valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After STARTTLS</source>
        <comment>554/contexts/2/context</comment>
        <translation>Après STARTTLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The negotiated TLS security is not sufficient, so every command except QUIT is refused.</source>
        <comment>554/contexts/2/meaning</comment>
        <translation>La sécurité TLS négociée est insuffisante&#xa0;; toute commande sauf QUIT est donc refusée.</translation>
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
        <translation>Une règle de politique, comme un relais refusé ou une liste de blocage, a rejeté le destinataire ou le client.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>554 usually refuses the whole transaction or connection, while 550 usually concerns one recipient or sender.</source>
        <comment>554/confusedWith/550</comment>
        <translation>554 refuse généralement toute la transaction ou la connexion, tandis que 550 concerne généralement un seul destinataire ou expéditeur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A 554 greeting refuses this client&apos;s session, while a 521 greeting says the host never accepts mail from anyone.</source>
        <comment>554/confusedWith/521</comment>
        <translation>Un message d&apos;accueil 554 refuse la session de ce client, tandis qu&apos;un message d&apos;accueil 521 indique que l&apos;hôte n&apos;accepte jamais de courrier de qui que ce soit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A 554 greeting is a permanent refusal of the session, while 421 means the service is temporarily unavailable and the client should retry later.</source>
        <comment>554/confusedWith/421</comment>
        <translation>Un message d&apos;accueil 554 est un refus permanent de la session, tandis que 421 signifie que le service est temporairement indisponible et que le client doit réessayer plus tard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MAIL or RCPT parameter not recognized</source>
        <comment>555/title</comment>
        <translation>Paramètre de MAIL ou RCPT non reconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server does not recognize, or cannot implement, one or more ESMTP parameters on MAIL FROM or RCPT TO, such as SIZE, BODY, SMTPUTF8, RET, ENVID, NOTIFY or REQUIRETLS. Clients must only send parameters for extensions the server advertised in its EHLO reply, so 555 usually points to a client that ignored that list or fell back to HELO.</source>
        <comment>555/description</comment>
        <translation>Le serveur ne reconnaît pas, ou ne peut pas implémenter, un ou plusieurs paramètres ESMTP de MAIL FROM ou RCPT TO, comme SIZE, BODY, SMTPUTF8, RET, ENVID, NOTIFY ou REQUIRETLS. Les clients ne doivent envoyer que les paramètres des extensions que le serveur a annoncées dans sa réponse à EHLO&#xa0;; 555 signale donc généralement un client qui a ignoré cette liste ou s&apos;est rabattu sur HELO.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to MAIL FROM or RCPT TO carrying an extension parameter the server does not support.</source>
        <comment>555/when</comment>
        <translation>En réponse à MAIL FROM ou RCPT TO comportant un paramètre d&apos;extension que le serveur ne prend pas en charge.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the mail client or library. If it offers options such as delivery status notifications or 8-bit MIME, try turning them off and sending again.</source>
        <comment>555/fix/sender</comment>
        <translation>Mettez à jour le client ou la bibliothèque de messagerie. S&apos;il propose des options comme les notifications d&apos;état de remise ou le MIME 8 bits, essayez de les désactiver puis renvoyez le message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send only parameters for extensions listed in the current EHLO reply, and read that list again after STARTTLS. After a fallback to HELO, send no parameters at all. Check libraries that add DSN parameters such as NOTIFY or RET unconditionally.</source>
        <comment>555/fix/sendingServer</comment>
        <translation>N&apos;envoyez que les paramètres des extensions annoncées dans la réponse EHLO en cours, et relisez cette liste après STARTTLS. Après un repli sur HELO, n&apos;envoyez aucun paramètre. Vérifiez les bibliothèques qui ajoutent systématiquement des paramètres DSN tels que NOTIFY ou RET.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If a parameter advertised in EHLO is rejected with 555, fix the inconsistency. If the server does not support DSN or SMTPUTF8, make sure the EHLO reply does not list them.</source>
        <comment>555/fix/receivingServer</comment>
        <translation>Si un paramètre annoncé dans EHLO est rejeté avec 555, corrigez l&apos;incohérence. Si le serveur ne prend pas en charge DSN ou SMTPUTF8, assurez-vous que la réponse EHLO ne les mentionne pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>555 means the parameter is not recognized or not implemented, while 455 means the server supports it but cannot accommodate it right now.</source>
        <comment>555/confusedWith/455</comment>
        <translation>555 signifie que le paramètre n&apos;est pas reconnu ou pas implémenté, tandis que 455 signifie que le serveur le prend en charge mais ne peut pas le satisfaire pour le moment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>555 rejects an unsupported but well-formed parameter, while 501 rejects arguments that are malformed.</source>
        <comment>555/confusedWith/501</comment>
        <translation>555 rejette un paramètre non pris en charge mais bien formé, tandis que 501 rejette des arguments mal formés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain does not accept mail</source>
        <comment>556/title</comment>
        <translation>Le domaine n&apos;accepte pas de courrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An SMTP server, usually a relay or submission server, reports that the recipient&apos;s domain does not accept mail at all, typically because the domain publishes a null MX record (RFC 7505). It is paired with enhanced code X.1.10. The failure is permanent: no server for that domain will take the message.</source>
        <comment>556/description</comment>
        <translation>Un serveur SMTP, généralement un relais ou un serveur de soumission, signale que le domaine du destinataire n&apos;accepte aucun courrier, le plus souvent parce que ce domaine publie un enregistrement MX nul (RFC 7505). Ce code est associé au code d&apos;état étendu X.1.10. L&apos;échec est permanent&#xa0;: aucun serveur de ce domaine n&apos;acceptera le message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually in reply to RCPT TO, when the server checks the recipient domain in DNS and finds a null MX or another sign that the domain receives no mail.</source>
        <comment>556/when</comment>
        <translation>Généralement en réponse à RCPT TO, lorsque le serveur vérifie le domaine du destinataire dans le DNS et trouve un MX nul ou un autre signe que ce domaine ne reçoit pas de courrier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the recipient&apos;s domain for typos, such as a misspelled provider name. If it is correct, the domain deliberately receives no email, so reach the recipient another way.</source>
        <comment>556/fix/sender</comment>
        <translation>Vérifiez que le domaine du destinataire ne contient pas de faute de frappe, par exemple un nom de fournisseur mal orthographié. S&apos;il est correct, ce domaine ne reçoit volontairement aucun courrier&#xa0;: contactez le destinataire par un autre moyen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up the recipient domain&apos;s MX records: a single MX of &quot;.&quot; with preference 0 is a null MX. Remove such addresses from mailing lists, and make sure your own sending domain does not publish a null MX by mistake.</source>
        <comment>556/fix/sendingServer</comment>
        <translation>Consultez les enregistrements MX du domaine du destinataire&#xa0;: un MX unique &quot;.&quot; avec une préférence de 0 est un MX nul. Retirez ces adresses des listes de diffusion et assurez-vous que votre propre domaine d&apos;envoi ne publie pas un MX nul par erreur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm that the DNS lookup behind the 556 is correct, for example with dig MX for the domain. If the domain owner has replaced a mistaken null MX, clear the resolver cache so the change takes effect.</source>
        <comment>556/fix/receivingServer</comment>
        <translation>Vérifiez que la requête DNS à l&apos;origine du 556 est correcte, par exemple avec dig MX pour le domaine. Si le propriétaire du domaine a remplacé un MX nul erroné, videz le cache du résolveur pour que la modification prenne effet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>556 reports that a whole destination domain accepts no mail, while 521 is sent by a host that itself refuses all mail.</source>
        <comment>556/confusedWith/521</comment>
        <translation>556 indique qu&apos;un domaine de destination entier n&apos;accepte aucun courrier, tandis que 521 est envoyé par un hôte qui refuse lui-même tout courrier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>556 says the entire recipient domain accepts no mail, while 550 with 5.1.1 says one mailbox does not exist.</source>
        <comment>556/confusedWith/550</comment>
        <translation>556 indique que tout le domaine du destinataire n&apos;accepte aucun courrier, tandis que 550 avec 5.1.1 indique qu&apos;une boîte aux lettres précise n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery Not Authorized</source>
        <comment>571/title</comment>
        <translation>Remise non autorisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>571 is not a valid SMTP reply code; it appears when bounce generators write the enhanced code 5.7.1 without dots, or when antispam systems use it as a permanent policy rejection. It usually means the receiving side refused the sender, for example because of a block list, missing reverse DNS or a relay restriction. Clients treat it as a permanent failure.</source>
        <comment>571/description</comment>
        <translation>571 n&apos;est pas un code de réponse SMTP valide&#xa0;; il apparaît lorsque des générateurs de rapports de non-remise (NDR) écrivent le code d&apos;état étendu 5.7.1 sans les points, ou lorsque des systèmes antispam l&apos;utilisent comme rejet permanent lié à une politique. Il signifie généralement que le côté destinataire a refusé l&apos;expéditeur, par exemple à cause d&apos;une liste de blocage, d&apos;un DNS inverse manquant ou d&apos;une restriction de relais. Les clients le traitent comme un échec permanent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen in Exchange and IIS SMTP bounce diagnostics such as &quot;#571 Delivery not authorized, message refused&quot; and in replies from some filtering gateways to RCPT TO or after DATA.</source>
        <comment>571/when</comment>
        <translation>Visible dans les diagnostics des rapports de non-remise (NDR) d&apos;Exchange et du service SMTP d&apos;IIS, comme &quot;#571 Delivery not authorized, message refused&quot;, et dans les réponses de certaines passerelles de filtrage à RCPT TO ou après DATA.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the recipient address is correct and that you are allowed to write to that address or group. If the bounce mentions spam or blocking, forward it to your administrator instead of resending repeatedly.</source>
        <comment>571/fix/sender</comment>
        <translation>Vérifiez que l&apos;adresse du destinataire est correcte et que vous avez le droit d&apos;écrire à cette adresse ou à ce groupe. Si le rapport de non-remise (NDR) mentionne du spam ou un blocage, transférez-le à votre administrateur au lieu de renvoyer le message à plusieurs reprises.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your sending IP on public block lists, confirm that forward and reverse DNS match, and verify SPF, DKIM and DMARC for the sender domain. If you relay through another host, make sure you authenticate or that your IP is allowed to relay.</source>
        <comment>571/fix/sendingServer</comment>
        <translation>Vérifiez la présence de votre IP d&apos;envoi sur les listes de blocage publiques, confirmez que le DNS direct et le DNS inverse concordent, et vérifiez SPF, DKIM et DMARC pour le domaine de l&apos;expéditeur. Si vous relayez par un autre hôte, assurez-vous de vous authentifier ou que votre IP est autorisée à relayer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a standard reply such as 550 or 554 with enhanced code 5.7.1 and a clear reason. Check filter, relay and recipient restriction logs to find the rule that refused the sender, and allow it if the block was wrong.</source>
        <comment>571/fix/receivingServer</comment>
        <translation>Envoyez une réponse standard, comme 550 ou 554, avec le code d&apos;état étendu 5.7.1 et un motif clair. Consultez les journaux des filtres, du relais et des restrictions de destinataires pour trouver la règle qui a refusé l&apos;expéditeur, et autorisez-le si le blocage était injustifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.1 is the registered enhanced code for delivery not authorized and belongs after a valid reply code, while 571 is that code misused as a three-digit reply.</source>
        <comment>571/confusedWith/X.7.1</comment>
        <translation>X.7.1 est le code d&apos;état étendu enregistré pour une remise non autorisée et doit suivre un code de réponse valide, tandis que 571 est ce même code détourné en réponse à trois chiffres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>550 is the standard permanent reply for a refused mailbox or policy block, while 571 is an unregistered code carrying the same kind of refusal.</source>
        <comment>571/confusedWith/550</comment>
        <translation>550 est la réponse permanente standard pour une boîte aux lettres refusée ou un blocage par politique, tandis que 571 est un code non enregistré qui exprime le même type de refus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other Undefined Status</source>
        <comment>X.0.0/title</comment>
        <translation>Autre état non défini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catch-all code: the server only says whether the failure is temporary or permanent. 4.0.0 usually marks a passing local problem, such as a failed lookup, a filter timeout or an overloaded server, while 5.0.0 is a generic permanent refusal. The registry allows it with any basic reply code, so the text that follows carries the real reason.</source>
        <comment>X.0.0/description</comment>
        <translation>Le code fourre-tout&#xa0;: le serveur indique seulement si l&apos;échec est temporaire ou permanent. 4.0.0 signale généralement un problème local passager, comme une recherche qui a échoué, un délai dépassé dans un filtre ou un serveur surchargé, tandis que 5.0.0 est un refus permanent générique. Le registre l&apos;autorise avec n&apos;importe quel code de réponse de base&#xa0;; c&apos;est donc le texte qui suit qui donne la véritable raison.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned with any reply when the server has no more specific code for the condition, typically by MTAs and filters that attach x.0.0 to every error they do not classify.</source>
        <comment>X.0.0/when</comment>
        <translation>Renvoyé avec n&apos;importe quelle réponse lorsque le serveur n&apos;a pas de code plus précis pour la situation, généralement par des MTA et des filtres qui associent x.0.0 à toute erreur qu&apos;ils ne classent pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the text after the code, which usually names the real cause. For 4.0.0, wait: the sending server retries on its own. For 5.0.0, check the recipient address and resend once; if it fails again, forward the complete bounce to your mail administrator.</source>
        <comment>X.0.0/fix/sender</comment>
        <translation>Lisez le texte qui suit le code&#xa0;; il indique généralement la véritable cause. Pour 4.0.0, patientez&#xa0;: le serveur d&apos;envoi réessaie de lui-même. Pour 5.0.0, vérifiez l&apos;adresse du destinataire et renvoyez le message une fois&#xa0;; s&apos;il échoue de nouveau, transmettez le rapport de non-remise (NDR) complet à votre administrateur de messagerie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the full reply in the outbound log (Postfix maillog, Exim mainlog) and note which command drew it. Let the queue retry 4.0.0; for a repeated 5.0.0 from the same host, contact its postmaster with the timestamp, your sending IP address and the reply text.</source>
        <comment>X.0.0/fix/sendingServer</comment>
        <translation>Retrouvez la réponse complète dans le journal d&apos;envoi (maillog de Postfix, mainlog d&apos;Exim) et notez la commande qui l&apos;a provoquée. Laissez la file d&apos;attente réessayer en cas de 4.0.0&#xa0;; pour un 5.0.0 répété provenant du même hôte, contactez son postmaster en indiquant l&apos;horodatage, votre adresse IP d&apos;envoi et le texte de la réponse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the transaction in your logs and identify which filter, milter or lookup produced the generic reply. Where possible, make it return a specific code instead, such as X.7.1 for policy refusals, X.1.1 for unknown users or X.3.0 for local failures.</source>
        <comment>X.0.0/fix/receivingServer</comment>
        <translation>Retrouvez la transaction dans vos journaux et identifiez le filtre, le milter ou la recherche qui a produit la réponse générique. Dans la mesure du possible, faites-lui renvoyer un code précis, comme X.7.1 pour les refus liés à une politique, X.1.1 pour les utilisateurs inconnus ou X.3.0 pour les défaillances locales.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.0.0 says nothing about where the problem lies, while X.3.0 at least places it in the receiving mail system.</source>
        <comment>X.0.0/confusedWith/X.3.0</comment>
        <translation>X.0.0 ne dit rien de l&apos;endroit où se situe le problème, tandis que X.3.0 le situe au moins dans le système de messagerie de réception.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.0.0 gives no area at all, while X.7.0 tells you that a security or policy rule was involved.</source>
        <comment>X.0.0/confusedWith/X.7.0</comment>
        <translation>X.0.0 n&apos;indique aucun périmètre, tandis que X.7.0 vous signale qu&apos;une règle de sécurité ou de politique est en cause.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generic Recipient Organization Error</source>
        <comment>5.0.350@Microsoft/title</comment>
        <translation>Erreur générique de l&apos;organisation du destinataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online shows 5.0.350 as a catch-all for many unspecific errors returned by the recipient&apos;s email organization. Two texts have known causes: &quot;x-dg-ref header is too long&quot;, linked to Rich Text formatted messages, and &quot;policy violation detected (AS345)&quot;, linked to nested attachments.</source>
        <comment>5.0.350@Microsoft/description</comment>
        <translation>Exchange Online affiche 5.0.350 comme code fourre-tout pour de nombreuses erreurs non spécifiques renvoyées par l&apos;organisation de messagerie du destinataire. Deux textes ont des causes connues&#xa0;: &quot;x-dg-ref header is too long&quot;, lié aux messages au format texte enrichi (RTF), et &quot;policy violation detected (AS345)&quot;, lié aux pièces jointes imbriquées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appears in a bounce after the recipient&apos;s system rejected the message for a reason it did not classify further.</source>
        <comment>5.0.350@Microsoft/when</comment>
        <translation>Apparaît dans un rapport de non-remise (NDR) après que le système du destinataire a rejeté le message pour une raison qu&apos;il n&apos;a pas classée plus précisément.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend the message in HTML or plain text instead of Rich Text, and attach files directly rather than attaching an email that itself contains attachments.</source>
        <comment>5.0.350@Microsoft/fix/sender</comment>
        <translation>Renvoyez le message au format HTML ou texte brut plutôt qu&apos;en texte enrichi, et joignez directement les fichiers au lieu de joindre un e-mail qui contient lui-même des pièces jointes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the remote server&apos;s text in the bounce to find the real reason. For the header error, make sure Rich Text formatting is not sent to external recipients.</source>
        <comment>5.0.350@Microsoft/fix/sendingServer</comment>
        <translation>Lisez le texte du serveur distant dans le rapport de non-remise (NDR) pour trouver la véritable raison. Pour l&apos;erreur d&apos;en-tête, assurez-vous que le format texte enrichi n&apos;est pas envoyé aux destinataires externes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your system produced the error, check its logs for the rule involved and return a more precise enhanced code.</source>
        <comment>5.0.350@Microsoft/fix/receivingServer</comment>
        <translation>Si c&apos;est votre système qui a produit l&apos;erreur, cherchez dans ses journaux la règle en cause et renvoyez un code d&apos;état étendu plus précis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.0.0 is the registry&apos;s generic other-status code, while 5.0.350 is Microsoft&apos;s own catch-all that wraps various recipient-side rejections.</source>
        <comment>5.0.350@Microsoft/confusedWith/X.0.0</comment>
        <translation>X.0.0 est le code générique «&#xa0;autre état&#xa0;» du registre, tandis que 5.0.350 est le code fourre-tout propre à Microsoft, qui regroupe divers rejets du côté du destinataire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.6.11 points to one known content fault, bare line feeds, while 5.0.350 covers many unspecified rejections.</source>
        <comment>5.0.350@Microsoft/confusedWith/5.6.11@Microsoft</comment>
        <translation>5.6.11 désigne un défaut de contenu connu, les sauts de ligne (LF) isolés, tandis que 5.0.350 couvre de nombreux rejets non spécifiés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other Address Status</source>
        <comment>X.1.0/title</comment>
        <translation>Autre état d&apos;adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An envelope address is the issue, but the server does not say in what way. As 2.1.0 it commonly confirms the sender at MAIL FROM; Postfix answers &quot;250 2.1.0 Ok&quot;. As 4.1.0 it means an address check could not be completed for now, and as 5.1.0 it is a generic permanent rejection of the sender or a recipient.</source>
        <comment>X.1.0/description</comment>
        <translation>Une adresse d&apos;enveloppe pose problème, mais le serveur ne précise pas en quoi. Sous la forme 2.1.0, ce code confirme couramment l&apos;expéditeur à MAIL FROM&#xa0;; Postfix répond &quot;250 2.1.0 Ok&quot;. Sous la forme 4.1.0, il signifie qu&apos;une vérification d&apos;adresse n&apos;a pas pu être menée à bien pour l&apos;instant, et sous la forme 5.1.0, il s&apos;agit d&apos;un rejet permanent générique de l&apos;expéditeur ou d&apos;un destinataire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to MAIL FROM or RCPT TO when an address is accepted without comment (2.1.0) or refused for a reason the server does not classify.</source>
        <comment>X.1.0/when</comment>
        <translation>La réponse à MAIL FROM ou RCPT TO lorsqu&apos;une adresse est acceptée sans commentaire (2.1.0) ou refusée pour une raison que le serveur ne classe pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check both your own address and the recipient&apos;s for typos, spaces or a wrong domain. If the reply is temporary, wait for the automatic retry. If it is permanent and both addresses look right, pass the bounce text to your administrator.</source>
        <comment>X.1.0/fix/sender</comment>
        <translation>Vérifiez votre propre adresse et celle du destinataire&#xa0;: fautes de frappe, espaces ou domaine erroné. Si la réponse est temporaire, attendez que le serveur réessaie automatiquement. Si elle est permanente et que les deux adresses semblent correctes, transmettez le texte du rapport de non-remise (NDR) à votre administrateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check which command drew the reply. Make sure the envelope sender your server uses, after any rewriting or SRS for forwarded mail, is a real, deliverable address in a domain that resolves in DNS, because many receivers verify it.</source>
        <comment>X.1.0/fix/sendingServer</comment>
        <translation>Vérifiez quelle commande a provoqué la réponse. Assurez-vous que l&apos;expéditeur d&apos;enveloppe utilisé par votre serveur, après toute réécriture ou tout SRS pour le courrier transféré, est une adresse réelle et joignable, dans un domaine qui se résout dans le DNS, car de nombreux serveurs de réception la vérifient.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find which address check produced the generic code (sender verification, recipient lookup, access maps) and return a specific one where possible, such as X.1.1 for an unknown recipient or X.1.8 for a sender domain that does not resolve.</source>
        <comment>X.1.0/fix/receivingServer</comment>
        <translation>Déterminez quelle vérification d&apos;adresse a produit le code générique (vérification de l&apos;expéditeur, recherche du destinataire, tables d&apos;accès) et renvoyez un code précis lorsque c&apos;est possible, comme X.1.1 pour un destinataire inconnu ou X.1.8 pour un domaine d&apos;expéditeur qui ne se résout pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.0 reports an unspecified address problem, while X.1.1 says specifically that the recipient mailbox does not exist.</source>
        <comment>X.1.0/confusedWith/X.1.1</comment>
        <translation>X.1.0 signale un problème d&apos;adresse non précisé, tandis que X.1.1 indique précisément que la boîte aux lettres du destinataire n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In success replies X.1.0 usually confirms the sender at MAIL FROM (2.1.0), while X.1.5 confirms a recipient at RCPT TO (2.1.5).</source>
        <comment>X.1.0/confusedWith/X.1.5</comment>
        <translation>Dans les réponses de succès, X.1.0 confirme généralement l&apos;expéditeur à MAIL FROM (2.1.0), tandis que X.1.5 confirme un destinataire à RCPT TO (2.1.5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad Destination Mailbox Address</source>
        <comment>X.1.1/title</comment>
        <translation>Adresse de boîte aux lettres de destination incorrecte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mailbox named before the @ does not exist at the destination; this is the classic unknown-user bounce. 5.1.1 is final: the address is mistyped, was deleted or never existed. 4.1.1 appears when the server cannot confirm the mailbox at the moment, for example because its user directory or a backend is unreachable, and the message stays queued for retry.</source>
        <comment>X.1.1/description</comment>
        <translation>La boîte aux lettres indiquée avant le @ n&apos;existe pas sur le système de destination&#xa0;; c&apos;est le rapport de non-remise (NDR) classique pour utilisateur inconnu. 5.1.1 est définitif&#xa0;: l&apos;adresse est mal saisie, a été supprimée ou n&apos;a jamais existé. 4.1.1 apparaît lorsque le serveur ne peut pas confirmer la boîte aux lettres pour le moment, par exemple parce que son annuaire d&apos;utilisateurs ou un backend est injoignable&#xa0;; le message reste alors dans la file d&apos;attente et l&apos;envoi sera réessayé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually the reply to RCPT TO after the server checks the recipient against its user directory, alias tables or recipient validation. It can also arrive later in a bounce from a relay that accepted the message first.</source>
        <comment>X.1.1/when</comment>
        <translation>Généralement la réponse à RCPT TO, après que le serveur a vérifié le destinataire dans son annuaire d&apos;utilisateurs, ses tables d&apos;alias ou sa validation des destinataires. Elle peut aussi arriver plus tard, dans un rapport de non-remise (NDR) envoyé par un relais qui avait d&apos;abord accepté le message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the address letter by letter, especially the part before the @, and delete any autocomplete entry that offers an old address. Confirm the current address with the recipient by another channel. A 4.1.1 needs no action unless it later turns into a bounce.</source>
        <comment>X.1.1/fix/sender</comment>
        <translation>Vérifiez l&apos;adresse lettre par lettre, en particulier la partie avant le @, et supprimez toute entrée de saisie automatique qui propose une ancienne adresse. Confirmez l&apos;adresse actuelle auprès du destinataire par un autre canal. Un 4.1.1 ne demande aucune action, sauf s&apos;il se transforme plus tard en rapport de non-remise (NDR).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop sending to addresses that return 5.1.1 and remove them from mailing lists, since repeated hits on unknown users hurt your reputation. Let the queue retry 4.1.1; if it persists, tell the receiving postmaster that their recipient lookup is failing.</source>
        <comment>X.1.1/fix/sendingServer</comment>
        <translation>Cessez d&apos;envoyer aux adresses qui renvoient 5.1.1 et retirez-les des listes de diffusion, car les tentatives répétées vers des utilisateurs inconnus nuisent à votre réputation. Laissez la file d&apos;attente réessayer en cas de 4.1.1&#xa0;; si le problème persiste, signalez au postmaster destinataire que sa recherche de destinataires échoue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the mailbox should exist, check the user directory and alias maps (Postfix virtual_mailbox_maps or relay_recipient_maps, Exchange recipients and accepted domains) and the directory sync to any filtering gateway. Return 4.1.1 only while a lookup backend is down, never for users who really do not exist.</source>
        <comment>X.1.1/fix/receivingServer</comment>
        <translation>Si la boîte aux lettres doit exister, vérifiez l&apos;annuaire d&apos;utilisateurs et les tables d&apos;alias (virtual_mailbox_maps ou relay_recipient_maps de Postfix, destinataires et domaines acceptés d&apos;Exchange) ainsi que la synchronisation de l&apos;annuaire vers toute passerelle de filtrage. Ne renvoyez 4.1.1 que lorsqu&apos;un backend de recherche est hors service, jamais pour des utilisateurs qui n&apos;existent réellement pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the registry X.1.1 means the mailbox does not exist and X.1.10 means the domain publishes a null MX, but Microsoft 365 reports unknown recipients as 5.1.10, so the two are often mixed up.</source>
        <comment>X.1.1/confusedWith/X.1.10</comment>
        <translation>Dans le registre, X.1.1 signifie que la boîte aux lettres n&apos;existe pas et X.1.10 que le domaine publie un MX nul, mais Microsoft 365 signale les destinataires inconnus par 5.1.10, si bien que les deux sont souvent confondus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.1 says the mailbox before the @ is unknown, while X.1.2 says the domain after the @ cannot receive mail.</source>
        <comment>X.1.1/confusedWith/X.1.2</comment>
        <translation>X.1.1 indique que la boîte aux lettres avant le @ est inconnue, tandis que X.1.2 indique que le domaine après le @ ne peut pas recevoir de courrier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.1 means the mailbox does not exist, while X.2.1 means it exists but is disabled.</source>
        <comment>X.1.1/confusedWith/X.2.1</comment>
        <translation>X.1.1 signifie que la boîte aux lettres n&apos;existe pas, tandis que X.2.1 signifie qu&apos;elle existe mais est désactivée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad Destination System Address</source>
        <comment>X.1.2/title</comment>
        <translation>Adresse du système de destination incorrecte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain after the @ is unusable for mail: it does not exist, or it has no MX or address records a server could deliver to. 5.1.2 often comes from the sending server itself when DNS says the domain does not exist, or from a relay with no route for it. A temporary form is rare, because passing lookup failures are normally reported with X.4.3 or X.4.4 instead.</source>
        <comment>X.1.2/description</comment>
        <translation>Le domaine après le @ est inutilisable pour le courrier&#xa0;: il n&apos;existe pas, ou il n&apos;a aucun enregistrement MX ou d&apos;adresse vers lequel un serveur pourrait distribuer le message. 5.1.2 provient souvent du serveur d&apos;envoi lui-même lorsque le DNS indique que le domaine n&apos;existe pas, ou d&apos;un relais qui n&apos;a aucune route pour ce domaine. Une forme temporaire est rare, car les échecs de recherche passagers sont normalement signalés par X.4.3 ou X.4.4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Produced when resolving the recipient domain fails permanently, either by the sending MTA before it connects or by a relay after RCPT TO names a domain it cannot route to.</source>
        <comment>X.1.2/when</comment>
        <translation>Produit lorsque la résolution du domaine du destinataire échoue définitivement, soit par le MTA d&apos;envoi avant la connexion, soit par un relais après que RCPT TO a désigné un domaine vers lequel il ne peut pas router.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling of the domain after the @, such as gmial.com or a .con ending, and confirm the recipient&apos;s current domain. If the domain is correct, the recipient&apos;s organization has a DNS problem, so reach them another way.</source>
        <comment>X.1.2/fix/sender</comment>
        <translation>Vérifiez l&apos;orthographe du domaine après le @, par exemple gmial.com ou une terminaison en .con, et confirmez le domaine actuel du destinataire. Si le domaine est correct, l&apos;organisation du destinataire a un problème DNS&#xa0;: contactez-le par un autre moyen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Query the domain from the sending host (dig MX and dig A) to rule out a local resolver problem. If your resolver wrongly returns NXDOMAIN, fix the resolver or split-DNS setup before the queue bounces valid mail.</source>
        <comment>X.1.2/fix/sendingServer</comment>
        <translation>Interrogez le domaine depuis l&apos;hôte d&apos;envoi (dig MX et dig A) pour écarter un problème de résolveur local. Si votre résolveur renvoie à tort NXDOMAIN, corrigez le résolveur ou la configuration split-DNS avant que la file d&apos;attente ne génère un rapport de non-remise (NDR) pour du courrier valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the owner of the recipient domain: publish MX records that point to hosts with A or AAAA records, check that the domain registration and DNS delegation have not lapsed, and make sure the MX hosts accept connections on port 25.</source>
        <comment>X.1.2/fix/receivingServer</comment>
        <translation>Pour le propriétaire du domaine du destinataire&#xa0;: publiez des enregistrements MX qui pointent vers des hôtes dotés d&apos;enregistrements A ou AAAA, vérifiez que l&apos;enregistrement du domaine et la délégation DNS n&apos;ont pas expiré, et assurez-vous que les hôtes MX acceptent les connexions sur le port 25.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.2 says the destination domain is invalid for mail, while X.4.4 says no route to it could be found, which may be temporary.</source>
        <comment>X.1.2/confusedWith/X.4.4</comment>
        <translation>X.1.2 indique que le domaine de destination n&apos;est pas valide pour le courrier, tandis que X.4.4 indique qu&apos;aucune route vers ce domaine n&apos;a été trouvée, ce qui peut être temporaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.2 covers a domain that does not exist or cannot take mail, while X.1.10 means the domain explicitly declares with a null MX that it accepts no mail.</source>
        <comment>X.1.2/confusedWith/X.1.10</comment>
        <translation>X.1.2 couvre un domaine qui n&apos;existe pas ou ne peut pas recevoir de courrier, tandis que X.1.10 signifie que le domaine déclare explicitement, au moyen d&apos;un MX nul, qu&apos;il n&apos;accepte aucun courrier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad Destination Mailbox Address Syntax</source>
        <comment>X.1.3/title</comment>
        <translation>Syntaxe de l&apos;adresse de boîte aux lettres de destination incorrecte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient address is not syntactically valid, so the server never looked it up. Typical causes are missing angle brackets, spaces or illegal characters, a missing domain, or non-ASCII characters sent without SMTPUTF8. Only 5.1.3 makes sense: resending the same malformed address fails the same way.</source>
        <comment>X.1.3/description</comment>
        <translation>L&apos;adresse du destinataire n&apos;est pas syntaxiquement valide&#xa0;; le serveur ne l&apos;a donc jamais recherchée. Les causes typiques sont des chevrons manquants, des espaces ou des caractères interdits, un domaine absent, ou des caractères non ASCII envoyés sans SMTPUTF8. Seul 5.1.3 a un sens&#xa0;: renvoyer la même adresse mal formée échoue de la même manière.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to RCPT TO when the address cannot be parsed; Postfix, for example, answers with 501 5.1.3 for a malformed recipient.</source>
        <comment>X.1.3/when</comment>
        <translation>La réponse à RCPT TO lorsque l&apos;adresse ne peut pas être analysée&#xa0;; Postfix, par exemple, répond 501 5.1.3 pour un destinataire mal formé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retype the recipient address without spaces, quotes, trailing dots or characters pasted from a document, and make sure it has exactly one @ followed by a domain. Check that no display name ended up inside the address field.</source>
        <comment>X.1.3/fix/sender</comment>
        <translation>Ressaisissez l&apos;adresse du destinataire sans espaces, guillemets, points finaux ni caractères collés depuis un document, et vérifiez qu&apos;elle contient exactement un @ suivi d&apos;un domaine. Assurez-vous qu&apos;aucun nom d&apos;affichage ne s&apos;est retrouvé dans le champ d&apos;adresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log the exact RCPT TO line your software sends. Scripts and web applications often omit the angle brackets or include a display name; the command must look like RCPT TO:&lt;user@example.com&gt;. Send non-ASCII addresses only to servers that advertise SMTPUTF8.</source>
        <comment>X.1.3/fix/sendingServer</comment>
        <translation>Journalisez la ligne RCPT TO exacte envoyée par votre logiciel. Les scripts et les applications web omettent souvent les chevrons ou incluent un nom d&apos;affichage&#xa0;; la commande doit avoir la forme RCPT TO:&lt;user@example.com&gt;. N&apos;envoyez d&apos;adresses non ASCII qu&apos;aux serveurs qui annoncent SMTPUTF8.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If valid addresses are refused, review parser strictness (Postfix strict_rfc821_envelopes, Exim address checks) and whether SMTPUTF8 is advertised for internationalized addresses.</source>
        <comment>X.1.3/fix/receivingServer</comment>
        <translation>Si des adresses valides sont refusées, revoyez la rigueur de l&apos;analyseur (strict_rfc821_envelopes de Postfix, vérifications d&apos;adresses d&apos;Exim) et vérifiez si SMTPUTF8 est annoncé pour les adresses internationalisées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.3 means the recipient address is malformed, while X.1.1 means it is well formed but no such mailbox exists.</source>
        <comment>X.1.3/confusedWith/X.1.1</comment>
        <translation>X.1.3 signifie que l&apos;adresse du destinataire est mal formée, tandis que X.1.1 signifie qu&apos;elle est bien formée mais qu&apos;aucune boîte aux lettres de ce nom n&apos;existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.3 refers to a malformed recipient address, while X.1.7 refers to a malformed sender address.</source>
        <comment>X.1.3/confusedWith/X.1.7</comment>
        <translation>X.1.3 concerne une adresse de destinataire mal formée, tandis que X.1.7 concerne une adresse d&apos;expéditeur mal formée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination Mailbox Address Ambiguous</source>
        <comment>X.1.4/title</comment>
        <translation>Adresse de boîte aux lettres de destination ambiguë</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient address matches more than one mailbox at the destination, so the server cannot decide where to deliver. It appears where servers map addresses loosely, for example by matching names or partial addresses against a directory, or where two directory objects claim the same address. 5.1.4 means the address must be made exact; a 4.1.4 suggests a directory conflict the administrator is expected to resolve.</source>
        <comment>X.1.4/description</comment>
        <translation>L&apos;adresse du destinataire correspond à plusieurs boîtes aux lettres sur le système de destination, si bien que le serveur ne peut pas décider où distribuer le message. Cela se produit lorsque les serveurs associent les adresses de manière approximative, par exemple en comparant des noms ou des adresses partielles à un annuaire, ou lorsque deux objets de l&apos;annuaire revendiquent la même adresse. 5.1.4 signifie que l&apos;adresse doit être rendue exacte&#xa0;; un 4.1.4 suggère un conflit d&apos;annuaire que l&apos;administrateur est censé résoudre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to RCPT TO, or a later bounce, when the directory lookup for the recipient returns several matches.</source>
        <comment>X.1.4/when</comment>
        <translation>La réponse à RCPT TO, ou un rapport de non-remise (NDR) ultérieur, lorsque la recherche du destinataire dans l&apos;annuaire renvoie plusieurs correspondances.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the recipient&apos;s full, exact address rather than a short form or alias, and ask the recipient to confirm it. If the exact address still fails, the fault lies with the recipient&apos;s organization, so send them the bounce text.</source>
        <comment>X.1.4/fix/sender</comment>
        <translation>Utilisez l&apos;adresse complète et exacte du destinataire plutôt qu&apos;une forme abrégée ou un alias, et demandez au destinataire de la confirmer. Si l&apos;adresse exacte échoue toujours, le problème vient de l&apos;organisation du destinataire&#xa0;: envoyez-lui le texte du rapport de non-remise (NDR).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing needs to change on the sending side unless your server rewrites addresses; check that rewriting or alias expansion did not shorten the recipient address.</source>
        <comment>X.1.4/fix/sendingServer</comment>
        <translation>Rien ne doit changer côté envoi, sauf si votre serveur réécrit les adresses&#xa0;; vérifiez que la réécriture ou l&apos;expansion d&apos;alias n&apos;a pas raccourci l&apos;adresse du destinataire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the directory for every object carrying the address (LDAP mail or proxyAddresses attributes, Exchange Get-Recipient) and remove the duplicate. Disable fuzzy or partial name matching for SMTP recipients.</source>
        <comment>X.1.4/fix/receivingServer</comment>
        <translation>Recherchez dans l&apos;annuaire tous les objets qui portent l&apos;adresse (attributs LDAP mail ou proxyAddresses, Get-Recipient d&apos;Exchange) et supprimez le doublon. Désactivez la correspondance approximative ou partielle des noms pour les destinataires SMTP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.4 means the address matched several mailboxes, while X.1.1 means it matched none.</source>
        <comment>X.1.4/confusedWith/X.1.1</comment>
        <translation>X.1.4 signifie que l&apos;adresse correspond à plusieurs boîtes aux lettres, tandis que X.1.1 signifie qu&apos;elle ne correspond à aucune.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination Address Valid</source>
        <comment>X.1.5/title</comment>
        <translation>Adresse de destination valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A success code confirming that the recipient address was accepted; Postfix, for example, answers RCPT TO with 250 2.1.5. It also appears in positive delivery status notifications. Only the 2.1.5 form is meaningful, and at RCPT TO it says nothing yet about final delivery, which can still fail later.</source>
        <comment>X.1.5/description</comment>
        <translation>Un code de succès qui confirme que l&apos;adresse du destinataire a été acceptée&#xa0;; Postfix, par exemple, répond à RCPT TO par 250 2.1.5. Il apparaît aussi dans les notifications d&apos;état de remise positives. Seule la forme 2.1.5 a un sens, et à l&apos;étape RCPT TO elle ne dit encore rien de la remise finale, qui peut toujours échouer plus tard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to RCPT TO when the server accepts the recipient, and in delivery reports that confirm a recipient address was valid.</source>
        <comment>X.1.5/when</comment>
        <translation>La réponse à RCPT TO lorsque le serveur accepte le destinataire, ainsi que dans les rapports de remise qui confirment qu&apos;une adresse de destinataire était valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed: the recipient was accepted. If the message bounces later, read that bounce, because acceptance at RCPT TO does not guarantee delivery.</source>
        <comment>X.1.5/fix/general</comment>
        <translation>Aucune action n&apos;est nécessaire&#xa0;: le destinataire a été accepté. Si le message fait plus tard l&apos;objet d&apos;un rapport de non-remise (NDR), lisez ce rapport, car l&apos;acceptation à RCPT TO ne garantit pas la remise.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.5 confirms a recipient at RCPT TO (2.1.5), while X.1.0 usually confirms the sender at MAIL FROM (2.1.0).</source>
        <comment>X.1.5/confusedWith/X.1.0</comment>
        <translation>X.1.5 confirme un destinataire à RCPT TO (2.1.5), tandis que X.1.0 confirme généralement l&apos;expéditeur à MAIL FROM (2.1.0).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.5 confirms the address was valid, while X.1.9 adds that the message left the reporting chain and its further fate is unknown.</source>
        <comment>X.1.5/confusedWith/X.1.9</comment>
        <translation>X.1.5 confirme que l&apos;adresse était valide, tandis que X.1.9 précise en outre que le message a quitté la chaîne de signalement et que son sort ultérieur est inconnu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox Moved, No Forwarding Address</source>
        <comment>X.1.6/title</comment>
        <translation>Boîte aux lettres déplacée, sans adresse de réexpédition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address was retired: it worked in the past, and the server now refuses it without offering a new one, typically after someone left an organization or a domain was migrated. It is meant as a permanent failure, so 5.1.6 is the normal form and a temporary variant makes little sense. Unlike a 551 reply, which names a new path, this code leaves the sender to find the new address.</source>
        <comment>X.1.6/description</comment>
        <translation>L&apos;adresse a été retirée&#xa0;: elle fonctionnait auparavant, et le serveur la refuse désormais sans en proposer de nouvelle, généralement après le départ d&apos;une personne d&apos;une organisation ou la migration d&apos;un domaine. Il s&apos;agit par nature d&apos;un échec permanent&#xa0;; 5.1.6 est donc la forme normale et une variante temporaire n&apos;a guère de sens. Contrairement à une réponse 551, qui indique un nouveau chemin, ce code laisse à l&apos;expéditeur le soin de trouver la nouvelle adresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to RCPT TO, or a bounce, for an address that the destination has retired and marked as moved.</source>
        <comment>X.1.6/when</comment>
        <translation>La réponse à RCPT TO, ou un rapport de non-remise (NDR), pour une adresse que le système de destination a retirée et marquée comme déplacée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove or update the address in your contacts and ask the person or their organization for a new address by another channel. Resending to the old address will keep failing.</source>
        <comment>X.1.6/fix/sender</comment>
        <translation>Supprimez ou mettez à jour l&apos;adresse dans vos contacts et demandez à la personne ou à son organisation une nouvelle adresse par un autre canal. Les renvois à l&apos;ancienne adresse continueront d&apos;échouer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treat 5.1.6 like an invalid address: suppress it on mailing lists and in CRM systems instead of retrying.</source>
        <comment>X.1.6/fix/sendingServer</comment>
        <translation>Traitez 5.1.6 comme une adresse non valide&#xa0;: excluez-la des listes de diffusion et des systèmes CRM au lieu de réessayer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the user should still receive mail, reactivate the mailbox or add a forwarding alias. For people who have left, consider an auto-reply or, where your policy allows it, a 551 reply that names the new address.</source>
        <comment>X.1.6/fix/receivingServer</comment>
        <translation>Si l&apos;utilisateur doit toujours recevoir du courrier, réactivez la boîte aux lettres ou ajoutez un alias de transfert. Pour les personnes qui sont parties, envisagez une réponse automatique ou, si votre politique le permet, une réponse 551 qui indique la nouvelle adresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.6 says the mailbox moved without giving a new address, while 551 tells the sender where to send instead.</source>
        <comment>X.1.6/confusedWith/551</comment>
        <translation>X.1.6 indique que la boîte aux lettres a été déplacée sans donner de nouvelle adresse, tandis que 551 indique à l&apos;expéditeur où envoyer le message à la place.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.6 means the address was valid once and has been retired, while X.1.1 simply says no such mailbox exists.</source>
        <comment>X.1.6/confusedWith/X.1.1</comment>
        <translation>X.1.6 signifie que l&apos;adresse a été valide autrefois puis a été retirée, tandis que X.1.1 indique simplement qu&apos;aucune boîte aux lettres de ce nom n&apos;existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad Sender&apos;s Mailbox Address Syntax</source>
        <comment>X.1.7/title</comment>
        <translation>Syntaxe de l&apos;adresse de boîte aux lettres de l&apos;expéditeur incorrecte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sender address in MAIL FROM cannot be parsed: it lacks a domain, contains spaces or illegal characters, or is missing its angle brackets. Scripts, printers and web applications that build the SMTP envelope themselves are the usual source. It is a permanent error, so 5.1.7 is the normal form; resending with the same sender fails again.</source>
        <comment>X.1.7/description</comment>
        <translation>L&apos;adresse de l&apos;expéditeur dans MAIL FROM ne peut pas être analysée&#xa0;: il lui manque un domaine, elle contient des espaces ou des caractères interdits, ou ses chevrons sont absents. Les scripts, imprimantes et applications web qui construisent eux-mêmes l&apos;enveloppe SMTP en sont la source habituelle. C&apos;est une erreur permanente, donc 5.1.7 est la forme normale&#xa0;; un nouvel envoi avec le même expéditeur échoue de nouveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to MAIL FROM when the sender address is malformed; Postfix, for example, answers with 501 5.1.7.</source>
        <comment>X.1.7/when</comment>
        <translation>La réponse à MAIL FROM lorsque l&apos;adresse de l&apos;expéditeur est mal formée&#xa0;; Postfix, par exemple, répond 501 5.1.7.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the sender address configured in your mail client, device or application: it must be a complete address such as name@example.com, without spaces or a display name. Scanners and printers often ship with a placeholder sender that must be replaced.</source>
        <comment>X.1.7/fix/sender</comment>
        <translation>Vérifiez l&apos;adresse d&apos;expéditeur configurée dans votre client de messagerie, votre appareil ou votre application&#xa0;: il doit s&apos;agir d&apos;une adresse complète comme name@example.com, sans espaces ni nom d&apos;affichage. Les scanners et imprimantes sont souvent livrés avec une adresse d&apos;expéditeur fictive qu&apos;il faut remplacer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspect the MAIL FROM line in your logs or a test session; it must look like MAIL FROM:&lt;name@example.com&gt;. Make sure address rewriting (masquerading, canonical maps) does not produce an unqualified address or an empty local part.</source>
        <comment>X.1.7/fix/sendingServer</comment>
        <translation>Examinez la ligne MAIL FROM dans vos journaux ou lors d&apos;une session de test&#xa0;; elle doit avoir la forme MAIL FROM:&lt;name@example.com&gt;. Assurez-vous que la réécriture d&apos;adresses (masquerading, tables canoniques) ne produit pas d&apos;adresse non qualifiée ni de partie locale vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If well-formed senders are refused, review parser strictness (Postfix strict_rfc821_envelopes). The null sender MAIL FROM:&lt;&gt; is valid and must be accepted, because bounces use it.</source>
        <comment>X.1.7/fix/receivingServer</comment>
        <translation>Si des expéditeurs bien formés sont refusés, revoyez la rigueur de l&apos;analyseur (strict_rfc821_envelopes de Postfix). L&apos;expéditeur nul MAIL FROM:&lt;&gt; est valide et doit être accepté, car c&apos;est l&apos;expéditeur qu&apos;utilise tout rapport de non-remise (NDR).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.7 refers to a malformed sender address in MAIL FROM, while X.1.3 refers to a malformed recipient address in RCPT TO.</source>
        <comment>X.1.7/confusedWith/X.1.3</comment>
        <translation>X.1.7 concerne une adresse d&apos;expéditeur mal formée dans MAIL FROM, tandis que X.1.3 concerne une adresse de destinataire mal formée dans RCPT TO.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.7 means the sender address is malformed, while X.1.8 means it is well formed but its domain cannot receive replies.</source>
        <comment>X.1.7/confusedWith/X.1.8</comment>
        <translation>X.1.7 signifie que l&apos;adresse de l&apos;expéditeur est mal formée, tandis que X.1.8 signifie qu&apos;elle est bien formée mais que son domaine ne peut pas recevoir de réponses.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad Sender&apos;s System Address</source>
        <comment>X.1.8/title</comment>
        <translation>Adresse du système de l&apos;expéditeur incorrecte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain of the sender address cannot receive mail, so any bounce sent back to it would be undeliverable. Receivers check this with a DNS lookup on the MAIL FROM domain. 4.1.8 usually means the lookup failed for now and the sending server will retry; 5.1.8 means DNS reported that the domain does not exist or has no usable MX or address record.</source>
        <comment>X.1.8/description</comment>
        <translation>Le domaine de l&apos;adresse de l&apos;expéditeur ne peut pas recevoir de courrier, si bien qu&apos;un rapport de non-remise (NDR) qui lui serait renvoyé ne pourrait pas être remis. Les serveurs de réception le vérifient au moyen d&apos;une requête DNS sur le domaine de MAIL FROM. 4.1.8 signifie généralement que la requête a échoué pour le moment et que le serveur d&apos;envoi réessaiera&#xa0;; 5.1.8 signifie que le DNS a indiqué que le domaine n&apos;existe pas ou n&apos;a aucun enregistrement MX ou d&apos;adresse utilisable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to MAIL FROM, or to RCPT TO on servers that delay rejections, when the sender domain check fails, for example Postfix reject_unknown_sender_domain.</source>
        <comment>X.1.8/when</comment>
        <translation>La réponse à MAIL FROM, ou à RCPT TO sur les serveurs qui diffèrent les rejets, lorsque la vérification du domaine de l&apos;expéditeur échoue, par exemple avec reject_unknown_sender_domain de Postfix.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure you send from a real, public domain, not a local or placeholder name such as example.local. If your domain is new or was just moved, its DNS records may be missing, so ask whoever manages the domain.</source>
        <comment>X.1.8/fix/sender</comment>
        <translation>Assurez-vous d&apos;envoyer depuis un domaine réel et public, et non depuis un nom local ou fictif comme example.local. Si votre domaine est nouveau ou vient d&apos;être migré, ses enregistrements DNS manquent peut-être&#xa0;: adressez-vous à la personne qui gère le domaine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the envelope sender domain resolves publicly with an MX or A record (dig MX yourdomain). Fix rewriting that exposes internal host names such as host.localdomain, and use SRS with a resolvable domain for forwarded mail.</source>
        <comment>X.1.8/fix/sendingServer</comment>
        <translation>Vérifiez que le domaine de l&apos;expéditeur d&apos;enveloppe se résout publiquement avec un enregistrement MX ou A (dig MX votredomaine). Corrigez toute réécriture qui expose des noms d&apos;hôtes internes tels que host.localdomain, et utilisez SRS avec un domaine résolvable pour le courrier transféré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If legitimate senders get 5.1.8, check your resolver: a broken or overloaded resolver turns lookups into false failures, which should produce 4.1.8, not 5.1.8. In Postfix, unknown_address_reject_code and unknown_address_tempfail_action control these replies.</source>
        <comment>X.1.8/fix/receivingServer</comment>
        <translation>Si des expéditeurs légitimes reçoivent 5.1.8, vérifiez votre résolveur&#xa0;: un résolveur défaillant ou surchargé transforme les recherches en faux échecs, qui devraient produire 4.1.8 et non 5.1.8. Dans Postfix, unknown_address_reject_code et unknown_address_tempfail_action contrôlent ces réponses.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.8 concerns the domain of the sender address, while X.1.2 concerns the domain of a recipient address.</source>
        <comment>X.1.8/confusedWith/X.1.2</comment>
        <translation>X.1.8 concerne le domaine de l&apos;adresse de l&apos;expéditeur, tandis que X.1.2 concerne le domaine d&apos;une adresse de destinataire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.8 means the sender domain does not exist or cannot take mail, while X.7.27 means it explicitly publishes a null MX.</source>
        <comment>X.1.8/confusedWith/X.7.27</comment>
        <translation>X.1.8 signifie que le domaine de l&apos;expéditeur n&apos;existe pas ou ne peut pas recevoir de courrier, tandis que X.7.27 signifie qu&apos;il publie explicitement un MX nul.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad Outbound Sender</source>
        <comment>5.1.8@Microsoft/title</comment>
        <translation>Expéditeur sortant non autorisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Exchange Online, 5.1.8 with &quot;Access denied, bad outbound sender&quot; means the sending account was blocked for sending too much spam. This typically happens after the account was compromised through phishing or malware. The account stays restricted until an administrator releases it.</source>
        <comment>5.1.8@Microsoft/description</comment>
        <translation>Dans Exchange Online, 5.1.8 accompagné de &quot;Access denied, bad outbound sender&quot; signifie que le compte d&apos;envoi a été bloqué pour avoir envoyé trop de spam. Cela se produit généralement après la compromission du compte par hameçonnage ou logiciel malveillant. Le compte reste restreint jusqu&apos;à ce qu&apos;un administrateur le débloque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to a Microsoft 365 user who tries to send after the service placed the account on the restricted users list.</source>
        <comment>5.1.8@Microsoft/when</comment>
        <translation>Renvoyé à un utilisateur de Microsoft 365 qui tente d&apos;envoyer un message après que le service a placé son compte dans la liste des utilisateurs restreints.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change your password, scan your devices for malware, and look for forwarding rules or delegates you did not create. Then ask your administrator to unblock the account.</source>
        <comment>5.1.8@Microsoft/fix/sender</comment>
        <translation>Changez votre mot de passe, analysez vos appareils à la recherche de logiciels malveillants, et cherchez des règles de transfert ou des délégués que vous n&apos;avez pas créés. Demandez ensuite à votre administrateur de débloquer le compte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigate the account for compromise, remove malicious inbox rules and connectors, and enforce multifactor authentication. Release the user on the Restricted users page of the Microsoft Defender portal; sending resumes within a few hours.</source>
        <comment>5.1.8@Microsoft/fix/sendingServer</comment>
        <translation>Recherchez une compromission du compte, supprimez les règles de boîte de réception et les connecteurs malveillants, et imposez l&apos;authentification multifacteur. Débloquez l&apos;utilisateur dans la page Utilisateurs restreints du portail Microsoft Defender&#xa0;; l&apos;envoi reprend en quelques heures.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.8 in the registry means the sender address&apos;s domain is invalid, while Exchange Online uses 5.1.8 for an account blocked for sending spam.</source>
        <comment>5.1.8@Microsoft/confusedWith/X.1.8</comment>
        <translation>Dans le registre, X.1.8 signifie que le domaine de l&apos;adresse de l&apos;expéditeur n&apos;est pas valide, tandis qu&apos;Exchange Online utilise 5.1.8 pour un compte bloqué pour envoi de spam.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.501 to 5.7.503 are account bans that need Microsoft support to lift, while 5.1.8 is a restriction the tenant&apos;s own administrator can release.</source>
        <comment>5.1.8@Microsoft/confusedWith/5.7.501@Microsoft</comment>
        <translation>5.7.501 à 5.7.503 sont des interdictions de compte qui ne peuvent être levées que par le support Microsoft, tandis que 5.1.8 est une restriction que l&apos;administrateur du locataire peut lever lui-même.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message Relayed to Non-compliant Mailer</source>
        <comment>X.1.9/title</comment>
        <translation>Message relayé vers un système de messagerie non conforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking ends here: the address checked out, and the message went on to a system that cannot report its status under the tracking or reporting protocol in use. It was added for message tracking and appears mainly in tracking responses and delivery reports as 2.1.9. A class 4 or 5 form would be unusual, because it reports lost visibility rather than a failure.</source>
        <comment>X.1.9/description</comment>
        <translation>Le suivi s&apos;arrête ici&#xa0;: l&apos;adresse a été validée, et le message a été transmis à un système incapable de signaler son état selon le protocole de suivi ou de signalement utilisé. Ce code a été ajouté pour le suivi des messages et apparaît principalement dans les réponses de suivi et les rapports de remise sous la forme 2.1.9. Une forme de classe 4 ou 5 serait inhabituelle, car il signale une perte de visibilité plutôt qu&apos;un échec.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a message tracking response or delivery report after a compliant server passes the message to a server that cannot report on it further.</source>
        <comment>X.1.9/when</comment>
        <translation>Dans une réponse de suivi de message ou un rapport de remise, après qu&apos;un serveur conforme a transmis le message à un serveur qui ne peut plus rendre compte de son sort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed for the message itself, which was passed on normally. If you need confirmation of delivery, ask the recipient or the next system&apos;s administrator, because tracking stops at that hop.</source>
        <comment>X.1.9/fix/general</comment>
        <translation>Aucune action n&apos;est nécessaire pour le message lui-même, qui a été transmis normalement. Si vous avez besoin d&apos;une confirmation de remise, demandez-la au destinataire ou à l&apos;administrateur du système suivant, car le suivi s&apos;arrête à ce saut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.5 only confirms that the address was valid, while X.1.9 adds that the message left the reporting chain and its fate is unknown.</source>
        <comment>X.1.9/confusedWith/X.1.5</comment>
        <translation>X.1.5 confirme seulement que l&apos;adresse était valide, tandis que X.1.9 précise en outre que le message a quitté la chaîne de signalement et que son sort est inconnu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient Address Has Null MX</source>
        <comment>X.1.10/title</comment>
        <translation>L&apos;adresse du destinataire a un MX nul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient domain publishes a null MX record, an MX of preference 0 pointing to the root, to declare that it accepts no mail at all. It pairs with 556 and is usually produced by the sending server right after the DNS lookup, so only 5.1.10 fits. Beware the context: Microsoft 365 reuses 5.1.10 for a recipient that was not found, which is unrelated to null MX.</source>
        <comment>X.1.10/description</comment>
        <translation>Le domaine du destinataire publie un enregistrement MX nul, c&apos;est-à-dire un MX de préférence 0 qui pointe vers la racine, pour déclarer qu&apos;il n&apos;accepte aucun courrier. Ce code va de pair avec 556 et est généralement produit par le serveur d&apos;envoi juste après la requête DNS&#xa0;; seul 5.1.10 convient donc. Attention au contexte&#xa0;: Microsoft 365 réutilise 5.1.10 pour un destinataire introuvable, ce qui n&apos;a aucun rapport avec le MX nul.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated by the sending MTA after looking up the recipient domain&apos;s MX records, or returned by a relay at RCPT TO, when the only MX is a null MX.</source>
        <comment>X.1.10/when</comment>
        <translation>Généré par le MTA d&apos;envoi après la recherche des enregistrements MX du domaine du destinataire, ou renvoyé par un relais à RCPT TO, lorsque le seul MX est un MX nul.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain in the address deliberately receives no mail, so check the domain for a typo and ask the recipient for a working address. If the bounce comes from Microsoft 365 and says the recipient was not found, treat it as an unknown address instead.</source>
        <comment>X.1.10/fix/sender</comment>
        <translation>Le domaine de l&apos;adresse ne reçoit volontairement aucun courrier&#xa0;: vérifiez qu&apos;il ne contient pas de faute de frappe et demandez au destinataire une adresse qui fonctionne. Si le rapport de non-remise (NDR) provient de Microsoft 365 et indique que le destinataire est introuvable, traitez-le plutôt comme une adresse inconnue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm with dig MX that the domain&apos;s only record is the null MX; if so, the bounce is correct and the address should be suppressed. Expect mail whose sender domain has a null MX to be rejected elsewhere with X.7.27.</source>
        <comment>X.1.10/fix/sendingServer</comment>
        <translation>Confirmez avec dig MX que le seul enregistrement du domaine est le MX nul&#xa0;; dans ce cas, le rapport de non-remise (NDR) est correct et l&apos;adresse doit être exclue. Attendez-vous à ce que le courrier dont le domaine d&apos;expéditeur publie un MX nul soit rejeté ailleurs avec X.7.27.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the owner of the domain: if it should receive mail, remove the null MX and publish real MX records. A null MX must be the only MX record of the domain, and it should not be used on domains that send mail.</source>
        <comment>X.1.10/fix/receivingServer</comment>
        <translation>Pour le propriétaire du domaine&#xa0;: si le domaine doit recevoir du courrier, supprimez le MX nul et publiez de vrais enregistrements MX. Un MX nul doit être le seul enregistrement MX du domaine, et il ne doit pas être utilisé sur des domaines qui envoient du courrier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard (RFC 7505)</source>
        <comment>X.1.10/contexts/0/context</comment>
        <translation>Norme (RFC 7505)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient domain publishes a null MX, so it accepts no mail and delivery is not attempted.</source>
        <comment>X.1.10/contexts/0/meaning</comment>
        <translation>Le domaine du destinataire publie un MX nul&#xa0;: il n&apos;accepte donc aucun courrier, et aucune remise n&apos;est tentée.</translation>
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
        <translation>Microsoft utilise 550 5.1.10 lorsque l&apos;adresse du destinataire est introuvable dans l&apos;annuaire, ce qui correspond à une erreur de destinataire inconnu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the registry X.1.10 means the recipient domain publishes a null MX and X.1.1 means the mailbox is unknown, but Microsoft 365 uses 5.1.10 for recipients it cannot find, so treat a Microsoft 5.1.10 like a 5.1.1.</source>
        <comment>X.1.10/confusedWith/X.1.1</comment>
        <translation>Dans le registre, X.1.10 signifie que le domaine du destinataire publie un MX nul et X.1.1 que la boîte aux lettres est inconnue, mais Microsoft 365 utilise 5.1.10 pour les destinataires qu&apos;il ne trouve pas&#xa0;: traitez donc un 5.1.10 de Microsoft comme un 5.1.1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.10 concerns a recipient domain with a null MX, while X.7.27 concerns a sender domain with a null MX.</source>
        <comment>X.1.10/confusedWith/X.7.27</comment>
        <translation>X.1.10 concerne un domaine de destinataire doté d&apos;un MX nul, tandis que X.7.27 concerne un domaine d&apos;expéditeur doté d&apos;un MX nul.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.10 means the domain explicitly declares that it accepts no mail, while X.1.2 means the domain does not exist or cannot take mail for another reason.</source>
        <comment>X.1.10/confusedWith/X.1.2</comment>
        <translation>X.1.10 signifie que le domaine déclare explicitement qu&apos;il n&apos;accepte aucun courrier, tandis que X.1.2 signifie que le domaine n&apos;existe pas ou ne peut pas recevoir de courrier pour une autre raison.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient Not Found</source>
        <comment>5.1.10@Microsoft/title</comment>
        <translation>Destinataire introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.1.10 when a recipient&apos;s SMTP address was not found in its directory. The address may be mistyped, deleted, unlicensed, or reached through a broken forwarding rule. Despite the similar number, it is unrelated to the registry&apos;s X.1.10, which reports a domain that publishes a null MX.</source>
        <comment>5.1.10@Microsoft/description</comment>
        <translation>Exchange Online renvoie 5.1.10 lorsque l&apos;adresse SMTP d&apos;un destinataire est introuvable dans son annuaire. L&apos;adresse est peut-être mal saisie, supprimée ou sans licence, ou atteinte par une règle de transfert défectueuse. Malgré la ressemblance des numéros, ce code n&apos;a aucun rapport avec X.1.10 du registre, qui signale un domaine publiant un MX nul.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned as 550 5.1.10 to RCPT TO for a domain hosted in Exchange Online, or received as backscatter when a spammer forged your address.</source>
        <comment>5.1.10@Microsoft/when</comment>
        <translation>Renvoyé sous la forme 550 5.1.10 en réponse à RCPT TO pour un domaine hébergé dans Exchange Online, ou reçu sous forme de rétrodiffusion (backscatter) lorsqu&apos;un spammeur a usurpé votre adresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling of the address, delete the stale entry from Outlook&apos;s Auto-Complete list, and resend. If you never sent the original message, the bounce is backscatter from spoofing and can be deleted.</source>
        <comment>5.1.10@Microsoft/fix/sender</comment>
        <translation>Vérifiez l&apos;orthographe de l&apos;adresse, supprimez l&apos;entrée obsolète de la liste de saisie semi-automatique d&apos;Outlook, puis renvoyez le message. Si vous n&apos;avez jamais envoyé le message d&apos;origine, le rapport de non-remise (NDR) est une rétrodiffusion (backscatter) due à une usurpation d&apos;adresse et peut être supprimé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If many such bounces arrive for mail your users did not send, publish SPF, DKIM and DMARC to make spoofing of your domain harder.</source>
        <comment>5.1.10@Microsoft/fix/sendingServer</comment>
        <translation>Si vous recevez beaucoup de ces rapports de non-remise (NDR) pour du courrier que vos utilisateurs n&apos;ont pas envoyé, publiez SPF, DKIM et DMARC pour rendre l&apos;usurpation de votre domaine plus difficile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm the recipient exists with a valid license and the expected address, and fix forwarding, inbox and mail flow rules that redirect to bad addresses. In hybrid setups, check whether the accepted domain should be Internal Relay rather than Authoritative.</source>
        <comment>5.1.10@Microsoft/fix/receivingServer</comment>
        <translation>Vérifiez que le destinataire existe, qu&apos;il dispose d&apos;une licence valide et de l&apos;adresse attendue, et corrigez les règles de transfert, de boîte de réception et de flux de courrier qui redirigent vers des adresses incorrectes. Dans les configurations hybrides, vérifiez si le domaine accepté doit être de type Relais interne (Internal Relay) plutôt que Faisant autorité (Authoritative).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.10 in the registry means the recipient&apos;s domain publishes a null MX and accepts no mail, while Microsoft&apos;s 5.1.10 means one address was not found in an existing directory.</source>
        <comment>5.1.10@Microsoft/confusedWith/X.1.10</comment>
        <translation>Dans le registre, X.1.10 signifie que le domaine du destinataire publie un MX nul et n&apos;accepte aucun courrier, tandis que 5.1.10 de Microsoft signifie qu&apos;une adresse est introuvable dans un annuaire existant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.1 is the standard code for a bad destination mailbox, while 5.1.10 is Exchange Online&apos;s own code for an SMTP address missing from its directory lookup.</source>
        <comment>5.1.10@Microsoft/confusedWith/X.1.1</comment>
        <translation>X.1.1 est le code standard pour une boîte aux lettres de destination incorrecte, tandis que 5.1.10 est le code propre à Exchange Online pour une adresse SMTP absente lors de la recherche dans son annuaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other or Undefined Mailbox Status</source>
        <comment>X.2.0/title</comment>
        <translation>État de boîte aux lettres autre ou non défini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient mailbox is there, yet a problem with it blocked delivery, and the server gives no detail. 4.2.0 can cover temporary trouble such as a locked mailbox or an unavailable mailbox store, after which the message is retried. 5.2.0 is a generic permanent mailbox refusal; the server&apos;s text or logs carry the real reason.</source>
        <comment>X.2.0/description</comment>
        <translation>La boîte aux lettres du destinataire existe, mais un problème la concernant a bloqué la remise, et le serveur ne donne aucun détail. 4.2.0 peut couvrir un problème temporaire, comme une boîte aux lettres verrouillée ou un stockage de boîtes aux lettres indisponible, après quoi l&apos;envoi du message est réessayé. 5.2.0 est un refus permanent générique lié à la boîte aux lettres&#xa0;; le texte du serveur ou ses journaux donnent la véritable raison.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to RCPT TO or at the end of DATA, or a later bounce, when delivery into the mailbox fails for a reason the server does not classify.</source>
        <comment>X.2.0/when</comment>
        <translation>La réponse à RCPT TO ou à la fin de DATA, ou un rapport de non-remise (NDR) ultérieur, lorsque la remise dans la boîte aux lettres échoue pour une raison que le serveur ne classe pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 4.2.0, wait for the automatic retries. For 5.2.0, confirm the recipient still uses the address and tell them about the bounce by another channel, since only their side can fix the mailbox.</source>
        <comment>X.2.0/fix/sender</comment>
        <translation>Pour 4.2.0, attendez que le serveur réessaie automatiquement. Pour 5.2.0, vérifiez que le destinataire utilise toujours cette adresse et informez-le du rapport de non-remise (NDR) par un autre canal, car seul son côté peut réparer la boîte aux lettres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry 4.2.0 replies. If 5.2.0 repeats for one recipient, suppress the address for a while and report the reply text to the recipient&apos;s postmaster.</source>
        <comment>X.2.0/fix/sendingServer</comment>
        <translation>Laissez la file d&apos;attente réessayer en cas de réponse 4.2.0. Si 5.2.0 se répète pour un même destinataire, excluez l&apos;adresse pendant un certain temps et signalez le texte de la réponse au postmaster du destinataire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the delivery agent logs (LMTP, Dovecot, Exchange mailbox transport) for that mailbox: file permissions, corrupted index files, a locked or migrating mailbox, or a failing storage backend.</source>
        <comment>X.2.0/fix/receivingServer</comment>
        <translation>Vérifiez les journaux de l&apos;agent de distribution (LMTP, Dovecot, transport de boîtes aux lettres d&apos;Exchange) pour cette boîte aux lettres&#xa0;: autorisations de fichiers, fichiers d&apos;index corrompus, boîte aux lettres verrouillée ou en cours de migration, ou backend de stockage défaillant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.0 says the mailbox exists but has an unspecified problem, while X.1.1 says the mailbox does not exist.</source>
        <comment>X.2.0/confusedWith/X.1.1</comment>
        <translation>X.2.0 indique que la boîte aux lettres existe mais présente un problème non précisé, tandis que X.1.1 indique que la boîte aux lettres n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.0 points to one recipient&apos;s mailbox, while X.3.0 points to the receiving mail system as a whole.</source>
        <comment>X.2.0/confusedWith/X.3.0</comment>
        <translation>X.2.0 désigne la boîte aux lettres d&apos;un destinataire, tandis que X.3.0 désigne le système de messagerie de réception dans son ensemble.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox Disabled, Not Accepting Messages</source>
        <comment>X.2.1/title</comment>
        <translation>Boîte aux lettres désactivée, messages refusés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account is real but switched off for incoming mail, for example because it is suspended, locked or inactive. 4.2.1 signals a temporary block, such as an account being migrated or, at Gmail, a recipient receiving mail faster than allowed. 5.2.1 means the mailbox is disabled permanently or indefinitely, often because the account was closed or left unused too long.</source>
        <comment>X.2.1/description</comment>
        <translation>Le compte existe mais est désactivé pour le courrier entrant, par exemple parce qu&apos;il est suspendu, verrouillé ou inactif. 4.2.1 signale un blocage temporaire, comme un compte en cours de migration ou, chez Gmail, un destinataire qui reçoit du courrier plus vite que la limite autorisée. 5.2.1 signifie que la boîte aux lettres est désactivée de façon permanente ou pour une durée indéterminée, souvent parce que le compte a été fermé ou est resté inutilisé trop longtemps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to RCPT TO, or a later bounce, when the recipient account is flagged as disabled, suspended or temporarily not accepting mail.</source>
        <comment>X.2.1/when</comment>
        <translation>La réponse à RCPT TO, ou un rapport de non-remise (NDR) ultérieur, lorsque le compte du destinataire est marqué comme désactivé, suspendu ou temporairement fermé au courrier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 4.2.1, wait: the retry normally succeeds. For 5.2.1, the recipient&apos;s account is closed or inactive, so ask them for a current address by another channel and stop writing to the old one.</source>
        <comment>X.2.1/fix/sender</comment>
        <translation>Pour 4.2.1, patientez&#xa0;: lorsque le serveur réessaie, l&apos;envoi aboutit normalement. Pour 5.2.1, le compte du destinataire est fermé ou inactif&#xa0;: demandez-lui une adresse actuelle par un autre canal et cessez d&apos;écrire à l&apos;ancienne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry 4.2.1 with backoff and, if you send in bulk, slow down delivery to that recipient. Treat repeated 5.2.1 replies as a hard bounce and suppress the address.</source>
        <comment>X.2.1/fix/sendingServer</comment>
        <translation>En cas de 4.2.1, réessayez avec un délai croissant et, si vous envoyez en masse, ralentissez la remise vers ce destinataire. Traitez les réponses 5.2.1 répétées comme un rapport de non-remise (NDR) définitif et excluez l&apos;adresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the account status in your directory or admin console (disabled, suspended, past an inactivity limit) and re-enable it if the user should receive mail. Use 4.2.1 only for short-lived blocks such as migrations.</source>
        <comment>X.2.1/fix/receivingServer</comment>
        <translation>Vérifiez l&apos;état du compte dans votre annuaire ou votre console d&apos;administration (désactivé, suspendu, au-delà d&apos;une limite d&apos;inactivité) et réactivez-le si l&apos;utilisateur doit recevoir du courrier. N&apos;utilisez 4.2.1 que pour des blocages de courte durée, comme les migrations.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.1 means the mailbox exists but is disabled, while X.1.1 means no such mailbox exists.</source>
        <comment>X.2.1/confusedWith/X.1.1</comment>
        <translation>X.2.1 signifie que la boîte aux lettres existe mais est désactivée, tandis que X.1.1 signifie qu&apos;aucune boîte aux lettres de ce nom n&apos;existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.1 means the mailbox refuses mail because it is disabled, while X.2.2 means it refuses mail because it is full.</source>
        <comment>X.2.1/confusedWith/X.2.2</comment>
        <translation>X.2.1 signifie que la boîte aux lettres refuse le courrier parce qu&apos;elle est désactivée, tandis que X.2.2 signifie qu&apos;elle le refuse parce qu&apos;elle est pleine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient Receiving Mail Too Fast</source>
        <comment>4.2.1@Google/title</comment>
        <translation>Le destinataire reçoit du courrier trop rapidement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail returns 450 4.2.1 when the recipient is getting mail too quickly, or at a rate that blocks further delivery for now. For Google Workspace SMTP relay, the same code reports that the customer&apos;s peak relay limit was exceeded. The registry meaning of X.2.1, a disabled mailbox, does not apply here.</source>
        <comment>4.2.1@Google/description</comment>
        <translation>Gmail renvoie 450 4.2.1 lorsque le destinataire reçoit du courrier trop rapidement, ou à un débit qui bloque toute remise supplémentaire pour le moment. Pour le relais SMTP de Google Workspace, le même code signale que la limite de relais en pointe du client a été dépassée. La signification de X.2.1 dans le registre, une boîte aux lettres désactivée, ne s&apos;applique pas ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to RCPT TO or after DATA when one Gmail recipient is flooded, or when a Workspace relay customer sends a burst above its peak limit.</source>
        <comment>4.2.1@Google/when</comment>
        <translation>Renvoyé en réponse à RCPT TO ou après DATA lorsqu&apos;un destinataire Gmail est submergé, ou lorsqu&apos;un client du relais Workspace envoie une rafale au-delà de sa limite en pointe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait and resend later; your mail server normally retries automatically.</source>
        <comment>4.2.1@Google/fix/sender</comment>
        <translation>Patientez et renvoyez le message plus tard&#xa0;; votre serveur de messagerie réessaie normalement de façon automatique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let normal retries proceed and spread mail to the same recipient over time. For SMTP relay, lower the sending rate and check Google&apos;s relay limits for your account.</source>
        <comment>4.2.1@Google/fix/sendingServer</comment>
        <translation>Laissez le serveur réessayer normalement et étalez dans le temps le courrier destiné au même destinataire. Pour le relais SMTP, réduisez le débit d&apos;envoi et vérifiez les limites de relais de Google pour votre compte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery to a Gmail user</source>
        <comment>4.2.1@Google/contexts/0/context</comment>
        <translation>Remise à un utilisateur Gmail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient&apos;s mailbox is receiving too many messages right now, and a later attempt should succeed.</source>
        <comment>4.2.1@Google/contexts/0/meaning</comment>
        <translation>La boîte aux lettres du destinataire reçoit trop de messages en ce moment, et une tentative ultérieure devrait aboutir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Workspace SMTP relay</source>
        <comment>4.2.1@Google/contexts/1/context</comment>
        <translation>Relais SMTP de Google Workspace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer exceeded its peak SMTP relay limit, which is a temporary condition.</source>
        <comment>4.2.1@Google/contexts/1/meaning</comment>
        <translation>Le client a dépassé sa limite de relais SMTP en pointe, ce qui est une situation temporaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.1 in the registry means the mailbox is disabled, while Gmail&apos;s 4.2.1 means the mailbox is receiving mail too quickly.</source>
        <comment>4.2.1@Google/confusedWith/X.2.1</comment>
        <translation>Dans le registre, X.2.1 signifie que la boîte aux lettres est désactivée, tandis que 4.2.1 de Gmail signifie que la boîte aux lettres reçoit du courrier trop rapidement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.2.1 is Gmail&apos;s permanent refusal for the same overload or for an inactive account, while 4.2.1 is temporary and worth retrying.</source>
        <comment>4.2.1@Google/confusedWith/5.2.1@Google</comment>
        <translation>5.2.1 est le refus permanent de Gmail pour la même surcharge ou pour un compte inactif, tandis que 4.2.1 est temporaire et mérite qu&apos;on réessaie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4.7.28 limits a sender whose overall volume looks like spam, while 4.2.1 protects a single recipient who is receiving too much mail.</source>
        <comment>4.2.1@Google/confusedWith/4.7.28@Google</comment>
        <translation>4.7.28 limite un expéditeur dont le volume global ressemble à du spam, tandis que 4.2.1 protège un destinataire unique qui reçoit trop de courrier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient Overloaded or Inactive</source>
        <comment>5.2.1@Google/title</comment>
        <translation>Destinataire surchargé ou inactif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail uses 550 5.2.1 for two situations. Either the recipient is receiving mail at a rate that prevents further delivery, or the account you tried to reach is inactive or disabled. The second case matches the registry meaning of X.2.1, while the first is Gmail&apos;s permanent form of 4.2.1.</source>
        <comment>5.2.1@Google/description</comment>
        <translation>Gmail utilise 550 5.2.1 dans deux situations. Soit le destinataire reçoit du courrier à un débit qui empêche toute remise supplémentaire, soit le compte que vous avez tenté de joindre est inactif ou désactivé. Le second cas correspond à la signification de X.2.1 dans le registre, tandis que le premier est la forme permanente de 4.2.1 chez Gmail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to RCPT TO or after DATA when delivering to a Gmail or Google Workspace address.</source>
        <comment>5.2.1@Google/when</comment>
        <translation>Renvoyé en réponse à RCPT TO ou après DATA lors de la remise à une adresse Gmail ou Google Workspace.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the text says the account is inactive or disabled, contact the person another way and remove the address from your lists. If it mentions the receiving rate, try again much later.</source>
        <comment>5.2.1@Google/fix/sender</comment>
        <translation>Si le texte indique que le compte est inactif ou désactivé, contactez la personne par un autre moyen et retirez l&apos;adresse de vos listes. S&apos;il mentionne le débit de réception, réessayez beaucoup plus tard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treat inactive-account bounces as hard bounces and suppress the address. For rate bounces, send less often to that recipient.</source>
        <comment>5.2.1@Google/fix/sendingServer</comment>
        <translation>Traitez les rapports de non-remise (NDR) pour compte inactif comme définitifs et excluez l&apos;adresse. Pour les rapports de non-remise (NDR) liés au débit, envoyez moins souvent à ce destinataire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving rate</source>
        <comment>5.2.1@Google/contexts/0/context</comment>
        <translation>Débit de réception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient is flooded with mail and Gmail refuses this message instead of deferring it.</source>
        <comment>5.2.1@Google/contexts/0/meaning</comment>
        <translation>Le destinataire est submergé de courrier et Gmail refuse ce message au lieu de le différer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive account</source>
        <comment>5.2.1@Google/contexts/1/context</comment>
        <translation>Compte inactif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account exists but is disabled or inactive and does not accept mail.</source>
        <comment>5.2.1@Google/contexts/1/meaning</comment>
        <translation>Le compte existe, mais il est désactivé ou inactif et n&apos;accepte pas de courrier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4.2.1 is the temporary deferral for a recipient receiving too fast, while 5.2.1 refuses the message outright or reports an inactive account.</source>
        <comment>5.2.1@Google/confusedWith/4.2.1@Google</comment>
        <translation>4.2.1 est le report temporaire pour un destinataire qui reçoit trop rapidement, tandis que 5.2.1 refuse purement et simplement le message ou signale un compte inactif.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.2 means a full mailbox, which Gmail reports as 4.2.2 or 5.2.2, while 5.2.1 means the account is inactive or overloaded.</source>
        <comment>5.2.1@Google/confusedWith/X.2.2</comment>
        <translation>X.2.2 signifie une boîte aux lettres pleine, que Gmail signale par 4.2.2 ou 5.2.2, tandis que 5.2.1 signifie que le compte est inactif ou surchargé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox Full</source>
        <comment>X.2.2/title</comment>
        <translation>Boîte aux lettres pleine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient&apos;s mailbox has reached its quota; deleting old mail would free space. RFC 3463 intends it as a transient condition, so 452 4.2.2 tells the sending server to keep retrying while the user cleans up. Many providers instead answer 552 5.2.2, the pairing the registry lists, and the message bounces at once.</source>
        <comment>X.2.2/description</comment>
        <translation>La boîte aux lettres du destinataire a atteint son quota&#xa0;; supprimer d&apos;anciens messages libérerait de l&apos;espace. La RFC 3463 le conçoit comme une condition temporaire&#xa0;: 452 4.2.2 indique donc au serveur d&apos;envoi de continuer à réessayer pendant que l&apos;utilisateur fait le ménage. De nombreux fournisseurs répondent plutôt 552 5.2.2, l&apos;association indiquée par le registre, et le message donne immédiatement lieu à un rapport de non-remise (NDR).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to RCPT TO or at the end of DATA when the message would push the recipient past the mailbox quota, or a bounce from the final delivery agent.</source>
        <comment>X.2.2/when</comment>
        <translation>La réponse à RCPT TO ou à la fin de DATA lorsque le message ferait dépasser au destinataire le quota de sa boîte aux lettres, ou un rapport de non-remise (NDR) émis par l&apos;agent de distribution final.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 4.2.2, wait: the message is retried for several days. For 5.2.2, tell the recipient by another channel that their mailbox is full and resend once they have cleared space. Sending a link instead of large attachments may also get through.</source>
        <comment>X.2.2/fix/sender</comment>
        <translation>Pour 4.2.2, patientez&#xa0;: l&apos;envoi du message est réessayé pendant plusieurs jours. Pour 5.2.2, prévenez le destinataire par un autre canal que sa boîte aux lettres est pleine, et renvoyez le message une fois qu&apos;il a libéré de l&apos;espace. Envoyer un lien plutôt que des pièces jointes volumineuses peut aussi permettre au message de passer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry 4.2.2 normally. Do not treat 5.2.2 as an invalid address: suppress the recipient only temporarily, because full mailboxes are often cleaned up, though one that stays full for weeks may be abandoned.</source>
        <comment>X.2.2/fix/sendingServer</comment>
        <translation>En cas de 4.2.2, réessayez normalement. Ne traitez pas 5.2.2 comme une adresse non valide&#xa0;: n&apos;excluez le destinataire que temporairement, car les boîtes aux lettres pleines sont souvent vidées, même si une boîte aux lettres qui reste pleine pendant des semaines est peut-être abandonnée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the user&apos;s quota usage and raise the quota or archive old mail. Prefer a temporary 452 4.2.2 so senders retry; in Dovecot, quota_full_tempfail switches over-quota replies from permanent to temporary.</source>
        <comment>X.2.2/fix/receivingServer</comment>
        <translation>Vérifiez l&apos;utilisation du quota de l&apos;utilisateur, puis augmentez le quota ou archivez d&apos;anciens messages. Privilégiez une réponse temporaire 452 4.2.2 pour que les expéditeurs réessaient&#xa0;; dans Dovecot, quota_full_tempfail fait passer les réponses de dépassement de quota de permanentes à temporaires.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.2 means one user&apos;s mailbox is over quota, while X.3.1 means the whole receiving system is out of storage.</source>
        <comment>X.2.2/confusedWith/X.3.1</comment>
        <translation>X.2.2 signifie que la boîte aux lettres d&apos;un utilisateur a dépassé son quota, tandis que X.3.1 signifie que tout le système de réception manque d&apos;espace de stockage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.2 means the mailbox has no room left, while X.2.3 means this one message is larger than the mailbox&apos;s per-message limit.</source>
        <comment>X.2.2/confusedWith/X.2.3</comment>
        <translation>X.2.2 signifie que la boîte aux lettres n&apos;a plus de place, tandis que X.2.3 signifie que ce message précis dépasse la limite par message de la boîte aux lettres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submission Quota Exceeded</source>
        <comment>5.2.2@Microsoft/title</comment>
        <translation>Quota de soumission dépassé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online uses 5.2.2 when a sender exceeds the recipient rate limit or the message rate limit in the service&apos;s sending limits. This differs from the registry meaning of X.2.2, a full mailbox. A sudden burst of sending from one account can mean it has been compromised.</source>
        <comment>5.2.2@Microsoft/description</comment>
        <translation>Exchange Online utilise 5.2.2 lorsqu&apos;un expéditeur dépasse la limite de débit de destinataires ou la limite de débit de messages fixées par les limites d&apos;envoi du service. Cela diffère de la signification de X.2.2 dans le registre, une boîte aux lettres pleine. Une rafale d&apos;envois soudaine depuis un compte peut indiquer que celui-ci a été compromis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to a Microsoft 365 user or application at submission, after it sent too many messages or addressed too many recipients within the limit period.</source>
        <comment>5.2.2@Microsoft/when</comment>
        <translation>Renvoyé à un utilisateur ou à une application Microsoft 365 lors de la soumission, après l&apos;envoi de trop de messages ou l&apos;adressage à trop de destinataires pendant la période de limitation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop bulk sending from your mailbox and wait for the limit period to pass. Use a bulk email service or a dedicated relay for newsletters and large mailings.</source>
        <comment>5.2.2@Microsoft/fix/sender</comment>
        <translation>Cessez les envois en masse depuis votre boîte aux lettres et attendez la fin de la période de limitation. Utilisez un service d&apos;envoi en masse ou un relais dédié pour les lettres d&apos;information et les envois de grande ampleur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in message trace how much the account sent, and investigate it for compromise if the volume is unexpected. Move applications that send in bulk to a service designed for high volume.</source>
        <comment>5.2.2@Microsoft/fix/sendingServer</comment>
        <translation>Vérifiez dans le suivi des messages combien de messages le compte a envoyés, et recherchez une compromission si le volume est inattendu. Transférez les applications qui envoient en masse vers un service conçu pour les gros volumes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.2 in the registry reports a recipient mailbox that is full, while Exchange Online&apos;s 5.2.2 reports that the sender went over a sending limit.</source>
        <comment>5.2.2@Microsoft/confusedWith/X.2.2</comment>
        <translation>Dans le registre, X.2.2 signale que la boîte aux lettres du destinataire est pleine, tandis que 5.2.2 d&apos;Exchange Online signale que l&apos;expéditeur a dépassé une limite d&apos;envoi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.1.8 means the account was blocked for spam and needs an administrator to release it, while 5.2.2 means a rate limit was reached.</source>
        <comment>5.2.2@Microsoft/confusedWith/5.1.8@Microsoft</comment>
        <translation>5.1.8 signifie que le compte a été bloqué pour spam et qu&apos;un administrateur doit le débloquer, tandis que 5.2.2 signifie qu&apos;une limite de débit a été atteinte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message Length Exceeds Administrative Limit</source>
        <comment>X.2.3/title</comment>
        <translation>La taille du message dépasse la limite administrative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This mailbox has its own maximum message size, stricter than the server-wide one, and the message is over it. It is meant as a permanent failure: 5.2.3 bounces because the same message will never fit, and a 4.2.3 form is rare. Exchange and Microsoft 365 use 5.2.3 when a recipient&apos;s maximum receive size is smaller than the message.</source>
        <comment>X.2.3/description</comment>
        <translation>Cette boîte aux lettres a sa propre taille maximale de message, plus stricte que celle de l&apos;ensemble du serveur, et le message la dépasse. Il s&apos;agit par nature d&apos;un échec permanent&#xa0;: 5.2.3 donne lieu à un rapport de non-remise (NDR) parce que le même message ne passera jamais, et une forme 4.2.3 est rare. Exchange et Microsoft 365 utilisent 5.2.3 lorsque la taille de réception maximale d&apos;un destinataire est inférieure à celle du message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to RCPT TO when a declared SIZE exceeds the recipient&apos;s limit, the reply at the end of DATA, or a bounce from a server inside the recipient&apos;s organization.</source>
        <comment>X.2.3/when</comment>
        <translation>La réponse à RCPT TO lorsqu&apos;une taille déclarée par SIZE dépasse la limite du destinataire, la réponse à la fin de DATA, ou un rapport de non-remise (NDR) émis par un serveur au sein de l&apos;organisation du destinataire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the message smaller: compress or remove attachments, or share large files through a link. Attachments grow by about a third when encoded for mail, so a 15 MB file can exceed a 20 MB limit.</source>
        <comment>X.2.3/fix/sender</comment>
        <translation>Réduisez la taille du message&#xa0;: compressez ou supprimez les pièces jointes, ou partagez les fichiers volumineux au moyen d&apos;un lien. Les pièces jointes grossissent d&apos;environ un tiers une fois encodées pour la messagerie&#xa0;; un fichier de 15 Mo peut donc dépasser une limite de 20 Mo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing needs fixing on the sending side. If many users hit per-recipient limits, publish guidance on attachment sizes or offer a file-sharing service.</source>
        <comment>X.2.3/fix/sendingServer</comment>
        <translation>Rien n&apos;est à corriger côté envoi. Si de nombreux utilisateurs atteignent des limites par destinataire, publiez des recommandations sur la taille des pièces jointes ou proposez un service de partage de fichiers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the per-recipient limit (Exchange MaxReceiveSize on the mailbox, or per-user limits in your filtering or delivery layer) and raise it if the user needs larger messages, keeping it consistent with the system-wide limit.</source>
        <comment>X.2.3/fix/receivingServer</comment>
        <translation>Vérifiez la limite par destinataire (MaxReceiveSize d&apos;Exchange sur la boîte aux lettres, ou limites par utilisateur dans votre couche de filtrage ou de distribution) et augmentez-la si l&apos;utilisateur a besoin de messages plus volumineux, en la gardant cohérente avec la limite de l&apos;ensemble du système.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.3 is a size limit set for one mailbox, while X.3.4 is the size limit of the whole receiving system.</source>
        <comment>X.2.3/confusedWith/X.3.4</comment>
        <translation>X.2.3 est une limite de taille définie pour une boîte aux lettres, tandis que X.3.4 est la limite de taille de tout le système de réception.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.3 means this message is too large for the mailbox, while X.2.2 means the mailbox is full regardless of the message size.</source>
        <comment>X.2.3/confusedWith/X.2.2</comment>
        <translation>X.2.3 signifie que ce message est trop volumineux pour la boîte aux lettres, tandis que X.2.2 signifie que la boîte aux lettres est pleine, quelle que soit la taille du message.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailing List Expansion Problem</source>
        <comment>X.2.4/title</comment>
        <translation>Problème d&apos;expansion de liste de diffusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient is a mailing list or distribution group whose member list could not be resolved. 4.2.4 usually means a temporary failure, such as an unreachable list directory or a resource limit hit during expansion, and the sending server retries. 5.2.4 means the list itself is broken, for example empty, looping or full of invalid members.</source>
        <comment>X.2.4/description</comment>
        <translation>Le destinataire est une liste de diffusion ou un groupe de distribution dont la liste des membres n&apos;a pas pu être résolue. 4.2.4 indique généralement un échec temporaire, comme un annuaire de liste injoignable ou une limite de ressources atteinte pendant l&apos;expansion, et le serveur d&apos;envoi réessaie. 5.2.4 signifie que la liste elle-même est défectueuse, par exemple vide, en boucle ou remplie de membres non valides.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to RCPT TO for a list address, or a bounce from the list server after it accepted the message and tried to expand it.</source>
        <comment>X.2.4/when</comment>
        <translation>La réponse à RCPT TO pour une adresse de liste, ou un rapport de non-remise (NDR) envoyé par le serveur de liste après qu&apos;il a accepté le message et tenté de l&apos;étendre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 4.2.4, wait for the retry. For 5.2.4, tell the list owner, usually reachable at the list&apos;s owner or request address, and write to the members directly if the matter is urgent.</source>
        <comment>X.2.4/fix/sender</comment>
        <translation>Pour 4.2.4, attendez que le serveur réessaie. Pour 5.2.4, prévenez le propriétaire de la liste, généralement joignable à l&apos;adresse owner ou request de la liste, et écrivez directement aux membres si c&apos;est urgent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry 4.2.4 replies. A repeated 5.2.4 is a fault in the recipient&apos;s list, so report the reply text to their postmaster rather than resending.</source>
        <comment>X.2.4/fix/sendingServer</comment>
        <translation>Laissez la file d&apos;attente réessayer en cas de réponse 4.2.4. Un 5.2.4 répété signale un défaut dans la liste du destinataire&#xa0;: transmettez le texte de la réponse à son postmaster plutôt que de renvoyer le message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the list or group definition: empty or nested groups that loop, members with invalid addresses, an unreachable directory (LDAP) behind the expansion, and limits on expanded recipients in your list manager or MTA.</source>
        <comment>X.2.4/fix/receivingServer</comment>
        <translation>Vérifiez la définition de la liste ou du groupe&#xa0;: groupes vides ou imbriqués qui forment une boucle, membres dont l&apos;adresse n&apos;est pas valide, annuaire (LDAP) injoignable derrière l&apos;expansion, et limites sur les destinataires étendus dans votre gestionnaire de listes ou votre MTA.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.4 means the list could not be expanded for a technical reason, while X.7.2 means the sender is not allowed to send to the list.</source>
        <comment>X.2.4/confusedWith/X.7.2</comment>
        <translation>X.2.4 signifie que la liste n&apos;a pas pu être étendue pour une raison technique, tandis que X.7.2 signifie que l&apos;expéditeur n&apos;est pas autorisé à envoyer à la liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other or Undefined Mail System Status</source>
        <comment>X.3.0/title</comment>
        <translation>État du système de messagerie autre ou non défini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A problem with the receiving system as a whole, rather than with one address or mailbox, caused the reply, and the server gives no detail. 4.3.0 is common for passing local problems: a content filter or virus scanner timing out, a queue write error or a failed table lookup. 5.3.0 is a generic permanent refusal by the system. The registry pairs it with basic codes from 221 to 554.</source>
        <comment>X.3.0/description</comment>
        <translation>Un problème touchant le système de réception dans son ensemble, plutôt qu&apos;une adresse ou une boîte aux lettres, a provoqué la réponse, et le serveur ne donne aucun détail. 4.3.0 est fréquent pour des problèmes locaux passagers&#xa0;: filtre de contenu ou antivirus qui dépasse son délai, erreur d&apos;écriture dans la file d&apos;attente ou échec de recherche dans une table. 5.3.0 est un refus permanent générique du système. Le registre l&apos;associe aux codes de réponse de base de 221 à 554.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At almost any point: the greeting, a reply to a command, the end of DATA, or as 2.3.0 alongside success replies such as 221 or 250.</source>
        <comment>X.3.0/when</comment>
        <translation>À presque n&apos;importe quelle étape&#xa0;: le message d&apos;accueil, la réponse à une commande, la fin de DATA, ou sous la forme 2.3.0 avec des réponses de succès comme 221 ou 250.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 4.3.0, wait, since the sending server retries. For 5.3.0, resend once later; if it fails again, forward the bounce to your administrator or the recipient, because the fault lies in the receiving system.</source>
        <comment>X.3.0/fix/sender</comment>
        <translation>Pour 4.3.0, patientez, car le serveur d&apos;envoi réessaie. Pour 5.3.0, renvoyez le message une fois plus tard&#xa0;; s&apos;il échoue de nouveau, transmettez le rapport de non-remise (NDR) à votre administrateur ou au destinataire, car le problème se situe dans le système de réception.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry temporary replies. If 5.3.0 repeats from one destination, contact its postmaster with timestamps, your sending IP address and the full reply text.</source>
        <comment>X.3.0/fix/sendingServer</comment>
        <translation>Laissez la file d&apos;attente réessayer en cas de réponse temporaire. Si 5.3.0 se répète pour une même destination, contactez son postmaster en indiquant les horodatages, votre adresse IP d&apos;envoi et le texte complet de la réponse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the MTA log at the reported time for the failing component: milter or content filter timeouts (Postfix milter_default_action), disk or queue errors, lookup table failures or crashed delivery agents. Return a specific code where you can.</source>
        <comment>X.3.0/fix/receivingServer</comment>
        <translation>Consultez le journal du MTA à l&apos;heure indiquée pour trouver le composant défaillant&#xa0;: délais dépassés d&apos;un milter ou d&apos;un filtre de contenu (milter_default_action de Postfix), erreurs de disque ou de file d&apos;attente, échecs de tables de recherche ou agents de distribution plantés. Renvoyez un code précis lorsque c&apos;est possible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.0 places the unspecified problem in the receiving mail system, while X.0.0 gives no area at all.</source>
        <comment>X.3.0/confusedWith/X.0.0</comment>
        <translation>X.3.0 situe le problème non précisé dans le système de messagerie de réception, tandis que X.0.0 n&apos;indique aucun périmètre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.0 points to the mail system itself, while X.4.0 points to the network or routing between systems.</source>
        <comment>X.3.0/confusedWith/X.4.0</comment>
        <translation>X.3.0 désigne le système de messagerie lui-même, tandis que X.4.0 désigne le réseau ou le routage entre les systèmes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail System Full</source>
        <comment>X.3.1/title</comment>
        <translation>Système de messagerie plein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The receiving system as a whole has run out of storage, such as a full queue or spool disk, so individual users cannot fix it by deleting mail. It is meant as a temporary condition: 452 4.3.1 tells the sending server to retry once space is freed. A 5.3.1 is unusual and suggests a server that reports a storage emergency as permanent.</source>
        <comment>X.3.1/description</comment>
        <translation>Le système de réception dans son ensemble manque d&apos;espace de stockage, par exemple parce que le disque de la file d&apos;attente ou du spool est plein&#xa0;; les utilisateurs ne peuvent donc pas y remédier en supprimant des messages. Il s&apos;agit par nature d&apos;une condition temporaire&#xa0;: 452 4.3.1 indique au serveur d&apos;envoi de réessayer une fois l&apos;espace libéré. Un 5.3.1 est inhabituel et suggère un serveur qui signale une urgence de stockage comme permanente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to MAIL FROM, RCPT TO or DATA when free disk space or another resource falls below the server&apos;s threshold, for example Postfix queue_minfree or Exchange back pressure.</source>
        <comment>X.3.1/when</comment>
        <translation>La réponse à MAIL FROM, RCPT TO ou DATA lorsque l&apos;espace disque libre ou une autre ressource passe sous le seuil du serveur, par exemple queue_minfree de Postfix ou la contre-pression (back pressure) d&apos;Exchange.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed: the sending server retries, and the message normally arrives once the recipient&apos;s system recovers.</source>
        <comment>X.3.1/fix/sender</comment>
        <translation>Aucune action n&apos;est nécessaire&#xa0;: le serveur d&apos;envoi réessaie, et le message arrive normalement une fois le système du destinataire rétabli.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry. If a destination keeps returning 4.3.1 for hours, notify its postmaster, because their server is probably out of disk space.</source>
        <comment>X.3.1/fix/sendingServer</comment>
        <translation>Laissez la file d&apos;attente réessayer. Si une destination renvoie 4.3.1 pendant des heures, prévenez son postmaster, car son serveur manque probablement d&apos;espace disque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free space on the queue and mailbox volumes (df -h), look for runaway logs or quarantine folders, and review thresholds such as Postfix queue_minfree or the Exchange back pressure resource limits.</source>
        <comment>X.3.1/fix/receivingServer</comment>
        <translation>Libérez de l&apos;espace sur les volumes de la file d&apos;attente et des boîtes aux lettres (df -h), recherchez des journaux qui grossissent sans contrôle ou des dossiers de quarantaine, et revoyez les seuils comme queue_minfree de Postfix ou les limites de ressources de la contre-pression (back pressure) d&apos;Exchange.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.1 means the whole receiving system is out of storage, while X.2.2 means one recipient&apos;s mailbox is over quota.</source>
        <comment>X.3.1/confusedWith/X.2.2</comment>
        <translation>X.3.1 signifie que tout le système de réception manque d&apos;espace de stockage, tandis que X.2.2 signifie que la boîte aux lettres d&apos;un destinataire a dépassé son quota.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.1 reports a storage shortage on the receiving system, while X.4.5 reports congestion that delays delivery.</source>
        <comment>X.3.1/confusedWith/X.4.5</comment>
        <translation>X.3.1 signale un manque d&apos;espace de stockage sur le système de réception, tandis que X.4.5 signale un encombrement qui retarde la remise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System Not Accepting Network Messages</source>
        <comment>X.3.2/title</comment>
        <translation>Le système n&apos;accepte pas les messages du réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The host is not accepting mail from the network, either for now or at all. 4.3.2 signals a temporary state such as maintenance, a shutdown in progress or overload, often together with a 421 reply that closes the connection. 5.3.2 means the host does not accept mail, which RFC 7504 pairs with 521 for hosts that never receive mail.</source>
        <comment>X.3.2/description</comment>
        <translation>L&apos;hôte n&apos;accepte pas de courrier provenant du réseau, soit pour le moment, soit pas du tout. 4.3.2 signale un état temporaire comme une maintenance, un arrêt en cours ou une surcharge, souvent accompagné d&apos;une réponse 421 qui ferme la connexion. 5.3.2 signifie que l&apos;hôte n&apos;accepte pas de courrier&#xa0;; la RFC 7504 l&apos;associe à 521 pour les hôtes qui ne reçoivent jamais de courrier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually in the greeting or the reply to the first command, or in replies to later commands while a server drains its queue before shutting down.</source>
        <comment>X.3.2/when</comment>
        <translation>Généralement dans le message d&apos;accueil ou la réponse à la première commande, ou dans les réponses aux commandes suivantes pendant qu&apos;un serveur vide sa file d&apos;attente avant de s&apos;arrêter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed for 4.3.2, because the message is retried. For 5.3.2, the recipient&apos;s server does not accept mail, so ask the recipient for a working address.</source>
        <comment>X.3.2/fix/sender</comment>
        <translation>Aucune action n&apos;est nécessaire pour 4.3.2, car l&apos;envoi du message est réessayé. Pour 5.3.2, le serveur du destinataire n&apos;accepte pas de courrier&#xa0;: demandez au destinataire une adresse qui fonctionne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry 4.3.2 and check that delivery falls back to other MX hosts. For 521 or 5.3.2, verify you are connecting to the right host: stale MX data or a hard-coded relay often points at a server that no longer takes mail.</source>
        <comment>X.3.2/fix/sendingServer</comment>
        <translation>Laissez la file d&apos;attente réessayer en cas de 4.3.2 et vérifiez que la remise se replie sur d&apos;autres hôtes MX. En cas de 521 ou de 5.3.2, vérifiez que vous vous connectez au bon hôte&#xa0;: des données MX périmées ou un relais codé en dur pointent souvent vers un serveur qui n&apos;accepte plus de courrier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check whether the MTA is paused or in maintenance (Exchange Get-ServerComponentState for HubTransport, postfix status) and resume it. Hosts that never accept mail should answer 521 or be removed from the MX records.</source>
        <comment>X.3.2/fix/receivingServer</comment>
        <translation>Vérifiez si le MTA est en pause ou en maintenance (Get-ServerComponentState d&apos;Exchange pour HubTransport, postfix status) et relancez-le. Les hôtes qui n&apos;acceptent jamais de courrier doivent répondre 521 ou être retirés des enregistrements MX.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.2 comes from a host that answered but refuses mail, while X.4.1 means the host did not answer at all.</source>
        <comment>X.3.2/confusedWith/X.4.1</comment>
        <translation>X.3.2 provient d&apos;un hôte qui a répondu mais refuse le courrier, tandis que X.4.1 signifie que l&apos;hôte n&apos;a pas répondu du tout.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.2 with 521 means one host does not accept mail, while X.1.10 with 556 means the whole recipient domain declares through a null MX that it accepts none.</source>
        <comment>X.3.2/confusedWith/X.1.10</comment>
        <translation>X.3.2 avec 521 signifie qu&apos;un hôte n&apos;accepte pas de courrier, tandis que X.1.10 avec 556 signifie que tout le domaine du destinataire déclare, au moyen d&apos;un MX nul, qu&apos;il n&apos;en accepte aucun.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System Not Capable of Selected Features</source>
        <comment>X.3.3/title</comment>
        <translation>Système incapable de prendre en charge les fonctionnalités demandées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message relies on a feature the destination does not support. Gateways between different mail systems raise it when they cannot translate a feature, and ordinary hops when an extension the message depends on is missing. 5.3.3 is the usual, permanent form. A 4.3.3 is rare and would mean the feature is only unavailable for the moment.</source>
        <comment>X.3.3/description</comment>
        <translation>Le message repose sur une fonctionnalité que le système de destination ne prend pas en charge. Les passerelles entre systèmes de messagerie différents le renvoient lorsqu&apos;elles ne peuvent pas traduire une fonctionnalité, et les sauts ordinaires lorsqu&apos;une extension dont dépend le message est absente. 5.3.3 est la forme habituelle, permanente. Un 4.3.3 est rare et signifierait que la fonctionnalité n&apos;est indisponible que pour le moment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typically in a bounce from a gateway or relay after DATA, when it tries to pass the message on with features the next system does not support.</source>
        <comment>X.3.3/when</comment>
        <translation>Généralement dans un rapport de non-remise (NDR) émis par une passerelle ou un relais après DATA, lorsqu&apos;il tente de transmettre le message avec des fonctionnalités que le système suivant ne prend pas en charge.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend without special options: plain content and standard attachments, without delivery receipts, priority settings or encryption formats the recipient&apos;s system may not handle. Forward the bounce to your administrator if the feature matters.</source>
        <comment>X.3.3/fix/sender</comment>
        <translation>Renvoyez le message sans options particulières&#xa0;: contenu simple et pièces jointes standard, sans accusés de réception, réglages de priorité ni formats de chiffrement que le système du destinataire pourrait ne pas gérer. Transmettez le rapport de non-remise (NDR) à votre administrateur si la fonctionnalité est importante.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check which ESMTP parameters your server passes on (NOTIFY, RET and ENVID for DSN, MT-PRIORITY, REQUIRETLS) and whether the message depends on an extension the destination did not list in its EHLO reply.</source>
        <comment>X.3.3/fix/sendingServer</comment>
        <translation>Vérifiez quels paramètres ESMTP votre serveur transmet (NOTIFY, RET et ENVID pour DSN, MT-PRIORITY, REQUIRETLS) et si le message dépend d&apos;une extension que le système de destination n&apos;a pas mentionnée dans sa réponse EHLO.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in the gateway logs which feature could not be mapped, then add support, configure a fallback such as dropping the request, or document the limitation for senders.</source>
        <comment>X.3.3/fix/receivingServer</comment>
        <translation>Recherchez dans les journaux de la passerelle quelle fonctionnalité n&apos;a pas pu être convertie, puis ajoutez sa prise en charge, configurez une solution de repli comme l&apos;abandon de la demande, ou documentez la limitation pour les expéditeurs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.3 means the destination lacks a requested feature, while X.5.4 means a command&apos;s arguments were invalid or not recognized.</source>
        <comment>X.3.3/confusedWith/X.5.4</comment>
        <translation>X.3.3 signifie que le système de destination ne dispose pas d&apos;une fonctionnalité demandée, tandis que X.5.4 signifie que les arguments d&apos;une commande étaient non valides ou non reconnus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.3 concerns a delivery feature the system lacks, while X.6.1 concerns a media type in the content that cannot be carried.</source>
        <comment>X.3.3/confusedWith/X.6.1</comment>
        <translation>X.3.3 concerne une fonctionnalité de remise dont le système ne dispose pas, tandis que X.6.1 concerne un type de média du contenu qui ne peut pas être transporté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message Too Big for System</source>
        <comment>X.3.4/title</comment>
        <translation>Message trop volumineux pour le système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message exceeds the receiving system&apos;s per-message size limit, whether set by hardware or by policy. It is permanent: 552 5.3.4 bounces because the same message will never fit; Postfix, for example, reports that the size exceeds its fixed limit. A 4.3.4 is unusual, because a temporary shortage of space is normally reported as X.3.1.</source>
        <comment>X.3.4/description</comment>
        <translation>Le message dépasse la limite de taille par message du système de réception, qu&apos;elle soit imposée par le matériel ou par une politique. L&apos;échec est permanent&#xa0;: 552 5.3.4 donne lieu à un rapport de non-remise (NDR) parce que le même message ne passera jamais&#xa0;; Postfix, par exemple, signale que la taille dépasse sa limite fixe. Un 4.3.4 est inhabituel, car un manque temporaire d&apos;espace est normalement signalé par X.3.1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply to MAIL FROM when the SIZE parameter declares more than the limit, or the reply at the end of DATA or BDAT when the received message turns out too large.</source>
        <comment>X.3.4/when</comment>
        <translation>La réponse à MAIL FROM lorsque le paramètre SIZE déclare une taille supérieure à la limite, ou la réponse à la fin de DATA ou de BDAT lorsque le message reçu s&apos;avère trop volumineux.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reduce the message size: compress or remove attachments, or send a file-sharing link. Encoding adds about a third, so keep attachments well under the limit the recipient&apos;s provider publishes.</source>
        <comment>X.3.4/fix/sender</comment>
        <translation>Réduisez la taille du message&#xa0;: compressez ou supprimez les pièces jointes, ou envoyez un lien de partage de fichiers. L&apos;encodage ajoute environ un tiers&#xa0;; gardez donc les pièces jointes bien en deçà de la limite publiée par le fournisseur du destinataire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the SIZE value the receiving server advertises in its EHLO reply with your own limit, and reject oversized messages at submission so users get an immediate, clear error.</source>
        <comment>X.3.4/fix/sendingServer</comment>
        <translation>Comparez la valeur SIZE que le serveur de réception annonce dans sa réponse EHLO avec votre propre limite, et rejetez les messages trop volumineux dès la soumission pour que les utilisateurs reçoivent immédiatement une erreur claire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the size limit (Postfix message_size_limit, Exim message_size_limit, Exchange MaxReceiveSize on connectors and transport settings) and keep it consistent across gateways, filters and mailbox servers.</source>
        <comment>X.3.4/fix/receivingServer</comment>
        <translation>Vérifiez la limite de taille (message_size_limit de Postfix, message_size_limit d&apos;Exim, MaxReceiveSize d&apos;Exchange sur les connecteurs et dans les paramètres de transport) et maintenez-la cohérente entre passerelles, filtres et serveurs de boîtes aux lettres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.4 is the size limit of the whole receiving system, while X.2.3 is a lower limit set for one mailbox.</source>
        <comment>X.3.4/confusedWith/X.2.3</comment>
        <translation>X.3.4 est la limite de taille de tout le système de réception, tandis que X.2.3 est une limite plus basse définie pour une boîte aux lettres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.4 means this one message is too large, while X.2.2 means the recipient&apos;s mailbox is full.</source>
        <comment>X.3.4/confusedWith/X.2.2</comment>
        <translation>X.3.4 signifie que ce message précis est trop volumineux, tandis que X.2.2 signifie que la boîte aux lettres du destinataire est pleine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System Incorrectly Configured</source>
        <comment>X.3.5/title</comment>
        <translation>Système mal configuré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A configuration error on the receiving system stops it from taking this message, and the fault lies with its administrator, not the sender. Examples include a missing lookup table, a broken transport or delivery agent and wrong file permissions. 4.3.5 signals a configuration fault the server expects to be fixed, so the message is retried; 5.3.5 makes it a bounce.</source>
        <comment>X.3.5/description</comment>
        <translation>Une erreur de configuration sur le système de réception l&apos;empêche d&apos;accepter ce message, et la faute incombe à son administrateur, non à l&apos;expéditeur. Parmi les exemples&#xa0;: une table de recherche manquante, un transport ou un agent de distribution défectueux, ou des autorisations de fichiers erronées. 4.3.5 signale une erreur de configuration que le serveur s&apos;attend à voir corrigée&#xa0;; l&apos;envoi du message est donc réessayé. 5.3.5 en fait un rapport de non-remise (NDR).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At any command or at the end of DATA when the server hits a configuration error; Postfix, for example, answers 451 4.3.5 when a lookup table it needs is missing.</source>
        <comment>X.3.5/when</comment>
        <translation>À n&apos;importe quelle commande ou à la fin de DATA, lorsque le serveur rencontre une erreur de configuration&#xa0;; Postfix, par exemple, répond 451 4.3.5 lorsqu&apos;une table de recherche dont il a besoin est manquante.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing on your side can fix this. Wait for the retries after 4.3.5, and if a 5.3.5 bounce arrives, send it to the recipient by another channel so they can alert their administrator.</source>
        <comment>X.3.5/fix/sender</comment>
        <translation>Rien de votre côté ne peut corriger ce problème. Après un 4.3.5, attendez que le serveur réessaie&#xa0;; si un rapport de non-remise (NDR) 5.3.5 arrive, envoyez-le au destinataire par un autre canal pour qu&apos;il puisse alerter son administrateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the queue retry. If the error persists for one destination, report it to their postmaster with timestamps and the full reply.</source>
        <comment>X.3.5/fix/sendingServer</comment>
        <translation>Laissez la file d&apos;attente réessayer. Si l&apos;erreur persiste pour une même destination, signalez-la à son postmaster avec les horodatages et la réponse complète.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for the warning logged just before the reply (Postfix: run postfix check and search the log for fatal or warning lines). Typical causes are map files not rebuilt with postmap, wrong permissions and typos in main.cf or master.cf.</source>
        <comment>X.3.5/fix/receivingServer</comment>
        <translation>Recherchez l&apos;avertissement journalisé juste avant la réponse (Postfix&#xa0;: exécutez postfix check et recherchez les lignes fatal ou warning dans le journal). Les causes typiques sont des fichiers de tables non reconstruits avec postmap, des autorisations incorrectes et des fautes de frappe dans main.cf ou master.cf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.5 specifically blames the receiving system&apos;s configuration, while X.3.0 gives no reason.</source>
        <comment>X.3.5/confusedWith/X.3.0</comment>
        <translation>X.3.5 met précisément en cause la configuration du système de réception, tandis que X.3.0 ne donne aucune raison.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.5 reports an accidental configuration fault, while X.7.1 reports a deliberate policy refusal.</source>
        <comment>X.3.5/confusedWith/X.7.1</comment>
        <translation>X.3.5 signale une erreur de configuration accidentelle, tandis que X.7.1 signale un refus délibéré lié à une politique.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested Priority Was Changed</source>
        <comment>X.3.6/title</comment>
        <translation>La priorité demandée a été modifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A success code from the MT-PRIORITY extension: the server accepted the message but will not honor the priority that was requested, or implied by default, for example because local policy limits what this sender may use. The text after the code states the priority actually assigned. Only 2.3.6 is defined; priority-related failures use other codes.</source>
        <comment>X.3.6/description</comment>
        <translation>Un code de succès de l&apos;extension MT-PRIORITY&#xa0;: le serveur a accepté le message mais ne respectera pas la priorité demandée, ou implicite par défaut, par exemple parce que la politique locale limite ce que cet expéditeur peut utiliser. Le texte qui suit le code indique la priorité effectivement attribuée. Seul 2.3.6 est défini&#xa0;; les échecs liés à la priorité utilisent d&apos;autres codes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a 250 or 251 success reply during a transaction that used MT-PRIORITY, when the server assigns a different priority than the one requested.</source>
        <comment>X.3.6/when</comment>
        <translation>Dans une réponse de succès 250 ou 251, au cours d&apos;une transaction qui utilise MT-PRIORITY, lorsque le serveur attribue une priorité différente de celle demandée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed: the message was accepted and will be relayed or delivered at the priority shown in the reply text.</source>
        <comment>X.3.6/fix/general</comment>
        <translation>Aucune action n&apos;est nécessaire&#xa0;: le message a été accepté et sera relayé ou remis avec la priorité indiquée dans le texte de la réponse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the priority matters, ask the receiving administrator which priority levels your server or account may request, and adjust the MT-PRIORITY value your software sends.</source>
        <comment>X.3.6/fix/sendingServer</comment>
        <translation>Si la priorité est importante, demandez à l&apos;administrateur du serveur de réception quels niveaux de priorité votre serveur ou votre compte peut demander, et ajustez la valeur MT-PRIORITY envoyée par votre logiciel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.6 reports an accepted message whose priority was changed, while X.3.0 is a generic mail system status with no specific meaning, even when it accompanies a success reply.</source>
        <comment>X.3.6/confusedWith/X.3.0</comment>
        <translation>X.3.6 signale un message accepté dont la priorité a été modifiée, tandis que X.3.0 est un état générique du système de messagerie sans signification précise, même lorsqu&apos;il accompagne une réponse de succès.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other network or routing problem</source>
        <comment>X.4.0/title</comment>
        <translation>Autre problème de réseau ou de routage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A network or routing fault occurred that none of the more specific X.4 codes describes, so the server&apos;s text and logs carry the real detail. With class 4 (4.4.0) the message stays queued and the sending server keeps retrying. With class 5 (5.4.0) the reporting system judged the fault permanent and returned the message.</source>
        <comment>X.4.0/description</comment>
        <translation>Une erreur de réseau ou de routage s&apos;est produite, qu&apos;aucun des codes X.4 plus précis ne décrit&#xa0;; le texte du serveur et ses journaux donnent donc le véritable détail. En classe 4 (4.4.0), le message reste dans la file d&apos;attente et le serveur d&apos;envoi continue de réessayer. En classe 5 (5.4.0), le système qui signale l&apos;erreur l&apos;a jugée permanente et a renvoyé le message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen in queue logs, delay warnings and bounces when a connection, DNS lookup or next-hop selection failed in a way the reporting server did not classify further.</source>
        <comment>X.4.0/when</comment>
        <translation>Visible dans les journaux de file d&apos;attente, les avertissements de retard et tout rapport de non-remise (NDR) lorsqu&apos;une connexion, une requête DNS ou la sélection du saut suivant a échoué d&apos;une manière que le serveur à l&apos;origine du signalement n&apos;a pas classée plus précisément.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait while a 4.4.0 deferral is retried, since the message is still queued. For a 5.4.0 bounce, check the recipient domain for typos, then forward the complete bounce to your mail administrator.</source>
        <comment>X.4.0/fix/sender</comment>
        <translation>Patientez pendant que l&apos;envoi différé 4.4.0 est réessayé, car le message est toujours dans la file d&apos;attente. Pour un rapport de non-remise (NDR) 5.4.0, vérifiez que le domaine du destinataire ne contient pas de faute de frappe, puis transmettez le rapport complet à votre administrateur de messagerie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the text after the code and the delivery log for the underlying error. Test the recipient domain with dig MX and dig A, check that outbound port 25 is open, and review relayhost or transport map settings in Postfix or router settings in Exim.</source>
        <comment>X.4.0/fix/sendingServer</comment>
        <translation>Lisez le texte qui suit le code et le journal de remise pour trouver l&apos;erreur sous-jacente. Testez le domaine du destinataire avec dig MX et dig A, vérifiez que le port 25 sortant est ouvert, et revoyez les paramètres relayhost ou les tables de transport dans Postfix, ou les paramètres des routeurs dans Exim.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your server sent it, use a more specific X.4 code where possible. Make sure your MX records point to hosts that resolve and accept connections on port 25.</source>
        <comment>X.4.0/fix/receivingServer</comment>
        <translation>Si c&apos;est votre serveur qui l&apos;a envoyé, utilisez un code X.4 plus précis lorsque c&apos;est possible. Assurez-vous que vos enregistrements MX pointent vers des hôtes qui se résolvent et acceptent les connexions sur le port 25.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.0 is the catch-all for network faults, while X.4.4 specifically says no route or next hop could be found for the domain.</source>
        <comment>X.4.0/confusedWith/X.4.4</comment>
        <translation>X.4.0 est le code fourre-tout pour les erreurs réseau, tandis que X.4.4 indique précisément qu&apos;aucune route ni aucun saut suivant n&apos;a pu être trouvé pour le domaine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.0.0 leaves even the subject of the problem unknown, while X.4.0 at least places it in networking or routing.</source>
        <comment>X.4.0/confusedWith/X.0.0</comment>
        <translation>X.0.0 laisse inconnu jusqu&apos;au sujet du problème, tandis que X.4.0 le situe au moins dans le réseau ou le routage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer from host</source>
        <comment>X.4.1/title</comment>
        <translation>Aucune réponse de l&apos;hôte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sending server could not get a connection to the next-hop host because the attempt timed out, was refused, or the host was too busy to answer. The registry pairs it with 451 and RFC 3463 treats it as transient, so 4.4.1 is normal and the message stays queued for retry. A 5.4.1 is a provider&apos;s own permanent use, such as Microsoft 365 refusing a recipient missing from its directory.</source>
        <comment>X.4.1/description</comment>
        <translation>Le serveur d&apos;envoi n&apos;a pas pu établir de connexion avec l&apos;hôte du saut suivant, parce que la tentative a expiré ou a été refusée, ou que l&apos;hôte était trop occupé pour répondre. Le registre l&apos;associe à 451 et la RFC 3463 le considère comme temporaire&#xa0;: 4.4.1 est donc la forme normale, et le message reste dans la file d&apos;attente pour être réessayé. Un 5.4.1 est un usage permanent propre à un fournisseur, comme Microsoft 365 qui refuse un destinataire absent de son annuaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appears in the sending server&apos;s log or delay notice after a TCP connection to the recipient&apos;s MX host timed out or was refused, for example Postfix logging connect to the host: Connection timed out.</source>
        <comment>X.4.1/when</comment>
        <translation>Apparaît dans le journal ou l&apos;avis de retard du serveur d&apos;envoi après l&apos;expiration ou le refus d&apos;une connexion TCP vers l&apos;hôte MX du destinataire, par exemple lorsque Postfix journalise connect to the host: Connection timed out.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed for 4.4.1 while the server keeps retrying; delivery often succeeds within hours. If it persists for a day, check the recipient domain spelling and ask the recipient whether their mail server is down.</source>
        <comment>X.4.1/fix/sender</comment>
        <translation>Aucune action n&apos;est nécessaire pour 4.4.1 tant que le serveur continue de réessayer&#xa0;; la remise aboutit souvent en quelques heures. Si le problème persiste pendant une journée, vérifiez l&apos;orthographe du domaine du destinataire et demandez au destinataire si son serveur de messagerie est en panne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that outbound port 25 is not blocked by your firewall or hosting provider, as many cloud and residential networks do. Confirm the MX result with dig MX, test port 25 with nc or telnet, and look for IPv6 routes that fail while IPv4 works.</source>
        <comment>X.4.1/fix/sendingServer</comment>
        <translation>Vérifiez que le port 25 sortant n&apos;est pas bloqué par votre pare-feu ou votre hébergeur, comme c&apos;est le cas sur de nombreux réseaux cloud et résidentiels. Confirmez le résultat MX avec dig MX, testez le port 25 avec nc ou telnet, et recherchez des routes IPv6 qui échouent alors qu&apos;IPv4 fonctionne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure every MX host is running, listening on port 25 and reachable from the Internet, and that connection limits or firewalls are not dropping senders. For 550 5.4.1 Access denied in Microsoft 365, add the recipient or correct Directory-Based Edge Blocking.</source>
        <comment>X.4.1/fix/receivingServer</comment>
        <translation>Assurez-vous que chaque hôte MX est en fonctionnement, écoute sur le port 25 et est joignable depuis Internet, et que les limites de connexion ou les pare-feu n&apos;éliminent pas les expéditeurs. Pour 550 5.4.1 Access denied dans Microsoft 365, ajoutez le destinataire ou corrigez le blocage en périphérie basé sur l&apos;annuaire (Directory-Based Edge Blocking).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.1 means no connection could be made at all, while X.4.2 means a connection was made but broke before the transaction finished.</source>
        <comment>X.4.1/confusedWith/X.4.2</comment>
        <translation>X.4.1 signifie qu&apos;aucune connexion n&apos;a pu être établie, tandis que X.4.2 signifie qu&apos;une connexion a été établie mais s&apos;est interrompue avant la fin de la transaction.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.1 reports failed connection attempts that will be retried, while X.4.7 reports that retries went on so long the message expired.</source>
        <comment>X.4.1/confusedWith/X.4.7</comment>
        <translation>X.4.1 signale des tentatives de connexion échouées qui seront réessayées, tandis que X.4.7 signale que le serveur a réessayé si longtemps que le message a expiré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relay Access Denied</source>
        <comment>5.4.1@Microsoft/title</comment>
        <translation>Accès au relais refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.4.1 with two different texts. &quot;Relay Access Denied&quot; means the server that answered does not accept mail for the recipient&apos;s domain, usually because of an MX record or domain configuration error. &quot;Recipient address rejected: Access denied&quot; means Directory-Based Edge Blocking found no such recipient in the organization.</source>
        <comment>5.4.1@Microsoft/description</comment>
        <translation>Exchange Online renvoie 5.4.1 avec deux textes différents. &quot;Relay Access Denied&quot; signifie que le serveur qui a répondu n&apos;accepte pas de courrier pour le domaine du destinataire, généralement à cause d&apos;une erreur dans l&apos;enregistrement MX ou dans la configuration du domaine. &quot;Recipient address rejected: Access denied&quot; signifie que le blocage en périphérie basé sur l&apos;annuaire (DBEB) n&apos;a trouvé aucun destinataire de ce nom dans l&apos;organisation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned as 550 5.4.1 to RCPT TO when mail reaches Exchange Online Protection for a domain or address it does not accept.</source>
        <comment>5.4.1@Microsoft/when</comment>
        <translation>Renvoyé sous la forme 550 5.4.1 en réponse à RCPT TO lorsque du courrier arrive à Exchange Online Protection pour un domaine ou une adresse qu&apos;il n&apos;accepte pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the recipient address and resend. If the recipient recently changed email providers, wait up to 72 hours for DNS changes to spread and try again.</source>
        <comment>5.4.1@Microsoft/fix/sender</comment>
        <translation>Vérifiez l&apos;adresse du destinataire et renvoyez le message. Si le destinataire a récemment changé de fournisseur de messagerie, attendez jusqu&apos;à 72 heures que les modifications DNS se propagent, puis réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify that you deliver to the MX host the recipient domain currently publishes and not to a stale cached route or smart host.</source>
        <comment>5.4.1@Microsoft/fix/sendingServer</comment>
        <translation>Vérifiez que vous remettez le courrier à l&apos;hôte MX que publie actuellement le domaine du destinataire, et non à une route obsolète en cache ou à un hôte actif (smart host).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure the domain has a single MX record pointing to its host under mail.protection.outlook.com, and that it is verified and listed as an accepted domain. In hybrid setups, rerun the Hybrid Configuration Wizard and confirm that recipients are synchronized for Directory-Based Edge Blocking.</source>
        <comment>5.4.1@Microsoft/fix/receivingServer</comment>
        <translation>Assurez-vous que le domaine possède un seul enregistrement MX pointant vers son hôte sous mail.protection.outlook.com, et qu&apos;il est vérifié et répertorié comme domaine accepté. Dans les configurations hybrides, relancez l&apos;Assistant Configuration hybride et confirmez que les destinataires sont synchronisés pour le blocage en périphérie basé sur l&apos;annuaire (DBEB).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relay Access Denied</source>
        <comment>5.4.1@Microsoft/contexts/0/context</comment>
        <translation>Accès au relais refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answering server does not accept mail for the recipient&apos;s domain, usually because of wrong MX records, an unverified domain or hybrid connector problems.</source>
        <comment>5.4.1@Microsoft/contexts/0/meaning</comment>
        <translation>Le serveur qui répond n&apos;accepte pas de courrier pour le domaine du destinataire, généralement à cause d&apos;enregistrements MX erronés, d&apos;un domaine non vérifié ou de problèmes de connecteur hybride.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient address rejected</source>
        <comment>5.4.1@Microsoft/contexts/1/context</comment>
        <translation>Adresse du destinataire refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory-Based Edge Blocking rejected the message because the recipient address does not exist in the organization.</source>
        <comment>5.4.1@Microsoft/contexts/1/meaning</comment>
        <translation>Le blocage en périphérie basé sur l&apos;annuaire (DBEB) a rejeté le message, car l&apos;adresse du destinataire n&apos;existe pas dans l&apos;organisation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.1 in the registry means the destination host did not answer, while Exchange Online&apos;s 5.4.1 means the host answered and refused mail for that domain or address.</source>
        <comment>5.4.1@Microsoft/confusedWith/X.4.1</comment>
        <translation>Dans le registre, X.4.1 signifie que l&apos;hôte de destination n&apos;a pas répondu, tandis que 5.4.1 d&apos;Exchange Online signifie que l&apos;hôte a répondu et a refusé le courrier pour ce domaine ou cette adresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.64 means an inbound connector from your own servers no longer matches, while 5.4.1 means the recipient domain or address is not accepted at all.</source>
        <comment>5.4.1@Microsoft/confusedWith/5.7.64@Microsoft</comment>
        <translation>5.7.64 signifie qu&apos;un connecteur entrant provenant de vos propres serveurs ne correspond plus, tandis que 5.4.1 signifie que le domaine ou l&apos;adresse du destinataire n&apos;est pas accepté du tout.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad connection</source>
        <comment>X.4.2/title</comment>
        <translation>Mauvaise connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A connection to the next host was established, but the transaction could not be completed because the link timed out or dropped mid-session. The registry pairs it with 421 and RFC 3463 intends it as transient, so 4.4.2 means the message will be retried. A 5.4.2 is unusual and means the reporting system gave up on the message for good.</source>
        <comment>X.4.2/description</comment>
        <translation>Une connexion avec l&apos;hôte suivant a été établie, mais la transaction n&apos;a pas pu aboutir parce que la liaison a expiré ou s&apos;est coupée en cours de session. Le registre l&apos;associe à 421 et la RFC 3463 le conçoit comme temporaire&#xa0;: 4.4.2 signifie donc que l&apos;envoi du message sera réessayé. Un 5.4.2 est inhabituel et signifie que le système à l&apos;origine du signalement a définitivement renoncé au message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged by the sending server when the remote host closed or stalled the session after connecting, for example Postfix reporting lost connection or conversation timed out while sending the message data.</source>
        <comment>X.4.2/when</comment>
        <translation>Journalisé par le serveur d&apos;envoi lorsque l&apos;hôte distant a fermé ou bloqué la session après la connexion, par exemple lorsque Postfix signale lost connection ou conversation timed out pendant l&apos;envoi du contenu du message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is needed while it is a 4.4.2 deferral. If large messages keep failing, send a smaller message or share the attachment through a link.</source>
        <comment>X.4.2/fix/sender</comment>
        <translation>Rien n&apos;est nécessaire tant qu&apos;il s&apos;agit d&apos;un envoi différé 4.4.2. Si les messages volumineux continuent d&apos;échouer, envoyez un message plus petit ou partagez la pièce jointe au moyen d&apos;un lien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note the phase in the log where the session broke, such as after STARTTLS or during DATA. Check for TLS handshake failures, MTU or path problems, firewalls that inspect SMTP, and remote tarpit delays longer than your timeouts, such as Postfix smtp_data_done_timeout.</source>
        <comment>X.4.2/fix/sendingServer</comment>
        <translation>Notez dans le journal la phase où la session s&apos;est interrompue, par exemple après STARTTLS ou pendant DATA. Recherchez des échecs de négociation TLS, des problèmes de MTU ou de chemin réseau, des pare-feu qui inspectent SMTP et des délais de ralentissement (tarpit) distants plus longs que vos délais d&apos;expiration, comme smtp_data_done_timeout de Postfix.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for sessions dropped by overload, process limits, slow content filters or short timeouts after the final dot. Content checks must answer well within the 10 minutes RFC 5321 lets a client wait after sending the message.</source>
        <comment>X.4.2/fix/receivingServer</comment>
        <translation>Recherchez des sessions interrompues à cause d&apos;une surcharge, de limites de processus, de filtres de contenu lents ou de délais d&apos;expiration courts après le point final. Les vérifications de contenu doivent répondre bien avant la fin des 10 minutes pendant lesquelles la RFC 5321 permet à un client d&apos;attendre après l&apos;envoi du message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.2 means the connection was made but failed during the transaction, while X.4.1 means the host never answered the connection attempt.</source>
        <comment>X.4.2/confusedWith/X.4.1</comment>
        <translation>X.4.2 signifie que la connexion a été établie mais a échoué pendant la transaction, tandis que X.4.1 signifie que l&apos;hôte n&apos;a jamais répondu à la tentative de connexion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>421 is a reply the server sends before closing the session, while X.4.2 is often recorded by the sending side when the connection broke without any proper reply.</source>
        <comment>X.4.2/confusedWith/421</comment>
        <translation>421 est une réponse que le serveur envoie avant de fermer la session, tandis que X.4.2 est souvent enregistré par le côté envoi lorsque la connexion s&apos;est interrompue sans réponse en bonne et due forme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directory server failure</source>
        <comment>X.4.3/title</comment>
        <translation>Défaillance du serveur d&apos;annuaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lookup the mail system depends on, usually DNS and sometimes LDAP or Active Directory, could not be completed, so the message could not be routed or checked. 4.4.3 is the usual form and signals a temporary failure, such as a resolver timing out, and the message stays queued. 5.4.3 means the reporting system treated the failed lookup as final, which is rare.</source>
        <comment>X.4.3/description</comment>
        <translation>Une recherche dont dépend le système de messagerie, généralement DNS et parfois LDAP ou Active Directory, n&apos;a pas pu aboutir&#xa0;; le message n&apos;a donc pas pu être routé ou vérifié. 4.4.3 est la forme habituelle et signale un échec temporaire, comme un résolveur qui dépasse son délai, et le message reste dans la file d&apos;attente. 5.4.3 signifie que le système à l&apos;origine du signalement a considéré l&apos;échec de la recherche comme définitif, ce qui est rare.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen when a resolver times out or returns SERVFAIL while looking up MX or address records, or when a receiving server cannot complete a directory or DNS check on the sender or recipient.</source>
        <comment>X.4.3/when</comment>
        <translation>Visible lorsqu&apos;un résolveur dépasse son délai ou renvoie SERVFAIL lors de la recherche d&apos;enregistrements MX ou d&apos;adresse, ou lorsqu&apos;un serveur de réception ne parvient pas à effectuer une vérification d&apos;annuaire ou DNS sur l&apos;expéditeur ou le destinataire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for the retries; most 4.4.3 deferrals clear once DNS recovers. If it continues for hours, ask the recipient whether their domain&apos;s DNS is working.</source>
        <comment>X.4.3/fix/sender</comment>
        <translation>Attendez que le serveur réessaie&#xa0;; la plupart des envois différés 4.4.3 se débloquent une fois le DNS rétabli. Si cela continue pendant des heures, demandez au destinataire si le DNS de son domaine fonctionne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test your resolver with dig MX for the recipient domain and look for SERVFAIL, timeouts or DNSSEC validation failures. Make sure the MTA uses a working resolver, including the copy of resolv.conf inside a Postfix chroot.</source>
        <comment>X.4.3/fix/sendingServer</comment>
        <translation>Testez votre résolveur avec dig MX pour le domaine du destinataire et recherchez des SERVFAIL, des délais dépassés ou des échecs de validation DNSSEC. Assurez-vous que le MTA utilise un résolveur fonctionnel, y compris la copie de resolv.conf dans un chroot Postfix.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your server returned it, check the DNS or LDAP backend used for recipient, sender or SPF checks. Fix lame delegations, unreachable name servers or expired DNSSEC signatures on your own zone so that senders&apos; lookups succeed.</source>
        <comment>X.4.3/fix/receivingServer</comment>
        <translation>Si c&apos;est votre serveur qui l&apos;a renvoyé, vérifiez le backend DNS ou LDAP utilisé pour les vérifications du destinataire, de l&apos;expéditeur ou SPF. Corrigez les délégations défaillantes (lame delegations), les serveurs de noms injoignables ou les signatures DNSSEC expirées de votre propre zone pour que les recherches des expéditeurs aboutissent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routing lookup</source>
        <comment>X.4.3/contexts/0/context</comment>
        <translation>Recherche de routage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sending server could not query DNS or a directory to find the next hop, and it will retry later.</source>
        <comment>X.4.3/contexts/0/meaning</comment>
        <translation>Le serveur d&apos;envoi n&apos;a pas pu interroger le DNS ou un annuaire pour trouver le saut suivant&#xa0;; il réessaiera plus tard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPF check at the receiver</source>
        <comment>X.4.3/contexts/1/context</comment>
        <translation>Vérification SPF par le serveur de réception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFC 7208 recommends 451 4.4.3 when SPF evaluation hits a temporary DNS error; RFC 7372 later added X.7.24 for SPF errors.</source>
        <comment>X.4.3/contexts/1/meaning</comment>
        <translation>La RFC 7208 recommande 451 4.4.3 lorsque l&apos;évaluation SPF rencontre une erreur DNS temporaire&#xa0;; la RFC 7372 a ensuite ajouté X.7.24 pour les erreurs SPF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.3 means the lookup itself failed and may succeed later, while X.4.4 means the lookup worked but returned no usable route.</source>
        <comment>X.4.3/confusedWith/X.4.4</comment>
        <translation>X.4.3 signifie que la recherche elle-même a échoué et pourrait aboutir plus tard, tandis que X.4.4 signifie que la recherche a fonctionné mais n&apos;a renvoyé aucune route utilisable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.24 names an SPF evaluation error specifically, while X.4.3 is the general directory failure code that some servers still use for temporary SPF errors.</source>
        <comment>X.4.3/confusedWith/X.7.24</comment>
        <translation>X.7.24 désigne précisément une erreur d&apos;évaluation SPF, tandis que X.4.3 est le code général de défaillance d&apos;annuaire que certains serveurs utilisent encore pour les erreurs SPF temporaires.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unable to route</source>
        <comment>X.4.4/title</comment>
        <translation>Routage impossible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mail system could not work out the next hop because the lookup returned no usable routing data, such as a domain that does not exist, has no MX or address records, or returns only an SOA record. As 5.4.4 it is a final bounce, typical for a misspelled or expired domain. As 4.4.4 the sender keeps retrying, which helps when the domain&apos;s DNS is only temporarily incomplete.</source>
        <comment>X.4.4/description</comment>
        <translation>Le système de messagerie n&apos;a pas pu déterminer le saut suivant, car la recherche n&apos;a renvoyé aucune donnée de routage utilisable, par exemple pour un domaine qui n&apos;existe pas, qui n&apos;a aucun enregistrement MX ou d&apos;adresse, ou qui ne renvoie qu&apos;un enregistrement SOA. Sous la forme 5.4.4, c&apos;est un rapport de non-remise (NDR) définitif, typique d&apos;un domaine mal orthographié ou expiré. Sous la forme 4.4.4, l&apos;expéditeur continue de réessayer, ce qui est utile lorsque le DNS du domaine n&apos;est incomplet que temporairement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by the sending server after DNS says the recipient domain does not exist or has neither MX nor A or AAAA records, for example Postfix logging Host or domain name not found.</source>
        <comment>X.4.4/when</comment>
        <translation>Signalé par le serveur d&apos;envoi lorsque le DNS indique que le domaine du destinataire n&apos;existe pas ou n&apos;a ni enregistrement MX ni enregistrement A ou AAAA, par exemple lorsque Postfix journalise Host or domain name not found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the recipient address for a typo in the domain, such as gmial.com instead of gmail.com. If the domain is right, tell the recipient by another channel that their domain&apos;s mail records seem to be missing.</source>
        <comment>X.4.4/fix/sender</comment>
        <translation>Vérifiez que le domaine de l&apos;adresse du destinataire ne contient pas de faute de frappe, comme gmial.com au lieu de gmail.com. Si le domaine est correct, signalez au destinataire par un autre canal que les enregistrements de messagerie de son domaine semblent manquer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm with dig MX and dig A that the domain really has no route, and rule out split-horizon DNS or a stale resolver cache. Review transport maps or smarthost settings that may name a host that does not resolve.</source>
        <comment>X.4.4/fix/sendingServer</comment>
        <translation>Confirmez avec dig MX et dig A que le domaine n&apos;a réellement aucune route, et écartez l&apos;hypothèse d&apos;un DNS à horizon partagé (split-horizon) ou d&apos;un cache de résolveur périmé. Revoyez les tables de transport ou les paramètres de smarthost qui pourraient désigner un hôte qui ne se résout pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish MX records that point to host names with valid A or AAAA records, never to IP addresses or CNAMEs. Check that the domain registration has not expired and that its name server delegation is correct.</source>
        <comment>X.4.4/fix/receivingServer</comment>
        <translation>Publiez des enregistrements MX qui pointent vers des noms d&apos;hôtes dotés d&apos;enregistrements A ou AAAA valides, jamais vers des adresses IP ou des CNAME. Vérifiez que l&apos;enregistrement du domaine n&apos;a pas expiré et que la délégation de ses serveurs de noms est correcte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.4 means the lookup succeeded but gave no usable route, while X.4.3 means the lookup itself failed and may work later.</source>
        <comment>X.4.4/confusedWith/X.4.3</comment>
        <translation>X.4.4 signifie que la recherche a abouti mais n&apos;a donné aucune route utilisable, tandis que X.4.3 signifie que la recherche elle-même a échoué et pourrait fonctionner plus tard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.2 says the destination system in the address is invalid, while X.4.4 says no route to it could be found; servers use either one for a nonexistent domain.</source>
        <comment>X.4.4/confusedWith/X.1.2</comment>
        <translation>X.1.2 indique que le système de destination figurant dans l&apos;adresse n&apos;est pas valide, tandis que X.4.4 indique qu&apos;aucune route vers lui n&apos;a pu être trouvée&#xa0;; les serveurs utilisent l&apos;un ou l&apos;autre pour un domaine inexistant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.10 means the domain deliberately publishes a null MX to refuse all mail, while X.4.4 means routing data is missing or unusable.</source>
        <comment>X.4.4/confusedWith/X.1.10</comment>
        <translation>X.1.10 signifie que le domaine publie délibérément un MX nul pour refuser tout courrier, tandis que X.4.4 signifie que les données de routage sont absentes ou inutilisables.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail system congestion</source>
        <comment>X.4.5/title</comment>
        <translation>Encombrement du système de messagerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message could not be delivered because the mail system, or the next hop, is overloaded, with too many connections, a full queue or exhausted resources. RFC 3463 treats it as transient and the registry pairs it with 451, so 4.4.5 is the normal form and the message is retried later. A 5.4.5 is a provider&apos;s own use for a hard limit, such as Gmail&apos;s daily sending quota.</source>
        <comment>X.4.5/description</comment>
        <translation>Le message n&apos;a pas pu être remis parce que le système de messagerie, ou le saut suivant, est surchargé&#xa0;: trop de connexions, file d&apos;attente pleine ou ressources épuisées. La RFC 3463 le considère comme temporaire et le registre l&apos;associe à 451&#xa0;; 4.4.5 est donc la forme normale, et l&apos;envoi du message est réessayé plus tard. Un 5.4.5 est un usage propre à un fournisseur pour une limite stricte, comme le quota d&apos;envoi quotidien de Gmail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen as a deferral when a receiving or relaying server is overloaded or throttling connections, and from Gmail as 550 5.4.5 when an account exceeds its daily sending quota.</source>
        <comment>X.4.5/when</comment>
        <translation>Visible sous forme d&apos;envoi différé lorsqu&apos;un serveur de réception ou de relais est surchargé ou limite les connexions, et chez Gmail sous la forme 550 5.4.5 lorsqu&apos;un compte dépasse son quota d&apos;envoi quotidien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 4.4.5, wait; the message is queued and will be retried. For 5.4.5 from Gmail or a similar provider, you reached a daily sending limit: wait 24 hours, send to fewer recipients, or move bulk mail to a dedicated sending service.</source>
        <comment>X.4.5/fix/sender</comment>
        <translation>Pour 4.4.5, patientez&#xa0;; le message est dans la file d&apos;attente et l&apos;envoi sera réessayé. Pour un 5.4.5 de Gmail ou d&apos;un fournisseur similaire, vous avez atteint une limite d&apos;envoi quotidienne&#xa0;: attendez 24 heures, envoyez à moins de destinataires, ou confiez les envois en masse à un service d&apos;envoi dédié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower concurrency and sending rate toward the destination, for example with Postfix default_destination_concurrency_limit or per-destination rate delays. Check your own queue size, disk space and process limits, and spread bulk traffic over time.</source>
        <comment>X.4.5/fix/sendingServer</comment>
        <translation>Réduisez la concurrence et le débit d&apos;envoi vers la destination, par exemple avec default_destination_concurrency_limit de Postfix ou des délais entre envois par destination. Vérifiez la taille de votre propre file d&apos;attente, l&apos;espace disque et les limites de processus, et étalez le trafic de masse dans le temps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check load, queue depth, disk I/O and content-filter capacity, and raise connection or process limits if the hardware allows. Return 4.4.5 only while the overload lasts, so senders back off and retry.</source>
        <comment>X.4.5/fix/receivingServer</comment>
        <translation>Vérifiez la charge, la profondeur de la file d&apos;attente, les E/S disque et la capacité du filtre de contenu, et augmentez les limites de connexions ou de processus si le matériel le permet. Ne renvoyez 4.4.5 que pendant la durée de la surcharge, pour que les expéditeurs ralentissent et réessaient.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.2 says the host is not accepting messages at all, for example during maintenance, while X.4.5 says it accepts mail but is too congested right now.</source>
        <comment>X.4.5/confusedWith/X.3.2</comment>
        <translation>X.3.2 indique que l&apos;hôte n&apos;accepte aucun message, par exemple pendant une maintenance, tandis que X.4.5 indique qu&apos;il accepte le courrier mais qu&apos;il est trop encombré pour le moment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>421 closes the session, often because of the same overload, while X.4.5 usually arrives with 451 and describes congestion without ending the session.</source>
        <comment>X.4.5/confusedWith/421</comment>
        <translation>421 ferme la session, souvent à cause de la même surcharge, tandis que X.4.5 arrive généralement avec 451 et décrit un encombrement sans mettre fin à la session.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily Sending Limit Exceeded</source>
        <comment>5.4.5@Google/title</comment>
        <translation>Limite d&apos;envoi quotidienne dépassée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google returns 550 5.4.5 when a user exceeded the daily sending limit, or when a Google Workspace SMTP relay account exceeded its daily relay limit. The message is not sent, and sending becomes possible again after the limit period. The registry meaning of X.4.5, mail system congestion, does not describe this case.</source>
        <comment>5.4.5@Google/description</comment>
        <translation>Google renvoie 550 5.4.5 lorsqu&apos;un utilisateur a dépassé la limite d&apos;envoi quotidienne, ou lorsqu&apos;un compte du relais SMTP de Google Workspace a dépassé sa limite de relais quotidienne. Le message n&apos;est pas envoyé, et l&apos;envoi redevient possible après la période de limitation. La signification de X.4.5 dans le registre, l&apos;encombrement du système de messagerie, ne décrit pas ce cas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned when a Gmail or Workspace user, or a device using the Workspace SMTP relay, submits mail beyond the daily quota.</source>
        <comment>5.4.5@Google/when</comment>
        <translation>Renvoyé lorsqu&apos;un utilisateur Gmail ou Workspace, ou un appareil utilisant le relais SMTP de Workspace, soumet du courrier au-delà du quota quotidien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop sending for now and try again later, which can take up to 24 hours. For large mailings, use a bulk email service instead of your mailbox.</source>
        <comment>5.4.5@Google/fix/sender</comment>
        <translation>Cessez d&apos;envoyer pour le moment et réessayez plus tard, ce qui peut prendre jusqu&apos;à 24 heures. Pour les envois de grande ampleur, utilisez un service d&apos;envoi en masse plutôt que votre boîte aux lettres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread relay traffic over more users or more time, review Google&apos;s sending and relay limits, and check for compromised accounts or scripts that send unexpected volume.</source>
        <comment>5.4.5@Google/fix/sendingServer</comment>
        <translation>Répartissez le trafic de relais sur davantage d&apos;utilisateurs ou sur une plus longue durée, consultez les limites d&apos;envoi et de relais de Google, et recherchez des comptes compromis ou des scripts qui envoient un volume inattendu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.5 in the registry means mail system congestion, while Google&apos;s 5.4.5 means the sender exceeded a daily sending or relay limit.</source>
        <comment>5.4.5@Google/confusedWith/X.4.5</comment>
        <translation>Dans le registre, X.4.5 signifie un encombrement du système de messagerie, tandis que 5.4.5 de Google signifie que l&apos;expéditeur a dépassé une limite quotidienne d&apos;envoi ou de relais.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.2.2 is Exchange Online&apos;s code for a sender over its rate limits, while 5.4.5 is Google&apos;s code for a sender over its daily limit.</source>
        <comment>5.4.5@Google/confusedWith/5.2.2@Microsoft</comment>
        <translation>5.2.2 est le code d&apos;Exchange Online pour un expéditeur qui a dépassé ses limites de débit, tandis que 5.4.5 est le code de Google pour un expéditeur qui a dépassé sa limite quotidienne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routing loop detected</source>
        <comment>X.4.6/title</comment>
        <translation>Boucle de routage détectée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message was passed around too many times, because of a routing misconfiguration or mailboxes forwarding to each other, and a server stopped it by counting hops or Received header fields. RFC 3463 lists it as transient, but 5.4.6 is the common form in practice because a loop rarely fixes itself. A 4.4.6 means the system will try again later.</source>
        <comment>X.4.6/description</comment>
        <translation>Le message a circulé trop de fois, à cause d&apos;une erreur de configuration du routage ou de boîtes aux lettres qui se transfèrent mutuellement le courrier, et un serveur l&apos;a arrêté en comptant les sauts ou les champs d&apos;en-tête Received. La RFC 3463 le classe comme temporaire, mais 5.4.6 est la forme courante en pratique, car une boucle se résout rarement d&apos;elle-même. Un 4.4.6 signifie que le système réessaiera plus tard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued when a message exceeds a hop limit, such as Postfix hopcount_limit of 50 Received headers, or when a server finds that the next hop is itself, as in Postfix&apos;s mail for the domain loops back to myself.</source>
        <comment>X.4.6/when</comment>
        <translation>Émis lorsqu&apos;un message dépasse une limite de sauts, comme hopcount_limit de Postfix, fixé à 50 en-têtes Received, ou lorsqu&apos;un serveur constate que le saut suivant est lui-même, comme dans le message mail for the domain loops back to myself de Postfix.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your own forwarding rules and ask the recipient about theirs: two mailboxes forwarding to each other cause this. Remove or correct the forward, then send again.</source>
        <comment>X.4.6/fix/sender</comment>
        <translation>Vérifiez vos propres règles de transfert et interrogez le destinataire sur les siennes&#xa0;: deux boîtes aux lettres qui se transfèrent mutuellement le courrier provoquent cette erreur. Supprimez ou corrigez le transfert, puis renvoyez le message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the Received header fields in the bounce to see which hosts repeat. Common causes are a domain missing from Postfix mydestination or virtual domains, an MX pointing back at the sender, or a smarthost that returns the mail.</source>
        <comment>X.4.6/fix/sendingServer</comment>
        <translation>Comparez les champs d&apos;en-tête Received du rapport de non-remise (NDR) pour voir quels hôtes se répètent. Les causes courantes sont un domaine absent de mydestination ou des domaines virtuels de Postfix, un MX qui pointe vers l&apos;expéditeur, ou un smarthost qui renvoie le courrier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure your server treats the domains it is MX for as final destinations or relays them to a distinct next hop. Check aliases, Sieve or forwarding rules and mailing list setups that send copies back to the same address.</source>
        <comment>X.4.6/fix/receivingServer</comment>
        <translation>Assurez-vous que votre serveur traite les domaines dont il est le MX comme des destinations finales, ou qu&apos;il les relaie vers un saut suivant distinct. Vérifiez les alias, les règles Sieve ou de transfert et les configurations de listes de diffusion qui renvoient des copies à la même adresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.4 means no route could be found at all, while X.4.6 means a route exists but leads the message in circles.</source>
        <comment>X.4.6/confusedWith/X.4.4</comment>
        <translation>X.4.4 signifie qu&apos;aucune route n&apos;a pu être trouvée, tandis que X.4.6 signifie qu&apos;une route existe mais fait tourner le message en rond.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.7 says the message grew too old in a queue, while X.4.6 says it was forwarded too many times, even if quickly.</source>
        <comment>X.4.6/confusedWith/X.4.7</comment>
        <translation>X.4.7 indique que le message est resté trop longtemps dans une file d&apos;attente, tandis que X.4.6 indique qu&apos;il a été transféré trop de fois, même rapidement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery time expired</source>
        <comment>X.4.7/title</comment>
        <translation>Délai de remise expiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message stayed undelivered longer than a queue&apos;s lifetime, or than a time limit the sender set, so the system stopped trying. 4.4.7 normally appears in delay warnings while retries continue, and 5.4.7 in the final bounce, although Exchange reports its final expiry as 550 4.4.7 QUEUE.Expired. RFC 3463 prefers reporting the underlying problem, so look for the last error in the bounce.</source>
        <comment>X.4.7/description</comment>
        <translation>Le message est resté non remis plus longtemps que la durée de vie d&apos;une file d&apos;attente, ou qu&apos;un délai fixé par l&apos;expéditeur, si bien que le système a cessé de réessayer. 4.4.7 apparaît normalement dans les avertissements de retard tant que le serveur continue de réessayer, et 5.4.7 dans le rapport de non-remise (NDR) final, bien qu&apos;Exchange signale son expiration finale sous la forme 550 4.4.7 QUEUE.Expired. La RFC 3463 préfère que l&apos;on signale le problème sous-jacent&#xa0;: recherchez donc la dernière erreur dans le rapport de non-remise.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated by the sending side after repeated deferrals, typically when Postfix maximal_queue_lifetime (5 days by default), Exchange MessageExpirationTimeout or Exim retry rules run out.</source>
        <comment>X.4.7/when</comment>
        <translation>Généré par le côté envoi après des reports répétés, généralement lorsque maximal_queue_lifetime de Postfix (5 jours par défaut), MessageExpirationTimeout d&apos;Exchange ou les règles retry d&apos;Exim arrivent à échéance.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the earlier error quoted in the bounce, such as a connection timeout or a repeated 4xx refusal, since that is the real cause. Check the recipient address and ask the recipient whether their server has had problems, then send again.</source>
        <comment>X.4.7/fix/sender</comment>
        <translation>Lisez l&apos;erreur antérieure citée dans le rapport de non-remise (NDR), comme un délai de connexion dépassé ou un refus 4xx répété, car c&apos;est la véritable cause. Vérifiez l&apos;adresse du destinataire et demandez au destinataire si son serveur a connu des problèmes, puis renvoyez le message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up the message&apos;s log history for the repeated deferral reason, such as greylisting retried from changing IP addresses, DNS failures or blocked port 25. Fix that cause; raise the queue lifetime only if longer retries are really useful.</source>
        <comment>X.4.7/fix/sendingServer</comment>
        <translation>Consultez l&apos;historique du message dans les journaux pour trouver la raison des reports répétés, comme une mise en liste grise (greylisting) avec des envois réessayés depuis des adresses IP changeantes, des échecs DNS ou un port 25 bloqué. Corrigez cette cause&#xa0;; n&apos;augmentez la durée de vie de la file d&apos;attente que s&apos;il est vraiment utile de réessayer plus longtemps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check whether you deferred this sender for days through greylisting, rate limits, a block list answered with 4xx, or an overloaded filter. Either accept the mail or reject it with a clear 5xx so the sender learns the reason quickly.</source>
        <comment>X.4.7/fix/receivingServer</comment>
        <translation>Vérifiez si vous avez différé cet expéditeur pendant des jours par une mise en liste grise (greylisting), des limites de débit, une liste de blocage appliquée avec 4xx ou un filtre surchargé. Acceptez le courrier ou rejetez-le avec un 5xx explicite pour que l&apos;expéditeur apprenne rapidement la raison.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay notification</source>
        <comment>X.4.7/contexts/0/context</comment>
        <translation>Notification de retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A 4.4.7 in a warning message says the message is still queued and the server keeps retrying.</source>
        <comment>X.4.7/contexts/0/meaning</comment>
        <translation>Un 4.4.7 dans un message d&apos;avertissement indique que le message est toujours dans la file d&apos;attente et que le serveur continue de réessayer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final bounce</source>
        <comment>X.4.7/contexts/1/context</comment>
        <translation>Rapport de non-remise (NDR) définitif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A 5.4.7, or Exchange&apos;s 550 4.4.7, says the queue lifetime ran out and the message was returned undelivered.</source>
        <comment>X.4.7/contexts/1/meaning</comment>
        <translation>Un 5.4.7, ou le 550 4.4.7 d&apos;Exchange, indique que la durée de vie en file d&apos;attente a expiré et que le message a été renvoyé sans avoir été remis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.1 describes a failed connection attempt that will be retried, while X.4.7 reports that all retries over the queue lifetime failed.</source>
        <comment>X.4.7/confusedWith/X.4.1</comment>
        <translation>X.4.1 décrit une tentative de connexion échouée qui sera réessayée, tandis que X.4.7 signale que le serveur a réessayé pendant toute la durée de vie en file d&apos;attente, sans succès.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.6 stops a message that was forwarded in circles, while X.4.7 stops a message that waited too long in a queue.</source>
        <comment>X.4.7/confusedWith/X.4.6</comment>
        <translation>X.4.6 arrête un message qui a été transféré en boucle, tandis que X.4.7 arrête un message qui a attendu trop longtemps dans une file d&apos;attente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message Expired in Queue</source>
        <comment>4.4.7@Microsoft/title</comment>
        <translation>Message expiré dans la file d&apos;attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Exchange Online, 4.4.7 means a queued message expired before the service could relay or deliver it. Microsoft notes it can also follow a header limit on the remote server, such as too many recipients, or another protocol time-out with that server. The problem usually lies on the receiving side.</source>
        <comment>4.4.7@Microsoft/description</comment>
        <translation>Dans Exchange Online, 4.4.7 signifie qu&apos;un message en file d&apos;attente a expiré avant que le service puisse le relayer ou le remettre. Microsoft indique que ce code peut aussi faire suite à une limite d&apos;en-têtes sur le serveur distant, comme un trop grand nombre de destinataires, ou à un autre dépassement de délai de protocole avec ce serveur. Le problème se situe généralement du côté du destinataire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appears in a delay notice or bounce after Exchange Online kept retrying delivery to an external server until the message expiration time.</source>
        <comment>4.4.7@Microsoft/when</comment>
        <translation>Apparaît dans un avis de retard ou un rapport de non-remise (NDR) après qu&apos;Exchange Online a réessayé la remise vers un serveur externe jusqu&apos;à l&apos;heure d&apos;expiration du message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the recipient address and resend later. If the message had many recipients at the same domain, split it into smaller batches.</source>
        <comment>4.4.7@Microsoft/fix/sender</comment>
        <translation>Vérifiez l&apos;adresse du destinataire et renvoyez le message plus tard. Si le message comptait de nombreux destinataires dans le même domaine, répartissez-les en lots plus petits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use message trace to see the deferral reason before expiry, and test the destination with the Microsoft Remote Connectivity Analyzer. Reduce the number of recipients per message if the remote host limits headers.</source>
        <comment>4.4.7@Microsoft/fix/sendingServer</comment>
        <translation>Utilisez le suivi des messages pour connaître le motif du report avant l&apos;expiration, et testez la destination avec Microsoft Remote Connectivity Analyzer. Réduisez le nombre de destinataires par message si l&apos;hôte distant limite les en-têtes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm your server is reachable on port 25 from Microsoft 365, that firewalls or filters are not timing out sessions, and that header or recipient limits are not set too low.</source>
        <comment>4.4.7@Microsoft/fix/receivingServer</comment>
        <translation>Confirmez que votre serveur est joignable sur le port 25 depuis Microsoft 365, que des pare-feu ou des filtres ne font pas expirer les sessions, et que les limites d&apos;en-têtes ou de destinataires ne sont pas trop basses.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.7 is the registry entry for any expired delivery time, while 4.4.7 in Exchange Online bounces also covers Microsoft&apos;s specific causes such as header limits on the remote server.</source>
        <comment>4.4.7@Microsoft/confusedWith/X.4.7</comment>
        <translation>X.4.7 est l&apos;entrée du registre pour tout délai de remise expiré, tandis que 4.4.7 dans les rapports de non-remise (NDR) d&apos;Exchange Online couvre aussi des causes propres à Microsoft, comme les limites d&apos;en-têtes sur le serveur distant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4.4.316 means Exchange Online could not connect to the external server at all, while 4.4.7 means delivery attempts continued until the message expired.</source>
        <comment>4.4.7@Microsoft/confusedWith/4.4.316@Microsoft</comment>
        <translation>4.4.316 signifie qu&apos;Exchange Online n&apos;a pas du tout pu se connecter au serveur externe, tandis que 4.4.7 signifie que les tentatives de remise se sont poursuivies jusqu&apos;à l&apos;expiration du message.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hop Count Exceeded in Exchange Online</source>
        <comment>5.4.14@Microsoft/title</comment>
        <translation>Nombre de sauts dépassé dans Exchange Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.4.14 with &quot;Hop count exceeded - possible mail loop&quot; when a message is passed around until the hop limit is reached. On-premises Exchange reports the same condition as 5.4.6, so hybrid organizations may see either code. Causes are usually accepted domain or hybrid connector misconfiguration, or forwarding that sends mail back and forth.</source>
        <comment>5.4.14@Microsoft/description</comment>
        <translation>Exchange Online renvoie 5.4.14 avec &quot;Hop count exceeded - possible mail loop&quot; lorsqu&apos;un message est transmis en boucle jusqu&apos;à atteindre la limite de sauts. Exchange local signale la même situation par 5.4.6, si bien que les organisations hybrides peuvent voir l&apos;un ou l&apos;autre code. Les causes sont généralement une mauvaise configuration du domaine accepté ou du connecteur hybride, ou un transfert qui renvoie le courrier dans un sens puis dans l&apos;autre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after a message bounced between Exchange Online and another system, often an on-premises server in a hybrid deployment, until the hop limit stopped it.</source>
        <comment>5.4.14@Microsoft/when</comment>
        <translation>Renvoyé après qu&apos;un message a rebondi entre Exchange Online et un autre système, souvent un serveur local dans un déploiement hybride, jusqu&apos;à ce que la limite de sauts l&apos;arrête.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact your email administrator, as this cannot be fixed from the mail client. Mention any automatic forwarding that you or the recipient set up.</source>
        <comment>5.4.14@Microsoft/fix/sender</comment>
        <translation>Contactez votre administrateur de messagerie, car ce problème ne peut pas être corrigé depuis le client de messagerie. Mentionnez tout transfert automatique que vous ou le destinataire avez configuré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the recipient domain is an authoritative accepted domain where appropriate, and that the hybrid outbound connector uses smart host routing to the on-premises server. Rerun the Hybrid Configuration Wizard and look for inbox or mail flow rules that forward mail in a circle.</source>
        <comment>5.4.14@Microsoft/fix/receivingServer</comment>
        <translation>Vérifiez que le domaine du destinataire est un domaine accepté faisant autorité lorsque c&apos;est approprié, et que le connecteur sortant hybride utilise un routage par hôte actif (smart host) vers le serveur local. Relancez l&apos;Assistant Configuration hybride et cherchez des règles de boîte de réception ou de flux de courrier qui transfèrent le courrier en boucle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.6 is the registry code for a routing loop, which on-premises Exchange sends as 5.4.6, while 5.4.14 is Exchange Online&apos;s own code for the same kind of loop.</source>
        <comment>5.4.14@Microsoft/confusedWith/X.4.6</comment>
        <translation>X.4.6 est le code du registre pour une boucle de routage, qu&apos;Exchange local envoie sous la forme 5.4.6, tandis que 5.4.14 est le code propre à Exchange Online pour le même type de boucle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.4.1 means the domain or address is refused outright, while 5.4.14 means it was accepted but routed in a loop.</source>
        <comment>5.4.14@Microsoft/confusedWith/5.4.1@Microsoft</comment>
        <translation>5.4.1 signifie que le domaine ou l&apos;adresse est purement et simplement refusé, tandis que 5.4.14 signifie qu&apos;il a été accepté mais routé en boucle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection Refused by External Server</source>
        <comment>4.4.316@Microsoft/title</comment>
        <translation>Connexion refusée par le serveur externe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online uses 4.4.316 when its attempts to connect to an email server outside Microsoft 365 fail because of a network problem at the external server&apos;s location, typically shown as a refused connection with socket error 10061. The error usually includes the IP address involved, which identifies who must fix it.</source>
        <comment>4.4.316@Microsoft/description</comment>
        <translation>Exchange Online utilise 4.4.316 lorsque ses tentatives de connexion à un serveur de messagerie extérieur à Microsoft 365 échouent à cause d&apos;un problème réseau du côté du serveur externe, ce qui se traduit généralement par une connexion refusée avec l&apos;erreur de socket 10061. L&apos;erreur indique généralement l&apos;adresse IP concernée, ce qui permet de savoir qui doit corriger le problème.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appears in message trace or delay notices while Exchange Online retries outbound delivery to an external host.</source>
        <comment>4.4.316@Microsoft/when</comment>
        <translation>Apparaît dans le suivi des messages ou dans les avis de retard pendant qu&apos;Exchange Online réessaie la remise sortante vers un hôte externe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No change to the message is needed, because Exchange Online keeps retrying. If the delay lasts, tell the recipient that their mail server is not accepting connections.</source>
        <comment>4.4.316@Microsoft/fix/sender</comment>
        <translation>Aucune modification du message n&apos;est nécessaire, car Exchange Online continue de réessayer. Si le retard se prolonge, informez le destinataire que son serveur de messagerie n&apos;accepte pas les connexions.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the IP address in the error with the destination&apos;s MX records, and make sure no outbound connector still routes mail to an old smart host. Watch the retries in message trace.</source>
        <comment>4.4.316@Microsoft/fix/sendingServer</comment>
        <translation>Comparez l&apos;adresse IP indiquée dans l&apos;erreur avec les enregistrements MX de la destination, et assurez-vous qu&apos;aucun connecteur sortant n&apos;achemine encore le courrier vers un ancien hôte actif (smart host). Observez dans le suivi des messages comment la remise est réessayée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure the mail service is listening on port 25, that firewalls allow Microsoft 365 outbound IP ranges, and that your MX records point to the correct, running host.</source>
        <comment>4.4.316@Microsoft/fix/receivingServer</comment>
        <translation>Assurez-vous que le service de messagerie écoute sur le port 25, que les pare-feu autorisent les plages d&apos;adresses IP sortantes de Microsoft 365, et que vos enregistrements MX pointent vers l&apos;hôte correct et en fonctionnement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.1 is the registry code for a host that did not answer, while 4.4.316 is Exchange Online&apos;s own code for a connection the external server refused.</source>
        <comment>4.4.316@Microsoft/confusedWith/X.4.1</comment>
        <translation>X.4.1 est le code du registre pour un hôte qui n&apos;a pas répondu, tandis que 4.4.316 est le code propre à Exchange Online pour une connexion refusée par le serveur externe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>421 comes from a server that accepted the connection and then closed it, while 4.4.316 means the TCP connection was never established.</source>
        <comment>4.4.316@Microsoft/confusedWith/421</comment>
        <translation>421 provient d&apos;un serveur qui a accepté la connexion puis l&apos;a fermée, tandis que 4.4.316 signifie que la connexion TCP n&apos;a jamais été établie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other protocol status</source>
        <comment>X.5.0/title</comment>
        <translation>Autre état de protocole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something in the SMTP exchange is being reported that no more specific X.5 code describes. The registry pairs it with many replies, from 220 and 250 through 451, 454 and 501 to 554, so the class carries most of the meaning. 2.5.0 is a plain acknowledgment, 4.5.0 a temporary protocol problem worth retrying, and 5.5.0 a protocol failure that needs a change on the client side.</source>
        <comment>X.5.0/description</comment>
        <translation>Un élément de l&apos;échange SMTP est signalé, qu&apos;aucun code X.5 plus précis ne décrit. Le registre l&apos;associe à de nombreuses réponses, de 220 et 250 jusqu&apos;à 554 en passant par 451, 454 et 501&#xa0;; c&apos;est donc la classe qui porte l&apos;essentiel du sens. 2.5.0 est un simple accusé de réception, 4.5.0 un problème de protocole temporaire qui justifie de réessayer, et 5.5.0 une erreur de protocole qui exige une modification côté client.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to almost any command when the server has no finer code, either to acknowledge it or to refuse an exchange that breaks the protocol in a way it does not classify further.</source>
        <comment>X.5.0/when</comment>
        <translation>Renvoyé à presque n&apos;importe quelle commande lorsque le serveur n&apos;a pas de code plus fin, soit pour en accuser réception, soit pour refuser un échange qui enfreint le protocole d&apos;une manière qu&apos;il ne classe pas plus précisément.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed for 2.5.0, which only acknowledges a command.</source>
        <comment>X.5.0/fix/general</comment>
        <translation>Aucune action n&apos;est nécessaire pour 2.5.0, qui accuse simplement réception d&apos;une commande.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 4.5.0, let the mail client retry. For 5.5.0, update or reconfigure the client, since it is speaking SMTP in a way the server does not accept.</source>
        <comment>X.5.0/fix/sender</comment>
        <translation>Pour 4.5.0, laissez le client de messagerie réessayer. Pour 5.5.0, mettez à jour ou reconfigurez le client, car il utilise SMTP d&apos;une manière que le serveur n&apos;accepte pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture the session, for example with Postfix debug_peer_list, Exim debug output or a packet capture, and compare the commands with what the EHLO reply advertised. Look for pipelining errors, extensions used without being offered, or middleboxes rewriting the session.</source>
        <comment>X.5.0/fix/sendingServer</comment>
        <translation>Capturez la session, par exemple avec debug_peer_list de Postfix, la sortie de débogage d&apos;Exim ou une capture de paquets, et comparez les commandes avec ce que la réponse EHLO a annoncé. Recherchez des erreurs de pipelining, des extensions utilisées sans avoir été proposées, ou des équipements intermédiaires qui réécrivent la session.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefer specific codes such as X.5.1, X.5.2 or X.5.4 so clients can tell what went wrong, and log the rejected command line.</source>
        <comment>X.5.0/fix/receivingServer</comment>
        <translation>Privilégiez des codes précis comme X.5.1, X.5.2 ou X.5.4 pour que les clients sachent ce qui s&apos;est mal passé, et journalisez la ligne de commande rejetée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.0.0 leaves even the subject of the status unknown, while X.5.0 at least places it in the SMTP protocol exchange.</source>
        <comment>X.5.0/confusedWith/X.0.0</comment>
        <translation>X.0.0 laisse inconnu jusqu&apos;au sujet de l&apos;état, tandis que X.5.0 le situe au moins dans l&apos;échange du protocole SMTP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.5.1 says a specific command was unsupported or out of sequence, while X.5.0 reports a protocol issue without saying which kind.</source>
        <comment>X.5.0/confusedWith/X.5.1</comment>
        <translation>X.5.1 indique qu&apos;une commande précise n&apos;est pas prise en charge ou est arrivée hors séquence, tandis que X.5.0 signale un problème de protocole sans en préciser la nature.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid command</source>
        <comment>X.5.1/title</comment>
        <translation>Commande non valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client sent a command the server does not support, or sent it at the wrong point in the session, such as DATA before RCPT TO or MAIL FROM before logging in. Its meaning varies with the basic code it accompanies. RFC 3463 calls it permanent, so 5.5.1 is the norm and resending the same sequence fails again; a 4.5.1 is rare and signals a temporary state.</source>
        <comment>X.5.1/description</comment>
        <translation>Le client a envoyé une commande que le serveur ne prend pas en charge, ou l&apos;a envoyée au mauvais moment de la session, comme DATA avant RCPT TO ou MAIL FROM avant de s&apos;être authentifié. Sa signification varie selon le code de réponse de base qu&apos;il accompagne. La RFC 3463 le qualifie de permanent&#xa0;: 5.5.1 est donc la norme, et renvoyer la même séquence échoue de nouveau&#xa0;; un 4.5.1 est rare et signale un état temporaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to the offending command, for example 503 5.5.1 after RCPT TO without MAIL FROM, or 530 5.5.1 when a client tries MAIL FROM on a submission server without logging in.</source>
        <comment>X.5.1/when</comment>
        <translation>Renvoyé à la commande fautive, par exemple 503 5.5.1 après RCPT TO sans MAIL FROM, ou 530 5.5.1 lorsqu&apos;un client tente MAIL FROM sur un serveur de soumission sans s&apos;être authentifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the text says authentication is required, turn on SMTP authentication in your mail client with your full address and password or an app password, using port 587 with STARTTLS or 465 with TLS. Otherwise update the client or script that sends the mail.</source>
        <comment>X.5.1/fix/sender</comment>
        <translation>Si le texte indique qu&apos;une authentification est requise, activez l&apos;authentification SMTP dans votre client de messagerie avec votre adresse complète et votre mot de passe ou un mot de passe d&apos;application, en utilisant le port 587 avec STARTTLS ou le port 465 avec TLS. Sinon, mettez à jour le client ou le script qui envoie le courrier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check command order and extensions: pipeline only if the server advertised PIPELINING, send EHLO again after STARTTLS, and authenticate before MAIL FROM where required. For a smarthost, configure credentials, for example Postfix smtp_sasl_auth_enable and smtp_sasl_password_maps.</source>
        <comment>X.5.1/fix/sendingServer</comment>
        <translation>Vérifiez l&apos;ordre des commandes et les extensions&#xa0;: n&apos;utilisez le pipelining que si le serveur a annoncé PIPELINING, renvoyez EHLO après STARTTLS, et authentifiez-vous avant MAIL FROM lorsque c&apos;est requis. Pour un smarthost, configurez les identifiants, par exemple avec smtp_sasl_auth_enable et smtp_sasl_password_maps de Postfix.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure the commands and extensions you advertise match what you accept, and that submission ports offer AUTH once STARTTLS is active. Log the rejected command so users can be told exactly what to change.</source>
        <comment>X.5.1/fix/receivingServer</comment>
        <translation>Assurez-vous que les commandes et extensions que vous annoncez correspondent à ce que vous acceptez, et que les ports de soumission proposent AUTH une fois STARTTLS actif. Journalisez la commande rejetée pour pouvoir indiquer précisément aux utilisateurs ce qu&apos;ils doivent changer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With 500 or 502</source>
        <comment>X.5.1/contexts/0/context</comment>
        <translation>Avec 500 ou 502</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command is unknown to this server or not implemented.</source>
        <comment>X.5.1/contexts/0/meaning</comment>
        <translation>La commande est inconnue de ce serveur ou n&apos;est pas implémentée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With 503</source>
        <comment>X.5.1/contexts/1/context</comment>
        <translation>Avec 503</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command is valid but came out of order, such as RCPT TO before MAIL FROM.</source>
        <comment>X.5.1/contexts/1/meaning</comment>
        <translation>La commande est valide mais est arrivée dans le désordre, comme RCPT TO avant MAIL FROM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With 530</source>
        <comment>X.5.1/contexts/2/context</comment>
        <translation>Avec 530</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server requires AUTH, usually after STARTTLS, before it accepts mail commands, as in Gmail&apos;s 530 5.5.1 Authentication Required.</source>
        <comment>X.5.1/contexts/2/meaning</comment>
        <translation>Le serveur exige AUTH, généralement après STARTTLS, avant d&apos;accepter les commandes d&apos;envoi de courrier, comme dans le 530 5.5.1 Authentication Required de Gmail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.5.2 means the command could not be parsed, while X.5.1 means it was understood but is unsupported or out of sequence.</source>
        <comment>X.5.1/confusedWith/X.5.2</comment>
        <translation>X.5.2 signifie que la commande n&apos;a pas pu être analysée, tandis que X.5.1 signifie qu&apos;elle a été comprise mais n&apos;est pas prise en charge ou est arrivée hors séquence.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>530 is the basic reply for authentication required, and pairing it with X.5.1 presents the missing login as an invalid command sequence rather than as a security policy under X.7.0.</source>
        <comment>X.5.1/confusedWith/530</comment>
        <translation>530 est le code de réponse de base signifiant qu&apos;une authentification est requise&#xa0;; l&apos;associer à X.5.1 présente l&apos;absence d&apos;authentification comme une séquence de commandes non valide plutôt que comme une politique de sécurité relevant de X.7.0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syntax error</source>
        <comment>X.5.2/title</comment>
        <translation>Erreur de syntaxe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server could not interpret a command because its syntax was wrong or the command name was not recognized, for example a malformed MAIL FROM address or undecodable Base64 during AUTH. RFC 3463 calls it permanent, so 5.5.2 means the client must change what it sends. A 4.5.2 is unusual and points to a temporary parsing or state problem.</source>
        <comment>X.5.2/description</comment>
        <translation>Le serveur n&apos;a pas pu interpréter une commande parce que sa syntaxe était incorrecte ou que le nom de la commande n&apos;a pas été reconnu, par exemple une adresse MAIL FROM mal formée ou du Base64 indécodable pendant AUTH. La RFC 3463 le qualifie de permanent&#xa0;: 5.5.2 signifie donc que le client doit modifier ce qu&apos;il envoie. Un 4.5.2 est inhabituel et indique un problème temporaire d&apos;analyse ou d&apos;état.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to a command the server cannot parse, such as MAIL FROM with spaces or without brackets around the address, an unknown verb from a scanner or web client, or an invalid AUTH response.</source>
        <comment>X.5.2/when</comment>
        <translation>Renvoyé à une commande que le serveur ne parvient pas à analyser, comme MAIL FROM avec des espaces ou sans chevrons autour de l&apos;adresse, un verbe inconnu envoyé par un scanner ou un client web, ou une réponse AUTH non valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the sender and recipient addresses contain no spaces, stray quotes or display names. If a script, printer or device sends the mail, update it or switch it to a standard mail library.</source>
        <comment>X.5.2/fix/sender</comment>
        <translation>Vérifiez que les adresses de l&apos;expéditeur et du destinataire ne contiennent ni espaces, ni guillemets parasites, ni noms d&apos;affichage. Si le courrier est envoyé par un script, une imprimante ou un appareil, mettez-le à jour ou faites-lui utiliser une bibliothèque de messagerie standard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture the session and check each command against RFC 5321: the address follows MAIL FROM: in angle brackets with no space, lines end with CRLF, and AUTH data is valid Base64. Newer servers also reject bare LF line endings.</source>
        <comment>X.5.2/fix/sendingServer</comment>
        <translation>Capturez la session et vérifiez chaque commande par rapport à la RFC 5321&#xa0;: l&apos;adresse suit MAIL FROM: entre chevrons, sans espace, les lignes se terminent par CRLF, et les données AUTH sont en Base64 valide. Les serveurs récents rejettent aussi les fins de ligne constituées d&apos;un LF seul.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If legitimate clients hit this, check whether strict parsing options, such as Postfix strict_rfc821_envelopes or bare newline rejection, are stricter than your senders can handle. For SPF permerror, tell the sending domain to fix its SPF record.</source>
        <comment>X.5.2/fix/receivingServer</comment>
        <translation>Si des clients légitimes rencontrent cette erreur, vérifiez si les options d&apos;analyse stricte, comme strict_rfc821_envelopes de Postfix ou le rejet des sauts de ligne nus (bare newline), sont plus strictes que ce que vos expéditeurs peuvent gérer. En cas de permerror SPF, demandez au domaine d&apos;envoi de corriger son enregistrement SPF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During AUTH</source>
        <comment>X.5.2/contexts/0/context</comment>
        <translation>Pendant AUTH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With 501, RFC 4954 uses 5.5.2 for a client response that is not valid Base64.</source>
        <comment>X.5.2/contexts/0/meaning</comment>
        <translation>Avec 501, la RFC 4954 utilise 5.5.2 pour une réponse du client qui n&apos;est pas en Base64 valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPF check at the receiver</source>
        <comment>X.5.2/contexts/1/context</comment>
        <translation>Vérification SPF par le serveur de réception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFC 7208 recommends 550 5.5.2 when the sender domain&apos;s SPF record is malformed (permerror); RFC 7372 later added X.7.24 for SPF errors.</source>
        <comment>X.5.2/contexts/1/meaning</comment>
        <translation>La RFC 7208 recommande 550 5.5.2 lorsque l&apos;enregistrement SPF du domaine de l&apos;expéditeur est mal formé (permerror)&#xa0;; la RFC 7372 a ensuite ajouté X.7.24 pour les erreurs SPF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.5.4 means the command parsed but an argument is invalid or unsupported, while X.5.2 means the command itself could not be parsed.</source>
        <comment>X.5.2/confusedWith/X.5.4</comment>
        <translation>X.5.4 signifie que la commande a été analysée mais qu&apos;un argument n&apos;est pas valide ou pas pris en charge, tandis que X.5.2 signifie que la commande elle-même n&apos;a pas pu être analysée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.3 points at a malformed destination address, while X.5.2 points at a malformed command line.</source>
        <comment>X.5.2/confusedWith/X.1.3</comment>
        <translation>X.1.3 désigne une adresse de destination mal formée, tandis que X.5.2 désigne une ligne de commande mal formée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.5.1 means the command was understood but is unsupported or out of order, while X.5.2 means it could not be understood.</source>
        <comment>X.5.2/confusedWith/X.5.1</comment>
        <translation>X.5.1 signifie que la commande a été comprise mais n&apos;est pas prise en charge ou est arrivée dans le désordre, tandis que X.5.2 signifie qu&apos;elle n&apos;a pas pu être comprise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many recipients</source>
        <comment>X.5.3/title</comment>
        <translation>Trop de destinataires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transaction named more recipients than the server will take at once. RFC 3463 expects the sender to split the list and deliver the rest in a later transaction, so 4.5.3, usually with a 452 reply to RCPT TO, is normal and mail servers handle it automatically. A 5.5.3 means the split did not or cannot happen, and the message must be resent to fewer recipients.</source>
        <comment>X.5.3/description</comment>
        <translation>La transaction désignait plus de destinataires que le serveur n&apos;en accepte à la fois. La RFC 3463 attend de l&apos;expéditeur qu&apos;il divise la liste et remette le reste dans une transaction ultérieure&#xa0;; 4.5.3, généralement accompagné d&apos;une réponse 452 à RCPT TO, est donc normal, et les serveurs de messagerie le gèrent automatiquement. Un 5.5.3 signifie que la division n&apos;a pas eu lieu ou est impossible, et le message doit être renvoyé à moins de destinataires.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to RCPT TO once a per-message recipient limit is passed, such as Postfix smtpd_recipient_limit, typically when a mail client or script sends one message to a long address list.</source>
        <comment>X.5.3/when</comment>
        <translation>Renvoyé à RCPT TO une fois dépassée une limite de destinataires par message, comme smtpd_recipient_limit de Postfix, généralement lorsqu&apos;un client de messagerie ou un script envoie un seul message à une longue liste d&apos;adresses.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send to fewer recipients per message, use a mailing list or distribution group, or split the addresses into several batches. Check your provider&apos;s documented per-message recipient limit.</source>
        <comment>X.5.3/fix/sender</comment>
        <translation>Envoyez chaque message à moins de destinataires, utilisez une liste de diffusion ou un groupe de distribution, ou répartissez les adresses en plusieurs lots. Consultez la limite de destinataires par message documentée par votre fournisseur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure your MTA or application resends recipients refused with 452 4.5.3 in a new transaction. Lower per-message recipient batches, for example Postfix smtp_destination_recipient_limit, to match the destination&apos;s limit.</source>
        <comment>X.5.3/fix/sendingServer</comment>
        <translation>Assurez-vous que votre MTA ou votre application renvoie dans une nouvelle transaction les destinataires refusés avec 452 4.5.3. Réduisez la taille des lots de destinataires par message, par exemple avec smtp_destination_recipient_limit de Postfix, pour respecter la limite de la destination.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the recipient limit, such as Postfix smtpd_recipient_limit or Exim recipients_max, to a sensible value and refuse excess recipients with 452 4.5.3 rather than rejecting the whole message.</source>
        <comment>X.5.3/fix/receivingServer</comment>
        <translation>Réglez la limite de destinataires, comme smtpd_recipient_limit de Postfix ou recipients_max d&apos;Exim, sur une valeur raisonnable, et refusez les destinataires excédentaires avec 452 4.5.3 plutôt que de rejeter tout le message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>452 is the basic reply both for insufficient storage and, under RFC 5321, for too many recipients, while X.5.3 makes clear that the recipient count is the problem.</source>
        <comment>X.5.3/confusedWith/452</comment>
        <translation>452 est le code de réponse de base à la fois pour un espace de stockage insuffisant et, selon la RFC 5321, pour un trop grand nombre de destinataires, tandis que X.5.3 indique clairement que c&apos;est le nombre de destinataires qui pose problème.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.1 says the receiving system is out of storage, while X.5.3 says the number of recipients is the problem, although both often arrive with 452.</source>
        <comment>X.5.3/confusedWith/X.3.1</comment>
        <translation>X.3.1 indique que le système de réception manque d&apos;espace de stockage, tandis que X.5.3 indique que le problème vient du nombre de destinataires, bien que les deux arrivent souvent avec 452.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid command arguments</source>
        <comment>X.5.4/title</comment>
        <translation>Arguments de commande non valides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A known command carried an argument the server rejects because it is out of range, malformed for that command, or names an extension the server does not support, such as an unknown MAIL FROM parameter. RFC 3463 calls it permanent, so 5.5.4 means the client must drop or fix the argument. A 4.5.4 is uncommon and signals a temporary refusal.</source>
        <comment>X.5.4/description</comment>
        <translation>Une commande connue comportait un argument que le serveur rejette parce qu&apos;il est hors limites ou mal formé pour cette commande, ou parce qu&apos;il désigne une extension que le serveur ne prend pas en charge, comme un paramètre MAIL FROM inconnu. La RFC 3463 le qualifie de permanent&#xa0;: 5.5.4 signifie donc que le client doit supprimer ou corriger l&apos;argument. Un 4.5.4 est peu courant et signale un refus temporaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to MAIL FROM, RCPT TO, AUTH or EHLO when a parameter is unsupported or invalid, for example Postfix answering 555 5.5.4 Unsupported option, or 504 5.5.4 for an unknown AUTH mechanism.</source>
        <comment>X.5.4/when</comment>
        <translation>Renvoyé à MAIL FROM, RCPT TO, AUTH ou EHLO lorsqu&apos;un paramètre n&apos;est pas pris en charge ou n&apos;est pas valide, par exemple lorsque Postfix répond 555 5.5.4 Unsupported option, ou 504 5.5.4 pour un mécanisme AUTH inconnu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the mail client or device, or turn off an option the server does not offer, such as a specific authentication method. Choose a method the server supports, usually a normal password over TLS.</source>
        <comment>X.5.4/fix/sender</comment>
        <translation>Mettez à jour le client de messagerie ou l&apos;appareil, ou désactivez une option que le serveur ne propose pas, comme une méthode d&apos;authentification particulière. Choisissez une méthode que le serveur prend en charge, généralement un mot de passe normal via TLS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the parameters you send, such as SIZE, BODY, SMTPUTF8, RET, NOTIFY or the AUTH mechanism, with the extensions listed in the server&apos;s EHLO reply, and use only those. A proxy or firewall that strips EHLO keywords can cause this.</source>
        <comment>X.5.4/fix/sendingServer</comment>
        <translation>Comparez les paramètres que vous envoyez, comme SIZE, BODY, SMTPUTF8, RET, NOTIFY ou le mécanisme AUTH, avec les extensions indiquées dans la réponse EHLO du serveur, et n&apos;utilisez que celles-ci. Un proxy ou un pare-feu qui supprime des mots-clés EHLO peut en être la cause.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that your EHLO reply advertises exactly the extensions you accept and that security appliances are not hiding keywords. Log the rejected argument to help senders.</source>
        <comment>X.5.4/fix/receivingServer</comment>
        <translation>Vérifiez que votre réponse EHLO annonce exactement les extensions que vous acceptez et que des équipements de sécurité ne masquent pas de mots-clés. Journalisez l&apos;argument rejeté pour aider les expéditeurs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.5.2 means the command line could not be parsed at all, while X.5.4 means the command was parsed but one of its arguments is unacceptable.</source>
        <comment>X.5.4/confusedWith/X.5.2</comment>
        <translation>X.5.2 signifie que la ligne de commande n&apos;a pas du tout pu être analysée, tandis que X.5.4 signifie que la commande a été analysée mais que l&apos;un de ses arguments est inacceptable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.5.1 rejects the command itself as unsupported or out of order, while X.5.4 accepts the command but rejects an argument.</source>
        <comment>X.5.4/confusedWith/X.5.1</comment>
        <translation>X.5.1 rejette la commande elle-même parce qu&apos;elle n&apos;est pas prise en charge ou arrive dans le désordre, tandis que X.5.4 accepte la commande mais rejette un argument.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong protocol version</source>
        <comment>X.5.5/title</comment>
        <translation>Mauvaise version de protocole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two systems disagreed on the protocol version or dialect and could not settle it on their own. It is rare in SMTP, and when seen it usually points to a client using a different protocol than the server expects on that port, such as LMTP against an SMTP service. 5.5.5 means the mismatch stays until one side is reconfigured; 4.5.5 would allow a retry.</source>
        <comment>X.5.5/description</comment>
        <translation>Les deux systèmes n&apos;étaient pas d&apos;accord sur la version ou le dialecte du protocole et n&apos;ont pas pu régler ce désaccord par eux-mêmes. C&apos;est rare en SMTP&#xa0;; lorsque cela se produit, cela indique généralement qu&apos;un client utilise sur ce port un autre protocole que celui attendu par le serveur, comme LMTP face à un service SMTP. 5.5.5 signifie que l&apos;incompatibilité persiste tant que l&apos;un des côtés n&apos;a pas été reconfiguré&#xa0;; 4.5.5 permettrait de réessayer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rarely seen; returned when a client&apos;s greeting or commands belong to a different protocol or version than the one the server speaks on that port.</source>
        <comment>X.5.5/when</comment>
        <translation>Rarement vu&#xa0;; renvoyé lorsque le message d&apos;accueil ou les commandes d&apos;un client relèvent d&apos;un protocole ou d&apos;une version différents de ceux que le serveur utilise sur ce port.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the server name, port and security setting in the mail client: 587 with STARTTLS or 465 with TLS for sending mail. Update the client if it is very old.</source>
        <comment>X.5.5/fix/sender</comment>
        <translation>Vérifiez le nom du serveur, le port et le paramètre de sécurité dans le client de messagerie&#xa0;: 587 avec STARTTLS ou 465 avec TLS pour l&apos;envoi de courrier. Mettez à jour le client s&apos;il est très ancien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the transport matches the listener: LMTP for LMTP sockets, such as Dovecot delivery, and SMTP for port 25. In Postfix, compare the transport in master.cf and transport maps with what the next hop runs.</source>
        <comment>X.5.5/fix/sendingServer</comment>
        <translation>Vérifiez que le transport correspond à l&apos;écouteur&#xa0;: LMTP pour les sockets LMTP, comme la distribution Dovecot, et SMTP pour le port 25. Dans Postfix, comparez le transport dans master.cf et les tables de transport avec ce qu&apos;exécute le saut suivant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm which protocol each listening port serves and document it for users. If a legitimate client must connect, enable the dialect it needs or provide a port that supports it.</source>
        <comment>X.5.5/fix/receivingServer</comment>
        <translation>Confirmez quel protocole sert chaque port d&apos;écoute et documentez-le pour les utilisateurs. Si un client légitime doit se connecter, activez le dialecte dont il a besoin ou fournissez un port qui le prend en charge.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.5.1 objects to a single command, while X.5.5 says the whole exchange uses an incompatible protocol version.</source>
        <comment>X.5.5/confusedWith/X.5.1</comment>
        <translation>X.5.1 conteste une seule commande, tandis que X.5.5 indique que l&apos;ensemble de l&apos;échange utilise une version de protocole incompatible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.5.0 reports an unspecified protocol problem, while X.5.5 names a version or dialect mismatch as the cause.</source>
        <comment>X.5.5/confusedWith/X.5.0</comment>
        <translation>X.5.0 signale un problème de protocole non précisé, tandis que X.5.5 désigne comme cause une incompatibilité de version ou de dialecte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication exchange line too long</source>
        <comment>X.5.6/title</comment>
        <translation>Ligne d&apos;échange d&apos;authentification trop longue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During AUTH, the client sent a Base64 response longer than the server can buffer for the chosen SASL mechanism, so authentication failed before the credentials were checked. RFC 4954 pairs it with 500. The registry allows both classes: 4.5.6 marks the limit as temporary and worth retrying, while 5.5.6 means the same response will keep failing and the client must use another mechanism.</source>
        <comment>X.5.6/description</comment>
        <translation>Pendant AUTH, le client a envoyé une réponse Base64 plus longue que ce que le serveur peut mettre en mémoire tampon pour le mécanisme SASL choisi&#xa0;; l&apos;authentification a donc échoué avant même la vérification des identifiants. La RFC 4954 l&apos;associe à 500. Le registre autorise les deux classes&#xa0;: 4.5.6 indique que la limite est temporaire et qu&apos;il vaut la peine de réessayer, tandis que 5.5.6 signifie que la même réponse continuera d&apos;échouer et que le client doit utiliser un autre mécanisme.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to the AUTH command or a continuation line when the Base64 data exceeds the server&apos;s buffer, which can happen with long OAuth 2.0 (XOAUTH2) or Kerberos (GSSAPI) tokens.</source>
        <comment>X.5.6/when</comment>
        <translation>Renvoyé à la commande AUTH ou à une ligne de continuation lorsque les données Base64 dépassent la mémoire tampon du serveur, ce qui peut arriver avec de longs jetons OAuth 2.0 (XOAUTH2) ou Kerberos (GSSAPI).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try another sign-in method in the mail client, such as an app password instead of a token-based login, or update the client. Report the error to your provider if it keeps happening.</source>
        <comment>X.5.6/fix/sender</comment>
        <translation>Essayez une autre méthode de connexion dans le client de messagerie, comme un mot de passe d&apos;application au lieu d&apos;une connexion par jeton, ou mettez à jour le client. Signalez l&apos;erreur à votre fournisseur si elle se reproduit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your MTA authenticates to a smarthost, choose a SASL mechanism with shorter exchanges or send the initial response on a continuation line instead of on the AUTH line. Check for proxies that impose short line limits.</source>
        <comment>X.5.6/fix/sendingServer</comment>
        <translation>Si votre MTA s&apos;authentifie auprès d&apos;un smarthost, choisissez un mécanisme SASL aux échanges plus courts ou envoyez la réponse initiale sur une ligne de continuation plutôt que sur la ligne AUTH. Recherchez des proxys qui imposent des limites de longueur de ligne réduites.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise the SASL or command line buffer limit, for example in the Dovecot or Cyrus SASL service behind Postfix, so that tokens from the mechanisms you advertise fit. Stop advertising mechanisms you cannot handle.</source>
        <comment>X.5.6/fix/receivingServer</comment>
        <translation>Augmentez la limite de mémoire tampon SASL ou de ligne de commande, par exemple dans le service SASL de Dovecot ou de Cyrus derrière Postfix, afin que les jetons des mécanismes que vous annoncez y tiennent. Cessez d&apos;annoncer les mécanismes que vous ne pouvez pas gérer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.8 means the credentials were checked and rejected, while X.5.6 means the server never checked them because the line was too long.</source>
        <comment>X.5.6/confusedWith/X.7.8</comment>
        <translation>X.7.8 signifie que les identifiants ont été vérifiés et rejetés, tandis que X.5.6 signifie que le serveur ne les a jamais vérifiés parce que la ligne était trop longue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.5.2 with 501 reports an AUTH response that is not valid Base64, while X.5.6 reports one that is too long to accept.</source>
        <comment>X.5.6/confusedWith/X.5.2</comment>
        <translation>X.5.2 avec 501 signale une réponse AUTH qui n&apos;est pas en Base64 valide, tandis que X.5.6 signale une réponse trop longue pour être acceptée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other media error</source>
        <comment>X.6.0/title</comment>
        <translation>Autre erreur de média</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something about the message content made it undeliverable, and no more specific X.6 code fits, for example malformed MIME structure, broken header fields or invalid encoding. 5.6.0 is the common form and means the same content will be refused again. 4.6.0 marks a content problem the server expects to clear, such as a content scanner that is briefly unavailable.</source>
        <comment>X.6.0/description</comment>
        <translation>Un élément du contenu du message l&apos;a rendu impossible à remettre, et aucun code X.6 plus précis ne convient, par exemple une structure MIME mal formée, des champs d&apos;en-tête défectueux ou un encodage non valide. 5.6.0 est la forme courante et signifie que le même contenu sera de nouveau refusé. 4.6.0 signale un problème de contenu que le serveur s&apos;attend à voir disparaître, comme un analyseur de contenu brièvement indisponible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after the final dot of DATA, or in a bounce from a later hop, when a content check or gateway rejects the structure or encoding of the message.</source>
        <comment>X.6.0/when</comment>
        <translation>Renvoyé après le point final de DATA, ou dans un rapport de non-remise (NDR) émis par un saut ultérieur, lorsqu&apos;une vérification de contenu ou une passerelle rejette la structure ou l&apos;encodage du message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend without unusual attachments or formatting, for example as plain text with files compressed or shared by link. If an application or device created the message, report the bounce to its vendor.</source>
        <comment>X.6.0/fix/sender</comment>
        <translation>Renvoyez le message sans pièces jointes ni mise en forme inhabituelles, par exemple en texte brut avec les fichiers compressés ou partagés au moyen d&apos;un lien. Si le message a été créé par une application ou un appareil, signalez le rapport de non-remise (NDR) à son éditeur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspect the raw message for broken MIME boundaries, 8-bit data in header fields, bare LF line endings or lines longer than 998 characters. Make sure your MTA sends 8-bit content only to servers that advertise 8BITMIME.</source>
        <comment>X.6.0/fix/sendingServer</comment>
        <translation>Examinez le message brut à la recherche de délimiteurs MIME défectueux, de données 8 bits dans les champs d&apos;en-tête, de fins de ligne constituées d&apos;un LF seul ou de lignes de plus de 998 caractères. Assurez-vous que votre MTA n&apos;envoie de contenu 8 bits qu&apos;aux serveurs qui annoncent 8BITMIME.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the content filter and MIME parser logs, such as Amavis, Rspamd or a milter, for the exact rejection rule, and relax it if it blocks valid mail.</source>
        <comment>X.6.0/fix/receivingServer</comment>
        <translation>Consultez les journaux du filtre de contenu et de l&apos;analyseur MIME, comme Amavis, Rspamd ou un milter, pour trouver la règle de rejet exacte, et assouplissez-la si elle bloque du courrier valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.1 refuses a message on policy grounds such as spam or sender reputation, while X.6.0 objects to the format or media of its content.</source>
        <comment>X.6.0/confusedWith/X.7.1</comment>
        <translation>X.7.1 refuse un message pour des raisons de politique, comme le spam ou la réputation de l&apos;expéditeur, tandis que X.6.0 conteste le format ou le média de son contenu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.1 says a particular media type or encoding is unsupported, while X.6.0 covers content problems that fit no specific X.6 code.</source>
        <comment>X.6.0/confusedWith/X.6.1</comment>
        <translation>X.6.1 indique qu&apos;un type de média ou un encodage particulier n&apos;est pas pris en charge, tandis que X.6.0 couvre les problèmes de contenu qui ne correspondent à aucun code X.6 précis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Media not supported</source>
        <comment>X.6.1/title</comment>
        <translation>Média non pris en charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message uses a media type or transfer form that the delivery protocol or the next system cannot carry, such as binary or 8-bit content sent toward a 7-bit-only path. RFC 3463 treats it as permanent, so 5.6.1 means the sender must change the content or its encoding. A 4.6.1 suggests the needed capability may become available, for example on another MX host.</source>
        <comment>X.6.1/description</comment>
        <translation>Le message utilise un type de média ou une forme de transfert que le protocole de remise ou le système suivant ne peut pas transporter, comme du contenu binaire ou 8 bits envoyé vers un chemin limité au 7 bits. La RFC 3463 le considère comme permanent&#xa0;: 5.6.1 signifie donc que l&apos;expéditeur doit modifier le contenu ou son encodage. Un 4.6.1 suggère que la capacité nécessaire pourrait devenir disponible, par exemple sur un autre hôte MX.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen when a message using BINARYMIME, 8-bit bodies or a content type the recipient&apos;s gateway cannot carry reaches a system that cannot accept that form.</source>
        <comment>X.6.1/when</comment>
        <translation>Visible lorsqu&apos;un message qui utilise BINARYMIME, un corps 8 bits ou un type de contenu que la passerelle du destinataire ne peut pas transporter atteint un système qui ne peut pas accepter cette forme.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the attachment in a common format, compress it, or share a link instead, and keep the mail client&apos;s encoding settings at their defaults.</source>
        <comment>X.6.1/fix/sender</comment>
        <translation>Envoyez la pièce jointe dans un format courant, compressez-la ou partagez plutôt un lien, et laissez les paramètres d&apos;encodage du client de messagerie à leurs valeurs par défaut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use BODY=8BITMIME or BINARYMIME only when the next hop advertises the matching extension, and make sure your MTA converts content to 7-bit quoted-printable or Base64 when it does not.</source>
        <comment>X.6.1/fix/sendingServer</comment>
        <translation>N&apos;utilisez BODY=8BITMIME ou BINARYMIME que lorsque le saut suivant annonce l&apos;extension correspondante, et assurez-vous que votre MTA convertit le contenu en quoted-printable ou en Base64 7 bits dans le cas contraire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advertise 8BITMIME if your server handles 8-bit content, as nearly all modern servers do. If you refuse certain media types by policy, name the blocked type in the reply.</source>
        <comment>X.6.1/fix/receivingServer</comment>
        <translation>Annoncez 8BITMIME si votre serveur gère le contenu 8 bits, comme presque tous les serveurs modernes. Si vous refusez certains types de média par politique, indiquez le type bloqué dans la réponse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.3 says a conversion would make the content deliverable but the host cannot do it, while X.6.1 says the path does not support the media at all.</source>
        <comment>X.6.1/confusedWith/X.6.3</comment>
        <translation>X.6.3 indique qu&apos;une conversion rendrait le contenu remettable mais que l&apos;hôte ne peut pas l&apos;effectuer, tandis que X.6.1 indique que le chemin ne prend pas du tout en charge le média.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.2 says conversion is needed but forbidden, while X.6.1 simply reports that the media form is unsupported.</source>
        <comment>X.6.1/confusedWith/X.6.2</comment>
        <translation>X.6.2 indique qu&apos;une conversion est nécessaire mais interdite, tandis que X.6.1 signale simplement que la forme du média n&apos;est pas prise en charge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion required and prohibited</source>
        <comment>X.6.2/title</comment>
        <translation>Conversion requise mais interdite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The content must be converted before the next hop can take it, for example from 8-bit to 7-bit, but conversion is not allowed, either by a request in the message itself or by the sending host&apos;s policy. 5.6.2 is the usual form and means the message cannot travel as it is. A 4.6.2 allows a later retry if the route or the policy changes.</source>
        <comment>X.6.2/description</comment>
        <translation>Le contenu doit être converti pour que le saut suivant puisse l&apos;accepter, par exemple de 8 bits en 7 bits, mais la conversion n&apos;est pas autorisée, soit par une demande figurant dans le message lui-même, soit par la politique de l&apos;hôte d&apos;envoi. 5.6.2 est la forme habituelle et signifie que le message ne peut pas circuler en l&apos;état. Un 4.6.2 permet de réessayer plus tard si la route ou la politique change.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen when a relay would have to transform the content for the next hop, but the message or local policy forbids changes, for instance to keep a digital signature intact.</source>
        <comment>X.6.2/when</comment>
        <translation>Visible lorsqu&apos;un relais devrait transformer le contenu pour le saut suivant, mais que le message ou la politique locale interdit toute modification, par exemple pour préserver une signature numérique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend the message in a simpler form, such as plain text or with attachments compressed, so that no conversion is needed along the way.</source>
        <comment>X.6.2/fix/sender</comment>
        <translation>Renvoyez le message sous une forme plus simple, par exemple en texte brut ou avec les pièces jointes compressées, afin qu&apos;aucune conversion ne soit nécessaire en cours de route.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find which hop lacks the needed capability, usually 8BITMIME or support for a content type. Either route through a server that supports it or encode the message as 7-bit quoted-printable or Base64 before it leaves.</source>
        <comment>X.6.2/fix/sendingServer</comment>
        <translation>Déterminez quel saut ne dispose pas de la capacité nécessaire, généralement 8BITMIME ou la prise en charge d&apos;un type de contenu. Faites passer le courrier par un serveur qui la prend en charge, ou encodez le message en quoted-printable ou en Base64 7 bits avant son départ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advertise 8BITMIME and accept common encodings so that relays do not have to convert mail destined for your users.</source>
        <comment>X.6.2/fix/receivingServer</comment>
        <translation>Annoncez 8BITMIME et acceptez les encodages courants pour que les relais n&apos;aient pas à convertir le courrier destiné à vos utilisateurs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.3 says the host in the path cannot perform the conversion, while X.6.2 says conversion is possible but forbidden.</source>
        <comment>X.6.2/confusedWith/X.6.3</comment>
        <translation>X.6.3 indique que l&apos;hôte sur le chemin ne peut pas effectuer la conversion, tandis que X.6.2 indique que la conversion est possible mais interdite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.4 reports that a lossy conversion was carried out or refused, while X.6.2 reports that any conversion at all was prohibited.</source>
        <comment>X.6.2/confusedWith/X.6.4</comment>
        <translation>X.6.4 signale qu&apos;une conversion avec perte a été effectuée ou refusée, tandis que X.6.2 signale que toute conversion était interdite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion required but not supported</source>
        <comment>X.6.3/title</comment>
        <translation>Conversion requise mais non prise en charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The content has to be converted to be forwarded, but the host in the path cannot do it or finds it impractical, the classic case being a gateway that cannot downgrade 8-bit data to 7-bit for a next hop without 8BITMIME. The registry pairs it with 554. 5.6.3 is final for this route; 4.6.3 suggests a retry might reach a hop that needs no conversion.</source>
        <comment>X.6.3/description</comment>
        <translation>Le contenu doit être converti pour être transmis, mais l&apos;hôte sur le chemin ne peut pas le faire ou juge cela irréalisable&#xa0;; le cas classique est une passerelle qui ne peut pas rétrograder des données 8 bits en 7 bits pour un saut suivant dépourvu de 8BITMIME. Le registre l&apos;associe à 554. 5.6.3 est définitif pour cette route&#xa0;; 4.6.3 suggère qu&apos;en réessayant, le message pourrait atteindre un saut qui ne nécessite aucune conversion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after DATA or in a relay&apos;s bounce when a message with 8-bit or binary content must cross a hop that cannot take it and the relay has no way to convert it.</source>
        <comment>X.6.3/when</comment>
        <translation>Renvoyé après DATA ou dans le rapport de non-remise (NDR) d&apos;un relais lorsqu&apos;un message au contenu 8 bits ou binaire doit franchir un saut qui ne peut pas l&apos;accepter et que le relais n&apos;a aucun moyen de le convertir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend as plain text or with attachments in common formats. If the recipient&apos;s system is old, ask them whether their mail gateway accepts 8-bit mail.</source>
        <comment>X.6.3/fix/sender</comment>
        <translation>Renvoyez le message en texte brut ou avec des pièces jointes dans des formats courants. Si le système du destinataire est ancien, demandez au destinataire si sa passerelle de messagerie accepte le courrier 8 bits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configure your MTA to encode 8-bit content as quoted-printable or Base64 when the next hop does not advertise 8BITMIME, or route through a relay that can convert.</source>
        <comment>X.6.3/fix/sendingServer</comment>
        <translation>Configurez votre MTA pour qu&apos;il encode le contenu 8 bits en quoted-printable ou en Base64 lorsque le saut suivant n&apos;annonce pas 8BITMIME, ou faites passer le courrier par un relais capable de le convertir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade or reconfigure gateways so that they advertise 8BITMIME and pass 8-bit content unchanged; every current mainstream MTA supports it.</source>
        <comment>X.6.3/fix/receivingServer</comment>
        <translation>Mettez à niveau ou reconfigurez les passerelles pour qu&apos;elles annoncent 8BITMIME et transmettent le contenu 8 bits sans modification&#xa0;; tous les MTA courants actuels le prennent en charge.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.2 says conversion is possible but forbidden, while X.6.3 says the host cannot perform the conversion.</source>
        <comment>X.6.3/confusedWith/X.6.2</comment>
        <translation>X.6.2 indique que la conversion est possible mais interdite, tandis que X.6.3 indique que l&apos;hôte ne peut pas effectuer la conversion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.5 says a conversion was attempted and failed, while X.6.3 says the host could not attempt it at all.</source>
        <comment>X.6.3/confusedWith/X.6.5</comment>
        <translation>X.6.5 indique qu&apos;une conversion a été tentée et a échoué, tandis que X.6.3 indique que l&apos;hôte n&apos;a même pas pu la tenter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion with loss performed</source>
        <comment>X.6.4/title</comment>
        <translation>Conversion avec perte effectuée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A host converted the message on its way and some information was lost, such as characters or attachment data the target format could not hold. Its meaning depends on the class. As 2.6.4, paired with 250, it is a warning: the message was delivered, though altered. As 5.6.4 it is a permanent failure, used when the sender said that lossy conversion was not allowed.</source>
        <comment>X.6.4/description</comment>
        <translation>Un hôte a converti le message en cours de route et certaines informations ont été perdues, comme des caractères ou des données de pièces jointes que le format cible ne pouvait pas contenir. Sa signification dépend de la classe. Sous la forme 2.6.4, associé à 250, c&apos;est un avertissement&#xa0;: le message a été remis, mais modifié. Sous la forme 5.6.4, c&apos;est un échec permanent, utilisé lorsque l&apos;expéditeur a indiqué que la conversion avec perte n&apos;était pas autorisée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by a gateway that transformed the content into another character set, encoding or messaging system and could not preserve everything.</source>
        <comment>X.6.4/when</comment>
        <translation>Signalé par une passerelle qui a transformé le contenu vers un autre jeu de caractères, un autre encodage ou un autre système de messagerie et n&apos;a pas pu tout préserver.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 2.6.4, check with the recipient that the content arrived readable. For 5.6.4, resend in a simpler form, such as plain text in UTF-8 with attachments the recipient&apos;s system supports.</source>
        <comment>X.6.4/fix/sender</comment>
        <translation>Pour 2.6.4, vérifiez auprès du destinataire que le contenu est arrivé lisible. Pour 5.6.4, renvoyez le message sous une forme plus simple, par exemple en texte brut UTF-8 avec des pièces jointes prises en charge par le système du destinataire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identify the converting gateway from the delivery report, and avoid routes that force conversion when content must arrive unchanged.</source>
        <comment>X.6.4/fix/sendingServer</comment>
        <translation>Identifiez la passerelle qui a effectué la conversion à partir du rapport de remise, et évitez les routes qui imposent une conversion lorsque le contenu doit arriver sans modification.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your gateway converts content, log what was lost and keep the original where possible so that users can recover it.</source>
        <comment>X.6.4/fix/receivingServer</comment>
        <translation>Si votre passerelle convertit le contenu, journalisez ce qui a été perdu et conservez l&apos;original lorsque c&apos;est possible pour que les utilisateurs puissent le récupérer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Success (2.6.4)</source>
        <comment>X.6.4/contexts/0/context</comment>
        <translation>Succès (2.6.4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message was delivered after a lossy conversion, and the recipient may see altered content.</source>
        <comment>X.6.4/contexts/0/meaning</comment>
        <translation>Le message a été remis après une conversion avec perte, et le destinataire peut voir un contenu modifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failure (5.6.4)</source>
        <comment>X.6.4/contexts/1/context</comment>
        <translation>Échec (5.6.4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message was not delivered because a lossy conversion was needed and the sender had prohibited it.</source>
        <comment>X.6.4/contexts/1/meaning</comment>
        <translation>Le message n&apos;a pas été remis, car une conversion avec perte était nécessaire et l&apos;expéditeur l&apos;avait interdite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.5 says the conversion failed outright, while X.6.4 says it succeeded but lost some information.</source>
        <comment>X.6.4/confusedWith/X.6.5</comment>
        <translation>X.6.5 indique que la conversion a purement et simplement échoué, tandis que X.6.4 indique qu&apos;elle a réussi mais a perdu certaines informations.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.2 says any conversion was prohibited, while X.6.4 concerns a conversion that loses data, allowed or refused.</source>
        <comment>X.6.4/confusedWith/X.6.2</comment>
        <translation>X.6.2 indique que toute conversion était interdite, tandis que X.6.4 concerne une conversion qui perd des données, qu&apos;elle ait été autorisée ou refusée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion failed</source>
        <comment>X.6.5/title</comment>
        <translation>Échec de la conversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A conversion of the content was needed and attempted, but it did not succeed, for example a character set or attachment transformation that produced an error. The registry allows both classes. 4.6.5 suggests a temporary fault in the converter, so the message will be retried, while 5.6.5 means this content cannot be converted and the sender must change it.</source>
        <comment>X.6.5/description</comment>
        <translation>Une conversion du contenu était nécessaire et a été tentée, mais elle n&apos;a pas abouti, par exemple une transformation de jeu de caractères ou de pièce jointe qui a produit une erreur. Le registre autorise les deux classes. 4.6.5 suggère une erreur temporaire du convertisseur, et l&apos;envoi du message sera donc réessayé, tandis que 5.6.5 signifie que ce contenu ne peut pas être converti et que l&apos;expéditeur doit le modifier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen in bounces from relays or gateways that transform messages, such as character set, encoding or format conversion, when the transformation step reports an error.</source>
        <comment>X.6.5/when</comment>
        <translation>Visible dans le rapport de non-remise (NDR) d&apos;un relais ou d&apos;une passerelle qui transforme les messages, par exemple par conversion de jeu de caractères, d&apos;encodage ou de format, lorsque l&apos;étape de transformation signale une erreur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend in a simpler form: plain text or standard HTML, UTF-8 characters and common attachment formats. Remove damaged or unusual attachments.</source>
        <comment>X.6.5/fix/sender</comment>
        <translation>Renvoyez le message sous une forme plus simple&#xa0;: texte brut ou HTML standard, caractères UTF-8 et formats de pièces jointes courants. Supprimez les pièces jointes endommagées ou inhabituelles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in the gateway&apos;s log which conversion step failed and test it with the same message. Fix the converter, or route the mail so that no conversion is needed.</source>
        <comment>X.6.5/fix/sendingServer</comment>
        <translation>Recherchez dans le journal de la passerelle quelle étape de conversion a échoué et testez-la avec le même message. Corrigez le convertisseur, ou acheminez le courrier de façon qu&apos;aucune conversion ne soit nécessaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your system performs the conversion, check its logs and resource limits, and update the component that fails on this content.</source>
        <comment>X.6.5/fix/receivingServer</comment>
        <translation>Si votre système effectue la conversion, consultez ses journaux et ses limites de ressources, et mettez à jour le composant qui échoue sur ce contenu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.3 says the host could not attempt the conversion, while X.6.5 says it tried and failed.</source>
        <comment>X.6.5/confusedWith/X.6.3</comment>
        <translation>X.6.3 indique que l&apos;hôte n&apos;a pas pu tenter la conversion, tandis que X.6.5 indique qu&apos;il l&apos;a tentée et a échoué.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.4 says the conversion succeeded but lost data, while X.6.5 says the conversion did not succeed.</source>
        <comment>X.6.5/confusedWith/X.6.4</comment>
        <translation>X.6.4 indique que la conversion a réussi mais a perdu des données, tandis que X.6.5 indique que la conversion n&apos;a pas abouti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message content not available</source>
        <comment>X.6.6/title</comment>
        <translation>Contenu du message indisponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A submission server using BURL (RFC 4468) could not fetch the message content from the URL the client supplied, typically an IMAP URL pointing to a message in the user&apos;s mailbox. The registry pairs it with 554. 4.6.6 means the fetch failed temporarily and can be retried, for example while the IMAP server is unreachable; 5.6.6 means the content cannot be obtained.</source>
        <comment>X.6.6/description</comment>
        <translation>Un serveur de soumission utilisant BURL (RFC 4468) n&apos;a pas pu récupérer le contenu du message à partir de l&apos;URL fournie par le client, généralement une URL IMAP pointant vers un message de la boîte aux lettres de l&apos;utilisateur. Le registre l&apos;associe à 554. 4.6.6 signifie que la récupération a échoué temporairement et qu&apos;il est possible de réessayer, par exemple lorsque le serveur IMAP est injoignable&#xa0;; 5.6.6 signifie que le contenu ne peut pas être obtenu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to the BURL command during message submission when the server cannot retrieve the referenced content from the IMAP server.</source>
        <comment>X.6.6/when</comment>
        <translation>Renvoyé en réponse à la commande BURL lors de la soumission d&apos;un message, lorsque le serveur ne parvient pas à récupérer le contenu référencé sur le serveur IMAP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure the message still exists in your mailbox folder and try sending again. If it keeps failing, turn off server-side sending in the mail client so that it uploads the message directly.</source>
        <comment>X.6.6/fix/sender</comment>
        <translation>Vérifiez que le message existe toujours dans le dossier de votre boîte aux lettres, puis essayez de l&apos;envoyer à nouveau. Si l&apos;échec persiste, désactivez l&apos;envoi côté serveur dans le client de messagerie afin qu&apos;il transmette directement le message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the submission server can reach the IMAP server and that the URLAUTH authorization in the URL is valid and unexpired. A missing trust relationship between the two servers is reported as X.7.14 instead.</source>
        <comment>X.6.6/fix/receivingServer</comment>
        <translation>Vérifiez que le serveur de soumission peut joindre le serveur IMAP et que l&apos;autorisation URLAUTH contenue dans l&apos;URL est valide et non expirée. L&apos;absence de relation de confiance entre les deux serveurs est signalée plutôt par X.7.14.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.14 means the submission server lacks the trust relationship needed to fetch the content, while X.6.6 means the fetch itself failed.</source>
        <comment>X.6.6/confusedWith/X.7.14</comment>
        <translation>X.7.14 signifie que le serveur de soumission ne dispose pas de la relation de confiance nécessaire pour récupérer le contenu, tandis que X.6.6 signifie que la récupération elle-même a échoué.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.0 objects to content the server received, while X.6.6 means the server could not get the content at all.</source>
        <comment>X.6.6/confusedWith/X.6.0</comment>
        <translation>X.6.0 conteste un contenu que le serveur a reçu, tandis que X.6.6 signifie que le serveur n&apos;a pas pu obtenir le contenu du tout.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Non-ASCII address not permitted</source>
        <comment>X.6.7/title</comment>
        <translation>Adresse non ASCII non autorisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server will not accept a sender or recipient address containing non-ASCII characters, usually because internationalized addresses (SMTPUTF8) are not supported for it. RFC 6531 pairs it with 553 after RCPT TO and 550 after MAIL FROM. 5.6.7 is final until the address or the server changes; 4.6.7 would signal a temporary condition.</source>
        <comment>X.6.7/description</comment>
        <translation>Le serveur n&apos;accepte pas d&apos;adresse d&apos;expéditeur ou de destinataire contenant des caractères non ASCII, généralement parce que les adresses internationalisées (SMTPUTF8) ne sont pas prises en charge pour celle-ci. La RFC 6531 l&apos;associe à 553 après RCPT TO et à 550 après MAIL FROM. 5.6.7 est définitif tant que l&apos;adresse ou le serveur ne change pas&#xa0;; 4.6.7 signalerait une condition temporaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to MAIL FROM or RCPT TO when the address includes UTF-8 characters and the server, or the mailbox, does not accept internationalized addresses.</source>
        <comment>X.6.7/when</comment>
        <translation>Renvoyé en réponse à MAIL FROM ou RCPT TO lorsque l&apos;adresse contient des caractères UTF-8 et que le serveur, ou la boîte aux lettres, n&apos;accepte pas les adresses internationalisées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an ASCII address for the recipient if they have one, or ask them for an ASCII alternative. If your own address is internationalized, send from an ASCII address to this recipient.</source>
        <comment>X.6.7/fix/sender</comment>
        <translation>Utilisez une adresse ASCII pour le destinataire s&apos;il en possède une, ou demandez-lui une alternative ASCII. Si votre propre adresse est internationalisée, écrivez à ce destinataire depuis une adresse ASCII.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send internationalized addresses, with the SMTPUTF8 parameter on MAIL FROM, only to servers that list SMTPUTF8 in their EHLO reply. Otherwise return the message with a clear error or use an ASCII alias.</source>
        <comment>X.6.7/fix/sendingServer</comment>
        <translation>N&apos;envoyez d&apos;adresses internationalisées, avec le paramètre SMTPUTF8 sur MAIL FROM, qu&apos;aux serveurs qui indiquent SMTPUTF8 dans leur réponse à EHLO. Sinon, renvoyez le message avec une erreur explicite ou utilisez un alias ASCII.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To accept internationalized addresses, enable SMTPUTF8, for example Postfix smtputf8_enable, on every MX host, and make sure your mailbox backend supports UTF-8 addresses.</source>
        <comment>X.6.7/fix/receivingServer</comment>
        <translation>Pour accepter les adresses internationalisées, activez SMTPUTF8, par exemple avec smtputf8_enable de Postfix, sur chaque hôte MX, et vérifiez que votre système de stockage de boîte aux lettres prend en charge les adresses UTF-8.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.9 rejects the whole message after DATA because of UTF-8 header fields, while X.6.7 rejects an envelope address at MAIL FROM or RCPT TO.</source>
        <comment>X.6.7/confusedWith/X.6.9</comment>
        <translation>X.6.9 rejette l&apos;ensemble du message après DATA en raison de champs d&apos;en-tête UTF-8, tandis que X.6.7 rejette une adresse d&apos;enveloppe à l&apos;étape MAIL FROM ou RCPT TO.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.3 says the address syntax is invalid, while X.6.7 says the address is well formed but uses non-ASCII characters the server does not allow.</source>
        <comment>X.6.7/confusedWith/X.1.3</comment>
        <translation>X.1.3 indique que la syntaxe de l&apos;adresse est invalide, tandis que X.6.7 indique que l&apos;adresse est bien formée mais utilise des caractères non ASCII que le serveur n&apos;autorise pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-8 reply required but not permitted</source>
        <comment>X.6.8/title</comment>
        <translation>Réponse UTF-8 requise mais non autorisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server would need UTF-8 characters in its reply to show a mailbox name, usually for VRFY or EXPN, but the client did not allow UTF-8 replies with the SMTPUTF8 parameter. RFC 6531 pairs it with 252 or 550, and the registry adds 553. With 252 it carries class 2 and the server will still accept mail for the address; with 550 or 553, 5.6.8 is a refusal.</source>
        <comment>X.6.8/description</comment>
        <translation>Le serveur aurait besoin de caractères UTF-8 dans sa réponse pour afficher un nom de boîte aux lettres, généralement pour VRFY ou EXPN, mais le client n&apos;a pas autorisé les réponses UTF-8 avec le paramètre SMTPUTF8. La RFC 6531 l&apos;associe à 252 ou 550, et le registre ajoute 553. Avec 252, il porte la classe 2 et le serveur acceptera quand même le courrier destiné à l&apos;adresse&#xa0;; avec 550 ou 553, 5.6.8 est un refus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to VRFY or EXPN sent without the SMTPUTF8 parameter when the mailbox being reported has a non-ASCII name.</source>
        <comment>X.6.8/when</comment>
        <translation>Renvoyé en réponse à VRFY ou EXPN envoyé sans le paramètre SMTPUTF8 lorsque la boîte aux lettres concernée a un nom non ASCII.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This affects address-checking tools rather than normal sending, and mail to the address can still be delivered as usual.</source>
        <comment>X.6.8/fix/sender</comment>
        <translation>Cela concerne les outils de vérification d&apos;adresses plutôt que l&apos;envoi normal, et le courrier destiné à l&apos;adresse peut toujours être remis comme d&apos;habitude.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your tool can handle UTF-8 replies, repeat VRFY or EXPN with the SMTPUTF8 parameter after confirming that the server advertises SMTPUTF8 in its EHLO reply.</source>
        <comment>X.6.8/fix/sendingServer</comment>
        <translation>Si votre outil sait traiter les réponses UTF-8, renvoyez VRFY ou EXPN avec le paramètre SMTPUTF8 après avoir vérifié que le serveur annonce SMTPUTF8 dans sa réponse à EHLO.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No change is needed: the server is correctly refusing to send UTF-8 to a client that did not ask for it. Keep replies ASCII unless the client opts in.</source>
        <comment>X.6.8/fix/receivingServer</comment>
        <translation>Aucune modification n&apos;est nécessaire&#xa0;: le serveur refuse à juste titre d&apos;envoyer de l&apos;UTF-8 à un client qui ne l&apos;a pas demandé. Conservez des réponses en ASCII sauf si le client l&apos;accepte explicitement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.10 was registered with the same meaning and is now deprecated, so X.6.8 is the code to send and to expect.</source>
        <comment>X.6.8/confusedWith/X.6.10</comment>
        <translation>X.6.10 a été enregistré avec la même signification et est désormais obsolète&#xa0;; X.6.8 est donc le code à envoyer et à attendre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.7 refuses a non-ASCII address in MAIL FROM or RCPT TO, while X.6.8 concerns a reply that would have to contain one.</source>
        <comment>X.6.8/confusedWith/X.6.7</comment>
        <translation>X.6.7 refuse une adresse non ASCII dans MAIL FROM ou RCPT TO, tandis que X.6.8 concerne une réponse qui devrait en contenir une.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-8 header message cannot be transferred</source>
        <comment>X.6.9/title</comment>
        <translation>Message à en-têtes UTF-8 impossible à transférer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message has internationalized (UTF-8) header fields and at least one recipient&apos;s system cannot accept them, so the message is rejected after the end of DATA. The registry pairs it with 550, while the text of RFC 6531 uses 554 for this rejection. 5.6.9 is final for that route; 4.6.9 would allow a retry, for example through a host that supports SMTPUTF8.</source>
        <comment>X.6.9/description</comment>
        <translation>Le message comporte des champs d&apos;en-tête internationalisés (UTF-8) et le système d&apos;au moins un destinataire ne peut pas les accepter&#xa0;; le message est donc rejeté après la fin de DATA. Le registre l&apos;associe à 550, tandis que le texte de la RFC 6531 utilise 554 pour ce rejet. 5.6.9 est définitif pour cet acheminement&#xa0;; 4.6.9 permettrait de réessayer, par exemple via un hôte qui prend en charge SMTPUTF8.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after the final dot of DATA, or in a relay&apos;s bounce, when a message sent with SMTPUTF8 must reach a recipient or next hop that does not support internationalized header fields.</source>
        <comment>X.6.9/when</comment>
        <translation>Renvoyé après le point final de DATA, ou dans le rapport de non-remise d&apos;un relais, lorsqu&apos;un message envoyé avec SMTPUTF8 doit atteindre un destinataire ou un saut suivant qui ne prend pas en charge les champs d&apos;en-tête internationalisés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend from an ASCII address to ASCII recipient addresses, or ask the recipient for an ASCII alternative. Non-ASCII characters in the subject and body are normally fine, since clients encode them for ordinary transport.</source>
        <comment>X.6.9/fix/sender</comment>
        <translation>Renvoyez le message depuis une adresse ASCII vers des adresses de destinataire ASCII, ou demandez au destinataire une alternative ASCII. Les caractères non ASCII dans l&apos;objet et le corps du message ne posent normalement pas de problème, car les clients les encodent pour un transport ordinaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set SMTPUTF8 only when the envelope or header fields really need it. If the next hop does not advertise SMTPUTF8, bounce early with a clear reason or deliver through a path that supports it.</source>
        <comment>X.6.9/fix/sendingServer</comment>
        <translation>N&apos;activez SMTPUTF8 que lorsque l&apos;enveloppe ou les champs d&apos;en-tête l&apos;exigent réellement. Si le saut suivant n&apos;annonce pas SMTPUTF8, émettez au plus tôt un rapport de non-remise avec un motif explicite, ou remettez le message par un chemin qui le prend en charge.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable SMTPUTF8 on every MX host and internal hop. As RFC 6531 encourages, refuse at RCPT TO rather than after DATA when a recipient cannot take internationalized mail.</source>
        <comment>X.6.9/fix/receivingServer</comment>
        <translation>Activez SMTPUTF8 sur chaque hôte MX et chaque saut interne. Comme le recommande la RFC 6531, refusez à l&apos;étape RCPT TO plutôt qu&apos;après DATA lorsqu&apos;un destinataire ne peut pas recevoir de courrier internationalisé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.7 rejects a non-ASCII envelope address at MAIL FROM or RCPT TO, while X.6.9 rejects the message after DATA because of its UTF-8 header fields.</source>
        <comment>X.6.9/confusedWith/X.6.7</comment>
        <translation>X.6.7 rejette une adresse d&apos;enveloppe non ASCII à l&apos;étape MAIL FROM ou RCPT TO, tandis que X.6.9 rejette le message après DATA en raison de ses champs d&apos;en-tête UTF-8.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.3 is the general code for content that needs a conversion the path cannot perform, while X.6.9 is specific to internationalized header fields.</source>
        <comment>X.6.9/confusedWith/X.6.3</comment>
        <translation>X.6.3 est le code général pour un contenu nécessitant une conversion que le chemin ne peut pas effectuer, tandis que X.6.9 est propre aux champs d&apos;en-tête internationalisés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deprecated duplicate of X.6.8</source>
        <comment>X.6.10/title</comment>
        <translation>Doublon obsolète de X.6.8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code is deprecated in the IANA registry and should not be sent. When RFC 6531 replaced the code definitions of the earlier experimental SMTPUTF8 specification, X.6.10 turned out to duplicate X.6.8, UTF-8 reply required but not permitted, so it was marked deprecated. If you see it, read it as X.6.8.</source>
        <comment>X.6.10/description</comment>
        <translation>Ce code est obsolète dans le registre IANA et ne doit pas être envoyé. Lorsque la RFC 6531 a remplacé les définitions de codes de l&apos;ancienne spécification expérimentale SMTPUTF8, il est apparu que X.6.10 faisait double emploi avec X.6.8 (réponse UTF-8 requise mais non autorisée)&#xa0;; il a donc été marqué comme obsolète. Si vous le rencontrez, interprétez-le comme X.6.8.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only from older software written before RFC 6531, typically in reply to VRFY or EXPN; current implementations send X.6.8 instead.</source>
        <comment>X.6.10/when</comment>
        <translation>Uniquement de la part d&apos;anciens logiciels écrits avant la RFC 6531, généralement en réponse à VRFY ou EXPN&#xa0;; les implémentations actuelles envoient X.6.8 à la place.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treat it exactly as X.6.8: if your tool can handle UTF-8 replies, repeat VRFY or EXPN with the SMTPUTF8 parameter after checking that the server advertises SMTPUTF8.</source>
        <comment>X.6.10/fix/sendingServer</comment>
        <translation>Traitez-le exactement comme X.6.8&#xa0;: si votre outil sait traiter les réponses UTF-8, renvoyez VRFY ou EXPN avec le paramètre SMTPUTF8 après avoir vérifié que le serveur annonce SMTPUTF8.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the server software or its reply templates so that it sends X.6.8, since X.6.10 is deprecated in the registry.</source>
        <comment>X.6.10/fix/receivingServer</comment>
        <translation>Mettez à jour le logiciel serveur ou ses modèles de réponse afin qu&apos;il envoie X.6.8, car X.6.10 est obsolète dans le registre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.8 is the current code for a UTF-8 reply the client did not permit, while X.6.10 is its deprecated duplicate.</source>
        <comment>X.6.10/confusedWith/X.6.8</comment>
        <translation>X.6.8 est le code actuel pour une réponse UTF-8 que le client n&apos;a pas autorisée, tandis que X.6.10 en est le doublon obsolète.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid Characters in Message</source>
        <comment>5.6.11@Microsoft/title</comment>
        <translation>Caractères non valides dans le message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online uses 5.6.11 when the sending program put invalid characters into the message, specifically bare line feeds instead of proper CRLF line endings. SMTP requires every line to end with a carriage return followed by a line feed, and messages that break this rule are refused.</source>
        <comment>5.6.11@Microsoft/description</comment>
        <translation>Exchange Online utilise 5.6.11 lorsque le programme d&apos;envoi a inséré des caractères non valides dans le message, plus précisément des sauts de ligne (LF) isolés au lieu de fins de ligne CRLF correctes. SMTP exige que chaque ligne se termine par un retour chariot suivi d&apos;un saut de ligne, et les messages qui enfreignent cette règle sont refusés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after DATA when headers or body contain LF characters without a preceding CR, often produced by scripts, printers or custom applications.</source>
        <comment>5.6.11@Microsoft/when</comment>
        <translation>Renvoyé après DATA lorsque les en-têtes ou le corps contiennent des caractères LF non précédés d&apos;un CR, souvent produits par des scripts, des imprimantes ou des applications personnalisées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you send from a script, device or custom app, update it or switch it to a standard mail library. As a workaround, resend from Outlook or another standard client.</source>
        <comment>5.6.11@Microsoft/fix/sender</comment>
        <translation>Si vous envoyez depuis un script, un appareil ou une application personnalisée, mettez-le à jour ou faites-lui utiliser une bibliothèque de messagerie standard. En guise de solution de contournement, renvoyez le message depuis Outlook ou un autre client standard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the sending application convert all line endings to CRLF before transmission, and check whether an intermediate relay rewrites line endings incorrectly.</source>
        <comment>5.6.11@Microsoft/fix/sendingServer</comment>
        <translation>Faites en sorte que l&apos;application d&apos;envoi convertisse toutes les fins de ligne en CRLF avant la transmission, et vérifiez si un relais intermédiaire réécrit incorrectement les fins de ligne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.0 is the registry&apos;s generic media or content error, while 5.6.11 is Microsoft&apos;s specific code for bare line feeds.</source>
        <comment>5.6.11@Microsoft/confusedWith/X.6.0</comment>
        <translation>X.6.0 est le code générique du registre pour une erreur de média ou de contenu, tandis que 5.6.11 est le code spécifique de Microsoft pour les sauts de ligne (LF) isolés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.0.350 is a catch-all for unspecified recipient rejections, while 5.6.11 always points to bare line feeds in the message.</source>
        <comment>5.6.11@Microsoft/confusedWith/5.0.350@Microsoft</comment>
        <translation>5.0.350 est un code fourre-tout pour des rejets non spécifiés par le destinataire, tandis que 5.6.11 désigne toujours des sauts de ligne (LF) isolés dans le message.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other or undefined security status</source>
        <comment>X.7.0/title</comment>
        <translation>Autre état de sécurité ou état non défini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A security or policy problem occurred that no more specific X.7 detail code describes, or that the server chooses not to explain. RFC 4954 uses it in 454 4.7.0 (temporary authentication failure) and 530 5.7.0 (authentication required), and many servers send 530 5.7.0 when STARTTLS must come first. A 4.7.0 can be retried later; a 5.7.0 needs a change before sending again.</source>
        <comment>X.7.0/description</comment>
        <translation>Il s&apos;est produit un problème de sécurité ou de politique qu&apos;aucun code de détail X.7 plus précis ne décrit, ou que le serveur choisit de ne pas expliquer. La RFC 4954 l&apos;utilise dans 454 4.7.0 (échec temporaire d&apos;authentification) et 530 5.7.0 (authentification requise), et de nombreux serveurs envoient 530 5.7.0 lorsque STARTTLS doit être exécuté en premier. Après un 4.7.0, il est possible de réessayer plus tard&#xa0;; un 5.7.0 exige une modification avant tout nouvel envoi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It can follow almost any command, most often AUTH, STARTTLS, or MAIL FROM sent without authenticating. The text after the code usually names the real reason.</source>
        <comment>X.7.0/when</comment>
        <translation>Il peut suivre presque n&apos;importe quelle commande, le plus souvent AUTH, STARTTLS ou un MAIL FROM envoyé sans authentification. Le texte qui suit le code indique généralement la véritable raison.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the server text. If it says authentication is required, turn on SMTP authentication in your mail client with your full address and password, using port 587 with STARTTLS or port 465 with TLS. If it says STARTTLS is required, enable encryption in the outgoing server settings.</source>
        <comment>X.7.0/fix/sender</comment>
        <translation>Lisez le texte du serveur. S&apos;il indique que l&apos;authentification est requise, activez l&apos;authentification SMTP dans votre client de messagerie avec votre adresse complète et votre mot de passe, en utilisant le port 587 avec STARTTLS ou le port 465 avec TLS. S&apos;il indique que STARTTLS est requis, activez le chiffrement dans les paramètres du serveur sortant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 4.7.0, let the queue retry and check whether the remote side reported a temporary authentication or TLS problem. For 5.7.0, check the relay credentials (Postfix smtp_sasl_password_maps, Exim authenticators) and that TLS is enabled toward the relay, for example smtp_tls_security_level = may or encrypt.</source>
        <comment>X.7.0/fix/sendingServer</comment>
        <translation>Pour 4.7.0, laissez la file d&apos;attente réessayer et vérifiez si le serveur distant a signalé un problème temporaire d&apos;authentification ou de TLS. Pour 5.7.0, vérifiez les identifiants du relais (smtp_sasl_password_maps de Postfix, authenticators d&apos;Exim) et que TLS est activé vers le relais, par exemple smtp_tls_security_level = may ou encrypt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the session in your server log to see which check failed. Where a specific code exists, such as X.7.8 for bad credentials or X.7.1 for a policy refusal, use it so that clients can react correctly.</source>
        <comment>X.7.0/fix/receivingServer</comment>
        <translation>Retrouvez la session dans le journal de votre serveur pour voir quelle vérification a échoué. Lorsqu&apos;un code spécifique existe, comme X.7.8 pour des identifiants incorrects ou X.7.1 pour un refus lié à la politique, utilisez-le pour que les clients puissent réagir correctement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>454 after AUTH</source>
        <comment>X.7.0/contexts/0/context</comment>
        <translation>454 après AUTH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server could not complete authentication because of a temporary problem, such as an unreachable password database, so a retry later can succeed.</source>
        <comment>X.7.0/contexts/0/meaning</comment>
        <translation>Le serveur n&apos;a pas pu mener à bien l&apos;authentification en raison d&apos;un problème temporaire, par exemple une base de mots de passe injoignable&#xa0;; réessayer plus tard peut donc réussir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>454 after STARTTLS</source>
        <comment>X.7.0/contexts/1/context</comment>
        <translation>454 après STARTTLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS is temporarily unavailable on the server, for example because of a certificate or TLS library problem.</source>
        <comment>X.7.0/contexts/1/meaning</comment>
        <translation>TLS est temporairement indisponible sur le serveur, par exemple à cause d&apos;un problème de certificat ou de bibliothèque TLS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>530 before MAIL FROM</source>
        <comment>X.7.0/contexts/2/context</comment>
        <translation>530 avant MAIL FROM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server requires the client to authenticate, or with some servers to issue STARTTLS, before it accepts a mail transaction.</source>
        <comment>X.7.0/contexts/2/meaning</comment>
        <translation>Le serveur exige que le client s&apos;authentifie, ou pour certains serveurs qu&apos;il exécute STARTTLS, avant d&apos;accepter une transaction de courrier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.1 states that delivery was refused by policy, while X.7.0 is the catch-all used when no specific security detail applies or the server hides the reason.</source>
        <comment>X.7.0/confusedWith/X.7.1</comment>
        <translation>X.7.1 indique que la remise a été refusée par la politique, tandis que X.7.0 est le code fourre-tout utilisé lorsqu&apos;aucun détail de sécurité précis ne s&apos;applique ou que le serveur cache la raison.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.8 with 535 means the credentials were checked and found wrong, whereas X.7.0 as 454 4.7.0 after AUTH means the server could not check them because of a temporary problem.</source>
        <comment>X.7.0/confusedWith/X.7.8</comment>
        <translation>X.7.8 avec 535 signifie que les identifiants ont été vérifiés et jugés incorrects, alors que X.7.0 sous la forme 454 4.7.0 après AUTH signifie que le serveur n&apos;a pas pu les vérifier en raison d&apos;un problème temporaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gmail Temporary Security Block</source>
        <comment>4.7.0@Google/title</comment>
        <translation>Blocage de sécurité temporaire de Gmail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail attaches 4.7.0 to several temporary security refusals, so the text decides the meaning. It may report that the recipient domain requires TLS, that the IP is not on the domain&apos;s allowlist, that the sending IP or domain has very low reputation or lacks a valid PTR record, or that there were too many login attempts.</source>
        <comment>4.7.0@Google/description</comment>
        <translation>Gmail associe 4.7.0 à plusieurs refus de sécurité temporaires&#xa0;; c&apos;est donc le texte qui en détermine la signification. Il peut indiquer que le domaine du destinataire exige TLS, que l&apos;IP ne figure pas sur la liste d&apos;autorisation du domaine, que l&apos;IP ou le domaine d&apos;envoi a une très mauvaise réputation ou n&apos;a pas d&apos;enregistrement PTR valide, ou qu&apos;il y a eu trop de tentatives de connexion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned as 421 4.7.0 at connection, RCPT TO or after DATA by Gmail&apos;s inbound servers, or as 454 4.7.0 in reply to AUTH.</source>
        <comment>4.7.0@Google/when</comment>
        <translation>Renvoyé sous la forme 421 4.7.0 à la connexion, en réponse à RCPT TO ou après DATA par les serveurs entrants de Gmail, ou sous la forme 454 4.7.0 en réponse à AUTH.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For login errors, stop retrying, wait, and check your password or app password. For other texts, forward the bounce to your administrator.</source>
        <comment>4.7.0@Google/fix/sender</comment>
        <translation>Pour les erreurs de connexion, cessez de réessayer, patientez, puis vérifiez votre mot de passe ou votre mot de passe d&apos;application. Pour les autres textes, transférez le rapport de non-remise (NDR) à votre administrateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use STARTTLS toward Gmail&apos;s MX hosts, give your IPs matching PTR and forward DNS, and authenticate with SPF and DKIM. Review reputation in Google Postmaster Tools and slow down if rate limited; ask the recipient to allowlist your IP if their domain requires it.</source>
        <comment>4.7.0@Google/fix/sendingServer</comment>
        <translation>Utilisez STARTTLS vers les hôtes MX de Gmail, dotez vos IP d&apos;enregistrements PTR et d&apos;un DNS direct concordants, et authentifiez votre courrier avec SPF et DKIM. Vérifiez votre réputation dans Google Postmaster Tools et ralentissez si votre débit est limité&#xa0;; demandez au destinataire d&apos;ajouter votre IP à sa liste d&apos;autorisation si son domaine l&apos;exige.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS required for RCPT domain</source>
        <comment>4.7.0@Google/contexts/0/context</comment>
        <translation>TLS requis pour le domaine RCPT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient&apos;s domain requires TLS and the session was not encrypted, so Gmail closes the connection.</source>
        <comment>4.7.0@Google/contexts/0/meaning</comment>
        <translation>Le domaine du destinataire exige TLS et la session n&apos;était pas chiffrée&#xa0;; Gmail ferme donc la connexion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP not in whitelist for RCPT domain</source>
        <comment>4.7.0@Google/contexts/1/context</comment>
        <translation>IP absente de la liste d&apos;autorisation du domaine RCPT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient domain accepts mail only from IP addresses on its own allowlist.</source>
        <comment>4.7.0@Google/contexts/1/meaning</comment>
        <translation>Le domaine du destinataire n&apos;accepte le courrier que depuis les adresses IP figurant sur sa propre liste d&apos;autorisation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low reputation or suspicious message</source>
        <comment>4.7.0@Google/contexts/2/context</comment>
        <translation>Mauvaise réputation ou message suspect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail rate limits or blocks the mail because of very low sender reputation, a missing PTR record, or suspicious content or links.</source>
        <comment>4.7.0@Google/contexts/2/meaning</comment>
        <translation>Gmail limite le débit du courrier ou le bloque à cause d&apos;une très mauvaise réputation de l&apos;expéditeur, d&apos;un enregistrement PTR manquant, ou d&apos;un contenu ou de liens suspects.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many login attempts</source>
        <comment>4.7.0@Google/contexts/3/context</comment>
        <translation>Trop de tentatives de connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent as 454 4.7.0 in reply to AUTH after repeated failed logins, asking the client to wait before trying again.</source>
        <comment>4.7.0@Google/contexts/3/meaning</comment>
        <translation>Envoyé sous la forme 454 4.7.0 en réponse à AUTH après des échecs de connexion répétés, pour demander au client d&apos;attendre avant de réessayer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>421 is the basic reply that closes the session, while Gmail&apos;s 4.7.0 text after it explains which security check failed.</source>
        <comment>4.7.0@Google/confusedWith/421</comment>
        <translation>421 est le code de réponse de base qui ferme la session, tandis que le texte 4.7.0 de Gmail qui le suit explique quelle vérification de sécurité a échoué.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4.7.28 specifically reports an unusual rate of mail, while 4.7.0 covers TLS, allowlist, reputation and login throttling cases.</source>
        <comment>4.7.0@Google/confusedWith/4.7.28@Google</comment>
        <translation>4.7.28 signale spécifiquement un débit de courrier inhabituel, tandis que 4.7.0 couvre les cas de TLS, de liste d&apos;autorisation, de réputation et de limitation des connexions.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.0 is the registry&apos;s generic security or policy status, while Gmail uses 4.7.0 for several specific temporary checks.</source>
        <comment>4.7.0@Google/confusedWith/X.7.0</comment>
        <translation>X.7.0 est l&apos;état générique de sécurité ou de politique du registre, tandis que Gmail utilise 4.7.0 pour plusieurs vérifications temporaires spécifiques.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery not authorized, message refused</source>
        <comment>X.7.1/title</comment>
        <translation>Remise non autorisée, message refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The receiving server refused the message because its policy does not allow this sender, connecting IP address or recipient. Typical causes are relaying without authentication, a block list listing, sender or recipient restrictions, and spam filter verdicts. A 5.7.1 lasts until something changes; a 4.7.1 is a temporary refusal, often greylisting or a short-term reputation or rate block.</source>
        <comment>X.7.1/description</comment>
        <translation>Le serveur de réception a refusé le message parce que sa politique n&apos;autorise pas cet expéditeur, cette adresse IP de connexion ou ce destinataire. Les causes typiques sont le relais sans authentification, une inscription sur une liste de blocage, des restrictions sur l&apos;expéditeur ou le destinataire, et les verdicts d&apos;un filtre antispam. Un 5.7.1 persiste tant que rien ne change&#xa0;; un 4.7.1 est un refus temporaire, souvent une mise en liste grise (greylisting) ou un blocage de courte durée lié à la réputation ou au débit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually in reply to RCPT TO for relaying or recipient policy, or after the final dot of DATA for content filtering. Some servers also use it at connection time or after MAIL FROM.</source>
        <comment>X.7.1/when</comment>
        <translation>Généralement en réponse à RCPT TO pour le relais ou la politique sur les destinataires, ou après le point final de DATA pour le filtrage du contenu. Certains serveurs l&apos;utilisent aussi au moment de la connexion ou après MAIL FROM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the reply says relaying is denied, enable SMTP authentication in your client and send through your own provider&apos;s submission server on port 587. Otherwise follow the server text or linked page, ask the recipient to allow your address, and check that you are not sending from a blocked network.</source>
        <comment>X.7.1/fix/sender</comment>
        <translation>Si la réponse indique que le relais est refusé, activez l&apos;authentification SMTP dans votre client et envoyez via le serveur de soumission de votre propre fournisseur sur le port 587. Sinon, suivez le texte du serveur ou la page indiquée, demandez au destinataire d&apos;autoriser votre adresse et vérifiez que vous n&apos;envoyez pas depuis un réseau bloqué.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your outgoing IP address on public block lists such as Spamhaus and request delisting after fixing the cause. Make sure SPF, DKIM and DMARC pass and that the IP address has a matching PTR record. For 4.7.1, let the queue retry, because greylisting accepts the message on a later attempt.</source>
        <comment>X.7.1/fix/sendingServer</comment>
        <translation>Vérifiez si votre adresse IP sortante figure sur une liste de blocage publique telle que Spamhaus et demandez le retrait après avoir corrigé la cause. Assurez-vous que SPF, DKIM et DMARC réussissent et que l&apos;adresse IP dispose d&apos;un enregistrement PTR correspondant. Pour 4.7.1, laissez la file d&apos;attente réessayer, car la mise en liste grise (greylisting) accepte le message lors d&apos;une tentative ultérieure.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the matching rule in your logs (Postfix smtpd_recipient_restrictions, Exim ACLs, your spam filter). For relay denials, confirm whether the client should authenticate or be listed in mynetworks. Use a specific code such as X.7.23 or X.7.25 when one particular check caused the refusal.</source>
        <comment>X.7.1/fix/receivingServer</comment>
        <translation>Trouvez la règle correspondante dans vos journaux (smtpd_recipient_restrictions de Postfix, ACL d&apos;Exim, votre filtre antispam). Pour un refus de relais, déterminez si le client doit s&apos;authentifier ou figurer dans mynetworks. Utilisez un code spécifique comme X.7.23 ou X.7.25 lorsqu&apos;une vérification particulière a provoqué le refus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After RCPT TO</source>
        <comment>X.7.1/contexts/0/context</comment>
        <translation>Après RCPT TO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Often a relay denial: the server does not accept mail for that domain from an unauthenticated client, or it refuses this recipient.</source>
        <comment>X.7.1/contexts/0/meaning</comment>
        <translation>Souvent un refus de relais&#xa0;: le serveur n&apos;accepte pas de courrier pour ce domaine de la part d&apos;un client non authentifié, ou il refuse ce destinataire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After DATA</source>
        <comment>X.7.1/contexts/1/context</comment>
        <translation>Après DATA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A content, spam or policy filter rejected the message itself.</source>
        <comment>X.7.1/contexts/1/meaning</comment>
        <translation>Un filtre de contenu, antispam ou de politique a rejeté le message lui-même.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class 4 (4.7.1)</source>
        <comment>X.7.1/contexts/2/context</comment>
        <translation>Classe 4 (4.7.1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The refusal is temporary, typically greylisting or a temporary reputation block, and a later retry can succeed.</source>
        <comment>X.7.1/contexts/2/meaning</comment>
        <translation>Le refus est temporaire, généralement une mise en liste grise (greylisting) ou un blocage temporaire lié à la réputation, et réessayer plus tard peut réussir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.1 means the recipient mailbox does not exist, whereas X.7.1 means the mailbox may exist but the server refuses mail from this sender or client.</source>
        <comment>X.7.1/confusedWith/X.1.1</comment>
        <translation>X.1.1 signifie que la boîte aux lettres du destinataire n&apos;existe pas, alors que X.7.1 signifie que la boîte aux lettres existe peut-être mais que le serveur refuse le courrier de cet expéditeur ou de ce client.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.0 is the unspecified security status, while X.7.1 says explicitly that the sender is not authorized and the message was refused.</source>
        <comment>X.7.1/confusedWith/X.7.0</comment>
        <translation>X.7.0 est l&apos;état de sécurité non spécifié, tandis que X.7.1 indique explicitement que l&apos;expéditeur n&apos;est pas autorisé et que le message a été refusé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.23 names an SPF failure explicitly, while X.7.1 is the generic refusal that many servers still send for SPF failures and other policy checks.</source>
        <comment>X.7.1/confusedWith/X.7.23</comment>
        <translation>X.7.23 désigne explicitement un échec SPF, tandis que X.7.1 est le refus générique que de nombreux serveurs envoient encore pour les échecs SPF et d&apos;autres vérifications de politique.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gmail Policy or Spam Rejection</source>
        <comment>5.7.1@Google/title</comment>
        <translation>Rejet par Gmail pour politique ou spam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail uses 550 5.7.1 for many permanent refusals, and the text names the cause. Common ones are mail judged likely unsolicited, very low sender reputation, a message that is not RFC 5322 compliant, a Workspace administrator&apos;s policy tagged gcdp, and mismatched relay credentials. With 535, the same code means the username and password were not accepted.</source>
        <comment>5.7.1@Google/description</comment>
        <translation>Gmail utilise 550 5.7.1 pour de nombreux refus permanents, et le texte en indique la cause. Les plus courantes sont un courrier jugé probablement non sollicité, une très mauvaise réputation de l&apos;expéditeur, un message non conforme à la RFC 5322, une politique d&apos;administrateur Workspace marquée gcdp et des identifiants de relais qui ne correspondent pas. Avec 535, le même code signifie que le nom d&apos;utilisateur et le mot de passe n&apos;ont pas été acceptés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to RCPT TO or after DATA by Gmail&apos;s inbound servers, or as 535 5.7.1 in reply to AUTH on Gmail&apos;s submission servers.</source>
        <comment>5.7.1@Google/when</comment>
        <translation>Renvoyé en réponse à RCPT TO ou après DATA par les serveurs entrants de Gmail, ou sous la forme 535 5.7.1 en réponse à AUTH sur les serveurs de soumission de Gmail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For login errors, use the correct password or an app password if the account uses 2-Step Verification. For policy texts, ask the recipient&apos;s administrator; for spam texts, contact your email provider.</source>
        <comment>5.7.1@Google/fix/sender</comment>
        <translation>Pour les erreurs de connexion, utilisez le bon mot de passe, ou un mot de passe d&apos;application si la validation en deux étapes est activée sur le compte. Pour les textes liés à une politique, adressez-vous à l&apos;administrateur du destinataire&#xa0;; pour les textes liés au spam, contactez votre fournisseur de messagerie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authenticate with SPF, DKIM and DMARC, check reputation in Google Postmaster Tools, and fix malformed headers such as a missing Message-ID or several From addresses. For Workspace SMTP relay, register the sending IP or use SMTP AUTH.</source>
        <comment>5.7.1@Google/fix/sendingServer</comment>
        <translation>Authentifiez votre courrier avec SPF, DKIM et DMARC, vérifiez votre réputation dans Google Postmaster Tools, et corrigez les en-têtes mal formés, comme un Message-ID manquant ou plusieurs adresses From. Pour le relais SMTP de Workspace, enregistrez l&apos;IP d&apos;envoi ou utilisez SMTP AUTH.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likely unsolicited mail</source>
        <comment>5.7.1@Google/contexts/0/context</comment>
        <translation>Courrier probablement non sollicité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail&apos;s spam filtering blocked the message based on content, reputation or sending patterns.</source>
        <comment>5.7.1@Google/contexts/0/meaning</comment>
        <translation>Le filtrage antispam de Gmail a bloqué le message en raison de son contenu, de la réputation ou des habitudes d&apos;envoi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not RFC 5322 compliant</source>
        <comment>5.7.1@Google/contexts/1/context</comment>
        <translation>Non conforme à la RFC 5322</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message lacks a valid From or Message-ID header, has duplicate headers, or uses encoding that is not allowed in a header.</source>
        <comment>5.7.1@Google/contexts/1/meaning</comment>
        <translation>Le message n&apos;a pas d&apos;en-tête From ou Message-ID valide, comporte des en-têtes en double ou utilise un encodage non autorisé dans un en-tête.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy tagged gcdp</source>
        <comment>5.7.1@Google/contexts/2/context</comment>
        <translation>Politique marquée gcdp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A custom rule created by a Google Workspace administrator prohibited the message.</source>
        <comment>5.7.1@Google/contexts/2/meaning</comment>
        <translation>Une règle personnalisée créée par un administrateur Google Workspace a interdit le message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>535 5.7.1 after AUTH</source>
        <comment>5.7.1@Google/contexts/3/context</comment>
        <translation>535 5.7.1 après AUTH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail rejected the login, for example because the password is wrong or an app password is required.</source>
        <comment>5.7.1@Google/contexts/3/meaning</comment>
        <translation>Gmail a refusé la connexion, par exemple parce que le mot de passe est incorrect ou qu&apos;un mot de passe d&apos;application est requis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.26 specifically means authentication failed, while 5.7.1 covers spam, policy, formatting and credential refusals.</source>
        <comment>5.7.1@Google/confusedWith/5.7.26@Google</comment>
        <translation>5.7.26 signifie spécifiquement que l&apos;authentification a échoué, tandis que 5.7.1 couvre les refus liés au spam, à une politique, au format et aux identifiants.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange&apos;s 5.7.1 mostly reports permissions and relaying, while Gmail&apos;s 5.7.1 most often reports spam or formatting rejections.</source>
        <comment>5.7.1@Google/confusedWith/5.7.1@Microsoft</comment>
        <translation>5.7.1 d&apos;Exchange signale surtout des problèmes d&apos;autorisations et de relais, tandis que 5.7.1 de Gmail signale le plus souvent des rejets pour spam ou pour problème de format.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery Not Authorized or Relay Denied</source>
        <comment>5.7.1@Microsoft/title</comment>
        <translation>Remise non autorisée ou relais refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange uses 5.7.1 for several permission failures, so the text after the code matters. &quot;Delivery not authorized&quot; means the sender may not write to that recipient, often a restricted group or a mail flow rule. &quot;Unable to relay&quot; means the server is not the final destination for the domain. &quot;Client was not authenticated&quot; means the server requires authentication first.</source>
        <comment>5.7.1@Microsoft/description</comment>
        <translation>Exchange utilise 5.7.1 pour plusieurs échecs d&apos;autorisation&#xa0;; le texte qui suit le code est donc déterminant. &quot;Delivery not authorized&quot; signifie que l&apos;expéditeur n&apos;a pas le droit d&apos;écrire à ce destinataire, souvent un groupe restreint ou une règle de flux de courrier. &quot;Unable to relay&quot; signifie que le serveur n&apos;est pas la destination finale pour le domaine. &quot;Client was not authenticated&quot; signifie que le serveur exige d&apos;abord une authentification.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned as 550 5.7.1, or as 530 5.7.1 for the authentication case, to RCPT TO or after DATA when a permission check on the receiving Exchange system fails.</source>
        <comment>5.7.1@Microsoft/when</comment>
        <translation>Renvoyé sous la forme 550 5.7.1, ou 530 5.7.1 dans le cas de l&apos;authentification, en réponse à RCPT TO ou après DATA lorsqu&apos;une vérification d&apos;autorisation échoue sur le système Exchange de réception.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the address is correct and ask the group owner or the recipient&apos;s administrator to allow you to send. If you use a device or app, make sure it authenticates with valid credentials.</source>
        <comment>5.7.1@Microsoft/fix/sender</comment>
        <translation>Vérifiez que l&apos;adresse est correcte et demandez au propriétaire du groupe ou à l&apos;administrateur du destinataire de vous autoriser à envoyer. Si vous utilisez un appareil ou une application, assurez-vous qu&apos;il s&apos;authentifie avec des identifiants valides.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For relay errors, check that you deliver to the domain&apos;s correct MX host or that your IP is allowed on the relay connector. Configure SMTP authentication where the receiving server requires it.</source>
        <comment>5.7.1@Microsoft/fix/sendingServer</comment>
        <translation>Pour les erreurs de relais, vérifiez que vous remettez le courrier au bon hôte MX du domaine ou que votre IP est autorisée sur le connecteur de relais. Configurez l&apos;authentification SMTP lorsque le serveur de réception l&apos;exige.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check delivery management, moderation and mail flow rules for the recipient, and confirm that MX records and accepted domains match. Grant relay rights only to known IP addresses or authenticated senders.</source>
        <comment>5.7.1@Microsoft/fix/receivingServer</comment>
        <translation>Vérifiez la gestion de la remise, la modération et les règles de flux de courrier qui s&apos;appliquent au destinataire, et confirmez que les enregistrements MX et les domaines acceptés concordent. N&apos;accordez les droits de relais qu&apos;à des adresses IP connues ou à des expéditeurs authentifiés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery not authorized</source>
        <comment>5.7.1@Microsoft/contexts/0/context</comment>
        <translation>Remise non autorisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient, often a distribution group limited to members or approved senders, or a mail flow rule does not accept this sender.</source>
        <comment>5.7.1@Microsoft/contexts/0/meaning</comment>
        <translation>Le destinataire, souvent un groupe de distribution réservé aux membres ou aux expéditeurs approuvés, ou une règle de flux de courrier n&apos;accepte pas cet expéditeur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unable to relay</source>
        <comment>5.7.1@Microsoft/contexts/1/context</comment>
        <translation>Relais impossible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The receiving system does not accept mail for the recipient&apos;s domain from an anonymous sender, often because of a wrong MX record or missing relay permission.</source>
        <comment>5.7.1@Microsoft/contexts/1/meaning</comment>
        <translation>Le système de réception n&apos;accepte pas de courrier pour le domaine du destinataire de la part d&apos;un expéditeur anonyme, souvent à cause d&apos;un enregistrement MX erroné ou d&apos;une autorisation de relais manquante.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client was not authenticated</source>
        <comment>5.7.1@Microsoft/contexts/2/context</comment>
        <translation>Client non authentifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The receiving server accepts mail only after authentication, and the sending system did not authenticate.</source>
        <comment>5.7.1@Microsoft/contexts/2/meaning</comment>
        <translation>Le serveur de réception n&apos;accepte le courrier qu&apos;après authentification, et le système d&apos;envoi ne s&apos;est pas authentifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.1 is the registry&apos;s general code for delivery not authorized, while Exchange attaches several distinct meanings to 5.7.1 that only the accompanying text separates.</source>
        <comment>5.7.1@Microsoft/confusedWith/X.7.1</comment>
        <translation>X.7.1 est le code général du registre pour une remise non autorisée, tandis qu&apos;Exchange attribue à 5.7.1 plusieurs significations distinctes que seul le texte qui l&apos;accompagne permet de distinguer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.57 is specific to unauthenticated submission to smtp.office365.com, while 5.7.1 with &quot;Client was not authenticated&quot; comes from any receiving server that requires authentication.</source>
        <comment>5.7.1@Microsoft/confusedWith/5.7.57@Microsoft</comment>
        <translation>5.7.57 est propre à une soumission non authentifiée à smtp.office365.com, tandis que 5.7.1 accompagné de &quot;Client was not authenticated&quot; provient de n&apos;importe quel serveur de réception qui exige une authentification.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.124 names the specific cause, a sender missing from a group&apos;s allowed list, while 5.7.1 with &quot;Delivery not authorized&quot; is the general form.</source>
        <comment>5.7.1@Microsoft/confusedWith/5.7.124@Microsoft</comment>
        <translation>5.7.124 indique la cause précise, un expéditeur absent de la liste des expéditeurs autorisés d&apos;un groupe, tandis que 5.7.1 accompagné de &quot;Delivery not authorized&quot; en est la forme générale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailing list expansion prohibited</source>
        <comment>X.7.2/title</comment>
        <translation>Expansion de liste de diffusion interdite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sender is not allowed to send to the mailing list addressed as a recipient. Lists often accept posts only from subscribers or approved senders, or are announcement-only. The registry describes the code as useful only as a permanent failure, so it normally appears as 5.7.2.</source>
        <comment>X.7.2/description</comment>
        <translation>L&apos;expéditeur n&apos;est pas autorisé à écrire à la liste de diffusion indiquée comme destinataire. Les listes n&apos;acceptent souvent que les messages des abonnés ou d&apos;expéditeurs approuvés, ou servent uniquement aux annonces. Le registre indique que ce code n&apos;est utile que comme échec permanent&#xa0;; il apparaît donc normalement sous la forme 5.7.2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually in reply to RCPT TO for the list address, or in a bounce from the list software after the message was accepted.</source>
        <comment>X.7.2/when</comment>
        <translation>Généralement en réponse à RCPT TO pour l&apos;adresse de la liste, ou dans un rapport de non-remise émis par le logiciel de liste après l&apos;acceptation du message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post from the address that is subscribed to the list, subscribe first, or ask the list owner to allow your address. Check that your client did not send from an alias or another identity.</source>
        <comment>X.7.2/fix/sender</comment>
        <translation>Écrivez depuis l&apos;adresse abonnée à la liste, abonnez-vous d&apos;abord ou demandez au propriétaire de la liste d&apos;autoriser votre adresse. Vérifiez que votre client n&apos;a pas envoyé le message depuis un alias ou une autre identité.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the list&apos;s posting policy (members only, moderated, announcement-only) in the list manager, such as Mailman or Sympa, and add the sender to the allowed posters if appropriate.</source>
        <comment>X.7.2/fix/receivingServer</comment>
        <translation>Vérifiez la politique de publication de la liste (membres uniquement, modérée, annonces uniquement) dans le gestionnaire de listes, comme Mailman ou Sympa, et ajoutez l&apos;expéditeur aux contributeurs autorisés si c&apos;est approprié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.4 reports a technical problem expanding the list, while X.7.2 means the list refused this sender for policy reasons.</source>
        <comment>X.7.2/confusedWith/X.2.4</comment>
        <translation>X.2.4 signale un problème technique lors de l&apos;expansion de la liste, tandis que X.7.2 signifie que la liste a refusé cet expéditeur pour des raisons de politique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.1 is a general refusal of the sender, whereas X.7.2 applies specifically to posting to a mailing list.</source>
        <comment>X.7.2/confusedWith/X.7.1</comment>
        <translation>X.7.1 est un refus général de l&apos;expéditeur, alors que X.7.2 s&apos;applique spécifiquement aux envois vers une liste de diffusion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security conversion required but not possible</source>
        <comment>X.7.3/title</comment>
        <translation>Conversion de sécurité requise mais impossible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery required converting the message from one secure messaging format to another, for example at a gateway between systems with different encryption or signing schemes, and the conversion could not be done. The registry describes it as useful only as a permanent failure. It is rare on the public Internet.</source>
        <comment>X.7.3/description</comment>
        <translation>La remise nécessitait de convertir le message d&apos;un format de messagerie sécurisée vers un autre, par exemple sur une passerelle entre des systèmes utilisant des schémas de chiffrement ou de signature différents, et la conversion n&apos;a pas pu être effectuée. Le registre indique qu&apos;il n&apos;est utile que comme échec permanent. Il est rare sur l&apos;Internet public.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typically in a bounce from a gateway or security appliance after the message was accepted, rather than as a direct SMTP reply.</source>
        <comment>X.7.3/when</comment>
        <translation>Généralement dans un rapport de non-remise émis par une passerelle ou une appliance de sécurité après l&apos;acceptation du message, plutôt que comme réponse SMTP directe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the message without the encryption or signature that the gateway cannot convert, or use a format the recipient&apos;s system supports, such as standard S/MIME.</source>
        <comment>X.7.3/fix/sender</comment>
        <translation>Envoyez le message sans le chiffrement ou la signature que la passerelle ne peut pas convertir, ou utilisez un format pris en charge par le système du destinataire, comme S/MIME standard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the gateway&apos;s security conversion settings and logs, and configure a supported mapping or let the message pass unconverted where policy allows.</source>
        <comment>X.7.3/fix/receivingServer</comment>
        <translation>Vérifiez les paramètres de conversion de sécurité et les journaux de la passerelle, et configurez une correspondance prise en charge ou laissez passer le message sans conversion lorsque la politique le permet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.3 concerns a content conversion the next hop cannot perform, such as 8-bit to 7-bit, while X.7.3 concerns converting security wrapping such as encryption or signatures.</source>
        <comment>X.7.3/confusedWith/X.6.3</comment>
        <translation>X.6.3 concerne une conversion de contenu que le saut suivant ne peut pas effectuer, comme de 8 bits vers 7 bits, tandis que X.7.3 concerne la conversion d&apos;une enveloppe de sécurité comme le chiffrement ou les signatures.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security features not supported</source>
        <comment>X.7.4/title</comment>
        <translation>Fonctions de sécurité non prises en charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message or command asked for a security feature that the server or delivery protocol does not support, most often an authentication mechanism. A common example is 504 5.7.4 &quot;Unrecognized authentication type&quot; when a client uses an AUTH mechanism the server does not offer. It is meant as a permanent failure.</source>
        <comment>X.7.4/description</comment>
        <translation>Le message ou la commande demandait une fonction de sécurité que le serveur ou le protocole de remise ne prend pas en charge, le plus souvent un mécanisme d&apos;authentification. Un exemple courant est 504 5.7.4 &quot;Unrecognized authentication type&quot; lorsqu&apos;un client utilise un mécanisme AUTH que le serveur ne propose pas. Il est prévu comme échec permanent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually in reply to AUTH with an unsupported mechanism, or when a message requires a security feature that the next hop lacks.</source>
        <comment>X.7.4/when</comment>
        <translation>Généralement en réponse à AUTH avec un mécanisme non pris en charge, ou lorsqu&apos;un message exige une fonction de sécurité dont le saut suivant est dépourvu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the mail client, change the authentication method to one the server supports, usually normal password (PLAIN or LOGIN over TLS) or OAuth2. Enable STARTTLS or SSL/TLS, because some servers offer AUTH only on encrypted connections.</source>
        <comment>X.7.4/fix/sender</comment>
        <translation>Dans le client de messagerie, choisissez une méthode d&apos;authentification prise en charge par le serveur, généralement le mot de passe normal (PLAIN ou LOGIN sur TLS) ou OAuth2. Activez STARTTLS ou SSL/TLS, car certains serveurs ne proposent AUTH que sur une connexion chiffrée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the mechanisms listed after AUTH in the server&apos;s EHLO reply and configure the relay client to use one of them, for example with Postfix smtp_sasl_mechanism_filter. Start TLS first if the server advertises AUTH only after STARTTLS.</source>
        <comment>X.7.4/fix/sendingServer</comment>
        <translation>Consultez les mécanismes listés après AUTH dans la réponse du serveur à EHLO et configurez le client de relais pour qu&apos;il utilise l&apos;un d&apos;eux, par exemple avec smtp_sasl_mechanism_filter de Postfix. Démarrez d&apos;abord TLS si le serveur n&apos;annonce AUTH qu&apos;après STARTTLS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm which SASL mechanisms are enabled (Postfix smtpd_sasl settings, Dovecot auth_mechanisms, Exchange receive connector authentication) and whether password authentication over TLS is allowed on the connector clients use.</source>
        <comment>X.7.4/fix/receivingServer</comment>
        <translation>Vérifiez quels mécanismes SASL sont activés (paramètres smtpd_sasl de Postfix, auth_mechanisms de Dovecot, authentification du connecteur de réception d&apos;Exchange) et si l&apos;authentification par mot de passe sur TLS est autorisée sur le connecteur utilisé par les clients.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.9 means the mechanism is supported but too weak for this user, whereas X.7.4 means the requested mechanism or feature is not supported at all.</source>
        <comment>X.7.4/confusedWith/X.7.9</comment>
        <translation>X.7.9 signifie que le mécanisme est pris en charge mais trop faible pour cet utilisateur, alors que X.7.4 signifie que le mécanisme ou la fonction demandés ne sont pas pris en charge du tout.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bare 502 means the whole command is not implemented, while 504 X.7.4 means the command exists but the requested security parameter or mechanism is not supported.</source>
        <comment>X.7.4/confusedWith/502</comment>
        <translation>Un 502 seul signifie que la commande entière n&apos;est pas implémentée, tandis que 504 X.7.4 signifie que la commande existe mais que le paramètre de sécurité ou le mécanisme demandé n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cryptographic failure</source>
        <comment>X.7.5/title</comment>
        <translation>Échec cryptographique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A system entitled to verify or decrypt the message could not do so because a necessary key was unavailable or invalid. It appears with encrypted mail whose key is missing, and some filters use it for failed signature checks. As 4.7.5 the key may become available later; as 5.7.5 the message will not pass without a change.</source>
        <comment>X.7.5/description</comment>
        <translation>Un système habilité à vérifier ou à déchiffrer le message n&apos;a pas pu le faire parce qu&apos;une clé nécessaire était indisponible ou invalide. Il apparaît avec du courrier chiffré dont la clé est manquante, et certains filtres l&apos;utilisent pour des vérifications de signature échouées. Sous la forme 4.7.5, la clé pourra devenir disponible plus tard&#xa0;; sous la forme 5.7.5, le message ne passera pas sans modification.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the final dot of DATA, when the server checks signatures or decrypts, or in a later bounce from a gateway.</source>
        <comment>X.7.5/when</comment>
        <translation>Après le point final de DATA, lorsque le serveur vérifie les signatures ou déchiffre le message, ou dans un rapport de non-remise ultérieur émis par une passerelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you sent encrypted mail, check that you used the recipient&apos;s current public key or certificate. If the bounce mentions DKIM, ask your mail administrator to check the signing setup.</source>
        <comment>X.7.5/fix/sender</comment>
        <translation>Si vous avez envoyé un courrier chiffré, vérifiez que vous avez utilisé la clé publique ou le certificat actuel du destinataire. Si le rapport de non-remise mentionne DKIM, demandez à votre administrateur de messagerie de vérifier la configuration de la signature.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the text points to DKIM, publish the public key for the selector you sign with as a TXT record at selector._domainkey.example.com and confirm that it matches the private key. Send a test message to a checking service before resending.</source>
        <comment>X.7.5/fix/sendingServer</comment>
        <translation>Si le texte évoque DKIM, publiez la clé publique du sélecteur avec lequel vous signez sous forme d&apos;enregistrement TXT à selector._domainkey.example.com et vérifiez qu&apos;elle correspond à la clé privée. Envoyez un message de test à un service de vérification avant de renvoyer le message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the gateway has the keys or certificates it needs and that DNS lookups for public keys succeed. The verification log usually shows which key was missing or invalid.</source>
        <comment>X.7.5/fix/receivingServer</comment>
        <translation>Vérifiez que la passerelle dispose des clés ou certificats dont elle a besoin et que les recherches DNS de clés publiques aboutissent. Le journal de vérification indique généralement quelle clé était manquante ou invalide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.7 means the message was altered so the check failed, whereas X.7.5 means the key needed to check or decrypt it was missing or invalid.</source>
        <comment>X.7.5/confusedWith/X.7.7</comment>
        <translation>X.7.7 signifie que le message a été modifié, si bien que la vérification a échoué, alors que X.7.5 signifie que la clé nécessaire pour le vérifier ou le déchiffrer était manquante ou invalide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cryptographic algorithm not supported</source>
        <comment>X.7.6/title</comment>
        <translation>Algorithme cryptographique non pris en charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A system entitled to verify or decrypt the message could not do so because it does not support the algorithm used, such as a cipher, hash or signature type. Older gateways, for example, may not support newer signature algorithms. It is usually permanent for that message and delivery path.</source>
        <comment>X.7.6/description</comment>
        <translation>Un système habilité à vérifier ou à déchiffrer le message n&apos;a pas pu le faire parce qu&apos;il ne prend pas en charge l&apos;algorithme utilisé, qu&apos;il s&apos;agisse d&apos;un algorithme de chiffrement, de hachage ou de signature. Les anciennes passerelles, par exemple, peuvent ne pas prendre en charge les algorithmes de signature récents. Il est généralement permanent pour ce message et ce chemin de remise.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the final dot of DATA, or in a later bounce from a gateway that processes signed or encrypted content.</source>
        <comment>X.7.6/when</comment>
        <translation>Après le point final de DATA, ou dans un rapport de non-remise ultérieur émis par une passerelle qui traite du contenu signé ou chiffré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend using a widely supported algorithm, for example an RSA certificate with SHA-256 for S/MIME, or ask the recipient which algorithms their system accepts.</source>
        <comment>X.7.6/fix/sender</comment>
        <translation>Renvoyez le message avec un algorithme largement pris en charge, par exemple un certificat RSA avec SHA-256 pour S/MIME, ou demandez au destinataire quels algorithmes son système accepte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you sign DKIM with a newer algorithm such as Ed25519, add a second signature with rsa-sha256 so that older verifiers can still check the message.</source>
        <comment>X.7.6/fix/sendingServer</comment>
        <translation>Si vous signez en DKIM avec un algorithme récent comme Ed25519, ajoutez une seconde signature en rsa-sha256 afin que les vérificateurs plus anciens puissent encore contrôler le message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the gateway or filter software so that it supports current algorithms, and check its logs for the algorithm it rejected.</source>
        <comment>X.7.6/fix/receivingServer</comment>
        <translation>Mettez à jour le logiciel de la passerelle ou du filtre afin qu&apos;il prenne en charge les algorithmes actuels, et consultez ses journaux pour savoir quel algorithme il a rejeté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.5 means a needed key was missing or invalid, while X.7.6 means the key may be fine but the algorithm itself is not supported.</source>
        <comment>X.7.6/confusedWith/X.7.5</comment>
        <translation>X.7.5 signifie qu&apos;une clé nécessaire était manquante ou invalide, tandis que X.7.6 signifie que la clé est peut-être correcte mais que l&apos;algorithme lui-même n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message integrity failure</source>
        <comment>X.7.7/title</comment>
        <translation>Échec de l&apos;intégrité du message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A system entitled to validate the message found that it had been corrupted or altered, so a signature or checksum no longer matched. Mailing lists, added footers and content filters that rewrite messages are common causes, for example when a DKIM body hash no longer matches. The registry allows its use as a permanent, transient or success code.</source>
        <comment>X.7.7/description</comment>
        <translation>Un système habilité à valider le message a constaté qu&apos;il avait été corrompu ou modifié, de sorte qu&apos;une signature ou une somme de contrôle ne correspondait plus. Les listes de diffusion, les pieds de page ajoutés et les filtres de contenu qui réécrivent les messages en sont des causes fréquentes, par exemple lorsque le hachage du corps DKIM ne correspond plus. Le registre autorise son utilisation comme code d&apos;échec permanent, d&apos;échec temporaire ou de réussite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the final dot of DATA, or in a bounce from a gateway that checks signatures.</source>
        <comment>X.7.7/when</comment>
        <translation>Après le point final de DATA, ou dans un rapport de non-remise émis par une passerelle qui vérifie les signatures.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend directly rather than through a forwarder or list that edits the message, and avoid tools that rewrite the message after it is signed.</source>
        <comment>X.7.7/fix/sender</comment>
        <translation>Renvoyez le message directement plutôt que par un service de transfert ou une liste qui le modifie, et évitez les outils qui réécrivent le message après sa signature.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign as the last step before sending, after any footer, disclaimer or antivirus step that edits the message. Use relaxed canonicalization (c=relaxed/relaxed) for DKIM so that harmless whitespace changes do not break the signature.</source>
        <comment>X.7.7/fix/sendingServer</comment>
        <translation>Signez en toute dernière étape avant l&apos;envoi, après tout ajout de pied de page, de clause de non-responsabilité ou traitement antivirus qui modifie le message. Utilisez la canonicalisation souple (c=relaxed/relaxed) pour DKIM afin que des modifications anodines d&apos;espaces ne cassent pas la signature.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check whether a hop in your own path, such as a filter or gateway, changed the message before verification, and verify signatures before any local modification.</source>
        <comment>X.7.7/fix/receivingServer</comment>
        <translation>Vérifiez si un saut de votre propre chemin, comme un filtre ou une passerelle, a modifié le message avant la vérification, et vérifiez les signatures avant toute modification locale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.20 says that no DKIM signature verified at all, while X.7.7 more generally says a checked message was altered or corrupted.</source>
        <comment>X.7.7/confusedWith/X.7.20</comment>
        <translation>X.7.20 indique qu&apos;aucune signature DKIM n&apos;a pu être vérifiée, tandis que X.7.7 indique plus généralement qu&apos;un message contrôlé a été modifié ou corrompu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication credentials invalid</source>
        <comment>X.7.8/title</comment>
        <translation>Identifiants d&apos;authentification invalides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server rejected the user name and password, token or other credentials sent with AUTH. It normally comes with 535, and the client should ask the user for new credentials instead of retrying the same ones. A class 4 form is rare; a temporary authentication problem is normally reported as 454 4.7.0.</source>
        <comment>X.7.8/description</comment>
        <translation>Le serveur a rejeté le nom d&apos;utilisateur et le mot de passe, le jeton ou les autres identifiants envoyés avec AUTH. Il accompagne normalement 535, et le client doit demander de nouveaux identifiants à l&apos;utilisateur au lieu de réessayer les mêmes. Une forme de classe 4 est rare&#xa0;; un problème temporaire d&apos;authentification est normalement signalé par 454 4.7.0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to AUTH, after the client has sent its credentials, for example after the base64-encoded user name and password of AUTH LOGIN.</source>
        <comment>X.7.8/when</comment>
        <translation>En réponse à AUTH, après que le client a envoyé ses identifiants, par exemple après le nom d&apos;utilisateur et le mot de passe encodés en base64 de AUTH LOGIN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-enter your full email address as the user name and your current password. If the account uses two-step verification, create an app password (Gmail, Yahoo, iCloud) or switch the client to OAuth2 sign-in. Make sure an old saved password is not being reused.</source>
        <comment>X.7.8/fix/sender</comment>
        <translation>Saisissez à nouveau votre adresse e-mail complète comme nom d&apos;utilisateur ainsi que votre mot de passe actuel. Si le compte utilise la validation en deux étapes, créez un mot de passe d&apos;application (Gmail, Yahoo, iCloud) ou passez le client à la connexion OAuth2. Assurez-vous qu&apos;un ancien mot de passe enregistré n&apos;est pas réutilisé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the relay credentials in the MTA (Postfix smtp_sasl_password_maps followed by postmap, Exim authenticators) and in the application&apos;s SMTP settings. For Microsoft 365, SMTP AUTH must be enabled for the mailbox and not disabled for the tenant, and accounts with multifactor authentication need OAuth2.</source>
        <comment>X.7.8/fix/sendingServer</comment>
        <translation>Mettez à jour les identifiants du relais dans le MTA (smtp_sasl_password_maps de Postfix suivi de postmap, authenticators d&apos;Exim) et dans les paramètres SMTP de l&apos;application. Pour Microsoft 365, SMTP AUTH doit être activé pour la boîte aux lettres et non désactivé pour le locataire, et les comptes dotés de l&apos;authentification multifacteur doivent utiliser OAuth2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the authentication log (Dovecot auth, saslauthd, Exchange) for the exact reason: unknown user, wrong password, locked account or blocked legacy sign-in. Many failures from one IP address suggest password guessing; rate-limit or block that source.</source>
        <comment>X.7.8/fix/receivingServer</comment>
        <translation>Consultez le journal d&apos;authentification (auth de Dovecot, saslauthd, Exchange) pour connaître la raison exacte&#xa0;: utilisateur inconnu, mot de passe incorrect, compte verrouillé ou connexion héritée bloquée. De nombreux échecs depuis une même adresse IP suggèrent des tentatives de deviner le mot de passe&#xa0;; appliquez une limite de débit à cette source ou bloquez-la.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>530 5.7.0 means the client has not authenticated and must do so, while 535 X.7.8 means it tried and the credentials were refused.</source>
        <comment>X.7.8/confusedWith/530</comment>
        <translation>530 5.7.0 signifie que le client ne s&apos;est pas authentifié et doit le faire, tandis que 535 X.7.8 signifie qu&apos;il a essayé et que ses identifiants ont été refusés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.9 with 534 refuses the authentication mechanism as too weak, whereas X.7.8 rejects the credentials themselves.</source>
        <comment>X.7.8/confusedWith/X.7.9</comment>
        <translation>X.7.9 avec 534 refuse le mécanisme d&apos;authentification parce qu&apos;il est trop faible, alors que X.7.8 rejette les identifiants eux-mêmes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>454 4.7.0 after AUTH is a temporary failure to check credentials and can be retried, while X.7.8 means the credentials were checked and found wrong.</source>
        <comment>X.7.8/confusedWith/454</comment>
        <translation>454 4.7.0 après AUTH est un échec temporaire de la vérification des identifiants et il est possible de réessayer, tandis que X.7.8 signifie que les identifiants ont été vérifiés et jugés incorrects.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication mechanism is too weak</source>
        <comment>X.7.9/title</comment>
        <translation>Mécanisme d&apos;authentification trop faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the AUTH mechanism the client chose because its policy requires a stronger one for this user, and the client should try another mechanism. Gmail, for example, returns 534 5.7.9 &quot;Application-specific password required&quot; when an account with two-step verification signs in with its normal password. It is permanent for that mechanism.</source>
        <comment>X.7.9/description</comment>
        <translation>Le serveur a refusé le mécanisme AUTH choisi par le client parce que sa politique en exige un plus robuste pour cet utilisateur&#xa0;; le client doit essayer un autre mécanisme. Gmail, par exemple, renvoie 534 5.7.9 &quot;Application-specific password required&quot; lorsqu&apos;un compte avec validation en deux étapes se connecte avec son mot de passe normal. Il est permanent pour ce mécanisme.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to AUTH, either right after the mechanism name or after the credentials have been sent.</source>
        <comment>X.7.9/when</comment>
        <translation>En réponse à AUTH, soit juste après le nom du mécanisme, soit après l&apos;envoi des identifiants.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch the client to a stronger sign-in method such as OAuth2, or create an app password if your provider requires one for accounts with two-step verification. Make sure the connection uses TLS, on port 587 with STARTTLS or port 465.</source>
        <comment>X.7.9/fix/sender</comment>
        <translation>Passez le client à une méthode de connexion plus robuste comme OAuth2, ou créez un mot de passe d&apos;application si votre fournisseur l&apos;exige pour les comptes avec validation en deux étapes. Vérifiez que la connexion utilise TLS, sur le port 587 avec STARTTLS ou sur le port 465.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configure the relay client to use a mechanism the server accepts, such as XOAUTH2, or PLAIN only over an encrypted connection, and replace the stored password with an app password if the provider requires it.</source>
        <comment>X.7.9/fix/sendingServer</comment>
        <translation>Configurez le client de relais pour qu&apos;il utilise un mécanisme accepté par le serveur, comme XOAUTH2, ou PLAIN uniquement sur une connexion chiffrée, et remplacez le mot de passe enregistré par un mot de passe d&apos;application si le fournisseur l&apos;exige.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check which mechanisms your policy allows per user, and advertise only those in the EHLO reply so that clients do not choose one that will be refused.</source>
        <comment>X.7.9/fix/receivingServer</comment>
        <translation>Vérifiez quels mécanismes votre politique autorise pour chaque utilisateur, et n&apos;annoncez que ceux-là dans la réponse à EHLO pour que les clients n&apos;en choisissent pas un qui sera refusé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.8 with 535 means the credentials were wrong, while X.7.9 with 534 means the credentials may be right but the mechanism used is not allowed for this user.</source>
        <comment>X.7.9/confusedWith/X.7.8</comment>
        <translation>X.7.8 avec 535 signifie que les identifiants étaient incorrects, tandis que X.7.9 avec 534 signifie que les identifiants sont peut-être corrects mais que le mécanisme utilisé n&apos;est pas autorisé pour cet utilisateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.4 means the mechanism is not supported at all, whereas X.7.9 means it is supported but too weak under the server&apos;s policy.</source>
        <comment>X.7.9/confusedWith/X.7.4</comment>
        <translation>X.7.4 signifie que le mécanisme n&apos;est pas du tout pris en charge, alors que X.7.9 signifie qu&apos;il est pris en charge mais trop faible selon la politique du serveur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption needed</source>
        <comment>X.7.10/title</comment>
        <translation>Chiffrement nécessaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The requested authentication mechanism may be used only with strong encryption in place, mainly plain-text mechanisms such as PLAIN and LOGIN. The client can start TLS and authenticate again, or choose a stronger mechanism. It refuses that attempt only; the same mechanism works once the connection is encrypted. The registry associates it with reply code 523.</source>
        <comment>X.7.10/description</comment>
        <translation>Le mécanisme d&apos;authentification demandé ne peut être utilisé qu&apos;avec un chiffrement fort en place&#xa0;; il s&apos;agit principalement des mécanismes en texte clair comme PLAIN et LOGIN. Le client peut démarrer TLS et s&apos;authentifier à nouveau, ou choisir un mécanisme plus robuste. Seule cette tentative est refusée&#xa0;: le même mécanisme fonctionne une fois la connexion chiffrée. Le registre l&apos;associe au code de réponse 523.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to AUTH sent over a connection that is not encrypted.</source>
        <comment>X.7.10/when</comment>
        <translation>En réponse à un AUTH envoyé sur une connexion non chiffrée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable SSL/TLS or STARTTLS in the outgoing server settings of your mail client, usually port 587 with STARTTLS or port 465 with TLS, then send again.</source>
        <comment>X.7.10/fix/sender</comment>
        <translation>Activez SSL/TLS ou STARTTLS dans les paramètres du serveur sortant de votre client de messagerie, généralement le port 587 avec STARTTLS ou le port 465 avec TLS, puis envoyez à nouveau le message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue STARTTLS before AUTH when talking to this relay, for example with Postfix smtp_tls_security_level = encrypt for that destination, or use implicit TLS on port 465 (Postfix smtp_tls_wrappermode = yes).</source>
        <comment>X.7.10/fix/sendingServer</comment>
        <translation>Exécutez STARTTLS avant AUTH lorsque vous communiquez avec ce relais, par exemple avec smtp_tls_security_level = encrypt de Postfix pour cette destination, ou utilisez TLS implicite sur le port 465 (smtp_tls_wrappermode = yes de Postfix).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This behavior is normally intended. Make sure STARTTLS is advertised with a valid certificate so that clients can comply.</source>
        <comment>X.7.10/fix/receivingServer</comment>
        <translation>Ce comportement est normalement voulu. Vérifiez que STARTTLS est annoncé avec un certificat valide pour que les clients puissent s&apos;y conformer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.11 with 538 is the older RFC 4954 code for an unencrypted AUTH attempt, kept for historical reasons, while X.7.10 with 523 is the general registry code asking for an encryption layer or a stronger mechanism.</source>
        <comment>X.7.10/confusedWith/X.7.11</comment>
        <translation>X.7.11 avec 538 est l&apos;ancien code de la RFC 4954 pour une tentative AUTH non chiffrée, conservé pour des raisons historiques, tandis que X.7.10 avec 523 est le code général du registre qui demande une couche de chiffrement ou un mécanisme plus robuste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption required for requested authentication mechanism</source>
        <comment>X.7.11/title</comment>
        <translation>Chiffrement requis pour le mécanisme d&apos;authentification demandé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The AUTH mechanism the client chose may be used only when the SMTP connection is encrypted. RFC 4954 documents this code for historical purposes: current servers should not advertise such mechanisms until TLS is active, so clients rarely see it. It usually comes with 538.</source>
        <comment>X.7.11/description</comment>
        <translation>Le mécanisme AUTH choisi par le client ne peut être utilisé que lorsque la connexion SMTP est chiffrée. La RFC 4954 documente ce code à titre historique&#xa0;: les serveurs actuels ne doivent pas annoncer de tels mécanismes avant que TLS soit actif, si bien que les clients le voient rarement. Il accompagne généralement 538.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to AUTH sent before STARTTLS on a server that still advertises plain-text mechanisms.</source>
        <comment>X.7.11/when</comment>
        <translation>En réponse à un AUTH envoyé avant STARTTLS sur un serveur qui annonce encore des mécanismes en texte clair.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on STARTTLS or SSL/TLS in the outgoing server settings of your mail client and send again.</source>
        <comment>X.7.11/fix/sender</comment>
        <translation>Activez STARTTLS ou SSL/TLS dans les paramètres du serveur sortant de votre client de messagerie et envoyez à nouveau le message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start TLS before authenticating to this relay, for example with Postfix smtp_tls_security_level = encrypt, and do not allow plain-text authentication on unencrypted connections.</source>
        <comment>X.7.11/fix/sendingServer</comment>
        <translation>Démarrez TLS avant de vous authentifier auprès de ce relais, par exemple avec smtp_tls_security_level = encrypt de Postfix, et n&apos;autorisez pas l&apos;authentification en texte clair sur une connexion non chiffrée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advertise plain-text mechanisms only after STARTTLS, for example with Postfix smtpd_tls_auth_only = yes, so that clients never try them unencrypted.</source>
        <comment>X.7.11/fix/receivingServer</comment>
        <translation>N&apos;annoncez les mécanismes en texte clair qu&apos;après STARTTLS, par exemple avec smtpd_tls_auth_only = yes de Postfix, pour que les clients ne les essaient jamais sans chiffrement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.10 with 523 is the general registry code asking for encryption before this mechanism, while X.7.11 with 538 is the RFC 4954 code kept mainly for historical reasons.</source>
        <comment>X.7.11/confusedWith/X.7.10</comment>
        <translation>X.7.10 avec 523 est le code général du registre qui demande le chiffrement avant ce mécanisme, tandis que X.7.11 avec 538 est le code de la RFC 4954 conservé principalement pour des raisons historiques.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password transition is needed</source>
        <comment>X.7.12/title</comment>
        <translation>Une transition de mot de passe est nécessaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user must move to the selected authentication mechanism, typically by authenticating once with PLAIN over an encrypted connection so that the server can set up the new credential. After that, the selected mechanism should work in later sessions. It is a transient condition, normally sent as 432 4.7.12.</source>
        <comment>X.7.12/description</comment>
        <translation>L&apos;utilisateur doit passer au mécanisme d&apos;authentification sélectionné, généralement en s&apos;authentifiant une fois avec PLAIN sur une connexion chiffrée afin que le serveur puisse créer les nouveaux identifiants. Ensuite, le mécanisme sélectionné devrait fonctionner lors des sessions suivantes. Il s&apos;agit d&apos;une condition temporaire, normalement envoyée sous la forme 432 4.7.12.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to AUTH with a mechanism for which the server does not yet hold a usable credential for this user.</source>
        <comment>X.7.12/when</comment>
        <translation>En réponse à AUTH avec un mécanisme pour lequel le serveur ne détient pas encore d&apos;identifiants utilisables pour cet utilisateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in once with normal password (PLAIN) over an encrypted connection, then switch back to the preferred method. Contact your provider if the message keeps appearing.</source>
        <comment>X.7.12/fix/sender</comment>
        <translation>Connectez-vous une fois avec le mot de passe normal (PLAIN) sur une connexion chiffrée, puis revenez à la méthode préférée. Contactez votre fournisseur si le message continue d&apos;apparaître.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authenticate the relay account once with PLAIN over TLS, then return to the stronger mechanism.</source>
        <comment>X.7.12/fix/sendingServer</comment>
        <translation>Authentifiez une fois le compte de relais avec PLAIN sur TLS, puis revenez au mécanisme plus robuste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure PLAIN over TLS is available so that users can complete the transition, and check that the password backend stores the credential the new mechanism needs.</source>
        <comment>X.7.12/fix/receivingServer</comment>
        <translation>Vérifiez que PLAIN sur TLS est disponible pour que les utilisateurs puissent effectuer la transition, et que la base de mots de passe stocke les identifiants dont le nouveau mécanisme a besoin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.8 means the credentials were wrong, while X.7.12 means they may be correct but must first be used once with PLAIN so the server can prepare the new mechanism.</source>
        <comment>X.7.12/confusedWith/X.7.8</comment>
        <translation>X.7.8 signifie que les identifiants étaient incorrects, tandis que X.7.12 signifie qu&apos;ils sont peut-être corrects mais doivent d&apos;abord être utilisés une fois avec PLAIN pour que le serveur puisse préparer le nouveau mécanisme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender Not Authenticated by Organization</source>
        <comment>5.7.12@Microsoft/title</comment>
        <translation>Expéditeur non authentifié par l&apos;organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.12 when the recipient is configured to reject messages from outside its organization and the sender was not authenticated as internal. Only an administrator of the recipient&apos;s organization can change this. The registry meaning of X.7.12, a required password transition, is unrelated.</source>
        <comment>5.7.12@Microsoft/description</comment>
        <translation>Exchange Online renvoie 5.7.12 lorsque le destinataire est configuré pour refuser les messages provenant de l&apos;extérieur de son organisation et que l&apos;expéditeur n&apos;a pas été authentifié comme interne. Seul un administrateur de l&apos;organisation du destinataire peut modifier ce réglage. La signification de X.7.12 dans le registre, une transition de mot de passe requise, n&apos;a aucun rapport.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned when an external or anonymous sender writes to an address that accepts internal senders only.</source>
        <comment>5.7.12@Microsoft/when</comment>
        <translation>Renvoyé lorsqu&apos;un expéditeur externe ou anonyme écrit à une adresse qui n&apos;accepte que les expéditeurs internes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach the recipient another way and ask their administrator to allow external senders, or send through an internal contact.</source>
        <comment>5.7.12@Microsoft/fix/sender</comment>
        <translation>Joignez le destinataire par un autre moyen et demandez à son administrateur d&apos;autoriser les expéditeurs externes, ou faites passer le message par un contact interne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If external mail should be accepted, change the recipient&apos;s delivery restrictions to allow senders inside and outside the organization, or add the sender to the allowed senders.</source>
        <comment>5.7.12@Microsoft/fix/receivingServer</comment>
        <translation>Si le courrier externe doit être accepté, modifiez les restrictions de remise du destinataire pour autoriser les expéditeurs internes et externes à l&apos;organisation, ou ajoutez l&apos;expéditeur aux expéditeurs autorisés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.12 in the registry means a password transition is needed before authentication, while Exchange Online&apos;s 5.7.12 means an external sender was refused by an internal-only recipient.</source>
        <comment>5.7.12@Microsoft/confusedWith/X.7.12</comment>
        <translation>Dans le registre, X.7.12 signifie qu&apos;une transition de mot de passe est nécessaire avant l&apos;authentification, tandis que 5.7.12 d&apos;Exchange Online signifie qu&apos;un expéditeur externe a été refusé par un destinataire réservé aux expéditeurs internes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.133 names a group as the restricted recipient, while 5.7.12 is the general form for any recipient that accepts internal senders only.</source>
        <comment>5.7.12@Microsoft/confusedWith/5.7.133@Microsoft</comment>
        <translation>5.7.133 désigne un groupe comme destinataire restreint, tandis que 5.7.12 est la forme générale pour tout destinataire qui n&apos;accepte que les expéditeurs internes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User account disabled</source>
        <comment>X.7.13/title</comment>
        <translation>Compte utilisateur désactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credentials were correct, but the account has been disabled, for example because of non-payment, abuse or a suspected break-in. Unlike a mistyped password, entering it again will not help: the failure lasts until an administrator re-enables the account. The registry associates it with 525.</source>
        <comment>X.7.13/description</comment>
        <translation>Les identifiants étaient corrects, mais le compte a été désactivé, par exemple pour défaut de paiement, abus ou suspicion d&apos;intrusion. Contrairement à un mot de passe mal saisi, le saisir à nouveau n&apos;aidera pas&#xa0;: l&apos;échec persiste jusqu&apos;à ce qu&apos;un administrateur réactive le compte. Le registre l&apos;associe à 525.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to AUTH, after successful authentication to an account that is disabled.</source>
        <comment>X.7.13/when</comment>
        <translation>En réponse à AUTH, après une authentification réussie sur un compte désactivé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact your email provider or administrator to learn why the account was disabled and to have it re-enabled. If it was disabled after a compromise, change the password and review forwarding rules once access is restored.</source>
        <comment>X.7.13/fix/sender</comment>
        <translation>Contactez votre fournisseur de messagerie ou votre administrateur pour savoir pourquoi le compte a été désactivé et le faire réactiver. S&apos;il a été désactivé après une compromission, changez le mot de passe et vérifiez les règles de transfert une fois l&apos;accès rétabli.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop retrying with this account. Contact the provider, or switch the application to an account that is active.</source>
        <comment>X.7.13/fix/sendingServer</comment>
        <translation>Cessez de réessayer avec ce compte. Contactez le fournisseur, ou faites passer l&apos;application à un compte actif.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the account status and the recorded reason in your directory, and re-enable the account once the cause, such as a compromise or a billing issue, is resolved.</source>
        <comment>X.7.13/fix/receivingServer</comment>
        <translation>Vérifiez l&apos;état du compte et le motif enregistré dans votre annuaire, et réactivez le compte une fois la cause, comme une compromission ou un problème de facturation, résolue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.8 means the credentials were wrong and can be re-entered, whereas X.7.13 means they were right but the account is disabled.</source>
        <comment>X.7.13/confusedWith/X.7.8</comment>
        <translation>X.7.8 signifie que les identifiants étaient incorrects et peuvent être saisis à nouveau, alors que X.7.13 signifie qu&apos;ils étaient corrects mais que le compte est désactivé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.2.1 says the recipient&apos;s mailbox is not accepting messages, while X.7.13 says the sender&apos;s own account is disabled for authentication.</source>
        <comment>X.7.13/confusedWith/X.2.1</comment>
        <translation>X.2.1 indique que la boîte aux lettres du destinataire n&apos;accepte pas de messages, tandis que X.7.13 indique que le propre compte de l&apos;expéditeur est désactivé pour l&apos;authentification.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust relationship required</source>
        <comment>X.7.14/title</comment>
        <translation>Relation de confiance requise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The submission server needs a configured trust relationship with another server, typically an IMAP server, to fetch message content referenced with the BURL command. It replaced the earlier use of X.7.8 for this case. Gmail also sends 534 5.7.14 asking the user to sign in through a web browser first, which is not the registry meaning.</source>
        <comment>X.7.14/description</comment>
        <translation>Le serveur de soumission a besoin d&apos;une relation de confiance configurée avec un autre serveur, généralement un serveur IMAP, pour récupérer le contenu d&apos;un message référencé avec la commande BURL. Il remplace l&apos;ancien usage de X.7.8 dans ce cas. Gmail envoie aussi 534 5.7.14 pour demander à l&apos;utilisateur de se connecter d&apos;abord via un navigateur web, ce qui ne correspond pas à la signification du registre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to BURL when the server cannot fetch the referenced content, or at Gmail in reply to AUTH from a client.</source>
        <comment>X.7.14/when</comment>
        <translation>En réponse à BURL lorsque le serveur ne peut pas récupérer le contenu référencé, ou chez Gmail en réponse à la commande AUTH d&apos;un client.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the Gmail message, sign in to the account in a web browser, complete any security check, and then use an app password or OAuth2 in the mail client. For BURL errors, send the message normally instead of by reference.</source>
        <comment>X.7.14/fix/sender</comment>
        <translation>Pour le message de Gmail, connectez-vous au compte dans un navigateur web, effectuez toute vérification de sécurité demandée, puis utilisez un mot de passe d&apos;application ou OAuth2 dans le client de messagerie. Pour les erreurs BURL, envoyez le message normalement plutôt que par référence.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up the trust between the submission server and the IMAP server, for example the URLAUTH settings in Dovecot, so that BURL can fetch the referenced message.</source>
        <comment>X.7.14/fix/receivingServer</comment>
        <translation>Établissez la relation de confiance entre le serveur de soumission et le serveur IMAP, par exemple avec les paramètres URLAUTH de Dovecot, pour que BURL puisse récupérer le message référencé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.8 rejects the user&apos;s credentials, while X.7.14 means the servers lack the trust needed to fetch referenced content or, at Gmail, that an interactive sign-in is needed.</source>
        <comment>X.7.14/confusedWith/X.7.8</comment>
        <translation>X.7.8 rejette les identifiants de l&apos;utilisateur, tandis que X.7.14 signifie que les serveurs n&apos;ont pas la relation de confiance nécessaire pour récupérer le contenu référencé ou, chez Gmail, qu&apos;une connexion interactive est nécessaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.6.6 means the referenced content could not be fetched at all, whereas X.7.14 means fetching it is not permitted without a configured trust relationship.</source>
        <comment>X.7.14/confusedWith/X.6.6</comment>
        <translation>X.6.6 signifie que le contenu référencé n&apos;a pas pu être récupéré du tout, alors que X.7.14 signifie que sa récupération n&apos;est pas autorisée sans relation de confiance configurée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority level is too low</source>
        <comment>X.7.15/title</comment>
        <translation>Niveau de priorité trop bas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message priority requested with the MT-PRIORITY extension is below the lowest priority the server currently accepts. A 4.7.15 usually means the server is temporarily taking only higher-priority mail, so a later retry can succeed; a 5.7.15 reflects a lasting policy. Other 4xx and 5xx reply codes are allowed besides 450 and 550.</source>
        <comment>X.7.15/description</comment>
        <translation>La priorité du message demandée avec l&apos;extension MT-PRIORITY est inférieure à la priorité la plus basse que le serveur accepte actuellement. Un 4.7.15 signifie généralement que le serveur n&apos;accepte temporairement que le courrier de priorité plus élevée, si bien que réessayer plus tard peut réussir&#xa0;; un 5.7.15 reflète une politique durable. Outre 450 et 550, tout autre code de réponse 4xx ou 5xx est autorisé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to MAIL FROM carrying an MT-PRIORITY parameter.</source>
        <comment>X.7.15/when</comment>
        <translation>En réponse à un MAIL FROM portant un paramètre MT-PRIORITY.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send again later, or with a higher priority if you are entitled to use one.</source>
        <comment>X.7.15/fix/sender</comment>
        <translation>Envoyez à nouveau le message plus tard, ou avec une priorité plus élevée si vous êtes autorisé à en utiliser une.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 4.7.15, keep the message queued and retry. Check that the MT-PRIORITY values you send match what the relay trusts you to use, and agree a priority policy with its operator if needed.</source>
        <comment>X.7.15/fix/sendingServer</comment>
        <translation>Pour 4.7.15, conservez le message en file d&apos;attente pour réessayer plus tard. Vérifiez que les valeurs MT-PRIORITY que vous envoyez correspondent à celles que le relais vous autorise à utiliser, et convenez si nécessaire d&apos;une politique de priorité avec son exploitant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the priority thresholds in your MT-PRIORITY policy and whether the system is in a mode that accepts only high-priority mail.</source>
        <comment>X.7.15/fix/receivingServer</comment>
        <translation>Examinez les seuils de priorité de votre politique MT-PRIORITY et vérifiez si le système est dans un mode qui n&apos;accepte que le courrier de haute priorité.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.16 refuses the message because it is too large for its priority, while X.7.15 refuses it because the priority itself is too low.</source>
        <comment>X.7.15/confusedWith/X.7.16</comment>
        <translation>X.7.16 refuse le message parce qu&apos;il est trop volumineux pour sa priorité, tandis que X.7.15 le refuse parce que la priorité elle-même est trop basse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message too big for specified priority</source>
        <comment>X.7.16/title</comment>
        <translation>Message trop volumineux pour la priorité indiquée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message exceeds the size the server accepts at the requested MT-PRIORITY level, for example when only small high-priority messages are being taken. As 4.7.16 the limit may lift later; as 5.7.16 the message must be smaller or sent at a priority with a higher limit. 552 is the usual reply code, but other 4xx and 5xx codes are allowed.</source>
        <comment>X.7.16/description</comment>
        <translation>Le message dépasse la taille que le serveur accepte au niveau MT-PRIORITY demandé, par exemple lorsque seuls de petits messages de haute priorité sont acceptés. Sous la forme 4.7.16, la limite pourra être levée plus tard&#xa0;; sous la forme 5.7.16, le message doit être plus petit ou envoyé avec une priorité dont la limite est plus élevée. 552 est le code de réponse habituel, mais d&apos;autres codes 4xx et 5xx sont autorisés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to MAIL FROM with SIZE and MT-PRIORITY parameters, or after the final dot of DATA.</source>
        <comment>X.7.16/when</comment>
        <translation>En réponse à un MAIL FROM avec les paramètres SIZE et MT-PRIORITY, ou après le point final de DATA.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reduce the message size, for example by sharing large attachments as links, or send at a priority level that allows larger messages.</source>
        <comment>X.7.16/fix/sender</comment>
        <translation>Réduisez la taille du message, par exemple en partageant les pièces jointes volumineuses sous forme de liens, ou envoyez-le avec un niveau de priorité qui autorise des messages plus volumineux.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry a 4.7.16 later. For 5.7.16, return the message to the sender, or lower its priority only if your policy allows that.</source>
        <comment>X.7.16/fix/sendingServer</comment>
        <translation>Pour 4.7.16, prévoyez de réessayer plus tard. Pour 5.7.16, renvoyez le message à l&apos;expéditeur, ou abaissez sa priorité uniquement si votre politique le permet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the size limits configured for each priority level and whether they match your published policy.</source>
        <comment>X.7.16/fix/receivingServer</comment>
        <translation>Vérifiez les limites de taille configurées pour chaque niveau de priorité et si elles correspondent à votre politique publiée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.3.4 means the message is larger than the server accepts at all, while X.7.16 means it is too large only for the requested priority.</source>
        <comment>X.7.16/confusedWith/X.3.4</comment>
        <translation>X.3.4 signifie que le message est plus volumineux que ce que le serveur accepte dans tous les cas, tandis que X.7.16 signifie qu&apos;il est trop volumineux uniquement pour la priorité demandée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.15 refuses the priority level itself, whereas X.7.16 accepts the priority but not a message of this size at that priority.</source>
        <comment>X.7.16/confusedWith/X.7.15</comment>
        <translation>X.7.15 refuse le niveau de priorité lui-même, alors que X.7.16 accepte la priorité mais pas un message de cette taille à cette priorité.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox owner has changed</source>
        <comment>X.7.17/title</comment>
        <translation>Le propriétaire de la boîte aux lettres a changé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message asked, through the Require-Recipient-Valid-Since header field or the RRVS extension, to be delivered only if the mailbox has had the same owner since a given date. The receiving system knows the mailbox has changed hands since then, so delivery would reach someone else. The registry associates it with 5xx replies.</source>
        <comment>X.7.17/description</comment>
        <translation>Le message demandait, via le champ d&apos;en-tête Require-Recipient-Valid-Since ou l&apos;extension RRVS, à n&apos;être remis que si la boîte aux lettres avait le même propriétaire depuis une date donnée. Le système de réception sait que la boîte aux lettres a changé de main depuis, de sorte que la remise atteindrait quelqu&apos;un d&apos;autre. Le registre l&apos;associe aux réponses 5xx.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to RCPT TO carrying the RRVS parameter, or after the final dot of DATA when the header field is evaluated.</source>
        <comment>X.7.17/when</comment>
        <translation>En réponse à un RCPT TO portant le paramètre RRVS, ou après le point final de DATA lorsque le champ d&apos;en-tête est évalué.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not resend to this address. Confirm the person&apos;s current address through another channel and update your records.</source>
        <comment>X.7.17/fix/sender</comment>
        <translation>Ne renvoyez pas de message à cette adresse. Confirmez l&apos;adresse actuelle de la personne par un autre moyen et mettez à jour vos fichiers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treat it as a permanent failure and mark the address in the sending application so that no further mail is sent to it.</source>
        <comment>X.7.17/fix/sendingServer</comment>
        <translation>Traitez-le comme un échec permanent et marquez l&apos;adresse dans l&apos;application d&apos;envoi afin qu&apos;aucun autre courrier ne lui soit envoyé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is usually needed, because the code protects the former owner&apos;s mail as intended.</source>
        <comment>X.7.17/fix/receivingServer</comment>
        <translation>Aucune action n&apos;est généralement nécessaire, car le code protège comme prévu le courrier de l&apos;ancien propriétaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.1 means the mailbox does not exist, while X.7.17 means it exists but has belonged to someone else since the date given.</source>
        <comment>X.7.17/confusedWith/X.1.1</comment>
        <translation>X.1.1 signifie que la boîte aux lettres n&apos;existe pas, tandis que X.7.17 signifie qu&apos;elle existe mais appartient à quelqu&apos;un d&apos;autre depuis la date indiquée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.18 says the recipient&apos;s whole domain changed owner, whereas X.7.17 says one mailbox did.</source>
        <comment>X.7.17/confusedWith/X.7.18</comment>
        <translation>X.7.18 indique que tout le domaine du destinataire a changé de propriétaire, alors que X.7.17 indique qu&apos;une seule boîte aux lettres a changé de propriétaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain owner has changed</source>
        <comment>X.7.18/title</comment>
        <translation>Le propriétaire du domaine a changé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message requested RRVS protection, and the receiving system discloses that the recipient&apos;s domain name has changed owner since the date given. Any mailbox under that domain may now belong to someone unrelated to the intended recipient. The registry associates it with 5xx replies.</source>
        <comment>X.7.18/description</comment>
        <translation>Le message demandait une protection RRVS, et le système de réception révèle que le nom de domaine du destinataire a changé de propriétaire depuis la date indiquée. Toute boîte aux lettres de ce domaine peut désormais appartenir à une personne sans rapport avec le destinataire prévu. Le registre l&apos;associe aux réponses 5xx.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to RCPT TO carrying the RRVS parameter, or after the final dot of DATA when the Require-Recipient-Valid-Since header field is evaluated.</source>
        <comment>X.7.18/when</comment>
        <translation>En réponse à un RCPT TO portant le paramètre RRVS, ou après le point final de DATA lorsque le champ d&apos;en-tête Require-Recipient-Valid-Since est évalué.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not resend. Confirm the recipient&apos;s new address, which is likely at a different domain, through another channel.</source>
        <comment>X.7.18/fix/sender</comment>
        <translation>Ne renvoyez pas le message. Confirmez par un autre moyen la nouvelle adresse du destinataire, qui se trouve probablement dans un autre domaine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treat it as a permanent failure and mark all addresses at that domain for review in the sending application.</source>
        <comment>X.7.18/fix/sendingServer</comment>
        <translation>Traitez-le comme un échec permanent et signalez toutes les adresses de ce domaine pour vérification dans l&apos;application d&apos;envoi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is usually needed, because the code protects the previous domain owner&apos;s users as intended.</source>
        <comment>X.7.18/fix/receivingServer</comment>
        <translation>Aucune action n&apos;est généralement nécessaire, car le code protège comme prévu les utilisateurs de l&apos;ancien propriétaire du domaine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.17 says a single mailbox changed owner, while X.7.18 says the whole recipient domain did.</source>
        <comment>X.7.18/confusedWith/X.7.17</comment>
        <translation>X.7.17 indique qu&apos;une seule boîte aux lettres a changé de propriétaire, tandis que X.7.18 indique que c&apos;est tout le domaine du destinataire qui a changé de propriétaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RRVS test cannot be completed</source>
        <comment>X.7.19/title</comment>
        <translation>Test RRVS impossible à effectuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message requested RRVS protection, but the receiving system cannot evaluate it because it did not record when the mailbox was created or last changed owner. The sender must decide whether to resend the message without RRVS protection. The registry associates it with 5xx replies.</source>
        <comment>X.7.19/description</comment>
        <translation>Le message demandait une protection RRVS, mais le système de réception ne peut pas l&apos;évaluer car il n&apos;a pas enregistré la date de création de la boîte aux lettres ni celle de son dernier changement de propriétaire. L&apos;expéditeur doit décider s&apos;il renvoie le message sans protection RRVS. Le registre l&apos;associe aux réponses 5xx.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to RCPT TO carrying the RRVS parameter, or after the final dot of DATA when the Require-Recipient-Valid-Since header field is evaluated.</source>
        <comment>X.7.19/when</comment>
        <translation>En réponse à un RCPT TO portant le paramètre RRVS, ou après le point final de DATA lorsque le champ d&apos;en-tête Require-Recipient-Valid-Since est évalué.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide whether the message is safe to deliver without the ownership check. If it is, resend without the Require-Recipient-Valid-Since field or RRVS parameter.</source>
        <comment>X.7.19/fix/sender</comment>
        <translation>Déterminez si le message peut être remis sans risque sans la vérification du propriétaire. Si c&apos;est le cas, renvoyez-le sans le champ Require-Recipient-Valid-Since ni le paramètre RRVS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report the failure to the originating application so it can choose to resend without RRVS, rather than discarding the address.</source>
        <comment>X.7.19/fix/sendingServer</comment>
        <translation>Signalez l&apos;échec à l&apos;application d&apos;origine afin qu&apos;elle puisse choisir de renvoyer le message sans RRVS, plutôt que d&apos;abandonner l&apos;adresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you support RRVS, record account creation and ownership change times so that future checks can be completed.</source>
        <comment>X.7.19/fix/receivingServer</comment>
        <translation>Si vous prenez en charge RRVS, enregistrez les dates de création des comptes et de changement de propriétaire afin que les vérifications futures puissent aboutir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.17 is a definite answer that the mailbox changed owner, whereas X.7.19 means the server could not tell.</source>
        <comment>X.7.19/confusedWith/X.7.17</comment>
        <translation>X.7.17 est une réponse définitive indiquant que la boîte aux lettres a changé de propriétaire, alors que X.7.19 signifie que le serveur n&apos;a pas pu le déterminer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No passing DKIM signature found</source>
        <comment>X.7.20/title</comment>
        <translation>Aucune signature DKIM valide trouvée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The receiver&apos;s policy requires a valid DKIM signature, and the message had none that verified: it was unsigned or every signature failed. Causes include signing not enabled, a missing or wrong public key in DNS, and changes to the message after signing. It is normally 550 5.7.20; a class 4 form suggests a temporary problem such as a DNS timeout.</source>
        <comment>X.7.20/description</comment>
        <translation>La politique du système de réception exige une signature DKIM valide, et le message n&apos;en comportait aucune qui ait pu être vérifiée&#xa0;: il n&apos;était pas signé ou toutes les signatures ont échoué. Les causes possibles sont une signature non activée, une clé publique absente ou erronée dans le DNS et des modifications du message après la signature. Il s&apos;agit normalement de 550 5.7.20&#xa0;; une forme de classe 4 suggère un problème temporaire, comme un délai d&apos;attente DNS dépassé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the final dot of DATA, once the message has been received and its signatures checked.</source>
        <comment>X.7.20/when</comment>
        <translation>Après le point final de DATA, une fois le message reçu et ses signatures vérifiées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask your email provider or administrator to enable DKIM signing for your domain. If you send through a third-party service, complete its domain authentication setup.</source>
        <comment>X.7.20/fix/sender</comment>
        <translation>Demandez à votre fournisseur de messagerie ou à votre administrateur d&apos;activer la signature DKIM pour votre domaine. Si vous envoyez via un service tiers, terminez la configuration de l&apos;authentification de domaine de ce service.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign all outgoing mail (OpenDKIM, Rspamd or your provider&apos;s setting) and publish the key as a TXT record at selector._domainkey.example.com with v=DKIM1; k=rsa; p= followed by the key. Check that the s= selector in the signature matches that name and that nothing edits the message after signing.</source>
        <comment>X.7.20/fix/sendingServer</comment>
        <translation>Signez tout le courrier sortant (OpenDKIM, Rspamd ou le paramètre de votre fournisseur) et publiez la clé sous forme d&apos;enregistrement TXT à selector._domainkey.example.com avec v=DKIM1; k=rsa; p= suivi de la clé. Vérifiez que le sélecteur s= de la signature correspond à ce nom et que rien ne modifie le message après la signature.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the Authentication-Results header or the DKIM verifier log for the reason, such as no key, bad signature or body hash mismatch, before adding exceptions.</source>
        <comment>X.7.20/fix/receivingServer</comment>
        <translation>Consultez l&apos;en-tête Authentication-Results ou le journal du vérificateur DKIM pour connaître la raison, comme une clé absente, une signature incorrecte ou un hachage du corps discordant, avant d&apos;ajouter des exceptions.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.21 means at least one DKIM signature verified but none was acceptable to policy, while X.7.20 means no signature verified at all.</source>
        <comment>X.7.20/confusedWith/X.7.21</comment>
        <translation>X.7.21 signifie qu&apos;au moins une signature DKIM a été vérifiée mais qu&apos;aucune n&apos;était acceptable pour la politique, tandis que X.7.20 signifie qu&apos;aucune signature n&apos;a été vérifiée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.26 reports that several authentication checks failed without naming them, whereas X.7.20 names DKIM as the failed check.</source>
        <comment>X.7.20/confusedWith/X.7.26</comment>
        <translation>X.7.26 signale que plusieurs vérifications d&apos;authentification ont échoué sans les nommer, alors que X.7.20 désigne DKIM comme la vérification en échec.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No acceptable DKIM signature found</source>
        <comment>X.7.21/title</comment>
        <translation>Aucune signature DKIM acceptable trouvée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least one DKIM signature verified, but none met the receiver&apos;s policy, for example because it was made by an unrelated domain, used a short key or an outdated hash, or covered too little of the message. A sending service that signs with its own domain instead of yours is a common cause. As 5.7.21 it persists until the signing changes.</source>
        <comment>X.7.21/description</comment>
        <translation>Au moins une signature DKIM a été vérifiée, mais aucune ne respectait la politique du système de réception, par exemple parce qu&apos;elle provenait d&apos;un domaine sans rapport, utilisait une clé courte ou un hachage obsolète, ou couvrait une trop petite partie du message. Un service d&apos;envoi qui signe avec son propre domaine au lieu du vôtre en est une cause fréquente. Sous la forme 5.7.21, il persiste jusqu&apos;à ce que la signature change.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the final dot of DATA, once the message has been received and its signatures checked.</source>
        <comment>X.7.21/when</comment>
        <translation>Après le point final de DATA, une fois le message reçu et ses signatures vérifiées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask your provider or sending service to sign with your own domain (often called custom DKIM or domain authentication) rather than theirs.</source>
        <comment>X.7.21/fix/sender</comment>
        <translation>Demandez à votre fournisseur ou à votre service d&apos;envoi de signer avec votre propre domaine (ce qu&apos;on appelle souvent DKIM personnalisé ou authentification de domaine) plutôt qu&apos;avec le sien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign with a d= domain that matches your From domain or its parent, use RSA keys of 2048 bits with rsa-sha256, avoid the l= body length tag, and include the From header field in the signed headers (h=).</source>
        <comment>X.7.21/fix/sendingServer</comment>
        <translation>Signez avec un domaine d= qui correspond à votre domaine From ou à son domaine parent, utilisez des clés RSA de 2048 bits avec rsa-sha256, évitez la balise de longueur du corps l= et incluez le champ d&apos;en-tête From dans les en-têtes signés (h=).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document which signatures your policy accepts, and log why a verified signature was not accepted so that senders can be told.</source>
        <comment>X.7.21/fix/receivingServer</comment>
        <translation>Documentez les signatures que votre politique accepte, et consignez dans le journal pourquoi une signature vérifiée n&apos;a pas été acceptée afin de pouvoir en informer les expéditeurs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.22 is the specific case where no valid signature&apos;s domain matches the From address, while X.7.21 covers any reason a verified signature is unacceptable.</source>
        <comment>X.7.21/confusedWith/X.7.22</comment>
        <translation>X.7.22 est le cas particulier où le domaine d&apos;aucune signature valide ne correspond à l&apos;adresse From, tandis que X.7.21 couvre toute raison pour laquelle une signature vérifiée est inacceptable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.20 means no DKIM signature verified, whereas X.7.21 means one verified but was not acceptable.</source>
        <comment>X.7.21/confusedWith/X.7.20</comment>
        <translation>X.7.20 signifie qu&apos;aucune signature DKIM n&apos;a été vérifiée, alors que X.7.21 signifie qu&apos;une signature a été vérifiée mais n&apos;était pas acceptable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No valid author-matched DKIM signature found</source>
        <comment>X.7.22/title</comment>
        <translation>Aucune signature DKIM valide correspondant à l&apos;auteur trouvée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message carried one or more valid DKIM signatures, but none was made by a domain matching the author address in the From header field. It is a special case of X.7.21 and closely resembles a DMARC DKIM alignment failure. It typically happens when a service signs with its own domain while sending as yours, and it persists until the signing changes.</source>
        <comment>X.7.22/description</comment>
        <translation>Le message comportait une ou plusieurs signatures DKIM valides, mais aucune n&apos;émanait d&apos;un domaine correspondant à l&apos;adresse de l&apos;auteur dans le champ d&apos;en-tête From. C&apos;est un cas particulier de X.7.21, très proche d&apos;un échec d&apos;alignement DKIM de DMARC. Cela se produit généralement lorsqu&apos;un service signe avec son propre domaine tout en envoyant en votre nom, et cela persiste jusqu&apos;à ce que la signature change.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the final dot of DATA, once the message has been received and its signatures checked.</source>
        <comment>X.7.22/when</comment>
        <translation>Après le point final de DATA, une fois le message reçu et ses signatures vérifiées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have your sending service or provider sign with your domain, usually by publishing the DKIM CNAME or TXT records it gives you.</source>
        <comment>X.7.22/fix/sender</comment>
        <translation>Demandez à votre service d&apos;envoi ou à votre fournisseur de signer avec votre domaine, généralement en publiant les enregistrements DKIM CNAME ou TXT qu&apos;il vous fournit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign with d= equal to the From domain, or a parent domain where relaxed alignment applies, and publish the selector key in DNS. In a test message, confirm that Authentication-Results shows dkim=pass with header.d matching the From domain.</source>
        <comment>X.7.22/fix/sendingServer</comment>
        <translation>Signez avec d= égal au domaine From, ou à un domaine parent lorsque l&apos;alignement souple s&apos;applique, et publiez la clé du sélecteur dans le DNS. Dans un message de test, vérifiez que l&apos;en-tête Authentication-Results indique dkim=pass avec un header.d correspondant au domaine From.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the From domain with the d= values of the verified signatures in your logs before reporting the failure.</source>
        <comment>X.7.22/fix/receivingServer</comment>
        <translation>Comparez le domaine From aux valeurs d= des signatures vérifiées dans vos journaux avant de signaler l&apos;échec.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.26 means several authentication checks failed together, often a DMARC failure, while X.7.22 names the specific problem that no valid DKIM signature matches the From domain.</source>
        <comment>X.7.22/confusedWith/X.7.26</comment>
        <translation>X.7.26 signifie que plusieurs vérifications d&apos;authentification ont échoué ensemble, souvent lors d&apos;un échec DMARC, tandis que X.7.22 désigne le problème précis&#xa0;: aucune signature DKIM valide ne correspond au domaine From.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.21 covers any unacceptable verified signature, whereas X.7.22 is limited to signatures whose domain does not match the author.</source>
        <comment>X.7.22/confusedWith/X.7.21</comment>
        <translation>X.7.21 couvre toute signature vérifiée inacceptable, alors que X.7.22 se limite aux signatures dont le domaine ne correspond pas à l&apos;auteur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPF validation failed</source>
        <comment>X.7.23/title</comment>
        <translation>Échec de la validation SPF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message&apos;s SPF check returned fail, meaning the domain&apos;s SPF record does not authorize the sending IP address, and local policy rejects such mail. RFC 7372 introduced it in place of the 5.7.1 that RFC 7208 had recommended. Expect 550 5.7.23; SPF fail is a definite result, so retrying unchanged will not help.</source>
        <comment>X.7.23/description</comment>
        <translation>La vérification SPF du message a renvoyé fail, ce qui signifie que l&apos;enregistrement SPF du domaine n&apos;autorise pas l&apos;adresse IP d&apos;envoi, et la politique locale rejette ce type de courrier. La RFC 7372 l&apos;a introduit à la place du 5.7.1 que recommandait la RFC 7208. Attendez-vous à 550 5.7.23&#xa0;; un échec SPF est un résultat définitif, donc réessayer sans modification ne servira à rien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to MAIL FROM or RCPT TO when the server checks SPF early, or after the final dot of DATA.</source>
        <comment>X.7.23/when</comment>
        <translation>En réponse à MAIL FROM ou RCPT TO lorsque le serveur vérifie SPF tôt, ou après le point final de DATA.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you started sending through a new service or server, ask your domain administrator to add it to the domain&apos;s SPF record. Forwarded mail often fails SPF; ask the forwarder to use SRS or ARC.</source>
        <comment>X.7.23/fix/sender</comment>
        <translation>Si vous avez commencé à envoyer via un nouveau service ou serveur, demandez à l&apos;administrateur de votre domaine de l&apos;ajouter à l&apos;enregistrement SPF du domaine. Le courrier transféré échoue souvent à SPF&#xa0;; demandez au service de transfert d&apos;utiliser SRS ou ARC.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish a single TXT record beginning v=spf1 that lists every sending source, for example v=spf1 ip4:192.0.2.10 include:_spf.example.net -all. Keep it within 10 DNS lookups, and remember that SPF checks the MAIL FROM (bounce) domain, not the From header.</source>
        <comment>X.7.23/fix/sendingServer</comment>
        <translation>Publiez un unique enregistrement TXT commençant par v=spf1 qui liste toutes les sources d&apos;envoi, par exemple v=spf1 ip4:192.0.2.10 include:_spf.example.net -all. Ne dépassez pas 10 recherches DNS, et rappelez-vous que SPF vérifie le domaine du MAIL FROM (celui du rapport de non-remise), et non l&apos;en-tête From.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm the result with the Received-SPF or Authentication-Results header and the client IP in your log. Consider ARC or an allow list for known forwarders whose mail fails SPF.</source>
        <comment>X.7.23/fix/receivingServer</comment>
        <translation>Confirmez le résultat à l&apos;aide de l&apos;en-tête Received-SPF ou Authentication-Results et de l&apos;adresse IP du client dans votre journal. Envisagez ARC ou une liste d&apos;autorisation pour les services de transfert connus dont le courrier échoue à SPF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.24 means the SPF check could not be completed because of an error, whereas X.7.23 means it completed and the IP address is not authorized.</source>
        <comment>X.7.23/confusedWith/X.7.24</comment>
        <translation>X.7.24 signifie que la vérification SPF n&apos;a pas pu aboutir en raison d&apos;une erreur, alors que X.7.23 signifie qu&apos;elle a abouti et que l&apos;adresse IP n&apos;est pas autorisée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.1 is the generic policy refusal that older servers still send for SPF failures, while X.7.23 names the SPF failure explicitly.</source>
        <comment>X.7.23/confusedWith/X.7.1</comment>
        <translation>X.7.1 est le refus de politique générique que d&apos;anciens serveurs envoient encore pour les échecs SPF, tandis que X.7.23 désigne explicitement l&apos;échec SPF.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate Limited for Missing PTR</source>
        <comment>4.7.23@Google/title</comment>
        <translation>Débit limité pour absence de PTR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail returns 421 4.7.23 when the sending IP has no PTR record, or the PTR host name&apos;s forward DNS does not point back to that IP, and it temporarily rate limits the mail. In the registry, X.7.23 means an SPF validation failure, so this Gmail code must not be read by its registry meaning.</source>
        <comment>4.7.23@Google/description</comment>
        <translation>Gmail renvoie 421 4.7.23 lorsque l&apos;IP d&apos;envoi n&apos;a pas d&apos;enregistrement PTR, ou que le DNS direct du nom d&apos;hôte PTR ne pointe pas vers cette IP, et limite temporairement le débit du courrier. Dans le registre, X.7.23 signifie un échec de validation SPF&#xa0;; ce code Gmail ne doit donc pas être interprété selon sa signification dans le registre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned during delivery to Gmail when it checks reverse and forward DNS of the connecting IP address.</source>
        <comment>4.7.23@Google/when</comment>
        <translation>Renvoyé lors de la remise à Gmail, lorsque celui-ci vérifie le DNS inverse et le DNS direct de l&apos;adresse IP qui se connecte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward the bounce to your administrator or email provider, since the fix is in their DNS.</source>
        <comment>4.7.23@Google/fix/sender</comment>
        <translation>Transférez le rapport de non-remise (NDR) à votre administrateur ou à votre fournisseur de messagerie, car la correction se fait dans leur DNS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the owner of the IP, usually your hosting provider or ISP, to publish a PTR record for it. Make the PTR host name resolve with A or AAAA back to the same IP, and check both IPv4 and IPv6 if you send over both.</source>
        <comment>4.7.23@Google/fix/sendingServer</comment>
        <translation>Demandez au propriétaire de l&apos;IP, généralement votre hébergeur ou votre fournisseur d&apos;accès à Internet, de publier un enregistrement PTR pour celle-ci. Faites en sorte que le nom d&apos;hôte PTR se résolve par un enregistrement A ou AAAA vers la même IP, et vérifiez à la fois IPv4 et IPv6 si vous envoyez par les deux.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.23 in the registry means SPF validation failed, while Gmail&apos;s 4.7.23 reports a missing or mismatched PTR record.</source>
        <comment>4.7.23@Google/confusedWith/X.7.23</comment>
        <translation>Dans le registre, X.7.23 signifie que la validation SPF a échoué, tandis que 4.7.23 de Gmail signale un enregistrement PTR manquant ou qui ne concorde pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.25 is Gmail&apos;s permanent block for the same PTR problem, while 4.7.23 only rate limits the mail.</source>
        <comment>4.7.23@Google/confusedWith/5.7.25@Google</comment>
        <translation>5.7.25 est le blocage permanent de Gmail pour le même problème de PTR, tandis que 4.7.23 se contente de limiter le débit du courrier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPF validation error</source>
        <comment>X.7.24/title</comment>
        <translation>Erreur de validation SPF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluating SPF for the message ended in an error instead of a result. As 451 4.7.24 it replaces 4.4.3 for a temporary error (temperror), such as a DNS timeout, and a later retry can succeed. As 550 5.7.24 it replaces 5.5.2 for a permanent error (permerror), such as a syntax error, two SPF records or more than 10 DNS lookups.</source>
        <comment>X.7.24/description</comment>
        <translation>L&apos;évaluation SPF du message s&apos;est terminée par une erreur au lieu d&apos;un résultat. Sous la forme 451 4.7.24, il remplace 4.4.3 pour une erreur temporaire (temperror), comme un délai d&apos;attente DNS dépassé, et réessayer plus tard peut réussir. Sous la forme 550 5.7.24, il remplace 5.5.2 pour une erreur permanente (permerror), comme une erreur de syntaxe, deux enregistrements SPF ou plus de 10 recherches DNS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to MAIL FROM or RCPT TO when the server checks SPF early, or after the final dot of DATA.</source>
        <comment>X.7.24/when</comment>
        <translation>En réponse à MAIL FROM ou RCPT TO lorsque le serveur vérifie SPF tôt, ou après le point final de DATA.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell your domain administrator, because the fix is in the domain&apos;s DNS, not in the message. For 4.7.24 the sending server retries automatically.</source>
        <comment>X.7.24/fix/sender</comment>
        <translation>Prévenez l&apos;administrateur de votre domaine, car la correction se fait dans le DNS du domaine, et non dans le message. Pour 4.7.24, le serveur d&apos;envoi va réessayer automatiquement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test your domain with an SPF checker. Merge duplicate v=spf1 records into one, fix misspelled mechanisms, and flatten or remove includes until evaluation needs 10 DNS lookups or fewer. For 4.7.24, make sure your authoritative DNS servers answer reliably.</source>
        <comment>X.7.24/fix/sendingServer</comment>
        <translation>Testez votre domaine avec un outil de vérification SPF. Fusionnez les enregistrements v=spf1 en double en un seul, corrigez les mécanismes mal orthographiés, et aplatissez ou supprimez des include jusqu&apos;à ce que l&apos;évaluation nécessite 10 recherches DNS ou moins. Pour 4.7.24, vérifiez que vos serveurs DNS faisant autorité répondent de façon fiable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that your resolver can reach the sender&apos;s DNS servers; repeated 4.7.24 replies for many domains point to a local DNS problem.</source>
        <comment>X.7.24/fix/receivingServer</comment>
        <translation>Vérifiez que votre résolveur peut joindre les serveurs DNS de l&apos;expéditeur&#xa0;; des réponses 4.7.24 répétées pour de nombreux domaines indiquent un problème DNS local.</translation>
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
        <translation>Une erreur temporaire, généralement un délai d&apos;attente DNS dépassé ou une défaillance du serveur lors de la recherche des enregistrements SPF&#xa0;; il est possible de réessayer l&apos;envoi du message.</translation>
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
        <translation>Une erreur permanente dans les données SPF publiées, comme une syntaxe invalide, plus d&apos;un enregistrement SPF ou un trop grand nombre de recherches DNS&#xa0;; l&apos;enregistrement doit être corrigé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.23 means SPF was evaluated and the IP address is not authorized, while X.7.24 means SPF could not be evaluated because of a DNS or record error.</source>
        <comment>X.7.24/confusedWith/X.7.23</comment>
        <translation>X.7.23 signifie que SPF a été évalué et que l&apos;adresse IP n&apos;est pas autorisée, tandis que X.7.24 signifie que SPF n&apos;a pas pu être évalué en raison d&apos;une erreur DNS ou d&apos;enregistrement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.4.3 is the general directory server failure that RFC 7208 suggested for SPF temporary errors, whereas 4.7.24 reports the same condition specifically as an SPF error.</source>
        <comment>X.7.24/confusedWith/X.4.3</comment>
        <translation>X.4.3 est l&apos;échec général de serveur d&apos;annuaire que la RFC 7208 suggérait pour les erreurs temporaires SPF, alors que 4.7.24 signale la même condition spécifiquement comme une erreur SPF.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reverse DNS validation failed</source>
        <comment>X.7.25/title</comment>
        <translation>Échec de la validation du DNS inverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connecting IP address failed the receiver&apos;s reverse DNS check: it has no PTR record, or the PTR name does not resolve back to the same address (forward-confirmed reverse DNS). Many large providers require this of all senders. As 5.7.25 it is a rejection; a class 4 form usually means the DNS lookup failed temporarily.</source>
        <comment>X.7.25/description</comment>
        <translation>L&apos;adresse IP de connexion a échoué à la vérification du DNS inverse du système de réception&#xa0;: elle n&apos;a pas d&apos;enregistrement PTR, ou le nom PTR ne se résout pas vers la même adresse (DNS inverse confirmé par résolution directe). De nombreux grands fournisseurs l&apos;exigent de tous les expéditeurs. Sous la forme 5.7.25, c&apos;est un rejet&#xa0;; une forme de classe 4 signifie généralement que la recherche DNS a échoué temporairement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At connection time, in reply to EHLO or MAIL FROM, or after the final dot of DATA, depending on when the server runs the check.</source>
        <comment>X.7.25/when</comment>
        <translation>Au moment de la connexion, en réponse à EHLO ou MAIL FROM, ou après le point final de DATA, selon le moment où le serveur effectue la vérification.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a server setting, so contact your email provider or network administrator. Home and dynamic IP addresses usually cannot send mail directly; send through your provider&apos;s submission server instead.</source>
        <comment>X.7.25/fix/sender</comment>
        <translation>Il s&apos;agit d&apos;un paramètre du serveur&#xa0;; contactez donc votre fournisseur de messagerie ou votre administrateur réseau. Les adresses IP résidentielles et dynamiques ne peuvent généralement pas envoyer de courrier directement&#xa0;; passez plutôt par le serveur de soumission de votre fournisseur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the owner of the IP address (hosting provider or ISP) to set a PTR record such as mail.example.com, and make sure mail.example.com has an A or AAAA record pointing back to that IP. Use the same name in EHLO, and check IPv6 as well as IPv4.</source>
        <comment>X.7.25/fix/sendingServer</comment>
        <translation>Demandez au propriétaire de l&apos;adresse IP (hébergeur ou FAI) de définir un enregistrement PTR tel que mail.example.com, et vérifiez que mail.example.com possède un enregistrement A ou AAAA pointant vers cette adresse IP. Utilisez le même nom dans EHLO, et vérifiez IPv6 aussi bien qu&apos;IPv4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check with dig -x on the client IP and a forward lookup of the returned name. A temporary DNS failure should produce a 4xx reply, not a permanent rejection.</source>
        <comment>X.7.25/fix/receivingServer</comment>
        <translation>Vérifiez avec dig -x sur l&apos;adresse IP du client, puis avec une recherche directe du nom renvoyé. Un échec DNS temporaire doit produire une réponse 4xx, et non un rejet permanent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.1 is the generic refusal that many servers still use for a missing PTR record, while X.7.25 names the reverse DNS failure explicitly.</source>
        <comment>X.7.25/confusedWith/X.7.1</comment>
        <translation>X.7.1 est le refus générique que de nombreux serveurs utilisent encore en l&apos;absence d&apos;enregistrement PTR, tandis que X.7.25 désigne explicitement l&apos;échec du DNS inverse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.23 concerns whether the sender&apos;s domain authorizes the IP address through SPF, whereas X.7.25 concerns the IP address&apos;s own PTR and forward DNS records.</source>
        <comment>X.7.25/confusedWith/X.7.23</comment>
        <translation>X.7.23 concerne l&apos;autorisation de l&apos;adresse IP par le domaine de l&apos;expéditeur via SPF, alors que X.7.25 concerne les enregistrements PTR et DNS directs de l&apos;adresse IP elle-même.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending IP Lacks Valid PTR</source>
        <comment>5.7.25@Google/title</comment>
        <translation>L&apos;IP d&apos;envoi n&apos;a pas de PTR valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail returns 550 5.7.25 when the sending IP address has no PTR record, or the host named in the PTR record does not resolve back to that IP. As a policy, Gmail does not accept mail from IPs with missing PTR records. This matches the registry meaning of X.7.25, reverse DNS validation failed.</source>
        <comment>5.7.25@Google/description</comment>
        <translation>Gmail renvoie 550 5.7.25 lorsque l&apos;adresse IP d&apos;envoi n&apos;a pas d&apos;enregistrement PTR, ou que l&apos;hôte indiqué dans l&apos;enregistrement PTR ne se résout pas vers cette IP. Par principe, Gmail n&apos;accepte pas le courrier provenant d&apos;IP sans enregistrement PTR. Cela correspond à la signification de X.7.25 dans le registre, échec de la validation du DNS inverse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned during delivery to Gmail from an IP without consistent reverse and forward DNS.</source>
        <comment>5.7.25@Google/when</comment>
        <translation>Renvoyé lors de la remise à Gmail depuis une IP dont le DNS inverse et le DNS direct ne concordent pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward the bounce to your administrator or email provider, since the fix is in their DNS.</source>
        <comment>5.7.25@Google/fix/sender</comment>
        <translation>Transférez le rapport de non-remise (NDR) à votre administrateur ou à votre fournisseur de messagerie, car la correction se fait dans leur DNS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have the IP owner publish a PTR record naming a host you control, and make that host resolve to the same IP with A for IPv4 or AAAA for IPv6. Verify with a reverse lookup and resend once DNS has propagated.</source>
        <comment>5.7.25@Google/fix/sendingServer</comment>
        <translation>Faites publier par le propriétaire de l&apos;IP un enregistrement PTR désignant un hôte que vous contrôlez, et faites en sorte que cet hôte se résolve vers la même IP avec un enregistrement A pour IPv4 ou AAAA pour IPv6. Vérifiez avec une résolution inverse et renvoyez le message une fois le DNS propagé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4.7.23 only rate limits mail for the PTR problem, while 5.7.25 blocks it.</source>
        <comment>5.7.25@Google/confusedWith/4.7.23@Google</comment>
        <translation>4.7.23 se contente de limiter le débit du courrier en cas de problème de PTR, tandis que 5.7.25 le bloque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.25 is the registry code for failed reverse DNS validation in general, while Gmail&apos;s 5.7.25 applies its own policy of refusing IPs without matching PTR records.</source>
        <comment>5.7.25@Google/confusedWith/X.7.25</comment>
        <translation>X.7.25 est le code du registre pour l&apos;échec de la validation du DNS inverse en général, tandis que 5.7.25 de Gmail applique sa propre politique de refus des IP sans enregistrement PTR concordant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multiple authentication checks failed</source>
        <comment>X.7.26/title</comment>
        <translation>Échec de plusieurs vérifications d&apos;authentification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message failed more than one authentication check, such as SPF and DKIM together, and local policy rejects it; the code does not say which mechanisms failed. Gmail, for example, uses 550 5.7.26 for unauthenticated mail and for mail rejected under the sender domain&apos;s DMARC policy. A class 4 form is a deferral that asks for authentication to be fixed before the next retry.</source>
        <comment>X.7.26/description</comment>
        <translation>Le message a échoué à plus d&apos;une vérification d&apos;authentification, par exemple SPF et DKIM à la fois, et la politique locale le rejette&#xa0;; le code n&apos;indique pas quels mécanismes ont échoué. Gmail, par exemple, utilise 550 5.7.26 pour le courrier non authentifié et pour le courrier rejeté en vertu de la politique DMARC du domaine de l&apos;expéditeur. Une forme de classe 4 est un report qui demande de corriger l&apos;authentification avant de réessayer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the final dot of DATA, once SPF, DKIM and DMARC have been evaluated.</source>
        <comment>X.7.26/when</comment>
        <translation>Après le point final de DATA, une fois SPF, DKIM et DMARC évalués.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask your domain administrator to set up SPF, DKIM and DMARC for your domain, and to authorize the service or server you send through.</source>
        <comment>X.7.26/fix/sender</comment>
        <translation>Demandez à l&apos;administrateur de votre domaine de configurer SPF, DKIM et DMARC pour votre domaine, et d&apos;autoriser le service ou le serveur par lequel vous envoyez vos messages.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure SPF passes for the MAIL FROM domain and DKIM passes with d= matching the From domain, so that DMARC aligns. Publish a DMARC record such as v=DMARC1; p=none; rua=mailto:reports@example.com at _dmarc.example.com and use the reports to find unauthenticated sources.</source>
        <comment>X.7.26/fix/sendingServer</comment>
        <translation>Assurez-vous que SPF réussit pour le domaine du MAIL FROM et que DKIM réussit avec un d= correspondant au domaine From, afin que DMARC soit aligné. Publiez un enregistrement DMARC tel que v=DMARC1; p=none; rua=mailto:reports@example.com à _dmarc.example.com et utilisez les rapports pour trouver les sources non authentifiées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log which checks failed so that you can tell the sender, because the code itself deliberately does not say.</source>
        <comment>X.7.26/fix/receivingServer</comment>
        <translation>Consignez dans le journal les vérifications qui ont échoué pour pouvoir en informer l&apos;expéditeur, car le code lui-même ne le dit délibérément pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.23 names a single SPF failure, while X.7.26 reports that more than one check failed without naming them.</source>
        <comment>X.7.26/confusedWith/X.7.23</comment>
        <translation>X.7.23 désigne un seul échec SPF, tandis que X.7.26 signale que plusieurs vérifications ont échoué sans les nommer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.22 pinpoints a DKIM signature that does not match the From domain, whereas X.7.26 is the broader result when several checks, often summarized by DMARC, failed.</source>
        <comment>X.7.26/confusedWith/X.7.22</comment>
        <translation>X.7.22 désigne précisément une signature DKIM qui ne correspond pas au domaine From, alors que X.7.26 est le résultat plus large lorsque plusieurs vérifications, souvent résumées par DMARC, ont échoué.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unauthenticated Mail Rejected</source>
        <comment>5.7.26@Google/title</comment>
        <translation>Courrier non authentifié rejeté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail returns 550 5.7.26 when a message fails its authentication requirements. The text says whether neither SPF nor DKIM passed, SPF failed under a hard fail (-all) policy, or the From domain&apos;s DMARC policy rejects unauthenticated mail. A temporary 4.7.26 form is used for rate limiting or when DNS failures prevent the DMARC check.</source>
        <comment>5.7.26@Google/description</comment>
        <translation>Gmail renvoie 550 5.7.26 lorsqu&apos;un message ne satisfait pas à ses exigences d&apos;authentification. Le texte précise si ni SPF ni DKIM n&apos;ont réussi, si SPF a échoué avec une politique d&apos;échec strict (-all), ou si la politique DMARC du domaine From rejette le courrier non authentifié. Une forme temporaire 4.7.26 est utilisée pour la limitation de débit ou lorsque des échecs DNS empêchent la vérification DMARC.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after DATA when Gmail evaluates SPF, DKIM and DMARC for the message.</source>
        <comment>5.7.26@Google/when</comment>
        <translation>Renvoyé après DATA lorsque Gmail évalue SPF, DKIM et DMARC pour le message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you send through a website, app or third-party service, ask your administrator to authorize it in the domain&apos;s SPF and DKIM setup.</source>
        <comment>5.7.26@Google/fix/sender</comment>
        <translation>Si vous envoyez par l&apos;intermédiaire d&apos;un site web, d&apos;une application ou d&apos;un service tiers, demandez à votre administrateur de l&apos;autoriser dans la configuration SPF et DKIM du domaine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish an SPF record listing every sending IP or service, sign mail with DKIM for the From domain, and publish DMARC. Check that forwarded mail keeps a valid DKIM signature and that SPF stays within ten DNS lookups.</source>
        <comment>5.7.26@Google/fix/sendingServer</comment>
        <translation>Publiez un enregistrement SPF qui répertorie chaque IP ou service d&apos;envoi, signez le courrier avec DKIM pour le domaine From, et publiez DMARC. Vérifiez que le courrier transféré conserve une signature DKIM valide et que SPF ne dépasse pas dix requêtes DNS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.26 is the registry code for multiple failed authentication checks, while Gmail&apos;s 5.7.26 also covers a DMARC rejection or a single SPF hard fail.</source>
        <comment>5.7.26@Google/confusedWith/X.7.26</comment>
        <translation>X.7.26 est le code du registre pour l&apos;échec de plusieurs vérifications d&apos;authentification, tandis que 5.7.26 de Gmail couvre aussi un rejet DMARC ou un unique échec SPF strict.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.27 means specifically that SPF did not pass, while 5.7.26 means no passing authentication at all or a DMARC failure.</source>
        <comment>5.7.26@Google/confusedWith/5.7.27@Google</comment>
        <translation>5.7.27 signifie spécifiquement que SPF n&apos;a pas réussi, tandis que 5.7.26 signifie qu&apos;aucune authentification n&apos;a réussi ou que DMARC a échoué.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender address has null MX</source>
        <comment>X.7.27/title</comment>
        <translation>L&apos;adresse de l&apos;expéditeur a un MX nul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain in the sender address publishes a null MX record (a single MX with preference 0 and target &quot;.&quot;), declaring that it never receives mail. Receivers may reject such senders because bounces could not be returned. It is a permanent failure. Gmail also uses 4.7.27 and 5.7.27 for mail that fails its SPF requirement, which is a different meaning.</source>
        <comment>X.7.27/description</comment>
        <translation>Le domaine de l&apos;adresse de l&apos;expéditeur publie un enregistrement MX nul (un seul MX avec la préférence 0 et la cible &quot;.&quot;), déclarant ainsi qu&apos;il ne reçoit jamais de courrier. Les systèmes de réception peuvent rejeter ces expéditeurs, car un rapport de non-remise ne pourrait pas leur être renvoyé. C&apos;est un échec permanent. Gmail utilise aussi 4.7.27 et 5.7.27 pour le courrier qui ne satisfait pas à son exigence SPF, ce qui est une signification différente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In reply to MAIL FROM, or to RCPT TO on servers that check the sender domain later in the transaction.</source>
        <comment>X.7.27/when</comment>
        <translation>En réponse à MAIL FROM, ou à RCPT TO sur les serveurs qui vérifient le domaine de l&apos;expéditeur plus tard dans la transaction.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send from an address whose domain can receive mail. If it is your domain, ask the administrator to replace the null MX with real MX records. If Gmail sent the code, ask the administrator to check SPF instead.</source>
        <comment>X.7.27/fix/sender</comment>
        <translation>Envoyez depuis une adresse dont le domaine peut recevoir du courrier. S&apos;il s&apos;agit de votre domaine, demandez à l&apos;administrateur de remplacer le MX nul par de vrais enregistrements MX. Si c&apos;est Gmail qui a envoyé le code, demandez plutôt à l&apos;administrateur de vérifier SPF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up the MAIL FROM (bounce) domain with dig MX. If it returns the null MX, use another bounce domain or publish real MX records. If Gmail sent the code, make sure SPF passes for the MAIL FROM domain.</source>
        <comment>X.7.27/fix/sendingServer</comment>
        <translation>Interrogez le domaine du MAIL FROM (celui du rapport de non-remise) avec dig MX. S&apos;il renvoie le MX nul, utilisez un autre domaine pour le rapport de non-remise ou publiez de vrais enregistrements MX. Si c&apos;est Gmail qui a envoyé le code, assurez-vous que SPF réussit pour le domaine du MAIL FROM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No change is needed if rejecting null MX senders is your policy; make sure the lookup result was genuine and not a DNS error.</source>
        <comment>X.7.27/fix/receivingServer</comment>
        <translation>Aucune modification n&apos;est nécessaire si rejeter les expéditeurs à MX nul fait partie de votre politique&#xa0;; vérifiez que le résultat de la recherche était authentique et non une erreur DNS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.1.10 with 556 concerns a recipient domain that has a null MX, while X.7.27 concerns the sender&apos;s domain.</source>
        <comment>X.7.27/confusedWith/X.1.10</comment>
        <translation>X.1.10 avec 556 concerne un domaine de destinataire qui a un MX nul, tandis que X.7.27 concerne le domaine de l&apos;expéditeur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.23 is the registry code for an SPF failure, whereas X.7.27 officially means a null MX sender, even though Gmail uses 4.7.27 and 5.7.27 for SPF problems.</source>
        <comment>X.7.27/confusedWith/X.7.23</comment>
        <translation>X.7.23 est le code du registre pour un échec SPF, alors que X.7.27 désigne officiellement un expéditeur à MX nul, même si Gmail utilise 4.7.27 et 5.7.27 pour des problèmes SPF.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate Limited for SPF Failure</source>
        <comment>4.7.27@Google/title</comment>
        <translation>Débit limité pour échec SPF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail returns 421 4.7.27 when SPF authentication did not pass for the message, and it temporarily rate limits that mail. Google requires bulk senders to authenticate with SPF as well as DKIM. The permanent form 5.7.27 blocks mail for the same failure.</source>
        <comment>4.7.27@Google/description</comment>
        <translation>Gmail renvoie 421 4.7.27 lorsque l&apos;authentification SPF n&apos;a pas réussi pour le message, et limite temporairement le débit de ce courrier. Google exige que les expéditeurs en masse s&apos;authentifient avec SPF ainsi qu&apos;avec DKIM. La forme permanente 5.7.27 bloque le courrier pour le même échec.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after DATA when Gmail checks SPF for the envelope sender domain and the result is not a pass.</source>
        <comment>4.7.27@Google/when</comment>
        <translation>Renvoyé après DATA lorsque Gmail vérifie SPF pour le domaine de l&apos;expéditeur d&apos;enveloppe et que le résultat n&apos;est pas une réussite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward the bounce to your administrator, especially if you recently started sending through a new service.</source>
        <comment>4.7.27@Google/fix/sender</comment>
        <translation>Transférez le rapport de non-remise (NDR) à votre administrateur, surtout si vous avez récemment commencé à envoyer par l&apos;intermédiaire d&apos;un nouveau service.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the SPF record of the MAIL FROM domain, add the real sending IP or your provider&apos;s include, fix syntax errors, and stay within ten DNS lookups. Then let queued mail retry.</source>
        <comment>4.7.27@Google/fix/sendingServer</comment>
        <translation>Vérifiez l&apos;enregistrement SPF du domaine de MAIL FROM, ajoutez l&apos;IP d&apos;envoi réelle ou le mécanisme include de votre fournisseur, corrigez les erreurs de syntaxe, et ne dépassez pas dix requêtes DNS. Laissez ensuite le courrier en file d&apos;attente réessayer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.27 in the registry means the sender address has a null MX, while Gmail&apos;s 4.7.27 means SPF did not pass.</source>
        <comment>4.7.27@Google/confusedWith/X.7.27</comment>
        <translation>Dans le registre, X.7.27 signifie que l&apos;adresse de l&apos;expéditeur a un MX nul, tandis que 4.7.27 de Gmail signifie que SPF n&apos;a pas réussi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.27 blocks the message permanently, while 4.7.27 only rate limits it, and retries can succeed once SPF passes.</source>
        <comment>4.7.27@Google/confusedWith/5.7.27@Google</comment>
        <translation>5.7.27 bloque le message de façon permanente, tandis que 4.7.27 se contente d&apos;en limiter le débit, et réessayer peut aboutir une fois que SPF réussit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked for SPF Failure</source>
        <comment>5.7.27@Google/title</comment>
        <translation>Bloqué pour échec SPF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail returns 550 5.7.27 when a message is blocked because SPF authentication did not pass, under its requirement that bulk senders use SPF. The registry assigns X.7.27 to an unrelated condition, a sender address whose domain publishes a null MX, so tools that label codes by the registry will misread this bounce.</source>
        <comment>5.7.27@Google/description</comment>
        <translation>Gmail renvoie 550 5.7.27 lorsqu&apos;un message est bloqué parce que l&apos;authentification SPF n&apos;a pas réussi, en vertu de son exigence d&apos;utilisation de SPF par les expéditeurs en masse. Le registre attribue X.7.27 à une situation sans rapport, une adresse d&apos;expéditeur dont le domaine publie un MX nul&#xa0;; les outils qui étiquettent les codes d&apos;après le registre interpréteront donc mal ce rapport de non-remise (NDR).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after DATA by Gmail&apos;s inbound servers once SPF for the envelope sender domain has not passed.</source>
        <comment>5.7.27@Google/when</comment>
        <translation>Renvoyé après DATA par les serveurs entrants de Gmail lorsque SPF n&apos;a pas réussi pour le domaine de l&apos;expéditeur d&apos;enveloppe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward the bounce to your administrator, especially if you recently started sending through a new service.</source>
        <comment>5.7.27@Google/fix/sender</comment>
        <translation>Transférez le rapport de non-remise (NDR) à votre administrateur, surtout si vous avez récemment commencé à envoyer par l&apos;intermédiaire d&apos;un nouveau service.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identify the envelope sender domain and the IP that connected to Gmail, then authorize that IP in the domain&apos;s SPF record and fix lookup-limit or syntax errors. Resend only after an SPF check passes.</source>
        <comment>5.7.27@Google/fix/sendingServer</comment>
        <translation>Identifiez le domaine de l&apos;expéditeur d&apos;enveloppe et l&apos;IP qui s&apos;est connectée à Gmail, puis autorisez cette IP dans l&apos;enregistrement SPF du domaine et corrigez les erreurs de syntaxe ou de dépassement de la limite de requêtes. Ne renvoyez le message qu&apos;une fois qu&apos;une vérification SPF réussit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.27 in the registry means the sender address has a null MX, while Gmail&apos;s 5.7.27 means SPF did not pass.</source>
        <comment>5.7.27@Google/confusedWith/X.7.27</comment>
        <translation>Dans le registre, X.7.27 signifie que l&apos;adresse de l&apos;expéditeur a un MX nul, tandis que 5.7.27 de Gmail signifie que SPF n&apos;a pas réussi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.26 means the message had no passing authentication or failed DMARC, while 5.7.27 singles out SPF.</source>
        <comment>5.7.27@Google/confusedWith/5.7.26@Google</comment>
        <translation>5.7.26 signifie que le message n&apos;a réussi aucune authentification ou a échoué à la vérification DMARC, tandis que 5.7.27 vise spécifiquement SPF.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail flood detected</source>
        <comment>X.7.28/title</comment>
        <translation>Afflux de courrier détecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message appears to be part of a flood of similar abusive messages, such as a subscription bombing attack or a sudden burst of unwanted bulk mail. Gmail, for example, sends 421 4.7.28 to rate-limit an IP address with an unusual rate of unsolicited mail. A class 4 reply means slow down and retry later; a class 5 reply blocks the traffic.</source>
        <comment>X.7.28/description</comment>
        <translation>Le message semble faire partie d&apos;un afflux de messages abusifs similaires, comme une attaque par bombardement d&apos;inscriptions ou un pic soudain de courrier de masse indésirable. Gmail, par exemple, envoie 421 4.7.28 pour appliquer une limite de débit à une adresse IP présentant un taux inhabituel de courrier non sollicité. Une réponse de classe 4 signifie qu&apos;il faut ralentir et réessayer plus tard&#xa0;; une réponse de classe 5 bloque le trafic.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At connection time or in reply to RCPT TO or DATA, when the receiver counts messages from the same source or with similar content.</source>
        <comment>X.7.28/when</comment>
        <translation>Au moment de la connexion ou en réponse à RCPT TO ou DATA, lorsque le système de réception compte les messages provenant d&apos;une même source ou au contenu similaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause bulk sending until the cause is found. If your web forms send confirmation mail, add CAPTCHA, rate limits and double opt-in so that attackers cannot use them to flood other people&apos;s mailboxes.</source>
        <comment>X.7.28/fix/sender</comment>
        <translation>Suspendez les envois en masse jusqu&apos;à ce que la cause soit trouvée. Si vos formulaires web envoient des courriers de confirmation, ajoutez un CAPTCHA, une limite de débit et le double opt-in afin que des attaquants ne puissent pas s&apos;en servir pour inonder la boîte aux lettres d&apos;autres personnes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower the sending rate to that provider and let the queue retry 4.7.28 slowly. Look for compromised accounts or abused forms, send only to opted-in recipients, remove addresses that bounce, and watch reputation in tools such as Google Postmaster Tools.</source>
        <comment>X.7.28/fix/sendingServer</comment>
        <translation>Réduisez le débit d&apos;envoi vers ce fournisseur et laissez la file d&apos;attente réessayer lentement après un 4.7.28. Recherchez les comptes compromis ou les formulaires détournés, n&apos;envoyez qu&apos;aux destinataires ayant donné leur consentement, supprimez les adresses qui provoquent un rapport de non-remise et surveillez votre réputation dans des outils comme Google Postmaster Tools.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the flood thresholds and what triggered them, and publish how senders can request a review.</source>
        <comment>X.7.28/fix/receivingServer</comment>
        <translation>Examinez les seuils de détection d&apos;afflux et ce qui les a déclenchés, et publiez la procédure permettant aux expéditeurs de demander un réexamen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A 421 with no detail means the service is unavailable and the connection is closing, while 421 4.7.28 says the sender is being rate-limited for sending a flood of similar mail.</source>
        <comment>X.7.28/confusedWith/421</comment>
        <translation>Un 421 sans détail signifie que le service est indisponible et que la connexion se ferme, tandis que 421 4.7.28 indique que l&apos;expéditeur est soumis à une limite de débit parce qu&apos;il envoie un afflux de courrier similaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.1 is a general policy refusal, whereas X.7.28 says the refusal is due to the volume of similar messages.</source>
        <comment>X.7.28/confusedWith/X.7.1</comment>
        <translation>X.7.1 est un refus général de politique, alors que X.7.28 indique que le refus est dû au volume de messages similaires.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unusual Rate of Unsolicited Mail</source>
        <comment>4.7.28@Google/title</comment>
        <translation>Taux inhabituel de courrier non sollicité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail returns 421 4.7.28 when it sees an unusual rate of mail, or of unsolicited mail, from your IP address, netblock, DKIM or SPF domain, or a URL domain in the messages, and temporarily rate limits it. The same code can report too many messages with one Message-ID. The registry&apos;s X.7.28, mail flood detected, describes a similar condition.</source>
        <comment>4.7.28@Google/description</comment>
        <translation>Gmail renvoie 421 4.7.28 lorsqu&apos;il constate un taux inhabituel de courrier, ou de courrier non sollicité, provenant de votre adresse IP, de votre bloc d&apos;adresses, de votre domaine DKIM ou SPF, ou d&apos;un domaine d&apos;URL figurant dans les messages, et lui applique temporairement une limite de débit. Le même code peut signaler un trop grand nombre de messages portant le même Message-ID. Le code X.7.28 du registre, afflux de courrier détecté, décrit une situation similaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after DATA, often during IP or domain warm-up or after a sudden volume increase toward Gmail.</source>
        <comment>4.7.28@Google/when</comment>
        <translation>Renvoyé après DATA, souvent pendant la montée en charge progressive d&apos;une adresse IP ou d&apos;un domaine, ou après une hausse soudaine du volume envoyé à Gmail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action is needed for a single delay, because the message is retried. If many messages are delayed, tell your administrator or email service.</source>
        <comment>4.7.28@Google/fix/sender</comment>
        <translation>Aucune action n&apos;est nécessaire pour un retard isolé, car le serveur réessaie d&apos;envoyer le message. Si de nombreux messages sont retardés, prévenez votre administrateur ou votre service de messagerie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower the sending rate to Gmail and ramp volume gradually on new IPs and domains. Send only to opted-in recipients, authenticate with SPF, DKIM and DMARC, and watch spam rate in Google Postmaster Tools. Give every message a unique Message-ID.</source>
        <comment>4.7.28@Google/fix/sendingServer</comment>
        <translation>Réduisez le débit d&apos;envoi vers Gmail et augmentez le volume progressivement sur les nouvelles adresses IP et les nouveaux domaines. N&apos;envoyez qu&apos;aux destinataires ayant donné leur consentement, authentifiez vos messages avec SPF, DKIM et DMARC, et surveillez le taux de spam dans Google Postmaster Tools. Attribuez à chaque message un Message-ID unique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.28 is the registry code for a detected mail flood, while Gmail&apos;s 4.7.28 is a temporary rate limit tied to the reputation of your IP, domains or URLs.</source>
        <comment>4.7.28@Google/confusedWith/X.7.28</comment>
        <translation>X.7.28 est le code du registre pour un afflux de courrier détecté, tandis que le 4.7.28 de Gmail est une limite de débit temporaire liée à la réputation de votre adresse IP, de vos domaines ou de vos URL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.1 with &quot;unusual rate of unsolicited mail&quot; blocks the mail permanently, while 4.7.28 only delays it.</source>
        <comment>4.7.28@Google/confusedWith/5.7.1@Google</comment>
        <translation>5.7.1 accompagné de &quot;unusual rate of unsolicited mail&quot; bloque le courrier définitivement, tandis que 4.7.28 ne fait que le retarder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4.2.1 protects one recipient who is receiving too much mail, while 4.7.28 limits the sender as a whole.</source>
        <comment>4.7.28@Google/confusedWith/4.2.1@Google</comment>
        <translation>4.2.1 protège un destinataire qui reçoit trop de courrier, tandis que 4.7.28 limite l&apos;expéditeur dans son ensemble.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ARC validation failure</source>
        <comment>X.7.29/title</comment>
        <translation>Échec de la validation ARC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message carried an Authenticated Received Chain (ARC), the header fields that intermediaries such as mailing lists and forwarders add to preserve earlier authentication results, and the chain failed validation. An ARC validator may reject such a message with 5.7.29. As 5.7.29 it is permanent for that message. ARC is an experimental protocol, and many receivers simply ignore a broken chain instead.</source>
        <comment>X.7.29/description</comment>
        <translation>Le message comportait une chaîne ARC (Authenticated Received Chain), c&apos;est-à-dire les champs d&apos;en-tête que des intermédiaires comme les listes de diffusion et les services de transfert ajoutent pour préserver les résultats d&apos;authentification antérieurs, et la validation de cette chaîne a échoué. Un validateur ARC peut rejeter un tel message avec 5.7.29. Sous la forme 5.7.29, il est permanent pour ce message. ARC est un protocole expérimental, et de nombreux systèmes de réception se contentent d&apos;ignorer une chaîne rompue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the final dot of DATA, once the ARC header fields have been checked.</source>
        <comment>X.7.29/when</comment>
        <translation>Après le point final de DATA, une fois les champs d&apos;en-tête ARC vérifiés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you sent through a mailing list or forwarder, report the bounce to its operator; the original sender usually cannot repair the chain.</source>
        <comment>X.7.29/fix/sender</comment>
        <translation>Si vous avez envoyé le message via une liste de diffusion ou un service de transfert, signalez le rapport de non-remise à son exploitant&#xa0;; l&apos;expéditeur d&apos;origine ne peut généralement pas réparer la chaîne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you add ARC headers, seal after all your modifications, publish the ARC signing key in DNS like a DKIM key, and never alter ARC headers added by earlier hops. Check that the first ARC-Seal has cv=none and later ones cv=pass.</source>
        <comment>X.7.29/fix/sendingServer</comment>
        <translation>Si vous ajoutez des en-têtes ARC, scellez après toutes vos modifications, publiez la clé de signature ARC dans le DNS comme une clé DKIM, et ne modifiez jamais les en-têtes ARC ajoutés par les sauts précédents. Vérifiez que le premier ARC-Seal porte cv=none et les suivants cv=pass.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log which ARC set failed (message signature, seal or instance numbering), and consider relying on other authentication results when only the chain is broken.</source>
        <comment>X.7.29/fix/receivingServer</comment>
        <translation>Consignez quel ensemble ARC a échoué (signature du message, sceau ou numérotation des instances), et envisagez de vous appuyer sur d&apos;autres résultats d&apos;authentification lorsque seule la chaîne est rompue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.20 concerns DKIM signatures on the message itself, while X.7.29 concerns the ARC header fields that intermediaries added.</source>
        <comment>X.7.29/confusedWith/X.7.20</comment>
        <translation>X.7.20 concerne les signatures DKIM du message lui-même, tandis que X.7.29 concerne les champs d&apos;en-tête ARC ajoutés par des intermédiaires.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.7 is a general integrity failure of a checked message, whereas X.7.29 reports specifically that the ARC chain did not validate.</source>
        <comment>X.7.29/confusedWith/X.7.7</comment>
        <translation>X.7.7 est un échec d&apos;intégrité général d&apos;un message contrôlé, alors que X.7.29 signale spécifiquement que la chaîne ARC n&apos;a pas été validée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate Limited Without TLS</source>
        <comment>4.7.29@Google/title</comment>
        <translation>Limite de débit en l&apos;absence de TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail returns 421 4.7.29 when a message was not sent over a TLS connection, and it temporarily rate limits such mail. Google requires senders, and bulk senders in particular, to use TLS for SMTP connections. The registry&apos;s X.7.29 instead reports an ARC validation failure.</source>
        <comment>4.7.29@Google/description</comment>
        <translation>Gmail renvoie 421 4.7.29 lorsqu&apos;un message n&apos;a pas été envoyé sur une connexion TLS, et il applique temporairement une limite de débit à ce courrier. Google exige des expéditeurs, et en particulier des expéditeurs en masse, qu&apos;ils utilisent TLS pour les connexions SMTP. Le code X.7.29 du registre signale en revanche un échec de la validation ARC.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after DATA when the sending server delivered to Gmail without issuing STARTTLS.</source>
        <comment>4.7.29@Google/when</comment>
        <translation>Renvoyé après DATA lorsque le serveur d&apos;envoi a remis le message à Gmail sans émettre STARTTLS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward the bounce to your administrator or email provider.</source>
        <comment>4.7.29@Google/fix/sender</comment>
        <translation>Transférez le rapport de non-remise à votre administrateur ou à votre fournisseur de messagerie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable opportunistic TLS for outbound SMTP, for example smtp_tls_security_level = may in Postfix, and make sure STARTTLS to Gmail&apos;s MX hosts succeeds with a current TLS version.</source>
        <comment>4.7.29@Google/fix/sendingServer</comment>
        <translation>Activez le TLS opportuniste pour le SMTP sortant, par exemple avec smtp_tls_security_level = may dans Postfix, et assurez-vous que STARTTLS vers les hôtes MX de Gmail réussit avec une version de TLS actuelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.29 in the registry reports an ARC validation failure, while Gmail&apos;s 4.7.29 reports a message sent without TLS.</source>
        <comment>4.7.29@Google/confusedWith/X.7.29</comment>
        <translation>Dans le registre, X.7.29 signale un échec de la validation ARC, tandis que le 4.7.29 de Gmail signale un message envoyé sans TLS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4.7.0 with &quot;TLS required for RCPT domain&quot; enforces one recipient domain&apos;s TLS policy, while 4.7.29 applies Gmail&apos;s general sender requirement.</source>
        <comment>4.7.29@Google/confusedWith/4.7.0@Google</comment>
        <translation>4.7.0 accompagné de &quot;TLS required for RCPT domain&quot; applique la politique TLS d&apos;un domaine de destinataire particulier, tandis que 4.7.29 applique l&apos;exigence générale de Gmail envers les expéditeurs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REQUIRETLS support required</source>
        <comment>X.7.30/title</comment>
        <translation>Prise en charge de REQUIRETLS requise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message was sent with the REQUIRETLS option, which demands TLS with a verified certificate on every hop, and it could not be relayed because no next-hop server offered REQUIRETLS on such a connection. The message is not sent insecurely instead. Gmail also uses 4.7.30 and 5.7.30 for mail that fails its DKIM requirement, which is a different meaning.</source>
        <comment>X.7.30/description</comment>
        <translation>Le message a été envoyé avec l&apos;option REQUIRETLS, qui exige TLS avec un certificat vérifié à chaque saut, et il n&apos;a pas pu être relayé car aucun serveur du saut suivant ne proposait REQUIRETLS sur une telle connexion. Le message n&apos;est pas envoyé de façon non sécurisée pour autant. Gmail utilise aussi 4.7.30 et 5.7.30 pour le courrier qui ne satisfait pas à son exigence DKIM, ce qui est une signification différente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually in a bounce from a relay that found no suitable next hop, after the message had been accepted.</source>
        <comment>X.7.30/when</comment>
        <translation>Généralement dans un rapport de non-remise émis par un relais qui n&apos;a trouvé aucun saut suivant adapté, après l&apos;acceptation du message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend without requiring TLS only if the content may travel unencrypted; otherwise use another channel. If Gmail sent the code, ask your administrator to check DKIM signing instead.</source>
        <comment>X.7.30/fix/sender</comment>
        <translation>Renvoyez le message sans exiger TLS uniquement si son contenu peut circuler sans chiffrement&#xa0;; sinon, utilisez un autre canal. Si c&apos;est Gmail qui a envoyé le code, demandez plutôt à votre administrateur de vérifier la signature DKIM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check whether the recipient&apos;s MX hosts offer STARTTLS with valid certificates and advertise REQUIRETLS; many do not. If Gmail sent the code, fix DKIM signing and the published selector key.</source>
        <comment>X.7.30/fix/sendingServer</comment>
        <translation>Vérifiez si les hôtes MX du destinataire proposent STARTTLS avec des certificats valides et annoncent REQUIRETLS&#xa0;; beaucoup ne le font pas. Si c&apos;est Gmail qui a envoyé le code, corrigez la signature DKIM et la clé de sélecteur publiée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To accept REQUIRETLS mail, advertise REQUIRETLS after STARTTLS with a valid certificate, and make sure every onward hop you relay to supports it.</source>
        <comment>X.7.30/fix/receivingServer</comment>
        <translation>Pour accepter le courrier REQUIRETLS, annoncez REQUIRETLS après STARTTLS avec un certificat valide, et assurez-vous que chaque saut suivant vers lequel vous relayez le courrier le prend en charge.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.10 asks the client to encrypt the connection before authenticating, while X.7.30 says a message that demands encryption on every hop could not be relayed that way.</source>
        <comment>X.7.30/confusedWith/X.7.10</comment>
        <translation>X.7.10 demande au client de chiffrer la connexion avant de s&apos;authentifier, tandis que X.7.30 indique qu&apos;un message exigeant le chiffrement à chaque saut n&apos;a pas pu être relayé de cette façon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.20 is the registry code for a missing valid DKIM signature, whereas X.7.30 officially concerns REQUIRETLS, even though Gmail uses 4.7.30 and 5.7.30 for DKIM problems.</source>
        <comment>X.7.30/confusedWith/X.7.20</comment>
        <translation>X.7.20 est le code du registre pour l&apos;absence de signature DKIM valide, alors que X.7.30 concerne officiellement REQUIRETLS, même si Gmail utilise 4.7.30 et 5.7.30 pour des problèmes DKIM.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked for DKIM Failure</source>
        <comment>5.7.30@Google/title</comment>
        <translation>Bloqué pour échec DKIM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail returns 550 5.7.30 when a message is blocked because DKIM did not pass, under its requirement that large senders sign mail with DKIM. The temporary form 4.7.30 rate limits instead of blocking. In the registry, X.7.30 means REQUIRETLS support is required, an unrelated condition.</source>
        <comment>5.7.30@Google/description</comment>
        <translation>Gmail renvoie 550 5.7.30 lorsqu&apos;un message est bloqué parce que DKIM n&apos;a pas réussi, en vertu de son exigence selon laquelle les expéditeurs de gros volumes doivent signer leur courrier avec DKIM. La forme temporaire 4.7.30 applique une limite de débit au lieu de bloquer. Dans le registre, X.7.30 signifie que la prise en charge de REQUIRETLS est requise, une situation sans rapport.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after DATA when Gmail finds no passing DKIM signature on mail from a sender that must use DKIM.</source>
        <comment>5.7.30@Google/when</comment>
        <translation>Renvoyé après DATA lorsque Gmail ne trouve aucune signature DKIM valide sur le courrier d&apos;un expéditeur tenu d&apos;utiliser DKIM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward the bounce to your administrator or the service that sends mail for you.</source>
        <comment>5.7.30@Google/fix/sender</comment>
        <translation>Transférez le rapport de non-remise à votre administrateur ou au service qui envoie le courrier pour vous.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on DKIM signing for the From domain in your mail server or sending service, and publish the matching public key at the selector in DNS. Make sure nothing after signing, such as a footer or gateway, modifies signed headers or the body.</source>
        <comment>5.7.30@Google/fix/sendingServer</comment>
        <translation>Activez la signature DKIM pour le domaine From dans votre serveur de messagerie ou votre service d&apos;envoi, et publiez la clé publique correspondante au niveau du sélecteur dans le DNS. Assurez-vous que rien après la signature, comme un pied de page ou une passerelle, ne modifie les en-têtes signés ou le corps du message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.30 in the registry means REQUIRETLS support is required, while Gmail&apos;s 5.7.30 means DKIM did not pass.</source>
        <comment>5.7.30@Google/confusedWith/X.7.30</comment>
        <translation>Dans le registre, X.7.30 signifie que la prise en charge de REQUIRETLS est requise, tandis que le 5.7.30 de Gmail signifie que DKIM n&apos;a pas réussi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.26 means neither SPF nor DKIM passed or DMARC failed, while 5.7.30 means the DKIM requirement for large senders was not met.</source>
        <comment>5.7.30@Google/confusedWith/5.7.26@Google</comment>
        <translation>5.7.26 signifie que ni SPF ni DKIM n&apos;a réussi ou que DMARC a échoué, tandis que 5.7.30 signifie que l&apos;exigence DKIM imposée aux expéditeurs de gros volumes n&apos;a pas été respectée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From Domain Not Aligned</source>
        <comment>4.7.32@Google/title</comment>
        <translation>Domaine From non aligné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail returns 421 4.7.32 when the domain in the From header is not aligned with the organizational domain authenticated by SPF or DKIM, and it rate limits the mail. Alignment is a requirement for bulk senders and follows the way DMARC evaluates authentication.</source>
        <comment>4.7.32@Google/description</comment>
        <translation>Gmail renvoie 421 4.7.32 lorsque le domaine de l&apos;en-tête From n&apos;est pas aligné sur le domaine organisationnel authentifié par SPF ou DKIM, et il applique une limite de débit au courrier. L&apos;alignement est une exigence pour les expéditeurs en masse et suit la manière dont DMARC évalue l&apos;authentification.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after DATA when a bulk sender&apos;s messages pass SPF or DKIM for a different domain than the visible From address.</source>
        <comment>4.7.32@Google/when</comment>
        <translation>Renvoyé après DATA lorsque les messages d&apos;un expéditeur en masse réussissent SPF ou DKIM pour un domaine différent de l&apos;adresse From visible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If a newsletter or marketing service sends as your domain, ask your administrator to set up authentication for it.</source>
        <comment>4.7.32@Google/fix/sender</comment>
        <translation>Si un service de newsletter ou de marketing envoie du courrier au nom de votre domaine, demandez à votre administrateur de configurer l&apos;authentification pour ce service.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign with DKIM using the From domain or one of its subdomains, or use a Return-Path domain under the From domain so SPF aligns. Publish a DMARC record and use its reports to find unaligned mail streams.</source>
        <comment>4.7.32@Google/fix/sendingServer</comment>
        <translation>Signez avec DKIM en utilisant le domaine From ou l&apos;un de ses sous-domaines, ou utilisez un domaine de Return-Path situé sous le domaine From afin que SPF soit aligné. Publiez un enregistrement DMARC et utilisez ses rapports pour trouver les flux de courrier non alignés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.26 means authentication failed outright, while 4.7.32 means authentication passed but for a domain that does not match the From header.</source>
        <comment>4.7.32@Google/confusedWith/5.7.26@Google</comment>
        <translation>5.7.26 signifie que l&apos;authentification a purement et simplement échoué, tandis que 4.7.32 signifie que l&apos;authentification a réussi, mais pour un domaine qui ne correspond pas à l&apos;en-tête From.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.509 is Exchange Online&apos;s rejection for a DMARC failure, while 4.7.32 is Gmail&apos;s temporary limit for misaligned bulk mail.</source>
        <comment>4.7.32@Google/confusedWith/5.7.509@Microsoft</comment>
        <translation>5.7.509 est le refus d&apos;Exchange Online en cas d&apos;échec DMARC, tandis que 4.7.32 est la limite temporaire de Gmail pour le courrier en masse non aligné.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client Not Authenticated to Send</source>
        <comment>5.7.57@Microsoft/title</comment>
        <translation>Client non authentifié pour l&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.57 when an application or device submits mail through smtp.office365.com without authenticating, reported as &quot;Client was not authenticated to send anonymous mail during MAIL FROM&quot;. Submission through that endpoint requires the credentials of a user with an Exchange Online mailbox, and authentication is only possible after TLS is negotiated.</source>
        <comment>5.7.57@Microsoft/description</comment>
        <translation>Exchange Online renvoie 5.7.57 lorsqu&apos;une application ou un appareil soumet du courrier via smtp.office365.com sans s&apos;authentifier, ce qui est signalé par &quot;Client was not authenticated to send anonymous mail during MAIL FROM&quot;. La soumission via ce point de terminaison exige les identifiants d&apos;un utilisateur disposant d&apos;une boîte aux lettres Exchange Online, et l&apos;authentification n&apos;est possible qu&apos;une fois TLS négocié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to MAIL FROM when a printer, scanner, script or app connects to smtp.office365.com and skips AUTH.</source>
        <comment>5.7.57@Microsoft/when</comment>
        <translation>Renvoyé en réponse à MAIL FROM lorsqu&apos;une imprimante, un scanner, un script ou une application se connecte à smtp.office365.com et omet AUTH.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the device or app settings, turn on SMTP authentication, enter the full mailbox address and its current password, and select STARTTLS on port 587.</source>
        <comment>5.7.57@Microsoft/fix/sender</comment>
        <translation>Dans les paramètres de l&apos;appareil ou de l&apos;application, activez l&apos;authentification SMTP, saisissez l&apos;adresse complète de la boîte aux lettres et son mot de passe actuel, et sélectionnez STARTTLS sur le port 587.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm that the device supports TLS and STARTTLS, that the credentials are correct, and that authenticated SMTP submission is allowed for the mailbox. If the device cannot authenticate, use direct send or a connector-based relay instead.</source>
        <comment>5.7.57@Microsoft/fix/sendingServer</comment>
        <translation>Vérifiez que l&apos;appareil prend en charge TLS et STARTTLS, que les identifiants sont corrects et que la soumission SMTP authentifiée est autorisée pour la boîte aux lettres. Si l&apos;appareil ne peut pas s&apos;authentifier, utilisez plutôt l&apos;envoi direct ou un relais reposant sur un connecteur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>535 means credentials were sent and rejected, while 5.7.57 means the client never authenticated before MAIL FROM.</source>
        <comment>5.7.57@Microsoft/confusedWith/535</comment>
        <translation>535 signifie que des identifiants ont été envoyés et refusés, tandis que 5.7.57 signifie que le client ne s&apos;est jamais authentifié avant MAIL FROM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.1 with &quot;Client was not authenticated&quot; can come from any server requiring authentication, while 5.7.57 is specific to submission through smtp.office365.com.</source>
        <comment>5.7.57@Microsoft/confusedWith/5.7.1@Microsoft</comment>
        <translation>5.7.1 accompagné de &quot;Client was not authenticated&quot; peut provenir de n&apos;importe quel serveur exigeant une authentification, tandis que 5.7.57 est propre à la soumission via smtp.office365.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TenantAttribution Relay Access Denied</source>
        <comment>5.7.64@Microsoft/title</comment>
        <translation>TenantAttribution&#xa0;: accès au relais refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.64 with &quot;TenantAttribution; Relay Access Denied&quot; when mail from an organization&apos;s on-premises environment no longer matches the inbound connector meant to identify it. Typical causes are a changed source IP address or a certificate whose host name no longer matches the connector, so the service cannot attribute the mail to the tenant.</source>
        <comment>5.7.64@Microsoft/description</comment>
        <translation>Exchange Online renvoie 5.7.64 accompagné de &quot;TenantAttribution; Relay Access Denied&quot; lorsque le courrier provenant de l&apos;environnement local d&apos;une organisation ne correspond plus au connecteur entrant censé l&apos;identifier. Les causes typiques sont une adresse IP source modifiée ou un certificat dont le nom d&apos;hôte ne correspond plus au connecteur, de sorte que le service ne peut pas attribuer le courrier au locataire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned when an on-premises server or third-party relay sends through Exchange Online and matching the connector by IP address or certificate fails.</source>
        <comment>5.7.64@Microsoft/when</comment>
        <translation>Renvoyé lorsqu&apos;un serveur local ou un relais tiers envoie du courrier via Exchange Online et que la mise en correspondance avec le connecteur par adresse IP ou par certificat échoue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an administrator can fix this, so forward the bounce to your email admin.</source>
        <comment>5.7.64@Microsoft/fix/sender</comment>
        <translation>Seul un administrateur peut corriger ce problème&#xa0;; transférez donc le rapport de non-remise à votre administrateur de messagerie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the connector&apos;s configured sender IP addresses or certificate name with the actual source IP and the certificate your server presents. Update the inbound connector or the server&apos;s certificate, then test with message trace.</source>
        <comment>5.7.64@Microsoft/fix/sendingServer</comment>
        <translation>Comparez les adresses IP d&apos;expéditeur ou le nom de certificat configurés dans le connecteur avec l&apos;adresse IP source réelle et le certificat que présente votre serveur. Mettez à jour le connecteur entrant ou le certificat du serveur, puis testez avec le suivi des messages.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.4.1 means the recipient domain is not accepted, while 5.7.64 means the sender&apos;s connector could not be matched to a tenant.</source>
        <comment>5.7.64@Microsoft/confusedWith/5.4.1@Microsoft</comment>
        <translation>5.4.1 signifie que le domaine du destinataire n&apos;est pas accepté, tandis que 5.7.64 signifie que le connecteur de l&apos;expéditeur n&apos;a pu être associé à aucun locataire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.1 with &quot;Unable to relay&quot; refuses an anonymous sender, while 5.7.64 refuses relaying from an organization whose connector no longer matches.</source>
        <comment>5.7.64@Microsoft/confusedWith/5.7.1@Microsoft</comment>
        <translation>5.7.1 accompagné de &quot;Unable to relay&quot; refuse un expéditeur anonyme, tandis que 5.7.64 refuse de relayer le courrier d&apos;une organisation dont le connecteur ne correspond plus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender Not in Allowed-Senders List</source>
        <comment>5.7.124@Microsoft/title</comment>
        <translation>Expéditeur absent de la liste des expéditeurs autorisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.124 when a distribution group accepts messages only from an allowed-senders list and the sender is not on it. Depending on how the group is set up, even its owner may need to be added to the list before posting.</source>
        <comment>5.7.124@Microsoft/description</comment>
        <translation>Exchange Online renvoie 5.7.124 lorsqu&apos;un groupe de distribution n&apos;accepte que les messages provenant d&apos;une liste d&apos;expéditeurs autorisés et que l&apos;expéditeur n&apos;y figure pas. Selon la configuration du groupe, même son propriétaire peut devoir être ajouté à la liste avant de pouvoir y publier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned when someone sends to a distribution group whose delivery management restricts who may send.</source>
        <comment>5.7.124@Microsoft/when</comment>
        <translation>Renvoyé lorsque quelqu&apos;un écrit à un groupe de distribution dont la gestion de la remise restreint les personnes autorisées à y envoyer des messages.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the group owner to add you to the allowed senders, or write to the members directly.</source>
        <comment>5.7.124@Microsoft/fix/sender</comment>
        <translation>Demandez au propriétaire du groupe de vous ajouter aux expéditeurs autorisés, ou écrivez directement aux membres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Exchange admin center, open the group&apos;s delivery management and add the sender, or allow all senders if that fits the group&apos;s purpose. External senders must first exist as mail contacts or mail users.</source>
        <comment>5.7.124@Microsoft/fix/receivingServer</comment>
        <translation>Dans le Centre d&apos;administration Exchange, ouvrez la gestion de la remise du groupe et ajoutez l&apos;expéditeur, ou autorisez tous les expéditeurs si cela correspond à l&apos;objectif du groupe. Les expéditeurs externes doivent d&apos;abord exister en tant que contacts de messagerie ou utilisateurs de messagerie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.133 means the group rejects all senders from outside the organization, while 5.7.124 means the group accepts only a specific list that lacks this sender.</source>
        <comment>5.7.124@Microsoft/confusedWith/5.7.133@Microsoft</comment>
        <translation>5.7.133 signifie que le groupe refuse tous les expéditeurs extérieurs à l&apos;organisation, tandis que 5.7.124 signifie que le groupe n&apos;accepte qu&apos;une liste précise dont cet expéditeur est absent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender Not Authenticated for Group</source>
        <comment>5.7.133@Microsoft/title</comment>
        <translation>Expéditeur non authentifié pour le groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.133 when the recipient is a group configured to reject messages from senders outside the organization. Only the group owner or an administrator of the recipient&apos;s organization can allow external senders.</source>
        <comment>5.7.133@Microsoft/description</comment>
        <translation>Exchange Online renvoie 5.7.133 lorsque le destinataire est un groupe configuré pour refuser les messages des expéditeurs extérieurs à l&apos;organisation. Seul le propriétaire du groupe ou un administrateur de l&apos;organisation du destinataire peut autoriser les expéditeurs externes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned when an external sender writes to a distribution group that accepts internal senders only.</source>
        <comment>5.7.133@Microsoft/when</comment>
        <translation>Renvoyé lorsqu&apos;un expéditeur externe écrit à un groupe de distribution qui n&apos;accepte que les expéditeurs internes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact the group owner or an administrator of that organization and ask them to allow your address.</source>
        <comment>5.7.133@Microsoft/fix/sender</comment>
        <translation>Contactez le propriétaire du groupe ou un administrateur de cette organisation et demandez-lui d&apos;autoriser votre adresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the group&apos;s delivery management, accept messages from senders inside and outside the organization, or keep the restriction and add the external sender, represented as a mail contact, to the allowed senders.</source>
        <comment>5.7.133@Microsoft/fix/receivingServer</comment>
        <translation>Dans la gestion de la remise du groupe, acceptez les messages des expéditeurs internes et externes à l&apos;organisation, ou conservez la restriction et ajoutez l&apos;expéditeur externe, représenté par un contact de messagerie, aux expéditeurs autorisés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.134 names a mailbox as the restricted recipient, while 5.7.133 names a group.</source>
        <comment>5.7.133@Microsoft/confusedWith/5.7.134@Microsoft</comment>
        <translation>5.7.134 désigne une boîte aux lettres comme destinataire soumis à restriction, tandis que 5.7.133 désigne un groupe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.124 means the group accepts only listed senders, while 5.7.133 means it refuses everyone outside the organization.</source>
        <comment>5.7.133@Microsoft/confusedWith/5.7.124@Microsoft</comment>
        <translation>5.7.124 signifie que le groupe n&apos;accepte que les expéditeurs figurant sur une liste, tandis que 5.7.133 signifie qu&apos;il refuse toute personne extérieure à l&apos;organisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender Not Authenticated for Mailbox</source>
        <comment>5.7.134@Microsoft/title</comment>
        <translation>Expéditeur non authentifié pour la boîte aux lettres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.134 when the recipient is a mailbox set up to reject messages sent from outside its organization. Only an administrator of the recipient&apos;s organization can change the restriction. Related codes cover other recipient types, such as 5.7.133 for groups and 5.7.136 for mail users.</source>
        <comment>5.7.134@Microsoft/description</comment>
        <translation>Exchange Online renvoie 5.7.134 lorsque le destinataire est une boîte aux lettres configurée pour refuser les messages envoyés depuis l&apos;extérieur de son organisation. Seul un administrateur de l&apos;organisation du destinataire peut modifier cette restriction. Des codes associés couvrent d&apos;autres types de destinataires, comme 5.7.133 pour les groupes et 5.7.136 pour les utilisateurs de messagerie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned when an external sender writes to a mailbox that accepts internal senders only.</source>
        <comment>5.7.134@Microsoft/when</comment>
        <translation>Renvoyé lorsqu&apos;un expéditeur externe écrit à une boîte aux lettres qui n&apos;accepte que les expéditeurs internes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach the recipient another way and ask their administrator to allow external mail for the mailbox.</source>
        <comment>5.7.134@Microsoft/fix/sender</comment>
        <translation>Contactez le destinataire par un autre moyen et demandez à son administrateur d&apos;autoriser le courrier externe pour la boîte aux lettres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the mailbox&apos;s delivery restrictions and, if external mail is expected, stop requiring authenticated senders, for example with Set-Mailbox and RequireSenderAuthenticationEnabled set to false.</source>
        <comment>5.7.134@Microsoft/fix/receivingServer</comment>
        <translation>Vérifiez les restrictions de remise de la boîte aux lettres et, si du courrier externe est attendu, cessez d&apos;exiger des expéditeurs authentifiés, par exemple avec Set-Mailbox et RequireSenderAuthenticationEnabled défini sur false.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.133 blocks external senders to a group, while 5.7.134 blocks them to an individual mailbox.</source>
        <comment>5.7.134@Microsoft/confusedWith/5.7.133@Microsoft</comment>
        <translation>5.7.133 bloque les expéditeurs externes qui écrivent à un groupe, tandis que 5.7.134 les bloque lorsqu&apos;ils écrivent à une boîte aux lettres individuelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.1.10 means the mailbox was not found, while 5.7.134 means it exists but refuses external senders.</source>
        <comment>5.7.134@Microsoft/confusedWith/5.1.10@Microsoft</comment>
        <translation>5.1.10 signifie que la boîte aux lettres est introuvable, tandis que 5.7.134 signifie qu&apos;elle existe mais refuse les expéditeurs externes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange Online IP Throttling</source>
        <comment>4.7.500@Microsoft/title</comment>
        <translation>Limitation de débit de l&apos;adresse IP par Exchange Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes 4.7.500 through 4.7.699, often shown with an ASxxx tag, mean Microsoft 365 temporarily restricted mail from the connecting IP address after detecting suspicious activity. A common trigger is a source that suddenly sends far more than its established pattern, which Microsoft treats with graylisting. The restriction lifts on its own if the traffic is legitimate.</source>
        <comment>4.7.500@Microsoft/description</comment>
        <translation>Les codes 4.7.500 à 4.7.699, souvent accompagnés d&apos;une balise ASxxx, signifient que Microsoft 365 a temporairement restreint le courrier provenant de l&apos;adresse IP qui se connecte après avoir détecté une activité suspecte. Un déclencheur courant est une source qui envoie soudainement bien plus que son volume habituel, ce que Microsoft traite par une mise en liste grise (greylisting). La restriction est levée d&apos;elle-même si le trafic est légitime.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned as 451 with &quot;Access denied, please try again later&quot; while a server sends to, or relays through, Exchange Online.</source>
        <comment>4.7.500@Microsoft/when</comment>
        <translation>Renvoyé sous la forme 451 accompagné de &quot;Access denied, please try again later&quot; lorsqu&apos;un serveur envoie du courrier à Exchange Online ou le relaie par son intermédiaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is required from you, because your server will retry. If messages stay delayed for days, forward the delay notice to your administrator.</source>
        <comment>4.7.500@Microsoft/fix/sender</comment>
        <translation>Aucune action n&apos;est requise de votre part, car votre serveur réessaiera. Si des messages restent retardés pendant plusieurs jours, transférez l&apos;avis de retard à votre administrateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let retries continue and keep volume steady while the IP builds a history. If you relay from on-premises servers through Microsoft 365, or route inbound mail through a third-party filter, create the matching connector so the traffic is recognized. Avoid sending production volume from an onmicrosoft.com domain.</source>
        <comment>4.7.500@Microsoft/fix/sendingServer</comment>
        <translation>Laissez le serveur continuer à réessayer et maintenez un volume stable pendant que l&apos;adresse IP se constitue un historique. Si vous relayez du courrier depuis des serveurs locaux via Microsoft 365, ou si vous faites passer le courrier entrant par un filtre tiers, créez le connecteur correspondant afin que le trafic soit reconnu. Évitez d&apos;envoyer des volumes de production depuis un domaine onmicrosoft.com.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>451 is the basic reply these codes arrive with, while 4.7.500 to 4.7.699 identify Microsoft&apos;s specific reason, temporary IP throttling.</source>
        <comment>4.7.500@Microsoft/confusedWith/451</comment>
        <translation>451 est le code de réponse de base qui accompagne ces codes, tandis que 4.7.500 à 4.7.699 indiquent la raison précise donnée par Microsoft, à savoir une limitation de débit temporaire de l&apos;adresse IP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.606 to 5.7.649 mean the IP is banned until it is delisted, while 4.7.500 to 4.7.699 are temporary restrictions that lift on their own.</source>
        <comment>4.7.500@Microsoft/confusedWith/5.7.606@Microsoft</comment>
        <translation>5.7.606 à 5.7.649 signifient que l&apos;adresse IP est bannie jusqu&apos;à son retrait de la liste, tandis que 4.7.500 à 4.7.699 sont des restrictions temporaires qui sont levées d&apos;elles-mêmes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending Account Banned for Spam</source>
        <comment>5.7.501@Microsoft/title</comment>
        <translation>Compte d&apos;envoi banni pour spam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes 5.7.501 to 5.7.503 mean Microsoft 365 banned the sending account after detecting spam activity. Exchange Online words 5.7.501 as &quot;spam abuse detected&quot; and the other two as &quot;banned sender&quot;. The ban is lifted through Microsoft support once the account&apos;s problems are resolved.</source>
        <comment>5.7.501@Microsoft/description</comment>
        <translation>Les codes 5.7.501 à 5.7.503 signifient que Microsoft 365 a banni le compte d&apos;envoi après avoir détecté une activité de spam. Exchange Online formule 5.7.501 par &quot;spam abuse detected&quot; et les deux autres par &quot;banned sender&quot;. Le bannissement est levé par le support Microsoft une fois les problèmes du compte résolus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned when a banned account, or a system sending on its behalf, tries to send through Exchange Online.</source>
        <comment>5.7.501@Microsoft/when</comment>
        <translation>Renvoyé lorsqu&apos;un compte banni, ou un système qui envoie du courrier en son nom, tente d&apos;envoyer via Exchange Online.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell your administrator, change your password and check your devices for malware, since a ban usually follows a compromise.</source>
        <comment>5.7.501@Microsoft/fix/sender</comment>
        <translation>Prévenez votre administrateur, changez votre mot de passe et recherchez des logiciels malveillants sur vos appareils, car un bannissement fait généralement suite à une compromission.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secure the account, reset its credentials, and remove malicious rules or connectors. Then contact Microsoft support through your usual channel to restore sending.</source>
        <comment>5.7.501@Microsoft/fix/sendingServer</comment>
        <translation>Sécurisez le compte, réinitialisez ses identifiants et supprimez les règles ou connecteurs malveillants. Contactez ensuite le support Microsoft par votre canal habituel pour rétablir l&apos;envoi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.1.8 is a restriction the tenant&apos;s administrator can release, while 5.7.501 to 5.7.503 are bans that require Microsoft support.</source>
        <comment>5.7.501@Microsoft/confusedWith/5.1.8@Microsoft</comment>
        <translation>5.1.8 est une restriction que l&apos;administrateur du locataire peut lever, tandis que 5.7.501 à 5.7.503 sont des bannissements qui nécessitent l&apos;intervention du support Microsoft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.606 to 5.7.649 ban a sending IP address, while 5.7.501 to 5.7.503 ban a sending account.</source>
        <comment>5.7.501@Microsoft/confusedWith/5.7.606@Microsoft</comment>
        <translation>5.7.606 à 5.7.649 bannissent une adresse IP d&apos;envoi, tandis que 5.7.501 à 5.7.503 bannissent un compte d&apos;envoi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending Domain Fails DMARC</source>
        <comment>5.7.509@Microsoft/title</comment>
        <translation>Domaine d&apos;envoi en échec DMARC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.509 with &quot;Access denied, sending domain does not pass DMARC verification&quot; when the domain in the message&apos;s From header fails DMARC. A message passes DMARC only when SPF or DKIM succeeds for a domain aligned with that From domain.</source>
        <comment>5.7.509@Microsoft/description</comment>
        <translation>Exchange Online renvoie 5.7.509 accompagné de &quot;Access denied, sending domain does not pass DMARC verification&quot; lorsque le domaine de l&apos;en-tête From du message échoue à la vérification DMARC. Un message ne réussit DMARC que si SPF ou DKIM réussit pour un domaine aligné sur ce domaine From.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to the connecting server when mail claiming a DMARC-protected From domain arrives from a source that is not authenticated and aligned.</source>
        <comment>5.7.509@Microsoft/when</comment>
        <translation>Renvoyé au serveur qui se connecte lorsque du courrier se réclamant d&apos;un domaine From protégé par DMARC arrive d&apos;une source qui n&apos;est pas authentifiée et alignée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you send through a newsletter service, app or forwarding account, ask your administrator to authorize it for your domain.</source>
        <comment>5.7.509@Microsoft/fix/sender</comment>
        <translation>Si vous envoyez via un service de newsletter, une application ou un compte de transfert, demandez à votre administrateur de l&apos;autoriser pour votre domaine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include every system that sends for the domain in SPF, and sign with DKIM using the From domain or an aligned subdomain. Review DMARC aggregate reports to find unaligned sources before tightening the policy.</source>
        <comment>5.7.509@Microsoft/fix/sendingServer</comment>
        <translation>Incluez dans SPF tous les systèmes qui envoient du courrier pour le domaine, et signez avec DKIM en utilisant le domaine From ou un sous-domaine aligné. Examinez les rapports agrégés DMARC pour trouver les sources non alignées avant de durcir la politique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.26 is the registry code for multiple failed authentication checks, while 5.7.509 is Microsoft&apos;s specific code for a DMARC failure of the From domain.</source>
        <comment>5.7.509@Microsoft/confusedWith/X.7.26</comment>
        <translation>X.7.26 est le code du registre pour l&apos;échec de plusieurs vérifications d&apos;authentification, tandis que 5.7.509 est le code propre à Microsoft pour un échec DMARC du domaine From.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.26 is Gmail&apos;s rejection of unauthenticated mail, including DMARC failures, while 5.7.509 is the comparable rejection from Exchange Online.</source>
        <comment>5.7.509@Microsoft/confusedWith/5.7.26@Google</comment>
        <translation>5.7.26 est le refus par Gmail du courrier non authentifié, y compris en cas d&apos;échec DMARC, tandis que 5.7.509 est le refus équivalent d&apos;Exchange Online.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient Domain Refuses IPv6 Mail</source>
        <comment>5.7.510@Microsoft/title</comment>
        <translation>Courrier IPv6 refusé par le domaine du destinataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.510 when a sender transmits over IPv6 to a recipient domain that does not accept email over IPv6. Domains hosted in Microsoft 365 accept anonymous inbound mail over IPv6 only when their administrators have enabled it.</source>
        <comment>5.7.510@Microsoft/description</comment>
        <translation>Exchange Online renvoie 5.7.510 lorsqu&apos;un expéditeur transmet un message via IPv6 à un domaine de destinataire qui n&apos;accepte pas le courrier via IPv6. Les domaines hébergés dans Microsoft 365 n&apos;acceptent le courrier entrant anonyme via IPv6 que si leurs administrateurs l&apos;ont activé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned when an external server connects to Exchange Online over IPv6 to deliver to a domain without IPv6 enabled.</source>
        <comment>5.7.510@Microsoft/when</comment>
        <translation>Renvoyé lorsqu&apos;un serveur externe se connecte à Exchange Online via IPv6 pour remettre du courrier à un domaine pour lequel IPv6 n&apos;est pas activé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliver to this domain over IPv4, for example by preferring IPv4 for outbound SMTP; in Postfix, smtp_address_preference controls this.</source>
        <comment>5.7.510@Microsoft/fix/sendingServer</comment>
        <translation>Remettez le courrier à ce domaine via IPv4, par exemple en privilégiant IPv4 pour le SMTP sortant&#xa0;; dans Postfix, smtp_address_preference contrôle ce comportement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you want mail over IPv6, enable IPv6 for the accepted domain in Exchange Online, and expect IPv6 senders to need reverse DNS and passing SPF or DKIM.</source>
        <comment>5.7.510@Microsoft/fix/receivingServer</comment>
        <translation>Si vous souhaitez recevoir du courrier via IPv6, activez IPv6 pour le domaine accepté dans Exchange Online, sachant que les expéditeurs IPv6 devront disposer d&apos;un DNS inverse et réussir SPF ou DKIM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X.7.25 means reverse DNS validation failed for the sending IP, while 5.7.510 means the recipient domain does not accept IPv6 mail at all.</source>
        <comment>5.7.510@Microsoft/confusedWith/X.7.25</comment>
        <translation>X.7.25 signifie que la validation du DNS inverse a échoué pour l&apos;adresse IP d&apos;envoi, tandis que 5.7.510 signifie que le domaine du destinataire n&apos;accepte pas du tout le courrier IPv6.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending IP Address Banned</source>
        <comment>5.7.511@Microsoft/title</comment>
        <translation>Adresse IP d&apos;envoi bannie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.511 with &quot;Access denied, banned sender&quot; when the IP address used for sending has been banned. Unlike the block-list codes handled by the self-service delist portal, Microsoft directs this one to an email request to delist@messaging.microsoft.com that includes the full bounce code and the IP address.</source>
        <comment>5.7.511@Microsoft/description</comment>
        <translation>Exchange Online renvoie 5.7.511 accompagné de &quot;Access denied, banned sender&quot; lorsque l&apos;adresse IP utilisée pour l&apos;envoi a été bannie. Contrairement aux codes de liste de blocage traités par le portail de retrait de liste en libre-service, Microsoft demande pour celui-ci une requête par e-mail à delist@messaging.microsoft.com comprenant le code complet du rapport de non-remise et l&apos;adresse IP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to the connecting server when its IP address is on Microsoft&apos;s banned list.</source>
        <comment>5.7.511@Microsoft/when</comment>
        <translation>Renvoyé au serveur qui se connecte lorsque son adresse IP figure sur la liste des adresses bannies de Microsoft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward the bounce to your administrator or email provider, since the block applies to the server&apos;s IP address rather than to you.</source>
        <comment>5.7.511@Microsoft/fix/sender</comment>
        <translation>Transférez le rapport de non-remise à votre administrateur ou à votre fournisseur de messagerie, car le blocage s&apos;applique à l&apos;adresse IP du serveur et non à vous.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find and stop the cause of the bad reputation, such as a compromised account, an open relay or bulk mail without consent. Then email delist@messaging.microsoft.com with the full bounce text and the IP address.</source>
        <comment>5.7.511@Microsoft/fix/sendingServer</comment>
        <translation>Trouvez et éliminez la cause de la mauvaise réputation, comme un compte compromis, un relais ouvert ou du courrier en masse envoyé sans consentement. Envoyez ensuite un e-mail à delist@messaging.microsoft.com avec le texte complet du rapport de non-remise et l&apos;adresse IP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.606 to 5.7.649 are IP bans that the delist portal can lift, while 5.7.511 requires an email request to Microsoft.</source>
        <comment>5.7.511@Microsoft/confusedWith/5.7.606@Microsoft</comment>
        <translation>5.7.606 à 5.7.649 sont des bannissements d&apos;adresses IP que le portail de retrait de liste peut lever, tandis que 5.7.511 nécessite une requête par e-mail adressée à Microsoft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked by Recipient&apos;s Custom Block List</source>
        <comment>5.7.513@Microsoft/title</comment>
        <translation>Bloqué par la liste de blocage personnalisée du destinataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.513 when the recipient domain has added the sender&apos;s IP address to its own custom block list. The block is set by the receiving organization, not by Microsoft, so only that organization can remove it.</source>
        <comment>5.7.513@Microsoft/description</comment>
        <translation>Exchange Online renvoie 5.7.513 lorsque le domaine du destinataire a ajouté l&apos;adresse IP de l&apos;expéditeur à sa propre liste de blocage personnalisée. Le blocage est défini par l&apos;organisation de réception, et non par Microsoft&#xa0;; seule cette organisation peut donc le lever.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned as &quot;Service unavailable&quot; with the tag AS16012607 when the connecting IP appears on the recipient organization&apos;s block list.</source>
        <comment>5.7.513@Microsoft/when</comment>
        <translation>Renvoyé sous la forme &quot;Service unavailable&quot; avec la balise AS16012607 lorsque l&apos;adresse IP qui se connecte figure sur la liste de blocage de l&apos;organisation du destinataire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact the recipient by phone or another address and ask them to unblock your mail server.</source>
        <comment>5.7.513@Microsoft/fix/sender</comment>
        <translation>Contactez le destinataire par téléphone ou à une autre adresse et demandez-lui de débloquer votre serveur de messagerie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the recipient organization your outbound IP addresses and ask them to remove the entry. Check whether recent spam from your IP prompted the block.</source>
        <comment>5.7.513@Microsoft/fix/sendingServer</comment>
        <translation>Communiquez vos adresses IP sortantes à l&apos;organisation du destinataire et demandez-lui de supprimer l&apos;entrée. Vérifiez si du spam récemment envoyé depuis votre adresse IP a provoqué le blocage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the IP block list in your connection filter policy in Microsoft Defender and remove the sender&apos;s IP if the block is no longer wanted.</source>
        <comment>5.7.513@Microsoft/fix/receivingServer</comment>
        <translation>Examinez la liste de blocage d&apos;adresses IP de votre stratégie de filtrage des connexions dans Microsoft Defender et supprimez l&apos;adresse IP de l&apos;expéditeur si le blocage n&apos;est plus souhaité.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.606 to 5.7.649 come from Microsoft&apos;s own ban list, while 5.7.513 comes from the recipient organization&apos;s custom block list.</source>
        <comment>5.7.513@Microsoft/confusedWith/5.7.606@Microsoft</comment>
        <translation>5.7.606 à 5.7.649 proviennent de la liste de bannissement propre à Microsoft, tandis que 5.7.513 provient de la liste de blocage personnalisée de l&apos;organisation du destinataire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending IP on Microsoft Block List</source>
        <comment>5.7.606@Microsoft/title</comment>
        <translation>Adresse IP d&apos;envoi sur la liste de blocage de Microsoft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes 5.7.606 through 5.7.649 mean Microsoft banned the IP address the message came from, shown as &quot;Access denied, banned sending IP&quot; followed by the address. The usual reasons are poor reputation from spam, a compromised server or malicious traffic. The owner of the IP can ask for removal through Microsoft&apos;s self-service delist portal.</source>
        <comment>5.7.606@Microsoft/description</comment>
        <translation>Les codes 5.7.606 à 5.7.649 signifient que Microsoft a banni l&apos;adresse IP d&apos;où provient le message, ce qui est indiqué par &quot;Access denied, banned sending IP&quot; suivi de l&apos;adresse. Les raisons habituelles sont une mauvaise réputation due au spam, un serveur compromis ou un trafic malveillant. Le propriétaire de l&apos;adresse IP peut en demander le retrait via le portail de retrait de liste en libre-service de Microsoft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to the connecting server when it delivers to Microsoft 365 or Outlook.com from a banned IP address.</source>
        <comment>5.7.606@Microsoft/when</comment>
        <translation>Renvoyé au serveur qui se connecte lorsqu&apos;il remet du courrier à Microsoft 365 ou à Outlook.com depuis une adresse IP bannie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward the bounce to your administrator or email provider, because the block is on their server&apos;s IP address.</source>
        <comment>5.7.606@Microsoft/fix/sender</comment>
        <translation>Transférez le rapport de non-remise à votre administrateur ou à votre fournisseur de messagerie, car le blocage porte sur l&apos;adresse IP de son serveur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find and fix the cause of the poor reputation, such as compromised accounts, open relays or unsolicited bulk mail. Then request removal at Microsoft&apos;s delist portal with the IP shown in the bounce and confirm the request from the email it sends.</source>
        <comment>5.7.606@Microsoft/fix/sendingServer</comment>
        <translation>Trouvez et corrigez la cause de la mauvaise réputation, comme des comptes compromis, des relais ouverts ou du courrier en masse non sollicité. Demandez ensuite le retrait sur le portail de retrait de liste de Microsoft avec l&apos;adresse IP indiquée dans le rapport de non-remise, et confirmez la demande à partir de l&apos;e-mail qu&apos;il envoie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.511 is an IP ban that Microsoft handles by email request, while 5.7.606 to 5.7.649 can be lifted through the self-service delist portal.</source>
        <comment>5.7.606@Microsoft/confusedWith/5.7.511@Microsoft</comment>
        <translation>5.7.511 est un bannissement d&apos;adresse IP que Microsoft traite sur demande par e-mail, tandis que 5.7.606 à 5.7.649 peuvent être levés via le portail de retrait de liste en libre-service.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4.7.500 to 4.7.699 are temporary throttling that lifts on its own, while 5.7.606 to 5.7.649 are bans that last until the IP is delisted.</source>
        <comment>5.7.606@Microsoft/confusedWith/4.7.500@Microsoft</comment>
        <translation>4.7.500 à 4.7.699 sont des limitations de débit temporaires qui sont levées d&apos;elles-mêmes, tandis que 5.7.606 à 5.7.649 sont des bannissements qui durent jusqu&apos;au retrait de l&apos;adresse IP de la liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant Exceeded Spam Threshold</source>
        <comment>5.7.705@Microsoft/title</comment>
        <translation>Seuil de spam dépassé par le locataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.705 with &quot;Access denied, tenant has exceeded threshold&quot; when too much spam or bulk mail came from an organization and outgoing mail for the tenant is blocked. Common causes are compromised on-premises servers or compromised admin accounts used to create connectors. Rarely, it follows renewal of an already expired subscription.</source>
        <comment>5.7.705@Microsoft/description</comment>
        <translation>Exchange Online renvoie 5.7.705 accompagné de &quot;Access denied, tenant has exceeded threshold&quot; lorsqu&apos;une organisation a envoyé trop de spam ou de courrier en masse et que le courrier sortant du locataire est bloqué. Les causes courantes sont des serveurs locaux compromis ou des comptes d&apos;administrateur compromis utilisés pour créer des connecteurs. Plus rarement, ce code fait suite au renouvellement d&apos;un abonnement déjà expiré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to users and connectors of the blocked tenant when they send outbound mail.</source>
        <comment>5.7.705@Microsoft/when</comment>
        <translation>Renvoyé aux utilisateurs et aux connecteurs du locataire bloqué lorsqu&apos;ils envoient du courrier sortant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report the bounce to your administrator, since individual users cannot lift a block on the whole organization.</source>
        <comment>5.7.705@Microsoft/fix/sender</comment>
        <translation>Signalez le rapport de non-remise à votre administrateur, car un utilisateur individuel ne peut pas lever un blocage qui touche toute l&apos;organisation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find and fix the source of spam, such as compromised accounts, rogue connectors or open relays, then contact Microsoft support and explain the cause. Keep subscriptions from lapsing to avoid the renewal case.</source>
        <comment>5.7.705@Microsoft/fix/sendingServer</comment>
        <translation>Trouvez et éliminez la source du spam, comme des comptes compromis, des connecteurs illégitimes ou des relais ouverts, puis contactez le support Microsoft en lui expliquant la cause. Évitez que les abonnements n&apos;expirent afin de ne pas vous retrouver dans le cas du renouvellement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.501 to 5.7.503 ban one sending account, while 5.7.705 blocks outbound mail for the whole tenant.</source>
        <comment>5.7.705@Microsoft/confusedWith/5.7.501@Microsoft</comment>
        <translation>5.7.501 à 5.7.503 bannissent un compte d&apos;envoi, tandis que 5.7.705 bloque le courrier sortant de tout le locataire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.708 is tied to the low reputation of the IP addresses in use, while 5.7.705 follows spam actually sent by the tenant.</source>
        <comment>5.7.705@Microsoft/confusedWith/5.7.708@Microsoft</comment>
        <translation>5.7.708 est lié à la faible réputation des adresses IP utilisées, tandis que 5.7.705 fait suite à du spam réellement envoyé par le locataire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Traffic Not Accepted From This IP</source>
        <comment>5.7.708@Microsoft/title</comment>
        <translation>Trafic non accepté depuis cette adresse IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.708 with &quot;Access denied, traffic not accepted from this IP&quot; when a tenant sends from known low-reputation IP addresses of the kind typically used by new customers. It belongs to the 5.7.700 to 5.7.749 group of tenant-level blocks. A tenant that must send from such addresses before buying licenses can ask Microsoft support for a temporary exception.</source>
        <comment>5.7.708@Microsoft/description</comment>
        <translation>Exchange Online renvoie 5.7.708 accompagné de &quot;Access denied, traffic not accepted from this IP&quot; lorsqu&apos;un locataire envoie du courrier depuis des adresses IP connues pour leur faible réputation, du type généralement utilisé par les nouveaux clients. Ce code appartient au groupe 5.7.700 à 5.7.749 des blocages au niveau du locataire. Un locataire qui doit envoyer depuis de telles adresses avant d&apos;acheter des licences peut demander une exception temporaire au support Microsoft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned when a tenant, often a new or trial one, sends through Exchange Online from an IP address Microsoft rates as low reputation.</source>
        <comment>5.7.708@Microsoft/when</comment>
        <translation>Renvoyé lorsqu&apos;un locataire, souvent nouveau ou en version d&apos;évaluation, envoie du courrier via Exchange Online depuis une adresse IP à laquelle Microsoft attribue une faible réputation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report the bounce to your administrator, since the restriction applies to the organization&apos;s sending setup.</source>
        <comment>5.7.708@Microsoft/fix/sender</comment>
        <translation>Signalez le rapport de non-remise à votre administrateur, car la restriction s&apos;applique à la configuration d&apos;envoi de l&apos;organisation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase and assign licenses if the tenant is still in trial, and check connectors for unexpected source IPs. Contact Microsoft support to request an exception if you must keep sending from these addresses meanwhile.</source>
        <comment>5.7.708@Microsoft/fix/sendingServer</comment>
        <translation>Achetez et attribuez des licences si le locataire est encore en version d&apos;évaluation, et vérifiez que les connecteurs ne présentent pas d&apos;adresses IP sources inattendues. Contactez le support Microsoft pour demander une exception si vous devez continuer à envoyer depuis ces adresses en attendant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.606 to 5.7.649 ban an IP for bad reputation until it is delisted through the portal, while 5.7.708 restricts a tenant&apos;s low-reputation IPs and needs a support exception.</source>
        <comment>5.7.708@Microsoft/confusedWith/5.7.606@Microsoft</comment>
        <translation>5.7.606 à 5.7.649 bannissent une adresse IP pour mauvaise réputation jusqu&apos;à son retrait de la liste via le portail, tandis que 5.7.708 restreint les adresses IP à faible réputation d&apos;un locataire et nécessite une exception accordée par le support.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.705 blocks a tenant that sent too much spam, while 5.7.708 reflects the reputation of the IP addresses in use.</source>
        <comment>5.7.708@Microsoft/confusedWith/5.7.705@Microsoft</comment>
        <translation>5.7.705 bloque un locataire qui a envoyé trop de spam, tandis que 5.7.708 reflète la réputation des adresses IP utilisées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked for Unregistered Domains</source>
        <comment>5.7.750@Microsoft/title</comment>
        <translation>Bloqué pour domaines non enregistrés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Online returns 5.7.750 with &quot;Client blocked from sending from unregistered domains&quot; when a tenant sends a suspicious volume of mail from domains that are not added and verified in Microsoft 365. A reasonable amount of such mail is tolerated, but every sending domain should be registered as an accepted domain.</source>
        <comment>5.7.750@Microsoft/description</comment>
        <translation>Exchange Online renvoie 5.7.750 accompagné de &quot;Client blocked from sending from unregistered domains&quot; lorsqu&apos;un locataire envoie un volume suspect de courrier depuis des domaines qui n&apos;ont pas été ajoutés et vérifiés dans Microsoft 365. Une quantité raisonnable de ce courrier est tolérée, mais chaque domaine d&apos;envoi doit être enregistré comme domaine accepté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned when mail relayed through the tenant, typically over an inbound connector from on-premises servers, uses sender domains the tenant has not provisioned.</source>
        <comment>5.7.750@Microsoft/when</comment>
        <translation>Renvoyé lorsque du courrier relayé par le locataire, généralement via un connecteur entrant depuis des serveurs locaux, utilise des domaines d&apos;expéditeur que le locataire n&apos;a pas configurés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send from an address in your organization&apos;s registered domain, or ask your administrator to add the domain you need.</source>
        <comment>5.7.750@Microsoft/fix/sender</comment>
        <translation>Envoyez depuis une adresse du domaine enregistré de votre organisation, ou demandez à votre administrateur d&apos;ajouter le domaine dont vous avez besoin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add and verify every domain you send from as an accepted domain, or use a certificate-based inbound connector whose certificate domain is verified. Check for unknown connectors and compromised accounts that attackers may use to relay spam.</source>
        <comment>5.7.750@Microsoft/fix/sendingServer</comment>
        <translation>Ajoutez et vérifiez chaque domaine depuis lequel vous envoyez du courrier en tant que domaine accepté, ou utilisez un connecteur entrant basé sur un certificat dont le domaine de certificat est vérifié. Recherchez les connecteurs inconnus et les comptes compromis que des attaquants pourraient utiliser pour relayer du spam.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.7.64 means relayed mail could not be matched to the tenant&apos;s connector, while 5.7.750 means the tenant sent too much mail from domains it has not registered.</source>
        <comment>5.7.750@Microsoft/confusedWith/5.7.64@Microsoft</comment>
        <translation>5.7.64 signifie que le courrier relayé n&apos;a pas pu être associé au connecteur du locataire, tandis que 5.7.750 signifie que le locataire a envoyé trop de courrier depuis des domaines qu&apos;il n&apos;a pas enregistrés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Success Status</source>
        <comment>2.X.X/title</comment>
        <translation>État de réussite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An enhanced code starting with 2 reports that the action succeeded; the other two parts only add context, such as which address was accepted or what was done to the message. It normally travels with a 2xx reply, for example 250 2.1.5 after RCPT TO. In delivery status notifications it marks a recipient whose message was delivered or relayed.</source>
        <comment>2.X.X/description</comment>
        <translation>Un code d&apos;état étendu commençant par 2 indique que l&apos;action a réussi&#xa0;; les deux autres parties ne font qu&apos;ajouter du contexte, par exemple quelle adresse a été acceptée ou quel traitement a été appliqué au message. Il accompagne normalement une réponse 2xx, par exemple 250 2.1.5 après RCPT TO. Dans les notifications d&apos;état de remise, il désigne un destinataire dont le message a été remis ou relayé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persistent Transient Failure</source>
        <comment>4.X.X/title</comment>
        <translation>Échec temporaire persistant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An enhanced code starting with 4 means the message itself is acceptable, but a condition that should clear up blocked it for now. The sending server keeps the message queued and retries until its queue lifetime runs out, and only then returns a bounce. It normally travels with a 4xx reply; if the two disagree, SMTP clients act on the three-digit reply code.</source>
        <comment>4.X.X/description</comment>
        <translation>Un code d&apos;état étendu commençant par 4 signifie que le message lui-même est acceptable, mais qu&apos;une condition censée se résorber l&apos;a bloqué pour l&apos;instant. Le serveur d&apos;envoi conserve le message en file d&apos;attente et continue de réessayer jusqu&apos;à l&apos;expiration de sa durée de vie en file d&apos;attente&#xa0;; ce n&apos;est qu&apos;alors qu&apos;il renvoie un rapport de non-remise. Il accompagne normalement une réponse 4xx&#xa0;; si les deux divergent, les clients SMTP se fient au code de réponse à trois chiffres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permanent Failure</source>
        <comment>5.X.X/title</comment>
        <translation>Échec permanent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An enhanced code starting with 5 means sending the same message again unchanged will not work: the address, the message or something at the destination has to change first. The sending server stops retrying and returns a bounce to the sender. It normally travels with a 5xx reply.</source>
        <comment>5.X.X/description</comment>
        <translation>Un code d&apos;état étendu commençant par 5 signifie que renvoyer le même message sans modification ne fonctionnera pas&#xa0;: l&apos;adresse, le message ou un élément à destination doit d&apos;abord changer. Le serveur d&apos;envoi cesse de réessayer et renvoie un rapport de non-remise à l&apos;expéditeur. Il accompagne normalement une réponse 5xx.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other or Undefined Status</source>
        <comment>X.0.X/title</comment>
        <translation>Autre état ou état non défini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject 0 means the server gives no information about which area the problem is in. Codes such as 4.0.0 and 5.0.0 come from servers that support enhanced status codes but do not classify every error, so the text after the code is the real clue.</source>
        <comment>X.0.X/description</comment>
        <translation>Le sujet 0 signifie que le serveur ne donne aucune information sur le domaine concerné par le problème. Des codes comme 4.0.0 et 5.0.0 proviennent de serveurs qui prennent en charge le code d&apos;état étendu sans classer chaque erreur&#xa0;; le texte qui suit le code est donc le véritable indice.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positive Preliminary</source>
        <comment>1xx/title</comment>
        <translation>Réponse préliminaire positive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A first digit of 1 means the command was accepted but another reply will follow before the client may continue. SMTP defines no command that uses this class, so a 1xx reply usually means the client reached a service that is not a mail server. Retrying does not apply; treat it as a protocol error.</source>
        <comment>1xx/description</comment>
        <translation>Un premier chiffre 1 signifie que la commande a été acceptée mais qu&apos;une autre réponse suivra avant que le client puisse continuer. SMTP ne définit aucune commande utilisant cette classe&#xa0;; une réponse 1xx signifie donc généralement que le client a joint un service qui n&apos;est pas un serveur de messagerie. Il n&apos;y a pas lieu de réessayer&#xa0;; traitez-la comme une erreur de protocole.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positive Completion</source>
        <comment>2xx/title</comment>
        <translation>Achèvement positif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A first digit of 2 means the requested action finished successfully and the client may send the next command. After the message data, it means the server accepted responsibility for the message. There is nothing to retry.</source>
        <comment>2xx/description</comment>
        <translation>Un premier chiffre 2 signifie que l&apos;action demandée s&apos;est terminée avec succès et que le client peut envoyer la commande suivante. Après le contenu du message, il signifie que le serveur a accepté la responsabilité du message. Il n&apos;y a rien à réessayer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positive Intermediate</source>
        <comment>3xx/title</comment>
        <translation>Réponse intermédiaire positive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A first digit of 3 means the server accepted the command so far but needs more input to finish it, such as the message content after DATA or the next step of an AUTH exchange. The client continues the exchange instead of retrying.</source>
        <comment>3xx/description</comment>
        <translation>Un premier chiffre 3 signifie que le serveur a accepté la commande jusqu&apos;ici mais a besoin de données supplémentaires pour la terminer, comme le contenu du message après DATA ou l&apos;étape suivante d&apos;un échange AUTH. Le client poursuit l&apos;échange au lieu de réessayer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transient Negative Completion</source>
        <comment>4xx/title</comment>
        <translation>Achèvement négatif temporaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A first digit of 4 means the command failed because of a condition expected to be temporary, such as load, greylisting or a full disk. The client should keep the message and repeat the request later; mail servers retry from their queue, typically for four to five days, before returning a bounce.</source>
        <comment>4xx/description</comment>
        <translation>Un premier chiffre 4 signifie que la commande a échoué en raison d&apos;une condition censée être temporaire, comme une surcharge, la mise en liste grise (greylisting) ou un disque plein. Le client doit conserver le message et répéter la demande plus tard&#xa0;; un serveur de messagerie va réessayer depuis sa file d&apos;attente, généralement pendant quatre à cinq jours, avant de renvoyer un rapport de non-remise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permanent Negative Completion</source>
        <comment>5xx/title</comment>
        <translation>Achèvement négatif permanent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A first digit of 5 means the command failed and repeating it unchanged will fail again. The client should not retry; the address, credentials, message or policy problem must be fixed first, and mail servers return a bounce to the sender.</source>
        <comment>5xx/description</comment>
        <translation>Un premier chiffre 5 signifie que la commande a échoué et que la répéter sans modification échouera à nouveau. Le client ne doit pas réessayer&#xa0;; le problème d&apos;adresse, d&apos;identifiants, de message ou de politique doit d&apos;abord être corrigé, et le serveur de messagerie renvoie un rapport de non-remise à l&apos;expéditeur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syntax</source>
        <comment>x0x/title</comment>
        <translation>Syntaxe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second digit of 0 marks replies about syntax: commands with syntax errors, valid commands that fit no other category, and commands that are not implemented or not needed. Examples are 500, 501, 502, 503 and 504.</source>
        <comment>x0x/description</comment>
        <translation>Un deuxième chiffre 0 désigne les réponses relatives à la syntaxe&#xa0;: commandes comportant des erreurs de syntaxe, commandes valides n&apos;entrant dans aucune autre catégorie, et commandes non implémentées ou superflues. Exemples&#xa0;: 500, 501, 502, 503 et 504.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Information</source>
        <comment>x1x/title</comment>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second digit of 1 marks replies to requests for information, such as system status or help text. Examples are 211 and 214.</source>
        <comment>x1x/description</comment>
        <translation>Un deuxième chiffre 1 désigne les réponses aux demandes d&apos;information, comme l&apos;état du système ou le texte d&apos;aide. Exemples&#xa0;: 211 et 214.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connections</source>
        <comment>x2x/title</comment>
        <translation>Connexions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second digit of 2 marks replies about the transmission channel itself, such as the greeting and the closing of a connection. Examples are 220, 221 and 421.</source>
        <comment>x2x/description</comment>
        <translation>Un deuxième chiffre 2 désigne les réponses relatives au canal de transmission lui-même, comme le message d&apos;accueil et la fermeture d&apos;une connexion. Exemples&#xa0;: 220, 221 et 421.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unspecified (used for authentication)</source>
        <comment>x3x/title</comment>
        <translation>Non spécifiée (utilisée pour l&apos;authentification)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFC 5321 leaves a second digit of 3 unassigned. In practice, the AUTH extension and related documents use it for authentication replies, such as 235, 334, 432, 530, 534 and 535.</source>
        <comment>x3x/description</comment>
        <translation>La RFC 5321 laisse le deuxième chiffre 3 non attribué. En pratique, l&apos;extension AUTH et les documents associés l&apos;utilisent pour les réponses d&apos;authentification, comme 235, 334, 432, 530, 534 et 535.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unspecified (not used)</source>
        <comment>x4x/title</comment>
        <translation>Non spécifiée (non utilisée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFC 5321 leaves a second digit of 4 unassigned, and no standard SMTP reply code uses it. A code of this form in a log comes from a particular server or tool, so read its text to learn what it means.</source>
        <comment>x4x/description</comment>
        <translation>La RFC 5321 laisse le deuxième chiffre 4 non attribué, et aucun code de réponse SMTP standard ne l&apos;utilise. Un code de cette forme dans un journal provient d&apos;un serveur ou d&apos;un outil particulier&#xa0;; lisez son texte pour en comprendre le sens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail system</source>
        <comment>x5x/title</comment>
        <translation>Système de messagerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second digit of 5 marks replies about the state of the receiving mail system with respect to the requested transfer or other mail action. Most delivery outcomes use it, such as 250, 354, 450, 550 and 552.</source>
        <comment>x5x/description</comment>
        <translation>Un deuxième chiffre 5 désigne les réponses relatives à l&apos;état du système de messagerie de réception vis-à-vis du transfert demandé ou d&apos;une autre action de messagerie. La plupart des résultats de remise l&apos;utilisent, comme 250, 354, 450, 550 et 552.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addressing Status</source>
        <comment>X.1.X/title</comment>
        <translation>État de l&apos;adressage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject 1 covers problems with an envelope address: the recipient&apos;s mailbox or domain, or the sender&apos;s own address. It includes syntax errors, unknown mailboxes, domains that cannot receive mail and addresses that have been retired. The sender can usually fix these by correcting the address and sending again.</source>
        <comment>X.1.X/description</comment>
        <translation>Le sujet 1 couvre les problèmes liés à une adresse d&apos;enveloppe&#xa0;: la boîte aux lettres ou le domaine du destinataire, ou l&apos;adresse de l&apos;expéditeur lui-même. Il comprend les erreurs de syntaxe, les boîtes aux lettres inconnues, les domaines qui ne peuvent pas recevoir de courrier et les adresses qui ont été retirées. L&apos;expéditeur peut généralement les résoudre en corrigeant l&apos;adresse et en envoyant à nouveau le message.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox Status</source>
        <comment>X.2.X/title</comment>
        <translation>État de la boîte aux lettres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject 2 covers the state of a recipient mailbox that exists: disabled, full, limited in message size, or a mailing list that could not be expanded. These conditions are controlled by the recipient or their administrator, so the sender can usually only wait or reach the recipient another way.</source>
        <comment>X.2.X/description</comment>
        <translation>Le sujet 2 couvre l&apos;état d&apos;une boîte aux lettres de destinataire existante&#xa0;: désactivée, pleine, limitée en taille de message, ou liste de diffusion dont l&apos;expansion a échoué. Ces conditions dépendent du destinataire ou de son administrateur&#xa0;; l&apos;expéditeur ne peut donc généralement qu&apos;attendre ou joindre le destinataire par un autre moyen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail System Status</source>
        <comment>X.3.X/title</comment>
        <translation>État du système de messagerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject 3 covers the receiving mail system as a whole rather than one mailbox: exhausted storage, a host not accepting mail, missing features, messages too large for the system, or a configuration error. These conditions are under the control of the destination system&apos;s administrator.</source>
        <comment>X.3.X/description</comment>
        <translation>Le sujet 3 couvre le système de messagerie de réception dans son ensemble plutôt qu&apos;une seule boîte aux lettres&#xa0;: stockage saturé, hôte n&apos;acceptant pas de courrier, fonctions manquantes, messages trop volumineux pour le système ou erreur de configuration. Ces conditions relèvent de l&apos;administrateur du système de destination.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network and Routing Status</source>
        <comment>X.4.X/title</comment>
        <translation>État du réseau et du routage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject 4 covers the delivery infrastructure: connections that fail or time out, DNS and other directory lookups, routing, congestion, loops and messages that expire in a queue. These problems usually sit with the destination or an intermediate system and often clear up when the message is retried.</source>
        <comment>X.4.X/description</comment>
        <translation>Le sujet 4 couvre l&apos;infrastructure de remise&#xa0;: connexions qui échouent ou expirent, recherches DNS et autres recherches d&apos;annuaire, routage, congestion, boucles et messages qui expirent dans une file d&apos;attente. Ces problèmes se situent généralement du côté de la destination ou d&apos;un système intermédiaire, et il suffit souvent de réessayer l&apos;envoi du message pour qu&apos;ils disparaissent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail Delivery Protocol Status</source>
        <comment>X.5.X/title</comment>
        <translation>État du protocole de remise du courrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject 5 covers the SMTP dialogue itself: unknown or out-of-sequence commands, bad syntax or arguments, too many recipients and protocol version mismatches. These usually point to a bug or misconfiguration in the client or server software rather than to the message or the address.</source>
        <comment>X.5.X/description</comment>
        <translation>Le sujet 5 couvre le dialogue SMTP lui-même&#xa0;: commandes inconnues ou hors séquence, syntaxe ou arguments incorrects, trop de destinataires et incompatibilités de version de protocole. Ces problèmes révèlent généralement un bogue ou une mauvaise configuration du logiciel client ou serveur plutôt qu&apos;un problème lié au message ou à l&apos;adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message Content or Media Status</source>
        <comment>X.6.X/title</comment>
        <translation>État du contenu ou du média du message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject 6 covers the content of the message and its encoding: media a hop cannot carry, conversions that are required but prohibited or impossible, conversions that lost data, and internationalized addresses or headers a hop cannot handle. The fix usually involves the message format or the capabilities of the next hop.</source>
        <comment>X.6.X/description</comment>
        <translation>Le sujet 6 couvre le contenu du message et son encodage&#xa0;: médias qu&apos;un saut ne peut pas transporter, conversions requises mais interdites ou impossibles, conversions ayant entraîné une perte de données, et adresses ou en-têtes internationalisés qu&apos;un saut ne peut pas traiter. La solution implique généralement le format du message ou les capacités du saut suivant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security or Policy Status</source>
        <comment>X.7.X/title</comment>
        <translation>État de sécurité ou de politique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject 7 covers security and policy decisions: authentication, permission to relay, encryption requirements and sender authentication checks such as SPF, DKIM and DMARC. It is the most frequent subject in modern rejections, because spam filters and reputation systems report through it. The text or linked help page usually names the exact rule.</source>
        <comment>X.7.X/description</comment>
        <translation>Le sujet 7 couvre les décisions de sécurité et de politique&#xa0;: authentification, autorisation de relayer, exigences de chiffrement et vérifications d&apos;authentification de l&apos;expéditeur comme SPF, DKIM et DMARC. C&apos;est le sujet le plus fréquent dans les rejets actuels, car les filtres antispam et les systèmes de réputation l&apos;utilisent pour leurs signalements. Le texte ou la page d&apos;aide indiquée nomme généralement la règle exacte.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+100"/>
        <location line="+42"/>
        <source>smtp-codes: %1 is not in the catalogue (%2).
</source>
        <translation>smtp-codes&#xa0;: %1 ne figure pas dans le catalogue (%2).
</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No SMTP reply code found.
</source>
        <translation>Aucun code de réponse SMTP trouvé.
</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%n reply(ies) found; lines read: %1.
</source>
        <translation>
            <numerusform>%n réponse trouvée&#xa0;; lignes lues&#xa0;: %1.
</numerusform>
            <numerusform>%n réponses trouvées&#xa0;; lignes lues&#xa0;: %1.
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+76"/>
        <source>SMTP Codes: what an SMTP reply code means, when it happens and how to fix it.</source>
        <translation>SMTP Codes&#xa0;: ce que signifie un code de réponse SMTP, quand il apparaît et comment corriger le problème.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print the entry for CODE, or compare CODE and CODE2.</source>
        <translation>Afficher l&apos;entrée de CODE, ou comparer CODE et CODE2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Explain every reply found in TEXT; &quot;-&quot; reads standard input.</source>
        <translation>Expliquer chaque réponse trouvée dans TEXT&#xa0;; &quot;-&quot; lit l&apos;entrée standard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print a ticket note for CODE: meaning, likely cause, next step and who must act.</source>
        <translation>Afficher une note de ticket pour CODE&#xa0;: signification, cause probable, étape suivante et qui doit agir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List every catalogue entry.</source>
        <translation>Lister toutes les entrées du catalogue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print JSON (JSON Lines for --explain).</source>
        <translation>Afficher au format JSON (JSON Lines pour --explain).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --explain: count the replies by code.</source>
        <translation>Avec --explain&#xa0;: compter les réponses par code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language: en, zh_CN, fr or vi.</source>
        <translation>Langue&#xa0;: en, zh_CN, fr ou vi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CODE [CODE2] for --print, CODE for --ticket, TEXT for --explain.</source>
        <translation>CODE [CODE2] pour --print, CODE pour --ticket, TEXT pour --explain.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>choose exactly one of --print, --ticket, --explain and --list.</source>
        <translation>choisissez exactement une option parmi --print, --ticket, --explain et --list.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>unknown language &quot;%1&quot;; use one of: %2.</source>
        <translation>langue «&#xa0;%1&#xa0;» inconnue&#xa0;; utilisez l&apos;une des langues suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--summary goes with --explain.</source>
        <translation>--summary s&apos;utilise avec --explain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--list takes no arguments.</source>
        <translation>--list n&apos;accepte aucun argument.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--print takes one code, or two codes to compare.</source>
        <translation>--print accepte un code, ou deux codes à comparer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--ticket takes one code and no --json.</source>
        <translation>--ticket prend un seul code, sans --json.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--explain takes one TEXT argument, or &quot;-&quot; for standard input.</source>
        <translation>--explain accepte un argument TEXT, ou &quot;-&quot; pour l&apos;entrée standard.</translation>
    </message>
</context>
<context>
    <name>CompareHtml</name>
    <message>
        <location filename="../app/core/entrytext.cpp" line="+86"/>
        <location filename="../app/ui/comparehtml.cpp" line="+50"/>
        <source>Key differences</source>
        <translation>Principales différences</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/ui/comparehtml.cpp" line="+14"/>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <location filename="../app/ui/comparehtml.cpp" line="-11"/>
        <source>= same</source>
        <translation>= identique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≠ differs</source>
        <translation>≠ différent</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <location filename="../app/core/comparison.cpp" line="+66"/>
        <source>Not in the catalogue</source>
        <translation>Absent du catalogue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMTP %1 %2 vs %3 %4</source>
        <translation>SMTP %1 %2 face à %3 %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a reply whose class depends on the server&apos;s reply</source>
        <translation>une réponse dont la classe dépend de la réponse du serveur</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You are comparing %1 with itself: both sides show the same entry.</source>
        <translation>Vous comparez %1 avec lui-même&#xa0;: les deux côtés affichent la même entrée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>%1 is an enhanced status code that qualifies a %2 reply: servers send them together, as in &quot;%2 %1&quot;.</source>
        <translation>%1 est un code d&apos;état étendu qui précise une réponse %2&#xa0;: les serveurs les envoient ensemble, comme dans &quot;%2 %1&quot;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Both belong to %1.</source>
        <translation>Les deux relèvent de %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a %2 reply, while %3 is a %4 reply.</source>
        <translation>%1 correspond à %2, tandis que %3 correspond à %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not registered in the catalogue; its digits still tell its meaning.</source>
        <translation>%1 n&apos;est pas répertorié dans le catalogue&#xa0;; ses chiffres en indiquent néanmoins la signification.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not documented for this code.</source>
        <translation>Non documenté pour ce code.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read the server&apos;s full reply text: an unregistered code is explained by its wording and its class.</source>
        <translation>Lisez le texte complet de la réponse du serveur&#xa0;: un code non répertorié s&apos;explique par son libellé et sa classe.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Transient: the client should retry later.</source>
        <translation>Temporaire&#xa0;: le client doit réessayer plus tard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Permanent: do not retry without changing something.</source>
        <translation>Permanent&#xa0;: ne pas réessayer sans modification.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Success or next step: nothing to retry.</source>
        <translation>Réussite ou étape suivante&#xa0;: rien à réessayer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Depends on the class of the reply (4 transient, 5 permanent).</source>
        <translation>Dépend de la classe de la réponse (4 temporaire, 5 permanent).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category or subject</source>
        <translation>Catégorie ou sujet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown code</source>
        <translation>Code inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who must act</source>
        <translation>Qui doit agir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not registered</source>
        <translation>Non répertorié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not applicable.</source>
        <translation>Sans objet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Returned by</source>
        <translation>Renvoyé par</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ends the session</source>
        <translation>Met fin à la session</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RFC references</source>
        <translation>Références RFC</translation>
    </message>
</context>
<context>
    <name>EntryHtml</name>
    <message>
        <location filename="../app/ui/entryhtml.cpp" line="+73"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/core/entrytext.cpp" line="-24"/>
        <location filename="../app/ui/entryhtml.cpp" line="+1"/>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../app/ui/entryhtml.cpp" line="+5"/>
        <source>Returned by</source>
        <translation>Renvoyé par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who must act</source>
        <translation>Qui doit agir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usual basic codes</source>
        <translation>Codes de réponse de base habituels</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Related codes</source>
        <translation>Codes associés</translation>
    </message>
    <message>
        <location filename="../app/core/entrytext.cpp" line="-26"/>
        <location filename="../app/ui/entryhtml.cpp" line="+45"/>
        <source>%1: %2</source>
        <comment>code: title</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/entryhtml.cpp" line="+15"/>
        <source>Deprecated: the registry no longer recommends this code.</source>
        <translation>Obsolète&#xa0;: le registre ne recommande plus ce code.</translation>
    </message>
    <message>
        <location filename="../app/core/entrytext.cpp" line="+15"/>
        <location filename="../app/ui/entryhtml.cpp" line="+15"/>
        <source>Meaning by context</source>
        <translation>Signification selon le contexte</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/ui/entryhtml.cpp" line="+17"/>
        <source>Often confused with</source>
        <translation>Souvent confondu avec</translation>
    </message>
    <message>
        <location filename="../app/ui/entryhtml.cpp" line="+4"/>
        <source>Facts</source>
        <translation>Caractéristiques</translation>
    </message>
</context>
<context>
    <name>EntryLabels</name>
    <message>
        <location filename="../app/core/entrylabels.cpp" line="+13"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When you see it</source>
        <translation>Quand il apparaît</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How to fix</source>
        <translation>Comment corriger</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For everyone</source>
        <translation>Pour tous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you are sending</source>
        <translation>Si vous êtes l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you run the sending server</source>
        <translation>Si vous gérez le serveur d&apos;envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you run the receiving server</source>
        <translation>Si vous gérez le serveur de réception</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody: no action is needed</source>
        <translation>Personne&#xa0;: aucune action n&apos;est nécessaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sender</source>
        <translation>L&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sending server&apos;s administrator</source>
        <translation>L&apos;administrateur du serveur d&apos;envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The receiving server&apos;s administrator</source>
        <translation>L&apos;administrateur du serveur de réception</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection greeting</source>
        <translation>Message d&apos;accueil de la connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End of message data</source>
        <translation>Fin du contenu du message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any command</source>
        <translation>N&apos;importe quelle commande</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The session continues.</source>
        <translation>La session continue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server closes the connection after this reply.</source>
        <translation>Le serveur ferme la connexion après cette réponse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server may close the connection after this reply.</source>
        <translation>Le serveur peut fermer la connexion après cette réponse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not applicable.</source>
        <translation>Sans objet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Standard: %1</source>
        <translation>Standard&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Specific to %1 (%2)</source>
        <translation>Propre à %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not standard, but widely seen (%1)</source>
        <translation>Non standard, mais très répandu (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Basic reply code</source>
        <translation>Code de réponse de base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enhanced status code</source>
        <translation>Code d&apos;état étendu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class (first digit)</source>
        <translation>Classe (premier chiffre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category (second digit)</source>
        <translation>Catégorie (deuxième chiffre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject (enhanced code)</source>
        <translation>Sujet (code d&apos;état étendu)</translation>
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
        <translation>%1&#xa0;: %2</translation>
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
        <translation>Classe selon la réponse&#xa0;: %1 est temporaire (réessayer plus tard), %2 est permanent (ne pas réessayer sans modification).</translation>
    </message>
</context>
<context>
    <name>EntryText</name>
    <message>
        <location filename="../app/core/entrytext.cpp" line="+41"/>
        <source>%1 (at %2)</source>
        <comment>title (at vendor)</comment>
        <translation>%1 (chez %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not a known reply code</source>
        <translation>code de réponse inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not registered; by its digits: %1</source>
        <translation>non répertorié&#xa0;; d&apos;après ses chiffres&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>stage: %1</source>
        <translation>étape&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>provider: %1</source>
        <translation>fournisseur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>retry after: %1</source>
        <translation>réessayer après&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>block list: %1</source>
        <translation>liste de blocage&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warning: the basic code %1 and the enhanced code %2 disagree on the class; trust the basic code for retry decisions.</source>
        <translation>Avertissement&#xa0;: le code de réponse de base %1 et le code d&apos;état étendu %2 ne concordent pas sur la classe&#xa0;; fiez-vous au code de réponse de base pour décider s&apos;il faut réessayer.</translation>
    </message>
</context>
<context>
    <name>LanguageSwitcher</name>
    <message>
        <location filename="../app/core/languages.cpp" line="+74"/>
        <source>Unknown language &quot;%1&quot;. Available: %2.</source>
        <translation>Langue «&#xa0;%1&#xa0;» inconnue. Langues disponibles&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The translation for &quot;%1&quot; is missing; showing English.</source>
        <translation>La traduction pour «&#xa0;%1&#xa0;» est manquante&#xa0;; affichage en anglais.</translation>
    </message>
</context>
<context>
    <name>PageOutput</name>
    <message>
        <location filename="../app/ui/pageoutput.cpp" line="+126"/>
        <source>The PDF could not be written.</source>
        <translation>Impossible d&apos;écrire le PDF.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::CompareView</name>
    <message>
        <location filename="../app/ui/compareview.cpp" line="+120"/>
        <source>&amp;Left:</source>
        <translation>&amp;Gauche&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Right:</source>
        <translation>D&amp;roite&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left code</source>
        <translation>Code de gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right code</source>
        <translation>Code de droite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 450</source>
        <translation>p. ex. 450</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 550</source>
        <translation>p. ex. 550</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;wap</source>
        <translation>&amp;Inverser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap the two codes</source>
        <translation>Inverser les deux codes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first code to compare, such as 450 or 4.2.2.</source>
        <translation>Le premier code à comparer, par exemple 450 ou 4.2.2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The second code to compare, such as 550 or 5.2.2.</source>
        <translation>Le second code à comparer, par exemple 550 ou 5.2.2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanges the left and right codes.</source>
        <translation>Inverse les codes de gauche et de droite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both codes side by side, their key differences and what to do for each.</source>
        <translation>Les deux codes côte à côte, leurs principales différences et ce qu&apos;il faut faire pour chacun.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enter two codes to compare, or type &quot;450 vs 550&quot; in the search field.</source>
        <translation>Saisissez deux codes à comparer, ou tapez «&#xa0;450 vs 550&#xa0;» dans le champ de recherche.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a reply code or an enhanced status code.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un code de réponse ni un code d&apos;état étendu.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::DetailPane</name>
    <message>
        <location filename="../app/ui/detailpane.cpp" line="+62"/>
        <source>Code details</source>
        <translation>Détails du code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the selected code means, when it appears and how to fix it. Links open related codes.</source>
        <translation>Ce que signifie le code sélectionné, quand il apparaît et comment corriger le problème. Les liens ouvrent les codes associés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a code in the list, or type a code such as 535, 5.7.8 or 5xx.</source>
        <translation>Sélectionnez un code dans la liste, ou saisissez un code comme 535, 5.7.8 ou 5xx.</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::ExplainView</name>
    <message>
        <location filename="../app/ui/explainview.cpp" line="+117"/>
        <source>&amp;Previous Reply</source>
        <translation>&amp;Réponse précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Reply</source>
        <translation>Réponse &amp;suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous reply</source>
        <translation>Réponse précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next reply</source>
        <translation>Réponse suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explained replies</source>
        <translation>Réponses expliquées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the reply before this one in the pasted text.</source>
        <translation>Affiche la réponse qui précède celle-ci dans le texte collé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the next reply in the pasted text.</source>
        <translation>Affiche la réponse suivante du texte collé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reply with its codes marked, what each code means, and a summary by code.</source>
        <translation>La réponse avec ses codes mis en évidence, la signification de chaque code et un récapitulatif par code.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paste a reply line, an SMTP transcript, a log excerpt or a bounce (Ctrl+Shift+V) to have every reply code explained.</source>
        <translation>Collez une ligne de réponse, une transcription SMTP, un extrait de journal ou un rapport de non-remise (Ctrl+Shift+V) pour obtenir l&apos;explication de chaque code de réponse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reply %1 of %2</source>
        <translation>Réponse %1 sur %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pasted text was long; only its first %1 characters were read.</source>
        <translation>Le texte collé était long&#xa0;; seuls ses %1 premiers caractères ont été lus.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The basic code %1 and the enhanced code %2 disagree on the class; trust the basic code for retry decisions.</source>
        <translation>Le code de réponse de base %1 et le code d&apos;état étendu %2 ne concordent pas sur la classe&#xa0;; fiez-vous au code de réponse de base pour décider s&apos;il faut réessayer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SMTP stage: %1</source>
        <translation>Étape SMTP&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider: %1</source>
        <translation>Fournisseur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry after: %1</source>
        <translation>Réessayer après&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block list named: %1</source>
        <translation>Liste de blocage citée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
</context>
<context>
    <name>SmtpCodes::MainWindow</name>
    <message>
        <location filename="../app/ui/mainwindowmenus.cpp" line="+104"/>
        <source>About SMTP Codes</source>
        <translation>À propos de SMTP Codes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMTP Codes %1

A desktop reference for SMTP reply codes and enhanced status codes, written from RFC 5321, RFC 3463, RFC 4954, RFC 5248 and the IANA enhanced status code registry.</source>
        <translation>SMTP Codes %1

Une application de bureau de référence sur chaque code de réponse SMTP et chaque code d&apos;état étendu, rédigée d&apos;après la RFC 5321, la RFC 3463, la RFC 4954, la RFC 5248 et le registre IANA des codes d&apos;état étendus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Licence: GNU General Public License, version 3 or any later version (GPL-3.0-or-later). This program comes with no warranty.</source>
        <translation>Licence&#xa0;: GNU General Public License, version 3 ou toute version ultérieure (GPL-3.0-or-later). Ce programme est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SMTP Codes</source>
        <translation>SMTP Codes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a code (535, 5.7.8, 55, 5xx) or words</source>
        <translation>Saisissez un code (535, 5.7.8, 55, 5xx) ou des mots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search codes</source>
        <translation>Rechercher des codes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a code, a class such as 5xx, words, or paste a reply line to explain it.</source>
        <translation>Saisissez un code, une classe comme 5xx, des mots, ou collez une ligne de réponse pour l&apos;expliquer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The codes matching the search; the selected one is shown in the details.</source>
        <translation>Les codes qui correspondent à la recherche&#xa0;; celui qui est sélectionné s&apos;affiche dans les détails.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of one code, a comparison of two codes, or the explanation of pasted replies.</source>
        <translation>Les détails d&apos;un code, la comparaison de deux codes ou l&apos;explication des réponses collées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find Code</source>
        <translation>&amp;Rechercher un code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare With…</source>
        <translation>&amp;Comparer avec…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste Reply</source>
        <translation>Co&amp;ller une réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xplain</source>
        <translation>E&amp;xpliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Com&amp;pare</source>
        <translation>Com&amp;parer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fa&amp;vourite</source>
        <translation>&amp;Favori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear Favourites…</source>
        <translation>&amp;Effacer les favoris…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All classes</source>
        <translation>Toutes les classes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by class</source>
        <translation>Filtrer par classe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows only the codes of one class: success, intermediate, transient or permanent.</source>
        <translation>N&apos;affiche que les codes d&apos;une classe&#xa0;: succès, intermédiaire, temporaire ou permanent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic codes</source>
        <translation>Codes de réponse de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhanced codes</source>
        <translation>Codes d&apos;état étendus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favourites</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by kind</source>
        <translation>Filtrer par type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows only basic codes, enhanced status codes, or your favourites.</source>
        <translation>N&apos;affiche que les codes de réponse de base, les codes d&apos;état étendus ou vos favoris.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear &amp;History…</source>
        <translation>Effacer l&apos;&amp;historique…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;English Alongside</source>
        <translation>Afficher l&apos;&amp;anglais en regard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About SMTP Codes</source>
        <translation>À &amp;propos de SMTP Codes</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="+226"/>
        <source>Clear History</source>
        <translation>Effacer l&apos;historique</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Forget the %n code(s) viewed? Back and Forward start again from here.</source>
        <translation>
            <numerusform>Oublier le code consulté&#xa0;? Précédent et Suivant repartiront d&apos;ici.</numerusform>
            <numerusform>Oublier les %n codes consultés&#xa0;? Précédent et Suivant repartiront d&apos;ici.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Clear Favourites</source>
        <translation>Effacer les favoris</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove all %n favourite code(s)?</source>
        <translation>
            <numerusform>Supprimer %n code favori&#xa0;?</numerusform>
            <numerusform>Supprimer les %n codes favoris&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+103"/>
        <source>The language choice could not be saved; it applies until you quit.</source>
        <translation>Le choix de la langue n&apos;a pas pu être enregistré&#xa0;; il s&apos;applique jusqu&apos;à la fermeture de l&apos;application.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The search field keeps the first %1 characters; use Paste Reply (Ctrl+Shift+V) for longer text.</source>
        <translation>Le champ de recherche conserve les %1 premiers caractères&#xa0;; pour un texte plus long, utilisez Coller une réponse (Ctrl+Shift+V).</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No code matches &quot;%1&quot;.</source>
        <translation>Aucun code ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n code(s) shown</source>
        <translation>
            <numerusform>%n code affiché</numerusform>
            <numerusform>%n codes affichés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpCodes::ShareActions</name>
    <message>
        <location filename="../app/ui/shareactions.cpp" line="+90"/>
        <source>Copy as &amp;Text</source>
        <translation>Copier en &amp;texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as &amp;Markdown</source>
        <translation>Copier en &amp;Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as T&amp;icket Note</source>
        <translation>Copier comme note de t&amp;icket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the code, its meaning, the likely cause, the next step and who must act.</source>
        <translation>Copier le code, sa signification, la cause probable, l&apos;étape suivante et qui doit agir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tic&amp;ket Note Language</source>
        <translation>&amp;Langue des notes de ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the Interface</source>
        <translation>Comme l&apos;interface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as &amp;HTML…</source>
        <translation>Exporter en &amp;HTML…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Ticket note for %1 copied.</source>
        <translation>Note de ticket pour %1 copiée.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export as HTML</source>
        <translation>Exporter en HTML</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTML pages (*.html *.htm)</source>
        <translation>Pages HTML (*.html *.htm)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Print %1</source>
        <translation>Imprimer %1</translation>
    </message>
</context>
<context>
    <name>StartupSettings</name>
    <message>
        <location filename="../app/core/startupsettings.cpp" line="+21"/>
        <source>The settings file is damaged; the defaults are used instead.</source>
        <translation>Le fichier de paramètres est endommagé&#xa0;; les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings file cannot be read; the defaults are used instead.</source>
        <translation>Le fichier de paramètres est illisible&#xa0;; les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The saved language &quot;%1&quot; is not available; using %2.</source>
        <translation>La langue enregistrée «&#xa0;%1&#xa0;» n&apos;est pas disponible&#xa0;; %2 est utilisée à la place.</translation>
    </message>
</context>
<context>
    <name>TicketNote</name>
    <message>
        <location filename="../app/core/ticketnote.cpp" line="+21"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likely cause</source>
        <translation>Cause probable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who must act</source>
        <translation>Qui doit agir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+81"/>
        <source>No code matches &quot;%1&quot;.</source>
        <translation>Aucun code ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
</TS>
