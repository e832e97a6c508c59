#include "core/report/JsonTables.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>

namespace hc::report {

namespace {

using Row = std::vector<std::pair<QString, QVariant>>;

QVariant scalar(const QJsonValue& v)
{
    static const QRegularExpression kDay(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    switch (v.type()) {
    case QJsonValue::Double:
        return v.toDouble();
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::String: {
        const QString s = v.toString();
        if (kDay.match(s).hasMatch())
            if (const QDate d = QDate::fromString(s, Qt::ISODate); d.isValid())
                return d;
        return s;
    }
    default:
        return {};
    }
}

bool isArrayOfObjects(const QJsonValue& v)
{
    return v.isArray() && !v.toArray().isEmpty() && v.toArray().first().isObject();
}

QString joinedScalars(const QJsonArray& a)
{
    QStringList parts;
    for (const QJsonValue v : a)
        parts << (v.isString() ? v.toString() : v.toVariant().toString());
    return parts.join(QStringLiteral("; "));
}

// Adds the object's scalars (and nested objects' scalars, dotted) to `row`; returns the key of
// the first nested array of objects, to unroll.
QString addScalars(const QJsonObject& o, const QString& prefix, Row& row, QJsonArray& nested)
{
    QString nestedKey;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString name = prefix + it.key();
        if (isArrayOfObjects(it.value())) {
            if (nestedKey.isEmpty()) {
                nestedKey = name;
                nested = it.value().toArray();
            }
        } else if (it.value().isObject()) {
            const QString inner = addScalars(it.value().toObject(), name + u'.', row, nested);
            if (nestedKey.isEmpty())
                nestedKey = inner;
        } else if (it.value().isArray()) {
            row.emplace_back(name, joinedScalars(it.value().toArray()));
        } else {
            row.emplace_back(name, scalar(it.value()));
        }
    }
    return nestedKey;
}

void unroll(const QJsonArray& objects, const Row& parent, std::vector<Row>& out)
{
    for (const QJsonValue v : objects) {
        Row row = parent;
        QJsonArray nested;
        const QString key = addScalars(v.toObject(), QString(), row, nested);
        if (key.isEmpty())
            out.push_back(std::move(row));
        else
            unroll(nested, row, out);
    }
}

TableData tableOf(const QString& name, const std::vector<Row>& rows)
{
    TableData t;
    t.name = name;
    QStringList columns;
    for (const Row& r : rows)
        for (const auto& [column, value] : r)
            if (!columns.contains(column))
                columns << column;
    for (const QString& c : columns)
        t.columns.push_back({c, TableData::Kind::Text});
    for (const Row& r : rows) {
        std::vector<QVariant> values(size_t(columns.size()));
        for (const auto& [column, value] : r)
            values[size_t(columns.indexOf(column))] = value;
        t.rows.push_back(std::move(values));
    }
    t.inferKinds();
    return t;
}

} // namespace

std::vector<TableData> tablesFromJson(const QJsonObject& document)
{
    std::vector<TableData> out;
    for (auto it = document.begin(); it != document.end(); ++it) {
        if (!isArrayOfObjects(it.value()))
            continue;
        std::vector<Row> rows;
        unroll(it.value().toArray(), {}, rows);
        out.push_back(tableOf(it.key(), rows));
    }
    if (out.empty()) {
        Row row;
        QJsonArray ignored;
        addScalars(document, QString(), row, ignored);
        out.push_back(tableOf(QStringLiteral("result"), {row}));
    }
    return out;
}

const TableData* primaryTable(const std::vector<TableData>& tables)
{
    static const QStringList kOrder = {
        QStringLiteral("points"),  QStringLiteral("steps"),    QStringLiteral("cohorts"),  QStringLiteral("days"),
        QStringLiteral("kpis"),    QStringLiteral("series"),   QStringLiteral("periods"),  QStringLiteral("rows"),
        QStringLiteral("paths"),   QStringLiteral("pairs"),    QStringLiteral("factors"),  QStringLiteral("variants"),
        QStringLiteral("credits"), QStringLiteral("users"),    QStringLiteral("clusters"), QStringLiteral("insights"),
        QStringLiteral("drivers"), QStringLiteral("segments"), QStringLiteral("runs")};
    for (const QString& key : kOrder)
        for (const TableData& t : tables)
            if (t.name == key)
                return &t;
    return tables.empty() ? nullptr : &tables.front();
}

} // namespace hc::report
