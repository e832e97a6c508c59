#include "core/insights/Insight.h"

#include "core/util/NameTable.h"

#include <QJsonArray>

namespace hc::insights {

namespace {

const char* const kTypes[] = {"anomaly", "risk", "opportunity", "success"};
const char* const kStatuses[] = {"new", "seen", "dismissed", "actioned"};

QJsonValue optionalNumber(const std::optional<double>& v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null); }

std::optional<double> numberOrNull(const QJsonValue& v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

} // namespace

QString typeName(InsightType type) { return QString::fromLatin1(kTypes[int(type)]); }

QString statusName(InsightStatus status) { return QString::fromLatin1(kStatuses[int(status)]); }

std::optional<InsightStatus> statusFromName(const QString& name)
{
    const auto i = indexOfName(kStatuses, name);
    return i ? std::optional<InsightStatus>(InsightStatus(*i)) : std::nullopt;
}

QJsonObject toJson(const Insight& i)
{
    // cli.md: recommendations are sentences; their categories go beside them, in the same order.
    QJsonArray recommendations, categories;
    for (const Recommendation& r : i.recommendations) {
        recommendations.append(r.text);
        categories.append(r.category);
    }
    return QJsonObject{{QStringLiteral("id"), i.id},
                       {QStringLiteral("type"), typeName(i.type)},
                       {QStringLiteral("title"), i.title},
                       {QStringLiteral("explanation"), i.explanation},
                       {QStringLiteral("metric"), i.metric},
                       {QStringLiteral("t"), i.t},
                       {QStringLiteral("direction"), i.direction > 0 ? QStringLiteral("up") : QStringLiteral("down")},
                       {QStringLiteral("method"), i.method},
                       {QStringLiteral("n"), i.n},
                       {QStringLiteral("p_value"), optionalNumber(i.pValue)},
                       {QStringLiteral("q_value"), optionalNumber(i.qValue)},
                       {QStringLiteral("significant"), i.significant},
                       {QStringLiteral("impact"), i.impact},
                       {QStringLiteral("score"), i.score},
                       {QStringLiteral("evidence"), i.evidence},
                       {QStringLiteral("recommendations"), recommendations},
                       {QStringLiteral("recommendation_categories"), categories},
                       {QStringLiteral("view"), i.view},
                       {QStringLiteral("view_query"), i.viewQuery}};
}

Insight insightFromJson(const QJsonObject& o)
{
    Insight i;
    i.id = o.value(QStringLiteral("id")).toString();
    i.type = InsightType(indexOfName(kTypes, o.value(QStringLiteral("type")).toString()).value_or(0));
    i.title = o.value(QStringLiteral("title")).toString();
    i.explanation = o.value(QStringLiteral("explanation")).toString();
    i.metric = o.value(QStringLiteral("metric")).toString();
    i.t = o.value(QStringLiteral("t")).toString();
    i.direction = o.value(QStringLiteral("direction")).toString() == QLatin1String("up") ? 1 : -1;
    i.method = o.value(QStringLiteral("method")).toString();
    i.n = o.value(QStringLiteral("n")).toInteger();
    i.pValue = numberOrNull(o.value(QStringLiteral("p_value")));
    i.qValue = numberOrNull(o.value(QStringLiteral("q_value")));
    i.significant = o.value(QStringLiteral("significant")).toBool();
    i.impact = o.value(QStringLiteral("impact")).toDouble();
    i.score = o.value(QStringLiteral("score")).toDouble();
    i.evidence = o.value(QStringLiteral("evidence")).toObject();
    const QJsonArray texts = o.value(QStringLiteral("recommendations")).toArray();
    const QJsonArray categories = o.value(QStringLiteral("recommendation_categories")).toArray();
    for (qsizetype k = 0; k < texts.size(); ++k)
        i.recommendations.push_back({categories.at(k).toString(), texts.at(k).toString()});
    i.view = o.value(QStringLiteral("view")).toString();
    i.viewQuery = o.value(QStringLiteral("view_query")).toObject();
    return i;
}

} // namespace hc::insights
