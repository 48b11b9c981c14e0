#pragma once

#include "base/LocalizedText.h"
#include "support/VisibleText.h"

#include <QStringList>

namespace Tepat {
class Cascade;
} // namespace Tepat

// Finds the texts of a window that are not in its language: English words of a user interface
// in the Indonesian window, Indonesian ones in the English window, and an ampersand that shows
// where a mnemonic was meant. The word lists hold the words menus, buttons and dialogs use, not
// a dictionary: a miss is possible, a false alarm should not be.
namespace Tepat::LanguageLeaks {

// One line per leak: "where: text (words)". data: the workspace the window shows, whose names
// (OPDs, items, indicators, officials) are the user's words in whatever language they were
// written and are left out, as are moreNames (the cells of a sheet being imported).
QStringList find(const QList<VisibleText::Shown> &shown,
                 Language language,
                 const Cascade &data,
                 const QStringList &moreNames = {});

} // namespace Tepat::LanguageLeaks
