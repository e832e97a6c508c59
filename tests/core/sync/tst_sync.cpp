// Sync against the local Mixpanel emulator (tests/emulator): under every fault the store ends up
// holding exactly the emulator's events; cancel and resume, a killed sync re-run, upstream changes
// and failures that name their cause without leaking the secret.
#include "core/store/Workspace.h"
#include "core/sync/MixpanelExportSource.h"
#include "core/sync/SyncEngine.h"
#include "tests/support/MixpanelEmulator.h"
#include "tests/support/TestFiles.h"
#include "tests/support/WorkspaceQuery.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

#include <csignal>

using namespace hc;

namespace {

const QString kSecret = test::MixpanelEmulator::kSecret;
constexpr int kEventsPerDay = 200;

} // namespace

class TestSync : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_emulator.start(kEventsPerDay)); }
    void init()
    {
        control(R"({"faults": [], "engage_faults": [], "profiles": 50, "failure_rate": 0, "reset_stats": true})");
    }
    void cleanSyncMatchesTheSource();
    void faultsLoseNothing_data();
    void faultsLoseNothing();
    void malformedLineIsQuarantined();
    void badCredentialsNameTheFixAndLeakNoSecret();
    void futureDayFailsAloneWithItsReason();
    void cancelThenResume();
    void killedSyncRerunGivesTheSame();
    void interruptedCliExitsThreeAndResumes();
    void resyncReflectsUpstreamChanges();
    void duplicateAcrossSyncDaysIsKeptOnce();
    void largeDaysGoHourByHour();
    void timezoneModeIsProbed();
    void httpSources_data();
    void httpSources();
    void profilesArePostedAndSurviveFaults();
    void profilesRefusedStopTheSync_data();
    void profilesRefusedStopTheSync();
    void profilesRefusedCliExitsNonZero();
    void halfOfRequestsFailingStillCompletes();
    void retriesEndAndTheDayIsRecordedFailed();
    void requestsFollowTheDocumentedApi_data();
    void requestsFollowTheDocumentedApi();

private:
    sync::SyncConfig config(const QString& db) const;
    // hitcraft-cli sync against the emulator for 2026-11-01..05, the secret from HC_TEST_SECRET.
    QStringList cliSyncArgs(const QString& db, const QStringList& extra) const;
    void control(const QByteArray& json);
    Result<sync::SyncSummary> runSync(const sync::SyncConfig& c, QStringList* log = nullptr,
                                      std::function<bool()> cancel = {});
    void expectExactly(const QString& db, int days);
    QTemporaryDir m_dir;
    test::MixpanelEmulator m_emulator;
    int m_n = 0;
};

sync::SyncConfig TestSync::config(const QString& db) const
{
    sync::SyncConfig c;
    c.workspacePath = db;
    c.projectId = QStringLiteral("4242");
    c.apiBase = m_emulator.baseUrl();
    c.username = QStringLiteral("svc-user");
    c.secret = kSecret;
    c.from = QDate(2026, 11, 1);
    c.to = QDate(2026, 11, 5);
    c.maxRequestsPerSecond = 1000;
    c.maxRequestsPerHour = 100000;
    c.backoffBaseMs = 20;
    c.refreshDays = 0;
    return c;
}

QStringList TestSync::cliSyncArgs(const QString& db, const QStringList& extra) const
{
    return QStringList{"sync",           "--db",          db,           "--source",           "mixpanel",
                       "--project-id",   "4242",          "--api-base", m_emulator.baseUrl(), "--from",
                       "2026-11-01",     "--to",          "2026-11-05", "--username",         "svc-user",
                       "--password-env", "HC_TEST_SECRET"}
           + extra;
}

void TestSync::control(const QByteArray& json) { QVERIFY(m_emulator.control(json)); }

Result<sync::SyncSummary> TestSync::runSync(const sync::SyncConfig& c, QStringList* log, std::function<bool()> cancel)
{
    sync::SyncEngine engine(c, [log](const QString& m) {
        if (log)
            log->append(m);
    });
    TaskContext ctx({}, std::move(cancel));
    return engine.run(ctx);
}

void TestSync::expectExactly(const QString& db, int days)
{
    auto ws = store::Workspace::open(db, store::Workspace::OpenMode::MustExist);
    QVERIFY(ws.ok());
    QCOMPARE(test::queryColumn(*ws.value(), QStringLiteral("SELECT count(*) FROM events")),
             QStringList({QString::number(days * kEventsPerDay)}));
    QCOMPARE(test::queryColumn(*ws.value(), QStringLiteral("SELECT count(DISTINCT insert_id) FROM events")),
             QStringList({QString::number(days * kEventsPerDay)}));
    QCOMPARE(
        test::queryColumn(*ws.value(), QStringLiteral("SELECT count(*) FROM sync_checkpoints WHERE status = 'done'")),
        QStringList({QString::number(days)}));
}

void TestSync::cleanSyncMatchesTheSource()
{
    const QString db = m_dir.filePath(QStringLiteral("clean.hcw"));
    auto c = config(db);
    c.profiles = true;
    const auto r = runSync(c);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r.value().daysOk, 5);
    QCOMPARE(r.value().inserted, 5 * kEventsPerDay);
    QCOMPARE(r.value().profiles, 50); // three engage pages: 20, 20 and a short one of 10
    expectExactly(db, 5);
    // Small days are fetched several at a time: 1 day, then 2, then the remaining 2.
    QCOMPARE(m_emulator.requestCount(), 3);
    // Times arrive in milliseconds (time_in_ms=true) and land on the day they were fetched for.
    auto ws = store::Workspace::open(db, store::Workspace::OpenMode::MustExist);
    QCOMPARE(test::queryColumn(*ws.value(),
                               QStringLiteral("SELECT count(*) FROM events WHERE time_ms / 86400000 != source_day")),
             QStringList({"0"}));
    // A second run with nothing new to fetch asks for nothing: every day is done.
    init();
    QVERIFY(runSync(c).ok());
    expectExactly(db, 5);
}

void TestSync::faultsLoseNothing_data()
{
    QTest::addColumn<QByteArray>("faults");
    QTest::addColumn<int>("retries");
    QTest::newRow("429 with Retry-After") << QByteArray(R"([{"kind": "429", "times": 2, "retry_after": 1}])") << 2;
    QTest::newRow("500") << QByteArray(R"([{"kind": "500", "times": 2}])") << 2;
    QTest::newRow("502") << QByteArray(R"([{"kind": "502"}])") << 1;
    QTest::newRow("503") << QByteArray(R"([{"kind": "503", "times": 3}])") << 3;
    QTest::newRow("connection dropped mid-body") << QByteArray(R"([{"kind": "drop", "times": 2}])") << 2;
    QTest::newRow("truncated gzip") << QByteArray(R"([{"kind": "truncated_gzip", "times": 2}])") << 2;
    QTest::newRow("terminated early") << QByteArray(R"([{"kind": "terminated_early"}])") << 1;
    QTest::newRow("slow body, no retry needed") << QByteArray(R"([{"kind": "slow"}])") << 0;
    QTest::newRow("a mix") << QByteArray(
        R"([{"kind": "503"}, {"kind": "drop"}, {"kind": "truncated_gzip"}, {"kind": "terminated_early"}])")
                           << 4;
}

void TestSync::faultsLoseNothing()
{
    QFETCH(QByteArray, faults);
    QFETCH(int, retries);
    control(R"({"faults": )" + faults + "}");
    const QString db = m_dir.filePath(QStringLiteral("fault%1.hcw").arg(++m_n));
    QStringList log;
    const auto r = runSync(config(db), &log);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r.value().daysFailed, 0);
    QCOMPARE(log.size(), retries); // every retry is said, with its reason
    expectExactly(db, 5);
}

void TestSync::malformedLineIsQuarantined()
{
    control(R"({"faults": [{"kind": "malformed"}]})");
    const QString db = m_dir.filePath(QStringLiteral("malformed.hcw"));
    const auto r = runSync(config(db));
    QVERIFY(r.ok());
    QCOMPARE(r.value().quarantined, 1);
    expectExactly(db, 5);
    auto ws = store::Workspace::open(db, store::Workspace::OpenMode::MustExist);
    const QStringList q =
        test::queryColumn(*ws.value(), QStringLiteral("SELECT location || ': ' || reason FROM quarantine"));
    QCOMPARE(q.size(), 1);
    QVERIFY2(q.first().startsWith(QStringLiteral("2026-11-01 line ")), qPrintable(q.first()));
}

void TestSync::badCredentialsNameTheFixAndLeakNoSecret()
{
    const QString db = m_dir.filePath(QStringLiteral("auth.hcw"));
    auto c = config(db);
    c.secret = QStringLiteral("wrong-secret-0xDEADBEEF");
    QStringList log;
    const auto r = runSync(c, &log);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QStringLiteral("credentials")), qPrintable(r.error().message));
    QVERIFY(r.error().message.contains(QStringLiteral("HTTP 401")));
    const QByteArray secret = c.secret.toUtf8();
    QVERIFY(!r.error().message.toUtf8().contains(secret));
    QVERIFY(!r.error().detail.toUtf8().contains(secret));
    QVERIFY(!log.join(u'\n').toUtf8().contains(secret));
    for (const QString& f : QStringList{db, db + QStringLiteral("-wal")})
        QVERIFY2(!test::readFile(f).contains(secret), qPrintable(f));
    QVERIFY(!test::readFile(db).contains(secret.toBase64()));
}

void TestSync::futureDayFailsAloneWithItsReason()
{
    const QString db = m_dir.filePath(QStringLiteral("future.hcw"));
    auto c = config(db);
    c.from = QDate::currentDate().addDays(-1);
    c.to = QDate::currentDate().addDays(1);
    const auto r = runSync(c);
    QVERIFY(r.ok());
    QCOMPARE(r.value().daysOk, 2);
    QCOMPARE(r.value().daysFailed, 1);
    QVERIFY2(r.value().failedDays.first().contains(QStringLiteral("later than today")),
             qPrintable(r.value().failedDays.first()));
    auto ws = store::Workspace::open(db, store::Workspace::OpenMode::MustExist);
    QCOMPARE(
        test::queryColumn(*ws.value(), QStringLiteral("SELECT count(*) FROM sync_checkpoints WHERE status = 'failed'"
                                                      " AND error LIKE '%later than today%'")),
        QStringList({"1"}));
}

void TestSync::cancelThenResume()
{
    control(R"({"faults": [{"kind": "slow", "times": 5}]})");
    const QString db = m_dir.filePath(QStringLiteral("cancel.hcw"));
    QElapsedTimer t;
    t.start();
    const auto r = runSync(config(db), nullptr, [&] { return t.elapsed() > 400; });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Cancelled);
    {
        auto ws = store::Workspace::open(db, store::Workspace::OpenMode::MustExist);
        const int doneDays =
            test::queryColumn(*ws.value(), QStringLiteral("SELECT count(*) FROM sync_checkpoints")).first().toInt();
        const int events =
            test::queryColumn(*ws.value(), QStringLiteral("SELECT count(*) FROM events")).first().toInt();
        QVERIFY(doneDays < 5);
        QCOMPARE(events, doneDays * kEventsPerDay); // never half a day
    }
    init();
    QVERIFY(runSync(config(db)).ok());
    expectExactly(db, 5);
}

void TestSync::killedSyncRerunGivesTheSame()
{
    const QString cli = qEnvironmentVariable("HC_CLI");
    const QString db = m_dir.filePath(QStringLiteral("killed.hcw"));
    const QStringList args = cliSyncArgs(db, {"--max-requests-per-second", "1000", "--retry-base-ms", "20", "--json"});
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HC_TEST_SECRET"), kSecret);
    for (int round = 0; round < 3; ++round) {
        const int killAfterMs = int(QRandomGenerator::global()->bounded(50, 900)); // a random moment
        qInfo("killing the sync after %d ms", killAfterMs);
        control(R"({"faults": [{"kind": "slow", "times": 5}]})");
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(cli, args);
        QVERIFY(p.waitForStarted());
        QTest::qWait(killAfterMs);
        const qint64 pid = p.processId(); // 0 once it has ended: kill(0) would hit this test
        if (p.state() == QProcess::Running && pid > 0)
            ::kill(pid_t(pid), SIGKILL);
        p.waitForFinished(5000);
    }
    control(R"({"faults": []})");
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(cli, args);
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    expectExactly(db, 5);
}

void TestSync::interruptedCliExitsThreeAndResumes()
{
    control(R"({"faults": [{"kind": "slow", "times": 5}]})");
    const QString db = m_dir.filePath(QStringLiteral("interrupted.hcw"));
    const QStringList args = cliSyncArgs(db, {"--max-requests-per-second", "1000", "--json"});
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HC_TEST_SECRET"), kSecret);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("HC_CLI"), args);
    QVERIFY(p.waitForStarted());
    QByteArray err;
    QElapsedTimer waited;
    waited.start();
    while (!err.contains("sync days") && p.state() == QProcess::Running && waited.elapsed() < 10000) {
        QTest::qWait(10);
        err += p.readAllStandardError();
    }
    QCOMPARE(p.state(), QProcess::Running);
    QVERIFY(p.processId() > 0);
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 3);
    err += p.readAllStandardError();
    QVERIFY2(err.contains("cancelled"), err.constData());
    QVERIFY(!err.contains(kSecret.toUtf8()));
    control(R"({"faults": []})");
    QProcess again;
    again.setProcessEnvironment(env);
    again.start(qEnvironmentVariable("HC_CLI"), args);
    QVERIFY(again.waitForFinished(60000));
    QCOMPARE(again.exitCode(), 0);
    expectExactly(db, 5);
}

void TestSync::resyncReflectsUpstreamChanges()
{
    const QString db = m_dir.filePath(QStringLiteral("changes.hcw"));
    auto c = config(db);
    QVERIFY(runSync(c).ok());
    auto ws = store::Workspace::open(db, store::Workspace::OpenMode::MustExist);
    const QString gone = test::queryColumn(*ws.value(), QStringLiteral("SELECT insert_id FROM events WHERE source_day ="
                                                                       " 20759 ORDER BY insert_id LIMIT 1"))
                             .first();
    QVERIFY(!gone.isEmpty());
    // Upstream, one event of 2026-11-03 is deleted and a late one arrives for that day.
    control(QStringLiteral(R"({"delete": ["%1"], "add": {"2026-11-03": [{"event": "late", "properties": {"time": %2,
        "distinct_id": "user-1", "$insert_id": "late-1"}}]}})")
                .arg(gone)
                .arg(QDateTime(QDate(2026, 11, 3), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch())
                .toUtf8());
    c.refreshDays = 100000; // fetch every day again, as the trailing-days refresh would
    QVERIFY(runSync(c).ok());
    QCOMPARE(test::queryColumn(*ws.value(), QStringLiteral("SELECT count(*) FROM events")),
             QStringList({QString::number(5 * kEventsPerDay)}));
    QCOMPARE(
        test::queryColumn(*ws.value(), QStringLiteral("SELECT count(*) FROM events WHERE insert_id = '%1'").arg(gone)),
        QStringList({"0"}));
    QCOMPARE(test::queryColumn(*ws.value(), QStringLiteral("SELECT count(*) FROM events WHERE insert_id = 'late-1'")),
             QStringList({"1"}));
}

void TestSync::duplicateAcrossSyncDaysIsKeptOnce()
{
    // Raw export is not deduplicated: the export for Nov 2 carries an exact copy of an event of
    // Nov 1 (same name, user, millisecond and $insert_id). Synced fresh, and synced again with
    // every day refreshed, the store holds it once.
    const QString first = m_dir.filePath(QStringLiteral("dup-probe.hcw"));
    auto c = config(first);
    QVERIFY(runSync(c).ok());
    auto probe = store::Workspace::open(first, store::Workspace::OpenMode::MustExist);
    const QStringList row = test::queryColumn(
        *probe.value(),
        QStringLiteral("SELECT json_array(n.name, u.distinct_id, e.time_ms, e.insert_id, e.processing_ms,"
                       " json_extract(e.properties, '$.plan')) FROM events e"
                       " JOIN event_names n ON n.id = e.event_id JOIN users u ON u.id = e.user_id"
                       " WHERE e.source_day = 20758 ORDER BY e.insert_id LIMIT 1"));
    const QJsonArray e = QJsonDocument::fromJson(row.value(0).toUtf8()).array();
    QCOMPARE(e.size(), 6);
    QJsonObject properties{{"time", e[2]},
                           {"distinct_id", e[1]},
                           {"$insert_id", e[3]},
                           {"mp_processing_time_ms", e[4]},
                           {"plan", e[5]}};
    const QJsonObject copy{{"event", e[0]}, {"properties", properties}};
    control(QJsonDocument(QJsonObject{{"add", QJsonObject{{"2026-11-02", QJsonArray{copy}}}}}).toJson());

    const QString db = m_dir.filePath(QStringLiteral("dup-across-days.hcw"));
    c = config(db);
    const auto r = runSync(c);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r.value().duplicates, 1);
    expectExactly(db, 5);
    c.refreshDays = 100000;
    QVERIFY(runSync(c).ok());
    expectExactly(db, 5);
}

void TestSync::largeDaysGoHourByHour()
{
    control(R"({"faults": [{"kind": "503"}], "reset_stats": true})");
    const QString db = m_dir.filePath(QStringLiteral("hourly.hcw"));
    auto c = config(db);
    c.largeDayEvents = 100; // every day here (200 events) counts as large
    c.smallDayEvents = 0;   // and none as small
    QStringList log;
    const auto r = runSync(c, &log);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    expectExactly(db, 5);
    // The first day in one request (after one retry), the four others in 24 hourly requests each.
    QCOMPARE(m_emulator.requestCount(), 2 + 4 * 24);
}

void TestSync::timezoneModeIsProbed()
{
    auto c = config(m_dir.filePath(QStringLiteral("probe.hcw")));
    auto probe = sync::SyncEngine::probeTimezone(c, QDate(2026, 11, 2));
    QVERIFY(probe.ok());
    QVERIFY(probe.value().eventsSeen > 0);
    QVERIFY(!probe.value().projectLocal);
    for (int offset : {-480, 60, 330}) { // Los Angeles in winter, Berlin in winter, India
        control(QStringLiteral(R"({"local_offset_minutes": %1})").arg(offset).toUtf8());
        probe = sync::SyncEngine::probeTimezone(c, QDate(2026, 11, 2));
        QVERIFY(probe.ok());
        QVERIFY(probe.value().projectLocal);
        QCOMPARE(probe.value().offsetMinutes, offset);
    }
    // Syncing such a project in project-local mode stores true UTC times.
    control(R"({"local_offset_minutes": -480})");
    c.from = QDate(2026, 11, 3); // after the clock change of Nov 1: Los Angeles is at UTC-8 throughout
    c.projectLocalTime = true;
    c.projectZone = QTimeZone("America/Los_Angeles");
    QVERIFY(runSync(c).ok());
    auto ws = store::Workspace::open(c.workspacePath, store::Workspace::OpenMode::MustExist);
    QCOMPARE(test::queryColumn(*ws.value(), QStringLiteral("SELECT count(*) FROM events WHERE processing_ms < time_ms"
                                                           " OR processing_ms - time_ms > 200000")),
             QStringList({"0"})); // every event is processed seconds after it happened, as in truth
    control(R"({"local_offset_minutes": 0})");
}

void TestSync::httpSources_data()
{
    QTest::addColumn<int>("source");
    QTest::addColumn<QString>("path");
    QTest::newRow("JSON lines") << int(sync::SyncConfig::Source::HttpJsonLines) << "/generic/events.jsonl";
    QTest::newRow("CSV") << int(sync::SyncConfig::Source::HttpCsv) << "/generic/events.csv";
}

void TestSync::httpSources()
{
    QFETCH(int, source);
    QFETCH(QString, path);
    control(R"({"faults": [{"kind": "503"}, {"kind": "malformed"}]})");
    const QString db = m_dir.filePath(QStringLiteral("http%1.hcw").arg(++m_n));
    sync::SyncConfig c = config(db);
    c.source = sync::SyncConfig::Source(source);
    c.urlTemplate = m_emulator.baseUrl() + path + QStringLiteral("?from={from}&to={to}");
    c.username.clear();
    QStringList log;
    const auto r = runSync(c, &log);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r.value().quarantined, 1);
    QVERIFY2(log.size() == 1, qPrintable(log.join(u'\n'))); // the 503 was retried
    expectExactly(db, 5);
    auto ws = store::Workspace::open(db, store::Workspace::OpenMode::MustExist);
    QCOMPARE(test::queryColumn(*ws.value(), QStringLiteral("SELECT kind FROM sources")),
             QStringList({c.source == sync::SyncConfig::Source::HttpCsv ? "http-csv" : "http-jsonl"}));
    if (c.source == sync::SyncConfig::Source::HttpCsv)
        QCOMPARE(test::queryColumn(*ws.value(),
                                   QStringLiteral("SELECT DISTINCT json_extract(properties, '$.note') FROM events")),
                 QStringList({"a, quoted \"note\""}));
    c.secret = QStringLiteral("wrong");
    c.workspacePath = m_dir.filePath(QStringLiteral("http-refused%1.hcw").arg(++m_n));
    const auto refused = runSync(c);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("token")), qPrintable(refused.error().message));
}

void TestSync::profilesArePostedAndSurviveFaults()
{
    // 137 profiles are seven pages of 20 (the last one short); engage pages meet every fault.
    control(R"({"profiles": 137, "engage_faults": [{"kind": "429", "retry_after": 1}, {"kind": "503", "times": 2},
                {"kind": "drop"}, {"kind": "500"}, {"kind": "502"}]})");
    const QString db = m_dir.filePath(QStringLiteral("profiles.hcw"));
    auto c = config(db);
    c.profiles = true;
    c.maxAttempts = 8; // page 0 meets all six faults in a row
    QStringList log;
    const auto r = runSync(c, &log);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r.value().profiles, 137);
    auto ws = store::Workspace::open(db, store::Workspace::OpenMode::MustExist);
    QCOMPARE(test::queryColumn(*ws.value(), QStringLiteral("SELECT count(*) FROM profiles")), QStringList({"137"}));
    QCOMPARE(test::queryColumn(
                 *ws.value(),
                 QStringLiteral(
                     "SELECT json_extract(p.properties, '$.plan') FROM profiles p JOIN users u ON u.id = p.user_id"
                     " WHERE u.distinct_id = 'user-135'")),
             QStringList({"pro"})); // 135 % 3 == 0 in the emulator's profiles
    // Every request was a documented POST with the paging in the form: seven pages answered,
    // six faults retried, and page 0 with no session id.
    const QJsonArray requests = m_emulator.engageRequests();
    QCOMPARE(requests.size(), 7 + 6);
    QStringList pages;
    for (const QJsonValue& v : requests) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(o.value(QStringLiteral("query")).toObject().value(QStringLiteral("project_id")).toString(),
                 QStringLiteral("4242"));
        const QJsonObject form = o.value(QStringLiteral("form")).toObject();
        pages << form.value(QStringLiteral("page")).toString();
        QCOMPARE(form.contains(QStringLiteral("session_id")), form.value(QStringLiteral("page")).toString() != u"0");
    }
    QCOMPARE(pages.last(), QStringLiteral("6"));
    QCOMPARE(log.filter(QStringLiteral("trying again")).size(), 6);
}

void TestSync::profilesRefusedStopTheSync_data()
{
    QTest::addColumn<QByteArray>("faults");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("says");
    QTest::newRow("wrong secret") << QByteArray("[]") << QStringLiteral("wrong-secret-0xDEADBEEF")
                                  << QStringLiteral("HTTP 401");
    QTest::newRow("no permission") << QByteArray(R"([{"kind": "403"}])") << kSecret << QStringLiteral("HTTP 403");
    QTest::newRow("payment") << QByteArray(R"([{"kind": "402"}])") << kSecret << QStringLiteral("HTTP 402");
}

void TestSync::profilesRefusedStopTheSync()
{
    QFETCH(QByteArray, faults);
    QFETCH(QString, secret);
    QFETCH(QString, says);
    // Every day is synced already, so the only request left is the first profiles page.
    const QString db = m_dir.filePath(QStringLiteral("profiles-refused-%1.hcw").arg(++m_n));
    auto c = config(db);
    QVERIFY(runSync(c).ok());
    control("{\"engage_faults\": " + faults + ", \"reset_stats\": true}");
    c.profiles = true;
    c.secret = secret;
    QStringList log;
    const auto r = runSync(c, &log);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Network);
    QVERIFY2(r.error().message.contains(says), qPrintable(r.error().message));
    QVERIFY(!r.error().message.contains(QStringLiteral("0xDEADBEEF")));
    QVERIFY(!log.join(u'\n').toUtf8().contains("0xDEADBEEF"));
    QCOMPARE(m_emulator.engageRequests().size(), 1); // refused, not retried
    QCOMPARE(m_emulator.requestCount(), 0);
    expectExactly(db, 5); // the events stay
}

void TestSync::profilesRefusedCliExitsNonZero()
{
    const QString db = m_dir.filePath(QStringLiteral("profiles-cli.hcw"));
    QVERIFY(runSync(config(db)).ok());
    const QStringList args = cliSyncArgs(db, {"--profiles", "--json"});
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HC_TEST_SECRET"), QStringLiteral("wrong-secret-0xDEADBEEF"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("HC_CLI"), args);
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 1);
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(err.contains("credentials"), err.constData());
    QVERIFY(!err.contains("0xDEADBEEF"));
}

void TestSync::halfOfRequestsFailingStillCompletes()
{
    // Every other request fails at random (429, 5xx, drops, cut gzip, `terminated early`), export
    // and engage alike; with short, capped retries the sync still ends with exactly the source.
    control(R"({"failure_rate": 0.5, "failure_seed": 11})");
    const QString db = m_dir.filePath(QStringLiteral("half-failing.hcw"));
    auto c = config(db);
    c.to = QDate(2026, 11, 10);
    c.profiles = true;
    c.maxAttempts = 14; // a day fails only if 14 requests in a row do: about 1 in 16,000
    c.backoffBaseMs = 5;
    c.maxBackoffMs = 40;
    QElapsedTimer clock;
    clock.start();
    QStringList log;
    const auto r = runSync(c, &log);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r.value().daysFailed, 0);
    QCOMPARE(r.value().profiles, 50);
    expectExactly(db, 10);
    QVERIFY(log.filter(QStringLiteral("trying again")).size() >= 5); // failures did happen
    QVERIFY2(clock.elapsed() < 60000, qPrintable(QString::number(clock.elapsed())));
}

void TestSync::retriesEndAndTheDayIsRecordedFailed()
{
    // A day whose every request fails is retried maxAttempts times, never longer than the cap per
    // wait (a Retry-After of an hour included), then recorded as failed with its reason.
    control(R"({"faults": [{"kind": "503", "times": 1000}]})");
    const QString db = m_dir.filePath(QStringLiteral("always-failing.hcw"));
    auto c = config(db);
    c.to = c.from;
    c.maxAttempts = 4;
    c.backoffBaseMs = 10000; // would wait 10 s, 20 s, 40 s without the cap
    c.maxBackoffMs = 30;
    QElapsedTimer clock;
    clock.start();
    const auto r = runSync(c);
    QVERIFY(r.ok());
    QCOMPARE(r.value().daysFailed, 1);
    QVERIFY(r.value().failedDays.first().contains(QStringLiteral("HTTP 503")));
    QCOMPARE(m_emulator.requestCount(), 4);
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    auto ws = store::Workspace::open(db, store::Workspace::OpenMode::MustExist);
    QCOMPARE(test::queryColumn(*ws.value(), QStringLiteral("SELECT status FROM sync_checkpoints")),
             QStringList({"failed"}));
    control(R"({"faults": [{"kind": "429", "times": 3, "retry_after": 3600}], "reset_stats": true})");
    clock.restart();
    c.maxAttempts = 4;
    const auto again = runSync(c);
    QVERIFY(again.ok());
    QCOMPARE(again.value().daysOk, 1); // the fourth attempt gets through after three capped waits
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
}

void TestSync::requestsFollowTheDocumentedApi_data()
{
    // mixpanel.md 1.1: the export and query hosts of each residency.
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("exportUrl");
    QTest::addColumn<QString>("engageUrl");
    QTest::newRow("us") << "us"
                        << "https://data.mixpanel.com/api/2.0/export"
                        << "https://mixpanel.com/api/query/engage";
    QTest::newRow("eu") << "eu"
                        << "https://data-eu.mixpanel.com/api/2.0/export"
                        << "https://eu.mixpanel.com/api/query/engage";
    QTest::newRow("in") << "in"
                        << "https://data-in.mixpanel.com/api/2.0/export"
                        << "https://in.mixpanel.com/api/query/engage";
}

void TestSync::requestsFollowTheDocumentedApi()
{
    QFETCH(QString, region);
    QFETCH(QString, exportUrl);
    QFETCH(QString, engageUrl);
    sync::SyncConfig c;
    c.projectId = QStringLiteral("4242");
    c.region = region;
    c.username = QStringLiteral("svc-user");
    c.secret = QStringLiteral("pw");
    const sync::MixpanelExportSource source(c);
    const QNetworkRequest e = source.exportRequest(QDate(2026, 11, 1), QDate(2026, 11, 2));
    QCOMPARE(e.url().adjusted(QUrl::RemoveQuery).toString(), exportUrl);
    const QUrlQuery q(e.url());
    QCOMPARE(q.queryItemValue(QStringLiteral("project_id")), QStringLiteral("4242"));
    QCOMPARE(q.queryItemValue(QStringLiteral("from_date")), QStringLiteral("2026-11-01"));
    QCOMPARE(q.queryItemValue(QStringLiteral("to_date")), QStringLiteral("2026-11-02"));
    QCOMPARE(q.queryItemValue(QStringLiteral("time_in_ms")), QStringLiteral("true"));
    // Service account: HTTP Basic user:secret (mixpanel.md 1.3).
    QCOMPARE(e.rawHeader("Authorization"), QByteArray("Basic " + QByteArray("svc-user:pw").toBase64()));

    const auto page = source.profilesRequest(2, QStringLiteral("sess-1"));
    QCOMPARE(page.request.url().adjusted(QUrl::RemoveQuery).toString(), engageUrl);
    QCOMPARE(QUrlQuery(page.request.url()).queryItemValue(QStringLiteral("project_id")), QStringLiteral("4242"));
    QCOMPARE(page.request.header(QNetworkRequest::ContentTypeHeader).toString(),
             QStringLiteral("application/x-www-form-urlencoded"));
    const QUrlQuery form(QString::fromUtf8(page.form));
    QCOMPARE(form.queryItemValue(QStringLiteral("page")), QStringLiteral("2"));
    QCOMPARE(form.queryItemValue(QStringLiteral("session_id")), QStringLiteral("sess-1"));
    QCOMPARE(page.request.rawHeader("Authorization"), e.rawHeader("Authorization"));
    // Page 0 carries no session id (there is none yet).
    QVERIFY(!QUrlQuery(QString::fromUtf8(source.profilesRequest(0, QString()).form))
                 .hasQueryItem(QStringLiteral("session_id")));
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
