#pragma once

#include <QJsonObject>

class QChart;

namespace hc::ui {

// Draws the evidence behind an insight (Insight.h documents its JSON): a daily series with its
// expected range and the day marked, groups compared on a rate, or the drivers of a change.
class EvidenceChart {
public:
    // The evidence's main chart; false when it holds nothing to draw.
    static bool draw(QChart* chart, const QJsonObject& evidence);
    // The "drivers" part (the value that moved most first); false when there is none.
    static bool drawDrivers(QChart* chart, const QJsonObject& evidence);
};

} // namespace hc::ui
