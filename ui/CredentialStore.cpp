#include "ui/CredentialStore.h"

#include <qt6keychain/keychain.h>

namespace hc::ui {

CredentialStore::CredentialStore(QObject* parent) : QObject(parent) {}

QString CredentialStore::accountFor(const QString& projectId, const QString& username)
{
    return QStringLiteral("mixpanel:%1:%2").arg(projectId, username);
}

void CredentialStore::read(const QString& account)
{
    if (m_session.contains(account)) {
        Q_EMIT secretRead(account, m_session.value(account));
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [this, job, account] {
        if (job->error() == QKeychain::NoError)
            Q_EMIT secretRead(account, job->textData());
        else if (job->error() == QKeychain::EntryNotFound)
            Q_EMIT secretRead(account, QString());
        else
            Q_EMIT readFailed(account, job->errorString());
    });
    job->start();
}

void CredentialStore::write(const QString& account, const QString& secret)
{
    auto* job = new QKeychain::WritePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job, account, secret] {
        if (job->error() == QKeychain::NoError) {
            m_session.remove(account);
            Q_EMIT stored(account);
            return;
        }
        m_session.insert(account, secret);
        Q_EMIT storedForSessionOnly(
            account, tr("No keychain service is available (%1). The secret is kept in memory until HitCraft "
                        "closes and will be asked for again next time.")
                         .arg(job->errorString()));
    });
    job->start();
}

} // namespace hc::ui
