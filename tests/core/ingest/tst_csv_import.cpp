// CSV with a header row: RFC 4180 quoting (commas, doubled quotes, line breaks inside quotes),
// typed properties, time as epoch s/ms or ISO 8601, and every malformed kind quarantined.
#include "core/ingest/FileImporter.h"
#include "core/store/Workspace.h"
#include "tests/support/TestFiles.h"
#include "tests/support/WorkspaceQuery.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace hc;
using hc::ingest::FileImporter;
using hc::ingest::ImportFormat;
using hc::store::Workspace;

class TestCsvImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { m_ws.reset(); }
    void quotingAndTypes();
    void timeForms();
    void malformedRecords();
    void unterminatedQuoteOnlyCostsItsLine();
    void headerProblems_data();
    void headerProblems();
    void gzipCsv();

private:
    Result<ingest::ImportSummary> import(const QByteArray& text, bool gzip = false);
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    int m_n = 0;
};

void TestCsvImport::init()
{
    auto ws =
        Workspace::open(m_dir.filePath(QStringLiteral("w%1.hcw").arg(++m_n)), Workspace::OpenMode::CreateIfMissing);
    QVERIFY(ws.ok());
    m_ws = std::move(ws.value());
}

Result<ingest::ImportSummary> TestCsvImport::import(const QByteArray& text, bool gzip)
{
    const QString path = m_dir.filePath(QStringLiteral("in%1.csv%2").arg(++m_n).arg(gzip ? ".gz" : ""));
    if (!(gzip ? test::writeGzipFile(path, text) : test::writeFile(path, text)))
        qFatal("cannot write test input");
    FileImporter importer(*m_ws);
    TaskContext ctx;
    return importer.run(path, ImportFormat::Csv, ctx);
}

void TestCsvImport::quotingAndTypes()
{
    const QByteArray text = "event,distinct_id,time,$insert_id,city,amount,note\r\n"
                            "signup,alice,1602611311,i1,\"Paris, FR\",12.50,\"she said \"\"hi\"\"\"\r\n"
                            "buy,bob,1602611312,i2,Berlin,007,\"two\r\nlines\"\r\n"
                            "buy,carol,1602611313,,,-3e2,true\r\n";
    const auto r = import(text);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r.value().read, 3);
    QCOMPARE(r.value().inserted, 3);
    QCOMPARE(r.value().quarantined, 0);
    const QStringList expected = {
        R"(i1|{"city":"Paris, FR","amount":12.5,"note":"she said \"hi\""})",
        R"(i2|{"city":"Berlin","amount":7,"note":"two\nlines"})",
        R"(-|{"amount":-300,"note":"true"})", // empty cells are not set; booleans stay text
    };
    QCOMPARE(
        test::queryColumn(
            *m_ws, QStringLiteral("SELECT coalesce(insert_id, '-') || '|' || properties FROM events ORDER BY time_ms")),
        expected);
}

void TestCsvImport::timeForms()
{
    const QByteArray text = "distinct_id,event,time\n"
                            "u,a,1602611311\n"                  // seconds
                            "u,b,1602611311123\n"               // milliseconds
                            "u,c,1602611311.25\n"               // fractional seconds
                            "u,d,2020-10-13T19:48:31.5+02:00\n" // ISO with offset
                            "u,e,2020-10-13T17:48:31Z\n"        // ISO in UTC
                            "u,f,2020-10-13 17:48:31\n";        // no zone: UTC
    const auto r = import(text);
    QVERIFY(r.ok());
    QCOMPARE(
        test::queryColumn(*m_ws, QStringLiteral("SELECT n.name || '=' || e.time_ms FROM events e JOIN event_names n"
                                                " ON n.id = e.event_id ORDER BY n.name")),
        QStringList({"a=1602611311000", "b=1602611311123", "c=1602611311250", "d=1602611311500", "e=1602611311000",
                     "f=1602611311000"}));
}

void TestCsvImport::malformedRecords()
{
    const QByteArray text = "distinct_id,event,time,plan\n"
                            "u1,ok,1602611311,free\n"
                            "u2,short,1602611311\n"            // line 3: too few fields
                            "u3,long,1602611311,free,extra\n"  // line 4: too many
                            "u4,badtime,noon,free\n"           // line 5
                            "u5,,1602611311,free\n"            // line 6: empty event
                            "u6,\"quoted\"x,1602611311,free\n" // line 7: text after closing quote
                            "u7,ok,1602611312,pro\n";
    const auto r = import(text);
    QVERIFY(r.ok());
    const auto& s = r.value();
    QCOMPARE(s.read, 7);
    QCOMPARE(s.inserted, 2);
    QCOMPARE(s.quarantined, 5);
    QCOMPARE(s.read, s.inserted + s.duplicates + s.quarantined);
    const QStringList q =
        test::queryColumn(*m_ws, QStringLiteral("SELECT location || ': ' || reason FROM quarantine ORDER BY id"));
    QCOMPARE(q.size(), 5);
    QVERIFY2(q[0].startsWith(QStringLiteral("line 3: expected 4 fields")), qPrintable(q[0]));
    QVERIFY2(q[1].startsWith(QStringLiteral("line 4: expected 4 fields")), qPrintable(q[1]));
    QVERIFY2(q[2].startsWith(QStringLiteral("line 5: time")), qPrintable(q[2]));
    QVERIFY2(q[3].contains(QStringLiteral("event name is empty")), qPrintable(q[3]));
    QVERIFY2(q[4].contains(QStringLiteral("after a closing quote")), qPrintable(q[4]));
    QCOMPARE(test::queryColumn(*m_ws, QStringLiteral("SELECT raw FROM quarantine WHERE location = 'line 5'")),
             QStringList({"u4,badtime,noon,free"}));
}

void TestCsvImport::unterminatedQuoteOnlyCostsItsLine()
{
    const QByteArray text = "distinct_id,event,time\n"
                            "u1,\"open,1602611311\n" // the quote never closes
                            "u2,b,1602611312\n"
                            "u3,c,1602611313\n";
    const auto r = import(text);
    QVERIFY(r.ok());
    QCOMPARE(r.value().read, 3);
    QCOMPARE(r.value().inserted, 2);
    QCOMPARE(r.value().quarantined, 1);
    QCOMPARE(test::queryColumn(*m_ws, QStringLiteral("SELECT location || '|' || raw FROM quarantine")),
             QStringList({"line 2|u1,\"open,1602611311"}));
}

void TestCsvImport::headerProblems_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("missing time") << QByteArray("distinct_id,event,plan\n");
    QTest::newRow("duplicate column") << QByteArray("distinct_id,event,time,plan,plan\n");
    QTest::newRow("unnamed column") << QByteArray("distinct_id,event,time,,x\n");
}

void TestCsvImport::headerProblems()
{
    QFETCH(QByteArray, header);
    const auto r = import(header + "u,e,1,2,3\n");
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Invalid);
    QVERIFY2(r.error().message.contains(QStringLiteral("header")), qPrintable(r.error().message));
    QCOMPARE(test::queryColumn(*m_ws, QStringLiteral("SELECT count(*) FROM events")), QStringList({"0"}));
}

void TestCsvImport::gzipCsv()
{
    const auto r = import("\xEF\xBB\xBF"
                          "distinct_id,event,time\nu,a,1\nu,b,2\n",
                          true);
    QVERIFY(r.ok());
    QCOMPARE(r.value().inserted, 2);
    QCOMPARE(ingest::importFormatForPath(QStringLiteral("/x/Events.CSV.gz")), ImportFormat::Csv);
    QCOMPARE(ingest::importFormatForPath(QStringLiteral("/x/events.csv")), ImportFormat::Csv);
    QCOMPARE(ingest::importFormatForPath(QStringLiteral("/x/export.json.gz")), ImportFormat::MixpanelJsonl);
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csv_import.moc"
