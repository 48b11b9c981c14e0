#pragma once

#include "LocalizedText.h"

#include <QString>

namespace Tepat {

// The language the window speaks, chosen at start from the settings (Bahasa Indonesia unless the
// user picked English). Checker findings carry both languages; views pick the text with this.
class UiLanguage
{
public:
    static Language current();
    static void setCurrent(Language language);
    // "id" or "en", the key kept in the settings.
    static QString key(Language language);
    static Language fromKey(const QString &key);

private:
    static Language s_current;
};

} // namespace Tepat
