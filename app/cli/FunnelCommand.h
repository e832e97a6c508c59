#pragma once

#include <QStringList>

namespace hc::cli {

// `funnel --db D --steps 'A,B,C' --from --to [options]` (cli.md).
int runFunnelCommand(const QStringList& args);

} // namespace hc::cli
