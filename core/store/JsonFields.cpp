#include "store/JsonFields.h"

#include "values/IndonesianNumber.h"

#include <cmath>
#include <limits>

namespace Tepat {

namespace {

// 2^53: every whole number up to it has an exact double, as JSON numbers are read.
constexpr double maxExactInteger = 9'007'199'254'740'992.0;

} // namespace

JsonFields::JsonFields(QString fileName)
    : m_fileName(std::move(fileName))
{}

QString JsonFields::member(const QString &path, const char *key)
{
    return path.isEmpty() ? QString::fromLatin1(key) : path + QLatin1Char('.') + QLatin1String(key);
}

Error JsonFields::error(const QString &path, const QString &problem) const
{
    return Error(
        Error::Code::Parse, tr("%1: %2: %3").arg(m_fileName, path, problem), m_fileName, -1, path);
}

Result<QString>
JsonFields::text(const QJsonObject &object, const char *key, const QString &path) const
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return QString();
    if (!value.isString())
        return fail(error(member(path, key), tr("must be text.")));
    return value.toString();
}

Result<bool>
JsonFields::flag(const QJsonObject &object, const char *key, const QString &path, bool absent) const
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return absent;
    if (!value.isBool())
        return fail(error(member(path, key), tr("must be true or false.")));
    return value.toBool();
}

Result<int>
JsonFields::wholeNumber(const QJsonObject &object, const char *key, const QString &path) const
{
    const QJsonValue value = object.value(QLatin1String(key));
    const double number = value.toDouble();
    // Compared before the cast: converting a double beyond int's range is undefined.
    if (!value.isDouble() || number < std::numeric_limits<int>::min()
        || number > std::numeric_limits<int>::max() || number != std::trunc(number)) {
        return fail(error(member(path, key), tr("must be a whole number.")));
    }
    return int(number);
}

Result<qint64>
JsonFields::id(const QJsonObject &object, const char *key, const QString &path, bool required) const
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() && !required)
        return 0;
    const double number = value.toDouble(-1);
    // Ids beyond 2^53 cannot come exactly through a JSON number, and beyond qint64 the cast
    // would be undefined.
    if (!value.isDouble() || number < 1 || number > maxExactInteger
        || number != std::trunc(number)) {
        return fail(error(member(path, key), tr("must be a positive whole number.")));
    }
    return qint64(number);
}

Result<QDate>
JsonFields::date(const QJsonObject &object, const char *key, const QString &path) const
{
    const Result<QString> value = text(object, key, path);
    if (!value)
        return fail(value.error());
    if (value->isEmpty())
        return QDate();
    const QDate parsed = QDate::fromString(*value, Qt::ISODate);
    if (!parsed.isValid())
        return fail(
            error(member(path, key), tr("\"%1\" is not a date like 2026-01-02.").arg(*value)));
    return parsed;
}

Result<QDateTime>
JsonFields::dateTime(const QJsonObject &object, const char *key, const QString &path) const
{
    const QDateTime at
        = QDateTime::fromString(object.value(QLatin1String(key)).toString(), Qt::ISODate);
    if (!at.isValid())
        return fail(
            error(member(path, key), tr("must be a date and time like 2026-01-02T08:00:00Z.")));
    return at;
}

Result<Decimal> JsonFields::amount(const QJsonValue &value, const QString &path) const
{
    if (!value.isString())
        return fail(error(path, tr("must be an amount written as text, e.g. \"1.250.000\".")));
    Result<Decimal> parsed = IndonesianNumber::parse(value.toString());
    if (!parsed)
        return fail(error(path, parsed.error().message));
    return parsed;
}

Result<QMap<int, QJsonValue>>
JsonFields::yearMap(const QJsonObject &object, const char *key, const QString &path) const
{
    const Result<QJsonObject> years = this->object(object, key, path);
    if (!years)
        return fail(years.error());
    QMap<int, QJsonValue> result;
    for (auto entry = years->begin(); entry != years->end(); ++entry) {
        bool ok = false;
        const int year = entry.key().toInt(&ok);
        if (!ok || year < 1945 || year > 2200)
            return fail(error(member(path, key), tr("\"%1\" is not a year.").arg(entry.key())));
        result.insert(year, entry.value());
    }
    return result;
}

Result<QJsonObject>
JsonFields::object(const QJsonObject &object, const char *key, const QString &path) const
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return QJsonObject();
    if (!value.isObject())
        return fail(error(member(path, key), tr("must be an object ({ … }).")));
    return value.toObject();
}

Result<QJsonArray>
JsonFields::array(const QJsonObject &object, const char *key, const QString &path) const
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return QJsonArray();
    if (!value.isArray())
        return fail(error(member(path, key), tr("must be a list ([ … ]).")));
    return value.toArray();
}

Result<QJsonObject>
JsonFields::element(const QJsonArray &array, int index, const QString &path) const
{
    const QJsonValue value = array.at(index);
    if (!value.isObject())
        return fail(error(path, tr("must be an object ({ … }).")));
    return value.toObject();
}

} // namespace Tepat
