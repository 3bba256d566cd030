#pragma once

#include "catalogue.h"
#include "codehistory.h"
#include "favourites.h"

#include <QMainWindow>

class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QSplitter;
class QTabWidget;
class QTimer;

namespace SmtpCodes {

class CodeFilterProxy;
class CodeListModel;
class CompareView;
class ExplainView;
class LazyPage;
class DetailPane;
class LanguageSwitcher;
class ShareActions;
struct ShownPage;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const Catalogue &catalogue, LanguageSwitcher &languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Selects the entry with this key, clearing a search that hides it.
    void showCode(const QString &key);
    // Switches the UI language live and remembers the choice.
    void switchLanguage(const QString &code);
    // Explains every reply found in pasted text (reply line, transcript, log, bounce).
    void explainText(const QString &text);
    // Opens the compare view on two codes.
    void showComparison(const QString &left, const QString &right);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenus();
    void finishStartup();
    void prepareWordIndexWhenIdle();
    void retranslateUi();
    void onQueryChanged(const QString &text);
    void onCurrentChanged();
    void updateMatchHint();
    void compareCurrentWith(const QString &key);
    void startComparison();
    void restoreState();
    void setZoom(int steps);
    void goThroughHistory(int step);
    void clearHistory();
    ShownPage shownPage() const;
    CompareView *compareView();
    ExplainView *explainView();
    void applyZoom(QWidget *page, int delta);
    void recordVisit(const QString &key);
    void toggleFavourite();
    void clearFavourites();
    void favouritesChanged();
    bool confirm(const QString &title, const QString &question);
    void applyFilters();
    void keepACurrentCode();

    const Catalogue &m_catalogue;
    LanguageSwitcher &m_languages;
    CodeListModel *m_model = nullptr;
    CodeFilterProxy *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_count = nullptr;
    QComboBox *m_classFilter = nullptr;
    QComboBox *m_kindFilter = nullptr;
    DetailPane *m_detail = nullptr;
    LazyPage *m_comparePage = nullptr;
    LazyPage *m_explainPage = nullptr;
    CompareView *m_compare = nullptr; // set when m_comparePage is built
    ExplainView *m_explain = nullptr; // set when m_explainPage is built
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_splitter = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_codeMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
    ShareActions *m_share = nullptr;
    QAction *m_favouriteAction = nullptr;
    QAction *m_clearFavouritesAction = nullptr;
    Favourites m_favourites;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_clearHistoryAction = nullptr;
    int m_zoom = 0; // font steps added to the reading panes
    CodeHistory m_history;
    bool m_navigatingHistory = false;
    bool m_constructed = false;
    QActionGroup *m_languageGroup = nullptr;
    QTimer *m_wordIndexTimer = nullptr;
};

} // namespace SmtpCodes
