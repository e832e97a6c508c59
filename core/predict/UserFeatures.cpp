#include "core/predict/UserFeatures.h"

#include "core/dataset/PropertyColumnBuilder.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace hc::predict {

namespace {

constexpr qint64 kDayMs = 86400000;
constexpr qint64 kWindowMs = 30 * kDayMs;
constexpr qint64 kSessionGapMs = 30 * 60000;
constexpr int kMixNames = 8;
constexpr int kCategoryValues = 5;

std::shared_ptr<const dataset::PropertyColumn> optionalColumn(const dataset::Dataset& data, const QString& name)
{
    auto c = data.property(name);
    return c.ok() ? c.value() : nullptr;
}

// The most common values of a property over all events, for one-hot columns.
QStringList commonValues(const dataset::Dataset& data, const QString& property)
{
    const auto column = optionalColumn(data, property);
    if (!column)
        return {};
    std::vector<qint64> counts(size_t(column->values.size()), 0);
    for (size_t i = 0; i < column->codes.size(); ++i)
        if (const qint32 c = column->codes[i]; c >= 0)
            ++counts[size_t(c)];
    std::vector<int> order(counts.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return counts[size_t(a)] > counts[size_t(b)]; });
    QStringList out;
    for (int i : order)
        if (counts[size_t(i)] > 0 && out.size() < kCategoryValues && !out.contains(column->values[i]))
            out << column->values[i];
    return out;
}

} // namespace

FeatureSchema featureSchema(const dataset::Dataset& data)
{
    FeatureSchema s;
    std::vector<qint64> counts(size_t(data.eventNames().size()), 0);
    for (qint32 n : data.names())
        ++counts[size_t(n)];
    for (size_t i = 0; i < counts.size(); ++i)
        s.mixNames.push_back(qint32(i));
    std::sort(s.mixNames.begin(), s.mixNames.end(), [&](qint32 a, qint32 b) {
        return counts[size_t(a)] != counts[size_t(b)] ? counts[size_t(a)] > counts[size_t(b)] : a < b;
    });
    if (s.mixNames.size() > size_t(kMixNames))
        s.mixNames.resize(size_t(kMixNames));
    s.plans = commonValues(data, QStringLiteral("plan"));
    s.platforms = commonValues(data, QStringLiteral("platform"));
    return s;
}

Result<FeatureTable> buildUserFeatures(const dataset::Dataset& data, const FeatureSchema& schema, qint64 asOfMs,
                                       TaskContext& context)
{
    FeatureTable t;
    t.asOfMs = asOfMs;
    t.names << QStringLiteral("recency_days") << QStringLiteral("tenure_days") << QStringLiteral("events_30d")
            << QStringLiteral("active_days_30d") << QStringLiteral("sessions_30d") << QStringLiteral("revenue_30d");
    for (qint32 n : schema.mixNames)
        t.names << QStringLiteral("share:") + data.eventNames()[n];
    for (const QString& p : schema.plans)
        t.names << QStringLiteral("plan:") + p;
    for (const QString& p : schema.platforms)
        t.names << QStringLiteral("platform:") + p;
    const auto revenue = optionalColumn(data, QStringLiteral("revenue"));
    const auto plan = schema.plans.isEmpty() ? nullptr : optionalColumn(data, QStringLiteral("plan"));
    const auto platform = schema.platforms.isEmpty() ? nullptr : optionalColumn(data, QStringLiteral("platform"));
    std::vector<int> mixColumn(size_t(data.eventNames().size()), -1);
    for (size_t k = 0; k < schema.mixNames.size(); ++k)
        mixColumn[size_t(schema.mixNames[k])] = int(6 + k);
    const int planBase = 6 + int(schema.mixNames.size()), platformBase = planBase + int(schema.plans.size());

    const auto& times = data.times();
    const auto& names = data.names();
    std::vector<double> row(size_t(t.names.size()));
    std::vector<std::vector<double>> rows;
    for (int u = 0; u < data.userCount(); ++u) {
        if (context.stopRequested(u))
            return TaskContext::cancelledError();
        const size_t begin = data.userBegin(u), end = data.userEnd(u);
        if (begin == end || times[begin] >= asOfMs)
            continue; // not a user yet at the cut-off
        const size_t stop = size_t(std::lower_bound(times.begin() + qint64(begin), times.begin() + qint64(end), asOfMs)
                                   - times.begin());
        std::fill(row.begin(), row.end(), 0.0);
        row[0] = double(asOfMs - times[stop - 1]) / kDayMs;
        row[1] = double(asOfMs - times[begin]) / kDayMs;
        qint64 lastDay = -1, previous = std::numeric_limits<qint64>::min();
        QString latestPlan, latestPlatform;
        for (size_t i = begin; i < stop; ++i) {
            if (plan && plan->codes[i] >= 0)
                latestPlan = plan->values[plan->codes[i]];
            if (platform && platform->codes[i] >= 0)
                latestPlatform = platform->values[platform->codes[i]];
            if (times[i] < asOfMs - kWindowMs)
                continue;
            row[2] += 1;
            const qint64 day = times[i] / kDayMs;
            row[3] += day != lastDay ? 1 : 0;
            lastDay = day;
            row[4] += times[i] - previous > kSessionGapMs ? 1 : 0;
            previous = times[i];
            if (revenue) {
                const double r = revenue->number(i);
                row[5] += std::isnan(r) ? 0.0 : r;
            }
            if (const int c = mixColumn[size_t(names[i])]; c >= 0)
                row[size_t(c)] += 1;
        }
        for (size_t k = 0; k < schema.mixNames.size() && row[2] > 0; ++k)
            row[6 + k] /= row[2];
        if (const qsizetype p = schema.plans.indexOf(latestPlan); p >= 0)
            row[size_t(planBase + p)] = 1;
        if (const qsizetype p = schema.platforms.indexOf(latestPlatform); p >= 0)
            row[size_t(platformBase + p)] = 1;
        t.users.push_back(u);
        rows.push_back(row);
    }
    t.values.resize(Eigen::Index(rows.size()), Eigen::Index(row.size()));
    for (size_t r = 0; r < rows.size(); ++r)
        for (size_t c = 0; c < row.size(); ++c)
            t.values(Eigen::Index(r), Eigen::Index(c)) = rows[r][c];
    return t;
}

std::vector<double> activityLabels(const dataset::Dataset& data, const FeatureTable& table, qint64 horizonMs,
                                   qint32 goal)
{
    const auto& times = data.times();
    const auto& names = data.names();
    std::vector<double> y;
    y.reserve(table.users.size());
    for (int u : table.users) {
        const size_t end = data.userEnd(u);
        size_t i = size_t(
            std::lower_bound(times.begin() + qint64(data.userBegin(u)), times.begin() + qint64(end), table.asOfMs)
            - times.begin());
        double label = 0;
        for (; i < end && times[i] < table.asOfMs + horizonMs && label == 0; ++i)
            label = goal < 0 || names[i] == goal ? 1.0 : 0.0;
        y.push_back(label);
    }
    return y;
}

std::vector<double> revenueLabels(const dataset::Dataset& data, const FeatureTable& table, qint64 horizonMs)
{
    const auto revenue = optionalColumn(data, QStringLiteral("revenue"));
    const auto& times = data.times();
    std::vector<double> y;
    for (int u : table.users) {
        double sum = 0;
        const size_t end = data.userEnd(u);
        size_t i = size_t(
            std::lower_bound(times.begin() + qint64(data.userBegin(u)), times.begin() + qint64(end), table.asOfMs)
            - times.begin());
        for (; revenue && i < end && times[i] < table.asOfMs + horizonMs; ++i)
            if (const double r = revenue->number(i); !std::isnan(r))
                sum += r;
        y.push_back(sum);
    }
    return y;
}

} // namespace hc::predict
