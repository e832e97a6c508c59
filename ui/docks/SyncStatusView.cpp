#include "ui/docks/SyncStatusView.h"

#include "ui/models/SourcesModel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTransposeProxyModel>

namespace hc::ui {

SyncStatusView::SyncStatusView(WorkbenchData& data, QWidget* parent) : AnalysisView(data, parent)
{
    setObjectName(QStringLiteral("syncStatusView"));
    auto* controls = new QWidget(this);
    auto* row = new QHBoxLayout(controls);
    row->setContentsMargins(0, 0, 0, 0);
    auto* sync = new QPushButton(tr("Sync from Mixpanel…"), controls);
    sync->setObjectName(QStringLiteral("syncNowButton"));
    row->addWidget(new QLabel(tr("Where the data comes from and how fresh it is."), controls), 1);
    row->addWidget(sync);
    setControls(controls);
    m_model = new SourcesModel({tr("Source"), tr("Kind"), tr("Events"), tr("Newest event"), tr("Last sync"),
                                tr("Failed days"), tr("Freshness")},
                               this);
    // One column per source and a row per fact: the dock is narrow, sources are few.
    auto* transposed = new QTransposeProxyModel(this);
    transposed->setSourceModel(m_model);
    m_sources = new QTableView(this);
    m_sources->setModel(transposed);
    m_sources->setObjectName(QStringLiteral("syncSources"));
    m_sources->setAccessibleName(tr("Sources"));
    m_sources->setShowGrid(false);
    m_sources->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sources->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sources->horizontalHeader()->setStretchLastSection(true);
    setResultWidget(m_sources);
    connect(sync, &QPushButton::clicked, this, &SyncStatusView::syncRequested);
}

void SyncStatusView::startAnalysis(const WorkbenchData::View& view)
{
    const QString path = view.workspacePath;
    const quint64 generation = view.loadGeneration;
    if (generation == m_rowsLoadGeneration) {
        const QList<store::SourceStatus> rows = m_rows;
        runAnalysis(
            [rows, this](TaskContext&) -> AnalysisRunner::Apply { return [this, rows] { showSources(rows); }; });
        return;
    }
    runAnalysis([path, generation, this](TaskContext&) -> AnalysisRunner::Apply {
        QList<store::SourceStatus> rows;
        if (auto catalog = store::WorkspaceCatalog::open(path); catalog.ok())
            if (auto status = catalog.value()->sourceStatus(); status.ok())
                rows = status.value();
        return [this, rows, generation] {
            m_rows = rows;
            m_rowsLoadGeneration = generation;
            showSources(rows);
        };
    });
}

void SyncStatusView::showSources(const QList<store::SourceStatus>& rows)
{
    m_model->setResult(rows, QDateTime::currentMSecsSinceEpoch(),
                       SourcesModel::Labels{tr("● Fresh"), tr("● A few days old"), tr("● Stale"), tr("never"),
                                            tr("Newest event %1 days ago"), tr("last synced %1 days ago")});
    m_sources->setRowHidden(SourcesModel::NameColumn, true); // the column headers name the sources
    keepResult();
}

void SyncStatusView::render()
{
    if (m_model->rowCount() == 0) {
        showMessage(tr("No sources yet — import a file or sync from Mixpanel."));
        return;
    }
    showResult();
}

} // namespace hc::ui
