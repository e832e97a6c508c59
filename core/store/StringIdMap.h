#pragma once

#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

namespace hc::store {

// Dictionary cache from a name (event name, distinct_id) to its row id. Open addressing over
// one flat array with the text in one arena: the import looks up two names per event, and
// node-based maps spent more time chasing pointers than SQLite spent storing the row.
class StringIdMap {
public:
    StringIdMap();

    // The id stored for key, or -1.
    qint64 find(std::string_view key) const;
    void insert(std::string_view key, qint64 id);
    void clear();
    size_t size() const { return m_size; }

private:
    struct Slot {
        quint64 hash = 0;
        qint64 id = -1; // -1: empty
        quint64 offset = 0;
        quint32 length = 0;
    };
    static quint64 hashOf(std::string_view key);
    void grow();

    std::vector<Slot> m_slots;
    std::string m_arena;
    size_t m_size = 0;
};

} // namespace hc::store
