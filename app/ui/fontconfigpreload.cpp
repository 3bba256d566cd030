#include "fontconfigpreload.h"

#include <QtGlobal>

#include <clocale>
#include <fontconfig/fontconfig.h>
#include <system_error>

namespace SmtpCodes {

bool FontconfigPreload::isSafe()
{
    return !qEnvironmentVariableIsSet("DESKTOP_STARTUP_ID") &&
           !qEnvironmentVariableIsSet("XDG_ACTIVATION_TOKEN");
}

FontconfigPreload::FontconfigPreload()
{
    if (!isSafe())
        return;
    std::setlocale(LC_ALL, ""); // what QCoreApplication sets
    try {
        m_thread = std::thread([this] { m_loaded = FcInit() == FcTrue; });
    } catch (const std::system_error &) {
        // No thread to spare: Qt loads the configuration itself, as without the preload.
    }
}

FontconfigPreload::~FontconfigPreload()
{
    wait();
}

bool FontconfigPreload::wait()
{
    if (m_thread.joinable())
        m_thread.join();
    return m_loaded;
}

} // namespace SmtpCodes
