#include "ui/WorkbenchData.h"

#include "core/analysis/AnalysisSnapshot.h"
#include "core/dataset/DatasetLoader.h"
#include "core/dataset/DatasetTotals.h"
#include "ui/AnalysisRunner.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#include <optional>

namespace hc::ui {

namespace {

// One thread of its own at idle priority: reading a property from SQLite takes seconds at 10M
// events and must not hold up the views' pool.
QThreadPool* cacheWarmingPool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool();
        p->setMaxThreadCount(1);
        p->setThreadPriority(QThread::IdlePriority);
        return p;
    }();
    return pool;
}

QDate dateOfDay(qint64 day) { return QDate(1970, 1, 1).addDays(day); }

constexpr int kTopEvents = 10; // as many as the overview lists

} // namespace

WorkbenchData::WorkbenchData(QObject* parent)
    : QObject(parent), m_loader(new AnalysisRunner(this)), m_viewBuilder(new AnalysisRunner(this)),
      m_cohortWriter(new AnalysisRunner(this))
{
    // Only reading the events is "loading": re-scoping the loaded ones takes milliseconds.
    connect(m_loader, &AnalysisRunner::busyChanged, this, &WorkbenchData::loadingChanged);
}

bool WorkbenchData::isLoading() const { return m_loader->isBusy() || m_viewBuilder->isBusy(); }

WorkbenchData::~WorkbenchData()
{
    // It stops between properties; give the one being read a moment to finish, so the process
    // rarely ends with it still writing (a cut-off cache file is ignored anyway).
    m_loader->cancel(); // before anything is torn down: a load's progress stops reporting
    m_viewBuilder->cancel();
    if (m_warmCancel)
        m_warmCancel->store(true);
    cacheWarmingPool()->waitForDone(3000);
}

void WorkbenchData::close()
{
    if (m_warmCancel)
        m_warmCancel->store(true);
    m_loader->cancel();
    m_viewBuilder->cancel();
    m_base.reset();
    m_view = View();
    m_path.clear();
    Q_EMIT viewChanged();
}

void WorkbenchData::openWorkspace(const QString& path)
{
    m_path = path;
    m_error.clear();
    m_viewBuilder->cancel();
    m_loader->run([this, path](TaskContext& context) -> AnalysisRunner::Apply {
        dataset::DatasetLoadOptions options;
        // The column file stays mapped: copying 200 MB at 10M events cost 0.4 s of the open and
        // as much memory again, and with scans that start at each user's range the views
        // measured no slower over the mapping (bench_workbench).
        options.copyIntoMemory = false;
        // Reading SQLite (when the column file is missing or stale) takes a while: say how far.
        TaskContext reading(
            [this, &context](qint64 done, qint64 total) {
                if (context.isCancelled())
                    return; // a newer open, or the window is closing: nobody to tell
                const int percent = total > 0 ? int(100 * done / total) : 0;
                QMetaObject::invokeMethod(
                    this, [this, percent] { Q_EMIT loadProgress(percent); }, Qt::QueuedConnection);
            },
            [&context] { return context.isCancelled(); });
        auto read = analysis::AnalysisSnapshotBuilder::load(path, options, true, reading);
        if (!read.ok()) {
            const QString message = read.error().message;
            return [this, message] {
                m_error = message;
                Q_EMIT loadFailed(message);
            };
        }
        auto data = read.value().data;
        const QStringList properties = read.value().propertyKeys;
        const QList<analysis::CohortDefinition> cohorts = read.value().cohorts;
        store::WorkspaceSummary totals;
        totals.timezone = QString::fromUtf8(data->settings().zone.id());
        dataset::addDatasetTotals(*data, kTopEvents, totals);
        return [this, data, properties, cohorts, totals, path] {
            m_base = data;
            m_propertyNames = properties;
            m_cohorts = cohorts;
            ++m_loadGeneration;
            Q_EMIT loaded(totals);
            rebuildView();
            warmPropertyCaches(data, path, properties);
        };
    });
}

void WorkbenchData::warmPropertyCaches(const std::shared_ptr<const dataset::Dataset>& data, const QString& path,
                                       const QStringList& properties)
{
    // A newer load stops the older warming between properties.
    QThreadPool* pool = cacheWarmingPool();
    if (m_warmCancel)
        m_warmCancel->store(true);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_warmCancel = cancel;
    pool->start([data, path, properties, cancel] {
        TaskContext context({}, [cancel] { return cancel->load(); });
        (void)dataset::buildPropertyCaches(*data, path, properties, context); // a cache: failing costs speed only
    });
}

void WorkbenchData::saveCohort(const analysis::CohortDefinition& cohort)
{
    changeCohorts([cohort](store::CohortStore& cohorts) { return cohorts.save(cohort); });
}

void WorkbenchData::deleteCohort(const QString& name)
{
    changeCohorts([name](store::CohortStore& cohorts) { return cohorts.remove(name); });
}

void WorkbenchData::changeCohorts(std::function<Status(store::CohortStore&)> change)
{
    const QString path = m_path;
    m_cohortWriter->run([this, path, change](TaskContext&) -> AnalysisRunner::Apply {
        auto ws = store::Workspace::open(path, store::Workspace::OpenMode::MustExist);
        using List = QList<analysis::CohortDefinition>;
        Result<List> list = ws.ok() ? Result<List>(List()) : Result<List>(ws.error());
        if (ws.ok()) {
            store::CohortStore cohorts(*ws.value());
            const Status changed = change(cohorts);
            list = changed.ok() ? cohorts.cohorts() : Result<List>(changed.error());
        }
        if (!list.ok()) {
            const QString message = list.error().message;
            return [this, message] { Q_EMIT cohortsFailed(message); };
        }
        return [this, cohorts = list.value()] { setCohorts(cohorts); };
    });
}

void WorkbenchData::setCohorts(const QList<analysis::CohortDefinition>& cohorts)
{
    m_cohorts = cohorts;
    ++m_cohortsGeneration;
    Q_EMIT cohortsChanged();
    // Only a filter naming a cohort reads them.
    if (m_base && m_scope.filter.contains(QLatin1String("cohort")))
        rebuildView();
}

void WorkbenchData::setScope(const AnalysisScope& scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    if (m_base)
        rebuildView();
}

Result<analysis::AnalysisSnapshot> WorkbenchData::scopedSnapshot(const std::shared_ptr<const dataset::Dataset>& base,
                                                                 const AnalysisScope& scope,
                                                                 const QList<analysis::CohortDefinition>& cohorts,
                                                                 TaskContext& context)
{
    auto conditions = analysis::AnalysisSnapshotBuilder::parseFilterText(scope.filter);
    if (!conditions.ok())
        return conditions.error();
    analysis::SnapshotScope snapshotScope;
    if (!scope.zoneId.isEmpty())
        snapshotScope.zone = QTimeZone(scope.zoneId);
    snapshotScope.filter = conditions.value();
    snapshotScope.filterAny = scope.filterAny;
    snapshotScope.cohorts = cohorts;
    return analysis::AnalysisSnapshotBuilder::scoped(base, snapshotScope, context);
}

void WorkbenchData::rebuildView()
{
    const auto base = m_base;
    const AnalysisScope scope = m_scope;
    const QString path = m_path;
    const QStringList properties = m_propertyNames;
    const quint64 loadGeneration = m_loadGeneration;
    const QList<analysis::CohortDefinition> cohorts = m_cohorts;
    // A new range (or compare) over the same zone and filter reuses the scoped events: only the
    // range moves, and views see the same dataset (what lets them skip work they already did).
    std::optional<analysis::AnalysisSnapshot> reuse;
    if (m_view.data && m_view.loadGeneration == loadGeneration && m_view.scope.zoneId == scope.zoneId
        && m_view.scope.filter == scope.filter && m_view.scope.filterAny == scope.filterAny
        && m_view.cohortsGeneration == m_cohortsGeneration)
        reuse = analysis::AnalysisSnapshot{m_view.data, m_view.calendar};
    m_viewBuilder->run([this, base, scope, path, properties, loadGeneration, reuse, cohorts,
                        cohortsGeneration = m_cohortsGeneration](TaskContext& context) -> AnalysisRunner::Apply {
        auto snapshot =
            reuse ? Result<analysis::AnalysisSnapshot>(*reuse) : scopedSnapshot(base, scope, cohorts, context);
        if (!snapshot.ok()) {
            const QString message = snapshot.error().message;
            return [this, message] { Q_EMIT failed(message); };
        }
        const auto calendar = snapshot.value().calendar;
        // Data days in this zone, for presets and the empty state.
        QDate firstDay, lastDay;
        if (!base->isEmpty()) {
            firstDay = dateOfDay(calendar->localDay(base->firstTimeMs()));
            lastDay = dateOfDay(calendar->localDay(base->lastTimeMs()));
        }
        View view;
        view.data = snapshot.value().data;
        view.calendar = calendar;
        view.scope = scope;
        view.workspacePath = path;
        view.propertyNames = properties;
        view.loadGeneration = loadGeneration;
        view.cohortsGeneration = cohortsGeneration;
        QDate from =
            scope.from.isValid() ? scope.from : (lastDay.isValid() ? lastDay.addDays(-29) : QDate::currentDate());
        QDate to = scope.to.isValid() ? scope.to : (lastDay.isValid() ? lastDay : QDate::currentDate());
        if (to < from)
            std::swap(from, to);
        view.range = analysis::TimeRange::fromDays(*calendar, analysis::ReportingCalendar::dayNumber(from),
                                                   analysis::ReportingCalendar::dayNumber(to));
        view.scope.from = from;
        view.scope.to = to;
        return [this, view, firstDay, lastDay] {
            m_view = view;
            m_firstDay = firstDay;
            m_lastDay = lastDay;
            m_error.clear();
            Q_EMIT viewChanged();
        };
    });
}

} // namespace hc::ui
