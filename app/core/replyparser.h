#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace SmtpCodes {

// One SMTP reply recognised in pasted text: a reply line, a multi-line reply, a log entry,
// or a DSN field. Positions point into `input` so that views can highlight the codes.
struct FoundReply
{
    QString input;    // the line the codes were read from
    QString basic;    // "550", or empty
    QString enhanced; // "5.1.1", or empty
    qsizetype basicPos = -1;
    qsizetype enhancedPos = -1;
    int lineCount = 1;  // lines of a multi-line reply folded into this one
    QString stage;      // "RCPT TO", from "in reply to …" or the last client command
    QString provider;   // "Google", "Microsoft"
    QString retryDelay; // "5 minutes", as the text says it
    QString blockList;  // "Spamhaus", as the text names it

    // "550 4.7.23": classes that disagree.
    bool classMismatch() const;
};

// Reads replies out of text line by line. Keeps the state a transcript needs (the last
// client command, an open multi-line reply), so feed lines in order; for streams call
// addLine() and take() as you go, memory stays flat.
class ReplyParser final
{
public:
    // Lines longer than this are read only up to it.
    static constexpr qsizetype maxLineLength = 64 * 1024;

    // Returns the reply the line completes, if any (a multi-line reply completes on its
    // last line).
    QList<FoundReply> addLine(QStringView line);
    // Completes a multi-line reply left open at the end of the input.
    QList<FoundReply> finish();

    static QList<FoundReply> parseText(QStringView text);

private:
    QString m_lastCommand;
    QList<FoundReply> m_open; // lines of a multi-line reply so far
};

} // namespace SmtpCodes
