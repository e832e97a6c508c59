// Trends (semantics.md): one point per period with empty periods, measures over numeric values
// only, breakdown ranking with (other) as distinct users, and the missing value last.
#include "core/analysis/engine/Lifecycle.h"
#include "core/analysis/engine/Trend.h"
#include "core/dataset/DatasetBuilder.h"

#include <QtTest>

using namespace hc;
using namespace hc::analysis;

namespace {

qint64 at(const char* iso) { return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch(); }
qint64 day(int y, int m, int d) { return ReportingCalendar::dayNumber(QDate(y, m, d)); }

QList<QVariant> values(const TrendSeries& s)
{
    QList<QVariant> out;
    for (const auto& v : s.values)
        out.append(v ? QVariant(*v) : QVariant());
    return out;
}

// Three days, Mar 1-3, 2026. Plans: u1 "pro" on both events, u2 "free" then "pro", u3 "team",
// u4 "basic", u5 no plan. Amounts: numeric on some buys only.
std::shared_ptr<const dataset::Dataset> data()
{
    dataset::DatasetBuilder b;
    b.add(QStringLiteral("u1"), QStringLiteral("buy"), at("2026-03-01T10:00:00Z"), R"({"plan":"pro","amount":10})");
    b.add(QStringLiteral("u1"), QStringLiteral("buy"), at("2026-03-01T11:00:00Z"), R"({"plan":"pro","amount":30})");
    b.add(QStringLiteral("u2"), QStringLiteral("buy"), at("2026-03-01T12:00:00Z"), R"({"plan":"free","amount":"n/a"})");
    b.add(QStringLiteral("u2"), QStringLiteral("buy"), at("2026-03-03T12:00:00Z"), R"({"plan":"pro","amount":5})");
    b.add(QStringLiteral("u3"), QStringLiteral("buy"), at("2026-03-03T13:00:00Z"), R"({"plan":"team"})");
    b.add(QStringLiteral("u4"), QStringLiteral("buy"), at("2026-03-03T14:00:00Z"), R"({"plan":"basic"})");
    b.add(QStringLiteral("u5"), QStringLiteral("buy"), at("2026-03-03T15:00:00Z"), R"({"plan":null})");
    b.add(QStringLiteral("u5"), QStringLiteral("view"), at("2026-03-02T15:00:00Z"));
    b.add(QStringLiteral("u1"), QStringLiteral("buy"), at("2026-03-04T00:00:00Z"), R"({"plan":"pro"})"); // after `to`
    return b.build();
}

TrendQuery query(TrendMeasure m, const QString& prop = {})
{
    const ReportingCalendar cal(QTimeZone::utc(), 1);
    TrendQuery q;
    q.event.name = QStringLiteral("buy");
    q.measure = m;
    q.measureProperty = prop;
    q.range = TimeRange::fromDays(cal, day(2026, 3, 1), day(2026, 3, 3));
    return q;
}

} // namespace

class TestTrend : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void measures_data();
    void measures();
    void breakdownTopOtherAndMissing();
    void anyEventAndWhere();
    void quantiles();
    void cumulativeRollingAndCompare();
    void lifecycle();
    void zones();
};

void TestTrend::measures_data()
{
    QTest::addColumn<int>("measure");
    QTest::addColumn<QString>("property");
    QTest::addColumn<QList<QVariant>>("expected");
    const QVariant null;
    QTest::newRow("total, empty day is 0") << int(TrendMeasure::Total) << "" << QList<QVariant>{3.0, 0.0, 4.0};
    QTest::newRow("uniques") << int(TrendMeasure::Uniques) << "" << QList<QVariant>{2.0, 0.0, 4.0};
    QTest::newRow("per_user, null when nobody") << int(TrendMeasure::PerUser) << "" << QList<QVariant>{1.5, null, 1.0};
    QTest::newRow("sum over numbers only") << int(TrendMeasure::Sum) << "amount" << QList<QVariant>{40.0, 0.0, 5.0};
    QTest::newRow("avg over numbers only")
        << int(TrendMeasure::Average) << "amount" << QList<QVariant>{20.0, null, 5.0};
    QTest::newRow("median") << int(TrendMeasure::Median) << "amount" << QList<QVariant>{20.0, null, 5.0};
}

void TestTrend::measures()
{
    QFETCH(int, measure);
    QFETCH(QString, property);
    QFETCH(QList<QVariant>, expected);
    const ReportingCalendar cal(QTimeZone::utc(), 1);
    const auto r = computeTrend(*data(), query(TrendMeasure(measure), property), cal);
    QVERIFY(r.ok());
    QCOMPARE(r.value().periods.size(), size_t(3));
    QCOMPARE(r.value().periods[1].label, QStringLiteral("2026-03-02"));
    QCOMPARE(r.value().series.size(), size_t(1));
    QCOMPARE(r.value().series[0].label, QStringLiteral("buy"));
    QCOMPARE(values(r.value().series[0]), expected);
}

void TestTrend::breakdownTopOtherAndMissing()
{
    const ReportingCalendar cal(QTimeZone::utc(), 1);
    TrendQuery q = query(TrendMeasure::Uniques);
    q.breakdown = QStringLiteral("plan");
    q.top = 1;
    const auto r = computeTrend(*data(), q, cal);
    QVERIFY(r.ok());
    const auto& s = r.value().series;
    // Whole-range uniques: pro 2 (u1, u2), basic 1, free 1, team 1 -> top 1 is pro; the rest are
    // (other); u5's null plan is the missing value.
    QCOMPARE(s.size(), size_t(3));
    QCOMPARE(s[0].label, QStringLiteral("pro"));
    QCOMPARE(values(s[0]), (QList<QVariant>{1.0, 0.0, 1.0}));
    QCOMPARE(s[1].label, QStringLiteral("(other)"));
    QCOMPARE(values(s[1]), (QList<QVariant>{1.0, 0.0, 2.0})); // u2 (free) on day 1; u3, u4 on day 3
    QCOMPARE(s[2].kind, TrendSeries::Kind::Missing);
    QCOMPARE(s[2].label, QString());
    QCOMPARE(values(s[2]), (QList<QVariant>{0.0, 0.0, 1.0}));

    // Ties rank by value in code-point order: basic, free, team all have 1 user.
    q.top = 3;
    const auto r3 = computeTrend(*data(), q, cal);
    QStringList labels;
    for (const auto& x : r3.value().series)
        labels << x.label;
    QCOMPARE(labels, QStringList({"pro", "basic", "free", "(other)", ""}));
}

void TestTrend::anyEventAndWhere()
{
    const ReportingCalendar cal(QTimeZone::utc(), 1);
    TrendQuery q = query(TrendMeasure::Total);
    q.event.anyEvent = true;
    auto r = computeTrend(*data(), q, cal);
    QCOMPARE(r.value().series[0].label, QStringLiteral("*"));
    QCOMPARE(values(r.value().series[0]), (QList<QVariant>{3.0, 1.0, 4.0}));
    QString error;
    q.event.where.push_back(*parseCondition(QStringLiteral("plan=pro|team"), error));
    r = computeTrend(*data(), q, cal);
    QCOMPARE(values(r.value().series[0]), (QList<QVariant>{2.0, 0.0, 2.0}));
    q.event.where = {*parseCondition(QStringLiteral("amount>=10"), error)};
    r = computeTrend(*data(), q, cal);
    QCOMPARE(values(r.value().series[0]), (QList<QVariant>{2.0, 0.0, 0.0}));
    q.event.where = {*parseCondition(QStringLiteral("plan!?"), error)}; // not set: null counts as not set
    r = computeTrend(*data(), q, cal);
    QCOMPARE(values(r.value().series[0]), (QList<QVariant>{0.0, 1.0, 1.0}));
}

void TestTrend::quantiles()
{
    std::vector<double> v = {1, 2, 3, 4};
    QCOMPARE(quantile(v, 0.5), 2.5);
    std::vector<double> w = {10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0};
    QCOMPARE(quantile(w, 0.9), 9.0);
    std::vector<double> one = {7};
    QCOMPARE(quantile(one, 0.9), 7.0);
}

void TestTrend::cumulativeRollingAndCompare()
{
    const ReportingCalendar cal(QTimeZone::utc(), 1);
    TrendQuery q = query(TrendMeasure::Total);
    q.cumulative = true;
    QCOMPARE(values(computeTrend(*data(), q, cal).value().series[0]), (QList<QVariant>{3.0, 3.0, 7.0}));
    q.measure = TrendMeasure::Uniques; // u1, u2 on day 1; u2 again and u3, u4, u5 on day 3
    QCOMPARE(values(computeTrend(*data(), q, cal).value().series[0]), (QList<QVariant>{2.0, 2.0, 5.0}));
    q.measure = TrendMeasure::Average;
    QCOMPARE(computeTrend(*data(), q, cal).error().code, Error::Code::Invalid);

    q = query(TrendMeasure::Total);
    q.rollingPeriods = 2;
    QCOMPARE(values(computeTrend(*data(), q, cal).value().series[0]), (QList<QVariant>{3.0, 1.5, 2.0}));

    dataset::DatasetBuilder b;
    b.add(QStringLiteral("u9"), QStringLiteral("buy"), at("2026-02-27T10:00:00Z"));
    b.add(QStringLiteral("u9"), QStringLiteral("buy"), at("2026-03-02T10:00:00Z"));
    q = query(TrendMeasure::Total);
    q.compare = true;
    const auto r = computeTrend(*b.build(), q, cal);
    QCOMPARE(r.value().series.size(), size_t(2));
    QVERIFY(!r.value().series[0].previous);
    QVERIFY(r.value().series[1].previous);
    QCOMPARE(values(r.value().series[0]), (QList<QVariant>{0.0, 1.0, 0.0}));
    QCOMPARE(values(r.value().series[1]), (QList<QVariant>{0.0, 1.0, 0.0})); // Feb 26-28, point by point
}

void TestTrend::lifecycle()
{
    // u1: days 0, 1, 3; u2: first event on day 2; u3: day -5 and day 1. Range: days 1..3.
    dataset::DatasetBuilder b;
    const qint64 d0 = at("2026-03-01T12:00:00Z"), dayMs = 86400000;
    for (int d : {0, 1, 3})
        b.add(QStringLiteral("u1"), QStringLiteral("e"), d0 + d * dayMs);
    b.add(QStringLiteral("u2"), QStringLiteral("e"), d0 + 2 * dayMs);
    b.add(QStringLiteral("u3"), QStringLiteral("e"), d0 - 5 * dayMs);
    b.add(QStringLiteral("u3"), QStringLiteral("e"), d0 + 1 * dayMs);
    const ReportingCalendar cal(QTimeZone::utc(), 1);
    const auto rows =
        computeLifecycle(*b.build(),
                         LifecycleQuery{TimeRange::fromDays(cal, day(2026, 3, 2), day(2026, 3, 4)), Interval::Day}, cal)
            .value();
    QStringList got;
    for (const auto& r : rows)
        got << QStringLiteral("%1 n%2 r%3 s%4 d%5")
                   .arg(r.period.label)
                   .arg(r.newUsers)
                   .arg(r.returning)
                   .arg(r.resurrecting)
                   .arg(r.dormant);
    QCOMPARE(got, QStringList({"2026-03-02 n0 r1 s1 d0", "2026-03-03 n1 r0 s0 d2", "2026-03-04 n0 r0 s1 d1"}));
}

void TestTrend::zones()
{
    // Nov 1 2026 in New York: 25 clock hours, the repeated 01 hour labelled "+1" the second time.
    // 05:30Z is 01:30 EDT, 06:30Z is 01:30 EST; 04:30Z on Nov 2 is 23:30 EST on Nov 1.
    dataset::DatasetBuilder b;
    b.add(QStringLiteral("u1"), QStringLiteral("buy"), at("2026-11-01T05:30:00Z"));
    b.add(QStringLiteral("u1"), QStringLiteral("buy"), at("2026-11-01T06:30:00Z"));
    b.add(QStringLiteral("u2"), QStringLiteral("buy"), at("2026-11-02T04:30:00Z"));
    const auto events = b.build();
    const ReportingCalendar ny(QTimeZone("America/New_York"), 1);
    TrendQuery q;
    q.event.name = QStringLiteral("buy");
    q.interval = Interval::Hour;
    q.range = TimeRange::fromDays(ny, day(2026, 11, 1), day(2026, 11, 1));
    auto r = computeTrend(*events, q, ny).value();
    QCOMPARE(r.periods.size(), size_t(25));
    QCOMPARE(r.periods[1].label, QStringLiteral("2026-11-01T01"));
    QCOMPARE(r.periods[2].label, QStringLiteral("2026-11-01T01+1"));
    QCOMPARE(*r.series[0].values[1], 1.0);
    QCOMPARE(*r.series[0].values[2], 1.0);
    QCOMPARE(*r.series[0].values[24], 1.0);
    // Daily in New York: all three on Nov 1; in UTC, two on Nov 1 and one on Nov 2.
    q.interval = Interval::Day;
    q.range = TimeRange::fromDays(ny, day(2026, 11, 1), day(2026, 11, 2));
    r = computeTrend(*events, q, ny).value();
    QCOMPARE(values(r.series[0]), (QList<QVariant>{3.0, 0.0}));
    const ReportingCalendar utc(QTimeZone::utc(), 1);
    q.range = TimeRange::fromDays(utc, day(2026, 11, 1), day(2026, 11, 2));
    r = computeTrend(*events, q, utc).value();
    QCOMPARE(values(r.series[0]), (QList<QVariant>{2.0, 1.0}));
    // Kolkata (+05:30): 18:29Z is 23:59 on Nov 1, so the day holds 05:30Z and 06:30Z only.
    const ReportingCalendar kolkata(QTimeZone("Asia/Kolkata"), 1);
    q.range = TimeRange::fromDays(kolkata, day(2026, 11, 1), day(2026, 11, 2));
    r = computeTrend(*events, q, kolkata).value();
    QCOMPARE(values(r.series[0]), (QList<QVariant>{2.0, 1.0}));
}

QTEST_GUILESS_MAIN(TestTrend)
#include "tst_trend.moc"
