#include "core/analysis/engine/Attribution.h"

#include "core/analysis/engine/EngineInputs.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <map>

namespace hc::analysis {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::analysis::Attribution", text); }

struct Touch {
    qint64 time;
    qint32 value;
};

// The weights of a conversion's touches (oldest first), summing to 1.
void weigh(const std::vector<Touch>& touches, qint64 goalTime, const AttributionQuery& q, std::vector<double>& w)
{
    const size_t n = touches.size();
    w.assign(n, 0.0);
    switch (q.model) {
    case AttributionModel::First:
        w.front() = 1;
        return;
    case AttributionModel::Last:
        w.back() = 1;
        return;
    case AttributionModel::Linear:
        std::fill(w.begin(), w.end(), 1.0 / double(n));
        return;
    case AttributionModel::TimeDecay: {
        double sum = 0;
        for (size_t i = 0; i < n; ++i)
            sum += w[i] = std::exp2(-double(goalTime - touches[i].time) / double(q.halfLifeMs));
        for (double& x : w)
            x /= sum;
        return;
    }
    case AttributionModel::Position:
        if (n == 1) {
            w[0] = 1;
        } else if (n == 2) {
            w[0] = w[1] = 0.5;
        } else {
            w.front() = w.back() = 0.4;
            for (size_t i = 1; i + 1 < n; ++i)
                w[i] = 0.2 / double(n - 2);
        }
        return;
    }
}

} // namespace

QString attributionModelName(AttributionModel model)
{
    switch (model) {
    case AttributionModel::First:
        return QStringLiteral("first");
    case AttributionModel::Last:
        return QStringLiteral("last");
    case AttributionModel::Linear:
        return QStringLiteral("linear");
    case AttributionModel::TimeDecay:
        return QStringLiteral("time_decay");
    case AttributionModel::Position:
        return QStringLiteral("position");
    }
    return QString();
}

Result<AttributionResult> computeAttribution(const dataset::Dataset& data, const AttributionQuery& q,
                                             const ReportingCalendar&, TaskContext& context)
{
    if (q.lookbackMs <= 0 || q.halfLifeMs <= 0)
        return makeError(Error::Code::Invalid, tr("The lookback and the half-life must be longer than 0."));
    auto goal = compileGoal(data, q.goal);
    if (!goal.ok())
        return goal.error();
    auto global = EventMatcher::compile(data, EventSpec{true, QString(), q.where, {}});
    if (!global.ok())
        return global.error();
    auto touches = propertyGroups(data, q.touchProperty);
    if (!touches.ok())
        return touches.error();
    const PropertyGroups& g = touches.value();
    const QStringList& texts = g.texts;
    const auto& times = data.times();
    const bool filtered = global.value().hasConditions();
    std::vector<double> credit(size_t(texts.size()), 0.0), weights;
    std::vector<Touch> window;
    AttributionResult r;
    r.model = attributionModelName(q.model);
    for (int u = 0; u < data.userCount(); ++u) {
        if (context.stopRequested(u))
            return TaskContext::cancelledError();
        const size_t begin = data.userBegin(u), end = data.userEnd(u);
        size_t first = begin; // the oldest event that can still be a touch of the next goal
        for (size_t i = begin; i < end && times[i] < q.range.endMs; ++i) {
            if (times[i] < q.range.startMs || !goal.value().matches(i)
                || (filtered && !global.value().conditionsHold(i)))
                continue;
            ++r.conversions;
            const qint64 from = times[i] - q.lookbackMs;
            while (first < end && times[first] < from)
                ++first;
            window.clear();
            for (size_t j = first; j < end && times[j] <= times[i]; ++j)
                if (const qint32 v = g.groupAt(j); j != i && v >= 0 && (!filtered || global.value().conditionsHold(j)))
                    window.push_back(Touch{times[j], v});
            if (window.empty())
                continue;
            ++r.attributed;
            weigh(window, times[i], q, weights);
            for (size_t k = 0; k < window.size(); ++k)
                credit[size_t(window[k].value)] += weights[k];
        }
    }
    for (qsizetype v = 0; v < texts.size(); ++v)
        if (credit[size_t(v)] > 0)
            r.credits.push_back(AttributionCredit{texts[v], credit[size_t(v)]});
    std::sort(r.credits.begin(), r.credits.end(), [](const auto& a, const auto& b) {
        return a.credit != b.credit ? a.credit > b.credit : a.value < b.value;
    });
    return r;
}

} // namespace hc::analysis
