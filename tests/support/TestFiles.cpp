#include "tests/support/TestFiles.h"

#include <QFile>

#include <sqlite3.h>
#include <zlib.h>

namespace hc::test {

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

bool writeGzipFile(const QString& path, const QByteArray& bytes)
{
    gzFile f = gzopen(QFile::encodeName(path).constData(), "wb");
    if (!f)
        return false;
    const int n = gzwrite(f, bytes.constData(), unsigned(bytes.size()));
    return gzclose(f) == Z_OK && n == bytes.size();
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString fixturePath(const QString& name)
{
    return qEnvironmentVariable("HC_SOURCE_DIR") + QStringLiteral("/tests/fixtures/") + name;
}

QString rawSql(const QString& dbPath, const QString& sql)
{
    sqlite3* db = nullptr;
    QString result;
    if (sqlite3_open(QFile::encodeName(dbPath).constData(), &db) == SQLITE_OK) {
        sqlite3_exec(
            db, sql.toUtf8().constData(),
            [](void* out, int columns, char** values, char**) {
                auto* s = static_cast<QString*>(out);
                if (s->isNull() && columns > 0)
                    *s = values[0] ? QString::fromUtf8(values[0]) : QString(QLatin1String(""));
                return 0;
            },
            &result, nullptr);
    }
    sqlite3_close(db);
    return result;
}

} // namespace hc::test
