#pragma once

#include "core/analysis/AnalysisSnapshot.h"
#include "core/analysis/calendar/ReportingCalendar.h"
#include "core/analysis/calendar/TimeRange.h"
#include "core/dataset/Dataset.h"
#include "core/store/WorkspaceSummary.h"
#include "ui/AnalysisScope.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace hc::ui {

class AnalysisRunner;

// The data every view reads: the open workspace's dataset (loaded once, off the GUI thread),
// seen through the global scope — reporting zone, filter bar — and the date range. Views take
// a consistent View (dataset, calendar, range) and compute on their own workers.
class WorkbenchData : public QObject {
    Q_OBJECT
public:
    struct View {
        std::shared_ptr<const dataset::Dataset> data; // filtered and in the scope's zone
        std::shared_ptr<const analysis::ReportingCalendar> calendar;
        analysis::TimeRange range;
        AnalysisScope scope;
        QString workspacePath;
        QStringList propertyNames;  // seen in a sample of events, for pickers
        quint64 loadGeneration = 0; // raised each time the workspace's events are read again
        bool isEmpty() const { return !data || data->isEmpty(); }
    };

    explicit WorkbenchData(QObject* parent = nullptr);
    ~WorkbenchData() override;

    // Loads the workspace's dataset on a worker; a newer call replaces a running one.
    void openWorkspace(const QString& path);
    void close();
    void setScope(const AnalysisScope& scope);

    const AnalysisScope& scope() const { return m_scope; }
    bool hasView() const { return m_view.data != nullptr; }
    const View& view() const { return m_view; }
    bool isLoading() const;
    // The first and last local day with events, in the scope's zone (invalid when empty).
    QDate firstDataDay() const { return m_firstDay; }
    QDate lastDataDay() const { return m_lastDay; }
    QString lastError() const { return m_error; }

Q_SIGNALS:
    void loadingChanged(bool loading); // reading the workspace's events started or ended
    // A new view is ready (after opening, a scope change or a reload); views recompute.
    void viewChanged();
    // The scope could not be applied (a filter that does not parse, an unknown property).
    void failed(const QString& message);
    // The workspace's events were read: totals over all of them, in the workspace's zone.
    void loaded(const hc::store::WorkspaceSummary& totals);
    void loadFailed(const QString& message);
    void loadProgress(int percent);

private:
    void rebuildView();
    // Writes the cache files of properties that have none yet, in the background, so that the
    // first breakdown or filter by any of them is quick (issue 15: ≤ 200 ms at 10M events).
    void warmPropertyCaches(const std::shared_ptr<const dataset::Dataset>& data, const QString& path,
                            const QStringList& properties);
    // The loaded events in the scope's zone, through its filter (on a worker).
    static Result<analysis::AnalysisSnapshot> scopedSnapshot(const std::shared_ptr<const dataset::Dataset>& base,
                                                             const AnalysisScope& scope, TaskContext& context);

    std::shared_ptr<std::atomic_bool> m_warmCancel;
    AnalysisRunner* m_loader;
    AnalysisRunner* m_viewBuilder;
    std::shared_ptr<const dataset::Dataset> m_base;
    QStringList m_propertyNames;
    quint64 m_loadGeneration = 0;
    QString m_path;
    AnalysisScope m_scope;
    View m_view;
    QDate m_firstDay;
    QDate m_lastDay;
    QString m_error;
};

} // namespace hc::ui
