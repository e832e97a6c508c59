#include "core/report/CsvWriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QLocale>

#include <cmath>

namespace hc::report {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::report::CsvWriter", text); }

QString numberText(const QVariant& v, TableData::Kind kind)
{
    const double d = v.toDouble();
    if (!std::isfinite(d))
        return {};
    if (kind == TableData::Kind::Integer || (d == std::floor(d) && std::abs(d) < 9e15))
        return QString::number(qint64(d));
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

} // namespace

CsvWriter::CsvWriter(QString path, CsvOptions options) : m_path(std::move(path)), m_options(options) {}

CsvWriter::~CsvWriter() { cancel(); }

QString CsvWriter::field(const QVariant& value, TableData::Kind kind)
{
    if (!value.isValid() || value.isNull())
        return {};
    if (isNumber(value))
        return numberText(value, kind);
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().toString(Qt::ISODate);
    QString text = value.toString();
    static const QString kFormulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && kFormulaStarts.contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\r') || text.contains(u'\n')) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        text = u'"' + text + u'"';
    }
    return text;
}

Error CsvWriter::ioError() const
{
    const QString reason = m_file ? m_file->errorString() : QString();
    return makeError(Error::Code::Io, tr("Cannot write “%1”: %2. Nothing was written under that name.")
                                          .arg(QDir::toNativeSeparators(m_path), reason));
}

Status CsvWriter::writeLine(const QString& line)
{
    const QByteArray bytes = line.toUtf8() + "\r\n";
    if (m_file->write(bytes) != bytes.size()) {
        const Error e = ioError();
        cancel();
        return e;
    }
    return Done{};
}

Status CsvWriter::begin(const std::vector<TableData::Column>& columns)
{
    m_columns = columns;
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const Error e = ioError();
        m_file.reset();
        return e;
    }
    if (m_options.byteOrderMark && m_file->write("\xEF\xBB\xBF", 3) != 3) {
        const Error e = ioError();
        cancel();
        return e;
    }
    QStringList names;
    for (const TableData::Column& c : columns)
        names << field(c.name, TableData::Kind::Text);
    return writeLine(names.join(u','));
}

Status CsvWriter::writeRow(const std::vector<QVariant>& row)
{
    if (!m_file)
        return makeError(Error::Code::Invalid, tr("The export was not started or has stopped."));
    QStringList fields;
    for (size_t c = 0; c < m_columns.size(); ++c)
        fields << (c < row.size() ? field(row[c], m_columns[c].kind) : QString());
    return writeLine(fields.join(u','));
}

Status CsvWriter::commit()
{
    if (!m_file)
        return makeError(Error::Code::Invalid, tr("The export was not started or has stopped."));
    if (!m_file->commit()) {
        const Error e = ioError();
        m_file.reset();
        return e;
    }
    m_file.reset();
    return Done{};
}

void CsvWriter::cancel()
{
    if (m_file) {
        m_file->cancelWriting();
        m_file->commit(); // with writing cancelled this removes the temporary file and keeps the old one
        m_file.reset();
    }
}

Status CsvWriter::write(const QString& path, const TableData& table, const CsvOptions& options, TaskContext& context)
{
    CsvWriter w(path, options);
    if (Status s = w.begin(table.columns); !s.ok())
        return s;
    for (size_t r = 0; r < table.rows.size(); ++r) {
        if (context.stopRequested(qint64(r))) {
            w.cancel();
            return TaskContext::cancelledError();
        }
        if (Status s = w.writeRow(table.rows[r]); !s.ok())
            return s;
        if ((r & 4095) == 0)
            context.report(qint64(r), qint64(table.rows.size()));
    }
    return w.commit();
}

} // namespace hc::report
