#pragma once

#include "core/analysis/cohort/CohortDefinition.h"
#include "core/analysis/engine/Funnel.h"
#include "core/analysis/query/QueryOptions.h"
#include "ui/docks/AnalysisView.h"

#include <optional>
#include <vector>

class QChartView;
class QComboBox;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QAbstractBarSeries;
class QTableView;

namespace hc::ui {

class FunnelStepsModel;

// Funnel editor and results: steps added, removed and reordered; window, order, an exclusion
// between the first and last step, a property held constant, a breakdown; bars with conversion
// and drop-off, a table with times to convert, a time-to-convert histogram and conversion over
// time by entry day.
class FunnelView : public AnalysisView {
    Q_OBJECT
public:
    explicit FunnelView(WorkbenchData& data, QWidget* parent = nullptr);

    void setSteps(const QStringList& events);
    QStringList steps() const;
    void setWindowDays(int days);
    // A property to break the funnel down by; empty for none.
    void setBreakdown(const QString& property);
    // Users (or attempts) reaching each step in the last result.
    QList<qint64> stepCounts() const;
    QTableView* table() const { return m_table; }
    // Keeps the users of a step as a cohort (`dropped`: who reached the step before and stopped),
    // by the funnel's rule over the scope's days and filter, so it follows new data. False with a
    // message when the shown funnel cannot be written as a rule (a cohort in the filter).
    bool saveStepAsCohort(int step, bool dropped, const QString& name, QString* whyNot = nullptr);
    // Drill-down: the Events explorer shows only that step's users (same rule as above).
    bool showStepUsers(int step, bool dropped, QString* whyNot = nullptr);
    FunnelStepsModel* model() const { return m_model; }
    // The first entry day of the over-time chart whose conversion window is still open (it ends
    // after the newest event's day): from there the line is dotted. The day count when none is.
    int firstOpenEntryDay() const { return m_firstOpenDay; }

protected:
    void startAnalysis(const WorkbenchData::View& view) override;
    void render() override;

private:
    void addStep();
    void moveStep(int delta);
    void refillPickers(const WorkbenchData::View& view);
    void askToSaveCohort(bool dropped);
    void askToShowUsers(bool dropped);
    int selectedStep() const; // 1-based; 0 when no row of the table is current
    QAbstractBarSeries* dropOffBars(const std::vector<analysis::FunnelStep>& steps);
    std::optional<analysis::CohortDefinition> stepRule(int step, bool dropped, QString* whyNot) const;

    QListWidget* m_steps;
    QComboBox* m_newStep;
    QSpinBox* m_window;
    QComboBox* m_windowUnit;
    QComboBox* m_order;
    QComboBox* m_exclusion;
    QComboBox* m_hold;
    QComboBox* m_counting;
    QComboBox* m_attempts;
    QComboBox* m_attribution;
    QLineEdit* m_stepWhere;
    QLineEdit* m_moreExclusions;
    QComboBox* m_breakdown;
    QChartView* m_bars;
    QChartView* m_histogram;
    QChartView* m_overTime;
    FunnelStepsModel* m_model;
    QTableView* m_table;
    // The shown funnel's options (no breakdown or over-time) and scope, for saving cohorts.
    analysis::QueryOptions m_shownOptions;
    AnalysisScope m_shownScope;
    int m_firstOpenDay = 0;
};

} // namespace hc::ui
