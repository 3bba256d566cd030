// MainWindow's menus and the texts of its widgets; the rest of the class is in mainwindow.cpp.
#include "codefilterproxy.h"
#include "compareview.h"
#include "detailpane.h"
#include "languages.h"
#include "mainwindow.h"
#include "shareactions.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

void MainWindow::buildMenus()
{
    m_share = new ShareActions(
        m_catalogue, m_languages, [this] { return shownPage(); }, this);
    connect(m_share, &ShareActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_tabs, &QTabWidget::currentChanged, m_share, &ShareActions::updateEnabled);

    m_fileMenu = menuBar()->addMenu(QString());
    m_share->addFileActions(m_fileMenu);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::quit);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_codeMenu = menuBar()->addMenu(QString());
    m_findAction = m_codeMenu->addAction(QString(), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    m_findAction->setShortcut(QKeySequence::Find);
    m_pasteAction = m_codeMenu->addAction(
        QString(), this, [this] { explainText(QGuiApplication::clipboard()->text()); });
    m_pasteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_compareAction = m_codeMenu->addAction(QString(), this, &MainWindow::startComparison);
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_list->addAction(m_compareAction);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_codeMenu->addSeparator();
    m_favouriteAction = m_codeMenu->addAction(QString(), this, &MainWindow::toggleFavourite);
    m_favouriteAction->setObjectName(u"favouriteAction"_s);
    m_favouriteAction->setCheckable(true);
    m_favouriteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_clearFavouritesAction = m_codeMenu->addAction(QString(), this, &MainWindow::clearFavourites);
    m_codeMenu->addSeparator();
    m_backAction = m_codeMenu->addAction(QString(), this, [this] { goThroughHistory(-1); });
    m_backAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_forwardAction = m_codeMenu->addAction(QString(), this, [this] { goThroughHistory(+1); });
    m_forwardAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_clearHistoryAction = m_codeMenu->addAction(QString(), this, &MainWindow::clearHistory);
    m_clearHistoryAction->setObjectName(u"clearHistoryAction"_s);
    m_codeMenu->addSeparator();
    m_share->addCopyActions(m_codeMenu);

    m_viewMenu = menuBar()->addMenu(QString());
    m_zoomInAction = m_viewMenu->addAction(QString(), this, [this] { setZoom(m_zoom + 1); });
    m_zoomInAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn});
    m_zoomOutAction = m_viewMenu->addAction(QString(), this, [this] { setZoom(m_zoom - 1); });
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    m_zoomResetAction = m_viewMenu->addAction(QString(), this, [this] { setZoom(0); });
    m_zoomResetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    m_languageMenu = menuBar()->addMenu(QString());
    m_englishAction = m_languageMenu->addAction(QString());
    m_englishAction->setObjectName(u"englishAlongsideAction"_s);
    m_englishAction->setCheckable(true);
    m_englishAction->setChecked(QSettings().value(u"englishAlongside"_s, false).toBool());
    m_detail->setEnglishAlongside(m_englishAction->isChecked());
    connect(m_englishAction, &QAction::toggled, this, [this](bool on) {
        m_detail->setEnglishAlongside(on);
        QSettings().setValue(u"englishAlongside"_s, on);
    });
    m_languageMenu->addSeparator();
    m_languageGroup = new QActionGroup(this);
    for (const Language &language : LanguageSwitcher::languages()) {
        QAction *action = m_languageMenu->addAction(language.nativeName);
        action->setCheckable(true);
        action->setData(language.code);
        action->setChecked(language.code == m_languages.current());
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, code = language.code] { switchLanguage(code); });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox box(this);
        box.setWindowTitle(tr("About SMTP Codes"));
        box.setTextFormat(Qt::PlainText);
        box.setText(tr("SMTP Codes %1\n\nA desktop reference for SMTP reply codes and enhanced "
                       "status codes, written from RFC 5321, RFC 3463, RFC 4954, RFC 5248 and the "
                       "IANA enhanced status code registry.")
                        .arg(QCoreApplication::applicationVersion()));
        box.setInformativeText(
            tr("Licence: GNU General Public License, version 3 or any later version "
               "(GPL-3.0-or-later). This program comes with no warranty."));
        box.setIconPixmap(QGuiApplication::windowIcon().pixmap(64));
        box.exec();
    });
    m_aboutAction->setObjectName(u"aboutAction"_s);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("SMTP Codes"));
    m_search->setPlaceholderText(tr("Type a code (535, 5.7.8, 55, 5xx) or words"));
    m_search->setAccessibleName(tr("Search codes"));
    m_list->setAccessibleName(tr("Codes"));
    m_search->setAccessibleDescription(
        tr("Type a code, a class such as 5xx, words, or paste a reply line to explain it."));
    m_list->setAccessibleDescription(
        tr("The codes matching the search; the selected one is shown in the details."));
    m_tabs->setAccessibleName(tr("Views"));
    m_tabs->setAccessibleDescription(tr("Details of one code, a comparison of two codes, or "
                                        "the explanation of pasted replies."));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_codeMenu->setTitle(tr("&Code"));
    m_findAction->setText(tr("&Find Code"));
    m_compareAction->setText(tr("&Compare With…"));
    m_pasteAction->setText(tr("&Paste Reply"));
    m_tabs->setTabText(2, tr("E&xplain"));
    m_tabs->setTabText(0, tr("&Details"));
    m_tabs->setTabText(1, tr("Com&pare"));
    m_languageMenu->setTitle(tr("&Language"));
    m_viewMenu->setTitle(tr("&View"));
    m_favouriteAction->setText(tr("Fa&vourite"));
    m_clearFavouritesAction->setText(tr("C&lear Favourites…"));
    const QSignalBlocker classBlocker(m_classFilter);
    const QSignalBlocker kindBlocker(m_kindFilter);
    const int classIndex = qMax(0, m_classFilter->currentIndex());
    const int kindIndex = qMax(0, m_kindFilter->currentIndex());
    m_classFilter->clear();
    m_classFilter->addItem(tr("All classes"));
    for (const char *digit : {"2", "3", "4", "5"})
        m_classFilter->addItem(QLatin1String(digit) + u"xx"_s, QString::fromLatin1(digit));
    m_classFilter->setCurrentIndex(classIndex);
    m_classFilter->setAccessibleName(tr("Filter by class"));
    m_classFilter->setAccessibleDescription(
        tr("Shows only the codes of one class: success, intermediate, transient or permanent."));
    m_kindFilter->clear();
    m_kindFilter->addItem(tr("All kinds"), int(CodeFilterProxy::Kind::All));
    m_kindFilter->addItem(tr("Basic codes"), int(CodeFilterProxy::Kind::Basic));
    m_kindFilter->addItem(tr("Enhanced codes"), int(CodeFilterProxy::Kind::Enhanced));
    m_kindFilter->addItem(tr("Favourites"), int(CodeFilterProxy::Kind::Favourites));
    m_kindFilter->setCurrentIndex(kindIndex);
    m_kindFilter->setAccessibleName(tr("Filter by kind"));
    m_kindFilter->setAccessibleDescription(
        tr("Shows only basic codes, enhanced status codes, or your favourites."));
    m_zoomInAction->setText(tr("Zoom &In"));
    m_zoomOutAction->setText(tr("Zoom &Out"));
    m_zoomResetAction->setText(tr("&Actual Size"));
    m_share->retranslate();
    m_backAction->setText(tr("&Back"));
    m_forwardAction->setText(tr("&Forward"));
    m_clearHistoryAction->setText(tr("Clear &History…"));
    m_englishAction->setText(tr("Show &English Alongside"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About SMTP Codes"));
    updateMatchHint();
}

} // namespace SmtpCodes
