#pragma once

#include "ui/AnalysisRunner.h"
#include "ui/WorkbenchData.h"

#include <QJsonObject>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QToolButton;
class QVBoxLayout;

namespace hc::store {
class WorkspaceCatalog;
}

namespace hc::ui {

// Base of every analysis dock: controls on top, the result below, a thin busy bar while a
// request runs (the last result stays visible), and a message in place of the result when
// there is nothing to show. Subclasses implement recompute() and call runAnalysis().
class AnalysisView : public QWidget {
    Q_OBJECT
public:
    AnalysisView(WorkbenchData& data, QWidget* parent = nullptr);

    bool isBusy() const { return m_runner->isBusy(); }
    // Hidden when its data changed: it computes once it is shown.
    bool isWaitingToBeShown() const { return m_stale; }
    // How many results were computed and shown so far (tests wait for it to move).
    int resultCount() const { return m_results; }
    // How many times the kept result was drawn (a theme change draws again, computing nothing).
    int renderCount() const { return m_renders; }
    // The view's whole query as its controls hold it (ViewQuery), and setting one: the controls
    // change and the view computes, recording nothing on the undo stack.
    QJsonObject query() const;
    void setQuery(const QJsonObject& query);

public Q_SLOTS:
    // Recomputes from the current view of the data with the view's own settings.
    void recompute();
    // Whether its dock shows it (a dock behind another tab stays "visible" to Qt, but its
    // visibilityChanged signal says it is not on screen). A view computes only while on screen.
    void setOnScreen(bool onScreen);

Q_SIGNALS:
    void resultShown();
    // The analyst changed the view's query (a recompute found the controls changed since the last).
    void queryEdited(const QJsonObject& before, const QJsonObject& after);

protected:
    // Builds the request for the current data view; called only when a view exists.
    virtual void startAnalysis(const WorkbenchData::View& view) = 0;
    // Whether the view draws the previous period when the scope compares (a scope change that
    // only toggles compare recomputes just those views).
    virtual bool drawsComparison() const { return false; }
    // Draws the kept result (the view's models) again: charts and cells take the current palette.
    // Never computes; called by keepResult() and when the palette changes.
    virtual void render() {}
    // After setQuery() set the controls: bring state that follows them (enabled pickers) along.
    virtual void queryRestored() {}
    // After a result was stored in the view's models: draw it.
    void keepResult();
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

    void runAnalysis(AnalysisRunner::Work work);
    void setControls(QWidget* controls);
    // The height the result (or message) gets: the view's less its margins and busy bar.
    int resultAreaHeight() const;
    void setResultWidget(QWidget* result);
    // Shows the result widget (after a result was applied) or a message in its place.
    void showResult();
    void showMessage(const QString& message);
    QString emptyRangeMessage() const;
    // True once per workspace (or new event names, or changed cohorts): the time to refill pickers.
    bool pickersNeedRefill(const WorkbenchData::View& view);
    bool pickersFilledBefore() const { return m_pickersFilled; }
    // Refills a combo with an optional first entry (data `firstData`) and then every value,
    // keeping the current choice when it is still there.
    static void refill(QComboBox* combo, const QString& firstLabel, const QString& firstData,
                       const QStringList& values);
    // Fills a breakdown picker: the properties, then "In cohort NAME or not" for each cohort.
    void refillBreakdown(QComboBox* combo, const QString& firstLabel, const WorkbenchData::View& view);
    static QStringList sortedEventNames(const WorkbenchData::View& view);
    // Changes the open workspace's catalog on a worker (annotations, settings), then calls done
    // on the GUI thread and computes again.
    void writeToWorkspace(std::function<bool(store::WorkspaceCatalog&)> change, std::function<void()> done = {});
    // A label beside a control, its buddy: screen readers name the control by it.
    static QLabel* labelFor(const QString& text, QWidget* buddy);

    WorkbenchData& m_data;

private:
    bool isOnScreen() const;
    void onViewChanged();
    // What of a data view this view's result depends on (dataset, range, compare when drawn).
    QString inputsOf(const WorkbenchData::View& view) const;
    void startIfStale();
    // Computes now, first recording an edit of the query since the last computation.
    void startNow();

    AnalysisRunner* m_runner;
    QVBoxLayout* m_layout;
    QProgressBar* m_busy;
    QStackedWidget* m_stack;
    QLabel* m_message;
    QToolButton* m_export;
    int m_results = 0;
    int m_renders = 0;
    bool m_hasResult = false;
    bool m_renderQueued = false;
    bool m_stale = false;
    bool m_onScreen = true;
    QString m_shownInputs; // inputsOf() of the request behind the current result
    QString m_pickersFor;
    QWidget* m_controls = nullptr;
    QJsonObject m_lastQuery; // the query of the last recompute, what an edit changes from
    bool m_settingQuery = false;
    bool m_pickersFilled = false;
};

} // namespace hc::ui
