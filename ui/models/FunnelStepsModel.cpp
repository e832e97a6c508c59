#include "ui/models/FunnelStepsModel.h"

#include "core/util/NumberFormat.h"

namespace hc::ui {

void FunnelStepsModel::setResult(const analysis::FunnelResult& result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

int FunnelStepsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_result.steps.size());
}

QString FunnelStepsModel::text(int row, int column) const
{
    const auto& s = m_result.steps[size_t(row)];
    const bool first = row == 0;
    switch (column) {
    case StepColumn:
        return QStringLiteral("%1. %2").arg(row + 1).arg(s.event);
    case CountColumn:
        return NumberFormat::count(double(s.count));
    case FromStartColumn:
        return NumberFormat::percent(s.conversionFromStart);
    case FromPreviousColumn:
        return first ? QString() : NumberFormat::percent(s.conversionFromPrevious);
    case DropOffColumn:
        return first ? QString() : NumberFormat::percent(1.0 - s.conversionFromPrevious);
    case MedianColumn:
        return NumberFormat::orDash(s.medianSecondsFromPrevious, NumberFormat::duration);
    }
    return QString();
}

QVariant FunnelStepsModel::value(int row, int column) const
{
    const auto& s = m_result.steps[size_t(row)];
    switch (column) {
    case StepColumn:
        return s.event;
    case CountColumn:
        return s.count;
    case FromStartColumn:
        return s.conversionFromStart;
    case FromPreviousColumn:
        return s.conversionFromPrevious;
    case DropOffColumn:
        return row == 0 ? 0.0 : 1.0 - s.conversionFromPrevious;
    case MedianColumn:
        return s.medianSecondsFromPrevious ? QVariant(*s.medianSecondsFromPrevious) : QVariant();
    }
    return {};
}

} // namespace hc::ui
