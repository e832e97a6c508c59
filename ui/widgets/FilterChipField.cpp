#include "ui/widgets/FilterChipField.h"

#include "core/analysis/query/Condition.h"
#include "ui/widgets/FilterCompleter.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace hc::ui {

namespace {

QStringList split(const QString& text)
{
    QStringList parts;
    for (const QString& part : text.split(u';', Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    return parts;
}

} // namespace

FilterChipField::FilterChipField(WorkbenchData& data, QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("filterField"));
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Sunken);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    // The chips scroll sideways when the bar is short of room, so many conditions never widen the
    // window; the newest stays in sight. resizeEvent places the strip and the entry.
    m_chipArea = new QScrollArea(this);
    m_chipArea->setObjectName(QStringLiteral("filterChips"));
    m_chipArea->setFrameShape(QFrame::NoFrame);
    m_chipArea->setWidgetResizable(true);
    m_chipArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_chipArea->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_chipArea->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_chipArea->viewport()->setAutoFillBackground(false);
    auto* chips = new QWidget(m_chipArea);
    chips->setAutoFillBackground(false);
    // One style for every chip: a rounded pill, outlined red while it is the one at fault.
    chips->setStyleSheet(
        QStringLiteral("#filterChipFrame { background: palette(alternate-base); border: 1px solid palette(mid);"
                       " border-radius: 9px; }"
                       "#filterChipFrame[faulty=\"true\"] { border: 1px solid #d64545; }"
                       "QToolButton { border: none; padding: 0 3px; }"));
    m_chipRow = new QHBoxLayout(chips);
    m_chipRow->setContentsMargins(0, 0, 0, 0);
    m_chipRow->setSpacing(3);
    m_chipArea->setWidget(chips);
    m_entry = new QLineEdit(this);
    m_entry->setObjectName(QStringLiteral("filterBar"));
    m_entry->setAccessibleName(tr("Filter"));
    m_entry->setFrame(false);
    m_entry->setClearButtonEnabled(true);
    m_entry->setMinimumWidth(100);
    m_entry->installEventFilter(this);
    m_completer = new FilterCompleter(m_entry, data);
    setFocusProxy(m_entry);
    rebuildChips();
    connect(m_entry, &QLineEdit::returnPressed, this, &FilterChipField::commitEntry);
    connect(m_entry, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            emitIfChanged(); // cleared with the button (an edited chip's condition goes with it)
    });
}

QSize FilterChipField::sizeHint() const
{
    const int chips = m_conditions.isEmpty() ? 0 : m_chipArea->widget()->sizeHint().width() + kGap;
    const QSize entry = m_entry->sizeHint();
    return {2 * kMargin + chips + entry.width(), 2 * kMargin + std::max(entry.height(), chipHeight())};
}

QSize FilterChipField::minimumSizeHint() const
{
    const int chips = m_conditions.isEmpty() ? 0 : 60 + kGap; // a glimpse of the chips, which scroll
    return {2 * kMargin + chips + m_entry->minimumWidth(), sizeHint().height()};
}

void FilterChipField::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    placeChildren();
}

void FilterChipField::placeChildren()
{
    // The chips take their width while the entry keeps its minimum; past that they scroll.
    const QRect inner = contentsRect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const int wanted = m_conditions.isEmpty() ? 0 : m_chipArea->widget()->sizeHint().width();
    const int chips = std::max(0, std::min(wanted, inner.width() - m_entry->minimumWidth() - kGap));
    const int chipTop = inner.top() + (inner.height() - chipHeight()) / 2;
    m_chipArea->setGeometry(inner.left(), chipTop, chips, chipHeight());
    const int entryLeft = inner.left() + (chips > 0 ? chips + kGap : 0);
    m_entry->setGeometry(entryLeft, inner.top(), inner.right() + 1 - entryLeft, inner.height());
}

int FilterChipField::chipHeight() const { return m_chipArea->widget()->sizeHint().height(); }

QString FilterChipField::filterText() const
{
    return (m_conditions + split(m_entry->text())).join(QStringLiteral("; "));
}

void FilterChipField::setFilterText(const QString& text)
{
    if (split(text) == m_conditions && m_entry->text().isEmpty() && m_editAt < 0) {
        m_applied = filterText(); // the chips shown already
        return;
    }
    m_conditions = split(text);
    m_editAt = -1;
    m_entry->blockSignals(true);
    m_entry->clear();
    m_entry->blockSignals(false);
    m_applied = filterText();
    rebuildChips();
}

void FilterChipField::setError(const QString& message)
{
    // The first chip the message quotes is the one at fault: the filter quotes its condition, a
    // cohort's error the cohort's name.
    const auto quotes = [&message](const QString& condition) {
        if (message.contains(condition))
            return true;
        QString error;
        const auto parsed = analysis::parseCondition(condition, error);
        for (const QString& value : parsed ? parsed->values : QStringList())
            if (message.contains(u'“' + value + u'”'))
                return true;
        return false;
    };
    int faulty = -1;
    for (int i = 0; i < m_conditions.size() && faulty < 0 && !message.isEmpty(); ++i)
        if (quotes(m_conditions[i]))
            faulty = i;
    // Every new view clears the error: restyle only what changes.
    for (int i = 0; i < m_chips.size(); ++i) {
        if (m_chips[i]->property("faulty").toBool() != (i == faulty)) {
            m_chips[i]->setProperty("faulty", i == faulty);
            m_chips[i]->style()->unpolish(m_chips[i]);
            m_chips[i]->style()->polish(m_chips[i]);
        }
        chipButton(i)->setToolTip(i == faulty ? message : tr("Edit this condition"));
    }
    const bool whole = !message.isEmpty() && faulty < 0;
    if (whole != !styleSheet().isEmpty())
        setStyleSheet(whole ? QStringLiteral("#filterField { border: 1px solid #d64545; }") : QString());
    m_entry->setToolTip(whole ? message : QString());
}

QToolButton* FilterChipField::chipButton(int index) const
{
    return m_chips.value(index) ? m_chips[index]->findChild<QToolButton*>(QStringLiteral("filterChip")) : nullptr;
}

QToolButton* FilterChipField::removeButton(int index) const
{
    return m_chips.value(index) ? m_chips[index]->findChild<QToolButton*>(QStringLiteral("filterChipRemove")) : nullptr;
}

bool FilterChipField::eventFilter(QObject* watched, QEvent* event)
{
    // Backspace in an empty entry takes the last chip back into it for editing.
    if (watched == m_entry && event->type() == QEvent::KeyPress && m_entry->text().isEmpty()
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Backspace && !m_conditions.isEmpty()) {
        editChip(int(m_conditions.size()) - 1);
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

void FilterChipField::commitEntry()
{
    const QStringList typed = split(m_entry->text());
    for (const QString& condition : typed) {
        QString error;
        if (!analysis::parseCondition(condition, error)) {
            setError(tr("Filter \"%1\": %2").arg(condition, error)); // no chip has it: the field is marked
            return;
        }
    }
    // An edited chip's conditions go back where the chip was; new ones after the others.
    qsizetype at = m_editAt >= 0 ? std::min(m_editAt, m_conditions.size()) : m_conditions.size();
    for (const QString& condition : typed)
        if (!m_conditions.contains(condition))
            m_conditions.insert(at++, condition);
    m_editAt = -1;
    m_entry->blockSignals(true);
    m_entry->clear();
    m_entry->blockSignals(false);
    rebuildChips();
    emitIfChanged();
}

void FilterChipField::editChip(int index)
{
    // The condition moves into the entry; Enter puts it back, changed or not, in its place.
    const QString condition = m_conditions.takeAt(index);
    m_editAt = index;
    const QString typed = m_entry->text().trimmed();
    m_entry->setText(typed.isEmpty() ? condition : typed + QStringLiteral("; ") + condition);
    rebuildChips();
    m_entry->setFocus(Qt::OtherFocusReason);
}

void FilterChipField::removeChip(int index)
{
    m_conditions.removeAt(index);
    m_editAt = -1;
    rebuildChips();
    m_entry->setFocus(Qt::OtherFocusReason);
    emitIfChanged();
}

void FilterChipField::rebuildChips()
{
    // Out of the row at once (so the new size counts only the new chips), deleted later: this may
    // run inside a chip's own click.
    for (QWidget* chip : m_chips) {
        m_chipRow->removeWidget(chip);
        chip->hide();
        chip->deleteLater();
    }
    m_chips.clear();
    for (int i = 0; i < m_conditions.size(); ++i) {
        const QString condition = m_conditions[i];
        auto* chip = new QFrame(m_chipArea->widget());
        chip->setObjectName(QStringLiteral("filterChipFrame"));
        auto* layout = new QHBoxLayout(chip);
        layout->setContentsMargins(4, 0, 2, 0);
        layout->setSpacing(0);
        auto* text = new QToolButton(chip);
        text->setObjectName(QStringLiteral("filterChip"));
        text->setText(condition);
        text->setAccessibleName(tr("Edit condition %1").arg(condition));
        text->setToolTip(tr("Edit this condition"));
        auto* remove = new QToolButton(chip);
        remove->setObjectName(QStringLiteral("filterChipRemove"));
        remove->setText(QStringLiteral("×"));
        remove->setAccessibleName(tr("Remove condition %1").arg(condition));
        remove->setToolTip(tr("Remove this condition"));
        layout->addWidget(text);
        layout->addWidget(remove);
        connect(text, &QToolButton::clicked, this, [this, i] { editChip(i); });
        connect(remove, &QToolButton::clicked, this, [this, i] { removeChip(i); });
        m_chipRow->addWidget(chip);
        m_chips.append(chip);
    }
    m_chipArea->setVisible(!m_conditions.isEmpty());
    m_chipArea->widget()->adjustSize();
    updateGeometry(); // a new size hint for the bar
    placeChildren();
    QTimer::singleShot(
        0, this, [this] { m_chipArea->horizontalScrollBar()->setValue(m_chipArea->horizontalScrollBar()->maximum()); });
    setToolTip(m_conditions.isEmpty() ? QString() : m_conditions.join(QStringLiteral("; ")));
    m_entry->setPlaceholderText(m_conditions.isEmpty() ? tr("Filter: country=DE; plan=pro|team; revenue>10")
                                                       : tr("Add a condition…"));
}

void FilterChipField::emitIfChanged()
{
    if (filterText() == m_applied)
        return;
    m_applied = filterText();
    Q_EMIT edited();
}

} // namespace hc::ui
