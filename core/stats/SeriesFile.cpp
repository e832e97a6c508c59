#include "core/stats/SeriesFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

namespace hc::stats {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("hc::stats::SeriesFile", text); }

QString unquote(QString cell)
{
    cell = cell.trimmed();
    if (cell.size() >= 2 && cell.startsWith(QLatin1Char('"')) && cell.endsWith(QLatin1Char('"')))
        cell = cell.mid(1, cell.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    return cell;
}

} // namespace

Result<TimeSeries> readSeriesCsv(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return makeError(Error::Code::Io, tr("Cannot read the series “%1”: %2").arg(path, f.errorString()));
    TimeSeries s;
    QDateTime previous;
    int line = 0;
    while (!f.atEnd()) {
        const QString text = QString::fromUtf8(f.readLine()).trimmed();
        ++line;
        if (line == 1 || text.isEmpty())
            continue; // the header
        const QStringList cells = text.split(QLatin1Char(','));
        if (cells.size() < 2)
            return makeError(Error::Code::Invalid,
                             tr("%1:%2: expected two columns, time and value").arg(path).arg(line));
        const QString time = unquote(cells[0]);
        bool numeric = false;
        const double value = unquote(cells[1]).toDouble(&numeric);
        if (!numeric)
            return makeError(Error::Code::Invalid, tr("%1:%2: “%3” is not a number").arg(path).arg(line).arg(cells[1]));
        const bool hourly = time.size() > 10;
        QDateTime at = hourly ? QDateTime::fromString(time, Qt::ISODate)
                              : QDateTime(QDate::fromString(time, Qt::ISODate), QTime(0, 0), Qt::UTC);
        if (!at.isValid())
            return makeError(Error::Code::Invalid,
                             tr("%1:%2: “%3” is neither YYYY-MM-DD nor ISO 8601").arg(path).arg(line).arg(time));
        if (previous.isValid() && at <= previous)
            return makeError(Error::Code::Invalid, tr("%1:%2: times must rise from row to row").arg(path).arg(line));
        previous = at;
        s.hourly = s.hourly || hourly;
        s.labels << (hourly ? at.toString(QStringLiteral("yyyy-MM-ddTHH")) : time);
        s.values.push_back(value);
    }
    if (s.values.empty())
        return makeError(Error::Code::Invalid, tr("The series “%1” has no rows after its header.").arg(path));
    return s;
}

} // namespace hc::stats
