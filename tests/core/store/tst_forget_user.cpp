// Right to erasure: `forget` removes exactly one user's events, profile, dictionary row and
// quarantined lines; the id leaves the database file, its WAL and the column file; the dataset
// loads without the user; the audit log says what was done without naming them.
#include "core/dataset/ColumnSnapshot.h"
#include "core/dataset/DatasetLoader.h"
#include "core/store/EventWriter.h"
#include "core/store/UserEraser.h"
#include "core/store/Workspace.h"
#include "core/store/WorkspaceCatalog.h"
#include "tests/support/EventFixture.h"
#include "tests/support/TestFiles.h"
#include "tests/support/WorkspaceQuery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace hc;

class TestForgetUser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void removesOneUserAndNothingElse();
    void unknownUserIsRefused();
    void cliForgetsAndReportsCounts();

private:
    QString makeDemo(const QString& name);
    qint64 count(store::Workspace& ws, const QString& sql);
    QTemporaryDir m_dir;
};

void TestForgetUser::initTestCase() { QVERIFY(m_dir.isValid()); }

QString TestForgetUser::makeDemo(const QString& name)
{
    const QString path = m_dir.filePath(name);
    if (!test::writeDemoWorkspace(path, 60, 30))
        return QString();
    auto ws = store::Workspace::open(path, store::Workspace::OpenMode::MustExist);
    // A quarantined line that names the user, and one that does not.
    store::EventWriter writer(*ws.value());
    const qint64 source = writer.ensureSource(QStringLiteral("file:test"), QStringLiteral("file")).value();
    writer.begin();
    writer.quarantine(source, QStringLiteral("line 1"), QStringLiteral("bad time"),
                      R"({"event":"x","properties":{"distinct_id":"u000007","time":"soon"}})");
    writer.quarantine(source, QStringLiteral("line 2"), QStringLiteral("bad time"),
                      R"({"event":"x","properties":{"distinct_id":"u000008","time":"soon"}})");
    writer.commit();
    return path;
}

qint64 TestForgetUser::count(store::Workspace& ws, const QString& sql)
{
    return test::queryColumn(ws, sql).value(0).toLongLong();
}

void TestForgetUser::removesOneUserAndNothingElse()
{
    const QString path = makeDemo(QStringLiteral("forget.hcw"));
    QVERIFY(!path.isEmpty());
    auto ws = store::Workspace::open(path, store::Workspace::OpenMode::MustExist);
    QVERIFY(ws.ok());
    const QString ofUser =
        QStringLiteral(" FROM events e JOIN users u ON u.id = e.user_id WHERE u.distinct_id = 'u000007'");
    const qint64 totalBefore = count(*ws.value(), QStringLiteral("SELECT count(*) FROM events"));
    const qint64 userEvents = count(*ws.value(), QStringLiteral("SELECT count(*)") + ofUser);
    QVERIFY(userEvents > 0);
    const qint64 usersBefore = count(*ws.value(), QStringLiteral("SELECT count(*) FROM users"));
    {
        TaskContext ctx;
        QVERIFY(dataset::loadDataset(*ws.value(), ctx).ok()); // a column file exists before
    }
    const QString columns = dataset::ColumnSnapshot::pathFor(path);
    QVERIFY(test::readFile(columns).contains("u000007"));

    const auto r = store::UserEraser(*ws.value()).forget(QStringLiteral("u000007"), QStringLiteral("test"));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r.value().events, userEvents);
    QCOMPARE(r.value().profiles, 1);
    QCOMPARE(r.value().quarantined, 1);
    QCOMPARE(count(*ws.value(), QStringLiteral("SELECT count(*) FROM events")), totalBefore - userEvents);
    QCOMPARE(count(*ws.value(), QStringLiteral("SELECT count(*) FROM users")), usersBefore - 1);
    QCOMPARE(count(*ws.value(), QStringLiteral("SELECT count(*) FROM quarantine")), 1); // u000008's stays
    QCOMPARE(count(*ws.value(), QStringLiteral("SELECT count(*) FROM profiles")), 59);

    // The column file from before is stale now; loading writes a new one without the user.
    TaskContext ctx;
    const auto data = dataset::loadDataset(*ws.value(), ctx);
    QVERIFY(data.ok());
    QCOMPARE(qint64(data.value()->eventCount()), totalBefore - userEvents);
    QVERIFY(!data.value()->userIds().contains(QStringLiteral("u000007")));
    QVERIFY(!test::readFile(columns).contains("u000007"));

    // Vacuumed and checkpointed: the id is in neither the file nor its WAL.
    QVERIFY(!test::readFile(path).contains("u000007"));
    QVERIFY(!test::readFile(path + QStringLiteral("-wal")).contains("u000007"));
    QVERIFY(test::readFile(path).contains("u000008"));

    // The audit log records the request and the counts, never the id.
    const auto audit = store::WorkspaceCatalog(*ws.value()).auditLog();
    QVERIFY(audit.ok());
    QCOMPARE(audit.value().size(), 1);
    QCOMPARE(audit.value().first().action, QStringLiteral("forget_user"));
    QCOMPARE(audit.value().first().actor, QStringLiteral("test"));
    QVERIFY(audit.value().first().detail.contains(QString::number(userEvents)));
    QVERIFY(!audit.value().first().detail.contains(QStringLiteral("u000007")));
    QVERIFY(audit.value().first().at.isValid());
}

void TestForgetUser::unknownUserIsRefused()
{
    const QString path = makeDemo(QStringLiteral("unknown.hcw"));
    auto ws = store::Workspace::open(path, store::Workspace::OpenMode::MustExist);
    const qint64 before = count(*ws.value(), QStringLiteral("SELECT count(*) FROM events"));
    const auto r = store::UserEraser(*ws.value()).forget(QStringLiteral("nobody"), QStringLiteral("test"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Invalid);
    QCOMPARE(count(*ws.value(), QStringLiteral("SELECT count(*) FROM events")), before);
    QVERIFY(store::WorkspaceCatalog(*ws.value()).auditLog().value().isEmpty());
}

void TestForgetUser::cliForgetsAndReportsCounts()
{
    const QString path = makeDemo(QStringLiteral("cli.hcw"));
    const QString cli = qEnvironmentVariable("HC_CLI");
    QProcess p;
    p.start(cli, {QStringLiteral("forget"), QStringLiteral("--db"), path, QStringLiteral("--user"),
                  QStringLiteral("u000003"), QStringLiteral("--json")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QVERIFY(o.value(QStringLiteral("events")).toInteger() > 0);
    QCOMPARE(o.value(QStringLiteral("profiles")).toInteger(), 1);
    QVERIFY(!test::readFile(dataset::ColumnSnapshot::pathFor(path)).contains("u000003"));
    QProcess again;
    again.start(cli, {QStringLiteral("forget"), QStringLiteral("--db"), path, QStringLiteral("--user"),
                      QStringLiteral("u000003")});
    QVERIFY(again.waitForFinished(60000));
    QCOMPARE(again.exitCode(), 2); // gone already: bad input, and it says so
    QVERIFY(again.readAllStandardError().contains("No user"));
}

QTEST_GUILESS_MAIN(TestForgetUser)
#include "tst_forget_user.moc"
