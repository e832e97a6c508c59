#include "core/dataset/DatasetBuilder.h"

#include "core/dataset/PropertyColumnBuilder.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <numeric>

namespace hc::dataset {

void DatasetBuilder::add(const QString& distinctId, const QString& event, qint64 timeMs, const QByteArray& json)
{
    m_rows.push_back(Row{distinctId, event, timeMs, json});
}

std::shared_ptr<const Dataset> DatasetBuilder::build(const DatasetSettings& settings) const
{
    EventColumns c;
    QHash<QString, qint32> userIndex, nameIndex;
    std::vector<qint32> rowUser(m_rows.size()), rowName(m_rows.size());
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const Row& r = m_rows[i];
        auto u = userIndex.find(r.user);
        if (u == userIndex.end()) {
            u = userIndex.insert(r.user, qint32(c.userIds.size()));
            c.userIds.append(r.user);
        }
        auto n = nameIndex.find(r.event);
        if (n == nameIndex.end()) {
            n = nameIndex.insert(r.event, qint32(c.eventNames.size()));
            c.eventNames.append(r.event);
        }
        rowUser[i] = u.value();
        rowName[i] = n.value();
    }
    std::vector<size_t> order(m_rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return rowUser[a] != rowUser[b] ? rowUser[a] < rowUser[b] : m_rows[a].time < m_rows[b].time;
    });
    for (size_t i : order) {
        c.users.push_back(rowUser[i]);
        c.names.push_back(rowName[i]);
        c.times.push_back(m_rows[i].time);
    }
    c.userOffsets.assign(size_t(c.userIds.size()) + 1, 0);
    for (qint32 u : c.users)
        ++c.userOffsets[size_t(u) + 1];
    for (size_t u = 1; u < c.userOffsets.size(); ++u)
        c.userOffsets[u] += c.userOffsets[u - 1];

    // Properties are parsed when asked for, from the JSON in dataset order.
    std::vector<QByteArray> properties;
    properties.reserve(order.size());
    for (size_t i : order)
        properties.push_back(m_rows[i].properties);
    auto loader = [properties = std::move(properties)](const QString& name) -> Result<PropertyColumn> {
        PropertyColumnBuilder b(name, properties.size());
        for (size_t i = 0; i < properties.size(); ++i) {
            if (properties[i].isEmpty())
                continue;
            const QJsonValue v = QJsonDocument::fromJson(properties[i]).object().value(name);
            if (v.isDouble())
                b.setNumber(i, v.toDouble());
            else if (v.isString())
                b.setText(i, v.toString());
            else if (v.isBool())
                b.setText(i, v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
            else if (v.isArray() || v.isObject())
                b.setText(i,
                          QString::fromUtf8(QJsonDocument::fromVariant(v.toVariant()).toJson(QJsonDocument::Compact)));
        }
        return b.take();
    };
    return std::make_shared<const Dataset>(std::move(c), settings, std::move(loader));
}

} // namespace hc::dataset
