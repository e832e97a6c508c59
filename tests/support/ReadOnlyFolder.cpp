#include "tests/support/ReadOnlyFolder.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>

#include <unistd.h>

namespace hc::test {

namespace {

bool run(const QStringList& command, QString& error)
{
    QProcess p;
    p.start(command.first(), command.mid(1));
    if (!p.waitForFinished(10000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        error =
            command.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromLocal8Bit(p.readAllStandardError());
        return false;
    }
    return true;
}

void setWritable(const QString& path, bool writable)
{
    QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    const auto bits = [&](QFileDevice::Permissions p) {
        return writable ? p | QFileDevice::WriteOwner
                        : p & ~(QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther);
    };
    while (it.hasNext()) {
        const QString file = it.next();
        QFile::setPermissions(file, bits(QFile::permissions(file)));
    }
    QFile::setPermissions(path, bits(QFile::permissions(path)));
}

} // namespace

ReadOnlyFolder::ReadOnlyFolder(const QString& path) : m_path(path)
{
    QDir().mkpath(path);
    if (::geteuid() == 0)
        m_mounted = run({QStringLiteral("mount"), QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                         QStringLiteral("size=64m"), QStringLiteral("tmpfs"), path},
                        m_error);
}

ReadOnlyFolder::~ReadOnlyFolder()
{
    QString ignored;
    if (m_mounted)
        run({QStringLiteral("umount"), m_path}, ignored);
    else
        setWritable(m_path, true);
}

bool ReadOnlyFolder::seal()
{
    if (!m_error.isEmpty())
        return false;
    if (m_mounted)
        return run({QStringLiteral("mount"), QStringLiteral("-o"), QStringLiteral("remount,ro"), m_path}, m_error);
    setWritable(m_path, false);
    return true;
}

} // namespace hc::test
