// hitcraft: the desktop workbench. `hitcraft [WORKSPACE]` opens a workspace; `hitcraft --demo`
// creates (once) and opens the demo workspace in the user's data directory.
#include "ui/AppIcon.h"
#include "ui/MainWindow.h"
#include "ui/WorkbenchSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <memory>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("HitCraft"));
    QCoreApplication::setApplicationName(QStringLiteral("hitcraft"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HC_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("HitCraft Analytics Workbench"));
    QGuiApplication::setDesktopFileName(QStringLiteral("hitcraft"));
    QApplication::setWindowIcon(hc::ui::appIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Offline product analytics workbench for Mixpanel data."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("demo"),
                      QStringLiteral("Create the demo workspace in the data directory (once) and open it.")});
    parser.addOption({QStringLiteral("settings"), QStringLiteral("Keep preferences in this INI file instead."),
                      QStringLiteral("FILE")});
    parser.addPositionalArgument(QStringLiteral("workspace"), QStringLiteral("A workspace file to open."),
                                 QStringLiteral("[WORKSPACE]"));
    parser.process(app);

    std::unique_ptr<QSettings> qsettings =
        parser.isSet(QStringLiteral("settings"))
            ? std::make_unique<QSettings>(parser.value(QStringLiteral("settings")), QSettings::IniFormat)
            : std::make_unique<QSettings>();
    hc::ui::WorkbenchSettings settings(*qsettings);
    hc::ui::MainWindow window(settings);
    window.show();

    if (parser.isSet(QStringLiteral("demo"))) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        window.createDemoWorkspace(QDir(dir).filePath(QStringLiteral("demo.hcw")));
    } else if (!parser.positionalArguments().isEmpty()) {
        window.openWorkspace(QFileInfo(parser.positionalArguments().first()).absoluteFilePath());
    } else if (!settings.recentWorkspaces().isEmpty()) {
        window.openWorkspace(settings.recentWorkspaces().first());
    }
    return app.exec();
}
