// hitcraft: the desktop workbench. `hitcraft [WORKSPACE]` opens a workspace; `hitcraft --demo`
// creates (once) and opens the demo workspace in the user's data directory; with
// `--screenshots DIR` it then writes a PNG of every view in the light and the dark theme at
// 1600×1000 and quits.
#include "ui/AppIcon.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"
#include "ui/Translations.h"
#include "ui/WorkbenchSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
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
    parser.addOption({QStringLiteral("screenshots"),
                      QStringLiteral("With --demo: write a PNG of each view (light and dark) into DIR, then quit."),
                      QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("theme"), QStringLiteral("system, light or dark for this run."), QStringLiteral("THEME")});
    parser.addPositionalArgument(QStringLiteral("workspace"), QStringLiteral("A workspace file to open."),
                                 QStringLiteral("[WORKSPACE]"));
    parser.process(app);

    std::unique_ptr<QSettings> qsettings =
        parser.isSet(QStringLiteral("settings"))
            ? std::make_unique<QSettings>(parser.value(QStringLiteral("settings")), QSettings::IniFormat)
            : std::make_unique<QSettings>();
    hc::ui::WorkbenchSettings settings(*qsettings);
    hc::ui::Translations::install(app, hc::ui::Translations::localeFor(settings.language()));
    const QString userTheme = settings.theme();
    hc::ui::Theme::apply(hc::ui::Theme::fromName(
        parser.isSet(QStringLiteral("theme")) ? parser.value(QStringLiteral("theme")) : userTheme));
    hc::ui::MainWindow window(settings);
    window.show();
    const QString shots = parser.value(QStringLiteral("screenshots"));
    if (!shots.isEmpty()) {
        window.resize(1600, 1000); // then the default layout at that size
        window.resetLayout();
        // Poll until the data is loaded and every view has shown a result and is idle.
        auto* poll = new QTimer(&window);
        auto stage = std::make_shared<int>(0);
        QObject::connect(poll, &QTimer::timeout, &window, [&window, &settings, stage, shots, poll, userTheme] {
            if (!window.isIdle())
                return;
            const bool dark = *stage == 1;
            for (const QString& f : window.writeScreenshots(shots, dark ? QStringLiteral("-dark") : QString()))
                std::fprintf(stderr, "%s\n", qPrintable(f));
            if (!dark) {
                window.setTheme(QStringLiteral("dark"));
                *stage = 1;
                return; // the views recompute in the new colours
            }
            poll->stop();
            settings.setTheme(userTheme);
            QCoreApplication::quit();
        });
        poll->start(300);
    }

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
