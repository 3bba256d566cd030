#include "explainview.h"

#include "cataloguetext.h"
#include "entryhtml.h"
#include "entrylabels.h"
#include "entrytext.h"
#include "pagecolors.h"
#include "textlayout.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {

// The reply line with its codes in bold; everything else escaped.
QString highlighted(const FoundReply &reply, const PageColors &colors)
{
    struct Span
    {
        qsizetype pos;
        qsizetype len;
    };
    QList<Span> spans;
    if (reply.basicPos >= 0)
        spans.append({reply.basicPos, reply.basic.size()});
    if (reply.enhancedPos >= 0)
        spans.append({reply.enhancedPos, reply.enhanced.size()});
    std::sort(spans.begin(), spans.end(), [](Span a, Span b) { return a.pos < b.pos; });
    QString html;
    qsizetype at = 0;
    const QString text = reply.input.left(2000);
    for (const Span &s : std::as_const(spans)) {
        if (s.pos < at || s.pos + s.len > text.size())
            continue;
        html += EntryHtml::escaped(text.mid(at, s.pos - at)) + u"<b style=\"background:"_s +
                colors.markBackground + u";color:"_s + colors.markText + u"\">"_s +
                EntryHtml::escaped(text.mid(s.pos, s.len)) + u"</b>"_s;
        at = s.pos + s.len;
    }
    html += EntryHtml::escaped(text.mid(at));
    return u"<pre style=\"white-space:pre-wrap\">"_s + html + u"</pre>"_s;
}

} // namespace

ExplainView::ExplainView(const Catalogue &catalogue, QWidget *parent)
    : QWidget(parent)
    , m_catalogue(catalogue)
{
    setObjectName(u"explainView"_s);
    keepTextShaping(this); // pasted text, in any script
    m_position = new QLabel(this);
    m_position->setObjectName(u"replyPosition"_s);
    m_position->setTextFormat(Qt::PlainText);
    m_previous = new QPushButton(this);
    m_previous->setObjectName(u"previousReply"_s);
    m_next = new QPushButton(this);
    m_next->setObjectName(u"nextReply"_s);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(u"explainBrowser"_s);
    m_browser->setOpenLinks(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_previous);
    bar->addWidget(m_next);
    bar->addWidget(m_position, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_browser);

    connect(m_previous, &QPushButton::clicked, this, [this] { setCurrentIndex(m_current - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { setCurrentIndex(m_current + 1); });
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString key = EntryHtml::keyFromLink(url);
        if (!key.isEmpty())
            Q_EMIT codeActivated(key);
    });
    retranslateUi();
}

qsizetype ExplainView::setText(const QString &text)
{
    m_truncated = text.size() > maxTextLength;
    m_replies = ReplyParser::parseText(QStringView(text).left(maxTextLength));
    m_current = 0;
    render();
    return m_replies.size();
}

void ExplainView::setCurrentIndex(qsizetype index)
{
    if (index < 0 || index >= m_replies.size())
        return;
    m_current = index;
    render();
}

void ExplainView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        render();
    QWidget::changeEvent(event);
}

void ExplainView::retranslateUi()
{
    m_previous->setText(tr("&Previous Reply"));
    m_next->setText(tr("&Next Reply"));
    m_previous->setAccessibleName(tr("Previous reply"));
    m_next->setAccessibleName(tr("Next reply"));
    m_browser->setAccessibleName(tr("Explained replies"));
    m_previous->setAccessibleDescription(tr("Shows the reply before this one in the pasted text."));
    m_next->setAccessibleDescription(tr("Shows the next reply in the pasted text."));
    m_browser->setAccessibleDescription(
        tr("The reply with its codes marked, what each code means, and a summary by code."));
    render();
}

void ExplainView::render()
{
    m_previous->setEnabled(m_current > 0);
    m_next->setEnabled(m_current + 1 < m_replies.size());
    if (m_replies.isEmpty()) {
        m_position->clear();
        m_browser->setPlainText(tr("Paste a reply line, an SMTP transcript, a log excerpt or a "
                                   "bounce (Ctrl+Shift+V) to have every reply code explained."));
        return;
    }
    m_position->setText(tr("Reply %1 of %2").arg(m_current + 1).arg(m_replies.size()));
    const FoundReply &reply = m_replies.at(m_current);
    QString html;
    if (m_truncated)
        html += u"<p><i>"_s +
                EntryHtml::escaped(tr("The pasted text was long; only its first %1 characters "
                                      "were read.")
                                       .arg(maxTextLength)) +
                u"</i></p>"_s;
    html += highlighted(reply, PageColors::fromPalette(palette()));
    html += u"<ul>"_s;
    for (const QString &code : {reply.basic, reply.enhanced}) {
        if (code.isEmpty())
            continue;
        const auto found = m_catalogue.resolve(code);
        QString item = u"<li>"_s + EntryLabels::labelled(
                                       u"<b>"_s + EntryHtml::escaped(code) + u"</b>"_s,
                                       EntryHtml::escaped(EntryText::meaning(m_catalogue, code)));
        for (qsizetype i : found)
            item +=
                u" <a href=\""_s +
                EntryHtml::escaped(EntryHtml::linkTo(m_catalogue.at(i).key).toString()) + u"\">"_s +
                EntryHtml::escaped(tr("Open %1").arg(EntryLabels::displayCode(m_catalogue.at(i)))) +
                u"</a>"_s;
        html += item + u"</li>"_s;
    }
    html += u"</ul>"_s;
    QStringList facts;
    if (reply.classMismatch())
        facts.append(tr("The basic code %1 and the enhanced code %2 disagree on the class; trust "
                        "the basic code for retry decisions.")
                         .arg(reply.basic, reply.enhanced));
    if (!reply.stage.isEmpty())
        facts.append(tr("SMTP stage: %1").arg(reply.stage));
    if (!reply.provider.isEmpty())
        facts.append(tr("Provider: %1").arg(reply.provider));
    if (!reply.retryDelay.isEmpty())
        facts.append(tr("Retry after: %1").arg(reply.retryDelay));
    if (!reply.blockList.isEmpty())
        facts.append(tr("Block list named: %1").arg(reply.blockList));
    for (const QString &fact : std::as_const(facts))
        html += u"<p>"_s + EntryHtml::escaped(fact) + u"</p>"_s;

    if (m_replies.size() > 1) {
        QMap<QString, int> counts;
        for (const FoundReply &r : std::as_const(m_replies))
            ++counts[QStringList{r.basic, r.enhanced}.join(u' ').trimmed()];
        html += u"<h3>"_s + EntryHtml::escaped(tr("Summary")) + u"</h3><table cellpadding=\"3\">"_s;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            const QString first = it.key().section(u' ', 0, 0);
            const auto found = m_catalogue.resolve(first);
            const QString label = EntryHtml::escaped(it.key());
            const QString code =
                found.isEmpty()
                    ? label
                    : u"<a href=\""_s +
                          EntryHtml::escaped(
                              EntryHtml::linkTo(m_catalogue.at(found.first()).key).toString()) +
                          u"\">"_s + label + u"</a>"_s;
            html += u"<tr><td align=\"right\">"_s + QString::number(it.value()) +
                    u"</td><td><b>"_s + code + u"</b></td><td>"_s +
                    EntryHtml::escaped(EntryText::meaning(m_catalogue, first)) + u"</td></tr>"_s;
        }
        html += u"</table>"_s;
    }
    m_browser->setHtml(html);
}

} // namespace SmtpCodes
