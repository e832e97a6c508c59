#include "ui/Assets.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>

namespace hc::ui {

namespace {

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

struct ChartColors {
    QList<QColor> series;
    QColor low, high;
};

const ChartColors& chartColors()
{
    static const ChartColors colors = [] {
        const QJsonObject o = readJson(QStringLiteral(":/palettes/charts.json"));
        ChartColors c;
        for (const QJsonValue v : o.value(QStringLiteral("series")).toArray())
            c.series.append(QColor(v.toString()));
        if (c.series.isEmpty())
            c.series.append(QColor(Qt::darkGray));
        const QJsonObject heatmap = o.value(QStringLiteral("heatmap")).toObject();
        c.low = QColor(heatmap.value(QStringLiteral("low")).toString(QStringLiteral("#ffffff")));
        c.high = QColor(heatmap.value(QStringLiteral("high")).toString(QStringLiteral("#000000")));
        return c;
    }();
    return colors;
}

void setRoles(QPalette& palette, QPalette::ColorGroup group, const QJsonObject& roles)
{
    const QMetaEnum names = QMetaEnum::fromType<QPalette::ColorRole>();
    for (auto it = roles.begin(); it != roles.end(); ++it) {
        bool known = false;
        const int role = names.keyToValue(it.key().toLatin1().constData(), &known);
        if (known)
            palette.setColor(group, QPalette::ColorRole(role), QColor(it.value().toString()));
    }
}

} // namespace

const QPalette& Assets::darkPalette()
{
    static const QPalette palette = [] {
        const QJsonObject o = readJson(QStringLiteral(":/palettes/dark.json"));
        QPalette p;
        setRoles(p, QPalette::All, o.value(QStringLiteral("roles")).toObject());
        setRoles(p, QPalette::Disabled, o.value(QStringLiteral("disabled")).toObject());
        return p;
    }();
    return palette;
}

const QList<QColor>& Assets::seriesColors() { return chartColors().series; }

QColor Assets::heatmapLow() { return chartColors().low; }

QColor Assets::heatmapHigh() { return chartColors().high; }

const Assets::PdfStyle& Assets::pdfStyle()
{
    static const PdfStyle style = [] {
        const QJsonObject o = readJson(QStringLiteral(":/reports/pdf-style.json"));
        PdfStyle s;
        s.font = o.value(QStringLiteral("font")).toString(QStringLiteral("Sans Serif"));
        const QJsonObject sizes = o.value(QStringLiteral("sizes")).toObject();
        for (auto [key, size] :
             {std::pair{"cover", &s.cover}, std::pair{"heading", &s.heading}, std::pair{"subheading", &s.subheading},
              std::pair{"body", &s.body}, std::pair{"small", &s.small}})
            *size = sizes.value(QLatin1String(key)).toDouble(*size);
        const QJsonObject colors = o.value(QStringLiteral("colors")).toObject();
        const auto color = [&](const char* key) {
            return QColor(colors.value(QLatin1String(key)).toString(QStringLiteral("#000000")));
        };
        s.ink = color("ink");
        s.muted = color("muted");
        s.rule = color("rule");
        s.headerFill = color("headerFill");
        return s;
    }();
    return style;
}

} // namespace hc::ui
