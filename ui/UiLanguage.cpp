#include "UiLanguage.h"

namespace Tepat {

// English until main() loads the settings: tests read the English source strings.
Language UiLanguage::s_current = Language::English;

Language UiLanguage::current()
{
    return s_current;
}

void UiLanguage::setCurrent(Language language)
{
    s_current = language;
}

QString UiLanguage::key(Language language)
{
    return language == Language::Indonesian ? QStringLiteral("id") : QStringLiteral("en");
}

Language UiLanguage::fromKey(const QString &key)
{
    return key == QLatin1String("en") ? Language::English : Language::Indonesian;
}

} // namespace Tepat
