#include "app/cli/FunnelCommand.h"

#include "app/cli/AnalysisInputs.h"
#include "app/cli/CliExitCode.h"
#include "core/analysis/query/FunnelOptions.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace hc::cli {

namespace {

QJsonArray histogramJson(const std::vector<analysis::ConversionTimeBucket>& buckets)
{
    QJsonArray out;
    for (const auto& b : buckets)
        out.append(
            QJsonObject{{QStringLiteral("up_to_seconds"), b.upToSeconds ? QJsonValue(*b.upToSeconds) : QJsonValue()},
                        {QStringLiteral("count"), b.count}});
    return out;
}

} // namespace

int runFunnelCommand(const QStringList& args)
{
    CliSession session(QStringLiteral("funnel"),
                       QStringLiteral("--db PATH --steps 'A,B,C' --from DATE --to DATE [options]"),
                       QStringLiteral("Conversion through ordered, strict or unordered steps."));
    AnalysisInputs::addRangeOptions(session.parser());
    session.addOptions(analysis::FunnelOptions::specs());
    if (!session.parse(args))
        return session.exitCode();
    const auto parsed = analysis::FunnelOptions::parse(session.options(analysis::FunnelOptions::specs()));
    if (!parsed.ok())
        return session.usageError(parsed.error().message);
    analysis::FunnelQuery q = parsed.value();

    int code = 0;
    AnalysisInputs in;
    if (!in.prepareFunnel(session, q, code))
        return code;
    const auto result = analysis::computeFunnel(*in.data, q, *in.calendar);
    if (!result.ok())
        return session.failOrUsage(result.error());
    const auto& r = result.value();
    if (session.json()) {
        QJsonArray steps;
        for (const auto& s : r.steps)
            steps.append(QJsonObject{
                {QStringLiteral("seconds_histogram"), histogramJson(s.timeToConvert)},
                {QStringLiteral("event"), s.event},
                {QStringLiteral("count"), s.count},
                {QStringLiteral("conversion_from_start"), s.conversionFromStart},
                {QStringLiteral("conversion_from_previous"), s.conversionFromPrevious},
                {QStringLiteral("median_seconds_from_previous"), jsonNumber(s.medianSecondsFromPrevious, false)},
                {QStringLiteral("mean_seconds_from_previous"), jsonNumber(s.meanSecondsFromPrevious, false)}});
        QJsonArray breakdown;
        for (const auto& b : r.breakdown) {
            QJsonArray counts;
            for (qint64 c : b.counts)
                counts.append(c);
            breakdown.append(QJsonObject{{QStringLiteral("value"), b.value}, {QStringLiteral("counts"), counts}});
        }
        QJsonObject document{{QStringLiteral("steps"), steps}, {QStringLiteral("breakdown"), breakdown}};
        if (q.overTime) {
            QJsonArray overTime;
            for (const auto& row : r.overTime) {
                QJsonArray counts;
                for (qint64 c : row.counts)
                    counts.append(c);
                overTime.append(
                    QJsonObject{{QStringLiteral("t"), row.period.label}, {QStringLiteral("counts"), counts}});
            }
            document.insert(QStringLiteral("over_time"), overTime);
        }
        session.printJson(document);
        return Success;
    }
    const QLocale l;
    const auto percent = [&l](double ratio) { return QString(l.toString(100 * ratio, 'f', 1) + QLatin1Char('%')); };
    QTextStream& out = session.out();
    out << "step                          users    from start  from previous  median time\n";
    for (size_t j = 0; j < r.steps.size(); ++j) {
        const auto& s = r.steps[j];
        out << QStringLiteral("%1. %2").arg(j + 1).arg(s.event).leftJustified(26) << ' '
            << l.toString(s.count).rightJustified(9) << ' ' << percent(s.conversionFromStart).rightJustified(12) << ' '
            << percent(s.conversionFromPrevious).rightJustified(14) << ' '
            << (s.medianSecondsFromPrevious
                    ? QString(l.toString(*s.medianSecondsFromPrevious / 60, 'f', 1) + QStringLiteral(" min"))
                    : QStringLiteral("–"))
                   .rightJustified(12)
            << '\n';
    }
    for (const auto& b : r.breakdown) {
        out << "  " << (b.value.isEmpty() ? QStringLiteral("(none)") : b.value) << ':';
        for (qint64 c : b.counts)
            out << ' ' << l.toString(c);
        out << '\n';
    }
    out.flush();
    return Success;
}

} // namespace hc::cli
