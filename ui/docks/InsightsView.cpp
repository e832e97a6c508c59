#include "ui/docks/InsightsView.h"

#include "core/insights/InsightRun.h"
#include "core/store/InsightStore.h"
#include "core/util/NumberFormat.h"
#include "ui/charts/ChartSupport.h"
#include "ui/charts/EvidenceChart.h"
#include "ui/models/InsightListModel.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace hc::ui {

namespace {

QLabel* wrappingLabel(QWidget* parent, const QString& objectName)
{
    auto* l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return l;
}

} // namespace

InsightsView::InsightsView(WorkbenchData& data, QWidget* parent) : AnalysisView(data, parent)
{
    setObjectName(QStringLiteral("insightsView"));
    auto* controls = new QWidget(this);
    auto* row = new QHBoxLayout(controls);
    row->setContentsMargins(0, 0, 0, 0);
    m_period = new QComboBox(controls);
    m_period->setObjectName(QStringLiteral("insightsPeriod"));
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("The date range"), QStringLiteral("adhoc"));
    m_period->addItem(tr("Its last day"), QStringLiteral("daily"));
    m_period->addItem(tr("Its last 7 days"), QStringLiteral("weekly"));
    m_period->addItem(tr("Its last 30 days"), QStringLiteral("monthly"));
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* periodLabel = new QLabel(tr("&What stands out in"), controls);
    periodLabel->setBuddy(m_period);
    m_showDismissed = new QCheckBox(tr("Show &dismissed"), controls);
    m_summary = new QLabel(controls);
    m_summary->setObjectName(QStringLiteral("insightsSummary"));
    row->addWidget(periodLabel);
    row->addWidget(m_period);
    row->addWidget(m_showDismissed);
    row->addStretch(1);
    row->addWidget(m_summary);
    setControls(controls);

    m_model = new InsightListModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("insightsTable"));
    m_table->setAccessibleName(tr("Insights, most important first"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(InsightListModel::TitleColumn, QHeaderView::Stretch);

    auto* detail = new QWidget(this);
    auto* column = new QVBoxLayout(detail);
    m_title = wrappingLabel(detail, QStringLiteral("insightTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_meta = wrappingLabel(detail, QStringLiteral("insightMeta"));
    m_explanation = wrappingLabel(detail, QStringLiteral("insightExplanation"));
    m_recommendations = wrappingLabel(detail, QStringLiteral("insightRecommendations"));
    m_evidence = ChartSupport::makeView(tr("Evidence"), detail);
    m_evidence->setObjectName(QStringLiteral("insightEvidence"));
    m_drivers = ChartSupport::makeView(tr("Drivers"), detail);
    m_drivers->setObjectName(QStringLiteral("insightDrivers"));
    auto* buttons = new QHBoxLayout();
    m_open = new QPushButton(tr("&Open the view"), detail);
    m_open->setObjectName(QStringLiteral("insightOpen"));
    m_dismiss = new QPushButton(tr("D&ismiss"), detail);
    m_dismiss->setObjectName(QStringLiteral("insightDismiss"));
    m_actioned = new QPushButton(tr("Mark &actioned"), detail);
    m_actioned->setObjectName(QStringLiteral("insightActioned"));
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    buttons->addWidget(m_dismiss);
    buttons->addWidget(m_actioned);
    for (QWidget* w : {static_cast<QWidget*>(m_title), static_cast<QWidget*>(m_meta),
                       static_cast<QWidget*>(m_explanation), static_cast<QWidget*>(m_recommendations)})
        column->addWidget(w);
    column->addWidget(m_evidence, 2);
    column->addWidget(m_drivers, 1);
    column->addLayout(buttons);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab reaches the charts and buttons in it

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(scroll);
    split->setSizes({600, 480});
    setResultWidget(split);

    connect(m_period, &QComboBox::activated, this, &InsightsView::recompute);
    connect(m_showDismissed, &QCheckBox::toggled, m_model, &InsightListModel::setShowDismissed);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InsightsView::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            selectRow(0);
        else
            showSelected();
    });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { setSelectedStatus(insights::InsightStatus::Dismissed); });
    connect(m_actioned, &QPushButton::clicked, this, [this] { setSelectedStatus(insights::InsightStatus::Actioned); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid()) {
            const insights::Insight& i = m_model->insightAt(current.row());
            Q_EMIT openViewRequested(i.view, i.viewQuery);
        }
    });
}

void InsightsView::setPeriod(const QString& period)
{
    m_period->setCurrentIndex(std::max(0, m_period->findData(period)));
    recompute();
}

void InsightsView::selectRow(int row)
{
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, InsightListModel::TitleColumn));
}

void InsightsView::startAnalysis(const WorkbenchData::View& view)
{
    if (view.isEmpty()) {
        showMessage(emptyRangeMessage());
        return;
    }
    insights::InsightRunOptions options;
    insights::periodFromName(m_period->currentData().toString(), options.period);
    options.to = analysis::ReportingCalendar::dateOfDay(view.range.lastDay);
    if (options.period == insights::RunPeriod::AdHoc)
        options.from = analysis::ReportingCalendar::dateOfDay(view.range.firstDay);
    options.properties = view.propertyNames;
    m_workspacePath = view.workspacePath;
    runAnalysis([view, options, this](TaskContext& context) -> AnalysisRunner::Apply {
        auto run = insights::runInsights(*view.data, *view.calendar, options, context);
        if (!run.ok()) {
            const QString message = run.error().message;
            return [this, message] { showMessage(message); };
        }
        // Statuses come from the workspace on this worker's own connection.
        QHash<QString, insights::InsightStatus> statuses;
        if (auto ws = store::Workspace::open(view.workspacePath, store::Workspace::OpenMode::MustExist); ws.ok())
            if (auto s = store::InsightStore(*ws.value()).statuses(); s.ok())
                statuses = s.value();
        const insights::InsightRun result = run.value();
        return [this, result, statuses] {
            m_model->setRun(result, statuses);
            keepResult();
        };
    });
}

void InsightsView::render()
{
    const insights::InsightRun& run = m_model->run();
    m_summary->setText(
        tr("%Ln insights · %1 findings scanned · %2 – %3", "", int(run.insights.size()))
            .arg(NumberFormat::count(run.scanned))
            .arg(QLocale().toString(run.from, QLocale::ShortFormat), QLocale().toString(run.to, QLocale::ShortFormat)));
    showSelected();
    if (run.insights.empty()) {
        showMessage(tr("Nothing stands out in this period: no finding survives the correction for the %1 "
                       "scanned. Widen the period or pick another end date.")
                        .arg(run.scanned));
        return;
    }
    showResult();
}

void InsightsView::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    const bool any = current.isValid() && current.row() < m_model->rowCount();
    for (QWidget* w : {static_cast<QWidget*>(m_open), static_cast<QWidget*>(m_dismiss),
                       static_cast<QWidget*>(m_actioned), static_cast<QWidget*>(m_evidence)})
        w->setEnabled(any);
    if (!any) {
        m_title->setText(tr("Select an insight to see why it stands out."));
        for (QLabel* l : {m_meta, m_explanation, m_recommendations})
            l->clear();
        ChartSupport::clear(m_evidence->chart());
        m_drivers->hide();
        return;
    }
    const insights::Insight& i = m_model->insightAt(current.row());
    m_title->setText(i.title);
    const QString q = !i.qValue           ? QStringLiteral("—")
                      : *i.qValue < 0.001 ? QStringLiteral("< 0.001")
                                          : QLocale().toString(*i.qValue, 'f', 3);
    m_meta->setText(tr("%1 · %2 (q %3) · method %4 · n = %5")
                        .arg(InsightListModel::typeLabel(i.type),
                             m_model->index(current.row(), InsightListModel::ConfidenceColumn).data().toString(), q,
                             i.method, NumberFormat::count(double(i.n))));
    m_explanation->setText(i.explanation);
    QStringList recommendations;
    for (const insights::Recommendation& r : i.recommendations)
        recommendations << QStringLiteral("• ") + r.text;
    m_recommendations->setText(recommendations.isEmpty() ? QString()
                                                         : tr("What to do:") + u'\n' + recommendations.join(u'\n'));
    EvidenceChart::draw(m_evidence->chart(), i.evidence);
    m_drivers->setVisible(EvidenceChart::drawDrivers(m_drivers->chart(), i.evidence));
    const QString viewName = i.view == QLatin1String("trend")         ? tr("Trends")
                             : i.view == QLatin1String("retention")   ? tr("Retention")
                             : i.view == QLatin1String("experiments") ? tr("Experiments")
                                                                      : QString();
    m_open->setVisible(!viewName.isEmpty());
    m_open->setText(tr("&Open in %1").arg(viewName));
    if (m_model->statusOf(i.id) == insights::InsightStatus::New)
        writeStatus(i.id, insights::InsightStatus::Seen);
}

void InsightsView::setSelectedStatus(insights::InsightStatus status)
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    writeStatus(m_model->insightAt(row).id, status);
    if (m_model->rowCount() > 0)
        selectRow(std::min(row, m_model->rowCount() - 1));
}

void InsightsView::writeStatus(const QString& id, insights::InsightStatus status)
{
    m_model->setStatus(id, status);
    const QString path = m_workspacePath;
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        const QString error = watcher->result();
        watcher->deleteLater();
        ++m_statusWrites;
        if (!error.isEmpty())
            m_summary->setText(error);
        Q_EMIT statusWritten();
    });
    // A small write, but the store may be busy with a sync: never on the GUI thread.
    watcher->setFuture(QtConcurrent::run([path, id, status]() -> QString {
        auto ws = store::Workspace::open(path, store::Workspace::OpenMode::MustExist);
        if (!ws.ok())
            return ws.error().message;
        const Status s = store::InsightStore(*ws.value()).setStatus(id, status);
        return s.ok() ? QString() : s.error().message;
    }));
}

} // namespace hc::ui
