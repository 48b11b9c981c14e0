#include "common/UiLanguage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace Tepat {

namespace {

// Owned by the application; kept here so that a switch removes exactly what it installed.
QTranslator *tepatTranslator = nullptr;
QTranslator *qtTranslator = nullptr;

} // namespace

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

bool UiLanguage::apply(Language language)
{
    setCurrent(language);
    for (QTranslator **translator : {&tepatTranslator, &qtTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
    if (language != Language::Indonesian) {
        QLocale::setDefault(QLocale::system());
        return true;
    }
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    tepatTranslator = new QTranslator(QCoreApplication::instance());
    const bool loaded = tepatTranslator->load(QStringLiteral(":/i18n/tepat_id.qm"));
    if (loaded)
        QCoreApplication::installTranslator(tepatTranslator);
    // Ours, not a qtbase_id from Qt's translations folder: Debian ships none, and one from
    // elsewhere would name Tepat's buttons in other words than its own dialogs do.
    qtTranslator = new QTranslator(QCoreApplication::instance());
    if (qtTranslator->load(QStringLiteral(":/i18n/qt_id.qm")))
        QCoreApplication::installTranslator(qtTranslator);
    return loaded && !qtTranslator->isEmpty();
}

} // namespace Tepat
