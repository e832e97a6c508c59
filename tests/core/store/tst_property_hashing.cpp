// Pseudonymised properties: with `email` chosen, every stored event and profile carries the
// keyed SHA-256 of the value instead of the value (equal values, equal hashes), nothing else
// changes, rejected lines keep no raw text, and the value never reaches the file.
#include "core/ingest/FileImporter.h"
#include "core/store/EventWriter.h"
#include "core/store/PropertyHasher.h"
#include "core/store/Workspace.h"
#include "tests/support/TestFiles.h"
#include "tests/support/WorkspaceQuery.h"

#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace hc;

namespace {

const QByteArray kLines =
    R"({"event":"signup","properties":{"time":1700000000,"distinct_id":"a","$insert_id":"1","email":"alice@example.com","plan":"pro"}})"
    "\n"
    R"({"event":"login","properties":{"time":1700000100,"distinct_id":"a","$insert_id":"2","email":"alice@example.com"}})"
    "\n"
    R"({"event":"signup","properties":{"time":1700000200,"distinct_id":"b","$insert_id":"3","email":"bob@example.com"}})"
    "\n"
    R"({"event":"broken","properties":{"distinct_id":"c","email":"carol@example.com","time":"never"}})"
    "\n";

} // namespace

class TestPropertyHashing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void eventsAndProfilesCarryHashes();
    void cliImportTakesTheOption();

private:
    QTemporaryDir m_dir;
};

void TestPropertyHashing::eventsAndProfilesCarryHashes()
{
    const QString path = m_dir.filePath(QStringLiteral("hashed.hcw"));
    auto ws = store::Workspace::open(path, store::Workspace::OpenMode::CreateIfMissing);
    QVERIFY(ws.ok());
    QVERIFY(store::PropertyHasher::addProperties(*ws.value(), {QStringLiteral("email")}));
    const QString file = m_dir.filePath(QStringLiteral("events.jsonl"));
    QVERIFY(test::writeFile(file, kLines));
    TaskContext ctx;
    const auto imported = ingest::FileImporter(*ws.value()).run(file, ingest::ImportFormat::MixpanelJsonl, ctx);
    QVERIFY(imported.ok());
    QCOMPARE(imported.value().inserted, 3);
    QCOMPARE(imported.value().quarantined, 1);
    {
        store::EventWriter writer(*ws.value());
        QVERIFY(writer.begin().ok());
        QVERIFY(writer.upsertProfile("a", R"({"email":"alice@example.com","$name":"Alice"})", 1, 1).ok());
        QVERIFY(writer.commit().ok());
    }

    // The hash is HMAC-SHA256 of the value with the workspace's salt.
    const QByteArray salt = QByteArray::fromHex(ws.value()->setting(store::PropertyHasher::kSaltSetting).toLatin1());
    QCOMPARE(salt.size(), 32);
    const auto expect = [&](const char* value) -> QString {
        return QStringLiteral("hmac-sha256:")
               + QString::fromLatin1(QMessageAuthenticationCode::hash(value, salt, QCryptographicHash::Sha256).toHex());
    };
    QCOMPARE(test::queryColumn(*ws.value(), QStringLiteral("SELECT json_extract(properties, '$.email') FROM events"
                                                           " ORDER BY time_ms")),
             QStringList({expect("alice@example.com"), expect("alice@example.com"), expect("bob@example.com")}));
    QCOMPARE(test::queryColumn(*ws.value(), QStringLiteral("SELECT json_extract(properties, '$.plan') FROM events"
                                                           " WHERE json_extract(properties, '$.plan') IS NOT NULL")),
             QStringList({"pro"})); // other properties are as they came
    QCOMPARE(test::queryColumn(*ws.value(), QStringLiteral("SELECT json_extract(properties, '$.email') || '|' ||"
                                                           " json_extract(properties, '$.\"$name\"') FROM profiles")),
             QStringList({expect("alice@example.com") + QStringLiteral("|Alice")}));
    const QStringList raw = test::queryColumn(*ws.value(), QStringLiteral("SELECT raw FROM quarantine"));
    QCOMPARE(raw.size(), 1);
    QVERIFY2(!raw.first().contains(QStringLiteral("carol")), qPrintable(raw.first()));

    // The values never reached the file or its WAL.
    ws = Error{};
    const QString wal = path + QStringLiteral("-wal");
    for (const QString& f : {path, wal})
        for (const char* value : {"alice@example.com", "bob@example.com", "carol@example.com"})
            QVERIFY2(!test::readFile(f).contains(value), qPrintable(f + QStringLiteral(": ") + QLatin1String(value)));
}

void TestPropertyHashing::cliImportTakesTheOption()
{
    const QString path = m_dir.filePath(QStringLiteral("cli.hcw"));
    const QString file = m_dir.filePath(QStringLiteral("cli.jsonl"));
    QVERIFY(test::writeFile(file, kLines));
    QProcess p;
    p.start(qEnvironmentVariable("HC_CLI"), {QStringLiteral("import"), QStringLiteral("--db"), path,
                                             QStringLiteral("--hash-properties"), QStringLiteral("email"), file});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    auto ws = store::Workspace::open(path, store::Workspace::OpenMode::MustExist);
    QCOMPARE(ws.value()->setting(store::PropertyHasher::kPropertiesSetting), QStringLiteral("email"));
    const QStringList emails = test::queryColumn(
        *ws.value(), QStringLiteral("SELECT DISTINCT json_extract(properties, '$.email') FROM events ORDER BY 1"));
    QCOMPARE(emails.size(), 2);
    for (const QString& e : emails)
        QVERIFY2(e.startsWith(QStringLiteral("hmac-sha256:")) && e.size() == 12 + 64, qPrintable(e));
}

QTEST_GUILESS_MAIN(TestPropertyHashing)
#include "tst_property_hashing.moc"
