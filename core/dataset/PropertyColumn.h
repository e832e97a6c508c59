#pragma once

#include "core/dataset/PropertyCodes.h"

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <cmath>
#include <vector>

namespace hc::dataset {

// One property over every event of a dataset, dictionary-encoded: codes[i] indexes values
// (its JSON value rendered as text: numbers without a trailing ".0", booleans as true/false)
// or is kMissing when the event lacks the property or has null.
struct PropertyColumn {
    static constexpr qint32 kMissing = -1;

    QString name;
    PropertyCodes codes;
    QStringList values;
    std::vector<double> numbers; // per value: the number, or NaN when the value is not numeric

    bool isMissing(size_t event) const { return codes[event] == kMissing; }
    // The event's numeric value, or NaN when it is missing or not a number.
    double number(size_t event) const
    {
        const qint32 c = codes[event];
        return c == kMissing ? std::nan("") : numbers[size_t(c)];
    }
    QString text(size_t event) const { return codes[event] == kMissing ? QString() : values[codes[event]]; }
};

} // namespace hc::dataset
