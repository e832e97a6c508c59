#pragma once

#include "core/analysis/engine/Segmentation.h"
#include "ui/models/ResultTableModel.h"

namespace hc::ui {

// A segment result as a table: one column per property, the measure, and for additive measures
// (events, users, sums) each row's share of the total over all rows.
class SegmentsModel : public ResultTableModel {
    Q_OBJECT
public:
    explicit SegmentsModel(QObject* parent = nullptr) : ResultTableModel({}, parent) {}

    // headers: the properties' and the measure's titles, one per column; shareTitle heads a share
    // column, none when empty.
    void setResult(const analysis::SegmentResult& result, const QStringList& headers,
                   const QString& shareTitle = QString());
    int shareColumn() const { return m_shareColumn; }
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
    int m_shareColumn = -1;
    QString m_missing;
};

} // namespace hc::ui
