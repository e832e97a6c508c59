#include "core/analysis/query/EscapedText.h"

namespace hc::analysis {

QStringList splitEscaped(const QString& text, QChar separator)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            current += c;
            current += text[++i];
        } else if (c == separator) {
            parts.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    parts.append(current);
    return parts;
}

QString unescape(const QString& raw)
{
    QString out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] == QLatin1Char('\\') && i + 1 < raw.size())
            ++i;
        out += raw[i];
    }
    return out;
}

QString escaped(const QString& text, const QString& special)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || special.contains(c))
            out.append(u'\\');
        out.append(c);
    }
    return out;
}

QString escapedProperty(const QString& property) { return escaped(property, QStringLiteral("=!~?<>")); }

QString escapedValue(const QString& value) { return escaped(value, QStringLiteral(",:|=*")); }

QString equalsCondition(const QString& property, const QString& value)
{
    return escapedProperty(property) + (value.isNull() ? QStringLiteral("!?") : u'=' + escapedValue(value));
}

} // namespace hc::analysis
