#include "app/cli/ExperimentCommands.h"

#include "app/cli/AnalysisInputs.h"
#include "app/cli/CliExitCode.h"
#include "core/analysis/engine/Attribution.h"
#include "core/analysis/engine/Experiment.h"
#include "core/analysis/query/EscapedText.h"
#include "core/analysis/query/QueryOptions.h"
#include "core/util/TimeParsing.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace hc::cli {

namespace {

analysis::EventSpec eventNamed(const QString& raw)
{
    analysis::EventSpec spec;
    spec.anyEvent = analysis::isAnyEvent(raw);
    spec.name = analysis::unescape(raw);
    return spec;
}

bool durationOption(CliSession& session, const QString& name, qint64& ms, int& code)
{
    if (!session.parser().isSet(name))
        return true;
    const auto parsed = time::parseDurationMs(session.parser().value(name));
    if (!parsed || *parsed <= 0) {
        code = session.usageError(QStringLiteral("--%1 takes a duration such as 30d, 12h or 3600").arg(name));
        return false;
    }
    ms = *parsed;
    return true;
}

QJsonObject comparisonJson(const stats::VariantComparison& c)
{
    return QJsonObject{{QStringLiteral("variant"), c.variant},
                       {QStringLiteral("lift"), c.lift ? QJsonValue(*c.lift) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("diff"), c.difference},
                       {QStringLiteral("diff_ci95"), QJsonArray{c.differenceLow95, c.differenceHigh95}},
                       {QStringLiteral("z"), c.z},
                       {QStringLiteral("p_value"), c.pValue},
                       {QStringLiteral("prob_beat_control"), c.probabilityToBeatControl},
                       {QStringLiteral("expected_loss"), c.expectedLoss}};
}

} // namespace

int runExperimentCommand(const QStringList& args)
{
    CliSession session(QStringLiteral("experiment"),
                       QStringLiteral("--db PATH --variant-property P --goal E --from DATE --to DATE [--control V] "
                                      "[--exposure E] [--where COND]..."),
                       QStringLiteral("Compares the variants of a property on the share of exposed users who reach a "
                                      "goal: z-test, Bayesian probability to beat control, sample-ratio check."));
    AnalysisInputs::addRangeOptions(session.parser());
    session.addOptions(AnalysisInputs::whereSpecs());
    session.parser().addOption(
        {QStringLiteral("variant-property"), QStringLiteral("The property naming the variant."), QStringLiteral("P")});
    session.parser().addOption({QStringLiteral("goal"), QStringLiteral("The conversion event."), QStringLiteral("E")});
    session.parser().addOption({QStringLiteral("control"),
                                QStringLiteral("The control variant (default: the largest)."), QStringLiteral("V")});
    session.parser().addOption({QStringLiteral("exposure"),
                                QStringLiteral("The exposure event (default: any event carrying the property)."),
                                QStringLiteral("E")});
    if (!session.parse(args))
        return session.exitCode();
    analysis::ExperimentQuery q;
    q.variantProperty = session.parser().value(QStringLiteral("variant-property"));
    if (q.variantProperty.isEmpty() || !session.parser().isSet(QStringLiteral("goal")))
        return session.usageError(QStringLiteral("--variant-property and --goal are required"));
    q.goal = eventNamed(session.parser().value(QStringLiteral("goal")));
    if (session.parser().isSet(QStringLiteral("exposure")))
        q.exposure = eventNamed(session.parser().value(QStringLiteral("exposure")));
    const auto where = session.options(AnalysisInputs::whereSpecs()).conditions(QStringLiteral("where"));
    if (!where.ok())
        return session.usageError(where.error().message);
    q.where = where.value();
    int code = 0;
    AnalysisInputs in;
    if (!in.prepare(session, code))
        return code;
    q.range = in.range;
    const auto counts = analysis::computeExperimentCounts(*in.data, q, *in.calendar);
    if (!counts.ok())
        return session.failOrUsage(counts.error());
    const auto compared =
        stats::compareVariants(counts.value().variants, session.parser().value(QStringLiteral("control")));
    if (!compared.ok())
        return session.failOrUsage(compared.error());
    const auto& r = compared.value();
    if (session.json()) {
        QJsonArray variants, comparisons;
        for (const auto& v : counts.value().variants)
            variants.append(QJsonObject{{QStringLiteral("value"), v.value},
                                        {QStringLiteral("exposed"), v.exposed},
                                        {QStringLiteral("converted"), v.converted},
                                        {QStringLiteral("rate"), v.rate()}});
        for (const auto& c : r.comparisons)
            comparisons.append(comparisonJson(c));
        session.printJson(
            QJsonObject{{QStringLiteral("method"), r.method},
                        {QStringLiteral("n"), r.n},
                        {QStringLiteral("confidence"), 0.95},
                        {QStringLiteral("control"), r.control},
                        {QStringLiteral("variants"), variants},
                        {QStringLiteral("comparisons"), comparisons},
                        {QStringLiteral("srm"), QJsonObject{{QStringLiteral("chi2"), r.srm.chi2},
                                                            {QStringLiteral("p_value"), r.srm.pValue},
                                                            {QStringLiteral("mismatch"), r.srm.mismatch}}},
                        {QStringLiteral("mde"),
                         r.minimumDetectableLift ? QJsonValue(*r.minimumDetectableLift) : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("mixed"), counts.value().mixed}});
        return Success;
    }
    const QLocale l;
    session.out() << "Variants of " << q.variantProperty << " (control: " << r.control << ")\n";
    for (const auto& v : counts.value().variants)
        session.out() << "  " << v.value.leftJustified(20) << l.toString(v.exposed).rightJustified(10) << " exposed "
                      << l.toString(v.converted).rightJustified(10) << " converted "
                      << l.toString(100 * v.rate(), 'f', 2).rightJustified(7) << "%\n";
    for (const auto& c : r.comparisons)
        session.out() << "  " << c.variant << " vs " << r.control << ": lift "
                      << (c.lift ? l.toString(100 * *c.lift, 'f', 1) + QLatin1Char('%') : QStringLiteral("–")) << ", p "
                      << l.toString(c.pValue, 'g', 3) << ", P(beats control) "
                      << l.toString(100 * c.probabilityToBeatControl, 'f', 1) << "%\n";
    if (r.srm.mismatch)
        session.out() << "  Warning: sample-ratio mismatch (chi2 " << l.toString(r.srm.chi2, 'f', 1) << ", p "
                      << l.toString(r.srm.pValue, 'g', 2) << "): the split is not even; check the assignment.\n";
    if (counts.value().mixed > 0)
        session.out() << "  " << l.toString(counts.value().mixed) << " users saw more than one variant.\n";
    session.out().flush();
    return Success;
}

int runAttributionCommand(const QStringList& args)
{
    CliSession session(
        QStringLiteral("attribution"),
        QStringLiteral("--db PATH --goal E --touch-property P --from DATE --to DATE [--lookback 30d] "
                       "[--model first|last|linear|time_decay|position] [--half-life 7d]"),
        QStringLiteral("Credits each goal event to the values of a touchpoint property seen before it."));
    AnalysisInputs::addRangeOptions(session.parser());
    session.addOptions(AnalysisInputs::whereSpecs());
    session.parser().addOption({QStringLiteral("goal"), QStringLiteral("The conversion event."), QStringLiteral("E")});
    session.parser().addOption({QStringLiteral("touch-property"),
                                QStringLiteral("The touchpoint property (e.g. utm_source)."), QStringLiteral("P")});
    session.parser().addOption(
        {QStringLiteral("lookback"), QStringLiteral("How far back touches count (default 30d)."), QStringLiteral("D")});
    session.parser().addOption({QStringLiteral("model"),
                                QStringLiteral("first, last (default), linear, time_decay or position."),
                                QStringLiteral("M")});
    session.parser().addOption(
        {QStringLiteral("half-life"), QStringLiteral("time_decay's half-life (default 7d)."), QStringLiteral("D")});
    if (!session.parse(args))
        return session.exitCode();
    analysis::AttributionQuery q;
    if (!session.parser().isSet(QStringLiteral("goal")) || !session.parser().isSet(QStringLiteral("touch-property")))
        return session.usageError(QStringLiteral("--goal and --touch-property are required"));
    q.goal = eventNamed(session.parser().value(QStringLiteral("goal")));
    q.touchProperty = session.parser().value(QStringLiteral("touch-property"));
    const QString model = session.parser().value(QStringLiteral("model"));
    const QList<std::pair<QString, analysis::AttributionModel>> models = {
        {QStringLiteral("first"), analysis::AttributionModel::First},
        {QStringLiteral("last"), analysis::AttributionModel::Last},
        {QStringLiteral("linear"), analysis::AttributionModel::Linear},
        {QStringLiteral("time_decay"), analysis::AttributionModel::TimeDecay},
        {QStringLiteral("position"), analysis::AttributionModel::Position}};
    bool known = model.isEmpty();
    for (const auto& [name, m] : models)
        if (name == model) {
            q.model = m;
            known = true;
        }
    if (!known)
        return session.usageError(QStringLiteral("--model takes first, last, linear, time_decay or position"));
    int code = 0;
    if (!durationOption(session, QStringLiteral("lookback"), q.lookbackMs, code)
        || !durationOption(session, QStringLiteral("half-life"), q.halfLifeMs, code))
        return code;
    const auto where = session.options(AnalysisInputs::whereSpecs()).conditions(QStringLiteral("where"));
    if (!where.ok())
        return session.usageError(where.error().message);
    q.where = where.value();
    AnalysisInputs in;
    if (!in.prepare(session, code))
        return code;
    q.range = in.range;
    const auto result = analysis::computeAttribution(*in.data, q, *in.calendar);
    if (!result.ok())
        return session.failOrUsage(result.error());
    const auto& r = result.value();
    if (session.json()) {
        QJsonArray credits;
        for (const auto& c : r.credits)
            credits.append(QJsonObject{{QStringLiteral("value"), c.value}, {QStringLiteral("credit"), c.credit}});
        session.printJson(QJsonObject{{QStringLiteral("method"), QString(QStringLiteral("attribution_") + r.model)},
                                      {QStringLiteral("model"), r.model},
                                      {QStringLiteral("n"), r.conversions},
                                      {QStringLiteral("conversions"), r.conversions},
                                      {QStringLiteral("attributed"), r.attributed},
                                      {QStringLiteral("credits"), credits}});
        return Success;
    }
    const QLocale l;
    session.out() << l.toString(r.conversions) << " conversions, " << l.toString(r.attributed)
                  << " with a touch in the lookback (" << r.model << " model)\n";
    for (const auto& c : r.credits)
        session.out() << "  " << (c.value.isEmpty() ? QStringLiteral("(none)") : c.value).leftJustified(24)
                      << l.toString(c.credit, 'f', 2).rightJustified(12) << "  "
                      << l.toString(r.attributed ? 100 * c.credit / double(r.attributed) : 0.0, 'f', 1) << "%\n";
    session.out().flush();
    return Success;
}

} // namespace hc::cli
