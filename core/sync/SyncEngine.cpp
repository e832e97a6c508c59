#include "core/sync/SyncEngine.h"

#include "core/ingest/CsvEventMapper.h"
#include "core/ingest/CsvRecordReader.h"
#include "core/ingest/MixpanelLineParser.h"
#include "core/store/EventWriter.h"
#include "core/store/Workspace.h"
#include "core/store/WorkspaceCatalog.h"
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

// How one request ended.
struct Fetch {
    enum class Kind { Ok, Retry, FailDay, Abort };
    Kind kind = Kind::Ok;
    qint64 retryAfterMs = -1;
    QString reason; // for people; never holds credentials
};

struct QuarantinedLine {
    qint64 line;
    QString reason;
    std::string raw;
};

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
                quarantined.push_back(QuarantinedLine{records.startLine(), tr("no usable CSV header: %1").arg(error),
                                                      records.rawText()});
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

// A small response (engage pages, the time-zone probe) read whole: status and body.
std::pair<int, QByteArray> getWhole(QNetworkAccessManager& network, const QNetworkRequest& request)
{
    QNetworkReply* reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return {status, body};
}

void sleepUnlessCancelled(qint64 ms, TaskContext& context)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms && !context.isCancelled())
        QThread::msleep(quint32(std::min<qint64>(50, ms - t.elapsed() + 1)));
}

} // namespace

SyncEngine::SyncEngine(SyncConfig config, Log log) : m_config(std::move(config)), m_log(std::move(log)) {}

Result<SyncSummary> SyncEngine::run(TaskContext& context)
{
    m_summary = {};
    QElapsedTimer clock;
    clock.start();
    auto opened = store::Workspace::open(m_config.workspacePath, store::Workspace::OpenMode::CreateIfMissing);
    if (!opened.ok())
        return opened.error();
    store::Workspace& ws = *opened.value();
    store::EventWriter writer(ws);
    const std::unique_ptr<SyncSource> origin = SyncSource::create(m_config);
    const bool csv = origin->csvBody();
    const auto source = writer.ensureSource(origin->storeName(), origin->kind());
    if (!source.ok())
        return source.error();

    // Days to fetch: every day not done yet, failed ones again, and the most recent days always.
    const auto doneDays = store::WorkspaceCatalog(ws).doneDays(source.value());
    if (!doneDays.ok())
        return doneDays.error();
    const QSet<qint64>& done = doneDays.value();
    const QDate today = QDateTime::currentDateTimeUtc().date();
    std::vector<QDate> days;
    for (QDate d = m_config.from; d <= m_config.to; d = d.addDays(1)) {
        const qint64 number = time::daysFromCivil(d.year(), d.month(), d.day());
        if (!done.contains(number) || d.daysTo(today) < m_config.refreshDays)
            days.push_back(d);
    }

    QNetworkAccessManager network;
    RateLimiter limiter(m_config.maxRequestsPerHour, m_config.maxRequestsPerSecond);
    ingest::MixpanelLineParser parser;
    const QString service = origin->serviceName();

    // Adaptive ranges: start with one day per request; while days are small, ask for up to
    // maxDaysPerRequest consecutive days at once (60 requests an hour then cover months, not two
    // days a minute); a large day or a failing range goes back to one day per request.
    int batchSize = 1;
    qint64 lastDayEvents = 0; // events per day in the last successful request
    for (size_t index = 0; index < days.size();) {
        size_t end = index + 1;
        while (end < days.size() && end - index < size_t(batchSize) && days[end] == days[end - 1].addDays(1))
            ++end;
        const QDate day = days[index];
        const QDate lastDay = days[end - 1];
        const QString label = day == lastDay ? day.toString(Qt::ISODate)
                                             : day.toString(Qt::ISODate) + QStringLiteral("..") + lastDay.toString(Qt::ISODate);
        context.report(qint64(index), qint64(days.size()));
        Fetch outcome;
        std::vector<store::RawEvent> events;
        std::vector<QuarantinedLine> quarantined;
        // A day too large for one request is fetched hour by hour (a `where` on the event time),
        // and still committed only when all its hours arrived.
        const bool hourly = origin->canSplitHours() && end - index == 1 && lastDayEvents > m_config.largeDayEvents;
        const int parts = hourly ? 24 : 1;
        for (int attempt = 1; attempt <= m_config.maxAttempts; ++attempt) {
            if (context.isCancelled())
                break;
            events.clear();
            quarantined.clear();
            outcome = Fetch{};
            qint64 lineNumber = 0;
            store::RawEvent event;
            QString reason;
            for (int part = 0; part < parts; ++part) {
                sleepUnlessCancelled(limiter.waitMs(QDateTime::currentMSecsSinceEpoch()), context);
                if (context.isCancelled())
                    break;
                limiter.recordStart(QDateTime::currentMSecsSinceEpoch());
                bool terminatedEarly = false;
                std::vector<std::string> csvLines; // CSV records may span lines: parsed once the body is complete
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
                    if (!parser.parse(line, false, event, reason)) {
                        quarantined.push_back(QuarantinedLine{lineNumber, reason, std::string(line)});
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
                    events.push_back(event);
                };

                QNetworkRequest request = origin->exportRequest(day, lastDay, hourly ? part : -1);
                // Asked for explicitly, so Qt leaves the body compressed and a cut gzip stream shows.
                request.setRawHeader("Accept-Encoding", "gzip");
                request.setRawHeader("Accept", "text/plain");
                request.setTransferTimeout(int(m_config.noDataTimeoutMs));
                QNetworkReply* reply = network.get(request);
                std::unique_ptr<StreamLineDecoder> decoder;
                bool gzipBody = false;
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
                    if (!decoder) {
                        gzipBody = reply->rawHeader("Content-Encoding").contains("gzip");
                        decoder = std::make_unique<StreamLineDecoder>(gzipBody, onLine);
                    }
                    const QByteArray chunk = reply->readAll();
                    m_summary.bytes += chunk.size();
                    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                    if (status == 200)
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

                if (context.isCancelled())
                    break;
                if (status == 200 && networkError == QNetworkReply::NoError) {
                    if (!decoder)
                        decoder = std::make_unique<StreamLineDecoder>(false, onLine);
                    decoder->feed(rest);
                    const bool complete = decoder->finish();
                    if (complete && csv)
                        parseCsvDay(csvLines, events, quarantined);
                    if (!complete) {
                        outcome = Fetch{Fetch::Kind::Retry, -1, tr("the response for %1 ended early (incomplete gzip data)").arg(label)};
                    } else if (terminatedEarly) {
                        outcome = Fetch{Fetch::Kind::Retry, -1, tr("%1 ended the export of %2 early").arg(service, label)};
                    } else {
                        outcome = Fetch{Fetch::Kind::Ok, -1, {}};
                    }
                } else if (status == 429) {
                    bool ok = false;
                    const qint64 seconds = retryAfter.toLongLong(&ok);
                    outcome = Fetch{Fetch::Kind::Retry, ok ? seconds * 1000 : -1,
                                    tr("%1's rate limit was reached (HTTP 429)").arg(service)};
                } else if (status == 401 || status == 403 || status == 402) {
                    outcome = Fetch{Fetch::Kind::Abort, -1,
                                    status == 401 ? origin->unauthorizedMessage(serverMessage(errorBody))
                                    : status == 403 ? tr("The service account may not export this project (HTTP 403). Give it "
                                                         "access to the project and its classified data.")
                                                    : tr("Mixpanel asks for payment before exporting (HTTP 402).")};
                } else if (status == 400) {
                    outcome = Fetch{Fetch::Kind::FailDay, -1,
                                    tr("%1 rejected the request for %2: %3").arg(service, label, serverMessage(errorBody))};
                } else if (status >= 500 || networkError != QNetworkReply::NoError) {
                    bool ok = false;
                    const qint64 seconds = retryAfter.toLongLong(&ok); // honoured on 5xx too when given
                    outcome = Fetch{Fetch::Kind::Retry, ok ? seconds * 1000 : -1,
                                    status >= 500 ? tr("%1 had a server error (HTTP %2)").arg(service).arg(status)
                                                  : tr("the connection failed (%1)").arg(networkErrorText)};
                } else {
                    outcome = Fetch{Fetch::Kind::FailDay, -1, tr("unexpected HTTP status %1").arg(status)};
                }
                if (outcome.kind != Fetch::Kind::Ok)
                    break; // a failed part fails the attempt: the whole day is fetched again
            }
            if (context.isCancelled() || outcome.kind == Fetch::Kind::Ok)
                break;
            if (outcome.kind != Fetch::Kind::Retry)
                break;
            if (attempt < m_config.maxAttempts) {
                if (m_log)
                    m_log(tr("%1 (attempt %2 of %3); trying again")
                              .arg(outcome.reason)
                              .arg(attempt)
                              .arg(m_config.maxAttempts));
                const qint64 backoff = outcome.retryAfterMs >= 0
                                           ? outcome.retryAfterMs
                                           : (m_config.backoffBaseMs << std::min(attempt - 1, 10))
                                                 + qint64(QRandomGenerator::global()->bounded(
                                                     int(std::max<qint64>(1, m_config.backoffBaseMs / 2))));
                sleepUnlessCancelled(backoff, context);
            }
        }

        if (context.isCancelled()) {
            m_summary.seconds = double(clock.elapsed()) / 1000.0;
            return makeError(Error::Code::Cancelled,
                             tr("Sync cancelled; %1 days were saved. Run the sync again to continue where it stopped.")
                                 .arg(m_summary.daysOk));
        }
        if (outcome.kind != Fetch::Kind::Ok && outcome.kind != Fetch::Kind::Abort && end - index > 1) {
            batchSize = 1; // try the days of a failing range one by one
            continue;
        }
        if (outcome.kind == Fetch::Kind::Ok) {
            // Each day replaces what the source had for it, with its checkpoint, all or nothing.
            const qint64 firstNumber = time::daysFromCivil(day.year(), day.month(), day.day());
            const qint64 lastNumber = time::daysFromCivil(lastDay.year(), lastDay.month(), lastDay.day());
            std::map<qint64, std::vector<const store::RawEvent*>> byDay;
            for (const store::RawEvent& e : events) {
                // The day an event belongs to in the source's calendar (UTC, or the project's zone).
                const qint64 local = m_config.projectLocalTime
                                         ? e.timeMs + qint64(m_config.projectZone.offsetFromUtc(
                                                          QDateTime::fromMSecsSinceEpoch(e.timeMs, QTimeZone::utc())))
                                                          * 1000
                                         : e.timeMs;
                byDay[std::clamp(time::floorDiv(local, 86400000), firstNumber, lastNumber)].push_back(&e);
            }
            for (size_t k = index; k < end; ++k) {
                const QDate d = days[k];
                const qint64 dayNumber = time::daysFromCivil(d.year(), d.month(), d.day());
                const auto& dayEvents = byDay[dayNumber];
                qint64 inserted = 0, duplicates = 0;
                Status s = writer.begin();
                if (s.ok()) {
                    const auto deleted = writer.deleteSourceDay(source.value(), dayNumber);
                    if (!deleted.ok())
                        s = deleted.error();
                }
                for (size_t i = 0; s.ok() && i < dayEvents.size(); ++i) {
                    const auto r = writer.write(*dayEvents[i], source.value(), dayNumber);
                    if (!r.ok())
                        s = r.error();
                    else if (r.value() == store::EventWriter::Outcome::Inserted)
                        ++inserted;
                    else
                        ++duplicates;
                }
                for (size_t i = 0; s.ok() && k == index && i < quarantined.size(); ++i)
                    s = writer.quarantine(source.value(), tr("%1 line %2").arg(label).arg(quarantined[i].line),
                                          quarantined[i].reason, quarantined[i].raw);
                if (s.ok())
                    s = writer.recordCheckpoint(source.value(), dayNumber, true, inserted + duplicates, {});
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
            m_summary.quarantined += qint64(quarantined.size());
            const qint64 perDay = qint64(events.size()) / qint64(end - index);
            lastDayEvents = perDay;
            batchSize = perDay < m_config.smallDayEvents ? std::min(batchSize * 2, std::max(1, m_config.maxDaysPerRequest))
                                                         : 1;
            index = end;
            continue;
        }
        // The day keeps whatever it had; its checkpoint says why it failed.
        const qint64 dayNumber = time::daysFromCivil(day.year(), day.month(), day.day());
        ++m_summary.daysFailed;
        m_summary.failedDays.append(day.toString(Qt::ISODate) + QStringLiteral(": ") + outcome.reason);
        if (writer.begin().ok()) {
            if (writer.recordCheckpoint(source.value(), dayNumber, false, 0, outcome.reason).ok())
                writer.commit();
            else
                writer.rollback();
        }
        if (outcome.kind == Fetch::Kind::Abort) {
            m_summary.seconds = double(clock.elapsed()) / 1000.0;
            return makeError(Error::Code::Network, outcome.reason);
        }
        index = end;
    }

    if (origin->hasProfiles() && m_config.profiles && !context.isCancelled()) {
        // Engage pages: session_id + page, until a short page.
        QString sessionId;
        Status s = writer.begin();
        for (int page = 0; s.ok(); ++page) {
            QNetworkRequest request = origin->profilesRequest(page, sessionId);
            request.setTransferTimeout(int(m_config.noDataTimeoutMs));
            sleepUnlessCancelled(limiter.waitMs(QDateTime::currentMSecsSinceEpoch()), context);
            limiter.recordStart(QDateTime::currentMSecsSinceEpoch());
            const auto [status, body] = getWhole(network, request);
            if (status != 200) {
                s = makeError(Error::Code::Network, tr("Fetching profiles failed (HTTP %1: %2); the events are saved.")
                                                        .arg(status)
                                                        .arg(serverMessage(body)));
                break;
            }
            const QJsonObject o = QJsonDocument::fromJson(body).object();
            sessionId = o.value(QStringLiteral("session_id")).toString();
            const QJsonArray results = o.value(QStringLiteral("results")).toArray();
            for (const QJsonValue& v : results) {
                const QJsonObject p = v.toObject();
                const QByteArray id = p.value(QStringLiteral("$distinct_id")).toString().toUtf8();
                const QByteArray props =
                    QJsonDocument(p.value(QStringLiteral("$properties")).toObject()).toJson(QJsonDocument::Compact);
                s = writer.upsertProfile(std::string_view(id.constData(), size_t(id.size())),
                                         std::string_view(props.constData(), size_t(props.size())),
                                         QDateTime::currentMSecsSinceEpoch(), source.value());
                if (!s.ok())
                    break;
                ++m_summary.profiles;
            }
            if (results.size() < o.value(QStringLiteral("page_size")).toInt(1000))
                break;
        }
        if (s.ok())
            s = writer.commit();
        else
            writer.rollback();
        if (!s.ok() && m_log)
            m_log(s.error().message);
    }
    context.report(qint64(days.size()), qint64(days.size()));
    m_summary.seconds = double(clock.elapsed()) / 1000.0;
    return m_summary;
}

Result<SyncEngine::TimezoneProbe> SyncEngine::probeTimezone(const SyncConfig& config, const QDate& day)
{
    QNetworkAccessManager network;
    QNetworkRequest request = MixpanelExportSource(config).sampleRequest(day, 100);
    request.setTransferTimeout(int(config.noDataTimeoutMs));
    const auto [status, body] = getWhole(network, request);
    if (status != 200)
        return makeError(Error::Code::Network, tr("Mixpanel answered the probe with HTTP %1: %2").arg(status).arg(serverMessage(body)));
    // True UTC times are processed seconds to minutes after they happen; a project-local clock
    // shows up as every event being processed "before" it happened, or hours after, by its offset.
    TimezoneProbe probe;
    ingest::MixpanelLineParser parser;
    store::RawEvent event;
    QString reason;
    qint64 smallest = std::numeric_limits<qint64>::max();
    for (const QByteArray& line : body.split('\n')) {
        if (line.trimmed().isEmpty() || !parser.parse(std::string_view(line.constData(), size_t(line.size())), false, event, reason)
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
