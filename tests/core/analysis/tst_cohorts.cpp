// Cohorts: membership of each kind of rule worked by hand on a few users (ranges in two zones,
// property conditions, a funnel's converted and dropped users, a saved list), `cohort=NAME` and
// `cohort!=NAME` as filters (with other conditions, all-of and any-of), and the workspace's
// table of cohorts.
#include "core/analysis/AnalysisSnapshot.h"
#include "core/analysis/cohort/CohortMembership.h"
#include "core/store/CohortStore.h"
#include "tests/support/EventFixture.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace hc;
using namespace hc::analysis;

namespace {

// T0 = 2026-01-01 00:00 UTC. u1 does A twice then B on Jan 1; u2 does A on Jan 1 and Jan 2;
// u3 only B; u4 does A at 23:59:30 on Dec 31 (08:59 on Jan 1 in Tokyo) and A with p = x on Jan 1.
const QString kEvents =
    QStringLiteral("u1@0:A;u1@60:A;u1@120:B;u2@0:A;u2@86400:A;u3@30:B;u4@-30:A;u4@10:A{\"p\":\"x\"}");

CohortDefinition did(const QString& name, const QString& event, int minCount, const QString& from, const QString& to)
{
    CohortDefinition c;
    c.name = name;
    c.event = event;
    c.minCount = minCount;
    c.from = from;
    c.to = to;
    return c;
}

CohortDefinition funnelStep(const QString& name, int step, bool dropped)
{
    CohortDefinition c;
    c.name = name;
    c.kind = CohortDefinition::Kind::FunnelStep;
    c.funnel.set(QStringLiteral("steps"), QStringLiteral("A,B"));
    c.funnel.set(QStringLiteral("window"), QStringLiteral("1h"));
    c.from = QStringLiteral("2026-01-01");
    c.to = QStringLiteral("2026-01-02");
    c.step = step;
    c.dropped = dropped;
    return c;
}

// Start A, return any event, three daily columns, rows Jan 1 and Jan 2.
CohortDefinition retentionCell(const QString& start, int period, const QString& mode = QStringLiteral("first_time"))
{
    CohortDefinition c;
    c.name = QStringLiteral("r");
    c.kind = CohortDefinition::Kind::RetentionCell;
    c.retention.set(QStringLiteral("start-event"), QStringLiteral("A"));
    c.retention.set(QStringLiteral("return-event"), QStringLiteral("*"));
    c.retention.set(QStringLiteral("periods"), QStringLiteral("3"));
    c.retention.set(QStringLiteral("mode"), mode);
    c.from = QStringLiteral("2026-01-01");
    c.to = QStringLiteral("2026-01-02");
    c.cohortStart = start;
    c.period = period;
    return c;
}

QStringList members(const CohortDefinition& cohort, const QByteArray& zone = "UTC")
{
    const auto data = test::datasetFrom(kEvents);
    const ReportingCalendar calendar{QTimeZone(zone), 1};
    TaskContext context;
    const auto m = cohortMembers(*data, calendar, cohort, context);
    if (!m.ok())
        return {QStringLiteral("error: ") + m.error().message};
    return cohortMemberIds(*data, m.value());
}

} // namespace

class TestCohorts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void didEvent();
    void funnelSteps();
    void retentionCells();
    void userList();
    void filters();
    void badConditions();
    void storedInTheWorkspace();
};

void TestCohorts::didEvent()
{
    QCOMPARE(members(did("a", "A", 2, "2026-01-01", "2026-01-01")), QStringList({"u1"}));
    QCOMPARE(members(did("a", "A", 2, "2026-01-01", "2026-01-02")), QStringList({"u1", "u2"}));
    QCOMPARE(members(did("a", "A", 1, "2026-01-01", "2026-01-01")), QStringList({"u1", "u2", "u4"}));
    // Tokyo's Jan 1 starts at 15:00 UTC on Dec 31: u4's A on Dec 31 counts there.
    QCOMPARE(members(did("a", "A", 2, "2026-01-01", "2026-01-01"), "Asia/Tokyo"), QStringList({"u1", "u4"}));
    // Any event, at least three times: only u1.
    QCOMPARE(members(did("a", "*", 3, "2026-01-01", "2026-01-02")), QStringList({"u1"}));
    CohortDefinition px = did("p", "A", 1, "2026-01-01", "2026-01-01");
    px.didWhere = QStringList{"p=x"};
    QCOMPARE(members(px), QStringList({"u4"}));
    px.didWhere.clear();
    px.where = QStringList{"p!=x"};
    QCOMPARE(members(px), QStringList({"u1", "u2"}));
    // An event nobody did: an empty cohort, not an error.
    QCOMPARE(members(did("z", "Z", 1, "2026-01-01", "2026-01-01")), QStringList());
    // A range with no events.
    QCOMPARE(members(did("a", "A", 1, "2026-02-01", "2026-02-28")), QStringList());
}

void TestCohorts::funnelSteps()
{
    // A then B within an hour: u1 converts; u2 and u4 enter and stop at A; u3 never enters.
    QCOMPARE(members(funnelStep("f", 1, false)), QStringList({"u1", "u2", "u4"}));
    QCOMPARE(members(funnelStep("f", 2, false)), QStringList({"u1"}));
    QCOMPARE(members(funnelStep("f", 2, true)), QStringList({"u2", "u4"}));
    QVERIFY(members(funnelStep("f", 3, false)).value(0).startsWith("error:"));
    QVERIFY(members(funnelStep("f", 1, true)).value(0).startsWith("error:"));
}

void TestCohorts::retentionCells()
{
    // UTC: u1 and u2 first do A on Jan 1 (u4's first A is on Dec 31, before the rows); only u2
    // comes back on Jan 2. Nobody's first A is on Jan 2.
    QCOMPARE(members(retentionCell("2026-01-01", 0)), QStringList({"u1", "u2"}));
    QCOMPARE(members(retentionCell("2026-01-01", 1)), QStringList({"u2"}));
    QCOMPARE(members(retentionCell("2026-01-01", 2)), QStringList());
    QCOMPARE(members(retentionCell("2026-01-02", 0)), QStringList());
    // Tokyo: u4's A at 23:59:30 UTC is 08:59 on Jan 1, so u4 joins the Jan 1 cohort.
    QCOMPARE(members(retentionCell("2026-01-01", 0), "Asia/Tokyo"), QStringList({"u1", "u2", "u4"}));
    QCOMPARE(members(retentionCell("2026-01-01", 1), "Asia/Tokyo"), QStringList({"u2"}));
    // Recurring: u2's A on Jan 2 starts a second cohort of theirs.
    QCOMPARE(members(retentionCell("2026-01-02", 0, QStringLiteral("recurring"))), QStringList({"u2"}));
    // A condition on every event takes the conditions' path: only u4's A with p = x is left.
    CohortDefinition onlyX = retentionCell("2026-01-01", 0);
    onlyX.retention.add(QStringLiteral("where"), QStringLiteral("p=x"));
    QCOMPARE(members(onlyX), QStringList({"u4"}));
    QVERIFY(members(retentionCell("2026-03-01", 0)).value(0).startsWith("error:"));
    QVERIFY(members(retentionCell("2026-01-01", 3)).value(0).startsWith("error:"));
    // The rule survives the workspace's JSON.
    const CohortDefinition cell = retentionCell("2026-01-01", 1);
    const auto back = CohortDefinition::fromJson(cell.name, cell.toJson());
    QVERIFY(back.ok());
    QCOMPARE(back.value().kind, CohortDefinition::Kind::RetentionCell);
    QCOMPARE(members(back.value()), QStringList({"u2"}));
}

void TestCohorts::userList()
{
    CohortDefinition list;
    list.name = QStringLiteral("picked");
    list.kind = CohortDefinition::Kind::UserList;
    list.users = QStringList{"u3", "ghost", "u1"};
    QCOMPARE(members(list), QStringList({"u1", "u3"})); // in the dataset's order; unknown ids ignored
}

void TestCohorts::filters()
{
    SnapshotScope scope;
    scope.cohorts = {did("heavy", "A", 2, "2026-01-01", "2026-01-01"), funnelStep("dropped", 2, true)};
    CohortDefinition list;
    list.name = QStringLiteral("picked");
    list.kind = CohortDefinition::Kind::UserList;
    list.users = QStringList{"u3"};
    scope.cohorts.append(list);
    const auto base = test::datasetFrom(kEvents);
    const auto count = [&](const QString& filter, bool any = false) -> qint64 {
        auto conditions = AnalysisSnapshotBuilder::parseFilterText(filter);
        if (!conditions.ok())
            return -1;
        scope.filter = conditions.value();
        scope.filterAny = any;
        TaskContext context;
        const auto s = AnalysisSnapshotBuilder::scoped(base, scope, context);
        return s.ok() ? qint64(s.value().data->eventCount()) : -1;
    };
    QCOMPARE(count("cohort=heavy"), 3);        // u1's three events
    QCOMPARE(count("cohort!=heavy"), 5);       // everyone else's
    QCOMPARE(count("cohort=heavy|picked"), 4); // u1 and u3
    QCOMPARE(count("cohort=dropped"), 4);      // u2 and u4, all their events
    QCOMPARE(count("cohort=dropped; p=x"), 1);
    QCOMPARE(count("cohort=heavy; cohort=dropped"), 0);
    // Any of: u1's events, and the one event with p = x.
    QCOMPARE(count("cohort=heavy; p=x", true), 4);
    QCOMPARE(count("cohort=picked; cohort=heavy", true), 4);
    // The membership is computed over every event, not only the filtered ones: u1 stays in
    // "heavy" although the other condition keeps only their B.
    scope.filter.clear();
    QCOMPARE(count("cohort=heavy; p!?"), 3);
}

void TestCohorts::badConditions()
{
    SnapshotScope scope;
    const auto base = test::datasetFrom(kEvents);
    TaskContext context;
    for (const QString& text :
         {QStringLiteral("cohort=nobody"), QStringLiteral("cohort~x"), QStringLiteral("cohort?")}) {
        scope.filter = AnalysisSnapshotBuilder::parseFilterText(text).value();
        const auto s = AnalysisSnapshotBuilder::scoped(base, scope, context);
        QVERIFY2(!s.ok(), qPrintable(text));
        QCOMPARE(s.error().code, Error::Code::Invalid);
        QVERIFY(s.error().message.contains(text.startsWith("cohort=") ? "nobody" : "cohort"));
    }
}

void TestCohorts::storedInTheWorkspace()
{
    QTemporaryDir dir;
    auto ws = store::Workspace::open(dir.filePath("w.hcw"), store::Workspace::OpenMode::CreateIfMissing);
    QVERIFY(ws.ok());
    store::CohortStore cohorts(*ws.value());
    CohortDefinition heavy = did("heavy", "A", 2, "2026-01-01", "2026-01-01");
    heavy.didWhere = QStringList{"p=x"};
    heavy.where = QStringList{"q?"};
    CohortDefinition list;
    list.name = QStringLiteral("picked");
    list.kind = CohortDefinition::Kind::UserList;
    list.users = QStringList{"u3", "u1"};
    QVERIFY(cohorts.save(heavy).ok());
    QVERIFY(cohorts.save(funnelStep("dropped", 2, true)).ok());
    QVERIFY(cohorts.save(list).ok());
    auto all = cohorts.cohorts();
    QVERIFY(all.ok());
    QCOMPARE(all.value().size(), 3);
    QCOMPARE(all.value()[0].name, QStringLiteral("dropped")); // by name
    QCOMPARE(all.value()[0].toJson(), funnelStep("dropped", 2, true).toJson());
    QCOMPARE(all.value()[1].toJson(), heavy.toJson());
    QCOMPARE(all.value()[2].users, list.users);
    // Saving under a name in use replaces the rule.
    heavy.minCount = 5;
    QVERIFY(cohorts.save(heavy).ok());
    QCOMPARE(cohorts.cohorts().value()[1].minCount, 5);
    QVERIFY(cohorts.remove(QStringLiteral("picked")).ok());
    const auto missing = cohorts.remove(QStringLiteral("picked"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, Error::Code::Invalid);
    QCOMPARE(cohorts.cohorts().value().size(), 2);
}

QTEST_GUILESS_MAIN(TestCohorts)
#include "tst_cohorts.moc"
