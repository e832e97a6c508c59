#include "ui/docks/PathsView.h"

#include "core/analysis/cohort/CohortMembership.h"
#include "core/analysis/engine/Paths.h"
#include "core/util/NumberFormat.h"
#include "ui/models/PathsModel.h"
#include "ui/widgets/ShareBarDelegate.h"
#include "ui/widgets/TableSorting.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSpinBox>
#include <QTableView>

namespace hc::ui {

PathsView::PathsView(WorkbenchData& data, QWidget* parent) : AnalysisView(data, parent)
{
    setObjectName(QStringLiteral("pathsView"));
    auto* controls = new QWidget(this);
    auto* row = new QHBoxLayout(controls);
    row->setContentsMargins(0, 0, 0, 0);
    // Made in reading order ("What users do after signup, 3 steps"), which is the Tab order.
    m_direction = new QComboBox(controls);
    m_direction->setAccessibleName(tr("Direction"));
    m_direction->addItem(tr("What users do after"), true);
    m_direction->addItem(tr("What users did before"), false);
    m_anchor = new QComboBox(controls);
    m_anchor->setObjectName(QStringLiteral("pathsAnchor"));
    m_anchor->setAccessibleName(tr("Anchor event"));
    m_steps = new QSpinBox(controls);
    m_steps->setAccessibleName(tr("Steps"));
    m_steps->setRange(1, 8);
    m_steps->setValue(3);
    m_steps->setSuffix(tr(" steps"));
    row->addWidget(m_direction);
    row->addWidget(m_anchor);
    row->addWidget(m_steps);
    row->addWidget(new QLabel(tr("within a session"), controls));
    row->addStretch(1);
    setControls(controls);
    m_model = new PathsModel({tr("#"), tr("Path"), tr("Occurrences"), tr("Users"), tr("Share")}, this);
    m_list = new QTableView(this);
    TableSorting::enable(m_list, m_model);
    m_list->setObjectName(QStringLiteral("pathsList"));
    m_list->setAccessibleName(tr("Ranked paths"));
    m_list->verticalHeader()->hide();
    m_list->setShowGrid(false);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setItemDelegateForColumn(PathsModel::ShareColumn, new ShareBarDelegate(m_list));
    m_list->horizontalHeader()->setSectionResizeMode(PathsModel::PathColumn, QHeaderView::Stretch);
    setResultWidget(m_list);
    m_drill = new AnalysisRunner(this);
    TableSorting::onRowOpened(m_list, tr("Show These Users"),
                              tr("Double-click a path to see its users in the Events explorer"),
                              [this](int row) { showPathUsers(row); });
    connect(m_anchor, &QComboBox::activated, this, &PathsView::recompute);
    connect(m_direction, &QComboBox::activated, this, &PathsView::recompute);
    connect(m_steps, &QSpinBox::valueChanged, this, &PathsView::recompute);
}

void PathsView::startAnalysis(const WorkbenchData::View& view)
{
    if (pickersNeedRefill(view)) {
        const bool first = !pickersFilledBefore();
        const QStringList names = sortedEventNames(view);
        const QString current = m_anchor->currentText();
        m_anchor->clear();
        m_anchor->addItems(names);
        m_anchor->setCurrentIndex(std::max(0, int(names.indexOf(first ? QStringLiteral("app_open") : current))));
    }
    if (m_anchor->currentText().isEmpty()) {
        showMessage(emptyRangeMessage());
        return;
    }
    analysis::PathQuery q;
    q.anchor = analysis::EventSpec{false, m_anchor->currentText(), {}, {}};
    q.forward = m_direction->currentData().toBool();
    q.steps = m_steps->value();
    q.top = 15;
    q.range = view.range;
    runAnalysis([view, q, this](TaskContext& context) -> AnalysisRunner::Apply {
        auto r = analysis::computePaths(*view.data, q, *view.calendar, context);
        if (!r.ok()) {
            const QString message = r.error().message;
            return [this, message] { showMessage(message); };
        }
        const std::vector<analysis::PathRow> rows = r.value();
        return [this, rows, q] {
            m_model->setResult(rows, q, tr("(session ends)"));
            m_anchorShown = q.anchor.name;
            m_shownQuery = q;
            m_shownRows = rows;
            keepResult();
        };
    });
}

void PathsView::render()
{
    if (m_model->rowCount() == 0) {
        showMessage(tr("No %1 events in this range — widen the range or pick another anchor.").arg(m_anchorShown));
        return;
    }
    m_list->resizeColumnToContents(PathsModel::RankColumn);
    showResult();
}

bool PathsView::showPathUsers(int row)
{
    if (row < 0 || row >= int(m_shownRows.size()) || !m_data.hasView() || !m_data.loadedData())
        return false;
    const WorkbenchData::View view = m_data.view();
    const auto loaded = m_data.loadedData();
    const analysis::PathQuery q = m_shownQuery;
    const QStringList sequence = m_shownRows[size_t(row)].events;
    const QString arrow = q.forward ? QStringLiteral(" → ") : QStringLiteral(" ← ");
    const QString path =
        q.anchor.name + (sequence.isEmpty() ? arrow + tr("(session ends)") : arrow + sequence.join(arrow));
    // Who followed it is found on the filtered events; the explorer is handed their ids.
    m_drill->run([this, view, loaded, q, sequence, path](TaskContext& context) -> AnalysisRunner::Apply {
        const auto flags = analysis::pathUsers(*view.data, q, *view.calendar, sequence, context);
        if (!flags.ok())
            return {};
        analysis::CohortDefinition rule;
        rule.kind = analysis::CohortDefinition::Kind::UserList;
        rule.users = analysis::cohortMemberIds(*loaded, flags.value());
        return [this, rule, path] {
            m_data.requestDrillDown(DrillDown{rule, tr("followed %1").arg(path), false, std::nullopt});
        };
    });
    return true;
}

} // namespace hc::ui
