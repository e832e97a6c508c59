#pragma once

#include <QString>

namespace hc::test {

// A folder that becomes truly read-only once sealed, for tests of read-only workspaces. Permission
// bits do not stop root, so as root it is a small tmpfs remounted read-only (EROFS binds root
// too); as anyone else the folder and its files lose their write bits. Unmounted (or made
// writable again) when it goes away.
class ReadOnlyFolder {
public:
    explicit ReadOnlyFolder(const QString& path);
    ~ReadOnlyFolder();
    ReadOnlyFolder(const ReadOnlyFolder&) = delete;
    ReadOnlyFolder& operator=(const ReadOnlyFolder&) = delete;

    // Empty when the folder could be prepared, else why not.
    const QString& error() const { return m_error; }
    QString filePath(const QString& name) const { return m_path + QLatin1Char('/') + name; }
    // From now on nothing in the folder can be written, created or removed.
    bool seal();

private:
    QString m_path;
    QString m_error;
    bool m_mounted = false;
};

} // namespace hc::test
