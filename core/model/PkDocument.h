#pragma once

#include "model/Official.h"
#include "values/Decimal.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace Tepat {

// A program / kegiatan / sub kegiatan row of a PK's second lampiran table, with its anggaran from
// the DPA.
struct PkProgram
{
    qint64 id = 0;
    QString code;
    QString name;
    Decimal anggaran;
    qint64 planItemId = 0; // the Renstra item it comes from, 0 if typed by hand

    friend bool operator==(const PkProgram &, const PkProgram &) = default;
};

// A Perjanjian Kinerja of one official for one year. Its sasaran rows are plan items of kind
// PkSasaran whose parent is this PK; the indicators under them carry the year's target.
struct PkDocument
{
    enum class Level { KepalaDaerah, KepalaOpd, EselonIII, EselonIV };
    enum class Kind { Awal, Perubahan };

    qint64 id = 0;
    qint64 opdId = 0; // 0 for the kepala daerah's own PK
    int year = 0;
    Level level = Level::KepalaOpd;
    Kind kind = Kind::Awal;
    QDate changeDate;      // Perubahan only
    QString changeReason;  // Perubahan only
    QString number;        // nomor, when the pemda numbers its PKs
    qint64 parentPkId = 0; // the PK of pihak kedua, one level up
    Official pihakPertama;
    Official pihakKedua; // empty for a kepala daerah, who signs alone
    QString place;
    QDate signDate;
    QList<PkProgram> programs;
    // The "Jumlah" of the program table as typed from the DPA, when it was typed rather than
    // summed; the checker compares it with the rows.
    std::optional<Decimal> declaredTotal;

    Decimal anggaranTotal() const;
    static QString levelName(Level level);
    // The kepala daerah's PK is the pemda's own; every other level belongs to an OPD.
    static bool belongsToOpd(Level level) { return level != Level::KepalaDaerah; }
    // A kepala daerah signs alone; every other pihak pertama has a superior as pihak kedua.
    static bool hasPihakKedua(Level level) { return level != Level::KepalaDaerah; }
    // A kepala daerah is elected, not a civil servant, so has no NIP: not as pihak pertama of the
    // own PK, nor as pihak kedua of a kepala OPD's.
    static bool pihakPertamaHasNip(Level level) { return level != Level::KepalaDaerah; }
    static bool pihakKeduaHasNip(Level level) { return level > Level::KepalaOpd; }

    friend bool operator==(const PkDocument &, const PkDocument &) = default;
};

} // namespace Tepat
