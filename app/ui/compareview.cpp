#include "compareview.h"

#include "codelistmodel.h"
#include "comparehtml.h"
#include "comparison.h"
#include "entryhtml.h"
#include "pagecolors.h"
#include "textlayout.h"

#include <QCompleter>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {

QLineEdit *makePicker(const QString &name, QAbstractItemModel *codes, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setMaxLength(32);
    auto *completer = new QCompleter(codes, edit);
    completer->setCompletionRole(CodeListModel::CodeRole);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    edit->setCompleter(completer);
    return edit;
}

} // namespace

CompareView::CompareView(const Catalogue &catalogue, QAbstractItemModel *codes, QWidget *parent)
    : QWidget(parent)
    , m_catalogue(catalogue)
{
    setObjectName(u"compareView"_s);
    m_leftLabel = new QLabel(this);
    m_rightLabel = new QLabel(this);
    m_left = makePicker(u"compareLeft"_s, codes, this);
    m_right = makePicker(u"compareRight"_s, codes, this);
    m_leftLabel->setBuddy(m_left);
    m_rightLabel->setBuddy(m_right);
    m_swap = new QPushButton(this);
    m_swap->setObjectName(u"swapButton"_s);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(u"compareBrowser"_s);
    m_browser->setOpenLinks(false);
    skipTextShaping(m_browser);
    keepTextWidthSteady(m_browser);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_leftLabel, 0, 0);
    layout->addWidget(m_left, 0, 1);
    layout->addWidget(m_swap, 0, 2);
    layout->addWidget(m_rightLabel, 0, 3);
    layout->addWidget(m_right, 0, 4);
    layout->addWidget(m_browser, 1, 0, 1, 5);
    layout->setColumnStretch(1, 1);
    layout->setColumnStretch(4, 1);
    setTabOrder(m_left, m_swap);
    setTabOrder(m_swap, m_right);
    setTabOrder(m_right, m_browser);

    connect(m_left, &QLineEdit::editingFinished, this, &CompareView::render);
    connect(m_right, &QLineEdit::editingFinished, this, &CompareView::render);
    connect(m_swap, &QPushButton::clicked, this, &CompareView::swap);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString key = EntryHtml::keyFromLink(url);
        if (!key.isEmpty())
            Q_EMIT codeActivated(key);
    });
    retranslateUi();
}

QString CompareView::leftCode() const
{
    return m_left->text().trimmed();
}

QString CompareView::rightCode() const
{
    return m_right->text().trimmed();
}

void CompareView::setCodes(const QString &left, const QString &right)
{
    m_left->setText(left);
    m_right->setText(right);
    render();
}

void CompareView::swap()
{
    setCodes(rightCode(), leftCode());
}

void CompareView::editRight()
{
    m_right->setFocus();
    m_right->selectAll();
}

void CompareView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        render();
    QWidget::changeEvent(event);
}

void CompareView::retranslateUi()
{
    m_leftLabel->setText(tr("&Left:"));
    m_rightLabel->setText(tr("&Right:"));
    m_left->setAccessibleName(tr("Left code"));
    m_right->setAccessibleName(tr("Right code"));
    m_left->setPlaceholderText(tr("e.g. 450"));
    m_right->setPlaceholderText(tr("e.g. 550"));
    m_swap->setText(tr("S&wap"));
    m_swap->setToolTip(tr("Swap the two codes"));
    m_browser->setAccessibleName(tr("Comparison"));
    m_left->setAccessibleDescription(tr("The first code to compare, such as 450 or 4.2.2."));
    m_right->setAccessibleDescription(tr("The second code to compare, such as 550 or 5.2.2."));
    m_swap->setAccessibleDescription(tr("Exchanges the left and right codes."));
    m_browser->setAccessibleDescription(
        tr("Both codes side by side, their key differences and what to do for each."));
    render();
}

bool CompareView::hasComparison() const
{
    if (leftCode().isEmpty() || rightCode().isEmpty())
        return false;
    return !Comparison(m_catalogue, leftCode(), rightCode()).unknownSide();
}

void CompareView::render()
{
    const QString left = leftCode();
    const QString right = rightCode();
    Q_EMIT codesChanged();
    if (left.isEmpty() || right.isEmpty()) {
        m_browser->setPlainText(
            tr("Enter two codes to compare, or type \"450 vs 550\" in the search field."));
        return;
    }
    const Comparison comparison(m_catalogue, left, right);
    if (const Comparison::Side *unknown = comparison.unknownSide()) {
        m_browser->setPlainText(
            tr("\"%1\" is not a reply code or an enhanced status code.").arg(unknown->code));
        return;
    }
    m_browser->setHtml(CompareHtml::page(comparison, PageColors::fromPalette(palette())));
}

} // namespace SmtpCodes
