#include "core/sync/SyncEngine.h"

#include "core/ingest/CsvEventMapper.h"
#include "core/ingest/CsvRecordReader.h"
#include "core/ingest/MixpanelLineParser.h"
#include "core/store/EventWriter.h"
#include "core/store/Workspace.h"
#include "core/store/WorkspaceCatalog.h"
#include "core/sync/FetchOutcome.h"
#include "core/sync/MixpanelExportSource.h"
#include "core/sync/RateLimiter.h"
#include "core/sync/StreamLineDecoder.h"
#include "core/sync/SyncSource.h"
#include "core/util/JsonText.h"
#include "core/util/TimeParsing.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <vector>

namespace hc::sync {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::sync::SyncEngine", text); }

using Fetch = FetchOutcome;

// The server's own words from an error body, shortened; bodies never echo credentials.
QString serverMessage(const QByteArray& body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QString text = o.value(QStringLiteral("error")).toString();
    if (text.isEmpty())
        text = QString::fromUtf8(body.left(200)).simplified();
    return text.left(200);
}

// One day's CSV body, complete: records (which may span lines) mapped by the header row.
void parseCsvDay(const std::vector<std::string>& lines, std::vector<store::RawEvent>& events,
                 std::vector<QuarantinedLine>& quarantined)
{
    size_t next = 0;
    ingest::CsvRecordReader records([&](qint64& number, std::string& text) {
        if (next >= lines.size())
            return false;
        number = qint64(next + 1);
        text = lines[next++];
        return true;
    });
    ingest::CsvEventMapper mapper;
    bool haveHeader = false;
    store::RawEvent event;
    QString reason;
    for (;;) {
        const auto status = records.next();
        if (status == ingest::CsvRecordReader::Status::End)
            break;
        if (!haveHeader) {
            QString error;
            if (status != ingest::CsvRecordReader::Status::Record || !mapper.setHeader(records.fields(), error)) {
                quarantined.push_back(
                    QuarantinedLine{records.startLine(), tr("no usable CSV header: %1").arg(error), records.rawText()});
                return;
            }
            haveHeader = true;
            continue;
        }
        if (status == ingest::CsvRecordReader::Status::Malformed)
            quarantined.push_back(QuarantinedLine{records.startLine(), records.reason(), records.rawText()});
        else if (mapper.map(records.fields(), event, reason))
            events.push_back(event);
        else
            quarantined.push_back(QuarantinedLine{records.startLine(), reason, records.rawText()});
    }
}

// A small response (an engage page, the time-zone probe) read whole: status, body and the
// network error. `form` non-empty: a POST with that form-urlencoded body.
struct WholeResponse {
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorText;
    QString retryAfter;
};

WholeResponse fetchWhole(QNetworkAccessManager& network, QNetworkRequest request, const QByteArray& form = {})
{
    QNetworkReply* reply = nullptr;
    if (form.isEmpty()) {
        reply = network.get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = network.post(request, form);
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    WholeResponse out;
    out.body = reply->readAll();
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.error = reply->error();
    out.errorText = reply->errorString();
    out.retryAfter = QString::fromLatin1(reply->rawHeader("Retry-After"));
    reply->deleteLater();
    return out;
}

void sleepUnlessCancelled(qint64 ms, TaskContext& context)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms && !context.isCancelled())
        QThread::msleep(quint32(std::min<qint64>(50, ms - t.elapsed() + 1)));
}

qint64 dayNumberOf(const QDate& d) { return time::daysFromCivil(d.year(), d.month(), d.day()); }

// How a request that did not deliver a body ended, by its status (shared by export and engage).
Fetch classifyFailure(int status, QNetworkReply::NetworkError networkError, const QString& networkErrorText,
                      const QString& retryAfter, const QByteArray& errorBody, const SyncSource& origin,
                      const QString& what)
{
    const QString service = origin.serviceName();
    bool ok = false;
    const qint64 seconds = retryAfter.toLongLong(&ok); // honoured on 429 and 5xx when given
    if (status == 429)
        return Fetch{Fetch::Kind::Retry, ok ? seconds * 1000 : -1,
                     tr("%1's rate limit was reached (HTTP 429)").arg(service)};
    if (status == 401)
        return Fetch{Fetch::Kind::Abort, -1, origin.unauthorizedMessage(serverMessage(errorBody))};
    if (status == 403)
        return Fetch{Fetch::Kind::Abort, -1,
                     tr("The service account may not export this project (HTTP 403). Give it access to the project "
                        "and its classified data.")};
    if (status == 402)
        return Fetch{Fetch::Kind::Abort, -1, tr("Mixpanel asks for payment before exporting (HTTP 402).")};
    if (status == 400)
        return Fetch{Fetch::Kind::FailDay, -1,
                     tr("%1 rejected the request for %2: %3").arg(service, what, serverMessage(errorBody))};
    if (status >= 500 || networkError != QNetworkReply::NoError)
        return Fetch{Fetch::Kind::Retry, ok ? seconds * 1000 : -1,
                     status >= 500 ? tr("%1 had a server error (HTTP %2)").arg(service).arg(status)
                                   : tr("the connection failed (%1)").arg(networkErrorText)};
    return Fetch{Fetch::Kind::FailDay, -1, tr("unexpected HTTP status %1").arg(status)};
}

} // namespace

// The state of one run: the workspace connection, its writer, the source, the network and pacing.
struct SyncEngine::Run {
    std::unique_ptr<store::Workspace> workspace;
    std::unique_ptr<store::EventWriter> writer;
    std::unique_ptr<SyncSource> origin;
    qint64 sourceId = 0;
    QNetworkAccessManager network;
    RateLimiter limiter;
    ingest::MixpanelLineParser parser;

    explicit Run(const SyncConfig& config) : limiter(config.maxRequestsPerHour, config.maxRequestsPerSecond) {}
};

// What one range (one or more consecutive days, or one day hour by hour) brought back.
struct SyncEngine::RangeFetch {
    Fetch outcome;
    std::vector<store::RawEvent> events;
    std::vector<QuarantinedLine> quarantined;
};

SyncEngine::SyncEngine(SyncConfig config, Log log) : m_config(std::move(config)), m_log(std::move(log)) {}
SyncEngine::~SyncEngine() = default;

Result<std::vector<QDate>> SyncEngine::planDays(Run& run) const
{
    // Every day not done yet, failed ones again, and the most recent days always.
    const auto doneDays = store::WorkspaceCatalog(*run.workspace).doneDays(run.sourceId);
    if (!doneDays.ok())
        return doneDays.error();
    const QSet<qint64>& done = doneDays.value();
    const QDate today = QDateTime::currentDateTimeUtc().date();
    std::vector<QDate> days;
    for (QDate d = m_config.from; d <= m_config.to; d = d.addDays(1))
        if (!done.contains(dayNumberOf(d)) || d.daysTo(today) < m_config.refreshDays)
            days.push_back(d);
    return days;
}

qint64 SyncEngine::backoffMs(int attempt, qint64 retryAfterMs) const
{
    // Exponential with jitter; Retry-After wins when the server gives one. Either is capped, so a
    // day that keeps failing ends as failed after maxAttempts within bounded time.
    const qint64 wait =
        retryAfterMs >= 0
            ? retryAfterMs
            : (m_config.backoffBaseMs << std::min(attempt - 1, 10))
                  + qint64(QRandomGenerator::global()->bounded(int(std::max<qint64>(1, m_config.backoffBaseMs / 2))));
    return std::min(wait, m_config.maxBackoffMs);
}

void SyncEngine::waitBeforeRetry(const FetchOutcome& outcome, int attempt, TaskContext& context) const
{
    if (attempt >= m_config.maxAttempts)
        return; // the last attempt failed: no retry to wait for
    if (m_log)
        m_log(tr("%1 (attempt %2 of %3); trying again").arg(outcome.reason).arg(attempt).arg(m_config.maxAttempts));
    sleepUnlessCancelled(backoffMs(attempt, outcome.retryAfterMs), context);
}

bool SyncEngine::paceRequest(Run& run, TaskContext& context) const
{
    sleepUnlessCancelled(run.limiter.waitMs(QDateTime::currentMSecsSinceEpoch()), context);
    if (context.isCancelled())
        return false;
    run.limiter.recordStart(QDateTime::currentMSecsSinceEpoch());
    return true;
}

FetchOutcome SyncEngine::fetchOnce(Run& run, const QDate& first, const QDate& last, int hour, const QString& label,
                                   RangeFetch& into, qint64& lineNumber, TaskContext& context)
{
    const bool csv = run.origin->csvBody();
    bool terminatedEarly = false;
    std::vector<std::string> csvLines; // CSV records may span lines: parsed once the body is complete
    store::RawEvent event;
    QString reason;
    auto onLine = [&](std::string_view line) {
        if (csv) {
            csvLines.emplace_back(line);
            return;
        }
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.find_first_not_of(" \t") == std::string_view::npos)
            return;
        ++lineNumber;
        if (line.substr(0, 16) == "terminated early") {
            terminatedEarly = true; // the server gave up: the whole day is fetched again
            return;
        }
        if (!run.parser.parse(line, false, event, reason)) {
            into.quarantined.push_back(QuarantinedLine{lineNumber, reason, std::string(line)});
            return;
        }
        if (m_config.projectLocalTime) {
            // Exported as local pseudo-epoch: subtract the zone's offset at that local time.
            const qint64 local = event.timeMs;
            qint64 offset = m_config.projectZone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(local, QTimeZone::utc()));
            offset = m_config.projectZone.offsetFromUtc(
                QDateTime::fromMSecsSinceEpoch(local - offset * 1000, QTimeZone::utc()));
            event.timeMs = local - offset * 1000;
        }
        into.events.push_back(event);
    };

    QNetworkRequest request = run.origin->exportRequest(first, last, hour);
    // Asked for explicitly, so Qt leaves the body compressed and a cut gzip stream shows.
    request.setRawHeader("Accept-Encoding", "gzip");
    request.setRawHeader("Accept", "text/plain");
    request.setTransferTimeout(int(m_config.noDataTimeoutMs));
    QNetworkReply* reply = run.network.get(request);
    std::unique_ptr<StreamLineDecoder> decoder;
    QByteArray errorBody; // the start of a non-200 body, for the message
    QEventLoop loop;
    QTimer bodyTimer;
    bodyTimer.setSingleShot(true);
    QObject::connect(&bodyTimer, &QTimer::timeout, reply, &QNetworkReply::abort);
    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, reply, [&] {
        if (context.isCancelled())
            reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        if (!decoder)
            decoder =
                std::make_unique<StreamLineDecoder>(reply->rawHeader("Content-Encoding").contains("gzip"), onLine);
        const QByteArray chunk = reply->readAll();
        m_summary.bytes += chunk.size();
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
            decoder->feed(chunk);
        else if (errorBody.size() < 4096)
            errorBody += chunk.left(4096 - errorBody.size());
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    bodyTimer.start(int(m_config.bodyTimeoutMs));
    cancelPoll.start(100);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    const QByteArray rest = reply->isOpen() ? reply->readAll() : QByteArray();
    errorBody += rest;
    const QString retryAfter = QString::fromLatin1(reply->rawHeader("Retry-After"));
    const QString networkErrorText = reply->errorString();
    reply->deleteLater();

    if (status != 200 || networkError != QNetworkReply::NoError)
        return classifyFailure(status, networkError, networkErrorText, retryAfter, errorBody, *run.origin, label);
    if (!decoder)
        decoder = std::make_unique<StreamLineDecoder>(false, onLine);
    decoder->feed(rest);
    if (!decoder->finish())
        return Fetch{Fetch::Kind::Retry, -1, tr("the response for %1 ended early (incomplete gzip data)").arg(label)};
    if (csv)
        parseCsvDay(csvLines, into.events, into.quarantined);
    if (terminatedEarly)
        return Fetch{Fetch::Kind::Retry, -1,
                     tr("%1 ended the export of %2 early").arg(run.origin->serviceName(), label)};
    return Fetch{Fetch::Kind::Ok, -1, {}};
}

SyncEngine::RangeFetch SyncEngine::fetchRange(Run& run, const QDate& first, const QDate& last, bool hourly,
                                              const QString& label, TaskContext& context)
{
    RangeFetch fetched;
    for (int attempt = 1; attempt <= m_config.maxAttempts && !context.isCancelled(); ++attempt) {
        fetched = RangeFetch{};
        qint64 lineNumber = 0;
        // A day too large for one request is fetched hour by hour (a `where` on the event time),
        // and still committed only when all its hours arrived.
        for (int part = 0; part < (hourly ? 24 : 1); ++part) {
            if (!paceRequest(run, context))
                break;
            fetched.outcome = fetchOnce(run, first, last, hourly ? part : -1, label, fetched, lineNumber, context);
            if (context.isCancelled() || fetched.outcome.kind != Fetch::Kind::Ok)
                break; // a failed part fails the attempt: the whole day is fetched again
        }
        if (context.isCancelled() || fetched.outcome.kind != Fetch::Kind::Retry)
            break;
        waitBeforeRetry(fetched.outcome, attempt, context);
    }
    return fetched;
}

Status SyncEngine::commitRange(Run& run, const std::vector<QDate>& days, const QString& label,
                               const RangeFetch& fetched)
{
    // Each day replaces what the source had for it, with its checkpoint, all or nothing.
    const qint64 firstNumber = dayNumberOf(days.front());
    const qint64 lastNumber = dayNumberOf(days.back());
    std::map<qint64, std::vector<const store::RawEvent*>> byDay;
    for (const store::RawEvent& e : fetched.events) {
        // The day an event belongs to in the source's calendar (UTC, or the project's zone).
        const qint64 local = m_config.projectLocalTime
                                 ? e.timeMs
                                       + qint64(m_config.projectZone.offsetFromUtc(
                                             QDateTime::fromMSecsSinceEpoch(e.timeMs, QTimeZone::utc())))
                                             * 1000
                                 : e.timeMs;
        byDay[std::clamp(time::floorDiv(local, 86400000), firstNumber, lastNumber)].push_back(&e);
    }
    store::EventWriter& writer = *run.writer;
    for (size_t k = 0; k < days.size(); ++k) {
        const qint64 dayNumber = dayNumberOf(days[k]);
        const auto& dayEvents = byDay[dayNumber];
        qint64 inserted = 0, duplicates = 0;
        Status s = writer.begin();
        if (s.ok())
            if (const auto deleted = writer.deleteSourceDay(run.sourceId, dayNumber); !deleted.ok())
                s = deleted.error();
        for (size_t i = 0; s.ok() && i < dayEvents.size(); ++i) {
            const auto r = writer.write(*dayEvents[i], run.sourceId, dayNumber);
            if (!r.ok())
                s = r.error();
            else if (r.value() == store::EventWriter::Outcome::Inserted)
                ++inserted;
            else
                ++duplicates;
        }
        for (size_t i = 0; s.ok() && k == 0 && i < fetched.quarantined.size(); ++i)
            s = writer.quarantine(run.sourceId, tr("%1 line %2").arg(label).arg(fetched.quarantined[i].line),
                                  fetched.quarantined[i].reason, fetched.quarantined[i].raw);
        if (s.ok())
            s = writer.recordCheckpoint(run.sourceId, dayNumber, true, inserted + duplicates, {});
        if (s.ok())
            s = writer.commit();
        if (!s.ok()) {
            writer.rollback();
            return s.error(); // a disk or database failure: later days would fail the same way
        }
        ++m_summary.daysOk;
        m_summary.inserted += inserted;
        m_summary.duplicates += duplicates;
    }
    m_summary.quarantined += qint64(fetched.quarantined.size());
    return Done{};
}

void SyncEngine::recordFailedDay(Run& run, const QDate& day, const Fetch& outcome)
{
    // The day keeps whatever it had; its checkpoint says why it failed.
    ++m_summary.daysFailed;
    m_summary.failedDays.append(day.toString(Qt::ISODate) + QStringLiteral(": ") + outcome.reason);
    if (run.writer->begin().ok()) {
        if (run.writer->recordCheckpoint(run.sourceId, dayNumberOf(day), false, 0, outcome.reason).ok())
            run.writer->commit();
        else
            run.writer->rollback();
    }
}

Result<QByteArray> SyncEngine::fetchProfilesPage(Run& run, int page, const QString& sessionId, TaskContext& context)
{
    Fetch outcome;
    for (int attempt = 1; attempt <= m_config.maxAttempts && !context.isCancelled(); ++attempt) {
        if (!paceRequest(run, context))
            break;
        SyncSource::FormRequest request = run.origin->profilesRequest(page, sessionId);
        request.request.setTransferTimeout(int(m_config.noDataTimeoutMs));
        const WholeResponse r = fetchWhole(run.network, request.request, request.form);
        m_summary.bytes += r.body.size();
        if (r.status == 200 && r.error == QNetworkReply::NoError)
            return r.body;
        outcome = classifyFailure(r.status, r.error, r.errorText, r.retryAfter, r.body, *run.origin,
                                  tr("profiles page %1").arg(page));
        if (outcome.kind != Fetch::Kind::Retry)
            break;
        waitBeforeRetry(outcome, attempt, context);
    }
    if (context.isCancelled())
        return TaskContext::cancelledError();
    // Credentials, permission and payment stop the sync as they do for exports.
    return makeError(outcome.kind == Fetch::Kind::Abort ? Error::Code::Network : Error::Code::Io,
                     outcome.kind == Fetch::Kind::Abort
                         ? outcome.reason
                         : tr("Fetching profiles failed (%1); the events are saved.").arg(outcome.reason));
}

Status SyncEngine::syncProfiles(Run& run, TaskContext& context)
{
    // Engage pages: page 0 gives the session id the later pages need; a short page is the last.
    // All pages go in one transaction, so a failed or cancelled run leaves the profiles as they were.
    QString sessionId;
    Status s = run.writer->begin();
    for (int page = 0; s.ok(); ++page) {
        const auto body = fetchProfilesPage(run, page, sessionId, context);
        if (!body.ok()) {
            s = body.error();
            break;
        }
        const QJsonObject o = QJsonDocument::fromJson(body.value()).object();
        sessionId = o.value(QStringLiteral("session_id")).toString();
        const QJsonArray results = o.value(QStringLiteral("results")).toArray();
        qint64 stored = 0;
        for (const QJsonValue& v : results) {
            const QJsonObject p = v.toObject();
            const QByteArray id = p.value(QStringLiteral("$distinct_id")).toVariant().toString().toUtf8();
            const QByteArray props =
                QJsonDocument(p.value(QStringLiteral("$properties")).toObject()).toJson(QJsonDocument::Compact);
            s = run.writer->upsertProfile(std::string_view(id.constData(), size_t(id.size())),
                                          std::string_view(props.constData(), size_t(props.size())),
                                          QDateTime::currentMSecsSinceEpoch(), run.sourceId);
            if (!s.ok())
                break;
            ++stored;
        }
        m_summary.profiles += stored;
        if (results.isEmpty() || results.size() < o.value(QStringLiteral("page_size")).toInt(1000))
            break;
    }
    if (s.ok())
        return run.writer->commit();
    run.writer->rollback();
    m_summary.profiles = 0;
    return s;
}

Result<std::unique_ptr<SyncEngine::Run>> SyncEngine::openRun() const
{
    auto run = std::make_unique<Run>(m_config);
    auto opened = store::Workspace::open(m_config.workspacePath, store::Workspace::OpenMode::CreateIfMissing);
    if (!opened.ok())
        return opened.error();
    run->workspace = std::move(opened.value());
    run->writer = std::make_unique<store::EventWriter>(*run->workspace);
    run->origin = SyncSource::create(m_config);
    const auto source = run->writer->ensureSource(run->origin->storeName(), run->origin->kind());
    if (!source.ok())
        return source.error();
    run->sourceId = source.value();
    return run;
}

Result<SyncSummary> SyncEngine::run(TaskContext& context)
{
    m_summary = {};
    QElapsedTimer clock;
    clock.start();
    const auto finish = [&](Result<SyncSummary> r) {
        m_summary.seconds = double(clock.elapsed()) / 1000.0;
        if (r.ok())
            r.value().seconds = m_summary.seconds;
        return r;
    };
    auto opened = openRun();
    if (!opened.ok())
        return opened.error();
    Run& run = *opened.value();
    const auto planned = planDays(run);
    if (!planned.ok())
        return planned.error();
    const std::vector<QDate>& days = planned.value();

    // Adaptive ranges: start with one day per request; while days are small, ask for up to
    // maxDaysPerRequest consecutive days at once (60 requests an hour then cover months, not two
    // days a minute); a large day or a failing range goes back to one day per request.
    int batchSize = 1;
    qint64 lastDayEvents = 0; // events per day in the last successful request
    for (size_t index = 0; index < days.size();) {
        size_t end = index + 1;
        while (end < days.size() && end - index < size_t(batchSize) && days[end] == days[end - 1].addDays(1))
            ++end;
        const std::vector<QDate> range(days.begin() + qint64(index), days.begin() + qint64(end));
        const QString label = range.size() == 1 ? range.front().toString(Qt::ISODate)
                                                : range.front().toString(Qt::ISODate) + QStringLiteral("..")
                                                      + range.back().toString(Qt::ISODate);
        context.report(qint64(index), qint64(days.size()));
        const bool hourly = run.origin->canSplitHours() && range.size() == 1 && lastDayEvents > m_config.largeDayEvents;
        const RangeFetch fetched = fetchRange(run, range.front(), range.back(), hourly, label, context);
        if (context.isCancelled())
            return finish(makeError(Error::Code::Cancelled, tr("Sync cancelled; %1 days were saved. Run the sync again "
                                                               "to continue where it stopped.")
                                                                .arg(m_summary.daysOk)));
        const Fetch& outcome = fetched.outcome;
        if (outcome.kind != Fetch::Kind::Ok && outcome.kind != Fetch::Kind::Abort && range.size() > 1) {
            batchSize = 1; // try the days of a failing range one by one
            continue;
        }
        if (outcome.kind == Fetch::Kind::Ok) {
            if (auto s = commitRange(run, range, label, fetched); !s.ok())
                return s.error();
            lastDayEvents = qint64(fetched.events.size()) / qint64(range.size());
            batchSize = lastDayEvents < m_config.smallDayEvents
                            ? std::min(batchSize * 2, std::max(1, m_config.maxDaysPerRequest))
                            : 1;
        } else {
            recordFailedDay(run, range.front(), outcome);
            if (outcome.kind == Fetch::Kind::Abort)
                return finish(makeError(Error::Code::Network, outcome.reason));
        }
        index = end;
    }

    if (run.origin->hasProfiles() && m_config.profiles && !context.isCancelled()) {
        if (auto s = syncProfiles(run, context); !s.ok()) {
            if (s.error().code == Error::Code::Network || s.error().code == Error::Code::Cancelled)
                return finish(s.error()); // wrong credentials or a cancel: the caller must know
            if (m_log)
                m_log(s.error().message); // a transient failure: the events are saved
        }
    }
    context.report(qint64(days.size()), qint64(days.size()));
    return finish(m_summary);
}

Result<SyncEngine::TimezoneProbe> SyncEngine::probeTimezone(const SyncConfig& config, const QDate& day)
{
    QNetworkAccessManager network;
    QNetworkRequest request = MixpanelExportSource(config).sampleRequest(day, 100);
    request.setTransferTimeout(int(config.noDataTimeoutMs));
    const WholeResponse response = fetchWhole(network, request);
    const QByteArray& body = response.body;
    if (response.status != 200)
        return makeError(
            Error::Code::Network,
            tr("Mixpanel answered the probe with HTTP %1: %2").arg(response.status).arg(serverMessage(body)));
    // True UTC times are processed seconds to minutes after they happen; a project-local clock
    // shows up as every event being processed "before" it happened, or hours after, by its offset.
    TimezoneProbe probe;
    ingest::MixpanelLineParser parser;
    store::RawEvent event;
    QString reason;
    qint64 smallest = std::numeric_limits<qint64>::max();
    for (const QByteArray& line : body.split('\n')) {
        if (line.trimmed().isEmpty()
            || !parser.parse(std::string_view(line.constData(), size_t(line.size())), false, event, reason)
            || !event.hasProcessingTime)
            continue;
        smallest = std::min(smallest, event.processingTimeMs - event.timeMs);
        ++probe.eventsSeen;
    }
    if (probe.eventsSeen == 0)
        return probe; // nothing to tell by: UTC, the mode of every project since 2023
    constexpr qint64 kQuarterHour = 15 * 60 * 1000;
    if (smallest < -kQuarterHour || smallest > 3 * kQuarterHour) {
        probe.projectLocal = true;
        probe.offsetMinutes = -int(std::llround(double(smallest) / double(kQuarterHour))) * 15;
    }
    return probe;
}

} // namespace hc::sync
