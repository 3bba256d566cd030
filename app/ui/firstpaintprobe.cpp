#include "firstpaintprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QVariant>

#include <chrono>
#include <cstdio>

namespace SmtpCodes {

namespace {

qint64 residentKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

} // namespace

FirstPaintProbe::FirstPaintProbe(QObject *window, bool waitForContent)
    : QObject(window)
    , m_waitForContent(waitForContent)
    , m_window(window)
{
}

void FirstPaintProbe::watch(QObject *window)
{
    if (!qEnvironmentVariableIsSet("SMTPCODES_EXIT_AFTER_FIRST_PAINT"))
        return;
    const bool content = qgetenv("SMTPCODES_EXIT_AFTER_FIRST_PAINT") == "content";
    auto *probe = new FirstPaintProbe(window, content);
    // Content may be painted by a child (the detail pane) without the window repainting.
    if (content)
        QCoreApplication::instance()->installEventFilter(probe);
    else
        window->installEventFilter(probe);
}

bool FirstPaintProbe::event(QEvent *event)
{
    if (event->type() != QEvent::User)
        return QObject::event(event);
    // Wall-clock time, so that a script can subtract the moment it started the program.
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    std::printf(
        "first-paint at-ns %lld rss-kib %lld\n",
        static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()),
        residentKib());
    std::fflush(stdout);
    QCoreApplication::quit();
    return true;
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint || m_reported)
        return QObject::eventFilter(watched, event);
    if (m_waitForContent) {
        const QVariant complete = m_window->property("startupComplete");
        if (complete.isValid() && !complete.toBool())
            return QObject::eventFilter(watched, event);
    }
    m_reported = true;
    // Report once this paint has reached the screen: the window and its children paint in
    // one go, and a high-priority event is the first thing handled after it, ahead of work
    // the program queued earlier.
    QCoreApplication::postEvent(this, new QEvent(QEvent::User), Qt::HighEventPriority);
    return QObject::eventFilter(watched, event);
}

} // namespace SmtpCodes
