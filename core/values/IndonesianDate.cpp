#include "values/IndonesianDate.h"

#include <array>

namespace Tepat {

QString IndonesianDate::monthName(int month)
{
    static const std::array<QString, 12> names {QStringLiteral("Januari"),
                                                QStringLiteral("Februari"),
                                                QStringLiteral("Maret"),
                                                QStringLiteral("April"),
                                                QStringLiteral("Mei"),
                                                QStringLiteral("Juni"),
                                                QStringLiteral("Juli"),
                                                QStringLiteral("Agustus"),
                                                QStringLiteral("September"),
                                                QStringLiteral("Oktober"),
                                                QStringLiteral("November"),
                                                QStringLiteral("Desember")};
    if (month < 1 || month > 12)
        return {};
    return names[month - 1];
}

QString IndonesianDate::format(QDate date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1 %2 %3").arg(date.day()).arg(monthName(date.month())).arg(date.year());
}

} // namespace Tepat
