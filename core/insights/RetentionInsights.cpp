#include "core/insights/RetentionInsights.h"

#include "core/analysis/engine/EngineInputs.h"
#include "core/stats/ProportionTest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace hc::insights {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::insights::RetentionInsights", text); }

constexpr qint64 kMinimumGroup = 100;
constexpr double kMarkedLift = 0.10; // opportunities: at least 10% better than the rest
constexpr qint64 kSegmentWindowDays = 28;
const QString kMethod = QStringLiteral("two_proportion_z");

struct Cohort {
    qint64 users = 0;
    qint64 retained = 0;
};

QString percent(double ratio) { return QLocale().toString(ratio * 100, 'f', 1) + QLatin1Char('%'); }

QJsonObject groupsJson(const QString& label, const QList<std::pair<QString, Cohort>>& rows)
{
    QJsonArray out;
    for (const auto& [name, c] : rows)
        out.append(QJsonObject{{QStringLiteral("label"), name},
                               {QStringLiteral("n"), c.users},
                               {QStringLiteral("rate"), c.users > 0 ? double(c.retained) / double(c.users) : 0.0}});
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("groups")},
                       {QStringLiteral("label"), label},
                       {QStringLiteral("rows"), out}};
}

// Users born in [first, last] (local days), split by a key; key -1 drops the user.
template<typename Key>
std::vector<Cohort> cohorts(const ActivitySummary& a, qint64 first, qint64 last, qint64 dataFirstDay, size_t keys,
                            Key key)
{
    std::vector<Cohort> out(keys);
    for (size_t u = 0; u < a.birthDay.size(); ++u) {
        const qint64 b = a.birthDay[u];
        if (b < first || b > last || b <= dataFirstDay)
            continue;
        const qint64 k = key(u);
        if (k < 0)
            continue;
        out[size_t(k)].users += 1;
        out[size_t(k)].retained += a.retainedWeek1[u] ? 1 : 0;
    }
    return out;
}

struct Context {
    const InsightScan& scan;
    qint64 dataFirstDay = 0;
    qint64 currentFirst = 0, currentLast = 0, previousFirst = 0, previousLast = 0;
    QString currentLabel, previousLabel;
};

QString dayText(qint64 day)
{
    return QLocale().toString(analysis::ReportingCalendar::dateOfDay(day), QLocale::ShortFormat);
}

Insight changeFinding(const Context& c, const QString& segment, const QString& segmentId, const Cohort& before,
                      const Cohort& after, const stats::ProportionTest& t)
{
    Insight i;
    i.direction = t.difference > 0 ? 1 : -1;
    i.type = i.direction > 0 ? InsightType::Success : InsightType::Risk;
    i.metric = QStringLiteral("retention_w1");
    i.t = analysis::ReportingCalendar::dateOfDay(c.scan.runLastDay).toString(Qt::ISODate);
    i.id = QStringLiteral("%1:retention_w1%2").arg(typeName(i.type), segmentId);
    i.method = kMethod;
    i.n = before.users + after.users;
    i.pValue = t.pValue;
    i.impact = std::abs(t.difference) * double(after.users);
    const QString who = segment.isEmpty() ? tr("new users") : tr("new users with %1").arg(segment);
    i.title = (i.direction > 0 ? tr("Week-1 retention of %1 rose from %2 to %3")
                               : tr("Week-1 retention of %1 fell from %2 to %3"))
                  .arg(who, percent(t.rateA), percent(t.rateB));
    i.explanation =
        tr("Of %1 users who started %2 – %3, %4 came back within a week, against %5 of %6 who started "
           "%7 – %8 (difference %9 points, 95% interval %10 to %11).")
            .arg(QLocale().toString(after.users), dayText(c.currentFirst), dayText(c.currentLast), percent(t.rateB),
                 percent(t.rateA), QLocale().toString(before.users), dayText(c.previousFirst), dayText(c.previousLast),
                 QLocale().toString(t.difference * 100, 'f', 1))
            .arg(QLocale().toString(t.low95 * 100, 'f', 1), QLocale().toString(t.high95 * 100, 'f', 1));
    i.evidence = groupsJson(tr("Week-1 retention"), {{c.previousLabel, before}, {c.currentLabel, after}});
    if (i.direction < 0)
        i.recommendations.push_back(
            {QStringLiteral("product"), tr("Compare the onboarding of the two cohorts (releases, campaigns, first-day "
                                           "events) and look at the retention view by platform and version.")});
    else
        i.recommendations.push_back({QStringLiteral("product"),
                                     tr("Find what the newer cohort met first (a release, a campaign) and keep it.")});
    i.view = QStringLiteral("retention");
    return i;
}

void scanChanges(const Context& c, const std::vector<analysis::PropertyGroups>& groups, ScanResult& out)
{
    const ActivitySummary& a = c.scan.activity;
    const auto all = [](size_t) { return qint64(0); };
    const Cohort before = cohorts(a, c.previousFirst, c.previousLast, c.dataFirstDay, 1, all)[0];
    const Cohort after = cohorts(a, c.currentFirst, c.currentLast, c.dataFirstDay, 1, all)[0];
    const auto test = [&](const QString& segment, const QString& id, const Cohort& b, const Cohort& n) {
        if (b.users < kMinimumGroup || n.users < kMinimumGroup)
            return;
        const auto t = stats::testProportions(b.retained, b.users, n.retained, n.users);
        if (t.pValue < 0.05 && t.difference != 0)
            out.findings.push_back(changeFinding(c, segment, id, b, n, t));
        else
            out.otherPValues.push_back(t.pValue);
    };
    test(QString(), QString(), before, after);
    for (const analysis::PropertyGroups& g : groups) {
        const size_t values = size_t(g.texts.size());
        const auto key = [&](size_t u) { return qint64(g.groupAt(a.birthEvent[u])); };
        const auto b = cohorts(a, c.previousFirst, c.previousLast, c.dataFirstDay, values, key);
        const auto n = cohorts(a, c.currentFirst, c.currentLast, c.dataFirstDay, values, key);
        for (size_t v = 0; v < values; ++v) {
            const QString segment = QStringLiteral("%1 = %2").arg(g.column->name, g.texts[qsizetype(v)]);
            test(segment, QStringLiteral(":%1=%2").arg(g.column->name, g.texts[qsizetype(v)]), b[v], n[v]);
        }
    }
}

Insight opportunity(const Context& c, const QString& id, const QString& title, const QString& explanation,
                    const Cohort& in, const Cohort& rest, const stats::ProportionTest& t, const QString& groupLabel,
                    const QString& inLabel, const QString& restLabel)
{
    Insight i;
    i.type = InsightType::Opportunity;
    i.direction = 1;
    i.metric = QStringLiteral("retention_w1");
    i.t = analysis::ReportingCalendar::dateOfDay(c.scan.runLastDay).toString(Qt::ISODate);
    i.id = id;
    i.method = kMethod;
    i.n = in.users + rest.users;
    i.pValue = t.pValue;
    i.impact = t.difference * double(rest.users); // users the rest would keep at the better rate
    i.title = title;
    i.explanation = explanation;
    i.evidence = groupsJson(groupLabel, {{inLabel, in}, {restLabel, rest}});
    i.view = QStringLiteral("retention");
    return i;
}

void scanSegments(const Context& c, const std::vector<analysis::PropertyGroups>& groups, qint64 first, qint64 last,
                  ScanResult& out)
{
    const ActivitySummary& a = c.scan.activity;
    for (const analysis::PropertyGroups& g : groups) {
        const size_t values = size_t(g.texts.size());
        const auto byValue = cohorts(a, first, last, c.dataFirstDay, values,
                                     [&](size_t u) { return qint64(g.groupAt(a.birthEvent[u])); });
        Cohort total;
        for (const Cohort& x : byValue) {
            total.users += x.users;
            total.retained += x.retained;
        }
        for (size_t v = 0; v < values; ++v) {
            const Cohort in = byValue[v];
            const Cohort rest{total.users - in.users, total.retained - in.retained};
            if (in.users < kMinimumGroup || rest.users < kMinimumGroup)
                continue;
            const auto t = stats::testProportions(rest.retained, rest.users, in.retained, in.users);
            if (!(t.pValue < 0.05 && t.lift && *t.lift >= kMarkedLift)) {
                out.otherPValues.push_back(t.pValue);
                continue;
            }
            const QString segment = QStringLiteral("%1 = %2").arg(g.column->name, g.texts[qsizetype(v)]);
            Insight i = opportunity(
                c, QStringLiteral("opportunity:segment_retention:%1=%2").arg(g.column->name, g.texts[qsizetype(v)]),
                tr("New users with %1 retain %2× as often as the rest")
                    .arg(segment, QLocale().toString(1 + *t.lift, 'f', 2)),
                tr("%1 of %2 new users with %3 came back within a week, against %4 of the other %5 (started %6 – "
                   "%7).")
                    .arg(percent(t.rateB), QLocale().toString(in.users), segment, percent(t.rateA),
                         QLocale().toString(rest.users), dayText(first), dayText(last)),
                in, rest, t, tr("Week-1 retention"), segment, tr("Others"));
            i.recommendations.push_back(
                {QStringLiteral("marketing"),
                 tr("Weigh acquisition toward %1 and find what the others lack.").arg(segment)});
            out.findings.push_back(i);
        }
    }
}

void scanFirstDayEvents(const Context& c, qint64 first, qint64 last, ScanResult& out)
{
    const ActivitySummary& a = c.scan.activity;
    const QStringList& names = c.scan.data.eventNames();
    for (int k = 0; k < std::min<int>(64, int(names.size())); ++k) {
        const auto split =
            cohorts(a, first, last, c.dataFirstDay, 2, [&](size_t u) { return qint64((a.birthDayNames[u] >> k) & 1); });
        const Cohort rest = split[0], did = split[1];
        const double adoption = double(did.users) / double(std::max<qint64>(1, did.users + rest.users));
        // Events (nearly) every new user does say nothing about who stays.
        if (did.users < kMinimumGroup || rest.users < kMinimumGroup || adoption > 0.9)
            continue;
        const auto t = stats::testProportions(rest.retained, rest.users, did.retained, did.users);
        if (!(t.pValue < 0.05 && t.lift && *t.lift >= kMarkedLift)) {
            out.otherPValues.push_back(t.pValue);
            continue;
        }
        const QString event = names[k];
        Insight i = opportunity(
            c, QStringLiteral("opportunity:first_day_event:%1").arg(event),
            tr("New users who %1 on their first day retain %2× as often")
                .arg(event, QLocale().toString(1 + *t.lift, 'f', 2)),
            tr("%1 of new users who did %2 on their first day came back within a week, against %3 of those who did "
               "not; only %4 of new users do it on day one. Correlation is not causation: users who do this may "
               "differ in other ways.")
                .arg(percent(t.rateB), event, percent(t.rateA), percent(adoption)),
            did, rest, t, tr("Week-1 retention"), tr("Did %1 on day one").arg(event), tr("Did not"));
        // Assume half the observed lift is causal: the test is sized for that, not for the hopeful figure.
        const double assumedLift = *t.lift / 2;
        const auto needed = stats::sampleSizePerGroup(t.rateA, assumedLift);
        i.recommendations.push_back(
            {QStringLiteral("experiment"),
             tr("Hypothesis: prompting new users to %1 on day one raises week-1 retention. Metric: week-1 retention. "
                "Sample: %2 new users per group to detect a %3% lift (half the observed one) with 80% power.")
                 .arg(event, needed ? QLocale().toString(*needed) : QStringLiteral("–"),
                      QLocale().toString(assumedLift * 100, 'f', 0))});
        i.recommendations.push_back(
            {QStringLiteral("content"), tr("Make %1 easier to find in onboarding for new users.").arg(event)});
        out.findings.push_back(i);
    }
}

} // namespace

Result<ScanResult> scanRetention(const InsightScan& scan)
{
    Context c{scan, 0, 0, 0, 0, 0, QString(), QString()};
    c.dataFirstDay = scan.calendar.localDay(scan.data.firstTimeMs());
    const qint64 length = std::max<qint64>(7, scan.runLastDay - scan.runFirstDay + 1);
    c.currentLast = scan.runLastDay - 7; // the last birth day whose week has ended
    c.currentFirst = c.currentLast - length + 1;
    c.previousLast = c.currentFirst - 1;
    c.previousFirst = c.previousLast - length + 1;
    c.currentLabel = tr("Started %1 – %2").arg(dayText(c.currentFirst), dayText(c.currentLast));
    c.previousLabel = tr("Started %1 – %2").arg(dayText(c.previousFirst), dayText(c.previousLast));
    std::vector<analysis::PropertyGroups> groups;
    for (const QString& p : scan.properties) {
        auto g = analysis::propertyGroups(scan.data, p);
        if (!g.ok())
            return g.error();
        groups.push_back(g.value());
    }
    ScanResult out;
    scanChanges(c, groups, out);
    const qint64 segmentFirst = c.currentLast - kSegmentWindowDays + 1;
    scanSegments(c, groups, segmentFirst, c.currentLast, out);
    scanFirstDayEvents(c, segmentFirst, c.currentLast, out);
    return out;
}

} // namespace hc::insights
