#pragma once

#include <QStringList>

#include <cstdio>

namespace SmtpCodes::CommandLine {

// True when the arguments ask for output on the terminal rather than a window
// (--print, --explain, --list, --help, --version).
bool isTerminalMode(const QStringList &arguments);

// Runs a terminal command; needs a QCoreApplication. Exit status: 0 success, 1 unknown code,
// 2 bad usage. Output is UTF-8.
int run(const QStringList &arguments, std::FILE *out = stdout, std::FILE *err = stderr,
        std::FILE *in = stdin);

} // namespace SmtpCodes::CommandLine
