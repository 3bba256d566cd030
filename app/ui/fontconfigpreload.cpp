#include "fontconfigpreload.h"

#include <fontconfig/fontconfig.h>

namespace SmtpCodes {

FontconfigPreload::FontconfigPreload()
    : m_thread([this] { m_loaded = FcInit() == FcTrue; })
{
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
