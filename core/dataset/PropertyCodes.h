#pragma once

#include <QtGlobal>

#include <cstddef>
#include <vector>

namespace hc::dataset {

// The dictionary codes of one property column, one per event, stored as narrow as the dictionary
// allows: a byte per event for up to 127 values, two bytes up to 32,767, else four. Most
// properties (platform, country, plan) fit a byte: at 10M events a column takes 10 MB instead of
// 40. -1 (missing) fits every width.
class PropertyCodes {
public:
    PropertyCodes() = default;
    // `size` codes, all missing, wide enough for a dictionary of `values` entries.
    PropertyCodes(size_t size, qint64 values) : m_width(values <= 127 ? 1 : values <= 32767 ? 2 : 4)
    {
        if (m_width == 1)
            m_narrow.assign(size, qint8(-1));
        else if (m_width == 2)
            m_medium.assign(size, qint16(-1));
        else
            m_wide.assign(size, -1);
    }
    // From 32-bit codes of a dictionary of `values` entries.
    static PropertyCodes from(const std::vector<qint32>& wide, qint64 values)
    {
        PropertyCodes c(0, values);
        if (c.m_width == 4) {
            c.m_wide = wide;
            return c;
        }
        c = PropertyCodes(wide.size(), values);
        for (size_t i = 0; i < wide.size(); ++i)
            c.set(i, wide[i]);
        return c;
    }

    size_t size() const { return m_width == 1 ? m_narrow.size() : m_width == 2 ? m_medium.size() : m_wide.size(); }
    int width() const { return m_width; }
    qint32 operator[](size_t i) const
    {
        switch (m_width) {
        case 1:
            return m_narrow[i];
        case 2:
            return m_medium[i];
        default:
            return m_wide[i];
        }
    }
    void set(size_t i, qint32 code)
    {
        if (m_width == 1)
            m_narrow[i] = qint8(code);
        else if (m_width == 2)
            m_medium[i] = qint16(code);
        else
            m_wide[i] = code;
    }

private:
    int m_width = 4;
    std::vector<qint8> m_narrow;
    std::vector<qint16> m_medium;
    std::vector<qint32> m_wide;
};

} // namespace hc::dataset
