#include "core/analysis/engine/FunnelCorrelation.h"

#include "core/analysis/engine/EngineInputs.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <boost/math/distributions/normal.hpp>
#include <cmath>

namespace hc::analysis {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::analysis::FunnelCorrelation", text); }

constexpr double kZ975 = 1.959963984540054;

// a: converted with, b: not converted with, c: converted without, d: not converted without.
FunnelCorrelationFactor table(qint64 a, qint64 b, qint64 c, qint64 d)
{
    FunnelCorrelationFactor f;
    f.successCount = a;
    f.failureCount = b;
    double A = double(a), B = double(b), C = double(c), D = double(d);
    if (a == 0 || b == 0 || c == 0 || d == 0) {
        A += 0.5;
        B += 0.5;
        C += 0.5;
        D += 0.5;
    }
    const double logOr = std::log((A * D) / (B * C));
    const double se = std::sqrt(1 / A + 1 / B + 1 / C + 1 / D);
    f.oddsRatio = std::exp(logOr);
    f.low95 = std::exp(logOr - kZ975 * se);
    f.high95 = std::exp(logOr + kZ975 * se);
    f.pValue = 2 * boost::math::cdf(boost::math::complement(boost::math::normal(), std::abs(logOr / se)));
    return f;
}

} // namespace

Result<FunnelCorrelationResult> correlateFunnel(const dataset::Dataset& data, const FunnelQuery& query,
                                                const QStringList& properties, const ReportingCalendar& calendar,
                                                int minUsers, TaskContext& context)
{
    FunnelQuery q = query;
    q.counting = FunnelCounting::Uniques;
    q.keepUserResults = true;
    q.breakdown.clear();
    q.overTime.reset();
    const auto funnel = computeFunnel(data, q, calendar, context);
    if (!funnel.ok())
        return funnel.error();
    const std::vector<qint8>& reached = funnel.value().reachedByUser;
    const int k = int(q.steps.size());
    FunnelCorrelationResult r;
    r.note = tr("Correlation is not causation: users who do these things may differ in other ways that explain "
                "their conversion.");
    std::vector<char> isStep(size_t(data.eventNames().size()), 0);
    for (const EventSpec& s : q.steps)
        if (!s.anyEvent && data.nameIndex(s.name) >= 0)
            isStep[size_t(data.nameIndex(s.name))] = 1;
    auto first = EventMatcher::compile(data, q.steps.front());
    if (!first.ok())
        return first.error();
    std::vector<PropertyGroups> columns;
    for (const QString& p : properties) {
        auto g = propertyGroups(data, p);
        if (!g.ok())
            return g.error();
        columns.push_back(g.value());
    }
    // Per factor: [converted with it, entered but not converted with it].
    const size_t names = size_t(data.eventNames().size());
    std::vector<std::array<qint64, 2>> byEvent(names, {0, 0});
    std::vector<std::vector<std::array<qint64, 2>>> byValue(properties.size());
    for (size_t p = 0; p < byValue.size(); ++p)
        byValue[p].assign(size_t(columns[p].texts.size()), {0, 0});
    std::vector<char> seen(names);
    const auto& times = data.times();
    const auto& eventNames = data.names();
    for (int u = 0; u < data.userCount(); ++u) {
        if (context.stopRequested(u))
            return TaskContext::cancelledError();
        if (reached[size_t(u)] == 0)
            continue;
        const int outcome = reached[size_t(u)] == k ? 0 : 1;
        ++r.n;
        r.converted += outcome == 0 ? 1 : 0;
        std::fill(seen.begin(), seen.end(), 0);
        bool entered = false;
        for (size_t i = data.userBegin(u); i < data.userEnd(u); ++i) {
            if (!q.range.contains(times[i]))
                continue;
            seen[size_t(eventNames[i])] = 1;
            if (!entered && first.value().matches(i)) {
                entered = true;
                for (size_t p = 0; p < columns.size(); ++p)
                    if (const qint32 v = columns[p].groupAt(i); v >= 0)
                        ++byValue[p][size_t(v)][size_t(outcome)];
            }
        }
        for (size_t n = 0; n < names; ++n)
            if (seen[n] && !isStep[n])
                ++byEvent[n][size_t(outcome)];
    }
    const qint64 failed = r.n - r.converted;
    const auto add = [&](const QString& kind, const QString& name, const QString& value,
                         const std::array<qint64, 2>& with) {
        if (with[0] + with[1] < minUsers || with[0] + with[1] == r.n)
            return; // too rare to judge, or everyone has it (nothing to compare with)
        FunnelCorrelationFactor f = table(with[0], with[1], r.converted - with[0], failed - with[1]);
        f.kind = kind;
        f.name = name;
        f.value = value;
        r.factors.push_back(f);
    };
    for (size_t n = 0; n < names; ++n)
        add(QStringLiteral("event"), data.eventNames()[qsizetype(n)], QString(), byEvent[n]);
    for (size_t p = 0; p < columns.size(); ++p)
        for (qsizetype v = 0; v < columns[p].texts.size(); ++v)
            add(QStringLiteral("property"), properties[qsizetype(p)], columns[p].texts[v], byValue[p][size_t(v)]);
    std::sort(r.factors.begin(), r.factors.end(), [](const auto& a, const auto& b) {
        if (a.pValue != b.pValue)
            return a.pValue < b.pValue;
        return std::abs(std::log(a.oddsRatio)) > std::abs(std::log(b.oddsRatio));
    });
    return r;
}

} // namespace hc::analysis
