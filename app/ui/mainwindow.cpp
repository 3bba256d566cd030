#include "mainwindow.h"

#include "afterfirstpaint.h"
#include "codefilterproxy.h"
#include "codeitemdelegate.h"
#include "codelistmodel.h"
#include "compareview.h"
#include "comparison.h"
#include "detailpane.h"
#include "entrytext.h"
#include "explainview.h"
#include "languages.h"
#include "lazypage.h"
#include "replyparser.h"
#include "shareactions.h"
#include "textlayout.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

MainWindow::MainWindow(const Catalogue &catalogue, LanguageSwitcher &languages, QWidget *parent)
    : QMainWindow(parent)
    , m_catalogue(catalogue)
    , m_languages(languages)
    , m_model(new CodeListModel(catalogue, this))
    , m_proxy(new CodeFilterProxy(catalogue, this))
{
    m_proxy->setSourceModel(m_model);
    // Our own text everywhere but in the explain view; what the user types in the search
    // field is a code or a reply line, where Qt still shapes any script that needs it.
    skipTextShaping(this);

    // Children get their parent at once: a widget that measures text while it has none would
    // load a second font engine, without the strategy.
    auto *listPanel = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPanel);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(listPanel);
    m_search->setObjectName(u"searchField"_s);
    // Longer pastes belong to Paste Reply (Ctrl+Shift+V); a huge line would make typing slow.
    m_search->setMaxLength(int(ReplyParser::maxLineLength));
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() > 0 && m_tabs->currentWidget() == m_detail) {
            recordVisit(m_detail->entryKey());
            m_detail->setFocus(); // Enter opens the best match for reading
        }
    });
    m_list = new QListView(listPanel);
    m_list->setObjectName(u"codeList"_s);
    m_list->setModel(m_proxy);
    m_list->setUniformItemSizes(true);
    m_list->setItemDelegate(new CodeItemDelegate(m_list));
    // The class colour is a small square before each code, not a bar.
    const int swatch = m_list->fontMetrics().height() / 2;
    m_list->setIconSize(QSize(swatch, swatch));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->installEventFilter(this);
    m_hint = new QLabel;
    m_hint->setObjectName(u"matchHint"_s);
    m_hint->setTextFormat(Qt::PlainText); // the hint quotes what the user typed
    m_hint->setWordWrap(true);
    m_hint->hide();
    m_count = new QLabel;
    m_count->setObjectName(u"matchCount"_s);
    m_count->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_count);
    m_classFilter = new QComboBox;
    m_classFilter->setObjectName(u"classFilter"_s);
    m_kindFilter = new QComboBox;
    m_kindFilter->setObjectName(u"kindFilter"_s);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_classFilter, 1);
    filters->addWidget(m_kindFilter, 1);
    listLayout->addWidget(m_search);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_hint);
    listLayout->addWidget(m_list);

    m_detail = new DetailPane(catalogue);
    m_detail->holdRendering();
    // The compare and explain pages are built when first opened.
    m_comparePage = new LazyPage([this] {
        m_compare = new CompareView(m_catalogue, m_model);
        connect(m_compare, &CompareView::codeActivated, this, &MainWindow::showCode);
        connect(m_compare, &CompareView::codesChanged, m_share, &ShareActions::updateEnabled);
        applyZoom(m_compare, m_zoom);
        return m_compare;
    });
    m_explainPage = new LazyPage([this] {
        m_explain = new ExplainView(m_catalogue);
        connect(m_explain, &ExplainView::codeActivated, this, &MainWindow::showCode);
        applyZoom(m_explain, m_zoom);
        return m_explain;
    });
    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true); // the pages have frames of their own
    m_tabs->setObjectName(u"viewTabs"_s);
    m_tabs->addTab(m_detail, QString());
    m_tabs->addTab(m_comparePage, QString());
    m_tabs->addTab(m_explainPage, QString());
    m_splitter = new QSplitter;
    m_splitter->addWidget(listPanel);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({320, 640});
    setCentralWidget(m_splitter);
    setTabOrder(m_search, m_classFilter);
    setTabOrder(m_classFilter, m_kindFilter);
    setTabOrder(m_kindFilter, m_list);
    setTabOrder(m_list, m_tabs);

    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::onQueryChanged);
    connect(m_classFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilters);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilters);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCurrentChanged);
    connect(m_detail, &DetailPane::codeActivated, this, &MainWindow::showCode);
    connect(m_detail, &DetailPane::compareRequested, this, &MainWindow::compareCurrentWith);

    m_detail->installEventFilter(this);

    buildMenus();
    retranslateUi();
    resize(1000, 680);
    m_navigatingHistory = true; // what the window opens on is not a visit
    if (m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(0, 0));
    restoreState();
    m_navigatingHistory = false;
    m_search->setFocus();
    // Laying out the first page and loading the clear button's themed icon cost more than the
    // rest of the first frame; the user sees the window while they happen.
    setProperty("startupComplete", false);
    runAfterFirstPaint(this, [this] { finishStartup(); });
    m_constructed = true;
}

void MainWindow::finishStartup()
{
    m_detail->releaseRendering();
    prepareWordIndexWhenIdle();
    setProperty("startupComplete", true); // read by FirstPaintProbe in "content" mode
    // The clear button's themed icon is the first image the program reads, and reading it loads
    // Qt's image plugins: it waits until the first page is on screen too. It shows only once
    // something is typed.
    QTimer::singleShot(100, this, [this] { m_search->setClearButtonEnabled(true); });
}

MainWindow::~MainWindow()
{
    // QWidget's destructor closes the window, which moves the focus, and a line edit that loses
    // it emits editingFinished: nothing may reach this half-destroyed window from there on.
    const std::initializer_list<QObject *> senders = {
        m_search, m_classFilter, m_kindFilter, m_list->selectionModel(),
        m_detail, m_compare,     m_explain,    m_tabs};
    for (QObject *sender : senders)
        if (sender) // the pages not opened have no views
            sender->disconnect(this);
    delete m_share;
    m_share = nullptr;
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
        m_proxy->retranslate();
        prepareWordIndexWhenIdle();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::prepareWordIndexWhenIdle()
{
    // Late enough that the frame the user is waiting for (the first page, the retranslated
    // window) is painted first; the first word query then finds the index ready. Restarted by
    // each call, so that quick successive language switches build it once.
    if (!m_wordIndexTimer) {
        m_wordIndexTimer = new QTimer(this);
        m_wordIndexTimer->setSingleShot(true);
        m_wordIndexTimer->setInterval(100);
        connect(m_wordIndexTimer, &QTimer::timeout, m_proxy, &CodeFilterProxy::prepareWordIndex);
    }
    m_wordIndexTimer->start();
}

void MainWindow::setZoom(int steps)
{
    steps = qBound(-4, steps, 12);
    const int delta = steps - m_zoom;
    if (delta == 0)
        return; // also keeps start-up from rewriting the settings file
    m_zoom = steps;
    applyZoom(this, delta);
    QSettings().setValue(u"window/zoom"_s, m_zoom);
}

void MainWindow::applyZoom(QWidget *page, int delta)
{
    for (QTextBrowser *browser : page->findChildren<QTextBrowser *>())
        browser->zoomIn(delta);
}

void MainWindow::goThroughHistory(int step)
{
    const QString key = m_history.step(step);
    if (key.isEmpty())
        return;
    m_navigatingHistory = true;
    showCode(key);
    m_navigatingHistory = false;
}

bool MainWindow::confirm(const QString &title, const QString &question)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::Cancel,
                    this);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::Cancel); // nothing is lost by a stray Enter
    return box.exec() == QMessageBox::Yes;
}

void MainWindow::clearHistory()
{
    if (!m_history.isEmpty() &&
        confirm(tr("Clear History"),
                tr("Forget the %n code(s) viewed? Back and Forward start again from here.", nullptr,
                   int(m_history.codes().size()))))
        m_history.clear();
}

void MainWindow::applyFilters()
{
    const QString digit = m_classFilter->currentData().toString();
    m_proxy->setClassFilter(digit.isEmpty() ? QChar() : digit.front());
    m_proxy->setKindFilter(CodeFilterProxy::Kind(m_kindFilter->currentData().toInt()));
    updateMatchHint();
    keepACurrentCode();
}

void MainWindow::keepACurrentCode()
{
    // When a filter hid the current code, the list shows its first instead.
    if (!m_list->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(0, 0));
}

void MainWindow::toggleFavourite()
{
    const QString key = m_detail->entryKey();
    if (key.isEmpty())
        return;
    m_favouriteAction->setChecked(m_favourites.toggle(key));
    favouritesChanged();
}

void MainWindow::clearFavourites()
{
    if (m_favourites.isEmpty() ||
        !confirm(tr("Clear Favourites"),
                 tr("Remove all %n favourite code(s)?", nullptr, int(m_favourites.size()))))
        return;
    m_favourites.clear();
    m_favouriteAction->setChecked(false);
    favouritesChanged();
}

void MainWindow::favouritesChanged()
{
    m_proxy->setFavourites(m_favourites.keys());
    updateMatchHint();
    keepACurrentCode();
}

void MainWindow::recordVisit(const QString &key)
{
    if (!m_navigatingHistory)
        m_history.record(key);
}

CompareView *MainWindow::compareView()
{
    m_comparePage->content(); // builds m_compare
    return m_compare;
}

ExplainView *MainWindow::explainView()
{
    m_explainPage->content(); // builds m_explain
    return m_explain;
}

ShownPage MainWindow::shownPage() const
{
    ShownPage page;
    if (m_tabs->currentWidget() == m_detail && m_catalogue.find(m_detail->entryKey())) {
        page.kind = ShownPage::Kind::Entry;
        page.key = m_detail->entryKey();
        page.englishAlongside = m_englishAction->isChecked();
    } else if (m_tabs->currentWidget() == m_comparePage && m_compare &&
               m_compare->hasComparison()) {
        page.kind = ShownPage::Kind::Comparison;
        page.left = m_compare->leftCode();
        page.right = m_compare->rightCode();
    }
    return page;
}

void MainWindow::restoreState()
{
    const QSettings settings;
    setZoom(settings.value(u"window/zoom"_s, 0).toInt());
    const auto known = [this](const QString &key) { return m_catalogue.find(key) != nullptr; };
    m_favourites.load(known);
    m_proxy->setFavourites(m_favourites.keys());
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
    m_history.load(known);
    const QString last = settings.value(u"window/lastCode"_s).toString();
    if (m_catalogue.find(last))
        showCode(last);
    const QStringList comparison = settings.value(u"window/lastComparison"_s).toStringList();
    if (comparison.size() == 2)
        showComparison(comparison[0], comparison[1]);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/splitter"_s, m_splitter->saveState());
    settings.setValue(u"window/lastCode"_s, m_detail->entryKey());
    // The comparison comes back only if it was what the user was looking at.
    const ShownPage page = shownPage();
    settings.setValue(u"window/lastComparison"_s, page.kind == ShownPage::Kind::Comparison
                                                      ? QStringList{page.left, page.right}
                                                      : QStringList());
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // "/" from the list or the detail pane jumps to the search field, as in a browser.
        if (watched != m_search && key->text() == u"/") {
            m_search->setFocus();
            m_search->selectAll();
            return true;
        }
        if (watched == m_search && key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    // Up/Down/PageUp/PageDown in the search field move through the list.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp ||
            key == Qt::Key_PageDown) {
            QApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::switchLanguage(const QString &code)
{
    if (!m_languages.apply(code))
        statusBar()->showMessage(m_languages.errorString());
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == m_languages.current());
    QSettings settings;
    settings.setValue(u"language"_s, m_languages.current());
    settings.sync();
    if (settings.status() != QSettings::NoError)
        statusBar()->showMessage(tr("The language choice could not be saved; it applies until "
                                    "you quit."));
}

void MainWindow::showCode(const QString &key)
{
    const qsizetype row = m_catalogue.indexOf(key);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(int(row), 0));
    if (!index.isValid()) {
        m_search->clear();
        index = m_proxy->mapFromSource(m_model->index(int(row), 0));
    }
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    // Also when the row was current already, behind a comparison restored at start-up.
    m_tabs->setCurrentWidget(m_detail);
}

void MainWindow::explainText(const QString &text)
{
    explainView()->setText(text);
    m_tabs->setCurrentWidget(m_explainPage);
}

void MainWindow::showComparison(const QString &left, const QString &right)
{
    compareView()->setCodes(left, right);
    m_tabs->setCurrentWidget(m_comparePage);
}

void MainWindow::compareCurrentWith(const QString &key)
{
    const CodeEntry *current = m_catalogue.find(m_detail->entryKey());
    const CodeEntry *other = m_catalogue.find(key);
    showComparison(current ? current->key : QString(), other ? other->key : key);
}

void MainWindow::startComparison()
{
    const CodeEntry *current = m_catalogue.find(m_detail->entryKey());
    compareView()->setCodes(current ? current->key : QString(), QString());
    m_tabs->setCurrentWidget(m_comparePage);
    m_compare->editRight();
}

void MainWindow::onQueryChanged(const QString &text)
{
    if (text.size() >= m_search->maxLength())
        statusBar()->showMessage(
            tr("The search field keeps the first %1 characters; use Paste Reply (Ctrl+Shift+V) "
               "for longer text.")
                .arg(m_search->maxLength()));
    if (const auto pair = Comparison::parsePair(text)) {
        m_proxy->setQuery(QString());
        m_hint->hide();
        showComparison(pair->first, pair->second);
        return;
    }
    // A pasted reply line ("550 5.1.1 <bob@…>: Recipient address rejected") is explained.
    if (text.trimmed().contains(u' ') && explainView()->setText(text) > 0) {
        m_proxy->setQuery(QString());
        m_hint->hide();
        m_tabs->setCurrentWidget(m_explainPage);
        return;
    }
    const QString previous = m_detail->entryKey();
    m_proxy->setQuery(text);
    updateMatchHint();
    if (m_proxy->rowCount() == 0)
        return;
    // A new query shows its best match; clearing the query keeps what was shown.
    QModelIndex target = m_proxy->index(0, 0);
    if (text.trimmed().isEmpty() && m_catalogue.indexOf(previous) >= 0)
        target = m_proxy->mapFromSource(m_model->index(int(m_catalogue.indexOf(previous)), 0));
    m_list->setCurrentIndex(target);
    m_list->scrollTo(target);
}

void MainWindow::onCurrentChanged()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const QString key = current.data(CodeListModel::KeyRole).toString();
    if (m_constructed)
        m_detail->releaseRendering(); // the user asked for a page: show it now
    m_detail->showEntry(key);
    m_tabs->setCurrentWidget(m_detail);
    m_favouriteAction->setChecked(m_favourites.contains(key));
    m_share->updateEnabled();
    // While the user types, the list moves through candidates: those are not visits.
    if (!m_search->hasFocus())
        recordVisit(key);
}

void MainWindow::updateMatchHint()
{
    const int count = m_proxy->rowCount();
    const QString query = m_search->text().trimmed();
    if (count == 0 && !query.isEmpty()) {
        m_hint->setText(tr("No code matches \"%1\".").arg(query));
        m_hint->show();
    } else {
        m_hint->hide();
    }
    m_count->setText(tr("%n code(s) shown", nullptr, count));
}

} // namespace SmtpCodes
