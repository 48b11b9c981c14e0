#pragma once

#include <QString>

namespace Tepat {

// The regional government whose cascade the workspace holds. Its kepala daerah is the pihak
// kedua of every kepala OPD's PK and signs the kepala-daerah PK alone.
struct Pemda
{
    enum class Title { Bupati, WaliKota, Gubernur };

    QString name;             // "Kabupaten Deli Serdang"
    QString kepalaDaerahName; // "dr. H. Asri Ludin Tambunan"
    Title kepalaDaerahTitle = Title::Bupati;
    QString ibuKota; // the usual place of signing, e.g. "Lubuk Pakam"

    friend bool operator==(const Pemda &, const Pemda &) = default;
};

} // namespace Tepat
