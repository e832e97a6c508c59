#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// What the fuzz targets share: the input as bytes, and a scratch file of this process to hand
// parsers that read files (the gzip line reader, column files, workspaces).
namespace hc::fuzz {

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// Writes the input to a file of this process (overwritten by every run) and returns its path.
QString writeScratchFile(const uint8_t* data, size_t size, const char* suffix);

// A QCoreApplication for targets that need Qt's plugins (the SQLite driver).
void ensureApplication();

} // namespace hc::fuzz
