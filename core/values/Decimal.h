#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <compare>
#include <optional>

namespace Tepat {

// An exact decimal number for targets, realisasi and rupiah amounts. Binary floating point would
// turn 0,1 + 0,2 into 0,30000000000000004 and make a PK's program total disagree with its rows.
//
// Invariant: the value is m_mantissa / 10^m_scale with 0 <= m_scale <= maxScale and no trailing
// zero digit in the mantissa unless the scale is 0 (so 75,50 and 75,5 are one value, and zero is
// mantissa 0, scale 0). Because of that, equal values have equal members.
class Decimal
{
public:
    static constexpr int maxScale = 9;
    static constexpr int maxDigits = 18;

    Decimal() = default;

    static Decimal fromInt(qint64 value);
    // The machine form written by toCanonical(): "-1234.5". Rejects thousands separators, a
    // plus sign, exponents, spaces and a bare "." or "-".
    static std::optional<Decimal> fromCanonical(QStringView text);
    // The building block for every parser: ASCII digits only, integerDigits not empty. Rejects
    // more than maxDigits significant digits or more than maxScale significant decimals.
    static std::optional<Decimal>
    fromParts(bool negative, QStringView integerDigits, QStringView fractionDigits);

    QString toCanonical() const;
    double toDouble() const; // for charts only: it loses exactness

    bool isZero() const { return m_mantissa == 0; }
    bool isNegative() const { return m_mantissa < 0; }
    int scale() const { return m_scale; }
    qint64 mantissa() const { return m_mantissa; }

    Decimal abs() const;
    // Exact as long as the result has at most maxScale decimals; beyond that it is rounded half
    // away from zero to maxScale decimals.
    Decimal multiplied(const Decimal &other) const;
    // Half away from zero, as Indonesian reports round (2,345 → 2,35; −2,345 → −2,35).
    Decimal rounded(int decimals) const;
    // The quotient rounded half away from zero to the given decimals (at most maxScale), as a
    // capaian of "95,45 %" is rounded once from the exact ratio. nullopt for a zero divisor or a
    // quotient too large to hold.
    std::optional<Decimal> divided(const Decimal &divisor, int decimals) const;

    Decimal operator-() const;
    Decimal operator+(const Decimal &other) const;
    Decimal operator-(const Decimal &other) const;

    bool operator==(const Decimal &other) const = default;
    std::strong_ordering operator<=>(const Decimal &other) const;

private:
    Decimal(qint64 mantissa, int scale); // already normalised

    qint64 m_mantissa = 0;
    int m_scale = 0;
};

size_t qHash(const Decimal &value, size_t seed = 0) noexcept;

} // namespace Tepat
