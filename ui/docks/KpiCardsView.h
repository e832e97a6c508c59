#pragma once

#include "ui/docks/AnalysisView.h"

#include <QMap>

class QGridLayout;
class QLabel;

namespace hc::ui {

class KpiTableModel;

class KpiCard;

// The KPI cards of semantics.md for the scope's range, each with its change against the
// previous period of equal length and a daily sparkline; clicking a card asks for its trend.
class KpiCardsView : public AnalysisView {
    Q_OBJECT
public:
    explicit KpiCardsView(WorkbenchData& data, QWidget* parent = nullptr);

    KpiCard* card(const QString& id) const { return m_cards.value(id); }
    KpiTableModel* model() const { return m_model; }

Q_SIGNALS:
    // A trend measure for the card: "total" or "uniques" of any event, or "sum:revenue".
    void trendRequested(const QString& kpiId, const QString& measure);

protected:
    void startAnalysis(const WorkbenchData::View& view) override;
    void render() override;
    void resizeEvent(QResizeEvent* event) override;

private:
    KpiTableModel* m_model;
    QWidget* m_grid;
    QGridLayout* m_layout;
    QLabel* m_compared; // names the comparison range while comparing
    int m_columns = 0;
    bool m_shownCompare = false;
    // Cards in as many columns as fit (six in a wide window: all twelve on two rows).
    void layOutCards();
    QMap<QString, KpiCard*> m_cards;
};

} // namespace hc::ui
