#include "ui/models/RetentionTableModel.h"

#include "core/util/NumberFormat.h"
#include "ui/charts/ChartSupport.h"

namespace hc::ui {

RetentionTableModel::RetentionTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void RetentionTableModel::setTable(const analysis::RetentionTable& table, const QString& periodName)
{
    beginResetModel();
    m_table = table;
    m_periodName = periodName;
    m_periods = table.cohorts.empty() ? int(table.average.size()) : int(table.cohorts.front().retained.size());
    endResetModel();
}

int RetentionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.cohorts.size()) + 1;
}

int RetentionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kFirstPeriodColumn + m_periods;
}

QVariant RetentionTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const int k = index.column() - kFirstPeriodColumn;
    if (index.row() == 0) { // the weighted average over complete cells
        if (index.column() == 0)
            return role == Qt::DisplayRole ? tr("Average") : QVariant();
        if (index.column() == 1) {
            if (role != Qt::DisplayRole)
                return {};
            qint64 total = 0;
            for (const auto& c : m_table.cohorts)
                total += c.size;
            return NumberFormat::count(double(total));
        }
        const auto& avg = m_table.average[size_t(k)];
        switch (role) {
        case Qt::DisplayRole:
            return avg ? NumberFormat::percent(*avg) : QStringLiteral("—");
        case RatioRole:
            return avg ? QVariant(*avg) : QVariant();
        case CompleteRole:
            return avg.has_value();
        case Qt::ToolTipRole:
            return tr("Average of complete cells, weighted by cohort size: %1")
                .arg(avg ? NumberFormat::percent(*avg) : tr("no complete cell yet"));
        default:
            return {};
        }
    }
    const auto& c = m_table.cohorts[size_t(index.row() - 1)];
    if (index.column() == 0)
        return role == Qt::DisplayRole ? ChartSupport::periodLabel(c.start) : QVariant(); // the locale's date
    if (index.column() == 1) {
        if (role == Qt::DisplayRole)
            return NumberFormat::count(double(c.size));
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    const qint64 n = c.retained[size_t(k)];
    const double ratio = c.size > 0 ? double(n) / double(c.size) : 0;
    // Period k starts when period k - 1 ends: while that one is still running, k has not begun
    // and shows nothing (not a misleading 0.0%).
    if (k > 0 && !c.complete[size_t(k - 1)]) {
        if (role == Qt::ToolTipRole)
            return tr("Cohort %1, %2 %3: not started yet").arg(ChartSupport::periodLabel(c.start), m_periodName).arg(k);
        if (role == CompleteRole)
            return false;
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return c.size > 0 ? NumberFormat::percent(ratio) : QStringLiteral("—");
    case RatioRole:
        return c.size > 0 ? QVariant(ratio) : QVariant();
    case CountRole:
        return n;
    case CompleteRole:
        return bool(c.complete[size_t(k)]);
    case Qt::ToolTipRole:
        return tr("Cohort %1, %2 %3: %4 of %5 users (%6)%7")
            .arg(ChartSupport::periodLabel(c.start), m_periodName)
            .arg(k)
            .arg(NumberFormat::count(double(n)), NumberFormat::count(double(c.size)), NumberFormat::percent(ratio),
                 c.complete[size_t(k)] ? QString() : tr(" — period not over yet"));
    default:
        return {};
    }
}

QVariant RetentionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Cohort");
    if (section == 1)
        return tr("Users");
    return tr("%1 %2").arg(m_periodName).arg(section - kFirstPeriodColumn);
}

} // namespace hc::ui
