#include "ui/ViewQuery.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalBlocker>
#include <QSpinBox>

namespace hc::ui {

namespace {

QString keyOf(const QWidget* w) { return w->objectName().isEmpty() ? w->accessibleName() : w->objectName(); }

// The controls a query is made of: named, not the line edit inside a combo or spin box, and not
// marked as a helper (a picker of the next step to add).
template<typename T>
QList<T*> namedControls(const QWidget* controls)
{
    QList<T*> out;
    for (T* w : controls->findChildren<T*>())
        if (!keyOf(w).isEmpty() && !qobject_cast<QComboBox*>(w->parentWidget())
            && !qobject_cast<QAbstractSpinBox*>(w->parentWidget()) && !w->property(ViewQuery::kNotInQuery).toBool())
            out.append(w);
    return out;
}

QJsonValue comboValue(const QComboBox* c)
{
    if (c->isEditable())
        return c->currentText();
    const QVariant data = c->currentData();
    return QJsonObject{{QStringLiteral("data"), data.isValid() ? data.toString() : QString()},
                       {QStringLiteral("text"), c->currentText()}};
}

void setCombo(QComboBox* c, const QJsonValue& v)
{
    if (v.isString()) {
        c->setCurrentText(v.toString());
        return;
    }
    const QString data = v.toObject().value(QStringLiteral("data")).toString();
    const QString text = v.toObject().value(QStringLiteral("text")).toString();
    int i = data.isEmpty() ? c->findText(text) : c->findData(data);
    if (i < 0 && !data.isEmpty()) { // a picker filled later with the data's names
        c->addItem(text, data);
        i = c->count() - 1;
    }
    if (i >= 0)
        c->setCurrentIndex(i);
}

} // namespace

QJsonObject ViewQuery::capture(const QWidget* controls)
{
    QJsonObject q;
    if (!controls)
        return q;
    for (const QComboBox* c : namedControls<QComboBox>(controls))
        q.insert(keyOf(c), comboValue(c));
    for (const QSpinBox* s : namedControls<QSpinBox>(controls))
        q.insert(keyOf(s), s->value());
    for (const QCheckBox* b : namedControls<QCheckBox>(controls))
        q.insert(keyOf(b), b->isChecked());
    for (const QLineEdit* e : namedControls<QLineEdit>(controls))
        q.insert(keyOf(e), e->text());
    for (const QListWidget* l : namedControls<QListWidget>(controls)) {
        QJsonArray items;
        for (int i = 0; i < l->count(); ++i)
            items.append(l->item(i)->text());
        q.insert(keyOf(l), items);
    }
    return q;
}

void ViewQuery::restore(QWidget* controls, const QJsonObject& query)
{
    if (!controls)
        return;
    // Combo boxes first and unblocked: a view recomputes on `activated` (a user's pick) only, and
    // some bound other controls on a change (a funnel's window unit sets its window's maximum).
    for (QComboBox* c : namedControls<QComboBox>(controls))
        if (query.contains(keyOf(c)))
            setCombo(c, query.value(keyOf(c)));
    for (QSpinBox* s : namedControls<QSpinBox>(controls))
        if (query.contains(keyOf(s))) {
            const QSignalBlocker block(s);
            s->setValue(query.value(keyOf(s)).toInt());
        }
    for (QCheckBox* b : namedControls<QCheckBox>(controls))
        if (query.contains(keyOf(b))) {
            const QSignalBlocker block(b);
            b->setChecked(query.value(keyOf(b)).toBool());
        }
    for (QLineEdit* e : namedControls<QLineEdit>(controls))
        if (query.contains(keyOf(e))) {
            const QSignalBlocker block(e);
            e->setText(query.value(keyOf(e)).toString());
        }
    for (QListWidget* l : namedControls<QListWidget>(controls))
        if (query.contains(keyOf(l))) {
            const QSignalBlocker block(l);
            l->clear();
            for (const QJsonValue v : query.value(keyOf(l)).toArray())
                l->addItem(v.toString());
        }
}

} // namespace hc::ui
