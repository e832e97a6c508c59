#pragma once

#include "core/util/Result.h"

namespace hc::cli {

// The exit codes of cli.md; scripts rely on them.
enum ExitCode : int { Success = 0, RuntimeFailure = 1, BadInput = 2, Cancelled = 3 };

inline int exitCodeFor(const Error& e)
{
    switch (e.code) {
    case Error::Code::Cancelled:
        return Cancelled;
    case Error::Code::Invalid:
    case Error::Code::NotWorkspace:
    case Error::Code::NewerSchema:
    case Error::Code::Corrupt:
        return BadInput;
    default:
        return RuntimeFailure;
    }
}

} // namespace hc::cli
