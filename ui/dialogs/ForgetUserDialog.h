#pragma once

#include <QString>

class QWidget;

namespace hc::ui {

// Asks which distinct_id to forget and confirms it; empty when the person backs out.
class ForgetUserDialog {
public:
    static QString ask(QWidget* parent);
};

} // namespace hc::ui
