#include "ui/Theme.h"

#include "ui/Assets.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

namespace hc::ui {

void Theme::apply(Kind kind)
{
    static const QPalette systemPalette = QApplication::palette();
    // Setting the style again would re-polish every widget and grow some minimum sizes.
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const bool systemDark = systemPalette.color(QPalette::Window).lightness() < 128;
    const bool dark = kind == Kind::Dark || (kind == Kind::System && systemDark);
    QApplication::setPalette(dark ? Assets::darkPalette() : QApplication::style()->standardPalette());
}

Theme::Kind Theme::fromName(const QString& name)
{
    if (name == QLatin1String("dark"))
        return Kind::Dark;
    if (name == QLatin1String("light"))
        return Kind::Light;
    return Kind::System;
}

QString Theme::name(Kind kind)
{
    switch (kind) {
    case Kind::Dark:
        return QStringLiteral("dark");
    case Kind::Light:
        return QStringLiteral("light");
    case Kind::System:
        return QStringLiteral("system");
    }
    return QStringLiteral("system");
}

bool Theme::isDark() { return QApplication::palette().color(QPalette::Window).lightness() < 128; }

} // namespace hc::ui
