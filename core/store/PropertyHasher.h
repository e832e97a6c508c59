#pragma once

#include <QByteArray>
#include <QStringList>

#include <string>
#include <vector>

namespace hc::store {

class Workspace;

// Pseudonymises chosen properties (e.g. email) as they are written: each value becomes
// "hmac-sha256:<hex>" keyed by a salt kept in the workspace, so equal values stay equal (counts,
// breakdowns and joins still work) while the raw value never reaches the file. The names and the
// salt are workspace settings; the salt is made once, on first use. Anyone holding the workspace
// holds the salt too: this is pseudonymisation, not anonymisation.
class PropertyHasher {
public:
    static inline const QString kPropertiesSetting = QStringLiteral("hash_properties");
    static inline const QString kSaltSetting = QStringLiteral("hash_salt");

    explicit PropertyHasher(Workspace& workspace);

    // Adds names to the workspace's list (creating the salt when needed); later writes hash them.
    static bool addProperties(Workspace& workspace, const QStringList& names);

    bool isActive() const { return !m_names.isEmpty(); }
    const QStringList& properties() const { return m_names; }
    // Rewrites a JSON object of properties in place; returns false when it is not a JSON object.
    bool apply(std::string& propertiesJson) const;
    QString hashed(const QByteArray& value) const;

private:
    QStringList m_names;
    std::vector<std::string> m_quotedNames; // "name" as it appears in JSON text, for the quick test
    QByteArray m_salt;
};

} // namespace hc::store
