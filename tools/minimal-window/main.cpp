// The reference for tools/measure-startup.sh: the smallest window shaped like SMTP Codes
// (QMainWindow + QListView + QLineEdit + QTextBrowser), built with the same flags.
#include "firstpaintprobe.h"

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QSplitter>
#include <QStringListModel>
#include <QTextBrowser>
#include <QVBoxLayout>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *splitter = new QSplitter;
    auto *left = new QWidget;
    auto *layout = new QVBoxLayout(left);
    layout->addWidget(new QLineEdit);
    auto *list = new QListView;
    list->setModel(new QStringListModel({QStringLiteral("235"), QStringLiteral("535")}, list));
    layout->addWidget(list);
    splitter->addWidget(left);
    splitter->addWidget(new QTextBrowser);
    window.setCentralWidget(splitter);
    window.resize(1000, 680);
    SmtpCodes::FirstPaintProbe::watch(&window);
    window.show();
    return app.exec();
}
