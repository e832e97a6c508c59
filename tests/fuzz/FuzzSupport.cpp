#include "FuzzSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdlib>

namespace hc::fuzz {

QString writeScratchFile(const uint8_t* data, size_t size, const char* suffix)
{
    const QString path =
        QDir::tempPath()
        + QStringLiteral("/hc-fuzz-%1%2").arg(QCoreApplication::applicationPid()).arg(QString::fromLatin1(suffix));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort(); // the harness itself is broken, not the code under test
    f.write(reinterpret_cast<const char*>(data), qint64(size));
    return path;
}

void ensureApplication()
{
    static int argc = 1;
    static char name[] = "hitcraft-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    Q_UNUSED(app);
}

} // namespace hc::fuzz
