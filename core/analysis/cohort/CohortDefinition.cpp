#include "core/analysis/cohort/CohortDefinition.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hc::analysis {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::analysis::CohortDefinition", text); }

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out.append(v.toString());
    return out;
}

} // namespace

QJsonObject CohortDefinition::toJson() const
{
    switch (kind) {
    case Kind::DidEvent:
        return {{QStringLiteral("kind"), QStringLiteral("did")},
                {QStringLiteral("event"), event},
                {QStringLiteral("min_count"), minCount},
                {QStringLiteral("from"), from},
                {QStringLiteral("to"), to},
                {QStringLiteral("did_where"), QJsonArray::fromStringList(didWhere)},
                {QStringLiteral("where"), QJsonArray::fromStringList(where)}};
    case Kind::FunnelStep:
        return {{QStringLiteral("kind"), QStringLiteral("funnel")},
                {QStringLiteral("funnel"), funnel.toJson()},
                {QStringLiteral("from"), from},
                {QStringLiteral("to"), to},
                {QStringLiteral("step"), step},
                {QStringLiteral("dropped"), dropped}};
    case Kind::RetentionCell:
        return {{QStringLiteral("kind"), QStringLiteral("retention")},
                {QStringLiteral("retention"), retention.toJson()},
                {QStringLiteral("from"), from},
                {QStringLiteral("to"), to},
                {QStringLiteral("cohort_start"), cohortStart},
                {QStringLiteral("period"), period}};
    case Kind::UserList:
        break;
    }
    return {{QStringLiteral("kind"), QStringLiteral("users")},
            {QStringLiteral("users"), QJsonArray::fromStringList(users)}};
}

Result<CohortDefinition> CohortDefinition::fromJson(const QString& name, const QJsonObject& json)
{
    CohortDefinition d;
    d.name = name;
    const QString kind = json.value(QStringLiteral("kind")).toString();
    d.from = json.value(QStringLiteral("from")).toString();
    d.to = json.value(QStringLiteral("to")).toString();
    if (kind == QLatin1String("did")) {
        d.kind = Kind::DidEvent;
        d.event = json.value(QStringLiteral("event")).toString();
        d.minCount = json.value(QStringLiteral("min_count")).toInt(1);
        d.didWhere = strings(json.value(QStringLiteral("did_where")));
        d.where = strings(json.value(QStringLiteral("where")));
    } else if (kind == QLatin1String("funnel")) {
        d.kind = Kind::FunnelStep;
        d.funnel = QueryOptions::fromJson(json.value(QStringLiteral("funnel")).toObject());
        d.step = json.value(QStringLiteral("step")).toInt(1);
        d.dropped = json.value(QStringLiteral("dropped")).toBool();
    } else if (kind == QLatin1String("retention")) {
        d.kind = Kind::RetentionCell;
        d.retention = QueryOptions::fromJson(json.value(QStringLiteral("retention")).toObject());
        d.cohortStart = json.value(QStringLiteral("cohort_start")).toString();
        d.period = json.value(QStringLiteral("period")).toInt();
    } else if (kind == QLatin1String("users")) {
        d.kind = Kind::UserList;
        d.users = strings(json.value(QStringLiteral("users")));
    } else {
        return makeError(Error::Code::Corrupt, tr("Cohort “%1” has an unknown kind “%2”.").arg(name, kind));
    }
    return d;
}

QString CohortDefinition::summary() const
{
    const QString range = QStringLiteral("%1 – %2").arg(from, to);
    switch (kind) {
    case Kind::DidEvent:
        return minCount == 1 ? tr("did %1 · %2").arg(event, range)
                             : tr("did %1 at least %2 times · %3").arg(event, QString::number(minCount), range);
    case Kind::FunnelStep:
        return (dropped ? tr("dropped off at step %1 of %2 · %3") : tr("reached step %1 of %2 · %3"))
            .arg(QString::number(step), funnel.value(QStringLiteral("steps")), range);
    case Kind::RetentionCell:
        return tr("in the %1 cohort of %2 → %3, period %4 · %5")
            .arg(cohortStart, retention.value(QStringLiteral("start-event")),
                 retention.value(QStringLiteral("return-event")), QString::number(period), range);
    case Kind::UserList:
        break;
    }
    return tr("a list of %1 user ids").arg(users.size());
}

} // namespace hc::analysis
