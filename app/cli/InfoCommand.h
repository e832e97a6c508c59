#pragma once

#include <QStringList>

namespace hc::cli {

// `info --db D`
int runInfoCommand(const QStringList& args);

} // namespace hc::cli
