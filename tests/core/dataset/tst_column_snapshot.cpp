// The column file next to a workspace: used when it matches the store's events generation,
// ignored (and rebuilt) when truncated, damaged, of another format or stale.
#include "core/dataset/ColumnSnapshot.h"
#include "core/dataset/DatasetLoader.h"
#include "core/dataset/DatasetTotals.h"
#include "core/dataset/PropertyColumnBuilder.h"
#include "core/dataset/PropertyColumnCache.h"
#include "core/ingest/FileImporter.h"
#include "core/store/Workspace.h"
#include "core/store/WorkspaceCatalog.h"
#include "tests/support/TestFiles.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cstring>
#include <limits>

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
    void impossibleStringCountIsRefused();
    void fuzzRegressionsAreRefused();
    void danglingEventReferencesAreRefused();
    void newEventsMakeItStale();
    void resolvedIdentitiesMergeDevices();
    void twoConnectionReadMatchesOne();
    void totalsMatchTheStoreSummary();
    void sourceTotalsAreKeptUntilEventsChange();
    void propertyCodesNarrowAndSurviveTheCache();

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
        text += QStringLiteral(R"({"event":"e%1","properties":{"time":%2,"distinct_id":"u%3","$insert_id":"k%4"}})"
                               "\n")
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

void TestColumnSnapshot::impossibleStringCountIsRefused()
{
    // A header claiming 2^31 event names in a 159-byte file once reserved 24 GB (found by
    // fuzz_column_file); the names count sits at byte 40.
    load();
    QByteArray bytes = test::readFile(snapshotPath());
    const qint64 names = qint64(1) << 31;
    bytes.replace(40, 8, QByteArray(reinterpret_cast<const char*>(&names), 8));
    QVERIFY(test::writeFile(snapshotPath(), bytes));
    QVERIFY(!dataset::ColumnSnapshot::map(snapshotPath(), 1));
    QCOMPARE(load()->eventCount(), size_t(50)); // rebuilt from the store
}

void TestColumnSnapshot::fuzzRegressionsAreRefused()
{
    // Inputs that once crashed a fuzzer (tests/fuzz/regressions): refused, with a message.
    const QString dir = qEnvironmentVariable("HC_SOURCE_DIR") + QStringLiteral("/tests/fuzz/regressions/");
    const QString columns = dir + QStringLiteral("column_file/huge-name-count");
    QVERIFY(QFile::exists(columns));
    const QByteArray header = test::readFile(columns);
    qint64 generation = 0;
    std::memcpy(&generation, header.constData() + 16, sizeof generation);
    QVERIFY(!dataset::ColumnSnapshot::map(columns, generation));

    const QString copy = m_dir.filePath(QStringLiteral("regression.hcw"));
    QVERIFY(QFile::copy(dir + QStringLiteral("workspace_open/event-of-missing-user.hcw"), copy));
    auto ws = store::Workspace::open(copy, store::Workspace::OpenMode::MustExist);
    if (ws.ok()) {
        TaskContext ctx;
        const auto loaded = dataset::loadDataset(*ws.value(), ctx);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().message.contains(QStringLiteral("damaged")), qPrintable(loaded.error().message));
    }
}

void TestColumnSnapshot::danglingEventReferencesAreRefused()
{
    // An event whose user row is gone (a hand edit, a broken copy): the load says the file is
    // damaged instead of reading outside the user dictionary.
    load();
    QFile::remove(snapshotPath());
    QVERIFY(m_ws->exec(QStringLiteral("PRAGMA foreign_keys = OFF")).ok()); // as a foreign tool might
    QVERIFY(
        m_ws->exec(QStringLiteral("UPDATE events SET user_id = 9999 WHERE id = (SELECT min(id) FROM events)")).ok());
    TaskContext ctx;
    auto loaded = dataset::loadDataset(*m_ws, ctx);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().message.contains(QStringLiteral("damaged")), qPrintable(loaded.error().message));
    QVERIFY(m_ws->exec(QStringLiteral("UPDATE events SET user_id = -5 WHERE id = (SELECT min(id) FROM events)")).ok());
    loaded = dataset::loadDataset(*m_ws, ctx);
    QVERIFY(!loaded.ok());
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

void TestColumnSnapshot::resolvedIdentitiesMergeDevices()
{
    // A device browses anonymously, then signs up (an event carrying both ids); another device
    // is never linked. semantics.md, Identity: off by default, every $device:<id> maps to the
    // $user_id it was linked to when on.
    const QByteArray text =
        R"({"event":"view","properties":{"time":1700000000,"distinct_id":"$device:d1","$device_id":"d1","$insert_id":"a"}})"
        "\n"
        R"({"event":"signup","properties":{"time":1700000100,"distinct_id":"alice","$device_id":"d1","$user_id":"alice","$insert_id":"b"}})"
        "\n"
        R"({"event":"view","properties":{"time":1700000200,"distinct_id":"$device:d2","$device_id":"d2","$insert_id":"c"}})"
        "\n"
        R"({"event":"view","properties":{"time":1700000300,"distinct_id":"$device:d3","$device_id":"d3","$insert_id":"d"}})"
        "\n"
        R"({"event":"login","properties":{"time":1700000400,"distinct_id":"bob","$device_id":"d3","$user_id":"bob","$insert_id":"e"}})"
        "\n";
    auto ws = store::Workspace::open(m_dir.filePath(QStringLiteral("identity.hcw")),
                                     store::Workspace::OpenMode::CreateIfMissing);
    QVERIFY(ws.ok());
    const QString file = m_dir.filePath(QStringLiteral("identity.jsonl"));
    QVERIFY(test::writeFile(file, text));
    ingest::FileImporter importer(*ws.value());
    TaskContext ctx;
    QVERIFY(importer.run(file, ingest::ImportFormat::MixpanelJsonl, ctx).ok());

    auto activeUsers = [](const dataset::Dataset& d) {
        QStringList out;
        for (int u = 0; u < d.userCount(); ++u)
            if (d.userEnd(u) > d.userBegin(u))
                out << QStringLiteral("%1:%2").arg(d.userIds()[u]).arg(d.userEnd(u) - d.userBegin(u));
        out.sort();
        return out;
    };
    auto plain = dataset::loadDataset(*ws.value(), ctx);
    QVERIFY(plain.ok());
    QCOMPARE(activeUsers(*plain.value()),
             QStringList({"$device:d1:1", "$device:d2:1", "$device:d3:1", "alice:1", "bob:1"}));
    QVERIFY(ws.value()->setSetting(store::Workspace::kResolveIdentities, QStringLiteral("true")).ok());
    auto merged = dataset::loadDataset(*ws.value(), ctx);
    QVERIFY(merged.ok());
    QVERIFY(merged.value()->settings().resolveIdentities);
    QCOMPARE(activeUsers(*merged.value()), QStringList({"$device:d2:1", "alice:2", "bob:2"}));
    // Each view has its own column file, so switching back is not served the merged one.
    QVERIFY(ws.value()->setSetting(store::Workspace::kResolveIdentities, QStringLiteral("false")).ok());
    QCOMPARE(activeUsers(*dataset::loadDataset(*ws.value(), ctx).value()).size(), 5);
}

// Events arrive newest first, so every user needs re-sorting by time; reading the ids in two
// halves on two connections must give exactly what one connection gives, and the row-to-position
// map must still send each event's properties to its position.
void TestColumnSnapshot::twoConnectionReadMatchesOne()
{
    QByteArray text;
    for (int i = 400; i-- > 0;)
        text +=
            QStringLiteral(R"({"event":"e%1","properties":{"time":%2,"distinct_id":"v%3","$insert_id":"r%4","n":%4}})"
                           "\n")
                .arg(i % 4)
                .arg(1800000000 + i)
                .arg(i % 9)
                .arg(i)
                .toUtf8();
    const QString file = m_dir.filePath(QStringLiteral("reversed.jsonl"));
    QVERIFY(test::writeFile(file, text));
    ingest::FileImporter importer(*m_ws);
    TaskContext ctx;
    QVERIFY(importer.run(file, ingest::ImportFormat::MixpanelJsonl, ctx).ok());

    dataset::DatasetLoadOptions one;
    one.writeColumnFile = false;
    one.parallelScanMinRows = std::numeric_limits<qint64>::max();
    dataset::DatasetLoadOptions two = one;
    two.parallelScanMinRows = 0;
    const auto a = dataset::loadDataset(*m_ws, ctx, one);
    const auto b = dataset::loadDataset(*m_ws, ctx, two);
    QVERIFY(a.ok() && b.ok());
    const auto& x = *a.value();
    const auto& y = *b.value();
    QCOMPARE(y.eventCount(), size_t(450));
    QCOMPARE(x.eventCount(), y.eventCount());
    QCOMPARE(x.userIds(), y.userIds());
    for (size_t i = 0; i < x.eventCount(); ++i) {
        QCOMPARE(x.users()[i], y.users()[i]);
        QCOMPARE(x.names()[i], y.names()[i]);
        QCOMPARE(x.times()[i], y.times()[i]);
    }
    auto n = y.property(QStringLiteral("n"));
    QVERIFY(n.ok());
    for (size_t p = 0; p < y.eventCount(); ++p) {
        if (p > 0 && y.users()[p] == y.users()[p - 1])
            QVERIFY(y.times()[p - 1] <= y.times()[p]);
        const QString user = y.userIds()[y.users()[p]];
        if (!user.startsWith(u'v'))
            continue;
        // The property written with each event lands where that event's time is.
        const double value = n.value()->number(p);
        QCOMPARE(y.times()[p], (1800000000 + qint64(value)) * 1000);
        QCOMPARE(user, QStringLiteral("v%1").arg(qint64(value) % 9));
    }
}

// The window's overview takes its totals from the loaded columns instead of scanning the store:
// they must be the store's. 50 events e0, e1, e2 by turns (17, 17, 16: the tie goes by name)
// from 7 users, one per second from 2023-11-14T22:13:20Z, which is already 11-15 in Tokyo.
void TestColumnSnapshot::totalsMatchTheStoreSummary()
{
    const QTimeZone tokyo("Asia/Tokyo");
    const auto fromStore = store::loadWorkspaceSummary(*m_ws, tokyo);
    QVERIFY(fromStore.ok());
    store::WorkspaceSummary totals;
    totals.timezone = QString::fromUtf8(tokyo.id());
    dataset::addDatasetTotals(*load(), 10, totals);
    QCOMPARE(totals.events, qint64(50));
    QCOMPARE(totals.users, qint64(7));
    QCOMPARE(totals.from, QDate(2023, 11, 15));
    QCOMPARE(totals.to, QDate(2023, 11, 15));
    QCOMPARE(totals.topEvents.size(), 3);
    QCOMPARE(totals.topEvents[0].event, QStringLiteral("e0"));
    QCOMPARE(totals.topEvents[0].count, qint64(17));
    QCOMPARE(totals.topEvents[1].event, QStringLiteral("e1"));
    QCOMPARE(totals.topEvents[2].count, qint64(16));
    QCOMPARE(totals.events, fromStore.value().events);
    QCOMPARE(totals.users, fromStore.value().users);
    QCOMPARE(totals.from, fromStore.value().from);
    QCOMPARE(totals.to, fromStore.value().to);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(totals.topEvents[i].event, fromStore.value().topEvents[i].event);
        QCOMPARE(totals.topEvents[i].count, fromStore.value().topEvents[i].count);
    }
}

// The sync view's per-source totals scan every event once per events generation: kept in the
// settings, read back while nothing changed (a planted count shows), scanned again after an import.
void TestColumnSnapshot::sourceTotalsAreKeptUntilEventsChange()
{
    auto sum = [this] {
        const auto rows = store::WorkspaceCatalog(*m_ws).sourceStatus();
        qint64 n = 0;
        for (const auto& r : rows.value())
            n += r.events;
        return n;
    };
    QCOMPARE(sum(), qint64(50));
    const QString cached = m_ws->setting(QStringLiteral("source_event_totals"));
    QVERIFY(cached.contains(QStringLiteral("[50,")));
    QVERIFY(m_ws->setSetting(QStringLiteral("source_event_totals"),
                             QString(cached).replace(QStringLiteral("[50,"), QStringLiteral("[7,")))
                .ok());
    QCOMPARE(sum(), qint64(7));
    import(10, 50);
    QCOMPARE(sum(), qint64(60));
}

// Property codes take one byte per event up to 127 values, two up to 32,767, else four; every
// width keeps each event's value (and missing ones) in memory and through the cache file.
void TestColumnSnapshot::propertyCodesNarrowAndSurviveTheCache()
{
    struct Case {
        int values;
        int width;
    };
    for (const Case k : {Case{3, 1}, Case{127, 1}, Case{128, 2}, Case{32767, 2}, Case{40001, 4}}) {
        const size_t events = 100000;
        dataset::PropertyColumnBuilder b(QStringLiteral("p"), events);
        for (size_t i = 0; i < events; ++i)
            if (i % 5 != 4) // every fifth event lacks it
                b.setText(i, QStringLiteral("v%1").arg(i % size_t(k.values)));
        const dataset::PropertyColumn column = b.take();
        QCOMPARE(column.values.size(), qsizetype(k.values));
        QCOMPARE(column.codes.width(), k.width);
        const QString file = m_dir.filePath(QStringLiteral("codes-%1").arg(k.values));
        QVERIFY(dataset::PropertyColumnCache::write(file, 7, column));
        const auto read = dataset::PropertyColumnCache::read(file, 7, events);
        QVERIFY(read);
        QCOMPARE(read->codes.width(), k.width);
        for (size_t i = 0; i < events; i += 997) {
            const QString expected = i % 5 == 4 ? QString() : QStringLiteral("v%1").arg(i % size_t(k.values));
            QCOMPARE(column.text(i), expected);
            QCOMPARE(read->text(i), expected);
        }
    }
}

QTEST_GUILESS_MAIN(TestColumnSnapshot)
#include "tst_column_snapshot.moc"
