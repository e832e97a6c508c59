#pragma once

#include <QList>
#include <QStringList>

#include <functional>

class QDockWidget;
class QMainWindow;

namespace hc::ui {

// PNGs of a window at 1600×1000: the whole window, then each dock raised in turn (docks named
// in `alwaysShown` appear in every picture and get none of their own). A view computes when it
// is first shown: each picture waits until `idle` says the window is done (at most 60 s).
class ScreenshotWriter {
public:
    static QStringList write(QMainWindow& window, const QList<QDockWidget*>& docks, const QStringList& alwaysShown,
                             const QString& directory, const QString& suffix, const std::function<bool()>& idle);
};

} // namespace hc::ui
