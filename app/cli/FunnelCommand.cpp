#include "app/cli/FunnelCommand.h"

#include "app/cli/AnalysisInputs.h"
#include "app/cli/CliExitCode.h"
#include "core/analysis/EscapedText.h"
#include "core/analysis/Funnel.h"
#include "core/util/TimeParsing.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace hc::cli {

namespace {

// "N:REST" with N a 1-based index within [1, max].
bool splitIndexed(const QString& text, int max, int& index, QString& rest)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    bool ok = false;
    index = text.left(colon).toInt(&ok);
    rest = text.mid(colon + 1);
    return ok && index >= 1 && index <= max;
}

QJsonArray histogramJson(const std::vector<analysis::ConversionTimeBucket>& buckets)
{
    QJsonArray out;
    for (const auto& b : buckets)
        out.append(QJsonObject{{QStringLiteral("up_to_seconds"), b.upToSeconds ? QJsonValue(*b.upToSeconds) : QJsonValue()},
                               {QStringLiteral("count"), b.count}});
    return out;
}

} // namespace

int runFunnelCommand(const QStringList& args)
{
    CliSession session(QStringLiteral("funnel"),
                       QStringLiteral("--db PATH --steps 'A,B,C' --from DATE --to DATE [options]"),
                       QStringLiteral("Conversion through ordered, strict or unordered steps."));
    auto& p = session.parser();
    AnalysisInputs::addRangeOptions(p);
    const auto opt = [&](const char* name, const char* help, const char* value = nullptr) {
        if (value)
            p.addOption({QString::fromLatin1(name), QString::fromLatin1(help), QString::fromLatin1(value)});
        else
            p.addOption({QString::fromLatin1(name), QString::fromLatin1(help)});
    };
    opt("steps", "Comma-separated step events; * is any event (backslash escapes).", "STEPS");
    opt("window", "Conversion window: 30m, 1h, 7d, 2w or seconds (default 7d).", "DURATION");
    opt("order", "ordered (default), strict or unordered.", "ORDER");
    opt("attempts", "best (default) or first.", "ATTEMPTS");
    opt("range-scope", "first-step (default) or all-steps.", "SCOPE");
    opt("count", "uniques (default) or totals.", "COUNT");
    opt("step-where", "N:COND, a condition on step N (repeatable).", "N:COND");
    opt("where", "A condition on every event (repeatable).", "COND");
    opt("where-any", "Conditions of which every event must meet at least one (repeatable).", "COND");
    opt("exclude", "E:A:B, exclude event E between steps A and B (repeatable).", "E:A:B");
    opt("exclude-where", "K:COND, a condition on the K-th --exclude (repeatable).", "K:COND");
    opt("hold", "Hold this property constant across an attempt's steps.", "PROP");
    opt("breakdown", "Split the funnel by this property.", "PROP");
    opt("attribution", "step1 (default), first_touch, last_touch, all_events or step:N.", "ATTRIBUTION");
    opt("over-time", "Also the funnel per entry day, week or month.", "INTERVAL");
    if (!session.parse(args))
        return session.exitCode();

    analysis::FunnelQuery q;
    if (!p.isSet(QStringLiteral("steps")) || p.value(QStringLiteral("steps")).isEmpty())
        return session.usageError(QStringLiteral("--steps 'A,B,...' is required"));
    for (const QString& raw : analysis::splitEscaped(p.value(QStringLiteral("steps")), QLatin1Char(','))) {
        if (raw.isEmpty())
            return session.usageError(QStringLiteral("--steps has an empty step name"));
        q.steps.push_back(AnalysisInputs::eventSpec(raw));
    }
    const int k = int(q.steps.size());
    if (k > 32)
        return session.usageError(QStringLiteral("--steps takes at most 32 steps"));
    if (p.isSet(QStringLiteral("window"))) {
        const auto w = time::parseDurationMs(p.value(QStringLiteral("window")));
        if (!w || *w < 1000 || *w > 366LL * 86400000)
            return session.usageError(QStringLiteral("--window takes a duration from 1 s to 366 days, like 30m, 1h, 7d"));
        q.windowMs = *w;
    }
    const QString order = p.value(QStringLiteral("order"));
    if (order == QLatin1String("strict"))
        q.order = analysis::FunnelOrder::Strict;
    else if (order == QLatin1String("unordered"))
        q.order = analysis::FunnelOrder::Unordered;
    else if (!order.isEmpty() && order != QLatin1String("ordered"))
        return session.usageError(QStringLiteral("--order takes ordered, strict or unordered"));
    const QString attempts = p.value(QStringLiteral("attempts"));
    if (attempts == QLatin1String("first"))
        q.attempts = analysis::FunnelAttempts::First;
    else if (!attempts.isEmpty() && attempts != QLatin1String("best"))
        return session.usageError(QStringLiteral("--attempts takes best or first"));
    const QString scope = p.value(QStringLiteral("range-scope"));
    if (scope == QLatin1String("all-steps"))
        q.rangeScope = analysis::FunnelRangeScope::AllSteps;
    else if (!scope.isEmpty() && scope != QLatin1String("first-step"))
        return session.usageError(QStringLiteral("--range-scope takes first-step or all-steps"));
    const QString count = p.value(QStringLiteral("count"));
    if (count == QLatin1String("totals"))
        q.counting = analysis::FunnelCounting::Totals;
    else if (!count.isEmpty() && count != QLatin1String("uniques"))
        return session.usageError(QStringLiteral("--count takes uniques or totals"));

    int code = 0;
    if (!AnalysisInputs::conditions(session, QStringLiteral("where"), q.where, code)
        || !AnalysisInputs::conditions(session, QStringLiteral("where-any"), q.whereAny, code))
        return code;
    QString error;
    for (const QString& sw : p.values(QStringLiteral("step-where"))) {
        int n = 0;
        QString rest;
        if (!splitIndexed(sw, k, n, rest))
            return session.usageError(QStringLiteral("--step-where takes N:COND with N from 1 to %1").arg(k));
        const auto c = analysis::parseCondition(rest, error);
        if (!c)
            return session.usageError(error);
        q.steps[size_t(n - 1)].where.push_back(*c);
    }
    for (const QString& ex : p.values(QStringLiteral("exclude"))) {
        const QStringList parts = analysis::splitEscaped(ex, QLatin1Char(':'));
        bool okA = false, okB = false;
        analysis::FunnelExclusion e;
        if (parts.size() == 3) {
            e.event = AnalysisInputs::eventSpec(parts[0]);
            e.fromStep = parts[1].toInt(&okA);
            e.toStep = parts[2].toInt(&okB);
        }
        if (parts.size() != 3 || parts[0].isEmpty() || !okA || !okB || e.fromStep < 1 || e.toStep > k
            || e.fromStep >= e.toStep)
            return session.usageError(
                QStringLiteral("--exclude takes E:A:B with steps 1 <= A < B <= %1, got “%2”").arg(k).arg(ex));
        q.exclusions.push_back(e);
    }
    for (const QString& xw : p.values(QStringLiteral("exclude-where"))) {
        int n = 0;
        QString rest;
        if (!splitIndexed(xw, int(q.exclusions.size()), n, rest))
            return session.usageError(QStringLiteral("--exclude-where takes K:COND naming one of the --exclude options"));
        const auto c = analysis::parseCondition(rest, error);
        if (!c)
            return session.usageError(error);
        q.exclusions[size_t(n - 1)].event.where.push_back(*c);
    }
    q.hold = p.value(QStringLiteral("hold"));
    q.breakdown = p.value(QStringLiteral("breakdown"));
    const QString attribution = p.value(QStringLiteral("attribution"));
    if (!attribution.isEmpty() && q.breakdown.isEmpty())
        return session.usageError(QStringLiteral("--attribution only has a meaning with --breakdown"));
    if (attribution.isEmpty() || attribution == QLatin1String("step1"))
        q.attribution = analysis::FunnelAttribution::Step1;
    else if (attribution == QLatin1String("first_touch"))
        q.attribution = analysis::FunnelAttribution::FirstTouch;
    else if (attribution == QLatin1String("last_touch"))
        q.attribution = analysis::FunnelAttribution::LastTouch;
    else if (attribution == QLatin1String("all_events"))
        q.attribution = analysis::FunnelAttribution::AllEvents;
    else if (attribution.startsWith(QLatin1String("step:"))) {
        bool ok = false;
        q.attribution = analysis::FunnelAttribution::StepN;
        q.attributionStep = attribution.mid(5).toInt(&ok);
        if (!ok || q.attributionStep < 1 || q.attributionStep > k)
            return session.usageError(QStringLiteral("--attribution step:N needs N from 1 to %1").arg(k));
    } else {
        return session.usageError(
            QStringLiteral("--attribution takes step1, first_touch, last_touch, all_events or step:N"));
    }

    if (p.isSet(QStringLiteral("over-time"))) {
        analysis::Interval interval;
        if (!analysis::intervalFromName(p.value(QStringLiteral("over-time")), interval))
            return session.usageError(QStringLiteral("--over-time takes hour, day, week or month"));
        q.overTime = interval;
    }

    AnalysisInputs in;
    if (!in.prepare(session, code))
        return code;
    q.range = in.range;
    for (const auto& s : q.steps)
        in.warnIfUnknown(session, s);
    const auto result = analysis::computeFunnel(*in.data, q, *in.calendar);
    if (!result.ok())
        return result.error().code == Error::Code::Invalid ? session.usageError(result.error().message)
                                                            : session.fail(result.error());
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
                overTime.append(QJsonObject{{QStringLiteral("t"), row.period.label}, {QStringLiteral("counts"), counts}});
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
            << l.toString(s.count).rightJustified(9) << ' '
            << percent(s.conversionFromStart).rightJustified(12) << ' '
            << percent(s.conversionFromPrevious).rightJustified(14) << ' '
            << (s.medianSecondsFromPrevious ? QString(l.toString(*s.medianSecondsFromPrevious / 60, 'f', 1) + QStringLiteral(" min"))
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
