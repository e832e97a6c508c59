#pragma once

#include "ui/docks/AnalysisView.h"

#include <QMap>

class QDialog;
class QGridLayout;
class QLabel;
class QScrollArea;

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
    // Keeps the revenue's currency in the workspace (on a worker), then shows the cards again.
    void setCurrency(const QString& isoCode);
    // The view's height that shows `rows` rows of cards without scrolling.
    int heightForRows(int rows) const;

Q_SIGNALS:
    // The Trends view's measure ("total", "uniques", "per_user", "sum:revenue") and interval
    // ("day", "week", "month") that draw the card's own metric.
    void trendRequested(const QString& kpiId, const QString& measure, const QString& interval);
    // A card without a trend measure opened its own daily chart.
    void detailShown(QDialog* dialog);
    void currencyChanged();

protected:
    void startAnalysis(const WorkbenchData::View& view) override;
    void render() override;
    void resizeEvent(QResizeEvent* event) override;

private:
    KpiTableModel* m_model;
    QScrollArea* m_scroll;
    QWidget* m_grid;
    QGridLayout* m_layout;
    QLabel* m_compared; // names the comparison range while comparing
    int m_columns = 0;
    bool m_shownCompare = false;
    quint64 m_currencyLoadGeneration = 0;
    // Cards in as many columns as fit (six in a wide window: all twelve on two rows).
    void layOutCards();
    void askForCurrency();
    void openCard(const QString& id);
    static QPair<QString, QString> trendOf(const QString& id);
    QMap<QString, KpiCard*> m_cards;
};

} // namespace hc::ui
