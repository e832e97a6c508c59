#pragma once

#include "ui/views/AnalysisView.h"

class QTreeWidget;

namespace hc::ui {

// Every source of the workspace with its events, last sync, failed days and a freshness badge
// (how old its newest event is), plus the way to sync now.
class SyncStatusView : public AnalysisView {
    Q_OBJECT
public:
    explicit SyncStatusView(WorkbenchData& data, QWidget* parent = nullptr);
    QTreeWidget* sources() const { return m_sources; }

Q_SIGNALS:
    void syncRequested();

protected:
    void startAnalysis(const WorkbenchData::View& view) override;

private:
    QTreeWidget* m_sources;
};

} // namespace hc::ui
