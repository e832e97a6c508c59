#pragma once

#include <QStringList>

namespace hc::cli {

// `demo --db D [--users N] [--days N] [--seed S] [--end YYYY-MM-DD]`
int runDemoCommand(const QStringList& args);

} // namespace hc::cli
