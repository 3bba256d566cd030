#pragma once

#include <QWidget>

#include <functional>

namespace SmtpCodes {

// A tab page whose content is built the first time it is shown or asked for, so that pages
// the user has not opened cost nothing at start-up.
class LazyPage final : public QWidget
{
    Q_OBJECT
public:
    explicit LazyPage(std::function<QWidget *()> build, QWidget *parent = nullptr);

    QWidget *content();
    bool isBuilt() const { return m_content != nullptr; }

Q_SIGNALS:
    void built(QWidget *content);

protected:
    void showEvent(QShowEvent *event) override;

private:
    std::function<QWidget *()> m_build;
    QWidget *m_content = nullptr;
};

} // namespace SmtpCodes
