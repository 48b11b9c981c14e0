#pragma once

#include <QString>

namespace Tepat {

enum class Language { Indonesian, English };

// A sentence of the checker in both of Tepat's languages. Findings carry both, because the
// language is chosen where they are shown (a window, `tepat-cli check --lang`), not where they
// are made, and the Indonesian text is written by people who know the regulations, not
// translated after the fact.
struct LocalizedText
{
    QString id;
    QString en;

    const QString &text(Language language) const
    {
        return language == Language::Indonesian ? id : en;
    }
    bool isEmpty() const { return id.isEmpty() && en.isEmpty(); }
    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;
};

} // namespace Tepat
