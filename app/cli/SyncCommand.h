#pragma once

#include <QStringList>

namespace hc::cli {

// `sync --db D --source mixpanel --project-id P --region us|eu|in --from --to (--secret-env VAR |
// --username U --password-env VAR | --secret-stdin) [--profiles] [--api-base URL] [pacing]` (cli.md).
int runSyncCommand(const QStringList& args);

} // namespace hc::cli
