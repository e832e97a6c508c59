#pragma once

#include "core/dataset/Dataset.h"

#include <memory>
#include <string>
#include <vector>

namespace hc::dataset {

// Builds a Dataset from events held in memory (tests, small imports): the same sorting and
// property rules as the store loader, with properties read from each event's JSON text.
class DatasetBuilder {
public:
    void add(const QString& distinctId, const QString& event, qint64 timeMs, const QByteArray& propertiesJson = {});
    std::shared_ptr<const Dataset> build(const DatasetSettings& settings = {}) const;

private:
    struct Row {
        QString user;
        QString event;
        qint64 time;
        QByteArray properties;
    };
    std::vector<Row> m_rows;
};

} // namespace hc::dataset
