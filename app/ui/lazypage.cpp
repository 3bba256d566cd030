#include "lazypage.h"

#include <QVBoxLayout>

namespace SmtpCodes {

LazyPage::LazyPage(std::function<QWidget *()> build, QWidget *parent)
    : QWidget(parent)
    , m_build(std::move(build))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget *LazyPage::content()
{
    if (!m_content) {
        m_content = m_build();
        layout()->addWidget(m_content);
        if (isVisible())
            m_content->show(); // now, not from the next event loop pass: no empty frame
        Q_EMIT built(m_content);
    }
    return m_content;
}

void LazyPage::showEvent(QShowEvent *event)
{
    content();
    QWidget::showEvent(event);
}

} // namespace SmtpCodes
