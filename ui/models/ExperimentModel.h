#pragma once

#include "core/analysis/engine/Experiment.h"
#include "core/stats/ExperimentComparison.h"
#include "ui/models/ResultTableModel.h"

namespace hc::ui {

// An experiment as a table: one row per variant (the control first) with its exposed and
// converted users, conversion, and the comparison against the control.
class ExperimentModel : public ResultTableModel {
    Q_OBJECT
public:
    enum Column {
        VariantColumn,
        ExposedColumn,
        ConvertedColumn,
        RateColumn,
        LiftColumn,
        DifferenceColumn,
        PValueColumn,
        BeatControlColumn,
        ExpectedLossColumn,
        ColumnCount
    };

    explicit ExperimentModel(QObject* parent = nullptr);

    void setResult(const analysis::ExperimentCounts& counts, const stats::ExperimentComparison& comparison);
    const analysis::ExperimentCounts& counts() const { return m_counts; }
    const stats::ExperimentComparison& comparison() const { return m_comparison; }
    // The row's variant counts and, for variants other than the control, its comparison.
    const stats::VariantCounts& variantAt(int row) const { return m_counts.variants[m_order[size_t(row)]]; }
    const stats::VariantComparison* comparisonAt(int row) const;
    int rowCount(const QModelIndex& parent = {}) const override;

protected:
    QString text(int row, int column) const override;
    QVariant value(int row, int column) const override;

private:
    analysis::ExperimentCounts m_counts;
    stats::ExperimentComparison m_comparison;
    std::vector<size_t> m_order; // rows: the control, then the others by exposed users
};

} // namespace hc::ui
