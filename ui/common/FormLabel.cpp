#include "common/FormLabel.h"

#include <QLabel>

namespace Tepat {

QLabel *FormLabel::forField(const QString &text, QWidget *field)
{
    auto *label = new QLabel(text); // the form's row takes it
    label->setBuddy(field);
    return label;
}

} // namespace Tepat
