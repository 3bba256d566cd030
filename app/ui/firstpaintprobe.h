#pragma once

#include <QObject>

namespace SmtpCodes {

// For tools/measure-startup.sh: when SMTPCODES_EXIT_AFTER_FIRST_PAINT is set, prints
// "first-paint at-ns <wall-clock ns> rss-kib <kib>" once the watched window has painted, then
// quits. With the value "content" it waits instead for the first paint after the window's
// "startupComplete" property turns true (windows without that property: the first paint).
// Shared with the minimal reference window so both are measured the same way.
class FirstPaintProbe final : public QObject
{
    Q_OBJECT
public:
    // Installs itself on `window` when the variable is set; otherwise does nothing.
    static void watch(QObject *window);

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FirstPaintProbe(QObject *window, bool waitForContent);
    bool m_reported = false;
    bool m_waitForContent = false;
    QObject *m_window = nullptr;
};

} // namespace SmtpCodes
