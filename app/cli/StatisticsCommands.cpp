#include "app/cli/StatisticsCommands.h"

#include "app/cli/CliExitCode.h"
#include "app/cli/SeriesInput.h"
#include "core/stats/AnomalyDetection.h"
#include "core/stats/Correlation.h"
#include "core/stats/HoltWinters.h"
#include "core/stats/TrendTest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace hc::cli {

namespace {

const QString kCausationNote = QStringLiteral(
    "Correlation is not causation: a shared cause, the calendar or chance can move two metrics together.");

QJsonValue optional(const std::optional<double>& v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null); }

QString direction(int d)
{
    return d > 0 ? QStringLiteral("up") : d < 0 ? QStringLiteral("down") : QStringLiteral("none");
}

// Prepares a series command; false: return `code`.
bool prepareSeries(CliSession& session, const QStringList& args, stats::TimeSeries& series, int& code)
{
    SeriesInput::addOptions(session);
    if (!session.parse(args)) {
        code = session.exitCode();
        return false;
    }
    return SeriesInput().build(session, series, code);
}

} // namespace

int runAnomaliesCommand(const QStringList& args)
{
    CliSession session(QStringLiteral("anomalies"),
                       QStringLiteral("--db PATH (--event E|--any) [--measure M] [--interval day|hour] --from DATE "
                                      "--to DATE [--detector seasonal|zscore|iqr] [--threshold Z] [--simulate] | "
                                      "--series FILE"),
                       QStringLiteral("Which points of a series are unusual, against a robust seasonal baseline."));
    session.parser().addOption(
        {QStringLiteral("detector"), QStringLiteral("seasonal (default), zscore or iqr."), QStringLiteral("D")});
    session.parser().addOption({QStringLiteral("threshold"),
                                QStringLiteral("|z| that counts as an anomaly (default 3)."), QStringLiteral("Z")});
    session.parser().addOption(
        {QStringLiteral("simulate"), QStringLiteral("Judge every point only on the points before it.")});
    stats::TimeSeries series;
    int code = 0;
    if (!prepareSeries(session, args, series, code))
        return code;
    stats::AnomalyOptions o;
    const QString detector = session.parser().value(QStringLiteral("detector"));
    if (detector == QLatin1String("zscore"))
        o.detector = stats::AnomalyDetector::ZScore;
    else if (detector == QLatin1String("iqr"))
        o.detector = stats::AnomalyDetector::Iqr;
    else if (!detector.isEmpty() && detector != QLatin1String("seasonal"))
        return session.usageError(QStringLiteral("--detector takes seasonal, zscore or iqr"));
    if (session.parser().isSet(QStringLiteral("threshold"))) {
        bool ok = false;
        o.threshold = session.parser().value(QStringLiteral("threshold")).toDouble(&ok);
        if (!ok || o.threshold <= 0)
            return session.usageError(QStringLiteral("--threshold takes a number above 0"));
    }
    o.simulate = session.parser().isSet(QStringLiteral("simulate"));
    const auto result = stats::detectAnomalies(series, o);
    if (!result.ok())
        return session.failOrUsage(result.error());
    const auto& r = result.value();
    if (session.json()) {
        QJsonArray points;
        for (const auto& p : r.points)
            points.append(
                QJsonObject{{QStringLiteral("t"), p.t},
                            {QStringLiteral("value"), p.value},
                            {QStringLiteral("expected"), optional(p.expected)},
                            {QStringLiteral("lower"), optional(p.lower)},
                            {QStringLiteral("upper"), optional(p.upper)},
                            {QStringLiteral("z"), optional(p.z)},
                            {QStringLiteral("anomaly"), p.anomaly},
                            {QStringLiteral("direction"),
                             p.direction == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(direction(p.direction))}});
        session.printJson(QJsonObject{{QStringLiteral("method"), r.method},
                                      {QStringLiteral("n"), r.n},
                                      {QStringLiteral("threshold"), o.threshold},
                                      {QStringLiteral("anomalies"), r.anomalies},
                                      {QStringLiteral("points"), points}});
        return Success;
    }
    const QLocale l;
    session.out() << r.anomalies << " anomalies among " << r.n << " judged points (" << r.method
                  << ", |z| >= " << l.toString(o.threshold) << ")\n";
    for (const auto& p : r.points)
        if (p.anomaly)
            session.out() << "  " << p.t.leftJustified(16) << ' ' << l.toString(p.value, 'f', 2).rightJustified(12)
                          << "  expected " << l.toString(*p.expected, 'f', 2) << "  z " << l.toString(*p.z, 'f', 1)
                          << (p.direction > 0 ? "  above" : "  below") << '\n';
    session.out().flush();
    return Success;
}

int runTrendTestCommand(const QStringList& args)
{
    CliSession session(QStringLiteral("trend-test"),
                       QStringLiteral("--db PATH (--event E|--any) [--measure M] [--interval day|hour] --from DATE "
                                      "--to DATE | --series FILE"),
                       QStringLiteral("Whether a series rises or falls (Mann-Kendall, Sen's slope) and where its "
                                      "level shifted."));
    stats::TimeSeries series;
    int code = 0;
    if (!prepareSeries(session, args, series, code))
        return code;
    const auto result = stats::testTrend(series);
    if (!result.ok())
        return session.failOrUsage(result.error());
    const auto& r = result.value();
    if (session.json()) {
        QJsonArray changes;
        for (const auto& c : r.changePoints)
            changes.append(QJsonObject{{QStringLiteral("t"), c.t},
                                       {QStringLiteral("before"), c.before},
                                       {QStringLiteral("after"), c.after}});
        session.printJson(QJsonObject{{QStringLiteral("method"), r.method},
                                      {QStringLiteral("n"), r.n},
                                      {QStringLiteral("s"), r.s},
                                      {QStringLiteral("tau"), r.tau},
                                      {QStringLiteral("z"), r.z},
                                      {QStringLiteral("p_value"), r.pValue},
                                      {QStringLiteral("sen_slope"), r.senSlope},
                                      {QStringLiteral("direction"), direction(r.direction)},
                                      {QStringLiteral("change_points"), changes}});
        return Success;
    }
    const QLocale l;
    session.out() << "Trend over " << r.n << " periods: " << direction(r.direction) << " (Mann-Kendall tau "
                  << l.toString(r.tau, 'f', 3) << ", p = " << l.toString(r.pValue, 'g', 3) << "), Sen's slope "
                  << l.toString(r.senSlope, 'f', 3) << " per period\n";
    for (const auto& c : r.changePoints)
        session.out() << "  level shift at " << c.t << ": " << l.toString(c.before, 'f', 2) << " -> "
                      << l.toString(c.after, 'f', 2) << '\n';
    session.out().flush();
    return Success;
}

int runForecastCommand(const QStringList& args)
{
    CliSession session(QStringLiteral("forecast"),
                       QStringLiteral("--db PATH (--event E|--any) [--measure M] [--interval day|hour] --from DATE "
                                      "--to DATE --horizon H | --series FILE --horizon H"),
                       QStringLiteral("The next H periods (additive Holt-Winters, weekly or daily season) with 80% and "
                                      "95% intervals and a backtest against last season's values."));
    session.parser().addOption(
        {QStringLiteral("horizon"), QStringLiteral("Periods to forecast (default 14)."), QStringLiteral("H")});
    session.parser().addOption({QStringLiteral("seasonality"),
                                QStringLiteral("Points per season: 7 for days, 24 for hours."), QStringLiteral("N")});
    stats::TimeSeries series;
    int code = 0;
    if (!prepareSeries(session, args, series, code))
        return code;
    qint64 horizon = 14;
    if (session.parser().isSet(QStringLiteral("horizon"))
        && !session.integerOption(QStringLiteral("horizon"), 1, 1000, horizon))
        return session.exitCode();
    if (session.parser().isSet(QStringLiteral("seasonality"))
        && session.parser().value(QStringLiteral("seasonality")) != QString::number(series.season()))
        return session.usageError(
            QStringLiteral("--seasonality is %1 for this series (7 for daily, 24 for hourly)").arg(series.season()));
    const auto result = stats::forecastSeries(series, int(horizon));
    if (!result.ok())
        return session.failOrUsage(result.error());
    const auto& r = result.value();
    const auto& b = r.backtest;
    if (session.json()) {
        QJsonArray points;
        for (const auto& p : r.points)
            points.append(QJsonObject{{QStringLiteral("t"), p.t},
                                      {QStringLiteral("value"), p.value},
                                      {QStringLiteral("lower80"), p.lower80},
                                      {QStringLiteral("upper80"), p.upper80},
                                      {QStringLiteral("lower95"), p.lower95},
                                      {QStringLiteral("upper95"), p.upper95}});
        session.printJson(QJsonObject{
            {QStringLiteral("method"), r.method},
            {QStringLiteral("n"), r.n},
            {QStringLiteral("confidence"), 0.95},
            {QStringLiteral("alpha"), r.model.alpha},
            {QStringLiteral("beta"), r.model.beta},
            {QStringLiteral("gamma"), r.model.gamma},
            {QStringLiteral("points"), points},
            {QStringLiteral("backtest"), QJsonObject{{QStringLiteral("mape"), b.mape},
                                                     {QStringLiteral("smape"), b.smape},
                                                     {QStringLiteral("origins"), b.origins},
                                                     {QStringLiteral("baseline_mape"), b.baselineMape},
                                                     {QStringLiteral("beats_baseline"), b.beatsBaseline}}}});
        return Success;
    }
    const QLocale l;
    session.out() << "Forecast (Holt-Winters additive, alpha " << l.toString(r.model.alpha, 'f', 2) << ", beta "
                  << l.toString(r.model.beta, 'f', 2) << ", gamma " << l.toString(r.model.gamma, 'f', 2) << ")\n";
    for (const auto& p : r.points)
        session.out() << "  " << p.t.leftJustified(16) << ' ' << l.toString(p.value, 'f', 1).rightJustified(12)
                      << "   80% " << l.toString(p.lower80, 'f', 1) << " to " << l.toString(p.upper80, 'f', 1)
                      << "   95% " << l.toString(p.lower95, 'f', 1) << " to " << l.toString(p.upper95, 'f', 1) << '\n';
    session.out() << "Backtest over " << b.origins << " origins: MAPE " << l.toString(b.mape, 'f', 1)
                  << "%, last season's values " << l.toString(b.baselineMape, 'f', 1) << "%"
                  << (b.beatsBaseline ? "" : " - the forecast does NOT beat repeating last season") << '\n';
    session.out().flush();
    return Success;
}

int runCorrelateCommand(const QStringList& args)
{
    CliSession session(QStringLiteral("correlate"),
                       QStringLiteral("--db PATH --event E --event F [--event G]... --from DATE --to DATE "
                                      "[--max-lag 7] [--method pearson|spearman] [--interval day|hour]"),
                       QStringLiteral("How the daily counts of events move together, at lags of up to N periods."));
    AnalysisInputs::addRangeOptions(session.parser());
    session.parser().addOption(
        {QStringLiteral("event"), QStringLiteral("An event (repeat: two or more)."), QStringLiteral("E")});
    session.parser().addOption(
        {QStringLiteral("max-lag"), QStringLiteral("Largest lag in periods (default 7)."), QStringLiteral("N")});
    session.parser().addOption(
        {QStringLiteral("method"), QStringLiteral("pearson (default) or spearman."), QStringLiteral("M")});
    session.parser().addOption(
        {QStringLiteral("interval"), QStringLiteral("day (default) or hour."), QStringLiteral("I")});
    if (!session.parse(args))
        return session.exitCode();
    const QStringList events = session.parser().values(QStringLiteral("event"));
    if (events.size() < 2)
        return session.usageError(QStringLiteral("correlate needs two or more --event"));
    qint64 maxLag = 7;
    if (session.parser().isSet(QStringLiteral("max-lag"))
        && !session.integerOption(QStringLiteral("max-lag"), 0, 60, maxLag))
        return session.exitCode();
    const QString methodText = session.parser().value(QStringLiteral("method"));
    if (!methodText.isEmpty() && methodText != QLatin1String("pearson") && methodText != QLatin1String("spearman"))
        return session.usageError(QStringLiteral("--method takes pearson or spearman"));
    const auto method = methodText == QLatin1String("spearman") ? stats::CorrelationMethod::Spearman
                                                                : stats::CorrelationMethod::Pearson;
    int code = 0;
    AnalysisInputs in;
    if (!in.prepare(session, code))
        return code;
    std::vector<stats::TimeSeries> series;
    for (const QString& name : events) {
        analysis::EventSpec spec;
        spec.name = name;
        in.warnIfUnknown(session, spec);
        auto s = SeriesInput::eventSeries(in, spec,
                                          session.parser().value(QStringLiteral("interval")) == QLatin1String("hour"));
        if (!s.ok())
            return session.fail(s.error());
        series.push_back(s.value());
    }
    QJsonArray pairs;
    const QLocale l;
    for (size_t a = 0; a < series.size(); ++a) {
        for (size_t b = a + 1; b < series.size(); ++b) {
            for (int lag = -int(maxLag); lag <= int(maxLag); ++lag) {
                const auto c = stats::correlate(series[a].values, series[b].values, method, lag);
                if (!c.ok())
                    continue; // too few pairs at this lag, or a constant side: nothing to report
                const auto& r = c.value();
                pairs.append(QJsonObject{{QStringLiteral("a"), events[qsizetype(a)]},
                                         {QStringLiteral("b"), events[qsizetype(b)]},
                                         {QStringLiteral("lag"), r.lag},
                                         {QStringLiteral("r"), r.r},
                                         {QStringLiteral("p_value"), r.pValue},
                                         {QStringLiteral("n"), r.n}});
                if (!session.json())
                    session.out() << events[qsizetype(a)] << " ~ " << events[qsizetype(b)] << " lag " << lag << ": r "
                                  << l.toString(r.r, 'f', 3) << ", p " << l.toString(r.pValue, 'g', 3) << ", n " << r.n
                                  << '\n';
            }
        }
    }
    if (session.json()) {
        session.printJson(
            QJsonObject{{QStringLiteral("method"), methodText.isEmpty() ? QStringLiteral("pearson") : methodText},
                        {QStringLiteral("n"), qint64(series.front().size())},
                        {QStringLiteral("note"), kCausationNote},
                        {QStringLiteral("pairs"), pairs}});
        return Success;
    }
    session.out() << kCausationNote << '\n';
    session.out().flush();
    return Success;
}

} // namespace hc::cli
