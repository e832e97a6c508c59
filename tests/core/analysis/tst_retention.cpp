// Retention against hand-computed cohorts (semantics.md, "Retention"). Times are seconds from
// T0 = 2026-01-01T00:00Z; D = one day. Rows are Jan 1..Jan 3 with 4 columns unless a test says.
#include "core/analysis/engine/Retention.h"
#include "tests/support/EventFixture.h"

#include <QtTest>

using namespace hc;
using namespace hc::analysis;

namespace {

constexpr qint64 D = 86400;

QString at(const char* user, qint64 seconds, const char* event, const char* props = "")
{
    return QStringLiteral("%1@%2:%3%4;")
        .arg(QLatin1String(user))
        .arg(seconds)
        .arg(QLatin1String(event), QLatin1String(props));
}

// u1: A Jan1 10:00, R Jan2, Jan3, Jan4. u2: A Jan1 23:00, R Jan1 23:30 (own period), R Jan3.
// u3: A Dec31 and Jan2, R Jan3. u4: A Jan2, R Jan2, R Jan5 twice. u5: only X. Latest: Jan5.
QString standard()
{
    return at("u1", 10 * 3600, "A") + at("u1", D + 100, "R") + at("u1", 2 * D + 100, "R") + at("u1", 3 * D + 100, "R")
           + at("u2", 23 * 3600, "A") + at("u2", 23 * 3600 + 1800, "R") + at("u2", 2 * D + 200, "R")
           + at("u3", -3600, "A") + at("u3", D + 300, "A") + at("u3", 2 * D + 300, "R") + at("u4", D + 400, "A")
           + at("u4", D + 500, "R") + at("u4", 4 * D + 10, "R") + at("u4", 4 * D + 20, "R") + at("u5", 100, "X");
}

RetentionQuery query(int periods = 4, int lastDay = 2)
{
    RetentionQuery q;
    q.start.name = QStringLiteral("A");
    q.returning.name = QStringLiteral("R");
    q.periods = periods;
    q.range.startMs = test::kFixtureT0;
    q.range.endMs = test::kFixtureT0 + qint64(lastDay + 1) * D * 1000;
    return q;
}

QStringList table(const RetentionTable& t)
{
    QStringList rows;
    for (const auto& c : t.cohorts) {
        QStringList cells;
        for (size_t k = 0; k < c.retained.size(); ++k)
            cells << QString::number(c.retained[k]) + (c.complete[k] ? QString() : QStringLiteral("*"));
        rows << c.start + QLatin1Char(' ') + cells.join(QLatin1Char(','));
    }
    return rows;
}

RetentionResult run(const QString& events, const RetentionQuery& q)
{
    const ReportingCalendar cal(QTimeZone::utc(), 1);
    auto r = computeRetention(*test::datasetFrom(events), q, cal);
    if (!r.ok())
        qFatal("retention failed: %s", qPrintable(r.error().message));
    return r.value();
}

// One retention rule's setup; rows are days 0..lastDay after T0 unless `period` says otherwise.
struct Setup {
    RetentionMode mode = RetentionMode::FirstTime;
    RetentionBracket bracket = RetentionBracket::On;
    int minOccurrences = 1;
    RetentionScope scope = RetentionScope::StartEvent;
    bool rolling = false;
    Interval period = Interval::Day;
    int periods = 2;
    int lastDay = 0;
    QString startWhere;
    QString where;
    QString breakdown;
};

RetentionQuery queryFor(const Setup& s)
{
    RetentionQuery q = query(s.periods, s.lastDay);
    q.mode = s.mode;
    q.bracket = s.bracket;
    q.minOccurrences = s.minOccurrences;
    q.scope = s.scope;
    q.rolling = s.rolling;
    q.period = s.period;
    q.breakdown = s.breakdown;
    QString error;
    if (!s.startWhere.isEmpty())
        q.start.where.push_back(*parseCondition(s.startWhere, error));
    if (!s.where.isEmpty())
        q.where.push_back(*parseCondition(s.where, error));
    return q;
}

} // namespace

Q_DECLARE_METATYPE(Setup)

class TestRetention : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void firstTime();
    void recurring();
    void onOrAfter();
    void minimumOccurrences();
    void rangeScopeAllEvents();
    void firstEverNeedsTheVeryFirstStart();
    void rollingBuckets();
    void breakdownReturnsCarryTheValue();
    void weeksAndEmptyRows();
    void rules_data();
    void rules();
};

void TestRetention::firstTime()
{
    const auto r = run(standard(), query());
    QCOMPARE(table(r.overall), QStringList({"2026-01-01 2,1,2,1", "2026-01-02 1,0,0,1", "2026-01-03 0,0,0,0*"}));
    QCOMPARE(r.overall.cohorts[0].size, 2); // u1, u2; u3's first A is before the rows
    // Weighted by cohort size over complete cells.
    QCOMPARE(*r.overall.average[1], 1.0 / 3);
    QCOMPARE(*r.overall.average[2], 2.0 / 3);
    QCOMPARE(*r.overall.average[3], 2.0 / 3); // Jan 5 ends at 24:00 of the latest event's day: complete
}

void TestRetention::recurring()
{
    RetentionQuery q = query();
    q.mode = RetentionMode::Recurring;
    const auto r = run(standard(), q);
    QCOMPARE(table(r.overall), QStringList({"2026-01-01 2,1,2,1", "2026-01-02 2,1,0,1", "2026-01-03 0,0,0,0*"}));
}

void TestRetention::onOrAfter()
{
    RetentionQuery q = query();
    q.bracket = RetentionBracket::OnOrAfter;
    const auto r = run(standard(), q);
    QCOMPARE(table(r.overall), QStringList({"2026-01-01 2,2,2,1", "2026-01-02 1,1,1,1", "2026-01-03 0,0,0,0*"}));
}

void TestRetention::minimumOccurrences()
{
    RetentionQuery q = query();
    q.minOccurrences = 2;
    const auto r = run(standard(), q);
    QCOMPARE(table(r.overall), QStringList({"2026-01-01 2,0,0,0", "2026-01-02 1,0,0,1", "2026-01-03 0,0,0,0*"}));
}

void TestRetention::rangeScopeAllEvents()
{
    RetentionQuery q = query();
    q.scope = RetentionScope::AllEvents; // returns after Jan 3 are not seen
    const auto r = run(standard(), q);
    QCOMPARE(table(r.overall), QStringList({"2026-01-01 2,1,2,0", "2026-01-02 1,0,0,0", "2026-01-03 0,0,0,0*"}));
}

void TestRetention::firstEverNeedsTheVeryFirstStart()
{
    const QString events = at("u6", 100, "A", "{\"plan\":\"free\"}") + at("u6", D + 100, "A", "{\"plan\":\"pro\"}")
                           + at("u6", 2 * D + 100, "R");
    RetentionQuery q = query();
    QString error;
    q.start.where.push_back(*parseCondition(QStringLiteral("plan=pro"), error));
    auto r = run(events, q);
    QCOMPARE(r.overall.cohorts[1].size, 1); // first_time: the first A that is pro, Jan 2
    QCOMPARE(r.overall.cohorts[1].retained[1], 1);
    q.mode = RetentionMode::FirstEver;
    r = run(events, q);
    QCOMPARE(r.overall.cohorts[0].size + r.overall.cohorts[1].size + r.overall.cohorts[2].size, 0);
}

void TestRetention::rollingBuckets()
{
    // A at Jan 1 23:00; returns 2 h later (calendar day 1, rolling day 0) and 25.5 h later
    // (calendar day 2, rolling day 1).
    const QString events = at("u7", 23 * 3600, "A") + at("u7", D + 3600, "R")
                           + at("u7", D + 23 * 3600 + 1800 + 3600, "R") + at("u9", 5 * D, "X");
    auto r = run(events, query());
    QCOMPARE(table(r.overall).first(), QStringLiteral("2026-01-01 1,1,1,0"));
    RetentionQuery q = query();
    q.rolling = true;
    r = run(events, q);
    QCOMPARE(table(r.overall).first(), QStringLiteral("2026-01-01 1,1,0,0"));
}

void TestRetention::breakdownReturnsCarryTheValue()
{
    const QString events = at("u8", 100, "A", "{\"c\":\"x\"}") + at("u8", D + 100, "R", "{\"c\":\"x\"}")
                           + at("u9", 100, "A", "{\"c\":\"y\"}") + at("u9", D + 100, "R")
                           + at("u10", 200, "A", "{\"c\":\"y\"}") + at("u10", D + 200, "R", "{\"c\":\"y\"}");
    RetentionQuery q = query(2, 0);
    q.breakdown = QStringLiteral("c");
    const auto r = run(events, q);
    QCOMPARE(table(r.overall), QStringList({"2026-01-01 3,3"})); // Jan 2 ends at 24:00 of the latest day
    QCOMPARE(r.breakdown.size(), size_t(2));
    QCOMPARE(r.breakdown[0].value, QStringLiteral("y"));                    // larger cohorts first
    QCOMPARE(table(r.breakdown[0].table), QStringList({"2026-01-01 2,1"})); // u9's return has no value
    QCOMPARE(r.breakdown[1].value, QStringLiteral("x"));
    QCOMPARE(table(r.breakdown[1].table), QStringList({"2026-01-01 1,1"}));
}

void TestRetention::weeksAndEmptyRows()
{
    RetentionQuery q = query(3, 20);
    q.period = Interval::Week;
    const auto r = run(standard(), q);
    // Rows are the weeks holding Jan 1 (a Thursday; week of Dec 29) to Jan 21 (week of Jan 19).
    QCOMPARE(r.overall.cohorts.size(), size_t(4));
    QCOMPARE(r.overall.cohorts[0].start, QStringLiteral("2025-12-29"));
    QCOMPARE(r.overall.cohorts[0].size, 4);        // u3's first A (Dec 31) is in this week too
    QCOMPARE(r.overall.cohorts[0].retained[1], 1); // u4 returns on Jan 5, in the next week
    QCOMPARE(r.overall.cohorts[3].size, 0);
    QCOMPARE(r.overall.cohorts[3].retained.size(), size_t(3));
}

void TestRetention::rules_data()
{
    QTest::addColumn<QString>("events");
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<QStringList>("expected"); // overall rows, then "value|row" per breakdown value
    const auto with = [](auto change) {
        Setup s;
        change(s);
        return s;
    };
    constexpr qint64 H = 3600;
    // Jan 1 2026 is a Thursday: its week runs Dec 29 .. Jan 4.
    QTest::newRow("rows are whole periods: starts before from and after to count")
        << at("u1", 2 * D, "A") + at("u1", 5 * D + 100, "R") + at("u2", -2 * D, "A")
        << with([](Setup& s) { s.period = Interval::Week; }) << QStringList{"2025-12-29 2,1*"};
    QTest::newRow("on_or_after: a return after the last column does not count")
        << at("u1", 100, "A") + at("u1", 5 * D, "R") << with([](Setup& s) {
               s.bracket = RetentionBracket::OnOrAfter;
               s.periods = 3;
           })
        << QStringList{"2026-01-01 1,0,0"};
    QTest::newRow("on_or_after with min-occurrences: one period must have them")
        << at("u1", 100, "A") + at("u1", D, "R") + at("u1", 2 * D, "R") + at("u2", 100, "A") + at("u2", 2 * D, "R")
               + at("u2", 2 * D + 5, "R")
        << with([](Setup& s) {
               s.bracket = RetentionBracket::OnOrAfter;
               s.minOccurrences = 2;
               s.periods = 3;
           })
        << QStringList{"2026-01-01 2,1,1"};
    QTest::newRow("first_ever: of simultaneous first starts one satisfying is enough")
        << at("u1", 100, "A", "{\"plan\":\"free\"}") + at("u1", 100, "A", "{\"plan\":\"pro\"}") + at("u1", D + 100, "R")
        << with([](Setup& s) {
               s.mode = RetentionMode::FirstEver;
               s.startWhere = QStringLiteral("plan=pro");
           })
        << QStringList{"2026-01-01 1,1"};
    QTest::newRow("global conditions apply in the search for the first start")
        << at("u1", 100, "A", "{\"p\":1}") + at("u1", D + 100, "A") << with([](Setup& s) {
               s.where = QStringLiteral("p!=1");
               s.lastDay = 1;
           })
        << QStringList{"2026-01-01 0,0", "2026-01-02 1,0*"};
    QTest::newRow("rolling, recurring: each row's birth is its first start")
        << at("u1", 22 * H, "A") + at("u1", D + 21 * H, "R") + at("u1", D + 22 * H + 1800, "A")
               + at("u1", D + 23 * H, "R") + at("u1", 2 * D + 23 * H, "R")
        << with([](Setup& s) {
               s.mode = RetentionMode::Recurring;
               s.rolling = true;
               s.periods = 3;
               s.lastDay = 1;
           })
        << QStringList{"2026-01-01 1,1,1*", "2026-01-02 1,1*,0*"};
    QTest::newRow("rolling hours: 50 minutes after the birth is still period 0")
        << at("u1", 1800, "A") + at("u1", 4800, "R") << with([](Setup& s) {
               s.rolling = true;
               s.period = Interval::Hour;
               s.periods = 3;
           })
        << QStringList{"2026-01-01T00 1,0,0"};
    QTest::newRow("calendar hours: the next clock hour is period 1")
        << at("u1", 1800, "A") + at("u1", 4800, "R") << with([](Setup& s) {
               s.period = Interval::Hour;
               s.periods = 3;
           })
        << QStringList{"2026-01-01T00 1,1,0"};
    QTest::newRow("complete: a period ending at 24:00 of the latest event's day")
        << at("u1", 100, "A") + at("u1", D + 100, "R") << with([](Setup& s) { s.periods = 3; })
        << QStringList{"2026-01-01 1,1,0*"};
    QTest::newRow("complete: the latest event is any event, whatever the conditions")
        << at("u1", 100, "A") + at("u1", D + 100, "R") + at("u9", 2 * D + 5, "X")
        << with([](Setup& s) { s.periods = 3; }) << QStringList{"2026-01-01 1,1,0"};
    QTest::newRow("breakdown: events without the property form the value (empty)")
        << at("u1", 100, "A") + at("u1", D + 100, "R") + at("u2", 100, "A", "{\"c\":\"x\"}") + at("u2", D + 100, "R")
        << with([](Setup& s) { s.breakdown = QStringLiteral("c"); })
        << QStringList{"2026-01-01 2,2", "|2026-01-01 1,1", "x|2026-01-01 1,0"};
    QTest::newRow("range-scope all-events: returns until the end of the last row period")
        << at("u1", 100, "A") + at("u1", 8 * D, "R") + at("u2", 100, "A") + at("u2", 12 * D, "R") << with([](Setup& s) {
               s.period = Interval::Week;
               s.scope = RetentionScope::AllEvents;
               s.lastDay = 5;
           })
        << QStringList{"2025-12-29 2,1", "2026-01-05 0,0*"};
}

void TestRetention::rules()
{
    QFETCH(QString, events);
    QFETCH(Setup, setup);
    QFETCH(QStringList, expected);
    const auto r = run(events, queryFor(setup));
    QStringList got = table(r.overall);
    if (setup.period == Interval::Hour)
        got = QStringList{got.first()};
    for (const auto& b : r.breakdown)
        for (const QString& row : table(b.table))
            got << b.value + QLatin1Char('|') + row;
    QCOMPARE(got, expected);
}

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
