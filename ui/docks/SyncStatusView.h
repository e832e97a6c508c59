#pragma once

#include "core/store/WorkspaceCatalog.h"
#include "ui/docks/AnalysisView.h"

class QTableView;

namespace hc::ui {

class SourcesModel;

// Every source of the workspace with its events, last sync, failed days and a freshness badge
// (how old its newest event is), plus the way to sync now.
class SyncStatusView : public AnalysisView {
    Q_OBJECT
public:
    explicit SyncStatusView(WorkbenchData& data, QWidget* parent = nullptr);
    QTableView* sources() const { return m_sources; }
    SourcesModel* model() const { return m_model; }

Q_SIGNALS:
    void syncRequested();

protected:
    void startAnalysis(const WorkbenchData::View& view) override;
    void render() override;

private:
    void showSources(const QList<store::SourceStatus>& rows);

    SourcesModel* m_model;
    QTableView* m_sources;
    // What the store said at the last load: scope changes do not change sources, and counting
    // events per source reads the whole events table.
    QList<store::SourceStatus> m_rows;
    quint64 m_rowsLoadGeneration = 0;
};

} // namespace hc::ui
