#include "ui/dialogs/SyncDialog.h"

#include "core/store/Workspace.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncWorker.h"
#include "ui/CredentialStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace hc::ui {

namespace {

const QString kProjectKey = QStringLiteral("mixpanel.project_id");
const QString kRegionKey = QStringLiteral("mixpanel.region");
const QString kUsernameKey = QStringLiteral("mixpanel.username");
const QString kZoneModeKey = QStringLiteral("mixpanel.timezone_mode");
const QString kZoneKey = QStringLiteral("mixpanel.project_timezone");
const QString kApiBaseKey = QStringLiteral("mixpanel.api_base");

template<typename T>
T* named(T* widget, const char* name)
{
    widget->setObjectName(QString::fromLatin1(name));
    return widget;
}

} // namespace

SyncDialog::SyncDialog(const QString& workspacePath, CredentialStore& credentials, QWidget* parent)
    : QDialog(parent), m_workspacePath(workspacePath), m_credentials(credentials)
{
    setObjectName(QStringLiteral("syncDialog"));
    setWindowTitle(tr("Sync from Mixpanel"));
    auto* layout = new QVBoxLayout(this);

    auto* source = new QGroupBox(tr("Project"), this);
    auto* form = new QFormLayout(source);
    m_projectId = named(new QLineEdit(source), "projectIdEdit");
    m_projectId->setPlaceholderText(tr("e.g. 2195193"));
    m_region = named(new QComboBox(source), "regionCombo");
    m_region->addItem(tr("United States"), QStringLiteral("us"));
    m_region->addItem(tr("European Union"), QStringLiteral("eu"));
    m_region->addItem(tr("India"), QStringLiteral("in"));
    m_username = named(new QLineEdit(source), "usernameEdit");
    m_username->setPlaceholderText(tr("service account username"));
    m_secret = named(new QLineEdit(source), "secretEdit");
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("leave empty to use the secret in the keychain"));
    m_secret->setAccessibleName(tr("Service account secret"));
    form->addRow(tr("Project id"), m_projectId);
    form->addRow(tr("Data residency"), m_region);
    form->addRow(tr("Username"), m_username);
    form->addRow(tr("Secret"), m_secret);
    layout->addWidget(source);

    auto* range = new QGroupBox(tr("What to fetch"), this);
    auto* rangeForm = new QFormLayout(range);
    const QDate yesterday = QDate::currentDate().addDays(-1);
    m_from = named(new QDateEdit(yesterday.addDays(-29), range), "fromDate");
    m_to = named(new QDateEdit(yesterday, range), "toDate");
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat)); // the analyst's own date format
    }
    m_profiles = named(new QCheckBox(tr("Also fetch user profiles"), range), "profilesCheck");
    m_timezoneMode = named(new QComboBox(range), "timezoneModeCombo");
    m_timezoneMode->setAccessibleName(tr("Event times"));
    m_timezoneMode->addItem(tr("UTC (projects created from 2023)"), QStringLiteral("utc"));
    m_timezoneMode->addItem(tr("Project time zone (older projects)"), QStringLiteral("project-local"));
    m_detect = named(new QPushButton(tr("Detect"), range), "detectZoneButton");
    m_detect->setToolTip(tr("Look at a few events of the last day and suggest the mode"));
    m_projectZone = named(new QLineEdit(range), "projectZoneEdit");
    m_projectZone->setPlaceholderText(tr("IANA name, e.g. America/Los_Angeles"));
    m_apiBase = named(new QLineEdit(range), "apiBaseEdit");
    m_apiBase->setPlaceholderText(tr("default: Mixpanel's host for the residency"));
    rangeForm->addRow(tr("From"), m_from);
    rangeForm->addRow(tr("To"), m_to);
    rangeForm->addRow(QString(), m_profiles);
    auto* modeRow = new QHBoxLayout;
    modeRow->addWidget(m_timezoneMode, 1);
    modeRow->addWidget(m_detect);
    rangeForm->addRow(tr("Event times"), modeRow);
    qobject_cast<QLabel*>(rangeForm->labelForField(modeRow))->setBuddy(m_timezoneMode);
    rangeForm->addRow(tr("Project time zone"), m_projectZone);
    rangeForm->addRow(tr("API address"), m_apiBase);
    layout->addWidget(range);

    m_progress = named(new QProgressBar(this), "syncProgress");
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_status = named(new QLabel(tr("Days already synced are skipped; the last five days are always fetched again, "
                                   "since late events still arrive for them."),
                                this),
                     "syncStatus");
    m_status->setWordWrap(true);
    m_log = named(new QPlainTextEdit(this), "syncLog");
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(500);
    m_log->setAccessibleName(tr("Sync messages"));
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_log, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_start = named(buttons->addButton(tr("Start Sync"), QDialogButtonBox::AcceptRole), "startButton");
    m_cancel = named(buttons->addButton(tr("Cancel Sync"), QDialogButtonBox::ActionRole), "cancelButton");
    m_close = named(buttons->addButton(QDialogButtonBox::Close), "closeButton");
    layout->addWidget(buttons);
    connect(m_start, &QPushButton::clicked, this, &SyncDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &SyncDialog::cancelSync);
    connect(m_close, &QPushButton::clicked, this, &SyncDialog::reject);
    connect(m_detect, &QPushButton::clicked, this, &SyncDialog::detectTimezoneMode);
    connect(&m_credentials, &CredentialStore::storedForSessionOnly, this,
            [this](const QString&, const QString& reason) { log(reason); });
    setRunning(false);
    loadSettings();
    resize(560, 640);
}

SyncDialog::~SyncDialog()
{
    if (m_worker)
        m_worker->requestCancel();
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

void SyncDialog::loadSettings()
{
    auto ws = store::Workspace::open(m_workspacePath, store::Workspace::OpenMode::MustExist);
    if (!ws.ok())
        return;
    m_projectId->setText(ws.value()->setting(kProjectKey));
    m_region->setCurrentIndex(std::max(0, m_region->findData(ws.value()->setting(kRegionKey, QStringLiteral("us")))));
    m_username->setText(ws.value()->setting(kUsernameKey));
    m_timezoneMode->setCurrentIndex(
        std::max(0, m_timezoneMode->findData(ws.value()->setting(kZoneModeKey, QStringLiteral("utc")))));
    m_projectZone->setText(ws.value()->setting(kZoneKey));
    m_apiBase->setText(ws.value()->setting(kApiBaseKey));
}

void SyncDialog::saveSettings()
{
    auto ws = store::Workspace::open(m_workspacePath, store::Workspace::OpenMode::MustExist);
    if (!ws.ok())
        return;
    ws.value()->setSetting(kProjectKey, m_projectId->text().trimmed());
    ws.value()->setSetting(kRegionKey, m_region->currentData().toString());
    ws.value()->setSetting(kUsernameKey, m_username->text().trimmed());
    ws.value()->setSetting(kZoneModeKey, m_timezoneMode->currentData().toString());
    ws.value()->setSetting(kZoneKey, m_projectZone->text().trimmed());
    ws.value()->setSetting(kApiBaseKey, m_apiBase->text().trimmed());
}

void SyncDialog::startForDays(const QDate& from, const QDate& to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    start();
}

void SyncDialog::start()
{
    if (isSyncing())
        return;
    if (m_projectId->text().trimmed().isEmpty() || m_username->text().trimmed().isEmpty()) {
        log(tr("Enter the project id and the service account's username."));
        return;
    }
    if (m_from->date() > m_to->date()) {
        log(tr("The first day is after the last day."));
        return;
    }
    if (m_timezoneMode->currentData() == QLatin1String("project-local")
        && !QTimeZone::isTimeZoneIdAvailable(m_projectZone->text().trimmed().toUtf8())) {
        log(tr("Enter the project's time zone as an IANA name, such as America/Los_Angeles."));
        return;
    }
    saveSettings();
    const QString account = CredentialStore::accountFor(m_projectId->text().trimmed(), m_username->text().trimmed());
    const QString typed = m_secret->text();
    m_secret->clear(); // the field never keeps a secret once it has been used
    if (!typed.isEmpty()) {
        m_credentials.write(account, typed);
        launch(typed);
        return;
    }
    // No secret typed: ask the keychain (or this session's memory).
    auto readConnection = std::make_shared<QMetaObject::Connection>();
    auto failConnection = std::make_shared<QMetaObject::Connection>();
    *readConnection = connect(&m_credentials, &CredentialStore::secretRead, this,
                              [this, account, readConnection, failConnection](const QString& a, const QString& secret) {
                                  if (a != account)
                                      return;
                                  disconnect(*readConnection);
                                  disconnect(*failConnection);
                                  if (secret.isEmpty())
                                      log(tr("No secret is stored for this account yet: type it once."));
                                  else
                                      launch(secret);
                              });
    *failConnection = connect(&m_credentials, &CredentialStore::readFailed, this,
                              [this, account, readConnection, failConnection](const QString& a, const QString& reason) {
                                  if (a != account)
                                      return;
                                  disconnect(*readConnection);
                                  disconnect(*failConnection);
                                  const QString session = m_credentials.sessionSecret(account);
                                  if (!session.isEmpty())
                                      launch(session);
                                  else
                                      log(tr("The keychain could not be read (%1): type the secret.").arg(reason));
                              });
    m_credentials.read(account);
}

void SyncDialog::detectTimezoneMode()
{
    const QString account = CredentialStore::accountFor(m_projectId->text().trimmed(), m_username->text().trimmed());
    const QString secret = m_secret->text().isEmpty() ? m_credentials.sessionSecret(account) : m_secret->text();
    if (m_projectId->text().trimmed().isEmpty() || secret.isEmpty()) {
        log(tr("Enter the project id, username and secret to detect the time-zone mode."));
        return;
    }
    sync::SyncConfig c;
    c.projectId = m_projectId->text().trimmed();
    c.region = m_region->currentData().toString();
    c.username = m_username->text().trimmed();
    c.secret = secret;
    c.apiBase = m_apiBase->text().trimmed();
    const QDate day = m_to->date();
    m_detect->setEnabled(false);
    auto* watcher = new QFutureWatcher<Result<sync::SyncEngine::TimezoneProbe>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_detect->setEnabled(!isSyncing());
        const auto r = watcher->result();
        if (!r.ok()) {
            log(r.error().message);
        } else if (r.value().projectLocal) {
            const int m = r.value().offsetMinutes;
            m_timezoneMode->setCurrentIndex(m_timezoneMode->findData(QStringLiteral("project-local")));
            log(tr("The project exports its own clock (UTC%1%2:%3 for these events): choose its time zone, e.g. one "
                   "at that offset.")
                    .arg(m < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                    .arg(std::abs(m) / 60, 2, 10, QLatin1Char('0'))
                    .arg(std::abs(m) % 60, 2, 10, QLatin1Char('0')));
        } else {
            m_timezoneMode->setCurrentIndex(m_timezoneMode->findData(QStringLiteral("utc")));
            log(tr("The project exports UTC times."));
        }
        Q_EMIT timezoneModeDetected();
    });
    watcher->setFuture(QtConcurrent::run([c, day] { return sync::SyncEngine::probeTimezone(c, day); }));
}

void SyncDialog::launch(const QString& secret)
{
    sync::SyncConfig c;
    c.workspacePath = m_workspacePath;
    c.projectId = m_projectId->text().trimmed();
    c.region = m_region->currentData().toString();
    c.username = m_username->text().trimmed();
    c.secret = secret;
    c.from = m_from->date();
    c.to = m_to->date();
    c.profiles = m_profiles->isChecked();
    c.apiBase = m_apiBase->text().trimmed();
    c.projectLocalTime = m_timezoneMode->currentData() == QLatin1String("project-local");
    if (c.projectLocalTime)
        c.projectZone = QTimeZone(m_projectZone->text().trimmed().toUtf8());
    if (!c.apiBase.isEmpty()) { // a local emulator or proxy: no need to wait like Mixpanel asks
        c.maxRequestsPerSecond = 1000;
        c.maxRequestsPerHour = 1000000;
        c.backoffBaseMs = 50;
    }

    auto* thread = new QThread(this);
    auto* worker = new sync::SyncWorker(c); // no parent: it moves to the thread
    worker->moveToThread(thread);
    connect(thread, &QThread::started, worker, &sync::SyncWorker::run);
    connect(worker, &sync::SyncWorker::progressChanged, this, &SyncDialog::onProgress);
    connect(worker, &sync::SyncWorker::message, this, &SyncDialog::log);
    connect(worker, &sync::SyncWorker::finished, this, &SyncDialog::onFinished);
    connect(worker, &sync::SyncWorker::finished, thread, &QThread::quit);
    connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_worker = worker;
    m_thread = thread;
    m_clock.start();
    m_progress->setValue(0);
    log(tr("Syncing %1 to %2…").arg(c.from.toString(Qt::ISODate), c.to.toString(Qt::ISODate)));
    setRunning(true);
    thread->start();
}

void SyncDialog::cancelSync()
{
    if (!m_worker)
        return;
    m_worker->requestCancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling after the current request; finished days stay saved…"));
}

void SyncDialog::onProgress(qint64 daysDone, qint64 daysTotal, qint64 events, qint64 bytes)
{
    const QLocale l;
    m_progress->setValue(daysTotal > 0 ? int(100 * daysDone / daysTotal) : 0);
    const double seconds = std::max(0.001, double(m_clock.elapsed()) / 1000.0);
    QString eta;
    if (daysDone > 0 && daysDone < daysTotal) {
        const qint64 left = qint64(seconds / double(daysDone) * double(daysTotal - daysDone));
        eta = tr(" · about %1 left").arg(left >= 60 ? tr("%1 min").arg(left / 60) : tr("%1 s").arg(left));
    }
    m_status->setText(tr("Day %1 of %2 · %3 events · %4 MB · %5 events/s%6")
                          .arg(l.toString(daysDone), l.toString(daysTotal), l.toString(events),
                               l.toString(double(bytes) / 1048576.0, 'f', 1),
                               l.toString(qint64(double(events) / seconds)), eta));
}

void SyncDialog::onFinished(const sync::SyncSummary& s, bool ok, bool cancelled, const QString& error)
{
    const QLocale l;
    m_progress->setValue(ok ? 100 : m_progress->value());
    const QString counts = tr("%1 days synced: %2 new events, %3 already stored, %4 quarantined, %5 profiles.")
                               .arg(l.toString(s.daysOk), l.toString(s.inserted), l.toString(s.duplicates),
                                    l.toString(s.quarantined), l.toString(s.profiles));
    m_status->setText(cancelled ? tr("Cancelled. %1 Start again to continue.").arg(counts) : counts);
    for (const QString& f : s.failedDays)
        log(tr("Failed: %1").arg(f));
    if (!error.isEmpty() && !cancelled)
        log(error);
    m_worker = nullptr;
    setRunning(false);
    Q_EMIT syncFinished(ok);
}

void SyncDialog::log(const QString& text)
{
    m_log->appendPlainText(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat) + QStringLiteral("  ")
                           + text);
}

void SyncDialog::setRunning(bool running)
{
    m_start->setEnabled(!running);
    m_cancel->setEnabled(running);
    for (QWidget* w : std::initializer_list<QWidget*>{m_projectId, m_region, m_username, m_secret, m_from, m_to,
                                                      m_profiles, m_timezoneMode, m_projectZone, m_apiBase, m_detect})
        w->setEnabled(!running);
}

void SyncDialog::reject()
{
    if (isSyncing()) {
        cancelSync(); // closing stops the sync; what it saved stays
        return;
    }
    QDialog::reject();
}

} // namespace hc::ui
