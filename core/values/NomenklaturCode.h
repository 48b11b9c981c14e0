#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Tepat {

// A code of the Permendagri 90/2019 nomenklatur, U.BB.PP.K.KK.SSSS (1.02.02.2.01.0001): urusan,
// bidang, program, kegiatan (level digit and number) and sub kegiatan, cut at any level.
// Invariant: every part passed parse()'s checks and is kept as written, so older two-digit sub
// kegiatan codes print back unchanged.
class NomenklaturCode
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::NomenklaturCode)

public:
    enum class Level { Urusan, Bidang, Program, Kegiatan, SubKegiatan };

    static Result<NomenklaturCode> parse(QStringView text);

    Level level() const;
    // Each part as a number, 0 when the code stops above that level.
    int urusan() const { return part(0); }
    int bidang() const { return part(1); }
    int program() const { return part(2); }
    int kegiatanLevel() const { return part(3); } // 1 provinsi, 2 kabupaten/kota
    int kegiatan() const { return part(4); }
    int subKegiatan() const { return part(5); }

    QString toString() const { return m_parts.join(u'.'); }
    // True when other is this code or lies below it: a kegiatan belongs to its program.
    bool isPrefixOf(const NomenklaturCode &other) const;
    // One level up; an urusan has no parent and returns itself.
    NomenklaturCode parent() const;

    bool operator==(const NomenklaturCode &other) const = default;

private:
    explicit NomenklaturCode(QStringList parts);
    int part(qsizetype index) const;

    QStringList m_parts;
};

size_t qHash(const NomenklaturCode &code, size_t seed = 0) noexcept;

} // namespace Tepat
