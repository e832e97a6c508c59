#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace hc {

// A failure that can be shown to a person (message) and logged (detail).
// Neither field ever carries a secret, a token or an Authorization header.
struct Error {
    enum class Code { Io, Corrupt, NewerSchema, NotWorkspace, Network, RateLimited, Cancelled, Invalid, Database };
    Code code = Code::Invalid;
    QString message;
    QString detail;
};

// C++17 stand-in for std::expected: a value or an Error.
template<typename T>
class Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}
    bool ok() const { return std::holds_alternative<T>(m_v); }
    const T& value() const { return std::get<T>(m_v); }
    T& value() { return std::get<T>(m_v); }
    const Error& error() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

// For operations that succeed with nothing to return.
struct Done {};
using Status = Result<Done>;

inline Error makeError(Error::Code code, QString message, QString detail = {})
{
    return Error{code, std::move(message), std::move(detail)};
}

} // namespace hc
