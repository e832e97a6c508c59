#include "ui/export/PdfReportWriter.h"

#include "ui/charts/ChartSupport.h"
#include "ui/charts/EvidenceChart.h"
#include "ui/export/PdfPageFlow.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QValueAxis>

#include <map>

namespace hc::ui {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::ui::PdfReportWriter", text); }

QString period(const report::ReportModel& m)
{
    const QLocale l;
    return m.from == m.to
               ? l.toString(m.from, QLocale::LongFormat)
               : tr("%1 – %2").arg(l.toString(m.from, QLocale::LongFormat), l.toString(m.to, QLocale::LongFormat));
}

void cover(PdfPageFlow& f, const report::ReportModel& m)
{
    const QLocale l;
    f.skip(f.pageHeight() * 0.25);
    f.paragraph(m.title, PdfPageFlow::Style::Cover);
    f.paragraph(m.workspaceName.isEmpty() ? tr("Workspace") : m.workspaceName, PdfPageFlow::Style::Heading);
    f.paragraph(period(m), PdfPageFlow::Style::Heading);
    f.skip(24);
    f.paragraph(tr("Compared with %1 – %2 · reporting time zone %3")
                    .arg(l.toString(m.compareFrom, QLocale::ShortFormat), l.toString(m.compareTo, QLocale::ShortFormat),
                         m.zone),
                PdfPageFlow::Style::Body);
    if (!m.filter.isEmpty())
        f.paragraph(tr("Filtered to events where %1").arg(m.filter), PdfPageFlow::Style::Body);
    f.paragraph(tr("Data through %1 (UTC), %2 events · HitCraft Analytics Workbench %3")
                    .arg(l.toString(m.dataThrough, QLocale::ShortFormat), l.toString(m.events), m.engineVersion),
                PdfPageFlow::Style::Small);
}

void insightsSection(PdfPageFlow& f, const report::ReportModel& m)
{
    f.section(tr("What stands out"));
    if (m.insights.empty()) {
        f.paragraph(
            tr("Nothing stands out: no finding survives the correction for the %1 scanned.").arg(m.insightsScanned),
            PdfPageFlow::Style::Body);
        return;
    }
    f.paragraph(tr("%1 findings were scanned; the most important are below, each with the statistic behind it. "
                   "\"Significant\" means it survives the correction for everything scanned; \"worth watching\" "
                   "means it does not yet.")
                    .arg(m.insightsScanned),
                PdfPageFlow::Style::Body);
    int rank = 0;
    for (const insights::Insight& i : m.insights) {
        f.keepTogether(140);
        f.paragraph(QStringLiteral("%1. %2").arg(++rank).arg(i.title), PdfPageFlow::Style::Subheading);
        f.paragraph(i.explanation, PdfPageFlow::Style::Body);
        for (const insights::Recommendation& r : i.recommendations)
            f.paragraph(QStringLiteral("→ ") + r.text, PdfPageFlow::Style::Body);
        QChart chart;
        if (EvidenceChart::draw(&chart, i.evidence))
            f.chart(&chart, 170);
        QChart drivers;
        if (EvidenceChart::drawDrivers(&drivers, i.evidence))
            f.chart(&drivers, 120);
    }
}

void funnelSection(PdfPageFlow& f, const report::ReportModel& m)
{
    if (!m.funnel)
        return;
    f.section(tr("Funnel"));
    f.table(*m.funnel);
    QChart chart;
    auto* series = new QBarSeries();
    auto* set = new QBarSet(tr("Converted from the first step (%)"));
    QStringList labels;
    for (size_t i = 0; i < m.funnelConversion.size(); ++i) {
        *set << 100 * m.funnelConversion[i];
        labels << m.funnelSteps.value(qsizetype(i));
    }
    series->append(set);
    chart.addSeries(series);
    auto* x = new QBarCategoryAxis();
    x->append(labels);
    auto* y = ChartSupport::valueAxis(tr("Users (% of the first step)"), 100, false);
    chart.addAxis(x, Qt::AlignBottom);
    chart.addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart.setTitle(tr("Conversion by step"));
    chart.legend()->setVisible(false);
    f.chart(&chart, 180);
}

void kpiSection(PdfPageFlow& f, const report::ReportModel& m)
{
    f.section(tr("Key metrics"));
    f.paragraph(tr("%1, against %2 – %3.")
                    .arg(period(m), QLocale().toString(m.compareFrom, QLocale::ShortFormat),
                         QLocale().toString(m.compareTo, QLocale::ShortFormat)),
                PdfPageFlow::Style::Body);
    f.table(m.kpis);
}

void retentionSection(PdfPageFlow& f, const report::ReportModel& m)
{
    if (m.retention.rows.empty())
        return;
    f.section(tr("Retention"));
    f.table(m.retention);
}

void methodologySection(PdfPageFlow& f, const report::ReportModel& m)
{
    f.section(tr("Methodology"));
    for (const QString& p : m.methodology)
        f.paragraph(p, PdfPageFlow::Style::Body);
}

void layout(PdfPageFlow& f, const report::ReportModel& m)
{
    cover(f, m);
    f.tableOfContents();
    const std::map<QString, void (*)(PdfPageFlow&, const report::ReportModel&)> kSections = {
        {QStringLiteral("kpis"), kpiSection},
        {QStringLiteral("insights"), insightsSection},
        {QStringLiteral("funnel"), funnelSection},
        {QStringLiteral("retention"), retentionSection},
        {QStringLiteral("methodology"), methodologySection}};
    for (const QString& section : m.sections)
        if (const auto it = kSections.find(section); it != kSections.end())
            it->second(f, m);
}

// QPdfWriter stamps the current time and a random id; the report's own date and a hash of its
// content take their place, in fields of the same length so every offset stays right.
QByteArray fixedBytes(QByteArray pdf, const report::ReportModel& m)
{
    const QByteArray stamp = m.dataThrough.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
    static const QRegularExpression kDate(QStringLiteral("\\(D:(\\d{14})"));
    QString text = QString::fromLatin1(pdf);
    auto it = kDate.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        pdf.replace(match.capturedStart(1), 14, stamp);
    }
    static const QRegularExpression kId(QStringLiteral("/ID \\[<([0-9a-fA-F]+)> <([0-9a-fA-F]+)>\\]"));
    const auto id = kId.match(text);
    if (id.hasMatch()) {
        const QByteArray digest =
            QCryptographicHash::hash(QByteArray(m.runId.toUtf8() + m.title.toUtf8()), QCryptographicHash::Md5).toHex();
        for (int g = 1; g <= 2; ++g)
            pdf.replace(id.capturedStart(g), id.capturedLength(g),
                        digest.left(id.capturedLength(g)).leftJustified(id.capturedLength(g), '0'));
    }
    return pdf;
}

} // namespace

Result<QByteArray> PdfReportWriter::render(const report::ReportModel& model, QPageSize::PageSizeId pageSize)
{
    PdfPageFlow::Plan plan; // what the first pass learns: the page of each section, the page count
    QByteArray bytes;
    for (int pass = 0; pass < 2; ++pass) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly | QIODevice::Truncate);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(pageSize));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(72); // one unit is one point
        writer.setTitle(model.title + QStringLiteral(" — ") + period(model));
        writer.setCreator(QStringLiteral("HitCraft Analytics Workbench"));
        writer.setDocumentXmpMetadata(QByteArray()); // none: it would carry the time of writing
        QPainter painter;
        if (!painter.begin(&writer))
            return makeError(Error::Code::Io, tr("The PDF could not be started."));
        PdfPageFlow flow(writer, painter, model.title + QStringLiteral(" · ") + period(model), plan);
        layout(flow, model);
        painter.end();
        plan = flow.plan();
    }
    return fixedBytes(bytes, model);
}

Status PdfReportWriter::write(const report::ReportModel& model, const QString& path, QPageSize::PageSizeId pageSize)
{
    auto bytes = render(model, pageSize);
    if (!bytes.ok())
        return bytes.error();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes.value()) != bytes.value().size() || !f.commit())
        return makeError(Error::Code::Io, tr("Cannot write “%1”: %2. Nothing was written under that name.")
                                              .arg(QDir::toNativeSeparators(path), f.errorString()));
    return Done{};
}

} // namespace hc::ui
