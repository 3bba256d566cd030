#include "detailpane.h"

#include "entryhtml.h"
#include "pagecolors.h"
#include "textlayout.h"

#include <QEvent>

namespace SmtpCodes {

DetailPane::DetailPane(const Catalogue &catalogue, QWidget *parent)
    : QTextBrowser(parent)
    , m_catalogue(catalogue)
{
    setObjectName(QStringLiteral("detailPane"));
    skipTextShaping(this);
    keepTextWidthSteady(this);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString key = EntryHtml::keyFromLink(url);
        if (!key.isEmpty())
            Q_EMIT codeActivated(key);
        const QString compareKey = EntryHtml::compareKeyFromLink(url);
        if (!compareKey.isEmpty())
            Q_EMIT compareRequested(compareKey);
    });
    render();
}

void DetailPane::showEntry(const QString &key)
{
    if (key == m_key)
        return;
    m_key = key;
    render();
}

void DetailPane::holdRendering()
{
    m_held = true;
    clear(); // not "Select a code…" for a frame, when a code is about to be shown
}

void DetailPane::releaseRendering()
{
    if (!m_held)
        return;
    m_held = false;
    render();
}

void DetailPane::setEnglishAlongside(bool on)
{
    m_englishAlongside = on;
    render();
}

void DetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        render();
    QTextBrowser::changeEvent(event);
}

void DetailPane::render()
{
    if (m_held)
        return;
    setAccessibleName(tr("Code details"));
    setAccessibleDescription(tr("What the selected code means, when it appears and how to fix "
                                "it. Links open related codes."));
    const CodeEntry *entry = m_catalogue.find(m_key);
    if (!entry) {
        setPlainText(tr("Select a code in the list, or type a code such as 535, 5.7.8 or 5xx."));
        return;
    }
    setHtml(EntryHtml::page(m_catalogue, *entry, m_englishAlongside,
                            PageColors::fromPalette(palette())));
}

} // namespace SmtpCodes
