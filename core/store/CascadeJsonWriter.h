#pragma once

#include "model/Cascade.h"

#include <QByteArray>

namespace Tepat {

// Writes a workspace as JSON (docs/json-format.md) deterministically: sorted keys, fixed
// indentation, exact decimals as strings, empty fields left out, so that export → import →
// export gives identical bytes and a workspace can live in version control.
class CascadeJsonWriter
{
public:
    static QByteArray write(const Cascade &cascade);
};

} // namespace Tepat
