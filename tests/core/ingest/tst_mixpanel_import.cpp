// Mixpanel raw-export JSON lines: good input, every malformed kind (quarantined with line and
// reason, the rest goes in), gzip, truncated gzip, re-import, seconds vs milliseconds.
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

class TestMixpanelImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { m_ws.reset(); }
    void goodLines();
    void malformedLine_data();
    void malformedLine();
    void blankLinesCrLfBomAndNoFinalNewline();
    void gzipMatchesPlain();
    void truncatedGzipKeepsWhatWasRead();
    void reimportInsertsNothing();
    void duplicateWithinFileKeepsLatestProcessing();
    void cancelKeepsCommittedBatches();
    void fullDiskLosesNothing();
    void duplicatesAcrossFilesAndMissingInsertIds();

private:
    ingest::ImportSummary importText(const QByteArray& text, bool gzip = false, qint64 batch = 100000);
    QString write(const QByteArray& text, bool gzip);
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    int m_files = 0;
};

void TestMixpanelImport::init()
{
    auto ws =
        Workspace::open(m_dir.filePath(QStringLiteral("w%1.hcw").arg(++m_files)), Workspace::OpenMode::CreateIfMissing);
    QVERIFY(ws.ok());
    m_ws = std::move(ws.value());
}

QString TestMixpanelImport::write(const QByteArray& text, bool gzip)
{
    const QString path = m_dir.filePath(QStringLiteral("in%1.jsonl%2").arg(++m_files).arg(gzip ? ".gz" : ""));
    if (!(gzip ? test::writeGzipFile(path, text) : test::writeFile(path, text)))
        qFatal("cannot write test input");
    return path;
}

ingest::ImportSummary TestMixpanelImport::importText(const QByteArray& text, bool gzip, qint64 batch)
{
    FileImporter importer(*m_ws, batch);
    TaskContext ctx;
    const auto r = importer.run(write(text, gzip), ImportFormat::MixpanelJsonl, ctx);
    if (!r.ok())
        qWarning() << r.error().message;
    return r.ok() ? r.value() : importer.committed();
}

void TestMixpanelImport::goodLines()
{
    const QByteArray text =
        R"({"event":"Signed up","properties":{"time":1602611311,"distinct_id":"alice","$insert_id":"a1","mp_processing_time_ms":1602625711874,"plan":"free","n":3,"ok":true,"tags":["x","y"],"nested":{"k":null}}})"
        "\n"
        R"({"event":"Purchase","properties":{"time":1602611311123,"distinct_id":42,"$insert_id":"a2","revenue":9.5}})"
        "\n"
        R"({"event":"Purchase","properties":{"time":1602611311.5,"distinct_id":"bob","revenue":1.0}})"
        "\n"
        R"({"event":"Visit","properties":{"time":"2020-10-13T19:48:31+02:00","distinct_id":"carol"}})"
        "\n";
    const auto s = importText(text);
    QCOMPARE(s.read, 4);
    QCOMPARE(s.inserted, 4);
    QCOMPARE(s.duplicates, 0);
    QCOMPARE(s.quarantined, 0);
    const QStringList expected = {
        "1602611311000|Signed up|alice|a1|1602625711874|"
        R"({"plan":"free","n":3,"ok":true,"tags":["x","y"],"nested":{"k":null}})",
        R"(1602611311123|Purchase|42|a2|-|{"revenue":9.5})",
        R"(1602611311500|Purchase|bob|-|-|{"revenue":1})", // integral doubles lose the ".0"
        R"(1602611311000|Visit|carol|-|-|{})",
    };
    QCOMPARE(test::queryColumn(
                 *m_ws, QStringLiteral("SELECT e.time_ms || '|' || n.name || '|' || u.distinct_id || '|' ||"
                                       " coalesce(e.insert_id, '-') || '|' || coalesce(e.processing_ms, '-') || '|' ||"
                                       " e.properties FROM events e JOIN event_names n ON n.id = e.event_id"
                                       " JOIN users u ON u.id = e.user_id ORDER BY e.id")),
             expected);
    QCOMPARE(test::queryColumn(*m_ws, QStringLiteral("SELECT source_day FROM events LIMIT 1")), QStringList({"18548"}));
}

void TestMixpanelImport::malformedLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("not json") << QByteArray("{\"event\":\"x\",") << "not valid JSON";
    QTest::newRow("array") << QByteArray("[1,2]") << "not a JSON object";
    QTest::newRow("no event") << QByteArray(R"({"properties":{"time":1}})") << "no \"event\"";
    QTest::newRow("event not string") << QByteArray(R"({"event":5,"properties":{"time":1}})") << "no \"event\"";
    QTest::newRow("empty event") << QByteArray(R"({"event":"","properties":{"time":1}})") << "empty";
    QTest::newRow("no properties") << QByteArray(R"({"event":"x"})") << "no \"properties\"";
    QTest::newRow("no time") << QByteArray(R"({"event":"x","properties":{"distinct_id":"u"}})") << "no \"time\"";
    QTest::newRow("bool time") << QByteArray(R"({"event":"x","properties":{"time":true}})") << "\"time\" is not";
    QTest::newRow("bad time text") << QByteArray(R"({"event":"x","properties":{"time":"yesterday"}})")
                                   << "\"time\" is not";
    QTest::newRow("object distinct_id") << QByteArray(R"({"event":"x","properties":{"time":1,"distinct_id":{}}})")
                                        << "distinct_id";
    QTest::newRow("terminated early") << QByteArray("terminated early") << "terminated early";
    QTest::newRow("invalid utf8") << QByteArray("{\"event\":\"\xff\xfe\",\"properties\":{\"time\":1}}")
                                  << "not valid JSON";
}

void TestMixpanelImport::malformedLine()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, reasonPart);
    const QByteArray good = R"({"event":"ok","properties":{"time":1602611311,"distinct_id":"u"}})";
    const auto s = importText(good + "\n" + line + "\n" + good + "\n");
    QCOMPARE(s.read, 3);
    QCOMPARE(s.inserted, 2); // the lines around the bad one go in
    QCOMPARE(s.quarantined, 1);
    QCOMPARE(s.read, s.inserted + s.duplicates + s.quarantined);
    const QStringList rows =
        test::queryColumn(*m_ws, QStringLiteral("SELECT location || '|' || reason || '|' || raw FROM quarantine"));
    QCOMPARE(rows.size(), 1);
    QVERIFY2(rows.first().startsWith(QStringLiteral("line 2|")), qPrintable(rows.first()));
    QVERIFY2(rows.first().contains(reasonPart), qPrintable(rows.first()));
    QVERIFY(test::queryColumn(*m_ws, QStringLiteral("SELECT raw FROM quarantine"))
                .first()
                .toUtf8()
                .startsWith(line.left(1)));
}

void TestMixpanelImport::blankLinesCrLfBomAndNoFinalNewline()
{
    const QByteArray text = "\xEF\xBB\xBF"
                            R"({"event":"a","properties":{"time":1,"distinct_id":"u"}})"
                            "\r\n"
                            "\r\n   \n"
                            R"({"event":"b","properties":{"time":2,"distinct_id":"u"}})";
    const auto s = importText(text);
    QCOMPARE(s.read, 2); // blank lines are not records
    QCOMPARE(s.inserted, 2);
    QCOMPARE(s.quarantined, 0);
}

void TestMixpanelImport::gzipMatchesPlain()
{
    QByteArray text;
    for (int i = 0; i < 5000; ++i)
        text += QStringLiteral(R"({"event":"e%1","properties":{"time":%2,"distinct_id":"u%3","$insert_id":"i%4"}})"
                               "\n")
                    .arg(i % 7)
                    .arg(1600000000 + i)
                    .arg(i % 50)
                    .arg(i)
                    .toUtf8();
    text += "garbage\n";
    const auto plain = importText(text, false);
    init();
    const auto gz = importText(text, true);
    QCOMPARE(gz.read, plain.read);
    QCOMPARE(gz.inserted, 5000);
    QCOMPARE(gz.quarantined, 1);
}

void TestMixpanelImport::truncatedGzipKeepsWhatWasRead()
{
    QByteArray text;
    for (int i = 0; i < 20000; ++i)
        text += QStringLiteral(R"({"event":"e","properties":{"time":%1,"distinct_id":"u","$insert_id":"i%1"}})"
                               "\n")
                    .arg(1600000000 + i)
                    .toUtf8();
    const QString full = write(text, true);
    QByteArray bytes = test::readFile(full);
    bytes.chop(bytes.size() / 3); // the download stopped two thirds of the way
    const QString cut = m_dir.filePath(QStringLiteral("cut.jsonl.gz"));
    QVERIFY(test::writeFile(cut, bytes));

    FileImporter importer(*m_ws);
    TaskContext ctx;
    const auto r = importer.run(cut, ImportFormat::MixpanelJsonl, ctx);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Corrupt);
    QVERIFY2(r.error().message.contains(QStringLiteral("ends early")), qPrintable(r.error().message));
    const auto& s = importer.committed();
    QVERIFY(s.inserted > 1000);
    QVERIFY(s.inserted < 20000);
    QCOMPARE(s.read, s.inserted + s.duplicates + s.quarantined);
    QCOMPARE(test::queryColumn(*m_ws, QStringLiteral("SELECT count(*) FROM events")).first().toLongLong(), s.inserted);

    // The complete file then fills in the rest, with no double counting.
    FileImporter again(*m_ws);
    const auto r2 = again.run(full, ImportFormat::MixpanelJsonl, ctx);
    QVERIFY(r2.ok());
    QCOMPARE(r2.value().inserted, 20000 - s.inserted);
    QCOMPARE(test::queryColumn(*m_ws, QStringLiteral("SELECT count(*) FROM events")).first().toInt(), 20000);
}

void TestMixpanelImport::reimportInsertsNothing()
{
    QByteArray text;
    for (int i = 0; i < 300; ++i)
        text += QStringLiteral(R"({"event":"e","properties":{"time":%1,"distinct_id":"u%2","$insert_id":"k%1"}})"
                               "\n")
                    .arg(1600000000 + i)
                    .arg(i % 9)
                    .toUtf8();
    const auto first = importText(text);
    QCOMPARE(first.inserted, 300);
    const auto second = importText(text, false, 64); // small batches: many commits
    QCOMPARE(second.read, 300);
    QCOMPARE(second.inserted, 0);
    QCOMPARE(second.duplicates, 300);
}

void TestMixpanelImport::duplicateWithinFileKeepsLatestProcessing()
{
    const QByteArray text =
        R"({"event":"e","properties":{"time":1,"distinct_id":"u","$insert_id":"k","mp_processing_time_ms":5,"v":"old"}})"
        "\n"
        R"({"event":"e","properties":{"time":1,"distinct_id":"u","$insert_id":"k","mp_processing_time_ms":9,"v":"new"}})"
        "\n"
        R"({"event":"e","properties":{"time":1,"distinct_id":"u","$insert_id":"k","mp_processing_time_ms":7,"v":"mid"}})"
        "\n";
    const auto s = importText(text);
    QCOMPARE(s.inserted, 1);
    QCOMPARE(s.duplicates, 2);
    const QStringList expected = {R"({"v":"new"})"};
    QCOMPARE(test::queryColumn(*m_ws, QStringLiteral("SELECT properties FROM events")), expected);
}

void TestMixpanelImport::cancelKeepsCommittedBatches()
{
    QByteArray text;
    for (int i = 0; i < 10000; ++i)
        text += QStringLiteral(R"({"event":"e","properties":{"time":%1,"distinct_id":"u","$insert_id":"c%1"}})"
                               "\n")
                    .arg(1600000000 + i)
                    .toUtf8();
    const QString path = write(text, false);
    FileImporter importer(*m_ws, 1000);
    int calls = 0;
    TaskContext ctx({}, [&] { return ++calls >= 5; }); // asked every 1,024 lines: cancel at the 5th check
    const auto r = importer.run(path, ImportFormat::MixpanelJsonl, ctx);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Cancelled);
    const qint64 stored = test::queryColumn(*m_ws, QStringLiteral("SELECT count(*) FROM events")).first().toLongLong();
    QCOMPARE(stored, importer.committed().inserted); // what the summary says is exactly what is stored
    QCOMPARE(stored, 5000);                          // five whole batches of 1,000 lines
}

void TestMixpanelImport::fullDiskLosesNothing()
{
    // The disk fills mid-import (SQLite's max_page_count stands in for a full file system): the
    // batch in progress rolls back, every batch before it stays, the error says what happened,
    // and once there is room again the same import completes exactly.
    QByteArray small;
    for (int i = 0; i < 100; ++i)
        small += QStringLiteral(R"({"event":"e","properties":{"time":%1,"distinct_id":"u%2","$insert_id":"s%1"}})"
                                "\n")
                     .arg(1600000000 + i)
                     .arg(i % 7)
                     .toUtf8();
    QCOMPARE(importText(small).inserted, 100);
    QByteArray large;
    for (int i = 0; i < 20000; ++i)
        large += QStringLiteral(R"({"event":"e%3","properties":{"time":%1,"distinct_id":"v%2","$insert_id":"l%1",)"
                                R"("text":"a property long enough to need pages"}})"
                                "\n")
                     .arg(1600100000 + i)
                     .arg(i % 500)
                     .arg(i % 5)
                     .toUtf8();
    const QString path = write(large, false);
    const qint64 pages = test::queryColumn(*m_ws, QStringLiteral("PRAGMA page_count")).first().toLongLong();
    QVERIFY(m_ws->exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 12)).ok());
    FileImporter full(*m_ws, 2000);
    TaskContext ctx;
    const auto failed = full.run(path, ImportFormat::MixpanelJsonl, ctx);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().message.contains(QStringLiteral("is full"))
                 && failed.error().message.contains(QStringLiteral("intact")),
             qPrintable(failed.error().message));
    const qint64 kept = full.committed().inserted;
    QVERIFY(kept < 20000);
    QCOMPARE(test::queryColumn(*m_ws, QStringLiteral("SELECT count(*) FROM events")).first().toLongLong(), 100 + kept);
    QCOMPARE(test::queryColumn(*m_ws, QStringLiteral("PRAGMA integrity_check")), QStringList{"ok"});

    QVERIFY(m_ws->exec(QStringLiteral("PRAGMA max_page_count = 1073741823")).ok()); // space again
    FileImporter again(*m_ws, 2000);
    const auto done = again.run(path, ImportFormat::MixpanelJsonl, ctx);
    QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
    QCOMPARE(done.value().inserted, 20000 - kept);
    QCOMPARE(done.value().duplicates, kept);
    QCOMPARE(test::queryColumn(*m_ws, QStringLiteral("SELECT count(*) FROM events")).first().toLongLong(), 20100);
}

void TestMixpanelImport::duplicatesAcrossFilesAndMissingInsertIds()
{
    // semantics.md, Identity and duplicates: the key is (event, distinct_id, time ms, $insert_id)
    // across the whole store, the larger mp_processing_time_ms wins, and events without an
    // $insert_id (or with an empty one) are never deduplicated.
    const QByteArray first =
        R"({"event":"e","properties":{"time":1700000000,"distinct_id":"u","$insert_id":"k","mp_processing_time_ms":5,"v":"old"}})"
        "\n"
        R"({"event":"e","properties":{"time":1700000001,"distinct_id":"u","v":"no id"}})"
        "\n"
        R"({"event":"e","properties":{"time":1700000002,"distinct_id":"u","$insert_id":"","v":"empty id"}})"
        "\n"
        R"({"event":"e","properties":{"time":1700000003,"distinct_id":"u","$insert_id":"k2"}})"
        "\n";
    const QByteArray second =
        R"({"event":"e","properties":{"time":1700000000,"distinct_id":"u","$insert_id":"k","mp_processing_time_ms":9,"v":"new"}})"
        "\n"
        R"({"event":"e","properties":{"time":1700000001,"distinct_id":"u","v":"no id"}})"
        "\n"
        R"({"event":"e","properties":{"time":1700000002,"distinct_id":"u","$insert_id":"","v":"empty id"}})"
        "\n"
        R"({"event":"e","properties":{"time":1700000003,"distinct_id":"u","$insert_id":"k2","mp_processing_time_ms":1}})"
        "\n"
        R"({"event":"other","properties":{"time":1700000003,"distinct_id":"u","$insert_id":"k2"}})"
        "\n";
    QCOMPARE(importText(first).inserted, 4);
    const auto s = importText(second);
    QCOMPARE(s.read, 5);
    QCOMPARE(s.duplicates, 2); // k (replaced by the newer one) and k2 (a processing time beats none)
    QCOMPARE(s.inserted, 3);   // the two without an id, and "other", whose event name differs
    QCOMPARE(test::queryColumn(*m_ws, QStringLiteral("SELECT count(*) FROM events")), QStringList{"7"});
    QCOMPARE(test::queryColumn(*m_ws, QStringLiteral("SELECT json_extract(properties, '$.v') FROM events"
                                                     " WHERE insert_id = 'k'")),
             QStringList{"new"});
    QCOMPARE(test::queryColumn(*m_ws, QStringLiteral("SELECT processing_ms FROM events e JOIN event_names n ON"
                                                     " n.id = e.event_id WHERE insert_id = 'k2' AND n.name = 'e'")),
             QStringList{"1"});
}

QTEST_GUILESS_MAIN(TestMixpanelImport)
#include "tst_mixpanel_import.moc"
