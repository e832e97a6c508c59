#pragma once

#include "core/sync/SyncWorker.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace hc::ui {

class CredentialStore;

// Sync from Mixpanel: source settings (kept in the workspace, never the secret), the secret
// (kept in the keychain), the date range and time-zone mode; then progress with rate and time
// left, the retries and failures as they happen, and Cancel. The sync runs on its own thread.
class SyncDialog : public QDialog {
    Q_OBJECT
public:
    SyncDialog(const QString& workspacePath, CredentialStore& credentials, QWidget* parent = nullptr);
    ~SyncDialog() override;

    bool isSyncing() const { return m_worker != nullptr; }
    // Fills the range with these days and starts at once (used for "retry failed days").
    void startForDays(const QDate& from, const QDate& to);

public Q_SLOTS:
    void start();
    void cancelSync();
    // Looks at a few exported events and suggests the time-zone mode (needs the typed secret).
    void detectTimezoneMode();

Q_SIGNALS:
    void syncFinished(bool ok);
    void timezoneModeDetected();

protected:
    void reject() override;

private:
    void loadSettings();
    void saveSettings();
    void launch(const QString& secret);
    void onProgress(qint64 daysDone, qint64 daysTotal, qint64 events, qint64 bytes);
    void onFinished(const hc::sync::SyncSummary& summary, bool ok, bool cancelled, const QString& error);
    void log(const QString& text);
    void setRunning(bool running);

    QString m_workspacePath;
    CredentialStore& m_credentials;
    QLineEdit* m_projectId = nullptr;
    QComboBox* m_region = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_secret = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QCheckBox* m_profiles = nullptr;
    QComboBox* m_timezoneMode = nullptr;
    QLineEdit* m_projectZone = nullptr;
    QLineEdit* m_apiBase = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_log = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_detect = nullptr;
    QPointer<QThread> m_thread;
    QPointer<sync::SyncWorker> m_worker;
    QElapsedTimer m_clock;
};

} // namespace hc::ui
