// The German translation: complete in translations/hitcraft_de.ts, and used by the window, the
// views and the core's messages when the locale is de_DE.
#include "core/util/NumberFormat.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"
#include "ui/WorkbenchSettings.h"

#include <QDockWidget>
#include <QFile>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace hc;

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyMessageIsTranslated();
    void germanStringsAppearUnderDeDe();
};

void TestTranslations::everyMessageIsTranslated()
{
    QFile ts(qEnvironmentVariable("HC_SOURCE_DIR") + QStringLiteral("/translations/hitcraft_de.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    int messages = 0;
    QStringList unfinished;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const bool open = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            // Plural messages hold their forms as <numerusform> children.
            if (open || xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed().isEmpty())
                unfinished.append(source);
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY2(messages > 400, qPrintable(QString::number(messages)));
    QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(u'\n')));
}

void TestTranslations::germanStringsAppearUnderDeDe()
{
    QVERIFY(ui::Translations::install(*QCoreApplication::instance(), QLocale(QStringLiteral("de_DE"))));
    QTemporaryDir dir;
    QSettings qs(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ui::WorkbenchSettings settings(qs);
    ui::MainWindow window(settings);
    QStringList menus;
    for (QAction* a : window.menuBar()->actions())
        menus.append(a->text());
    QCOMPARE(menus, (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Ansicht"),
                                 QStringLiteral("&Hilfe")}));
    QCOMPARE(window.findChild<QDockWidget*>(QStringLiteral("kpiDock"))->windowTitle(), QStringLiteral("Kennzahlen"));
    QCOMPARE(window.findChild<QDockWidget*>(QStringLiteral("retentionDock"))->windowTitle(), QStringLiteral("Bindung"));
    // Messages from the core (KPI labels, errors) under the contexts they are looked up with.
    QCOMPARE(QCoreApplication::translate("hc::analysis::Kpis", "Events"), QStringLiteral("Ereignisse"));
    QCOMPARE(QCoreApplication::translate("hc::dataset::DatasetLoader", "Loading the events was cancelled."),
             QStringLiteral("Das Laden der Ereignisse wurde abgebrochen."));
    // Numbers follow the locale.
    QCOMPARE(NumberFormat::count(1234567), QStringLiteral("1.234.567"));
    QCOMPARE(NumberFormat::percent(0.256), QStringLiteral("25,6%"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
