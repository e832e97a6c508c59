#include "core/dataset/PropertyColumnCache.h"

#include "core/dataset/StringBlob.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <cstring>

namespace hc::dataset {

namespace {

constexpr char kMagic[8] = {'H', 'C', 'P', 'R', 'O', 'P', '0', '1'};
constexpr char kTrailer[8] = {'H', 'C', 'P', 'R', 'E', 'N', 'D', '.'};
constexpr quint32 kByteOrderMark = 0x01020304;
constexpr size_t kSlice = 1 << 16; // codes per read or write

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
    const qint64 numberBytes = qint64(column.numbers.size() * sizeof(double));
    // The file keeps 32-bit codes whatever width memory uses, written a slice at a time.
    bool ok = f.write(reinterpret_cast<const char*>(&h), sizeof h) == qint64(sizeof h);
    std::vector<qint32> slice;
    for (size_t at = 0; ok && at < column.codes.size(); at += kSlice) {
        slice.resize(std::min(kSlice, column.codes.size() - at));
        for (size_t k = 0; k < slice.size(); ++k)
            slice[k] = column.codes[at + k];
        const qint64 bytes = qint64(slice.size() * sizeof(qint32));
        ok = f.write(reinterpret_cast<const char*>(slice.data()), bytes) == bytes;
    }
    ok = ok && f.write(reinterpret_cast<const char*>(column.numbers.data()), numberBytes) == numberBytes
         && f.write(strings) == strings.size() && f.write(kTrailer, sizeof kTrailer) == qint64(sizeof kTrailer);
    if (!ok) {
        f.cancelWriting();
        return false;
    }
    return f.commit();
}

namespace {

// The header of a cache file for this generation and event count, with the file's size matching
// it; nullopt otherwise.
std::optional<Header> currentHeader(QFile& f, qint64 generation, size_t events)
{
    Header h;
    if (f.read(reinterpret_cast<char*>(&h), sizeof h) != qint64(sizeof h) || std::memcmp(h.magic, kMagic, 8) != 0
        || h.byteOrder != kByteOrderMark || h.generation != generation || h.events != qint64(events) || h.values < 0
        || h.values > (qint64(1) << 31) || h.stringBytes < 0 || h.stringBytes > (qint64(1) << 40))
        return std::nullopt;
    const qint64 expected = qint64(sizeof h) + h.events * 4 + h.values * 8 + h.stringBytes + qint64(sizeof kTrailer);
    if (f.size() != expected)
        return std::nullopt;
    return h;
}

} // namespace

bool PropertyColumnCache::isCurrent(const QString& path, qint64 generation, size_t events)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && currentHeader(f, generation, events).has_value();
}

std::optional<PropertyColumn> PropertyColumnCache::read(const QString& path, qint64 generation, size_t events)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const std::optional<Header> header = currentHeader(f, generation, events);
    if (!header)
        return std::nullopt;
    const Header& h = *header;
    PropertyColumn c;
    c.codes = PropertyCodes(events, h.values);
    c.numbers.resize(size_t(h.values));
    // Read a slice at a time into the narrow codes; a code outside the dictionary would index
    // past it later: the file is not ours.
    std::vector<qint32> slice;
    for (size_t at = 0; at < events; at += kSlice) {
        slice.resize(std::min(kSlice, events - at));
        const qint64 bytes = qint64(slice.size() * sizeof(qint32));
        if (f.read(reinterpret_cast<char*>(slice.data()), bytes) != bytes)
            return std::nullopt;
        for (size_t k = 0; k < slice.size(); ++k) {
            if (slice[k] < PropertyColumn::kMissing || slice[k] >= qint32(h.values))
                return std::nullopt;
            c.codes.set(at + k, slice[k]);
        }
    }
    const qint64 numberBytes = h.values * 8;
    if (f.read(reinterpret_cast<char*>(c.numbers.data()), numberBytes) != numberBytes)
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
    return c;
}

} // namespace hc::dataset
