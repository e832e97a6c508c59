#include "core/sync/StreamLineDecoder.h"

#include <cstring>

#include <zlib.h>

namespace hc::sync {

struct StreamLineDecoder::Inflater {
    z_stream stream{};
    bool initialised = false;
    ~Inflater()
    {
        if (initialised)
            inflateEnd(&stream);
    }
};

StreamLineDecoder::StreamLineDecoder(bool gzip, LineHandler onLine) : m_onLine(std::move(onLine))
{
    m_partial.reserve(64 * 1024);
    if (gzip) {
        m_inflater = std::make_unique<Inflater>();
        // 16 + MAX_WBITS: a gzip wrapper, not raw zlib.
        m_inflater->initialised = inflateInit2(&m_inflater->stream, 16 + MAX_WBITS) == Z_OK;
        m_failed = !m_inflater->initialised;
    }
}

StreamLineDecoder::~StreamLineDecoder() = default;

void StreamLineDecoder::splitLines(const char* data, size_t size)
{
    m_inflated += qint64(size);
    while (size > 0) {
        const void* nl = std::memchr(data, '\n', size);
        if (!nl) {
            m_partial.append(data, qsizetype(size));
            return;
        }
        const size_t n = size_t(static_cast<const char*>(nl) - data);
        if (m_partial.isEmpty()) {
            m_onLine(std::string_view(data, n));
        } else {
            m_partial.append(data, qsizetype(n));
            m_onLine(std::string_view(m_partial.constData(), size_t(m_partial.size())));
            m_partial.clear();
        }
        data += n + 1;
        size -= n + 1;
    }
}

bool StreamLineDecoder::feed(const QByteArray& bytes)
{
    if (m_failed)
        return false;
    if (!m_inflater) {
        splitLines(bytes.constData(), size_t(bytes.size()));
        return true;
    }
    z_stream& z = m_inflater->stream;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.constData()));
    z.avail_in = uInt(bytes.size());
    char out[64 * 1024];
    while (z.avail_in > 0) {
        if (m_streamEnded) {
            // Another gzip member follows (concatenated gzip is still one valid stream).
            inflateReset(&z);
            m_streamEnded = false;
        }
        z.next_out = reinterpret_cast<Bytef*>(out);
        z.avail_out = sizeof out;
        const int rc = inflate(&z, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
            m_failed = true;
            return false;
        }
        splitLines(out, sizeof out - z.avail_out);
        if (rc == Z_STREAM_END)
            m_streamEnded = true;
        if (rc == Z_BUF_ERROR && z.avail_out != 0)
            break;
    }
    return true;
}

bool StreamLineDecoder::finish()
{
    if (m_failed || (m_inflater && !m_streamEnded))
        return false;
    if (!m_partial.isEmpty()) {
        m_onLine(std::string_view(m_partial.constData(), size_t(m_partial.size())));
        m_partial.clear();
    }
    return true;
}

} // namespace hc::sync
