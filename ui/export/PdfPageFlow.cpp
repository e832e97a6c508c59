#include "ui/export/PdfPageFlow.h"

#include "ui/Assets.h"

#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace hc::ui {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::ui::PdfPageFlow", text); }

// resources/reports/pdf-style.json
const Assets::PdfStyle& look() { return Assets::pdfStyle(); }

} // namespace

PdfPageFlow::PdfPageFlow(QPdfWriter& writer, QPainter& painter, QString runningTitle, Plan previous)
    : m_writer(writer), m_painter(painter), m_running(std::move(runningTitle)), m_previous(std::move(previous))
{
    m_width = writer.width();
    m_height = writer.height();
    m_y = kTopMargin;
}

QFont PdfPageFlow::font(Style kind) const
{
    const Assets::PdfStyle& s = look();
    QFont f(s.font);
    switch (kind) {
    case Style::Cover:
        f.setPointSizeF(s.cover);
        f.setBold(true);
        break;
    case Style::Heading:
        f.setPointSizeF(s.heading);
        f.setBold(true);
        break;
    case Style::Subheading:
        f.setPointSizeF(s.subheading);
        f.setBold(true);
        break;
    case Style::Body:
        f.setPointSizeF(s.body);
        break;
    case Style::Small:
        f.setPointSizeF(s.small);
        break;
    }
    return f;
}

void PdfPageFlow::newPage()
{
    m_writer.newPage();
    ++m_page;
    m_y = kTopMargin;
    decorate();
}

void PdfPageFlow::decorate()
{
    m_painter.save();
    m_painter.setFont(font(Style::Small));
    m_painter.setPen(look().muted);
    m_painter.drawText(QRectF(kSideMargin, 30, m_width - 2 * kSideMargin, 14), Qt::AlignLeft | Qt::AlignVCenter,
                       m_running);
    m_painter.setPen(look().rule);
    m_painter.drawLine(QPointF(kSideMargin, 46), QPointF(m_width - kSideMargin, 46));
    m_painter.setPen(look().muted);
    const QString number =
        m_previous.pages > 0 ? tr("Page %1 of %2").arg(m_page).arg(m_previous.pages) : tr("Page %1").arg(m_page);
    m_painter.drawText(QRectF(kSideMargin, m_height - 40, m_width - 2 * kSideMargin, 14), Qt::AlignCenter, number);
    m_painter.restore();
}

void PdfPageFlow::keepTogether(double points)
{
    if (m_y + points > bottom())
        newPage();
}

void PdfPageFlow::paragraph(const QString& text, Style style)
{
    m_painter.setFont(font(style));
    const double width = m_width - 2 * kSideMargin;
    const QRectF needed = m_painter.boundingRect(QRectF(kSideMargin, 0, width, 1e6), Qt::TextWordWrap, text);
    keepTogether(needed.height());
    m_painter.setPen(style == Style::Small ? look().muted : look().ink);
    m_painter.drawText(QRectF(kSideMargin, m_y, width, needed.height()), Qt::TextWordWrap, text);
    m_y += needed.height() + (style == Style::Body || style == Style::Small ? 6 : 10);
}

void PdfPageFlow::section(const QString& title)
{
    newPage();
    m_plan.sections.append({title, m_page});
    paragraph(title, Style::Heading);
}

void PdfPageFlow::tableOfContents()
{
    newPage();
    paragraph(tr("Contents"), Style::Heading);
    m_painter.setFont(font(Style::Body));
    const double width = m_width - 2 * kSideMargin;
    for (const auto& [title, page] : m_previous.sections) {
        m_painter.setPen(look().ink);
        m_painter.drawText(QRectF(kSideMargin, m_y, width, 16), Qt::AlignLeft | Qt::AlignVCenter, title);
        m_painter.drawText(QRectF(kSideMargin, m_y, width, 16), Qt::AlignRight | Qt::AlignVCenter,
                           QString::number(page));
        m_painter.setPen(QPen(look().rule, 0.5, Qt::DotLine));
        m_painter.drawLine(QPointF(kSideMargin, m_y + 14), QPointF(kSideMargin + width, m_y + 14));
        m_y += 20;
    }
}

void PdfPageFlow::tableHeader(const report::PrintTable& t, const std::vector<double>& widths, double rowHeight)
{
    QFont bold = font(Style::Small);
    bold.setBold(true);
    m_painter.setFont(bold);
    double x = kSideMargin;
    m_painter.fillRect(QRectF(kSideMargin, m_y, m_width - 2 * kSideMargin, rowHeight), look().headerFill);
    m_painter.setPen(look().ink);
    for (size_t c = 0; c < widths.size(); ++c) {
        const Qt::Alignment align = (t.numeric[c] ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
        m_painter.drawText(QRectF(x + 4, m_y, widths[c] - 8, rowHeight), align, t.headers[qsizetype(c)]);
        x += widths[c];
    }
    m_y += rowHeight;
}

void PdfPageFlow::tableRow(const report::PrintTable& t, size_t row, const std::vector<double>& widths, double rowHeight)
{
    m_painter.setFont(font(Style::Small));
    double x = kSideMargin;
    for (size_t c = 0; c < widths.size(); ++c) {
        const double shade = row < t.shade.size() && c < t.shade[row].size() ? t.shade[row][c] : -1;
        if (shade >= 0) // a light-to-mid blue ramp: dark text stays readable on every step
            m_painter.fillRect(QRectF(x, m_y, widths[c], rowHeight), QColor::fromHsvF(0.58, 0.08 + 0.5 * shade, 1.0));
        m_painter.setPen(look().ink);
        const Qt::Alignment align = (t.numeric[c] ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
        m_painter.drawText(QRectF(x + 4, m_y, widths[c] - 8, rowHeight), align, t.rows[row].value(qsizetype(c)));
        x += widths[c];
    }
    m_painter.setPen(QPen(look().rule, 0.5));
    m_painter.drawLine(QPointF(kSideMargin, m_y + rowHeight), QPointF(m_width - kSideMargin, m_y + rowHeight));
    m_y += rowHeight;
}

void PdfPageFlow::table(const report::PrintTable& t)
{
    if (!t.title.isEmpty()) {
        keepTogether(80); // a title never ends a page on its own
        paragraph(t.title, Style::Subheading);
    }
    QFont bold = font(Style::Small);
    bold.setBold(true);
    const QFontMetricsF metrics(bold, &m_writer);
    std::vector<double> widths(size_t(t.headers.size()), 0);
    for (size_t c = 0; c < widths.size(); ++c) {
        widths[c] = metrics.horizontalAdvance(t.headers[qsizetype(c)]) + 12;
        for (const QStringList& r : t.rows)
            widths[c] = std::max(widths[c], metrics.horizontalAdvance(r.value(qsizetype(c))) + 12);
    }
    const double available = m_width - 2 * kSideMargin;
    double total = 0;
    for (double w : widths)
        total += w;
    for (double& w : widths) // fill the width, or shrink to it, keeping the proportions
        w *= available / std::max(1.0, total);
    const double rowHeight = metrics.height() + 7;
    keepTogether(3 * rowHeight);
    tableHeader(t, widths, rowHeight);
    for (size_t r = 0; r < t.rows.size(); ++r) {
        if (m_y + rowHeight > bottom()) {
            newPage();
            tableHeader(t, widths, rowHeight); // the header again on every page the table spans
        }
        tableRow(t, r, widths, rowHeight);
    }
    m_y += 12;
}

void PdfPageFlow::chart(QChart* chart, double height)
{
    keepTogether(height);
    const double width = m_width - 2 * kSideMargin;
    // Laid out at a screen-like size, then scaled onto the page: the views' fonts and proportions.
    const QSizeF logical(760, 760 * height / width);
    chart->setTheme(QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), logical));
    if (chart->layout())
        chart->layout()->activate();
    QCoreApplication::sendPostedEvents();
    scene.setSceneRect(QRectF(QPointF(0, 0), logical));
    scene.render(&m_painter, QRectF(kSideMargin, m_y, width, height), scene.sceneRect());
    scene.removeItem(chart); // the caller owns it
    m_y += height + 10;
}

PdfPageFlow::Plan PdfPageFlow::plan() const
{
    Plan p = m_plan;
    p.pages = m_page;
    return p;
}

} // namespace hc::ui
