#include "tests/support/AccessibilityChecks.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QSet>
#include <QSpinBox>

#include <algorithm>

namespace hc::test {

namespace {

QString nameOf(const QWidget* w)
{
    const QWidget* parent = w->parentWidget();
    return QStringLiteral("%1 “%2” in %3")
        .arg(QString::fromLatin1(w->metaObject()->className()),
             !w->accessibleName().isEmpty() ? w->accessibleName() : w->objectName(),
             parent ? QString::fromLatin1(parent->metaObject()->className()) + u' ' + parent->objectName() : QString());
}

// A combo box's own line edit and a spin box's are parts of it, not controls of their own.
bool isPart(const QWidget* w)
{
    return qobject_cast<QComboBox*>(w->parentWidget()) || qobject_cast<QAbstractSpinBox*>(w->parentWidget());
}

bool laidOutIn(const QLayout* layout, const QWidget* w)
{
    for (int i = 0; layout && i < layout->count(); ++i) {
        QLayoutItem* item = layout->itemAt(i);
        if (item->widget() == w || laidOutIn(item->layout(), w))
            return true;
    }
    return false;
}

// A control placed by hand over others (a view's floating Export button) has no place in the
// reading order of the laid-out ones; a widget in a scroll area or splitter is laid out by it.
bool floating(const QWidget* w)
{
    const QWidget* parent = w->parentWidget();
    return parent && parent->layout() && !laidOutIn(parent->layout(), w);
}

bool tabStop(const QWidget* w, const QWidget* root)
{
    // Tab passes over a widget that hands its focus on (a chart's viewport), as Qt's chain does.
    return w != root && root->isAncestorOf(w) && w->isVisibleTo(root) && w->isEnabled()
           && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() && !isPart(w) && !floating(w) && w->width() > 0;
}

} // namespace

QStringList labelProblems(QWidget* root)
{
    QStringList problems;
    QSet<QWidget*> labelled;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (label->buddy())
            labelled.insert(label->buddy());
        // A label that shows a control's name (ends in ':' or sits in a control row) needs a buddy;
        // explanatory text, headings and values do not name anything.
        if (!label->buddy() && label->text().trimmed().endsWith(u':'))
            problems << QStringLiteral("label “%1” has no buddy").arg(label->text());
    }
    for (QWidget* w : root->findChildren<QWidget*>())
        if ((qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QLineEdit*>(w))
            && !isPart(w) && w->accessibleName().isEmpty() && !labelled.contains(w))
            problems << QStringLiteral("%1 has no name").arg(nameOf(w));
    return problems;
}

QStringList tabOrderProblems(QWidget* root)
{
    QList<QWidget*> chain;
    QWidget* first = nullptr;
    for (QWidget* w : root->findChildren<QWidget*>())
        if (tabStop(w, root)) {
            first = w;
            break;
        }
    if (!first)
        return {};
    // Follow the focus chain from the first stop once round, keeping the stops under root.
    QWidget* w = first;
    do {
        if (tabStop(w, root) && !chain.contains(w))
            chain.append(w);
        w = w->nextInFocusChain();
    } while (w && w != first);
    // Start where reading starts: the stop nearest the top left.
    const auto where = [root](const QWidget* x) { return x->mapTo(root, QPoint(0, 0)); };
    int start = 0;
    for (int i = 1; i < chain.size(); ++i) {
        const QPoint a = where(chain[i]), b = where(chain[start]);
        if (a.y() + 4 < b.y() || (std::abs(a.y() - b.y()) <= 4 && a.x() < b.x()))
            start = i;
    }
    std::rotate(chain.begin(), chain.begin() + start, chain.end());
    QStringList problems;
    for (int i = 1; i < chain.size(); ++i) {
        const QWidget* a = chain[i - 1];
        const QWidget* b = chain[i];
        const QRect ra(where(a), a->size()), rb(where(b), b->size());
        // The same row: their vertical extents overlap by more than half the smaller one.
        const int overlap = std::min(ra.bottom(), rb.bottom()) - std::max(ra.top(), rb.top());
        const bool sameRow = overlap > std::min(ra.height(), rb.height()) / 2;
        const bool forward = sameRow ? rb.left() > ra.left() : rb.top() > ra.top();
        if (!forward)
            problems << QStringLiteral("Tab goes from %1 back to %2").arg(nameOf(a), nameOf(b));
    }
    return problems;
}

} // namespace hc::test
