#include "ui/models/SourcesModel.h"

#include "core/util/NumberFormat.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace hc::ui {

void SourcesModel::setResult(const QList<store::SourceStatus>& sources, qint64 nowMs, const Labels& labels)
{
    beginResetModel();
    m_sources = sources;
    m_nowMs = nowMs;
    m_labels = labels;
    endResetModel();
}

int SourcesModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_sources.size()); }

double SourcesModel::daysSince(qint64 ms) const { return ms ? double(m_nowMs - ms) / 86400000.0 : 1e9; }

double SourcesModel::ageDays(int row) const
{
    const store::SourceStatus& s = m_sources[row];
    // A source never synced (a file, the demo) is as fresh as its events.
    return std::max(daysSince(s.lastEventMs), s.lastFetchedMs ? daysSince(s.lastFetchedMs) : 0.0);
}

QVariant SourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && section >= 0 && section < m_sources.size())
        return m_sources[section].name;
    return ResultTableModel::headerData(section, orientation, role);
}

QString SourcesModel::text(int row, int column) const
{
    const store::SourceStatus& s = m_sources[row];
    const QLocale locale;
    const auto when = [&](qint64 ms, const QString& none) {
        return ms ? locale.toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat) : none;
    };
    switch (column) {
    case NameColumn:
        return s.name;
    case KindColumn:
        return s.kind;
    case EventsColumn:
        return NumberFormat::count(double(s.events));
    case NewestColumn:
        return when(s.lastEventMs, QStringLiteral("—"));
    case LastSyncColumn:
        return when(s.lastFetchedMs, m_labels.never);
    case FailedColumn:
        return NumberFormat::count(double(s.failedDays));
    case FreshnessColumn: {
        const double age = ageDays(row);
        return age < 2 ? m_labels.fresh : age < 8 ? m_labels.fewDaysOld : m_labels.stale;
    }
    }
    return QString();
}

QVariant SourcesModel::value(int row, int column) const
{
    const store::SourceStatus& s = m_sources[row];
    switch (column) {
    case NameColumn:
        return s.name;
    case KindColumn:
        return s.kind;
    case EventsColumn:
        return s.events;
    case NewestColumn:
        return s.lastEventMs ? QVariant(QDateTime::fromMSecsSinceEpoch(s.lastEventMs)) : QVariant();
    case LastSyncColumn:
        return s.lastFetchedMs ? QVariant(QDateTime::fromMSecsSinceEpoch(s.lastFetchedMs)) : QVariant();
    case FailedColumn:
        return s.failedDays;
    case FreshnessColumn:
        return ageDays(row);
    }
    return {};
}

QVariant SourcesModel::data(const QModelIndex& index, int role) const
{
    if (index.isValid() && index.column() == FreshnessColumn && role == Qt::ForegroundRole) {
        const double age = ageDays(index.row());
        return age < 2 ? QColor(0x2e, 0x9d, 0x4f) : age < 8 ? QColor(0xc9, 0x8a, 0x10) : QColor(0xd6, 0x45, 0x45);
    }
    if (index.isValid() && index.column() == FreshnessColumn && role == Qt::ToolTipRole) {
        const store::SourceStatus& s = m_sources[index.row()];
        QString tip = m_labels.ageTooltip.arg(QLocale().toString(daysSince(s.lastEventMs), 'f', 1));
        if (s.lastFetchedMs)
            tip += QStringLiteral(" · ")
                   + m_labels.syncTooltip.arg(QLocale().toString(daysSince(s.lastFetchedMs), 'f', 1));
        return tip;
    }
    return ResultTableModel::data(index, role);
}

} // namespace hc::ui
