#pragma once

#include <QStringList>

namespace hc::cli {

// `kpis --db D --from --to`, `dau --db D --from --to` and `trend ...` (cli.md).
int runKpisCommand(const QStringList& args);
int runDauCommand(const QStringList& args);
// `lifecycle --db D --from --to [--interval day|week|month]`: new, returning, resurrecting, dormant.
int runLifecycleCommand(const QStringList& args);

} // namespace hc::cli
