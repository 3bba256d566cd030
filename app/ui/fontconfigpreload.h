#pragma once

#include <thread>

namespace SmtpCodes {

// Loads the Fontconfig configuration on a thread of its own while QApplication connects to the
// display. Qt loads it when the first widget measures text, and reading the configuration
// files and font caches is about a quarter of the instructions before the first frame (4 ms
// on the measuring machine), while connecting leaves the main thread waiting for the display
// server for longer than that. Fontconfig keeps one configuration per process, so Qt then
// finds it loaded.
class FontconfigPreload final
{
public:
    FontconfigPreload(); // starts loading
    ~FontconfigPreload();
    FontconfigPreload(const FontconfigPreload &) = delete;
    FontconfigPreload &operator=(const FontconfigPreload &) = delete;

    // Waits until the configuration is loaded; false if Fontconfig could not load one (Qt
    // then reports it as it would have without the preload).
    bool wait();

private:
    bool m_loaded = false;
    std::thread m_thread;
};

} // namespace SmtpCodes
