// DAU/WAU/MAU, sessions and the KPI set against hand-computed cases (semantics.md, "Counting
// measures" and "Sessions").
#include "core/analysis/engine/ActiveUsers.h"
#include "core/analysis/engine/Kpis.h"
#include "core/analysis/engine/Sessions.h"
#include "core/dataset/DatasetBuilder.h"

#include <QtTest>

#include <cmath>
#include <numeric>

using namespace hc;
using namespace hc::analysis;

namespace {

qint64 at(const char* iso) { return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch(); }
qint64 day(int y, int m, int d) { return ReportingCalendar::dayNumber(QDate(y, m, d)); }

// a: Jan 1, Jan 2, Jan 8 (revenue 10); b: two events on Jan 2, 20 minutes apart (revenue "abc",
// not numeric); c: only Dec 5 of the year before.
std::shared_ptr<const dataset::Dataset> janData()
{
    dataset::DatasetBuilder b;
    b.add(QStringLiteral("a"), QStringLiteral("open"), at("2026-01-01T09:00:00Z"));
    b.add(QStringLiteral("a"), QStringLiteral("open"), at("2026-01-02T09:00:00Z"));
    b.add(QStringLiteral("a"), QStringLiteral("buy"), at("2026-01-08T09:00:00Z"), R"({"revenue":10})");
    b.add(QStringLiteral("b"), QStringLiteral("open"), at("2026-01-02T10:00:00Z"));
    b.add(QStringLiteral("b"), QStringLiteral("buy"), at("2026-01-02T10:20:00Z"), R"({"revenue":"abc"})");
    b.add(QStringLiteral("c"), QStringLiteral("open"), at("2025-12-05T12:00:00Z"));
    return b.build();
}

} // namespace

class TestKpis : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void activeUsers();
    void kpiSet();
    void emptyRangeHasNullMeans();
    void sessionRules_data();
    void sessionRules();
    void sessionTotalsAtRangeEdges();
    void sessionsPerDayAcrossDaylightSaving();
    void zones_data();
    void zones();
};

void TestKpis::activeUsers()
{
    const auto data = janData();
    const ReportingCalendar cal(QTimeZone::utc(), 1);
    const auto days =
        computeActiveUsers(*data, ActiveUsersQuery{TimeRange::fromDays(cal, day(2026, 1, 1), day(2026, 1, 10))}, cal)
            .value();
    QCOMPARE(days.size(), size_t(10));
    const QList<qint64> dau = {1, 2, 0, 0, 0, 0, 0, 1, 0, 0};
    const QList<qint64> wau = {1, 2, 2, 2, 2, 2, 2, 2, 1, 1};
    const QList<qint64> mau = {2, 3, 3, 2, 2, 2, 2, 2, 2, 2}; // c's Dec 5 leaves the window on Jan 4
    for (int d = 0; d < 10; ++d) {
        QCOMPARE(days[size_t(d)].dau, dau[d]);
        QCOMPARE(days[size_t(d)].wau, wau[d]);
        QCOMPARE(days[size_t(d)].mau, mau[d]);
    }
}

void TestKpis::kpiSet()
{
    const auto data = janData();
    const ReportingCalendar cal(QTimeZone::utc(), 1);
    const auto r = computeKpis(*data, KpiQuery{TimeRange::fromDays(cal, day(2026, 1, 1), day(2026, 1, 10))}, cal);
    QVERIFY(r.ok());
    const KpiSet& k = r.value();
    QCOMPARE(k.previousRange.firstDay, day(2025, 12, 22));
    QCOMPARE(*k.find(QStringLiteral("events"))->value, 5.0);
    QCOMPARE(*k.find(QStringLiteral("users"))->value, 2.0);
    QCOMPARE(*k.find(QStringLiteral("new_users"))->value, 2.0);
    QCOMPARE(*k.find(QStringLiteral("returning_users"))->value, 0.0);
    QCOMPARE(*k.find(QStringLiteral("dau"))->value, 0.4); // (1 + 2 + 1) / 10 days
    QCOMPARE(*k.find(QStringLiteral("wau"))->value, 1.0); // at Jan 10
    QCOMPARE(*k.find(QStringLiteral("mau"))->value, 2.0);
    QCOMPARE(*k.find(QStringLiteral("stickiness"))->value, (0.5 + 2.0 / 3 + 0.5) / 10);
    QCOMPARE(*k.find(QStringLiteral("sessions"))->value, 4.0); // a: 3 lone events, b: one of 20 min
    QCOMPARE(*k.find(QStringLiteral("avg_session_seconds"))->value, 300.0);
    QCOMPARE(*k.find(QStringLiteral("events_per_user"))->value, 2.5);
    QCOMPARE(*k.find(QStringLiteral("revenue"))->value, 10.0); // "abc" is not numeric
    QCOMPARE(*k.find(QStringLiteral("events"))->previous, 0.0);
    QVERIFY(!k.find(QStringLiteral("events"))->change);            // previous is 0: no change
    QVERIFY(!k.find(QStringLiteral("events_per_user"))->previous); // a ratio over nothing
    // The sparklines' days: a on Jan 1; a and b's two on Jan 2; a's purchase of 10 on Jan 8.
    QCOMPARE(k.dailyEvents, (std::vector<double>{1, 3, 0, 0, 0, 0, 0, 1, 0, 0}));
    QCOMPARE(k.dailyRevenue, (std::vector<double>{0, 0, 0, 0, 0, 0, 0, 10, 0, 0}));
}

void TestKpis::emptyRangeHasNullMeans()
{
    const auto data = janData();
    const ReportingCalendar cal(QTimeZone::utc(), 1);
    const auto r = computeKpis(*data, KpiQuery{TimeRange::fromDays(cal, day(2030, 1, 1), day(2030, 1, 7))}, cal);
    QVERIFY(r.ok());
    QCOMPARE(*r.value().find(QStringLiteral("events"))->value, 0.0);
    QCOMPARE(*r.value().find(QStringLiteral("revenue"))->value, 0.0); // a sum over nothing is 0
    QVERIFY(!r.value().find(QStringLiteral("avg_session_seconds"))->value);
    QVERIFY(!r.value().find(QStringLiteral("stickiness"))->value);
}

void TestKpis::sessionRules_data()
{
    QTest::addColumn<QStringList>("events"); // "HH:MM:SS name" on 2026-03-10 (or "+1 HH:MM:SS" next day)
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QList<qint64>>("lengths"); // seconds, one per session
    const QString utc = QStringLiteral("UTC");
    QTest::newRow("lone event is 0 s") << QStringList{"10:00:00 a"} << utc << QList<qint64>{0};
    QTest::newRow("gap of exactly 30 min continues")
        << QStringList{"10:00:00 a", "10:30:00 b"} << utc << QList<qint64>{1800};
    QTest::newRow("gap over 30 min splits") << QStringList{"10:00:00 a", "10:30:01 b"} << utc << QList<qint64>{0, 0};
    QTest::newRow("midnight splits") << QStringList{"23:50:00 a", "+1 00:05:00 b"} << utc << QList<qint64>{0, 0};
    QTest::newRow("midnight of the reporting zone")
        << QStringList{"22:50:00 a", "23:05:00 b"} << QStringLiteral("Europe/Berlin") << QList<qint64>{0, 0};
    QTest::newRow("identify is ignored") << QStringList{"10:00:00 a", "10:20:00 $identify", "10:45:00 b"} << utc
                                         << QList<qint64>{0, 0};
    QTest::newRow("campaign events are ignored")
        << QStringList{"10:00:00 $campaign_delivery", "11:00:00 a"} << utc << QList<qint64>{0};
    QTest::newRow("ties in time") << QStringList{"10:00:00 a", "10:00:00 b", "10:10:00 c"} << utc << QList<qint64>{600};
}

void TestKpis::sessionRules()
{
    QFETCH(QStringList, events);
    QFETCH(QString, zone);
    QFETCH(QList<qint64>, lengths);
    dataset::DatasetBuilder b;
    for (const QString& e : events) {
        const bool nextDay = e.startsWith(QLatin1String("+1 "));
        const QString rest = nextDay ? e.mid(3) : e;
        const QString date = nextDay ? QStringLiteral("2026-03-11T") : QStringLiteral("2026-03-10T");
        b.add(QStringLiteral("u"), rest.section(QLatin1Char(' '), 1),
              QDateTime::fromString(date + rest.section(QLatin1Char(' '), 0, 0) + QLatin1Char('Z'), Qt::ISODate)
                  .toMSecsSinceEpoch());
    }
    const auto data = b.build();
    const ReportingCalendar cal(QTimeZone(zone.toUtf8()), 1);
    const auto sessions = sessionsStartingIn(*data, cal, TimeRange::fromDays(cal, day(2026, 3, 1), day(2026, 3, 31)));
    QList<qint64> got;
    for (const auto& s : sessions)
        got.append((s.endMs - s.startMs) / 1000);
    QCOMPARE(got, lengths);
    // The KPI cards' totals follow the same rules.
    const SessionTotals totals =
        sessionTotalsStartingIn(*data, cal, TimeRange::fromDays(cal, day(2026, 3, 1), day(2026, 3, 31)));
    QCOMPARE(totals.sessions, qint64(lengths.size()));
    QCOMPARE(totals.totalDurationMs, std::accumulate(lengths.begin(), lengths.end(), qint64(0)) * 1000);
}

// A range that starts or ends inside a session: 10:00, 10:20, 10:40 are one session (40 min),
// 12:00 another. From 10:10 the first started before the range and does not count; up to 10:05
// it counts whole, its later events included.
void TestKpis::sessionTotalsAtRangeEdges()
{
    dataset::DatasetBuilder b;
    for (const char* t : {"10:00", "10:20", "10:40", "12:00"})
        b.add(QStringLiteral("u"), QStringLiteral("a"),
              at(qPrintable(QStringLiteral("2026-03-10T%1:00Z").arg(QLatin1String(t)))));
    const auto data = b.build();
    const ReportingCalendar cal(QTimeZone::utc(), 1);
    TimeRange fromMid = TimeRange::fromDays(cal, day(2026, 3, 10), day(2026, 3, 10));
    fromMid.startMs = at("2026-03-10T10:10:00Z");
    SessionTotals t = sessionTotalsStartingIn(*data, cal, fromMid);
    QCOMPARE(t.sessions, qint64(1));
    QCOMPARE(t.totalDurationMs, qint64(0));
    QCOMPARE(qint64(sessionsStartingIn(*data, cal, fromMid).size()), t.sessions);
    TimeRange toEarly = TimeRange::fromDays(cal, day(2026, 3, 10), day(2026, 3, 10));
    toEarly.endMs = at("2026-03-10T10:05:00Z");
    t = sessionTotalsStartingIn(*data, cal, toEarly);
    QCOMPARE(t.sessions, qint64(1));
    QCOMPARE(t.totalDurationMs, qint64(40 * 60 * 1000));
}

// Berlin, 28–31 March 2026 (clocks go forward on the 29th). Local times:
//   u: 28th 13:00 and 13:30 (30 min apart: one session of 1800 s), 23:50 (a lone 0 s session),
//      29th 00:05 and 00:25 (midnight split them from 23:50: a session of 1200 s);
//   v: 29th 03:30 and 03:40 CEST (600 s), 30th 12:00 (a lone 0 s session); nothing on the 31st.
// Per day: 2 sessions averaging 900 s, 2 averaging 900 s, 1 of 0 s, none (no average).
void TestKpis::sessionsPerDayAcrossDaylightSaving()
{
    dataset::DatasetBuilder b;
    for (const char* t : {"2026-03-28T12:00:00Z", "2026-03-28T12:30:00Z", "2026-03-28T22:50:00Z",
                          "2026-03-28T23:05:00Z", "2026-03-28T23:25:00Z"})
        b.add(QStringLiteral("u"), QStringLiteral("open"), at(t));
    for (const char* t : {"2026-03-29T01:30:00Z", "2026-03-29T01:40:00Z", "2026-03-30T10:00:00Z"})
        b.add(QStringLiteral("v"), QStringLiteral("open"), at(t));
    const auto data = b.build();
    const ReportingCalendar cal(QTimeZone("Europe/Berlin"), 1);
    const TimeRange range = TimeRange::fromDays(cal, day(2026, 3, 28), day(2026, 3, 31));
    const SessionTotals totals = sessionTotalsStartingIn(*data, cal, range);
    QCOMPARE(totals.dailySessions, (std::vector<qint64>{2, 2, 1, 0}));
    QCOMPARE(totals.dailyDurationMs, (std::vector<qint64>{1800000, 1800000, 0, 0}));
    QCOMPARE(totals.sessions, qint64(5));
    const KpiSet set = computeKpis(*data, KpiQuery{range}, cal).value();
    QCOMPARE(set.dailySessions, (std::vector<double>{2, 2, 1, 0}));
    QCOMPARE(set.dailySessionSeconds.size(), size_t(4));
    QCOMPARE(set.dailySessionSeconds[0], 900.0);
    QCOMPARE(set.dailySessionSeconds[1], 900.0);
    QCOMPARE(set.dailySessionSeconds[2], 0.0);
    QVERIFY(std::isnan(set.dailySessionSeconds[3]));
    QCOMPARE(set.find(QStringLiteral("sessions"))->value.value_or(-1), 5.0);
    QCOMPARE(set.find(QStringLiteral("avg_session_seconds"))->value.value_or(-1), 720.0); // 3600 s / 5
}

void TestKpis::zones_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QStringList>("events"); // "ISO-UTC-TIME user"
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QList<qint64>>("dau");      // per day from `from`, three days
    QTest::addColumn<QList<qint64>>("sessions"); // lengths in seconds of sessions starting in those days
    QTest::newRow("UTC") << "UTC" << QStringList{"2026-03-10T18:20:00Z a", "2026-03-10T18:40:00Z a"}
                         << QDate(2026, 3, 10) << QList<qint64>{1, 0, 0} << QList<qint64>{1200};
    // 18:20Z is 23:50 in Kolkata (+05:30), 18:40Z is 00:10 the next day: two days, two sessions.
    QTest::newRow("half-hour zone") << "Asia/Kolkata" << QStringList{"2026-03-10T18:20:00Z a", "2026-03-10T18:40:00Z a"}
                                    << QDate(2026, 3, 10) << QList<qint64>{1, 1, 0} << QList<qint64>{0, 0};
    // Mar 8 2026 in New York has 23 hours: 03:30Z on Mar 9 is still 23:30 EDT on Mar 8. 06:50Z and
    // 07:10Z on Mar 8 are 01:50 EST and 03:10 EDT: 20 elapsed minutes, one session.
    QTest::newRow("spring forward: a 23-hour day")
        << "America/New_York"
        << QStringList{"2026-03-08T06:50:00Z a", "2026-03-08T07:10:00Z a", "2026-03-09T03:30:00Z b",
                       "2026-03-09T04:30:00Z c"}
        << QDate(2026, 3, 8) << QList<qint64>{2, 1, 0} << QList<qint64>{1200, 0, 0};
    // Nov 1 2026 in New York has 25 hours: 04:30Z on Nov 2 is 23:30 EST on Nov 1. 05:40Z and 06:10Z
    // on Nov 1 are 01:40 EDT and 01:10 EST: 30 elapsed minutes, one session.
    QTest::newRow("fall back: a 25-hour day")
        << "America/New_York"
        << QStringList{"2026-11-01T05:40:00Z a", "2026-11-01T06:10:00Z a", "2026-11-02T04:30:00Z b",
                       "2026-11-02T05:30:00Z c"}
        << QDate(2026, 11, 1) << QList<qint64>{2, 1, 0} << QList<qint64>{1800, 0, 0};
    // Lord Howe keeps +11 in January (half-hour clock change in April): 12:59Z is 23:59 on Jan 10.
    QTest::newRow("half-hour daylight saving")
        << "Australia/Lord_Howe" << QStringList{"2026-01-10T12:59:00Z a", "2026-01-10T13:01:00Z a"}
        << QDate(2026, 1, 10) << QList<qint64>{1, 1, 0} << QList<qint64>{0, 0};
    // Apr 5 2026 on Lord Howe: 02:00 +11 becomes 01:30 +10:30, a 24.5-hour day: 13:15Z is 23:45.
    QTest::newRow("half-hour clock change day")
        << "Australia/Lord_Howe" << QStringList{"2026-04-04T13:10:00Z a", "2026-04-05T13:15:00Z b"} << QDate(2026, 4, 5)
        << QList<qint64>{2, 0, 0} << QList<qint64>{0, 0};
}

void TestKpis::zones()
{
    QFETCH(QString, zone);
    QFETCH(QStringList, events);
    QFETCH(QDate, from);
    QFETCH(QList<qint64>, dau);
    QFETCH(QList<qint64>, sessions);
    dataset::DatasetBuilder b;
    for (const QString& e : events)
        b.add(e.section(QLatin1Char(' '), 1), QStringLiteral("open"),
              QDateTime::fromString(e.section(QLatin1Char(' '), 0, 0), Qt::ISODate).toMSecsSinceEpoch());
    const auto data = b.build();
    const ReportingCalendar cal(QTimeZone(zone.toUtf8()), 1);
    const qint64 first = ReportingCalendar::dayNumber(from);
    const TimeRange range = TimeRange::fromDays(cal, first, first + 2);
    const auto days = computeActiveUsers(*data, ActiveUsersQuery{range}, cal).value();
    QList<qint64> gotDau;
    for (const auto& d : days)
        gotDau.append(d.dau);
    QCOMPARE(gotDau, dau);
    QList<qint64> lengths;
    for (const auto& s : sessionsStartingIn(*data, cal, range))
        lengths.append((s.endMs - s.startMs) / 1000);
    std::sort(lengths.begin(), lengths.end(), std::greater<>());
    QCOMPARE(lengths, sessions);
    // The KPI dau is the mean of those days; wau and mau are trailing windows at `to`.
    const auto kpis = computeKpis(*data, KpiQuery{range}, cal).value();
    double sum = 0;
    for (qint64 n : dau)
        sum += double(n);
    QCOMPARE(*kpis.find(QStringLiteral("dau"))->value, sum / 3);
    QCOMPARE(*kpis.find(QStringLiteral("mau"))->value, double(days.back().mau));
}

QTEST_GUILESS_MAIN(TestKpis)
#include "tst_kpis.moc"
