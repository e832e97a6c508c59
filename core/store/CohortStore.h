#pragma once

#include "core/analysis/cohort/CohortDefinition.h"
#include "core/store/Workspace.h"

#include <QList>

namespace hc::store {

// The workspace's cohorts (table cohorts): each kept as its definition, so membership is always
// computed from the current events. Uses the workspace's connection, on its thread.
class CohortStore {
public:
    explicit CohortStore(Workspace& workspace) : m_workspace(workspace) {}

    // Every cohort, by name.
    Result<QList<analysis::CohortDefinition>> cohorts() const;
    // Adds the cohort, or replaces the definition of the one with its name.
    Status save(const analysis::CohortDefinition& cohort);
    // Removes the named cohort; an Invalid error when there is none.
    Status remove(const QString& name);

private:
    Workspace& m_workspace;
};

} // namespace hc::store
