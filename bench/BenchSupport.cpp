#include "bench/BenchSupport.h"

#include "core/dataset/DatasetLoader.h"
#include "core/demo/DemoWorkspaceGenerator.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

#include <benchmark/benchmark.h>
#include <sys/resource.h>

namespace hc::bench {

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

QString benchWorkspace(const QString& dir, int users)
{
    const QString given = qEnvironmentVariable("HC_BENCH_WORKSPACE");
    if (!given.isEmpty())
        return given;
    const QString path = dir + QStringLiteral("/demo.hcw");
    std::fprintf(stderr, "writing a demo workspace of %d users to %s (set HC_BENCH_WORKSPACE to reuse one)\n", users,
                 qPrintable(path));
    auto ws = store::Workspace::open(path, store::Workspace::OpenMode::CreateIfMissing);
    if (!ws.ok())
        qFatal("cannot create %s", qPrintable(path));
    demo::DemoOptions o;
    o.users = users;
    o.end = QDate(2026, 11, 30);
    TaskContext ctx;
    demo::DemoWorkspaceGenerator(o).generate(*ws.value(), ctx);
    return path;
}

int runBenchmarks(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

} // namespace hc::bench

namespace hc::bench {

LoadedWorkspace loadBenchWorkspace(int users)
{
    LoadedWorkspace f;
    f.dir = std::make_unique<QTemporaryDir>();
    f.path = benchWorkspace(f.dir->path(), users);
    auto ws = store::Workspace::open(f.path, store::Workspace::OpenMode::MustExist);
    if (!ws.ok())
        qFatal("cannot open %s", qPrintable(f.path));
    QElapsedTimer t;
    t.start();
    TaskContext ctx;
    // As the workbench holds it: the column file mapped (see DatasetLoadOptions::copyIntoMemory).
    f.data = dataset::loadDataset(*ws.value(), ctx).value();
    f.loadSeconds = double(t.nsecsElapsed()) / 1e9;
    f.calendar = std::make_unique<analysis::ReportingCalendar>(f.data->settings().zone, 1);
    const qint64 lastDay = f.calendar->localDay(f.data->lastTimeMs());
    f.range = analysis::TimeRange::fromDays(*f.calendar, lastDay - 119, lastDay);
    return f;
}

} // namespace hc::bench
