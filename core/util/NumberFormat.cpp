#include "core/util/NumberFormat.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QMutex>

#include <cmath>

namespace hc {

QString NumberFormat::count(double value) { return QLocale().toString(qint64(std::llround(value))); }

QString NumberFormat::decimal(double value, int decimals) { return QLocale().toString(value, 'f', decimals); }

QString NumberFormat::percent(double ratio, int decimals)
{
    return QLocale().toString(ratio * 100.0, 'f', decimals) + QLocale().percent();
}

QString NumberFormat::signedPercent(double ratio)
{
    return (ratio > 0 ? QStringLiteral("+") : QString()) + percent(ratio);
}

QString NumberFormat::duration(double seconds)
{
    const auto tr = [](const char* t) { return QCoreApplication::translate("hc::ui::NumberFormat", t); };
    if (seconds < 60)
        return tr("%1 s").arg(QLocale().toString(seconds, 'f', seconds < 10 ? 1 : 0));
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(int(seconds) / 60).arg(int(seconds) % 60);
    if (seconds < 86400)
        return tr("%1 h %2 min").arg(int(seconds) / 3600).arg((int(seconds) % 3600) / 60);
    return tr("%1 d %2 h").arg(int(seconds) / 86400).arg((int(seconds) % 86400) / 3600);
}

QString NumberFormat::money(double value, const QString& currency)
{
    if (currency.isEmpty())
        return QLocale().toString(value, 'f', 2);
    // The currency's symbol as the locales that use it write it ("€" for EUR); the code otherwise.
    static QHash<QString, QString> symbols;
    static QMutex lock;
    QString symbol;
    {
        const QMutexLocker locked(&lock);
        if (symbols.isEmpty())
            for (const QLocale& l :
                 QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory))
                if (const QString code = l.currencySymbol(QLocale::CurrencyIsoCode); !symbols.contains(code))
                    symbols.insert(code, l.currencySymbol(QLocale::CurrencySymbol));
        symbol = symbols.value(currency.toUpper(), currency.toUpper() + u' ');
    }
    const QString text = QLocale().toCurrencyString(value, symbol, 2);
    // Qt's C locale writes "66,688.00$"; people write the symbol first.
    if (QLocale().language() == QLocale::C && text.endsWith(symbol))
        return symbol + text.chopped(symbol.size());
    return text;
}

QString NumberFormat::orDash(const std::optional<double>& value, QString (*format)(double))
{
    return value ? format(*value) : QStringLiteral("—");
}

} // namespace hc
