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

void applyUnshapedDesktopFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    font.setStyleStrategy(QFont::PreferNoShaping);
    if (QApplication::font() != font) // a theme change reaches each window in turn
        QApplication::setFont(font);
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
