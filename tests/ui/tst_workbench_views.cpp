// The workbench's docks on a demo workspace, offscreen: every view follows the date range, the
// funnel and the heatmap show what hitcraft-cli computes for the same query, a reporting zone
// change re-buckets the trend, the dock layout survives a restart, and the event loop keeps
// turning while views recompute.
#include "core/demo/DemoWorkspaceGenerator.h"
#include "core/store/CohortStore.h"
#include "core/store/InsightStore.h"
#include "core/store/Workspace.h"
#include "core/store/WorkspaceCatalog.h"
#include "core/util/NumberFormat.h"
#include "tests/support/AccessibilityChecks.h"
#include "tests/support/EventFixture.h"
#include "ui/MainWindow.h"
#include "ui/ScopeHistory.h"
#include "ui/Theme.h"
#include "ui/WorkbenchData.h"
#include "ui/WorkbenchSettings.h"
#include "ui/WorkspaceController.h"
#include "ui/charts/ChartDataTable.h"
#include "ui/dialogs/CohortsDialog.h"
#include "ui/dialogs/CommandPalette.h"
#include "ui/dialogs/ReportBuilderDialog.h"
#include "ui/dialogs/SyncDialog.h"
#include "ui/docks/EventsExplorerView.h"
#include "ui/docks/ExperimentsView.h"
#include "ui/docks/FunnelView.h"
#include "ui/docks/InsightsView.h"
#include "ui/docks/KpiCardsView.h"
#include "ui/docks/PathsView.h"
#include "ui/docks/RetentionView.h"
#include "ui/docks/SegmentsView.h"
#include "ui/docks/TrendView.h"
#include "ui/models/EventsTableModel.h"
#include "ui/models/ExperimentModel.h"
#include "ui/models/FunnelStepsModel.h"
#include "ui/models/InsightListModel.h"
#include "ui/models/PathsModel.h"
#include "ui/models/RetentionTableModel.h"
#include "ui/models/SegmentsModel.h"
#include "ui/models/TrendTableModel.h"
#include "ui/widgets/FilterChipField.h"
#include "ui/widgets/FilterCompleter.h"
#include "ui/widgets/GlobalControlsBar.h"
#include "ui/widgets/KpiCard.h"
#include "ui/widgets/TableExportMenu.h"
#include "ui/widgets/TableSorting.h"

#include <QAbstractBarSeries>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QGraphicsSimpleTextItem>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QUndoStack>
#include <QtTest>

using namespace hc;

class TestWorkbenchViews : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void hiddenViewsWaitUntilShown();
    void dateRangeUpdatesEveryView();
    void compareRecomputesOnlyWhatDrawsIt();
    void propertyCachesAreWrittenInTheBackground();
    void funnelMatchesCli();
    void funnelStepCohortsMatchCli();
    void funnelEditorOptionsMatchCli();
    void funnelDrillDownListsTheCliUsers();
    void chartDrillDownsCountWhatTheChartsShow();
    void kpiCardsShowChangesOnlyWhenComparing();
    void scopeEditsUndoRedoAndSurviveARestart();
    void queryEditsUndoRedoSaveAndSurviveARestart();
    void commandPaletteReachesCommandsAndCohorts();
    void heatmapMatchesRetentionJson();
    void zoneChangeRebucketsTrend();
    void incompletePeriodsAreMarked();
    void annotationsAreDrawnAndEditable();
    void chartsSayTheirValuesOnHover();
    void filterBarCompletesPropertiesAndValues();
    void filterChipsAddEditAndRemoveConditions();
    void cohortBreakdownsMatchTheCohortFilter();
    void controlLabelsNameTheirControls();
    void trendShowsAnomaliesAndForecast();
    void experimentMatchesCli();
    void insightsFindTheOutageAndKeepDismissals();
    void tablesExportWhatTheyShow();
    void reportBuilderWritesTheChosenSections();
    void explorerExportsEveryMatchingEvent();
    void explorerShowsPropertiesOfSelectedEvent();
    void layoutSurvivesRestart();
    void themeChangeRecomputesNothing();
    void eventLoopKeepsTurningDuringRecompute();

private:
    bool waitUntilIdle(int timeoutMs = 60000);
    // The funnel signup → create_project within 3 days over November under a filter: its counts.
    QList<qint64> signupToProject(const QString& filter);
    QJsonDocument cli(const QStringList& args);
    template<typename T>
    T* view() const
    {
        return m_window->findChild<T*>();
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<ui::WorkbenchSettings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestWorkbenchViews::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("demo.hcw"));
    // About a million events: the size at which the event loop must keep turning.
    QVERIFY(test::writeDemoWorkspace(m_path, 21000, 120));
}

void TestWorkbenchViews::init()
{
    { // each test starts with no cohorts (several tests keep some in the shared workspace)
        auto ws = store::Workspace::open(m_path, store::Workspace::OpenMode::MustExist);
        QVERIFY(ws.ok());
        store::CohortStore cohorts(*ws.value());
        const auto kept = cohorts.cohorts();
        QVERIFY(kept.ok());
        for (const auto& c : kept.value())
            QVERIFY(cohorts.remove(c.name).ok());
    }
    // Each test starts from its own settings (layout, theme), as a new analyst would; a restart
    // within a test (layoutSurvivesRestart) reads back what it saved.
    const QString test = QString::fromLatin1(QTest::currentTestFunction());
    m_qsettings = std::make_unique<QSettings>(m_dir.filePath(test + QStringLiteral(".ini")), QSettings::IniFormat);
    m_settings = std::make_unique<ui::WorkbenchSettings>(*m_qsettings);
    m_window = std::make_unique<ui::MainWindow>(*m_settings);
    m_window->resize(1400, 900);
    m_window->show();
    // Views behind another tab wait until shown (hiddenViewsWaitUntilShown); these tests read
    // every view, so each gets a window of its own.
    // The event-loop budget is checked in the default layout, as an analyst opens the window
    // (eleven floating windows redrawing at once measured 20-37 ms here; bench_workbench measures
    // that case at 10M events).
    if (test != QLatin1String("hiddenViewsWaitUntilShown")
        && test != QLatin1String("eventLoopKeepsTurningDuringRecompute"))
        for (QDockWidget* dock : m_window->findChildren<QDockWidget*>())
            dock->setFloating(true);
    m_window->openWorkspace(m_path);
    QVERIFY(waitUntilIdle());
}

void TestWorkbenchViews::hiddenViewsWaitUntilShown()
{
    // The default layout: KPIs and Insights on screen, Trends behind the Insights tab.
    auto* trend = view<ui::TrendView>();
    auto* insights = view<ui::InsightsView>();
    QVERIFY(insights->resultCount() > 0);
    QCOMPARE(trend->resultCount(), 0);
    QVERIFY(trend->isWaitingToBeShown());
    m_window->controls()->applyPreset(ui::GlobalControlsBar::Last7);
    QVERIFY(waitUntilIdle());
    QCOMPARE(trend->resultCount(), 0); // still nothing computed for it
    auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("trendDock"));
    dock->raise();
    QVERIFY(QTest::qWaitFor([&] { return trend->resultCount() == 1; }, 20000));
    QVERIFY(!trend->isWaitingToBeShown());
    QCOMPARE(trend->plottedSeries().size(), 1);
    QCOMPARE(trend->plottedSeries().first().second.size(), 7); // it computed the current scope
}

void TestWorkbenchViews::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_qsettings.reset();
}

bool TestWorkbenchViews::waitUntilIdle(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_window->isIdle(); }, timeoutMs);
}

QList<qint64> TestWorkbenchViews::signupToProject(const QString& filter)
{
    m_window->controls()->applyPreset(ui::GlobalControlsBar::Last30);
    m_window->controls()->applyFilter(filter);
    auto* funnel = view<ui::FunnelView>();
    funnel->setWindowDays(3);
    funnel->setSteps({QStringLiteral("signup"), QStringLiteral("create_project")});
    return waitUntilIdle() ? funnel->stepCounts() : QList<qint64>();
}

QJsonDocument TestWorkbenchViews::cli(const QStringList& args)
{
    QProcess p;
    p.start(qEnvironmentVariable("HC_CLI"),
            args + QStringList{QStringLiteral("--db"), m_path, QStringLiteral("--json")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qWarning("cli failed: %s", p.readAllStandardError().constData());
    return QJsonDocument::fromJson(p.readAllStandardOutput());
}

void TestWorkbenchViews::dateRangeUpdatesEveryView()
{
    QMap<ui::AnalysisView*, int> before;
    for (ui::AnalysisView* v : m_window->analysisViews())
        before[v] = v->resultCount();
    QVERIFY(before.size() >= 8);
    ui::GlobalControlsBar* controls = m_window->controls();
    controls->applyPreset(ui::GlobalControlsBar::Last7);
    QCOMPARE(m_window->data().scope().to, QDate(2026, 11, 30));
    QCOMPARE(m_window->data().scope().from, QDate(2026, 11, 24));
    QVERIFY(waitUntilIdle());
    for (ui::AnalysisView* v : m_window->analysisViews())
        QVERIFY2(v->resultCount() > before[v], qPrintable(v->objectName()));
    QCOMPARE(m_window->data().view().range.dayCount(), qint64(7));
}

// Compare draws the previous period in Trends only: toggling it recomputes Trends, and every
// other view keeps its result (same events, same range).
void TestWorkbenchViews::compareRecomputesOnlyWhatDrawsIt()
{
    QMap<ui::AnalysisView*, int> before;
    for (ui::AnalysisView* v : m_window->analysisViews())
        before[v] = v->resultCount();
    m_window->controls()->compare()->setChecked(true);
    auto* trend = view<ui::TrendView>();
    QVERIFY(QTest::qWaitFor([&] { return trend->resultCount() > before[trend] && m_window->isIdle(); }, 30000));
    for (ui::AnalysisView* v : m_window->analysisViews())
        if (v != trend)
            QVERIFY2(v->resultCount() == before[v], qPrintable(v->objectName()));
    QCOMPARE(trend->plottedSeries().size(), 2); // the range and the previous period
}

// After an open, every property the pickers offer gets its cache file in the background, so the
// first breakdown by any of them reads milliseconds of file instead of seconds of SQLite.
void TestWorkbenchViews::propertyCachesAreWrittenInTheBackground()
{
    const QFileInfo workspace(m_path);
    const QStringList pattern{workspace.fileName() + QStringLiteral(".columns.p-*")};
    QDir dir = workspace.dir();
    for (const QString& f : dir.entryList(pattern, QDir::Files))
        QVERIFY(dir.remove(f));
    m_window->openWorkspace(m_path);
    QVERIFY(waitUntilIdle());
    const int properties = int(m_window->data().view().propertyNames.size());
    QVERIFY(properties >= 5);
    QVERIFY2(QTest::qWaitFor([&] { return dir.entryList(pattern, QDir::Files).size() >= properties; }, 120000),
             qPrintable(QString::number(dir.entryList(pattern, QDir::Files).size())));
}

void TestWorkbenchViews::themeChangeRecomputesNothing()
{
    QMap<ui::AnalysisView*, int> results, renders;
    for (ui::AnalysisView* v : m_window->analysisViews()) {
        results[v] = v->resultCount();
        renders[v] = v->renderCount();
    }
    auto* trend = view<ui::TrendView>();
    const auto plotted = trend->plottedSeries();
    QVERIFY(!plotted.isEmpty());
    m_window->setTheme(QStringLiteral("dark"));
    // Views redraw their kept results with the dark palette; nothing is computed again.
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (ui::AnalysisView* v : m_window->analysisViews())
                if (results[v] > 0 && v->renderCount() == renders[v])
                    return false;
            return true;
        },
        10000));
    for (ui::AnalysisView* v : m_window->analysisViews()) {
        QCOMPARE(v->resultCount(), results[v]);
        QVERIFY2(!v->isBusy(), qPrintable(v->objectName()));
    }
    QVERIFY(ui::Theme::isDark());
    QCOMPARE(trend->chartView()->chart()->backgroundBrush().color(), QApplication::palette().color(QPalette::Base));
    QCOMPARE(trend->plottedSeries(), plotted); // the same numbers, drawn again
    m_window->setTheme(QStringLiteral("light"));
    QTest::qWait(50);
    for (ui::AnalysisView* v : m_window->analysisViews())
        QCOMPARE(v->resultCount(), results[v]);
}

void TestWorkbenchViews::funnelMatchesCli()
{
    m_window->controls()->applyPreset(ui::GlobalControlsBar::Last30);
    QVERIFY(waitUntilIdle());
    auto* funnel = view<ui::FunnelView>();
    funnel->setWindowDays(3);
    funnel->setSteps({QStringLiteral("signup"), QStringLiteral("create_project"), QStringLiteral("invite_teammate")});
    QVERIFY(waitUntilIdle());
    const QJsonDocument doc = cli({QStringLiteral("funnel"), QStringLiteral("--steps"),
                                   QStringLiteral("signup,create_project,invite_teammate"), QStringLiteral("--window"),
                                   QStringLiteral("3d"), QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                                   QStringLiteral("--to"), QStringLiteral("2026-11-30")});
    QList<qint64> expected;
    for (const QJsonValue s : doc.object().value(QStringLiteral("steps")).toArray())
        expected.append(s.toObject().value(QStringLiteral("count")).toInteger());
    QCOMPARE(expected.size(), 3);
    QVERIFY(expected.front() > 0);
    QCOMPARE(funnel->stepCounts(), expected);
    // The table's model holds the same numbers, shown formatted for people.
    const QModelIndex cell = funnel->model()->index(1, ui::FunnelStepsModel::CountColumn);
    QCOMPARE(cell.data(ui::ResultTableModel::ValueRole).toLongLong(), expected[1]);
    QCOMPARE(cell.data().toString(), QLocale().toString(expected[1]));

    // With a breakdown the bars are the CLI's breakdown rows, largest first.
    funnel->setBreakdown(QStringLiteral("country"));
    QVERIFY(waitUntilIdle());
    const QJsonArray rows =
        cli({QStringLiteral("funnel"), QStringLiteral("--steps"),
             QStringLiteral("signup,create_project,invite_teammate"), QStringLiteral("--window"), QStringLiteral("3d"),
             QStringLiteral("--breakdown"), QStringLiteral("country"), QStringLiteral("--from"),
             QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30")})
            .object()
            .value(QStringLiteral("breakdown"))
            .toArray();
    QVERIFY(rows.size() > 2);
    auto* bars = qobject_cast<QBarSeries*>(
        m_window->findChild<QChartView*>(QStringLiteral("funnelBars"))->chart()->series().value(0));
    QVERIFY(bars);
    QCOMPARE(bars->count(), int(std::min<qsizetype>(rows.size(), 6)));
    for (int r = 0; r < bars->count(); ++r) {
        const QJsonObject row = rows[r].toObject();
        const QString value = row.value(QStringLiteral("value")).toString();
        QCOMPARE(bars->barSets()[r]->label(), value.isEmpty() ? QStringLiteral("(not set)") : value);
        for (int s = 0; s < 3; ++s)
            QCOMPARE(qint64(bars->barSets()[r]->at(s)), row.value(QStringLiteral("counts")).toArray()[s].toInteger());
    }
    funnel->setBreakdown(QString());
    QVERIFY(waitUntilIdle());
}

void TestWorkbenchViews::commandPaletteReachesCommandsAndCohorts()
{
    analysis::CohortDefinition picked;
    picked.name = QStringLiteral("Picked by hand");
    picked.kind = analysis::CohortDefinition::Kind::UserList;
    picked.users = QStringList{m_window->data().view().data->userIds().value(0)};
    QSignalSpy saved(&m_window->data(), &ui::WorkbenchData::cohortsChanged);
    m_window->data().saveCohort(picked);
    QVERIFY(saved.wait(20000));

    // A few letters of a cohort, Enter: every view is filtered by it.
    {
        ui::CommandPalette palette(*m_window);
        palette.show();
        QTest::keyClicks(palette.search(), QStringLiteral("by hand"));
        QVERIFY(palette.list()->currentItem()->text().startsWith(QStringLiteral("Picked by hand")));
        QTest::keyClick(palette.search(), Qt::Key_Return);
        QCOMPARE(m_window->controls()->scope().filter, QStringLiteral("cohort=Picked by hand"));
        QVERIFY(waitUntilIdle());
        QCOMPARE(m_window->data().view().data->userCount() > 0, true);
        QCOMPARE(m_window->data().view().data->eventCount(),
                 m_window->data().loadedData()->userEnd(0) - m_window->data().loadedData()->userBegin(0));
    }
    // Words in any order reach a menu command: "layout reset" runs View › Reset Layout.
    {
        ui::CommandPalette palette(*m_window);
        palette.show();
        QTest::keyClicks(palette.search(), QStringLiteral("layout reset"));
        QVERIFY(palette.list()->currentItem()->text().contains(QStringLiteral("Reset Layout")));
        QTest::keyClick(palette.search(), Qt::Key_Return);
        for (QDockWidget* dock : m_window->findChildren<QDockWidget*>())
            QVERIFY(!dock->isFloating()); // the test floated every dock in init()
    }
    // Text that matches nothing leaves nothing to run.
    ui::CommandPalette palette(*m_window);
    QTest::keyClicks(palette.search(), QStringLiteral("zzzz nothing"));
    QVERIFY(!palette.list()->currentItem());
}

void TestWorkbenchViews::scopeEditsUndoRedoAndSurviveARestart()
{
    ui::GlobalControlsBar* c = m_window->controls();
    QUndoStack* stack = m_window->scopeHistory()->stack();
    QCOMPARE(stack->count(), 0);
    struct Shown {
        ui::AnalysisScope scope;
        QString preset;
    };
    const auto shown = [&] { return Shown{c->scope(), c->presets()->currentText()}; };
    QList<Shown> states{shown()};
    // One edit of every field of the scope, each as the analyst makes it.
    c->applyPreset(ui::GlobalControlsBar::Last7);
    states << shown();
    c->applyFilter(QStringLiteral("platform=web"));
    states << shown();
    const int berlin = c->zones()->findData(QByteArray("Europe/Berlin"));
    QVERIFY(berlin > 0);
    c->zones()->setCurrentIndex(berlin);
    Q_EMIT c->zones()->activated(berlin);
    states << shown();
    c->compare()->setChecked(true);
    states << shown();
    c->findChild<QCheckBox*>(QStringLiteral("filterAny"))->setChecked(true);
    states << shown();
    c->toEdit()->setDate(c->toEdit()->date().addDays(-3)); // a custom range
    states << shown();
    QCOMPARE(stack->count(), 6);
    QCOMPARE(states.last().preset, c->presets()->itemText(c->presets()->findData(ui::GlobalControlsBar::Custom)));
    QVERIFY(waitUntilIdle());
    QCOMPARE(m_window->data().scope(), states.last().scope);
    // Undo walks back through every state, the views' scope with it; redo walks forward again.
    for (int i = int(states.size()) - 2; i >= 0; --i) {
        stack->undo();
        QVERIFY2(c->scope() == states[i].scope,
                 qPrintable(QString::number(i) + QJsonDocument(c->scope().toJson()).toJson()
                            + QJsonDocument(states[i].scope.toJson()).toJson()));
        QCOMPARE(c->presets()->currentText(), states[i].preset);
        QCOMPARE(m_window->data().scope(), states[i].scope);
    }
    QVERIFY(!stack->canUndo());
    for (int i = 1; i < states.size(); ++i) {
        stack->redo();
        QCOMPARE(c->scope(), states[i].scope);
        QCOMPARE(m_window->data().scope(), states[i].scope);
    }
    QVERIFY(waitUntilIdle());
    // A new edit after undoing drops the redo branch.
    stack->undo();
    c->compare()->setChecked(false);
    QVERIFY(!stack->canRedo());

    // The last scope is in the settings the moment it is made: a window opened after a crash (no
    // orderly close here) shows it again, a relative preset still relative.
    c->applyPreset(ui::GlobalControlsBar::Last90);
    const ui::AnalysisScope last = c->scope();
    QVERIFY(waitUntilIdle());
    m_window.release()->deleteLater(); // gone without closeEvent saving anything
    m_settings.reset();
    m_qsettings.reset();
    init();
    QCOMPARE(m_window->controls()->presets()->currentData().toInt(), int(ui::GlobalControlsBar::Last90));
    QCOMPARE(m_window->controls()->scope(), last);
    QCOMPARE(m_window->data().scope(), last);
}

void TestWorkbenchViews::queryEditsUndoRedoSaveAndSurviveARestart()
{
    QUndoStack* stack = m_window->scopeHistory()->stack();
    m_window->controls()->applyPreset(ui::GlobalControlsBar::Last30);
    QVERIFY(waitUntilIdle());
    // Every field of every view's controls, changed as the analyst would: each change that makes
    // the view compute is one step, undo brings the whole query back and redo the change again.
    QMap<QString, int> editsPerView;
    for (ui::AnalysisView* view : m_window->findChildren<ui::AnalysisView*>()) {
        auto* scroll = view->findChild<QScrollArea*>(QStringLiteral("controlsScroll"));
        if (!scroll)
            continue;
        QList<std::function<void()>> edits;
        for (QComboBox* c : scroll->widget()->findChildren<QComboBox*>())
            if (c->count() > 1 && c->isEnabled() && !c->isEditable())
                edits << [c] {
                    const int pick = (c->currentIndex() + 1) % c->count();
                    c->setCurrentIndex(pick);
                    Q_EMIT c->activated(pick);
                };
        for (QSpinBox* b : scroll->widget()->findChildren<QSpinBox*>())
            edits << [b] { b->setValue(b->value() == b->maximum() ? b->value() - 1 : b->value() + 1); };
        for (QCheckBox* b : scroll->widget()->findChildren<QCheckBox*>())
            edits << [b] { b->setChecked(!b->isChecked()); };
        for (const auto& edit : edits) {
            QVERIFY(waitUntilIdle());
            const QJsonObject before = view->query();
            const int steps = stack->count();
            edit();
            QVERIFY(waitUntilIdle());
            const QJsonObject after = view->query();
            if (stack->count() == steps)
                continue; // a control that is not part of the query (the funnel's "add step" picker)
            QCOMPARE(stack->count(), steps + 1);
            QVERIFY2(before != after, qPrintable(view->objectName() + QJsonDocument(after).toJson()));
            stack->undo();
            QCOMPARE(view->query(), before);
            QVERIFY(waitUntilIdle());
            stack->redo();
            QCOMPARE(view->query(), after);
            ++editsPerView[view->objectName()];
        }
    }
    for (const char* name : {"trendView", "funnelView", "retentionView", "segmentsView", "pathsView"})
        QVERIFY2(editsPerView.value(QLatin1String(name)) >= 2, name);
    // The funnel's steps are part of its query too.
    auto* funnel = view<ui::FunnelView>();
    const QStringList steps = funnel->steps();
    funnel->setSteps({QStringLiteral("signup"), QStringLiteral("app_open")});
    QVERIFY(waitUntilIdle());
    stack->undo();
    QCOMPARE(funnel->steps(), steps);

    // A saved view keeps the scope and every view's query: applying it brings both back, a
    // relative preset still relative; it can be renamed and deleted.
    auto* trend = view<ui::TrendView>();
    trend->showMeasure(QStringLiteral("uniques"), QStringLiteral("signup"));
    QVERIFY(waitUntilIdle());
    const QJsonObject saved = trend->query();
    ui::GlobalControlsBar* c = m_window->controls();
    QSignalSpy viewsEdited(m_window->findChild<ui::WorkspaceController*>(), &ui::WorkspaceController::viewsEdited);
    Q_EMIT c->saveViewRequested(QStringLiteral("Signups"));
    QVERIFY(viewsEdited.wait(20000));
    QCOMPARE(c->savedViewNames(), QStringList{QStringLiteral("Signups")});
    trend->showMeasure(QStringLiteral("total"), QStringLiteral("app_open"));
    c->applyPreset(ui::GlobalControlsBar::Last7);
    QVERIFY(waitUntilIdle());
    QVERIFY(trend->query() != saved);
    c->applySavedView(QStringLiteral("Signups"));
    QVERIFY(waitUntilIdle());
    QCOMPARE(trend->query(), saved);
    QCOMPARE(c->presets()->currentData().toInt(), int(ui::GlobalControlsBar::Last30));
    Q_EMIT c->renameViewRequested(QStringLiteral("Signups"), QStringLiteral("Signups per day"));
    QVERIFY(viewsEdited.wait(20000));
    QCOMPARE(c->savedViewNames(), QStringList{QStringLiteral("Signups per day")});
    Q_EMIT c->deleteViewRequested(QStringLiteral("Signups per day"));
    QVERIFY(viewsEdited.wait(20000));
    QVERIFY(c->savedViewNames().isEmpty());

    // The queries are in the settings the moment they change: a window opened after a crash shows
    // them again.
    trend->showMeasure(QStringLiteral("per_user"), QStringLiteral("create_report"));
    QVERIFY(waitUntilIdle());
    const QJsonObject last = trend->query();
    m_window.release()->deleteLater(); // gone without closeEvent saving anything
    m_settings.reset();
    m_qsettings.reset();
    init();
    trend = view<ui::TrendView>();
    QVERIFY(waitUntilIdle());
    QCOMPARE(trend->query(), last);
    QVERIFY(trend->chartView()->chart()->title().contains(QStringLiteral("create_report"))); // computed with it
}

void TestWorkbenchViews::incompletePeriodsAreMarked()
{
    // The demo's newest event is on Monday 2026-11-30 (UTC): daily, every day of the last 30 is
    // complete; by week, the week starting that Monday is not; three days past the data are not.
    m_window->controls()->applyPreset(ui::GlobalControlsBar::Last30);
    auto* trend = view<ui::TrendView>();
    trend->showMeasure(QStringLiteral("total"));
    QVERIFY(waitUntilIdle());
    const auto periods = [&] { return int(trend->model()->result().periods.size()); };
    QCOMPARE(m_window->data().lastDataDay(), QDate(2026, 11, 30));
    QCOMPARE(trend->firstIncompletePeriod(), periods());
    auto* interval = trend->findChild<QComboBox*>(QStringLiteral("trendInterval"));
    interval->setCurrentIndex(interval->findData(QStringLiteral("week")));
    Q_EMIT interval->activated(interval->currentIndex());
    QVERIFY(waitUntilIdle());
    QCOMPARE(trend->model()->result().periods.back().label, QStringLiteral("2026-11-30"));
    QCOMPARE(trend->firstIncompletePeriod(), periods() - 1);
    QVERIFY(
        trend->chartView()->chart()->axes(Qt::Horizontal).first()->titleText().contains(QStringLiteral("incomplete")));
    // The dotted tail still plots every period once.
    QCOMPARE(trend->plottedSeries().first().second.size(), periods());
    interval->setCurrentIndex(interval->findData(QStringLiteral("day")));
    Q_EMIT interval->activated(interval->currentIndex());
    m_window->controls()->toEdit()->setDate(QDate(2026, 12, 3));
    QVERIFY(waitUntilIdle());
    QCOMPARE(trend->firstIncompletePeriod(), periods() - 3);
    QCOMPARE(trend->plottedSeries().first().second.size(), periods());

    // A funnel with a 3-day window: users entering on Nov 28, 29 or 30 may still convert after
    // the newest data (Nov 28's window ends on Dec 2); Nov 27's ended with the data.
    signupToProject(QString());
    auto* funnel = view<ui::FunnelView>();
    const auto& overTime = funnel->model()->result().overTime;
    QCOMPARE(overTime.back().period.label, QStringLiteral("2026-11-30"));
    QCOMPARE(overTime[size_t(funnel->firstOpenEntryDay())].period.label, QStringLiteral("2026-11-28"));
}

void TestWorkbenchViews::annotationsAreDrawnAndEditable()
{
    {
        auto catalog = store::WorkspaceCatalog::open(m_path);
        QVERIFY(catalog.ok());
        QVERIFY(catalog.value()->addAnnotation(store::Annotation{QDate(2026, 11, 20), QStringLiteral("Launch")}).ok());
    }
    m_window->openWorkspace(m_path); // read again, notes included
    QVERIFY(waitUntilIdle());
    m_window->controls()->applyPreset(ui::GlobalControlsBar::Last30);
    auto* trend = view<ui::TrendView>();
    trend->showMeasure(QStringLiteral("total"));
    QVERIFY(waitUntilIdle());
    const auto drawnNotes = [&] {
        QStringList texts;
        for (QGraphicsItem* item : trend->chartView()->chart()->childItems())
            if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item))
                texts << text->text();
        return texts;
    };
    QCOMPARE(trend->annotations().size(), 1);
    QCOMPARE(drawnNotes(), QStringList{QStringLiteral("Launch")});
    // Edited: written to the workspace and drawn with its new text; deleted: gone from both.
    QVERIFY(trend->changeAnnotation(0, QStringLiteral("Launch of v2")));
    QVERIFY(
        QTest::qWaitFor([&] { return trend->annotations().value(0).text == QLatin1String("Launch of v2"); }, 20000));
    QVERIFY(waitUntilIdle());
    QCOMPARE(drawnNotes(), QStringList{QStringLiteral("Launch of v2")});
    QVERIFY(trend->changeAnnotation(0, QString()));
    QVERIFY(QTest::qWaitFor([&] { return trend->annotations().isEmpty(); }, 20000));
    QVERIFY(waitUntilIdle());
    QVERIFY(drawnNotes().isEmpty());
    auto catalog = store::WorkspaceCatalog::open(m_path);
    QVERIFY(catalog.ok() && catalog.value()->annotations().value().isEmpty());
}

void TestWorkbenchViews::chartsSayTheirValuesOnHover()
{
    signupToProject(QString());
    auto* retention = view<ui::RetentionView>();
    retention->setPeriod(QStringLiteral("week"), 4);
    QVERIFY(waitUntilIdle());
    // The retention curve: the hovered week's average, as the curve plots it (in percent).
    auto* curve = qobject_cast<QLineSeries*>(
        m_window->findChild<QChartView*>(QStringLiteral("retentionCurve"))->chart()->series().value(0));
    QVERIFY(curve && curve->count() > 1);
    const QPointF week1 = curve->at(1);
    Q_EMIT curve->hovered(week1, true);
    QVERIFY2(QToolTip::text().contains(NumberFormat::decimal(week1.y())), qPrintable(QToolTip::text()));
    // The funnel's time-to-convert bars: the bucket's label and its count.
    auto* histogram = qobject_cast<QAbstractBarSeries*>(
        m_window->findChild<QChartView*>(QStringLiteral("funnelHistogram"))->chart()->series().value(0));
    QVERIFY(histogram);
    QBarSet* set = histogram->barSets().value(0);
    int fullest = 0;
    for (int i = 0; i < set->count(); ++i)
        if (set->at(i) > set->at(fullest))
            fullest = i;
    QVERIFY(set->at(fullest) > 0);
    Q_EMIT histogram->hovered(true, fullest, set);
    QVERIFY2(QToolTip::text().contains(NumberFormat::count(set->at(fullest))), qPrintable(QToolTip::text()));
    Q_EMIT histogram->hovered(false, fullest, set);

    // Every chart takes the keyboard focus, and Ctrl+T lists its numbers as a table: the funnel's
    // bars give a row per step with the users who reached it and who dropped off.
    for (QChartView* chart : m_window->findChildren<QChartView*>())
        QCOMPARE(chart->focusPolicy(), Qt::StrongFocus);
    auto* bars = m_window->findChild<QChartView*>(QStringLiteral("funnelBars"));
    // (The offscreen platform does not reliably activate a floating dock for a key press: the
    // chart's Ctrl+T action is triggered as the shortcut would.)
    QAction* asTable = nullptr;
    for (QAction* a : bars->actions())
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_T))
            asTable = a;
    QVERIFY(asTable);
    asTable->trigger();
    auto* table = bars->findChild<QDialog*>(QStringLiteral("chartDataTable"));
    QVERIFY(table);
    QAbstractItemModel* data = table->findChild<QTableView*>()->model();
    const QList<qint64> steps = view<ui::FunnelView>()->stepCounts();
    QCOMPARE(data->rowCount(), int(steps.size()));
    QCOMPARE(data->headerData(1, Qt::Horizontal).toString(), tr("Users"));
    for (int r = 0; r < data->rowCount(); ++r) {
        QCOMPARE(data->index(r, 1).data(ui::ResultTableModel::ValueRole).toLongLong(), steps[r]);
        QCOMPARE(data->index(r, 2).data(ui::ResultTableModel::ValueRole).toLongLong(),
                 r == 0 ? 0 : steps[r - 1] - steps[r]);
    }
    table->close();
    // A line chart: a row per x value, labelled as the axis labels it.
    auto* curveView = m_window->findChild<QChartView*>(QStringLiteral("retentionCurve"));
    auto* points = ui::ChartDataTable::model(*curveView->chart(), this);
    QCOMPARE(points->rowCount(), curve->count());
    QCOMPARE(points->index(1, 1).data(ui::ResultTableModel::ValueRole).toDouble(), week1.y());
}

void TestWorkbenchViews::filterChipsAddEditAndRemoveConditions()
{
    ui::GlobalControlsBar* controls = m_window->controls();
    ui::FilterChipField* field = controls->filterField();
    QLineEdit* entry = controls->filter();
    const auto applied = [&] { return m_window->data().scope().filter; };
    const auto chipTexts = [&] {
        QStringList texts;
        for (int i = 0; field->chipButton(i); ++i)
            texts << field->chipButton(i)->text();
        return texts;
    };
    QUndoStack* stack = m_window->scopeHistory()->stack();

    // A filter applied from elsewhere (a saved view, the palette) shows as chips.
    controls->applyFilter(QStringLiteral("country=DE"));
    QVERIFY(waitUntilIdle());
    QCOMPARE(chipTexts(), QStringList{QStringLiteral("country=DE")});
    QVERIFY(entry->text().isEmpty());
    QCOMPARE(applied(), QStringLiteral("country=DE"));

    // Typed conditions become chips on Enter and are applied with the others.
    QTest::keyClicks(entry, QStringLiteral("platform=web; plan!=free"));
    QTest::keyClick(entry, Qt::Key_Return);
    QVERIFY(waitUntilIdle());
    QCOMPARE(chipTexts(),
             (QStringList{QStringLiteral("country=DE"), QStringLiteral("platform=web"), QStringLiteral("plan!=free")}));
    QVERIFY(entry->text().isEmpty());
    QCOMPARE(applied(), QStringLiteral("country=DE; platform=web; plan!=free"));
    const int steps = stack->index();
    if (qEnvironmentVariableIsSet("HC_TEST_SHOTS")) { // to look at: HC_TEST_SHOTS=DIR, at the window's width
        m_window->resize(1600, m_window->height());
        QTest::qWait(200);
        controls->grab().save(qEnvironmentVariable("HC_TEST_SHOTS") + QStringLiteral("/filter-chips.png"));
    }

    // A condition that does not parse stays in the entry with the reason; nothing is applied.
    QTest::keyClicks(entry, QStringLiteral("revenue>"));
    QTest::keyClick(entry, Qt::Key_Return);
    QCOMPARE(entry->text(), QStringLiteral("revenue>"));
    QVERIFY(entry->toolTip().contains(QStringLiteral("revenue>")));
    QCOMPARE(chipTexts().size(), 3);
    QCOMPARE(stack->index(), steps);
    entry->clear();
    QCOMPARE(applied(), QStringLiteral("country=DE; platform=web; plan!=free"));

    // Clicking a chip puts its condition back in the entry; Enter returns it, edited, in its place.
    QTest::mouseClick(field->chipButton(1), Qt::LeftButton);
    QCOMPARE(entry->text(), QStringLiteral("platform=web"));
    QCOMPARE(chipTexts().size(), 2);
    entry->setText(QStringLiteral("platform=ios"));
    QTest::keyClick(entry, Qt::Key_Return);
    QVERIFY(waitUntilIdle());
    QCOMPARE(chipTexts(),
             (QStringList{QStringLiteral("country=DE"), QStringLiteral("platform=ios"), QStringLiteral("plan!=free")}));
    QCOMPARE(applied(), QStringLiteral("country=DE; platform=ios; plan!=free"));

    // × removes a chip and applies the rest; Backspace in the empty entry takes the last one back.
    QCOMPARE(field->removeButton(0)->accessibleName(), QStringLiteral("Remove condition country=DE"));
    QTest::mouseClick(field->removeButton(0), Qt::LeftButton);
    QVERIFY(waitUntilIdle());
    QCOMPARE(applied(), QStringLiteral("platform=ios; plan!=free"));
    QTest::keyClick(entry, Qt::Key_Backspace);
    QCOMPARE(entry->text(), QStringLiteral("plan!=free"));
    QCOMPARE(chipTexts(), QStringList{QStringLiteral("platform=ios")});
    entry->clear(); // emptying the entry drops the condition taken back
    QVERIFY(waitUntilIdle());
    QCOMPARE(applied(), QStringLiteral("platform=ios"));

    // A chip the workspace cannot apply (no such cohort) is marked with the reason.
    QTest::keyClicks(entry, QStringLiteral("cohort=Nobody"));
    QTest::keyClick(entry, Qt::Key_Return);
    QVERIFY(waitUntilIdle());
    QCOMPARE(chipTexts().size(), 2);
    QVERIFY(field->chipButton(1)->toolTip().contains(QStringLiteral("Nobody")));
    QVERIFY(!field->chipButton(0)->toolTip().contains(QStringLiteral("Nobody")));

    // Every edit is a step of Undo: back to the three chips of before.
    while (stack->index() > steps)
        stack->undo();
    QVERIFY(waitUntilIdle());
    QCOMPARE(chipTexts(),
             (QStringList{QStringLiteral("country=DE"), QStringLiteral("platform=web"), QStringLiteral("plan!=free")}));
    QCOMPARE(applied(), QStringLiteral("country=DE; platform=web; plan!=free"));
    controls->applyFilter(QString());
    QVERIFY(waitUntilIdle());
}

void TestWorkbenchViews::filterBarCompletesPropertiesAndValues()
{
    QSignalSpy saved(&m_window->data(), &ui::WorkbenchData::cohortsChanged);
    analysis::CohortDefinition list;
    list.name = QStringLiteral("Pilot users");
    list.kind = analysis::CohortDefinition::Kind::UserList;
    list.users = QStringList{QStringLiteral("u000001")};
    m_window->data().saveCohort(list);
    QVERIFY(saved.wait(20000));
    ui::FilterCompleter* completer = m_window->controls()->filterCompleter();
    // Properties and cohorts are offered from the start; a property's values once "PROP=" is typed.
    QVERIFY(completer->entries().contains(QStringLiteral("platform=")));
    QVERIFY(completer->entries().contains(QStringLiteral("cohort=Pilot users")));
    QLineEdit* filter = m_window->controls()->filter();
    filter->setFocus();
    QSignalSpy loaded(completer, &ui::FilterCompleter::valuesLoaded);
    QTest::keyClicks(filter, QStringLiteral("country=DE; platform="));
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.last().at(0).toString(), QStringLiteral("platform"));
    const QStringList entries = completer->entries();
    QVERIFY(entries.contains(QStringLiteral("platform=web")));
    // Picking one completes only the condition being typed.
    completer->setCompletionPrefix(QStringLiteral("platform=w"));
    QCOMPARE(completer->currentIndex().data().toString(), QStringLiteral("platform=web"));
    QCOMPARE(completer->currentCompletion(), QStringLiteral("country=DE; platform=web"));
    QCOMPARE(completer->splitPath(filter->text()), QStringList{QStringLiteral("platform=")});
    // Free text stays free: an unknown property is applied as typed (and reported by the filter).
    filter->clear();
}

void TestWorkbenchViews::cohortBreakdownsMatchTheCohortFilter()
{
    // Users who created a report at least 5 times in November, and everyone else: each line is
    // the trend the CLI draws with cohort= and cohort!= in --where, and so are segments and funnels.
    QSignalSpy saved(&m_window->data(), &ui::WorkbenchData::cohortsChanged);
    analysis::CohortDefinition heavy;
    heavy.name = QStringLiteral("Heavy reporters");
    heavy.event = QStringLiteral("create_report");
    heavy.minCount = 5;
    heavy.from = QStringLiteral("2026-11-01");
    heavy.to = QStringLiteral("2026-11-30");
    m_window->data().saveCohort(heavy);
    QVERIFY(saved.wait(20000));
    m_window->controls()->applyPreset(ui::GlobalControlsBar::Last7);
    auto* trend = view<ui::TrendView>();
    trend->showMeasure(QStringLiteral("uniques"), QStringLiteral("app_open"));
    QVERIFY(waitUntilIdle());
    auto* breakdown = trend->findChild<QComboBox*>(QStringLiteral("trendBreakdown"));
    const int item = breakdown->findData(QStringLiteral("cohort:Heavy reporters"));
    QVERIFY(item > 0);
    breakdown->setCurrentIndex(item);
    Q_EMIT breakdown->activated(item);
    QVERIFY(waitUntilIdle());
    const auto cliSeries = [&](const QString& where) {
        QList<double> values;
        for (const QJsonValue p : cli({QStringLiteral("trend"), QStringLiteral("--event"), QStringLiteral("app_open"),
                                       QStringLiteral("--measure"), QStringLiteral("uniques"), QStringLiteral("--from"),
                                       QStringLiteral("2026-11-24"), QStringLiteral("--to"),
                                       QStringLiteral("2026-11-30"), QStringLiteral("--where"), where})
                                      .object()
                                      .value(QStringLiteral("series"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QStringLiteral("points"))
                                      .toArray())
            values << p.toObject().value(QStringLiteral("value")).toDouble();
        return values;
    };
    const auto plotted = trend->plottedSeries();
    QCOMPARE(plotted.size(), 2);
    const auto side = [&](const QString& label) {
        for (int k = 0; k < plotted.size(); ++k)
            if (plotted[k].first == label)
                return k;
        return -1;
    };
    const int in = side(QStringLiteral("in Heavy reporters")), out = side(QStringLiteral("not in Heavy reporters"));
    QVERIFY(in >= 0 && out >= 0);
    QCOMPARE(plotted[in].second, cliSeries(QStringLiteral("cohort=Heavy reporters")));
    QCOMPARE(plotted[out].second, cliSeries(QStringLiteral("cohort!=Heavy reporters")));

    // A point of either side drills down to its users: as many as the line's unique users that day.
    auto* explorer = view<ui::EventsExplorerView>();
    for (const int k : {in, out}) {
        const int before = explorer->resultCount();
        QVERIFY(trend->showPointUsers(k, 3));
        QVERIFY(QTest::qWaitFor([&] { return explorer->resultCount() > before && m_window->isIdle(); }, 30000));
        QCOMPARE(double(explorer->drilledUsers()), plotted[k].second[3]);
    }
    explorer->clearDrillDown();

    // Segments by the cohort: each side's unique users are the users kpis counts with the filter.
    const auto cliUsers = [&](const QString& where) {
        for (const QJsonValue k :
             cli({QStringLiteral("kpis"), QStringLiteral("--from"), QStringLiteral("2026-11-24"),
                  QStringLiteral("--to"), QStringLiteral("2026-11-30"), QStringLiteral("--where"), where})
                 .object()
                 .value(QStringLiteral("kpis"))
                 .toArray())
            if (k.toObject().value(QStringLiteral("id")).toString() == QLatin1String("users"))
                return k.toObject().value(QStringLiteral("value")).toDouble();
        return -1.0;
    };
    auto* segments = view<ui::SegmentsView>();
    auto* by = segments->findChild<QComboBox*>(QStringLiteral("segmentsBy"));
    by->setCurrentIndex(by->findData(QStringLiteral("cohort:Heavy reporters")));
    Q_EMIT by->activated(by->currentIndex());
    QVERIFY(waitUntilIdle());
    const auto& rows = segments->model()->result().rows;
    QCOMPARE(rows.size(), size_t(2));
    for (const auto& row : rows)
        QCOMPARE(*row.value, cliUsers(row.values.first() == QLatin1String("in Heavy reporters")
                                          ? QStringLiteral("cohort=Heavy reporters")
                                          : QStringLiteral("cohort!=Heavy reporters")));

    // A funnel broken down by the cohort: each side's row is the funnel filtered to that side.
    const QList<qint64> inCounts = signupToProject(QStringLiteral("cohort=Heavy reporters"));
    const QList<qint64> outCounts = signupToProject(QStringLiteral("cohort!=Heavy reporters"));
    QVERIFY(!inCounts.isEmpty() && inCounts.first() > 0 && outCounts.first() > 0);
    signupToProject(QString());
    auto* funnel = view<ui::FunnelView>();
    funnel->setBreakdown(QStringLiteral("cohort:Heavy reporters"));
    QVERIFY(waitUntilIdle());
    const auto& funnelRows = funnel->model()->result().breakdown;
    QCOMPARE(funnelRows.size(), size_t(2));
    for (const auto& row : funnelRows) {
        const QList<qint64> expected = row.value == QLatin1String("in Heavy reporters") ? inCounts : outCounts;
        QCOMPARE(QList<qint64>(row.counts.begin(), row.counts.end()), expected);
    }
    funnel->setBreakdown(QString());

    // Retention by the cohort: each side's curve is the average retention with that side's filter.
    auto* retention = view<ui::RetentionView>();
    retention->setEvents(QStringLiteral("app_open"), QStringLiteral("app_open"));
    retention->setPeriod(QStringLiteral("day"), 7);
    const auto averageWith = [&](const QString& filter) {
        m_window->controls()->applyFilter(filter);
        return waitUntilIdle() ? retention->curves().value(0).second : QList<QPointF>();
    };
    const QList<QPointF> inCurve = averageWith(QStringLiteral("cohort=Heavy reporters"));
    const QList<QPointF> outCurve = averageWith(QStringLiteral("cohort!=Heavy reporters"));
    QCOMPARE(inCurve.size(), 7);
    QVERIFY(inCurve != outCurve);
    const QList<QPointF> everyone = averageWith(QString());
    retention->setBreakdown(QStringLiteral("cohort:Heavy reporters"));
    QVERIFY(waitUntilIdle());
    const auto curves = retention->curves();
    if (qEnvironmentVariableIsSet("HC_TEST_SHOTS")) { // to look at: HC_TEST_SHOTS=DIR
        retention->window()->resize(1100, 700);
        QTest::qWait(300);
        retention->window()->grab().save(qEnvironmentVariable("HC_TEST_SHOTS")
                                         + QStringLiteral("/retention-by-cohort.png"));
    }
    QCOMPARE(curves.size(), 3);
    QCOMPARE(curves[0].first, QStringLiteral("Everyone"));
    QCOMPARE(curves[0].second, everyone);
    for (const auto& [name, points] : curves.mid(1))
        QCOMPARE(points, name == QLatin1String("in Heavy reporters") ? inCurve : outCurve);
    retention->setBreakdown(QString());
}

void TestWorkbenchViews::controlLabelsNameTheirControls()
{
    // In the query views, the explorer and the dialogs every label beside a control is that
    // control's buddy (screen readers announce the control by it), every control has a name, and
    // Tab visits the controls in reading order: left to right, then the next row.
    QList<QPair<QString, QWidget*>> areas;
    for (const char* name :
         {"trendView", "funnelView", "retentionView", "segmentsView", "pathsView", "experimentsView", "kpiCardsView"}) {
        auto* view = m_window->findChild<ui::AnalysisView*>(QLatin1String(name));
        QVERIFY2(view, name);
        areas.append({QLatin1String(name), view});
    }
    areas.append({QStringLiteral("scope toolbar"), m_window->controls()});
    areas.append({QStringLiteral("events explorer"), view<ui::EventsExplorerView>()});
    areas.append({QStringLiteral("insights"), view<ui::InsightsView>()});
    auto* cohorts = new ui::CohortsDialog(m_window->data(), *m_window->controls(), m_window.get());
    auto* report = new ui::ReportBuilderDialog(m_window->data(), m_window.get());
    ui::SyncDialog* sync = m_window->openSyncDialog();
    QVERIFY(sync);
    for (QDialog* d : std::initializer_list<QDialog*>{cohorts, report, sync}) {
        d->show();
        areas.append({d->metaObject()->className(), d});
    }
    QTest::qWait(100); // laid out
    for (const auto& [name, area] : areas) {
        const QStringList problems = test::labelProblems(area) + test::tabOrderProblems(area);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(name + QStringLiteral(":\n  ") + problems.join(QStringLiteral("\n  "))));
    }
    for (QDialog* d : std::initializer_list<QDialog*>{cohorts, report, sync})
        d->close();
    delete cohorts;
    delete report;
}

void TestWorkbenchViews::kpiCardsShowChangesOnlyWhenComparing()
{
    m_window->controls()->applyPreset(ui::GlobalControlsBar::Last30);
    QVERIFY(waitUntilIdle());
    auto* kpis = view<ui::KpiCardsView>();
    QVERIFY(kpis->resultCount() > 0);
    QVERIFY(kpis->card(QStringLiteral("events"))->changeText().isEmpty());
    QVERIFY(!m_window->findChild<QLabel*>(QStringLiteral("kpiComparedWith"))->isVisible());
    const int results = kpis->resultCount();
    m_window->controls()->compare()->setChecked(true);
    QVERIFY(waitUntilIdle());
    QCOMPARE(kpis->resultCount(), results); // redrawn, not computed again
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("kpiComparedWith"))->isVisible());
    // The changes are the CLI's: percent for counts, percentage points for stickiness.
    QJsonObject byId;
    for (const QJsonValue k : cli({QStringLiteral("kpis"), QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                                   QStringLiteral("--to"), QStringLiteral("2026-11-30")})
                                  .object()
                                  .value(QStringLiteral("kpis"))
                                  .toArray())
        byId.insert(k.toObject().value(QStringLiteral("id")).toString(), k);
    const double eventsChange =
        byId.value(QStringLiteral("events")).toObject().value(QStringLiteral("change")).toDouble();
    QCOMPARE(kpis->card(QStringLiteral("events"))->changeText(), NumberFormat::signedPercent(eventsChange));
    const QJsonObject stickiness = byId.value(QStringLiteral("stickiness")).toObject();
    const double pp =
        (stickiness.value(QStringLiteral("value")).toDouble() - stickiness.value(QStringLiteral("previous")).toDouble())
        * 100;
    QCOMPARE(kpis->card(QStringLiteral("stickiness"))->changeText(),
             (pp > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(pp, 'f', 1) + QStringLiteral(" pp"));
    m_window->controls()->compare()->setChecked(false);
    QVERIFY(waitUntilIdle());
    QVERIFY(kpis->card(QStringLiteral("events"))->changeText().isEmpty());

    // Revenue is money in the workspace's currency (USD until set), kept in the workspace.
    const QString revenue = kpis->card(QStringLiteral("revenue"))->valueText();
    QVERIFY2(revenue.contains(u'$'), qPrintable(revenue));
    QSignalSpy changed(kpis, &ui::KpiCardsView::currencyChanged);
    kpis->setCurrency(QStringLiteral("EUR"));
    QVERIFY(changed.wait(20000));
    QVERIFY(waitUntilIdle());
    QCOMPARE(kpis->card(QStringLiteral("revenue"))->valueText(), QString(revenue).replace(u'$', QStringLiteral("€")));
    QVERIFY(!kpis->card(QStringLiteral("revenue"))->valueText().contains(u'$'));
    auto catalog = store::WorkspaceCatalog::open(m_path);
    QCOMPARE(catalog.value()->revenueCurrency(), QStringLiteral("EUR"));
    QVERIFY(catalog.value()->setRevenueCurrency(QStringLiteral("USD")).ok());

    // Each card opens its own metric: weekly active users as unique users per week; stickiness,
    // which no trend measures, as its own daily chart, and so are sessions and their length.
    QSignalSpy trendAsked(kpis, &ui::KpiCardsView::trendRequested);
    QSignalSpy detail(kpis, &ui::KpiCardsView::detailShown);
    QTest::mouseClick(kpis->card(QStringLiteral("wau")), Qt::LeftButton);
    QCOMPARE(trendAsked.count(), 1);
    QCOMPARE(trendAsked[0][1].toString(), QStringLiteral("uniques"));
    QCOMPARE(trendAsked[0][2].toString(), QStringLiteral("week"));
    QVERIFY(waitUntilIdle());
    auto* trend = view<ui::TrendView>();
    QCOMPARE(trend->findChild<QComboBox*>(QStringLiteral("trendInterval"))->currentData().toString(),
             QStringLiteral("week"));
    QTest::mouseClick(kpis->card(QStringLiteral("stickiness")), Qt::LeftButton);
    QCOMPARE(detail.count(), 1);
    auto* dialog = qvariant_cast<QDialog*>(detail[0][0]);
    auto* line = qobject_cast<QLineSeries*>(dialog->findChild<QChartView*>()->chart()->series().value(0));
    QVERIFY(line);
    QCOMPARE(line->count(), 30); // a point per day of the last 30
    dialog->close();
    // Sessions open their count per day: the days add up to the range's sessions, as kpis counts them.
    QTest::mouseClick(kpis->card(QStringLiteral("sessions")), Qt::LeftButton);
    QCOMPARE(detail.count(), 2);
    dialog = qvariant_cast<QDialog*>(detail[1][0]);
    line = qobject_cast<QLineSeries*>(dialog->findChild<QChartView*>()->chart()->series().value(0));
    double sessions = 0;
    for (const QPointF& p : line->points())
        sessions += p.y();
    QCOMPARE(line->count(), 30);
    QCOMPARE(sessions, byId.value(QStringLiteral("sessions")).toObject().value(QStringLiteral("value")).toDouble());
    dialog->close();
    // Their average length per day, drawn in minutes.
    QTest::mouseClick(kpis->card(QStringLiteral("avg_session_seconds")), Qt::LeftButton);
    QCOMPARE(detail.count(), 3);
    dialog = qvariant_cast<QDialog*>(detail[2][0]);
    QChart* lengths = dialog->findChild<QChartView*>()->chart();
    QCOMPARE(qobject_cast<QLineSeries*>(lengths->series().value(0))->count(), 30);
    QVERIFY(lengths->axes(Qt::Vertical).value(0)->titleText().endsWith(QStringLiteral("(min)")));
    dialog->close();
    QCOMPARE(trendAsked.count(), 1);
}

void TestWorkbenchViews::funnelDrillDownListsTheCliUsers()
{
    const QList<qint64> counts = signupToProject(QString());
    QVERIFY(counts.size() == 2 && counts[1] > 0 && counts[1] < counts[0]);
    auto* explorer = view<ui::EventsExplorerView>();
    // The bars show the drop-off stacked on each step; clicking it drills down to those users.
    auto* bars = qobject_cast<QStackedBarSeries*>(
        m_window->findChild<QChartView*>(QStringLiteral("funnelBars"))->chart()->series().value(0));
    QVERIFY(bars);
    QCOMPARE(bars->count(), 2);
    QBarSet* dropped = bars->barSets()[1];
    QCOMPARE(qint64(dropped->at(0)), 0);
    QCOMPARE(qint64(dropped->at(1)), counts[0] - counts[1]);
    QCOMPARE(qint64(bars->barSets()[0]->at(1)), counts[1]);
    Q_EMIT bars->clicked(1, dropped);
    QVERIFY(QTest::qWaitFor([&] { return explorer->drilledUsers() >= 0 && m_window->isIdle(); }, 30000));
    QVERIFY(waitUntilIdle());
    QCOMPARE(explorer->drilledUsers(), counts[0] - counts[1]);
    // The users listed are exactly the CLI's for the same step of the same funnel.
    QSet<QString> listed;
    const dataset::Dataset* shown = explorer->model()->dataset();
    for (int r = 0; r < explorer->model()->rowCount(); ++r)
        listed.insert(shown->userIds()[shown->users()[explorer->model()->positionAt(r)]]);
    QSet<QString> expected;
    for (const QJsonValue id :
         cli({QStringLiteral("cohort"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("drill"),
              QStringLiteral("--from-funnel"), QStringLiteral("--steps signup,create_project --window 3d"),
              QStringLiteral("--step"), QStringLiteral("2"), QStringLiteral("--dropped"), QStringLiteral("--from"),
              QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30")})
                     .object()
                     .value(QStringLiteral("users"))
                     .toInt()
                 > 0
             ? cli({QStringLiteral("cohort"), QStringLiteral("users"), QStringLiteral("--name"),
                    QStringLiteral("drill")})
                   .object()
                   .value(QStringLiteral("users"))
                   .toArray()
             : QJsonArray())
        expected.insert(id.toString());
    QCOMPARE(qint64(expected.size()), counts[0] - counts[1]);
    QCOMPARE(listed, expected);
    // One user's timeline: only their events, every one of the range.
    const QString someone = *expected.begin();
    explorer->showTimeline(someone);
    QVERIFY(QTest::qWaitFor([&] { return explorer->drilledUsers() == 1 && m_window->isIdle(); }, 30000));
    QVERIFY(waitUntilIdle());
    QVERIFY(explorer->model()->rowCount() > 0);
    shown = explorer->model()->dataset();
    for (int r = 0; r < explorer->model()->rowCount(); ++r)
        QCOMPARE(shown->userIds()[shown->users()[explorer->model()->positionAt(r)]], someone);
    explorer->clearDrillDown();
    QVERIFY(waitUntilIdle());
    QCOMPARE(explorer->drilledUsers(), -1);
}

void TestWorkbenchViews::chartDrillDownsCountWhatTheChartsShow()
{
    m_window->controls()->applyPreset(ui::GlobalControlsBar::Last30);
    m_window->controls()->applyFilter(QStringLiteral("platform=web"));
    QVERIFY(waitUntilIdle());
    auto* explorer = view<ui::EventsExplorerView>();
    // Asks for a drill-down and waits until the explorer lists its events.
    const auto drill = [&](const std::function<bool()>& ask) {
        const int before = explorer->resultCount();
        if (!ask())
            return qint64(-2);
        if (!QTest::qWaitFor([&] { return explorer->resultCount() > before && m_window->isIdle(); }, 30000))
            return qint64(-3);
        return explorer->drilledUsers();
    };

    // A trend point: the users who did the event that day (unique users is that count), and only
    // that day's events are listed.
    auto* trend = view<ui::TrendView>();
    trend->showMeasure(QStringLiteral("uniques"), QStringLiteral("app_open"));
    QVERIFY(waitUntilIdle());
    const auto& periods = trend->model()->result().periods;
    const auto& values = trend->model()->result().series.at(0).values;
    const int day = int(periods.size()) / 2;
    QVERIFY(values[size_t(day)].value_or(0) > 0);
    QCOMPARE(drill([&] { return trend->showPointUsers(0, day); }), qint64(*values[size_t(day)]));
    const dataset::Dataset* listed = explorer->model()->dataset();
    QVERIFY(explorer->model()->rowCount() > 0);
    for (int r = 0; r < explorer->model()->rowCount(); ++r) {
        const qint64 t = listed->times()[explorer->model()->positionAt(r)];
        QVERIFY(t >= periods[size_t(day)].startMs && t < periods[size_t(day)].endMs);
    }

    // A segment row: its unique users. The total is every user with an event, as kpis counts them.
    auto* segments = view<ui::SegmentsView>();
    segments->recompute();
    QVERIFY(waitUntilIdle());
    const auto& rows = segments->model()->result().rows;
    QVERIFY(rows.size() > 1);
    QCOMPARE(drill([&] { return segments->showSegmentUsers(0); }), qint64(*rows[0].value));
    // The bars measure the users, not their share.
    QCOMPARE(m_window->findChild<QChartView*>(QStringLiteral("segmentsChart"))->chart()->title(),
             QStringLiteral("Top %1 by unique users").arg(std::min<size_t>(10, rows.size())));
    qint64 users = -1;
    for (const QJsonValue k :
         cli({QStringLiteral("kpis"), QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
              QStringLiteral("2026-11-30"), QStringLiteral("--where"), QStringLiteral("platform=web")})
             .object()
             .value(QStringLiteral("kpis"))
             .toArray())
        if (k.toObject().value(QStringLiteral("id")).toString() == QLatin1String("users"))
            users = k.toObject().value(QStringLiteral("value")).toInteger();
    QCOMPARE(qint64(*segments->model()->result().total), users);
    QVERIFY(segments->totalLabel()->text().contains(NumberFormat::count(double(users))));
    const int share = segments->model()->shareColumn();
    QVERIFY(share > 0);
    QCOMPARE(segments->model()->index(0, share).data(ui::ResultTableModel::ValueRole).toDouble(),
             *rows[0].value / double(users));
    // Sorted by the measure, smallest first, the table's first row is the model's last.
    QAbstractItemModel* shown = segments->table()->model();
    shown->sort(share - 1, Qt::AscendingOrder);
    QCOMPARE(ui::TableSorting::sourceRow(segments->table(), shown->index(0, 0)), int(rows.size()) - 1);
    QVERIFY(shown->index(0, share - 1).data(ui::ResultTableModel::ValueRole).toDouble()
            <= shown->index(1, share - 1).data(ui::ResultTableModel::ValueRole).toDouble());

    // A path: the users who followed it, as many as the row counts.
    auto* paths = view<ui::PathsView>();
    paths->recompute();
    QVERIFY(waitUntilIdle());
    QVERIFY(!paths->model()->result().empty());
    QCOMPARE(drill([&] { return paths->showPathUsers(0); }), paths->model()->result()[0].users);

    // A retention cell: as many users as the cell counts; kept as a cohort, the filter goes into its
    // rule and the CLI finds the same users.
    auto* retention = view<ui::RetentionView>();
    retention->setPeriod(QStringLiteral("week"), 4);
    retention->setEvents(QStringLiteral("signup"), QStringLiteral("app_open"));
    QVERIFY(waitUntilIdle());
    const analysis::RetentionCohort cohort = retention->model()->table().cohorts.at(1);
    QVERIFY(cohort.retained[1] > 0 && cohort.retained[1] < cohort.size);
    QString whyNot;
    QCOMPARE(drill([&] { return retention->showCellUsers(2, ui::RetentionTableModel::kFirstPeriodColumn + 1); }),
             cohort.retained[1]);
    QVERIFY(!retention->showCellUsers(0, 3, &whyNot)); // the average row
    QVERIFY(!whyNot.isEmpty());
    const auto rule = explorer->currentDrill().standaloneRule(m_window->data().scope());
    QVERIFY(rule);
    QCOMPARE(rule->retention.values(QStringLiteral("where")), QStringList{QStringLiteral("platform=web")});
    analysis::CohortDefinition kept = *rule;
    kept.name = QStringLiteral("Came back in week 1");
    QSignalSpy saved(&m_window->data(), &ui::WorkbenchData::cohortsChanged);
    m_window->data().saveCohort(kept);
    QVERIFY(saved.wait(20000));
    QCOMPARE(cli({QStringLiteral("cohort"), QStringLiteral("users"), QStringLiteral("--name"), kept.name})
                 .object()
                 .value(QStringLiteral("users"))
                 .toArray()
                 .size(),
             cohort.retained[1]);
    explorer->clearDrillDown();
    QVERIFY(waitUntilIdle());
}

void TestWorkbenchViews::funnelEditorOptionsMatchCli()
{
    signupToProject(QString());
    auto* funnel = view<ui::FunnelView>();
    // The CLI's step counts for the same funnel with more options.
    const auto cliCounts = [&](const QStringList& more) {
        QList<qint64> counts;
        for (const QJsonValue s :
             cli(QStringList{QStringLiteral("funnel"), QStringLiteral("--steps"),
                             QStringLiteral("app_open,create_report,share_report"), QStringLiteral("--window"),
                             QStringLiteral("3d"), QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                             QStringLiteral("--to"), QStringLiteral("2026-11-30")}
                 + more)
                 .object()
                 .value(QStringLiteral("steps"))
                 .toArray())
            counts << s.toObject().value(QStringLiteral("count")).toInteger();
        return counts;
    };
    funnel->setSteps({QStringLiteral("app_open"), QStringLiteral("create_report"), QStringLiteral("share_report")});
    QVERIFY(waitUntilIdle());
    // Each control, as the analyst sets it: totals; a condition on step 3; an exclusion.
    auto* counting = funnel->findChild<QComboBox*>(QStringLiteral("funnelCounting"));
    counting->setCurrentIndex(counting->findData(QStringLiteral("totals")));
    Q_EMIT counting->activated(counting->currentIndex());
    QVERIFY(waitUntilIdle());
    const QList<qint64> totals = cliCounts({QStringLiteral("--count"), QStringLiteral("totals")});
    QVERIFY(totals != cliCounts({})); // users convert more than once here
    QCOMPARE(funnel->stepCounts(), totals);
    auto* stepWhere = funnel->findChild<QLineEdit*>(QStringLiteral("funnelStepWhere"));
    stepWhere->setText(QStringLiteral("3:platform=web"));
    Q_EMIT stepWhere->editingFinished();
    QVERIFY(waitUntilIdle());
    const QList<qint64> webReports = cliCounts({QStringLiteral("--count"), QStringLiteral("totals"),
                                                QStringLiteral("--step-where"), QStringLiteral("3:platform=web")});
    QVERIFY(webReports.value(2) < totals.value(2));
    QCOMPARE(funnel->stepCounts(), webReports);
    auto* exclusions = funnel->findChild<QLineEdit*>(QStringLiteral("funnelExclusions"));
    exclusions->setText(QStringLiteral("search:2:3; export_csv:1:2"));
    Q_EMIT exclusions->editingFinished();
    QVERIFY(waitUntilIdle());
    QCOMPARE(funnel->stepCounts(),
             cliCounts({QStringLiteral("--count"), QStringLiteral("totals"), QStringLiteral("--step-where"),
                        QStringLiteral("3:platform=web"), QStringLiteral("--exclude"), QStringLiteral("search:2:3"),
                        QStringLiteral("--exclude"), QStringLiteral("export_csv:1:2")}));
    // A malformed entry says what is wrong instead of showing a funnel.
    stepWhere->setText(QStringLiteral("9:platform=web"));
    Q_EMIT stepWhere->editingFinished();
    QVERIFY(waitUntilIdle());
    QVERIFY(funnel->findChild<QLabel*>(QStringLiteral("viewMessage"))->text().contains(QStringLiteral("step-where")));
}

void TestWorkbenchViews::funnelStepCohortsMatchCli()
{
    auto* funnel = view<ui::FunnelView>();
    const QList<qint64> counts = signupToProject(QStringLiteral("platform=web"));
    QCOMPARE(counts.size(), 2);
    QVERIFY(counts[1] > 0 && counts[1] < counts[0]);

    // The drill-down keeps the step's users by the funnel's rule, the filter bar included.
    QSignalSpy saved(&m_window->data(), &ui::WorkbenchData::cohortsChanged);
    QVERIFY(funnel->saveStepAsCohort(2, true, QStringLiteral("Web no project")));
    QVERIFY(saved.wait(20000));
    QVERIFY(funnel->saveStepAsCohort(2, false, QStringLiteral("Web project")));
    QVERIFY(saved.wait(20000));
    QCOMPARE(m_window->data().cohorts().size(), 2);
    const auto usersOf = [this](const QString& name) {
        return cli({QStringLiteral("cohort"), QStringLiteral("users"), QStringLiteral("--name"), name})
            .object()
            .value(QStringLiteral("users"))
            .toArray()
            .size();
    };
    QCOMPARE(qint64(usersOf(QStringLiteral("Web no project"))), counts[0] - counts[1]);
    QCOMPARE(qint64(usersOf(QStringLiteral("Web project"))), counts[1]);

    // As a filter: the dropped users' web funnel stops at its first step.
    m_window->controls()->applyFilter(QStringLiteral("cohort=Web no project; platform=web"));
    QVERIFY(waitUntilIdle());
    QCOMPARE(funnel->stepCounts(), QList<qint64>({counts[0] - counts[1], 0}));

    // The cohorts dialog lists both with their sizes and filters every view by the chosen one.
    ui::CohortsDialog dialog(m_window->data(), *m_window->controls(), m_window.get());
    dialog.show();
    QSignalSpy sized(&dialog, &ui::CohortsDialog::sizesShown);
    QVERIFY(sized.count() > 0 || sized.wait(20000));
    QCOMPARE(dialog.table()->rowCount(), 2);
    QCOMPARE(dialog.table()->item(0, 0)->text(), QStringLiteral("Web no project"));
    QCOMPARE(dialog.table()->item(0, 1)->data(Qt::UserRole).toLongLong(), counts[0] - counts[1]);
    dialog.table()->selectRow(1);
    dialog.filterBySelected();
    QCOMPARE(m_window->controls()->scope().filter, QStringLiteral("cohort=Web project"));
    QVERIFY(waitUntilIdle());
    QVERIFY(funnel->stepCounts().value(1) >= counts[1]); // every web converter, now on every platform

    // A new rule from the dialog's form, checked against the CLI's own cohort of the same rule.
    dialog.nameEdit()->setText(QStringLiteral("Reporters"));
    dialog.eventPicker()->setCurrentText(QStringLiteral("create_report"));
    dialog.minCount()->setValue(3);
    dialog.saveNewCohort();
    QVERIFY(saved.wait(20000));
    QVERIFY(sized.wait(20000));
    QCOMPARE(dialog.table()->rowCount(), 3);
    const QJsonObject cliCohort =
        cli({QStringLiteral("cohort"), QStringLiteral("create"), QStringLiteral("--name"),
             QStringLiteral("Reporters (CLI)"), QStringLiteral("--did"), QStringLiteral("create_report"),
             QStringLiteral("--min-count"), QStringLiteral("3"), QStringLiteral("--from"), QStringLiteral("2026-11-01"),
             QStringLiteral("--to"), QStringLiteral("2026-11-30")})
            .object();
    QCOMPARE(qint64(usersOf(QStringLiteral("Reporters"))), cliCohort.value(QStringLiteral("users")).toInteger());
}

void TestWorkbenchViews::heatmapMatchesRetentionJson()
{
    auto* retention = view<ui::RetentionView>();
    retention->setPeriod(QStringLiteral("week"), 6);
    retention->setEvents(QStringLiteral("signup"), QStringLiteral("app_open"));
    QVERIFY(waitUntilIdle());
    const QJsonDocument doc =
        cli({QStringLiteral("retention"), QStringLiteral("--start-event"), QStringLiteral("signup"),
             QStringLiteral("--return-event"), QStringLiteral("app_open"), QStringLiteral("--period"),
             QStringLiteral("week"), QStringLiteral("--periods"), QStringLiteral("6"), QStringLiteral("--from"),
             QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30")});
    const QJsonArray cohorts = doc.object().value(QStringLiteral("cohorts")).toArray();
    ui::RetentionTableModel* model = retention->model();
    QVERIFY(cohorts.size() > 3);
    QCOMPARE(model->rowCount(), int(cohorts.size()) + 1); // the average row first
    int notStarted = 0;
    for (int r = 0; r < cohorts.size(); ++r) {
        const QJsonObject c = cohorts[r].toObject();
        const QJsonArray retained = c.value(QStringLiteral("retained")).toArray();
        const QJsonArray complete = c.value(QStringLiteral("complete")).toArray();
        // The row's week, written in the locale's date format.
        const QDate start = QDate::fromString(c.value(QStringLiteral("start")).toString(), Qt::ISODate);
        QVERIFY(start.isValid());
        QCOMPARE(model->index(r + 1, 0).data().toString(), QLocale().toString(start, QLocale::ShortFormat));
        for (int k = 0; k < retained.size(); ++k) {
            const QModelIndex cell = model->index(r + 1, ui::RetentionTableModel::kFirstPeriodColumn + k);
            QCOMPARE(cell.data(ui::RetentionTableModel::CompleteRole).toBool(), complete[k].toBool());
            // A period that begins after the one before it is over has not started: blank, not 0%.
            if (k > 0 && !complete[k - 1].toBool()) {
                QCOMPARE(retained[k].toInteger(), 0);
                QVERIFY(cell.data().toString().isEmpty());
                QVERIFY(!cell.data(ui::RetentionTableModel::RatioRole).isValid());
                ++notStarted;
                continue;
            }
            QCOMPARE(cell.data(ui::RetentionTableModel::CountRole).toLongLong(), retained[k].toInteger());
            QVERIFY(cell.data().toString().endsWith(u'%'));
        }
    }
    QVERIFY(notStarted > 0); // weekly cohorts of November, 6 weeks each: the late ones run past the data
    const QJsonArray average = doc.object().value(QStringLiteral("average")).toArray();
    for (int k = 0; k < average.size(); ++k) {
        const QVariant shown =
            model->index(0, ui::RetentionTableModel::kFirstPeriodColumn + k).data(ui::RetentionTableModel::RatioRole);
        if (average[k].isNull())
            QVERIFY(!shown.isValid());
        else
            QCOMPARE(shown.toDouble(), average[k].toDouble());
    }
}

void TestWorkbenchViews::zoneChangeRebucketsTrend()
{
    auto* trend = view<ui::TrendView>();
    m_window->controls()->applyPreset(ui::GlobalControlsBar::Last7);
    QVERIFY(waitUntilIdle());
    const auto utc = trend->plottedSeries();
    QCOMPARE(utc.size(), 1);
    QComboBox* zones = m_window->controls()->zones();
    zones->setCurrentIndex(zones->findData(QByteArray("Pacific/Kiritimati"))); // UTC+14
    QVERIFY(zones->currentIndex() > 0);
    Q_EMIT zones->activated(zones->currentIndex());
    QVERIFY(waitUntilIdle());
    const auto shifted = trend->plottedSeries();
    QCOMPARE(m_window->data().view().data->settings().zone.id(), QByteArray("Pacific/Kiritimati"));
    QVERIFY(shifted.front().second != utc.front().second);
    const QJsonDocument doc = cli({QStringLiteral("trend"), QStringLiteral("--any"), QStringLiteral("--tz"),
                                   QStringLiteral("Pacific/Kiritimati"), QStringLiteral("--from"),
                                   QStringLiteral("2026-11-24"), QStringLiteral("--to"), QStringLiteral("2026-11-30")});
    QList<double> expected;
    for (const QJsonValue p :
         doc.object().value(QStringLiteral("series")).toArray()[0].toObject().value(QStringLiteral("points")).toArray())
        expected.append(p.toObject().value(QStringLiteral("value")).toDouble());
    QCOMPARE(shifted.front().second, expected);
}

void TestWorkbenchViews::trendShowsAnomaliesAndForecast()
{
    auto* trend = view<ui::TrendView>();
    m_window->controls()->applyPreset(ui::GlobalControlsBar::Last90);
    QVERIFY(waitUntilIdle());
    const int before = trend->resultCount();
    trend->showStatistics(true, true);
    QVERIFY(waitUntilIdle());
    QVERIFY(trend->resultCount() > before);
    QStringList names;
    for (QAbstractSeries* s : trend->chartView()->chart()->series())
        names << s->name();
    for (const char* expected : {"Expected range", "Anomalies", "95% interval", "80% interval", "Forecast"})
        QVERIFY2(names.contains(QLatin1String(expected)), qPrintable(names.join(QStringLiteral(", "))));
    QVERIFY(trend->chartView()->chart()->title().contains(QStringLiteral("MAPE")));
    if (qEnvironmentVariableIsSet("HC_TEST_SHOTS")) { // to look at: HC_TEST_SHOTS=DIR (its floating dock, laid out)
        trend->window()->resize(1280, 640);
        QTest::qWait(300);
        trend->window()->grab().save(qEnvironmentVariable("HC_TEST_SHOTS") + QStringLiteral("/trend-statistics.png"));
    }
    // The forecast drawn is the CLI's for the same series and range.
    const auto& scope = m_window->data().scope();
    const QJsonDocument doc = cli({QStringLiteral("forecast"), QStringLiteral("--any"), QStringLiteral("--horizon"),
                                   QStringLiteral("14"), QStringLiteral("--from"), scope.from.toString(Qt::ISODate),
                                   QStringLiteral("--to"), scope.to.toString(Qt::ISODate)});
    const QJsonArray points = doc.object().value(QStringLiteral("points")).toArray();
    QVERIFY(trend->overlay().forecast);
    QCOMPARE(int(trend->overlay().forecast->points.size()), points.size());
    for (int h = 0; h < points.size(); ++h)
        QCOMPARE(trend->overlay().forecast->points[size_t(h)].value,
                 points[h].toObject().value(QStringLiteral("value")).toDouble());
    // Turned off, the statistics leave the chart and its title.
    trend->showStatistics(false, false);
    QVERIFY(waitUntilIdle());
    QVERIFY(!trend->overlay().forecast && !trend->overlay().anomalies);
    QVERIFY(!trend->chartView()->chart()->title().contains(QStringLiteral("MAPE")));
}

void TestWorkbenchViews::experimentMatchesCli()
{
    auto* experiments = view<ui::ExperimentsView>();
    m_window->controls()->applyPreset(ui::GlobalControlsBar::Last30);
    QVERIFY(waitUntilIdle());
    const auto& scope = m_window->data().scope();
    const auto experimentJson = [&](const QString& property) {
        return cli({QStringLiteral("experiment"), QStringLiteral("--variant-property"), property,
                    QStringLiteral("--goal"), QStringLiteral("upgrade"), QStringLiteral("--from"),
                    scope.from.toString(Qt::ISODate), QStringLiteral("--to"), scope.to.toString(Qt::ISODate)})
            .object();
    };
    // The demo's experiment is picked by itself: a property named like one, and the upgrade goal.
    const ui::ExperimentModel* model = experiments->model();
    QCOMPARE(model->comparison().n > 0, true);
    const QJsonObject doc = experimentJson(QStringLiteral("exp_onboarding_checklist"));
    QCOMPARE(model->comparison().control, doc.value(QStringLiteral("control")).toString());
    QCOMPARE(model->comparison().control, QStringLiteral("control"));
    const QJsonArray variants = doc.value(QStringLiteral("variants")).toArray();
    QCOMPARE(model->rowCount(), variants.size());
    for (const QJsonValue v : variants) {
        const QJsonObject o = v.toObject();
        bool found = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->variantAt(row).value != o.value(QStringLiteral("value")).toString())
                continue;
            found = true;
            QCOMPARE(model->variantAt(row).exposed, o.value(QStringLiteral("exposed")).toInteger());
            QCOMPARE(model->variantAt(row).converted, o.value(QStringLiteral("converted")).toInteger());
            QCOMPARE(model->index(row, ui::ExperimentModel::ExposedColumn).data().toString(),
                     QLocale().toString(o.value(QStringLiteral("exposed")).toInteger()));
        }
        QVERIFY(found);
    }
    const QJsonObject treatment = doc.value(QStringLiteral("comparisons")).toArray().at(0).toObject();
    QCOMPARE(model->comparisonAt(1)->pValue, treatment.value(QStringLiteral("p_value")).toDouble());
    QCOMPARE(model->index(0, ui::ExperimentModel::LiftColumn).data().toString(), QStringLiteral("—")); // the control
    QVERIFY(experiments->sampleRatioWarning()->isHidden());                                            // an even split
    QVERIFY(experiments->verdict()->text().contains(QStringLiteral("treatment vs control")));
    if (qEnvironmentVariableIsSet("HC_TEST_SHOTS")) {
        experiments->parentWidget()->raise();
        QTest::qWait(300);
        m_window->grab().save(qEnvironmentVariable("HC_TEST_SHOTS") + QStringLiteral("/experiments.png"));
    }

    // Platform shares are far from even: read as an experiment, the split itself is suspect.
    const int before = experiments->resultCount();
    experiments->setExperiment(QStringLiteral("platform"), QStringLiteral("upgrade"));
    QVERIFY(QTest::qWaitFor([&] { return experiments->resultCount() > before && !experiments->isBusy(); }, 30000));
    QVERIFY(experimentJson(QStringLiteral("platform"))
                .value(QStringLiteral("srm"))
                .toObject()
                .value(QStringLiteral("mismatch"))
                .toBool());
    QVERIFY(!experiments->sampleRatioWarning()->isHidden());
    QVERIFY(experiments->sampleRatioWarning()->text().contains(QStringLiteral("Sample-ratio mismatch")));
}

void TestWorkbenchViews::insightsFindTheOutageAndKeepDismissals()
{
    auto* insights = view<ui::InsightsView>();
    const QDate outage = demo::DemoWorkspaceGenerator::anomalyDay(QDate(2026, 11, 30).addDays(-119), 120);
    ui::AnalysisScope scope = m_window->data().scope();
    scope.from = outage.addDays(-6);
    scope.to = outage;
    const int before = insights->resultCount();
    m_window->data().setScope(scope);
    QVERIFY(waitUntilIdle());
    QVERIFY(insights->resultCount() > before);
    // The week ending on the outage: it leads, explained by the platform that could not get in.
    const ui::InsightListModel* model = insights->model();
    QVERIFY(model->rowCount() > 0);
    const insights::Insight top = model->insightAt(0);
    QCOMPARE(top.id, QStringLiteral("anomaly:dau:") + outage.toString(Qt::ISODate));
    QCOMPARE(model->index(0, ui::InsightListModel::TypeColumn).data().toString(), QStringLiteral("Anomaly"));
    QVERIFY(!model->index(0, ui::InsightListModel::TypeColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    insights->selectRow(0);
    QVERIFY(insights->explanation()->text().contains(QStringLiteral("platform = web")));
    QVERIFY(!insights->evidenceChart()->chart()->series().isEmpty());
    if (qEnvironmentVariableIsSet("HC_TEST_SHOTS")) {
        insights->window()->resize(1280, 720);
        QTest::qWait(300);
        insights->window()->grab().save(qEnvironmentVariable("HC_TEST_SHOTS") + QStringLiteral("/insights-outage.png"));
    }
    // "Open in Trends" asks for daily active users, and the trend follows.
    QSignalSpy open(insights, &ui::InsightsView::openViewRequested);
    auto* trend = view<ui::TrendView>();
    const int trendResults = trend->resultCount();
    QTest::mouseClick(insights->findChild<QPushButton*>(QStringLiteral("insightOpen")), Qt::LeftButton);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("trend"));
    QCOMPARE(open.at(0).at(1).toJsonObject().value(QStringLiteral("measure")).toString(), QStringLiteral("uniques"));
    QVERIFY(QTest::qWaitFor([&] { return trend->resultCount() > trendResults && !trend->isBusy(); }, 30000));
    // Dismissed: gone from the list, written to the workspace, and still gone after the next run.
    const int writes = insights->statusWrites();
    QTest::mouseClick(insights->findChild<QPushButton*>(QStringLiteral("insightDismiss")), Qt::LeftButton);
    QCOMPARE(model->rowOf(top.id), -1);
    QVERIFY(QTest::qWaitFor([&] { return insights->statusWrites() > writes; }, 10000));
    {
        auto ws = store::Workspace::open(m_path, store::Workspace::OpenMode::MustExist);
        QVERIFY(ws.ok());
        const auto statuses = store::InsightStore(*ws.value()).statuses();
        QVERIFY(statuses.ok());
        QCOMPARE(statuses.value().value(top.id), insights::InsightStatus::Dismissed);
    }
    scope.from = outage.addDays(-5);
    m_window->data().setScope(scope);
    QVERIFY(waitUntilIdle());
    QCOMPARE(model->rowOf(top.id), -1);
    QVERIFY(model->run().insights.front().id == top.id); // still found, only hidden
    auto* showDismissed = insights->findChild<QCheckBox*>();
    showDismissed->setChecked(true);
    QVERIFY(model->rowOf(top.id) >= 0);
    QCOMPARE(model->index(model->rowOf(top.id), ui::InsightListModel::StatusColumn).data().toString(),
             QStringLiteral("Dismissed"));
    // Put it back for the other tests that read this workspace.
    {
        auto ws = store::Workspace::open(m_path, store::Workspace::OpenMode::MustExist);
        QVERIFY(store::InsightStore(*ws.value()).setStatus(top.id, insights::InsightStatus::New).ok());
    }
}

void TestWorkbenchViews::tablesExportWhatTheyShow()
{
    // The funnel table: exported as CSV on a worker with the raw numbers, copied as the text shown.
    auto* funnel = view<ui::FunnelView>();
    const QAbstractItemModel* model = funnel->model();
    QVERIFY(model->rowCount() >= 2);
    const QString path = m_dir.filePath(QStringLiteral("funnel-steps.csv"));
    QString result = QStringLiteral("pending");
    ui::TableExportMenu::exportTo(*model, QStringLiteral("Funnel"), path, funnel,
                                  [&](const QString& error) { result = error; });
    QVERIFY(QTest::qWaitFor([&] { return result != QLatin1String("pending"); }, 10000));
    QVERIFY2(result.isEmpty(), qPrintable(result));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines.size(), model->rowCount() + 2); // header, rows, the empty rest after the last CRLF
    const QModelIndex count = model->index(1, ui::FunnelStepsModel::CountColumn);
    QCOMPARE(lines[2].split(',')[ui::FunnelStepsModel::CountColumn].trimmed(),
             QByteArray::number(count.data(ui::ResultTableModel::ValueRole).toLongLong()));
    const QString tsv = ui::TableExportMenu::tsvOf(*model);
    QVERIFY(tsv.split(u'\n')[2].split(u'\t').contains(count.data().toString())); // "1,234" as shown
    // Every view's tables and charts carry the menu.
    for (QTableView* table : m_window->findChildren<QTableView*>())
        QVERIFY2(table->contextMenuPolicy() == Qt::CustomContextMenu, qPrintable(table->objectName()));
    for (QChartView* chart : m_window->findChildren<QChartView*>())
        QVERIFY2(chart->contextMenuPolicy() == Qt::CustomContextMenu, qPrintable(chart->objectName()));
    // The view's own Export menu lists its tables and charts with the same actions.
    auto* button = funnel->findChild<QToolButton*>(QStringLiteral("viewExportButton"));
    QVERIFY(button && button->menu());
    Q_EMIT button->menu()->aboutToShow();
    QStringList entries;
    for (QAction* sub : button->menu()->actions())
        if (sub->menu())
            for (QAction* a : sub->menu()->actions())
                entries << sub->text() + QStringLiteral(" / ") + a->text();
    QVERIFY2(entries.contains(QStringLiteral("Funnel steps table / Export as CSV…")), qPrintable(entries.join(u',')));
    QVERIFY2(entries.filter(QStringLiteral("Save chart as SVG…")).size() >= 1, qPrintable(entries.join(u',')));

    // Charts: PNG as pixels, SVG and PDF as vectors.
    QChartView* chart = m_window->findChild<QChartView*>(QStringLiteral("funnelBars"));
    QVERIFY(chart);
    const QString svg = m_dir.filePath(QStringLiteral("funnel.svg")),
                  pdfPath = m_dir.filePath(QStringLiteral("funnel.pdf")),
                  png = m_dir.filePath(QStringLiteral("funnel.png"));
    QCOMPARE(ui::TableExportMenu::saveChart(chart, svg), QString());
    QCOMPARE(ui::TableExportMenu::saveChart(chart, pdfPath), QString());
    QCOMPARE(ui::TableExportMenu::saveChart(chart, png), QString());
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    QVERIFY(svgText.contains("<svg") && svgText.contains("<path")); // drawn as shapes, not one bitmap
    QFile pdfFile(pdfPath);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
    QCOMPARE(QImage(png).size(), chart->size() * chart->devicePixelRatio());
    QVERIFY(!ui::TableExportMenu::saveChart(chart, m_dir.filePath(QStringLiteral("missing/funnel.svg"))).isEmpty());

    // A folder that does not exist: a message, and no file.
    const QString bad = m_dir.filePath(QStringLiteral("missing/funnel.csv"));
    result = QStringLiteral("pending");
    ui::TableExportMenu::exportTo(*model, QStringLiteral("Funnel"), bad, funnel,
                                  [&](const QString& error) { result = error; });
    QVERIFY(QTest::qWaitFor([&] { return result != QLatin1String("pending"); }, 10000));
    QVERIFY(result.contains(QStringLiteral("funnel.csv")));
    QVERIFY(!QFile::exists(bad));
}

void TestWorkbenchViews::reportBuilderWritesTheChosenSections()
{
    const QString path = m_dir.filePath(QStringLiteral("built.pdf"));
    {
        ui::ReportBuilderDialog dialog(m_window->data(), m_window.get());
        QSignalSpy loaded(&dialog, &ui::ReportBuilderDialog::choicesLoaded);
        QVERIFY(loaded.wait(10000));
        dialog.setTemplateName(QStringLiteral("daily"));
        dialog.setSections({QStringLiteral("methodology"), QStringLiteral("kpis")}); // no insights, funnel, retention
        dialog.setRemember(true);
        dialog.setCliPath(qEnvironmentVariable("HC_CLI"));
        QSignalSpy finished(&dialog, &ui::ReportBuilderDialog::reportFinished);
        QElapsedTimer clock;
        clock.start();
        dialog.createPdf(path);
        QVERIFY(clock.elapsed() < 50); // built and written in another process
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    }
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString pdf = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY(pdf.contains(QStringLiteral("Daily report")));
    QVERIFY(pdf.indexOf(QStringLiteral("\nMethodology\n")) < pdf.lastIndexOf(QStringLiteral("\nKey metrics\n")));
    QVERIFY(!pdf.contains(QStringLiteral("What stands out")));
    QVERIFY(!pdf.contains(QStringLiteral("\nFunnel\n")));
    // Kept in the workspace: the next dialog starts from these choices.
    ui::ReportBuilderDialog again(m_window->data(), m_window.get());
    QSignalSpy loaded(&again, &ui::ReportBuilderDialog::choicesLoaded);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(again.sections(), QStringList({QStringLiteral("methodology"), QStringLiteral("kpis")}));
}

void TestWorkbenchViews::explorerExportsEveryMatchingEvent()
{
    auto* explorer = view<ui::EventsExplorerView>();
    const int listed = explorer->model()->rowCount();
    QVERIFY(listed > 1000);
    const QString path = m_dir.filePath(QStringLiteral("all-events.csv"));
    QSignalSpy done(explorer, &ui::EventsExplorerView::exportFinished);
    explorer->exportAllTo(path);
    QVERIFY(done.wait(60000));
    QVERIFY2(done.at(0).at(0).toString().startsWith(QStringLiteral("Exported")),
             qPrintable(done.at(0).at(0).toString()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    qint64 lines = 0;
    while (!f.atEnd()) {
        f.readLine();
        ++lines;
    }
    QCOMPARE(lines - 1, qint64(listed)); // every event the explorer lists (under its 500,000 cap), and the header
}

void TestWorkbenchViews::explorerShowsPropertiesOfSelectedEvent()
{
    auto* explorer = view<ui::EventsExplorerView>();
    QVERIFY(explorer->model()->rowCount() > 1000);
    // Newest first.
    const auto* data = explorer->model()->dataset();
    QVERIFY(data->times()[explorer->model()->positionAt(0)] >= data->times()[explorer->model()->positionAt(1)]);
    QSignalSpy shown(explorer, &ui::EventsExplorerView::detailsShown);
    explorer->table()->setCurrentIndex(explorer->model()->index(5, 0));
    QVERIFY(shown.wait(10000));
    const QString event = explorer->model()->index(5, ui::EventsTableModel::EventColumn).data().toString();
    QVERIFY(explorer->details()->toPlainText().startsWith(QStringLiteral("event: ") + event));
    QVERIFY(explorer->details()->toPlainText().contains(u'{'));
}

void TestWorkbenchViews::layoutSurvivesRestart()
{
    QDockWidget* segments = m_window->findChild<QDockWidget*>(QStringLiteral("segmentsDock"));
    QDockWidget* paths = m_window->findChild<QDockWidget*>(QStringLiteral("pathsDock"));
    QVERIFY(segments && paths);
    segments->hide();
    paths->setFloating(true);
    m_window->close(); // saves the layout
    cleanup();
    init();
    segments = m_window->findChild<QDockWidget*>(QStringLiteral("segmentsDock"));
    paths = m_window->findChild<QDockWidget*>(QStringLiteral("pathsDock"));
    QVERIFY(segments->isHidden());
    QVERIFY(paths->isFloating());
    // View › Reset layout brings every dock back, docked.
    m_window->resetLayout();
    QVERIFY(!segments->isHidden());
    QVERIFY(!paths->isFloating());
}

void TestWorkbenchViews::eventLoopKeepsTurningDuringRecompute()
{
    QVERIFY(m_window->data().view().data->eventCount() > 1000000);
    // A 2 ms timer records the longest gap between its ticks while every view recomputes.
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0, worst = 0;
    QTimer tick;
    tick.setInterval(2);
    connect(&tick, &QTimer::timeout, this, [&] {
        worst = std::max(worst, clock.elapsed() - last);
        last = clock.elapsed();
    });
    // The wait runs the application's own event loop: QTest::qWaitFor sleeps 10 ms between its
    // turns, which the timer would measure as the window's pauses.
    const auto runUntilIdle = [this] {
        QEventLoop loop;
        QTimer poll;
        poll.setInterval(1);
        connect(&poll, &QTimer::timeout, &loop, [&] {
            if (m_window->isIdle())
                loop.quit();
        });
        QTimer::singleShot(60000, &loop, [&] { loop.exit(1); });
        poll.start();
        return loop.exec() == 0;
    };
    tick.start();
    m_window->controls()->applyPreset(ui::GlobalControlsBar::AllData);
    QVERIFY(runUntilIdle());
    m_window->controls()->compare()->setChecked(true);
    QVERIFY(runUntilIdle());
    tick.stop();
    qInfo("longest event-loop gap while recomputing: %lld ms", worst);
    // 50 ms in a release build; sanitizer builds run several times slower and set their own budget
    // (CMakePresets.json, "asan").
    const qint64 budget = qEnvironmentVariableIsSet("HC_EVENT_LOOP_BUDGET_MS")
                              ? qEnvironmentVariableIntValue("HC_EVENT_LOOP_BUDGET_MS")
                              : 50;
    QVERIFY2(worst <= budget, qPrintable(QStringLiteral("event loop stalled %1 ms").arg(worst)));
}

QTEST_MAIN(TestWorkbenchViews)
#include "tst_workbench_views.moc"
