#include "ui/docks/EventsExplorerView.h"

#include "core/report/EventExport.h"
#include "core/store/WorkspaceCatalog.h"
#include "core/util/NumberFormat.h"
#include "ui/models/EventsTableModel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
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
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>

namespace hc::ui {

EventsExplorerView::EventsExplorerView(WorkbenchData& data, QWidget* parent)
    : AnalysisView(data, parent), m_model(new EventsTableModel(this)), m_detailsRunner(new AnalysisRunner(this))
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
    setResultWidget(split);
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
    const report::EventSelection selection{view.range, m_event->currentData().toString(), m_user->text().trimmed()};
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
    const QString event = m_event->currentData().toString();
    const QString user = m_user->text().trimmed();
    runAnalysis([view, event, user, this](TaskContext& context) -> AnalysisRunner::Apply {
        const auto newest = report::newestSelectedEvents(*view.data, report::EventSelection{view.range, event, user},
                                                         kMaxRows, context);
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
