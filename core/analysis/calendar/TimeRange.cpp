#include "core/analysis/calendar/TimeRange.h"

#include "core/util/TimeParsing.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace hc::analysis {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::analysis::TimeRange", text); }

// Start instant of a bound; for a plain date also the exclusive end of that day.
bool parseBound(const QString& text, const ReportingCalendar& calendar, qint64& startMs, qint64& dayEndMs, bool& isDate)
{
    if (const auto date = time::parseCliDate(text)) {
        const qint64 day = ReportingCalendar::dayNumber(*date);
        startMs = calendar.dayStartMs(day);
        dayEndMs = calendar.dayStartMs(day + 1);
        isDate = true;
        return true;
    }
    static const QRegularExpression kTimestamp(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})T(\\d{2}):(\\d{2})(?::(\\d{2}))?(Z|[+-]\\d{2}:\\d{2})?$"));
    const auto m = kTimestamp.match(text);
    if (!m.hasMatch())
        return false;
    const auto date = time::parseCliDate(m.captured(1));
    const QTime clock(m.captured(2).toInt(), m.captured(3).toInt(),
                      m.captured(4).isEmpty() ? 0 : m.captured(4).toInt());
    if (!date || !clock.isValid())
        return false;
    if (m.captured(5).isEmpty()) {
        startMs = QDateTime(*date, clock, calendar.zone()).toMSecsSinceEpoch();
    } else {
        const QByteArray iso = text.toUtf8();
        const auto ms = time::isoToMs(std::string_view(iso.constData(), size_t(iso.size())));
        if (!ms)
            return false;
        startMs = *ms;
    }
    isDate = false;
    dayEndMs = startMs + 1; // the instant itself is included
    return true;
}

} // namespace

TimeRange TimeRange::fromDays(const ReportingCalendar& calendar, qint64 firstDay, qint64 lastDay)
{
    TimeRange r;
    r.firstDay = firstDay;
    r.lastDay = lastDay;
    r.startMs = calendar.dayStartMs(firstDay);
    r.endMs = calendar.dayStartMs(lastDay + 1);
    r.wholeDays = true;
    return r;
}

TimeRange TimeRange::previous(const ReportingCalendar& calendar) const
{
    if (wholeDays)
        return fromDays(calendar, firstDay - dayCount(), firstDay - 1);
    TimeRange r;
    r.wholeDays = false;
    r.endMs = startMs;
    r.startMs = startMs - (endMs - startMs);
    r.firstDay = calendar.localDay(r.startMs);
    r.lastDay = calendar.localDay(r.endMs - 1);
    return r;
}

std::optional<TimeRange> parseTimeRange(const QString& from, const QString& to, const ReportingCalendar& calendar,
                                        QString& error)
{
    qint64 fromStart = 0, fromEnd = 0, toStart = 0, toEnd = 0;
    bool fromIsDate = false, toIsDate = false;
    if (!parseBound(from, calendar, fromStart, fromEnd, fromIsDate)) {
        error = tr("--from takes YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM], got “%1”").arg(from);
        return std::nullopt;
    }
    if (!parseBound(to, calendar, toStart, toEnd, toIsDate)) {
        error = tr("--to takes YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM], got “%1”").arg(to);
        return std::nullopt;
    }
    TimeRange r;
    r.startMs = fromStart;
    r.endMs = toEnd;
    r.wholeDays = fromIsDate && toIsDate;
    if (r.endMs <= r.startMs) {
        error = tr("--to (%1) is before --from (%2)").arg(to, from);
        return std::nullopt;
    }
    r.firstDay = calendar.localDay(r.startMs);
    r.lastDay = calendar.localDay(r.endMs - 1);
    return r;
}

} // namespace hc::analysis
