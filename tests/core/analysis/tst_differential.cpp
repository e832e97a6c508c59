// Differential test: on thousands of small random datasets, funnel, retention and DAU/WAU/MAU results equal
// a deliberately naive second implementation written only for this test (exhaustive search
// over event choices, QDateTime for every bucket; no streams, no greedy choices, no caches).
#include "core/analysis/engine/ActiveUsers.h"
#include "core/analysis/engine/Funnel.h"
#include "core/analysis/engine/Retention.h"
#include "core/dataset/DatasetBuilder.h"
#include "core/demo/DemoRandom.h"

#include <QtTest>

#include <functional>
#include <set>

using namespace hc;
using namespace hc::analysis;

namespace {

struct Ev {
    QString user;
    QString name;
    qint64 time;
};

const QDateTime kStart(QDate(2026, 3, 6), QTime(0, 0), QTimeZone::utc()); // spans the US clock change of Mar 8

std::vector<Ev> randomEvents(demo::DemoRandom& rng, bool distinctTimes)
{
    std::vector<Ev> out;
    const int users = 1 + int(rng.below(5));
    std::set<qint64> used;
    for (int u = 0; u < users; ++u) {
        const int n = int(rng.below(9));
        for (int i = 0; i < n; ++i) {
            // Half-hour steps, sometimes shifted by whole minutes: ties and gaps exactly equal to a
            // window both happen often.
            qint64 t = kStart.toMSecsSinceEpoch() + rng.below(6 * 48) * 1800000
                       + (rng.chance(0.3) ? rng.below(30) * 60000 : 0);
            if (distinctTimes)
                while (!used.insert(t).second)
                    t += 1000;
            out.push_back(Ev{QStringLiteral("u%1").arg(u), QString(QChar(u'A' + int(rng.below(3)))), t});
        }
    }
    return out;
}

std::shared_ptr<const dataset::Dataset> build(const std::vector<Ev>& events, const QTimeZone& zone)
{
    dataset::DatasetBuilder b;
    for (const Ev& e : events)
        b.add(e.user, e.name, e.time);
    dataset::DatasetSettings s;
    s.zone = zone;
    return b.build(s);
}

std::map<QString, std::vector<Ev>> byUser(const std::vector<Ev>& events)
{
    std::map<QString, std::vector<Ev>> m;
    for (const Ev& e : events)
        m[e.user].push_back(e);
    for (auto& [u, v] : m)
        std::stable_sort(v.begin(), v.end(), [](const Ev& a, const Ev& b) { return a.time < b.time; });
    return m;
}

bool stepMatches(const QString& step, const Ev& e) { return step == QLatin1String("*") || step == e.name; }

// Furthest step an ordered attempt from anchor `a` can reach, by trying every choice of events.
int naiveOrdered(const std::vector<Ev>& ev, size_t a, const QStringList& steps, qint64 window, qint64 limitEnd)
{
    int best = 1;
    std::vector<bool> used(ev.size(), false);
    used[a] = true;
    std::function<void(int, qint64)> extend = [&](int j, qint64 previous) {
        best = std::max(best, j);
        if (j == steps.size())
            return;
        for (size_t x = 0; x < ev.size(); ++x) {
            if (used[x] || !stepMatches(steps[j], ev[x]) || ev[x].time < previous || ev[x].time - ev[a].time > window
                || ev[x].time >= limitEnd)
                continue;
            used[x] = true;
            extend(j + 1, ev[x].time);
            used[x] = false;
        }
    };
    extend(1, ev[a].time);
    return best;
}

// Strict: the steps must be the very next events of the stream (times here are distinct).
int naiveStrict(const std::vector<Ev>& ev, size_t a, const QStringList& steps, qint64 window, qint64 limitEnd)
{
    int reached = 1;
    for (size_t x = a + 1; x < ev.size() && reached < steps.size(); ++x) {
        if (!stepMatches(steps[reached], ev[x]) || ev[x].time - ev[a].time > window || ev[x].time >= limitEnd)
            break;
        ++reached;
    }
    return reached;
}

// Unordered: the most distinct steps distinct events in [t, t + W] can cover (every assignment tried).
int naiveUnordered(const std::vector<Ev>& ev, size_t a, const QStringList& steps, qint64 window, qint64 limitEnd)
{
    std::vector<size_t> inWindow;
    for (size_t x = 0; x < ev.size(); ++x)
        if (ev[x].time >= ev[a].time && ev[x].time - ev[a].time <= window && ev[x].time < limitEnd)
            inWindow.push_back(x);
    int best = 0;
    std::vector<bool> used(ev.size(), false);
    std::function<void(int, int)> assign = [&](int step, int covered) {
        best = std::max(best, covered);
        if (step == steps.size())
            return;
        assign(step + 1, covered); // leave this step uncovered
        for (size_t x : inWindow) {
            if (used[x] || !stepMatches(steps[step], ev[x]))
                continue;
            used[x] = true;
            assign(step + 1, covered + 1);
            used[x] = false;
        }
    };
    assign(0, 0);
    return best;
}

QList<qint64> naiveFunnel(const std::vector<Ev>& events, const QStringList& steps, FunnelOrder order, bool firstOnly,
                          bool allSteps, qint64 window, qint64 from, qint64 to)
{
    QList<qint64> counts(steps.size(), 0);
    for (const auto& [user, ev] : byUser(events)) {
        int result = 0;
        for (size_t a = 0; a < ev.size(); ++a) {
            const bool anchor =
                order == FunnelOrder::Unordered
                    ? std::any_of(steps.begin(), steps.end(), [&](const QString& s) { return stepMatches(s, ev[a]); })
                    : stepMatches(steps[0], ev[a]);
            if (!anchor || ev[a].time < from || ev[a].time >= to)
                continue;
            const qint64 limitEnd = allSteps ? to : std::numeric_limits<qint64>::max();
            const int r = order == FunnelOrder::Ordered  ? naiveOrdered(ev, a, steps, window, limitEnd)
                          : order == FunnelOrder::Strict ? naiveStrict(ev, a, steps, window, limitEnd)
                                                         : naiveUnordered(ev, a, steps, window, limitEnd);
            result = std::max(result, r);
            if (firstOnly)
                break;
        }
        for (int j = 0; j < result; ++j)
            ++counts[j];
    }
    return counts;
}

// Calendar period index of an instant, straight from QDateTime: days since kStart's local date,
// or weeks (Monday starts) since the week holding it.
qint64 naivePeriod(qint64 ms, const QTimeZone& zone, bool weeks)
{
    const QDate local = QDateTime::fromMSecsSinceEpoch(ms, zone).date();
    const QDate origin(2026, 3, 2); // a Monday before every generated event
    const qint64 days = origin.daysTo(local);
    return weeks ? days / 7 : days;
}

} // namespace

class TestDifferential : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void funnelsAgree();
    void retentionAgrees();
    void activeUsersAgree();
};

void TestDifferential::funnelsAgree()
{
    demo::DemoRandom rng(2026);
    const QStringList stepSets[] = {{"A", "B"}, {"A", "B", "C"}, {"A", "*", "B"}, {"A", "A"}, {"B", "A", "C"}};
    const qint64 windows[] = {30 * 60000LL, 6 * 3600000LL, 86400000LL, 3 * 86400000LL};
    for (int round = 0; round < 3000; ++round) {
        const FunnelOrder order = FunnelOrder(rng.below(3));
        const auto events = randomEvents(rng, order == FunnelOrder::Strict);
        const QStringList steps = stepSets[rng.below(5)];
        FunnelQuery q;
        for (const QString& s : steps)
            q.steps.push_back(EventSpec{s == QLatin1String("*"), s, {}, {}});
        q.order = order;
        q.attempts = rng.chance(0.3) ? FunnelAttempts::First : FunnelAttempts::Best;
        q.rangeScope = rng.chance(0.3) ? FunnelRangeScope::AllSteps : FunnelRangeScope::FirstStep;
        q.windowMs = windows[rng.below(4)];
        q.range.startMs = kStart.toMSecsSinceEpoch() + rng.below(2) * 86400000;
        q.range.endMs = q.range.startMs + (1 + rng.below(4)) * 86400000;
        const auto r = computeFunnel(*build(events, QTimeZone::utc()), q, ReportingCalendar(QTimeZone::utc(), 1));
        QVERIFY(r.ok());
        QList<qint64> got;
        for (const auto& s : r.value().steps)
            got.append(s.count);
        const QList<qint64> expected =
            naiveFunnel(events, steps, order, q.attempts == FunnelAttempts::First,
                        q.rangeScope == FunnelRangeScope::AllSteps, q.windowMs, q.range.startMs, q.range.endMs);
        if (got != expected) {
            QString dump;
            for (const Ev& e : events)
                dump += QStringLiteral("%1@%2:%3 ")
                            .arg(e.user)
                            .arg((e.time - kStart.toMSecsSinceEpoch()) / 1000)
                            .arg(e.name);
            qWarning("round %d order %d steps %s: %s", round, int(order), qPrintable(steps.join(u',')),
                     qPrintable(dump));
        }
        QCOMPARE(got, expected);
    }
}

void TestDifferential::retentionAgrees()
{
    demo::DemoRandom rng(7);
    const QTimeZone zones[] = {QTimeZone::utc(), QTimeZone("America/New_York"), QTimeZone("Asia/Kolkata")};
    for (int round = 0; round < 2000; ++round) {
        const auto events = randomEvents(rng, false);
        const QTimeZone zone = zones[rng.below(3)];
        const bool weeks = rng.chance(0.3);
        RetentionQuery q;
        q.start = EventSpec{false, QStringLiteral("A"), {}, {}};
        q.returning = EventSpec{rng.chance(0.2), QStringLiteral("B"), {}, {}};
        q.mode = rng.chance(0.5) ? RetentionMode::Recurring : RetentionMode::FirstTime;
        q.bracket = rng.chance(0.5) ? RetentionBracket::OnOrAfter : RetentionBracket::On;
        q.minOccurrences = 1 + int(rng.below(2));
        q.period = weeks ? Interval::Week : Interval::Day;
        q.periods = 4;
        const ReportingCalendar cal(zone, 1);
        const qint64 firstDay = ReportingCalendar::dayNumber(QDate(2026, 3, 6)) + rng.below(2);
        q.range = TimeRange::fromDays(cal, firstDay, firstDay + 1 + rng.below(3));
        const auto r = computeRetention(*build(events, zone), q, cal);
        QVERIFY(r.ok());

        // Naive: rows are the period indexes from the one holding `from` to the one holding `to`.
        const qint64 firstRow = naivePeriod(q.range.startMs, zone, weeks);
        const qint64 lastRow = naivePeriod(q.range.endMs - 1, zone, weeks);
        std::map<qint64, std::pair<qint64, std::vector<qint64>>> expected; // row -> size, retained
        for (qint64 row = firstRow; row <= lastRow; ++row)
            expected[row] = {0, std::vector<qint64>(4, 0)};
        for (const auto& [user, ev] : byUser(events)) {
            std::set<qint64> cohortRows;
            for (const Ev& e : ev) {
                if (e.name != QLatin1String("A"))
                    continue;
                const qint64 p = naivePeriod(e.time, zone, weeks);
                if (q.mode == RetentionMode::FirstTime) {
                    if (p >= firstRow && p <= lastRow)
                        cohortRows.insert(p);
                    break; // only the first A ever
                }
                if (p >= firstRow && p <= lastRow)
                    cohortRows.insert(p);
            }
            for (qint64 row : cohortRows) {
                auto& [size, retained] = expected[row];
                ++size;
                ++retained[0];
                for (int k = 1; k < 4; ++k) {
                    bool qualifies = false;
                    for (int later = k; later < 4 && !qualifies; ++later) {
                        int n = 0;
                        for (const Ev& e : ev)
                            if ((q.returning.anyEvent || e.name == QLatin1String("B"))
                                && naivePeriod(e.time, zone, weeks) == row + later)
                                ++n;
                        qualifies = n >= q.minOccurrences;
                        if (q.bracket == RetentionBracket::On)
                            break;
                    }
                    if (qualifies)
                        ++retained[size_t(k)];
                }
            }
        }
        const auto& cohorts = r.value().overall.cohorts;
        QCOMPARE(qint64(cohorts.size()), lastRow - firstRow + 1);
        for (qint64 row = firstRow; row <= lastRow; ++row) {
            const auto& c = cohorts[size_t(row - firstRow)];
            QCOMPARE(c.size, expected[row].first);
            QCOMPARE(c.retained, expected[row].second);
        }
    }
}

void TestDifferential::activeUsersAgree()
{
    demo::DemoRandom rng(11);
    const QTimeZone zones[] = {QTimeZone::utc(), QTimeZone("America/New_York"), QTimeZone("Australia/Lord_Howe")};
    const QDate origin(2026, 2, 1); // the range below crosses the March clock changes
    for (int round = 0; round < 500; ++round) {
        const QTimeZone zone = zones[rng.below(3)];
        std::vector<Ev> events;
        const int users = 1 + int(rng.below(6));
        for (int u = 0; u < users; ++u) {
            const int n = int(rng.below(25));
            // Clustered days so that runs, gaps shorter and longer than 7 and 30 days all occur.
            const qint64 base = rng.below(90);
            for (int i = 0; i < n; ++i) {
                const qint64 day = base + rng.below(rng.chance(0.5) ? 10 : 80);
                const qint64 t = QDateTime(origin.addDays(day), QTime(0, 0), zone).toMSecsSinceEpoch()
                                 + rng.below(24 * 60) * 60000 + (rng.chance(0.1) ? -1 : 0);
                events.push_back(Ev{QStringLiteral("u%1").arg(u), QStringLiteral("A"), t});
            }
        }
        const ReportingCalendar cal(zone, 1);
        const qint64 firstDay = ReportingCalendar::dayNumber(origin) + 20 + rng.below(60);
        const TimeRange range = TimeRange::fromDays(cal, firstDay, firstDay + rng.below(100));
        const auto got = computeActiveUsers(*build(events, zone), ActiveUsersQuery{range}, cal).value();
        QCOMPARE(qint64(got.size()), range.lastDay - range.firstDay + 1);

        // Naive: each user's set of local dates from QDateTime, then a look at every window.
        std::map<QString, std::set<QDate>> daysOf;
        for (const Ev& e : events)
            daysOf[e.user].insert(QDateTime::fromMSecsSinceEpoch(e.time, zone).date());
        for (const ActiveUsersDay& d : got) {
            const QDate date = origin.addDays(d.day - ReportingCalendar::dayNumber(origin));
            auto activeWithin = [&](int span) {
                qint64 n = 0;
                for (const auto& [user, days] : daysOf) {
                    const auto it = days.lower_bound(date.addDays(-(span - 1)));
                    n += it != days.end() && *it <= date ? 1 : 0;
                }
                return n;
            };
            QCOMPARE(d.dau, activeWithin(1));
            QCOMPARE(d.wau, activeWithin(7));
            QCOMPARE(d.mau, activeWithin(30));
        }
    }
}

QTEST_GUILESS_MAIN(TestDifferential)
#include "tst_differential.moc"
