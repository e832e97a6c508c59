// hitcraft-cli as scripts see it (shared/docs/cli.md): exit codes, one JSON document on stdout,
// one-line errors on stderr, and the demo/import/info commands end to end.
#include "tests/support/ReadOnlyFolder.h"
#include "tests/support/TestFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void demoThenInfo();
    void importCountsAndReimport();
    void refusesForeignFileUntouched();
    void readOnlyWorkspaceAnswersButRefusesWrites();
    void analysisCommands();
    void statisticsCommands();
    void insightCommands();
    void cohortCommands();
    void cohortBreakdowns();
    void interruptExitsThree();
    void twoProcessesShareOneWorkspace();

private:
    struct Run {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList& args, int timeoutMs = 120000);
    QString m_cli;
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    m_cli = qEnvironmentVariable("HC_CLI");
    QVERIFY2(QFile::exists(m_cli), "HC_CLI must name the hitcraft-cli binary (CTest sets it)");
}

TestCli::Run TestCli::cli(const QStringList& args, int timeoutMs)
{
    QProcess p;
    p.start(m_cli, args);
    p.waitForFinished(timeoutMs);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("stderrPart");
    const QString db = QStringLiteral("/nonexistent/dir/w.hcw");
    QTest::newRow("no command") << QStringList() << "name a command";
    QTest::newRow("unknown command") << QStringList({"frobnicate"}) << "unknown command";
    QTest::newRow("unknown option") << QStringList({"info", "--db", db, "--bogus"}) << "bogus";
    QTest::newRow("missing --db") << QStringList({"info"}) << "--db";
    QTest::newRow("bad end date") << QStringList({"demo", "--db", db, "--end", "2026-13-01"}) << "--end";
    QTest::newRow("bad users") << QStringList({"demo", "--db", db, "--users", "many"}) << "--users";
    QTest::newRow("bad tz") << QStringList({"info", "--db", db, "--tz", "Mars/Olympus"}) << "--tz";
    QTest::newRow("bad week start") << QStringList({"info", "--db", db, "--week-start", "someday"}) << "--week-start";
    QTest::newRow("bad format") << QStringList({"import", "--db", db, "--format", "xml", QString::fromLatin1(__FILE__)})
                                << "--format";
    QTest::newRow("missing file") << QStringList({"import", "--db", db, "/nonexistent/events.jsonl"})
                                  << "not a readable file";
    QTest::newRow("info on missing workspace") << QStringList({"info", "--db", db}) << "does not exist";
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, stderrPart);
    const Run r = cli(args);
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(stderrPart), qPrintable(err));
}

void TestCli::demoThenInfo()
{
    const QString db = m_dir.filePath(QStringLiteral("demo.hcw"));
    const Run demo = cli({"demo", "--db", db, "--users", "500", "--days", "30", "--end", "2026-11-30", "--json"});
    QCOMPARE(demo.code, 0);
    const QJsonObject d = QJsonDocument::fromJson(demo.out).object();
    QCOMPARE(d.keys(), QStringList({"events", "from", "to", "users"}));
    QCOMPARE(d.value(QStringLiteral("users")).toInt(), 500);
    QCOMPARE(d.value(QStringLiteral("from")).toString(), QStringLiteral("2026-11-01"));
    QCOMPARE(d.value(QStringLiteral("to")).toString(), QStringLiteral("2026-11-30"));

    const Run info = cli({"info", "--db", db, "--json"});
    QCOMPARE(info.code, 0);
    QJsonParseError pe;
    const QJsonObject i = QJsonDocument::fromJson(info.out, &pe).object();
    QCOMPARE(pe.error, QJsonParseError::NoError); // exactly one JSON document on stdout
    for (const char* key :
         {"schema_version", "events", "users", "profiles", "event_names", "from", "to", "top_events", "timezone"})
        QVERIFY2(i.contains(QLatin1String(key)), key);
    QCOMPARE(i.value(QStringLiteral("events")).toInteger(), d.value(QStringLiteral("events")).toInteger());
    QCOMPARE(i.value(QStringLiteral("users")).toInt(), 500);
    QCOMPARE(i.value(QStringLiteral("profiles")).toInt(), 500);
    QCOMPARE(i.value(QStringLiteral("timezone")).toString(), QStringLiteral("UTC"));
    QCOMPARE(i.value(QStringLiteral("from")).toString(), QStringLiteral("2026-11-01"));
    const QJsonArray top = i.value(QStringLiteral("top_events")).toArray();
    QVERIFY(!top.isEmpty());
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const auto& v : top) { // sorted by count, descending
        const qint64 c = v.toObject().value(QStringLiteral("count")).toInteger();
        QVERIFY(c <= previous);
        previous = c;
    }

    // A second demo into the same file is refused instead of mixing two demos.
    const Run again = cli({"demo", "--db", db, "--users", "10", "--days", "30"});
    QCOMPARE(again.code, 2);

    // Text output is for people: thousands separators and the date range.
    const Run text = cli({"info", "--db", db});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains("2026-11-01 to 2026-11-30"));

    // --tz shifts the date range for this run only.
    const Run tokyo = cli({"info", "--db", db, "--json", "--tz", "Asia/Tokyo"});
    QCOMPARE(QJsonDocument::fromJson(tokyo.out).object().value(QStringLiteral("timezone")).toString(),
             QStringLiteral("Asia/Tokyo"));
    QCOMPARE(
        QJsonDocument::fromJson(cli({"info", "--db", db, "--json"}).out).object().value(QStringLiteral("timezone")),
        QJsonValue(QStringLiteral("UTC")));
}

void TestCli::importCountsAndReimport()
{
    QByteArray text;
    for (int i = 0; i < 1000; ++i) {
        text += QStringLiteral(R"({"event":"e%1","properties":{"time":%2,"distinct_id":"u%3","$insert_id":"k%4"}})"
                               "\n")
                    .arg(i % 3)
                    .arg(1700000000 + i * 60)
                    .arg(i % 17)
                    .arg(i)
                    .toUtf8();
        if (i % 100 == 0)
            text += "{broken\n";
        if (i % 50 == 0) // an exact duplicate line
            text += QStringLiteral(R"({"event":"e%1","properties":{"time":%2,"distinct_id":"u%3","$insert_id":"k%4"}})"
                                   "\n")
                        .arg(i % 3)
                        .arg(1700000000 + i * 60)
                        .arg(i % 17)
                        .arg(i)
                        .toUtf8();
    }
    const QString file = m_dir.filePath(QStringLiteral("events.jsonl.gz"));
    QVERIFY(hc::test::writeGzipFile(file, text));
    const QString db = m_dir.filePath(QStringLiteral("import.hcw"));
    const Run first = cli({"import", "--db", db, file, "--json"});
    QCOMPARE(first.code, 0);
    const QJsonObject a = QJsonDocument::fromJson(first.out).object();
    QCOMPARE(a.keys(), QStringList({"duplicates", "inserted", "quarantined", "read"}));
    QCOMPARE(a.value(QStringLiteral("read")).toInt(), 1000 + 10 + 20);
    QCOMPARE(a.value(QStringLiteral("inserted")).toInt(), 1000);
    QCOMPARE(a.value(QStringLiteral("duplicates")).toInt(), 20);
    QCOMPARE(a.value(QStringLiteral("quarantined")).toInt(), 10);

    const Run second = cli({"import", "--db", db, file, "--json"});
    QCOMPARE(second.code, 0);
    const QJsonObject b = QJsonDocument::fromJson(second.out).object();
    QCOMPARE(b.value(QStringLiteral("inserted")).toInt(), 0);
    QCOMPARE(b.value(QStringLiteral("duplicates")).toInt(), 1020);
    QCOMPARE(b.value(QStringLiteral("quarantined")).toInt(), 10);

    const QJsonObject info = QJsonDocument::fromJson(cli({"info", "--db", db, "--json"}).out).object();
    QCOMPARE(info.value(QStringLiteral("events")).toInt(), 1000);
    QCOMPARE(info.value(QStringLiteral("users")).toInt(), 17);
    QCOMPARE(info.value(QStringLiteral("event_names")).toInt(), 3);
}

void TestCli::cohortBreakdowns()
{
    // --breakdown cohort:NAME splits trends, funnels and retention into the cohort's users and
    // everyone else: each side is the same query with cohort=NAME or cohort!=NAME in --where.
    const QString db = m_dir.filePath(QStringLiteral("cohort-breakdown.hcw"));
    QCOMPARE(cli({"demo", "--db", db, "--users", "400", "--days", "40", "--end", "2026-11-30"}).code, 0);
    QCOMPARE(cli({"cohort", "create", "--db", db, "--name", "Reporters", "--did", "create_report", "--min-count", "5",
                  "--from", "2026-11-01", "--to", "2026-11-30"})
                 .code,
             0);
    const auto json = [](const Run& r) { return QJsonDocument::fromJson(r.out).object(); };
    const auto run = [&](QStringList args, const QString& extra, const QString& value) {
        args << QStringLiteral("--db") << db << QStringLiteral("--from") << QStringLiteral("2026-11-01")
             << QStringLiteral("--to") << QStringLiteral("2026-11-30") << QStringLiteral("--json") << extra << value;
        const Run r = cli(args);
        return r.code == 0 ? json(r) : QJsonObject{{QStringLiteral("error"), QString::fromUtf8(r.err)}};
    };
    const QString side[2] = {QStringLiteral("in Reporters"), QStringLiteral("not in Reporters")};
    const QString where[2] = {QStringLiteral("cohort=Reporters"), QStringLiteral("cohort!=Reporters")};
    // The entry of a list whose `key` names the side (an empty object when there is none).
    const auto entry = [](const QJsonArray& list, const char* key, const QString& value) {
        for (const QJsonValue v : list)
            if (v.toObject().value(QLatin1String(key)).toString() == value)
                return v.toObject();
        return QJsonObject();
    };

    const QStringList trend = {"trend", "--event", "app_open", "--measure", "uniques", "--interval", "week"};
    const QJsonArray series = run(trend, "--breakdown", "cohort:Reporters").value(QStringLiteral("series")).toArray();
    QCOMPARE(series.size(), 2);
    const QStringList funnel = {"funnel", "--steps", "signup,create_project,create_report", "--window", "7d"};
    const QJsonArray rows = run(funnel, "--breakdown", "cohort:Reporters").value(QStringLiteral("breakdown")).toArray();
    QCOMPARE(rows.size(), 2);
    const QStringList retention = {"retention", "--start-event", "signup", "--return-event", "*", "--period",
                                   "week",      "--periods",     "4"};
    const QJsonArray split =
        run(retention, "--breakdown", "cohort:Reporters").value(QStringLiteral("breakdown")).toArray();
    QCOMPARE(split.size(), 2);
    for (int k = 0; k < 2; ++k) {
        const QJsonArray points = entry(series, "label", side[k]).value(QStringLiteral("points")).toArray();
        QVERIFY2(!points.isEmpty(), qPrintable(side[k]));
        QCOMPARE(points, run(trend, "--where", where[k])
                             .value(QStringLiteral("series"))
                             .toArray()
                             .at(0)
                             .toObject()
                             .value(QStringLiteral("points"))
                             .toArray());
        QJsonArray counts;
        for (const QJsonValue s : run(funnel, "--where", where[k]).value(QStringLiteral("steps")).toArray())
            counts.append(s.toObject().value(QStringLiteral("count")));
        QCOMPARE(entry(rows, "value", side[k]).value(QStringLiteral("counts")).toArray(), counts);
        QVERIFY(counts.at(0).toInt() > 0);
        const QJsonArray cohorts = entry(split, "value", side[k]).value(QStringLiteral("cohorts")).toArray();
        QVERIFY(!cohorts.isEmpty());
        QCOMPARE(cohorts, run(retention, "--where", where[k]).value(QStringLiteral("cohorts")).toArray());
    }

    // Segments by the cohort: each side's unique users are the users kpis counts with the filter.
    const QJsonArray segments = run({"segment", "--any", "--measure", "uniques"}, "--by", "cohort:Reporters")
                                    .value(QStringLiteral("rows"))
                                    .toArray();
    QCOMPARE(segments.size(), 2);
    for (int k = 0; k < 2; ++k) {
        double users = -1;
        for (const QJsonValue v : run({"kpis"}, "--where", where[k]).value(QStringLiteral("kpis")).toArray())
            if (v.toObject().value(QStringLiteral("id")).toString() == QLatin1String("users"))
                users = v.toObject().value(QStringLiteral("value")).toDouble();
        bool found = false;
        for (const QJsonValue row : segments)
            if (row.toObject().value(QStringLiteral("values")).toArray().at(0).toString() == side[k]) {
                QCOMPARE(row.toObject().value(QStringLiteral("value")).toDouble(), users);
                found = true;
            }
        QVERIFY2(found, qPrintable(side[k]));
    }

    // A cohort that is not there is bad input, named.
    const Run unknown = cli({"trend", "--db", db, "--any", "--measure", "total", "--interval", "day", "--from",
                             "2026-11-01", "--to", "2026-11-30", "--breakdown", "cohort:Nobody"});
    QCOMPARE(unknown.code, 2);
    QVERIFY(unknown.err.contains("Nobody"));
}

void TestCli::cohortCommands()
{
    const QString db = m_dir.filePath(QStringLiteral("cohorts.hcw"));
    QCOMPARE(cli({"demo", "--db", db, "--users", "400", "--days", "40", "--end", "2026-11-30"}).code, 0);
    const auto json = [](const Run& r) { return QJsonDocument::fromJson(r.out).object(); };
    const auto usersOf = [&](const QString& name) {
        const Run r = cli({"cohort", "users", "--db", db, "--name", name, "--json"});
        QStringList ids;
        for (const auto& v : json(r).value(QStringLiteral("users")).toArray())
            ids << v.toString();
        ids.sort();
        return ids;
    };

    // Did create_report at least 5 times in November: the same users as SQL over the raw events.
    Run created = cli({"cohort", "create", "--db", db, "--name", "Reporters", "--did", "create_report", "--min-count",
                       "5", "--from", "2026-11-01", "--to", "2026-11-30", "--json"});
    QCOMPARE(created.code, 0);
    const QString sqlIds = hc::test::rawSql(
        db, QStringLiteral("SELECT group_concat(distinct_id) FROM (SELECT u.distinct_id FROM events e"
                           " JOIN users u ON u.id = e.user_id JOIN event_names n ON n.id = e.event_id"
                           " WHERE n.name = 'create_report' AND e.time_ms >= strftime('%s','2026-11-01') * 1000"
                           " AND e.time_ms < strftime('%s','2026-12-01') * 1000"
                           " GROUP BY e.user_id HAVING count(*) >= 5 ORDER BY u.distinct_id)"));
    QStringList expected = sqlIds.split(QLatin1Char(','));
    expected.sort();
    QVERIFY(expected.size() > 10);
    QCOMPARE(json(created).value(QStringLiteral("users")).toInt(), expected.size());
    QCOMPARE(json(created).value(QStringLiteral("definition")).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("did"));
    QCOMPARE(usersOf(QStringLiteral("Reporters")), expected);

    // Funnel cohorts: who reached step 2 and who dropped off there are the funnel's own counts.
    const QString funnel = QStringLiteral("--steps 'signup,create_project' --window 7d");
    const Run f = cli({"funnel", "--db", db, "--steps", "signup,create_project", "--window", "7d", "--from",
                       "2026-11-01", "--to", "2026-11-30", "--json"});
    const QJsonArray steps = json(f).value(QStringLiteral("steps")).toArray();
    const int entered = steps[0].toObject().value(QStringLiteral("count")).toInt();
    const int converted = steps[1].toObject().value(QStringLiteral("count")).toInt();
    QVERIFY(converted > 0 && converted < entered);
    QCOMPARE(cli({"cohort", "create", "--db", db, "--name", "Projects", "--from-funnel", funnel, "--step", "2",
                  "--from", "2026-11-01", "--to", "2026-11-30"})
                 .code,
             0);
    QCOMPARE(cli({"cohort", "create", "--db", db, "--name", "No project", "--from-funnel", funnel, "--step", "2",
                  "--dropped", "--from", "2026-11-01", "--to", "2026-11-30"})
                 .code,
             0);
    QCOMPARE(usersOf(QStringLiteral("Projects")).size(), converted);
    QCOMPARE(usersOf(QStringLiteral("No project")).size(), entered - converted);

    // cohort= in --where: the funnel of the dropped users stops at step 1, of the converted goes on.
    const auto stepCounts = [&](const QString& where) {
        const Run r = cli({"funnel", "--db", db, "--steps", "signup,create_project", "--window", "7d", "--from",
                           "2026-11-01", "--to", "2026-11-30", "--where", where, "--json"});
        QList<int> counts;
        for (const auto& s : json(r).value(QStringLiteral("steps")).toArray())
            counts << s.toObject().value(QStringLiteral("count")).toInt();
        return counts;
    };
    QCOMPARE(stepCounts(QStringLiteral("cohort=No project")), QList<int>({entered - converted, 0}));
    QCOMPARE(stepCounts(QStringLiteral("cohort=Projects")), QList<int>({converted, converted}));
    QCOMPARE(stepCounts(QStringLiteral("cohort!=Projects")), QList<int>({entered - converted, 0}));
    // kpis' users under cohort= are the cohort's users active in the range (all of them here).
    const Run k = cli(
        {"kpis", "--db", db, "--from", "2026-11-01", "--to", "2026-11-30", "--where", "cohort=Reporters", "--json"});
    QCOMPARE(k.code, 0);
    for (const auto& v : json(k).value(QStringLiteral("kpis")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toString() == QLatin1String("users"))
            QCOMPARE(v.toObject().value(QStringLiteral("value")).toInt(), expected.size());

    // Retention cohorts: each cell's users are as many as the retention command counts there.
    const Run r = cli({"retention", "--db", db, "--start-event", "signup", "--return-event", "*", "--period", "week",
                       "--periods", "3", "--from", "2026-11-01", "--to", "2026-11-30", "--json"});
    const QJsonObject row = json(r).value(QStringLiteral("cohorts")).toArray().at(1).toObject();
    const QJsonArray retained = row.value(QStringLiteral("retained")).toArray();
    QVERIFY(retained[1].toInt() > 0 && retained[1].toInt() < retained[0].toInt());
    for (int k : {0, 1}) {
        const Run cell = cli({"cohort", "create", "--db", db, "--name", QStringLiteral("Week %1").arg(k),
                              "--from-retention", "--start-event signup --return-event '*' --period week --periods 3",
                              "--cohort-start", row.value(QStringLiteral("start")).toString(), "--period",
                              QString::number(k), "--from", "2026-11-01", "--to", "2026-11-30", "--json"});
        QCOMPARE(cell.code, 0);
        QCOMPARE(json(cell).value(QStringLiteral("users")).toInt(), retained[k].toInt());
        QCOMPARE(usersOf(QStringLiteral("Week %1").arg(k)).size(), retained[k].toInt());
    }
    QCOMPARE(cli({"cohort", "create", "--db", db, "--name", "x", "--from-retention",
                  "--start-event signup --return-event '*'", "--cohort-start", "1999-01-01", "--period", "0", "--from",
                  "2026-11-01", "--to", "2026-11-30"})
                 .code,
             2);
    QCOMPARE(cli({"cohort", "delete", "--db", db, "--name", "Week 0"}).code, 0);
    QCOMPARE(cli({"cohort", "delete", "--db", db, "--name", "Week 1"}).code, 0);

    // list, delete, and the errors.
    const QJsonArray listed =
        json(cli({"cohort", "list", "--db", db, "--json"})).value(QStringLiteral("cohorts")).toArray();
    QCOMPARE(listed.size(), 3);
    QCOMPARE(listed[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("No project"));
    QCOMPARE(listed[0].toObject().value(QStringLiteral("users")).toInt(), entered - converted);
    QCOMPARE(cli({"cohort", "delete", "--db", db, "--name", "Projects"}).code, 0);
    QCOMPARE(cli({"cohort", "delete", "--db", db, "--name", "Projects"}).code, 2);
    const Run unknown =
        cli({"kpis", "--db", db, "--from", "2026-11-01", "--to", "2026-11-30", "--where", "cohort=Projects"});
    QCOMPARE(unknown.code, 2); // bad input
    QVERIFY(unknown.err.contains("Projects"));
    QCOMPARE(cli({"cohort", "create", "--db", db, "--name", "x", "--did", "signup"}).code, 2); // no range
    QCOMPARE(cli({"cohort", "create", "--db", db, "--name", "x", "--from-funnel", funnel, "--step", "3", "--from",
                  "2026-11-01", "--to", "2026-11-30"})
                 .code,
             2);
    QCOMPARE(cli({"cohort", "frobnicate", "--db", db}).code, 2);
}

void TestCli::analysisCommands()
{
    const QString db = m_dir.filePath(QStringLiteral("analysis.hcw"));
    QCOMPARE(cli({"demo", "--db", db, "--users", "400", "--days", "40", "--end", "2026-11-30"}).code, 0);

    // dau agrees with a count straight from the store (UTC days).
    const Run dau = cli({"dau", "--db", db, "--from", "2026-11-20", "--to", "2026-11-21", "--json"});
    QCOMPARE(dau.code, 0);
    const QJsonArray days = QJsonDocument::fromJson(dau.out).object().value(QStringLiteral("days")).toArray();
    QCOMPARE(days.size(), 2);
    QCOMPARE(days[0].toObject().value(QStringLiteral("t")).toString(), QStringLiteral("2026-11-20"));
    const QString sqlDau = hc::test::rawSql(
        db,
        QStringLiteral("SELECT count(DISTINCT user_id) FROM events WHERE time_ms >= strftime('%s','2026-11-20') * 1000"
                       " AND time_ms < strftime('%s','2026-11-21') * 1000"));
    QCOMPARE(days[0].toObject().value(QStringLiteral("dau")).toInt(), sqlDau.toInt());

    const Run kpis = cli({"kpis", "--db", db, "--from", "2026-11-01", "--to", "2026-11-30", "--json"});
    QCOMPARE(kpis.code, 0);
    const QJsonObject k = QJsonDocument::fromJson(kpis.out).object();
    QCOMPARE(k.value(QStringLiteral("from")).toString(), QStringLiteral("2026-11-01"));
    QStringList ids;
    for (const auto& v : k.value(QStringLiteral("kpis")).toArray())
        ids << v.toObject().value(QStringLiteral("id")).toString();
    for (const char* id : {"events", "users", "new_users", "dau", "wau", "mau", "stickiness", "sessions",
                           "avg_session_seconds", "events_per_user", "revenue"})
        QVERIFY2(ids.contains(QLatin1String(id)), id);
    const QString sqlEvents = hc::test::rawSql(
        db, QStringLiteral("SELECT count(*) FROM events WHERE time_ms >= strftime('%s','2026-11-01') * 1000"
                           " AND time_ms < strftime('%s','2026-12-01') * 1000"));
    QCOMPARE(k.value(QStringLiteral("kpis")).toArray()[0].toObject().value(QStringLiteral("value")).toInteger(),
             sqlEvents.toLongLong());

    const Run trend = cli({"trend", "--db", db, "--event", "signup", "--measure", "uniques", "--interval", "week",
                           "--from", "2026-11-02", "--to", "2026-11-15", "--breakdown", "platform", "--json"});
    QCOMPARE(trend.code, 0);
    const QJsonArray series = QJsonDocument::fromJson(trend.out).object().value(QStringLiteral("series")).toArray();
    QCOMPARE(series.size(), 3); // web, ios, android
    QCOMPARE(series[0].toObject().value(QStringLiteral("points")).toArray().size(), 2);
    QCOMPARE(series[0].toObject().value(QStringLiteral("label")).toString(), QStringLiteral("web"));

    // A name that never occurs matches nothing, with a warning; bad options exit 2.
    const Run unknown =
        cli({"trend", "--db", db, "--event", "nope", "--from", "2026-11-02", "--to", "2026-11-03", "--json"});
    QCOMPARE(unknown.code, 0);
    QVERIFY(unknown.err.contains("nope"));
    QCOMPARE(
        cli({"trend", "--db", db, "--any", "--measure", "mode:x", "--from", "2026-11-02", "--to", "2026-11-03"}).code,
        2);
    QCOMPARE(cli({"trend", "--db", db, "--any", "--where", "plan", "--from", "2026-11-02", "--to", "2026-11-03"}).code,
             2);
    QCOMPARE(cli({"kpis", "--db", db, "--from", "2026-11-30", "--to", "2026-11-01"}).code, 2);

    // funnel: the shape of cli.md; signup happens once per user, so step 1 counts every new user.
    const Run funnel = cli({"funnel", "--db", db, "--steps", "signup,create_project", "--from", "2026-11-01", "--to",
                            "2026-11-30", "--breakdown", "platform", "--json"});
    QCOMPARE(funnel.code, 0);
    const QJsonObject f = QJsonDocument::fromJson(funnel.out).object();
    const QJsonArray steps = f.value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.size(), 2);
    for (const char* key : {"event", "count", "conversion_from_start", "conversion_from_previous",
                            "median_seconds_from_previous", "mean_seconds_from_previous"})
        QVERIFY2(steps[0].toObject().contains(QLatin1String(key)), key); // cli.md's keys; more may be added
    const QString signups = hc::test::rawSql(
        db, QStringLiteral(
                "SELECT count(DISTINCT e.user_id) FROM events e JOIN event_names n ON n.id = e.event_id WHERE n.name = "
                "'signup'"
                " AND time_ms >= strftime('%s','2026-11-01') * 1000 AND time_ms < strftime('%s','2026-12-01') * 1000"));
    QCOMPARE(steps[0].toObject().value(QStringLiteral("count")).toInt(), signups.toInt());
    qint64 sum = 0;
    for (const auto& b : f.value(QStringLiteral("breakdown")).toArray())
        sum += b.toObject().value(QStringLiteral("counts")).toArray()[0].toInteger();
    QCOMPARE(sum, qint64(signups.toInt())); // each user has one platform, so the values add up
    QCOMPARE(cli({"funnel", "--db", db, "--steps", "a,b", "--from", "2026-11-01", "--to", "2026-11-02", "--exclude",
                  "x:2:1"})
                 .code,
             2);
    QCOMPARE(
        cli({"funnel", "--db", db, "--steps", "a,b", "--from", "2026-11-01", "--to", "2026-11-02", "--window", "7y"})
            .code,
        2);

    // retention: every row period, exactly --periods cells, retained[0] == size.
    const Run retention = cli({"retention", "--db", db, "--start-event", "signup", "--return-event", "*", "--from",
                               "2026-11-01", "--to", "2026-11-07", "--periods", "5", "--json"});
    QCOMPARE(retention.code, 0);
    const QJsonArray cohorts =
        QJsonDocument::fromJson(retention.out).object().value(QStringLiteral("cohorts")).toArray();
    QCOMPARE(cohorts.size(), 7);
    for (const auto& c : cohorts) {
        const QJsonObject o = c.toObject();
        QCOMPARE(o.value(QStringLiteral("retained")).toArray().size(), 5);
        QCOMPARE(o.value(QStringLiteral("complete")).toArray().size(), 5);
        QCOMPARE(o.value(QStringLiteral("retained")).toArray()[0].toInt(), o.value(QStringLiteral("size")).toInt());
    }
    QCOMPARE(
        cli({"retention", "--db", db, "--start-event", "signup", "--from", "2026-11-01", "--to", "2026-11-07"}).code,
        2);
    QCOMPARE(cli({"dau", "--db", db, "--from", "yesterday", "--to", "2026-11-01"}).code, 2);
}

void TestCli::insightCommands()
{
    const QString db = m_dir.filePath(QStringLiteral("insights.hcw"));
    QCOMPARE(cli({"demo", "--db", db, "--users", "3000", "--days", "90", "--end", "2026-11-30"}).code, 0);
    // A weekly run: stored, listed, reopened as stored, and regenerated byte for byte.
    const Run first = cli({"insights", "--db", db, "--period", "weekly", "--to", "2026-11-30", "--json"});
    QVERIFY2(first.code == 0, first.err.constData());
    const QJsonObject run = QJsonDocument::fromJson(first.out).object();
    const QString id = run.value(QStringLiteral("run")).toObject().value(QStringLiteral("id")).toString();
    QVERIFY(id.startsWith(QStringLiteral("weekly-2026-11-30-")));
    QCOMPARE(run.value(QStringLiteral("run")).toObject().value(QStringLiteral("from")).toString(),
             QStringLiteral("2026-11-24"));
    const QJsonArray insights = run.value(QStringLiteral("insights")).toArray();
    QVERIFY(!insights.isEmpty());
    double previousScore = 1e300;
    for (const QJsonValue v : insights) { // ranked, and each says how sure it is
        const QJsonObject i = v.toObject();
        QVERIFY(i.value(QStringLiteral("score")).toDouble() <= previousScore);
        previousScore = i.value(QStringLiteral("score")).toDouble();
        QVERIFY(i.value(QStringLiteral("q_value")).isDouble());
        QCOMPARE(i.value(QStringLiteral("status")).toString(), QStringLiteral("new"));
        QVERIFY(!i.value(QStringLiteral("method")).toString().isEmpty());
        const QJsonArray recommendations = i.value(QStringLiteral("recommendations")).toArray();
        QVERIFY(!recommendations.isEmpty() && recommendations.first().isString()); // cli.md: ["..."]
        QCOMPARE(i.value(QStringLiteral("recommendation_categories")).toArray().size(), recommendations.size());
    }
    const QJsonArray runs =
        QJsonDocument::fromJson(cli({"insights", "--db", db, "--runs", "--json"}).out).object().value("runs").toArray();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs[0].toObject().value(QStringLiteral("id")).toString(), id);
    const Run stored = cli({"insights", "--db", db, "--run", id, "--json"});
    QCOMPARE(stored.out, first.out);
    const Run again = cli({"insights", "--db", db, "--run", id, "--regenerate", "--json"});
    QCOMPARE(again.code, 0);
    QCOMPARE(again.out, first.out);
    QVERIFY(again.err.contains("identical"));
    // A status set by id shows in the next output; the text listing leaves dismissed ones out.
    const QString topId = insights[0].toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(cli({"insights", "--db", db, "--set-status", topId + QStringLiteral("=dismissed")}).code, 0);
    const QJsonObject after =
        QJsonDocument::fromJson(cli({"insights", "--db", db, "--run", id, "--json"}).out).object();
    QCOMPARE(after.value(QStringLiteral("insights")).toArray()[0].toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("dismissed"));
    const Run text = cli({"insights", "--db", db, "--run", id});
    QVERIFY(!text.out.contains(insights[0].toObject().value(QStringLiteral("title")).toString().toUtf8()));
    // Bad input: an unknown run, a status that does not exist, an ad hoc run without its start.
    QCOMPARE(cli({"insights", "--db", db, "--run", "nope"}).code, 2);
    QCOMPARE(cli({"insights", "--db", db, "--set-status", "x=maybe"}).code, 2);
    QCOMPARE(cli({"insights", "--db", db, "--period", "adhoc"}).code, 2);

    // why: the drivers of one property add up to the total change.
    const Run why = cli({"why", "--db", db, "--metric", "dau", "--from", "2026-11-24", "--to", "2026-11-30", "--by",
                         "platform", "--json"});
    QVERIFY2(why.code == 0, why.err.constData());
    const QJsonObject w = QJsonDocument::fromJson(why.out).object();
    double sum = 0;
    for (const QJsonValue d : w.value(QStringLiteral("drivers")).toArray()) {
        const QJsonObject o = d.toObject();
        QCOMPARE(o.value(QStringLiteral("property")).toString(), QStringLiteral("platform"));
        QVERIFY(std::abs(o.value(QStringLiteral("mix_effect")).toDouble()
                         + o.value(QStringLiteral("rate_effect")).toDouble()
                         - o.value(QStringLiteral("contribution")).toDouble())
                < 1e-9);
        sum += o.value(QStringLiteral("contribution")).toDouble();
    }
    QVERIFY(std::abs(sum - w.value(QStringLiteral("total_change")).toDouble()) < 1e-9);
    QVERIFY(std::abs(w.value(QStringLiteral("after")).toDouble() - w.value(QStringLiteral("before")).toDouble()
                     - w.value(QStringLiteral("total_change")).toDouble())
            < 1e-9);
    // The DAU mean of the week is the dau command's, averaged.
    const QJsonArray days =
        QJsonDocument::fromJson(cli({"dau", "--db", db, "--from", "2026-11-24", "--to", "2026-11-30", "--json"}).out)
            .object()
            .value(QStringLiteral("days"))
            .toArray();
    double mean = 0;
    for (const QJsonValue d : days)
        mean += d.toObject().value(QStringLiteral("dau")).toDouble() / double(days.size());
    QCOMPARE(days.size(), 7);
    QVERIFY(std::abs(mean - w.value(QStringLiteral("after")).toDouble()) < 1e-9);
    // export: the command's table as CSV (its JSON rows, one per line) and every table as XLSX.
    const QString csv = m_dir.filePath(QStringLiteral("dau.csv"));
    const Run exported = cli({"export", "dau", "--db", db, "--from", "2026-11-24", "--to", "2026-11-30", "--csv", csv});
    QVERIFY2(exported.code == 0, exported.err.constData());
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csvFile.readAll().split('\n');
    QCOMPARE(lines[0], QByteArray("dau,mau,t,wau\r"));
    QCOMPARE(lines.size(), 9); // header, 7 days, and the empty rest after the last CRLF
    QCOMPARE(lines[1].split(',')[0].toDouble(), days[0].toObject().value(QStringLiteral("dau")).toDouble());
    const QString xlsx = m_dir.filePath(QStringLiteral("funnel.xlsx"));
    QCOMPARE(cli({"export", "funnel", "--db", db, "--steps", "signup,create_project", "--from", "2026-11-01", "--to",
                  "2026-11-30", "--breakdown", "platform", "--xlsx", xlsx})
                 .code,
             0);
    QVERIFY(QFileInfo(xlsx).size() > 1000);
    QCOMPARE(cli({"export", "dau", "--db", db, "--from", "2026-11-24", "--to", "2026-11-30"}).code, 2); // no file
    QCOMPARE(cli({"export", "dau", "--db", db, "--from", "2026-11-24", "--to", "2026-11-30", "--csv",
                  m_dir.filePath(QStringLiteral("no/dir/x.csv"))})
                 .code,
             1);
    QCOMPARE(cli({"export", "dau", "--db", db, "--csv", csv}).code, 2); // the query's own usage error
    QCOMPARE(cli({"why", "--db", db, "--metric", "conversion", "--from", "2026-11-24", "--to", "2026-11-30"}).code,
             2); // conversion needs --goal
    QCOMPARE(cli({"why", "--db", db, "--metric", "conversion", "--goal", "nothing_like_it", "--from", "2026-11-24",
                  "--to", "2026-11-30", "--by", "platform"})
                 .code,
             2);
}

void TestCli::statisticsCommands()
{
    const QString db = m_dir.filePath(QStringLiteral("statistics.hcw"));
    QCOMPARE(cli({"demo", "--db", db, "--users", "600", "--days", "70", "--end", "2026-11-30"}).code, 0);
    const QStringList range{"--db", db, "--from", "2026-09-22", "--to", "2026-11-30", "--json"};
    const auto json = [&](QStringList args) {
        const Run r = cli(args + range);
        if (r.code != 0)
            qWarning("%s", r.err.constData());
        return r.code == 0 ? QJsonDocument::fromJson(r.out).object() : QJsonObject();
    };
    // Every result names its method and sample.
    const QJsonObject anomalies = json({"anomalies", "--event", "app_open"});
    QCOMPARE(anomalies.value(QStringLiteral("method")).toString(), QStringLiteral("seasonal_median_mad"));
    QCOMPARE(anomalies.value(QStringLiteral("points")).toArray().size(), 70);
    QVERIFY(anomalies.value(QStringLiteral("n")).toInt() > 40);
    const QJsonObject trend = json({"trend-test", "--any"});
    QCOMPARE(trend.value(QStringLiteral("n")).toInt(), 70);
    QVERIFY(trend.contains(QStringLiteral("p_value")) && trend.contains(QStringLiteral("sen_slope")));
    const QJsonObject forecast = json({"forecast", "--event", "app_open", "--horizon", "7"});
    QCOMPARE(forecast.value(QStringLiteral("points")).toArray().size(), 7);
    QCOMPARE(forecast.value(QStringLiteral("points")).toArray()[0].toObject().value(QStringLiteral("t")).toString(),
             QStringLiteral("2026-12-01"));
    QVERIFY(forecast.value(QStringLiteral("backtest")).toObject().value(QStringLiteral("origins")).toInt() > 0);
    const QJsonObject correlate = json({"correlate", "--event", "app_open", "--event", "search", "--max-lag", "2"});
    QCOMPARE(correlate.value(QStringLiteral("pairs")).toArray().size(), 5); // lags -2..2
    QVERIFY(correlate.value(QStringLiteral("note")).toString().contains(QStringLiteral("not causation")));
    const QJsonObject experiment =
        json({"experiment", "--variant-property", "exp_onboarding_checklist", "--goal", "invite_teammate"});
    QCOMPARE(experiment.value(QStringLiteral("control")).toString(), QStringLiteral("control"));
    QCOMPARE(experiment.value(QStringLiteral("comparisons")).toArray().size(), 1);
    QVERIFY(experiment.value(QStringLiteral("srm")).toObject().contains(QStringLiteral("mismatch")));
    qint64 exposed = 0;
    for (const auto& v : experiment.value(QStringLiteral("variants")).toArray())
        exposed += v.toObject().value(QStringLiteral("exposed")).toInteger();
    QCOMPARE(experiment.value(QStringLiteral("n")).toInteger(), exposed);
    const QJsonObject attribution =
        json({"attribution", "--goal", "upgrade", "--touch-property", "utm_source", "--model", "linear"});
    double credits = 0;
    for (const auto& c : attribution.value(QStringLiteral("credits")).toArray())
        credits += c.toObject().value(QStringLiteral("credit")).toDouble();
    QVERIFY(std::abs(credits - double(attribution.value(QStringLiteral("attributed")).toInteger())) < 1e-6);

    // Bad input: a constant (never-occurring) series, one variant, an unknown goal.
    Run r = cli(QStringList{"anomalies", "--event", "no_such_event"} + range);
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("constant"));
    r = cli(QStringList{"experiment", "--variant-property", "no_such_property", "--goal", "upgrade"} + range);
    QCOMPARE(r.code, 2);
    r = cli(QStringList{"attribution", "--goal", "no_such_event", "--touch-property", "utm_source"} + range);
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("never occurs"));
    // A series from a file: a week of 10s then a spike, judged without a workspace.
    const QString csv = m_dir.filePath(QStringLiteral("series.csv"));
    QByteArray text = "day,value\n";
    for (int d = 0; d < 20; ++d)
        text += QDate(2026, 1, 1).addDays(d).toString(Qt::ISODate).toUtf8() + ","
                + QByteArray::number(d == 19 ? 40 : 10 + d % 2) + "\n";
    QVERIFY(hc::test::writeFile(csv, text));
    r = cli({"anomalies", "--db", db, "--series", csv, "--json"}); // the file, not the workspace, is read
    QCOMPARE(r.code, 0);
    const QJsonArray points = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("points")).toArray();
    QCOMPARE(points.size(), 20);
    QVERIFY(points.last().toObject().value(QStringLiteral("anomaly")).toBool());
    QCOMPARE(points.last().toObject().value(QStringLiteral("direction")).toString(), QStringLiteral("up"));
}

void TestCli::refusesForeignFileUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
    QVERIFY(hc::test::writeFile(path, "just some notes\n"));
    const Run r = cli({"info", "--db", path});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("not a HitCraft workspace"));
    QCOMPARE(r.err.count('\n'), 1); // one line that says what is wrong and what to do
    QCOMPARE(hc::test::readFile(path), QByteArray("just some notes\n"));
}

void TestCli::readOnlyWorkspaceAnswersButRefusesWrites()
{
    hc::test::ReadOnlyFolder folder(m_dir.filePath(QStringLiteral("read-only")));
    QVERIFY2(folder.error().isEmpty(), qPrintable(folder.error()));
    const QString db = folder.filePath(QStringLiteral("w.hcw"));
    QCOMPARE(cli({"demo", "--db", db, "--users", "50", "--days", "28"}).code, 0);
    QVERIFY2(folder.seal(), qPrintable(folder.error()));
    const QByteArray before = hc::test::readFile(db);
    const Run info = cli({"info", "--db", db, "--json"});
    QCOMPARE(info.code, 0);
    QVERIFY(QJsonDocument::fromJson(info.out).object().value(QStringLiteral("events")).toInteger() > 0);
    QCOMPARE(cli({"kpis", "--db", db, "--from", "2026-01-01", "--to", "2026-12-31", "--json"}).code, 0);
    const QString input = m_dir.filePath(QStringLiteral("one.jsonl"));
    QVERIFY(hc::test::writeFile(input, R"({"event":"e","properties":{"time":1700000000,"distinct_id":"u"}})"
                                       "\n"));
    for (const QStringList& write :
         {QStringList{"import", "--db", db, input}, QStringList{"forget", "--db", db, "--user", "anyone"},
          QStringList{"demo", "--db", db, "--users", "5", "--days", "28"}}) {
        const Run r = cli(write);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("read-only") && r.err.contains("nothing was changed"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
    }
    QCOMPARE(hc::test::readFile(db), before);
}

void TestCli::interruptExitsThree()
{
    QByteArray text;
    for (int i = 0; i < 400000; ++i)
        text += QStringLiteral(R"({"event":"e","properties":{"time":%1,"distinct_id":"u%2","$insert_id":"x%1"}})"
                               "\n")
                    .arg(1700000000 + i)
                    .arg(i % 1000)
                    .toUtf8();
    const QString file = m_dir.filePath(QStringLiteral("big.jsonl"));
    QVERIFY(hc::test::writeFile(file, text));
    const QString db = m_dir.filePath(QStringLiteral("interrupt.hcw"));
    QProcess p;
    p.start(m_cli, {"import", "--db", db, file, "--json"});
    QVERIFY(p.waitForStarted());
    // Wait for the first progress line on stderr: the import is under way.
    QByteArray err;
    QElapsedTimer waited;
    waited.start();
    while (err.isEmpty() && p.state() == QProcess::Running && waited.elapsed() < 20000) {
        QTest::qWait(20);
        err += p.readAllStandardError();
    }
    QCOMPARE(p.state(), QProcess::Running);
    QVERIFY(p.processId() > 0);
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 3);
    const QJsonObject partial = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    const int inserted = partial.value(QStringLiteral("inserted")).toInt();
    QVERIFY(inserted < 400000);
    // Importing again completes the file without counting anything twice.
    const Run rest = cli({"import", "--db", db, file, "--json"});
    QCOMPARE(rest.code, 0);
    QCOMPARE(QJsonDocument::fromJson(rest.out).object().value(QStringLiteral("inserted")).toInt(), 400000 - inserted);
}

void TestCli::twoProcessesShareOneWorkspace()
{
    // Two imports (as the CLI and the window would) write into one workspace at the same time while
    // a third process reads it: both finish, nothing is lost or counted twice, the file stays sound.
    const QString db = m_dir.filePath(QStringLiteral("shared.hcw"));
    QStringList files;
    for (int f = 0; f < 2; ++f) {
        QByteArray lines;
        for (int i = 0; i < 60000; ++i)
            lines +=
                QStringLiteral(R"({"event":"e%1","properties":{"time":%2,"distinct_id":"u%3","$insert_id":"%1-%4"}})"
                               "\n")
                    .arg(f)
                    .arg(1700000000 + i)
                    .arg(i % 300)
                    .arg(i)
                    .toUtf8();
        files << m_dir.filePath(QStringLiteral("shared%1.jsonl").arg(f));
        QVERIFY(hc::test::writeFile(files.last(), lines));
    }
    QCOMPARE(cli({"import", "--db", db, files[0], "--json"}).code, 0); // create it, then both at once
    QProcess a, b, reader;
    a.start(m_cli, {"import", "--db", db, files[1], "--json"});
    b.start(m_cli, {"import", "--db", db, files[0], "--json"}); // all duplicates: writes race, count stays
    reader.start(m_cli, {"dau", "--db", db, "--from", "2023-11-14", "--to", "2023-11-15", "--json"});
    for (QProcess* p : {&a, &b, &reader})
        QVERIFY(p->waitForFinished(120000));
    QCOMPARE(a.exitCode(), 0);
    QCOMPARE(b.exitCode(), 0);
    QCOMPARE(reader.exitCode(), 0);
    QCOMPARE(QJsonDocument::fromJson(a.readAllStandardOutput()).object().value(QStringLiteral("inserted")).toInt(),
             60000);
    QCOMPARE(QJsonDocument::fromJson(b.readAllStandardOutput()).object().value(QStringLiteral("duplicates")).toInt(),
             60000);
    QCOMPARE(hc::test::rawSql(db, QStringLiteral("SELECT count(*) FROM events")), QStringLiteral("120000"));
    QCOMPARE(hc::test::rawSql(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
