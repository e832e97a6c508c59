#pragma once

#include <cstddef>
#include <vector>

namespace hc::dataset {

// A read-only view of one column, backed by a vector or by a memory-mapped column file; the
// Dataset keeps whichever owns the memory alive.
template<typename T>
class ColumnSpan {
public:
    ColumnSpan() = default;
    ColumnSpan(const T* data, size_t size) : m_data(data), m_size(size) {}
    explicit ColumnSpan(const std::vector<T>& v) : m_data(v.data()), m_size(v.size()) {}

    const T* begin() const { return m_data; }
    const T* end() const { return m_data + m_size; }
    const T* data() const { return m_data; }
    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    const T& operator[](size_t i) const { return m_data[i]; }
    const T& front() const { return m_data[0]; }
    const T& back() const { return m_data[m_size - 1]; }

private:
    const T* m_data = nullptr;
    size_t m_size = 0;
};

} // namespace hc::dataset
