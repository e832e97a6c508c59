// Opening workspaces: new files become workspaces, old ones are migrated forward, and anything
// we cannot read safely (not a workspace, a newer version, damage) is refused with the file
// left byte-identical.
#include "core/store/SchemaMigrations.h"
#include "core/store/UserEraser.h"
#include "core/store/Workspace.h"
#include "tests/support/ReadOnlyFolder.h"
#include "tests/support/TestFiles.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace hc;
using hc::store::Workspace;

class TestWorkspaceOpen : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void createsNewWorkspace();
    void emptyFileBecomesWorkspace();
    void migratesVersionOne();
    void refusesNewerVersionUntouched();
    void refusesTextFileUntouched();
    void refusesForeignSqliteUntouched();
    void refusesDamagedFileUntouched();
    void refusesMissingFileWhenItMustExist();
    void settingsRoundTrip();
    void readOnlyWorkspaceIsReadNeverWritten();

private:
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QTemporaryDir m_dir;
};

void TestWorkspaceOpen::createsNewWorkspace()
{
    const QString p = path("new.hcw");
    auto ws = Workspace::open(p, Workspace::OpenMode::CreateIfMissing);
    QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().message));
    QCOMPARE(ws.value()->schemaVersion(), store::currentSchemaVersion());
    QSqlQuery q(ws.value()->database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    q.finish();
    QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
    QCOMPARE(q.value(0).toInt(), Workspace::kApplicationId);
    q.finish();
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestWorkspaceOpen::emptyFileBecomesWorkspace()
{
    const QString p = path("empty.hcw");
    QVERIFY(test::writeFile(p, {}));
    auto ws = Workspace::open(p, Workspace::OpenMode::MustExist);
    QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().message));
    QCOMPARE(ws.value()->schemaVersion(), store::currentSchemaVersion());
}

void TestWorkspaceOpen::migratesVersionOne()
{
    const QString p = path("v1.hcw");
    const QString fixture = test::fixturePath(QStringLiteral("workspace_v1.sql"));
    QVERIFY2(QFile::exists(fixture), qPrintable(fixture));
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(p).constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, test::readFile(fixture).constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
    QCOMPARE(test::rawSql(p, QStringLiteral("PRAGMA user_version")), QStringLiteral("1"));

    auto ws = Workspace::open(p, Workspace::OpenMode::MustExist);
    QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().message));
    QCOMPARE(ws.value()->schemaVersion(), 4); // through every step
    QSqlQuery q(ws.value()->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM events")) && q.next());
    QCOMPARE(q.value(0).toInt(), 3); // data survives the migration
    q.finish();
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM import_runs")) && q.next()); // version 2 table exists
    QCOMPARE(q.value(0).toInt(), 0);
    q.finish();
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM saved_queries")) && q.next());
    q.finish();
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM analysis_runs")) && q.next()); // version 3 tables
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM insight_status")) && q.next());
    q.finish();
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM cohorts")) && q.next()); // version 4
    QCOMPARE(ws.value()->setting(Workspace::kReportingTimeZone), QStringLiteral("Europe/Berlin"));
    q.finish();
    ws = Error{};
    QCOMPARE(test::rawSql(p, QStringLiteral("PRAGMA user_version")), QStringLiteral("4"));
}

void TestWorkspaceOpen::refusesNewerVersionUntouched()
{
    const QString p = path("newer.hcw");
    {
        auto ws = Workspace::open(p, Workspace::OpenMode::CreateIfMissing);
        QVERIFY(ws.ok());
    }
    test::rawSql(p, QStringLiteral("PRAGMA user_version = 99"));
    const QByteArray before = test::readFile(p);
    auto ws = Workspace::open(p, Workspace::OpenMode::MustExist);
    QVERIFY(!ws.ok());
    QCOMPARE(ws.error().code, Error::Code::NewerSchema);
    QVERIFY(ws.error().message.contains(QStringLiteral("newer")));
    QVERIFY(ws.error().message.contains(QStringLiteral("99")));
    QCOMPARE(test::readFile(p), before);
}

void TestWorkspaceOpen::refusesTextFileUntouched()
{
    const QString p = path("notes.hcw");
    const QByteArray text = QByteArrayLiteral("these are my notes, not a database\n").repeated(10);
    QVERIFY(test::writeFile(p, text));
    auto ws = Workspace::open(p, Workspace::OpenMode::CreateIfMissing);
    QVERIFY(!ws.ok());
    QCOMPARE(ws.error().code, Error::Code::NotWorkspace);
    QCOMPARE(test::readFile(p), text);
}

void TestWorkspaceOpen::refusesForeignSqliteUntouched()
{
    const QString p = path("other.sqlite");
    test::rawSql(p, QStringLiteral("CREATE TABLE contacts(name TEXT); INSERT INTO contacts VALUES ('x')"));
    const QByteArray before = test::readFile(p);
    auto ws = Workspace::open(p, Workspace::OpenMode::MustExist);
    QVERIFY(!ws.ok());
    QCOMPARE(ws.error().code, Error::Code::NotWorkspace);
    QCOMPARE(test::readFile(p), before);
}

void TestWorkspaceOpen::refusesDamagedFileUntouched()
{
    const QString p = path("damaged.hcw");
    {
        auto ws = Workspace::open(p, Workspace::OpenMode::CreateIfMissing);
        QVERIFY(ws.ok());
    }
    QByteArray bytes = test::readFile(p);
    QVERIFY(bytes.size() > 4096);
    for (int i = 100; i < 4096; ++i) // keep the header, scramble the schema page
        bytes[i] = char(0xA5 ^ i);
    QVERIFY(test::writeFile(p, bytes));
    auto ws = Workspace::open(p, Workspace::OpenMode::MustExist);
    QVERIFY(!ws.ok());
    QVERIFY(ws.error().code == Error::Code::Corrupt || ws.error().code == Error::Code::Database);
    QCOMPARE(test::readFile(p), bytes);
}

void TestWorkspaceOpen::refusesMissingFileWhenItMustExist()
{
    auto ws = Workspace::open(path("missing.hcw"), Workspace::OpenMode::MustExist);
    QVERIFY(!ws.ok());
    QVERIFY(ws.error().message.contains(QStringLiteral("does not exist")));
    QVERIFY(!QFile::exists(path("missing.hcw")));
}

void TestWorkspaceOpen::settingsRoundTrip()
{
    const QString p = path("settings.hcw");
    {
        auto ws = Workspace::open(p, Workspace::OpenMode::CreateIfMissing);
        QVERIFY(ws.ok());
        QCOMPARE(ws.value()->reportingTimeZone(), QTimeZone::utc()); // the default
        QVERIFY(ws.value()->setSetting(Workspace::kReportingTimeZone, QStringLiteral("America/New_York")).ok());
    }
    auto ws = Workspace::open(p, Workspace::OpenMode::MustExist);
    QVERIFY(ws.ok());
    QCOMPARE(ws.value()->reportingTimeZone().id(), QByteArray("America/New_York"));
}

void TestWorkspaceOpen::readOnlyWorkspaceIsReadNeverWritten()
{
    test::ReadOnlyFolder folder(path("read-only"));
    QVERIFY2(folder.error().isEmpty(), qPrintable(folder.error()));
    const QString p = folder.filePath(QStringLiteral("w.hcw"));
    {
        auto ws = Workspace::open(p, Workspace::OpenMode::CreateIfMissing);
        QVERIFY(ws.ok());
        QVERIFY(ws.value()->setSetting(QStringLiteral("probe"), QStringLiteral("kept")).ok());
    }
    QVERIFY2(folder.seal(), qPrintable(folder.error()));
    const QByteArray before = test::readFile(p);
    QVERIFY(!before.isEmpty());

    // Readers open it (no -shm or -wal can be made: it is read as immutable) and see its data.
    auto reader = Workspace::open(p, Workspace::OpenMode::MustExist);
    QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.error().message));
    QVERIFY(reader.value()->isReadOnly());
    QCOMPARE(reader.value()->setting(QStringLiteral("probe")), QStringLiteral("kept"));
    QCOMPARE(reader.value()->schemaVersion(), store::currentSchemaVersion());
    // Writers are told, before they start, that nothing will change.
    QVERIFY(!reader.value()->requireWritable().ok());
    const auto forgot = store::UserEraser(*reader.value()).forget(QStringLiteral("anyone"), QStringLiteral("test"));
    QVERIFY(!forgot.ok());
    QVERIFY2(forgot.error().message.contains(QStringLiteral("read-only")), qPrintable(forgot.error().message));
    const auto write = reader.value()->setSetting(QStringLiteral("probe"), QStringLiteral("changed"));
    QVERIFY(!write.ok());
    QVERIFY2(write.error().message.contains(QStringLiteral("read-only")), qPrintable(write.error().message));
    const auto writer = Workspace::open(p, Workspace::OpenMode::CreateIfMissing);
    QVERIFY(!writer.ok());
    QVERIFY2(writer.error().message.contains(QStringLiteral("read-only")), qPrintable(writer.error().message));
    QVERIFY(!Workspace::open(folder.filePath(QStringLiteral("new.hcw")), Workspace::OpenMode::CreateIfMissing).ok());
    reader.value().reset();
    QCOMPARE(test::readFile(p), before);
    QVERIFY(!QFile::exists(p + QStringLiteral("-shm")));
}

QTEST_GUILESS_MAIN(TestWorkspaceOpen)
#include "tst_workspace_open.moc"
