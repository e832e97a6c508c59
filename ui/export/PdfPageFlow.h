#pragma once

#include "core/report/ReportModel.h"

#include <QFont>
#include <QList>
#include <QPair>
#include <QString>

class QChart;
class QPainter;
class QPdfWriter;

namespace hc::ui {

// Lays a report out top to bottom on PDF pages, breaking pages where the next block would not
// fit: paragraphs, section headings (each section on a new page, listed in the contents), tables
// whose header repeats on every page they span, and charts. A first pass learns where sections
// fall and how many pages there are; the second draws the contents and "page N of M" from it.
class PdfPageFlow {
public:
    enum class Style { Cover, Heading, Subheading, Body, Small };
    struct Plan {
        QList<QPair<QString, int>> sections; // title, page
        int pages = 0;
    };

    PdfPageFlow(QPdfWriter& writer, QPainter& painter, QString runningTitle, Plan previous);

    double pageHeight() const { return m_height; }
    void skip(double points) { m_y += points; }
    void paragraph(const QString& text, Style style);
    void section(const QString& title);
    // Starts a new page unless `points` still fit on this one.
    void keepTogether(double points);
    void table(const report::PrintTable& table);
    void chart(QChart* chart, double height);
    void tableOfContents();
    Plan plan() const;

private:
    void newPage();
    void decorate();
    QFont font(Style style) const;
    double bottom() const { return m_height - kBottomMargin; }
    void tableHeader(const report::PrintTable& t, const std::vector<double>& widths, double rowHeight);
    void tableRow(const report::PrintTable& t, size_t row, const std::vector<double>& widths, double rowHeight);

    static constexpr double kSideMargin = 54;
    static constexpr double kTopMargin = 64;
    static constexpr double kBottomMargin = 60;

    QPdfWriter& m_writer;
    QPainter& m_painter;
    QString m_running;
    Plan m_previous;
    Plan m_plan;
    double m_width = 0;
    double m_height = 0;
    double m_y = 0;
    int m_page = 1;
};

} // namespace hc::ui
