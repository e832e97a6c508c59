#pragma once

#include "core/analysis/engine/Retention.h"

#include <QAbstractTableModel>

namespace hc::ui {

// A retention table as rows: the weighted average first, then one row per cohort; columns are
// the cohort, its size and periods 0..n-1. Cells give the share (RatioRole), the user count
// (CountRole) and whether the period has ended (CompleteRole).
class RetentionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { RatioRole = Qt::UserRole + 1, CountRole, CompleteRole };
    static constexpr int kFirstPeriodColumn = 2;

    explicit RetentionTableModel(QObject* parent = nullptr);

    void setTable(const analysis::RetentionTable& table, const QString& periodName);
    const analysis::RetentionTable& table() const { return m_table; }
    const QString& periodName() const { return m_periodName; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    analysis::RetentionTable m_table;
    QString m_periodName;
    int m_periods = 0;
};

} // namespace hc::ui
