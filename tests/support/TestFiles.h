#pragma once

#include <QByteArray>
#include <QString>

namespace hc::test {

// Writes bytes to path, plain or gzip-compressed; fails the calling test on error.
bool writeFile(const QString& path, const QByteArray& bytes);
bool writeGzipFile(const QString& path, const QByteArray& bytes);
QByteArray readFile(const QString& path);

// tests/fixtures/<name> in the source tree (CTest passes HC_SOURCE_DIR).
QString fixturePath(const QString& name);

// Runs one SQL statement on a raw sqlite3 connection, outside the Workspace class, the way a
// damaged or foreign file would be made. Returns the first column of the first row, if any.
QString rawSql(const QString& dbPath, const QString& sql);

} // namespace hc::test
