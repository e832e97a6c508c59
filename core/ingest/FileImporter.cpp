#include "core/ingest/FileImporter.h"

#include "core/ingest/CsvEventMapper.h"
#include "core/ingest/CsvRecordReader.h"
#include "core/ingest/LineReader.h"
#include "core/ingest/MixpanelLineParser.h"
#include "core/store/EventWriter.h"
#include "core/store/Workspace.h"
#include "core/store/WorkspaceCatalog.h"
#include "core/util/TimeParsing.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <functional>

namespace hc::ingest {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::ingest::FileImporter", text); }

constexpr qint64 kDayMs = 86400000;

// Batching, counting and transactions shared by both formats.
class ImportBatch {
public:
    ImportBatch(store::EventWriter& writer, qint64 sourceId, qint64 batchSize, ImportSummary& committed)
        : m_writer(writer), m_sourceId(sourceId), m_batchSize(batchSize), m_committed(committed)
    {
    }

    Status start() { return m_writer.begin(); }

    Status accept(const store::RawEvent& event)
    {
        const auto outcome = m_writer.write(event, m_sourceId, time::floorDiv(event.timeMs, kDayMs));
        if (!outcome.ok())
            return outcome.error();
        ++m_pending.read;
        if (outcome.value() == store::EventWriter::Outcome::Inserted)
            ++m_pending.inserted;
        else
            ++m_pending.duplicates;
        return maybeCommit();
    }

    Status reject(qint64 line, const QString& reason, std::string_view raw)
    {
        if (auto s = m_writer.quarantine(m_sourceId, tr("line %1").arg(line), reason, raw); !s.ok())
            return s;
        ++m_pending.read;
        ++m_pending.quarantined;
        return maybeCommit();
    }

    Status finish()
    {
        if (auto s = m_writer.commit(); !s.ok())
            return s;
        m_committed += m_pending;
        m_pending = {};
        return Done{};
    }

    void abandon()
    {
        m_writer.rollback();
        m_pending = {};
    }

    qint64 seen() const { return m_committed.read + m_pending.read; }

private:
    Status maybeCommit()
    {
        if (m_pending.read < m_batchSize)
            return Done{};
        if (auto s = finish(); !s.ok())
            return s;
        return m_writer.begin();
    }

    store::EventWriter& m_writer;
    qint64 m_sourceId;
    qint64 m_batchSize;
    ImportSummary& m_committed;
    ImportSummary m_pending;
};

// How reading a file's records ended: a write failure stops it, a cancel ends it early.
struct ReadOutcome {
    bool cancelled = false;
    std::optional<Error> failure;
};

ReadOutcome readJsonLines(LineReader& reader, ImportBatch& batch, const std::function<bool()>& cancelledNow)
{
    ReadOutcome out;
    auto step = [&](const Status& s) {
        if (!s.ok())
            out.failure = s.error();
    };
    MixpanelLineParser parser;
    store::RawEvent event;
    QString reason;
    std::string_view line;
    bool firstLine = true;
    while (!out.failure && reader.next(line)) {
        if (firstLine && line.substr(0, 3) == "\xEF\xBB\xBF")
            line.remove_prefix(3);
        firstLine = false;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.find_first_not_of(" \t") == std::string_view::npos)
            continue;
        if (reader.lineWasCut())
            step(batch.reject(reader.lineNumber(), tr("the line is longer than 64 MiB"), line.substr(0, 1 << 20)));
        else if (!reader.lineWasTerminated() && reader.streamError())
            step(batch.reject(reader.lineNumber(), tr("the line was cut off where the file ends early"), line));
        else if (parser.parse(line, true, event, reason))
            step(batch.accept(event));
        else
            step(batch.reject(reader.lineNumber(), reason, line));
        if (cancelledNow()) {
            out.cancelled = true;
            break;
        }
    }
    return out;
}

// CSV with a header row; a file without a usable header is refused as a whole.
Result<ReadOutcome> readCsv(LineReader& reader, ImportBatch& batch, const std::function<bool()>& cancelledNow,
                            const QString& path)
{
    ReadOutcome out;
    auto step = [&](const Status& s) {
        if (!s.ok())
            out.failure = s.error();
    };
    CsvRecordReader records(reader);
    CsvEventMapper mapper;
    store::RawEvent event;
    QString reason;
    bool haveHeader = false;
    while (!out.failure) {
        const auto status = records.next();
        if (status == CsvRecordReader::Status::End)
            break;
        if (!haveHeader) {
            QString error;
            if (status != CsvRecordReader::Status::Record || !mapper.setHeader(records.fields(), error))
                return makeError(Error::Code::Invalid,
                                 tr("“%1” has no usable CSV header: %2. The first row must name the columns, "
                                    "including distinct_id, event and time.")
                                     .arg(QDir::toNativeSeparators(path), error.isEmpty() ? records.reason() : error));
            haveHeader = true;
            continue;
        }
        if (status == CsvRecordReader::Status::Malformed)
            step(batch.reject(records.startLine(), records.reason(), records.rawText()));
        else if (mapper.map(records.fields(), event, reason))
            step(batch.accept(event));
        else
            step(batch.reject(records.startLine(), reason, records.rawText()));
        if (cancelledNow()) {
            out.cancelled = true;
            break;
        }
    }
    return out;
}

} // namespace

FileImporter::FileImporter(store::Workspace& workspace, qint64 batchSize)
    : m_workspace(workspace), m_batchSize(batchSize)
{
}

Result<ImportSummary> FileImporter::run(const QString& path, ImportFormat format, TaskContext& context)
{
    m_committed = {};
    QElapsedTimer clock;
    clock.start();
    const qint64 startedAt = QDateTime::currentMSecsSinceEpoch();
    const QString absolute = QFileInfo(path).absoluteFilePath();

    LineReader reader;
    if (auto s = reader.open(path); !s.ok())
        return s.error();
    store::EventWriter writer(m_workspace);
    const auto sourceId = writer.ensureSource(QStringLiteral("file:") + absolute, QStringLiteral("file"));
    if (!sourceId.ok())
        return sourceId.error();

    ImportBatch batch(writer, sourceId.value(), m_batchSize, m_committed);
    if (auto s = batch.start(); !s.ok())
        return s.error();

    // Every 1,024 records: progress (gzoffset costs a system call) and the cancel check.
    auto cancelledNow = [&]() {
        if ((batch.seen() & 1023) != 0)
            return false;
        context.report(reader.storedOffset(), reader.storedSize());
        return context.isCancelled();
    };
    ReadOutcome read;
    if (format == ImportFormat::MixpanelJsonl) {
        read = readJsonLines(reader, batch, cancelledNow);
    } else {
        auto csv = readCsv(reader, batch, cancelledNow, path);
        if (!csv.ok()) {
            batch.abandon();
            return csv.error();
        }
        read = csv.value();
    }
    const std::optional<Error>& failure = read.failure;
    const bool cancelled = read.cancelled;

    if (failure) {
        batch.abandon();
        return *failure;
    }
    if (cancelled) {
        batch.abandon();
    } else if (auto s = batch.finish(); !s.ok()) {
        batch.abandon();
        return s.error();
    }
    context.report(reader.storedSize(), reader.storedSize());

    const QString status = cancelled              ? QStringLiteral("cancelled")
                           : reader.streamError() ? QStringLiteral("incomplete")
                                                  : QStringLiteral("done");
    // The run log is informational; a failure here must not undo the import.
    store::WorkspaceCatalog(m_workspace)
        .recordImportRun(store::ImportRun{sourceId.value(), absolute, startedAt, QDateTime::currentMSecsSinceEpoch(),
                                          status, m_committed.read, m_committed.inserted, m_committed.duplicates,
                                          m_committed.quarantined});

    m_committed.bytes = reader.storedSize();
    m_committed.seconds = double(clock.nsecsElapsed()) / 1e9;
    if (cancelled)
        return makeError(Error::Code::Cancelled,
                         tr("Import cancelled after %1 lines; %2 events were saved. Import the file again to add "
                            "the rest (events already saved are recognised as duplicates).")
                             .arg(m_committed.read)
                             .arg(m_committed.inserted));
    if (reader.streamError())
        return *reader.streamError();
    return m_committed;
}

} // namespace hc::ingest
