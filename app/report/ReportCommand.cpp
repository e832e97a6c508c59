#include "app/report/ReportCommand.h"

#include "app/cli/AnalysisInputs.h"
#include "app/cli/CliExitCode.h"
#include "core/report/CsvWriter.h"
#include "core/report/XlsxWriter.h"
#include "ui/export/PdfReportWriter.h"

#include <QDir>
#include <QFileInfo>

namespace hc::cli {

namespace {

report::TableData tableOf(const report::PrintTable& t, const QString& name)
{
    report::TableData out;
    out.name = name;
    for (const QString& h : t.headers)
        out.columns.push_back({h, report::TableData::Kind::Text});
    for (const QStringList& r : t.rows)
        out.rows.emplace_back(r.begin(), r.end());
    return out;
}

std::vector<report::TableData> tablesOf(const report::ReportModel& m)
{
    std::vector<report::TableData> out{tableOf(m.kpis, QStringLiteral("kpis"))};
    report::TableData insights;
    insights.name = QStringLiteral("insights");
    insights.columns = {{QStringLiteral("rank"), report::TableData::Kind::Integer},
                        {QStringLiteral("type"), report::TableData::Kind::Text},
                        {QStringLiteral("title"), report::TableData::Kind::Text},
                        {QStringLiteral("significant"), report::TableData::Kind::Text},
                        {QStringLiteral("q_value"), report::TableData::Kind::Number},
                        {QStringLiteral("explanation"), report::TableData::Kind::Text}};
    int rank = 0;
    for (const auto& i : m.insights)
        insights.rows.push_back({++rank, insights::typeName(i.type), i.title,
                                 i.significant ? QStringLiteral("yes") : QStringLiteral("no"),
                                 i.qValue ? QVariant(*i.qValue) : QVariant(), i.explanation});
    out.push_back(insights);
    if (m.funnel)
        out.push_back(tableOf(*m.funnel, QStringLiteral("funnel")));
    if (!m.retention.rows.empty())
        out.push_back(tableOf(m.retention, QStringLiteral("retention")));
    return out;
}

Status writeTables(const report::ReportModel& m, const QString& csvDir, const QString& xlsx)
{
    const auto tables = tablesOf(m);
    if (!csvDir.isEmpty()) {
        if (!QDir().mkpath(csvDir))
            return makeError(Error::Code::Io, QStringLiteral("Cannot create the folder “%1”.").arg(csvDir));
        for (const auto& t : tables)
            if (Status s = report::CsvWriter::write(QDir(csvDir).filePath(t.name + QStringLiteral(".csv")), t); !s.ok())
                return s;
    }
    if (!xlsx.isEmpty())
        return report::XlsxWriter::write(xlsx, tables);
    return Done{};
}

} // namespace

int runReportCommand(const QStringList& args)
{
    CliSession session(
        QStringLiteral("report"),
        QStringLiteral("--db PATH --template daily|weekly|monthly [--to DATE] --pdf FILE "
                       "[--page-size a4|letter] [--sections LIST] [--csv-dir DIR] [--xlsx FILE] [--funnel A,B,C]"),
        QStringLiteral("A paginated PDF report of the period: key metrics, ranked insights with "
                       "their evidence, funnel, retention and the methodology."));
    auto& p = session.parser();
    p.addOption(
        {QStringLiteral("template"), QStringLiteral("daily, weekly (default) or monthly."), QStringLiteral("T")});
    AnalysisInputs::addRangeOptions(p); // --to is the last day; --from is not used
    session.addOptions(AnalysisInputs::whereSpecs());
    p.addOption({QStringLiteral("pdf"), QStringLiteral("The PDF file to write."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("page-size"), QStringLiteral("a4 (default) or letter."), QStringLiteral("SIZE")});
    p.addOption(
        {QStringLiteral("csv-dir"), QStringLiteral("Also write each table as CSV into DIR."), QStringLiteral("DIR")});
    p.addOption(
        {QStringLiteral("xlsx"), QStringLiteral("Also write the tables as one workbook."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("sections"),
                 QStringLiteral("The sections in order (default: kpis,insights,funnel,retention,methodology)."),
                 QStringLiteral("LIST")});
    p.addOption({QStringLiteral("funnel"), QStringLiteral("The funnel's steps (default: the common first steps)."),
                 QStringLiteral("A,B,C")});
    if (!session.parse(args))
        return session.exitCode();
    report::ReportOptions o;
    if (p.isSet(QStringLiteral("template")) && !report::templateFromName(p.value(QStringLiteral("template")), o.kind))
        return session.usageError(QStringLiteral("--template is daily, weekly or monthly"));
    const QString pdf = p.value(QStringLiteral("pdf"));
    if (pdf.isEmpty())
        return session.usageError(QStringLiteral("--pdf FILE is required"));
    const QString size = p.value(QStringLiteral("page-size")).toLower();
    if (!size.isEmpty() && size != QLatin1String("a4") && size != QLatin1String("letter"))
        return session.usageError(QStringLiteral("--page-size is a4 or letter"));
    if (p.isSet(QStringLiteral("from")))
        return session.usageError(QStringLiteral("the template sets the period: give --to, not --from"));
    if (p.isSet(QStringLiteral("to"))) {
        o.to = QDate::fromString(p.value(QStringLiteral("to")), Qt::ISODate);
        if (!o.to.isValid())
            return session.usageError(QStringLiteral("--to takes a day, YYYY-MM-DD"));
    }
    if (p.isSet(QStringLiteral("sections")))
        o.sections = p.value(QStringLiteral("sections")).split(u',', Qt::SkipEmptyParts);
    if (p.isSet(QStringLiteral("funnel")))
        o.funnelSteps = p.value(QStringLiteral("funnel")).split(u',', Qt::SkipEmptyParts);
    int code = 0;
    AnalysisInputs in;
    in.readPropertyKeys = true;
    const auto where = session.options(AnalysisInputs::whereSpecs()).conditions(QStringLiteral("where"));
    if (!where.ok())
        return session.usageError(where.error().message);
    in.filter = where.value();
    o.filter = p.values(QStringLiteral("where")).join(QStringLiteral("; "));
    if (!in.prepare(session, code, false))
        return code;
    o.properties = in.propertyKeys;
    o.workspaceName = QFileInfo(session.dbPath()).completeBaseName();
    const auto model = report::buildReport(*in.data, *in.calendar, o);
    if (!model.ok())
        return session.failOrUsage(model.error());
    const QPageSize::PageSizeId pageSize = size == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4;
    if (Status s = ui::PdfReportWriter::write(model.value(), pdf, pageSize); !s.ok())
        return session.fail(s.error());
    if (Status s = writeTables(model.value(), p.value(QStringLiteral("csv-dir")), p.value(QStringLiteral("xlsx")));
        !s.ok())
        return session.failOrUsage(s.error());
    if (session.json())
        session.printJson(QJsonObject{{QStringLiteral("pdf"), pdf},
                                      {QStringLiteral("template"), report::templateName(o.kind)},
                                      {QStringLiteral("from"), model.value().from.toString(Qt::ISODate)},
                                      {QStringLiteral("to"), model.value().to.toString(Qt::ISODate)},
                                      {QStringLiteral("insights"), int(model.value().insights.size())},
                                      {QStringLiteral("run"), model.value().runId}});
    return Success;
}

} // namespace hc::cli
