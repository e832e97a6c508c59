#pragma once

#include <QStringList>

namespace hc::cli {

// `retention --db D --start-event E --return-event E --from --to [options]` (cli.md).
int runRetentionCommand(const QStringList& args);

} // namespace hc::cli
