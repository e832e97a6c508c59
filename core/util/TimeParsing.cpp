#include "core/util/TimeParsing.h"

#include <cmath>

namespace hc::time {

namespace {

constexpr qint64 kSecondsThreshold = 100000000000LL; // 10^11
// Years 0001..9999 keep every value well inside qint64 milliseconds.
constexpr double kMaxAbsEpochMs = 253402300799999.0;

bool digits(std::string_view s, size_t pos, size_t count, int& out)
{
    if (pos + count > s.size())
        return false;
    int v = 0;
    for (size_t i = pos; i < pos + count; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}

int daysInMonth(int year, int month)
{
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

bool validDate(int y, int m, int d) { return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m); }

} // namespace

qint64 daysFromCivil(int year, int month, int day)
{
    const qint64 y = year - (month <= 2 ? 1 : 0);
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(qint64 days, int& year, int& month, int& day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    day = int(doy - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = int(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

std::optional<qint64> epochNumberToMs(double value)
{
    if (!std::isfinite(value))
        return std::nullopt;
    const bool seconds = value < double(kSecondsThreshold);
    const double ms = seconds ? value * 1000.0 : value;
    if (std::fabs(ms) > kMaxAbsEpochMs)
        return std::nullopt;
    // Round to microseconds first so binary noise (x.123 stored as x.12299999) does not lose a millisecond.
    const qint64 micros = std::llround(ms * 1000.0);
    return floorDiv(micros, 1000);
}

std::optional<qint64> epochTextToMs(std::string_view s)
{
    if (s.empty())
        return std::nullopt;
    size_t i = 0;
    bool negative = false;
    if (s[0] == '-' || s[0] == '+') {
        negative = s[0] == '-';
        i = 1;
    }
    qint64 whole = 0;
    size_t wholeDigits = 0;
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i, ++wholeDigits) {
        if (wholeDigits >= 16)
            return std::nullopt;
        whole = whole * 10 + (s[i] - '0');
    }
    qint64 frac = 0; // fraction scaled to 1/1000 of the unit
    size_t fracDigits = 0;
    if (i < s.size() && s[i] == '.') {
        ++i;
        for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i, ++fracDigits) {
            if (fracDigits < 3)
                frac = frac * 10 + (s[i] - '0');
        }
        if (fracDigits == 0 && wholeDigits == 0)
            return std::nullopt;
        for (size_t k = fracDigits; k < 3; ++k)
            frac *= 10;
    }
    if (i != s.size() || (wholeDigits == 0 && fracDigits == 0))
        return std::nullopt;
    const bool seconds = negative || whole < kSecondsThreshold;
    qint64 ms;
    if (seconds) {
        ms = whole * 1000 + frac;
        if (negative)
            ms = -ms;
    } else {
        ms = whole; // already milliseconds: the fraction is below the millisecond and dropped
    }
    if (double(ms) > kMaxAbsEpochMs || double(ms) < -kMaxAbsEpochMs)
        return std::nullopt;
    return ms;
}

std::optional<qint64> isoToMs(std::string_view s)
{
    int y, mo, d;
    if (!digits(s, 0, 4, y) || s.size() < 10 || s[4] != '-' || !digits(s, 5, 2, mo) || s[7] != '-'
        || !digits(s, 8, 2, d) || !validDate(y, mo, d))
        return std::nullopt;
    qint64 ms = daysFromCivil(y, mo, d) * 86400000LL;
    size_t i = 10;
    if (i == s.size())
        return ms;
    if (s[i] != 'T' && s[i] != 't' && s[i] != ' ')
        return std::nullopt;
    ++i;
    int hh, mm, ss = 0;
    if (!digits(s, i, 2, hh) || i + 2 >= s.size() || s[i + 2] != ':' || !digits(s, i + 3, 2, mm) || hh > 23 || mm > 59)
        return std::nullopt;
    i += 5;
    int millis = 0;
    if (i < s.size() && s[i] == ':') {
        if (!digits(s, i + 1, 2, ss) || ss > 60) // 60: a leap second, folded into the next minute
            return std::nullopt;
        i += 3;
        if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
            ++i;
            size_t n = 0;
            for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i, ++n) {
                if (n < 3)
                    millis = millis * 10 + (s[i] - '0');
            }
            if (n == 0)
                return std::nullopt;
            for (size_t k = n; k < 3; ++k)
                millis *= 10;
        }
    }
    ms += ((hh * 60LL + mm) * 60LL + ss) * 1000LL + millis;
    if (i == s.size())
        return ms;
    if ((s[i] == 'Z' || s[i] == 'z') && i + 1 == s.size())
        return ms;
    if (s[i] != '+' && s[i] != '-')
        return std::nullopt;
    const int sign = s[i] == '-' ? -1 : 1;
    int oh, om = 0;
    if (!digits(s, i + 1, 2, oh) || oh > 23)
        return std::nullopt;
    i += 3;
    if (i < s.size()) {
        if (s[i] == ':')
            ++i;
        if (!digits(s, i, 2, om) || om > 59 || i + 2 != s.size())
            return std::nullopt;
    }
    return ms - sign * (oh * 60LL + om) * 60000LL;
}

std::optional<qint64> timeTextToMs(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    if (text.size() >= 10 && text[4] == '-')
        return isoToMs(text);
    return epochTextToMs(text);
}

std::optional<QDate> parseCliDate(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    const std::string_view s(utf8.constData(), size_t(utf8.size()));
    int y, m, d;
    if (s.size() != 10 || !digits(s, 0, 4, y) || s[4] != '-' || !digits(s, 5, 2, m) || s[7] != '-'
        || !digits(s, 8, 2, d) || !validDate(y, m, d))
        return std::nullopt;
    return QDate(y, m, d);
}

std::optional<qint64> parseDurationMs(const QString& text)
{
    if (text.isEmpty())
        return std::nullopt;
    qint64 unit = 1000;
    QString number = text;
    const QChar last = text.back();
    if (!last.isDigit()) {
        number.chop(1);
        switch (last.toLatin1()) {
        case 's':
            unit = 1000;
            break;
        case 'm':
            unit = 60 * 1000;
            break;
        case 'h':
            unit = 3600 * 1000;
            break;
        case 'd':
            unit = 86400 * 1000LL;
            break;
        case 'w':
            unit = 7 * 86400 * 1000LL;
            break;
        default:
            return std::nullopt;
        }
    }
    bool ok = false;
    const qint64 n = number.toLongLong(&ok);
    if (!ok || n < 0 || n > 100000000)
        return std::nullopt;
    return n * unit;
}

} // namespace hc::time
