#include "ui/docks/KpiCardsView.h"

#include "core/analysis/engine/Kpis.h"
#include "core/analysis/engine/Lifecycle.h"
#include "ui/models/KpiTableModel.h"
#include "ui/widgets/KpiCard.h"

#include <QGridLayout>
#include <QScrollArea>

namespace hc::ui {

KpiCardsView::KpiCardsView(WorkbenchData& data, QWidget* parent)
    : AnalysisView(data, parent),
      m_model(new KpiTableModel({tr("KPI"), tr("Value"), tr("Previous period"), tr("Change")}, this)),
      m_grid(new QWidget(this)), m_layout(new QGridLayout(m_grid))
{
    setObjectName(QStringLiteral("kpiCardsView"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_grid);
    m_layout->setSpacing(8);
    const QStringList ids = {QStringLiteral("events"),
                             QStringLiteral("users"),
                             QStringLiteral("new_users"),
                             QStringLiteral("returning_users"),
                             QStringLiteral("dau"),
                             QStringLiteral("wau"),
                             QStringLiteral("mau"),
                             QStringLiteral("stickiness"),
                             QStringLiteral("sessions"),
                             QStringLiteral("avg_session_seconds"),
                             QStringLiteral("events_per_user"),
                             QStringLiteral("revenue")};
    for (int i = 0; i < ids.size(); ++i) {
        auto* card = new KpiCard(ids[i], m_grid);
        m_cards.insert(ids[i], card);
        m_layout->addWidget(card, i / 4, i % 4);
        connect(card, &KpiCard::clicked, this, [this](const QString& id) {
            const QString measure = id == QLatin1String("events") || id == QLatin1String("sessions")
                                        ? QStringLiteral("total")
                                    : id == QLatin1String("revenue") ? QStringLiteral("sum:revenue")
                                                                     : QStringLiteral("uniques");
            Q_EMIT trendRequested(id, measure);
        });
    }
    m_layout->setRowStretch(3, 1);
    setResultWidget(scroll);
}

void KpiCardsView::startAnalysis(const WorkbenchData::View& view)
{
    runAnalysis([view, this](TaskContext& context) -> AnalysisRunner::Apply {
        auto kpis = analysis::computeKpis(*view.data, analysis::KpiQuery{view.range}, *view.calendar, context);
        if (!kpis.ok()) {
            const QString message = kpis.error().message;
            return [this, message] { showMessage(message); };
        }
        const analysis::KpiSet set = kpis.value();
        // The days' DAU, WAU and MAU come with the KPI set: computed once for cards and sparklines.
        std::vector<double> dau, wau, mau, stickiness;
        for (const auto& d : set.daily) {
            dau.push_back(double(d.dau));
            wau.push_back(double(d.wau));
            mau.push_back(double(d.mau));
            stickiness.push_back(d.mau > 0 ? double(d.dau) / double(d.mau) : 0);
        }
        // Events and revenue per day come with the KPI set too (one pass for every card).
        const std::vector<double>& eventsPerDay = set.dailyEvents;
        std::vector<double> newUsers, returning, perUser;
        const auto lifecycleResult = analysis::computeLifecycle(
            *view.data, analysis::LifecycleQuery{view.range, analysis::Interval::Day}, *view.calendar, context);
        const auto lifecycle =
            lifecycleResult.ok() ? lifecycleResult.value() : std::vector<analysis::LifecyclePeriod>();
        for (size_t i = 0; i < lifecycle.size() && i < dau.size(); ++i) {
            newUsers.push_back(double(lifecycle[i].newUsers));
            returning.push_back(dau[i] - double(lifecycle[i].newUsers));
        }
        for (size_t i = 0; i < eventsPerDay.size() && i < dau.size(); ++i)
            perUser.push_back(dau[i] > 0 ? eventsPerDay[i] / dau[i] : 0);
        QMap<QString, std::vector<double>> sparklines = {{QStringLiteral("events"), eventsPerDay},
                                                         {QStringLiteral("users"), dau},
                                                         {QStringLiteral("dau"), dau},
                                                         {QStringLiteral("wau"), wau},
                                                         {QStringLiteral("mau"), mau},
                                                         {QStringLiteral("stickiness"), stickiness},
                                                         {QStringLiteral("new_users"), newUsers},
                                                         {QStringLiteral("returning_users"), returning},
                                                         {QStringLiteral("events_per_user"), perUser},
                                                         {QStringLiteral("revenue"), set.dailyRevenue}};
        return [this, set, sparklines] {
            m_model->setResult(set, sparklines);
            keepResult();
        };
    });
}

void KpiCardsView::render()
{
    const analysis::KpiSet& set = m_model->result();
    const analysis::Kpi* events = set.find(QStringLiteral("events"));
    if (!events || events->value.value_or(0) == 0) {
        showMessage(emptyRangeMessage());
        return;
    }
    for (const analysis::Kpi& k : set.kpis) {
        KpiCard* card = m_cards.value(k.id);
        if (!card)
            continue;
        // Every KPI here is better when higher (green up); churn-like ones will say otherwise.
        card->setContent(k.label, KpiTableModel::format(k, k.value), k.change, KpiTableModel::format(k, k.previous),
                         true);
        card->setSparkline(m_model->sparkline(k.id));
    }
    showResult();
}

} // namespace hc::ui
