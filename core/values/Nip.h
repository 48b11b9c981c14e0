#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>

namespace Tepat {

// The Nomor Induk Pegawai of a civil servant (Perka BKN 22/2007): birth date yyyymmdd, TMT CPNS
// yyyymm, gender digit and a 3-digit sequence, 18 digits in all. Invariant: a Nip holds 18 digits
// whose dates, gender digit and sequence passed every check in parse().
class Nip
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::Nip)

public:
    enum class Gender { Male, Female };

    // Accepts the spaced form of signature blocks ("19700101 199503 1 001") and a leading
    // "NIP." label. today decides which birth and TMT dates lie in the future; tests pin it.
    static Result<Nip> parse(QStringView text, QDate today = QDate::currentDate());

    QString digits() const { return m_digits; }
    QString formatted() const; // "19700101 199503 1 001", as printed under a signature
    QDate birthDate() const;
    QDate tmt() const; // the first day of the TMT month
    Gender gender() const;
    int sequence() const;

    bool operator==(const Nip &other) const = default;

private:
    explicit Nip(QString digits);

    QString m_digits;
};

size_t qHash(const Nip &nip, size_t seed = 0) noexcept;

} // namespace Tepat
