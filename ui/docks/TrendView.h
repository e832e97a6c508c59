#pragma once

#include "core/analysis/cohort/CohortDefinition.h"
#include "core/analysis/engine/Trend.h"
#include "core/store/WorkspaceCatalog.h"
#include "ui/charts/TrendOverlay.h"
#include "ui/docks/AnalysisView.h"

#include <functional>
#include <vector>

class QCheckBox;
class QGraphicsSimpleTextItem;
class QChartView;
class QComboBox;
class QSpinBox;

namespace hc::ui {

class TrendTableModel;

// Trend chart: one line per series (breakdown values, (other), missing), the previous period
// dashed when compare is on, exact values on hover, the workspace's annotations as labelled
// markers, and on request (daily or hourly, no breakdown) the expected range with anomalies
// marked and a two-week forecast with its 80/95% bands and backtest.
class TrendView : public AnalysisView {
    Q_OBJECT
public:
    explicit TrendView(WorkbenchData& data, QWidget* parent = nullptr);

    // "total", "uniques", "per_user", "sum:P", "avg:P", "median:P", "p90:P" of any event.
    // With an interval ("hour", "day", "week", "month") the trend switches to it too.
    void showMeasure(const QString& measure, const QString& event = QStringLiteral("*"),
                     const QString& interval = QString());
    QChartView* chartView() const { return m_chart; }
    // The plotted series as (name, values), for tests and CSV export.
    QList<QPair<QString, QList<double>>> plottedSeries() const;
    QStringList periodLabels() const;
    // The index of the first period drawn as incomplete (the number of periods when none is).
    int firstIncompletePeriod() const { return m_firstIncomplete; }
    TrendTableModel* model() const { return m_model; }
    const TrendOverlay& overlay() const { return m_overlay; }
    // Turns the anomaly range and the forecast on or off (the check boxes of the controls).
    void showStatistics(bool anomalies, bool forecast);
    // The users behind one point (a current series, a period index) in the Events explorer, as a
    // click on the point does; false with the reason when there are none to show.
    bool showPointUsers(int series, int period, QString* whyNot = nullptr);

    const QList<store::Annotation>& annotations() const { return m_annotations; }
    // Changes the text of a drawn annotation, or with an empty text deletes it (in the workspace,
    // on a worker); the chart is drawn again when it is written.
    bool changeAnnotation(int index, const QString& text);

public Q_SLOTS:
    void addAnnotation();

protected:
    void startAnalysis(const WorkbenchData::View& view) override;
    bool drawsComparison() const override { return true; }
    void render() override;
    void queryRestored() override;

private:
    void refillPickers(const WorkbenchData::View& view);

    QComboBox* m_event;
    QComboBox* m_measure;
    QComboBox* m_property;
    QComboBox* m_interval;
    QComboBox* m_breakdown;
    QSpinBox* m_rolling;
    QCheckBox* m_cumulative;
    QCheckBox* m_anomalies;
    QCheckBox* m_forecast;
    TrendOverlay m_overlay;
    QChartView* m_chart;
    // What the kept result was asked for, in words: chart title, period axis and measure unit.
    struct TrendLabels {
        QString title;
        QString axis;
        QString unit;
    };
    TrendTableModel* m_model;
    TrendLabels m_labels;
    std::vector<qint64> m_periodDays; // local day of each kept period's start, for annotations
    // The first period that is not complete: it ends after the newest event's day or after the
    // range (periods.size() when all are complete). From there on lines are dashed.
    int m_firstIncomplete = 0;
    // What the kept result counted, for a drill-down from a point.
    struct Shown {
        analysis::EventSpec event;
        QString breakdown;
        analysis::TimeRange range;
        analysis::Interval interval = analysis::Interval::Day;
        std::shared_ptr<const analysis::ReportingCalendar> calendar;
    } m_shown;
    QList<store::Annotation> m_annotations;
    QList<QGraphicsSimpleTextItem*> m_noteLabels; // the drawn notes' texts, owned by the chart
    quint64 m_annotationsLoadGeneration = 0;
};

} // namespace hc::ui
