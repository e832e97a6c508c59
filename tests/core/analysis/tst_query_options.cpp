// Each analysis's option vocabulary lives in core (cli.md's names, escapes, bounds): parsed by
// hand-checked examples, refused with the CLI's messages, and written back so that a saved
// analysis parses to the same query.
#include "core/analysis/query/FunnelOptions.h"
#include "core/analysis/query/PathOptions.h"
#include "core/analysis/query/RetentionOptions.h"
#include "core/analysis/query/SegmentOptions.h"
#include "core/analysis/query/TrendOptions.h"

#include <QtTest>

using namespace hc;
using namespace hc::analysis;

namespace {

// "name=value" pairs, repeatable; a bare "name" is a flag.
QueryOptions options(const QStringList& pairs)
{
    QueryOptions o;
    for (const QString& p : pairs) {
        const qsizetype eq = p.indexOf(u'=');
        if (eq < 0)
            o.setFlag(p, true);
        else
            o.add(p.left(eq), p.mid(eq + 1));
    }
    return o;
}

} // namespace

class TestQueryOptions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void funnelParses();
    void refusals_data();
    void refusals();
    void roundTrips_data();
    void roundTrips();
    void jsonRoundTrip();
};

void TestQueryOptions::funnelParses()
{
    const auto r = FunnelOptions::parse(
        options({"steps=a\\,b,\\*,c", "window=30m", "order=strict", "exclude=x\\:y:1:3", "exclude-where=1:p=1",
                 "step-where=2:country=DE", "breakdown=plan", "attribution=step:2", "over-time=week"}));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    const FunnelQuery& q = r.value();
    QCOMPARE(q.steps.size(), size_t(3));
    QCOMPARE(q.steps[0].name, QStringLiteral("a,b")); // the escaped comma is part of the name
    QVERIFY(!q.steps[1].anyEvent);                    // an escaped star is an event literally named *
    QCOMPARE(q.steps[1].name, QStringLiteral("*"));
    QCOMPARE(q.windowMs, 30 * 60000);
    QCOMPARE(q.order, FunnelOrder::Strict);
    QCOMPARE(q.exclusions.size(), size_t(1));
    QCOMPARE(q.exclusions[0].event.name, QStringLiteral("x:y"));
    QCOMPARE(q.exclusions[0].fromStep, 1);
    QCOMPARE(q.exclusions[0].toStep, 3);
    QCOMPARE(q.exclusions[0].event.where.size(), size_t(1));
    QCOMPARE(q.steps[1].where.size(), size_t(1));
    QCOMPARE(q.steps[1].where[0].property, QStringLiteral("country"));
    QCOMPARE(q.attribution, FunnelAttribution::StepN);
    QCOMPARE(q.attributionStep, 2);
    QCOMPARE(*q.overTime, Interval::Week);
    // Defaults: 7 days, ordered, best attempts, uniques.
    const auto d = FunnelOptions::parse(options({"steps=a,b"})).value();
    QCOMPARE(d.windowMs, 7 * 86400000LL);
    QCOMPARE(d.order, FunnelOrder::Ordered);
    QCOMPARE(d.attempts, FunnelAttempts::Best);
    QCOMPARE(d.counting, FunnelCounting::Uniques);
}

void TestQueryOptions::refusals_data()
{
    QTest::addColumn<QString>("analysis");
    QTest::addColumn<QStringList>("given");
    QTest::addColumn<QString>("says");
    QTest::newRow("funnel without steps") << "funnel" << QStringList() << "--steps 'A,B,...' is required";
    QTest::newRow("empty step") << "funnel" << QStringList{"steps=a,,b"} << "--steps has an empty step name";
    QTest::newRow("window over 366 days")
        << "funnel" << QStringList{"steps=a,b", "window=367d"} << "--window takes a duration from 1 s to 366 days";
    QTest::newRow("window under 1 s") << "funnel" << QStringList{"steps=a,b", "window=0"} << "--window takes";
    QTest::newRow("366 days is allowed") << "funnel" << QStringList{"steps=a,b", "window=366d"} << "";
    QTest::newRow("bad order") << "funnel" << QStringList{"steps=a,b", "order=sideways"}
                               << "--order takes ordered, strict or unordered";
    QTest::newRow("exclusion on one step")
        << "funnel" << QStringList{"steps=a,b", "exclude=x:2:2"} << "--exclude takes E:A:B with steps 1 <= A < B <= 2";
    QTest::newRow("exclusion that is a step") << "funnel" << QStringList{"steps=a,b,c", "exclude=b:1:3"}
                                              << "The exclusion “b” is also a step of this funnel.";
    QTest::newRow("exclusion with a * step") << "funnel" << QStringList{"steps=a,*", "exclude=x:1:2"}
                                             << "Exclusions cannot be combined with a * step or be * themselves.";
    QTest::newRow("exclusion of any event") << "funnel" << QStringList{"steps=a,b", "exclude=*:1:2"}
                                            << "Exclusions cannot be combined with a * step or be * themselves.";
    QTest::newRow("step-where beyond the steps")
        << "funnel" << QStringList{"steps=a,b", "step-where=3:p=1"} << "--step-where takes N:COND with N from 1 to 2";
    QTest::newRow("attribution without breakdown") << "funnel" << QStringList{"steps=a,b", "attribution=last_touch"}
                                                   << "--attribution only has a meaning with --breakdown";
    QTest::newRow("over time with totals") << "funnel" << QStringList{"steps=a,b", "count=totals", "over-time=day"}
                                           << "Conversion over time is computed for unique users.";
    QTest::newRow("retention without events")
        << "retention" << QStringList{"start-event=a"} << "--start-event and --return-event are required";
    QTest::newRow("retention periods") << "retention" << QStringList{"start-event=a", "return-event=b", "periods=0"}
                                       << "--periods takes a whole number from 1 to 1000";
    QTest::newRow("retention bracket") << "retention" << QStringList{"start-event=a", "return-event=b", "bracket=x"}
                                       << "--bracket takes on or on_or_after";
    QTest::newRow("trend event or any") << "trend" << QStringList{"event=a", "any"} << "give either --event E or --any";
    QTest::newRow("trend measure") << "trend" << QStringList{"any", "measure=sum:"} << "--measure takes total";
    QTest::newRow("trend top without breakdown")
        << "trend" << QStringList{"any", "top=3"} << "--top only has a meaning with --breakdown";
    QTest::newRow("trend bad condition") << "trend" << QStringList{"any", "where=country"} << "condition “country”";
    QTest::newRow("segment without by") << "segment" << QStringList{"any"} << "--by PROP is required";
    QTest::newRow("paths direction") << "paths" << QStringList{"anchor=a", "direction=up"}
                                     << "--direction takes next or previous";
    QTest::newRow("paths steps") << "paths" << QStringList{"anchor=a", "steps=21"}
                                 << "--steps takes a whole number from 1 to 20";
}

void TestQueryOptions::refusals()
{
    QFETCH(QString, analysis);
    QFETCH(QStringList, given);
    QFETCH(QString, says);
    const QueryOptions o = options(given);
    Status s = Done{};
    if (analysis == u"funnel") {
        if (auto r = FunnelOptions::parse(o); !r.ok())
            s = r.error();
    } else if (analysis == u"retention") {
        if (auto r = RetentionOptions::parse(o); !r.ok())
            s = r.error();
    } else if (analysis == u"trend") {
        if (auto r = TrendOptions::parse(o); !r.ok())
            s = r.error();
    } else if (analysis == u"segment") {
        if (auto r = SegmentOptions::parse(o); !r.ok())
            s = r.error();
    } else if (auto r = PathOptions::parse(o); !r.ok()) {
        s = r.error();
    }
    if (says.isEmpty()) {
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        return;
    }
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Code::Invalid);
    QVERIFY2(s.error().message.contains(says), qPrintable(s.error().message));
}

void TestQueryOptions::roundTrips_data()
{
    QTest::addColumn<QString>("analysis");
    QTest::addColumn<QStringList>("given");
    QTest::newRow("funnel, everything") << "funnel"
                                        << QStringList{"steps=sign\\,up,view,pay",
                                                       "window=90m",
                                                       "order=unordered",
                                                       "attempts=first",
                                                       "range-scope=all-steps",
                                                       "where=plan=pro|team",
                                                       "where-any=country=DE",
                                                       "where-any=country=FR",
                                                       "step-where=1:p>2",
                                                       "exclude=churn:1:3",
                                                       "exclude-where=1:reason~price",
                                                       "hold=platform",
                                                       "breakdown=utm",
                                                       "attribution=first_touch",
                                                       "over-time=month"};
    QTest::newRow("funnel, totals") << "funnel" << QStringList{"steps=a,b", "count=totals", "window=45"};
    QTest::newRow("retention") << "retention"
                               << QStringList{"start-event=signup",
                                              "return-event=*",
                                              "start-where=plan=free",
                                              "return-where=p!?",
                                              "where=x=1",
                                              "mode=recurring",
                                              "period=week",
                                              "periods=12",
                                              "bracket=on_or_after",
                                              "min-occurrences=3",
                                              "range-scope=all-events",
                                              "breakdown=country",
                                              "buckets=rolling"};
    QTest::newRow("trend") << "trend"
                           << QStringList{
                                  "event=app_open", "measure=p90:duration", "interval=hour", "breakdown=os", "top=4",
                                  "rolling=7",      "cumulative",           "compare",       "where=os!=web"};
    QTest::newRow("trend, any") << "trend" << QStringList{"any", "measure=uniques"};
    QTest::newRow("segment") << "segment"
                             << QStringList{"any", "measure=avg:revenue", "by=plan", "by2=country", "top=7"};
    QTest::newRow("paths") << "paths" << QStringList{"anchor=\\*", "direction=previous", "steps=5", "top=3"};
}

void TestQueryOptions::roundTrips()
{
    QFETCH(QString, analysis);
    QFETCH(QStringList, given);
    const QueryOptions o = options(given);
    // Parse, write back, parse again: the second writing equals the first.
    QueryOptions once, twice;
    if (analysis == u"funnel") {
        once = FunnelOptions::toOptions(FunnelOptions::parse(o).value());
        twice = FunnelOptions::toOptions(FunnelOptions::parse(once).value());
    } else if (analysis == u"retention") {
        once = RetentionOptions::toOptions(RetentionOptions::parse(o).value());
        twice = RetentionOptions::toOptions(RetentionOptions::parse(once).value());
    } else if (analysis == u"trend") {
        once = TrendOptions::toOptions(TrendOptions::parse(o).value());
        twice = TrendOptions::toOptions(TrendOptions::parse(once).value());
    } else if (analysis == u"segment") {
        once = SegmentOptions::toOptions(SegmentOptions::parse(o).value());
        twice = SegmentOptions::toOptions(SegmentOptions::parse(once).value());
    } else {
        once = PathOptions::toOptions(PathOptions::parse(o).value());
        twice = PathOptions::toOptions(PathOptions::parse(once).value());
    }
    QVERIFY(once == twice);
    // Every option given survives the trip (defaults may be added, nothing is lost).
    for (const QString& name : o.names())
        QCOMPARE(once.values(name), o.values(name));
}

void TestQueryOptions::jsonRoundTrip()
{
    const QueryOptions o = options({"steps=a,b", "where=x=1", "where=y=2", "compare"});
    QVERIFY(QueryOptions::fromJson(o.toJson()) == o);
    QCOMPARE(QueryOptions::fromJson(o.toJson()).values(QStringLiteral("where")), QStringList({"x=1", "y=2"}));
}

QTEST_GUILESS_MAIN(TestQueryOptions)
#include "tst_query_options.moc"
