#include "app/cli/SeriesInput.h"

#include "core/analysis/engine/Trend.h"
#include "core/analysis/query/TrendOptions.h"
#include "core/stats/SeriesFile.h"

namespace hc::cli {

namespace {

Result<stats::TimeSeries> trendSeries(const AnalysisInputs& in, const analysis::TrendQuery& query)
{
    const auto trend = analysis::computeTrend(*in.data, query, *in.calendar);
    if (!trend.ok())
        return trend.error();
    return stats::TimeSeries::fromTrend(trend.value(), query.interval == analysis::Interval::Hour);
}

} // namespace

void SeriesInput::addOptions(CliSession& session)
{
    AnalysisInputs::addRangeOptions(session.parser());
    session.addOptions(analysis::TrendOptions::measureSpecs());
    session.parser().addOption(
        {QStringLiteral("interval"), QStringLiteral("day (default) or hour."), QStringLiteral("I")});
    session.parser().addOption({QStringLiteral("series"),
                                QStringLiteral("Read the series from a CSV file (time,value) instead."),
                                QStringLiteral("FILE")});
}

bool SeriesInput::build(CliSession& session, stats::TimeSeries& series, int& exitCode)
{
    const auto& p = session.parser();
    if (p.isSet(QStringLiteral("series"))) {
        auto read = stats::readSeriesCsv(p.value(QStringLiteral("series")));
        if (!read.ok()) {
            exitCode = session.failOrUsage(read.error());
            return false;
        }
        series = read.value();
        return true;
    }
    const QString interval = p.value(QStringLiteral("interval"));
    if (!interval.isEmpty() && interval != QLatin1String("day") && interval != QLatin1String("hour")) {
        exitCode = session.usageError(QStringLiteral("--interval takes day or hour"));
        return false;
    }
    analysis::TrendQuery q;
    q.interval = interval == QLatin1String("hour") ? analysis::Interval::Hour : analysis::Interval::Day;
    const auto measure = analysis::TrendOptions::parseMeasure(session.options(analysis::TrendOptions::measureSpecs()),
                                                              q.event, q.measure, q.measureProperty);
    if (!measure.ok()) {
        exitCode = session.usageError(measure.error().message);
        return false;
    }
    AnalysisInputs in;
    if (!in.prepare(session, exitCode))
        return false;
    in.warnIfUnknown(session, q.event);
    q.range = in.range;
    auto s = trendSeries(in, q);
    if (!s.ok()) {
        exitCode = session.fail(s.error());
        return false;
    }
    series = s.value();
    return true;
}

Result<stats::TimeSeries> SeriesInput::eventSeries(const AnalysisInputs& in, const analysis::EventSpec& event,
                                                   bool hourly)
{
    analysis::TrendQuery q;
    q.event = event;
    q.interval = hourly ? analysis::Interval::Hour : analysis::Interval::Day;
    q.range = in.range;
    return trendSeries(in, q);
}

} // namespace hc::cli
