// Exports: CSV read back by a strict RFC 4180 reader gives the same values, every formula prefix is
// neutralised, numbers ignore the locale; XLSX cells hold numbers and dates (read from the sheet
// XML); JSON results become tables; and an unwritable path, a full disk or a cancel leaves nothing
// under the requested name.
#include "core/report/CsvWriter.h"
#include "core/report/EventExport.h"
#include "core/report/JsonTables.h"
#include "core/report/XlsxWriter.h"
#include "tests/support/EventFixture.h"

#include <QDate>
#include <QDir>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace hc;
using report::TableData;

class TestExports : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void csvRoundTripsThroughStrictReader();
    void formulaPrefixesAreNeutralised_data();
    void formulaPrefixesAreNeutralised();
    void numbersIgnoreTheLocale();
    void byteOrderMarkOnRequest();
    void xlsxHoldsNumbersAndDates();
    void jsonResultsBecomeTables();
    void unwritablePathLeavesNothing();
    void fullDiskLeavesNothing();
    void cancelledExportLeavesNothing();
    void allSelectedEventsStream();
    void newestSelectedEventsAreTheNewest();

private:
    QTemporaryDir m_dir;
};

namespace {

// RFC 4180, strictly: CRLF records, fields quoted or not, quotes only doubled inside quoted fields.
// Returns false on anything else.
bool parseCsv(const QByteArray& bytes, QList<QStringList>& records)
{
    const QString text = QString::fromUtf8(bytes);
    QStringList record;
    QString field;
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        if (text[i] == u'"') {
            ++i;
            for (;;) {
                if (i >= n)
                    return false; // unterminated quote
                if (text[i] == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
        } else {
            while (i < n && text[i] != u',' && text[i] != u'\r') {
                if (text[i] == u'"' || text[i] == u'\n')
                    return false; // a quote or bare LF in an unquoted field
                field += text[i++];
            }
        }
        record << field;
        field.clear();
        if (i < n && text[i] == u',') {
            ++i;
            continue;
        }
        if (i + 1 >= n || text[i] != u'\r' || text[i + 1] != u'\n')
            return false; // records end in CRLF
        i += 2;
        records << record;
        record.clear();
    }
    return true;
}

TableData sample()
{
    TableData t;
    t.name = QStringLiteral("Sample");
    t.columns = {{QStringLiteral("name"), TableData::Kind::Text},
                 {QStringLiteral("users"), TableData::Kind::Integer},
                 {QStringLiteral("rate"), TableData::Kind::Number},
                 {QStringLiteral("day"), TableData::Kind::Date}};
    t.rows = {{QStringLiteral("plain"), 1234567, 0.125, QDate(2026, 11, 30)},
              {QStringLiteral("comma, and \"quotes\""), 0, 1.0 / 3, QDate(2026, 1, 2)},
              {QStringLiteral("line\r\nbreak and ünïcödé"), -5, -2.5e-7, QVariant()},
              {QString(), QVariant(), QVariant(), QDate(2000, 2, 29)}};
    return t;
}

} // namespace

void TestExports::csvRoundTripsThroughStrictReader()
{
    const QString path = m_dir.filePath(QStringLiteral("round.csv"));
    QVERIFY(report::CsvWriter::write(path, sample()).ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QList<QStringList> records;
    QVERIFY(parseCsv(f.readAll(), records));
    QCOMPARE(records.size(), 5);
    QCOMPARE(records[0], QStringList({"name", "users", "rate", "day"}));
    QCOMPARE(records[1], QStringList({"plain", "1234567", "0.125", "2026-11-30"}));
    QCOMPARE(records[2][0], QStringLiteral("comma, and \"quotes\""));
    QCOMPARE(records[2][2].toDouble(), 1.0 / 3); // shortest text that reads back exactly
    QCOMPARE(records[3][0], QStringLiteral("line\r\nbreak and ünïcödé"));
    QCOMPARE(records[3][1], QStringLiteral("-5")); // a number is never "neutralised"
    QCOMPARE(records[3][2].toDouble(), -2.5e-7);
    QCOMPARE(records[3][3], QString());
    QCOMPARE(records[4], QStringList({"", "", "", "2000-02-29"}));
}

void TestExports::formulaPrefixesAreNeutralised_data()
{
    QTest::addColumn<QString>("text");
    for (const char* t : {"=SUM(A1:A9)", "+1+2", "-2+3", "@SUM(1)", "\tcmd", "\rcmd", "=HYPERLINK(\"x\")"})
        QTest::newRow(t) << QString::fromLatin1(t);
}

void TestExports::formulaPrefixesAreNeutralised()
{
    QFETCH(QString, text);
    const QString written = report::CsvWriter::field(text, TableData::Kind::Text);
    QList<QStringList> records;
    QVERIFY(parseCsv((written + QStringLiteral("\r\n")).toUtf8(), records));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0][0], QStringLiteral("'") + text); // the apostrophe makes it text in every spreadsheet
}

void TestExports::numbersIgnoreTheLocale()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString text = report::CsvWriter::field(1234.5, TableData::Kind::Number);
    QLocale::setDefault(before);
    QCOMPARE(text, QStringLiteral("1234.5"));
}

void TestExports::byteOrderMarkOnRequest()
{
    const QString path = m_dir.filePath(QStringLiteral("bom.csv"));
    QVERIFY(report::CsvWriter::write(path, sample(), report::CsvOptions{true}).ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("\xEF\xBB\xBFname,users"));
}

void TestExports::xlsxHoldsNumbersAndDates()
{
    const QString path = m_dir.filePath(QStringLiteral("book.xlsx"));
    TableData second = sample();
    second.name = QStringLiteral("a/b:c*d?[long name over thirty-one characters]");
    QVERIFY(report::XlsxWriter::write(path, {sample(), second}).ok());
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    // An .xlsx is a zip of XML parts; python3's zipfile reads the first sheet.
    QProcess unzip;
    unzip.start(QStringLiteral("python3"), {QStringLiteral("-c"),
                                            QStringLiteral("import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); "
                                                           "print(z.read('xl/worksheets/sheet1.xml').decode()); "
                                                           "print(z.read('xl/workbook.xml').decode())"),
                                            path});
    QVERIFY(unzip.waitForFinished(30000));
    QCOMPARE(unzip.exitCode(), 0);
    const QString xml = QString::fromUtf8(unzip.readAllStandardOutput());
    // B2 is the number 1234567, not text; C2 0.125; D2 the date 2026-11-30 as Excel's day serial
    // 46356 (days since 1899-12-30) with a date format.
    QVERIFY2(xml.contains(QStringLiteral("<c r=\"B2\"><v>1234567</v></c>")), qPrintable(xml.left(2000)));
    QVERIFY(xml.contains(QStringLiteral("<c r=\"C2\"><v>0.125</v></c>")));
    QVERIFY(QRegularExpression(QStringLiteral("<c r=\"D2\" s=\"\\d+\"><v>46356</v></c>")).match(xml).hasMatch());
    QVERIFY(xml.contains(QStringLiteral("<pane ySplit=\"1\"")));        // frozen header
    QVERIFY(xml.contains(QStringLiteral("<autoFilter ref=\"A1:D5\""))); // filter on the header
    QVERIFY(xml.contains(QStringLiteral("name=\"Sample\"")));
    QVERIFY(xml.contains(QStringLiteral("name=\"a_b_c_d__long name over thirty-\""))); // 31 characters
}

void TestExports::jsonResultsBecomeTables()
{
    const QJsonObject doc = QJsonDocument::fromJson(R"({"method":"m","series":[
        {"label":"a","points":[{"t":"2026-11-01","value":1},{"t":"2026-11-02","value":2.5}]},
        {"label":"b","points":[{"t":"2026-11-01","value":3}]}],
        "srm":{"p_value":0.2},"tags":["x","y"]})")
                                .object();
    const auto tables = report::tablesFromJson(doc);
    QCOMPARE(tables.size(), size_t(1));
    const TableData& t = tables[0];
    QCOMPARE(t.name, QStringLiteral("series"));
    QCOMPARE(t.columns.size(), size_t(3));
    QCOMPARE(t.columns[0].name, QStringLiteral("label"));
    QCOMPARE(t.columns[1].name, QStringLiteral("t"));
    QCOMPARE(t.columns[1].kind, TableData::Kind::Date);
    QCOMPARE(t.columns[2].kind, TableData::Kind::Number);
    QCOMPARE(t.rows.size(), size_t(3)); // one row per point, beside its series' label
    QCOMPARE(t.rows[2][0].toString(), QStringLiteral("b"));
    QCOMPARE(t.rows[1][2].toDouble(), 2.5);
    QCOMPARE(report::primaryTable(tables)->name, QStringLiteral("series"));
    // Without arrays the scalars make one row; nested objects are dotted, scalar arrays joined.
    const auto single =
        report::tablesFromJson(QJsonDocument::fromJson(R"({"n":3,"srm":{"p_value":0.2},"tags":["x","y"]})").object());
    QCOMPARE(single[0].name, QStringLiteral("result"));
    QCOMPARE(single[0].rows.size(), size_t(1));
    QStringList names;
    for (const auto& c : single[0].columns)
        names << c.name;
    QCOMPARE(names, QStringList({"n", "srm.p_value", "tags"}));
    QCOMPARE(single[0].rows[0][2].toString(), QStringLiteral("x; y"));
}

void TestExports::unwritablePathLeavesNothing()
{
    const QString missing = m_dir.filePath(QStringLiteral("no/such/dir/out.csv"));
    const Status csv = report::CsvWriter::write(missing, sample());
    QVERIFY(!csv.ok());
    QVERIFY(csv.error().message.contains(QStringLiteral("out.csv")));
    QCOMPARE(csv.error().code, Error::Code::Io);
    QVERIFY(!report::XlsxWriter::write(m_dir.filePath(QStringLiteral("no/such/dir/out.xlsx")), {sample()}).ok());
}

void TestExports::fullDiskLeavesNothing()
{
    if (::geteuid() != 0)
        QSKIP("a full disk is simulated with a tiny tmpfs, which needs root");
    const QString dir = m_dir.filePath(QStringLiteral("tiny"));
    QDir().mkpath(dir);
    QProcess mount;
    mount.start(QStringLiteral("mount"), {"-t", "tmpfs", "-o", "size=64k", "tmpfs", dir});
    QVERIFY(mount.waitForFinished(10000) && mount.exitCode() == 0);
    TableData big = sample();
    for (int i = 0; i < 20000; ++i)
        big.rows.push_back({QStringLiteral("row %1 with some text to fill the disk").arg(i), i, i * 0.5,
                            QDate(2026, 1, 1).addDays(i % 300)});
    const QString csvPath = dir + QStringLiteral("/big.csv");
    const Status csv = report::CsvWriter::write(csvPath, big);
    const Status xlsx = report::XlsxWriter::write(dir + QStringLiteral("/big.xlsx"), {big});
    const QStringList left = QDir(dir).entryList(QDir::Files | QDir::Hidden);
    QProcess umount;
    umount.start(QStringLiteral("umount"), {dir});
    umount.waitForFinished(10000);
    QVERIFY(!csv.ok());
    QVERIFY(csv.error().message.contains(QStringLiteral("big.csv")));
    QVERIFY(!xlsx.ok());
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u' '))); // neither a file nor a temporary one
}

void TestExports::cancelledExportLeavesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("an earlier export\r\n");
    old.close();
    TableData big = sample();
    for (int i = 0; i < 5000; ++i)
        big.rows.push_back({QStringLiteral("r"), i, 0.5, QVariant()});
    TaskContext cancelled({}, [] { return true; });
    const Status s = report::CsvWriter::write(path, big, {}, cancelled);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Code::Cancelled);
    QFile kept(path); // the file that was there stays as it was
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("an earlier export\r\n"));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancelled.csv*")}, QDir::Files | QDir::Hidden).size(), 1);
}

void TestExports::allSelectedEventsStream()
{
    // u1: A at 0 s, B at 10 s, A at 100,000 s (the next day); u2: A at 5 s; u3: A at -10 s (before
    // the range). The range is the first day from 0 s; A only; users containing "u".
    const auto data = test::datasetFrom("u1@0:A;u1@10:B;u1@100000:A;u2@5:A;u3@-10:A;x9@20:A");
    const analysis::ReportingCalendar calendar(QTimeZone::utc(), 1);
    const qint64 day = calendar.localDay(test::kFixtureT0);
    report::EventSelection s;
    s.range = analysis::TimeRange::fromDays(calendar, day, day);
    s.eventName = QStringLiteral("A");
    s.userContains = QStringLiteral("U");
    const QString path = m_dir.filePath(QStringLiteral("events.csv"));
    const auto r = report::exportEvents(*data, s, path);
    QVERIFY(r.ok());
    QCOMPARE(r.value().rows, qint64(2)); // u1's first A and u2's A; x9 is not a "u" user
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QList<QStringList> records;
    QVERIFY(parseCsv(f.readAll(), records));
    QCOMPARE(records.size(), 3);
    QCOMPARE(records[0], QStringList({"time", "user", "event"}));
    QCOMPARE(records[1], QStringList({"2026-01-01T00:00:00.000Z", "u1", "A"}));
    QCOMPARE(records[2], QStringList({"2026-01-01T00:00:05.000Z", "u2", "A"}));
    // A drill-down's user flags (dataset order u1, u2, u3, x9): only u2. Flags shorter than the
    // users (computed before new users arrived) leave the unknown ones out.
    s.users = std::make_shared<const std::vector<char>>(std::vector<char>{0, 1});
    QCOMPARE(report::exportEvents(*data, s, path).value().rows, qint64(1));
    s.userContains.clear();
    QCOMPARE(report::exportEvents(*data, s, path).value().rows, qint64(1)); // x9 is past the flags
    s.users.reset();
    s.userContains = QStringLiteral("U");
    // An event that never occurs selects nothing, and still writes the header.
    s.eventName = QStringLiteral("nope");
    QCOMPARE(report::exportEvents(*data, s, path).value().rows, qint64(0));
    // Cancelled: the earlier export stays as it was.
    s.eventName.clear();
    TaskContext cancelled({}, [] { return true; });
    QVERIFY(!report::exportEvents(*data, s, path, {}, cancelled).ok());
    QFile kept(path); // the header-only file of the export before
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("time,user,event\r\n"));
}

// The explorer's newest rows, found in two passes over slices of the range, against sorting
// every selected event: 3,000 events of 40 users over a day with many ties in time.
void TestExports::newestSelectedEventsAreTheNewest()
{
    QStringList parts;
    quint32 seed = 7;
    for (int i = 0; i < 3000; ++i) {
        seed = seed * 1103515245u + 12345u;
        parts << QStringLiteral("u%1@%2:%3").arg((seed >> 8) % 40).arg((seed >> 4) % 5000).arg(i % 3 ? "A" : "B");
    }
    const auto data = test::datasetFrom(parts.join(u';'));
    const analysis::ReportingCalendar calendar(QTimeZone::utc(), 1);
    const qint64 day = calendar.localDay(test::kFixtureT0);
    report::EventSelection s;
    s.range = analysis::TimeRange::fromDays(calendar, day, day);
    s.eventName = QStringLiteral("A");
    std::vector<std::pair<qint64, quint32>> all;
    for (size_t p = 0; p < data->eventCount(); ++p)
        if (data->eventNames()[data->names()[p]] == QLatin1String("A"))
            all.emplace_back(data->times()[p], quint32(p));
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a > b; });
    QCOMPARE(all.size(), size_t(2000));
    for (const size_t maxRows : {size_t(1), size_t(137), size_t(1999), size_t(2000), size_t(5000)}) {
        const auto newest = report::newestSelectedEvents(*data, s, maxRows);
        QVERIFY(newest);
        QCOMPARE(newest->matching, size_t(2000));
        QCOMPARE(newest->positions.size(), std::min(maxRows, all.size()));
        for (size_t k = 0; k < newest->positions.size(); ++k)
            QCOMPARE(newest->positions[k], all[k].second);
    }
    TaskContext cancelled({}, [] { return true; });
    QVERIFY(!report::newestSelectedEvents(*data, s, 10, cancelled));
}

QTEST_GUILESS_MAIN(TestExports)
#include "tst_exports.moc"
