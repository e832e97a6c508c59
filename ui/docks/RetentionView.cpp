#include "ui/docks/RetentionView.h"

#include "core/analysis/engine/Retention.h"
#include "core/analysis/query/RetentionOptions.h"
#include "ui/BreakdownSource.h"
#include "ui/charts/ChartSupport.h"
#include "ui/models/RetentionTableModel.h"
#include "ui/widgets/HeatmapDelegate.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QValueAxis>

namespace hc::ui {

RetentionView::RetentionView(WorkbenchData& data, QWidget* parent)
    : AnalysisView(data, parent), m_model(new RetentionTableModel(this))
{
    setObjectName(QStringLiteral("retentionView"));
    auto* controls = new QWidget(this);
    auto* row = new QHBoxLayout(controls);
    row->setContentsMargins(0, 0, 0, 0);
    m_start = new QComboBox(controls);
    m_start->setObjectName(QStringLiteral("retentionStart"));
    m_start->setAccessibleName(tr("Start event"));
    m_return = new QComboBox(controls);
    m_return->setObjectName(QStringLiteral("retentionReturn"));
    m_return->setAccessibleName(tr("Return event"));
    m_mode = new QComboBox(controls);
    m_mode->setAccessibleName(tr("Cohort mode"));
    m_mode->addItem(tr("First time"), int(analysis::RetentionMode::FirstTime));
    m_mode->addItem(tr("Recurring"), int(analysis::RetentionMode::Recurring));
    m_bracket = new QComboBox(controls);
    m_bracket->setAccessibleName(tr("Counting"));
    m_bracket->addItem(tr("On the period"), int(analysis::RetentionBracket::On));
    m_bracket->addItem(tr("On or after"), int(analysis::RetentionBracket::OnOrAfter));
    m_period = new QComboBox(controls);
    m_period->setObjectName(QStringLiteral("retentionPeriod"));
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("Day"), QStringLiteral("day"));
    m_period->addItem(tr("Week"), QStringLiteral("week"));
    m_period->addItem(tr("Month"), QStringLiteral("month"));
    m_period->setCurrentIndex(1);
    m_periods = new QSpinBox(controls);
    m_periods->setAccessibleName(tr("Number of periods"));
    m_periods->setRange(2, 60);
    m_periods->setValue(8);
    m_periods->setSuffix(tr(" periods"));
    m_breakdown = new QComboBox(controls);
    m_breakdown->setObjectName(QStringLiteral("retentionBreakdown"));
    m_breakdown->setAccessibleName(tr("Breakdown"));
    m_breakdown->setToolTip(tr("One curve per value of a property, or for a cohort's users and everyone else"));
    row->addWidget(labelFor(tr("Users who did"), m_start));
    row->addWidget(m_start);
    row->addWidget(labelFor(tr("and came back to"), m_return));
    row->addWidget(m_return);
    row->addWidget(m_mode);
    row->addWidget(m_bracket);
    row->addWidget(m_period);
    row->addWidget(m_periods);
    row->addWidget(labelFor(tr("by"), m_breakdown));
    row->addWidget(m_breakdown);
    row->addStretch(1);
    setControls(controls);

    m_heatmap = new QTableView(this);
    m_heatmap->setObjectName(QStringLiteral("retentionHeatmap"));
    m_heatmap->setAccessibleName(tr("Retention cohort heatmap"));
    m_heatmap->setModel(m_model);
    m_heatmap->setItemDelegate(new HeatmapDelegate(m_heatmap));
    m_heatmap->verticalHeader()->hide();
    m_heatmap->setShowGrid(false);
    m_heatmap->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_heatmap->setSelectionMode(QAbstractItemView::SingleSelection);
    m_heatmap->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_heatmap->setToolTip(tr("Double-click a cell to see its users in the Events explorer"));
    connect(m_heatmap, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        QString whyNot;
        if (!showCellUsers(index.row(), index.column(), &whyNot))
            QMessageBox::information(this, tr("Show users"), whyNot);
    });
    m_curve = ChartSupport::makeView(tr("Retention curve (average)"), this);
    m_curve->setObjectName(QStringLiteral("retentionCurve"));
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_heatmap);
    split->addWidget(m_curve);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    setResultWidget(split);

    for (QComboBox* c : {m_start, m_return, m_mode, m_bracket, m_period, m_breakdown})
        connect(c, &QComboBox::activated, this, &RetentionView::recompute);
    connect(m_periods, &QSpinBox::valueChanged, this, &RetentionView::recompute);
}

void RetentionView::setEvents(const QString& start, const QString& returning)
{
    m_start->setCurrentIndex(std::max(0, m_start->findData(start)));
    m_return->setCurrentIndex(std::max(0, m_return->findData(returning)));
    recompute();
}

void RetentionView::setPeriod(const QString& period, int periods)
{
    m_period->setCurrentIndex(std::max(0, m_period->findData(period)));
    const QSignalBlocker block(m_periods);
    m_periods->setValue(periods);
    recompute();
}

void RetentionView::setBreakdown(const QString& property)
{
    m_breakdown->setCurrentIndex(std::max(0, m_breakdown->findData(property)));
    recompute();
}

void RetentionView::refillPickers(const WorkbenchData::View& view)
{
    if (!pickersNeedRefill(view))
        return;
    const QStringList names = sortedEventNames(view);
    refill(m_start, tr("Any event"), QStringLiteral("*"), names);
    refill(m_return, tr("Any event"), QStringLiteral("*"), names);
    refillBreakdown(m_breakdown, tr("No breakdown"), view);
    if (!pickersFilledBefore()) { // signup → any event reads well on most data
        m_start->setCurrentIndex(std::max(0, m_start->findData(QStringLiteral("signup"))));
        m_return->setCurrentIndex(0);
    }
}

void RetentionView::startAnalysis(const WorkbenchData::View& view)
{
    refillPickers(view);
    analysis::RetentionQuery q;
    const auto spec = [](const QString& e) {
        return analysis::EventSpec{e == QLatin1String("*"), e == QLatin1String("*") ? QString() : e, {}, {}};
    };
    q.start = spec(m_start->currentData().toString());
    q.returning = spec(m_return->currentData().toString());
    q.mode = analysis::RetentionMode(m_mode->currentData().toInt());
    q.bracket = analysis::RetentionBracket(m_bracket->currentData().toInt());
    analysis::intervalFromName(m_period->currentData().toString(), q.period);
    q.periods = m_periods->value();
    q.range = view.range;
    const QString periodName = m_period->currentText();
    // A cell's users are the heatmap's, everyone's: its drill-down rule leaves the breakdown out.
    const analysis::QueryOptions options = analysis::RetentionOptions::toOptions(q);
    q.breakdown = m_breakdown->currentData().toString();
    const QDate from = view.scope.from, to = view.scope.to;
    const BreakdownSource cohorts = BreakdownSource::of(m_data);
    runAnalysis([view, q, periodName, options, from, to, cohorts, this](TaskContext& context) -> AnalysisRunner::Apply {
        auto r = cohorts.run(view, {q.breakdown}, context, [&](const dataset::Dataset& events) {
            return analysis::computeRetention(events, q, *view.calendar, context);
        });
        if (!r.ok()) {
            const QString message = r.error().message;
            return [this, message] { showMessage(message); };
        }
        const analysis::RetentionResult result = r.value();
        return [this, result, periodName, options, from, to] {
            m_shownOptions = options;
            m_shownFrom = from;
            m_shownTo = to;
            m_breakdownRows = result.breakdown;
            m_model->setTable(result.overall, periodName);
            keepResult();
        };
    });
}

void RetentionView::render()
{
    const analysis::RetentionTable& table = m_model->table();
    qint64 total = 0;
    for (const auto& c : table.cohorts)
        total += c.size;
    if (total == 0) {
        showMessage(tr("No one did the start event in this range — widen the range or pick another event."));
        return;
    }
    m_heatmap->resizeColumnsToContents();
    m_heatmap->resizeRowsToContents();
    QChart* chart = m_curve->chart();
    ChartSupport::clear(chart);
    const QString by = m_breakdown->currentData().toString();
    chart->setTitle(m_breakdownRows.empty() ? tr("Retention curve (average)")
                    : analysis::CohortBreakdown::isKey(by)
                        ? tr("Retention curve (average): in %1 or not").arg(analysis::CohortBreakdown::cohortName(by))
                        : tr("Retention curve (average) by %1").arg(by));
    QList<QLineSeries*> lines;
    const auto curve = [&lines](const QString& name, const analysis::RetentionTable& t, const QColor& color) {
        auto* line = new QLineSeries();
        line->setName(name);
        line->setPointsVisible(true);
        line->setPen(QPen(color, 2));
        for (size_t k = 0; k < t.average.size(); ++k)
            if (t.average[k])
                line->append(double(k), *t.average[k] * 100.0);
        lines.append(line);
    };
    // With a breakdown, everyone's curve in grey under the largest values' curves.
    curve(m_breakdownRows.empty() ? tr("Average retention") : tr("Everyone"), table,
          m_breakdownRows.empty() ? ChartSupport::seriesColor(0) : palette().color(QPalette::Mid));
    std::vector<const analysis::RetentionBreakdownRow*> rows;
    for (const auto& r : m_breakdownRows)
        rows.push_back(&r);
    const auto size = [](const analysis::RetentionBreakdownRow* r) {
        qint64 n = 0;
        for (const auto& c : r->table.cohorts)
            n += c.size;
        return n;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](auto* a, auto* b) { return size(a) > size(b); });
    for (size_t i = 0; i < rows.size() && i < 6; ++i)
        curve(rows[i]->value.isEmpty() ? tr("(not set)") : rows[i]->value, rows[i]->table,
              ChartSupport::seriesColor(int(i)));
    QStringList labels;
    for (size_t k = 0; k < table.average.size(); ++k)
        labels.append(QString::number(k));
    for (QLineSeries* line : lines)
        chart->addSeries(line);
    auto* x = new QBarCategoryAxis();
    x->append(labels);
    x->setTitleText(tr("%1 after the cohort's start").arg(m_model->periodName()));
    x->setLabelsColor(palette().color(QPalette::Text));
    x->setTitleBrush(palette().color(QPalette::Text));
    auto* y = ChartSupport::valueAxis(tr("Retained (%)"), 100, true);
    y->setRange(0, 100);
    y->setTickCount(6);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* line : lines) {
        line->attachAxis(x);
        line->attachAxis(y);
    }
    ChartSupport::addValueTooltips(chart);
    chart->legend()->setVisible(lines.size() > 1);
    showResult();
}

QList<QPair<QString, QList<QPointF>>> RetentionView::curves() const
{
    QList<QPair<QString, QList<QPointF>>> out;
    for (QAbstractSeries* s : m_curve->chart()->series())
        if (auto* line = qobject_cast<QLineSeries*>(s))
            out.append({line->name(), line->points()});
    return out;
}

bool RetentionView::showCellUsers(int row, int column, QString* whyNot)
{
    const auto& cohorts = m_model->table().cohorts;
    const int period = std::max(0, column - RetentionTableModel::kFirstPeriodColumn);
    const auto fail = [whyNot](const QString& message) {
        if (whyNot)
            *whyNot = message;
        return false;
    };
    if (row < 1 || row > int(cohorts.size()) || column < 1 || column >= m_model->columnCount())
        return fail(tr("Pick a cohort's size or one of its periods; the average row has no users of its own."));
    const analysis::RetentionCohort& cohort = cohorts[size_t(row - 1)];
    if (cohort.size == 0)
        return fail(tr("Nobody started in %1.").arg(cohort.start));
    analysis::CohortDefinition rule;
    rule.kind = analysis::CohortDefinition::Kind::RetentionCell;
    rule.retention = m_shownOptions;
    rule.from = m_shownFrom.toString(Qt::ISODate);
    rule.to = m_shownTo.toString(Qt::ISODate);
    rule.cohortStart = cohort.start;
    rule.period = period;
    const QString start = ChartSupport::periodLabel(cohort.start);
    m_data.requestDrillDown(DrillDown{
        rule,
        period == 0 ? tr("the cohort of %1").arg(start)
                    : tr("the cohort of %1 who came back in %2 %3").arg(start, m_model->periodName()).arg(period),
        true, std::nullopt});
    return true;
}

} // namespace hc::ui
