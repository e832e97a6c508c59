// Session statistics, segmentation tables and paths against hand-computed cases.
#include "core/analysis/engine/Paths.h"
#include "core/analysis/engine/Segmentation.h"
#include "core/analysis/engine/SessionStats.h"
#include "tests/support/EventFixture.h"

#include <QtTest>

using namespace hc;
using namespace hc::analysis;

namespace {

TimeRange days(int first, int last)
{
    TimeRange r;
    r.startMs = test::kFixtureT0 + qint64(first) * 86400000;
    r.endMs = test::kFixtureT0 + qint64(last + 1) * 86400000;
    return r;
}

} // namespace

class TestExploration : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sessionStats();
    void segmentsByTwoProperties();
    void pathsWithinSessions();
};

void TestExploration::sessionStats()
{
    // u1: a session of 3 events over 10 min, then a lone event 2 h later (a bounce).
    // u2: one session of 2 events, 90 s apart.
    const auto data = test::datasetFrom(QStringLiteral("u1@0:a;u1@300:b;u1@600:c;u1@7800:d;u2@100:a;u2@190:b"));
    const ReportingCalendar cal(QTimeZone::utc(), 1);
    const auto s = computeSessionStats(*data, SessionStatsQuery{days(0, 0)}, cal).value();
    QCOMPARE(s.sessions, 3);
    QCOMPARE(s.users, 2);
    QCOMPARE(*s.averageSeconds, (600.0 + 0 + 90) / 3);
    QCOMPARE(*s.medianSeconds, 90.0);
    QCOMPARE(*s.eventsPerSession, 6.0 / 3);
    QCOMPARE(*s.bounceRate, 1.0 / 3);
    QCOMPARE(s.lengths[0].count, 1); // 0 s
    QCOMPARE(s.lengths[2].count, 1); // 1–5 min: 90 s
    QCOMPARE(s.lengths[3].count, 1); // 5–15 min: 600 s
    QVERIFY(!computeSessionStats(*data, SessionStatsQuery{days(5, 6)}, cal).value().averageSeconds);
}

void TestExploration::segmentsByTwoProperties()
{
    const auto data = test::datasetFrom(QStringLiteral(
        "u1@0:buy{\"plan\":\"pro\",\"os\":\"ios\"};u1@5:buy{\"plan\":\"pro\",\"os\":\"ios\"};"
        "u2@0:buy{\"plan\":\"pro\",\"os\":\"web\"};u3@0:buy{\"os\":\"web\"};u3@9:view{\"plan\":\"pro\"}"));
    SegmentQuery q;
    q.event.name = QStringLiteral("buy");
    q.measure = TrendMeasure::Uniques;
    q.by = QStringLiteral("plan");
    q.by2 = QStringLiteral("os");
    q.range = days(0, 0);
    const ReportingCalendar cal(QTimeZone::utc(), 1);
    auto r = computeSegments(*data, q, cal);
    QVERIFY(r.ok());
    QStringList got;
    for (const auto& row : r.value().rows)
        got << row.values.join(u'/') + QLatin1Char('=') + QString::number(*row.value);
    QCOMPARE(got, QStringList({"/web=1", "pro/ios=1", "pro/web=1"})); // ties ordered by value; "" is missing
    QCOMPARE(*r.value().total, 3.0);                                  // u1, u2 and u3 bought
    q.measure = TrendMeasure::Total;
    q.by2.clear();
    q.top = 1;
    r = computeSegments(*data, q, cal);
    QCOMPARE(r.value().rows.size(), size_t(1));
    QCOMPARE(r.value().rows[0].values, QStringList({"pro"}));
    QCOMPARE(*r.value().rows[0].value, 3.0);
    QCOMPARE(r.value().omittedRows, 1);
    QCOMPARE(*r.value().total, 4.0); // every buy, the omitted row's included
}

void TestExploration::pathsWithinSessions()
{
    // u1: a → b → c → d in one session, then a again 2 h later alone. u2: a → b → x.
    // $identify is ignored by sessions and so by paths.
    const auto data = test::datasetFrom(
        QStringLiteral("u1@0:a;u1@60:b;u1@70:$identify;u1@120:c;u1@180:d;u1@7400:a;u2@0:a;u2@30:b;u2@40:x"));
    const ReportingCalendar cal(QTimeZone::utc(), 1);
    PathQuery q;
    q.anchor.name = QStringLiteral("a");
    q.steps = 2;
    q.range = days(0, 0);
    auto r = computePaths(*data, q, cal);
    QVERIFY(r.ok());
    QStringList got;
    for (const auto& p : r.value())
        got << QStringLiteral("%1:%2/%3").arg(p.events.join(u'>')).arg(p.occurrences).arg(p.users);
    // Ties by the sequence: the late lone "a" (its session ends at once) sorts first.
    QCOMPARE(got, QStringList({":1/1", "b>c:1/1", "b>x:1/1"}));
    q.forward = false;
    q.anchor.name = QStringLiteral("d");
    r = computePaths(*data, q, cal);
    QCOMPARE(r.value().size(), size_t(1));
    QCOMPARE(r.value()[0].events, QStringList({"c", "b"})); // nearest first
    // The users behind a row: exactly those whose anchor is followed by that sequence.
    const auto usersOf = [&](const QStringList& sequence) {
        QStringList ids;
        const auto flags = pathUsers(*data, q, cal, sequence);
        for (size_t u = 0; flags.ok() && u < flags.value().size(); ++u)
            if (flags.value()[u])
                ids << data->userIds()[int(u)];
        return ids;
    };
    QCOMPARE(usersOf({"c", "b"}), QStringList{"u1"});
    q.forward = true;
    q.anchor.name = QStringLiteral("a");
    QCOMPARE(usersOf({"b", "x"}), QStringList{"u2"});
    QCOMPARE(usersOf({"b"}), QStringList());  // two steps were asked: nobody stops after b alone
    QCOMPARE(usersOf({}), QStringList{"u1"}); // the late lone a: its session ended at once
    QCOMPARE(usersOf({"b", "nowhere"}), QStringList());
}

QTEST_GUILESS_MAIN(TestExploration)
#include "tst_exploration.moc"
