#pragma once

#include "core/dataset/Dataset.h"

#include <QAbstractTableModel>
#include <QTimeZone>

#include <memory>
#include <vector>

namespace hc::ui {

// A virtual table over the dataset's events in time order: the model keeps only the positions
// of the rows (4 bytes each) and formats a cell when it is painted, so millions of rows scroll
// as smoothly as a hundred.
class EventsTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, EventColumn, UserColumn, ColumnCount };

    explicit EventsTableModel(QObject* parent = nullptr);

    void setRows(std::shared_ptr<const dataset::Dataset> data, std::shared_ptr<const std::vector<quint32>> rows);
    // The dataset position of a row.
    quint32 positionAt(int row) const { return (*m_rows)[size_t(row)]; }
    const dataset::Dataset* dataset() const { return m_data.get(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::shared_ptr<const dataset::Dataset> m_data;
    std::shared_ptr<const std::vector<quint32>> m_rows;
};

} // namespace hc::ui
