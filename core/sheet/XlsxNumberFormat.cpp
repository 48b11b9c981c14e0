#include "sheet/XlsxNumberFormat.h"

#include <QString>

#include <cmath>

namespace Tepat {

bool XlsxNumberFormat::isDate(QStringView code)
{
    bool quoted = false;
    bool bracket = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (quoted) {
            quoted = c != u'"';
        } else if (bracket) {
            bracket = c != u']';
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u'[') {
            bracket = true;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'd' || c == u'D' || c == u'y' || c == u'Y') {
            return true;
        }
    }
    return false;
}

bool XlsxNumberFormat::isPercent(QStringView code)
{
    bool quoted = false;
    for (const QChar c : code) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u'%')
            return true;
    }
    return false;
}

bool XlsxNumberFormat::isBuiltInDate(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
        || (id >= 50 && id <= 58);
}

std::optional<Decimal> XlsxNumberFormat::decimal(QStringView text, bool percent)
{
    bool ok = false;
    double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    if (percent)
        value *= 100;
    QString canonical = QString::number(value, 'g', 15);
    if (canonical.contains(u'e'))
        canonical = QString::number(value, 'f', Decimal::maxScale);
    if (canonical.contains(u'.')) {
        while (canonical.endsWith(u'0'))
            canonical.chop(1);
        if (canonical.endsWith(u'.'))
            canonical.chop(1);
    }
    if (canonical == QLatin1String("-0"))
        canonical = QStringLiteral("0");
    return Decimal::fromCanonical(canonical);
}

QDate XlsxNumberFormat::date(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 1 || serial > 2958465)
        return {};
    const auto days = qint64(std::floor(serial));
    if (date1904)
        return QDate(1904, 1, 1).addDays(days);
    if (days < 60)
        return QDate(1899, 12, 31).addDays(days);
    if (days == 60)
        return QDate(1900, 2, 28);
    return QDate(1899, 12, 30).addDays(days);
}

} // namespace Tepat
