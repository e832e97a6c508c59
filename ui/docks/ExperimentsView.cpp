#include "ui/docks/ExperimentsView.h"

#include "core/analysis/engine/Experiment.h"
#include "core/util/NumberFormat.h"
#include "core/util/ProbabilityText.h"
#include "ui/charts/ChartSupport.h"
#include "ui/models/ExperimentModel.h"
#include "ui/widgets/TableSorting.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QValueAxis>

namespace hc::ui {

namespace {

// The first name that looks like an experiment's or a goal's, else the first entry.
int preferredIndex(const QComboBox* combo, const QStringList& hints)
{
    for (const QString& hint : hints)
        for (int i = 0; i < combo->count(); ++i)
            if (combo->itemData(i).toString().contains(hint, Qt::CaseInsensitive))
                return i;
    return 0;
}

} // namespace

ExperimentsView::ExperimentsView(WorkbenchData& data, QWidget* parent) : AnalysisView(data, parent)
{
    setObjectName(QStringLiteral("experimentsView"));
    auto* controls = new QWidget(this);
    auto* row = new QHBoxLayout(controls);
    row->setContentsMargins(0, 0, 0, 0);
    m_property = new QComboBox(controls);
    m_property->setObjectName(QStringLiteral("experimentProperty"));
    m_property->setAccessibleName(tr("Variant property"));
    m_property->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_goal = new QComboBox(controls);
    m_goal->setObjectName(QStringLiteral("experimentGoal"));
    m_goal->setAccessibleName(tr("Goal event"));
    m_goal->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_exposure = new QComboBox(controls);
    m_exposure->setAccessibleName(tr("Exposure event"));
    m_exposure->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* propertyLabel = new QLabel(tr("&Variants of"), controls);
    propertyLabel->setBuddy(m_property);
    auto* goalLabel = new QLabel(tr("&goal"), controls);
    goalLabel->setBuddy(m_goal);
    auto* exposureLabel = new QLabel(tr("e&xposed by"), controls);
    exposureLabel->setBuddy(m_exposure);
    row->addWidget(propertyLabel);
    row->addWidget(m_property);
    row->addWidget(goalLabel);
    row->addWidget(m_goal);
    row->addWidget(exposureLabel);
    row->addWidget(m_exposure);
    row->addStretch(1);
    setControls(controls);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("experimentVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    m_srmWarning = new QLabel(this);
    m_srmWarning->setObjectName(QStringLiteral("sampleRatioWarning"));
    m_srmWarning->setWordWrap(true);
    m_srmWarning->setTextFormat(Qt::PlainText);
    m_srmWarning->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #7a1c12; border: 1px solid #d9534f; padding: 6px; }"));
    m_srmWarning->setVisible(false);
    m_model = new ExperimentModel(this);
    m_table = new QTableView(this);
    TableSorting::enable(m_table, m_model);
    m_table->setObjectName(QStringLiteral("experimentTable"));
    m_table->setAccessibleName(tr("Experiment comparison table"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_chart = ChartSupport::makeView(tr("Conversion by variant"), this);
    m_chart->setObjectName(QStringLiteral("experimentChart"));

    auto* result = new QWidget(this);
    auto* column = new QVBoxLayout(result);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_verdict);
    column->addWidget(m_srmWarning);
    auto* split = new QSplitter(Qt::Vertical, result);
    split->addWidget(m_table);
    split->addWidget(m_chart);
    split->setSizes({220, 380});
    column->addWidget(split, 1);
    setResultWidget(result);
    for (QComboBox* c : {m_property, m_goal, m_exposure})
        connect(c, &QComboBox::activated, this, &ExperimentsView::recompute);
}

void ExperimentsView::setExperiment(const QString& variantProperty, const QString& goal)
{
    if (const int i = m_property->findData(variantProperty); i >= 0)
        m_property->setCurrentIndex(i);
    if (const int i = m_goal->findData(goal); i >= 0)
        m_goal->setCurrentIndex(i);
    recompute();
}

void ExperimentsView::refillPickers(const WorkbenchData::View& view)
{
    if (!pickersNeedRefill(view))
        return;
    const bool first = !pickersFilledBefore();
    const QStringList events = sortedEventNames(view);
    refill(m_property, QString(), QString(), view.propertyNames);
    refill(m_goal, QString(), QString(), events);
    refill(m_exposure, tr("Any event with the property"), QString(), events);
    if (first) {
        m_property->setCurrentIndex(preferredIndex(
            m_property, {QStringLiteral("exp_"), QStringLiteral("experiment"), QStringLiteral("variant")}));
        m_goal->setCurrentIndex(
            preferredIndex(m_goal, {QStringLiteral("upgrade"), QStringLiteral("purchase"), QStringLiteral("convert")}));
    }
}

void ExperimentsView::startAnalysis(const WorkbenchData::View& view)
{
    refillPickers(view);
    if (m_property->currentData().toString().isEmpty() || m_goal->currentData().toString().isEmpty()) {
        showMessage(tr("No events with properties in this workspace yet — import or sync events first."));
        return;
    }
    analysis::ExperimentQuery q;
    q.variantProperty = m_property->currentData().toString();
    q.goal = analysis::EventSpec{false, m_goal->currentData().toString(), {}, {}};
    if (const QString exposure = m_exposure->currentData().toString(); !exposure.isEmpty())
        q.exposure = analysis::EventSpec{false, exposure, {}, {}};
    q.range = view.range;
    runAnalysis([view, q, this](TaskContext& context) -> AnalysisRunner::Apply {
        auto counts = analysis::computeExperimentCounts(*view.data, q, *view.calendar, context);
        if (!counts.ok()) {
            const QString message = counts.error().message;
            return [this, message] { showMessage(message); };
        }
        if (context.isCancelled())
            return {};
        // An empty control picks "control" (any case), else the largest variant.
        auto compared = stats::compareVariants(counts.value().variants, QString());
        if (!compared.ok()) {
            const QString message =
                counts.value().variants.empty()
                    ? tr("Nobody in this range has an event with %1.").arg(q.variantProperty)
                    : tr("%1 has a single value in this range; an experiment needs two.").arg(q.variantProperty);
            return [this, message] { showMessage(message); };
        }
        const analysis::ExperimentCounts c = counts.value();
        const stats::ExperimentComparison r = compared.value();
        return [this, c, r] {
            m_model->setResult(c, r);
            keepResult();
        };
    });
}

QString ExperimentsView::verdictText() const
{
    const stats::ExperimentComparison& r = m_model->comparison();
    const QLocale locale;
    QStringList lines;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const stats::VariantComparison* c = m_model->comparisonAt(row);
        if (!c)
            continue;
        const QString lift = c->lift ? NumberFormat::signedPercent(*c->lift) : QStringLiteral("—");
        const QString p = c->pValue < 0.001 ? tr("p < 0.001") : tr("p = %1").arg(locale.toString(c->pValue, 'f', 3));
        // Only a significant difference is called a win or a loss; the rest is said to be inconclusive.
        const QString call = c->pValue >= 0.05   ? tr("no significant difference")
                             : c->difference > 0 ? tr("significantly better")
                                                 : tr("significantly worse");
        lines << tr("%1 vs %2: %3 in conversion (%4), %5; %6 probability to beat the control.")
                     .arg(c->variant, r.control, lift, p, call, hc::probabilityText(c->probabilityToBeatControl));
    }
    QString text = lines.join(u'\n');
    if (r.minimumDetectableLift)
        text += u'\n'
                + tr("With %Ln exposed users the test detects a lift of %1 or more (80% power, α = 0.05).", "",
                     int(std::min<qint64>(r.n, INT_MAX)))
                      .arg(NumberFormat::percent(*r.minimumDetectableLift));
    if (m_model->counts().mixed > 0)
        text += u'\n'
                + tr("%Ln users saw more than one variant; each counts under the first.", "",
                     int(std::min<qint64>(m_model->counts().mixed, INT_MAX)));
    return text;
}

void ExperimentsView::render()
{
    const stats::ExperimentComparison& r = m_model->comparison();
    m_verdict->setText(verdictText());
    m_srmWarning->setVisible(r.srm.mismatch);
    if (r.srm.mismatch)
        m_srmWarning->setText(
            tr("Sample-ratio mismatch: the variants' sizes are unlikely under an even split "
               "(χ² = %1, p = %2). Check the assignment before trusting the results.")
                .arg(QLocale().toString(r.srm.chi2, 'f', 1), QLocale().toString(r.srm.pValue, 'g', 2)));
    drawChart();
    showResult();
}

void ExperimentsView::drawChart()
{
    QChart* chart = m_chart->chart();
    ChartSupport::clear(chart);
    auto* series = new QHorizontalBarSeries();
    auto* set = new QBarSet(tr("Conversion (%)"));
    QStringList labels;
    double maxValue = 0;
    for (int row = m_model->rowCount(); row-- > 0;) { // the control on top
        const stats::VariantCounts& v = m_model->variantAt(row);
        labels.append(m_model->index(row, ExperimentModel::VariantColumn).data().toString() + QStringLiteral(" — ")
                      + NumberFormat::percent(v.rate()));
        *set << 100 * v.rate();
        maxValue = std::max(maxValue, 100 * v.rate());
    }
    series->append(set);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis();
    y->append(labels);
    y->setLabelsColor(palette().color(QPalette::Text));
    auto* x = ChartSupport::valueAxis(tr("Exposed users who reached the goal (%)"), maxValue, false);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    ChartSupport::addValueTooltips(chart);
    chart->legend()->setVisible(false);
    chart->setTitle(
        tr("Conversion to %1 by %2").arg(m_goal->currentData().toString(), m_property->currentData().toString()));
}

} // namespace hc::ui
