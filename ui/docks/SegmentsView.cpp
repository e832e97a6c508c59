#include "ui/docks/SegmentsView.h"

#include "core/analysis/engine/Segmentation.h"
#include "core/analysis/query/EscapedText.h"
#include "core/analysis/query/QueryOptions.h"
#include "core/util/NumberFormat.h"
#include "ui/BreakdownSource.h"
#include "ui/charts/ChartSupport.h"
#include "ui/models/SegmentsModel.h"
#include "ui/widgets/ShareBarDelegate.h"
#include "ui/widgets/TableSorting.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace hc::ui {

SegmentsView::SegmentsView(WorkbenchData& data, QWidget* parent) : AnalysisView(data, parent)
{
    setObjectName(QStringLiteral("segmentsView"));
    auto* controls = new QWidget(this);
    auto* row = new QHBoxLayout(controls);
    row->setContentsMargins(0, 0, 0, 0);
    // Made in reading order ("Unique users of signup by country and …"), which is the Tab order.
    m_measure = new QComboBox(controls);
    m_measure->setAccessibleName(tr("Measure"));
    m_measure->addItem(tr("Total events"), QStringLiteral("total"));
    m_measure->addItem(tr("Unique users"), QStringLiteral("uniques"));
    m_measure->addItem(tr("Events per user"), QStringLiteral("per_user"));
    m_measure->addItem(tr("Sum of revenue"), QStringLiteral("sum:revenue"));
    m_event = new QComboBox(controls);
    m_event->setAccessibleName(tr("Event"));
    m_by = new QComboBox(controls);
    m_by->setObjectName(QStringLiteral("segmentsBy"));
    m_by->setAccessibleName(tr("Segment by"));
    m_by2 = new QComboBox(controls);
    m_by2->setAccessibleName(tr("Then by"));
    row->addWidget(m_measure);
    row->addWidget(labelFor(tr("of"), m_event));
    row->addWidget(m_event);
    row->addWidget(labelFor(tr("by"), m_by));
    row->addWidget(m_by);
    row->addWidget(labelFor(tr("and"), m_by2));
    row->addWidget(m_by2);
    row->addStretch(1);
    setControls(controls);
    m_model = new SegmentsModel(this);
    m_model->setMissingLabel(tr("(not set)"));
    m_table = new QTableView(this);
    TableSorting::enable(m_table, m_model);
    m_table->setObjectName(QStringLiteral("segmentsTable"));
    m_table->setAccessibleName(tr("Segments table"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    TableSorting::onRowOpened(m_table, tr("Show These Users"),
                              tr("Double-click a row to see its users in the Events explorer"),
                              [this](int row) { showSegmentUsers(row); });
    m_shareBar = new ShareBarDelegate(m_table);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("segmentsTotal"));
    m_total->setWordWrap(true);
    auto* tableColumn = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableColumn);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_total);
    m_chart = ChartSupport::makeView(tr("Top segments"), this);
    m_chart->setObjectName(QStringLiteral("segmentsChart"));
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(tableColumn);
    split->addWidget(m_chart);
    split->setSizes({450, 550});
    setResultWidget(split);
    for (QComboBox* c : {m_event, m_measure, m_by, m_by2})
        connect(c, &QComboBox::activated, this, &SegmentsView::recompute);
}

void SegmentsView::refillPickers(const WorkbenchData::View& view)
{
    if (!pickersNeedRefill(view))
        return;
    const bool first = !pickersFilledBefore();
    refill(m_event, tr("Any event"), QStringLiteral("*"), sortedEventNames(view));
    refillBreakdown(m_by, QString(), view);
    refillBreakdown(m_by2, tr("Nothing"), view);
    if (first) {
        for (const char* preferred : {"country", "plan", "platform", "$os"}) {
            const int i = m_by->findData(QString::fromLatin1(preferred));
            if (i >= 0) {
                m_by->setCurrentIndex(i);
                break;
            }
        }
        m_measure->setCurrentIndex(1);
    }
}

void SegmentsView::startAnalysis(const WorkbenchData::View& view)
{
    refillPickers(view);
    if (m_by->currentData().toString().isEmpty()) {
        showMessage(tr("No properties seen in this workspace yet — import or sync events with properties."));
        return;
    }
    analysis::SegmentQuery q;
    const QString event = m_event->currentData().toString();
    q.event = analysis::EventSpec{event == QLatin1String("*"), event == QLatin1String("*") ? QString() : event, {}, {}};
    QString property;
    analysis::parseTrendMeasure(m_measure->currentData().toString(), q.measure, property);
    q.measureProperty = property;
    q.by = m_by->currentData().toString();
    q.by2 = m_by2->currentData().toString();
    q.range = view.range;
    q.top = 200;
    const QStringList headers = {m_by->currentText(), m_by2->currentText(), m_measure->currentText()};
    const Shown shown{q.event, q.by, q.by2, view.scope.from, view.scope.to};
    const BreakdownSource cohorts = BreakdownSource::of(m_data);
    runAnalysis([view, q, headers, shown, cohorts, this](TaskContext& context) -> AnalysisRunner::Apply {
        auto r = cohorts.run(view, {q.by, q.by2}, context, [&](const dataset::Dataset& events) {
            return analysis::computeSegments(events, q, *view.calendar, context);
        });
        if (!r.ok()) {
            const QString message = r.error().message;
            return [this, message] { showMessage(message); };
        }
        const analysis::SegmentResult result = r.value();
        return [this, result, headers, q, shown] {
            QStringList columns = {headers[0]};
            if (!q.by2.isEmpty())
                columns.append(headers[1]);
            columns.append(headers[2]);
            // Shares of events, users and sums add up; of averages and quantiles they would not.
            const bool additive = analysis::measureIsCount(q.measure) || q.measure == analysis::TrendMeasure::Sum;
            m_model->setResult(result, columns, additive ? tr("Share") : QString());
            m_shown = shown;
            for (int c = 0; c < m_model->columnCount(); ++c)
                m_table->setItemDelegateForColumn(c, c == m_model->shareColumn() ? m_shareBar : nullptr);
            showTotal(q);
            keepResult();
        };
    });
}

void SegmentsView::render()
{
    const analysis::SegmentResult& result = m_model->result();
    const int valueColumn = m_model->columnCount() - (m_model->shareColumn() >= 0 ? 2 : 1);
    const QString measureTitle = m_model->headerData(valueColumn, Qt::Horizontal, Qt::DisplayRole).toString();
    if (result.rows.empty()) {
        showMessage(emptyRangeMessage());
        return;
    }
    QChart* chart = m_chart->chart();
    ChartSupport::clear(chart);
    auto* series = new QHorizontalBarSeries();
    auto* set = new QBarSet(measureTitle);
    QStringList labels;
    double maxValue = 0;
    const size_t shown = std::min<size_t>(10, result.rows.size());
    for (size_t i = shown; i-- > 0;) { // largest on top
        const auto& row = result.rows[i];
        QStringList parts;
        for (const QString& v : row.values)
            parts.append(v.isEmpty() ? tr("(not set)") : v);
        labels.append(parts.join(QStringLiteral(" · ")));
        *set << row.value.value_or(0);
        maxValue = std::max(maxValue, row.value.value_or(0));
    }
    series->append(set);
    connect(series, &QHorizontalBarSeries::clicked, this,
            [this, shown](int index, QBarSet*) { showSegmentUsers(int(shown) - 1 - index); });
    connect(series, &QHorizontalBarSeries::hovered, this, [this, shown, valueColumn](bool on, int index, QBarSet*) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        const int row = int(shown) - 1 - index;
        QToolTip::showText(QCursor::pos(), tr("%1: %2\nClick to see these users")
                                               .arg(m_model->index(row, 0).data().toString(),
                                                    m_model->index(row, valueColumn).data().toString()));
    });
    chart->addSeries(series);
    ChartSupport::colorBars(chart);
    auto* y = new QBarCategoryAxis();
    y->append(labels);
    y->setLabelsColor(palette().color(QPalette::Text));
    auto* x = ChartSupport::valueAxis(measureTitle, maxValue, result.countsAreIntegers);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(false);
    // Inside a sentence English lowercases the measure; German keeps its nouns capitalised.
    const bool lower = QLocale().language() != QLocale::German;
    chart->setTitle(tr("Top %1 by %2").arg(shown).arg(lower ? measureTitle.toLower() : measureTitle));
    showResult();
}

void SegmentsView::showTotal(const analysis::SegmentQuery& q)
{
    const analysis::SegmentResult& r = m_model->result();
    const QString value = !r.total              ? QStringLiteral("—")
                          : r.countsAreIntegers ? NumberFormat::count(*r.total)
                                                : NumberFormat::decimal(*r.total);
    QString text = tr("Total over all segments: %1").arg(value);
    if (q.measure == analysis::TrendMeasure::Uniques)
        text += tr(" (a user with events in several segments counts in each, so shares can add up to more than 100%)");
    if (r.omittedRows > 0)
        text += tr(" · %1 smaller segments not listed").arg(NumberFormat::count(double(r.omittedRows)));
    m_total->setText(text);
}

bool SegmentsView::showSegmentUsers(int row)
{
    const analysis::SegmentResult& r = m_model->result();
    if (row < 0 || row >= int(r.rows.size()))
        return false;
    DrillDown drill{{}, {}, true, std::nullopt};
    analysis::CohortDefinition& rule = drill.rule;
    rule.event = analysis::QueryOptions::escapedEvent(m_shown.event);
    rule.from = m_shown.from.toString(Qt::ISODate);
    rule.to = m_shown.to.toString(Qt::ISODate);
    QStringList names;
    const QStringList properties = {m_shown.by, m_shown.by2};
    for (int k = 0; k < r.rows[size_t(row)].values.size() && k < 2; ++k) {
        const QString v = r.rows[size_t(row)].values[k];
        // "" is the missing value in a segment row.
        drill.requireValue(properties[k], v);
        // A cohort side reads on its own ("in Power users").
        names.append(analysis::CohortBreakdown::isKey(properties[k])
                         ? v
                         : QStringLiteral("%1 = %2").arg(properties[k], v.isEmpty() ? tr("(not set)") : v));
    }
    const QString event = m_shown.event.anyEvent ? tr("any event") : m_shown.event.name;
    drill.description = tr("did %1 with %2").arg(event, names.join(QStringLiteral(", ")));
    m_data.requestDrillDown(drill);
    return true;
}

} // namespace hc::ui
