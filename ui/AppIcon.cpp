#include "ui/AppIcon.h"

#include "ui/Assets.h"

#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace hc::ui {

QIcon appIcon()
{
    // Rendered here at each size: QIcon reads SVG only through an optional image plugin.
    QSvgRenderer svg(Assets::iconPath());
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        svg.render(&p);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace hc::ui
