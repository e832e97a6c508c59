#include "ui/docks/WorkspaceSummaryView.h"

#include "ui/widgets/TableExportMenu.h"

#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace hc::ui {

namespace {

QLabel* makeLabel(const QString& objectName, QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

} // namespace

WorkspaceSummaryView::WorkspaceSummaryView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("workspaceSummary"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);

    m_title = makeLabel(QStringLiteral("workspaceTitle"), this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_path = makeLabel(QStringLiteral("workspacePath"), this);
    m_path->setForegroundRole(QPalette::PlaceholderText);
    // A long path must not widen the dock: it is cut at the edge and shown whole in the tooltip.
    m_path->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_title);
    layout->addWidget(m_path);

    m_error = makeLabel(QStringLiteral("errorBanner"), this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; border: 1px solid #f5c6cb;"
                                          " border-radius: 4px; padding: 8px; }"));
    m_error->setAccessibleName(tr("Error"));
    m_error->hide();
    layout->addWidget(m_error);

    m_loading = makeLabel(QStringLiteral("loadingLabel"), this);
    m_loading->setText(tr("Reading the workspace…"));
    m_loading->hide();
    layout->addWidget(m_loading);

    m_empty = makeLabel(QStringLiteral("emptyState"), this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("<h3>No workspace open</h3><p>Create one with <b>File › New</b>, open one with "
                        "<b>File › Open</b>, or start <code>hitcraft --demo</code> to explore generated "
                        "product data.</p>"));
    layout->addWidget(m_empty, 1);

    m_content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    // Everything here counts all the workspace's data; the views beside it count the chosen range.
    auto* allData = new QLabel(tr("All data in this workspace"), m_content);
    allData->setObjectName(QStringLiteral("allDataCaption"));
    QFont sectionFont = allData->font();
    sectionFont.setBold(true);
    allData->setFont(sectionFont);
    allData->setToolTip(tr("The KPI cards and the views count the date range chosen in the toolbar"));
    contentLayout->addWidget(allData);
    auto* grid = new QGridLayout;
    grid->setSpacing(12);
    // Two columns, the date range on a row of its own: the dock stays narrow beside the views.
    m_range = addCard(grid, 0, 0, tr("Data spans"), QStringLiteral("rangeValue"), &m_rangeCaption, 2);
    m_range->setWordWrap(true);
    QFont rangeFont = m_range->font();
    rangeFont.setPointSizeF(rangeFont.pointSizeF() / 1.8 * 1.4); // two dates, not one number
    m_range->setFont(rangeFont);
    m_events = addCard(grid, 1, 0, tr("Events"), QStringLiteral("eventsValue"));
    m_users = addCard(grid, 1, 1, tr("Users"), QStringLiteral("usersValue"));
    m_profiles = addCard(grid, 2, 0, tr("Profiles"), QStringLiteral("profilesValue"));
    m_eventNames = addCard(grid, 2, 1, tr("Event names"), QStringLiteral("eventNamesValue"));
    m_quarantined = addCard(grid, 3, 0, tr("Quarantined lines"), QStringLiteral("quarantinedValue"));
    contentLayout->addLayout(grid);

    auto* topCaption = new QLabel(tr("Most frequent events"), m_content);
    QFont captionFont = topCaption->font();
    captionFont.setBold(true);
    topCaption->setFont(captionFont);
    contentLayout->addWidget(topCaption);
    m_topEvents = new QStandardItemModel(0, 3, this);
    m_topEvents->setHorizontalHeaderLabels({tr("Event"), tr("Events"), tr("Share")});
    m_topEvents->horizontalHeaderItem(2)->setToolTip(tr("Share of all events"));
    m_topEventsView = new QTableView(m_content);
    m_topEventsView->setObjectName(QStringLiteral("topEventsTable"));
    m_topEventsView->setAccessibleName(tr("Most frequent events"));
    m_topEventsView->setModel(m_topEvents);
    m_topEventsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_topEventsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_topEventsView->verticalHeader()->hide();
    m_topEventsView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_topEventsView->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_topEventsView->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    contentLayout->addWidget(m_topEventsView, 1);
    TableExportMenu::install(m_topEventsView->parentWidget());

    m_lastImport = makeLabel(QStringLiteral("lastImportLabel"), m_content);
    m_lastImport->setWordWrap(true);
    contentLayout->addWidget(m_lastImport);
    m_lastSync = makeLabel(QStringLiteral("lastSyncLabel"), m_content);
    m_lastSync->setWordWrap(true);
    contentLayout->addWidget(m_lastSync);
    layout->addWidget(m_content, 1);
    m_content->hide();
}

QLabel* WorkspaceSummaryView::addCard(QGridLayout* grid, int row, int column, const QString& caption,
                                      const QString& objectName, QLabel** captionOut, int columnSpan)
{
    auto* card = new QFrame(m_content);
    card->setFrameShape(QFrame::StyledPanel);
    card->setAutoFillBackground(true);
    card->setBackgroundRole(QPalette::Base);
    auto* v = new QVBoxLayout(card);
    auto* captionLabel = new QLabel(caption, card);
    captionLabel->setForegroundRole(QPalette::PlaceholderText);
    if (captionOut)
        *captionOut = captionLabel;
    auto* value = makeLabel(objectName, card);
    QFont f = value->font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    f.setBold(true);
    value->setFont(f);
    value->setAccessibleDescription(caption);
    v->addWidget(captionLabel);
    v->addWidget(value);
    grid->addWidget(card, row, column, 1, columnSpan);
    return value;
}

void WorkspaceSummaryView::setSummary(const QString& workspacePath, const store::WorkspaceSummary& s)
{
    const QLocale locale;
    m_title->setText(QFileInfo(workspacePath).completeBaseName());
    m_path->setText(QDir::toNativeSeparators(QFileInfo(workspacePath).absoluteFilePath()));
    m_path->setToolTip(m_path->text());
    m_events->setText(locale.toString(s.events));
    m_users->setText(locale.toString(s.users));
    m_profiles->setText(locale.toString(s.profiles));
    m_eventNames->setText(locale.toString(s.eventNames));
    m_quarantined->setText(locale.toString(s.quarantined));
    m_range->setText(s.from.isValid() ? tr("%1 – %2").arg(locale.toString(s.from, QLocale::ShortFormat),
                                                          locale.toString(s.to, QLocale::ShortFormat))
                                      : tr("–"));
    const qint64 days = s.from.isValid() ? s.from.daysTo(s.to) + 1 : 0;
    m_rangeCaption->setText(days == 0   ? tr("Data spans")
                            : days == 1 ? tr("Data spans 1 day (%1)").arg(s.timezone)
                                        : tr("Data spans %1 days (%2)").arg(locale.toString(days), s.timezone));

    m_topEvents->removeRows(0, m_topEvents->rowCount());
    for (const auto& e : s.topEvents) {
        auto* name = new QStandardItem(e.event);
        auto* count = new QStandardItem(locale.toString(e.count));
        count->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
        const double share = s.events > 0 ? 100.0 * double(e.count) / double(s.events) : 0.0;
        auto* shareItem = new QStandardItem(locale.toString(share, 'f', 1) + QLatin1Char('%'));
        shareItem->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
        m_topEvents->appendRow({name, count, shareItem});
    }

    if (s.hasLastImport) {
        const auto& li = s.lastImport;
        m_lastImport->setText(tr("Last import: %1 on %2 — %3 lines read, %4 inserted, %5 duplicates, %6 quarantined "
                                 "(%7).")
                                  .arg(QDir::toNativeSeparators(li.location),
                                       locale.toString(li.finishedAt.toLocalTime(), QLocale::ShortFormat),
                                       locale.toString(li.read), locale.toString(li.inserted),
                                       locale.toString(li.duplicates), locale.toString(li.quarantined), li.status));
    } else {
        m_lastImport->setText(tr("No file imported into this workspace yet."));
    }

    if (!s.lastSyncAt.isValid()) {
        m_lastSync->setText(tr("Not synced from Mixpanel yet (File › Sync from Mixpanel)."));
    } else if (s.failedSyncDays.isEmpty()) {
        m_lastSync->setText(tr("Last sync: %1; every day arrived.")
                                .arg(locale.toString(s.lastSyncAt.toLocalTime(), QLocale::ShortFormat)));
    } else {
        m_lastSync->setText(tr("Last sync: %1; %2 day(s) failed, the first %3 (File › Retry Failed Days).")
                                .arg(locale.toString(s.lastSyncAt.toLocalTime(), QLocale::ShortFormat))
                                .arg(s.failedSyncDays.size())
                                .arg(locale.toString(s.failedSyncDays.first(), QLocale::ShortFormat)));
    }

    if (s.events == 0) {
        m_empty->setText(tr("<h3>This workspace has no events yet</h3><p>Import a Mixpanel export or a CSV file "
                            "with <b>File › Import</b> (Ctrl+I).</p>"));
        m_empty->show();
    } else {
        m_empty->hide();
    }
    m_content->setVisible(s.events > 0);
}

void WorkspaceSummaryView::clear()
{
    m_title->clear();
    m_path->clear();
    m_content->hide();
    m_empty->setText(tr("<h3>No workspace open</h3><p>Create one with <b>File › New</b>, open one with "
                        "<b>File › Open</b>, or start <code>hitcraft --demo</code> to explore generated "
                        "product data.</p>"));
    m_empty->show();
}

void WorkspaceSummaryView::setLoading(bool loading) { m_loading->setVisible(loading); }

void WorkspaceSummaryView::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void WorkspaceSummaryView::clearError() { m_error->hide(); }

} // namespace hc::ui
