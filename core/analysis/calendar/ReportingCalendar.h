#pragma once

#include <QDate>
#include <QString>
#include <QTimeZone>

#include <vector>

namespace hc::analysis {

enum class Interval { Hour, Day, Week, Month };

// One reporting period: [startMs, endMs) in UTC, labelled by its first local day or hour.
struct Period {
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString label;
};

// Calendar buckets in the reporting zone (semantics.md, Time): days are local dates (23 or 25
// hours on clock-change days), hours are local clock hours (a repeated hour is two periods, the
// second labelled "+1"), weeks start on the configured weekday, months are calendar months.
// Offsets come from the zone's transitions, looked up once, so bucketing an event is a short
// binary search rather than a time-zone conversion.
class ReportingCalendar {
public:
    ReportingCalendar(const QTimeZone& zone, int weekStart);

    // Local day number (days since 1970-01-01 in the zone) of an instant.
    qint64 localDay(qint64 ms) const;
    // The UTC instant of the local midnight that starts a day.
    qint64 dayStartMs(qint64 day) const;
    static qint64 dayNumber(const QDate& date);
    static QDate dateOfDay(qint64 day);

    // The first day of the week, or the month, that holds a day.
    qint64 weekStartDay(qint64 day) const;
    static qint64 monthStartDay(qint64 day);
    // The first day of the period of this interval holding day (for Hour: the day itself).
    qint64 periodStartDay(qint64 day, Interval interval) const;

    // Every period from the one holding fromMs to the one holding the instant toMs.
    std::vector<Period> periods(qint64 fromMs, qint64 toMs, Interval interval) const;

    const QTimeZone& zone() const { return m_zone; }
    int weekStart() const { return m_weekStart; }

private:
    int offsetSecondsAt(qint64 ms) const;

    QTimeZone m_zone;
    int m_weekStart;
    bool m_fixed = true;
    int m_fixedOffset = 0;
    std::vector<qint64> m_transitionsMs; // instants where the offset changes, ascending
    std::vector<int> m_offsets;          // offset in force from the matching transition on
    int m_offsetBefore = 0;
};

// "day", "hour", "week", "month"; false for other names.
bool intervalFromName(const QString& name, Interval& interval);
QString intervalName(Interval interval);

} // namespace hc::analysis
