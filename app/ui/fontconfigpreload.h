#pragma once

#include <thread>

namespace SmtpCodes {

// Loads the Fontconfig configuration on a thread of its own while QApplication connects to the
// display. Qt loads it when the first widget measures text, and reading the configuration
// files and font caches is about a quarter of the instructions before the first frame (4 ms
// on the measuring machine), while connecting leaves the main thread waiting for the display
// server for longer than that. Fontconfig keeps one configuration per process, so Qt then
// finds it loaded.
//
// Fontconfig reads the environment and the locale while it loads, and neither may change
// meanwhile on another thread (getenv is not safe against unsetenv, nor strtod against
// setlocale):
// - the thread uses a locale of its own (uselocale), so QCoreApplication setting the process's
//   locale does not reach it;
// - a start with a launch token (DESKTOP_STARTUP_ID, XDG_ACTIVATION_TOKEN), which Qt's
//   platform plugin takes out of the environment while it connects, is not preloaded.
class FontconfigPreload final
{
public:
    FontconfigPreload(); // starts loading, when it can
    ~FontconfigPreload();
    FontconfigPreload(const FontconfigPreload &) = delete;
    FontconfigPreload &operator=(const FontconfigPreload &) = delete;

    // Whether loading can start now without a race (see above).
    static bool isSafe();

    // Waits until the configuration is loaded; false if there was no preload or Fontconfig
    // could not load one (Qt then loads or reports it as it would have without the preload).
    bool wait();

private:
    bool m_loaded = false;
    std::thread m_thread;
};

} // namespace SmtpCodes
