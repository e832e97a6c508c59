#pragma once

#include <QStringList>

namespace hc::cli {

// `insights` (a ranked, stored run of every insight generator; stored runs listed, reopened and
// regenerated; statuses set) and `why` (a metric's change between two periods decomposed over
// property values), as cli.md describes them.
int runInsightsCommand(const QStringList& args);
int runWhyCommand(const QStringList& args);

} // namespace hc::cli
