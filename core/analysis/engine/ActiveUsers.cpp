#include "core/analysis/engine/ActiveUsers.h"

#include <algorithm>

namespace hc::analysis {

namespace {

constexpr qint64 kDayMs = 86400000;
using Word = quint64;

// One user's active days as bits (bit i = day spanFirst + i), words [lo, hi] in use.
class DayBits {
public:
    explicit DayBits(size_t days) : m_bits((days + 63) / 64, 0), m_scratch(m_bits.size(), 0) {}

    size_t wordCount() const { return m_bits.size(); }
    void clear(size_t lo, size_t hi) { std::fill(m_bits.begin() + qint64(lo), m_bits.begin() + qint64(hi) + 1, 0); }
    void orWord(size_t word, Word bits) { m_bits[word] |= bits; }
    const std::vector<Word>& bits() const { return m_bits; }

    // Every day within `span - 1` days after an active day, over words [lo, hi]: shifts that
    // double the covered width, so a 30-day window takes five steps.
    const std::vector<Word>& dilated(size_t lo, size_t hi, size_t span)
    {
        std::copy(m_bits.begin() + qint64(lo), m_bits.begin() + qint64(hi) + 1, m_scratch.begin() + qint64(lo));
        for (size_t covered = 1; covered < span;) {
            const size_t step = std::min(covered, span - covered);
            for (size_t w = hi + 1; w-- > lo;) {
                const Word carry = w > lo ? m_scratch[w - 1] >> (64 - step) : 0;
                m_scratch[w] |= (m_scratch[w] << step) | carry;
            }
            covered += step;
        }
        return m_scratch;
    }

private:
    std::vector<Word> m_bits;
    std::vector<Word> m_scratch;
};

// Adds +1 at the start and -1 after the end of every run of set bits in [lo, hi] to `diff`
// (indexed by bit - offset); bits below `offset` and at or after `limit` are ignored.
void addRuns(const std::vector<Word>& bits, size_t lo, size_t hi, size_t offset, size_t limit,
             std::vector<qint64>& diff)
{
    for (size_t w = lo; w <= hi; ++w) {
        Word x = bits[w];
        const size_t base = w * 64;
        // Keep [offset, limit) only.
        if (base < offset)
            x &= offset - base >= 64 ? 0 : ~Word(0) << (offset - base);
        if (base + 64 > limit)
            x &= limit <= base ? 0 : ~Word(0) >> (base + 64 - limit);
        const Word before = w > lo ? bits[w - 1] >> 63 : 0;
        const Word prevBits = (x << 1) | (base > offset ? before : 0);
        Word starts = x & ~prevBits;
        const Word after = w < hi ? bits[w + 1] & 1 : 0;
        const Word nextBits = (x >> 1) | (base + 64 < limit ? after << 63 : 0);
        Word ends = x & ~nextBits;
        for (; starts; starts &= starts - 1)
            ++diff[base + size_t(__builtin_ctzll(starts)) - offset];
        for (; ends; ends &= ends - 1)
            --diff[base + size_t(__builtin_ctzll(ends)) - offset + 1];
    }
}

} // namespace

Result<std::vector<ActiveUsersDay>> computeActiveUsers(const dataset::Dataset& data, const ActiveUsersQuery& query,
                                                       const ReportingCalendar& calendar, TaskContext& context)
{
    const TimeRange& range = query.range;
    const qint64 first = range.firstDay;
    const qint64 last = range.lastDay;
    const size_t days = size_t(last - first + 1);
    // Days from 29 before the range (MAU's reach) to its end, with their local midnights, so an
    // event's day is a guess from the uniform 24-hour grid corrected by comparing with them.
    const qint64 spanFirst = first - 29;
    const size_t offset = 29;
    const size_t spanDays = days + offset;
    std::vector<qint64> dayStarts;
    dayStarts.reserve(spanDays + 1);
    for (qint64 d = spanFirst; d <= last + 1; ++d)
        dayStarts.push_back(calendar.dayStartMs(d));
    const qint64 earliestMs = dayStarts.front();
    const qint64 endMs = dayStarts.back();
    const auto dayOf = [&](qint64 t) {
        size_t i = std::min(size_t((t - earliestMs) / kDayMs), spanDays - 1);
        while (i > 0 && t < dayStarts[i])
            --i;
        while (t >= dayStarts[i + 1])
            ++i;
        return i;
    };

    // Per user a bit set of active days; DAU counts its bits, WAU and MAU its runs after
    // widening every active day by 6 and 29 days, as +1/-1 in difference arrays.
    std::vector<qint64> dauDiff(days + 1, 0), wauDiff(days + 1, 0), mauDiff(days + 1, 0);
    DayBits bits(spanDays);
    const auto& times = data.times();
    for (int u = 0; u < data.userCount(); ++u) {
        if (context.stopRequested(u))
            return TaskContext::cancelledError();
        const auto userFirst = times.begin() + qint64(data.userBegin(u));
        const auto userLast = times.begin() + qint64(data.userEnd(u));
        if (userFirst == userLast)
            continue;
        // Most users lie wholly inside the span: no search for them.
        const auto from = *userFirst >= earliestMs ? userFirst : std::lower_bound(userFirst, userLast, earliestMs);
        const auto to = *(userLast - 1) < endMs ? userLast : std::lower_bound(from, userLast, endMs);
        if (from == to)
            continue;
        const size_t lo = dayOf(*from) / 64;
        const size_t hi = std::min(bits.wordCount() - 1, (dayOf(*(to - 1)) + 29) / 64);
        bits.clear(lo, hi);
        // Bits gathered in a register while the word stays the same: setting them in memory one
        // by one would chain every event on the previous store.
        size_t word = lo;
        Word pending = 0;
        for (auto it = from; it != to; ++it) {
            const size_t day = dayOf(*it);
            if ((day >> 6) != word) {
                bits.orWord(word, pending);
                pending = 0;
                word = day >> 6;
            }
            pending |= Word(1) << (day & 63);
        }
        bits.orWord(word, pending);
        addRuns(bits.bits(), lo, hi, offset, spanDays, dauDiff);
        addRuns(bits.dilated(lo, hi, 7), lo, hi, offset, spanDays, wauDiff);
        addRuns(bits.dilated(lo, hi, 30), lo, hi, offset, spanDays, mauDiff);
    }
    std::vector<ActiveUsersDay> out(days);
    qint64 dau = 0, wau = 0, mau = 0;
    for (size_t d = 0; d < days; ++d) {
        dau += dauDiff[d];
        wau += wauDiff[d];
        mau += mauDiff[d];
        out[d] = ActiveUsersDay{first + qint64(d), dau, wau, mau};
    }
    return out;
}

} // namespace hc::analysis
