// Funnels against hand-computed cases, one row per rule of semantics.md ("Funnels"). Times are
// seconds from T0 = 2026-01-01T00:00Z; the range is 2026-01-01..2026-01-10 unless a row says.
#include "core/analysis/query/FunnelOptions.h"
#include "tests/support/EventFixture.h"

#include <QtTest>

using namespace hc;
using namespace hc::analysis;

namespace {

const ReportingCalendar& utc()
{
    static const ReportingCalendar calendar(QTimeZone::utc(), 1);
    return calendar;
}

struct Options {
    QString order = QStringLiteral("ordered");
    QString attempts = QStringLiteral("best");
    QString scope = QStringLiteral("first-step");
    QString counting = QStringLiteral("uniques");
    qint64 windowSeconds = 7 * 86400;
    int lastDay = 9;        // range: day 0 .. lastDay after T0
    QStringList exclusions; // "X:1:3"
    QString hold;
    QStringList where;
    QStringList stepWhere; // "2:p=2"
    QString breakdown;
    QString attribution = QStringLiteral("step1");
};

// Built through the funnel's own option vocabulary, as the CLI and the editor build theirs.
FunnelQuery makeQuery(const QString& steps, const Options& o)
{
    QueryOptions options;
    options.set(QStringLiteral("steps"), steps);
    options.set(QStringLiteral("window"), QString::number(o.windowSeconds));
    options.set(QStringLiteral("order"), o.order);
    options.set(QStringLiteral("attempts"), o.attempts);
    options.set(QStringLiteral("range-scope"), o.scope);
    options.set(QStringLiteral("count"), o.counting);
    for (const QString& e : o.exclusions)
        options.add(QStringLiteral("exclude"), e);
    for (const QString& w : o.where)
        options.add(QStringLiteral("where"), w);
    for (const QString& sw : o.stepWhere)
        options.add(QStringLiteral("step-where"), sw);
    if (!o.hold.isEmpty())
        options.set(QStringLiteral("hold"), o.hold);
    if (!o.breakdown.isEmpty()) {
        options.set(QStringLiteral("breakdown"), o.breakdown);
        options.set(QStringLiteral("attribution"), o.attribution);
    }
    auto parsed = FunnelOptions::parse(options);
    if (!parsed.ok()) {
        qWarning("funnel options refused: %s", qPrintable(parsed.error().message));
        return FunnelQuery{}; // no steps: the engine refuses it and the row fails
    }
    FunnelQuery q = parsed.value();
    q.range.startMs = test::kFixtureT0;
    q.range.endMs = test::kFixtureT0 + qint64(o.lastDay + 1) * 86400000;
    return q;
}

// Breakdown rows as "value=count1,count2".
QStringList breakdownRows(const FunnelResult& r)
{
    QStringList rows;
    for (const auto& b : r.breakdown) {
        QStringList c;
        for (qint64 n : b.counts)
            c << QString::number(n);
        rows << b.value + QLatin1Char('=') + c.join(QLatin1Char(','));
    }
    return rows;
}

QList<qint64> counts(const FunnelResult& r)
{
    QList<qint64> out;
    for (const auto& s : r.steps)
        out.append(s.count);
    return out;
}

} // namespace

Q_DECLARE_METATYPE(Options)

class TestFunnel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void stepCounts_data();
    void stepCounts();
    void timeToConvert();
    void conversionRates();
    void breakdownAttribution_data();
    void breakdownAttribution();
    void breakdownRules_data();
    void breakdownRules();
    void timeToConvertRules_data();
    void timeToConvertRules();
    void toIncludesItsMillisecond();
    void invalidQueries();
    void conversionOverTime();
};

void TestFunnel::stepCounts_data()
{
    QTest::addColumn<QString>("events");
    QTest::addColumn<QString>("steps");
    QTest::addColumn<Options>("options");
    QTest::addColumn<QList<qint64>>("expected");
    const Options d;
    auto with = [](auto change) {
        Options o;
        change(o);
        return o;
    };
    QTest::newRow("one user completes") << "u1@0:A;u1@5:B;u1@9:C"
                                        << "A,B,C" << d << QList<qint64>{1, 1, 1};
    QTest::newRow("input out of order") << "u1@9:C;u1@0:A;u1@5:B"
                                        << "A,B,C" << d << QList<qint64>{1, 1, 1};
    QTest::newRow("stops after A") << "u1@0:A"
                                   << "A,B,C" << d << QList<qint64>{1, 0, 0};
    QTest::newRow("empty range") << ""
                                 << "A,B,C" << d << QList<qint64>{0, 0, 0};
    QTest::newRow("steps in the wrong order") << "u1@0:B;u1@5:A;u1@9:C"
                                              << "A,B,C" << d << QList<qint64>{1, 0, 0};
    QTest::newRow("other events in between") << "u1@0:A;u1@2:X;u1@5:B"
                                             << "A,B" << d << QList<qint64>{1, 1};
    QTest::newRow("same millisecond in step order") << "u1@0:B;u1@0:A"
                                                    << "A,B" << d << QList<qint64>{1, 1};
    QTest::newRow("an event is used once") << "u1@0:A"
                                           << "A,A" << d << QList<qint64>{1, 0};
    QTest::newRow("two events at one instant") << "u1@0:A;u1@0:A"
                                               << "A,A" << d << QList<qint64>{1, 1};
    QTest::newRow("any event step") << "u1@0:A;u1@3:Z"
                                    << "A,*" << d << QList<qint64>{1, 1};
    QTest::newRow("window exactly equal to the gap")
        << "u1@0:A;u1@60:B"
        << "A,B" << with([](Options& o) { o.windowSeconds = 60; }) << QList<qint64>{1, 1};
    QTest::newRow("one second too late") << "u1@0:A;u1@61:B"
                                         << "A,B" << with([](Options& o) { o.windowSeconds = 60; })
                                         << QList<qint64>{1, 0};
    QTest::newRow("later steps after to count")
        << "u1@86000:A;u1@87000:B"
        << "A,B" << with([](Options& o) { o.lastDay = 0; }) << QList<qint64>{1, 1};
    QTest::newRow("all-steps scope drops them") << "u1@86000:A;u1@87000:B"
                                                << "A,B" << with([](Options& o) {
                                                       o.lastDay = 0;
                                                       o.scope = QStringLiteral("all-steps");
                                                   })
                                                << QList<qint64>{1, 0};
    QTest::newRow("first step before from does not enter") << "u1@-10:A;u1@10:B"
                                                           << "A,B" << d << QList<qint64>{0, 0};
    QTest::newRow("re-entry: best attempt")
        << "u1@0:A;u1@100:A;u1@130:B"
        << "A,B" << with([](Options& o) { o.windowSeconds = 60; }) << QList<qint64>{1, 1};
    QTest::newRow("re-entry: first attempt only") << "u1@0:A;u1@100:A;u1@130:B"
                                                  << "A,B" << with([](Options& o) {
                                                         o.windowSeconds = 60;
                                                         o.attempts = QStringLiteral("first");
                                                     })
                                                  << QList<qint64>{1, 0};
    QTest::newRow("strict: another event breaks")
        << "u1@0:A;u1@5:X;u1@9:B"
        << "A,B" << with([](Options& o) { o.order = QStringLiteral("strict"); }) << QList<qint64>{1, 0};
    QTest::newRow("strict: consecutive steps")
        << "u1@0:A;u1@5:B;u1@6:X"
        << "A,B" << with([](Options& o) { o.order = QStringLiteral("strict"); }) << QList<qint64>{1, 1};
    QTest::newRow("strict: same millisecond in step order")
        << "u1@0:B;u1@0:A"
        << "A,B" << with([](Options& o) { o.order = QStringLiteral("strict"); }) << QList<qint64>{1, 1};
    QTest::newRow("strict: a filtered-out event does not break") << "u1@0:A;u1@2:X{\"p\":2};u1@5:B"
                                                                 << "A,B" << with([](Options& o) {
                                                                        o.order = QStringLiteral("strict");
                                                                        o.where = {QStringLiteral("p!=2")};
                                                                    })
                                                                 << QList<qint64>{1, 1};
    QTest::newRow("exclusion poisons the best attempt")
        << "u1@0:A;u1@5:X;u1@9:B;u1@12:C"
        << "A,B,C" << with([](Options& o) { o.exclusions = {"X:1:3"}; }) << QList<qint64>{0, 0, 0};
    QTest::newRow("exclusion: other users stay")
        << "u1@0:A;u1@5:X;u1@9:B;u2@0:A;u2@1:B;u2@2:C"
        << "A,B,C" << with([](Options& o) { o.exclusions = {"X:1:3"}; }) << QList<qint64>{1, 1, 1};
    QTest::newRow("exclusion after the last step is harmless")
        << "u1@0:A;u1@5:B;u1@9:C;u1@10:X"
        << "A,B,C" << with([](Options& o) { o.exclusions = {"X:1:3"}; }) << QList<qint64>{1, 1, 1};
    QTest::newRow("exclusion at the same instant as step a")
        << "u1@0:A;u1@0:X;u1@5:B"
        << "A,B" << with([](Options& o) { o.exclusions = {"X:1:2"}; }) << QList<qint64>{1, 1};
    QTest::newRow("exclusion outside its steps")
        << "u1@0:A;u1@5:B;u1@7:X;u1@9:C"
        << "A,B,C" << with([](Options& o) { o.exclusions = {"X:1:2"}; }) << QList<qint64>{1, 1, 1};
    QTest::newRow("a clean attempt wins among equals")
        << "u1@0:A;u1@5:X;u1@10:B;u1@20:A;u1@30:B"
        << "A,B" << with([](Options& o) { o.exclusions = {"X:1:2"}; }) << QList<qint64>{1, 1};
    QTest::newRow("hold property constant")
        << "u1@0:A{\"p\":1};u1@5:B{\"p\":2};u1@9:B{\"p\":1};"
           "u2@0:A{\"p\":1};u2@5:B{\"p\":2}"
        << "A,B" << with([](Options& o) { o.hold = QStringLiteral("p"); }) << QList<qint64>{2, 1};
    QTest::newRow("totals: attempts do not overlap") << "u1@0:A;u1@10:B;u1@20:A;u1@100:A;u1@110:B"
                                                     << "A,B" << with([](Options& o) {
                                                            o.windowSeconds = 60;
                                                            o.counting = QStringLiteral("totals");
                                                        })
                                                     << QList<qint64>{3, 2};
    QTest::newRow("unordered: any order")
        << "u1@0:C;u1@5:A;u2@0:B"
        << "A,B,C" << with([](Options& o) { o.order = QStringLiteral("unordered"); }) << QList<qint64>{2, 1, 0};
    QTest::newRow("unordered: within one window") << "u1@0:A;u1@100:B"
                                                  << "A,B" << with([](Options& o) {
                                                         o.order = QStringLiteral("unordered");
                                                         o.windowSeconds = 60;
                                                     })
                                                  << QList<qint64>{1, 0};
    QTest::newRow("unordered: one event, one step")
        << "u1@0:A"
        << "*,A" << with([](Options& o) { o.order = QStringLiteral("unordered"); }) << QList<qint64>{1, 0};
    QTest::newRow("unordered: a matching that covers all")
        << "u1@0:A;u1@1:A"
        << "*,A" << with([](Options& o) { o.order = QStringLiteral("unordered"); }) << QList<qint64>{1, 1};
    // Unordered exclusions span the funnel: one after an attempt's first event and inside its
    // window wipes it, unless it had covered every step by then.
    QTest::newRow("unordered: exclusion wipes an unfinished attempt")
        << "u1@0:B;u1@10:X;u1@20:A;u2@0:A;u2@10:B;u2@100:X;u3@0:A;u3@10:B;u3@30:X"
        << "A,B" << with([](Options& o) {
               o.order = QStringLiteral("unordered");
               o.windowSeconds = 60;
               o.exclusions = {"X:1:2"};
           })
        << QList<qint64>{3, 2};
    const auto unordered = [&](qint64 window, QStringList exclusions) {
        return with([&](Options& o) {
            o.order = QStringLiteral("unordered");
            o.windowSeconds = window;
            o.exclusions = exclusions;
        });
    };
    const auto strict = [&](QStringList exclusions) {
        return with([&](Options& o) {
            o.order = QStringLiteral("strict");
            o.exclusions = exclusions;
        });
    };
    const auto totals = [&](qint64 window, auto more) {
        return with([&](Options& o) {
            o.counting = QStringLiteral("totals");
            o.windowSeconds = window;
            more(o);
        });
    };
    const auto nothingMore = [](Options&) {};
    // Exclusions: strictly between the attempt's own step-a and step-b events.
    QTest::newRow("exclusion at step b's millisecond does not poison")
        << "u1@0:A;u1@5:X;u1@5:B"
        << "A,B" << with([](Options& o) { o.exclusions = {"X:1:2"}; }) << QList<qint64>{1, 1};
    QTest::newRow("exclusion tied with an intermediate step poisons")
        << "u1@0:A;u1@5:B;u1@5:X;u1@9:C"
        << "A,B,C" << with([](Options& o) { o.exclusions = {"X:1:3"}; }) << QList<qint64>{0, 0, 0};
    QTest::newRow("exclusion at the window's last instant poisons") << "u1@0:A;u1@60:X"
                                                                    << "A,B" << with([](Options& o) {
                                                                           o.windowSeconds = 60;
                                                                           o.exclusions = {"X:1:2"};
                                                                       })
                                                                    << QList<qint64>{0, 0};
    QTest::newRow("exclusion after the window is harmless") << "u1@0:A;u1@61:X"
                                                            << "A,B" << with([](Options& o) {
                                                                   o.windowSeconds = 60;
                                                                   o.exclusions = {"X:1:2"};
                                                               })
                                                            << QList<qint64>{1, 0};
    // Poisoned, the first attempt reaches B (the step it waited for) but not C; the clean second
    // attempt is as far, so it is the best.
    QTest::newRow("a poisoned attempt reaches the step it waited for, no further")
        << "u1@0:A;u1@2:X;u1@3:B;u1@4:C;u1@10:A;u1@11:B"
        << "A,B,C" << with([](Options& o) { o.exclusions = {"X:1:2"}; }) << QList<qint64>{1, 1, 0};
    QTest::newRow("exclusions are not held") << "u1@0:A{\"p\":1};u1@2:X{\"p\":2};u1@5:B{\"p\":1}"
                                             << "A,B" << with([](Options& o) {
                                                    o.hold = QStringLiteral("p");
                                                    o.exclusions = {"X:1:2"};
                                                })
                                             << QList<qint64>{0, 0};
    // Strict: only events strictly between two step times break an attempt.
    QTest::newRow("strict: an event at the earlier step's millisecond does not break")
        << "u1@0:A;u1@0:X;u1@5:B"
        << "A,B" << strict({}) << QList<qint64>{1, 1};
    QTest::newRow("strict: an event at the later step's millisecond does not break")
        << "u1@0:A;u1@5:X;u1@5:B"
        << "A,B" << strict({}) << QList<qint64>{1, 1};
    QTest::newRow("strict: a repeat of the step just reached breaks")
        << "u1@0:A;u1@1:B;u1@2:B;u1@3:C"
        << "A,B,C" << strict({}) << QList<qint64>{1, 1, 0};
    QTest::newRow("strict: an event with another held value still breaks")
        << "u1@0:A{\"p\":1};u1@2:B{\"p\":2};u1@4:B{\"p\":1}"
        << "A,B" << with([](Options& o) {
               o.order = QStringLiteral("strict");
               o.hold = QStringLiteral("p");
           })
        << QList<qint64>{1, 0};
    QTest::newRow("strict: a broken attempt is over, later exclusions do not poison")
        << "u1@0:A;u1@2:Y;u1@4:X"
        << "A,B" << strict({"X:1:2"}) << QList<qint64>{1, 0};
    QTest::newRow("strict: an exclusion at the breaking instant poisons")
        << "u1@0:A;u1@2:X;u1@3:B"
        << "A,B" << strict({"X:1:2"}) << QList<qint64>{0, 0};
    QTest::newRow("strict, totals") << "u1@0:A;u1@1:B;u1@2:A;u1@3:X;u1@4:B"
                                    << "A,B" << totals(60, [](Options& o) { o.order = QStringLiteral("strict"); })
                                    << QList<qint64>{2, 1};
    QTest::newRow("ten steps at one millisecond convert through all ten")
        << "u1@0:J;u1@0:I;u1@0:H;u1@0:G;u1@0:F;u1@0:E;u1@0:D;u1@0:C;u1@0:B;u1@0:A"
        << "A,B,C,D,E,F,G,H,I,J" << d << QList<qint64>{1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    QTest::newRow("ten steps at one millisecond, strict")
        << "u1@0:J;u1@0:I;u1@0:H;u1@0:G;u1@0:F;u1@0:E;u1@0:D;u1@0:C;u1@0:B;u1@0:A"
        << "A,B,C,D,E,F,G,H,I,J" << strict({}) << QList<qint64>{1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    QTest::newRow("ten steps at one millisecond, totals")
        << "u1@0:J;u1@0:I;u1@0:H;u1@0:G;u1@0:F;u1@0:E;u1@0:D;u1@0:C;u1@0:B;u1@0:A"
        << "A,B,C,D,E,F,G,H,I,J" << totals(60, nothingMore) << QList<qint64>{1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    // Unordered attempts.
    QTest::newRow("unordered: each step event starts an attempt")
        << "u1@0:C;u1@100:A;u1@110:B"
        << "A,B,C" << unordered(60, {}) << QList<qint64>{1, 1, 0};
    QTest::newRow("unordered: events at the first event's millisecond belong to it")
        << "u1@0:B;u1@0:A"
        << "A,B" << unordered(60, {}) << QList<qint64>{1, 1};
    QTest::newRow("unordered: an exclusion after every step was covered does not wipe")
        << "u1@0:A;u1@10:B;u1@30:X"
        << "A,B" << unordered(60, {"X:1:2"}) << QList<qint64>{1, 1};
    QTest::newRow("unordered: step events at the exclusion's millisecond count first")
        << "u1@0:A;u1@10:X;u1@10:B"
        << "A,B" << unordered(60, {"X:1:2"}) << QList<qint64>{1, 1};
    QTest::newRow("unordered: an exclusion at the first event's millisecond does not touch it")
        << "u1@0:X;u1@0:A;u1@10:B"
        << "A,B" << unordered(60, {"X:1:2"}) << QList<qint64>{1, 1};
    QTest::newRow("unordered: an exclusion before completion wipes")
        << "u1@0:A;u1@5:X;u1@10:B"
        << "A,B" << unordered(60, {"X:1:2"}) << QList<qint64>{1, 0};
    // attempts=first: of several S1 at the first millisecond, the best attempt counts.
    QTest::newRow("first attempt: simultaneous first steps") << "u1@0:A{\"p\":1};u1@0:A{\"p\":2};u1@5:B{\"p\":2}"
                                                             << "A,B" << with([](Options& o) {
                                                                    o.attempts = QStringLiteral("first");
                                                                    o.hold = QStringLiteral("p");
                                                                })
                                                             << QList<qint64>{1, 1};
    // Totals: sequenced attempts.
    QTest::newRow("totals: attempts=first has no effect")
        << "u1@0:A;u1@10:B;u1@100:A;u1@110:B"
        << "A,B" << totals(60, [](Options& o) { o.attempts = QStringLiteral("first"); }) << QList<qint64>{2, 2};
    QTest::newRow("totals: an S1 at the completing instant belongs to the old attempt")
        << "u1@0:A;u1@10:B;u1@10:A;u1@20:B"
        << "A,B" << totals(60, nothingMore) << QList<qint64>{1, 1};
    QTest::newRow("totals: an S1 at the expiring instant belongs to the old attempt")
        << "u1@0:A;u1@60:A;u1@70:B"
        << "A,B" << totals(60, nothingMore) << QList<qint64>{1, 0};
    QTest::newRow("totals: poisoning does not end an attempt early")
        << "u1@0:A;u1@5:X;u1@10:A;u1@20:B"
        << "A,B" << totals(60, [](Options& o) { o.exclusions = {"X:1:2"}; }) << QList<qint64>{0, 0};
    QTest::newRow("totals: several S1 at one millisecond, the best")
        << "u1@0:A{\"p\":1};u1@0:A{\"p\":2};u1@5:B{\"p\":2}"
        << "A,B" << totals(60, [](Options& o) { o.hold = QStringLiteral("p"); }) << QList<qint64>{1, 1};
    QTest::newRow("totals, unordered") << "u1@0:B;u1@5:A;u1@70:A;u1@200:A;u1@210:B"
                                       << "A,B" << totals(60, [](Options& o) { o.order = QStringLiteral("unordered"); })
                                       << QList<qint64>{3, 2};
    // Hold: compared as text, "not set" a value of its own.
    QTest::newRow("hold: not set continues only with not set")
        << "u1@0:A;u1@5:B{\"p\":1};u2@0:A;u2@5:B{\"p\":1};u2@9:B"
        << "A,B" << with([](Options& o) { o.hold = QStringLiteral("p"); }) << QList<qint64>{2, 1};
    QTest::newRow("hold: compared as text")
        << "u1@0:A{\"p\":1};u1@5:B{\"p\":\"1\"}"
        << "A,B" << with([](Options& o) { o.hold = QStringLiteral("p"); }) << QList<qint64>{1, 1};
    // A condition on an unset property is false, except != and !?.
    QTest::newRow("unset property: != holds")
        << "u1@0:A;u1@5:B"
        << "A,B" << with([](Options& o) { o.stepWhere = {QStringLiteral("2:p!=1")}; }) << QList<qint64>{1, 1};
    QTest::newRow("unset property: !? holds")
        << "u1@0:A;u1@5:B"
        << "A,B" << with([](Options& o) { o.stepWhere = {QStringLiteral("2:p!?")}; }) << QList<qint64>{1, 1};
    QTest::newRow("unset property: < is false")
        << "u1@0:A;u1@5:B"
        << "A,B" << with([](Options& o) { o.stepWhere = {QStringLiteral("2:p<5")}; }) << QList<qint64>{1, 0};
    QTest::newRow("unset property: = empty is false")
        << "u1@0:A;u1@5:B"
        << "A,B" << with([](Options& o) { o.stepWhere = {QStringLiteral("2:p=")}; }) << QList<qint64>{1, 0};
    QTest::newRow("global filter") << "u1@0:A{\"p\":1};u1@5:B{\"p\":2}"
                                   << "A,B" << with([](Options& o) { o.where = {QStringLiteral("p=1")}; })
                                   << QList<qint64>{1, 0};
    QTest::newRow("step filter") << "u1@0:A{\"p\":1};u1@5:B{\"p\":2};u2@0:A;u2@3:B{\"p\":3}"
                                 << "A,B" << with([](Options& o) { o.stepWhere = {QStringLiteral("2:p=2")}; })
                                 << QList<qint64>{2, 1};
    QTest::newRow("unknown step matches nothing") << "u1@0:A;u1@5:B"
                                                  << "A,Nope" << d << QList<qint64>{1, 0};
    QTest::newRow("single user, many users") << "u1@0:A;u2@0:A;u2@1:B;u3@0:B;u3@1:A"
                                             << "A,B" << d << QList<qint64>{3, 1};
}

void TestFunnel::stepCounts()
{
    QFETCH(QString, events);
    QFETCH(QString, steps);
    QFETCH(Options, options);
    QFETCH(QList<qint64>, expected);
    const auto r = computeFunnel(*test::datasetFrom(events), makeQuery(steps, options), utc());
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(counts(r.value()), expected);
}

void TestFunnel::timeToConvert()
{
    // Of several first steps before the second, the most recent that fits anchors the conversion.
    auto r =
        computeFunnel(*test::datasetFrom(QStringLiteral("u1@0:A;u1@10:A;u1@20:B")), makeQuery("A,B", Options{}), utc());
    QCOMPARE(*r.value().steps[1].medianSecondsFromPrevious, 10.0);
    // Among equally far attempts, the one that got there first supplies the times.
    r = computeFunnel(*test::datasetFrom(QStringLiteral("u1@0:A;u1@30:B;u1@40:A;u1@45:B;u2@0:A;u2@100:B")),
                      makeQuery("A,B", Options{}), utc());
    QCOMPARE(r.value().steps[1].count, 2);
    QCOMPARE(*r.value().steps[1].medianSecondsFromPrevious, 65.0); // (30 + 100) / 2
    QCOMPARE(*r.value().steps[1].meanSecondsFromPrevious, 65.0);
    QVERIFY(!r.value().steps[0].medianSecondsFromPrevious);
    QCOMPARE(r.value().steps[1].secondsFromPrevious.size(), size_t(2));
    // The engine's histogram: 30 s falls under 1 min, 100 s under 5 min; nine buckets, the last open.
    const auto& h = r.value().steps[1].timeToConvert;
    QCOMPARE(h.size(), size_t(9));
    QCOMPARE(h[0].upToSeconds.value_or(-1), 60);
    QCOMPARE(h[0].count, 1);
    QCOMPARE(h[1].upToSeconds.value_or(-1), 300);
    QCOMPARE(h[1].count, 1);
    for (size_t b = 2; b < h.size(); ++b)
        QCOMPARE(h[b].count, 0);
    QVERIFY(!h.back().upToSeconds);
    QVERIFY(r.value().steps[0].timeToConvert.empty()); // nobody converts *to* the first step
}

void TestFunnel::conversionRates()
{
    const auto r = computeFunnel(*test::datasetFrom(QStringLiteral("u1@0:A;u1@1:B;u2@0:A;u3@0:A;u4@0:A;u4@1:B;u4@2:C")),
                                 makeQuery("A,B,C", Options{}), utc());
    const auto& s = r.value().steps;
    QCOMPARE(s[1].conversionFromStart, 0.5);
    QCOMPARE(s[2].conversionFromStart, 0.25);
    QCOMPARE(s[2].conversionFromPrevious, 0.5);
    const auto none = computeFunnel(*test::datasetFrom(QString()), makeQuery("A,B", Options{}), utc());
    QCOMPARE(none.value().steps[1].conversionFromStart, 0.0); // 0 when nobody enters
    QCOMPARE(none.value().steps[1].conversionFromPrevious, 0.0);
    QCOMPARE(none.value().steps[0].conversionFromPrevious, 1.0); // step 1: 1 by definition
    QCOMPARE(s[0].conversionFromPrevious, 1.0);
}

void TestFunnel::breakdownAttribution_data()
{
    QTest::addColumn<int>("attribution");
    QTest::addColumn<int>("step");
    QTest::addColumn<QStringList>("rows"); // "value=count1,count2"
    // u1: A(c=x) at 0, B(c=y) at 5. u2: A(c=y) at 0, A(c=x) at 10, B (no c) at 20.
    QTest::newRow("step1: value of each attempt's first step")
        << int(FunnelAttribution::Step1) << 1 << QStringList{"x=2,2", "y=1,1"};
    QTest::newRow("first touch") << int(FunnelAttribution::FirstTouch) << 1 << QStringList{"x=1,1", "y=1,1"};
    QTest::newRow("last touch") << int(FunnelAttribution::LastTouch) << 1 << QStringList{"x=1,1", "y=1,1"};
    QTest::newRow("all events carry the value")
        << int(FunnelAttribution::AllEvents) << 1 << QStringList{"x=2,0", "y=1,0"};
    QTest::newRow("step 2's value, missing as empty")
        << int(FunnelAttribution::StepN) << 2 << QStringList{"=1,1", "y=1,1"};
}

void TestFunnel::breakdownAttribution()
{
    QFETCH(int, attribution);
    QFETCH(int, step);
    QFETCH(QStringList, rows);
    FunnelQuery q = makeQuery("A,B", Options{});
    q.breakdown = QStringLiteral("c");
    q.attribution = FunnelAttribution(attribution);
    q.attributionStep = step;
    const auto r =
        computeFunnel(*test::datasetFrom(QStringLiteral("u1@0:A{\"c\":\"x\"};u1@5:B{\"c\":\"y\"};u2@0:A{\"c\":\"y\"};"
                                                        "u2@10:A{\"c\":\"x\"};u2@20:B")),
                      q, utc());
    QVERIFY(r.ok());
    QCOMPARE(breakdownRows(r.value()), rows);
    QCOMPARE(counts(r.value()), (QList<qint64>{2, 2})); // the overall funnel ignores the breakdown
}

void TestFunnel::breakdownRules_data()
{
    QTest::addColumn<QString>("events");
    QTest::addColumn<QString>("steps");
    QTest::addColumn<Options>("options");
    QTest::addColumn<QStringList>("rows"); // "value=count1,count2", in the result's order
    auto by = [](const char* attribution, auto more) {
        Options o;
        o.breakdown = QStringLiteral("c");
        o.attribution = QString::fromLatin1(attribution);
        more(o);
        return o;
    };
    const auto plain = [](Options&) {};
    QTest::newRow("first touch: only step events inside the range")
        << "u1@-10:A{\"c\":\"x\"};u1@0:A{\"c\":\"y\"};u1@5:B"
        << "A,B" << by("first_touch", plain) << QStringList{"y=1,1"};
    QTest::newRow("last touch: only step events inside the range")
        << "u1@0:A{\"c\":\"y\"};u1@100000:B{\"c\":\"z\"}"
        << "A,B" << by("last_touch", [](Options& o) { o.lastDay = 0; }) << QStringList{"y=1,1"};
    QTest::newRow("first touch: ties give the smallest value")
        << "u1@0:A{\"c\":\"y\"};u1@0:A{\"c\":\"x\"};u1@5:B"
        << "A,B" << by("first_touch", plain) << QStringList{"x=1,1"};
    QTest::newRow("last touch: ties give the smallest value")
        << "u1@0:A;u1@5:B{\"c\":\"y\"};u1@5:B{\"c\":\"x\"}"
        << "A,B" << by("last_touch", plain) << QStringList{"x=1,1"};
    QTest::newRow("touch: exclusion events carry no value")
        << "u1@0:A;u1@1:X{\"c\":\"z\"};u1@5:B{\"c\":\"y\"}"
        << "A,B,C" << by("first_touch", [](Options& o) { o.exclusions = {"X:2:3"}; }) << QStringList{"y=1,1,0"};
    QTest::newRow("touch: a user without the property is the missing value")
        << "u1@0:A;u1@5:B"
        << "A,B" << by("first_touch", plain) << QStringList{"=1,1"};
    QTest::newRow("attempts=first, step1: the first S1 carrying each value")
        << "u1@0:A{\"c\":\"x\"};u1@100:A{\"c\":\"y\"};u1@110:B"
        << "A,B"
        << by("step1",
              [](Options& o) {
                  o.attempts = QStringLiteral("first");
                  o.windowSeconds = 60;
              })
        << QStringList{"x=1,0", "y=1,1"};
    QTest::newRow("attempts=first, step:1 as step1") << "u1@0:A{\"c\":\"x\"};u1@100:A{\"c\":\"y\"};u1@110:B"
                                                     << "A,B"
                                                     << by("step:1",
                                                           [](Options& o) {
                                                               o.attempts = QStringLiteral("first");
                                                               o.windowSeconds = 60;
                                                           })
                                                     << QStringList{"x=1,0", "y=1,1"};
    QTest::newRow("attempts=first, all_events") << "u1@0:A{\"c\":\"x\"};u1@100:A{\"c\":\"x\"};u1@110:B{\"c\":\"x\"}"
                                                << "A,B"
                                                << by("all_events",
                                                      [](Options& o) {
                                                          o.attempts = QStringLiteral("first");
                                                          o.windowSeconds = 60;
                                                      })
                                                << QStringList{"x=1,0"};
    QTest::newRow("attempts=best, all_events")
        << "u1@0:A{\"c\":\"x\"};u1@100:A{\"c\":\"x\"};u1@110:B{\"c\":\"x\"}"
        << "A,B" << by("all_events", [](Options& o) { o.windowSeconds = 60; }) << QStringList{"x=1,1"};
    QTest::newRow("totals, step1: each value sequenced on its own")
        << "u1@0:A{\"c\":\"x\"};u1@10:A{\"c\":\"y\"};u1@20:B"
        << "A,B"
        << by("step1",
              [](Options& o) {
                  o.counting = QStringLiteral("totals");
                  o.windowSeconds = 60;
              })
        << QStringList{"x=1,1", "y=1,1"};
    QTest::newRow("totals, step:2")
        << "u1@0:A;u1@5:B{\"c\":\"x\"};u1@10:A;u1@15:B{\"c\":\"y\"};u1@20:A;u1@25:B{\"c\":\"x\"}"
        << "A,B"
        << by("step:2",
              [](Options& o) {
                  o.counting = QStringLiteral("totals");
                  o.windowSeconds = 60;
              })
        << QStringList{"x=2,2", "y=1,1"};
    QTest::newRow("totals, all_events")
        << "u1@0:A{\"c\":\"x\"};u1@5:B{\"c\":\"x\"};u1@10:A{\"c\":\"x\"};u1@15:B{\"c\":\"x\"};u1@20:A{\"c\":\"y\"}"
        << "A,B"
        << by("all_events",
              [](Options& o) {
                  o.counting = QStringLiteral("totals");
                  o.windowSeconds = 60;
              })
        << QStringList{"x=2,2", "y=1,0"};
    QTest::newRow("step:N leaves out users who never reach step N")
        << "u1@0:A{\"c\":\"x\"};u2@0:A;u2@5:B{\"c\":\"y\"}"
        << "A,B" << by("step:2", plain) << QStringList{"y=1,1"};
    QTest::newRow("missing value is the empty string") << "u1@0:A;u1@5:B"
                                                       << "A,B" << by("step1", plain) << QStringList{"=1,1"};
    QTest::newRow("unordered step1: the attempt's first event")
        << "u1@0:B{\"c\":\"x\"};u1@5:A{\"c\":\"y\"}"
        << "A,B" << by("step1", [](Options& o) { o.order = QStringLiteral("unordered"); })
        << QStringList{"x=1,1", "y=1,0"};
}

void TestFunnel::breakdownRules()
{
    QFETCH(QString, events);
    QFETCH(QString, steps);
    QFETCH(Options, options);
    QFETCH(QStringList, rows);
    const auto r = computeFunnel(*test::datasetFrom(events), makeQuery(steps, options), utc());
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(breakdownRows(r.value()), rows);
}

void TestFunnel::timeToConvertRules_data()
{
    QTest::addColumn<QString>("events");
    QTest::addColumn<QString>("steps");
    QTest::addColumn<Options>("options");
    QTest::addColumn<QList<double>>("medians"); // per step from 2; -1: null
    QTest::addColumn<QList<double>>("means");
    Options totals;
    totals.counting = QStringLiteral("totals");
    totals.windowSeconds = 60;
    Options unordered;
    unordered.order = QStringLiteral("unordered");
    QTest::newRow("totals: one time per attempt") << "u1@0:A;u1@10:B;u1@100:A;u1@130:B"
                                                  << "A,B" << totals << QList<double>{20} << QList<double>{20};
    QTest::newRow("even count: mean of the middle two")
        << "u1@0:A;u1@10:B;u2@0:A;u2@20:B;u3@0:A;u3@60:B;u4@0:A;u4@100:B"
        << "A,B" << Options{} << QList<double>{40} << QList<double>{47.5};
    QTest::newRow("zero gaps count") << "u1@0:A;u1@0:B;u2@0:A;u2@30:B;u3@0:A;u3@40:B"
                                     << "A,B" << Options{} << QList<double>{30} << QList<double>{70.0 / 3};
    QTest::newRow("unordered: between the instants j-1 and j steps were covered")
        << "u1@0:C;u1@10:A;u1@40:B"
        << "A,B,C" << unordered << QList<double>{10, 30} << QList<double>{10, 30};
    QTest::newRow("nobody reached: null") << "u1@0:A;u1@10:B"
                                          << "A,B,C" << Options{} << QList<double>{10, -1} << QList<double>{10, -1};
}

void TestFunnel::timeToConvertRules()
{
    QFETCH(QString, events);
    QFETCH(QString, steps);
    QFETCH(Options, options);
    QFETCH(QList<double>, medians);
    QFETCH(QList<double>, means);
    const auto r = computeFunnel(*test::datasetFrom(events), makeQuery(steps, options), utc());
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    const auto& s = r.value().steps;
    QVERIFY(!s[0].medianSecondsFromPrevious && !s[0].meanSecondsFromPrevious); // null for step 1
    for (int j = 0; j < medians.size(); ++j) {
        QCOMPARE(s[size_t(j + 1)].medianSecondsFromPrevious.value_or(-1), medians[j]);
        QCOMPARE(s[size_t(j + 1)].meanSecondsFromPrevious.value_or(-1), means[j]);
    }
}

void TestFunnel::toIncludesItsMillisecond()
{
    // --to as a timestamp includes that instant, to the millisecond, and nothing after it.
    const auto data = test::datasetFrom(QStringLiteral("u1@3600:A;u1@3700:B;u2@3601:A;u2@3700:B"));
    QString error;
    const auto range =
        parseTimeRange(QStringLiteral("2026-01-01"), QStringLiteral("2026-01-01T01:00:00Z"), utc(), error);
    QVERIFY2(range, qPrintable(error));
    FunnelQuery q = makeQuery("A,B", Options{});
    q.range = *range;
    QCOMPARE(counts(computeFunnel(*data, q, utc()).value()), (QList<qint64>{1, 1}));
}

void TestFunnel::invalidQueries()
{
    const auto data = test::datasetFrom(QStringLiteral("u1@0:A"));
    FunnelQuery q = makeQuery("A,B,C", Options{});
    q.order = FunnelOrder::Unordered;
    q.attribution = FunnelAttribution::StepN;
    q.attributionStep = 2;
    q.breakdown = QStringLiteral("c");
    QCOMPARE(computeFunnel(*data, q, utc()).error().code, Error::Code::Invalid); // step:N > 1 in unordered
    q = makeQuery("A,B,C", Options{});
    q.order = FunnelOrder::Unordered;
    q.exclusions.push_back(FunnelExclusion{EventSpec{false, QStringLiteral("X"), {}, {}}, 1, 2});
    QCOMPARE(computeFunnel(*data, q, utc()).error().code, Error::Code::Invalid); // must span steps 1 to 3
    q = makeQuery("A,B,C", Options{});
    q.exclusions.push_back(FunnelExclusion{EventSpec{false, QStringLiteral("X"), {}, {}}, 2, 2});
    QCOMPARE(computeFunnel(*data, q, utc()).error().code, Error::Code::Invalid);
    // The window's bounds are the query's own, for the CLI and the editor alike: 1 s to 366 days.
    q = makeQuery("A,B", Options{});
    q.windowMs = FunnelQuery::kMaxWindowMs + 1;
    QCOMPARE(validateFunnelQuery(q).error().code, Error::Code::Invalid);
    q.windowMs = 999;
    QCOMPARE(validateFunnelQuery(q).error().code, Error::Code::Invalid);
    q.windowMs = FunnelQuery::kMaxWindowMs;
    QVERIFY(validateFunnelQuery(q).ok());
}

void TestFunnel::conversionOverTime()
{
    // u1 enters on day 0 and converts; u2 enters on day 1 only; u3 enters on both days and
    // converts on day 1, so both of its entries convert.
    const auto data = test::datasetFrom(QStringLiteral("u1@0:A;u1@10:B;u2@86400:A;u3@100:A;u3@86500:A;u3@86600:B"));
    FunnelQuery q = makeQuery("A,B", Options{});
    q.overTime = Interval::Day;
    const ReportingCalendar cal(QTimeZone::utc(), 1);
    const auto r = computeFunnel(*data, q, cal);
    QVERIFY(r.ok());
    QCOMPARE(r.value().overTime.size(), size_t(10));
    QCOMPARE(r.value().overTime[0].period.label, QStringLiteral("2026-01-01"));
    QCOMPARE(QList<qint64>(r.value().overTime[0].counts.begin(), r.value().overTime[0].counts.end()),
             (QList<qint64>{2, 2}));
    QCOMPARE(QList<qint64>(r.value().overTime[1].counts.begin(), r.value().overTime[1].counts.end()),
             (QList<qint64>{2, 1}));
    QCOMPARE(r.value().overTime[2].counts[0], 0);
    QCOMPARE(counts(r.value()), (QList<qint64>{3, 2})); // overall: u2 never converts
    q.counting = FunnelCounting::Totals;
    QCOMPARE(computeFunnel(*data, q, cal).error().code, Error::Code::Invalid); // unique users only
}

QTEST_GUILESS_MAIN(TestFunnel)
#include "tst_funnel.moc"
