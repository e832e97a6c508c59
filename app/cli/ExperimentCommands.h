#pragma once

#include <QStringList>

namespace hc::cli {

// `experiment` (variants of a property against a goal) and `attribution` (a goal's credit across
// the values of a touchpoint property), as cli.md describes them.
int runExperimentCommand(const QStringList& args);
int runAttributionCommand(const QStringList& args);

} // namespace hc::cli
