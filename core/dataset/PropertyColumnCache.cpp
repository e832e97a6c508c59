#include "core/dataset/PropertyColumnCache.h"

#include "core/dataset/StringBlob.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSaveFile>

#include <cstring>

namespace hc::dataset {

namespace {

constexpr char kMagic[8] = {'H', 'C', 'P', 'R', 'O', 'P', '0', '1'};
constexpr char kTrailer[8] = {'H', 'C', 'P', 'R', 'E', 'N', 'D', '.'};
constexpr quint32 kByteOrderMark = 0x01020304;

struct Header {
    char magic[8];
    quint32 byteOrder;
    quint32 reserved;
    qint64 generation;
    qint64 events;
    qint64 values;
    qint64 stringBytes;
};

} // namespace

QString PropertyColumnCache::pathFor(const QString& snapshotPath, const QString& property)
{
    // Hashed: property names may hold any character, file names may not.
    const QByteArray digest = QCryptographicHash::hash(property.toUtf8(), QCryptographicHash::Sha1).toHex().left(20);
    return snapshotPath + QStringLiteral(".p-") + QString::fromLatin1(digest);
}

bool PropertyColumnCache::write(const QString& path, qint64 generation, const PropertyColumn& column)
{
    QByteArray strings;
    appendStrings(strings, QStringList{column.name});
    appendStrings(strings, column.values);
    Header h;
    std::memcpy(h.magic, kMagic, sizeof kMagic);
    h.byteOrder = kByteOrderMark;
    h.reserved = 0;
    h.generation = generation;
    h.events = qint64(column.codes.size());
    h.values = qint64(column.values.size());
    h.stringBytes = strings.size();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    const qint64 codeBytes = qint64(column.codes.size() * sizeof(qint32));
    const qint64 numberBytes = qint64(column.numbers.size() * sizeof(double));
    const bool ok = f.write(reinterpret_cast<const char*>(&h), sizeof h) == qint64(sizeof h)
                    && f.write(reinterpret_cast<const char*>(column.codes.data()), codeBytes) == codeBytes
                    && f.write(reinterpret_cast<const char*>(column.numbers.data()), numberBytes) == numberBytes
                    && f.write(strings) == strings.size()
                    && f.write(kTrailer, sizeof kTrailer) == qint64(sizeof kTrailer);
    if (!ok) {
        f.cancelWriting();
        return false;
    }
    return f.commit();
}

std::optional<PropertyColumn> PropertyColumnCache::read(const QString& path, qint64 generation, size_t events)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    Header h;
    if (f.read(reinterpret_cast<char*>(&h), sizeof h) != qint64(sizeof h) || std::memcmp(h.magic, kMagic, 8) != 0
        || h.byteOrder != kByteOrderMark || h.generation != generation || h.events != qint64(events) || h.values < 0
        || h.values > (qint64(1) << 31) || h.stringBytes < 0 || h.stringBytes > (qint64(1) << 40))
        return std::nullopt;
    const qint64 expected = qint64(sizeof h) + h.events * 4 + h.values * 8 + h.stringBytes + qint64(sizeof kTrailer);
    if (f.size() != expected)
        return std::nullopt;
    PropertyColumn c;
    c.codes.resize(events);
    c.numbers.resize(size_t(h.values));
    const qint64 codeBytes = h.events * 4, numberBytes = h.values * 8;
    if (f.read(reinterpret_cast<char*>(c.codes.data()), codeBytes) != codeBytes
        || f.read(reinterpret_cast<char*>(c.numbers.data()), numberBytes) != numberBytes)
        return std::nullopt;
    const QByteArray strings = f.read(h.stringBytes);
    char trailer[8];
    if (strings.size() != h.stringBytes || f.read(trailer, 8) != 8 || std::memcmp(trailer, kTrailer, 8) != 0)
        return std::nullopt;
    qsizetype pos = 0;
    QStringList name;
    if (!takeStrings(strings, pos, 1, name) || !takeStrings(strings, pos, h.values, c.values))
        return std::nullopt;
    c.name = name.front();
    // A code outside the dictionary would index past it later: the file is not ours.
    for (const qint32 code : c.codes)
        if (code < PropertyColumn::kMissing || code >= qint32(h.values))
            return std::nullopt;
    return c;
}

} // namespace hc::dataset
