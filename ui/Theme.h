#pragma once

#include <QString>

namespace hc::ui {

// Light and dark looks on the Fusion style. "system" follows the desktop: the platform's palette
// when it is dark, else light.
class Theme {
public:
    enum class Kind { System, Light, Dark };
    static void apply(Kind kind);
    static Kind fromName(const QString& name);
    static QString name(Kind kind);
    static bool isDark();
};

} // namespace hc::ui
