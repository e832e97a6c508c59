#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>

namespace hc::ui {

// What every view looks at: the date range (local days, both included), the reporting time zone
// (empty: the workspace's), the filter bar's conditions and the compare-to-previous toggle.
struct AnalysisScope {
    QDate from;
    QDate to;
    QByteArray zoneId;
    QString filter;         // cli.md conditions separated by ';'
    bool filterAny = false; // at least one condition instead of all
    bool compare = false;

    bool operator==(const AnalysisScope& o) const
    {
        return from == o.from && to == o.to && zoneId == o.zoneId && filter == o.filter && filterAny == o.filterAny
               && compare == o.compare;
    }
    bool operator!=(const AnalysisScope& o) const { return !(*this == o); }

    // As kept in saved views and the session: {"from", "to", "tz", "filter", "filter_any", "compare"}.
    QJsonObject toJson() const;
    static AnalysisScope fromJson(const QJsonObject& json);
};

} // namespace hc::ui
