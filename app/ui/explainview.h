#pragma once

#include "catalogue.h"
#include "replyparser.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace SmtpCodes {

// Pasted text explained: each recognised reply in turn, with its codes highlighted, and a
// summary of all replies grouped by code.
class ExplainView final : public QWidget
{
    Q_OBJECT
public:
    explicit ExplainView(const Catalogue &catalogue, QWidget *parent = nullptr);

    // Parses the text; returns the number of replies found.
    qsizetype setText(const QString &text);
    const QList<FoundReply> &replies() const { return m_replies; }
    qsizetype currentIndex() const { return m_current; }
    void setCurrentIndex(qsizetype index);

    // Longest pasted text kept; the rest is dropped and the view says so.
    static constexpr qsizetype maxTextLength = 1024 * 1024;

Q_SIGNALS:
    void codeActivated(const QString &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void render();

    const Catalogue &m_catalogue;
    QList<FoundReply> m_replies;
    qsizetype m_current = 0;
    bool m_truncated = false;
    QLabel *m_position = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QTextBrowser *m_browser = nullptr;
};

} // namespace SmtpCodes
