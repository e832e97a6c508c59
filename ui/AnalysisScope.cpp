#include "ui/AnalysisScope.h"

namespace hc::ui {

QJsonObject AnalysisScope::toJson() const
{
    return QJsonObject{{QStringLiteral("from"), from.toString(Qt::ISODate)},
                       {QStringLiteral("to"), to.toString(Qt::ISODate)},
                       {QStringLiteral("tz"), QString::fromUtf8(zoneId)},
                       {QStringLiteral("filter"), filter},
                       {QStringLiteral("filter_any"), filterAny},
                       {QStringLiteral("compare"), compare}};
}

AnalysisScope AnalysisScope::fromJson(const QJsonObject& o)
{
    AnalysisScope s;
    s.from = QDate::fromString(o.value(QStringLiteral("from")).toString(), Qt::ISODate);
    s.to = QDate::fromString(o.value(QStringLiteral("to")).toString(), Qt::ISODate);
    s.zoneId = o.value(QStringLiteral("tz")).toString().toUtf8();
    s.filter = o.value(QStringLiteral("filter")).toString();
    s.filterAny = o.value(QStringLiteral("filter_any")).toBool();
    s.compare = o.value(QStringLiteral("compare")).toBool();
    return s;
}

} // namespace hc::ui
