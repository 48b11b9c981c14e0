#pragma once

#include "model/Pemda.h"

#include <optional>

namespace Tepat {

// The kepala daerah a pemda's name implies: a kabupaten has a Bupati, a kota a Wali Kota, a
// provinsi a Gubernur; nothing when the name does not say which it is ("Deli Serdang").
class PemdaTitle
{
public:
    static std::optional<Pemda::Title> of(const QString &pemdaName);
};

} // namespace Tepat
