#pragma once

#include <QString>

#include <optional>

namespace hc {

// Numbers for people, in the current locale: thousands separators, percentages, durations,
// money. A missing value prints as an em dash.
class NumberFormat {
public:
    static QString count(double value);
    static QString decimal(double value, int decimals = 2);
    static QString percent(double ratio, int decimals = 1);
    static QString signedPercent(double ratio);
    static QString duration(double seconds);
    // With an ISO 4217 code ("EUR"), the amount as the locale writes that currency ("66.688,00 €").
    static QString money(double value, const QString& currency = QString());
    static QString orDash(const std::optional<double>& value, QString (*format)(double));
};

} // namespace hc
