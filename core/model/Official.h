#pragma once

#include <QString>

namespace Tepat {

// A signatory as the PK prints them: the NIP is kept as typed, because the signature block must
// show it exactly, and validation (Nip::parse) is a check, not a transformation.
struct Official
{
    QString name;
    QString nip;
    QString pangkat; // with golongan, e.g. "Pembina Utama Muda (IV/c)"
    QString jabatan; // in full, e.g. "Kepala Dinas Kesehatan Kabupaten Deli Serdang"

    bool isEmpty() const { return name.isEmpty() && nip.isEmpty() && jabatan.isEmpty(); }
    friend bool operator==(const Official &, const Official &) = default;
};

} // namespace Tepat
