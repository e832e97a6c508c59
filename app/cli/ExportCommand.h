#pragma once

#include <QStringList>

namespace hc::cli {

// `export QUERY-COMMAND … --csv FILE | --xlsx FILE [--table KEY] [--bom]`: runs any analysis
// command and writes its table(s) instead of JSON (cli.md).
int runExportCommand(const QStringList& args);

} // namespace hc::cli
