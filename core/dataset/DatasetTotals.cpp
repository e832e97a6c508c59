#include "core/dataset/DatasetTotals.h"

#include <QDateTime>

#include <algorithm>

namespace hc::dataset {

void addDatasetTotals(const Dataset& data, int topEventCount, store::WorkspaceSummary& summary)
{
    summary.events = qint64(data.eventCount());
    summary.users = data.userCount();
    summary.from = QDate();
    summary.to = QDate();
    summary.topEvents.clear();
    if (data.isEmpty())
        return;
    const QTimeZone zone(summary.timezone.toUtf8());
    summary.from = QDateTime::fromMSecsSinceEpoch(data.firstTimeMs(), zone).date();
    summary.to = QDateTime::fromMSecsSinceEpoch(data.lastTimeMs(), zone).date();
    std::vector<qint64> counts(size_t(data.eventNames().size()), 0);
    for (const qint32 name : data.names())
        ++counts[size_t(name)];
    std::vector<int> order(counts.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    // As the SQL orders them: most frequent first, then by name.
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return counts[size_t(a)] != counts[size_t(b)] ? counts[size_t(a)] > counts[size_t(b)]
                                                      : data.eventNames()[a] < data.eventNames()[b];
    });
    for (const int i : order) {
        if (summary.topEvents.size() >= topEventCount || counts[size_t(i)] == 0)
            break;
        summary.topEvents.append(store::EventCount{data.eventNames()[i], counts[size_t(i)]});
    }
}

} // namespace hc::dataset
