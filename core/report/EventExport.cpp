#include "core/report/EventExport.h"

#include <QDateTime>

#include <optional>

namespace hc::report {

std::optional<NewestEvents> newestSelectedEvents(const dataset::Dataset& data, const EventSelection& selection,
                                                 size_t maxRows, TaskContext& context)
{
    constexpr qint64 kSlices = 1 << 16;
    const analysis::TimeRange& range = selection.range;
    const qint64 span = std::max<qint64>(1, range.endMs - range.startMs);
    const auto sliceOf = [&](qint64 t) { return size_t((t - range.startMs) * kSlices / span); };
    std::vector<quint32> perSlice(size_t(kSlices), 0);
    NewestEvents out;
    if (!visitSelectedEvents(data, selection, context, [&](size_t p) {
            ++perSlice[sliceOf(data.times()[p])];
            ++out.matching;
            return true;
        }))
        return std::nullopt;
    size_t firstSlice = size_t(kSlices), kept = 0;
    while (firstSlice > 0 && kept < maxRows)
        kept += perSlice[--firstSlice];
    std::vector<std::pair<qint64, quint32>> hits;
    hits.reserve(kept);
    EventSelection newest = selection;
    newest.range.startMs = range.startMs + qint64(firstSlice) * span / kSlices; // at or before the slice
    if (!visitSelectedEvents(data, newest, context, [&](size_t p) {
            if (sliceOf(data.times()[p]) >= firstSlice)
                hits.emplace_back(data.times()[p], quint32(p));
            return true;
        }))
        return std::nullopt;
    const auto newer = [](const auto& a, const auto& b) { return a > b; };
    if (hits.size() > maxRows) {
        std::nth_element(hits.begin(), hits.begin() + qint64(maxRows), hits.end(), newer);
        hits.resize(maxRows);
    }
    std::sort(hits.begin(), hits.end(), newer);
    out.positions.reserve(hits.size());
    for (const auto& h : hits)
        out.positions.push_back(h.second);
    return out;
}

Result<EventExportSummary> exportEvents(const dataset::Dataset& data, const EventSelection& s, const QString& path,
                                        const CsvOptions& options, TaskContext& context)
{
    CsvWriter out(path, options);
    if (Status st = out.begin({{QStringLiteral("time"), TableData::Kind::Text},
                               {QStringLiteral("user"), TableData::Kind::Text},
                               {QStringLiteral("event"), TableData::Kind::Text}});
        !st.ok())
        return st.error();
    EventExportSummary summary;
    std::optional<Error> failure;
    const bool finished = visitSelectedEvents(data, s, context, [&](size_t p) {
        const QString time = QDateTime::fromMSecsSinceEpoch(data.times()[p], QTimeZone::utc())
                                 .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
        if (Status st = out.writeRow({time, data.userIds()[data.users()[p]], data.eventNames()[data.names()[p]]});
            !st.ok()) {
            failure = st.error();
            return false;
        }
        ++summary.rows;
        return true;
    });
    if (failure)
        return *failure;
    if (!finished) {
        out.cancel();
        return TaskContext::cancelledError();
    }
    if (Status st = out.commit(); !st.ok())
        return st.error();
    context.report(data.userCount(), data.userCount());
    return summary;
}

} // namespace hc::report
