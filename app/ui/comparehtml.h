#pragma once

#include <QString>

namespace SmtpCodes {
class Comparison;
}

namespace SmtpCodes::CompareHtml {

// The comparison as HTML; every text is escaped.
QString page(const Comparison &comparison);

} // namespace SmtpCodes::CompareHtml
