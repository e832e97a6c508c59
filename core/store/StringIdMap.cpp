#include "core/store/StringIdMap.h"

#include <cstring>

namespace hc::store {

StringIdMap::StringIdMap() { m_slots.resize(1024); }

quint64 StringIdMap::hashOf(std::string_view key)
{
    // FNV-1a, then a final mix so nearby ids ("user-000001", "user-000002") spread over the table.
    quint64 h = 0xcbf29ce484222325ULL;
    for (const char c : key) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ULL;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

qint64 StringIdMap::find(std::string_view key) const
{
    const quint64 h = hashOf(key);
    const size_t mask = m_slots.size() - 1;
    for (size_t i = size_t(h) & mask;; i = (i + 1) & mask) {
        const Slot& s = m_slots[i];
        if (s.id < 0)
            return -1;
        if (s.hash == h && s.length == key.size()
            && std::memcmp(m_arena.data() + s.offset, key.data(), key.size()) == 0)
            return s.id;
    }
}

void StringIdMap::insert(std::string_view key, qint64 id)
{
    if ((m_size + 1) * 10 > m_slots.size() * 7)
        grow();
    const quint64 h = hashOf(key);
    const size_t mask = m_slots.size() - 1;
    size_t i = size_t(h) & mask;
    while (m_slots[i].id >= 0)
        i = (i + 1) & mask;
    m_slots[i] = Slot{h, id, m_arena.size(), quint32(key.size())};
    m_arena.append(key);
    ++m_size;
}

void StringIdMap::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    const size_t mask = m_slots.size() - 1;
    for (const Slot& s : old) {
        if (s.id < 0)
            continue;
        size_t i = size_t(s.hash) & mask;
        while (m_slots[i].id >= 0)
            i = (i + 1) & mask;
        m_slots[i] = s;
    }
}

void StringIdMap::clear()
{
    m_slots.assign(1024, Slot{});
    m_arena.clear();
    m_size = 0;
}

} // namespace hc::store
