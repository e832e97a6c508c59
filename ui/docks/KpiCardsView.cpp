#include "ui/docks/KpiCardsView.h"

#include "core/analysis/engine/Kpis.h"
#include "core/analysis/engine/Lifecycle.h"
#include "core/util/NumberFormat.h"
#include "ui/models/KpiTableModel.h"
#include "ui/widgets/KpiCard.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace hc::ui {

namespace {

// The cards in reading order.
const QStringList& cardIds()
{
    static const QStringList ids = {QStringLiteral("events"),
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
    return ids;
}

} // namespace

KpiCardsView::KpiCardsView(WorkbenchData& data, QWidget* parent)
    : AnalysisView(data, parent),
      m_model(new KpiTableModel({tr("KPI"), tr("Value"), tr("Previous period"), tr("Change")}, this)),
      m_grid(new QWidget(this)), m_layout(new QGridLayout(m_grid)), m_compared(new QLabel(this))
{
    setObjectName(QStringLiteral("kpiCardsView"));
    m_compared->setObjectName(QStringLiteral("kpiComparedWith"));
    m_compared->hide();
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_grid);
    m_layout->setSpacing(8);
    const QStringList& ids = cardIds();
    for (int i = 0; i < ids.size(); ++i) {
        auto* card = new KpiCard(ids[i], m_grid);
        m_cards.insert(ids[i], card);
        connect(card, &KpiCard::clicked, this, [this](const QString& id) {
            const QString measure = id == QLatin1String("events") || id == QLatin1String("sessions")
                                        ? QStringLiteral("total")
                                    : id == QLatin1String("revenue") ? QStringLiteral("sum:revenue")
                                                                     : QStringLiteral("uniques");
            Q_EMIT trendRequested(id, measure);
        });
    }
    layOutCards();
    auto* result = new QWidget(this);
    auto* column = new QVBoxLayout(result);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_compared);
    column->addWidget(scroll, 1);
    setResultWidget(result);
    // Compare changes what the cards show, not what they compute: redraw the kept result.
    connect(&data, &WorkbenchData::viewChanged, this, [this] {
        if (resultCount() > 0 && m_data.view().scope.compare != m_shownCompare)
            render();
    });
}

void KpiCardsView::resizeEvent(QResizeEvent* event)
{
    AnalysisView::resizeEvent(event);
    layOutCards();
}

void KpiCardsView::layOutCards()
{
    const int cardWidth = 178 + m_layout->horizontalSpacing(); // a card's minimum and a gap
    const int fit = std::max(1, (width() - 24) / cardWidth);
    const int columns = fit >= 6 ? 6 : fit >= 4 ? 4 : std::max(2, fit);
    if (columns == m_columns)
        return;
    m_columns = columns;
    const QStringList& order = cardIds();
    for (int i = 0; i < order.size(); ++i)
        m_layout->addWidget(m_cards.value(order[i]), i / columns, i % columns);
    for (int row = 0; row < 7; ++row)
        m_layout->setRowStretch(row, row == (int(order.size()) + columns - 1) / columns ? 1 : 0);
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
    const WorkbenchData::View& view = m_data.view();
    m_shownCompare = view.scope.compare;
    QString previousDays;
    if (m_shownCompare && view.calendar) {
        const analysis::TimeRange previous = view.range.previous(*view.calendar);
        const QLocale locale;
        previousDays =
            tr("%1 – %2").arg(locale.toString(QDate(1970, 1, 1).addDays(previous.firstDay), QLocale::ShortFormat),
                              locale.toString(QDate(1970, 1, 1).addDays(previous.lastDay), QLocale::ShortFormat));
        m_compared->setText(tr("Changes against the previous period, %1").arg(previousDays));
    }
    m_compared->setVisible(m_shownCompare);
    for (const analysis::Kpi& k : set.kpis) {
        KpiCard* card = m_cards.value(k.id);
        if (!card)
            continue;
        std::optional<KpiCard::Change> change;
        if (m_shownCompare) {
            KpiCard::Change c;
            c.previous = KpiTableModel::format(k, k.previous);
            c.range = previousDays;
            // A ratio (stickiness) changes by percentage points; counts by percent.
            if (k.id == QLatin1String("stickiness") && k.value && k.previous) {
                const double pp = (*k.value - *k.previous) * 100;
                c.direction = pp;
                c.text = tr("%1 pp").arg((pp > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(pp, 'f', 1));
            } else if (k.change) {
                c.direction = *k.change;
                c.text = NumberFormat::signedPercent(*k.change);
            } else {
                c.text = tr("no previous value");
            }
            change = c;
        }
        // Every KPI here is better when higher (green up); churn-like ones will say otherwise.
        card->setContent(k.label, KpiTableModel::format(k, k.value), change, true);
        card->setSparkline(m_model->sparkline(k.id));
    }
    showResult();
}

} // namespace hc::ui
