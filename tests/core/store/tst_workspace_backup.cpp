// Backups with SQLite's online backup API: a consistent copy while another connection has the
// workspace open (with an open read transaction and after writes), and a restore that brings the
// old contents back, refuses what is not a workspace, and leaves no stale column file.
#include "core/dataset/ColumnSnapshot.h"
#include "core/dataset/DatasetLoader.h"
#include "core/store/UserEraser.h"
#include "core/store/Workspace.h"
#include "core/store/WorkspaceBackup.h"
#include "tests/support/EventFixture.h"
#include "tests/support/TestFiles.h"
#include "tests/support/WorkspaceQuery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace hc;

class TestWorkspaceBackup : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void backupWhileOpenThenRestore();
    void restoreRefusesWhatIsNotAWorkspace();
    void cliBackupAndRestore();

private:
    qint64 events(store::Workspace& ws);
    QTemporaryDir m_dir;
    QString m_path;
};

void TestWorkspaceBackup::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("w.hcw"));
    QVERIFY(test::writeDemoWorkspace(m_path, 80, 30));
}

qint64 TestWorkspaceBackup::events(store::Workspace& ws)
{
    return test::queryColumn(ws, QStringLiteral("SELECT count(*) FROM events")).value(0).toLongLong();
}

void TestWorkspaceBackup::backupWhileOpenThenRestore()
{
    auto ws = store::Workspace::open(m_path, store::Workspace::OpenMode::MustExist);
    QVERIFY(ws.ok());
    const qint64 before = events(*ws.value());
    // Another connection (the GUI, say) holds the workspace open with a read transaction.
    auto other = store::Workspace::open(m_path, store::Workspace::OpenMode::MustExist);
    QVERIFY(other.ok());
    QVERIFY(other.value()->exec(QStringLiteral("BEGIN")).ok());
    QCOMPARE(events(*other.value()), before);

    const QString copy = m_dir.filePath(QStringLiteral("copy.hcw"));
    const auto bytes = store::WorkspaceBackup::backup(*ws.value(), copy);
    QVERIFY2(bytes.ok(), qPrintable(bytes.ok() ? QString() : bytes.error().message));
    QVERIFY(bytes.value() > 0);
    QVERIFY(other.value()->exec(QStringLiteral("COMMIT")).ok());
    QVERIFY(!QFile::exists(copy + QStringLiteral("-wal"))); // one self-contained file
    {
        auto b = store::Workspace::open(copy, store::Workspace::OpenMode::MustExist);
        QVERIFY(b.ok());
        QCOMPARE(events(*b.value()), before);
    }

    // The workspace changes; restoring brings the copy's contents back.
    QVERIFY(store::UserEraser(*ws.value()).forget(QStringLiteral("u000001"), QStringLiteral("test")).ok());
    QVERIFY(events(*ws.value()) < before);
    TaskContext ctx;
    QVERIFY(dataset::loadDataset(*ws.value(), ctx).ok()); // a column file of the changed contents
    QVERIFY(store::WorkspaceBackup::restore(copy, *ws.value()).ok());
    QCOMPARE(events(*ws.value()), before);
    QCOMPARE(events(*other.value()), before); // other connections see the restored contents
    QVERIFY(dataset::rewriteColumnFiles(*ws.value(), ctx).ok());
    const auto data = dataset::loadDataset(*ws.value(), ctx);
    QVERIFY(data.ok());
    QCOMPARE(qint64(data.value()->eventCount()), before);
    QVERIFY(data.value()->userIds().contains(QStringLiteral("u000001")));
}

void TestWorkspaceBackup::restoreRefusesWhatIsNotAWorkspace()
{
    auto ws = store::Workspace::open(m_path, store::Workspace::OpenMode::MustExist);
    const qint64 before = events(*ws.value());
    const QString junk = m_dir.filePath(QStringLiteral("junk.hcw"));
    QVERIFY(test::writeFile(junk, QByteArray("this is not a database, just some text\n").repeated(200)));
    const QByteArray junkBytes = test::readFile(junk);
    const Status s = store::WorkspaceBackup::restore(junk, *ws.value());
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Code::NotWorkspace);
    QCOMPARE(events(*ws.value()), before);
    QCOMPARE(test::readFile(junk), junkBytes); // left as it was
    QCOMPARE(store::WorkspaceBackup::restore(m_dir.filePath(QStringLiteral("none.hcw")), *ws.value()).error().code,
             Error::Code::Invalid);
    QCOMPARE(store::WorkspaceBackup::backup(*ws.value(), m_path).error().code, Error::Code::Invalid);
}

void TestWorkspaceBackup::cliBackupAndRestore()
{
    const QString cli = qEnvironmentVariable("HC_CLI");
    const QString copy = m_dir.filePath(QStringLiteral("cli-copy.hcw"));
    const QString target = m_dir.filePath(QStringLiteral("restored.hcw"));
    QProcess backup;
    backup.start(cli, {QStringLiteral("backup"), QStringLiteral("--db"), m_path, QStringLiteral("--to"), copy,
                       QStringLiteral("--json")});
    QVERIFY(backup.waitForFinished(60000));
    QCOMPARE(backup.exitCode(), 0);
    const QJsonObject b = QJsonDocument::fromJson(backup.readAllStandardOutput()).object();
    QVERIFY(b.value(QStringLiteral("bytes")).toInteger() > 0);
    QProcess restore;
    restore.start(cli, {QStringLiteral("restore"), QStringLiteral("--db"), target, QStringLiteral("--from"), copy,
                        QStringLiteral("--json")});
    QVERIFY(restore.waitForFinished(60000));
    QCOMPARE(restore.exitCode(), 0);
    const QJsonObject r = QJsonDocument::fromJson(restore.readAllStandardOutput()).object();
    QCOMPARE(r.value(QStringLiteral("events")).toInteger(), b.value(QStringLiteral("events")).toInteger());
    QCOMPARE(r.value(QStringLiteral("users")).toInteger(), 80);
    QVERIFY(QFile::exists(dataset::ColumnSnapshot::pathFor(target)));
}

QTEST_GUILESS_MAIN(TestWorkspaceBackup)
#include "tst_workspace_backup.moc"
