// The Sync dialog driven as a user would (offscreen) against the local Mixpanel emulator: the
// sync runs on its own thread while the window keeps answering (no event-loop stall over 50 ms),
// the summary updates, failed days are offered for retry, and the secret never reaches a file.
#include "core/store/Workspace.h"
#include "tests/support/MixpanelEmulator.h"
#include "tests/support/TestFiles.h"
#include "ui/MainWindow.h"
#include "ui/WorkbenchSettings.h"
#include "ui/dialogs/SyncDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace hc;

class TestSyncDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_emulator.start(3000)); }
    void syncFromTheDialog();

private:
    QTemporaryDir m_dir;
    test::MixpanelEmulator m_emulator;
};

void TestSyncDialog::syncFromTheDialog()
{
    const QString workspace = m_dir.filePath(QStringLiteral("sync.hcw"));
    QVERIFY(store::Workspace::open(workspace, store::Workspace::OpenMode::CreateIfMissing).ok());
    const QString ini = m_dir.filePath(QStringLiteral("settings.ini"));
    QSettings qsettings(ini, QSettings::IniFormat);
    ui::WorkbenchSettings settings(qsettings);
    ui::MainWindow window(settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(&window, &ui::MainWindow::workspaceLoaded);
    window.openWorkspace(workspace);
    QVERIFY(loaded.wait(10000));

    ui::SyncDialog* dialog = window.openSyncDialog();
    QVERIFY(dialog);
    auto edit = [dialog](const char* name) { return dialog->findChild<QLineEdit*>(QLatin1String(name)); };
    edit("projectIdEdit")->setText(test::MixpanelEmulator::kProject);
    edit("usernameEdit")->setText(test::MixpanelEmulator::kUsername);
    edit("secretEdit")->setText(test::MixpanelEmulator::kSecret);
    edit("apiBaseEdit")->setText(m_emulator.baseUrl());
    // Detect: a project whose export carries its own clock (UTC-8) is recognised.
    QVERIFY(m_emulator.control(R"({"local_offset_minutes": -480})"));
    dialog->findChild<QDateEdit*>(QStringLiteral("toDate"))->setDate(QDate(2026, 11, 20));
    QSignalSpy detected(dialog, &ui::SyncDialog::timezoneModeDetected);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("detectZoneButton")), Qt::LeftButton);
    QVERIFY(detected.wait(10000));
    QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("timezoneModeCombo"))->currentData().toString(),
             QStringLiteral("project-local"));
    QVERIFY(dialog->findChild<QPlainTextEdit*>(QStringLiteral("syncLog"))
                ->toPlainText()
                .contains(QStringLiteral("UTC-08:00")));
    QVERIFY(m_emulator.control(R"({"local_offset_minutes": 0})"));
    dialog->findChild<QComboBox*>(QStringLiteral("timezoneModeCombo"))->setCurrentIndex(0);

    // Yesterday and the two days before, plus tomorrow: Mixpanel refuses a day in the future.
    const QDate today = QDate::currentDate();
    dialog->findChild<QDateEdit*>(QStringLiteral("fromDate"))->setDate(today.addDays(-3));
    dialog->findChild<QDateEdit*>(QStringLiteral("toDate"))->setDate(today.addDays(1));

    // Watch the event loop while the sync runs: a 5 ms timer must never wait 50 ms.
    QElapsedTimer sinceTick;
    qint64 worstGap = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { worstGap = std::max(worstGap, sinceTick.restart()); });
    QSignalSpy finished(dialog, &ui::SyncDialog::syncFinished);
    QSignalSpy reloaded(&window, &ui::MainWindow::workspaceLoaded);
    sinceTick.start();
    ticker.start(5);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("startButton")), Qt::LeftButton);
    QVERIFY(dialog->isSyncing());
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("startButton"))->isEnabled());
    QVERIFY(finished.wait(60000));
    ticker.stop();
    const qint64 budget = qEnvironmentVariableIsSet("HC_EVENT_LOOP_BUDGET_MS")
                              ? qEnvironmentVariableIntValue("HC_EVENT_LOOP_BUDGET_MS")
                              : 50; // sanitizer builds set a larger one (CMakePresets.json)
    QVERIFY2(worstGap < budget, qPrintable(QStringLiteral("the event loop stalled %1 ms").arg(worstGap)));
    QCOMPARE(finished.first().first().toBool(), false); // tomorrow failed
    QVERIFY(edit("secretEdit")->text().isEmpty());

    QVERIFY(reloaded.wait(10000));
    auto* events = window.findChild<QLabel*>(QStringLiteral("eventsValue"));
    QCOMPARE(events->text(), QLocale().toString(4 * 3000));
    auto* lastSync = window.findChild<QLabel*>(QStringLiteral("lastSyncLabel"));
    QVERIFY2(lastSync->text().contains(QStringLiteral("1 day(s) failed")), qPrintable(lastSync->text()));
    QVERIFY(window.findChild<QAction*>(QStringLiteral("retryFailedDaysAction"))->isEnabled());
    const QString status = dialog->findChild<QLabel*>(QStringLiteral("syncStatus"))->text();
    QVERIFY2(status.contains(QLocale().toString(12000)), qPrintable(status));

    // The secret is in no file: not the workspace, not its WAL, not the preferences.
    qsettings.sync();
    const QByteArray secret = test::MixpanelEmulator::kSecret.toUtf8();
    for (const QString& f : QStringList{workspace, workspace + QStringLiteral("-wal"), ini})
        QVERIFY2(!test::readFile(f).contains(secret), qPrintable(f));
    // The source settings are remembered in the workspace for next time.
    auto ws = store::Workspace::open(workspace, store::Workspace::OpenMode::MustExist);
    QCOMPARE(ws.value()->setting(QStringLiteral("mixpanel.project_id")), test::MixpanelEmulator::kProject);
}

QTEST_MAIN(TestSyncDialog)
#include "tst_sync_dialog.moc"
