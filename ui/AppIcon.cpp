#include "ui/AppIcon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace hc::ui {

QIcon appIcon()
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal s = size / 64.0;
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x1f, 0x3a, 0x5f));
        p.drawRoundedRect(QRectF(2 * s, 2 * s, 60 * s, 60 * s), 12 * s, 12 * s);
        // Three rising bars and a trend line: counting events, seeing what changed.
        p.setBrush(QColor(0x4f, 0xc3, 0xf7));
        p.drawRect(QRectF(14 * s, 36 * s, 8 * s, 16 * s));
        p.drawRect(QRectF(28 * s, 26 * s, 8 * s, 26 * s));
        p.drawRect(QRectF(42 * s, 16 * s, 8 * s, 36 * s));
        QPen pen(QColor(0xff, 0xb7, 0x4d), 4 * s);
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        QPainterPath path;
        path.moveTo(12 * s, 30 * s);
        path.lineTo(26 * s, 20 * s);
        path.lineTo(36 * s, 24 * s);
        path.lineTo(52 * s, 10 * s);
        p.drawPath(path);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace hc::ui
