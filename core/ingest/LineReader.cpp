#include "core/ingest/LineReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstring>

#include <zlib.h>

namespace hc::ingest {

namespace {

constexpr size_t kChunk = 1u << 20;

QString tr(const char* text) { return QCoreApplication::translate("hc::ingest::LineReader", text); }

} // namespace

LineReader::~LineReader()
{
    if (m_file)
        gzclose(m_file);
}

Status LineReader::open(const QString& path)
{
    m_path = path;
    const QByteArray local = QFile::encodeName(path);
    m_file = gzopen(local.constData(), "rb");
    if (!m_file)
        return makeError(Error::Code::Io,
                         tr("Cannot open “%1” for reading. Check that the file exists and is readable.")
                             .arg(QDir::toNativeSeparators(path)));
    gzbuffer(m_file, 256 * 1024);
    m_storedSize = QFileInfo(path).size();
    m_buffer.resize(kChunk + kPadding);
    return Done{};
}

qint64 LineReader::storedOffset() const { return m_file ? qint64(gzoffset(m_file)) : 0; }

bool LineReader::fill()
{
    if (m_eof)
        return false;
    if (m_begin > 0) { // keep the partial line at the front
        std::memmove(m_buffer.data(), m_buffer.data() + m_begin, m_end - m_begin);
        m_end -= m_begin;
        m_begin = 0;
    }
    if (m_buffer.size() - kPadding - m_end < kChunk / 2)
        m_buffer.resize(m_buffer.size() + kChunk);
    const size_t room = m_buffer.size() - kPadding - m_end;
    const int n = gzread(m_file, m_buffer.data() + m_end, unsigned(room));
    if (n <= 0) {
        // zlib reports a truncated gzip stream as Z_BUF_ERROR with a zero-length read, not as -1.
        int code = Z_OK;
        const char* what = gzerror(m_file, &code);
        if (n < 0 || (code != Z_OK && code != Z_STREAM_END)) {
            m_streamError = makeError(Error::Code::Corrupt,
                                      tr("“%1” ends early or is damaged (%2) after line %3; the lines before it "
                                         "were read. Get a complete copy of the file and import it again.")
                                          .arg(QDir::toNativeSeparators(m_path), QString::fromUtf8(what))
                                          .arg(m_lineNumber));
        }
        m_eof = true;
        return false;
    }
    m_end += size_t(n);
    return true;
}

bool LineReader::next(std::string_view& line)
{
    m_lineWasCut = false;
    m_lineWasTerminated = true;
    for (;;) {
        const char* base = m_buffer.data();
        const void* nl = std::memchr(base + m_begin + m_scan, '\n', m_end - m_begin - m_scan);
        if (nl) {
            const size_t pos = size_t(static_cast<const char*>(nl) - base);
            const size_t start = m_begin;
            m_begin = pos + 1;
            m_scan = 0;
            if (m_skipUntilNewline) { // the tail of a line that was cut: drop it
                m_skipUntilNewline = false;
                continue;
            }
            ++m_lineNumber;
            line = std::string_view(base + start, pos - start);
            return true;
        }
        m_scan = m_end - m_begin;
        if (m_end - m_begin >= kMaxLineBytes) {
            // Hand out the first kMaxLineBytes as a cut line and skip the rest of it.
            const size_t start = m_begin;
            m_begin = m_end;
            m_scan = 0;
            if (m_skipUntilNewline)
                continue;
            m_skipUntilNewline = true;
            m_lineWasCut = true;
            ++m_lineNumber;
            line = std::string_view(base + start, m_end - start);
            return true;
        }
        if (!fill()) {
            if (m_end > m_begin && !m_skipUntilNewline) { // a last line without '\n'
                const size_t start = m_begin;
                m_begin = m_end;
                m_scan = 0;
                ++m_lineNumber;
                m_lineWasTerminated = false;
                line = std::string_view(m_buffer.data() + start, m_end - start);
                return true;
            }
            return false;
        }
    }
}

} // namespace hc::ingest
