#pragma once

#include <QStringList>

namespace hc::cli {

// `report --template daily|weekly|monthly [--to DATE] --pdf FILE [--page-size a4|letter]
// [--csv-dir DIR] [--xlsx FILE] [--funnel A,B,C]` (cli.md): the report as PDF, and its tables as
// CSV files or one workbook. Runs headless (the offscreen platform); needs hitcraft_ui.
int runReportCommand(const QStringList& args);

} // namespace hc::cli
