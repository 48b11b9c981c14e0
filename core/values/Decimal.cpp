#include "values/Decimal.h"

#include <QHashFunctions>

#include <limits>

namespace Tepat {

namespace {

// GCC's 128-bit integer holds any aligned mantissa (< 2^63 · 10^9) and any product of two
// mantissas, so sums, products and comparisons are exact before the result is narrowed.
__extension__ typedef __int128 Wide;

constexpr qint64 maxMantissa = std::numeric_limits<qint64>::max();

constexpr Wide powerOfTen(int exponent)
{
    Wide result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

Wide absolute(Wide value)
{
    return value < 0 ? -value : value;
}

// Divides by 10^digits, rounding half away from zero.
Wide dropDigits(Wide mantissa, int digits)
{
    const Wide divisor = powerOfTen(digits);
    const Wide quotient = mantissa / divisor;
    const Wide remainder = absolute(mantissa % divisor);
    if (remainder * 2 >= divisor)
        return mantissa < 0 ? quotient - 1 : quotient + 1;
    return quotient;
}

struct Normalised
{
    qint64 mantissa;
    int scale;
};

Normalised normalise(Wide mantissa, int scale)
{
    if (scale > Decimal::maxScale) {
        mantissa = dropDigits(mantissa, scale - Decimal::maxScale);
        scale = Decimal::maxScale;
    }
    // A huge integer part with many decimals would not fit; giving up the last decimals keeps
    // every realistic amount exact and never wraps around.
    while (scale > 0 && absolute(mantissa) > maxMantissa) {
        mantissa = dropDigits(mantissa, 1);
        --scale;
    }
    Q_ASSERT_X(absolute(mantissa) <= maxMantissa, "Tepat::Decimal", "value out of range");
    if (absolute(mantissa) > maxMantissa)
        mantissa = mantissa < 0 ? -maxMantissa : maxMantissa;
    while (scale > 0 && mantissa % 10 == 0) {
        mantissa /= 10;
        --scale;
    }
    if (mantissa == 0)
        scale = 0;
    return {static_cast<qint64>(mantissa), scale};
}

Wide aligned(const Decimal &value, int scale)
{
    return Wide(value.mantissa()) * powerOfTen(scale - value.scale());
}

bool isAsciiDigits(QStringView text)
{
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

Decimal::Decimal(qint64 mantissa, int scale)
    : m_mantissa(mantissa)
    , m_scale(scale)
{}

Decimal Decimal::fromInt(qint64 value)
{
    const Normalised n = normalise(value, 0);
    return Decimal(n.mantissa, n.scale);
}

std::optional<Decimal>
Decimal::fromParts(bool negative, QStringView integerDigits, QStringView fractionDigits)
{
    if (integerDigits.isEmpty() || !isAsciiDigits(integerDigits) || !isAsciiDigits(fractionDigits))
        return std::nullopt;
    while (integerDigits.size() > 1 && integerDigits.front() == u'0')
        integerDigits = integerDigits.mid(1);
    while (!fractionDigits.isEmpty() && fractionDigits.back() == u'0')
        fractionDigits.chop(1);
    if (fractionDigits.size() > maxScale)
        return std::nullopt;

    QString digits = integerDigits.toString() + fractionDigits.toString();
    while (digits.size() > 1 && digits.front() == u'0')
        digits.remove(0, 1);
    if (digits.size() > maxDigits)
        return std::nullopt;

    const qint64 magnitude = digits.toLongLong();
    const Normalised n = normalise(negative ? -magnitude : magnitude, int(fractionDigits.size()));
    return Decimal(n.mantissa, n.scale);
}

std::optional<Decimal> Decimal::fromCanonical(QStringView text)
{
    bool negative = false;
    if (text.startsWith(u'-')) {
        negative = true;
        text = text.mid(1);
    }
    const qsizetype point = text.indexOf(u'.');
    if (point < 0)
        return fromParts(negative, text, {});
    const QStringView fraction = text.mid(point + 1);
    if (fraction.isEmpty())
        return std::nullopt;
    return fromParts(negative, text.left(point), fraction);
}

QString Decimal::toCanonical() const
{
    // Built from the unsigned magnitude so that the sign never ends up between the digits.
    QString digits = QString::number(quint64(m_mantissa < 0 ? -m_mantissa : m_mantissa));
    if (m_scale > 0) {
        if (digits.size() <= m_scale)
            digits.prepend(QString(m_scale - digits.size() + 1, u'0'));
        digits.insert(digits.size() - m_scale, u'.');
    }
    if (m_mantissa < 0)
        digits.prepend(u'-');
    return digits;
}

double Decimal::toDouble() const
{
    return double(m_mantissa) / double(powerOfTen(m_scale));
}

Decimal Decimal::abs() const
{
    return m_mantissa < 0 ? -*this : *this;
}

Decimal Decimal::multiplied(const Decimal &other) const
{
    const Normalised n = normalise(Wide(m_mantissa) * other.m_mantissa, m_scale + other.m_scale);
    return Decimal(n.mantissa, n.scale);
}

Decimal Decimal::rounded(int decimals) const
{
    Q_ASSERT(decimals >= 0);
    if (decimals >= m_scale)
        return *this;
    const Normalised n = normalise(dropDigits(m_mantissa, m_scale - decimals), decimals);
    return Decimal(n.mantissa, n.scale);
}

std::optional<Decimal> Decimal::divided(const Decimal &divisor, int decimals) const
{
    Q_ASSERT(decimals >= 0 && decimals <= maxScale);
    if (divisor.isZero())
        return std::nullopt;
    // a / b = (ma · 10^(sb + d)) / (mb · 10^sa) · 10^-d; both fit in 128 bits, since a mantissa
    // is below 2^63 and the powers are at most 10^18.
    const Wide numerator = Wide(m_mantissa) * powerOfTen(divisor.m_scale + decimals);
    const Wide denominator = Wide(divisor.m_mantissa) * powerOfTen(m_scale);
    Wide quotient = numerator / denominator;
    const Wide remainder = absolute(numerator % denominator);
    if (remainder * 2 >= absolute(denominator))
        quotient += (numerator < 0) != (denominator < 0) ? -1 : 1;
    if (absolute(quotient) > maxMantissa)
        return std::nullopt;
    const Normalised n = normalise(quotient, decimals);
    return Decimal(n.mantissa, n.scale);
}

Decimal Decimal::operator-() const
{
    // normalise() keeps |mantissa| <= INT64_MAX, so the negation cannot overflow.
    return Decimal(-m_mantissa, m_scale);
}

Decimal Decimal::operator+(const Decimal &other) const
{
    const int scale = std::max(m_scale, other.m_scale);
    const Normalised n = normalise(aligned(*this, scale) + aligned(other, scale), scale);
    return Decimal(n.mantissa, n.scale);
}

Decimal Decimal::operator-(const Decimal &other) const
{
    return *this + -other;
}

std::strong_ordering Decimal::operator<=>(const Decimal &other) const
{
    const int scale = std::max(m_scale, other.m_scale);
    const Wide left = aligned(*this, scale);
    const Wide right = aligned(other, scale);
    if (left < right)
        return std::strong_ordering::less;
    if (left > right)
        return std::strong_ordering::greater;
    return std::strong_ordering::equal;
}

size_t qHash(const Decimal &value, size_t seed) noexcept
{
    return qHashMulti(seed, value.mantissa(), value.scale());
}

} // namespace Tepat
