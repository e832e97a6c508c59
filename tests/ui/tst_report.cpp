// PDF reports: the text of the PDF holds the KPI values the kpis command gives for the same
// period and the titles of the top insights; A4 and Letter pages; a table longer than a page
// repeats its header; the same input gives the same bytes; and the CLI writes the PDF with its
// tables, refusing an unwritable path without leaving a file.
#include "core/analysis/AnalysisSnapshot.h"
#include "core/analysis/engine/Kpis.h"
#include "core/report/ReportModel.h"
#include "core/util/NumberFormat.h"
#include "tests/support/EventFixture.h"
#include "ui/export/PdfReportWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace hc;

class TestReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pdfTextHoldsTheKpisAndTopInsights();
    void pageSizes();
    void longTablesRepeatTheirHeader();
    void sameInputSameBytes();
    void cliWritesReportAndTables();

private:
    QString pdfText(const QString& path, int page = 0);
    QString pdfInfo(const QString& path);
    report::ReportModel model(report::ReportTemplate kind);

    QTemporaryDir m_dir;
    QString m_path;
    std::shared_ptr<const dataset::Dataset> m_data;
    std::shared_ptr<const analysis::ReportingCalendar> m_calendar;
    QStringList m_properties;
};

void TestReport::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("demo.hcw"));
    QVERIFY(test::writeDemoWorkspace(m_path, 4000, 100));
    const test::LoadedWorkspace loaded = test::loadWorkspace(m_path);
    QVERIFY(loaded.data);
    m_data = loaded.data;
    m_calendar = loaded.calendar;
    m_properties = loaded.propertyKeys;
}

report::ReportModel TestReport::model(report::ReportTemplate kind)
{
    report::ReportOptions o;
    o.kind = kind;
    o.properties = m_properties;
    o.workspaceName = QStringLiteral("demo");
    auto m = report::buildReport(*m_data, *m_calendar, o);
    if (!m.ok())
        qFatal("report failed: %s", qPrintable(m.error().message));
    return m.value();
}

QString TestReport::pdfText(const QString& path, int page)
{
    QProcess p;
    QStringList args;
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    p.start(QStringLiteral("pdftotext"), args << path << QStringLiteral("-"));
    p.waitForFinished(30000);
    // Lines wrap where the layout wrapped them: compare with whitespace collapsed.
    return QString::fromUtf8(p.readAllStandardOutput())
        .replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

QString TestReport::pdfInfo(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

void TestReport::pdfTextHoldsTheKpisAndTopInsights()
{
    const report::ReportModel m = model(report::ReportTemplate::Weekly);
    const QString path = m_dir.filePath(QStringLiteral("weekly.pdf"));
    QVERIFY(ui::PdfReportWriter::write(m, path).ok());
    const QString text = pdfText(path);
    // The kpis command for the same period, formatted here as people read numbers.
    QProcess cli;
    cli.start(qEnvironmentVariable("HC_CLI"),
              {QStringLiteral("kpis"), QStringLiteral("--db"), m_path, QStringLiteral("--from"),
               m.from.toString(Qt::ISODate), QStringLiteral("--to"), m.to.toString(Qt::ISODate),
               QStringLiteral("--json")});
    QVERIFY(cli.waitForFinished(60000));
    const QJsonObject kpis = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    int checked = 0;
    for (const QJsonValue v : kpis.value(QStringLiteral("kpis")).toArray()) {
        const QJsonObject k = v.toObject();
        const QString id = k.value(QStringLiteral("id")).toString();
        if (id == QLatin1String("events") || id == QLatin1String("users") || id == QLatin1String("new_users")
            || id == QLatin1String("sessions")) {
            const QString value = NumberFormat::count(k.value(QStringLiteral("value")).toDouble());
            QVERIFY2(text.contains(value), qPrintable(id + QStringLiteral(" ") + value));
            ++checked;
        }
    }
    QCOMPARE(checked, 4);
    QVERIFY(!m.insights.empty());
    for (size_t i = 0; i < std::min<size_t>(3, m.insights.size()); ++i)
        QVERIFY2(text.contains(m.insights[i].title.simplified()), qPrintable(m.insights[i].title));
    for (const char* section : {"Contents", "Key metrics", "What stands out", "Funnel", "Retention", "Methodology"})
        QVERIFY2(text.contains(QLatin1String(section)), section);
    QVERIFY(text.contains(QStringLiteral("Page 2 of")));
}

void TestReport::pageSizes()
{
    const report::ReportModel m = model(report::ReportTemplate::Daily);
    const QString a4 = m_dir.filePath(QStringLiteral("a4.pdf")), letter = m_dir.filePath(QStringLiteral("letter.pdf"));
    QVERIFY(ui::PdfReportWriter::write(m, a4, QPageSize::A4).ok());
    QVERIFY(ui::PdfReportWriter::write(m, letter, QPageSize::Letter).ok());
    QVERIFY(pdfInfo(a4).contains(QStringLiteral("595 x 842 pts (A4)")));
    QVERIFY(pdfInfo(letter).contains(QStringLiteral("612 x 792 pts (letter)")));
    const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    const int count = pages.match(pdfInfo(a4)).captured(1).toInt();
    QVERIFY(count >= 5); // cover, contents and a page per section
    QVERIFY(pdfText(a4).contains(QStringLiteral("Page %1 of %1").arg(count)));
}

void TestReport::longTablesRepeatTheirHeader()
{
    report::ReportModel m = model(report::ReportTemplate::Weekly);
    m.retention.rows.clear();
    m.retention.shade.clear();
    for (int r = 0; r < 150; ++r) {
        QStringList row{QStringLiteral("cohort-%1").arg(r, 3, 10, QLatin1Char('0')), QStringLiteral("100")};
        for (int p = 2; p < m.retention.headers.size(); ++p)
            row << QStringLiteral("50%");
        m.retention.rows.push_back(row);
    }
    const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
    QVERIFY(ui::PdfReportWriter::write(m, path).ok());
    const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    const int count = pages.match(pdfInfo(path)).captured(1).toInt();
    int pagesWithRows = 0;
    for (int page = 1; page <= count; ++page) {
        const QString text = pdfText(path, page);
        if (!text.contains(QStringLiteral("cohort-")))
            continue;
        ++pagesWithRows;
        QVERIFY2(text.contains(QStringLiteral("Cohort Users")), qPrintable(QString::number(page))); // the header
    }
    QVERIFY(pagesWithRows >= 3);
    QVERIFY(pdfText(path).contains(QStringLiteral("cohort-149")));
}

void TestReport::sameInputSameBytes()
{
    const report::ReportModel m = model(report::ReportTemplate::Monthly);
    const auto first = ui::PdfReportWriter::render(m, QPageSize::A4);
    const auto second = ui::PdfReportWriter::render(m, QPageSize::A4);
    QVERIFY(first.ok() && second.ok());
    QVERIFY(first.value().startsWith("%PDF-"));
    QCOMPARE(first.value(), second.value());
}

void TestReport::cliWritesReportAndTables()
{
    const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
    const QString csvDir = m_dir.filePath(QStringLiteral("tables"));
    QProcess cli;
    cli.start(qEnvironmentVariable("HC_CLI"),
              {QStringLiteral("report"), QStringLiteral("--db"), m_path, QStringLiteral("--template"),
               QStringLiteral("daily"), QStringLiteral("--pdf"), pdf, QStringLiteral("--page-size"),
               QStringLiteral("letter"), QStringLiteral("--csv-dir"), csvDir, QStringLiteral("--json")});
    QVERIFY(cli.waitForFinished(120000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QVERIFY(pdfInfo(pdf).contains(QStringLiteral("(letter)")));
    for (const char* table : {"kpis.csv", "insights.csv", "funnel.csv", "retention.csv"})
        QVERIFY2(QFile::exists(csvDir + u'/' + QLatin1String(table)), table);
    // The filter in force is applied and said on the cover.
    const QString filtered = m_dir.filePath(QStringLiteral("web.pdf"));
    QProcess web;
    web.start(qEnvironmentVariable("HC_CLI"),
              {QStringLiteral("report"), QStringLiteral("--db"), m_path, QStringLiteral("--template"),
               QStringLiteral("weekly"), QStringLiteral("--where"), QStringLiteral("platform=web"),
               QStringLiteral("--pdf"), filtered});
    QVERIFY(web.waitForFinished(120000));
    QCOMPARE(web.exitCode(), 0);
    const QString webText = pdfText(filtered);
    QVERIFY(webText.contains(QStringLiteral("Filtered to events where platform=web")));
    QProcess kpis;
    kpis.start(qEnvironmentVariable("HC_CLI"),
               {QStringLiteral("kpis"), QStringLiteral("--db"), m_path, QStringLiteral("--from"),
                QStringLiteral("2026-11-24"), QStringLiteral("--to"), QStringLiteral("2026-11-30"),
                QStringLiteral("--where"), QStringLiteral("platform=web"), QStringLiteral("--json")});
    QVERIFY(kpis.waitForFinished(60000));
    const QJsonArray rows = QJsonDocument::fromJson(kpis.readAllStandardOutput()).object().value("kpis").toArray();
    QVERIFY(!rows.isEmpty());
    QVERIFY(webText.contains(QStringLiteral("Events ")
                             + NumberFormat::count(rows[0].toObject().value("value").toDouble())));
    QProcess bad;
    const QString unwritable = m_dir.filePath(QStringLiteral("no/such/dir/r.pdf"));
    bad.start(qEnvironmentVariable("HC_CLI"),
              {QStringLiteral("report"), QStringLiteral("--db"), m_path, QStringLiteral("--pdf"), unwritable});
    QVERIFY(bad.waitForFinished(120000));
    QCOMPARE(bad.exitCode(), 1);
    QVERIFY(bad.readAllStandardError().contains("r.pdf"));
    QVERIFY(!QFile::exists(unwritable));
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
