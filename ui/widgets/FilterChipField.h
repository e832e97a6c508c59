#pragma once

#include <QFrame>
#include <QStringList>

class QHBoxLayout;
class QLineEdit;
class QScrollArea;
class QToolButton;

namespace hc::ui {

class FilterCompleter;
class WorkbenchData;

// The filter bar as chips: every applied condition is a chip (click it to edit it again, × to
// remove it), followed by an entry for more conditions with completion from the dataset. Enter
// checks what was typed and turns each condition into a chip; a condition that does not parse
// stays in the entry with the reason. The scope's filter is the chips, then the entry's text.
class FilterChipField : public QFrame {
    Q_OBJECT
public:
    FilterChipField(WorkbenchData& data, QWidget* parent = nullptr);

    QLineEdit* entry() const { return m_entry; }
    FilterCompleter* completer() const { return m_completer; }
    QStringList conditions() const { return m_conditions; }
    // The chips' conditions, then the entry's, separated by "; ".
    QString filterText() const;
    // Shows a filter's conditions as chips and empties the entry; emits nothing.
    void setFilterText(const QString& text);
    // The filter could not be applied: the chip the message names is marked, else the whole field.
    void setError(const QString& message);
    QToolButton* chipButton(int index) const;
    QToolButton* removeButton(int index) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // The applied conditions changed: a chip was added or removed, or the entry was emptied.
    void edited();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void commitEntry();
    void editChip(int index);
    void removeChip(int index);
    void rebuildChips();
    void emitIfChanged();
    int chipHeight() const;
    void placeChildren();

    static constexpr int kMargin = 1;
    static constexpr int kGap = 3;

    QScrollArea* m_chipArea;
    QHBoxLayout* m_chipRow;
    QLineEdit* m_entry;
    FilterCompleter* m_completer;
    QStringList m_conditions;
    QList<QWidget*> m_chips;
    QString m_applied;       // the filter text last applied
    qsizetype m_editAt = -1; // where the chip being edited was
};

} // namespace hc::ui
