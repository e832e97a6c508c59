#pragma once

#include "core/store/WorkspaceCatalog.h"
#include "ui/models/ResultTableModel.h"

namespace hc::ui {

// Every source of the workspace: name, kind, events, newest event, last sync, failed days and a
// freshness badge (fresh under 2 days, stale from 8) by the older of its newest event and its
// last sync: a source synced today whose events stopped a week ago is stale, and so is one
// whose last sync was a week ago. Rows are also named by their source (the vertical header).
class SourcesModel : public ResultTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, EventsColumn, NewestColumn, LastSyncColumn, FailedColumn, FreshnessColumn };

    using ResultTableModel::ResultTableModel;

    // The words the view shows, translated in its context.
    struct Labels {
        QString fresh;
        QString fewDaysOld;
        QString stale;
        QString never;
        QString ageTooltip;  // %1: the newest event's age in days
        QString syncTooltip; // %1: the last sync's age in days
    };

    // nowMs: the moment freshness is judged at.
    void setResult(const QList<store::SourceStatus>& sources, qint64 nowMs, const Labels& labels);
    const QList<store::SourceStatus>& result() const { return m_sources; }
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QString text(int row, int column) const override;
    QVariant value(int row, int column) const override;
    bool isNumeric(int column) const override { return column == EventsColumn || column == FailedColumn; }

private:
    // Days since a moment (1e9 for never); freshness goes by the older of the two.
    double daysSince(qint64 ms) const;
    double ageDays(int row) const;

    QList<store::SourceStatus> m_sources;
    qint64 m_nowMs = 0;
    Labels m_labels;
};

} // namespace hc::ui
