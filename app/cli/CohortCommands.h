#pragma once

#include <QStringList>

namespace hc::cli {

// `cohort create|list|users|delete` (cli.md): cohorts kept in the workspace by their rule.
int runCohortCommand(const QStringList& args);

} // namespace hc::cli
