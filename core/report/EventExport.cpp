#include "core/report/EventExport.h"

#include <QDateTime>

#include <optional>

namespace hc::report {

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
