#pragma once

#include <QString>

#include <cstddef>
#include <optional>

namespace hc {

// The position of `name` in a table of the names of an enum's values, for reading them back
// from options and stored JSON; nullopt when no entry has it.
template<std::size_t N>
std::optional<int> indexOfName(const char* const (&names)[N], const QString& name)
{
    for (std::size_t i = 0; i < N; ++i)
        if (name == QLatin1String(names[i]))
            return int(i);
    return std::nullopt;
}

} // namespace hc
