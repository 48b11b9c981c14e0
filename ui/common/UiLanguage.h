#pragma once

#include "base/LocalizedText.h"

#include <QString>

namespace Tepat {

// The language the window speaks, chosen at start from the settings (Bahasa Indonesia unless the
// user picked English) and switched live from Settings. Checker findings carry both languages;
// views pick the text with this.
class UiLanguage
{
public:
    static Language current();
    static void setCurrent(Language language);
    // Makes the language current and installs its translators: Tepat's own strings from the
    // compiled-in tepat_id.qm, and Qt's buttons, dialogs and context menus from qt_id.qm beside
    // it; English removes them. Widgets made afterwards speak it (see LanguageSwitch). Returns
    // false when an Indonesian catalogue is not compiled into this program.
    static bool apply(Language language);
    // "id" or "en", the key kept in the settings.
    static QString key(Language language);
    static Language fromKey(const QString &key);

private:
    static Language s_current;
};

} // namespace Tepat
