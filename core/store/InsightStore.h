#pragma once

#include "core/insights/InsightRun.h"
#include "core/store/Workspace.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace hc::store {

// A stored insight run as the run list shows it.
struct StoredRunSummary {
    QString id;
    QString period;
    QDate from;
    QDate to;
    QDateTime createdAt;
    qint64 events = 0;
    int insights = 0;
};

// Insight runs (analysis_runs) and what the analyst did with each insight (insight_status) in a
// workspace. Uses the workspace's connection, on its thread.
class InsightStore {
public:
    explicit InsightStore(Workspace& workspace) : m_workspace(workspace) {}

    // Inserts the run, or replaces the one with its id (the same inputs on the same data).
    Status saveRun(const insights::InsightRun& run);
    Result<QList<StoredRunSummary>> runs() const;
    // The stored run; an Invalid error when there is none with that id.
    Result<insights::InsightRun> run(const QString& id) const;

    Result<QHash<QString, insights::InsightStatus>> statuses() const;
    Status setStatus(const QString& insightId, insights::InsightStatus status);

private:
    Workspace& m_workspace;
};

} // namespace hc::store
