#pragma once

#include "base/Result.h"
#include "store/EnumKeys.h"
#include "values/Decimal.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>

#include <optional>

namespace Tepat {

// Reads typed values out of a JSON document and, when a value is not what it must be, fails with
// the JSON path of that value, e.g. "opds[1].name: must be text.". Every field of the workspace's
// JSON is read through it, so that no value of the wrong type is ever taken silently as empty.
// A key that is absent gives the field's empty value; `required` makes it an error instead.
class JsonFields
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::JsonFields)

public:
    explicit JsonFields(QString fileName);

    // "FILE: PATH: PROBLEM", with the path as the error's field.
    Error error(const QString &path, const QString &problem) const;

    Result<QString> text(const QJsonObject &object, const char *key, const QString &path) const;
    Result<bool>
    flag(const QJsonObject &object, const char *key, const QString &path, bool absent) const;
    Result<int> wholeNumber(const QJsonObject &object, const char *key, const QString &path) const;
    // A positive whole number; 0 when absent and not required.
    Result<qint64>
    id(const QJsonObject &object, const char *key, const QString &path, bool required) const;
    // An ISO date ("2026-01-02"); the null date when absent or empty.
    Result<QDate> date(const QJsonObject &object, const char *key, const QString &path) const;
    // An ISO date and time with its zone ("2026-01-02T08:00:00Z"); required.
    Result<QDateTime>
    dateTime(const QJsonObject &object, const char *key, const QString &path) const;
    // An amount written as Indonesian text, "1.250.000".
    Result<Decimal> amount(const QJsonValue &value, const QString &path) const;
    // An object keyed by years, e.g. targets or pagu; the values are returned unread.
    Result<QMap<int, QJsonValue>>
    yearMap(const QJsonObject &object, const char *key, const QString &path) const;
    Result<QJsonObject>
    object(const QJsonObject &object, const char *key, const QString &path) const;
    Result<QJsonArray> array(const QJsonObject &object, const char *key, const QString &path) const;
    // The element of an array that must hold objects; `path` names the element, "opds[3]".
    Result<QJsonObject> element(const QJsonArray &array, int index, const QString &path) const;

    // One of the stable keys of an enum (store/EnumKeys.h); `absent` is taken when the key is not
    // there, and an absent key without it is an error.
    template<typename E>
    Result<E> key(const QJsonObject &object,
                  const char *name,
                  const QString &path,
                  std::optional<E> absent) const
    {
        const QJsonValue value = object.value(QLatin1String(name));
        if (value.isUndefined() && absent)
            return *absent;
        const auto parsed = enumFromKey<E>(value.toString());
        if (!value.isString() || !parsed)
            return fail(error(member(path, name), tr("must be one of: %1.").arg(enumKeyList<E>())));
        return *parsed;
    }

    static QString member(const QString &path, const char *key);

private:
    QString m_fileName;
};

} // namespace Tepat
