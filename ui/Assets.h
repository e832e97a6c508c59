#pragma once

#include <QColor>
#include <QList>
#include <QPalette>
#include <QString>

namespace hc::ui {

// The files under resources/, compiled into the application: the icon, the dark palette, the
// chart colours and the PDF report style. Each is read once and kept; a file that is missing or
// does not parse is a build defect, caught by tst_main_window, so defaults here stay neutral.
class Assets {
public:
    struct PdfStyle {
        QString font;
        double cover = 28, heading = 16, subheading = 11.5, body = 9.5, small = 8; // points
        QColor ink, muted, rule, headerFill;
    };

    static QString iconPath() { return QStringLiteral(":/icons/hitcraft.svg"); }
    static const QPalette& darkPalette();
    static const QList<QColor>& seriesColors();
    // The retention heatmap's ramp: an empty cell's colour, then a full one's.
    static QColor heatmapLow();
    static QColor heatmapHigh();
    static const PdfStyle& pdfStyle();
};

} // namespace hc::ui
