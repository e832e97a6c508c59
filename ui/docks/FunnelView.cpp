#include "ui/docks/FunnelView.h"

#include "core/analysis/AnalysisSnapshot.h"
#include "core/analysis/cohort/CohortMembership.h"
#include "core/analysis/query/EscapedText.h"
#include "core/analysis/query/FunnelOptions.h"
#include "core/util/NumberFormat.h"
#include "ui/BreakdownSource.h"
#include "ui/ViewQuery.h"
#include "ui/charts/ChartSupport.h"
#include "ui/models/FunnelStepsModel.h"
#include "ui/widgets/TableSorting.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QMessageBox>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTableView>
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>

namespace hc::ui {

namespace {

// Breakdown values drawn as bars; more would be unreadable.
constexpr size_t kBreakdownBars = 6;

// Time-to-convert bins: upper bounds in seconds (the last bin is open).
// Labels of the engine's time-to-convert buckets (analysis::ConversionTimeBucket), in order.
const char* const kTimeToConvertLabels[] = {
    QT_TRANSLATE_NOOP("hc::ui::FunnelView", "< 1 min"),  QT_TRANSLATE_NOOP("hc::ui::FunnelView", "1–5 min"),
    QT_TRANSLATE_NOOP("hc::ui::FunnelView", "5–15 min"), QT_TRANSLATE_NOOP("hc::ui::FunnelView", "15–60 min"),
    QT_TRANSLATE_NOOP("hc::ui::FunnelView", "1–6 h"),    QT_TRANSLATE_NOOP("hc::ui::FunnelView", "6–24 h"),
    QT_TRANSLATE_NOOP("hc::ui::FunnelView", "1–3 days"), QT_TRANSLATE_NOOP("hc::ui::FunnelView", "3–7 days"),
    QT_TRANSLATE_NOOP("hc::ui::FunnelView", "> 7 days")};

QBarCategoryAxis* categoryAxis(const QStringList& labels, const QString& title, const QPalette& p)
{
    auto* x = new QBarCategoryAxis();
    x->append(labels);
    x->setTitleText(title);
    x->setTruncateLabels(false); // labels break onto a second line instead (<br>: they are rich text)
    x->setLabelsColor(p.color(QPalette::Text));
    x->setTitleBrush(p.color(QPalette::Text));
    return x;
}

} // namespace

FunnelView::FunnelView(WorkbenchData& data, QWidget* parent) : AnalysisView(data, parent)
{
    setObjectName(QStringLiteral("funnelView"));
    auto* controls = new QWidget(this);
    auto* grid = new QGridLayout(controls);
    grid->setContentsMargins(0, 0, 0, 0);
    m_steps = new QListWidget(controls);
    m_steps->setObjectName(QStringLiteral("funnelSteps"));
    m_steps->setAccessibleName(tr("Funnel steps"));
    m_steps->setFlow(QListView::LeftToRight);
    m_steps->setMaximumHeight(38);
    m_steps->setDragDropMode(QAbstractItemView::InternalMove);
    m_newStep = new QComboBox(controls);
    m_newStep->setObjectName(QStringLiteral("funnelNewStep"));
    m_newStep->setProperty(ViewQuery::kNotInQuery, true);
    m_newStep->setAccessibleName(tr("Event to add as a step"));
    auto* add = new QToolButton(controls);
    add->setText(tr("Add step"));
    add->setObjectName(QStringLiteral("funnelAddStep"));
    auto* remove = new QToolButton(controls);
    remove->setText(tr("Remove"));
    auto* left = new QToolButton(controls);
    left->setText(tr("◀"));
    left->setAccessibleName(tr("Move step earlier"));
    auto* right = new QToolButton(controls);
    right->setText(tr("▶"));
    right->setAccessibleName(tr("Move step later"));
    m_window = new QSpinBox(controls);
    m_window->setRange(1, int(analysis::FunnelQuery::kMaxWindowMs / 86400000));
    m_window->setValue(7);
    m_window->setAccessibleName(tr("Conversion window"));
    m_windowUnit = new QComboBox(controls);
    m_windowUnit->setAccessibleName(tr("Window unit"));
    m_windowUnit->addItem(tr("minutes"), 60000);
    m_windowUnit->addItem(tr("hours"), 3600000);
    m_windowUnit->addItem(tr("days"), 86400000);
    m_windowUnit->setCurrentIndex(2);
    m_order = new QComboBox(controls);
    m_order->setAccessibleName(tr("Step order"));
    m_order->addItem(tr("In order"), int(analysis::FunnelOrder::Ordered));
    m_order->addItem(tr("Strict order"), int(analysis::FunnelOrder::Strict));
    m_order->addItem(tr("Any order"), int(analysis::FunnelOrder::Unordered));
    m_exclusion = new QComboBox(controls);
    m_exclusion->setAccessibleName(tr("Exclusion step"));
    m_hold = new QComboBox(controls);
    m_hold->setAccessibleName(tr("Hold property constant"));
    m_breakdown = new QComboBox(controls);
    m_breakdown->setAccessibleName(tr("Breakdown"));
    // What else the engine does, in the funnel command's words: counting, attempts, which
    // step's value a breakdown takes, conditions on steps and more exclusions.
    m_counting = new QComboBox(controls);
    m_counting->setObjectName(QStringLiteral("funnelCounting"));
    m_counting->setAccessibleName(tr("Count"));
    m_counting->addItem(tr("Unique users"), QStringLiteral("uniques"));
    m_counting->addItem(tr("Total conversions"), QStringLiteral("totals"));
    m_attempts = new QComboBox(controls);
    m_attempts->setObjectName(QStringLiteral("funnelAttempts"));
    m_attempts->setAccessibleName(tr("Attempt counted"));
    m_attempts->addItem(tr("Best attempt"), QStringLiteral("best"));
    m_attempts->addItem(tr("First attempt"), QStringLiteral("first"));
    m_attribution = new QComboBox(controls);
    m_attribution->setObjectName(QStringLiteral("funnelAttribution"));
    m_attribution->setAccessibleName(tr("Breakdown value from"));
    m_attribution->setToolTip(tr("Which event's value of the breakdown property a user's attempt is counted under"));
    m_attribution->addItem(tr("Value at step 1"), QStringLiteral("step1"));
    m_attribution->addItem(tr("First touch"), QStringLiteral("first_touch"));
    m_attribution->addItem(tr("Last touch"), QStringLiteral("last_touch"));
    m_attribution->addItem(tr("Every value seen"), QStringLiteral("all_events"));
    m_stepWhere = new QLineEdit(controls);
    m_stepWhere->setObjectName(QStringLiteral("funnelStepWhere"));
    m_stepWhere->setAccessibleName(tr("Step conditions"));
    m_stepWhere->setPlaceholderText(tr("Step conditions: 2:plan=pro; 3:country=DE"));
    m_stepWhere->setToolTip(tr("N:CONDITION holds only on step N; several separated by ';'. Press Enter to apply."));
    m_moreExclusions = new QLineEdit(controls);
    m_moreExclusions->setObjectName(QStringLiteral("funnelExclusions"));
    m_moreExclusions->setAccessibleName(tr("More exclusions"));
    m_moreExclusions->setPlaceholderText(tr("More exclusions: logout:1:3; cancel:2:3"));
    m_moreExclusions->setToolTip(tr(
        "EVENT:A:B drops attempts with EVENT between steps A and B; several separated by ';'. Press Enter to apply."));
    grid->addWidget(labelFor(tr("Steps:"), m_steps), 0, 0);
    grid->addWidget(m_steps, 0, 1, 1, 6);
    grid->addWidget(m_newStep, 0, 7);
    grid->addWidget(add, 0, 8);
    grid->addWidget(remove, 0, 9);
    grid->addWidget(left, 0, 10);
    grid->addWidget(right, 0, 11);
    grid->addWidget(labelFor(tr("Within"), m_window), 1, 0);
    grid->addWidget(m_window, 1, 1);
    grid->addWidget(m_windowUnit, 1, 2);
    grid->addWidget(m_order, 1, 3);
    grid->addWidget(labelFor(tr("Exclude"), m_exclusion), 1, 4);
    grid->addWidget(m_exclusion, 1, 5);
    grid->addWidget(labelFor(tr("Hold"), m_hold), 1, 6);
    grid->addWidget(m_hold, 1, 7);
    grid->addWidget(labelFor(tr("Breakdown"), m_breakdown), 1, 8);
    grid->addWidget(m_breakdown, 1, 9, 1, 3);
    grid->addWidget(labelFor(tr("Count"), m_counting), 2, 0);
    grid->addWidget(m_counting, 2, 1, 1, 2);
    grid->addWidget(m_attempts, 2, 3);
    grid->addWidget(m_stepWhere, 2, 4, 1, 3);
    grid->addWidget(m_moreExclusions, 2, 7, 1, 2);
    grid->addWidget(labelFor(tr("from"), m_attribution), 2, 9);
    grid->addWidget(m_attribution, 2, 10, 1, 2);
    setControls(controls);

    m_bars = ChartSupport::makeView(tr("Conversion by step"), this);
    m_bars->setObjectName(QStringLiteral("funnelBars"));
    m_histogram = ChartSupport::makeView(tr("Time to convert (last step)"), this);
    m_histogram->setObjectName(QStringLiteral("funnelHistogram"));
    m_overTime = ChartSupport::makeView(tr("Conversion over time (by entry day)"), this);
    m_overTime->setObjectName(QStringLiteral("funnelOverTime"));
    m_model = new FunnelStepsModel(
        {tr("Step"), tr("Users"), tr("From start"), tr("From previous"), tr("Drop-off"), tr("Median time")}, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("funnelTable"));
    m_table->setAccessibleName(tr("Funnel steps table"));
    TableSorting::enable(m_table, m_model);
    // Numbers and headers take the room they need; the step name takes the rest.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Drill-down: the users of a step, kept as a cohort (the table's context menu, above Copy).
    auto* reached = new QAction(tr("Save users who reached this step as a cohort…"), m_table);
    reached->setObjectName(QStringLiteral("saveReachedCohort"));
    connect(reached, &QAction::triggered, this, [this] { askToSaveCohort(false); });
    auto* dropped = new QAction(tr("Save users who dropped off at this step as a cohort…"), m_table);
    dropped->setObjectName(QStringLiteral("saveDroppedCohort"));
    connect(dropped, &QAction::triggered, this, [this] { askToSaveCohort(true); });
    auto* showReached = new QAction(tr("Show the events of users who reached this step"), m_table);
    showReached->setObjectName(QStringLiteral("showReachedUsers"));
    connect(showReached, &QAction::triggered, this, [this] { askToShowUsers(false); });
    auto* showDropped = new QAction(tr("Show the events of users who dropped off at this step"), m_table);
    showDropped->setObjectName(QStringLiteral("showDroppedUsers"));
    connect(showDropped, &QAction::triggered, this, [this] { askToShowUsers(true); });
    m_table->addActions({showReached, showDropped, reached, dropped});
    auto* results = new QSplitter(Qt::Vertical, this);
    auto* top = new QSplitter(Qt::Horizontal, results);
    top->addWidget(m_bars);
    top->addWidget(m_table);
    auto* bottom = new QSplitter(Qt::Horizontal, results);
    bottom->addWidget(m_histogram);
    bottom->addWidget(m_overTime);
    top->setSizes({520, 480});
    results->addWidget(top);
    results->addWidget(bottom);
    setResultWidget(results);
    // Tab reads the results as laid out: the bars and their table, then the two charts below.
    setTabOrder(m_bars, m_table);
    setTabOrder(m_table, m_histogram);
    setTabOrder(m_histogram, m_overTime);

    connect(add, &QToolButton::clicked, this, &FunnelView::addStep);
    connect(remove, &QToolButton::clicked, this, [this] {
        delete m_steps->takeItem(m_steps->currentRow());
        recompute();
    });
    connect(left, &QToolButton::clicked, this, [this] { moveStep(-1); });
    connect(right, &QToolButton::clicked, this, [this] { moveStep(1); });
    connect(m_steps->model(), &QAbstractItemModel::rowsMoved, this, &FunnelView::recompute);
    connect(m_window, &QSpinBox::valueChanged, this, &FunnelView::recompute);
    // The window's bounds are the funnel query's own (1 s to 366 days), in the unit shown.
    connect(m_windowUnit, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 unit = m_windowUnit->currentData().toLongLong();
        m_window->setMaximum(int(std::min<qint64>(analysis::FunnelQuery::kMaxWindowMs / unit, 999999)));
    });
    for (QComboBox* c :
         {m_windowUnit, m_order, m_exclusion, m_hold, m_breakdown, m_counting, m_attempts, m_attribution})
        connect(c, &QComboBox::activated, this, &FunnelView::recompute);
    for (QLineEdit* e : {m_stepWhere, m_moreExclusions})
        connect(e, &QLineEdit::editingFinished, this, &FunnelView::recompute);
}

void FunnelView::setSteps(const QStringList& events)
{
    m_steps->clear();
    m_steps->addItems(events);
    recompute();
}

QStringList FunnelView::steps() const
{
    QStringList out;
    for (int i = 0; i < m_steps->count(); ++i)
        out.append(m_steps->item(i)->text());
    return out;
}

void FunnelView::setWindowDays(int days)
{
    m_windowUnit->setCurrentIndex(2);
    m_window->setValue(days);
}

void FunnelView::setBreakdown(const QString& property)
{
    m_breakdown->setCurrentIndex(std::max(0, m_breakdown->findData(property)));
    recompute();
}

void FunnelView::addStep()
{
    if (m_newStep->currentText().isEmpty())
        return;
    m_steps->addItem(m_newStep->currentText());
    recompute();
}

void FunnelView::moveStep(int delta)
{
    const int row = m_steps->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_steps->count())
        return;
    QListWidgetItem* item = m_steps->takeItem(row);
    m_steps->insertItem(to, item);
    m_steps->setCurrentRow(to);
    recompute();
}

void FunnelView::refillPickers(const WorkbenchData::View& view)
{
    if (!pickersNeedRefill(view))
        return;
    const QStringList names = sortedEventNames(view);
    refill(m_newStep, QString(), QString(), names);
    refill(m_exclusion, tr("No exclusion"), QString(), names);
    refill(m_hold, tr("Nothing held"), QString(), view.propertyNames);
    refillBreakdown(m_breakdown, tr("No breakdown"), view);
    // It spans three narrow grid columns, which the grid would share out below its natural width.
    m_breakdown->setMinimumWidth(m_breakdown->sizeHint().width());
    // A first funnel to look at: the three most frequent events is rarely meaningful, so start
    // from the demo's onboarding when it is there, else the first two names.
    if (m_steps->count() == 0) {
        const QStringList onboarding = {QStringLiteral("signup"), QStringLiteral("create_project"),
                                        QStringLiteral("invite_teammate")};
        bool hasOnboarding = true;
        for (const QString& s : onboarding)
            hasOnboarding = hasOnboarding && names.contains(s);
        m_steps->addItems(hasOnboarding ? onboarding : names.mid(0, 2));
    }
}

void FunnelView::startAnalysis(const WorkbenchData::View& view)
{
    refillPickers(view);
    // The editor speaks the funnel's option vocabulary, so its bounds and checks are the CLI's.
    analysis::QueryOptions options;
    QStringList stepNames;
    for (const QString& s : steps())
        stepNames << analysis::QueryOptions::escapedEvent(analysis::EventSpec{false, s, {}, {}});
    if (stepNames.size() < 2) {
        showMessage(tr("Add at least two steps to see a funnel."));
        return;
    }
    options.set(QStringLiteral("steps"), stepNames.join(u','));
    options.set(QStringLiteral("window"), analysis::FunnelOptions::durationText(
                                              qint64(m_window->value()) * m_windowUnit->currentData().toLongLong()));
    options.set(QStringLiteral("order"),
                analysis::FunnelOptions::orderName(analysis::FunnelOrder(m_order->currentData().toInt())));
    if (!m_exclusion->currentData().toString().isEmpty())
        options.set(QStringLiteral("exclude"),
                    QStringLiteral("%1:1:%2")
                        .arg(analysis::QueryOptions::escapedEvent(
                            analysis::EventSpec{false, m_exclusion->currentData().toString(), {}, {}}))
                        .arg(stepNames.size()));
    if (!m_hold->currentData().toString().isEmpty())
        options.set(QStringLiteral("hold"), m_hold->currentData().toString());
    options.set(QStringLiteral("count"), m_counting->currentData().toString());
    options.set(QStringLiteral("attempts"), m_attempts->currentData().toString());
    // Which value a user counts under only means something with a breakdown.
    m_attribution->setEnabled(!m_breakdown->currentData().toString().isEmpty());
    if (m_attribution->isEnabled())
        options.set(QStringLiteral("attribution"), m_attribution->currentData().toString());
    // Several of each, separated by ';' (a backslash escapes one inside a condition).
    for (const auto& [edit, option] : {std::pair{m_stepWhere, "step-where"}, std::pair{m_moreExclusions, "exclude"}})
        for (const QString& part : analysis::splitEscaped(edit->text(), u';'))
            if (!part.trimmed().isEmpty())
                options.add(QString::fromLatin1(option), part.trimmed());
    if (!m_breakdown->currentData().toString().isEmpty())
        options.set(QStringLiteral("breakdown"), m_breakdown->currentData().toString());
    m_shownOptions = options;
    m_shownOptions.remove(QStringLiteral("breakdown"));
    m_shownScope = view.scope;
    // Conversion by entry day is a rate of users: drawn when counting users.
    if (m_counting->currentData().toString() == QLatin1String("uniques"))
        options.set(QStringLiteral("over-time"), QStringLiteral("day"));
    auto parsed = analysis::FunnelOptions::parse(options);
    if (!parsed.ok()) {
        showMessage(parsed.error().message);
        return;
    }
    analysis::FunnelQuery q = parsed.value();
    q.range = view.range;
    // Entry days whose window reaches past the newest event's day (of all loaded events) may
    // still convert.
    const qint64 newest = m_data.loadedData() ? m_data.loadedData()->lastTimeMs() : 0;
    const qint64 observedUntil = view.calendar->dayStartMs(view.calendar->localDay(newest) + 1);
    const BreakdownSource cohorts = BreakdownSource::of(m_data);
    runAnalysis([view, q, observedUntil, cohorts, this](TaskContext& context) -> AnalysisRunner::Apply {
        auto r = cohorts.run(view, {q.breakdown}, context, [&](const dataset::Dataset& events) {
            return analysis::computeFunnel(events, q, *view.calendar, context);
        });
        if (!r.ok()) {
            const QString message = r.error().message;
            return [this, message] { showMessage(message); };
        }
        const analysis::FunnelResult result = r.value();
        int firstOpen = int(result.overTime.size());
        while (firstOpen > 0 && result.overTime[size_t(firstOpen - 1)].period.endMs + q.windowMs > observedUntil)
            --firstOpen;
        return [this, result, firstOpen] {
            m_firstOpenDay = firstOpen;
            m_model->setResult(result);
            keepResult();
        };
    });
}

int FunnelView::selectedStep() const
{
    return TableSorting::sourceRow(m_table, m_table->currentIndex()) + 1; // 0: none
}

void FunnelView::askToShowUsers(bool dropped)
{
    const int step = selectedStep();
    QString whyNot;
    if (!showStepUsers(step, dropped, &whyNot))
        QMessageBox::information(this, tr("Show users"), whyNot);
}

void FunnelView::askToSaveCohort(bool dropped)
{
    const int step = selectedStep();
    if (step < (dropped ? 2 : 1)) {
        QMessageBox::information(this, tr("Save as cohort"),
                                 dropped ? tr("Pick a step after the first: nobody drops off before entering.")
                                         : tr("Pick a step in the table first."));
        return;
    }
    const QString stepName = m_model->result().steps[size_t(step - 1)].event;
    const QString suggested = dropped ? tr("Dropped off at %1").arg(stepName) : tr("Reached %1").arg(stepName);
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save as cohort"), tr("Cohort name:"), QLineEdit::Normal, suggested, &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    QString whyNot;
    if (!saveStepAsCohort(step, dropped, name, &whyNot))
        QMessageBox::warning(this, tr("Save as cohort"), whyNot);
}

bool FunnelView::saveStepAsCohort(int step, bool dropped, const QString& name, QString* whyNot)
{
    auto rule = stepRule(step, dropped, whyNot);
    if (!rule)
        return false;
    rule->name = name;
    m_data.saveCohort(*rule);
    return true;
}

bool FunnelView::showStepUsers(int step, bool dropped, QString* whyNot)
{
    const auto rule = stepRule(step, dropped, whyNot);
    if (!rule)
        return false;
    const QString event = m_model->result().steps[size_t(step - 1)].event;
    m_data.requestDrillDown(DrillDown{*rule,
                                      dropped ? tr("dropped off at step %1 (%2) of the funnel").arg(step).arg(event)
                                              : tr("reached step %1 (%2) of the funnel").arg(step).arg(event),
                                      false, std::nullopt});
    return true;
}

std::optional<analysis::CohortDefinition> FunnelView::stepRule(int step, bool dropped, QString* whyNot) const
{
    const auto fail = [whyNot](const QString& message) {
        if (whyNot)
            *whyNot = message;
        return std::optional<analysis::CohortDefinition>();
    };
    if (step < (dropped ? 2 : 1) || step > int(m_model->result().steps.size()))
        return fail(tr("The funnel has no such step."));
    if (!m_shownOptions.isSet(QStringLiteral("steps")))
        return fail(tr("The funnel has not been computed yet."));
    auto conditions = analysis::AnalysisSnapshotBuilder::parseFilterText(m_shownScope.filter);
    if (!conditions.ok())
        return fail(conditions.error().message);
    analysis::CohortDefinition cohort;
    cohort.kind = analysis::CohortDefinition::Kind::FunnelStep;
    cohort.funnel = m_shownOptions;
    // The filter bar holds on every event of the funnel, as the funnel's own conditions.
    for (const analysis::Condition& c : conditions.value()) {
        if (analysis::isCohortCondition(c))
            return fail(tr("The filter names a cohort; clear it to save this step's users as a cohort of their own."));
        cohort.funnel.add(m_shownScope.filterAny ? QStringLiteral("where-any") : QStringLiteral("where"), c.text);
    }
    cohort.from = m_shownScope.from.toString(Qt::ISODate);
    cohort.to = m_shownScope.to.toString(Qt::ISODate);
    cohort.step = step;
    cohort.dropped = dropped;
    return cohort;
}

QAbstractBarSeries* FunnelView::dropOffBars(const std::vector<analysis::FunnelStep>& steps)
{
    // Each step's bar: who reached it, and stacked on top who reached the step before and
    // dropped off here. Hover says how many; a click shows those users in the Events explorer.
    auto* series = new QStackedBarSeries();
    auto* reached = new QBarSet(tr("Users"));
    auto* dropped = new QBarSet(tr("Dropped off"));
    for (size_t i = 0; i < steps.size(); ++i) {
        *reached << double(steps[i].count);
        *dropped << double(i == 0 ? 0 : steps[i - 1].count - steps[i].count);
    }
    series->append(reached);
    series->append(dropped);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    connect(series, &QStackedBarSeries::hovered, this, [this, dropped](bool on, int index, QBarSet* set) {
        const auto& s = m_model->result().steps;
        if (!on || index < 0 || index >= int(s.size())) {
            QToolTip::hideText();
            return;
        }
        const auto& step = s[size_t(index)];
        const QString count = NumberFormat::count(
            double(set == dropped && index > 0 ? s[size_t(index - 1)].count - step.count : step.count));
        QToolTip::showText(QCursor::pos(),
                           set == dropped
                               ? tr("%1 users did step %2 and not %3 (%4 drop-off)\nClick to see their events")
                                     .arg(count)
                                     .arg(index)
                                     .arg(index + 1)
                                     .arg(NumberFormat::percent(1 - step.conversionFromPrevious))
                               : tr("%1 users reached step %2, %3 (%4 of those who started)\nClick to see "
                                    "their events")
                                     .arg(count)
                                     .arg(index + 1)
                                     .arg(step.event, NumberFormat::percent(step.conversionFromStart)));
    });
    connect(series, &QStackedBarSeries::clicked, this, [this, dropped](int index, QBarSet* set) {
        if (set != dropped || index > 0)
            showStepUsers(index + 1, set == dropped);
    });
    return series;
}

QList<qint64> FunnelView::stepCounts() const
{
    QList<qint64> counts;
    for (const auto& s : m_model->result().steps)
        counts.append(s.count);
    return counts;
}

void FunnelView::render()
{
    const analysis::FunnelResult& result = m_model->result();
    const auto& steps = result.steps;
    if (steps.empty() || steps.front().count == 0) {
        showMessage(tr("Nobody did the first step in this range — widen the range or pick another first step."));
        return;
    }
    // Bars: one set per step count, labelled with conversion from the start.
    QChart* bars = m_bars->chart();
    ChartSupport::clear(bars);
    QStringList labels;
    for (size_t i = 0; i < steps.size(); ++i)
        labels.append(QStringLiteral("%1. %2<br>%3")
                          .arg(i + 1)
                          .arg(steps[i].event.toHtmlEscaped(), NumberFormat::percent(steps[i].conversionFromStart)));
    QAbstractBarSeries* series = nullptr;
    if (result.breakdown.empty()) {
        series = dropOffBars(steps);
    } else {
        series = new QBarSeries();
        // One bar per breakdown value and step, for the largest values (the table below
        // the chart keeps the totals).
        for (size_t r = 0; r < result.breakdown.size() && r < kBreakdownBars; ++r) {
            const auto& row = result.breakdown[r];
            auto* set = new QBarSet(row.value.isEmpty() ? tr("(not set)") : row.value);
            for (qint64 c : row.counts)
                *set << double(c);
            series->append(set);
        }
    }
    bars->addSeries(series);
    ChartSupport::colorBars(bars);
    if (result.breakdown.empty()) { // the drop-off: the converted bar's colour, hatched
        QBarSet* dropped = series->barSets().value(1);
        dropped->setBrush(QBrush(ChartSupport::seriesColor(0), Qt::BDiagPattern));
        dropped->setBorderColor(ChartSupport::seriesColor(0));
        dropped->setLabelColor(Qt::transparent);
    }
    auto* x = categoryAxis(labels, tr("Step (conversion from start)"), palette());
    auto* y = ChartSupport::valueAxis(tr("Users"), double(steps.front().count), true);
    bars->addAxis(x, Qt::AlignBottom);
    bars->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    bars->legend()->setVisible(true);

    // Histogram of the last step's times from the previous step.
    QChart* hist = m_histogram->chart();
    ChartSupport::clear(hist);
    auto* hs = new QBarSeries();
    auto* hset = new QBarSet(tr("Conversions"));
    QStringList binLabels;
    double maxBin = 0;
    const auto& buckets = steps.back().timeToConvert;
    for (size_t b = 0; b < std::size(kTimeToConvertLabels); ++b) {
        const double count = b < buckets.size() ? double(buckets[b].count) : 0.0;
        *hset << count;
        maxBin = std::max(maxBin, count);
        QString label = tr(kTimeToConvertLabels[b]).toHtmlEscaped(); // two lines: "1–5" over "min"
        if (const qsizetype space = label.lastIndexOf(u' '); space > 0)
            label.replace(space, 1, QStringLiteral("<br>"));
        binLabels.append(label);
    }
    hs->append(hset);
    hist->addSeries(hs);
    auto* hx =
        categoryAxis(binLabels, tr("Time from step %1 to step %2").arg(steps.size() - 1).arg(steps.size()), palette());
    auto* hy = ChartSupport::valueAxis(tr("Conversions"), maxBin, true);
    hist->addAxis(hx, Qt::AlignBottom);
    hist->addAxis(hy, Qt::AlignLeft);
    hs->attachAxis(hx);
    hs->attachAxis(hy);
    ChartSupport::addValueTooltips(hist);
    hist->legend()->setVisible(false);

    // Conversion over time: overall conversion of each entry day.
    QChart* over = m_overTime->chart();
    ChartSupport::clear(over);
    // Entry days that may still convert continue the line dotted.
    auto* line = new QLineSeries();
    line->setName(tr("Conversion"));
    line->setPen(QPen(ChartSupport::seriesColor(0), 2));
    auto* open = new QLineSeries();
    open->setName(tr("Conversion (window still open)"));
    open->setPen(QPen(ChartSupport::seriesColor(0), 1.5, Qt::DotLine));
    auto* ox = new QCategoryAxis();
    ox->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int step = std::max(1, int(result.overTime.size() + 3) / 4);
    for (size_t i = 0; i < result.overTime.size(); ++i) {
        const auto& row = result.overTime[i];
        const double entered = double(row.counts.front());
        const double rate = entered > 0 ? 100.0 * double(row.counts.back()) / entered : 0;
        if (int(i) < m_firstOpenDay)
            line->append(double(i), rate);
        if (int(i) + 1 >= m_firstOpenDay)
            open->append(double(i), rate);
        if (int(i) % step == 0)
            ox->append(ChartSupport::periodLabel(row.period.label), double(i));
    }
    for (QLineSeries* part : {line, open})
        connect(part, &QLineSeries::hovered, this, [this](const QPointF& p, bool on) {
            const int i = int(std::lround(p.x()));
            const auto& rows = m_model->result().overTime;
            if (!on || i < 0 || i >= int(rows.size())) {
                QToolTip::hideText();
                return;
            }
            QString text = tr("Entered %1: %2 of %3 converted (%4)")
                               .arg(ChartSupport::periodLabel(rows[size_t(i)].period.label),
                                    NumberFormat::count(double(rows[size_t(i)].counts.back())),
                                    NumberFormat::count(double(rows[size_t(i)].counts.front())),
                                    NumberFormat::percent(p.y() / 100.0));
            if (i >= m_firstOpenDay)
                text += tr("\nThe conversion window is still open: this may rise");
            QToolTip::showText(QCursor::pos(), text);
        });
    over->setTitle(result.overTime.empty() ? tr("Conversion over time is drawn when counting unique users")
                                           : tr("Conversion over time (by entry day)"));
    ox->setRange(0, std::max(1.0, double(result.overTime.size()) - 1));
    ox->setTitleText(m_firstOpenDay < int(result.overTime.size())
                         ? tr("Entry day · dotted: conversion window still open")
                         : tr("Entry day"));
    ox->setLabelsColor(palette().color(QPalette::Text));
    ox->setTitleBrush(palette().color(QPalette::Text));
    auto* oy = ChartSupport::valueAxis(tr("Converted (%)"), 100, true);
    oy->setRange(0, 100);
    oy->setTickCount(6);
    over->addAxis(ox, Qt::AlignBottom);
    over->addAxis(oy, Qt::AlignLeft);
    for (QLineSeries* part : {line, open}) {
        over->addSeries(part);
        part->attachAxis(ox);
        part->attachAxis(oy);
    }
    over->legend()->setVisible(false);
    showResult();
}

} // namespace hc::ui
