#include "core/report/XlsxWriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <optional>

#include <xlsxwriter.h>

namespace hc::report {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::report::XlsxWriter", text); }

constexpr qint64 kMaxDataRows = 1048575; // Excel's 1,048,576 rows, less the header

Error writeError(const QString& path, const QString& reason)
{
    return makeError(
        Error::Code::Io,
        tr("Cannot write “%1”: %2. Nothing was written under that name.").arg(QDir::toNativeSeparators(path), reason));
}

struct Formats {
    lxw_format* header;
    lxw_format* date;
};

void writeCell(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, const QVariant& v, const Formats& f)
{
    if (!v.isValid() || v.isNull())
        return;
    if (isNumber(v)) {
        worksheet_write_number(ws, r, c, v.toDouble(), nullptr);
    } else if (v.typeId() == QMetaType::QDate) {
        const QDate d = v.toDate();
        lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0};
        worksheet_write_datetime(ws, r, c, &dt, f.date);
    } else {
        worksheet_write_string(ws, r, c, v.toString().toUtf8().constData(), nullptr);
    }
}

Status writeSheet(lxw_workbook* book, const TableData& t, const QString& name, const Formats& f, TaskContext& context)
{
    lxw_worksheet* ws = workbook_add_worksheet(book, name.toUtf8().constData());
    if (!ws)
        return makeError(Error::Code::Invalid, tr("The sheet name “%1” is not accepted.").arg(name));
    for (size_t c = 0; c < t.columns.size(); ++c) {
        worksheet_write_string(ws, 0, lxw_col_t(c), t.columns[c].name.toUtf8().constData(), f.header);
        const double width = std::clamp(double(t.columns[c].name.size()) + 4, 10.0, 50.0);
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), width, nullptr);
    }
    worksheet_freeze_panes(ws, 1, 0);
    if (!t.columns.empty())
        worksheet_autofilter(ws, 0, 0, lxw_row_t(t.rows.size()), lxw_col_t(t.columns.size() - 1));
    for (size_t r = 0; r < t.rows.size(); ++r) {
        if (context.stopRequested(qint64(r)))
            return TaskContext::cancelledError();
        for (size_t c = 0; c < t.columns.size() && c < t.rows[r].size(); ++c)
            writeCell(ws, lxw_row_t(r + 1), lxw_col_t(c), t.rows[r][c], f);
    }
    return Done{};
}

} // namespace

QString XlsxWriter::sheetName(const QString& name)
{
    QString out = name;
    for (QChar& ch : out)
        if (QStringLiteral("[]:*?/\\").contains(ch))
            ch = u'_';
    out = out.left(31).trimmed();
    return out.isEmpty() ? QStringLiteral("Sheet") : out;
}

Status XlsxWriter::write(const QString& path, const std::vector<TableData>& tables, TaskContext& context)
{
    for (const TableData& t : tables)
        if (qint64(t.rows.size()) > kMaxDataRows)
            return makeError(Error::Code::Invalid,
                             tr("“%1” has %2 rows, more than an Excel sheet holds; export it as CSV.")
                                 .arg(t.name)
                                 .arg(t.rows.size()));
    const QString part = path + QStringLiteral(".part");
    QByteArray tmpdir = QFile::encodeName(QFileInfo(path).absolutePath());
    lxw_workbook_options options{LXW_TRUE, tmpdir.data(), LXW_TRUE};
    lxw_workbook* book = workbook_new_opt(QFile::encodeName(part).constData(), &options);
    if (!book)
        return writeError(path, tr("the file cannot be created"));
    Formats f{workbook_add_format(book), workbook_add_format(book)};
    format_set_bold(f.header);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    format_set_num_format(f.date, "yyyy-mm-dd");
    QSet<QString> used;
    std::optional<Error> failure;
    for (size_t i = 0; i < tables.size() && !failure; ++i) {
        QString name = sheetName(tables[i].name);
        for (int n = 2; used.contains(name.toLower()); ++n)
            name = sheetName(tables[i].name.left(27)) + QStringLiteral(" (%1)").arg(n);
        used.insert(name.toLower());
        if (Status s = writeSheet(book, tables[i], name, f, context); !s.ok())
            failure = s.error();
    }
    const lxw_error closed = workbook_close(book); // writes the file, even after a failure above
    if (failure || closed != LXW_NO_ERROR) {
        QFile::remove(part);
        return failure ? *failure : writeError(path, QString::fromUtf8(lxw_strerror(closed)));
    }
    if (QFile::exists(path) && !QFile::remove(path)) {
        QFile::remove(part);
        return writeError(path, tr("the existing file cannot be replaced"));
    }
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        return writeError(path, tr("the file cannot be moved into place"));
    }
    return Done{};
}

} // namespace hc::report
