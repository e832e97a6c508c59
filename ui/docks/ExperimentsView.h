#pragma once

#include "ui/docks/AnalysisView.h"

class QChartView;
class QComboBox;
class QLabel;
class QTableView;

namespace hc::ui {

class ExperimentModel;

// An A/B test read from the synced events: the users exposed to each value of a variant property,
// how many reached the goal, and each variant against the control (lift, z-test, probability to
// beat control), with a warning when the split itself is suspect (sample-ratio mismatch).
class ExperimentsView : public AnalysisView {
    Q_OBJECT
public:
    explicit ExperimentsView(WorkbenchData& data, QWidget* parent = nullptr);

    // For tests and saved analyses: pick the variant property and goal (missing names are ignored).
    void setExperiment(const QString& variantProperty, const QString& goal);
    ExperimentModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLabel* verdict() const { return m_verdict; }
    QLabel* sampleRatioWarning() const { return m_srmWarning; }

protected:
    void startAnalysis(const WorkbenchData::View& view) override;
    void render() override;

private:
    void refillPickers(const WorkbenchData::View& view);
    QString verdictText() const;
    void drawChart();

    QComboBox* m_property;
    QComboBox* m_goal;
    QComboBox* m_exposure;
    QLabel* m_verdict;
    QLabel* m_srmWarning;
    ExperimentModel* m_model;
    QTableView* m_table;
    QChartView* m_chart;
};

} // namespace hc::ui
