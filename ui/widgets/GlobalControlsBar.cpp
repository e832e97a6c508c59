#include "ui/widgets/GlobalControlsBar.h"

#include "ui/widgets/FilterChipField.h"
#include "ui/widgets/FilterCompleter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QTimeZone>
#include <QToolButton>

#include <algorithm>

namespace hc::ui {

GlobalControlsBar::GlobalControlsBar(WorkbenchData& data, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("globalControls"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(6, 2, 6, 2);
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("rangePreset"));
    m_preset->setAccessibleName(tr("Date range preset"));
    m_preset->setToolTip(tr("Ranges end on the newest day with data"));
    m_preset->addItem(tr("Last 7 days"), Last7);
    m_preset->addItem(tr("Last 30 days"), Last30);
    m_preset->addItem(tr("Last 90 days"), Last90);
    m_preset->addItem(tr("This month"), ThisMonth);
    m_preset->addItem(tr("All data"), AllData);
    m_preset->addItem(tr("Custom"), Custom);
    m_preset->setCurrentIndex(1);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("rangeFrom"));
    m_from->setAccessibleName(tr("From"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("rangeTo"));
    m_to->setAccessibleName(tr("To"));
    m_to->setCalendarPopup(true);
    for (QDateEdit* e : {m_from, m_to})
        e->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat)); // the analyst's own date format
    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("reportingZone"));
    m_zone->setAccessibleName(tr("Reporting time zone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->addItem(tr("Workspace zone"), QByteArray());
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id), id);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->setMinimumContentsLength(int(std::max<qsizetype>(19, m_zone->itemText(0).size())));
    m_zone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_filter = new FilterChipField(data, this);
    m_filterAny = new QCheckBox(tr("any"), this);
    m_filterAny->setObjectName(QStringLiteral("filterAny"));
    m_filterAny->setToolTip(tr("Keep events matching any condition instead of all"));
    m_compare = new QCheckBox(tr("Compare to previous period"), this);
    m_compare->setObjectName(QStringLiteral("compareToggle"));
    m_saved = new QComboBox(this);
    m_saved->setObjectName(QStringLiteral("savedViews"));
    m_saved->setAccessibleName(tr("Saved views"));
    m_saved->addItem(tr("Saved views"));
    row->addWidget(m_preset);
    row->addWidget(m_from);
    row->addWidget(new QLabel(QStringLiteral("–"), this));
    row->addWidget(m_to);
    row->addWidget(m_zone);
    row->addWidget(m_filter, 1);
    row->addWidget(m_filterAny);
    row->addWidget(m_compare);
    row->addWidget(m_saved);
    row->addWidget(savedViewButton());

    connect(m_preset, &QComboBox::activated, this, [this] { applyPreset(Preset(m_preset->currentData().toInt())); });
    for (QDateEdit* e : {m_from, m_to})
        connect(e, &QDateEdit::dateChanged, this, [this] {
            if (m_applying)
                return;
            m_preset->setCurrentIndex(m_preset->findData(Custom));
            emitScope();
        });
    connect(m_zone, &QComboBox::activated, this, &GlobalControlsBar::emitScope);
    connect(m_filter, &FilterChipField::edited, this, &GlobalControlsBar::emitScope);
    connect(m_filterAny, &QCheckBox::toggled, this, &GlobalControlsBar::emitScope);
    connect(m_compare, &QCheckBox::toggled, this, &GlobalControlsBar::emitScope);
    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        if (index > 0 && index <= m_savedViews.size())
            applySavedView(m_savedViews[index - 1].name);
    });
}

QWidget* GlobalControlsBar::savedViewButton()
{
    auto* save = new QToolButton(this);
    save->setText(tr("Save view…"));
    save->setObjectName(QStringLiteral("saveViewButton"));
    save->setToolTip(tr("Keep the date range, zone, filter and every view's query under a name"));
    save->setPopupMode(QToolButton::MenuButtonPopup);
    auto* menu = new QMenu(save);
    const auto picked = [this] { return m_saved->currentIndex() > 0 ? m_saved->currentText() : QString(); };
    connect(save, &QToolButton::clicked, this, [this, picked] {
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("Save View"), tr("Name of this view:"), QLineEdit::Normal, picked(), &ok)
                .trimmed();
        if (ok && !name.isEmpty())
            Q_EMIT saveViewRequested(name);
    });
    QAction* rename = menu->addAction(tr("Rename Saved View…"), this, [this, picked] {
        const QString from = picked();
        bool ok = false;
        const QString to =
            QInputDialog::getText(this, tr("Rename Saved View"), tr("New name:"), QLineEdit::Normal, from, &ok)
                .trimmed();
        if (ok && !to.isEmpty() && to != from)
            Q_EMIT renameViewRequested(from, to);
    });
    QAction* remove = menu->addAction(tr("Delete Saved View"), this, [this, picked] {
        const QString name = picked();
        if (QMessageBox::question(this, tr("Delete Saved View"), tr("Delete the saved view \"%1\"?").arg(name))
            == QMessageBox::Yes)
            Q_EMIT deleteViewRequested(name);
    });
    // Rename and delete act on the view picked in the box.
    connect(menu, &QMenu::aboutToShow, this, [rename, remove, picked] {
        rename->setEnabled(!picked().isEmpty());
        remove->setEnabled(!picked().isEmpty());
    });
    save->setMenu(menu);
    return save;
}

AnalysisScope GlobalControlsBar::scope() const
{
    AnalysisScope s;
    s.from = m_from->date();
    s.to = m_to->date();
    const int zone = m_zone->findText(m_zone->currentText());
    s.zoneId = zone > 0 ? m_zone->itemData(zone).toByteArray() : QByteArray();
    s.filter = m_filter->filterText();
    s.filterAny = m_filterAny->isChecked();
    s.compare = m_compare->isChecked();
    return s;
}

void GlobalControlsBar::setScope(const AnalysisScope& s)
{
    m_applying = true;
    if (s.from.isValid())
        m_from->setDate(s.from);
    if (s.to.isValid())
        m_to->setDate(s.to);
    const int zone = s.zoneId.isEmpty() ? 0 : m_zone->findData(s.zoneId);
    m_zone->setCurrentIndex(std::max(0, zone));
    m_filter->setFilterText(s.filter);
    m_filterAny->blockSignals(true);
    m_filterAny->setChecked(s.filterAny);
    m_filterAny->blockSignals(false);
    m_compare->blockSignals(true);
    m_compare->setChecked(s.compare);
    m_compare->blockSignals(false);
    m_applying = false;
}

void GlobalControlsBar::setDataDays(const QDate& first, const QDate& last)
{
    const bool firstTime = !m_last.isValid();
    m_first = first;
    m_last = last;
    if (firstTime && last.isValid()) {
        m_applying = true;
        applyPreset(Preset(m_preset->currentData().toInt()));
        m_applying = false;
    }
}

void GlobalControlsBar::setWorkspaceZone(const QByteArray& zoneId)
{
    m_zone->setItemText(0, zoneId.isEmpty() ? tr("Workspace zone")
                                            : tr("Workspace zone (%1)").arg(QString::fromUtf8(zoneId)));
    // Wide enough for the workspace's own entry in every language; other zones type or scroll.
    m_zone->setMinimumContentsLength(int(std::max<qsizetype>(19, m_zone->itemText(0).size())));
}

void GlobalControlsBar::setSavedViews(const QList<SavedView>& views)
{
    const QString picked = m_saved->currentText();
    m_savedViews = views;
    while (m_saved->count() > 1)
        m_saved->removeItem(1);
    for (const SavedView& v : views)
        m_saved->addItem(v.name);
    m_saved->setCurrentIndex(std::max(0, m_saved->findText(picked)));
}

void GlobalControlsBar::applyPreset(Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(preset));
    const QDate last = m_last.isValid() ? m_last : QDate::currentDate();
    QDate from = m_from->date();
    switch (preset) {
    case Last7:
        from = last.addDays(-6);
        break;
    case Last30:
        from = last.addDays(-29);
        break;
    case Last90:
        from = last.addDays(-89);
        break;
    case ThisMonth:
        from = QDate(last.year(), last.month(), 1);
        break;
    case AllData:
        from = m_first.isValid() ? m_first : last;
        break;
    case Custom:
        return;
    }
    const bool wasApplying = m_applying;
    m_applying = true;
    m_from->setDate(from);
    m_to->setDate(last);
    m_applying = wasApplying;
    if (!wasApplying)
        emitScope();
}

QStringList GlobalControlsBar::savedViewNames() const
{
    QStringList names;
    for (const SavedView& view : m_savedViews)
        names.append(view.name);
    return names;
}

void GlobalControlsBar::applySavedView(const QString& name)
{
    for (const SavedView& view : m_savedViews)
        if (view.name == name) {
            m_saved->setCurrentIndex(m_saved->findText(name));
            Q_EMIT savedViewApplied(view);
            setScope(view.scope);
            if (view.preset != Custom) {
                applyPreset(Preset(view.preset)); // "Last 30 days" means the newest 30 days
            } else {
                m_preset->setCurrentIndex(m_preset->findData(Custom));
                emitScope();
            }
            return;
        }
}

void GlobalControlsBar::applyFilter(const QString& text)
{
    m_filter->setFilterText(text);
    emitScope();
}

QLineEdit* GlobalControlsBar::filter() const { return m_filter->entry(); }

FilterCompleter* GlobalControlsBar::filterCompleter() const { return m_filter->completer(); }

void GlobalControlsBar::setFilterError(const QString& message) { m_filter->setError(message); }

void GlobalControlsBar::emitScope()
{
    if (!m_applying)
        Q_EMIT scopeChanged(scope());
}

} // namespace hc::ui
