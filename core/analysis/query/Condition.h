#pragma once

#include "core/dataset/Dataset.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace hc::analysis {

// A property condition of cli.md: PROP=V, PROP!=V, PROP=V1|V2, PROP~TEXT, PROP?, PROP!?,
// PROP<X, PROP<=X, PROP>X, PROP>=X. Values compare as the JSON value rendered as text;
// numeric comparisons need a JSON number. A missing (or null) property is "not set": it fails
// =, ~ and the comparisons, and satisfies != and !?.
struct Condition {
    enum class Op { Equals, NotEquals, Contains, IsSet, IsNotSet, Less, LessEqual, Greater, GreaterEqual };
    QString property;
    Op op = Op::Equals;
    QStringList values;
    double number = 0;
    QString text; // as written, so a query can be written back as options
};

std::optional<Condition> parseCondition(const QString& text, QString& error);

// Conditions compiled against a dataset's property dictionaries: a table lookup per event.
class ConditionSet {
public:
    // All conditions must hold, or with anyOf at least one (an empty set always holds).
    static Result<ConditionSet> compile(const dataset::Dataset& data, const std::vector<Condition>& conditions,
                                        bool anyOf = false);

    bool matches(size_t event) const
    {
        if (m_compiled.empty())
            return true;
        for (const Compiled& c : m_compiled) {
            const qint32 code = c.column->codes[event];
            const bool holds = code < 0 ? c.missing : c.byCode[size_t(code)];
            if (holds == m_anyOf)
                return m_anyOf; // all-of stops at the first false, any-of at the first true
        }
        return !m_anyOf;
    }
    bool isEmpty() const { return m_compiled.empty(); }

private:
    struct Compiled {
        std::shared_ptr<const dataset::PropertyColumn> column;
        std::vector<char> byCode;
        bool missing = false;
    };
    std::vector<Compiled> m_compiled;
    bool m_anyOf = false;
};

} // namespace hc::analysis
