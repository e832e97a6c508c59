// Insights: the Benjamini-Hochberg correction on the textbook example, "why" decompositions worked
// out by hand (they add up exactly), the planted outage and A/B effect of the demo found and
// ranked with the right day, direction and driver, null data called significant no more often
// than the false discovery rate allows, statuses kept across runs, and a stored run regenerated
// byte for byte.
#include "core/analysis/AnalysisSnapshot.h"
#include "core/dataset/DatasetBuilder.h"
#include "core/demo/DemoWorkspaceGenerator.h"
#include "core/insights/ChangeDecomposition.h"
#include "core/insights/InsightRun.h"
#include "core/stats/MultipleTesting.h"
#include "core/store/InsightStore.h"
#include "tests/support/EventFixture.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <random>

using namespace hc;

class TestInsights : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void benjaminiHochbergTextbook();
    void decompositionOfCountsByHand();
    void decompositionOfConversionByHand();
    void decompositionRefusesOverlap();
    void batchedDecompositionsEqualSingleOnes();
    void plantedOutageLeadsItsDay();
    void plantedOutageAndExperimentInTopFive();
    void nullDataStaysWithinTheFalseDiscoveryRate();
    void dismissedStaysDismissed();
    void storedRunRegeneratesIdentically();

private:
    insights::InsightRun run(insights::RunPeriod period, const QDate& to);

    QTemporaryDir m_dir;
    QString m_path;
    std::shared_ptr<const dataset::Dataset> m_demo;
    std::shared_ptr<const analysis::ReportingCalendar> m_calendar;
    QStringList m_properties;
    QDate m_outage;
};

void TestInsights::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("demo.hcw"));
    QVERIFY(test::writeDemoWorkspace(m_path, 6000, 120));
    m_outage = demo::DemoWorkspaceGenerator::anomalyDay(QDate(2026, 11, 30).addDays(-119), 120);
    const test::LoadedWorkspace loaded = test::loadWorkspace(m_path);
    QVERIFY(loaded.data);
    m_demo = loaded.data;
    m_calendar = loaded.calendar;
    m_properties = loaded.propertyKeys;
    QVERIFY(m_properties.contains(QStringLiteral("platform")));
}

insights::InsightRun TestInsights::run(insights::RunPeriod period, const QDate& to)
{
    insights::InsightRunOptions o;
    o.period = period;
    o.to = to;
    o.properties = m_properties;
    auto r = insights::runInsights(*m_demo, *m_calendar, o);
    if (!r.ok())
        qFatal("insights failed: %s", qPrintable(r.error().message));
    return r.value();
}

void TestInsights::benjaminiHochbergTextbook()
{
    // Benjamini & Hochberg (1995), section 4: fifteen p-values from a clinical trial; at a false
    // discovery rate of 0.05 the procedure rejects the four smallest (the 4th: 0.0095 <= 4/15 * 0.05).
    const std::vector<double> p = {0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344,
                                   0.0459, 0.3240, 0.4262, 0.5719, 0.6528, 0.7590, 1.0000};
    const std::vector<double> q = stats::benjaminiHochberg(p);
    int rejected = 0;
    for (double x : q)
        rejected += x < 0.05 ? 1 : 0;
    QCOMPARE(rejected, 4);
    QCOMPARE(q[0], 0.0001 * 15 / 1);
    QCOMPARE(q[3], 0.0095 * 15 / 4);
    // Step-up: each q is the smallest p_k * 15 / k from its rank on. The 5th, 0.0201 * 15 / 5 =
    // 0.0603, is the smallest from rank 5; the 6th's own 0.0278 * 15 / 6 = 0.0695 gives way to the
    // 7th's 0.0298 * 15 / 7 = 0.0639.
    QCOMPARE(q[4], 0.0201 * 15 / 5);
    QCOMPARE(q[5], 0.0298 * 15 / 7);
    QCOMPARE(q[14], 1.0);
    // Order of the input does not matter.
    std::vector<double> shuffled(p.rbegin(), p.rend());
    const std::vector<double> q2 = stats::benjaminiHochberg(shuffled);
    QCOMPARE(q2[14], q[0]);
}

void TestInsights::decompositionOfCountsByHand()
{
    // Day 0 (previous): u1 web, u2 web, u3 ios active. Day 1 (current): u1 web, u3 ios, u4 ios,
    // u5 android. DAU 3 → 4. By platform (each user-day takes its first event's value):
    //   web 2 → 1, ios 1 → 2, android 0 → 1; shares 2/3, 1/3, 0 → 1/4, 2/4, 1/4.
    //   web: mix (1/4 - 2/3)(3 + 4)/2 = -35/24, volume (4 - 3)(2/3 + 1/4)/2 = 11/24, total -1.
    const auto data = test::datasetFrom(
        "u1@10:open{\"platform\":\"web\"};u2@20:open{\"platform\":\"web\"};u3@30:open{\"platform\":\"ios\"};"
        "u1@86410:open{\"platform\":\"web\"};u1@86420:open{\"platform\":\"ios\"};u3@86430:open{\"platform\":\"ios\"};"
        "u4@86440:open{\"platform\":\"ios\"};u5@86450:open");
    const analysis::ReportingCalendar calendar(QTimeZone::utc(), 1);
    const qint64 day0 = calendar.localDay(test::kFixtureT0);
    insights::ChangeQuery q;
    q.metric = insights::ChangeMetric::Dau;
    q.previousDays = {day0};
    q.currentDays = {day0 + 1};
    q.by = {QStringLiteral("platform")};
    const auto r = insights::decomposeChange(*data, calendar, q);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r.value().before, 3.0);
    QCOMPARE(r.value().after, 4.0);
    QCOMPARE(r.value().totalChange, 1.0);
    double sum = 0;
    for (const auto& d : r.value().drivers) {
        sum += d.contribution;
        QVERIFY(std::abs(d.mixEffect + d.rateEffect - d.contribution) < 1e-12);
        if (d.value == QLatin1String("web")) {
            QCOMPARE(d.before, 2.0);
            QCOMPARE(d.after, 1.0);
            QVERIFY(std::abs(d.mixEffect - (-35.0 / 24)) < 1e-12);
            QVERIFY(std::abs(d.rateEffect - 11.0 / 24) < 1e-12);
        }
        if (d.value.isEmpty()) // u5 has no platform: the "not set" value
            QCOMPARE(d.contribution, 1.0);
    }
    QVERIFY(std::abs(sum - 1.0) < 1e-12);
    QCOMPARE(r.value().drivers.size(), size_t(3));

    // Events: every event counts under its own value (u1's second day has one web, one ios).
    q.metric = insights::ChangeMetric::Events;
    const auto e = insights::decomposeChange(*data, calendar, q);
    QVERIFY(e.ok());
    QCOMPARE(e.value().before, 3.0);
    QCOMPARE(e.value().after, 5.0);
    double esum = 0;
    for (const auto& d : e.value().drivers)
        esum += d.contribution;
    QVERIFY(std::abs(esum - 2.0) < 1e-12);
}

void TestInsights::decompositionOfConversionByHand()
{
    // Previous day: web 4 users (2 buy), ios 2 users (0 buy): 2/6. Current: web 1 (1 buys), ios 3
    // (1 buys): 2/4. Shares web 4/6 → 1/4, rates 1/2 → 1; ios 2/6 → 3/4, rates 0 → 1/3.
    //   web: mix (1/4 - 2/3)(1/2 + 1)/2 = -15/48, rate (1 - 1/2)(2/3 + 1/4)/2 = 11/48
    //   ios: mix (3/4 - 1/3)(0 + 1/3)/2 = 5/72, rate (1/3 - 0)(1/3 + 3/4)/2 = 13/72
    //   total 1/2 - 1/3 = 1/6.
    QString events;
    for (int i = 0; i < 4; ++i)
        events += QStringLiteral("w%1@%2:open{\"platform\":\"web\"};").arg(i).arg(10 + i);
    events +=
        QStringLiteral("w0@100:buy;w1@100:buy;i0@10:open{\"platform\":\"ios\"};i1@11:open{\"platform\":\"ios\"};");
    events += QStringLiteral("w9@86410:open{\"platform\":\"web\"};w9@86420:buy;");
    for (int i = 0; i < 3; ++i)
        events += QStringLiteral("j%1@%2:open{\"platform\":\"ios\"};").arg(i).arg(86410 + i);
    events += QStringLiteral("j0@86500:buy");
    const auto data = test::datasetFrom(events);
    const analysis::ReportingCalendar calendar(QTimeZone::utc(), 1);
    const qint64 day0 = calendar.localDay(test::kFixtureT0);
    insights::ChangeQuery q;
    q.metric = insights::ChangeMetric::Conversion;
    q.goal = analysis::EventSpec{false, QStringLiteral("buy"), {}, {}};
    q.previousDays = {day0};
    q.currentDays = {day0 + 1};
    q.by = {QStringLiteral("platform")};
    const auto r = insights::decomposeChange(*data, calendar, q);
    QVERIFY(r.ok());
    QVERIFY(std::abs(r.value().totalChange - 1.0 / 6) < 1e-12);
    for (const auto& d : r.value().drivers) {
        if (d.value == QLatin1String("web")) {
            QVERIFY(std::abs(d.mixEffect - (-15.0 / 48)) < 1e-12);
            QVERIFY(std::abs(d.rateEffect - 11.0 / 48) < 1e-12);
        } else {
            QCOMPARE(d.value, QStringLiteral("ios"));
            QVERIFY(std::abs(d.mixEffect - 5.0 / 72) < 1e-12);
            QVERIFY(std::abs(d.rateEffect - 13.0 / 72) < 1e-12);
        }
    }
    QVERIFY(std::abs(r.value().drivers[0].contribution + r.value().drivers[1].contribution - 1.0 / 6) < 1e-12);
    // An unknown goal is the caller's mistake.
    q.goal.name = QStringLiteral("nothing");
    QVERIFY(!insights::decomposeChange(*data, calendar, q).ok());
}

void TestInsights::decompositionRefusesOverlap()
{
    const auto data = test::datasetFrom("u1@10:open");
    const analysis::ReportingCalendar calendar(QTimeZone::utc(), 1);
    insights::ChangeQuery q;
    q.previousDays = {5, 6};
    q.currentDays = {6, 7};
    QVERIFY(!insights::decomposeChange(*data, calendar, q).ok());
    q.currentDays.clear();
    QVERIFY(!insights::decomposeChange(*data, calendar, q).ok());
}

// An insight run explains its anomalies in one batched pass; each must be what the single
// decomposition (checked by hand above) gives, for dau and for one event's count, over days
// that overlap between queries.
void TestInsights::batchedDecompositionsEqualSingleOnes()
{
    const qint64 last = analysis::ReportingCalendar::dayNumber(QDate(2026, 11, 30));
    std::vector<insights::ChangeQuery> queries;
    for (int k = 0; k < 6; ++k) {
        insights::ChangeQuery q;
        q.metric = k % 2 ? insights::ChangeMetric::Events : insights::ChangeMetric::Dau;
        if (k % 2)
            q.event = analysis::EventSpec{false, m_demo->eventNames()[size_t(k) % m_demo->eventNames().size()], {}, {}};
        q.currentDays = {last - 3 * k};
        for (int w = 1; w <= 4; ++w)
            q.previousDays.push_back(last - 3 * k - 7 * w);
        q.by = {QStringLiteral("platform"), QStringLiteral("country")};
        queries.push_back(q);
    }
    const auto batched = insights::decomposeDailyChanges(*m_demo, *m_calendar, queries);
    QVERIFY(batched.ok());
    QCOMPARE(batched.value().size(), queries.size());
    for (size_t k = 0; k < queries.size(); ++k) {
        const auto single = insights::decomposeChange(*m_demo, *m_calendar, queries[k]);
        QVERIFY(single.ok());
        const auto& a = batched.value()[k];
        const auto& b = single.value();
        QVERIFY(b.n > 0);
        QCOMPARE(a.n, b.n);
        QCOMPARE(a.before, b.before);
        QCOMPARE(a.after, b.after);
        QCOMPARE(a.drivers.size(), b.drivers.size());
        for (size_t d = 0; d < a.drivers.size(); ++d) {
            QCOMPARE(a.drivers[d].value, b.drivers[d].value);
            QCOMPARE(a.drivers[d].contribution, b.drivers[d].contribution);
        }
    }
    insights::ChangeQuery users = queries.front();
    users.metric = insights::ChangeMetric::Users; // a user spans days: refused
    QVERIFY(!insights::decomposeDailyChanges(*m_demo, *m_calendar, {users}).ok());
}

void TestInsights::plantedOutageLeadsItsDay()
{
    // The demo's outage: on one day web users mostly could not get in.
    const insights::InsightRun r = run(insights::RunPeriod::Daily, m_outage);
    QVERIFY(!r.insights.empty());
    const insights::Insight& top = r.insights.front();
    QCOMPARE(top.type, insights::InsightType::Anomaly);
    QCOMPARE(top.metric, QStringLiteral("dau"));
    QCOMPARE(top.t, m_outage.toString(Qt::ISODate));
    QCOMPARE(top.direction, -1);
    QVERIFY(top.significant);
    const QJsonObject drivers = top.evidence.value(QStringLiteral("drivers")).toObject();
    QCOMPARE(drivers.value(QStringLiteral("property")).toString(), QStringLiteral("platform"));
    const QJsonObject first = drivers.value(QStringLiteral("drivers")).toArray().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("value")).toString(), QStringLiteral("web"));
    QVERIFY(first.value(QStringLiteral("contribution")).toDouble() < 0);
    QVERIFY(top.explanation.contains(QStringLiteral("platform = web")));
    // The other metrics of that day are merged into it, not listed as findings of their own.
    QVERIFY(!top.evidence.value(QStringLiteral("related")).toArray().isEmpty());
    for (size_t k = 1; k < r.insights.size(); ++k)
        QVERIFY(!(r.insights[k].type == insights::InsightType::Anomaly && r.insights[k].t == top.t
                  && r.insights[k].direction < 0));
}

void TestInsights::plantedOutageAndExperimentInTopFive()
{
    // A weekly run covering the outage day, and a monthly one: both name the outage and the
    // checklist experiment's lift on upgrades among their top five.
    for (const auto& [period, to] : {std::pair{insights::RunPeriod::Weekly, m_outage.addDays(3)},
                                     std::pair{insights::RunPeriod::Monthly, QDate(2026, 11, 30)}}) {
        const insights::InsightRun r = run(period, to);
        int outageRank = -1, experimentRank = -1;
        for (int k = 0; k < int(r.insights.size()); ++k) {
            const insights::Insight& i = r.insights[size_t(k)];
            if (outageRank < 0 && i.type == insights::InsightType::Anomaly && i.metric == QLatin1String("dau")
                && i.t == m_outage.toString(Qt::ISODate) && i.direction < 0)
                outageRank = k;
            if (experimentRank < 0
                && i.id == QLatin1String("success:experiment:exp_onboarding_checklist=treatment:upgrade"))
                experimentRank = k;
        }
        QVERIFY2(outageRank >= 0 && outageRank < 5, qPrintable(QStringLiteral("outage rank %1").arg(outageRank)));
        QVERIFY2(experimentRank >= 0 && experimentRank < 5,
                 qPrintable(QStringLiteral("experiment rank %1").arg(experimentRank)));
        QCOMPARE(r.insights[size_t(experimentRank)].direction, 1);
        QVERIFY(r.insights[size_t(experimentRank)].significant);
    }
}

void TestInsights::nullDataStaysWithinTheFalseDiscoveryRate()
{
    // Forty workspaces with nothing going on: 30 new users a day, each active on 30% of days until
    // they leave (after 10 days on average), so activity is steady after the first weeks; platforms
    // and an A/A "experiment" are assigned at random. Under this global null the false discovery
    // rate bounds the chance that a run calls anything significant at 5%; more than 5 of 40 such
    // runs would happen with probability under 5% (binomial(40, 0.05) upper tail).
    int runsWithAnything = 0;
    QStringList called;
    for (int seed = 1; seed <= 40; ++seed) {
        std::mt19937_64 rng(static_cast<quint64>(seed));
        std::uniform_real_distribution<double> u(0, 1);
        dataset::DatasetBuilder b;
        const qint64 day = 86400000;
        int user = 0;
        for (int birth = 0; birth < 100; ++birth) {
            for (int k = 0; k < 30; ++k, ++user) {
                const char* platform = u(rng) < 0.5 ? "web" : (u(rng) < 0.5 ? "ios" : "android");
                const char* arm = u(rng) < 0.5 ? "control" : "treatment";
                const QByteArray props = QStringLiteral("{\"platform\":\"%1\",\"exp_null\":\"%2\"}")
                                             .arg(QLatin1String(platform), QLatin1String(arm))
                                             .toUtf8();
                const QString id = QStringLiteral("u%1").arg(user);
                b.add(id, QStringLiteral("signup"), test::kFixtureT0 + birth * day + 1000, props);
                for (int d = birth + 1; d < 100 && u(rng) > 0.1; ++d) {
                    if (u(rng) >= 0.3)
                        continue;
                    b.add(id, QStringLiteral("open"), test::kFixtureT0 + d * day + qint64(u(rng) * 80000000), props);
                    if (u(rng) < 0.1)
                        b.add(id, QStringLiteral("buy"), test::kFixtureT0 + d * day + 80000000, props);
                }
            }
        }
        const auto data = b.build();
        const analysis::ReportingCalendar calendar(QTimeZone::utc(), 1);
        insights::InsightRunOptions o;
        o.period = insights::RunPeriod::Weekly;
        o.properties = {QStringLiteral("platform"), QStringLiteral("exp_null")};
        const auto r = insights::runInsights(*data, calendar, o);
        QVERIFY(r.ok());
        bool any = false;
        for (const auto& i : r.value().insights)
            if (i.significant) {
                any = true;
                called << i.id;
            }
        runsWithAnything += any ? 1 : 0;
    }
    QVERIFY2(runsWithAnything <= 5,
             qPrintable(QStringLiteral("%1 of 40 runs: %2").arg(runsWithAnything).arg(called.join(u' '))));
}

void TestInsights::dismissedStaysDismissed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("status.hcw"));
    QVERIFY(QFile::copy(m_path, path));
    auto ws = store::Workspace::open(path, store::Workspace::OpenMode::MustExist);
    QVERIFY(ws.ok());
    store::InsightStore insights(*ws.value());
    const insights::InsightRun first = run(insights::RunPeriod::Daily, m_outage);
    QVERIFY(insights.saveRun(first).ok());
    const QString id = first.insights.front().id;
    QVERIFY(insights.setStatus(id, insights::InsightStatus::Dismissed).ok());
    QVERIFY(insights.setStatus(first.insights.back().id, insights::InsightStatus::Actioned).ok());
    // The next run finds the same finding under the same id, and its status is still the analyst's.
    const insights::InsightRun next = run(insights::RunPeriod::Weekly, m_outage.addDays(2));
    QVERIFY(insights.saveRun(next).ok());
    bool found = false;
    for (const auto& i : next.insights)
        found = found || i.id == id;
    QVERIFY(found);
    const auto statuses = insights.statuses();
    QVERIFY(statuses.ok());
    QCOMPARE(statuses.value().value(id), insights::InsightStatus::Dismissed);
    QCOMPARE(statuses.value().value(first.insights.back().id), insights::InsightStatus::Actioned);
    const QJsonObject json = insights::runToJson(next, &statuses.value());
    for (const QJsonValue v : json.value(QStringLiteral("insights")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("dismissed"));
    const auto runs = insights.runs();
    QVERIFY(runs.ok());
    QCOMPARE(runs.value().size(), 2);
}

void TestInsights::storedRunRegeneratesIdentically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("runs.hcw"));
    QVERIFY(QFile::copy(m_path, path));
    auto ws = store::Workspace::open(path, store::Workspace::OpenMode::MustExist);
    QVERIFY(ws.ok());
    store::InsightStore insights(*ws.value());
    const insights::InsightRun original = run(insights::RunPeriod::Weekly, QDate(2026, 11, 30));
    QVERIFY(insights.saveRun(original).ok());
    const auto stored = insights.run(original.id);
    QVERIFY(stored.ok());
    const QByteArray storedJson = QJsonDocument(insights::runToJson(stored.value())).toJson(QJsonDocument::Compact);
    QCOMPARE(storedJson, QJsonDocument(insights::runToJson(original)).toJson(QJsonDocument::Compact));
    const auto again = insights::runInsights(*m_demo, *m_calendar, insights::optionsFromInputs(stored.value().inputs));
    QVERIFY(again.ok());
    QCOMPARE(QJsonDocument(insights::runToJson(again.value())).toJson(QJsonDocument::Compact), storedJson);
    QCOMPARE(again.value().id, original.id);
    QVERIFY(!insights.run(QStringLiteral("no-such-run")).ok());
}

QTEST_GUILESS_MAIN(TestInsights)
#include "tst_insights.moc"
