#pragma once

#include "core/analysis/engine/Paths.h"
#include "ui/models/ResultTableModel.h"

namespace hc::ui {

// Ranked paths: rank, the path written out from (or to) the anchor, occurrences, users and the
// share of the listed paths (ValueRole of the share column is the ratio, for the bar delegate).
class PathsModel : public ResultTableModel {
    Q_OBJECT
public:
    enum Column { RankColumn, PathColumn, OccurrencesColumn, UsersColumn, ShareColumn };

    using ResultTableModel::ResultTableModel;

    // sessionEnds: the words for "the session ended here".
    void setResult(const std::vector<analysis::PathRow>& rows, const analysis::PathQuery& query,
                   const QString& sessionEnds);
    const std::vector<analysis::PathRow>& result() const { return m_rows; }
    int rowCount(const QModelIndex& parent = {}) const override;

protected:
    QString text(int row, int column) const override;
    QVariant value(int row, int column) const override;
    bool isNumeric(int column) const override { return column != PathColumn; }

private:
    std::vector<analysis::PathRow> m_rows;
    QStringList m_paths;
    qint64 m_total = 0;
};

} // namespace hc::ui
