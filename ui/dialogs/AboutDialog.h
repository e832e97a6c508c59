#pragma once

class QWidget;

namespace hc::ui {

// The About box: version, the libraries it runs on, and where secrets live.
class AboutDialog {
public:
    static void show(QWidget* parent);
};

} // namespace hc::ui
