#pragma once

#include "catalogue.h"

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace SmtpCodes {

// Two codes side by side: pickers with completion, a swap button and the rendered comparison.
class CompareView final : public QWidget
{
    Q_OBJECT
public:
    CompareView(const Catalogue &catalogue, QAbstractItemModel *codes, QWidget *parent = nullptr);

    void setCodes(const QString &left, const QString &right);
    QString leftCode() const;
    QString rightCode() const;
    void swap();
    // True when both sides hold a code that can be compared (known, or at least code-shaped).
    bool hasComparison() const;
    // Focuses the right-hand picker, for "Compare with…".
    void editRight();

Q_SIGNALS:
    void codeActivated(const QString &key);
    // The pair of codes shown changed.
    void codesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void render();

    const Catalogue &m_catalogue;
    QLabel *m_leftLabel = nullptr;
    QLabel *m_rightLabel = nullptr;
    QLineEdit *m_left = nullptr;
    QLineEdit *m_right = nullptr;
    QPushButton *m_swap = nullptr;
    QTextBrowser *m_browser = nullptr;
};

} // namespace SmtpCodes
