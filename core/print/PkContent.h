#pragma once

#include "model/Cascade.h"

namespace Tepat {

// Everything the documents of one PK print, as the text that goes on paper: user text cleaned to
// plain single lines, targets with their satuan, anggaran in rupiah, the date in Indonesian. The
// layouts print only this and PkFingerprint hashes only this, so the fingerprint covers exactly
// what the paper shows and nothing that it does not.
struct PkContent
{
    struct IndicatorRow
    {
        QString indicator;
        QString target; // "72,98 tahun", "BB", "≤ 10 hari"; "-" when the PK gives none
    };
    struct SasaranRow
    {
        QString sasaran;
        QList<IndicatorRow> indicators;
    };
    struct ProgramRow
    {
        QString code;
        QString name;
        QString anggaran; // "Rp 225.330.000.000"
    };

    qint64 pkId = 0;
    int year = 0;
    PkDocument::Level level = PkDocument::Level::KepalaOpd;
    QString title;         // "PERJANJIAN KINERJA TAHUN 2026", "… PERUBAHAN TAHUN 2026"
    QStringList unitLines; // "DINAS KESEHATAN", "KABUPATEN DELI SERDANG"
    QString number;
    Official pihakPertama;
    Official pihakKedua;  // empty when the kepala daerah signs alone
    QString instansi;     // "Dinas Kesehatan Kabupaten Deli Serdang"
    QString placeAndDate; // "Lubuk Pakam, 2 Januari 2026"
    QString sasaranHeading;
    QString programHeading;
    QList<SasaranRow> sasaran;
    QList<ProgramRow> programs;
    QString anggaranTotal;

    bool signsAlone() const { return pihakKedua.isEmpty(); }

    static PkContent from(const Cascade &cascade, const PkDocument &pk);
    // User text as it is printed: control and invisible formatting characters (line breaks,
    // bidi overrides, zero-width spaces) removed, runs of spaces made one, Unicode NFC. A bidi
    // override in a name could otherwise reorder what the reader sees.
    static QString printable(const QString &text);
};

} // namespace Tepat
