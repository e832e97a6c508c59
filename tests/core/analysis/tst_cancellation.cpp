// Every engine has one signature (dataset, query, calendar, TaskContext) and stops at its first
// cancellation check: a superseded run in the window must not keep a core busy.
#include "core/analysis/engine/ActiveUsers.h"
#include "core/analysis/engine/Funnel.h"
#include "core/analysis/engine/Kpis.h"
#include "core/analysis/engine/Lifecycle.h"
#include "core/analysis/engine/Paths.h"
#include "core/analysis/engine/Retention.h"
#include "core/analysis/engine/Segmentation.h"
#include "core/analysis/engine/SessionStats.h"
#include "core/analysis/engine/Trend.h"
#include "core/dataset/DatasetBuilder.h"

#include <QtTest>

#include <functional>

using namespace hc;
using namespace hc::analysis;

namespace {

// Runs one engine and says how it ended: "ok" or the error code's number.
using EngineRun = std::function<QString(const dataset::Dataset&, const ReportingCalendar&, TaskContext&)>;

template<typename R>
QString outcome(const Result<R>& r)
{
    return r.ok() ? QStringLiteral("ok") : QStringLiteral("error %1").arg(int(r.error().code));
}

EventSpec named(const char* name) { return EventSpec{false, QString::fromLatin1(name), {}, {}}; }

} // namespace

Q_DECLARE_METATYPE(EngineRun)

class TestCancellation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void stopsAtFirstCheck_data();
    void stopsAtFirstCheck();

private:
    std::shared_ptr<const dataset::Dataset> m_data;
    TimeRange m_range;
};

void TestCancellation::initTestCase()
{
    // 5,000 users with a signup, a purchase and a visit each over January 2026.
    dataset::DatasetBuilder b;
    const qint64 t0 = 1767225600000; // 2026-01-01T00:00:00Z
    for (int u = 0; u < 5000; ++u) {
        const QString id = QStringLiteral("u%1").arg(u);
        const qint64 start = t0 + qint64(u % 30) * 86400000;
        b.add(id, QStringLiteral("signup"), start, QByteArrayLiteral("{\"plan\":\"free\",\"revenue\":1}"));
        b.add(id, QStringLiteral("buy"), start + 600000, QByteArrayLiteral("{\"plan\":\"pro\",\"revenue\":5}"));
        b.add(id, QStringLiteral("visit"), start + 2 * 86400000, QByteArrayLiteral("{\"plan\":\"pro\"}"));
    }
    m_data = b.build();
    const ReportingCalendar utc(QTimeZone::utc(), 1);
    m_range = TimeRange::fromDays(utc, ReportingCalendar::dayNumber(QDate(2026, 1, 1)),
                                  ReportingCalendar::dayNumber(QDate(2026, 1, 31)));
}

void TestCancellation::stopsAtFirstCheck_data()
{
    QTest::addColumn<EngineRun>("run");
    const TimeRange range = m_range;
    QTest::newRow("kpis") << EngineRun(
        [range](auto& d, auto& c, auto& x) { return outcome(computeKpis(d, KpiQuery{range}, c, x)); });
    QTest::newRow("active users") << EngineRun(
        [range](auto& d, auto& c, auto& x) { return outcome(computeActiveUsers(d, ActiveUsersQuery{range}, c, x)); });
    QTest::newRow("lifecycle") << EngineRun([range](auto& d, auto& c, auto& x) {
        return outcome(computeLifecycle(d, LifecycleQuery{range, Interval::Week}, c, x));
    });
    QTest::newRow("sessions") << EngineRun(
        [range](auto& d, auto& c, auto& x) { return outcome(computeSessionStats(d, SessionStatsQuery{range}, c, x)); });
    QTest::newRow("trend") << EngineRun([range](auto& d, auto& c, auto& x) {
        TrendQuery q;
        q.event.anyEvent = true;
        q.range = range;
        q.breakdown = QStringLiteral("plan");
        return outcome(computeTrend(d, q, c, x));
    });
    QTest::newRow("funnel") << EngineRun([range](auto& d, auto& c, auto& x) {
        FunnelQuery q;
        q.steps = {named("signup"), named("buy")};
        q.range = range;
        return outcome(computeFunnel(d, q, c, x));
    });
    QTest::newRow("retention") << EngineRun([range](auto& d, auto& c, auto& x) {
        RetentionQuery q;
        q.start = named("signup");
        q.returning = named("visit");
        q.range = range;
        return outcome(computeRetention(d, q, c, x));
    });
    QTest::newRow("recurring retention by plan") << EngineRun([range](auto& d, auto& c, auto& x) {
        RetentionQuery q;
        q.start = named("signup");
        q.returning = named("visit");
        q.mode = RetentionMode::Recurring;
        q.breakdown = QStringLiteral("plan");
        q.range = range;
        return outcome(computeRetention(d, q, c, x));
    });
    QTest::newRow("segments") << EngineRun([range](auto& d, auto& c, auto& x) {
        SegmentQuery q;
        q.event.anyEvent = true;
        q.by = QStringLiteral("plan");
        q.range = range;
        return outcome(computeSegments(d, q, c, x));
    });
    QTest::newRow("paths") << EngineRun([range](auto& d, auto& c, auto& x) {
        PathQuery q;
        q.anchor = named("signup");
        q.range = range;
        return outcome(computePaths(d, q, c, x));
    });
}

void TestCancellation::stopsAtFirstCheck()
{
    QFETCH(EngineRun, run);
    const ReportingCalendar utc(QTimeZone::utc(), 1);

    int asked = 0;
    TaskContext running({}, [&asked] {
        ++asked;
        return false;
    });
    QCOMPARE(run(*m_data, utc, running), QStringLiteral("ok"));
    QVERIFY2(asked >= 1, "the engine never asked whether it was cancelled");

    int askedWhenCancelled = 0;
    TaskContext cancelled({}, [&askedWhenCancelled] {
        ++askedWhenCancelled;
        return true;
    });
    QCOMPARE(run(*m_data, utc, cancelled), QStringLiteral("error %1").arg(int(Error::Code::Cancelled)));
    // It stopped at its first check instead of finishing the scan (which asks once per 1,024
    // users): once in the scan, at most once more to tell its caller why it returned early.
    QVERIFY2(askedWhenCancelled >= 1 && askedWhenCancelled <= 2, qPrintable(QString::number(askedWhenCancelled)));
}

QTEST_GUILESS_MAIN(TestCancellation)
#include "tst_cancellation.moc"
