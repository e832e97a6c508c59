#pragma once

#include <QStringList>

namespace hc::cli {

// `sessions`, `segment` and `paths`: the exploration commands documented in README.md.
int runSessionsCommand(const QStringList& args);
int runSegmentCommand(const QStringList& args);
int runPathsCommand(const QStringList& args);

} // namespace hc::cli
