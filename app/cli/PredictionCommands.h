#pragma once

#include <QStringList>

namespace hc::cli {

// `predict churn|conversion|value` and `cluster`: per-user models on the feature table of
// core/predict, as cli.md describes them.
int runPredictCommand(const QStringList& args);
int runClusterCommand(const QStringList& args);

} // namespace hc::cli
