#pragma once

#include "core/analysis/engine/Segmentation.h"
#include "ui/models/ResultTableModel.h"

namespace hc::ui {

// A segment result as a table: one column per property, then the measure.
class SegmentsModel : public ResultTableModel {
    Q_OBJECT
public:
    explicit SegmentsModel(QObject* parent = nullptr) : ResultTableModel({}, parent) {}

    // headers: the properties' and the measure's titles, one per column.
    void setResult(const analysis::SegmentResult& result, const QStringList& headers);
    const analysis::SegmentResult& result() const { return m_result; }
    int rowCount(const QModelIndex& parent = {}) const override;
    // "(not set)" for the missing value, in the view's words.
    void setMissingLabel(const QString& label) { m_missing = label; }

protected:
    QString text(int row, int column) const override;
    QVariant value(int row, int column) const override;
    bool isNumeric(int column) const override;

private:
    analysis::SegmentResult m_result;
    int m_valueColumn = 0;
    QString m_missing;
};

} // namespace hc::ui
