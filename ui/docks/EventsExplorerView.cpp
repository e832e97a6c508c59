#include "ui/docks/EventsExplorerView.h"

#include "core/analysis/cohort/CohortMembership.h"
#include "core/report/EventExport.h"
#include "core/store/WorkspaceCatalog.h"
#include "core/util/NumberFormat.h"
#include "ui/models/EventsTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>

namespace hc::ui {

EventsExplorerView::EventsExplorerView(WorkbenchData& data, QWidget* parent)
    : AnalysisView(data, parent), m_model(new EventsTableModel(this)), m_detailsRunner(new AnalysisRunner(this)),
      m_drillRunner(new AnalysisRunner(this))
{
    setObjectName(QStringLiteral("eventsExplorerView"));
    auto* controls = new QWidget(this);
    auto* row = new QHBoxLayout(controls);
    row->setContentsMargins(0, 0, 0, 0);
    m_event = new QComboBox(controls);
    m_event->setObjectName(QStringLiteral("explorerEvent"));
    m_event->setAccessibleName(tr("Event name filter"));
    m_user = new QLineEdit(controls);
    m_user->setObjectName(QStringLiteral("explorerUser"));
    m_user->setAccessibleName(tr("User filter"));
    m_user->setPlaceholderText(tr("User id contains…"));
    m_user->setClearButtonEnabled(true);
    m_count = new QLabel(controls);
    m_count->setObjectName(QStringLiteral("explorerCount"));
    row->addWidget(m_event);
    row->addWidget(m_user, 1);
    row->addWidget(m_count);
    auto* exportAll = new QPushButton(tr("E&xport all…"), controls);
    exportAll->setObjectName(QStringLiteral("explorerExportAll"));
    exportAll->setToolTip(tr("Every matching event of the range as CSV (time, user, event), not only the listed ones"));
    row->addWidget(exportAll);
    setControls(controls);
    connect(exportAll, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export all matching events"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/events.csv"),
            tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportAllTo(path);
    });
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("explorerTable"));
    m_table->setAccessibleName(tr("Events"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // no per-row measuring
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 190);
    m_table->setColumnWidth(1, 170);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("explorerDetails"));
    m_details->setAccessibleName(tr("Event properties"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select an event to see its properties."));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_details->setFont(mono);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    // The drill-down bar: whose events these are, keep them as a cohort, or show everyone again.
    m_drillBar = new QWidget(this);
    m_drillBar->setObjectName(QStringLiteral("explorerDrillBar"));
    auto* bar = new QHBoxLayout(m_drillBar);
    bar->setContentsMargins(0, 0, 0, 0);
    m_drillText = new QLabel(m_drillBar);
    m_drillText->setObjectName(QStringLiteral("explorerDrillText"));
    m_drillText->setWordWrap(true);
    auto* keep = new QPushButton(tr("Save as &Cohort…"), m_drillBar);
    keep->setObjectName(QStringLiteral("explorerSaveCohort"));
    auto* everyone = new QPushButton(tr("Show &Everyone"), m_drillBar);
    everyone->setObjectName(QStringLiteral("explorerShowEveryone"));
    bar->addWidget(m_drillText, 1);
    bar->addWidget(keep);
    bar->addWidget(everyone);
    m_drillBar->hide();
    auto* result = new QWidget(this);
    auto* column = new QVBoxLayout(result);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_drillBar);
    column->addWidget(split, 1);
    setResultWidget(result);
    connect(everyone, &QPushButton::clicked, this, &EventsExplorerView::clearDrillDown);
    connect(keep, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("Save as Cohort"), tr("Cohort name:"), QLineEdit::Normal, QString(), &ok)
                .trimmed();
        if (!ok || name.isEmpty())
            return;
        // A rule follows new data; when the filter cannot be written into it, the users are kept.
        analysis::CohortDefinition cohort;
        if (const auto rule = m_drill.standaloneRule(m_drillScope)) {
            cohort = *rule;
        } else if (const auto data = m_data.loadedData(); data && m_drillUsers) {
            cohort.kind = analysis::CohortDefinition::Kind::UserList;
            cohort.users = analysis::cohortMemberIds(*data, *m_drillUsers);
        }
        cohort.name = name;
        m_data.saveCohort(cohort);
    });
    connect(&data, &WorkbenchData::drillDownRequested, this, &EventsExplorerView::drillDown);
    // A user's timeline from any row: every event of theirs in the range.
    auto* timeline = new QAction(tr("Show This User's Timeline"), m_table);
    timeline->setObjectName(QStringLiteral("explorerTimeline"));
    connect(timeline, &QAction::triggered, this, [this] {
        const dataset::Dataset* d = m_model->dataset();
        if (d && m_table->currentIndex().isValid())
            showTimeline(d->userIds()[d->users()[m_model->positionAt(m_table->currentIndex().row())]]);
    });
    m_table->addAction(timeline);
    auto* typing = new QTimer(this); // wait for a pause in typing before filtering again
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(m_user, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &EventsExplorerView::recompute);
    connect(m_event, &QComboBox::activated, this, &EventsExplorerView::recompute);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EventsExplorerView::showDetails);
}

void EventsExplorerView::exportAllTo(const QString& path)
{
    if (!m_data.hasView() || m_data.view().isEmpty())
        return;
    const WorkbenchData::View view = m_data.view();
    const report::EventSelection selection = this->selection(view);
    auto* progress = new QProgressDialog(tr("Exporting events…"), tr("Cancel"), 0, 1000, this);
    progress->setObjectName(QStringLiteral("explorerExportProgress"));
    progress->setWindowModality(Qt::NonModal);
    progress->setMinimumDuration(300);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { cancelled->store(true); });
    QPointer<QProgressDialog> guard(progress);
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, progress, path] {
        const QString outcome = watcher->result();
        watcher->deleteLater();
        progress->deleteLater();
        m_count->setText(outcome);
        Q_EMIT exportFinished(outcome);
    });
    // The columns are read on a worker and streamed to the file: memory stays flat for millions.
    watcher->setFuture(QtConcurrent::run([view, selection, path, cancelled, guard]() -> QString {
        TaskContext context(
            [guard](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(guard, [guard, done, total] {
                    if (guard)
                        guard->setValue(total > 0 ? int(1000 * done / total) : 0);
                });
            },
            [cancelled] { return cancelled->load(); });
        const auto r = report::exportEvents(*view.data, selection, path, {}, context);
        if (!r.ok())
            return r.error().message;
        return tr("Exported %1 events to %2").arg(NumberFormat::count(double(r.value().rows)), path);
    }));
}

void EventsExplorerView::startAnalysis(const WorkbenchData::View& view)
{
    if (pickersNeedRefill(view))
        refill(m_event, tr("All events"), QString(), sortedEventNames(view));
    const report::EventSelection selection = this->selection(view);
    runAnalysis([view, selection, this](TaskContext& context) -> AnalysisRunner::Apply {
        const auto newest = report::newestSelectedEvents(*view.data, selection, kMaxRows, context);
        if (!newest)
            return {};
        auto rows = std::make_shared<std::vector<quint32>>(newest->positions);
        const size_t matching = newest->matching;
        auto data_ = view.data;
        return [this, data_, rows, matching] {
            m_model->setRows(data_, rows);
            m_count->setText(
                rows->size() < matching
                    ? tr("Newest %1 of %2 events — narrow the range or filter to see the rest")
                          .arg(NumberFormat::count(double(rows->size())), NumberFormat::count(double(matching)))
                    : tr("%1 events").arg(NumberFormat::count(double(rows->size()))));
            m_details->clear();
            keepResult();
        };
    });
}

report::EventSelection EventsExplorerView::selection(const WorkbenchData::View& view) const
{
    analysis::TimeRange range = view.range;
    if (m_drillUsers && m_drill.period) { // the drilled period, within the scope's range
        range.startMs = std::max(range.startMs, m_drill.period->startMs);
        range.endMs = std::max(range.startMs, std::min(range.endMs, m_drill.period->endMs));
    }
    return {range, m_event->currentData().toString(), m_user->text().trimmed(), m_drillUsers};
}

void EventsExplorerView::drillDown(const DrillDown& drill)
{
    if (auto* dock = qobject_cast<QWidget*>(parent())) {
        dock->show();
        dock->raise();
    }
    // Users keep their index through the filter, so flags found in the filtered events apply to all.
    const auto data = drill.withinFilter ? m_data.view().data : m_data.loadedData();
    const auto calendar = m_data.view().calendar;
    if (!data || !m_data.loadedData() || !calendar)
        return;
    // Every event in the view's zone and week, as the `cohort=NAME` filter reads them.
    const auto loaded = m_data.loadedData()->withSettings(m_data.view().data->settings());
    m_drillText->setText(tr("Finding the users…"));
    m_drillBar->show();
    const AnalysisScope scope = m_data.scope();
    const QList<analysis::CohortDefinition> cohorts = m_data.cohorts();
    m_drillRunner->run([this, drill, scope, data, loaded, calendar,
                        cohorts](TaskContext& context) -> AnalysisRunner::Apply {
        const auto members = drill.users(*data, *loaded, *calendar, cohorts, context);
        if (!members.ok()) {
            const QString message = members.error().message;
            return [this, message] { m_drillText->setText(message); };
        }
        auto users = std::make_shared<const std::vector<char>>(members.value());
        const qint64 count = std::count(users->begin(), users->end(), 1);
        return [this, drill, scope, users, count] {
            m_drill = drill;
            m_drillScope = scope;
            m_drillUsers = users;
            m_drillText->setText(count == 1
                                     ? tr("One user: %1").arg(drill.description)
                                     : tr("%1 users: %2").arg(NumberFormat::count(double(count)), drill.description));
            recompute();
        };
    });
}

void EventsExplorerView::clearDrillDown()
{
    m_drillRunner->cancel();
    m_drillUsers.reset();
    m_drillBar->hide();
    recompute();
}

void EventsExplorerView::showTimeline(const QString& distinctId)
{
    analysis::CohortDefinition one;
    one.kind = analysis::CohortDefinition::Kind::UserList;
    one.users = QStringList{distinctId};
    m_event->setCurrentIndex(0); // every event
    m_user->clear();
    drillDown(DrillDown{one, tr("the timeline of %1").arg(distinctId), false, std::nullopt});
}

qint64 EventsExplorerView::drilledUsers() const
{
    return m_drillUsers ? qint64(std::count(m_drillUsers->begin(), m_drillUsers->end(), 1)) : -1;
}

void EventsExplorerView::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    const dataset::Dataset* data = m_model->dataset();
    if (!current.isValid() || !data || !m_data.hasView())
        return;
    const size_t p = m_model->positionAt(current.row());
    const qint64 time = data->times()[p];
    const QString user = data->userIds()[data->users()[p]];
    const QString event = data->eventNames()[data->names()[p]];
    const QString path = m_data.view().workspacePath;
    m_detailsRunner->run([path, time, user, event, this](TaskContext&) -> AnalysisRunner::Apply {
        QString text;
        auto catalog = store::WorkspaceCatalog::open(path);
        const auto details = catalog.ok() ? catalog.value()->eventDetails(time, user, event)
                                          : Result<std::optional<store::EventDetails>>(catalog.error());
        if (details.ok() && details.value()) {
            const QJsonDocument doc = QJsonDocument::fromJson(details.value()->propertiesJson.toUtf8());
            text = tr("event: %1\ndistinct_id: %2\n$insert_id: %3\n\n%4")
                       .arg(event, user, details.value()->insertId,
                            QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
        }
        if (text.isEmpty())
            text = tr("This event is no longer in the workspace (it changed since the data was loaded).");
        return [this, text] {
            m_details->setPlainText(text);
            Q_EMIT detailsShown();
        };
    });
}

void EventsExplorerView::render()
{
    // The table paints from its model with the current palette by itself.
    if (m_model->rowCount() == 0)
        showMessage(emptyRangeMessage());
    else
        showResult();
}

} // namespace hc::ui
