#pragma once

#include "catalogue.h"

#include <QTextBrowser>

namespace SmtpCodes {

// Shows one catalogue entry; re-renders itself when the language changes.
class DetailPane final : public QTextBrowser
{
    Q_OBJECT
public:
    explicit DetailPane(const Catalogue &catalogue, QWidget *parent = nullptr);

    void showEntry(const QString &key);
    QString entryKey() const { return m_key; }
    // Shows the English source under each translated text.
    void setEnglishAlongside(bool on);
    // While held, the pane is blank and showEntry() only remembers the key; release() renders
    // it. Lets the window paint its first frame before the first page is laid out.
    void holdRendering();
    void releaseRendering();

Q_SIGNALS:
    // The user followed a link to another code.
    void codeActivated(const QString &key);
    // The user followed an "Often confused with" link: compare the shown entry with it.
    void compareRequested(const QString &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    const Catalogue &m_catalogue;
    QString m_key;
    bool m_englishAlongside = false;
    bool m_held = false;
};

} // namespace SmtpCodes
