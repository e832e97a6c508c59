#pragma once

#include <QString>

#include <cmath>
#include <optional>
#include <vector>

namespace hc::analysis {

// What a trend point or a segment row measures (semantics.md, "Counting measures").
enum class TrendMeasure { Total, Uniques, PerUser, Sum, Average, Median, P90 };

// "total", "uniques", "per_user", "sum:P", "avg:P", "median:P", "p90:P".
bool parseTrendMeasure(const QString& text, TrendMeasure& measure, QString& property);

// Total and uniques are counts (printed as integers); the rest are sums, means or quantiles.
inline bool measureIsCount(TrendMeasure m) { return m == TrendMeasure::Total || m == TrendMeasure::Uniques; }

// Median and 90th percentile with linear interpolation between closest ranks; values is reordered.
double quantile(std::vector<double>& values, double q);

// Everything one measured cell (a trend period, a segment row) needs. Events must arrive grouped
// by user, so one stamp finds distinct users.
class MeasureCell {
public:
    // value: the measured property's number, NaN when the event has none. Inline: it runs once
    // per matching event in trend and segment scans.
    void add(int user, double value, bool keepValues)
    {
        ++m_events;
        if (m_lastUser != user) {
            m_lastUser = user;
            ++m_uniques;
        }
        if (!std::isnan(value)) {
            m_sum += value;
            ++m_numeric;
            if (keepValues)
                m_values.push_back(value);
        }
    }
    // nullopt: a mean or quantile over nothing. Reorders the kept values.
    std::optional<double> value(TrendMeasure measure);
    // Adds another cell's events, sums and kept values; distinct users do not add up and are
    // left alone (for "(other)" series of additive measures).
    void mergeAdditive(const MeasureCell& other);

    qint64 events() const { return m_events; }
    qint64 uniques() const { return m_uniques; }

private:
    qint64 m_events = 0;
    qint64 m_uniques = 0;
    int m_lastUser = -1;
    double m_sum = 0;
    qint64 m_numeric = 0;
    std::vector<double> m_values; // only for median / p90
};

} // namespace hc::analysis
