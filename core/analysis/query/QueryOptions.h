#pragma once

#include "core/analysis/query/Condition.h"
#include "core/analysis/query/EventMatcher.h"
#include "core/util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace hc::analysis {

// One option of an analysis, as cli.md names it: `--name VALUE` (or a flag when valueName is
// empty). The CLI declares its options from these, so the names live in one place.
struct OptionSpec {
    QString name;
    QString help;
    QString valueName;
};

// An analysis's options as text, name → values (a repeatable option has several): what the CLI
// parses, what a view builds from its controls, what a saved analysis stores. The parsers of
// FunnelOptions, RetentionOptions, TrendOptions… turn them into checked queries; their messages
// name the options as cli.md does (`--window takes …`), in English like the rest of the CLI.
class QueryOptions {
public:
    void set(const QString& name, const QString& value) { m_values[name] = QStringList{value}; }
    void add(const QString& name, const QString& value) { m_values[name].append(value); }
    void setFlag(const QString& name, bool on);
    void remove(const QString& name) { m_values.remove(name); }

    bool isSet(const QString& name) const { return m_values.contains(name); }
    // The last value given, or "" when the option is not set.
    QString value(const QString& name) const;
    QStringList values(const QString& name) const { return m_values.value(name); }
    QStringList names() const { return m_values.keys(); }

    // A whole number within [min, max], or fallback when the option is not set.
    Result<qint64> integer(const QString& name, qint64 min, qint64 max, qint64 fallback) const;
    // Every value of a repeatable condition option, parsed.
    Result<std::vector<Condition>> conditions(const QString& name) const;
    // --event E or --any, exactly one of them.
    Result<EventSpec> eventOrAny() const;

    QJsonObject toJson() const;
    static QueryOptions fromJson(const QJsonObject& json);
    bool operator==(const QueryOptions& other) const { return m_values == other.m_values; }

    // An event argument with cli.md's escapes: `*` alone is any event.
    static EventSpec eventSpec(const QString& raw);
    // The escaped text of an event name (the inverse of eventSpec for one event).
    static QString escapedEvent(const EventSpec& spec);
    // Error::Code::Invalid with the message.
    static Error usage(const QString& message);

private:
    QMap<QString, QStringList> m_values;
};

} // namespace hc::analysis
