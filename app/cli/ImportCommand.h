#pragma once

#include <QStringList>

namespace hc::cli {

// `import --db D FILE [--format mixpanel-jsonl|csv]`
int runImportCommand(const QStringList& args);

} // namespace hc::cli
