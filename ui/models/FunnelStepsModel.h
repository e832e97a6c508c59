#pragma once

#include "core/analysis/engine/Funnel.h"
#include "ui/models/ResultTableModel.h"

namespace hc::ui {

// A funnel result as its steps table: step, users, conversion from the start and from the
// previous step, drop-off and median time to convert. The whole result (breakdown, histogram,
// conversion over time) stays here for the charts.
class FunnelStepsModel : public ResultTableModel {
    Q_OBJECT
public:
    enum Column { StepColumn, CountColumn, FromStartColumn, FromPreviousColumn, DropOffColumn, MedianColumn };

    using ResultTableModel::ResultTableModel;

    void setResult(const analysis::FunnelResult& result);
    const analysis::FunnelResult& result() const { return m_result; }
    int rowCount(const QModelIndex& parent = {}) const override;

protected:
    QString text(int row, int column) const override;
    QVariant value(int row, int column) const override;

private:
    analysis::FunnelResult m_result;
};

} // namespace hc::ui
