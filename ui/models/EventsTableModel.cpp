#include "ui/models/EventsTableModel.h"

#include <QDateTime>
#include <QLocale>

namespace hc::ui {

EventsTableModel::EventsTableModel(QObject* parent)
    : QAbstractTableModel(parent), m_rows(std::make_shared<const std::vector<quint32>>())
{
}

void EventsTableModel::setRows(std::shared_ptr<const dataset::Dataset> data,
                               std::shared_ptr<const std::vector<quint32>> rows)
{
    beginResetModel();
    m_data = std::move(data);
    m_rows = std::move(rows);
    endResetModel();
}

int EventsTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows->size()); }

int EventsTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant EventsTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_data || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const size_t p = (*m_rows)[size_t(index.row())];
    switch (index.column()) {
    case TimeColumn: {
        // The day as the locale writes it (as everywhere else), the time to the millisecond in the
        // scope's zone, which the header names.
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(m_data->times()[p], m_data->settings().zone);
        const QLocale locale;
        return QString(locale.toString(t.date(), QLocale::ShortFormat) + u' '
                       + t.time().toString(QStringLiteral("HH:mm:ss.zzz")));
    }
    case EventColumn:
        return m_data->eventNames()[m_data->names()[p]];
    case UserColumn:
        return m_data->userIds()[m_data->users()[p]];
    default:
        return {};
    }
}

QVariant EventsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return m_data ? tr("Time (%1)").arg(QString::fromUtf8(m_data->settings().zone.id())) : tr("Time");
    case EventColumn:
        return tr("Event");
    case UserColumn:
        return tr("User");
    default:
        return {};
    }
}

} // namespace hc::ui
