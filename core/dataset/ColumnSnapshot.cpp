#include "core/dataset/ColumnSnapshot.h"

#include "core/dataset/StringBlob.h"

#include <QFile>
#include <QSaveFile>

#include <cstring>

namespace hc::dataset {

namespace {

constexpr char kMagic[8] = {'H', 'C', 'C', 'O', 'L', 'S', '0', '1'};
constexpr char kTrailer[8] = {'H', 'C', 'C', 'O', 'L', 'E', 'N', 'D'};
constexpr quint32 kFormatVersion = 1;
constexpr quint32 kByteOrderMark = 0x01020304;

struct Header {
    char magic[8];
    quint32 formatVersion;
    quint32 byteOrder;
    qint64 generation;
    qint64 events;
    qint64 users;
    qint64 names;
    qint64 minRow;
    qint64 rowSpan;
    qint64 stringBytes;
};

template<typename T>
bool writeArray(QSaveFile& f, const std::vector<T>& v)
{
    const qint64 bytes = qint64(v.size() * sizeof(T));
    return f.write(reinterpret_cast<const char*>(v.data()), bytes) == bytes;
}

} // namespace

QString ColumnSnapshot::pathFor(const QString& workspacePath) { return workspacePath + QStringLiteral(".columns"); }

bool ColumnSnapshot::write(const QString& path, const ColumnSnapshot& s)
{
    QByteArray strings;
    appendStrings(strings, s.columns.userIds);
    appendStrings(strings, s.columns.eventNames);
    Header h;
    std::memcpy(h.magic, kMagic, sizeof kMagic);
    h.formatVersion = kFormatVersion;
    h.byteOrder = kByteOrderMark;
    h.generation = s.generation;
    h.events = qint64(s.columns.times.size());
    h.users = s.columns.userIds.size();
    h.names = s.columns.eventNames.size();
    h.minRow = s.minRow;
    h.rowSpan = qint64(s.positionOfRow.size());
    h.stringBytes = strings.size();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    const bool ok = f.write(reinterpret_cast<const char*>(&h), sizeof h) == qint64(sizeof h)
                    && writeArray(f, s.columns.users) && writeArray(f, s.columns.names)
                    && writeArray(f, s.columns.times) && writeArray(f, s.columns.userOffsets)
                    && writeArray(f, s.positionOfRow) && f.write(strings) == strings.size()
                    && f.write(kTrailer, sizeof kTrailer) == qint64(sizeof kTrailer);
    if (!ok) {
        f.cancelWriting();
        return false;
    }
    return f.commit();
}

std::optional<ColumnSnapshot::Mapped> ColumnSnapshot::map(const QString& path, qint64 generation)
{
    auto file = std::make_shared<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return std::nullopt;
    Header h;
    if (file->size() < qint64(sizeof h) || file->read(reinterpret_cast<char*>(&h), sizeof h) != qint64(sizeof h)
        || std::memcmp(h.magic, kMagic, 8) != 0 || h.formatVersion != kFormatVersion || h.byteOrder != kByteOrderMark
        || h.generation != generation || h.events < 0 || h.users < 0 || h.names < 0 || h.rowSpan < 0
        || h.stringBytes < 0 || h.events > (qint64(1) << 40) || h.users > (qint64(1) << 32)
        || h.names > (qint64(1) << 32) || h.rowSpan > (qint64(1) << 40) || h.stringBytes > (qint64(1) << 48))
        return std::nullopt;
    const qint64 expected = qint64(sizeof h) + h.events * (4 + 4 + 8) + (h.users + 1) * 8 + h.rowSpan * 4
                            + h.stringBytes + qint64(sizeof kTrailer);
    if (file->size() != expected)
        return std::nullopt; // truncated, or written by something else
    const uchar* base = file->map(0, expected);
    if (!base)
        return std::nullopt;
    if (std::memcmp(base + expected - qint64(sizeof kTrailer), kTrailer, sizeof kTrailer) != 0)
        return std::nullopt;

    const uchar* p = base + sizeof h;
    const auto n = size_t(h.events);
    Mapped m;
    m.views.users = ColumnSpan<qint32>(reinterpret_cast<const qint32*>(p), n);
    p += n * 4;
    m.views.names = ColumnSpan<qint32>(reinterpret_cast<const qint32*>(p), n);
    p += n * 4;
    m.views.times = ColumnSpan<qint64>(reinterpret_cast<const qint64*>(p), n);
    p += n * 8;
    m.views.userOffsets = ColumnSpan<quint64>(reinterpret_cast<const quint64*>(p), size_t(h.users + 1));
    p += size_t(h.users + 1) * 8;
    m.positionOfRow = ColumnSpan<qint32>(reinterpret_cast<const qint32*>(p), size_t(h.rowSpan));
    p += size_t(h.rowSpan) * 4;
    const QByteArray strings = QByteArray::fromRawData(reinterpret_cast<const char*>(p), qsizetype(h.stringBytes));
    qsizetype pos = 0;
    if (!takeStrings(strings, pos, h.users, m.views.userIds) || !takeStrings(strings, pos, h.names, m.views.eventNames))
        return std::nullopt;

    // Every index must stay inside what it indexes, whatever the file says.
    const auto& offsets = m.views.userOffsets;
    if (offsets.front() != 0 || offsets.back() != quint64(h.events))
        return std::nullopt;
    for (size_t u = 1; u < offsets.size(); ++u)
        if (offsets[u] < offsets[u - 1])
            return std::nullopt;
    for (size_t i = 0; i < n; ++i)
        if (quint32(m.views.users[i]) >= quint32(h.users) || quint32(m.views.names[i]) >= quint32(h.names))
            return std::nullopt;
    for (qint32 x : m.positionOfRow)
        if (x < -1 || x >= h.events)
            return std::nullopt;
    m.minRow = h.minRow;
    m.views.owner = file; // the mapping lives as long as the QFile
    return m;
}

ColumnSnapshot ColumnSnapshot::copyOf(const Mapped& m)
{
    ColumnSnapshot s;
    s.columns.users.assign(m.views.users.begin(), m.views.users.end());
    s.columns.names.assign(m.views.names.begin(), m.views.names.end());
    s.columns.times.assign(m.views.times.begin(), m.views.times.end());
    s.columns.userOffsets.assign(m.views.userOffsets.begin(), m.views.userOffsets.end());
    s.columns.userIds = m.views.userIds;
    s.columns.eventNames = m.views.eventNames;
    s.positionOfRow.assign(m.positionOfRow.begin(), m.positionOfRow.end());
    s.minRow = m.minRow;
    return s;
}

} // namespace hc::dataset
