#pragma once

#include <QIcon>

namespace hc::ui {

// The application icon at every size, from resources/icons/hitcraft.svg (the file the desktop
// menu installs too).
QIcon appIcon();

} // namespace hc::ui
