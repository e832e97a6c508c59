#pragma once

#include "core/dataset/PropertyColumn.h"

#include <QHash>

namespace hc::dataset {

// Builds a PropertyColumn from one value per event. A JSON number and a string with the same
// text stay different entries (only numbers are numeric, semantics.md), though they read alike.
class PropertyColumnBuilder {
public:
    PropertyColumnBuilder(const QString& name, size_t eventCount);

    void setNumber(size_t event, double value);
    void setText(size_t event, const QString& text); // strings, booleans, arrays and objects as text
    PropertyColumn take();

private:
    qint32 code(const QString& text, bool numeric, double value);

    PropertyColumn m_column;
    std::vector<qint32> m_codes; // 32-bit while the dictionary grows; narrowed by take()
    QHash<QString, qint32> m_textCodes;
    QHash<QString, qint32> m_numberCodes;
};

// Groups a column's dictionary codes by their text (a number and a string that read alike fall
// together, as breakdowns show them): one group index per code, the group texts in `texts`.
std::vector<qint32> groupCodesByText(const PropertyColumn& column, QStringList& texts);

// A JSON number as the text conditions compare against: no exponent for ordinary values and no
// trailing ".0" (3.0 reads "3").
QString numberText(double value);

} // namespace hc::dataset
