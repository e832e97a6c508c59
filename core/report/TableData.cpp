#include "core/report/TableData.h"

#include <QDate>

#include <cmath>

namespace hc::report {

namespace {

TableData::Kind kindOf(const QVariant& v)
{
    if (v.typeId() == QMetaType::QDate)
        return TableData::Kind::Date;
    if (!isNumber(v))
        return TableData::Kind::Text;
    const double d = v.toDouble();
    return std::isfinite(d) && d == std::floor(d) && std::abs(d) < 9e15 ? TableData::Kind::Integer
                                                                        : TableData::Kind::Number;
}

} // namespace

bool isNumber(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

void TableData::inferKinds()
{
    for (size_t c = 0; c < columns.size(); ++c) {
        bool any = false;
        Kind kind = Kind::Integer;
        for (const auto& row : rows) {
            if (c >= row.size() || !row[c].isValid() || row[c].isNull())
                continue;
            const Kind k = kindOf(row[c]);
            if (!any) {
                kind = k;
                any = true;
            } else if (k != kind) {
                const bool numeric =
                    (k == Kind::Integer || k == Kind::Number) && (kind == Kind::Integer || kind == Kind::Number);
                kind = numeric ? Kind::Number : Kind::Text;
            }
        }
        columns[c].kind = any ? kind : Kind::Text;
    }
}

} // namespace hc::report
