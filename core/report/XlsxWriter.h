#pragma once

#include "core/report/TableData.h"
#include "core/util/Result.h"
#include "core/util/TaskContext.h"

#include <vector>

namespace hc::report {

// Excel workbooks through libxlsxwriter: one sheet per table, numbers as numbers, days as dates
// (yyyy-mm-dd), a bold frozen header row with an autofilter. Written to a temporary file beside
// the requested one and moved into place only when complete, so a failed or cancelled export
// leaves nothing under that name. A table over Excel's 1,048,575 data rows is refused (CSV has no
// limit).
class XlsxWriter {
public:
    static Status write(const QString& path, const std::vector<TableData>& tables,
                        TaskContext& context = TaskContext::none());
    // A sheet name Excel accepts: at most 31 characters, none of []:*?/\, not empty.
    static QString sheetName(const QString& name);
};

} // namespace hc::report
