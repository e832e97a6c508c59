#pragma once

#include "core/analysis/query/QueryOptions.h"
#include "core/util/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace hc::analysis {

// A named group of users kept in the workspace with the rule that picks them (cli.md "cohort"),
// so it is recomputed from the events every time it is used and follows new data:
// - DidEvent: users who did `event` at least minCount times in from..to, counting only events
//   where every didWhere and where condition holds;
// - FunnelStep: users whose counted attempt of the funnel (its options, from..to) reached step
//   (1-based), or with dropped, reached the step before it and no further;
// - RetentionCell: users counted in one cell of a retention table (its options, from..to): the
//   cohort starting at cohortStart (a row's "start"), in column `period` (0 is the cohort);
// - UserList: the distinct ids saved from a drill-down.
struct CohortDefinition {
    enum class Kind { DidEvent, FunnelStep, RetentionCell, UserList };
    QString name;
    Kind kind = Kind::DidEvent;
    QString from; // as --from and --to take them (a day or an instant)
    QString to;
    QString event; // escaped as on the command line: `*` is any event
    int minCount = 1;
    QStringList didWhere;
    QStringList where;
    QueryOptions funnel;
    int step = 1;
    bool dropped = false;
    QueryOptions retention;
    QString cohortStart;
    int period = 0;
    QStringList users;

    // The JSON kept in the workspace and printed by `cohort create` as "definition".
    QJsonObject toJson() const;
    static Result<CohortDefinition> fromJson(const QString& name, const QJsonObject& json);
    // A short line for lists: "did Purchase ≥ 2× · 2026-11-01 – 2026-11-30".
    QString summary() const;
};

} // namespace hc::analysis
