#pragma once

#include <QObject>

namespace SmtpCodes {

// For tools/measure-startup.sh: when SMTPCODES_EXIT_AFTER_FIRST_PAINT is set, prints
// "first-paint-ms <ms> rss-kib <kib>" once the watched window has painted, then quits.
// Shared with the minimal reference window so both are measured the same way.
class FirstPaintProbe final : public QObject
{
    Q_OBJECT
public:
    // Installs itself on `window` when the variable is set; otherwise does nothing.
    static void watch(QObject *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstPaintProbe(QObject *parent);
    bool m_reported = false;
};

} // namespace SmtpCodes
