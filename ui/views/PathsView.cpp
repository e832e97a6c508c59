#include "ui/views/PathsView.h"

#include "core/analysis/Paths.h"
#include "ui/NumberFormat.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSpinBox>
#include <QTreeWidget>

namespace hc::ui {

PathsView::PathsView(WorkbenchData& data, QWidget* parent) : AnalysisView(data, parent)
{
    setObjectName(QStringLiteral("pathsView"));
    auto* controls = new QWidget(this);
    auto* row = new QHBoxLayout(controls);
    row->setContentsMargins(0, 0, 0, 0);
    m_anchor = new QComboBox(controls);
    m_anchor->setObjectName(QStringLiteral("pathsAnchor"));
    m_anchor->setAccessibleName(tr("Anchor event"));
    m_direction = new QComboBox(controls);
    m_direction->setAccessibleName(tr("Direction"));
    m_direction->addItem(tr("What users do after"), true);
    m_direction->addItem(tr("What users did before"), false);
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
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("pathsList"));
    m_list->setAccessibleName(tr("Ranked paths"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("#"), tr("Path"), tr("Occurrences"), tr("Users"), tr("Share")});
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    setResultWidget(m_list);
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
            m_list->clear();
            if (rows.empty()) {
                showMessage(tr("No %1 events in this range — widen the range or pick another anchor.").arg(q.anchor.name));
                return;
            }
            qint64 total = 0;
            for (const auto& row : rows)
                total += row.occurrences;
            int rank = 0;
            for (const auto& row : rows) {
                QStringList chain = row.events;
                for (QString& e : chain)
                    if (e.isEmpty())
                        e = tr("(session ends)");
                const QString path = q.forward ? q.anchor.name + QStringLiteral(" → ") + chain.join(QStringLiteral(" → "))
                                               : QStringList(chain.rbegin(), chain.rend()).join(QStringLiteral(" → "))
                                                     + QStringLiteral(" → ") + q.anchor.name;
                auto* item = new QTreeWidgetItem(m_list);
                item->setText(0, QString::number(++rank));
                item->setText(1, path);
                item->setText(2, NumberFormat::count(double(row.occurrences)));
                item->setText(3, NumberFormat::count(double(row.users)));
                for (int c = 2; c <= 3; ++c)
                    item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
                auto* bar = new QProgressBar(m_list);
                bar->setRange(0, 1000);
                bar->setValue(total > 0 ? int(1000 * row.occurrences / total) : 0);
                bar->setFormat(NumberFormat::percent(total > 0 ? double(row.occurrences) / double(total) : 0));
                bar->setAccessibleName(tr("Share of the listed paths"));
                m_list->setItemWidget(item, 4, bar);
            }
            m_list->resizeColumnToContents(0);
            showResult();
        };
    });
}

} // namespace hc::ui
