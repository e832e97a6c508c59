#include "core/analysis/engine/Retention.h"

#include "core/dataset/PropertyColumnBuilder.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <map>

namespace hc::analysis {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::analysis::Retention", text); }

constexpr qint32 kNoValue = -1;

qint64 rollingLengthMs(Interval i)
{
    switch (i) {
    case Interval::Hour:
        return 3600000LL;
    case Interval::Day:
        return 86400000LL;
    case Interval::Week:
        return 7 * 86400000LL;
    case Interval::Month:
        return 30 * 86400000LL;
    }
    return 86400000LL;
}

struct UserEvent {
    qint64 time;
    qint32 period;  // index into the generated periods, -1 outside them
    bool start;     // matches the start event with its conditions
    bool startName; // has the start event's name (first_ever looks at it without conditions)
    bool returning;
    qint32 value;
};

class RetentionEngine {
public:
    RetentionEngine(const RetentionQuery& q, size_t rows, qint64 observedUntil)
        : m_q(q), m_rows(rows), m_observedUntil(observedUntil)
    {
    }

    // Adds one user's (or one user-value's) stream to the table's counts.
    void add(const std::vector<UserEvent>& s, std::vector<qint64>& sizes,
             std::vector<std::vector<qint64>>& retained) const
    {
        const int n = m_q.periods;
        // Cohorts: (row index, birth time). Scratch vectors are reused across users.
        std::vector<std::pair<int, qint64>>& cohorts = m_cohorts;
        cohorts.clear();
        if (m_q.mode == RetentionMode::Recurring) {
            int lastRow = -1;
            for (const UserEvent& e : s) {
                if (!e.start)
                    continue;
                const int p = e.period;
                if (p >= 0 && p < int(m_rows) && p != lastRow) {
                    cohorts.emplace_back(p, e.time);
                    lastRow = p;
                }
            }
        } else {
            const UserEvent* first = nullptr;
            for (const UserEvent& e : s) {
                if (m_q.mode == RetentionMode::FirstEver ? e.startName : e.start) {
                    first = &e;
                    break;
                }
            }
            // first_ever: of several first A at one millisecond, one that satisfies A's conditions.
            for (const UserEvent* e = first; m_q.mode == RetentionMode::FirstEver && first && !first->start
                                             && e != s.data() + s.size() && e->time == first->time;
                 ++e)
                if (e->start)
                    first = e;
            if (first && (m_q.mode != RetentionMode::FirstEver || first->start)) {
                const int p = first->period;
                if (p >= 0 && p < int(m_rows))
                    cohorts.emplace_back(p, first->time);
            }
        }
        std::vector<int>& hits = m_hits;
        hits.resize(size_t(n));
        for (const auto& [row, birth] : cohorts) {
            std::fill(hits.begin(), hits.end(), 0);
            for (const UserEvent& e : s) {
                if (!e.returning || e.time < birth || e.time >= m_observedUntil)
                    continue;
                int k;
                if (m_q.rolling) {
                    k = int((e.time - birth) / rollingLengthMs(m_q.period));
                } else {
                    if (e.period < 0)
                        continue;
                    k = e.period - row;
                }
                if (k >= 1 && k < n)
                    ++hits[size_t(k)];
            }
            count(row, hits, sizes, retained);
        }
    }

    // The common case without conditions, breakdown or rolling periods, for first_time and
    // first_ever (the same thing without conditions): straight from the columns, no stream.
    // `periodOf` finds the period holding a time; users whose first start is outside the rows
    // are skipped after reading their names only.
    void addPlainFirst(const dataset::Dataset& data, int user, const std::vector<char>& isStart,
                       const std::vector<char>& isReturn, const std::vector<Period>& periods,
                       std::vector<qint64>& sizes, std::vector<std::vector<qint64>>& retained) const
    {
        const auto& names = data.names();
        const auto& times = data.times();
        const size_t begin = data.userBegin(user), end = data.userEnd(user);
        size_t i = begin;
        while (i < end && !isStart[size_t(names[i])])
            ++i;
        if (i == end)
            return;
        const qint64 birth = times[i];
        if (birth < periods.front().startMs || birth >= periods[m_rows - 1].endMs)
            return;
        const auto rowIt = std::upper_bound(periods.begin(), periods.begin() + qint64(m_rows), birth,
                                            [](qint64 t, const Period& p) { return t < p.endMs; });
        const size_t row = size_t(rowIt - periods.begin());
        const size_t n = size_t(m_q.periods);
        const qint64 until = std::min(m_observedUntil, periods.back().endMs);
        std::vector<int>& hits = m_hits;
        hits.assign(n, 0);
        size_t period = row;
        for (size_t j = i; j < end; ++j) {
            const qint64 t = times[j];
            if (t >= until)
                break;
            while (periods[period].endMs <= t)
                ++period;
            const size_t k = period - row;
            if (k >= n)
                break;
            hits[k] += isReturn[size_t(names[j])];
        }
        count(int(row), hits, sizes, retained);
    }

private:
    // One cohort member with `hits` returns per column.
    void count(int row, const std::vector<int>& hits, std::vector<qint64>& sizes,
               std::vector<std::vector<qint64>>& retained) const
    {
        ++sizes[size_t(row)];
        auto& cells = retained[size_t(row)];
        ++cells[0];
        bool later = false; // any qualifying column at or after k, for "on or after"
        for (int k = m_q.periods - 1; k >= 1; --k) {
            const bool on = hits[size_t(k)] >= m_q.minOccurrences;
            later = later || on;
            if (m_q.bracket == RetentionBracket::On ? on : later)
                ++cells[size_t(k)];
        }
    }

private:
    const RetentionQuery& m_q;
    size_t m_rows;
    qint64 m_observedUntil;
    mutable std::vector<std::pair<int, qint64>> m_cohorts;
    mutable std::vector<int> m_hits;
};

RetentionTable makeTable(const RetentionQuery& q, const std::vector<Period>& periods, size_t rows,
                         const std::vector<qint64>& sizes, const std::vector<std::vector<qint64>>& retained,
                         qint64 completeUntil)
{
    RetentionTable t;
    const int n = q.periods;
    const qint64 rollingMs = rollingLengthMs(q.period);
    std::vector<double> kept(size_t(n), 0), base(size_t(n), 0);
    for (size_t r = 0; r < rows; ++r) {
        RetentionCohort c;
        c.start = periods[r].label;
        c.size = sizes[r];
        c.retained = retained[r];
        c.complete.assign(size_t(n), false);
        for (int k = 0; k < n; ++k) {
            // A cell is complete when its period ends at or before 24:00 of the latest event's
            // day; rolling cells when every member's period k has.
            const qint64 end = q.rolling ? periods[r].endMs + qint64(k + 1) * rollingMs
                                         : (r + size_t(k) < periods.size() ? periods[r + size_t(k)].endMs
                                                                           : std::numeric_limits<qint64>::max());
            c.complete[size_t(k)] = end <= completeUntil;
            if (c.complete[size_t(k)] && c.size > 0) {
                kept[size_t(k)] += double(c.retained[size_t(k)]);
                base[size_t(k)] += double(c.size);
            }
        }
        t.cohorts.push_back(std::move(c));
    }
    for (int k = 0; k < n; ++k)
        t.average.push_back(base[size_t(k)] > 0 ? std::optional<double>(kept[size_t(k)] / base[size_t(k)])
                                                : std::nullopt);
    return t;
}

using CohortCounts = std::pair<std::vector<qint64>, std::vector<std::vector<qint64>>>; // sizes, retained

// Turns one user's events into the engine's stream: the events that can start or return, with
// their period and breakdown value.
struct StreamBuilder {
    const dataset::Dataset& data;
    const EventMatcher& startMatch;
    const EventMatcher& returnMatch;
    const EventMatcher& global;
    std::vector<char> isStartName;
    std::vector<char> isReturnName;
    const std::vector<Period>& periods;
    const dataset::PropertyColumn* valueColumn;
    const std::vector<qint32>& groupOfCode;
    bool filtered = false;
    bool plain = false;

    void build(int u, std::vector<UserEvent>& stream) const
    {
        const auto& times = data.times();
        const auto& names = data.names();
        const qint64 periodsEnd = periods.back().endMs;
        const size_t begin = data.userBegin(u), end = data.userEnd(u);
        stream.resize(end - begin);
        size_t kept = 0;
        size_t period = 0; // times rise within a user, so the period index only moves forward
        const auto periodOf = [&](qint64 t) {
            if (t < periods.front().startMs || t >= periodsEnd)
                return qint32(-1);
            while (periods[period].endMs <= t)
                ++period;
            return qint32(period);
        };
        for (size_t i = begin; i < end && plain; ++i) {
            // Without conditions or breakdown: every event is written and kept by arithmetic, since
            // whether an event matters is close to a coin toss for the branch predictor.
            const size_t n = size_t(names[i]);
            UserEvent& e = stream[kept];
            e.time = times[i];
            e.start = isStartName[n];
            e.startName = isStartName[n];
            e.returning = isReturnName[n];
            e.value = kNoValue;
            kept += size_t(e.start | e.returning);
        }
        for (size_t i = begin; i < end && !plain; ++i) {
            const size_t n = size_t(names[i]);
            if (!(isStartName[n] | isReturnName[n]))
                continue;
            if (filtered && !global.conditionsHold(i))
                continue;
            UserEvent& e = stream[kept];
            e.time = times[i];
            e.startName = isStartName[n];
            e.start = isStartName[n] && (!startMatch.hasConditions() || startMatch.conditionsHold(i));
            e.returning = isReturnName[n] && (!returnMatch.hasConditions() || returnMatch.conditionsHold(i));
            e.period = periodOf(e.time);
            e.value = valueColumn && valueColumn->codes[i] >= 0 ? groupOfCode[size_t(valueColumn->codes[i])] : kNoValue;
            ++kept;
        }
        stream.resize(kept);
        if (plain)
            for (UserEvent& e : stream)
                e.period = periodOf(e.time);
    }
};

// Each (user, value) on its own, from the events that carry that value.
void addPerValue(RetentionEngine& engine, const std::vector<UserEvent>& stream, std::vector<UserEvent>& only,
                 std::map<qint32, CohortCounts>& byValue, size_t rows, int columns)
{
    std::vector<qint32> values;
    for (const UserEvent& e : stream) // events without the property form the value ""
        if (std::find(values.begin(), values.end(), e.value) == values.end())
            values.push_back(e.value);
    for (qint32 v : values) {
        only.clear();
        for (const UserEvent& e : stream)
            if (e.value == v)
                only.push_back(e);
        auto& slot = byValue[v];
        if (slot.first.empty()) {
            slot.first.assign(rows, 0);
            slot.second.assign(rows, std::vector<qint64>(size_t(columns), 0));
        }
        engine.add(only, slot.first, slot.second);
    }
}

// Breakdown rows by total cohort size (descending), ties by value.
std::vector<RetentionBreakdownRow> breakdownRows(const RetentionQuery& q, const std::vector<Period>& periods,
                                                 size_t rows, std::map<qint32, CohortCounts>& byValue,
                                                 const QStringList& groupText, qint64 completeUntil)
{
    std::vector<std::pair<qint64, qint32>> order;
    for (const auto& [v, slot] : byValue) {
        qint64 total = 0;
        for (qint64 s : slot.first)
            total += s;
        if (total > 0)
            order.emplace_back(total, v);
    }
    const auto text = [&](qint32 v) { return v == kNoValue ? QString() : groupText[v]; };
    std::sort(order.begin(), order.end(), [&](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : text(a.second) < text(b.second);
    });
    std::vector<RetentionBreakdownRow> out;
    for (const auto& [total, v] : order) {
        const auto& slot = byValue[v];
        out.push_back(
            RetentionBreakdownRow{text(v), makeTable(q, periods, rows, slot.first, slot.second, completeUntil)});
    }
    return out;
}

// The row periods from the one holding `from` to the one holding `to`, then enough periods after
// them for every column.
std::vector<Period> retentionPeriods(const RetentionQuery& q, const ReportingCalendar& calendar, size_t& rows)
{
    const std::vector<Period> rowPeriods = calendar.periods(q.range.startMs, q.range.lastMs(), q.period);
    rows = rowPeriods.size();
    const qint64 maxPeriod = q.period == Interval::Month ? 31 * 86400000LL : rollingLengthMs(q.period) + 3600000;
    std::vector<Period> periods =
        calendar.periods(rowPeriods.front().startMs, rowPeriods.back().endMs + qint64(q.periods) * maxPeriod, q.period);
    if (periods.size() > rows + size_t(q.periods))
        periods.resize(rows + size_t(q.periods));
    return periods;
}

// One cell of the overall table whose users are wanted: a user is in it when counting them
// raised that cell.
struct CellWatch {
    QString rowStart;
    int column = 0;
    size_t row = 0;
    std::vector<char> users;
};

Result<RetentionResult> runRetention(const dataset::Dataset& data, const RetentionQuery& q,
                                     const ReportingCalendar& calendar, TaskContext& context, CellWatch* watch)
{
    if (q.periods < 1 || q.periods > 1000)
        return makeError(Error::Code::Invalid, tr("Retention takes 1 to 1,000 periods."));
    if (q.minOccurrences < 1)
        return makeError(Error::Code::Invalid, tr("The minimum number of returns is at least 1."));
    auto startMatch = EventMatcher::compile(data, q.start);
    if (!startMatch.ok())
        return startMatch.error();
    auto returnMatch = EventMatcher::compile(data, q.returning);
    if (!returnMatch.ok())
        return returnMatch.error();
    // The conditions on every event: an any-event matcher carries both groups.
    auto global = EventMatcher::compile(data, EventSpec{true, QString(), q.where, q.whereAny});
    if (!global.ok())
        return global.error();
    std::shared_ptr<const dataset::PropertyColumn> valueColumn;
    std::vector<qint32> groupOfCode;
    QStringList groupText;
    if (!q.breakdown.isEmpty()) {
        auto c = data.property(q.breakdown);
        if (!c.ok())
            return c.error();
        valueColumn = c.value();
        groupOfCode = dataset::groupCodesByText(*valueColumn, groupText);
    }

    size_t rows = 0;
    const std::vector<Period> periods = retentionPeriods(q, calendar, rows);
    const qint64 completeUntil = data.isEmpty() ? std::numeric_limits<qint64>::min()
                                                : calendar.dayStartMs(calendar.localDay(data.lastTimeMs()) + 1);
    // all-events scope: returns up to the end of the last row period, as PostHog.
    const qint64 observedUntil =
        q.scope == RetentionScope::AllEvents ? periods[rows - 1].endMs : std::numeric_limits<qint64>::max();
    RetentionEngine engine(q, rows, observedUntil);
    if (watch) {
        watch->row = rows;
        for (size_t r = 0; r < rows; ++r)
            if (periods[r].label == watch->rowStart)
                watch->row = r;
        if (watch->row == rows)
            return makeError(Error::Code::Invalid, tr("No cohort starts at “%1” in this range.").arg(watch->rowStart));
        if (watch->column < 0 || watch->column >= q.periods)
            return makeError(Error::Code::Invalid, tr("Retention has periods 0 to %1.").arg(q.periods - 1));
        watch->users.assign(size_t(data.userCount()), 0);
    }

    const int n = q.periods;
    std::vector<qint64> sizes(rows, 0);
    std::vector<std::vector<qint64>> retained(rows, std::vector<qint64>(size_t(n), 0));
    std::map<qint32, CohortCounts> byValue;
    StreamBuilder streams{data,    startMatch.value(), returnMatch.value(), global.value(), {}, {},
                          periods, valueColumn.get(),  groupOfCode};
    // What each event name can be, so most events are dismissed without evaluating conditions.
    const size_t nameCount = size_t(data.eventNames().size());
    streams.isStartName.assign(nameCount, 0);
    streams.isReturnName.assign(nameCount, 0);
    for (size_t k = 0; k < nameCount; ++k) {
        streams.isStartName[k] = !startMatch.value().unknownName()
                                 && (startMatch.value().anyName() || startMatch.value().nameIndex() == qint32(k));
        streams.isReturnName[k] = !returnMatch.value().unknownName()
                                  && (returnMatch.value().anyName() || returnMatch.value().nameIndex() == qint32(k));
    }
    streams.filtered = global.value().hasConditions();
    streams.plain = !streams.filtered && !valueColumn && !startMatch.value().hasConditions()
                    && !returnMatch.value().hasConditions();
    const bool plainFirst = streams.plain && q.mode != RetentionMode::Recurring && !q.rolling;
    std::vector<UserEvent> stream, only;
    for (int u = 0; u < data.userCount(); ++u) {
        if (context.stopRequested(u))
            return TaskContext::cancelledError();
        const qint64 before = watch ? retained[watch->row][size_t(watch->column)] : 0;
        if (plainFirst) {
            engine.addPlainFirst(data, u, streams.isStartName, streams.isReturnName, periods, sizes, retained);
        } else {
            streams.build(u, stream);
            if (stream.empty())
                continue;
            engine.add(stream, sizes, retained);
            if (valueColumn)
                addPerValue(engine, stream, only, byValue, rows, n);
        }
        if (watch && retained[watch->row][size_t(watch->column)] != before)
            watch->users[size_t(u)] = 1;
    }

    RetentionResult result;
    result.overall = makeTable(q, periods, rows, sizes, retained, completeUntil);
    result.breakdown = breakdownRows(q, periods, rows, byValue, groupText, completeUntil);
    return result;
}

} // namespace

Result<RetentionResult> computeRetention(const dataset::Dataset& data, const RetentionQuery& q,
                                         const ReportingCalendar& calendar, TaskContext& context)
{
    return runRetention(data, q, calendar, context, nullptr);
}

Result<std::vector<char>> retentionCellUsers(const dataset::Dataset& data, const RetentionQuery& q,
                                             const ReportingCalendar& calendar, const QString& cohortStart, int column,
                                             TaskContext& context)
{
    CellWatch watch{cohortStart, column, 0, {}};
    const auto r = runRetention(data, q, calendar, context, &watch);
    if (!r.ok())
        return r.error();
    return std::move(watch.users);
}

} // namespace hc::analysis
