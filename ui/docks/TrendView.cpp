#include "ui/docks/TrendView.h"

#include "core/analysis/engine/Trend.h"
#include "core/analysis/query/EscapedText.h"
#include "core/analysis/query/QueryOptions.h"
#include "core/store/WorkspaceCatalog.h"
#include "core/util/NumberFormat.h"
#include "ui/BreakdownSource.h"
#include "ui/charts/ChartSupport.h"
#include "ui/models/TrendTableModel.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QScatterSeries>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace hc::ui {

namespace {

struct TrendOutcome {
    analysis::TrendResult result;
    TrendOverlay overlay;
    QList<store::Annotation> annotations;
    std::vector<qint64> periodDays; // local day of each period's start
};

QComboBox* comboWith(QWidget* parent, const QString& accessibleName,
                     std::initializer_list<std::pair<QString, QString>> items)
{
    auto* c = new QComboBox(parent);
    c->setAccessibleName(accessibleName);
    for (const auto& [text, data] : items)
        c->addItem(text, data);
    return c;
}

} // namespace

TrendView::TrendView(WorkbenchData& data, QWidget* parent) : AnalysisView(data, parent)
{
    setObjectName(QStringLiteral("trendView"));
    auto* controls = new QWidget(this);
    auto* row = new QHBoxLayout(controls);
    row->setContentsMargins(0, 0, 0, 0);
    m_event = new QComboBox(controls);
    m_event->setObjectName(QStringLiteral("trendEvent"));
    m_event->setAccessibleName(tr("Event"));
    m_event->setMinimumContentsLength(10);
    m_measure = comboWith(controls, tr("Measure"),
                          {{tr("Total events"), QStringLiteral("total")},
                           {tr("Unique users"), QStringLiteral("uniques")},
                           {tr("Events per user"), QStringLiteral("per_user")},
                           {tr("Sum of"), QStringLiteral("sum")},
                           {tr("Average of"), QStringLiteral("avg")},
                           {tr("Median of"), QStringLiteral("median")},
                           {tr("90th percentile of"), QStringLiteral("p90")}});
    m_measure->setObjectName(QStringLiteral("trendMeasure"));
    m_property = new QComboBox(controls);
    m_property->setObjectName(QStringLiteral("trendProperty"));
    m_property->setAccessibleName(tr("Measured property"));
    m_property->setEditable(true);
    m_interval = comboWith(controls, tr("Interval"),
                           {{tr("Hour"), QStringLiteral("hour")},
                            {tr("Day"), QStringLiteral("day")},
                            {tr("Week"), QStringLiteral("week")},
                            {tr("Month"), QStringLiteral("month")}});
    m_interval->setObjectName(QStringLiteral("trendInterval"));
    m_interval->setCurrentIndex(1);
    m_breakdown = new QComboBox(controls);
    m_breakdown->setObjectName(QStringLiteral("trendBreakdown"));
    m_breakdown->setAccessibleName(tr("Breakdown"));
    m_rolling = new QSpinBox(controls);
    m_rolling->setAccessibleName(tr("Rolling average periods"));
    m_rolling->setRange(0, 90);
    m_rolling->setSpecialValueText(tr("No rolling average"));
    m_rolling->setSuffix(tr(" periods rolling"));
    m_cumulative = new QCheckBox(tr("Cumulative"), controls);
    m_anomalies = new QCheckBox(tr("Anomalies"), controls);
    m_anomalies->setToolTip(tr("Shade the expected range and mark unusual days (daily or hourly, no breakdown)"));
    m_forecast = new QCheckBox(tr("Forecast"), controls);
    m_forecast->setToolTip(tr("Two weeks ahead with 80% and 95% bands, and how well it did on past weeks"));
    auto* annotate = new QToolButton(controls);
    annotate->setText(tr("Annotate…"));
    annotate->setToolTip(tr("Add a note on a day; it is saved in the workspace"));
    row->addWidget(m_event);
    row->addWidget(m_measure);
    row->addWidget(m_property);
    row->addWidget(labelFor(tr("by"), m_interval));
    row->addWidget(m_interval);
    row->addWidget(labelFor(tr("breakdown"), m_breakdown));
    row->addWidget(m_breakdown);
    row->addWidget(m_rolling);
    row->addWidget(m_cumulative);
    row->addWidget(m_anomalies);
    row->addWidget(m_forecast);
    row->addStretch(1);
    row->addWidget(annotate);
    setControls(controls);
    m_model = new TrendTableModel(this);
    m_chart = ChartSupport::makeView(tr("Trend"), this);
    m_chart->setObjectName(QStringLiteral("trendChart"));
    setResultWidget(m_chart);

    const auto changed = [this] {
        queryRestored();
        recompute();
    };
    m_property->setEnabled(false);
    for (QComboBox* c : {m_event, m_measure, m_interval, m_breakdown})
        connect(c, &QComboBox::activated, this, changed);
    connect(m_property, &QComboBox::currentTextChanged, this, [this] {
        if (m_property->isEnabled())
            recompute();
    });
    connect(m_rolling, &QSpinBox::valueChanged, this, &TrendView::recompute);
    connect(m_cumulative, &QCheckBox::toggled, this, &TrendView::recompute);
    connect(m_anomalies, &QCheckBox::toggled, this, &TrendView::recompute);
    connect(m_forecast, &QCheckBox::toggled, this, &TrendView::recompute);
    connect(annotate, &QToolButton::clicked, this, &TrendView::addAnnotation);
}

void TrendView::queryRestored()
{
    // Only the property measures (sum, average, median, p90) read a property.
    const QString m = m_measure->currentData().toString();
    m_property->setEnabled(m != QLatin1String("total") && m != QLatin1String("uniques")
                           && m != QLatin1String("per_user"));
}

void TrendView::showStatistics(bool anomalies, bool forecast)
{
    const QSignalBlocker a(m_anomalies), f(m_forecast);
    m_anomalies->setChecked(anomalies);
    m_forecast->setChecked(forecast);
    recompute();
}

void TrendView::showMeasure(const QString& measure, const QString& event, const QString& interval)
{
    if (!interval.isEmpty())
        m_interval->setCurrentIndex(std::max(0, m_interval->findData(interval)));
    const QString kind = measure.section(u':', 0, 0);
    m_event->setCurrentIndex(std::max(0, m_event->findData(event)));
    m_measure->setCurrentIndex(std::max(0, m_measure->findData(kind)));
    m_property->setEnabled(measure.contains(u':'));
    if (measure.contains(u':'))
        m_property->setCurrentText(measure.section(u':', 1));
    recompute();
}

void TrendView::refillPickers(const WorkbenchData::View& view)
{
    if (!pickersNeedRefill(view))
        return;
    refill(m_event, tr("Any event"), QStringLiteral("*"), sortedEventNames(view));
    refillBreakdown(m_breakdown, tr("No breakdown"), view);
    const QString property = m_property->currentText();
    m_property->clear();
    m_property->addItems(view.propertyNames);
    m_property->setCurrentText(property.isEmpty() ? QStringLiteral("revenue") : property);
}

void TrendView::startAnalysis(const WorkbenchData::View& view)
{
    refillPickers(view);
    analysis::TrendQuery q;
    const QString event = m_event->currentData().toString();
    q.event.anyEvent = event.isEmpty() || event == QLatin1String("*");
    q.event.name = q.event.anyEvent ? QString() : event;
    QString measure = m_measure->currentData().toString();
    if (m_property->isEnabled())
        measure += u':' + m_property->currentText();
    QString property;
    analysis::parseTrendMeasure(measure, q.measure, property);
    q.measureProperty = property;
    analysis::intervalFromName(m_interval->currentData().toString(), q.interval);
    q.range = view.range;
    q.breakdown = m_breakdown->currentData().toString();
    q.top = 10;
    const BreakdownSource cohorts = BreakdownSource::of(m_data);
    q.rollingPeriods = m_rolling->value() > 1 ? m_rolling->value() : 0;
    q.cumulative = m_cumulative->isChecked();
    q.compare = view.scope.compare;
    // The words of this request, kept with its result so a later redraw says what was computed.
    TrendLabels labels;
    labels.unit = m_measure->currentText()
                  + (m_property->isEnabled() ? QStringLiteral(" ") + m_property->currentText() : QString());
    // The interval as a word inside a sentence ("per day"; German capitalises it: "pro Tag").
    const QString interval = m_interval->currentData().toString();
    const QString word = interval == QLatin1String("hour")    ? tr("hour", "in a sentence")
                         : interval == QLatin1String("week")  ? tr("week", "in a sentence")
                         : interval == QLatin1String("month") ? tr("month", "in a sentence")
                                                              : tr("day", "in a sentence");
    labels.axis = tr("Period (%1)").arg(word);
    // Every event needs no "of …" (and German would have to decline "Beliebiges Ereignis").
    labels.title = q.event.anyEvent ? tr("%1 per %2", "a measure of every event").arg(m_measure->currentText(), word)
                                    : tr("%1 of %2 per %3").arg(m_measure->currentText(), m_event->currentText(), word);
    // Annotations are read from the store once per load of the events and after adding one.
    const bool readAnnotations = view.loadGeneration != m_annotationsLoadGeneration;
    const QList<store::Annotation> known = m_annotations;
    // The statistics read one plain daily or hourly series.
    const bool plain = q.breakdown.isEmpty() && !q.compare && !q.cumulative && q.rollingPeriods == 0
                       && (q.interval == analysis::Interval::Day || q.interval == analysis::Interval::Hour);
    const bool anomalies = plain && m_anomalies->isChecked(), forecast = plain && m_forecast->isChecked();
    // Periods ending after the newest event's day (of all loaded events, not only the filtered
    // ones) or after the range are still filling up.
    const qint64 newest = m_data.loadedData() ? m_data.loadedData()->lastTimeMs() : 0;
    runAnalysis([view, q, readAnnotations, known, labels, anomalies, forecast, newest, cohorts,
                 this](TaskContext& context) -> AnalysisRunner::Apply {
        auto r = cohorts.run(view, {q.breakdown}, context, [&](const dataset::Dataset& events) {
            return analysis::computeTrend(events, q, *view.calendar, context);
        });
        if (!r.ok()) {
            const QString message = r.error().message;
            return [this, message] { showMessage(message); };
        }
        TrendOutcome out;
        out.result = r.value();
        if (anomalies || forecast)
            out.overlay =
                TrendOverlay::compute(out.result, q.interval == analysis::Interval::Hour, anomalies, forecast);
        out.annotations = known;
        if (readAnnotations) {
            auto catalog = store::WorkspaceCatalog::open(view.workspacePath);
            const auto read =
                catalog.ok() ? catalog.value()->annotations() : Result<QList<store::Annotation>>(catalog.error());
            out.annotations = read.ok() ? read.value() : QList<store::Annotation>();
        }
        for (const analysis::Period& p : out.result.periods)
            out.periodDays.push_back(view.calendar->localDay(p.startMs));
        const qint64 completeUntil =
            std::min(q.range.endMs, view.calendar->dayStartMs(view.calendar->localDay(newest) + 1));
        int firstIncomplete = int(out.result.periods.size());
        while (firstIncomplete > 0 && out.result.periods[size_t(firstIncomplete - 1)].endMs > completeUntil)
            --firstIncomplete;
        const bool empty = view.isEmpty();
        const quint64 generation = view.loadGeneration;
        const Shown shown{q.event, q.breakdown, q.range, q.interval, view.calendar};
        return [this, out, empty, generation, labels, shown, firstIncomplete] {
            m_annotations = out.annotations;
            m_annotationsLoadGeneration = generation;
            if (empty) {
                showMessage(emptyRangeMessage());
                return;
            }
            QStringList names;
            for (const analysis::TrendSeries& s : out.result.series) {
                const QString name = s.kind == analysis::TrendSeries::Kind::Missing ? tr("(not set)")
                                     : s.label == QLatin1String("*")                ? tr("All events")
                                                                                    : s.label;
                names << (s.previous ? tr("%1 (previous period)").arg(name) : name);
            }
            m_periodDays = out.periodDays;
            m_firstIncomplete = firstIncomplete;
            m_shown = shown;
            m_labels = labels;
            m_overlay = out.overlay;
            m_model->setResult(out.result, names, labels.axis);
            keepResult();
        };
    });
}

void TrendView::render()
{
    QChart* chart = m_chart->chart();
    ChartSupport::clear(chart);
    const analysis::TrendResult& result = m_model->result();
    const auto& periods = result.periods;
    double maxValue = 0;
    QList<QLineSeries*> lines;
    QList<QLineSeries*> incomplete;
    // The previous period's series come after all current ones, in the same order: each takes its
    // series' colour, dashed.
    const int current = int(std::count_if(result.series.begin(), result.series.end(),
                                          [](const analysis::TrendSeries& s) { return !s.previous; }));
    for (size_t k = 0; k < result.series.size(); ++k) {
        const analysis::TrendSeries& s = result.series[k];
        auto* line = new QLineSeries();
        const QString name = m_model->seriesNames().value(int(k));
        QPen pen(ChartSupport::seriesColor(s.previous ? int(k) - current : int(k)), 2);
        if (s.previous)
            pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        line->setName(name);
        // The current series' incomplete periods continue the line dashed, thinner.
        const size_t solidEnd = s.previous ? s.values.size() : size_t(m_firstIncomplete);
        QLineSeries* tail = nullptr;
        if (solidEnd < s.values.size()) {
            tail = new QLineSeries();
            QPen dashed(pen.color(), 1.5, Qt::DotLine);
            tail->setPen(dashed);
            tail->setName(tr("%1 (incomplete)").arg(name));
        }
        for (size_t i = 0; i < s.values.size(); ++i) {
            if (!s.values[i])
                continue;
            if (i < solidEnd)
                line->append(double(i), *s.values[i]);
            if (tail && i + 1 >= solidEnd)
                tail->append(double(i), *s.values[i]);
            maxValue = std::max(maxValue, *s.values[i]);
        }
        const bool integers = result.countsAreIntegers;
        for (QLineSeries* part : {line, tail}) {
            if (!part)
                continue;
            connect(part, &QLineSeries::hovered, this, [this, name, integers](const QPointF& p, bool state) {
                if (!state) {
                    QToolTip::hideText();
                    return;
                }
                const int i = int(std::lround(p.x()));
                const auto& periods = m_model->result().periods;
                if (i < 0 || i >= int(periods.size()))
                    return;
                const QString value = integers ? NumberFormat::count(p.y()) : NumberFormat::decimal(p.y());
                QString text =
                    QStringLiteral("%1\n%2: %3").arg(name, ChartSupport::periodLabel(periods[size_t(i)].label), value);
                if (i >= m_firstIncomplete)
                    text += tr("\nIncomplete: data for this period is still arriving");
                QToolTip::showText(QCursor::pos(), text + tr("\nClick to see these users"));
            });
            if (!s.previous)
                connect(part, &QLineSeries::clicked, this,
                        [this, k](const QPointF& p) { showPointUsers(int(k), int(std::lround(p.x()))); });
        }
        chart->addSeries(line);
        lines.append(line);
        if (tail) {
            tail->setObjectName(QStringLiteral("incompleteTail"));
            chart->addSeries(tail);
            incomplete.append(tail);
        }
    }
    const int extra = m_overlay.draw(
        chart, lines.isEmpty() ? palette().color(QPalette::Highlight) : lines.front()->color(), maxValue);
    // Annotations inside the plotted periods, as labelled markers along the top; a click edits
    // or deletes one.
    auto* notes = new QScatterSeries();
    notes->setName(tr("Annotations"));
    notes->setMarkerSize(9);
    qDeleteAll(m_noteLabels);
    m_noteLabels.clear();
    QList<int> noteIndexes; // per marker, its annotation in m_annotations
    for (int a = 0; a < m_annotations.size(); ++a) {
        const qint64 day = analysis::ReportingCalendar::dayNumber(m_annotations[a].date);
        for (size_t i = 0; i < m_periodDays.size(); ++i) {
            const qint64 next = i + 1 < m_periodDays.size() ? m_periodDays[i + 1] : std::numeric_limits<qint64>::max();
            if (day >= m_periodDays[i] && day < next) {
                notes->append(double(i), maxValue * 1.04);
                noteIndexes.append(a);
                // The note's text beside its marker, placed once the plot area is known.
                auto* label = new QGraphicsSimpleTextItem(
                    QFontMetrics(font()).elidedText(m_annotations[a].text, Qt::ElideRight, 160), chart);
                label->setBrush(palette().color(QPalette::Text));
                label->setToolTip(m_annotations[a].text);
                m_noteLabels.append(label);
            }
        }
    }
    if (notes->count() > 0) {
        chart->addSeries(notes);
        const auto place = [this, chart, notes] {
            for (int i = 0; i < m_noteLabels.size() && i < notes->count(); ++i) {
                const QPointF at = chart->mapToPosition(notes->at(i), notes);
                m_noteLabels[i]->setPos(at + QPointF(7, -QFontMetrics(font()).height() / 2.0 - 6));
            }
        };
        connect(chart, &QChart::plotAreaChanged, notes, place);
        QTimer::singleShot(0, notes, place);
        const auto indexAt = [notes, noteIndexes](const QPointF& p) {
            for (int i = 0; i < notes->count(); ++i)
                if (notes->at(i) == p)
                    return noteIndexes.value(i, -1);
            return -1;
        };
        connect(notes, &QScatterSeries::hovered, this, [this, indexAt](const QPointF& p, bool state) {
            const int a = indexAt(p);
            if (state && a >= 0)
                QToolTip::showText(
                    QCursor::pos(),
                    tr("%1: %2\nClick to edit or delete")
                        .arg(QLocale().toString(m_annotations[a].date, QLocale::ShortFormat), m_annotations[a].text));
        });
        connect(notes, &QScatterSeries::clicked, this, [this, indexAt](const QPointF& p) {
            const int a = indexAt(p);
            if (a < 0)
                return;
            QMenu menu(this);
            QAction* edit = menu.addAction(tr("Edit Note…"));
            QAction* remove = menu.addAction(tr("Delete Note"));
            QAction* chosen = menu.exec(QCursor::pos());
            if (chosen == edit) {
                bool ok = false;
                const QString text = QInputDialog::getText(this, tr("Edit Note"), tr("Note:"), QLineEdit::Normal,
                                                           m_annotations[a].text, &ok);
                if (ok && !text.trimmed().isEmpty())
                    changeAnnotation(a, text.trimmed());
            } else if (chosen == remove) {
                changeAnnotation(a, QString());
            }
        });
    } else {
        delete notes;
    }
    auto* x = new QCategoryAxis();
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int step = std::max(1, int(periods.size() + 7) / 8);
    for (int i = 0; i < int(periods.size()); i += step)
        x->append(ChartSupport::periodLabel(periods[size_t(i)].label), i);
    if (extra > 0 && m_overlay.forecast)
        x->append(ChartSupport::periodLabel(m_overlay.forecast->points.back().t), double(periods.size()) - 1 + extra);
    x->setRange(0, std::max(1.0, double(periods.size()) - 1 + extra));
    x->setTitleText(m_labels.axis);
    x->setLabelsColor(palette().color(QPalette::Text));
    x->setTitleBrush(palette().color(QPalette::Text));
    auto* y = ChartSupport::valueAxis(m_labels.unit, maxValue * 1.1, result.countsAreIntegers);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->setTitle(m_labels.title + m_overlay.titleSuffix());
    chart->legend()->setVisible(chart->series().size() - incomplete.size() > 1);
    for (QLineSeries* tail : incomplete) // one legend entry per series; the axis title says why
        for (QLegendMarker* marker : chart->legend()->markers(tail))
            marker->setVisible(false);
    if (!incomplete.isEmpty())
        x->setTitleText(m_labels.axis + tr(" · dotted: incomplete, data still arriving"));
    showResult();
}

bool TrendView::showPointUsers(int series, int period, QString* whyNot)
{
    const analysis::TrendResult& result = m_model->result();
    const auto fail = [whyNot](const QString& message) {
        if (whyNot)
            *whyNot = message;
        return false;
    };
    if (series < 0 || series >= int(result.series.size()) || period < 0 || period >= int(result.periods.size())
        || !m_shown.calendar)
        return fail(tr("There is no such point."));
    const analysis::TrendSeries& s = result.series[size_t(series)];
    if (s.previous)
        return fail(tr("Points of the previous period are for comparison; pick one of the current period."));
    // The period as far as it lies in the range: only those events were counted.
    const analysis::Period& p = result.periods[size_t(period)];
    const qint64 start = std::max(p.startMs, m_shown.range.startMs), end = std::min(p.endMs, m_shown.range.endMs);
    DrillDown drill{{}, {}, true, analysis::TimeRange{}};
    analysis::CohortDefinition& rule = drill.rule;
    rule.event = analysis::QueryOptions::escapedEvent(m_shown.event);
    if (m_shown.interval == analysis::Interval::Hour) {
        const auto instant = [](qint64 ms) {
            return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate);
        };
        rule.from = instant(start);
        rule.to = instant(end - 1000);
    } else {
        const auto day = [this](qint64 ms) {
            return analysis::ReportingCalendar::dateOfDay(m_shown.calendar->localDay(ms)).toString(Qt::ISODate);
        };
        rule.from = day(start);
        rule.to = day(end - 1);
    }
    QString which;
    switch (s.kind) {
    case analysis::TrendSeries::Kind::Total:
        break;
    case analysis::TrendSeries::Kind::Value:
    case analysis::TrendSeries::Kind::Missing:
        drill.requireValue(m_shown.breakdown, s.kind == analysis::TrendSeries::Kind::Missing ? QString() : s.label);
        which = QStringLiteral(" · ") + m_model->seriesNames().value(series);
        break;
    case analysis::TrendSeries::Kind::Other: // set, and none of the values drawn on their own
        rule.where.append(analysis::escapedProperty(m_shown.breakdown) + u'?');
        for (const analysis::TrendSeries& other : result.series)
            if (other.kind == analysis::TrendSeries::Kind::Value && !other.previous)
                rule.where.append(analysis::escapedProperty(m_shown.breakdown) + QStringLiteral("!=")
                                  + analysis::escapedValue(other.label));
        which = QStringLiteral(" · ") + m_model->seriesNames().value(series);
        break;
    }
    const QString event = m_shown.event.anyEvent ? tr("any event") : m_shown.event.name;
    drill.description = tr("did %1 in %2%3").arg(event, ChartSupport::periodLabel(p.label), which);
    drill.period->startMs = start;
    drill.period->endMs = end;
    m_data.requestDrillDown(drill);
    return true;
}

QStringList TrendView::periodLabels() const
{
    QStringList labels;
    for (const auto& p : m_model->result().periods)
        labels.append(p.label);
    return labels;
}

QList<QPair<QString, QList<double>>> TrendView::plottedSeries() const
{
    QList<QPair<QString, QList<double>>> out;
    qreal lastX = 0;
    for (QAbstractSeries* s : m_chart->chart()->series()) {
        auto* line = qobject_cast<QLineSeries*>(s);
        if (!line || qobject_cast<QScatterSeries*>(s))
            continue;
        const bool tail = line->objectName() == QLatin1String("incompleteTail");
        if (!tail)
            out.append({line->name(), {}});
        // An incomplete tail continues the line before it (it repeats that line's last point).
        for (const QPointF& p : line->points())
            if (!tail || out.last().second.isEmpty() || p.x() > lastX) {
                out.last().second.append(p.y());
                lastX = p.x();
            }
    }
    return out;
}

void TrendView::addAnnotation()
{
    if (!m_data.hasView())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add Annotation"));
    auto* form = new QFormLayout(&dialog);
    auto* date = new QDateEdit(m_data.view().scope.to, &dialog);
    date->setCalendarPopup(true);
    auto* text = new QLineEdit(&dialog);
    text->setPlaceholderText(tr("What happened that day"));
    form->addRow(tr("Day:"), date);
    form->addRow(tr("Note:"), text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || text->text().trimmed().isEmpty())
        return;
    const store::Annotation a{date->date(), text->text().trimmed()};
    writeToWorkspace([a](store::WorkspaceCatalog& catalog) { return catalog.addAnnotation(a).ok(); },
                     [this] { m_annotationsLoadGeneration = 0; }); // read them again
}

bool TrendView::changeAnnotation(int index, const QString& text)
{
    if (index < 0 || index >= m_annotations.size() || !m_data.hasView())
        return false;
    const store::Annotation old = m_annotations[index];
    const std::optional<store::Annotation> replacement =
        text.isEmpty() ? std::nullopt : std::optional<store::Annotation>(store::Annotation{old.date, text});
    writeToWorkspace([old, replacement](
                         store::WorkspaceCatalog& catalog) { return catalog.replaceAnnotation(old, replacement).ok(); },
                     [this] { m_annotationsLoadGeneration = 0; }); // read them again
    return true;
}

} // namespace hc::ui
