#include "ui/docks/SegmentsView.h"

#include "core/analysis/engine/Segmentation.h"
#include "core/util/NumberFormat.h"
#include "ui/charts/ChartSupport.h"
#include "ui/models/SegmentsModel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QValueAxis>

namespace hc::ui {

SegmentsView::SegmentsView(WorkbenchData& data, QWidget* parent) : AnalysisView(data, parent)
{
    setObjectName(QStringLiteral("segmentsView"));
    auto* controls = new QWidget(this);
    auto* row = new QHBoxLayout(controls);
    row->setContentsMargins(0, 0, 0, 0);
    m_event = new QComboBox(controls);
    m_event->setAccessibleName(tr("Event"));
    m_measure = new QComboBox(controls);
    m_measure->setAccessibleName(tr("Measure"));
    m_measure->addItem(tr("Total events"), QStringLiteral("total"));
    m_measure->addItem(tr("Unique users"), QStringLiteral("uniques"));
    m_measure->addItem(tr("Events per user"), QStringLiteral("per_user"));
    m_measure->addItem(tr("Sum of revenue"), QStringLiteral("sum:revenue"));
    m_by = new QComboBox(controls);
    m_by->setObjectName(QStringLiteral("segmentsBy"));
    m_by->setAccessibleName(tr("Segment by"));
    m_by2 = new QComboBox(controls);
    m_by2->setAccessibleName(tr("Then by"));
    row->addWidget(m_measure);
    row->addWidget(new QLabel(tr("of"), controls));
    row->addWidget(m_event);
    row->addWidget(new QLabel(tr("by"), controls));
    row->addWidget(m_by);
    row->addWidget(new QLabel(tr("and"), controls));
    row->addWidget(m_by2);
    row->addStretch(1);
    setControls(controls);
    m_model = new SegmentsModel(this);
    m_model->setMissingLabel(tr("(not set)"));
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("segmentsTable"));
    m_table->setAccessibleName(tr("Segments table"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_chart = ChartSupport::makeView(tr("Top segments"), this);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
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
    refill(m_by, QString(), QString(), view.propertyNames);
    refill(m_by2, tr("Nothing"), QString(), view.propertyNames);
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
    const QStringList headers = {m_by->currentText(), m_by2->currentData().toString(), m_measure->currentText()};
    runAnalysis([view, q, headers, this](TaskContext& context) -> AnalysisRunner::Apply {
        auto r = analysis::computeSegments(*view.data, q, *view.calendar, context);
        if (!r.ok()) {
            const QString message = r.error().message;
            return [this, message] { showMessage(message); };
        }
        const analysis::SegmentResult result = r.value();
        return [this, result, headers, q] {
            QStringList columns = {headers[0]};
            if (!q.by2.isEmpty())
                columns.append(headers[1]);
            columns.append(headers[2]);
            m_model->setResult(result, columns);
            keepResult();
        };
    });
}

void SegmentsView::render()
{
    const analysis::SegmentResult& result = m_model->result();
    const QString measureTitle =
        m_model->headerData(m_model->columnCount() - 1, Qt::Horizontal, Qt::DisplayRole).toString();
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
    chart->setTitle(tr("Top %1 by %2").arg(shown).arg(measureTitle.toLower()));
    showResult();
}

} // namespace hc::ui
