#include "fontconfigpreload.h"

#include <QtGlobal>

#include <fontconfig/fontconfig.h>
#include <locale.h>
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
    try {
        m_thread = std::thread([this] {
            // A locale of the thread's own, the one QCoreApplication sets for the process
            // meanwhile: Fontconfig parses numbers with it.
            const locale_t locale = newlocale(LC_ALL_MASK, "", locale_t(nullptr));
            if (locale)
                uselocale(locale);
            m_loaded = FcInit() == FcTrue;
            if (locale) {
                uselocale(LC_GLOBAL_LOCALE);
                freelocale(locale);
            }
        });
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
