#pragma once

#include <QLocale>

class QCoreApplication;

namespace hc::ui {

// Loads HitCraft's own translation (embedded) and Qt's (from the system, when the
// qt6-translations-l10n package is there) for a locale; the locale also becomes the default for
// numbers and dates. English needs nothing.
class Translations {
public:
    // The language setting ("de", "en") or, when empty, the system locale.
    static QLocale localeFor(const QString& languageSetting);
    // True when HitCraft's translation for the locale's language was found.
    static bool install(QCoreApplication& app, const QLocale& locale);
};

} // namespace hc::ui
