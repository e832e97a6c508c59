#include "core/analysis/query/Condition.h"

#include "core/analysis/query/EscapedText.h"
#include "core/util/JsonText.h"

#include <QCoreApplication>

#include <cmath>

namespace hc::analysis {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::analysis::Condition", text); }

bool isOperatorChar(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('!') || c == QLatin1Char('~') || c == QLatin1Char('?')
           || c == QLatin1Char('<') || c == QLatin1Char('>');
}

} // namespace

std::optional<Condition> parseCondition(const QString& text, QString& error)
{
    qsizetype i = 0;
    QString rawName;
    while (i < text.size() && !(isOperatorChar(text[i]))) {
        if (text[i] == QLatin1Char('\\') && i + 1 < text.size())
            rawName += text[i++];
        rawName += text[i++];
    }
    Condition c;
    c.property = unescape(rawName);
    if (c.property.isEmpty() || i >= text.size()) {
        error = tr("condition “%1” needs PROP, an operator (= != ~ ? !? < <= > >=) and usually a value").arg(text);
        return std::nullopt;
    }
    const QString rest = text.mid(i);
    QString rawValue;
    auto take = [&](int length, Condition::Op op) {
        c.op = op;
        rawValue = rest.mid(length);
    };
    if (rest.startsWith(QLatin1String("!=")))
        take(2, Condition::Op::NotEquals);
    else if (rest.startsWith(QLatin1String("!?")))
        take(2, Condition::Op::IsNotSet);
    else if (rest.startsWith(QLatin1String("<=")))
        take(2, Condition::Op::LessEqual);
    else if (rest.startsWith(QLatin1String(">=")))
        take(2, Condition::Op::GreaterEqual);
    else if (rest.startsWith(QLatin1Char('=')))
        take(1, Condition::Op::Equals);
    else if (rest.startsWith(QLatin1Char('~')))
        take(1, Condition::Op::Contains);
    else if (rest.startsWith(QLatin1Char('?')))
        take(1, Condition::Op::IsSet);
    else if (rest.startsWith(QLatin1Char('<')))
        take(1, Condition::Op::Less);
    else if (rest.startsWith(QLatin1Char('>')))
        take(1, Condition::Op::Greater);
    else {
        error = tr("condition “%1” has no operator after the property name").arg(text);
        return std::nullopt;
    }
    switch (c.op) {
    case Condition::Op::IsSet:
    case Condition::Op::IsNotSet:
        if (!rawValue.isEmpty()) {
            error = tr("condition “%1”: ? and !? take no value").arg(text);
            return std::nullopt;
        }
        break;
    case Condition::Op::Equals:
    case Condition::Op::NotEquals:
        for (const QString& part : splitEscaped(rawValue, QLatin1Char('|')))
            c.values.append(unescape(part));
        break;
    case Condition::Op::Contains:
        c.values.append(unescape(rawValue));
        break;
    default: {
        const QString v = unescape(rawValue);
        const QByteArray utf8 = v.toUtf8();
        if (!json::isDecimalNumber(std::string_view(utf8.constData(), size_t(utf8.size())))) {
            error = tr("condition “%1”: %2 is not a number").arg(text, v);
            return std::nullopt;
        }
        c.number = v.toDouble();
        c.values.append(v);
    }
    }
    c.text = text;
    return c;
}

Result<ConditionSet> ConditionSet::compile(const dataset::Dataset& data, const std::vector<Condition>& conditions,
                                           bool anyOf)
{
    ConditionSet set;
    set.m_anyOf = anyOf;
    for (const Condition& c : conditions) {
        // Cohorts pick users, not events: the scope resolves them (AnalysisSnapshotBuilder::scoped).
        if (c.property == QLatin1String("cohort"))
            return makeError(Error::Code::Invalid,
                             tr("“%1”: a cohort filters whole users; use it in the global filter (--where, the "
                                "filter bar), not in a step's or a measure's conditions.")
                                 .arg(c.text));
        auto column = data.property(c.property);
        if (!column.ok())
            return column.error();
        Compiled compiled;
        compiled.column = column.value();
        const auto& values = compiled.column->values;
        const auto& numbers = compiled.column->numbers;
        compiled.byCode.resize(size_t(values.size()));
        for (qsizetype k = 0; k < values.size(); ++k) {
            const QString& v = values[k];
            const double x = numbers[size_t(k)];
            bool m = false;
            switch (c.op) {
            case Condition::Op::Equals:
                m = c.values.contains(v);
                break;
            case Condition::Op::NotEquals:
                m = !c.values.contains(v);
                break;
            case Condition::Op::Contains:
                m = v.contains(c.values.value(0));
                break;
            case Condition::Op::IsSet:
                m = true;
                break;
            case Condition::Op::IsNotSet:
                m = false;
                break;
            case Condition::Op::Less:
                m = !std::isnan(x) && x < c.number;
                break;
            case Condition::Op::LessEqual:
                m = !std::isnan(x) && x <= c.number;
                break;
            case Condition::Op::Greater:
                m = !std::isnan(x) && x > c.number;
                break;
            case Condition::Op::GreaterEqual:
                m = !std::isnan(x) && x >= c.number;
                break;
            }
            compiled.byCode[size_t(k)] = m ? 1 : 0;
        }
        compiled.missing = c.op == Condition::Op::NotEquals || c.op == Condition::Op::IsNotSet;
        set.m_compiled.push_back(std::move(compiled));
    }
    return set;
}

} // namespace hc::analysis
