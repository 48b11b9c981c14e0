#include "common/ProjectorColours.h"

namespace Tepat {

QPalette ProjectorColours::palette()
{
    const QColor black(0x10, 0x10, 0x10);
    const QColor white(0xf5, 0xf5, 0xf5);
    QPalette palette;
    for (const QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::Button})
        palette.setColor(role, black);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(role, white);
    }
    palette.setColor(QPalette::Highlight, accent());
    palette.setColor(QPalette::HighlightedText, Qt::black);
    return palette;
}

} // namespace Tepat
