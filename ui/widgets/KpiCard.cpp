#include "ui/widgets/KpiCard.h"

#include "core/util/NumberFormat.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace hc::ui {

KpiCard::KpiCard(const QString& id, QWidget* parent) : QFrame(parent), m_id(id)
{
    setObjectName(QStringLiteral("kpi_") + id);
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(170, 84);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void KpiCard::setContent(const QString& label, const QString& value, std::optional<Change> change, bool higherIsBetter)
{
    m_label = label;
    m_value = value;
    m_change = std::move(change);
    m_higherIsBetter = higherIsBetter;
    setAccessibleName(label);
    if (m_change) {
        setAccessibleDescription(tr("%1, %2 against %3").arg(value, m_change->text, m_change->range));
        setToolTip(tr("%1: %2\n%3: %4 (%5)").arg(label, value, m_change->range, m_change->previous, m_change->text)
                   + (m_hint.isEmpty() ? QString() : u'\n' + m_hint));
    } else {
        setAccessibleDescription(value);
        setToolTip(tr("%1: %2").arg(label, value) + (m_hint.isEmpty() ? QString() : u'\n' + m_hint));
    }
    update();
}

void KpiCard::setClickHint(const QString& hint)
{
    m_hint = hint;
    setCursor(hint.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
}

void KpiCard::setSparkline(std::vector<double> values)
{
    m_spark = std::move(values);
    update();
}

QString KpiCard::changeText() const { return m_change ? m_change->text : QString(); }

void KpiCard::paintEvent(QPaintEvent* event)
{
    QFrame::paintEvent(event);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect r = contentsRect().adjusted(10, 8, -10, -8);
    const QPalette pal = palette();
    QFont f = font();
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawText(r, Qt::AlignLeft | Qt::AlignTop, fontMetrics().elidedText(m_label, Qt::ElideRight, r.width()));
    f.setPointSizeF(f.pointSizeF() * 1.7);
    f.setBold(true);
    p.setFont(f);
    p.setPen(pal.color(QPalette::Text));
    const int valueTop = r.top() + fontMetrics().height() + 2;
    p.drawText(QRect(r.left(), valueTop, r.width(), QFontMetrics(f).height()), Qt::AlignLeft, m_value);
    p.setFont(font());
    const int changeTop = valueTop + QFontMetrics(f).height() + 2;
    if (m_change) {
        QColor color = pal.color(QPalette::PlaceholderText);
        QString arrow;
        if (m_change->direction != 0) {
            const bool good = (m_change->direction > 0) == m_higherIsBetter;
            color = good ? QColor(0x2e, 0x9d, 0x4f) : QColor(0xd6, 0x45, 0x45);
            arrow = m_change->direction > 0 ? QStringLiteral("▲ ") : QStringLiteral("▼ ");
        }
        p.setPen(color);
        p.drawText(QRect(r.left(), changeTop, r.width() / 2, fontMetrics().height()), Qt::AlignLeft,
                   fontMetrics().elidedText(arrow + m_change->text, Qt::ElideRight, r.width() / 2));
    }
    // The sparkline beside the change (the whole line when not comparing), from zero to the
    // largest day: every card reads on an honest scale.
    if (m_spark.size() >= 2) {
        const double left = m_change ? r.left() + r.width() * 0.5 : r.left();
        const QRectF box(left, changeTop, r.right() - left, fontMetrics().height());
        double lo = 0, hi = 0;
        for (const double v : m_spark)
            if (!std::isnan(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        const double span = hi - lo > 0 ? hi - lo : 1;
        QPainterPath path;
        bool gap = true; // a day without a value (NaN) breaks the line
        for (size_t i = 0; i < m_spark.size(); ++i) {
            if (std::isnan(m_spark[i])) {
                gap = true;
                continue;
            }
            const QPointF pt(box.left() + box.width() * double(i) / double(m_spark.size() - 1),
                             box.bottom() - box.height() * (m_spark[i] - lo) / span);
            gap ? path.moveTo(pt) : path.lineTo(pt);
            gap = false;
        }
        p.setPen(QPen(pal.color(QPalette::Highlight), 1.5));
        p.drawPath(path);
    }
}

void KpiCard::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()) && !m_hint.isEmpty())
        Q_EMIT clicked(m_id);
    QFrame::mouseReleaseEvent(event);
}

void KpiCard::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)
        && !m_hint.isEmpty()) {
        Q_EMIT clicked(m_id);
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace hc::ui
