#include "ui/DefaultLayout.h"

#include "ui/docks/KpiCardsView.h"

#include <QDockWidget>
#include <QMainWindow>

namespace hc::ui {

void DefaultLayout::apply(QMainWindow& window, const KpiCardsView& kpis)
{
    const auto dock = [&window](const char* name) { return window.findChild<QDockWidget*>(QLatin1String(name)); };
    QDockWidget* overview = dock("overviewDock");
    QDockWidget* kpi = dock("kpiDock");
    QDockWidget* insights = dock("insightsDock");
    if (!overview || !kpi || !insights)
        return;
    insights->raise();
    overview->raise();
    const auto docked = [](const QDockWidget* d) { return d->isVisible() && !d->isFloating(); };
    if (docked(overview) && docked(kpi)) {
        const int both = overview->width() + kpi->width();
        window.resizeDocks({overview, kpi}, {300, std::max(1, both - 300)}, Qt::Horizontal);
    }
    if (docked(kpi) && docked(insights)) {
        const int both = kpi->height() + insights->height();
        const int wanted = kpi->height() - kpis.height() + kpis.heightForRows(2); // the title bar and two rows
        window.resizeDocks({kpi, insights}, {wanted, std::max(1, both - wanted)}, Qt::Vertical);
    }
}

} // namespace hc::ui
