#include "values/Nip.h"

#include <QHashFunctions>

#include <optional>

namespace Tepat {

namespace {

constexpr int nipLength = 18;
// No civil servant still in the records was born earlier; an earlier year is a typing error.
constexpr int earliestBirthYear = 1940;
constexpr int adultAge = 18;

int number(const QString &digits, qsizetype from, qsizetype length)
{
    return QStringView(digits).mid(from, length).toInt();
}

QString twoDigits(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

QString isoDate(int year, int month, int day)
{
    return QStringLiteral("%1-%2-%3").arg(QString::number(year), twoDigits(month), twoDigits(day));
}

QString isoMonth(int year, int month)
{
    return QStringLiteral("%1-%2").arg(QString::number(year), twoDigits(month));
}

// "NIP. 19700101 199503 1 001" is how the number appears under a signature.
QStringView withoutLabel(QStringView text)
{
    text = text.trimmed();
    if (!text.startsWith(u"NIP", Qt::CaseInsensitive))
        return text;
    text = text.mid(3);
    if (text.startsWith(u'.') || text.startsWith(u':'))
        text = text.mid(1);
    return text;
}

// Why the birth date or TMT cannot be real, or nothing when both can.
std::optional<QString> datesProblem(const QString &digits, QDate today)
{
    const int birthYear = number(digits, 0, 4);
    const int birthMonth = number(digits, 4, 2);
    const int birthDay = number(digits, 6, 2);
    if (birthMonth < 1 || birthMonth > 12) {
        return Nip::tr("the birth month %1 (digits 5-6) does not exist.")
            .arg(twoDigits(birthMonth));
    }
    const QDate birth(birthYear, birthMonth, birthDay);
    if (!birth.isValid()) {
        const int daysInMonth = QDate(birthYear, birthMonth, 1).daysInMonth();
        return Nip::tr("the birth date %1 (digits 1-8) does not exist: month %2 of %3 has %4 days.")
            .arg(isoDate(birthYear, birthMonth, birthDay),
                 twoDigits(birthMonth),
                 QString::number(birthYear),
                 QString::number(daysInMonth));
    }
    if (birthYear < earliestBirthYear) {
        return Nip::tr("the birth year %1 (digits 1-4) is before %2.")
            .arg(QString::number(birthYear), QString::number(earliestBirthYear));
    }
    if (birth > today) {
        return Nip::tr("the birth date %1 (digits 1-8) is in the future.")
            .arg(birth.toString(Qt::ISODate));
    }

    const int tmtYear = number(digits, 8, 4);
    const int tmtMonth = number(digits, 12, 2);
    if (tmtMonth < 1 || tmtMonth > 12) {
        return Nip::tr("the TMT month %1 (digits 13-14) does not exist.").arg(twoDigits(tmtMonth));
    }
    // A CPNS may be appointed in the month of the 18th birthday, so months are compared, not days.
    const QDate adult = birth.addYears(adultAge);
    if (tmtYear * 12 + tmtMonth < adult.year() * 12 + adult.month()) {
        return Nip::tr("the TMT %1 (digits 9-14) is before the 18th birthday on %2.")
            .arg(isoMonth(tmtYear, tmtMonth), adult.toString(Qt::ISODate));
    }
    // The NIP is issued before the TMT takes effect, but not years before.
    if (tmtYear > today.year() + 1) {
        return Nip::tr("the TMT %1 (digits 9-14) is in the future.")
            .arg(isoMonth(tmtYear, tmtMonth));
    }
    return std::nullopt;
}

} // namespace

Nip::Nip(QString digits)
    : m_digits(std::move(digits))
{}

Result<Nip> Nip::parse(QStringView text, QDate today)
{
    const auto invalid = [](const QString &message) {
        return fail(Error(Error::Code::Invalid, message, {}, -1, QStringLiteral("NIP")));
    };
    const auto reject = [text, invalid](const QString &why) {
        return invalid(tr("\"%1\" is not a valid NIP: %2").arg(text.toString(), why));
    };

    const QStringView body = withoutLabel(text);
    const qsizetype offset = body.isEmpty() ? 0 : body.data() - text.data();
    QString digits;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body[i];
        if (c.isSpace())
            continue;
        if (c < u'0' || c > u'9') {
            return reject(tr("\"%1\" at position %2 is not a digit.")
                              .arg(QString(c), QString::number(offset + i + 1)));
        }
        digits.append(c);
    }
    if (digits.isEmpty())
        return invalid(tr("The NIP is empty."));
    if (digits.size() != nipLength) {
        return reject(tr("a NIP has %1 digits, this one has %2.")
                          .arg(QString::number(nipLength), QString::number(digits.size())));
    }

    if (const auto why = datesProblem(digits, today))
        return reject(*why);

    const QChar gender = digits[14];
    if (gender != u'1' && gender != u'2') {
        return reject(tr("the gender digit %1 (digit 15) must be 1 (male) or 2 (female).")
                          .arg(QString(gender)));
    }
    if (number(digits, 15, 3) == 0)
        return reject(tr("the sequence number 000 (digits 16-18) must be at least 001."));
    return Nip(digits);
}

QString Nip::formatted() const
{
    return QStringLiteral("%1 %2 %3 %4")
        .arg(m_digits.left(8), m_digits.mid(8, 6), m_digits.mid(14, 1), m_digits.mid(15));
}

QDate Nip::birthDate() const
{
    return QDate(number(m_digits, 0, 4), number(m_digits, 4, 2), number(m_digits, 6, 2));
}

QDate Nip::tmt() const
{
    return QDate(number(m_digits, 8, 4), number(m_digits, 12, 2), 1);
}

Nip::Gender Nip::gender() const
{
    return m_digits[14] == u'1' ? Gender::Male : Gender::Female;
}

int Nip::sequence() const
{
    return number(m_digits, 15, 3);
}

size_t qHash(const Nip &nip, size_t seed) noexcept
{
    return qHash(nip.digits(), seed);
}

} // namespace Tepat
