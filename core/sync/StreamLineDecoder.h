#pragma once

#include <QByteArray>

#include <functional>
#include <memory>
#include <string_view>

namespace hc::sync {

// Splits a response body into lines as its bytes arrive, inflating gzip incrementally with zlib
// (never the whole body in memory). finish() says whether the body ended cleanly: a gzip stream
// must reach its end; a cut-off body is not a complete day.
class StreamLineDecoder {
public:
    using LineHandler = std::function<void(std::string_view line)>;

    StreamLineDecoder(bool gzip, LineHandler onLine);
    ~StreamLineDecoder();

    // False once the gzip data is damaged; the rest of the body is ignored then.
    bool feed(const QByteArray& bytes);
    // True when everything arrived intact; the last line without '\n' is handed over here.
    bool finish();
    qint64 inflatedBytes() const { return m_inflated; }

private:
    void splitLines(const char* data, size_t size);

    struct Inflater;
    std::unique_ptr<Inflater> m_inflater;
    LineHandler m_onLine;
    QByteArray m_partial;
    qint64 m_inflated = 0;
    bool m_failed = false;
    bool m_streamEnded = false;
};

} // namespace hc::sync
