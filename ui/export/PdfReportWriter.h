#pragma once

#include "core/report/ReportModel.h"
#include "core/util/Result.h"

#include <QPageSize>

namespace hc::ui {

// A report as a paginated PDF, drawn with QPainter on QPdfWriter: a cover, a table of contents,
// the key metrics, the ranked insights with their evidence charts (drawn by the views' chart
// code, as vectors), the funnel and retention sections and the methodology appendix; a running
// header and "page N of M" on every page but the cover, tables split across pages with their
// header repeated. Fonts are embedded by Qt. The file's dates and id come from the report's data
// snapshot, so the same report gives the same bytes. Written to a temporary file first: nothing
// is left under the name on failure. Needs a QApplication (offscreen is fine).
class PdfReportWriter {
public:
    static Status write(const report::ReportModel& model, const QString& path,
                        QPageSize::PageSizeId pageSize = QPageSize::A4);
    // The same bytes, in memory (for tests and previews).
    static Result<QByteArray> render(const report::ReportModel& model, QPageSize::PageSizeId pageSize);
};

} // namespace hc::ui
