#pragma once

#include "model/Official.h"
#include "model/PkLockEvent.h"
#include "values/Decimal.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <array>
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
    qint64 planItemId = 0;        // the Renstra item it comes from, 0 if typed by hand
    qint64 previousVersionId = 0; // in a PK Perubahan: the row of the earlier version it copies
    // What was spent in each triwulan (index 0 is TW I), each quarter's own amount; empty: not
    // reported.
    std::array<std::optional<Decimal>, 4> realisasiAnggaran {};

    friend bool operator==(const PkProgram &, const PkProgram &) = default;
};

// A Perjanjian Kinerja of one official for one year. Its sasaran rows are plan items of kind
// PkSasaran whose parent is this PK; the indicators under them carry the year's target.
//
// A PK Perubahan (PermenPAN-RB 53/2014, domain.md §3.4) is a PkDocument of its own that names the
// version it changes (previousVersionId); its sasaran, indicators and program rows are copies
// that name the rows they were copied from, so that versions can be compared row by row. The
// chain awal → perubahan 1 → perubahan 2 is read by PkVersions.
struct PkDocument
{
    enum class Level { KepalaDaerah, KepalaOpd, EselonIII, EselonIV };
    enum class Kind { Awal, Perubahan };
    // The grounds a PK may be changed on (PermenPAN-RB 53/2014): a new official, a change of
    // strategy, program, kegiatan or budget (APBD-Perubahan, refocusing), or changed priorities
    // or assumptions.
    enum class Alasan { NotGiven, PergantianPejabat, PerubahanStrategi, PerubahanPrioritas };

    qint64 id = 0;
    qint64 opdId = 0; // 0 for the kepala daerah's own PK
    int year = 0;
    Level level = Level::KepalaOpd;
    Kind kind = Kind::Awal;
    QDate changeDate;                 // Perubahan: tanggal berlaku, the day it takes effect
    Alasan alasan = Alasan::NotGiven; // Perubahan only
    QString dasar;                    // Perubahan: "Perda APBD-Perubahan 2026", "SK mutasi …"
    qint64 previousVersionId = 0;     // Perubahan: the version it changes, 0 if not recorded
    QString number;                   // nomor, when the pemda numbers its PKs
    qint64 parentPkId = 0;            // the PK of pihak kedua, one level up
    Official pihakPertama;
    Official pihakKedua; // empty for a kepala daerah, who signs alone
    QString place;
    QDate signDate;
    QList<PkProgram> programs;
    // The "Jumlah" of the program table as typed from the DPA, when it was typed rather than
    // summed; the checker compares it with the rows.
    std::optional<Decimal> declaredTotal;
    // Every lock and unlock, oldest first (PkLockEvent).
    QList<PkLockEvent> lockHistory;

    Decimal anggaranTotal() const;
    // Signed, or terkunci through a server's workflow, and not unlocked since: the last event of
    // the history is a lock.
    bool isLocked() const;
    // The lock in force, nullptr when the PK is not locked.
    const PkLockEvent *currentLock() const;
    static QString levelName(Level level);
    // The kepala daerah's PK is the pemda's own; every other level belongs to an OPD.
    static bool belongsToOpd(Level level) { return level != Level::KepalaDaerah; }
    // A kepala daerah signs alone; every other pihak pertama has a superior as pihak kedua.
    static bool hasPihakKedua(Level level) { return level != Level::KepalaDaerah; }
    // A kepala daerah is elected, not a civil servant, so has no NIP: not as pihak pertama of the
    // own PK, nor as pihak kedua of a kepala OPD's.
    static bool pihakPertamaHasNip(Level level) { return level != Level::KepalaDaerah; }
    static bool pihakKeduaHasNip(Level level) { return level > Level::KepalaOpd; }
    static QString alasanName(Alasan alasan);

    friend bool operator==(const PkDocument &, const PkDocument &) = default;
};

} // namespace Tepat
