#include "ui/dialogs/ReportBuilderDialog.h"

#include "core/report/ReportModel.h"
#include "core/store/WorkspaceCatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace hc::ui {

namespace {

const QString kKind = QStringLiteral("report");
const QString kName = QStringLiteral("Report");

QString sectionTitle(const QString& id)
{
    if (id == QLatin1String("kpis"))
        return ReportBuilderDialog::tr("Key metrics");
    if (id == QLatin1String("insights"))
        return ReportBuilderDialog::tr("What stands out (insights)");
    if (id == QLatin1String("funnel"))
        return ReportBuilderDialog::tr("Funnel");
    if (id == QLatin1String("retention"))
        return ReportBuilderDialog::tr("Retention");
    return ReportBuilderDialog::tr("Methodology");
}

} // namespace

ReportBuilderDialog::ReportBuilderDialog(WorkbenchData& data, QWidget* parent) : QDialog(parent), m_data(data)
{
    setObjectName(QStringLiteral("reportBuilder"));
    setWindowTitle(tr("Report"));
    auto* form = new QFormLayout();
    m_template = new QComboBox(this);
    m_template->addItem(tr("Daily"), QStringLiteral("daily"));
    m_template->addItem(tr("Weekly"), QStringLiteral("weekly"));
    m_template->addItem(tr("Monthly"), QStringLiteral("monthly"));
    m_template->setCurrentIndex(1);
    m_to = new QDateEdit(this);
    m_to->setCalendarPopup(true);
    m_to->setDate(data.hasView() ? analysis::ReportingCalendar::dateOfDay(data.view().range.lastDay)
                                 : QDate::currentDate());
    m_pageSize = new QComboBox(this);
    m_pageSize->addItem(tr("A4"), QStringLiteral("a4"));
    m_pageSize->addItem(tr("Letter"), QStringLiteral("letter"));
    form->addRow(tr("&Template:"), m_template);
    form->addRow(tr("&Ending on:"), m_to);
    form->addRow(tr("&Page size:"), m_pageSize);
    m_sections = new QListWidget(this);
    m_sections->setObjectName(QStringLiteral("reportSections"));
    m_sections->setAccessibleName(tr("Sections, in order"));
    m_sections->setDragDropMode(QAbstractItemView::InternalMove);
    for (const QString& id : report::reportSections()) {
        auto* item = new QListWidgetItem(sectionTitle(id), m_sections);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    auto* up = new QPushButton(tr("Move &up"), this);
    auto* down = new QPushButton(tr("Move &down"), this);
    auto* moves = new QVBoxLayout();
    moves->addWidget(up);
    moves->addWidget(down);
    moves->addStretch(1);
    auto* sectionRow = new QHBoxLayout();
    sectionRow->addWidget(m_sections, 1);
    sectionRow->addLayout(moves);
    form->addRow(tr("&Sections:"), sectionRow);
    qobject_cast<QLabel*>(form->labelForField(sectionRow))->setBuddy(m_sections); // Alt+S reaches the list
    m_remember = new QCheckBox(tr("&Keep these choices in the workspace"), this);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_create = buttons->addButton(tr("&Create PDF…"), QDialogButtonBox::ActionRole);
    m_cancel = buttons->addButton(tr("Cancel report"), QDialogButtonBox::ActionRole);
    m_cancel->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_create, &QPushButton::clicked, this, [this] {
        const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                  + QStringLiteral("/%1-report-%2.pdf")
                                        .arg(m_template->currentData().toString(), m_to->date().toString(Qt::ISODate));
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Create PDF report"), suggested, tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            createPdf(path);
    });
    // Installed (and built) beside the workbench; else wherever PATH finds it.
    m_cliPath = QCoreApplication::applicationDirPath() + QStringLiteral("/hitcraft-cli");
    if (!QFileInfo(m_cliPath).isExecutable())
        m_cliPath = QStandardPaths::findExecutable(QStringLiteral("hitcraft-cli"));
    loadChoices();
}

ReportBuilderDialog::~ReportBuilderDialog() = default;

void ReportBuilderDialog::setTemplateName(const QString& name)
{
    m_template->setCurrentIndex(std::max(0, m_template->findData(name)));
}

void ReportBuilderDialog::setSections(const QStringList& sections)
{
    QList<QListWidgetItem*> items;
    while (m_sections->count() > 0)
        items << m_sections->takeItem(0);
    const auto position = [&](QListWidgetItem* i) {
        const qsizetype at = sections.indexOf(i->data(Qt::UserRole).toString());
        return at < 0 ? sections.size() + items.indexOf(i) : at;
    };
    std::stable_sort(items.begin(), items.end(),
                     [&](QListWidgetItem* a, QListWidgetItem* b) { return position(a) < position(b); });
    for (QListWidgetItem* i : items) {
        i->setCheckState(sections.contains(i->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        m_sections->addItem(i);
    }
}

QStringList ReportBuilderDialog::sections() const
{
    QStringList out;
    for (int r = 0; r < m_sections->count(); ++r)
        if (m_sections->item(r)->checkState() == Qt::Checked)
            out << m_sections->item(r)->data(Qt::UserRole).toString();
    return out;
}

void ReportBuilderDialog::setRemember(bool remember) { m_remember->setChecked(remember); }

void ReportBuilderDialog::moveSelected(int delta)
{
    const int row = m_sections->currentRow();
    if (row < 0 || row + delta < 0 || row + delta >= m_sections->count())
        return;
    QListWidgetItem* item = m_sections->takeItem(row);
    m_sections->insertItem(row + delta, item);
    m_sections->setCurrentRow(row + delta);
}

QJsonObject ReportBuilderDialog::choices() const
{
    return QJsonObject{{QStringLiteral("template"), m_template->currentData().toString()},
                       {QStringLiteral("page_size"), m_pageSize->currentData().toString()},
                       {QStringLiteral("sections"), QJsonArray::fromStringList(sections())}};
}

void ReportBuilderDialog::loadChoices()
{
    if (!m_data.hasView())
        return;
    const QString path = m_data.view().workspacePath;
    auto* watcher = new QFutureWatcher<QJsonObject>(this);
    connect(watcher, &QFutureWatcher<QJsonObject>::finished, this, [this, watcher] {
        const QJsonObject saved = watcher->result();
        watcher->deleteLater();
        if (!saved.isEmpty()) {
            setTemplateName(saved.value(QStringLiteral("template")).toString());
            m_pageSize->setCurrentIndex(std::max(0, m_pageSize->findData(saved.value(QStringLiteral("page_size")))));
            QStringList sections;
            for (const QJsonValue v : saved.value(QStringLiteral("sections")).toArray())
                sections << v.toString();
            setSections(sections);
            m_remember->setChecked(true);
        }
        Q_EMIT choicesLoaded();
    });
    watcher->setFuture(QtConcurrent::run([path]() -> QJsonObject {
        auto catalog = store::WorkspaceCatalog::open(path);
        if (!catalog.ok())
            return {};
        const auto saved = catalog.value()->savedQueries(kKind);
        return saved.ok() && !saved.value().isEmpty() ? saved.value().front().definition : QJsonObject();
    }));
}

void ReportBuilderDialog::createPdf(const QString& path)
{
    if (!m_data.hasView() || m_data.view().isEmpty()) {
        m_status->setText(tr("Open a workspace with events first."));
        return;
    }
    const WorkbenchData::View view = m_data.view();
    // The report is drawn by hitcraft-cli in its own process: Qt's charts paint only on a GUI
    // thread, and a process of its own keeps this window's thread free while it builds and draws.
    QStringList args{QStringLiteral("report"),
                     QStringLiteral("--db"),
                     view.workspacePath,
                     QStringLiteral("--template"),
                     m_template->currentData().toString(),
                     QStringLiteral("--to"),
                     m_to->date().toString(Qt::ISODate),
                     QStringLiteral("--page-size"),
                     m_pageSize->currentData().toString(),
                     QStringLiteral("--sections"),
                     sections().join(u','),
                     QStringLiteral("--pdf"),
                     path};
    if (!view.scope.zoneId.isEmpty())
        args << QStringLiteral("--tz") << QString::fromUtf8(view.scope.zoneId);
    // The filter bar applies as in every view ("any" of several conditions is not expressible
    // as --where, so then the report says it covers every event).
    if (!view.scope.filterAny)
        for (const QString& condition : view.scope.filter.split(u';', Qt::SkipEmptyParts))
            args << QStringLiteral("--where") << condition.trimmed();
    auto* process = new QProcess(this);
    process->setProgram(m_cliPath);
    process->setArguments(args);
    m_busy->setVisible(true);
    m_create->setEnabled(false);
    m_cancel->setVisible(true);
    m_status->setText(tr("Building the report…"));
    const QJsonObject remember = m_remember->isChecked() ? choices() : QJsonObject();
    const QString workspace = view.workspacePath;
    connect(m_cancel, &QPushButton::clicked, process, &QProcess::kill);
    const auto done = [this, process, path](bool ok, const QString& error) {
        process->deleteLater();
        m_busy->setVisible(false);
        m_create->setEnabled(true);
        m_cancel->setVisible(false);
        m_status->setText(ok ? tr("Wrote %1.").arg(QDir::toNativeSeparators(path)) : error);
        Q_EMIT reportFinished(ok, m_status->text());
    };
    connect(process, &QProcess::finished, this, [process, done](int code, QProcess::ExitStatus status) {
        const QString error = QString::fromUtf8(process->readAllStandardError()).trimmed().section(u'\n', -1);
        if (status != QProcess::NormalExit)
            done(false, tr("The report was cancelled."));
        else
            done(code == 0, error);
    });
    connect(process, &QProcess::errorOccurred, this, [process, done](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            done(false, tr("hitcraft-cli could not be started beside the workbench (%1).").arg(process->program()));
    });
    if (remember.isEmpty()) {
        process->start();
        return;
    }
    // The choices are kept first (a small write, off this thread), then the report starts.
    auto* saving = new QFutureWatcher<void>(this);
    connect(saving, &QFutureWatcher<void>::finished, process, [saving, process] {
        saving->deleteLater();
        process->start();
    });
    saving->setFuture(QtConcurrent::run([workspace, remember] {
        if (auto catalog = store::WorkspaceCatalog::open(workspace); catalog.ok())
            catalog.value()->saveQuery(store::SavedQuery{kName, kKind, remember});
    }));
}

} // namespace hc::ui
