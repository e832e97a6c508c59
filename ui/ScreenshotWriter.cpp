#include "ui/ScreenshotWriter.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QMainWindow>
#include <QPixmap>

namespace hc::ui {

QStringList ScreenshotWriter::write(QMainWindow& window, const QList<QDockWidget*>& docks,
                                    const QStringList& alwaysShown, const QString& directory, const QString& suffix,
                                    const std::function<bool()>& idle)
{
    QStringList files;
    QDir().mkpath(directory);
    window.resize(1600, 1000);
    const auto shoot = [&](const QString& name) {
        QCoreApplication::processEvents();
        QDeadlineTimer deadline(60000);
        while (!idle() && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QCoreApplication::processEvents();
        const QString file = QDir(directory).filePath(name + suffix + QStringLiteral(".png"));
        if (window.grab().save(file))
            files.append(file);
    };
    shoot(QStringLiteral("workbench"));
    for (QDockWidget* dock : docks) {
        if (alwaysShown.contains(dock->objectName()))
            continue;
        dock->raise();
        shoot(dock->objectName().chopped(4)); // "trendDock" → trend.png
    }
    return files;
}

} // namespace hc::ui
