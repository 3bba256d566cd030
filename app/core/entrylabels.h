#pragma once

#include "catalogue.h"

#include <QString>
#include <QStringList>

namespace SmtpCodes {

// Translated labels and sentences about an entry that the GUI, the compare view and the
// command line all show. Context "EntryLabels" in the .ts files.
namespace EntryLabels {

QString description();
QString whenYouSeeIt();
QString howToFix();
QString fixRole(FixRole role);
QString actor(const QString &actorId);
// The entry's actors, each as actor() names it.
QStringList actors(const CodeEntry &entry);
QString command(const QString &commandId);
QString session(SessionEffect effect);
QString provenance(const CodeEntry &entry);
QString kind(CodeKind kind);
// "535" or "5.7.606 (Microsoft)".
QString displayCode(const CodeEntry &entry);
// "If you are sending: Check the password." A label and its text, punctuated as the language
// writes it ("%1 : %2" in French, "%1：%2" in Chinese).
QString labelled(const QString &label, const QString &text);
// "5xx Permanent Negative Completion", "5.7.606 (Microsoft) Banned sending IP".
QString codeAndTitle(const CodeEntry &entry);
// "5xx Permanent Negative Completion"; for registry codes the class depends on the reply.
QString classLine(const Catalogue &catalogue, const CodeEntry &entry);
QString subjectLine(const Catalogue &catalogue, const CodeEntry &entry);

} // namespace EntryLabels
} // namespace SmtpCodes
