#pragma once

#include "core/report/TableData.h"
#include "core/util/Result.h"
#include "core/util/TaskContext.h"

#include <QSaveFile>

#include <memory>

namespace hc::report {

struct CsvOptions {
    bool byteOrderMark = false; // UTF-8 BOM, for Excel on Windows
};

// RFC 4180 CSV in UTF-8, written row by row (millions of rows at flat memory) to a temporary file
// that replaces the requested one only on commit(): a failed, full or cancelled export leaves
// nothing under that name. Lines end in CRLF; a field is quoted when it holds a comma, a quote,
// CR or LF, quotes doubled. Numbers are written without locale (1234.5), days as YYYY-MM-DD.
// Text starting with = + - @ TAB or CR gets a leading apostrophe, so a spreadsheet never reads
// it as a formula.
class CsvWriter {
public:
    explicit CsvWriter(QString path, CsvOptions options = {});
    ~CsvWriter();

    Status begin(const std::vector<TableData::Column>& columns);
    Status writeRow(const std::vector<QVariant>& row);
    Status commit();
    void cancel();

    // One field as written (quoted and neutralised as above).
    static QString field(const QVariant& value, TableData::Kind kind);
    // The whole table, cancellable between rows.
    static Status write(const QString& path, const TableData& table, const CsvOptions& options = {},
                        TaskContext& context = TaskContext::none());

private:
    Status writeLine(const QString& line);
    Error ioError() const;

    QString m_path;
    CsvOptions m_options;
    std::unique_ptr<QSaveFile> m_file;
    std::vector<TableData::Column> m_columns;
};

} // namespace hc::report
