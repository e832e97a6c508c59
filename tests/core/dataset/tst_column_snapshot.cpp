// The column file next to a workspace: used when it matches the store's events generation,
// ignored (and rebuilt) when truncated, damaged, of another format or stale.
#include "core/dataset/ColumnSnapshot.h"
#include "core/dataset/DatasetLoader.h"
#include "core/ingest/FileImporter.h"
#include "core/store/Workspace.h"
#include "tests/support/TestFiles.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace hc;

class TestColumnSnapshot : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { m_ws.reset(); }
    void writtenOnFirstLoadAndUsedAfter();
    void truncatedFileIsIgnored();
    void otherFormatIsIgnored();
    void outOfRangeIndexIsIgnored();
    void newEventsMakeItStale();

private:
    void import(int count, int first);
    std::shared_ptr<const dataset::Dataset> load();
    QString snapshotPath() const { return dataset::ColumnSnapshot::pathFor(m_ws->path()); }
    QTemporaryDir m_dir;
    std::unique_ptr<store::Workspace> m_ws;
    int m_n = 0;
};

void TestColumnSnapshot::init()
{
    auto ws = store::Workspace::open(m_dir.filePath(QStringLiteral("w%1.hcw").arg(++m_n)),
                                     store::Workspace::OpenMode::CreateIfMissing);
    QVERIFY(ws.ok());
    m_ws = std::move(ws.value());
    import(50, 0);
}

void TestColumnSnapshot::import(int count, int first)
{
    QByteArray text;
    for (int i = first; i < first + count; ++i)
        text += QStringLiteral(R"({"event":"e%1","properties":{"time":%2,"distinct_id":"u%3","$insert_id":"k%4"}})" "\n")
                    .arg(i % 3)
                    .arg(1700000000 + i)
                    .arg(i % 7)
                    .arg(i)
                    .toUtf8();
    const QString file = m_dir.filePath(QStringLiteral("in%1.jsonl").arg(++m_n));
    QVERIFY(test::writeFile(file, text));
    ingest::FileImporter importer(*m_ws);
    TaskContext ctx;
    QVERIFY(importer.run(file, ingest::ImportFormat::MixpanelJsonl, ctx).ok());
}

std::shared_ptr<const dataset::Dataset> TestColumnSnapshot::load()
{
    TaskContext ctx;
    auto r = dataset::loadDataset(*m_ws, ctx);
    if (!r.ok())
        qFatal("load failed");
    return r.value();
}

void TestColumnSnapshot::writtenOnFirstLoadAndUsedAfter()
{
    QVERIFY(!QFile::exists(snapshotPath()));
    const auto first = load();
    QCOMPARE(first->eventCount(), size_t(50));
    QVERIFY(QFile::exists(snapshotPath()));
    // Plant a recognisable time in the file (same size, same structure): the next load shows it,
    // so it really came from the file.
    QByteArray bytes = test::readFile(snapshotPath());
    const qint64 original = first->times()[0];
    const qsizetype at = bytes.indexOf(QByteArray(reinterpret_cast<const char*>(&original), 8));
    QVERIFY(at > 0);
    const qint64 planted = original + 1;
    bytes.replace(at, 8, QByteArray(reinterpret_cast<const char*>(&planted), 8));
    QVERIFY(test::writeFile(snapshotPath(), bytes));
    QCOMPARE(load()->times()[0], planted);
}

void TestColumnSnapshot::truncatedFileIsIgnored()
{
    const auto first = load();
    QByteArray bytes = test::readFile(snapshotPath());
    bytes.chop(9);
    QVERIFY(test::writeFile(snapshotPath(), bytes));
    const auto again = load();
    QCOMPARE(again->eventCount(), size_t(50));
    QCOMPARE(again->times()[0], first->times()[0]);
    QVERIFY(test::readFile(snapshotPath()).size() > bytes.size()); // rebuilt whole
}

void TestColumnSnapshot::otherFormatIsIgnored()
{
    load();
    QByteArray bytes = test::readFile(snapshotPath());
    bytes[8] = char(99); // the format version
    QVERIFY(test::writeFile(snapshotPath(), bytes));
    QVERIFY(!dataset::ColumnSnapshot::map(snapshotPath(), 1));
    QCOMPARE(load()->eventCount(), size_t(50));
}

void TestColumnSnapshot::outOfRangeIndexIsIgnored()
{
    load();
    QByteArray bytes = test::readFile(snapshotPath());
    const qint32 bad = 999;
    bytes.replace(72, 4, QByteArray(reinterpret_cast<const char*>(&bad), 4)); // first user index
    QVERIFY(test::writeFile(snapshotPath(), bytes));
    QVERIFY(!dataset::ColumnSnapshot::map(snapshotPath(), 1));
    const auto d = load();
    QVERIFY(d->users()[0] < d->userCount());
}

void TestColumnSnapshot::newEventsMakeItStale()
{
    QCOMPARE(load()->eventCount(), size_t(50));
    import(20, 1000);
    QCOMPARE(load()->eventCount(), size_t(70));
    import(20, 1000); // duplicates only: nothing changed, the generation stays
    const QString generation = m_ws->setting(store::Workspace::kEventsGeneration);
    QCOMPARE(load()->eventCount(), size_t(70));
    QCOMPARE(m_ws->setting(store::Workspace::kEventsGeneration), generation);
}

QTEST_GUILESS_MAIN(TestColumnSnapshot)
#include "tst_column_snapshot.moc"
