#pragma once

#include <QDialog>

namespace hc::ui {

// Every action of a window that has a shortcut, sorted by name.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget* window);
};

} // namespace hc::ui
