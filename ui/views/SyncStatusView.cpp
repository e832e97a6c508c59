#include "ui/views/SyncStatusView.h"

#include "ui/NumberFormat.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>

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
    m_sources = new QTreeWidget(this);
    m_sources->setObjectName(QStringLiteral("syncSources"));
    m_sources->setAccessibleName(tr("Sources"));
    m_sources->setRootIsDecorated(false);
    m_sources->setHeaderLabels({tr("Source"), tr("Kind"), tr("Events"), tr("Newest event"), tr("Last sync"),
                                tr("Failed days"), tr("Freshness")});
    m_sources->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setResultWidget(m_sources);
    connect(sync, &QPushButton::clicked, this, &SyncStatusView::syncRequested);
}

void SyncStatusView::startAnalysis(const WorkbenchData::View& view)
{
    const QString path = view.workspacePath;
    const quint64 generation = view.loadGeneration;
    if (generation == m_rowsLoadGeneration) {
        const QList<store::SourceStatus> rows = m_rows;
        runAnalysis([rows, this](TaskContext&) -> AnalysisRunner::Apply { return [this, rows] { showSources(rows); }; });
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
    m_sources->clear();
    if (rows.isEmpty()) {
        showMessage(tr("No sources yet — import a file or sync from Mixpanel."));
        return;
    }
    const QLocale locale;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const store::SourceStatus& r : rows) {
        auto* item = new QTreeWidgetItem(m_sources);
        item->setText(0, r.name);
        item->setText(1, r.kind);
        item->setText(2, NumberFormat::count(double(r.events)));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(3, r.lastEventMs ? locale.toString(QDateTime::fromMSecsSinceEpoch(r.lastEventMs), QLocale::ShortFormat)
                                    : QStringLiteral("—"));
        item->setText(4, r.lastFetchedMs ? locale.toString(QDateTime::fromMSecsSinceEpoch(r.lastFetchedMs), QLocale::ShortFormat)
                                       : tr("never"));
        item->setText(5, NumberFormat::count(double(r.failedDays)));
        const double ageDays = r.lastEventMs ? double(now - r.lastEventMs) / 86400000.0 : 1e9;
        item->setText(6, ageDays < 2 ? tr("● Fresh") : ageDays < 8 ? tr("● A few days old") : tr("● Stale"));
        item->setForeground(6, ageDays < 2   ? QColor(0x2e, 0x9d, 0x4f)
                               : ageDays < 8 ? QColor(0xc9, 0x8a, 0x10)
                                             : QColor(0xd6, 0x45, 0x45));
        item->setToolTip(6, tr("Newest event %1 days ago").arg(locale.toString(ageDays, 'f', 1)));
    }
    showResult();
}

} // namespace hc::ui
