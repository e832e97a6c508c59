#include "core/analysis/calendar/ReportingCalendar.h"

#include "core/util/TimeParsing.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

namespace hc::analysis {

namespace {

constexpr qint64 kDayMs = 86400000;
constexpr qint64 kHourMs = 3600000;

} // namespace

ReportingCalendar::ReportingCalendar(const QTimeZone& zone, int weekStart) : m_zone(zone), m_weekStart(weekStart)
{
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
    const QDateTime from(QDate(1900, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime to(QDate(2200, 1, 1), QTime(0, 0), QTimeZone::utc());
    m_offsetBefore = m_zone.offsetFromUtc(from);
    if (m_zone.hasTransitions()) {
        for (const QTimeZone::OffsetData& t : m_zone.transitions(from, to)) {
            m_transitionsMs.push_back(t.atUtc.toMSecsSinceEpoch());
            m_offsets.push_back(t.offsetFromUtc);
        }
    }
    m_fixed = m_transitionsMs.empty();
    m_fixedOffset = m_fixed ? m_zone.offsetFromUtc(QDateTime::currentDateTimeUtc()) : 0;
}

int ReportingCalendar::offsetSecondsAt(qint64 ms) const
{
    if (m_fixed)
        return m_fixedOffset;
    const auto it = std::upper_bound(m_transitionsMs.begin(), m_transitionsMs.end(), ms);
    if (it == m_transitionsMs.begin())
        return m_offsetBefore;
    return m_offsets[size_t(it - m_transitionsMs.begin() - 1)];
}

qint64 ReportingCalendar::localDay(qint64 ms) const
{
    return time::floorDiv(ms + qint64(offsetSecondsAt(ms)) * 1000, kDayMs);
}

qint64 ReportingCalendar::dayStartMs(qint64 day) const
{
    // From the offset table, not QDateTime: scans ask for a day's start once per user and day,
    // and building a zoned QDateTime each time cost seconds at 10M events.
    const qint64 localMidnight = day * kDayMs;
    if (m_fixed)
        return localMidnight - qint64(m_fixedOffset) * 1000;
    // Local midnight is some instant minus one of the offsets in force within a day of it; an
    // offset fits when it is the one in force at that instant. When the clocks went back over
    // midnight two fit and the day starts at the first.
    const qint64 lo = localMidnight - 26 * kHourMs, hi = localMidnight + 26 * kHourMs;
    auto it = std::upper_bound(m_transitionsMs.begin(), m_transitionsMs.end(), lo);
    const auto end = std::upper_bound(it, m_transitionsMs.end(), hi);
    qint64 best = std::numeric_limits<qint64>::max();
    auto tryOffset = [&](int offset) {
        const qint64 t = localMidnight - qint64(offset) * 1000;
        if (offsetSecondsAt(t) == offset)
            best = std::min(best, t);
    };
    tryOffset(offsetSecondsAt(lo));
    for (auto t = it; t != end; ++t)
        tryOffset(m_offsets[size_t(t - m_transitionsMs.begin())]);
    if (best != std::numeric_limits<qint64>::max())
        return best;
    // Midnight fell in a gap (the clocks jumped over it): the day starts at the jump.
    for (; it != end; ++it)
        if (localDay(*it) >= day)
            return *it;
    return QDateTime(dateOfDay(day), QTime(0, 0), m_zone).toMSecsSinceEpoch();
}

qint64 ReportingCalendar::dayNumber(const QDate& date)
{
    return time::daysFromCivil(date.year(), date.month(), date.day());
}

QDate ReportingCalendar::dateOfDay(qint64 day)
{
    int y, m, d;
    time::civilFromDays(day, y, m, d);
    return QDate(y, m, d);
}

qint64 ReportingCalendar::weekStartDay(qint64 day) const
{
    const int dow = int(((day + 3) % 7 + 7) % 7) + 1; // 1970-01-01 was a Thursday (ISO 4)
    return day - ((dow - m_weekStart + 7) % 7);
}

qint64 ReportingCalendar::monthStartDay(qint64 day)
{
    int y, m, d;
    time::civilFromDays(day, y, m, d);
    return time::daysFromCivil(y, m, 1);
}

qint64 ReportingCalendar::periodStartDay(qint64 day, Interval interval) const
{
    switch (interval) {
    case Interval::Week:
        return weekStartDay(day);
    case Interval::Month:
        return monthStartDay(day);
    default:
        return day;
    }
}

std::vector<Period> ReportingCalendar::periods(qint64 fromMs, qint64 toMs, Interval interval) const
{
    std::vector<Period> out;
    const qint64 firstDay = periodStartDay(localDay(fromMs), interval);
    const qint64 lastDay = localDay(toMs);
    for (qint64 day = firstDay; day <= lastDay;) {
        qint64 nextDay = day + 1;
        if (interval == Interval::Week)
            nextDay = day + 7;
        else if (interval == Interval::Month) {
            int y, m, d;
            time::civilFromDays(day, y, m, d);
            nextDay = m == 12 ? time::daysFromCivil(y + 1, 1, 1) : time::daysFromCivil(y, m + 1, 1);
        }
        const qint64 start = dayStartMs(day);
        const qint64 end = dayStartMs(nextDay);
        if (interval != Interval::Hour) {
            out.push_back(Period{start, end, dateOfDay(day).toString(Qt::ISODate)});
        } else {
            QString previous;
            for (qint64 h = start; h < end; h += kHourMs) {
                const QDateTime local = QDateTime::fromMSecsSinceEpoch(h, m_zone);
                QString label = local.toString(QStringLiteral("yyyy-MM-dd'T'HH"));
                if (label == previous)
                    label += QStringLiteral("+1"); // the repeated hour of a fall-back day
                else
                    previous = label;
                if (h + kHourMs > fromMs && h <= toMs)
                    out.push_back(Period{h, std::min(h + kHourMs, end), label});
            }
        }
        day = nextDay;
    }
    return out;
}

QString intervalName(Interval interval)
{
    switch (interval) {
    case Interval::Hour:
        return QStringLiteral("hour");
    case Interval::Day:
        return QStringLiteral("day");
    case Interval::Week:
        return QStringLiteral("week");
    case Interval::Month:
        return QStringLiteral("month");
    }
    return QString();
}

bool intervalFromName(const QString& name, Interval& interval)
{
    if (name == QLatin1String("hour"))
        interval = Interval::Hour;
    else if (name == QLatin1String("day"))
        interval = Interval::Day;
    else if (name == QLatin1String("week"))
        interval = Interval::Week;
    else if (name == QLatin1String("month"))
        interval = Interval::Month;
    else
        return false;
    return true;
}

} // namespace hc::analysis
