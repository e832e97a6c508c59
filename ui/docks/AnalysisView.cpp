#include "ui/docks/AnalysisView.h"

#include "core/store/WorkspaceCatalog.h"
#include "ui/BreakdownSource.h"
#include "ui/ViewQuery.h"
#include "ui/widgets/TableExportMenu.h"

#include <QComboBox>
#include <QEvent>
#include <QFutureWatcher>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace hc::ui {

AnalysisView::AnalysisView(WorkbenchData& data, QWidget* parent)
    : QWidget(parent), m_data(data), m_runner(new AnalysisRunner(this)), m_layout(new QVBoxLayout(this)),
      m_busy(new QProgressBar(this)), m_stack(new QStackedWidget(this)), m_message(new QLabel(this))
{
    m_layout->setContentsMargins(6, 6, 6, 6);
    m_busy->setRange(0, 0); // indeterminate
    m_busy->setMaximumHeight(4);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Computing"));
    // Its space stays when hidden: showing and hiding it must not re-lay out (and re-render) the
    // charts below, which cost tens of milliseconds on the GUI thread per request.
    QSizePolicy keepSpace = m_busy->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true);
    m_busy->setSizePolicy(keepSpace);
    m_busy->setVisible(false);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("viewMessage"));
    m_message->setAccessibleName(tr("Message"));
    m_layout->addWidget(m_busy);
    m_layout->addWidget(m_stack, 1);
    m_stack->addWidget(m_message);
    m_export = TableExportMenu::viewMenuButton(m_stack, this);
    m_export->setText(QStringLiteral("⋯"));
    m_export->setToolTip(m_export->accessibleName());
    m_export->setAutoRaise(true);
    m_export->adjustSize();
    m_stack->installEventFilter(this);
    connect(m_runner, &AnalysisRunner::busyChanged, m_busy, &QWidget::setVisible);
    connect(&m_data, &WorkbenchData::viewChanged, this, &AnalysisView::onViewChanged);
    showMessage(tr("Open a workspace to see this view."));
}

namespace {

// Holds a view's controls at their natural width: the scroll area around it scrolls instead of
// squeezing the combo boxes until their text is cut.
class NaturalWidthHolder : public QWidget {
public:
    using QWidget::QWidget;
    QSize minimumSizeHint() const override { return sizeHint(); }
};

} // namespace

void AnalysisView::setControls(QWidget* controls)
{
    m_controls = controls;
    // A view's controls scroll sideways in a narrow dock instead of widening the whole window
    // (the Trends controls alone once asked for 1,100 px).
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("controlsScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    scroll->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the controls in it, not to the area itself
    // Combo boxes are filled after they are first shown: they follow their contents from then on
    // ("No breakdown", not "No break"), unless a view chose a length of its own.
    for (QComboBox* combo : controls->findChildren<QComboBox*>())
        if (combo->sizeAdjustPolicy() == QComboBox::AdjustToContentsOnFirstShow)
            combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* holder = new NaturalWidthHolder(scroll);
    auto* row = new QVBoxLayout(holder);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(controls);
    scroll->setWidget(holder);
    scroll->setFixedHeight(controls->sizeHint().height() + scroll->horizontalScrollBar()->sizeHint().height());
    m_layout->insertWidget(0, scroll);
}

bool AnalysisView::eventFilter(QObject* watched, QEvent* event)
{
    // The view's Export menu floats at the top-right corner of the result, taking no room from
    // the controls (which would widen the window).
    if (watched == m_stack && (event->type() == QEvent::Resize || event->type() == QEvent::Move)) {
        const QRect r = m_stack->geometry();
        m_export->move(r.right() - m_export->width() - 2, r.top() + 2);
        m_export->raise();
    }
    return QWidget::eventFilter(watched, event);
}

int AnalysisView::resultAreaHeight() const { return m_stack->height(); }

void AnalysisView::setResultWidget(QWidget* result)
{
    m_stack->addWidget(result);
    TableExportMenu::install(result); // every table and chart of every view: Export and Copy
}

void AnalysisView::recompute()
{
    if (!m_data.hasView()) {
        m_runner->cancel();
        m_stale = false;
        showMessage(tr("Open a workspace to see this view."));
        return;
    }
    // A view behind another tab (or closed) waits until it is shown: on a scope change only what
    // the analyst sees computes. What it showed before stays until then.
    if (!isOnScreen()) {
        m_runner->cancel();
        m_stale = true;
        return;
    }
    startNow();
}

void AnalysisView::onViewChanged()
{
    // A scope change that leaves this view's inputs as they were (compare, for a view that does
    // not draw the previous period) keeps its result: nothing to compute.
    if (m_data.hasView() && m_hasResult && !m_stale && !isBusy() && inputsOf(m_data.view()) == m_shownInputs)
        return;
    recompute();
}

QString AnalysisView::inputsOf(const WorkbenchData::View& view) const
{
    // The load generation, zone and filter with the dataset's address: an address alone could be
    // reused by a later dataset. Text, so that a null and an empty filter read the same.
    const auto n = [](qint64 v) { return QString::number(v); };
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8")
        .arg(n(qint64(view.loadGeneration)), QString::fromUtf8(view.scope.zoneId), view.scope.filter,
             n(view.scope.filterAny), n(qint64(quintptr(view.data.get()))), n(view.range.startMs), n(view.range.endMs),
             n(drawsComparison() && view.scope.compare));
}

void AnalysisView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    startIfStale();
}

void AnalysisView::setOnScreen(bool onScreen)
{
    m_onScreen = onScreen;
    startIfStale();
}

bool AnalysisView::isOnScreen() const
{
    // Qt keeps a dock behind another tab "visible", moved off screen: its visible region is
    // empty. The dock's visibilityChanged signal says when a tab comes to the front (before the
    // move), and a dock floated out of its tabs has a region of its own.
    return isVisible() && (m_onScreen || !visibleRegion().isEmpty());
}

void AnalysisView::startIfStale()
{
    if (!m_stale || !isOnScreen() || !m_data.hasView())
        return;
    startNow();
}

void AnalysisView::startNow()
{
    m_stale = false;
    m_shownInputs = inputsOf(m_data.view());
    // An edit since the last computation goes on the undo stack; pickers filled by startAnalysis
    // are part of the query it starts from, not an edit.
    const QJsonObject now = query();
    if (!m_settingQuery && !m_lastQuery.isEmpty() && now != m_lastQuery)
        Q_EMIT queryEdited(m_lastQuery, now);
    startAnalysis(m_data.view());
    m_lastQuery = query();
}

QJsonObject AnalysisView::query() const { return ViewQuery::capture(m_controls); }

void AnalysisView::setQuery(const QJsonObject& query)
{
    m_settingQuery = true;
    ViewQuery::restore(m_controls, query);
    queryRestored();
    recompute();
    m_settingQuery = false;
    if (!m_data.hasView() || !isOnScreen())
        m_lastQuery = this->query(); // a view waiting to be shown starts from the set query
}

void AnalysisView::runAnalysis(AnalysisRunner::Work work)
{
    m_runner->run([work = std::move(work), this](TaskContext& context) -> AnalysisRunner::Apply {
        AnalysisRunner::Apply apply = work(context);
        if (!apply)
            return {};
        return [apply, this] {
            apply();
            ++m_results;
            Q_EMIT resultShown();
        };
    });
}

void AnalysisView::keepResult()
{
    m_hasResult = true;
    ++m_renders;
    render();
}

void AnalysisView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // A theme change reaches every widget; the view draws its kept result once, after the palette
    // has settled, instead of computing it again.
    if (event->type() != QEvent::PaletteChange || !m_hasResult || m_renderQueued)
        return;
    m_renderQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_renderQueued = false;
        ++m_renders;
        render();
    });
}

void AnalysisView::showResult()
{
    if (m_stack->count() > 1)
        m_stack->setCurrentIndex(1);
}

void AnalysisView::showMessage(const QString& message)
{
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
}

QString AnalysisView::emptyRangeMessage() const
{
    return tr("No events in this range — widen the range, clear the filter or sync.");
}

bool AnalysisView::pickersNeedRefill(const WorkbenchData::View& view)
{
    const QString key = view.workspacePath + u'#' + QString::number(view.data->eventNames().size()) + u'#'
                        + QString::number(view.cohortsGeneration);
    if (key == m_pickersFor)
        return false;
    m_pickersFilled = !m_pickersFor.isEmpty();
    m_pickersFor = key;
    return true;
}

void AnalysisView::refill(QComboBox* combo, const QString& firstLabel, const QString& firstData,
                          const QStringList& values)
{
    const QString current = combo->currentData().toString();
    combo->clear();
    if (!firstLabel.isEmpty())
        combo->addItem(firstLabel, firstData);
    for (const QString& v : values)
        combo->addItem(v, v);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

void AnalysisView::refillBreakdown(QComboBox* combo, const QString& firstLabel, const WorkbenchData::View& view)
{
    const QString current = combo->currentData().toString(); // a cohort is added after the refill
    refill(combo, firstLabel, QString(), view.propertyNames);
    BreakdownSource::addChoices(combo, m_data.cohorts());
    if (const int kept = combo->findData(current); kept >= 0)
        combo->setCurrentIndex(kept);
}

void AnalysisView::writeToWorkspace(std::function<bool(store::WorkspaceCatalog&)> change, std::function<void()> done)
{
    if (!m_data.hasView())
        return;
    const QString path = m_data.view().workspacePath;
    auto* watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher, done] {
        watcher->deleteLater();
        if (done)
            done();
        recompute();
    });
    watcher->setFuture(QtConcurrent::run([path, change] {
        auto catalog = store::WorkspaceCatalog::open(path);
        return catalog.ok() && change(*catalog.value());
    }));
}

QLabel* AnalysisView::labelFor(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

QStringList AnalysisView::sortedEventNames(const WorkbenchData::View& view)
{
    QStringList names = view.data->eventNames();
    names.sort(Qt::CaseInsensitive);
    return names;
}

} // namespace hc::ui
