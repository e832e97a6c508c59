#include "core/analysis/query/QueryOptions.h"

#include "core/analysis/query/EscapedText.h"

#include <QJsonArray>

namespace hc::analysis {

void QueryOptions::setFlag(const QString& name, bool on)
{
    if (on)
        m_values[name] = QStringList{QString()};
    else
        m_values.remove(name);
}

QString QueryOptions::value(const QString& name) const
{
    const QStringList v = m_values.value(name);
    return v.isEmpty() ? QString() : v.last();
}

Result<qint64> QueryOptions::integer(const QString& name, qint64 min, qint64 max, qint64 fallback) const
{
    if (!isSet(name))
        return fallback;
    bool ok = false;
    const qint64 v = value(name).toLongLong(&ok);
    if (!ok || v < min || v > max)
        return usage(QStringLiteral("--%1 takes a whole number from %2 to %3").arg(name).arg(min).arg(max));
    return v;
}

Result<std::vector<Condition>> QueryOptions::conditions(const QString& name) const
{
    std::vector<Condition> out;
    for (const QString& text : values(name)) {
        QString error;
        const auto c = parseCondition(text, error);
        if (!c)
            return usage(error);
        out.push_back(*c);
    }
    return out;
}

Result<EventSpec> QueryOptions::eventOrAny() const
{
    if (isSet(QStringLiteral("any")) == isSet(QStringLiteral("event")))
        return usage(QStringLiteral("give either --event E or --any"));
    if (isSet(QStringLiteral("any")))
        return EventSpec{true, QString(), {}, {}};
    return eventSpec(value(QStringLiteral("event")));
}

QJsonObject QueryOptions::toJson() const
{
    QJsonObject o;
    for (auto it = m_values.begin(); it != m_values.end(); ++it)
        o.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return o;
}

QueryOptions QueryOptions::fromJson(const QJsonObject& json)
{
    QueryOptions out;
    for (auto it = json.begin(); it != json.end(); ++it) {
        QStringList values;
        for (const QJsonValue& v : it.value().toArray())
            values.append(v.toString());
        out.m_values.insert(it.key(), values);
    }
    return out;
}

EventSpec QueryOptions::eventSpec(const QString& raw) { return EventSpec{isAnyEvent(raw), unescape(raw), {}, {}}; }

QString QueryOptions::escapedEvent(const EventSpec& spec)
{
    if (spec.anyEvent)
        return QStringLiteral("*");
    return escaped(spec.name, QStringLiteral(",:|=*"));
}

Error QueryOptions::usage(const QString& message) { return makeError(Error::Code::Invalid, message); }

} // namespace hc::analysis
