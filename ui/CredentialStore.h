#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace hc::ui {

// Secrets for sync sources, kept in the system keychain (Secret Service, macOS Keychain, Windows
// Credential Manager) through qtkeychain, under the service "HitCraft Analytics Workbench" and an
// account "mixpanel:<project id>:<username>". Where no keychain service runs, the secret is kept
// in this process's memory for the session only and the caller is told why; it is never written
// to a file. qtkeychain's insecure plain-text fallback stays off.
class CredentialStore : public QObject {
    Q_OBJECT
public:
    static inline const QString kService = QStringLiteral("HitCraft Analytics Workbench");

    explicit CredentialStore(QObject* parent = nullptr);

    static QString accountFor(const QString& projectId, const QString& username);

    // Answers with secretRead (empty when none is stored) or readFailed.
    void read(const QString& account);
    // Answers with stored, or storedForSessionOnly(reason) when no keychain is available.
    void write(const QString& account, const QString& secret);
    // A secret kept for this session because no keychain was available.
    QString sessionSecret(const QString& account) const { return m_session.value(account); }

Q_SIGNALS:
    void secretRead(const QString& account, const QString& secret);
    void readFailed(const QString& account, const QString& reason);
    void stored(const QString& account);
    void storedForSessionOnly(const QString& account, const QString& reason);

private:
    QHash<QString, QString> m_session;
};

} // namespace hc::ui
