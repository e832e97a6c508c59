#pragma once

#include "core/util/Result.h"

#include <QString>

#include <optional>
#include <string_view>
#include <vector>

typedef struct gzFile_s* gzFile;

namespace hc::ingest {

// Streams the lines of a plain or gzip file (zlib detects which) through one bounded buffer.
// A line view stays valid until the next call and always has at least kPadding readable
// bytes after it, which simdjson needs to parse in place without copying.
class LineReader {
public:
    static constexpr size_t kPadding = 64;
    static constexpr size_t kMaxLineBytes = 64u << 20;

    LineReader() = default;
    ~LineReader();
    LineReader(const LineReader&) = delete;
    LineReader& operator=(const LineReader&) = delete;

    Status open(const QString& path);

    // The next line without its '\n' (a trailing '\r' is kept for the caller to judge).
    // False at the end of the data or on a stream error (see streamError()).
    bool next(std::string_view& line);

    qint64 lineNumber() const { return m_lineNumber; }
    // True when the line just returned was cut at kMaxLineBytes.
    bool lineWasCut() const { return m_lineWasCut; }
    // False for a last line that ended with the data instead of a '\n'.
    bool lineWasTerminated() const { return m_lineWasTerminated; }
    // Position in the file as stored (compressed bytes for gzip), for progress.
    qint64 storedOffset() const;
    qint64 storedSize() const { return m_storedSize; }
    // Set when the data ended in a way that means it is incomplete (a truncated gzip stream).
    const std::optional<Error>& streamError() const { return m_streamError; }

private:
    bool fill();

    gzFile m_file = nullptr;
    QString m_path;
    std::vector<char> m_buffer;
    size_t m_begin = 0;
    size_t m_end = 0;
    size_t m_scan = 0; // bytes after m_begin already known to hold no '\n'
    bool m_eof = false;
    bool m_lineWasCut = false;
    bool m_lineWasTerminated = true;
    bool m_skipUntilNewline = false;
    qint64 m_lineNumber = 0;
    qint64 m_storedSize = 0;
    std::optional<Error> m_streamError;
};

} // namespace hc::ingest
