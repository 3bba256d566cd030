#include "textlayout.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QWidget>

namespace SmtpCodes {

namespace {

void setStyleStrategy(QWidget *widget, QFont::StyleStrategy strategy)
{
    QFont font; // only the strategy is set: family and size still follow the desktop and zoom
    font.setStyleStrategy(strategy);
    widget->setFont(font);
}

QFont unshaped(QFont font)
{
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

// The widget classes a platform theme may give fonts of their own (QApplication's font hash).
// QApplication::setFont() without a class forgets them, so they are read first and set again.
constexpr const char *themedClasses[] = {
    "QMenu",      "QMenuBar",    "QMenuItem",        "QMessageBox",          "QLabel",
    "QTipLabel",  "QStatusBar",  "QTabButton",       "QToolButton",          "QAbstractItemView",
    "QListView",  "QHeaderView", "QListBox",         "QComboMenuItem",       "QComboLineEdit",
    "QSmallFont", "QMiniFont",   "QDockWidgetTitle", "QMdiSubWindowTitleBar"};

void applyUnshapedDesktopFont()
{
    const QFont general = unshaped(QFontDatabase::systemFont(QFontDatabase::GeneralFont));
    if (QApplication::font() == general) // a theme change reaches each window in turn
        return;
    QList<std::pair<const char *, QFont>> own;
    for (const char *className : themedClasses)
        if (const QFont font = QApplication::font(className); font != QApplication::font())
            own.append({className, unshaped(font)});
    QApplication::setFont(general);
    for (const auto &[className, font] : own)
        QApplication::setFont(font, className);
}

// An application font set by the program no longer follows the desktop by itself.
class DesktopFontFollower final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ThemeChange && watched->isWindowType())
            applyUnshapedDesktopFont();
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void skipTextShaping(QWidget *ownTextView)
{
    setStyleStrategy(ownTextView, QFont::PreferNoShaping);
}

void keepTextShaping(QWidget *userTextView)
{
    setStyleStrategy(userTextView, QFont::PreferDefault);
}

void keepTextWidthSteady(QAbstractScrollArea *readingPane)
{
    readingPane->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
}

void skipTextShapingInApplication(QApplication *application)
{
    applyUnshapedDesktopFont();
    application->installEventFilter(new DesktopFontFollower(application));
}

} // namespace SmtpCodes
