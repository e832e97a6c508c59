// The main window as a user drives it (offscreen): open a workspace and see its numbers,
// import off the GUI thread with progress and cancel, refuse a foreign file with a banner,
// remember recent workspaces, show an empty state for a new workspace.
#include "core/ingest/FileImporter.h"
#include "core/store/Workspace.h"
#include "core/util/NumberFormat.h"
#include "tests/support/TestFiles.h"
#include "ui/AppIcon.h"
#include "ui/Assets.h"
#include "ui/MainWindow.h"
#include "ui/WorkbenchSettings.h"
#include "ui/WorkspaceController.h"
#include "ui/charts/ChartSupport.h"
#include "ui/models/SourcesModel.h"
#include "ui/widgets/HeatmapDelegate.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace hc;

namespace {

QByteArray jsonLines(int count, int firstIndex, const char* event)
{
    QByteArray text;
    for (int i = firstIndex; i < firstIndex + count; ++i)
        text += QStringLiteral(R"({"event":"%1","properties":{"time":%2,"distinct_id":"u%3","$insert_id":"%1-%4"}})"
                               "\n")
                    .arg(QLatin1String(event))
                    .arg(1700000000 + i)
                    .arg(i % 25)
                    .arg(i)
                    .toUtf8();
    return text;
}

// WCAG 2 contrast, written out here independently of the code under test.
double luminance(const QColor& c)
{
    double l[3] = {c.redF(), c.greenF(), c.blueF()};
    for (double& v : l)
        v = v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
}

double contrast(const QColor& a, const QColor& b)
{
    const double x = luminance(a) + 0.05, y = luminance(b) + 0.05;
    return std::max(x, y) / std::min(x, y);
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void opensWorkspaceAndShowsItsNumbers();
    void importRunsInBackgroundAndRefreshes();
    void cancelStopsImportAndKeepsCountsTrue();
    void refusesForeignFileWithBanner();
    void newWorkspaceShowsEmptyState();
    void forgetUserRemovesTheirEventsInTheBackground();
    void heatmapTextReadsOnEveryShade();
    void assetsComeFromResources();
    void periodLabelsReadInTheLocale();
    void freshnessGoesByTheOlderOfEventsAndSync();
    void moneyReadsInItsCurrency();

private:
    QString label(const char* objectName) const;
    bool openAndWait(const QString& path);
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<ui::WorkbenchSettings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_workspace;
};

void TestMainWindow::init()
{
    static int n = 0;
    m_qsettings =
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings%1.ini").arg(++n)), QSettings::IniFormat);
    m_settings = std::make_unique<ui::WorkbenchSettings>(*m_qsettings);
    m_workspace = m_dir.filePath(QStringLiteral("w%1.hcw").arg(n));
    {
        auto ws = store::Workspace::open(m_workspace, store::Workspace::OpenMode::CreateIfMissing);
        QVERIFY(ws.ok());
        const QString file = m_dir.filePath(QStringLiteral("seed%1.jsonl").arg(n));
        QVERIFY(test::writeFile(file, jsonLines(40, 0, "view") + jsonLines(2, 100, "buy")));
        ingest::FileImporter importer(*ws.value());
        TaskContext ctx;
        QVERIFY(importer.run(file, ingest::ImportFormat::MixpanelJsonl, ctx).ok());
    }
    m_window = std::make_unique<ui::MainWindow>(*m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_qsettings.reset();
}

QString TestMainWindow::label(const char* objectName) const
{
    auto* l = m_window->findChild<QLabel*>(QLatin1String(objectName));
    return l ? l->text() : QStringLiteral("<no %1>").arg(QLatin1String(objectName));
}

bool TestMainWindow::openAndWait(const QString& path)
{
    QSignalSpy loaded(m_window.get(), &ui::MainWindow::workspaceLoaded);
    m_window->openWorkspace(path);
    return loaded.wait(10000);
}

void TestMainWindow::opensWorkspaceAndShowsItsNumbers()
{
    QVERIFY(openAndWait(m_workspace));
    QCOMPARE(m_window->workspacePath(), m_workspace);
    QCOMPARE(label("eventsValue"), QStringLiteral("42"));
    QCOMPARE(label("usersValue"), QStringLiteral("25"));
    QCOMPARE(label("eventNamesValue"), QStringLiteral("2"));
    QCOMPARE(label("rangeValue"),
             QStringLiteral("%1 – %2").arg(QLocale().toString(QDate(2023, 11, 14), QLocale::ShortFormat),
                                           QLocale().toString(QDate(2023, 11, 14), QLocale::ShortFormat)));
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("topEventsTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("view")); // most frequent first
    QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("40"));
    QCOMPARE(table->model()->index(1, 2).data().toString(), QLocale().toString(100.0 * 2 / 42, 'f', 1) + u'%');
    QVERIFY(label("lastImportLabel").contains(QStringLiteral("42 inserted")));
    QVERIFY(m_window->windowTitle().contains(QFileInfo(m_workspace).completeBaseName()));
    QCOMPARE(m_settings->recentWorkspaces().value(0), QFileInfo(m_workspace).absoluteFilePath());
}

void TestMainWindow::importRunsInBackgroundAndRefreshes()
{
    QVERIFY(openAndWait(m_workspace));
    const QString file = m_dir.filePath(QStringLiteral("more.jsonl"));
    QVERIFY(test::writeFile(file, jsonLines(1500, 1000, "click") + "not json\n"));
    QSignalSpy finished(m_window.get(), &ui::MainWindow::jobFinished);
    QSignalSpy reloaded(m_window.get(), &ui::MainWindow::workspaceLoaded);
    m_window->importFile(file);
    QVERIFY(m_window->isBusy()); // returned at once: the work is on another thread
    QVERIFY(m_window->findChild<QProgressBar*>(QStringLiteral("jobProgress"))->isVisible());
    QVERIFY(m_window->findChild<QPushButton*>(QStringLiteral("cancelJobButton"))->isVisible());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(reloaded.wait(10000));
    QCOMPARE(label("eventsValue"), QLocale().toString(1542)); // with the locale's thousands separator
    QCOMPARE(label("quarantinedValue"), QStringLiteral("1"));
    QVERIFY2(label("statusLabel").contains(QLocale().toString(1500) + QStringLiteral(" new events")),
             qPrintable(label("statusLabel")));
    QVERIFY(!m_window->findChild<QProgressBar*>(QStringLiteral("jobProgress"))->isVisible());
}

void TestMainWindow::forgetUserRemovesTheirEventsInTheBackground()
{
    QVERIFY(openAndWait(m_workspace));
    // u3 has two of the 42 events (views 3 and 28) and is one of 25 users.
    QSignalSpy finished(m_window.get(), &ui::MainWindow::jobFinished);
    QSignalSpy reloaded(m_window.get(), &ui::MainWindow::workspaceLoaded);
    auto* controller = m_window->findChild<ui::WorkspaceController*>();
    QVERIFY(controller);
    controller->forgetUser(QStringLiteral("u3"));
    QVERIFY(m_window->isBusy());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(reloaded.wait(10000));
    QCOMPARE(label("eventsValue"), QStringLiteral("40"));
    QCOMPARE(label("usersValue"), QStringLiteral("24"));
    QVERIFY2(label("statusLabel").contains(QStringLiteral("2 events")), qPrintable(label("statusLabel")));
}

void TestMainWindow::cancelStopsImportAndKeepsCountsTrue()
{
    QVERIFY(openAndWait(m_workspace));
    const QString file = m_dir.filePath(QStringLiteral("big.jsonl"));
    QVERIFY(test::writeFile(file, jsonLines(300000, 10000, "scroll")));
    QSignalSpy finished(m_window.get(), &ui::MainWindow::jobFinished);
    QSignalSpy reloaded(m_window.get(), &ui::MainWindow::workspaceLoaded);
    m_window->importFile(file);
    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("cancelJobButton")), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(reloaded.wait(10000));
    QVERIFY2(label("statusLabel").contains(QStringLiteral("cancelled")), qPrintable(label("statusLabel")));
    // What the window shows is what the workspace holds.
    auto ws = store::Workspace::open(m_workspace, store::Workspace::OpenMode::MustExist);
    QVERIFY(ws.ok());
    const auto s = store::loadWorkspaceSummary(*ws.value(), QTimeZone::utc());
    QVERIFY(s.ok());
    QVERIFY(s.value().events < 42 + 300000);
    QCOMPARE(label("eventsValue"), QLocale().toString(s.value().events));
}

void TestMainWindow::refusesForeignFileWithBanner()
{
    QVERIFY(openAndWait(m_workspace));
    const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
    QVERIFY(test::writeFile(notes, "shopping list\n"));
    QSignalSpy failed(m_window.get(), &ui::MainWindow::workspaceFailed);
    m_window->openWorkspace(notes);
    QVERIFY(failed.wait(10000));
    auto* banner = m_window->findChild<QLabel*>(QStringLiteral("errorBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("not a HitCraft workspace")), qPrintable(banner->text()));
    QCOMPARE(m_window->workspacePath(), m_workspace); // the open workspace stays open
    QCOMPARE(test::readFile(notes), QByteArray("shopping list\n"));
}

void TestMainWindow::newWorkspaceShowsEmptyState()
{
    const QString path = m_dir.filePath(QStringLiteral("fresh.hcw"));
    QSignalSpy loaded(m_window.get(), &ui::MainWindow::workspaceLoaded);
    m_window->createWorkspace(path);
    QVERIFY(loaded.wait(10000));
    auto* empty = m_window->findChild<QLabel*>(QStringLiteral("emptyState"));
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("no events yet")));
    QVERIFY(QFile::exists(path));
}

void TestMainWindow::assetsComeFromResources()
{
    // The icon is resources/icons/hitcraft.svg: its navy tile at the edge, a light-blue bar inside.
    const QImage icon = ui::appIcon().pixmap(64, 64).toImage();
    QCOMPARE(icon.size(), QSize(64, 64));
    QCOMPARE(icon.pixelColor(4, 32).name(), QStringLiteral("#1f3a5f"));
    QCOMPARE(icon.pixelColor(32, 45).name(), QStringLiteral("#4fc3f7"));
    QCOMPARE(icon.pixelColor(0, 0).alpha(), 0);
    // The dark palette reads: text on its base and window at WCAG AA or better.
    const QPalette& dark = ui::Assets::darkPalette();
    QCOMPARE(dark.color(QPalette::Active, QPalette::Window).name(), QStringLiteral("#2b2d31"));
    QCOMPARE(dark.color(QPalette::Disabled, QPalette::Text).name(), QStringLiteral("#808080"));
    for (const auto role : {QPalette::Base, QPalette::Window, QPalette::AlternateBase})
        QVERIFY(contrast(dark.color(QPalette::Text), dark.color(role)) >= 4.5);
    QVERIFY(contrast(dark.color(QPalette::HighlightedText), dark.color(QPalette::Highlight)) >= 3.0);
    // Ten distinct series colours, every one apart from the light and the dark background.
    const QList<QColor>& series = ui::Assets::seriesColors();
    QCOMPARE(series.size(), 10);
    QSet<QString> distinct;
    for (const QColor& c : series) {
        QVERIFY(c.isValid());
        distinct.insert(c.name());
    }
    QCOMPARE(distinct.size(), 10);
    QCOMPARE(ui::ChartSupport::seriesColor(10), series[0]); // colours repeat past the tenth
    QCOMPARE(ui::Assets::pdfStyle().font, QStringLiteral("DejaVu Sans"));
    QVERIFY(ui::Assets::pdfStyle().heading > ui::Assets::pdfStyle().body);
}

void TestMainWindow::heatmapTextReadsOnEveryShade()
{
    QVERIFY(std::abs(contrast(Qt::black, Qt::white) - 21.0) < 1e-9);
    for (int i = 0; i <= 100; ++i) {
        const QColor fill = ui::HeatmapDelegate::fillFor(i / 100.0);
        const double c = contrast(fill, ui::HeatmapDelegate::textOn(fill));
        QVERIFY2(c >= 4.5, qPrintable(QStringLiteral("share %1%: contrast %2").arg(i).arg(c)));
    }
}

void TestMainWindow::freshnessGoesByTheOlderOfEventsAndSync()
{
    const qint64 day = 86400000, now = 100 * day;
    ui::SourcesModel model({"Source", "Kind", "Events", "Newest", "Last sync", "Failed", "Freshness"});
    // a: events and sync of today; b: synced today, its events stopped 9 days ago; c: events of
    // yesterday, last synced 5 days ago; d: a file never synced, events of 3 days ago.
    model.setResult({{"a", "mixpanel", 10, now - day / 2, now - day / 4, 0},
                     {"b", "mixpanel", 10, now - 9 * day, now - day / 4, 0},
                     {"c", "mixpanel", 10, now - day, now - 5 * day, 0},
                     {"d", "file", 10, now - 3 * day, 0, 0}},
                    now, {"fresh", "few days", "stale", "never", "events %1", "sync %1"});
    const auto freshness = [&](int row) {
        return model.index(row, ui::SourcesModel::FreshnessColumn).data().toString();
    };
    QCOMPARE(freshness(0), QStringLiteral("fresh"));
    QCOMPARE(freshness(1), QStringLiteral("stale"));
    QCOMPARE(freshness(2), QStringLiteral("few days"));
    QCOMPARE(freshness(3), QStringLiteral("few days"));
    QCOMPARE(
        model.index(2, ui::SourcesModel::FreshnessColumn).data(Qt::ToolTipRole).toString(),
        QStringLiteral("events %1 · sync %2").arg(QLocale().toString(1.0, 'f', 1), QLocale().toString(5.0, 'f', 1)));
    QCOMPARE(model.headerData(3, Qt::Vertical, Qt::DisplayRole).toString(), QStringLiteral("d"));
}

void TestMainWindow::periodLabelsReadInTheLocale()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(ui::ChartSupport::periodLabel(QStringLiteral("2026-11-05")), QStringLiteral("05.11.26"));
    QCOMPARE(ui::ChartSupport::periodLabel(QStringLiteral("2026-03")), QStringLiteral("März 2026"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(ui::ChartSupport::periodLabel(QStringLiteral("2026-11-05")), QStringLiteral("11/5/26"));
    // An hour is its day in the locale's words and the hour on the 24-hour clock.
    QCOMPARE(ui::ChartSupport::periodLabel(QStringLiteral("2026-11-05T13")), QStringLiteral("11/5/26 13:00"));
    QCOMPARE(ui::ChartSupport::periodLabel(QStringLiteral("2026-11-01T01+1")), QStringLiteral("11/1/26 01:00+1"));
    // ISO weeks stay as the engine labels them; so does anything that is not a date.
    QCOMPARE(ui::ChartSupport::periodLabel(QStringLiteral("2026-W45")), QStringLiteral("2026-W45"));
    QCOMPARE(ui::ChartSupport::periodLabel(QStringLiteral("2026-11-05T1x")), QStringLiteral("2026-11-05T1x"));
    QCOMPARE(ui::ChartSupport::periodLabel(QStringLiteral("2026-13-45")), QStringLiteral("2026-13-45"));
    QLocale::setDefault(before);
}

void TestMainWindow::moneyReadsInItsCurrency()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(NumberFormat::money(66688, QStringLiteral("USD")), QStringLiteral("$66,688.00"));
    QCOMPARE(NumberFormat::money(66688, QStringLiteral("eur")), QStringLiteral("€66,688.00"));
    QCOMPARE(NumberFormat::money(1.5), QStringLiteral("1.50")); // no currency: a plain amount
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(NumberFormat::money(66688, QStringLiteral("EUR")), QString::fromUtf8("66.688,00\u00a0€"));
    QVERIFY(NumberFormat::money(5, QStringLiteral("XYZ")).contains(QStringLiteral("XYZ"))); // unknown: its code
    QLocale::setDefault(QLocale::c()); // the symbol first there too
    QCOMPARE(NumberFormat::money(66688, QStringLiteral("USD")), u'$' + QLocale::c().toString(66688.0, 'f', 2));
    QLocale::setDefault(before);
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
