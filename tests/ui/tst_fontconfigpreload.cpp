// FontconfigPreload, in a program of its own: it replaces FcInit to see which thread calls it.
#include "fontconfigpreload.h"

#include <QTest>

#include <atomic>
#include <dlfcn.h>
#include <fontconfig/fontconfig.h>
#include <locale.h>
#include <mutex>
#include <thread>
#include <vector>

using namespace SmtpCodes;

namespace {

struct Caller
{
    std::thread::id thread;
    bool ownLocale; // the calling thread had a locale of its own (uselocale)
};

std::mutex g_callersMutex;
std::vector<Caller> g_callers; // who called FcInit, in order

std::vector<Caller> callers()
{
    const std::lock_guard<std::mutex> lock(g_callersMutex);
    return g_callers;
}

} // namespace

// Wins over Fontconfig's for the code linked into this program; forwards to Fontconfig's.
extern "C" FcBool FcInit()
{
    using Init = FcBool (*)();
    static const auto fontconfigInit = reinterpret_cast<Init>(dlsym(RTLD_NEXT, "FcInit"));
    {
        const std::lock_guard<std::mutex> lock(g_callersMutex);
        g_callers.push_back(
            {std::this_thread::get_id(), uselocale(locale_t(nullptr)) != LC_GLOBAL_LOCALE});
    }
    return fontconfigInit ? fontconfigInit() : FcFalse;
}

class tst_FontconfigPreload : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanupTestCase();
    void launchToken_leavesLoadingToQt_data();
    void launchToken_leavesLoadingToQt();
    void preload_loadsTheConfigurationOnAThreadOfItsOwn();
};

void tst_FontconfigPreload::init()
{
    qunsetenv("DESKTOP_STARTUP_ID");
    qunsetenv("XDG_ACTIVATION_TOKEN");
}

void tst_FontconfigPreload::cleanupTestCase()
{
    FcFini(); // Fontconfig's memory, which the leak checker of the sanitizer build would report
}

void tst_FontconfigPreload::launchToken_leavesLoadingToQt_data()
{
    QTest::addColumn<QByteArray>("variable");
    QTest::newRow("X11 startup notification") << QByteArray("DESKTOP_STARTUP_ID");
    QTest::newRow("Wayland activation") << QByteArray("XDG_ACTIVATION_TOKEN");
}

void tst_FontconfigPreload::launchToken_leavesLoadingToQt()
{
    QFETCH(QByteArray, variable);
    qputenv(variable.constData(), "smtp-codes-test-token");
    QVERIFY(!FontconfigPreload::isSafe());
    const auto before = callers().size();
    FontconfigPreload preload;
    QVERIFY(!preload.wait());
    QCOMPARE(callers().size(), before); // Qt's platform plugin may still be changing the variable
    QCOMPARE(qgetenv(variable.constData()), QByteArray("smtp-codes-test-token"));
}

void tst_FontconfigPreload::preload_loadsTheConfigurationOnAThreadOfItsOwn()
{
    QVERIFY(FontconfigPreload::isSafe());
    const auto before = callers().size();
    FontconfigPreload preload;
    QVERIFY(preload.wait());
    const auto after = callers();
    QCOMPARE(after.size(), before + 1);
    QVERIFY(after.back().thread != std::this_thread::get_id());
    QVERIFY(after.back().ownLocale); // QCoreApplication may set the process's locale meanwhile
    QCOMPARE(uselocale(locale_t(nullptr)), LC_GLOBAL_LOCALE); // this thread's is untouched
    QVERIFY(FcConfigGetCurrent() != nullptr);
}

QTEST_GUILESS_MAIN(tst_FontconfigPreload)
#include "tst_fontconfigpreload.moc"
