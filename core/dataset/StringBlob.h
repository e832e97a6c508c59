#pragma once

#include <QByteArray>
#include <QStringList>

namespace hc::dataset {

// Strings in the column files: each a 4-byte length, then its UTF-8 bytes.
void appendStrings(QByteArray& blob, const QStringList& list);
// Reads `count` strings from pos on; false when the blob cannot hold them (a damaged file).
bool takeStrings(const QByteArray& blob, qsizetype& pos, qint64 count, QStringList& out);

} // namespace hc::dataset
