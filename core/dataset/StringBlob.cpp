#include "core/dataset/StringBlob.h"

#include <cstring>

namespace hc::dataset {

void appendStrings(QByteArray& blob, const QStringList& list)
{
    for (const QString& s : list) {
        const QByteArray utf8 = s.toUtf8();
        const quint32 n = quint32(utf8.size());
        blob.append(reinterpret_cast<const char*>(&n), sizeof n);
        blob.append(utf8);
    }
}

bool takeStrings(const QByteArray& blob, qsizetype& pos, qint64 count, QStringList& out)
{
    // Every string takes at least its 4-byte length: a count the blob cannot hold is a damaged
    // file, refused before reserving memory for it.
    if (count > (blob.size() - pos) / 4)
        return false;
    out.reserve(count);
    for (qint64 i = 0; i < count; ++i) {
        quint32 n = 0;
        if (pos + qsizetype(sizeof n) > blob.size())
            return false;
        std::memcpy(&n, blob.constData() + pos, sizeof n);
        pos += sizeof n;
        if (pos + qsizetype(n) > blob.size())
            return false;
        out.append(QString::fromUtf8(blob.constData() + pos, qsizetype(n)));
        pos += n;
    }
    return true;
}

} // namespace hc::dataset
