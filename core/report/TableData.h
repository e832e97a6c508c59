#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace hc::report {

// One table on its way out of the app (CSV, XLSX, the clipboard): named columns with a kind, and
// rows of raw values (numbers as numbers, days as QDate, text as text; an invalid QVariant is an
// empty cell). Formatting for people is the view's business, not the file's.
struct TableData {
    enum class Kind { Text, Integer, Number, Date };
    struct Column {
        QString name;
        Kind kind = Kind::Text;
    };
    QString name; // a sheet name, a file name hint
    std::vector<Column> columns;
    std::vector<std::vector<QVariant>> rows;

    // Sets each column's kind from its values: all integers, all numbers, all ISO days, else text.
    void inferKinds();
};

// Whether a cell holds a number (any integer type or a double), to be written as one.
bool isNumber(const QVariant& value);

} // namespace hc::report
