#pragma once

#include "model/Severity.h"

#include <QIcon>

namespace Tepat {

// The marks of findings in the tree and the findings dock: a red disc for errors, an amber
// triangle for warnings, a blue disc for hints. Drawn, not loaded, because Debian's Qt has no SVG
// plugin by default and the shapes must stay apart for colour-blind users.
class SeverityIcon
{
public:
    static QIcon icon(Severity severity);
};

} // namespace Tepat
