// Benchmarks for the goals of the "Instant" issue. Prints a table of medians.
// Usage: smtp-codes-bench [--smoke]   (--smoke: few iterations, for CTest)
#include "catalogueloader.h"
#include "codesearch.h"
#include "entryhtml.h"
#include "languages.h"
#include "mainwindow.h"
#include "replyparser.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace SmtpCodes;
using namespace Qt::StringLiterals;

namespace {

int g_iterations = 101;

// Median wall time of `work` in microseconds.
double medianMicros(const std::function<void()> &work, int iterations = g_iterations)
{
    std::vector<double> samples;
    work(); // warm-up
    for (int i = 0; i < iterations; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples.push_back(double(timer.nsecsElapsed()) / 1000.0);
    }
    std::nth_element(samples.begin(), samples.begin() + long(samples.size() / 2), samples.end());
    return samples[samples.size() / 2];
}

void row(const char *what, double micros, const char *goal)
{
    std::printf("%-58s %12.3f ms   %s\n", what, micros / 1000.0, goal);
    std::fflush(stdout);
}

// A catalogue of `size` entries made from the real one with synthetic vendor codes.
Catalogue synthetic(const Catalogue &real, int size)
{
    QList<CodeEntry> entries;
    entries.reserve(size);
    for (int i = 0; i < size; ++i) {
        CodeEntry e = real.at(i % real.size());
        e.code = u"5.%1.%2"_s.arg(i % 8).arg(i % 1000);
        e.vendor = u"Synthetic%1"_s.arg(i);
        e.key = e.code + u'@' + e.vendor;
        e.rangeEnd.clear();
        entries.append(std::move(e));
    }
    return Catalogue(std::move(entries));
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const bool smoke = app.arguments().contains(u"--smoke"_s);
    if (smoke)
        g_iterations = 3;
    std::printf("SMTP Codes benchmarks, medians of %d runs, %d cores\n\n", g_iterations,
                QThread::idealThreadCount());

    row("catalogue load and index, from resources", medianMicros([] {
            CatalogueLoader loader;
            const Catalogue c = loader.loadBuiltin();
            CodeSearch search(c);
            search.rank(u"535");
        }),
        "goal < 2 ms");

    const Catalogue &real = Catalogue::builtin();
    row("word index build, real catalogue (first word query after a language switch)",
        medianMicros(
            [&] {
                CodeSearch search(real);
                search.rank(u"password");
            },
            smoke ? 3 : 21),
        "");
    LanguageSwitcher languages;
    languages.apply(u"en"_s);
    {
        MainWindow window(real, languages);
        window.show();
        auto *search = window.findChild<QLineEdit *>(u"searchField"_s);
        // As when the user types: the window is active and the search field has the focus.
        QApplication::setActiveWindow(&window);
        search->setFocus();
        // The window has finished starting, as it has when the user types: the first page is
        // shown and the word index built in idle time (MainWindow::finishStartup).
        QEventLoop settle;
        QTimer::singleShot(300, &settle, &QEventLoop::quit);
        settle.exec();
        const QString queries[] = {u"5"_s, u"53"_s, u"535"_s, u"5.7.8"_s, u"password"_s};
        int i = 0;
        row("keystroke: query -> ranked list -> detail (real catalogue)",
            medianMicros([&] { search->setText(queries[i++ % 5]); }), "goal < 0.5 ms");
        window.showComparison(u"450"_s, u"550"_s);
        bool french = false;
        row("live language switch, compare view open",
            medianMicros(
                [&] {
                    languages.apply((french = !french) ? u"fr"_s : u"en"_s);
                    QCoreApplication::processEvents();
                },
                smoke ? 3 : 21),
            "goal < 30 ms");
        languages.apply(u"en"_s);
    }

    for (int size : {1000, 10000, 100000}) {
        if (smoke && size > 10000)
            break; // building 100,000 entries takes seconds: the smoke run stays short
        const Catalogue big = synthetic(real, size);
        CodeSearch search(big);
        search.rank(u"warm up words"); // builds the word index once
        const QString label = u"search, synthetic catalogue of %1 (code / words)"_s.arg(size);
        const double code = medianMicros([&] { search.search(u"5.7.1"); }, smoke ? 3 : 21);
        const double words = medianMicros([&] { search.search(u"password"); }, smoke ? 3 : 21);
        std::printf("%-58s %8.3f / %.3f ms   goal < 10 ms at 100k\n", qPrintable(label),
                    code / 1000.0, words / 1000.0);
    }

    // Explainer throughput on a realistic log.
    QByteArray log;
    const QByteArray lines[] = {
        "Nov 23 10:15:01 mail postfix/smtp[1234]: 4B2C81A2: to=<bob@example.org>, "
        "relay=mx.example.org[203.0.113.7]:25, delay=1.2, status=bounced (host "
        "mx.example.org[203.0.113.7] said: 550 5.1.1 <bob@example.org>: Recipient address rejected "
        "(in reply to RCPT TO command))\n",
        "Nov 23 10:15:02 mail postfix/smtpd[99]: connect from unknown[198.51.100.4]\n",
        "Nov 23 10:15:03 mail postfix/smtp[1235]: 5C3D92B3: to=<carol@example.com>, "
        "status=deferred (host mx.example.com said: 450 4.7.1 Greylisted, try again in 300 "
        "seconds)\n"};
    const int targetBytes = smoke ? 1 << 20 : 32 << 20;
    while (log.size() < targetBytes)
        for (const QByteArray &line : lines)
            log += line;
    const double micros = medianMicros(
        [&] {
            ReplyParser parser;
            qsizetype start = 0;
            while (start < log.size()) {
                qsizetype end = log.indexOf('\n', start);
                if (end < 0)
                    end = log.size();
                parser.addLine(QString::fromUtf8(log.constData() + start, end - start));
                start = end + 1;
            }
            parser.finish();
        },
        smoke ? 1 : 5);
    std::printf("%-58s %12.1f MB/s   goal >= 50 MB/s\n", "explain throughput (parser, one core)",
                double(log.size()) / micros);
    return 0;
}
