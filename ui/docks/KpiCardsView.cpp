#include "ui/docks/KpiCardsView.h"

#include "core/analysis/engine/Kpis.h"
#include "core/analysis/engine/Lifecycle.h"
#include "core/store/WorkspaceCatalog.h"
#include "core/util/NumberFormat.h"
#include "ui/dialogs/KpiDetailDialog.h"
#include "ui/models/KpiTableModel.h"
#include "ui/widgets/KpiCard.h"

#include <QAction>
#include <QGridLayout>
#include <QInputDialog>
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
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_grid);
    m_layout->setSpacing(8);
    const QStringList& ids = cardIds();
    for (int i = 0; i < ids.size(); ++i) {
        auto* card = new KpiCard(ids[i], m_grid);
        m_cards.insert(ids[i], card);
        if (ids[i] == QLatin1String("revenue")) {
            auto* currency = new QAction(tr("Revenue Currency…"), card);
            currency->setObjectName(QStringLiteral("revenueCurrency"));
            connect(currency, &QAction::triggered, this, &KpiCardsView::askForCurrency);
            card->addAction(currency);
            card->setContextMenuPolicy(Qt::ActionsContextMenu);
        }
        connect(card, &KpiCard::clicked, this, &KpiCardsView::openCard);
        const bool trend = !trendOf(ids[i]).first.isEmpty();
        card->setClickHint(trend ? tr("Click to open its trend") : tr("Click to see it day by day"));
    }
    layOutCards();
    auto* result = new QWidget(this);
    auto* column = new QVBoxLayout(result);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_compared);
    column->addWidget(m_scroll, 1);
    setResultWidget(result);
    // Compare changes what the cards show, not what they compute: redraw the kept result.
    connect(&data, &WorkbenchData::viewChanged, this, [this] {
        if (resultCount() > 0 && m_data.view().scope.compare != m_shownCompare)
            render();
    });
}

int KpiCardsView::heightForRows(int rows) const
{
    int card = 0;
    for (const KpiCard* c : m_cards)
        card = std::max(card, c->sizeHint().height());
    const QMargins margins = m_layout->contentsMargins();
    const int grid = rows * card + (rows - 1) * m_layout->verticalSpacing() + margins.top() + margins.bottom();
    const int compared = m_compared->isVisible() ? m_compared->sizeHint().height() : 0;
    return height() - resultAreaHeight() + compared + grid;
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
    // The currency is read from the workspace once per load of the events and after it is set.
    const bool readCurrency = view.loadGeneration != m_currencyLoadGeneration;
    const QString known = m_model->currency();
    runAnalysis([view, readCurrency, known, this](TaskContext& context) -> AnalysisRunner::Apply {
        auto kpis = analysis::computeKpis(*view.data, analysis::KpiQuery{view.range}, *view.calendar, context);
        QString currency = known;
        if (readCurrency) {
            auto catalog = store::WorkspaceCatalog::open(view.workspacePath);
            currency = catalog.ok() ? catalog.value()->revenueCurrency() : QString();
        }
        const quint64 generation = view.loadGeneration;
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
        QMap<QString, std::vector<double>> sparklines = {
            {QStringLiteral("events"), eventsPerDay},
            {QStringLiteral("users"), dau},
            {QStringLiteral("dau"), dau},
            {QStringLiteral("wau"), wau},
            {QStringLiteral("mau"), mau},
            {QStringLiteral("stickiness"), stickiness},
            {QStringLiteral("new_users"), newUsers},
            {QStringLiteral("returning_users"), returning},
            {QStringLiteral("events_per_user"), perUser},
            {QStringLiteral("sessions"), set.dailySessions},
            {QStringLiteral("avg_session_seconds"), set.dailySessionSeconds},
            {QStringLiteral("revenue"), set.dailyRevenue}};
        return [this, set, sparklines, currency, generation] {
            m_model->setCurrency(currency);
            m_currencyLoadGeneration = generation;
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
            c.previous = m_model->format(k, k.previous);
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
        card->setContent(k.label, m_model->format(k, k.value), change, true);
        card->setSparkline(m_model->sparkline(k.id));
    }
    showResult();
}

void KpiCardsView::askForCurrency()
{
    static const QStringList kCodes = {"USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "CNY",
                                       "INR", "BRL", "SEK", "NOK", "DKK", "PLN", "MXN", "KRW"};
    bool ok = false;
    const QString code =
        QInputDialog::getItem(this, tr("Revenue Currency"), tr("The currency of the revenue property (ISO 4217 code):"),
                              kCodes, std::max(0, int(kCodes.indexOf(m_model->currency()))), true, &ok)
            .trimmed()
            .toUpper();
    if (ok && !code.isEmpty())
        setCurrency(code);
}

void KpiCardsView::setCurrency(const QString& code)
{
    writeToWorkspace([code](store::WorkspaceCatalog& c) { return c.setRevenueCurrency(code).ok(); },
                     [this] {
                         m_currencyLoadGeneration = 0; // read it again
                         Q_EMIT currencyChanged();
                     });
}

QPair<QString, QString> KpiCardsView::trendOf(const QString& id)
{
    // (measure, interval) of the Trends view that draws the card's own metric.
    static const QMap<QString, QPair<QString, QString>> kTrends = {
        {QStringLiteral("events"), {QStringLiteral("total"), QStringLiteral("day")}},
        {QStringLiteral("users"), {QStringLiteral("uniques"), QStringLiteral("day")}},
        {QStringLiteral("dau"), {QStringLiteral("uniques"), QStringLiteral("day")}},
        {QStringLiteral("wau"), {QStringLiteral("uniques"), QStringLiteral("week")}},
        {QStringLiteral("mau"), {QStringLiteral("uniques"), QStringLiteral("month")}},
        {QStringLiteral("events_per_user"), {QStringLiteral("per_user"), QStringLiteral("day")}},
        {QStringLiteral("revenue"), {QStringLiteral("sum:revenue"), QStringLiteral("day")}}};
    return kTrends.value(id);
}

void KpiCardsView::openCard(const QString& id)
{
    const auto [measure, interval] = trendOf(id);
    if (!measure.isEmpty()) {
        Q_EMIT trendRequested(id, measure, interval);
        return;
    }
    // No trend measure for it (stickiness, new and returning users, sessions): its own daily series.
    const analysis::Kpi* k = m_model->result().find(id);
    if (!k || !m_data.hasView())
        return;
    const QDate first = QDate(1970, 1, 1).addDays(m_data.view().range.firstDay);
    const auto unit = id == QLatin1String("stickiness")            ? KpiDetailDialog::Unit::Percent
                      : id == QLatin1String("avg_session_seconds") ? KpiDetailDialog::Unit::Seconds
                                                                   : KpiDetailDialog::Unit::Number;
    auto* dialog =
        new KpiDetailDialog(k->label, m_model->format(*k, k->value), m_model->sparkline(id), first, unit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    Q_EMIT detailShown(dialog);
}

} // namespace hc::ui
