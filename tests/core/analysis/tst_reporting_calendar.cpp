// Calendar buckets in the reporting zone, including daylight-saving days (semantics.md, Time).
// Europe/Berlin: clocks go forward at 2026-03-29 01:00 UTC and back at 2026-10-25 01:00 UTC.
#include "core/analysis/calendar/ReportingCalendar.h"
#include "core/analysis/calendar/TimeRange.h"

#include <QtTest>

using namespace hc::analysis;

namespace {

qint64 utc(const char* iso) { return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch(); }
qint64 day(int y, int m, int d) { return ReportingCalendar::dayNumber(QDate(y, m, d)); }

} // namespace

class TestReportingCalendar : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void localDaysInBerlin();
    void dayLengthsAcrossClockChanges();
    void dayStartsWhereMidnightIsSkippedOrRepeated();
    void hourPeriodsOnFallBackDay();
    void hourPeriodsOnSpringForwardDay();
    void weeksAndMonths();
    void rangeParsing();
};

void TestReportingCalendar::localDaysInBerlin()
{
    const ReportingCalendar berlin(QTimeZone("Europe/Berlin"), 1);
    QCOMPARE(berlin.localDay(utc("2026-01-15T22:59:59Z")), day(2026, 1, 15));
    QCOMPARE(berlin.localDay(utc("2026-01-15T23:00:00Z")), day(2026, 1, 16)); // local midnight (UTC+1)
    QCOMPARE(berlin.localDay(utc("2026-07-15T21:59:59Z")), day(2026, 7, 15));
    QCOMPARE(berlin.localDay(utc("2026-07-15T22:00:00Z")), day(2026, 7, 16)); // summer: UTC+2
    const ReportingCalendar utcCal(QTimeZone::utc(), 1);
    QCOMPARE(utcCal.localDay(utc("2026-07-15T23:59:59Z")), day(2026, 7, 15));
    QCOMPARE(utcCal.localDay(-1), qint64(-1)); // 1969-12-31
}

void TestReportingCalendar::dayLengthsAcrossClockChanges()
{
    const ReportingCalendar berlin(QTimeZone("Europe/Berlin"), 1);
    const qint64 hour = 3600000;
    QCOMPARE(berlin.dayStartMs(day(2026, 3, 30)) - berlin.dayStartMs(day(2026, 3, 29)), 23 * hour);
    QCOMPARE(berlin.dayStartMs(day(2026, 10, 26)) - berlin.dayStartMs(day(2026, 10, 25)), 25 * hour);
    QCOMPARE(berlin.dayStartMs(day(2026, 6, 2)) - berlin.dayStartMs(day(2026, 6, 1)), 24 * hour);
    QCOMPARE(berlin.dayStartMs(day(2026, 10, 25)), utc("2026-10-24T22:00:00Z"));
}

// Day starts come from the calendar's offset table; every one must equal the instant QDateTime
// gives for local midnight, also in zones whose clocks change at midnight (a skipped midnight
// starts the day at the jump; a repeated one at its first occurrence).
void TestReportingCalendar::dayStartsWhereMidnightIsSkippedOrRepeated()
{
    const char* zones[] = {"Europe/Berlin",    "America/Sao_Paulo", "America/Santiago",    "Asia/Beirut",
                           "America/Havana",   "Asia/Tehran",       "Australia/Lord_Howe", "Pacific/Apia",
                           "America/Asuncion", "Africa/Cairo"};
    int mismatches = 0;
    for (const char* id : zones) {
        const QTimeZone zone(id);
        QVERIFY2(zone.isValid(), id);
        const ReportingCalendar calendar(zone, 1);
        for (qint64 d = day(1975, 1, 1); d <= day(2035, 12, 31); ++d) {
            const qint64 expected = QDateTime(ReportingCalendar::dateOfDay(d), QTime(0, 0), zone).toMSecsSinceEpoch();
            const qint64 start = calendar.dayStartMs(d);
            // QDateTime takes the second of a repeated midnight, whose hour before is the same day.
            const bool repeated = calendar.localDay(expected - 1) == d;
            if ((repeated ? start >= expected : start != expected) && ++mismatches <= 5)
                qWarning("%s %s: %lld, QDateTime %lld", id, qPrintable(ReportingCalendar::dateOfDay(d).toString()),
                         start, expected);
            // Whatever the clocks did, the start belongs to the day (or, for Apia's skipped 2011-12-30,
            // to the next) and the instant before it does not.
            QVERIFY2(
                calendar.localDay(start) >= d && calendar.localDay(start - 1) < d,
                qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(id), ReportingCalendar::dateOfDay(d).toString())));
        }
    }
    QCOMPARE(mismatches, 0);
    // Sao Paulo skipped midnight on 2018-11-04: the day began when 00:00 UTC-3 jumped to 01:00 UTC-2.
    const ReportingCalendar saoPaulo(QTimeZone("America/Sao_Paulo"), 1);
    QCOMPARE(saoPaulo.dayStartMs(day(2018, 11, 4)), utc("2018-11-04T03:00:00Z"));
}

void TestReportingCalendar::hourPeriodsOnFallBackDay()
{
    const ReportingCalendar berlin(QTimeZone("Europe/Berlin"), 1);
    const TimeRange r = TimeRange::fromDays(berlin, day(2026, 10, 25), day(2026, 10, 25));
    const auto periods = berlin.periods(r.startMs, r.lastMs(), Interval::Hour);
    QCOMPARE(periods.size(), size_t(25));
    QCOMPARE(periods[0].label, QStringLiteral("2026-10-25T00"));
    QCOMPARE(periods[2].label, QStringLiteral("2026-10-25T02"));
    QCOMPARE(periods[3].label, QStringLiteral("2026-10-25T02+1")); // the repeated hour
    QCOMPARE(periods[4].label, QStringLiteral("2026-10-25T03"));
    QCOMPARE(periods[24].label, QStringLiteral("2026-10-25T23"));
}

void TestReportingCalendar::hourPeriodsOnSpringForwardDay()
{
    const ReportingCalendar berlin(QTimeZone("Europe/Berlin"), 1);
    const TimeRange r = TimeRange::fromDays(berlin, day(2026, 3, 29), day(2026, 3, 29));
    const auto periods = berlin.periods(r.startMs, r.lastMs(), Interval::Hour);
    QCOMPARE(periods.size(), size_t(23));
    QCOMPARE(periods[1].label, QStringLiteral("2026-03-29T01"));
    QCOMPARE(periods[2].label, QStringLiteral("2026-03-29T03")); // 02:00 does not exist
}

void TestReportingCalendar::weeksAndMonths()
{
    const ReportingCalendar monday(QTimeZone::utc(), 1);
    const ReportingCalendar sunday(QTimeZone::utc(), 7);
    // 2026-11-04 is a Wednesday.
    QCOMPARE(monday.weekStartDay(day(2026, 11, 4)), day(2026, 11, 2));
    QCOMPARE(sunday.weekStartDay(day(2026, 11, 4)), day(2026, 11, 1));
    QCOMPARE(monday.weekStartDay(day(2026, 11, 2)), day(2026, 11, 2));
    QCOMPARE(sunday.weekStartDay(day(2026, 10, 31)), day(2026, 10, 25)); // a Saturday
    const TimeRange r = TimeRange::fromDays(monday, day(2026, 1, 20), day(2026, 3, 2));
    const auto months = monday.periods(r.startMs, r.lastMs(), Interval::Month);
    QCOMPARE(months.size(), size_t(3));
    QCOMPARE(months[0].label, QStringLiteral("2026-01-01")); // the period holding `from`
    QCOMPARE(months[1].endMs - months[1].startMs, qint64(28) * 86400000);
    const auto weeks = monday.periods(r.startMs, r.lastMs(), Interval::Week);
    QCOMPARE(weeks.front().label, QStringLiteral("2026-01-19"));
    QCOMPARE(weeks.back().label, QStringLiteral("2026-03-02"));
}

void TestReportingCalendar::rangeParsing()
{
    const ReportingCalendar berlin(QTimeZone("Europe/Berlin"), 1);
    QString error;
    auto r = parseTimeRange(QStringLiteral("2026-10-25"), QStringLiteral("2026-10-25"), berlin, error);
    QVERIFY(r);
    QCOMPARE(r->endMs - r->startMs, qint64(25) * 3600000); // both days inclusive, 25 h long
    QVERIFY(r->wholeDays);
    QCOMPARE(r->previous(berlin).firstDay, day(2026, 10, 24));
    r = parseTimeRange(QStringLiteral("2026-10-25T10:00"), QStringLiteral("2026-10-25T11:00:30Z"), berlin, error);
    QVERIFY(r);
    QCOMPARE(r->startMs, utc("2026-10-25T09:00:00Z"));   // no zone: the reporting zone (UTC+1 after the change)
    QCOMPARE(r->endMs, utc("2026-10-25T11:00:30Z") + 1); // `to` includes that instant
    QVERIFY(!parseTimeRange(QStringLiteral("2026-13-01"), QStringLiteral("2026-12-01"), berlin, error));
    QVERIFY(error.contains(QStringLiteral("--from")));
    QVERIFY(!parseTimeRange(QStringLiteral("2026-12-02"), QStringLiteral("2026-12-01"), berlin, error));
    QVERIFY(error.contains(QStringLiteral("before")));
}

QTEST_GUILESS_MAIN(TestReportingCalendar)
#include "tst_reporting_calendar.moc"
