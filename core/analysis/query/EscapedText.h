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
// Escapes every backslash and every character in `special`, so the text reads back as itself.
QString escaped(const QString& text, const QString& special);
// A property name or a value as a condition's text takes it.
QString escapedProperty(const QString& property);
QString escapedValue(const QString& value);
// A condition, written so that any property name and value read back as they are:
// PROP=VALUE, or PROP!? for a value that is not set (a null value).
QString equalsCondition(const QString& property, const QString& value);
// An unescaped "*" alone means any event; "\*" is an event literally named "*".
inline bool isAnyEvent(const QString& raw) { return raw == QLatin1String("*"); }

} // namespace hc::analysis
