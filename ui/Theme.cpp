#include "ui/Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

namespace hc::ui {

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x21, 0x24), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xe0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace

void Theme::apply(Kind kind)
{
    static const QPalette systemPalette = QApplication::palette();
    // Setting the style again would re-polish every widget and grow some minimum sizes.
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const bool systemDark = systemPalette.color(QPalette::Window).lightness() < 128;
    const bool dark = kind == Kind::Dark || (kind == Kind::System && systemDark);
    QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
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
