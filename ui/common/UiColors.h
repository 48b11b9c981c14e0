#pragma once

#include <QColor>
#include <QPalette>

class QLabel;

namespace Tepat {

// The colour of "this is wrong" that reads on the system palette: a dark red on light themes,
// a light red on dark ones, since the palette itself has no error role.
class UiColors
{
public:
    static QColor error(const QPalette &palette = QPalette());
    // Shows the label's text in the error colour, or in the normal text colour.
    static void setError(QLabel *label, bool error);
};

} // namespace Tepat
