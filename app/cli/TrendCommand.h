#pragma once

#include <QStringList>

namespace hc::cli {

// `trend --db D --event E|--any --measure M --interval I --from --to [--breakdown P [--top N]] [--where C]...`
int runTrendCommand(const QStringList& args);

} // namespace hc::cli
