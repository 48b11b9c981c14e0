#pragma once

#include "values/PaperFormat.h"

namespace Tepat {

// How a workspace prints its PKs. Kept in the workspace file, not in a user's preferences, so
// that everyone who prints a pemda's PKs from it gets the same paper.
struct PrintSettings
{
    PaperFormat::Size paper = PaperFormat::Size::A4;

    friend bool operator==(const PrintSettings &, const PrintSettings &) = default;
};

} // namespace Tepat
