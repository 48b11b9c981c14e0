#pragma once

#include <QColor>
#include <QPalette>

namespace Tepat {

// The colours of a projector, whatever the desktop theme: near-white on black, since a projector
// washes out greys and thin colours, yellow for what stands out and a light grey for what
// matters less. Review mode and the results dashboard's projector view share them.
class ProjectorColours
{
public:
    static QPalette palette();
    static QColor accent() { return QColor(0xff, 0xd5, 0x4f); }
    static QColor dim() { return QColor(0xbd, 0xbd, 0xbd); }
};

} // namespace Tepat
