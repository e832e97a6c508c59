#pragma once

#include <QIcon>

namespace hc::ui {

// The application icon, drawn at every size rather than shipped as bitmaps
// (packaging/hitcraft.svg is the same design for the desktop menu).
QIcon appIcon();

} // namespace hc::ui
