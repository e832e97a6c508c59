#pragma once

class QMainWindow;

namespace hc::ui {

class KpiCardsView;

// The default sizes of the window's docks, set once the window has its size (sizes set before
// it is shown are redistributed when it grows): the overview column 300 px wide, the KPI dock
// tall enough for two rows of cards, the analysis tabs the rest; Insights and Overview in front.
class DefaultLayout {
public:
    static void apply(QMainWindow& window, const KpiCardsView& kpis);
};

} // namespace hc::ui
