#include "common/UiColors.h"

#include <QLabel>

namespace Tepat {

QColor UiColors::error(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

void UiColors::setError(QLabel *label, bool error)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText,
                     error ? UiColors::error(
                         label->parentWidget() ? label->parentWidget()->palette() : QPalette())
                           : QPalette().color(QPalette::WindowText));
    label->setPalette(palette);
}

} // namespace Tepat
