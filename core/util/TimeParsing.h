#pragma once

#include <QDate>
#include <QString>
#include <QtGlobal>

#include <optional>
#include <string_view>

namespace hc::time {

// Days since 1970-01-01 for a proleptic Gregorian date, and back (Howard Hinnant's algorithm).
qint64 daysFromCivil(int year, int month, int day);
void civilFromDays(qint64 days, int& year, int& month, int& day);

// Floor division that is right for negative times too.
inline qint64 floorDiv(qint64 a, qint64 b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// Epoch value to milliseconds: values below 10^11 are seconds, others milliseconds;
// anything finer than a millisecond is dropped (semantics.md, Time).
std::optional<qint64> epochNumberToMs(double value);

// The same rule on decimal text, exact (no binary rounding): "1602611311.123" -> ...123 ms.
std::optional<qint64> epochTextToMs(std::string_view text);

// ISO 8601: YYYY-MM-DD, then optionally [T ]HH:MM[:SS[.fff]] and Z or ±HH[:MM].
// Without a zone the time is UTC.
std::optional<qint64> isoToMs(std::string_view text);

// A time cell from CSV or a string `time` in JSON: epoch text or ISO 8601.
std::optional<qint64> timeTextToMs(std::string_view text);

// A strict CLI date: exactly YYYY-MM-DD and a real calendar day.
std::optional<QDate> parseCliDate(const QString& text);

// A CLI duration: "30m", "1h", "7d", "2w" or plain seconds ("90"); milliseconds, or nullopt.
std::optional<qint64> parseDurationMs(const QString& text);

} // namespace hc::time
