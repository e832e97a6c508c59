#include "core/insights/ExperimentInsights.h"

#include "core/analysis/engine/EngineInputs.h"
#include "core/analysis/engine/Experiment.h"
#include "core/stats/ProportionTest.h"
#include "core/util/ProbabilityText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <numeric>
#include <optional>

namespace hc::insights {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::insights::ExperimentInsights", text); }

constexpr double kGoalShareOfEvents = 0.05;
constexpr qint64 kMinimumExposed = 100;

QString percent(double ratio) { return QLocale().toString(ratio * 100, 'f', 1) + QLatin1Char('%'); }

QJsonObject variantsJson(const analysis::ExperimentCounts& counts)
{
    QJsonArray rows;
    for (const stats::VariantCounts& v : counts.variants)
        rows.append(QJsonObject{{QStringLiteral("label"), v.value},
                                {QStringLiteral("n"), v.exposed},
                                {QStringLiteral("rate"), v.rate()}});
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("groups")},
                       {QStringLiteral("label"), tr("Conversion")},
                       {QStringLiteral("rows"), rows}};
}

Insight base(const InsightScan& scan, const QString& property, const QString& goal)
{
    Insight i;
    i.t = analysis::ReportingCalendar::dateOfDay(scan.runLastDay).toString(Qt::ISODate);
    i.view = QStringLiteral("experiments");
    i.viewQuery = QJsonObject{{QStringLiteral("property"), property}, {QStringLiteral("goal"), goal}};
    return i;
}

Insight sampleRatioFinding(const InsightScan& scan, const QString& property, const analysis::ExperimentCounts& counts,
                           const stats::ExperimentComparison& r)
{
    Insight i = base(scan, property, QString());
    i.type = InsightType::Risk;
    i.direction = -1;
    i.metric = QStringLiteral("experiment:") + property;
    i.id = QStringLiteral("risk:srm:%1").arg(property);
    i.method = QStringLiteral("chi_squared_srm");
    i.n = r.n;
    i.pValue = r.srm.pValue;
    QStringList sizes;
    for (const stats::VariantCounts& v : counts.variants)
        sizes << QStringLiteral("%1 %2").arg(v.value, QLocale().toString(v.exposed));
    const double expected = double(r.n) / double(counts.variants.size());
    double worst = 0;
    for (const stats::VariantCounts& v : counts.variants)
        worst = std::max(worst, std::abs(double(v.exposed) - expected));
    i.impact = worst;
    i.title = tr("The %1 experiment's split is uneven (sample-ratio mismatch)").arg(property);
    i.explanation = tr("Exposed users by variant: %1; an even split would give about %2 each (χ² = %3). Until the "
                       "assignment is explained, none of this experiment's results can be trusted.")
                        .arg(sizes.join(QStringLiteral(", ")), QLocale().toString(expected, 'f', 0),
                             QLocale().toString(r.srm.chi2, 'f', 1));
    i.evidence = variantsJson(counts);
    i.recommendations.push_back(
        {QStringLiteral("experiment"), tr("Check the assignment and the exposure logging of %1 (bots, redirects, a "
                                          "variant that crashes before logging) before reading its results.")
                                           .arg(property)});
    return i;
}

Insight comparisonFinding(const InsightScan& scan, const QString& property, const QString& goal,
                          const analysis::ExperimentCounts& counts, const stats::ExperimentComparison& r,
                          const stats::VariantComparison& c)
{
    Insight i = base(scan, property, goal);
    i.direction = c.difference > 0 ? 1 : -1;
    i.type = i.direction > 0 ? InsightType::Success : InsightType::Risk;
    i.metric = QStringLiteral("conversion:") + goal;
    i.id = QStringLiteral("%1:experiment:%2=%3:%4").arg(typeName(i.type), property, c.variant, goal);
    i.method = r.method;
    i.n = r.n;
    i.pValue = c.pValue;
    const stats::VariantCounts* variant = nullptr;
    const stats::VariantCounts* control = nullptr;
    for (const stats::VariantCounts& v : counts.variants) {
        if (v.value == c.variant)
            variant = &v;
        if (v.value == r.control)
            control = &v;
    }
    i.impact = std::abs(c.difference) * double(variant->exposed);
    const QString lift = c.lift ? QLocale().toString(std::abs(*c.lift) * 100, 'f', 1) + QLatin1Char('%') : QString();
    i.title = (i.direction > 0 ? tr("%1 = %2 lifts %3 by %4 over %5") : tr("%1 = %2 lowers %3 by %4 against %5"))
                  .arg(property, c.variant, goal, lift, r.control);
    i.explanation =
        tr("%1 of %2 exposed users reached %3 in %4, against %5 of %6 in %7 (difference %8 points, 95% "
           "interval %9 to %10); the probability that %4 beats %7 is %11.")
            .arg(percent(variant->rate()), QLocale().toString(variant->exposed), goal, c.variant,
                 percent(control->rate()), QLocale().toString(control->exposed), r.control,
                 QLocale().toString(c.difference * 100, 'f', 2), QLocale().toString(c.differenceLow95 * 100, 'f', 2))
            .arg(QLocale().toString(c.differenceHigh95 * 100, 'f', 2), probabilityText(c.probabilityToBeatControl));
    i.evidence = variantsJson(counts);
    if (const auto needed = c.lift ? stats::sampleSizePerGroup(control->rate(), *c.lift) : std::nullopt)
        i.recommendations.push_back(
            {QStringLiteral("experiment"),
             tr("Hypothesis: %1 changes %2 by %3. Confirming a lift of that size with 80% power takes about %4 "
                "exposed users per variant; %1 has %5.")
                 .arg(c.variant, goal, lift, QLocale().toString(*needed), QLocale().toString(variant->exposed))});
    if (i.direction > 0)
        i.recommendations.push_back(
            {QStringLiteral("product"),
             tr("Roll %1 out to everyone and keep watching %2 afterwards.").arg(c.variant, goal)});
    else
        i.recommendations.push_back(
            {QStringLiteral("product"),
             tr("Stop %1 and keep %2: it converts fewer users to %3.").arg(c.variant, r.control, goal)});
    return i;
}

} // namespace

bool looksLikeExperiment(const QString& property)
{
    static const QRegularExpression kPattern(QStringLiteral("^(exp_|ab_)|experiment|variant"),
                                             QRegularExpression::CaseInsensitiveOption);
    return kPattern.match(property).hasMatch();
}

Result<ScanResult> scanExperiments(const InsightScan& scan)
{
    ScanResult out;
    const ActivitySummary& a = scan.activity;
    std::vector<double> totals;
    for (const auto& perDay : a.events)
        totals.push_back(std::accumulate(perDay.begin(), perDay.end(), 0.0));
    const double all = std::accumulate(totals.begin(), totals.end(), 0.0);
    QStringList goals;
    for (int k = 0; k < int(totals.size()); ++k)
        if (totals[size_t(k)] > 0 && totals[size_t(k)] < kGoalShareOfEvents * all)
            goals << scan.data.eventNames()[k];
    for (const QString& property : scan.properties) {
        if (!looksLikeExperiment(property))
            continue;
        bool checkedRatio = false;
        // Every goal's counts in one pass over the users.
        analysis::ExperimentQuery q;
        q.variantProperty = property;
        q.range = analysis::TimeRange::fromDays(scan.calendar, a.firstDay, scan.runLastDay);
        std::vector<analysis::EventSpec> goalSpecs;
        for (const QString& goal : goals)
            goalSpecs.push_back(analysis::EventSpec{false, goal, {}, {}});
        const auto perGoal =
            analysis::computeExperimentCountsPerGoal(scan.data, q, goalSpecs, scan.calendar, scan.context);
        if (scan.context.isCancelled())
            return TaskContext::cancelledError();
        if (!perGoal.ok())
            continue;
        for (qsizetype k = 0; k < goals.size(); ++k) {
            const QString& goal = goals[k];
            const analysis::ExperimentCounts& counts = perGoal.value()[size_t(k)];
            if (counts.variants.size() < 2 || counts.variants.size() > 6)
                break; // not an experiment after all
            // Posterior draws only reach a finding's text: the tests run on a single draw, and a
            // goal with a finding to write is compared again with every draw (same seed, same
            // numbers as before). Most goals have none, and the draws were a tenth of a run.
            auto r = stats::compareVariants(counts.variants, QString(), scan.seed, 1);
            if (!r.ok())
                break;
            std::optional<stats::ExperimentComparison> drawn;
            const auto withDraws = [&]() -> const stats::ExperimentComparison& {
                if (!drawn)
                    drawn = stats::compareVariants(counts.variants, QString(), scan.seed).value();
                return *drawn;
            };
            if (!checkedRatio) {
                checkedRatio = true;
                if (r.value().srm.mismatch)
                    out.findings.push_back(sampleRatioFinding(scan, property, counts, withDraws()));
                else
                    out.otherPValues.push_back(r.value().srm.pValue);
            }
            for (size_t j = 0; j < r.value().comparisons.size(); ++j) {
                const stats::VariantComparison& c = r.value().comparisons[j];
                qint64 exposed = 0, converted = 0;
                for (const auto& v : counts.variants) {
                    exposed = std::min(exposed == 0 ? v.exposed : exposed, v.exposed);
                    converted += v.converted;
                }
                // Goals nobody or everybody reaches, and tiny arms, test nothing.
                if (exposed < kMinimumExposed || converted == 0 || converted >= r.value().n * 95 / 100)
                    continue;
                if (c.pValue < 0.05)
                    out.findings.push_back(
                        comparisonFinding(scan, property, goal, counts, withDraws(), withDraws().comparisons[j]));
                else
                    out.otherPValues.push_back(c.pValue);
            }
        }
    }
    return out;
}

} // namespace hc::insights
