#include "ui/WorkbenchData.h"

#include "core/analysis/EventFilter.h"
#include "core/dataset/DatasetLoader.h"
#include "core/store/Workspace.h"
#include "ui/AnalysisRunner.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace hc::ui {

namespace {

// Property keys from the newest events: enough for pickers without reading every row.
QStringList samplePropertyNames(store::Workspace& ws)
{
    QStringList names;
    QSqlQuery q(ws.database());
    q.exec(QStringLiteral("SELECT DISTINCT j.key FROM (SELECT properties FROM events ORDER BY id DESC"
                                     " LIMIT 20000) e, json_each(e.properties) j ORDER BY j.key"));
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

QDate dateOfDay(qint64 day) { return QDate(1970, 1, 1).addDays(day); }

} // namespace

WorkbenchData::WorkbenchData(QObject* parent)
    : QObject(parent), m_loader(new AnalysisRunner(this)), m_viewBuilder(new AnalysisRunner(this))
{
    connect(m_loader, &AnalysisRunner::busyChanged, this, [this] { Q_EMIT loadingChanged(isLoading()); });
    connect(m_viewBuilder, &AnalysisRunner::busyChanged, this, [this] { Q_EMIT loadingChanged(isLoading()); });
}

bool WorkbenchData::isLoading() const { return m_loader->isBusy() || m_viewBuilder->isBusy(); }

void WorkbenchData::close()
{
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
        auto ws = store::Workspace::open(path, store::Workspace::OpenMode::MustExist);
        if (!ws.ok()) {
            const QString message = ws.error().message;
            return [this, message] { m_error = message; Q_EMIT failed(message); };
        }
        dataset::DatasetLoadOptions options;
        options.copyIntoMemory = true; // a long-lived process: scans are faster over its own memory
        auto loaded = dataset::loadDataset(*ws.value(), context, options);
        if (!loaded.ok()) {
            const QString message = loaded.error().message;
            return [this, message] { m_error = message; Q_EMIT failed(message); };
        }
        const QStringList properties = samplePropertyNames(*ws.value());
        auto data = loaded.value();
        return [this, data, properties] {
            m_base = data;
            m_propertyNames = properties;
            ++m_loadGeneration;
            rebuildView();
        };
    });
}

void WorkbenchData::setScope(const AnalysisScope& scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    if (m_base)
        rebuildView();
}

void WorkbenchData::rebuildView()
{
    const auto base = m_base;
    const AnalysisScope scope = m_scope;
    const QString path = m_path;
    const QStringList properties = m_propertyNames;
    const quint64 loadGeneration = m_loadGeneration;
    m_viewBuilder->run([this, base, scope, path, properties, loadGeneration](TaskContext& context) -> AnalysisRunner::Apply {
        dataset::DatasetSettings settings = base->settings();
        if (!scope.zoneId.isEmpty() && QTimeZone(scope.zoneId).isValid())
            settings.zone = QTimeZone(scope.zoneId);
        std::shared_ptr<const dataset::Dataset> data = base->withSettings(settings);
        std::vector<analysis::Condition> conditions;
        for (const QString& part : scope.filter.split(u';', Qt::SkipEmptyParts)) {
            QString error;
            const auto c = analysis::parseCondition(part.trimmed(), error);
            if (!c) {
                const QString message = tr("Filter \"%1\": %2").arg(part.trimmed(), error);
                return [this, message] { Q_EMIT failed(message); };
            }
            conditions.push_back(*c);
        }
        auto filtered = analysis::filterEvents(data, conditions, scope.filterAny, context);
        if (!filtered.ok()) {
            const QString message = filtered.error().message;
            return [this, message] { Q_EMIT failed(message); };
        }
        auto calendar = std::make_shared<const analysis::ReportingCalendar>(settings.zone, settings.weekStart);
        // Data days in this zone, for presets and the empty state.
        QDate firstDay, lastDay;
        if (!base->isEmpty()) {
            firstDay = dateOfDay(calendar->localDay(base->firstTimeMs()));
            lastDay = dateOfDay(calendar->localDay(base->lastTimeMs()));
        }
        View view;
        view.data = filtered.value();
        view.calendar = calendar;
        view.scope = scope;
        view.workspacePath = path;
        view.propertyNames = properties;
        view.loadGeneration = loadGeneration;
        QDate from = scope.from.isValid() ? scope.from : (lastDay.isValid() ? lastDay.addDays(-29) : QDate::currentDate());
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
