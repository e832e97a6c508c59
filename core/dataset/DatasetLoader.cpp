#include "core/dataset/DatasetLoader.h"

#include "core/dataset/ColumnSnapshot.h"
#include "core/dataset/PropertyColumnBuilder.h"
#include "core/dataset/PropertyColumnCache.h"
#include "core/store/SqliteStatement.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <atomic>
#include <functional>
#include <numeric>
#include <thread>
#include <tuple>

#include <sqlite3.h>

namespace hc::dataset {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::dataset::DatasetLoader", text); }

Error readError(sqlite3* db)
{
    return makeError(Error::Code::Database, tr("Reading events failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
}

// What a hand-edited, truncated or hostile file gets: refused, never read past its dictionaries.
Error damagedError(const QString& what)
{
    return makeError(Error::Code::Database,
                     tr("The workspace file is damaged (%1); restore it from a backup or import again.").arg(what));
}

int weekdayNumber(const QString& name)
{
    static const QStringList kDays = {
        QStringLiteral("monday"), QStringLiteral("tuesday"),  QStringLiteral("wednesday"), QStringLiteral("thursday"),
        QStringLiteral("friday"), QStringLiteral("saturday"), QStringLiteral("sunday")};
    const int i = int(kDays.indexOf(name.toLower()));
    return i < 0 ? 1 : i + 1;
}

// Reads an (id, text) dictionary table: indexOfId[id] becomes the text's position in `texts`.
// Ids run from 1 to at most `idLimit` (a bound no real workspace reaches); SQLITE_CORRUPT otherwise.
int readDictionary(sqlite3* db, const char* sql, qint64 idLimit, std::vector<qint32>& indexOfId, QStringList& texts)
{
    store::SqliteStatement q(db, sql);
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        if (q.columnInt(0) < 1 || q.columnInt(0) > idLimit)
            return SQLITE_CORRUPT;
        const auto id = size_t(q.columnInt(0));
        if (indexOfId.size() <= id)
            indexOfId.resize(id + 1, -1);
        indexOfId[id] = qint32(texts.size());
        const auto text = q.columnText(1);
        texts.append(QString::fromUtf8(text.data(), qsizetype(text.size())));
    }
    return rc;
}

// A JSON path for one top-level key, quoted so dots and spaces in names stay part of the key.
QByteArray jsonPath(const QString& key)
{
    QString quoted = key;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return (QStringLiteral("$.\"") + quoted + QLatin1Char('"')).toUtf8();
}

} // namespace

DatasetSettings loadDatasetSettings(store::Workspace& workspace)
{
    DatasetSettings s;
    s.zone = workspace.reportingTimeZone();
    s.weekStart = weekdayNumber(workspace.setting(store::Workspace::kWeekStart, QStringLiteral("monday")));
    bool ok = false;
    const qint64 seconds = workspace.setting(store::Workspace::kSessionTimeoutSeconds).toLongLong(&ok);
    if (ok && seconds >= 60 && seconds <= 86400)
        s.sessionTimeoutMs = seconds * 1000;
    s.resolveIdentities = workspace.setting(store::Workspace::kResolveIdentities) == QLatin1String("true");
    return s;
}

namespace {

// The columns straight from SQLite: dictionaries, then every event, sorted by (user, time, arrival).
// Simplified ID merge (semantics.md, Identity): a "$device:<id>" user whose device was linked to a
// $user_id by an event carrying both (the earliest such event) becomes that user. Dictionary
// positions are remapped; events are then sorted by the merged user as usual.
bool resolveDevices(sqlite3* db, std::vector<qint32>& userOfId, QStringList& userIds)
{
    QHash<QString, QString> userOfDevice;
    store::SqliteStatement links(db, "SELECT json_extract(properties, '$.\"$device_id\"'),"
                                     " json_extract(properties, '$.\"$user_id\"') FROM events"
                                     " WHERE properties LIKE '%$device_id%' AND properties LIKE '%$user_id%'"
                                     " ORDER BY time_ms");
    int rc;
    while ((rc = links.step()) == SQLITE_ROW) {
        if (links.columnIsNull(0) || links.columnIsNull(1))
            continue;
        const auto device = links.columnText(0);
        const auto user = links.columnText(1);
        const QString key = QString::fromUtf8(device.data(), qsizetype(device.size()));
        if (!userOfDevice.contains(key))
            userOfDevice.insert(key, QString::fromUtf8(user.data(), qsizetype(user.size())));
    }
    if (rc != SQLITE_DONE)
        return false;
    QHash<QString, qint32> indexOf;
    for (qsizetype i = 0; i < userIds.size(); ++i)
        indexOf.insert(userIds[i], qint32(i));
    const QString prefix = QStringLiteral("$device:");
    for (qint32& index : userOfId) {
        if (index < 0 || !userIds[index].startsWith(prefix))
            continue;
        const auto linked = userOfDevice.constFind(userIds[index].mid(prefix.size()));
        if (linked == userOfDevice.cend())
            continue;
        auto target = indexOf.constFind(*linked);
        if (target == indexOf.cend()) { // the user id never was a distinct_id itself
            target = indexOf.insert(*linked, qint32(userIds.size()));
            userIds.append(*linked);
        }
        index = *target;
    }
    return true;
}

// The event rows of one id range, in id (arrival) order, with store ids mapped to dataset indexes.
struct ScannedEvents {
    std::vector<qint64> rowIds;
    std::vector<qint32> users, names;
    std::vector<qint64> times;

    void reserve(size_t n)
    {
        rowIds.reserve(n);
        users.reserve(n);
        names.reserve(n);
        times.reserve(n);
    }
};

// Reads ids in [fromId, toId]; `progress` is called every 65,536 rows and stops the scan when it
// returns false.
int scanEvents(sqlite3* db, qint64 fromId, qint64 toId, const std::vector<qint32>& userOfId,
               const std::vector<qint32>& nameOfId, ScannedEvents& out, const std::function<bool(size_t)>& progress)
{
    store::SqliteStatement rows(db, "SELECT id, user_id, event_id, time_ms FROM events WHERE id BETWEEN ?1 AND ?2");
    rows.bindInt(1, fromId);
    rows.bindInt(2, toId);
    int rc;
    while ((rc = rows.step()) == SQLITE_ROW) {
        // Unsigned compares also refuse negative ids; a dictionary gap maps to -1.
        const auto user = quint64(rows.columnInt(1)), name = quint64(rows.columnInt(2));
        if (user >= userOfId.size() || name >= nameOfId.size() || userOfId[user] < 0 || nameOfId[name] < 0)
            return SQLITE_CORRUPT;
        out.rowIds.push_back(rows.columnInt(0));
        out.users.push_back(userOfId[user]);
        out.names.push_back(nameOfId[name]);
        out.times.push_back(rows.columnInt(3));
        if ((out.rowIds.size() & 0xFFFF) == 0 && !progress(out.rowIds.size()))
            return SQLITE_INTERRUPT;
    }
    return rc;
}

qint64 readGeneration(sqlite3* db)
{
    store::SqliteStatement q(db, "SELECT value FROM settings WHERE key = 'events_generation'");
    if (q.step() != SQLITE_ROW)
        return 0;
    const auto text = q.columnText(0);
    return QByteArray(text.data(), qsizetype(text.size())).toLongLong();
}

// A read transaction on a connection, so everything read through it comes from one snapshot.
class ReadTransaction {
public:
    explicit ReadTransaction(sqlite3* db)
        : m_db(db), m_open(sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK)
    {
    }
    ~ReadTransaction()
    {
        if (m_open)
            sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    }
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    sqlite3* m_db;
    bool m_open;
};

// Counting sort by user, scattering each row to its place: stable, since both halves come in id
// (arrival) order and the lower half goes first. Then time order within each user. Empties both
// halves as it goes.
void arrangeByUserAndTime(ScannedEvents& lower, ScannedEvents& upper, ColumnSnapshot& snapshot)
{
    EventColumns& c = snapshot.columns;
    const ScannedEvents* halves[] = {&lower, &upper};
    const size_t n = lower.rowIds.size() + upper.rowIds.size();
    c.userOffsets.assign(size_t(c.userIds.size()) + 1, 0);
    for (const ScannedEvents* h : halves)
        for (qint32 u : h->users)
            ++c.userOffsets[size_t(u) + 1];
    for (size_t u = 1; u < c.userOffsets.size(); ++u)
        c.userOffsets[u] += c.userOffsets[u - 1];
    snapshot.minRow = n ? (lower.rowIds.empty() ? upper.rowIds.front() : lower.rowIds.front()) : 0;
    const qint64 maxRow = n ? (upper.rowIds.empty() ? lower.rowIds.back() : upper.rowIds.back()) : -1;
    snapshot.positionOfRow.assign(size_t(maxRow - snapshot.minRow + 1), -1);
    c.users.resize(n);
    c.names.resize(n);
    c.times.resize(n);
    std::vector<qint32> rowAt(n); // position -> row - minRow, for re-sorting a user by time
    {
        std::vector<quint64> next(c.userOffsets.begin(), c.userOffsets.end() - 1);
        for (const ScannedEvents* h : halves) {
            for (size_t i = 0; i < h->rowIds.size(); ++i) {
                const qint32 u = h->users[i];
                const size_t p = size_t(next[size_t(u)]++);
                const auto row = qint32(h->rowIds[i] - snapshot.minRow);
                c.users[p] = u;
                c.names[p] = h->names[i];
                c.times[p] = h->times[i];
                rowAt[p] = row;
                snapshot.positionOfRow[size_t(row)] = qint32(p);
            }
        }
    }
    lower = ScannedEvents();
    upper = ScannedEvents();
    struct Entry {
        qint64 time;
        qint32 name;
        qint32 row;
    };
    std::vector<Entry> entries;
    for (size_t u = 0; u + 1 < c.userOffsets.size(); ++u) {
        const size_t first = c.userOffsets[u], last = c.userOffsets[u + 1];
        if (std::is_sorted(c.times.begin() + qint64(first), c.times.begin() + qint64(last)))
            continue;
        entries.clear();
        for (size_t p = first; p < last; ++p)
            entries.push_back(Entry{c.times[p], c.names[p], rowAt[p]});
        std::stable_sort(entries.begin(), entries.end(),
                         [](const Entry& a, const Entry& b) { return a.time < b.time; });
        for (size_t p = first; p < last; ++p) {
            const Entry& e = entries[p - first];
            c.times[p] = e.time;
            c.names[p] = e.name;
            snapshot.positionOfRow[size_t(e.row)] = qint32(p);
        }
    }
}

Result<ColumnSnapshot> readFromStore(store::Workspace& workspace, TaskContext& context, bool resolveIdentities,
                                     qint64 parallelScanMinRows)
{
    sqlite3* db = workspace.handle();
    ColumnSnapshot snapshot;
    EventColumns& c = snapshot.columns;
    ReadTransaction transaction(db);
    snapshot.generation = readGeneration(db);

    // Dictionaries: store ids are dense from 1, so vectors map them to dataset indexes.
    std::vector<qint32> userOfId, nameOfId;
    // Every id takes a row, and every row bytes of the file: ids beyond its size mean damage.
    const qint64 idLimit = std::max<qint64>(QFileInfo(workspace.path()).size(), 1 << 20);
    for (const auto& [sql, indexOfId, texts] :
         {std::tuple{"SELECT id, distinct_id FROM users ORDER BY id", &userOfId, &c.userIds},
          std::tuple{"SELECT id, name FROM event_names ORDER BY id", &nameOfId, &c.eventNames}}) {
        const int rc = readDictionary(db, sql, idLimit, *indexOfId, *texts);
        if (rc == SQLITE_CORRUPT)
            return damagedError(tr("a user or event name id is out of range"));
        if (rc != SQLITE_DONE)
            return readError(db);
    }
    if (resolveIdentities && !resolveDevices(db, userOfId, c.userIds))
        return readError(db);

    qint64 minId = 0, maxId = -1;
    {
        // Two subqueries: each is one b-tree descent, where min and max together scan the table.
        store::SqliteStatement range(db, "SELECT (SELECT min(id) FROM events), (SELECT max(id) FROM events)");
        if (range.step() == SQLITE_ROW && !range.columnIsNull(0)) {
            minId = range.columnInt(0);
            maxId = range.columnInt(1);
        }
    }
    const qint64 span = maxId - minId + 1; // ids are nearly dense: a close estimate of the count
    if (minId < 0 || span > idLimit)
        return damagedError(tr("event ids are out of range"));
    // The upper half of the ids on a second connection and thread, when that connection sees the
    // same events generation (every change to events raises it), so both halves are one snapshot.
    ScannedEvents upper;
    std::atomic<bool> stop{false};
    std::thread helper;
    int helperResult = SQLITE_DONE;
    qint64 splitId = maxId + 1;
    sqlite3* second = nullptr;
    if (span >= std::max<qint64>(parallelScanMinRows, 2)
        && sqlite3_open_v2(workspace.path().toUtf8().constData(), &second, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK
        && sqlite3_exec(second, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK
        && readGeneration(second) == snapshot.generation) {
        splitId = minId + span / 2;
        upper.reserve(size_t(maxId - splitId + 1));
        helper = std::thread([&] {
            helperResult = scanEvents(second, splitId, maxId, userOfId, nameOfId, upper,
                                      [&](size_t) { return !stop.load(std::memory_order_relaxed); });
        });
    }
    const auto joinHelper = [&] {
        if (helper.joinable())
            helper.join();
        if (second) {
            sqlite3_exec(second, "COMMIT", nullptr, nullptr, nullptr);
            sqlite3_close(second);
            second = nullptr;
        }
    };

    ScannedEvents lower;
    lower.reserve(size_t(std::max<qint64>(span, 0)));
    const bool parallel = helper.joinable();
    const int rc = scanEvents(db, minId, splitId - 1, userOfId, nameOfId, lower, [&](size_t done) {
        context.report(qint64(parallel ? 2 * done : done), span);
        return !context.isCancelled();
    });
    if (rc != SQLITE_DONE)
        stop = true;
    joinHelper();
    if (context.isCancelled())
        return makeError(Error::Code::Cancelled, tr("Loading the events was cancelled."));
    if (rc == SQLITE_CORRUPT || helperResult == SQLITE_CORRUPT)
        return damagedError(tr("an event names a user or event that does not exist"));
    if (rc != SQLITE_DONE || helperResult != SQLITE_DONE)
        return readError(db);

    const qint64 total = qint64(lower.rowIds.size() + upper.rowIds.size());
    arrangeByUserAndTime(lower, upper, snapshot);
    context.report(total, total);
    return snapshot;
}

// Properties come from SQLite when first asked for, through a connection of the asking thread.
Dataset::PropertyLoader storeLoader(const QString& path, ColumnSpan<qint32> positionOfRow,
                                    std::shared_ptr<const void> owner, qint64 minRow, size_t n)
{
    return [path, positionOfRow, owner, minRow, n](const QString& name) -> Result<PropertyColumn> {
        auto ws = store::Workspace::open(path, store::Workspace::OpenMode::MustExist);
        if (!ws.ok())
            return ws.error();
        sqlite3* h = ws.value()->handle();
        const QByteArray jp = jsonPath(name);
        store::SqliteStatement q(h, "SELECT id, json_type(properties, ?1), json_extract(properties, ?1)"
                                    " FROM events WHERE json_type(properties, ?1) NOT IN ('null')");
        q.bindText(1, std::string_view(jp.constData(), size_t(jp.size())));
        PropertyColumnBuilder b(name, n);
        int r;
        while ((r = q.step()) == SQLITE_ROW) {
            const qint64 row = q.columnInt(0) - minRow;
            if (row < 0 || row >= qint64(positionOfRow.size()) || positionOfRow[size_t(row)] < 0)
                continue; // written after this snapshot
            const size_t p = size_t(positionOfRow[size_t(row)]);
            const std::string_view type = q.columnText(1);
            const std::string_view text = q.columnText(2);
            if (type == "integer" || type == "real")
                b.setNumber(p, std::stod(std::string(text)));
            else if (type == "true" || type == "false")
                b.setText(p, QString::fromLatin1(type.data(), qsizetype(type.size())));
            else
                b.setText(p, QString::fromUtf8(text.data(), qsizetype(text.size())));
        }
        if (r != SQLITE_DONE)
            return readError(h);
        return b.take();
    };
}

// Property columns from their cache file when it matches these events, else from the store (then
// cached for the next process).
Dataset::PropertyLoader cachedLoader(const QString& snapshotPath, qint64 generation, size_t n,
                                     Dataset::PropertyLoader fromStore)
{
    return [snapshotPath, generation, n, fromStore](const QString& name) -> Result<PropertyColumn> {
        const QString cache = PropertyColumnCache::pathFor(snapshotPath, name);
        if (auto cached = PropertyColumnCache::read(cache, generation, n); cached && cached->name == name)
            return std::move(*cached);
        auto loaded = fromStore(name);
        if (loaded.ok())
            PropertyColumnCache::write(cache, generation, loaded.value());
        return loaded;
    };
}

} // namespace

Result<std::shared_ptr<const Dataset>> loadDataset(store::Workspace& workspace, TaskContext& context,
                                                   const DatasetLoadOptions& options)
{
    const qint64 generation = workspace.setting(store::Workspace::kEventsGeneration, QStringLiteral("0")).toLongLong();
    DatasetSettings settings = loadDatasetSettings(workspace);
    if (options.resolveIdentities)
        settings.resolveIdentities = *options.resolveIdentities;
    // Merged identities are another view of the same events: they get a column file of their own.
    const QString snapshotPath = ColumnSnapshot::pathFor(workspace.path())
                                 + (settings.resolveIdentities ? QStringLiteral(".merged") : QString());
    auto inMemory = [&](ColumnSnapshot snapshot) -> std::shared_ptr<const Dataset> {
        const size_t n = snapshot.columns.times.size();
        auto positions = std::make_shared<const std::vector<qint32>>(std::move(snapshot.positionOfRow));
        auto loader =
            cachedLoader(snapshotPath, generation, n,
                         storeLoader(workspace.path(), ColumnSpan<qint32>(*positions), positions, snapshot.minRow, n));
        return std::make_shared<const Dataset>(std::move(snapshot.columns), settings, std::move(loader));
    };
    if (auto mapped = ColumnSnapshot::map(snapshotPath, generation)) {
        if (options.copyIntoMemory)
            return inMemory(ColumnSnapshot::copyOf(*mapped));
        const size_t n = mapped->views.times.size();
        auto loader =
            cachedLoader(snapshotPath, generation, n,
                         storeLoader(workspace.path(), mapped->positionOfRow, mapped->views.owner, mapped->minRow, n));
        return std::shared_ptr<const Dataset>(
            std::make_shared<const Dataset>(std::move(mapped->views), settings, std::move(loader)));
    }
    auto fromStore = readFromStore(workspace, context, settings.resolveIdentities, options.parallelScanMinRows);
    if (!fromStore.ok())
        return fromStore.error();
    ColumnSnapshot& snapshot = fromStore.value();
    if (options.writeColumnFile)
        ColumnSnapshot::write(snapshotPath, snapshot); // a cache: failing to write only costs speed next time
    return inMemory(std::move(snapshot));
}

Status buildPropertyCaches(const Dataset& data, const QString& workspacePath, const QStringList& properties,
                           TaskContext& context)
{
    auto ws = store::Workspace::open(workspacePath, store::Workspace::OpenMode::MustExist);
    if (!ws.ok())
        return ws.error();
    const qint64 generation =
        ws.value()->setting(store::Workspace::kEventsGeneration, QStringLiteral("0")).toLongLong();
    const QString snapshotPath = ColumnSnapshot::pathFor(workspacePath)
                                 + (data.settings().resolveIdentities ? QStringLiteral(".merged") : QString());
    for (const QString& name : properties) {
        if (context.isCancelled())
            return TaskContext::cancelledError();
        if (PropertyColumnCache::isCurrent(PropertyColumnCache::pathFor(snapshotPath, name), generation,
                                           data.eventCount()))
            continue;
        // Through the dataset's own loader, which writes the cache and keeps the column for the
        // first analysis that asks. A property that cannot be read is left for that one to report.
        (void)data.property(name);
    }
    return Done{};
}

Status rewriteColumnFiles(store::Workspace& workspace, TaskContext& context)
{
    const QString plain = ColumnSnapshot::pathFor(workspace.path());
    // Cached property columns go too: after a user is forgotten none of their values may remain.
    QStringList files{plain, plain + QStringLiteral(".merged")};
    const QFileInfo info(plain);
    for (const QString& name :
         info.dir().entryList({info.fileName() + QStringLiteral("*.p-*")}, QDir::Files | QDir::Hidden))
        files << info.dir().filePath(name);
    for (const QString& file : files)
        if (QFile::exists(file) && !QFile::remove(file))
            return makeError(
                Error::Code::Io,
                QCoreApplication::translate("hc::dataset::DatasetLoader", "Cannot remove “%1”.").arg(file));
    const auto reloaded = loadDataset(workspace, context);
    if (!reloaded.ok())
        return reloaded.error();
    return Done{};
}

} // namespace hc::dataset
