#pragma once

#include <QStringList>

#include <vector>

namespace hc::store {

// Forward-only schema history. Migration i brings a workspace from version i to i + 1;
// published steps are never edited, only appended to.
struct SchemaMigration {
    int toVersion;
    QStringList statements;
};

const std::vector<SchemaMigration>& schemaMigrations();
int currentSchemaVersion();

} // namespace hc::store
