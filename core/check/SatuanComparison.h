#pragma once

#include <QString>

namespace Tepat {

// Whether two indicators are measured in the same unit, as officers write units: case, spacing and
// a spelled-out percent ("persen" for "%") do not make a difference. A missing satuan is never a
// difference here: satuan-missing reports it.
class SatuanComparison
{
public:
    static QString canonical(const QString &satuan);
    // Both given, and not the same unit.
    static bool differ(const QString &a, const QString &b);
};

} // namespace Tepat
