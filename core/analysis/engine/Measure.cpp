#include "core/analysis/engine/Measure.h"

#include <algorithm>
#include <cmath>

namespace hc::analysis {

bool parseTrendMeasure(const QString& text, TrendMeasure& measure, QString& property)
{
    property.clear();
    if (text == QLatin1String("total"))
        measure = TrendMeasure::Total;
    else if (text == QLatin1String("uniques"))
        measure = TrendMeasure::Uniques;
    else if (text == QLatin1String("per_user"))
        measure = TrendMeasure::PerUser;
    else {
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        if (colon <= 0 || colon + 1 >= text.size())
            return false;
        const QString kind = text.left(colon);
        property = text.mid(colon + 1);
        if (kind == QLatin1String("sum"))
            measure = TrendMeasure::Sum;
        else if (kind == QLatin1String("avg"))
            measure = TrendMeasure::Average;
        else if (kind == QLatin1String("median"))
            measure = TrendMeasure::Median;
        else if (kind == QLatin1String("p90"))
            measure = TrendMeasure::P90;
        else
            return false;
    }
    return true;
}

double quantile(std::vector<double>& values, double q)
{
    const double pos = q * double(values.size() - 1);
    const size_t lo = size_t(std::floor(pos));
    // Two order statistics instead of a full sort: the lo-th value, then the smallest above it.
    std::nth_element(values.begin(), values.begin() + qint64(lo), values.end());
    const double low = values[lo];
    if (lo + 1 >= values.size())
        return low;
    const double high = *std::min_element(values.begin() + qint64(lo) + 1, values.end());
    return low + (high - low) * (pos - double(lo));
}

std::optional<double> MeasureCell::value(TrendMeasure measure)
{
    switch (measure) {
    case TrendMeasure::Total:
        return double(m_events);
    case TrendMeasure::Uniques:
        return double(m_uniques);
    case TrendMeasure::PerUser:
        return m_uniques > 0 ? std::optional<double>(double(m_events) / double(m_uniques)) : std::nullopt;
    case TrendMeasure::Sum:
        return m_sum;
    case TrendMeasure::Average:
        return m_numeric > 0 ? std::optional<double>(m_sum / double(m_numeric)) : std::nullopt;
    case TrendMeasure::Median:
        return m_values.empty() ? std::nullopt : std::optional<double>(quantile(m_values, 0.5));
    case TrendMeasure::P90:
        return m_values.empty() ? std::nullopt : std::optional<double>(quantile(m_values, 0.9));
    }
    return std::nullopt;
}

void MeasureCell::mergeAdditive(const MeasureCell& other)
{
    m_events += other.m_events;
    m_sum += other.m_sum;
    m_numeric += other.m_numeric;
    m_values.insert(m_values.end(), other.m_values.begin(), other.m_values.end());
}

} // namespace hc::analysis
