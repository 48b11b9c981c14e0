#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace Tepat {

// The label of a form row whose field is a row of widgets (a path with its Browse… button).
// QFormLayout gives a label its buddy only when the field is one widget; without a buddy the
// label draws its mnemonic's & as it is, and Alt+letter goes nowhere.
class FormLabel
{
public:
    static QLabel *forField(const QString &text, QWidget *field);
};

} // namespace Tepat
