#pragma once

#include <QString>

namespace SmtpCodes {
class Comparison;
struct PageColors;
} // namespace SmtpCodes

namespace SmtpCodes::CompareHtml {

// The comparison as HTML; every text is escaped.
QString page(const Comparison &comparison, const PageColors &colors);

} // namespace SmtpCodes::CompareHtml
