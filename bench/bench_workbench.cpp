// How fast and responsive the window is on a large workspace (issue 15's targets):
//   HC_BENCH_WORKSPACE=/path/big.hcw QT_QPA_PLATFORM=offscreen build/test/bench/bench_workbench
// Without HC_BENCH_WORKSPACE it first writes a demo workspace of about a million events.
// Every dock is floated into a window of its own, so every view is on screen and computes (a view
// behind another tab waits until shown, which would flatter the numbers).
//  - BM_OpenToAllViewsReady: a new window opens the workspace; the time until every view shows
//    its result. Counters: first_view_ms (the first view's result), worst_gap_ms (the longest the
//    GUI event loop went without turning, measured with a 2 ms timer; target ≤ 50 ms) and
//    peak_rss_mb (the process's high-water mark so far).
//  - BM_ScopeChangeRecompute: the range preset changes (then compare on and off); the time until
//    every view shows its new result, and worst_gap_ms.
//  - BM_FirstPropertyBreakdown: a freshly loaded dataset's first breakdown by a property it has
//    not read yet (events of the last 30 days by that property, as the Segments view asks).
#include "bench/BenchSupport.h"
#include "core/analysis/engine/Segmentation.h"
#include "ui/MainWindow.h"
#include "ui/WorkbenchData.h"
#include "ui/WorkbenchSettings.h"
#include "ui/docks/AnalysisView.h"
#include "ui/widgets/GlobalControlsBar.h"

#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

#include <benchmark/benchmark.h>

namespace {

const QString& workspacePath()
{
    static QTemporaryDir dir;
    static const QString path = hc::bench::benchWorkspace(dir.path(), 21000); // about 1M events
    return path;
}

// A window with default settings of its own and every dock floated, so every view is on screen.
struct Workbench {
    QTemporaryDir dir;
    std::unique_ptr<QSettings> qsettings;
    std::unique_ptr<hc::ui::WorkbenchSettings> settings;
    std::unique_ptr<hc::ui::MainWindow> window;

    Workbench()
    {
        qsettings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings = std::make_unique<hc::ui::WorkbenchSettings>(*qsettings);
        window = std::make_unique<hc::ui::MainWindow>(*settings);
        window->resize(1600, 1000);
        window->show();
        for (QDockWidget* dock : window->findChildren<QDockWidget*>())
            dock->setFloating(true);
        // The windows' first layout and paint belong to creating them, not to opening a workspace.
        QEventLoop settle;
        QTimer::singleShot(300, &settle, &QEventLoop::quit);
        settle.exec();
    }
};

struct Wait {
    qint64 elapsedMs = 0;
    qint64 worstGapMs = 0;
};

// Runs the event loop until the window is idle, timing the gaps between 2 ms ticks.
Wait runUntilIdle(hc::ui::MainWindow& window)
{
    QElapsedTimer clock;
    clock.start();
    Wait w;
    qint64 last = 0;
    QEventLoop loop;
    QTimer tick;
    tick.setInterval(2);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        w.worstGapMs = std::max(w.worstGapMs, clock.elapsed() - last);
        last = clock.elapsed();
        if (window.isIdle())
            loop.quit();
    });
    tick.start();
    loop.exec();
    w.elapsedMs = clock.elapsed();
    return w;
}

void BM_OpenToAllViewsReady(benchmark::State& state)
{
    const QString path = workspacePath();
    qint64 worst = 0;
    double firstViewSum = 0;
    for (auto _ : state) {
        Workbench w;
        QElapsedTimer clock;
        qint64 firstView = -1;
        for (hc::ui::AnalysisView* v : w.window->analysisViews())
            QObject::connect(v, &hc::ui::AnalysisView::resultShown, v, [&] {
                if (firstView < 0)
                    firstView = clock.elapsed();
            });
        clock.start();
        w.window->openWorkspace(path);
        const Wait waited = runUntilIdle(*w.window);
        state.SetIterationTime(double(waited.elapsedMs) / 1000.0);
        worst = std::max(worst, waited.worstGapMs);
        firstViewSum += double(firstView);
        state.counters["events"] = double(w.window->data().view().data->eventCount());
    }
    state.counters["first_view_ms"] = firstViewSum / double(state.iterations());
    state.counters["worst_gap_ms"] = double(worst);
    state.counters["peak_rss_mb"] = hc::bench::peakRssMiB();
}
BENCHMARK(BM_OpenToAllViewsReady)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(3);

// The scope-change window lives across iterations; main() closes it while QApplication exists.
std::unique_ptr<Workbench>& scopeWorkbench()
{
    static std::unique_ptr<Workbench> w;
    return w;
}

void BM_ScopeChangeRecompute(benchmark::State& state)
{
    if (!scopeWorkbench())
        scopeWorkbench() = std::make_unique<Workbench>();
    Workbench& w = *scopeWorkbench();
    if (w.window->workspacePath().isEmpty()) {
        w.window->openWorkspace(workspacePath());
        runUntilIdle(*w.window);
    }
    hc::ui::GlobalControlsBar* controls = w.window->controls();
    const hc::ui::GlobalControlsBar::Preset presets[] = {
        hc::ui::GlobalControlsBar::Last7, hc::ui::GlobalControlsBar::AllData, hc::ui::GlobalControlsBar::Last30};
    qint64 worst = 0;
    int i = 0;
    for (auto _ : state) {
        if (i % 4 == 3)
            controls->compare()->setChecked(!controls->compare()->isChecked());
        else
            controls->applyPreset(presets[i % 4]);
        ++i;
        const Wait waited = runUntilIdle(*w.window);
        worst = std::max(worst, waited.worstGapMs);
        state.SetIterationTime(double(waited.elapsedMs) / 1000.0);
    }
    state.counters["worst_gap_ms"] = double(worst);
    state.counters["events"] = double(w.window->data().view().data->eventCount());
    state.counters["peak_rss_mb"] = hc::bench::peakRssMiB();
}
BENCHMARK(BM_ScopeChangeRecompute)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(8);

void BM_FirstPropertyBreakdown(benchmark::State& state)
{
    const QStringList properties = {QStringLiteral("platform"), QStringLiteral("country"), QStringLiteral("plan")};
    int i = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const hc::bench::LoadedWorkspace f = hc::bench::loadBenchWorkspace(21000);
        hc::analysis::SegmentQuery q;
        q.event.anyEvent = true;
        q.by = properties[i++ % properties.size()];
        const qint64 lastDay = f.calendar->localDay(f.data->lastTimeMs());
        q.range = hc::analysis::TimeRange::fromDays(*f.calendar, lastDay - 29, lastDay);
        state.ResumeTiming();
        const auto r = hc::analysis::computeSegments(*f.data, q, *f.calendar);
        if (!r.ok() || r.value().rows.empty())
            state.SkipWithError("the breakdown failed");
    }
}
BENCHMARK(BM_FirstPropertyBreakdown)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    scopeWorkbench().reset();
    return 0;
}
