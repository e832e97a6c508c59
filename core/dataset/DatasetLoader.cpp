#include "core/dataset/DatasetLoader.h"

#include "core/dataset/ColumnSnapshot.h"
#include "core/dataset/PropertyColumnBuilder.h"
#include "core/store/SqliteStatement.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <numeric>

namespace hc::dataset {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::dataset::DatasetLoader", text); }

Error readError(sqlite3* db)
{
    return makeError(Error::Code::Database,
                     tr("Reading events failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
}

int weekdayNumber(const QString& name)
{
    static const QStringList kDays = {QStringLiteral("monday"),   QStringLiteral("tuesday"),
                                      QStringLiteral("wednesday"), QStringLiteral("thursday"),
                                      QStringLiteral("friday"),   QStringLiteral("saturday"),
                                      QStringLiteral("sunday")};
    const int i = int(kDays.indexOf(name.toLower()));
    return i < 0 ? 1 : i + 1;
}

// Reads an (id, text) dictionary table: indexOfId[id] becomes the text's position in `texts`.
bool readDictionary(sqlite3* db, const char* sql, std::vector<qint32>& indexOfId, QStringList& texts)
{
    store::SqliteStatement q(db, sql);
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        const auto id = size_t(q.columnInt(0));
        if (indexOfId.size() <= id)
            indexOfId.resize(id + 1, -1);
        indexOfId[id] = qint32(texts.size());
        const auto text = q.columnText(1);
        texts.append(QString::fromUtf8(text.data(), qsizetype(text.size())));
    }
    return rc == SQLITE_DONE;
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

Result<ColumnSnapshot> readFromStore(store::Workspace& workspace, TaskContext& context, bool resolveIdentities)
{
    sqlite3* db = workspace.handle();
    ColumnSnapshot snapshot;
    EventColumns& c = snapshot.columns;

    // Dictionaries: store ids are dense from 1, so vectors map them to dataset indexes.
    std::vector<qint32> userOfId, nameOfId;
    if (!readDictionary(db, "SELECT id, distinct_id FROM users ORDER BY id", userOfId, c.userIds)
        || !readDictionary(db, "SELECT id, name FROM event_names ORDER BY id", nameOfId, c.eventNames))
        return readError(db);
    if (resolveIdentities && !resolveDevices(db, userOfId, c.userIds))
        return readError(db);

    qint64 total = 0;
    {
        store::SqliteStatement count(db, "SELECT count(*) FROM events");
        if (count.step() == SQLITE_ROW)
            total = count.columnInt(0);
    }
    std::vector<qint64> rowIds;
    std::vector<qint32> users, names;
    std::vector<qint64> times;
    rowIds.reserve(size_t(total));
    users.reserve(size_t(total));
    names.reserve(size_t(total));
    times.reserve(size_t(total));
    store::SqliteStatement rows(db, "SELECT id, user_id, event_id, time_ms FROM events");
    int rc;
    while ((rc = rows.step()) == SQLITE_ROW) {
        rowIds.push_back(rows.columnInt(0));
        users.push_back(userOfId[size_t(rows.columnInt(1))]);
        names.push_back(nameOfId[size_t(rows.columnInt(2))]);
        times.push_back(rows.columnInt(3));
        if ((rowIds.size() & 0xFFFF) == 0) {
            context.report(qint64(rowIds.size()), total);
            if (context.isCancelled())
                return makeError(Error::Code::Cancelled, tr("Loading the events was cancelled."));
        }
    }
    if (rc != SQLITE_DONE)
        return readError(db);

    // Counting sort by user (stable: rows come in id order), then time within each user.
    const size_t n = rowIds.size();
    c.userOffsets.assign(size_t(c.userIds.size()) + 1, 0);
    for (qint32 u : users)
        ++c.userOffsets[size_t(u) + 1];
    for (size_t u = 1; u < c.userOffsets.size(); ++u)
        c.userOffsets[u] += c.userOffsets[u - 1];
    std::vector<size_t> order(n);
    {
        std::vector<quint64> next(c.userOffsets.begin(), c.userOffsets.end() - 1);
        for (size_t i = 0; i < n; ++i)
            order[next[size_t(users[i])]++] = i;
    }
    for (size_t u = 0; u + 1 < c.userOffsets.size(); ++u) {
        auto first = order.begin() + qint64(c.userOffsets[u]);
        auto last = order.begin() + qint64(c.userOffsets[u + 1]);
        if (!std::is_sorted(first, last, [&](size_t a, size_t b) { return times[a] < times[b]; }))
            std::stable_sort(first, last, [&](size_t a, size_t b) { return times[a] < times[b]; });
    }
    c.users.resize(n);
    c.names.resize(n);
    c.times.resize(n);
    const qint64 minRow = n ? *std::min_element(rowIds.begin(), rowIds.end()) : 0;
    const qint64 maxRow = n ? *std::max_element(rowIds.begin(), rowIds.end()) : -1;
    snapshot.minRow = minRow;
    snapshot.positionOfRow.assign(size_t(maxRow - minRow + 1), -1);
    for (size_t p = 0; p < n; ++p) {
        const size_t i = order[p];
        c.users[p] = users[i];
        c.names[p] = names[i];
        c.times[p] = times[i];
        snapshot.positionOfRow[size_t(rowIds[i] - minRow)] = qint32(p);
    }
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

} // namespace

Result<std::shared_ptr<const Dataset>> loadDataset(store::Workspace& workspace, TaskContext& context,
                                                   std::optional<bool> resolveIdentities, bool writeColumnFile)
{
    const qint64 generation = workspace.setting(store::Workspace::kEventsGeneration, QStringLiteral("0")).toLongLong();
    DatasetSettings settings = loadDatasetSettings(workspace);
    if (resolveIdentities)
        settings.resolveIdentities = *resolveIdentities;
    // Merged identities are another view of the same events: they get a column file of their own.
    const QString snapshotPath = ColumnSnapshot::pathFor(workspace.path())
                                 + (settings.resolveIdentities ? QStringLiteral(".merged") : QString());
    if (auto mapped = ColumnSnapshot::map(snapshotPath, generation)) {
        const size_t n = mapped->views.times.size();
        auto loader = storeLoader(workspace.path(), mapped->positionOfRow, mapped->views.owner, mapped->minRow, n);
        return std::shared_ptr<const Dataset>(
            std::make_shared<const Dataset>(std::move(mapped->views), settings, std::move(loader)));
    }
    auto fromStore = readFromStore(workspace, context, settings.resolveIdentities);
    if (!fromStore.ok())
        return fromStore.error();
    ColumnSnapshot& snapshot = fromStore.value();
    snapshot.generation = generation;
    if (writeColumnFile)
        ColumnSnapshot::write(snapshotPath, snapshot); // a cache: failing to write only costs speed next time
    const size_t n = snapshot.columns.times.size();
    auto positions = std::make_shared<const std::vector<qint32>>(std::move(snapshot.positionOfRow));
    auto loader = storeLoader(workspace.path(), ColumnSpan<qint32>(*positions), positions, snapshot.minRow, n);
    return std::shared_ptr<const Dataset>(
        std::make_shared<const Dataset>(std::move(snapshot.columns), settings, std::move(loader)));
}

} // namespace hc::dataset
