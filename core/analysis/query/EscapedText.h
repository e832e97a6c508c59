#pragma once

#include <QString>
#include <QStringList>

namespace hc::analysis {

// The escaping rule of cli.md: a backslash takes the next character literally, so names and
// values may hold separators (\, \: \| \= \* \\).

// Splits at every unescaped separator; the parts keep their escapes.
QStringList splitEscaped(const QString& text, QChar separator);
// Removes the escapes.
QString unescape(const QString& raw);
// An unescaped "*" alone means any event; "\*" is an event literally named "*".
inline bool isAnyEvent(const QString& raw) { return raw == QLatin1String("*"); }

} // namespace hc::analysis
