#include "ui/ScopeHistory.h"

#include "ui/QueryChangeCommand.h"
#include "ui/ScopeChangeCommand.h"
#include "ui/WorkbenchData.h"
#include "ui/WorkbenchSettings.h"
#include "ui/docks/AnalysisView.h"
#include "ui/widgets/GlobalControlsBar.h"

#include <QComboBox>
#include <QUndoStack>

#include <utility>

namespace hc::ui {

namespace {

// What an edit changed, for Edit › Undo "…".
QString describe(const AnalysisScope& a, const AnalysisScope& b)
{
    if (a.filter != b.filter || a.filterAny != b.filterAny)
        return ScopeHistory::tr("Filter");
    if (a.zoneId != b.zoneId)
        return ScopeHistory::tr("Time Zone");
    if (a.compare != b.compare)
        return ScopeHistory::tr("Compare");
    return ScopeHistory::tr("Date Range");
}

} // namespace

ScopeHistory::ScopeHistory(GlobalControlsBar& controls, WorkbenchData& data, WorkbenchSettings& settings,
                           QObject* parent)
    : QObject(parent), m_controls(controls), m_data(data), m_settings(settings), m_stack(new QUndoStack(this))
{
    m_state = current();
    connect(&m_controls, &GlobalControlsBar::scopeChanged, this, &ScopeHistory::record);
    for (AnalysisView* view : parent->findChildren<AnalysisView*>())
        watch(view);
    connect(&m_controls, &GlobalControlsBar::saveViewRequested, this,
            [this](const QString& name) { Q_EMIT saveViewRequested(savedView(name)); });
    connect(&m_controls, &GlobalControlsBar::savedViewApplied, this,
            [this](const SavedView& view) { applyQueries(view.queries); });
    // Another workspace: a history of its own, and its last scope applied before its first view
    // is computed (loaded comes just before the view is built).
    connect(&m_data, &WorkbenchData::loaded, this, [this] {
        if (m_data.workspacePath() == m_workspace)
            return; // a reload after an import keeps the history
        m_workspace = m_data.workspacePath();
        m_stack->clear();
        restoreFor(m_workspace);
    });
    // After each view (queued: the controls take the data's days first) the state shown is the
    // one the next edit starts from. Right after a restore, a relative preset that moved with new
    // data since applies its new days.
    connect(
        &m_data, &WorkbenchData::viewChanged, this,
        [this] {
            m_state = current();
            if (std::exchange(m_presetMayMove, false) && m_state.scope != m_data.scope()) {
                m_data.setScope(m_state.scope);
                remember(m_state);
            }
        },
        Qt::QueuedConnection);
}

ScopeHistory::State ScopeHistory::current() const
{
    return State{m_controls.scope(), m_controls.presets()->currentData().toInt()};
}

void ScopeHistory::record(const AnalysisScope& scope)
{
    const State before = m_state;
    const State after{scope, m_controls.presets()->currentData().toInt()};
    m_data.setScope(scope);
    remember(after);
    if (!(before == after))
        m_stack->push(new ScopeChangeCommand(*this, before, after, describe(before.scope, scope)));
}

void ScopeHistory::apply(const State& state)
{
    m_controls.setScope(state.scope);
    m_controls.presets()->setCurrentIndex(m_controls.presets()->findData(state.preset));
    m_data.setScope(state.scope);
    remember(state);
}

void ScopeHistory::remember(const State& state)
{
    m_state = state;
    QJsonObject saved = state.scope.toJson();
    saved.insert(QStringLiteral("preset"), state.preset);
    saved.insert(QStringLiteral("workspace"), m_workspace);
    saved.insert(QStringLiteral("queries"), queries());
    m_settings.setLastScope(saved);
}

void ScopeHistory::restoreFor(const QString& workspacePath)
{
    const QJsonObject saved = m_settings.lastScope();
    if (saved.value(QStringLiteral("workspace")).toString() != workspacePath) {
        remember(current());
        return;
    }
    // A relative preset keeps its name; its days follow the data once they are known.
    const State state{AnalysisScope::fromJson(saved), saved.value(QStringLiteral("preset")).toInt()};
    m_presetMayMove = state.preset != GlobalControlsBar::Custom;
    applyQueries(saved.value(QStringLiteral("queries")).toObject());
    apply(state);
}

void ScopeHistory::watch(AnalysisView* view)
{
    m_views.append(view);
    connect(view, &AnalysisView::queryEdited, this, [this, view](const QJsonObject& before, const QJsonObject& after) {
        const QString title = view->parentWidget() ? view->parentWidget()->windowTitle() : QString();
        m_stack->push(new QueryChangeCommand(view, before, after, tr("%1 Query").arg(title)));
        remember(m_state);
    });
}

QJsonObject ScopeHistory::queries() const
{
    QJsonObject out;
    for (const AnalysisView* view : m_views)
        if (const QJsonObject q = view->query(); !q.isEmpty())
            out.insert(view->objectName(), q);
    return out;
}

void ScopeHistory::applyQueries(const QJsonObject& queries)
{
    for (AnalysisView* view : m_views)
        if (queries.contains(view->objectName()) && queries.value(view->objectName()).toObject() != view->query())
            view->setQuery(queries.value(view->objectName()).toObject());
}

SavedView ScopeHistory::savedView(const QString& name) const
{
    return SavedView{name, m_controls.scope(), m_controls.presets()->currentData().toInt(), queries()};
}

} // namespace hc::ui
