#include "ui/dialogs/CohortsDialog.h"

#include "core/analysis/cohort/CohortMembership.h"
#include "core/report/CsvWriter.h"
#include "ui/AnalysisRunner.h"
#include "ui/WorkbenchData.h"
#include "ui/widgets/GlobalControlsBar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hc::ui {

namespace {

enum Column { NameColumn, UsersColumn, RuleColumn };

// A number cell that sorts by its value and reads with thousands separators.
QTableWidgetItem* countItem(qint64 count)
{
    auto* item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, QLocale().toString(count));
    item->setData(Qt::UserRole, count);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

CohortsDialog::CohortsDialog(WorkbenchData& data, GlobalControlsBar& controls, QWidget* parent)
    : QDialog(parent), m_data(data), m_controls(controls), m_sizes(new AnalysisRunner(this)),
      m_export(new AnalysisRunner(this))
{
    setWindowTitle(tr("Cohorts"));
    setObjectName(QStringLiteral("cohortsDialog"));
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("cohortsTable"));
    m_table->setAccessibleName(tr("Cohorts"));
    m_table->setHorizontalHeaderLabels({tr("Cohort"), tr("Users"), tr("Rule")});
    m_table->horizontalHeader()->setSectionResizeMode(RuleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(NameColumn, Qt::AscendingOrder);

    m_filterButton = new QPushButton(tr("&Filter Every View by It"), this);
    m_exportButton = new QPushButton(tr("&Export Users…"), this);
    m_deleteButton = new QPushButton(tr("&Delete"), this);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_filterButton);
    actions->addWidget(m_exportButton);
    actions->addStretch(1);
    actions->addWidget(m_deleteButton);

    // The rule's form: did E at least N times between two days, where ….
    auto* form = new QGroupBox(tr("New cohort: users who did an event"), this);
    auto* fields = new QFormLayout(form);
    m_name = new QLineEdit(form);
    m_name->setPlaceholderText(tr("for example Power reporters"));
    m_event = new QComboBox(form);
    m_event->setEditable(true);
    m_event->setMinimumContentsLength(18);
    const auto loaded = data.loadedData();
    if (loaded)
        for (const QString& name : loaded->eventNames())
            m_event->addItem(name);
    m_event->model()->sort(0);
    m_minCount = new QSpinBox(form);
    m_minCount->setRange(1, 1000000);
    m_minCount->setSuffix(tr(" times or more"));
    m_from = new QDateEdit(data.scope().from.isValid() ? data.scope().from : data.view().scope.from, form);
    m_to = new QDateEdit(data.scope().to.isValid() ? data.scope().to : data.view().scope.to, form);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    auto* range = new QHBoxLayout;
    range->addWidget(m_from);
    auto* to = new QLabel(tr("to"), form);
    to->setBuddy(m_to);
    range->addWidget(to);
    range->addWidget(m_to);
    range->addStretch(1);
    m_where = new QLineEdit(form);
    m_where->setPlaceholderText(tr("optional: plan=pro; country=DE"));
    auto* save = new QPushButton(tr("&Save Cohort"), form);
    save->setObjectName(QStringLiteral("saveCohortButton"));
    fields->addRow(tr("&Name:"), m_name);
    fields->addRow(tr("&Did:"), m_event);
    fields->addRow(tr("&At least:"), m_minCount);
    fields->addRow(tr("&Between:"), range);
    qobject_cast<QLabel*>(fields->labelForField(range))->setBuddy(m_from); // a row of two: the first
    fields->addRow(tr("W&here:"), m_where);
    fields->addRow(QString(), save);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Cohorts are kept in the workspace by their rule and recomputed from the events "
                                    "each time they are used. Cohorts saved from a funnel step appear here too."),
                                 this));
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(760, 560);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, &CohortsDialog::saveNewCohort);
    connect(m_filterButton, &QPushButton::clicked, this, &CohortsDialog::filterBySelected);
    connect(m_exportButton, &QPushButton::clicked, this, &CohortsDialog::exportSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &CohortsDialog::deleteSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool any = !selectedName().isEmpty();
        for (QPushButton* b : {m_filterButton, m_exportButton, m_deleteButton})
            b->setEnabled(any);
    });
    connect(&m_data, &WorkbenchData::cohortsChanged, this, &CohortsDialog::refresh);
    connect(&m_data, &WorkbenchData::cohortsFailed, this,
            [this](const QString& message) { m_status->setText(tr("Not saved: %1").arg(message)); });
    for (QPushButton* b : {m_filterButton, m_exportButton, m_deleteButton})
        b->setEnabled(false);
    refresh();
}

void CohortsDialog::refresh()
{
    const auto cohorts = m_data.cohorts();
    const auto data = m_data.loadedData();
    const auto calendar = m_data.view().calendar;
    m_status->setText(cohorts.isEmpty() ? tr("No cohorts yet: define one below, or save a funnel step's users from "
                                             "the funnel table's context menu.")
                                        : tr("Counting users…"));
    m_sizes->run([this, cohorts, data, calendar](TaskContext& context) -> AnalysisRunner::Apply {
        QList<qint64> sizes;
        QStringList errors;
        for (const auto& cohort : cohorts) {
            const auto members = data && calendar ? analysis::cohortMembers(*data, *calendar, cohort, context)
                                                  : Result<std::vector<char>>(std::vector<char>());
            sizes.append(members.ok() ? qint64(std::count(members.value().begin(), members.value().end(), 1)) : -1);
            if (!members.ok())
                errors.append(members.error().message);
        }
        return [this, cohorts, sizes, errors] {
            m_table->setSortingEnabled(false);
            m_table->setRowCount(int(cohorts.size()));
            for (int row = 0; row < cohorts.size(); ++row) {
                m_table->setItem(row, NameColumn, new QTableWidgetItem(cohorts[row].name));
                m_table->setItem(row, UsersColumn,
                                 sizes[row] < 0 ? new QTableWidgetItem(tr("error")) : countItem(sizes[row]));
                m_table->setItem(row, RuleColumn, new QTableWidgetItem(cohorts[row].summary()));
            }
            m_table->setSortingEnabled(true);
            if (!cohorts.isEmpty())
                m_status->setText(errors.isEmpty() ? tr("%n cohort(s).", nullptr, int(cohorts.size()))
                                                   : errors.join(u'\n'));
            Q_EMIT sizesShown();
        };
    });
}

QString CohortsDialog::selectedName() const
{
    const auto rows = m_table->selectionModel()->selectedRows(NameColumn);
    return rows.isEmpty() ? QString() : rows.first().data().toString();
}

void CohortsDialog::saveNewCohort()
{
    analysis::CohortDefinition cohort;
    cohort.name = m_name->text().trimmed();
    cohort.event = m_event->currentText().trimmed();
    cohort.minCount = m_minCount->value();
    cohort.from = m_from->date().toString(Qt::ISODate);
    cohort.to = m_to->date().toString(Qt::ISODate);
    for (const QString& part : m_where->text().split(u';', Qt::SkipEmptyParts))
        cohort.didWhere.append(part.trimmed());
    if (cohort.name.isEmpty() || cohort.event.isEmpty()) {
        m_status->setText(tr("Give the cohort a name and an event."));
        return;
    }
    if (m_to->date() < m_from->date()) {
        m_status->setText(tr("The range ends before it starts."));
        return;
    }
    // A condition that does not parse is said here; the rule itself is applied to every event
    // on the worker that counts the cohorts (not on this thread: a scan of millions of events).
    for (const QString& text : cohort.didWhere) {
        QString error;
        if (!analysis::parseCondition(text, error)) {
            m_status->setText(error);
            return;
        }
    }
    m_status->setText(tr("Saving “%1”…").arg(cohort.name));
    m_data.saveCohort(cohort);
}

void CohortsDialog::filterBySelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    m_controls.applyFilter(QStringLiteral("cohort=") + name);
}

void CohortsDialog::exportSelected()
{
    const QString name = selectedName();
    const auto cohorts = m_data.cohorts();
    const auto found = std::find_if(cohorts.begin(), cohorts.end(), [&](const auto& c) { return c.name == name; });
    if (found == cohorts.end())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Cohort Users"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + name + QStringLiteral(".csv"),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const auto data = m_data.loadedData();
    const auto calendar = m_data.view().calendar;
    const analysis::CohortDefinition cohort = *found;
    m_status->setText(tr("Writing %1…").arg(path));
    m_export->run([this, data, calendar, cohort, path](TaskContext& context) -> AnalysisRunner::Apply {
        const auto members = analysis::cohortMembers(*data, *calendar, cohort, context);
        QString error = members.ok() ? QString() : members.error().message;
        qint64 rows = 0;
        if (members.ok()) {
            report::CsvWriter csv(path);
            Status s = csv.begin({{QStringLiteral("distinct_id"), report::TableData::Kind::Text}});
            for (const QString& id : analysis::cohortMemberIds(*data, members.value())) {
                if (s.ok())
                    s = csv.writeRow({id});
                ++rows;
            }
            if (s.ok())
                s = csv.commit();
            if (!s.ok())
                error = s.error().message;
        }
        return [this, error, path, rows] {
            m_status->setText(error.isEmpty() ? tr("Wrote %1 users to %2.").arg(QLocale().toString(rows), path)
                                              : tr("Export failed: %1").arg(error));
        };
    });
}

void CohortsDialog::deleteSelected()
{
    const QString name = selectedName();
    if (name.isEmpty()
        || QMessageBox::question(this, tr("Delete Cohort"),
                                 tr("Delete the cohort “%1”? Its users and events stay.").arg(name))
               != QMessageBox::Yes)
        return;
    m_data.deleteCohort(name);
}

} // namespace hc::ui
