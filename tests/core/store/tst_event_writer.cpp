// Deduplication (semantics.md, "Identity and duplicates") and atomic day replacement.
#include "core/store/EventWriter.h"
#include "core/store/Workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace hc;
using hc::store::EventWriter;
using hc::store::RawEvent;
using hc::store::Workspace;

namespace {

constexpr qint64 kDay10 = 10 * 86400000LL; // 1970-01-11T00:00Z, day number 10

RawEvent rawEvent(const char* name, const char* user, qint64 time, const char* insertId,
                  std::optional<qint64> processing, const char* props = "{}")
{
    RawEvent e;
    e.name = name;
    e.distinctId = user;
    e.timeMs = time;
    e.insertId = insertId;
    e.hasProcessingTime = processing.has_value();
    e.processingTimeMs = processing.value_or(0);
    e.propertiesJson = props;
    return e;
}

} // namespace

class TestEventWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { m_ws.reset(); }
    void duplicateResolution_data();
    void duplicateResolution();
    void missingInsertIdNeverDeduplicated();
    void keyPartsDistinguish();
    void replaceDayIsAtomic();
    void replaceDayKeepsOtherSourcesAndDays();
    void rollbackForgetsDictionaryIds();

private:
    qint64 count(const QString& sql);
    QString value(const QString& sql);
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestEventWriter::init()
{
    static int n = 0;
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("w%1.hcw").arg(++n)), Workspace::OpenMode::CreateIfMissing);
    QVERIFY(ws.ok());
    m_ws = std::move(ws.value());
}

qint64 TestEventWriter::count(const QString& sql)
{
    QSqlQuery q(m_ws->database());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString TestEventWriter::value(const QString& sql)
{
    QSqlQuery q(m_ws->database());
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("<error>");
    return q.value(0).toString();
}

void TestEventWriter::duplicateResolution_data()
{
    // The first write stores processing time `stored`; the second has the same key.
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<QVariant>("incoming");
    QTest::addColumn<QString>("keptProps");
    const QVariant none;
    QTest::newRow("later processing replaces") << QVariant(100) << QVariant(200) << "{\"v\":2}";
    QTest::newRow("earlier processing is dropped") << QVariant(200) << QVariant(100) << "{\"v\":1}";
    QTest::newRow("tie keeps the stored row") << QVariant(100) << QVariant(100) << "{\"v\":1}";
    QTest::newRow("missing incoming is older") << QVariant(100) << none << "{\"v\":1}";
    QTest::newRow("missing stored is older") << none << QVariant(5) << "{\"v\":2}";
    QTest::newRow("both missing keeps stored") << none << none << "{\"v\":1}";
}

void TestEventWriter::duplicateResolution()
{
    QFETCH(QVariant, stored);
    QFETCH(QVariant, incoming);
    QFETCH(QString, keptProps);
    EventWriter w(*m_ws);
    const qint64 src = w.ensureSource(QStringLiteral("s"), QStringLiteral("file")).value();
    QVERIFY(w.begin().ok());
    auto opt = [](const QVariant& v) { return v.isValid() ? std::optional<qint64>(v.toLongLong()) : std::nullopt; };
    auto first = w.write(rawEvent("buy", "u1", 1000, "i1", opt(stored), "{\"v\":1}"), src, 0);
    QCOMPARE(first.value(), EventWriter::Outcome::Inserted);
    auto second = w.write(rawEvent("buy", "u1", 1000, "i1", opt(incoming), "{\"v\":2}"), src, 0);
    QCOMPARE(second.value(), EventWriter::Outcome::Duplicate); // counted as duplicate even when it replaced
    QVERIFY(w.commit().ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM events")), 1);
    QCOMPARE(value(QStringLiteral("SELECT properties FROM events")), keptProps);
}

void TestEventWriter::missingInsertIdNeverDeduplicated()
{
    EventWriter w(*m_ws);
    const qint64 src = w.ensureSource(QStringLiteral("s"), QStringLiteral("file")).value();
    QVERIFY(w.begin().ok());
    QCOMPARE(w.write(rawEvent("buy", "u1", 1000, "", 1), src, 0).value(), EventWriter::Outcome::Inserted);
    QCOMPARE(w.write(rawEvent("buy", "u1", 1000, "", 1), src, 0).value(), EventWriter::Outcome::Inserted);
    QVERIFY(w.commit().ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM events")), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM events WHERE insert_id IS NULL")), 2);
}

void TestEventWriter::keyPartsDistinguish()
{
    // Changing any one part of (event, distinct_id, time ms, $insert_id) makes a new event.
    EventWriter w(*m_ws);
    const qint64 src = w.ensureSource(QStringLiteral("s"), QStringLiteral("file")).value();
    QVERIFY(w.begin().ok());
    QCOMPARE(w.write(rawEvent("buy", "u1", 1000, "i", 1), src, 0).value(), EventWriter::Outcome::Inserted);
    QCOMPARE(w.write(rawEvent("view", "u1", 1000, "i", 1), src, 0).value(), EventWriter::Outcome::Inserted);
    QCOMPARE(w.write(rawEvent("buy", "u2", 1000, "i", 1), src, 0).value(), EventWriter::Outcome::Inserted);
    QCOMPARE(w.write(rawEvent("buy", "u1", 1001, "i", 1), src, 0).value(), EventWriter::Outcome::Inserted);
    QCOMPARE(w.write(rawEvent("buy", "u1", 1000, "j", 1), src, 0).value(), EventWriter::Outcome::Inserted);
    QCOMPARE(w.write(rawEvent("buy", "u1", 1000, "i", 1, "{\"city\":\"x\"}"), src, 0).value(),
             EventWriter::Outcome::Duplicate); // other properties do not matter
    QVERIFY(w.commit().ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM events")), 5);
}

void TestEventWriter::replaceDayIsAtomic()
{
    EventWriter w(*m_ws);
    const qint64 src = w.ensureSource(QStringLiteral("mixpanel:1"), QStringLiteral("mixpanel")).value();
    QVERIFY(w.begin().ok());
    for (int i = 0; i < 3; ++i)
        QVERIFY(w.write(rawEvent("a", "u", kDay10 + 1000 + i, QByteArray::number(i).constData(), 1), src, 10).ok());
    QVERIFY(w.recordCheckpoint(src, 10, true, 3, {}).ok());
    QVERIFY(w.commit().ok());

    // A re-sync that fails half-way leaves the old day exactly as it was.
    QVERIFY(w.begin().ok());
    QCOMPARE(w.deleteSourceDay(src, 10).value(), 3);
    QVERIFY(w.write(rawEvent("a", "u", kDay10 + 5000, "new", 1), src, 10).ok());
    w.rollback();
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM events WHERE source_day = 10")), 3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM events WHERE insert_id = 'new'")), 0);

    // A re-sync that completes replaces the day: one event deleted upstream, one added.
    QVERIFY(w.begin().ok());
    QCOMPARE(w.deleteSourceDay(src, 10).value(), 3);
    QVERIFY(w.write(rawEvent("a", "u", kDay10 + 1000, "0", 1), src, 10).ok());
    QVERIFY(w.write(rawEvent("a", "u", kDay10 + 1001, "1", 1), src, 10).ok());
    QVERIFY(w.write(rawEvent("a", "u", kDay10 + 1003, "3", 1), src, 10).ok());
    QVERIFY(w.recordCheckpoint(src, 10, true, 3, {}).ok());
    QVERIFY(w.commit().ok());
    QCOMPARE(value(QStringLiteral("SELECT group_concat(insert_id, ',') FROM (SELECT insert_id FROM events"
                                  " WHERE source_day = 10 ORDER BY time_ms)")),
             QStringLiteral("0,1,3"));
    QCOMPARE(value(QStringLiteral("SELECT status || ':' || rows FROM sync_checkpoints WHERE day = 10")),
             QStringLiteral("done:3"));
}

void TestEventWriter::replaceDayKeepsOtherSourcesAndDays()
{
    EventWriter w(*m_ws);
    const qint64 a = w.ensureSource(QStringLiteral("a"), QStringLiteral("mixpanel")).value();
    const qint64 b = w.ensureSource(QStringLiteral("b"), QStringLiteral("file")).value();
    QVERIFY(a != b);
    QCOMPARE(w.ensureSource(QStringLiteral("a"), QStringLiteral("mixpanel")).value(), a); // stable ids
    QVERIFY(w.begin().ok());
    QVERIFY(w.write(rawEvent("x", "u", kDay10 + 1, "a10", 1), a, 10).ok());
    QVERIFY(w.write(rawEvent("x", "u", kDay10 + 86400000 + 2, "a11", 1), a, 11).ok());
    QVERIFY(w.write(rawEvent("x", "u", kDay10 + 3, "b10", 1), b, 10).ok());
    QVERIFY(w.commit().ok());
    QVERIFY(w.begin().ok());
    QCOMPARE(w.deleteSourceDay(a, 10).value(), 1);
    QVERIFY(w.commit().ok());
    QCOMPARE(value(QStringLiteral(
                 "SELECT group_concat(insert_id, ',') FROM (SELECT insert_id FROM events ORDER BY time_ms)")),
             QStringLiteral("b10,a11"));
}

void TestEventWriter::rollbackForgetsDictionaryIds()
{
    EventWriter w(*m_ws);
    const qint64 src = w.ensureSource(QStringLiteral("s"), QStringLiteral("file")).value();
    QVERIFY(w.begin().ok());
    QVERIFY(w.write(rawEvent("first", "ghost", 1, "x", 1), src, 0).ok());
    w.rollback();
    // The names and users of the rolled-back batch must be created again, not reused.
    QVERIFY(w.begin().ok());
    QVERIFY(w.write(rawEvent("first", "ghost", 1, "x", 1), src, 0).ok());
    QVERIFY(w.commit().ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM events e JOIN users u ON u.id = e.user_id"
                                  " JOIN event_names n ON n.id = e.event_id WHERE u.distinct_id = 'ghost'")),
             1);
}

QTEST_GUILESS_MAIN(TestEventWriter)
#include "tst_event_writer.moc"
