#include "values/Periode.h"

namespace Tepat {

QList<int> Periode::years() const
{
    QList<int> result;
    for (int year = startYear; year <= endYear; ++year)
        result.append(year);
    return result;
}

} // namespace Tepat
