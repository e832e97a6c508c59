// The demo workspace: deterministic for a seed, and the planted patterns README.md promises are
// really there (checked with plain SQL, independent of the generator's own bookkeeping).
#include "core/demo/DemoWorkspaceGenerator.h"
#include "core/store/Workspace.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace hc;
using hc::store::Workspace;

class TestDemoGenerator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameSeedSameWorkspace();
    void plantedPatterns();

private:
    struct Made {
        std::unique_ptr<Workspace> ws;
        demo::DemoSummary summary;
    };
    Made make(const QString& name, quint64 seed, int users, int days);
    static QByteArray contentHash(Workspace& ws);
    static double scalar(Workspace& ws, const QString& sql);
    QTemporaryDir m_dir;
};

TestDemoGenerator::Made TestDemoGenerator::make(const QString& name, quint64 seed, int users, int days)
{
    auto ws = Workspace::open(m_dir.filePath(name), Workspace::OpenMode::CreateIfMissing);
    if (!ws.ok())
        qFatal("cannot create workspace");
    demo::DemoOptions o;
    o.seed = seed;
    o.users = users;
    o.days = days;
    o.end = QDate(2026, 11, 30);
    TaskContext ctx;
    auto r = demo::DemoWorkspaceGenerator(o).generate(*ws.value(), ctx);
    if (!r.ok())
        qFatal("demo failed: %s", qPrintable(r.error().message));
    return {std::move(ws.value()), r.value()};
}

QByteArray TestDemoGenerator::contentHash(Workspace& ws)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    QSqlQuery q(ws.database());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT u.distinct_id, e.time_ms, n.name, e.insert_id, e.processing_ms, e.properties"
                          " FROM events e JOIN users u ON u.id = e.user_id JOIN event_names n ON n.id = e.event_id"
                          " ORDER BY u.distinct_id, e.time_ms, n.name, e.insert_id"));
    while (q.next())
        for (int c = 0; c < 6; ++c) {
            QByteArray field = q.value(c).toString().toUtf8();
            field.append('\x1f');
            h.addData(field);
        }
    return h.result().toHex();
}

double TestDemoGenerator::scalar(Workspace& ws, const QString& sql)
{
    QSqlQuery q(ws.database());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toDouble();
}

void TestDemoGenerator::sameSeedSameWorkspace()
{
    auto a = make(QStringLiteral("a.hcw"), 7, 300, 40);
    auto b = make(QStringLiteral("b.hcw"), 7, 300, 40);
    auto c = make(QStringLiteral("c.hcw"), 8, 300, 40);
    QVERIFY(a.summary.events > 1000);
    QCOMPARE(a.summary.events, b.summary.events);
    QCOMPARE(scalar(*a.ws, QStringLiteral("SELECT count(*) FROM events")), double(a.summary.events));
    QCOMPARE(contentHash(*a.ws), contentHash(*b.ws));
    QVERIFY(contentHash(*a.ws) != contentHash(*c.ws));
    QCOMPARE(a.summary.from, QDate(2026, 10, 22));
    QCOMPARE(a.summary.to, QDate(2026, 11, 30));
}

void TestDemoGenerator::plantedPatterns()
{
    auto d = make(QStringLiteral("p.hcw"), 42, 4000, 84);
    Workspace& ws = *d.ws;
    auto countOf = [&](const char* event) {
        return scalar(ws, QStringLiteral("SELECT count(DISTINCT e.user_id) FROM events e JOIN event_names n"
                                         " ON n.id = e.event_id WHERE n.name = '%1'")
                              .arg(QLatin1String(event)));
    };
    // Every user signs up once; the onboarding funnel narrows step by step.
    QCOMPARE(countOf("signup"), 4000.0);
    QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM events e JOIN event_names n ON n.id = e.event_id"
                                       " WHERE n.name = 'signup'")),
             4000.0);
    const double created = countOf("create_project"), invited = countOf("invite_teammate"),
                 upgraded = countOf("upgrade");
    QVERIFY(created > 2200 && created < 3000);
    QVERIFY(invited > 0.3 * created && invited < 0.55 * created);
    QVERIFY(upgraded > 50 && upgraded < invited);

    // The experiment lifts upgrades among inviters in the treatment group.
    auto upgradeRate = [&](const char* group) {
        return scalar(
            ws, QStringLiteral("WITH inv AS (SELECT DISTINCT e.user_id, json_extract(e.properties,"
                               " '$.exp_onboarding_checklist') g FROM events e JOIN event_names n ON n.id = e.event_id"
                               " WHERE n.name = 'invite_teammate'),"
                               " up AS (SELECT DISTINCT e.user_id FROM events e JOIN event_names n"
                               " ON n.id = e.event_id WHERE n.name = 'upgrade')"
                               " SELECT avg(inv.user_id IN (SELECT user_id FROM up)) FROM inv WHERE g = '%1'")
                    .arg(QLatin1String(group)));
    };
    QVERIFY2(upgradeRate("treatment") > upgradeRate("control") * 1.2,
             qPrintable(QStringLiteral("%1 vs %2").arg(upgradeRate("treatment")).arg(upgradeRate("control"))));

    // Revenue only on upgrade and renewal events.
    QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM events e JOIN event_names n ON n.id = e.event_id"
                                       " WHERE json_extract(e.properties, '$.revenue') IS NOT NULL"
                                       " AND n.name NOT IN ('upgrade', 'renewal')")),
             0.0);
    // Feedback ratings are 1..5 with a text.
    QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM events e JOIN event_names n ON n.id = e.event_id"
                                       " WHERE n.name = 'feedback_submitted' AND (json_extract(e.properties,"
                                       " '$.rating') NOT BETWEEN 1 AND 5 OR json_extract(e.properties, '$.text')"
                                       " IS NULL)")),
             0.0);

    // The outage: web DAU on the planted day is far below the same weekday a week before and after.
    auto webDau = [&](const QDate& day) {
        const qint64 start = QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        return scalar(ws, QStringLiteral("SELECT count(DISTINCT user_id) FROM events WHERE time_ms >= %1 AND"
                                         " time_ms < %2 AND json_extract(properties, '$.platform') = 'web'")
                              .arg(start)
                              .arg(start + 86400000));
    };
    const QDate outage = d.summary.anomalyDay;
    QCOMPARE(outage, d.summary.from.addDays(84 - 22));
    const double around = (webDau(outage.addDays(-7)) + webDau(outage.addDays(7))) / 2;
    QVERIFY2(webDau(outage) < 0.5 * around, qPrintable(QStringLiteral("%1 vs %2").arg(webDau(outage)).arg(around)));

    // Weekends are quieter than weekdays.
    const double weekend = scalar(ws, QStringLiteral("SELECT avg(c) FROM (SELECT count(*) c, strftime('%w', time_ms"
                                                     " / 1000, 'unixepoch') w FROM events GROUP BY time_ms / 86400000)"
                                                     " WHERE w IN ('0', '6')"));
    const double weekday = scalar(ws, QStringLiteral("SELECT avg(c) FROM (SELECT count(*) c, strftime('%w', time_ms"
                                                     " / 1000, 'unixepoch') w FROM events GROUP BY time_ms / 86400000)"
                                                     " WHERE w NOT IN ('0', '6')"));
    QVERIFY(weekend < 0.8 * weekday);
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demo_generator.moc"
