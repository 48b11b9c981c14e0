#pragma once

#include "model/Indicator.h"
#include "model/MeasureSettings.h"
#include "model/Pemda.h"
#include "model/PkDocument.h"
#include "model/PlanItem.h"
#include "values/PaperFormat.h"

#include <QLatin1String>

#include <array>
#include <optional>
#include <utility>

namespace Tepat {

// The stable spelling of each model enum in the workspace file and in JSON. These strings are
// part of the file format: never rename one, add new ones instead.
template<typename E>
struct EnumKeys;

#define TEPAT_ENUM_KEYS(Enum, ...)                                                                 \
    template<>                                                                                     \
    struct EnumKeys<Enum>                                                                          \
    {                                                                                              \
        static constexpr std::array entries {__VA_ARGS__};                                         \
    };

using KindKey = std::pair<PlanItem::Kind, const char *>;
TEPAT_ENUM_KEYS(PlanItem::Kind,
                KindKey {PlanItem::Kind::RpjmdTujuan, "rpjmd-tujuan"},
                KindKey {PlanItem::Kind::RpjmdSasaran, "rpjmd-sasaran"},
                KindKey {PlanItem::Kind::RenstraTujuan, "renstra-tujuan"},
                KindKey {PlanItem::Kind::RenstraSasaran, "renstra-sasaran"},
                KindKey {PlanItem::Kind::Program, "program"},
                KindKey {PlanItem::Kind::Kegiatan, "kegiatan"},
                KindKey {PlanItem::Kind::SubKegiatan, "sub-kegiatan"},
                KindKey {PlanItem::Kind::PkSasaran, "pk-sasaran"})

using PolaritasKey = std::pair<Indicator::Polaritas, const char *>;
TEPAT_ENUM_KEYS(Indicator::Polaritas,
                PolaritasKey {Indicator::Polaritas::Maximize, "maximize"},
                PolaritasKey {Indicator::Polaritas::Minimize, "minimize"},
                PolaritasKey {Indicator::Polaritas::Stabilize, "stabilize"})

using JenisKey = std::pair<Indicator::Jenis, const char *>;
TEPAT_ENUM_KEYS(Indicator::Jenis,
                JenisKey {Indicator::Jenis::Input, "input"},
                JenisKey {Indicator::Jenis::Output, "output"},
                JenisKey {Indicator::Jenis::Outcome, "outcome"},
                JenisKey {Indicator::Jenis::Impact, "impact"})

using TipeKey = std::pair<Indicator::TipePerhitungan, const char *>;
TEPAT_ENUM_KEYS(Indicator::TipePerhitungan,
                TipeKey {Indicator::TipePerhitungan::Kumulatif, "kumulatif"},
                TipeKey {Indicator::TipePerhitungan::NonKumulatif, "non-kumulatif"},
                TipeKey {Indicator::TipePerhitungan::RataRata, "rata-rata"})

using PeriodeKey = std::pair<Indicator::PeriodePelaporan, const char *>;
TEPAT_ENUM_KEYS(Indicator::PeriodePelaporan,
                PeriodeKey {Indicator::PeriodePelaporan::Bulanan, "bulanan"},
                PeriodeKey {Indicator::PeriodePelaporan::Triwulanan, "triwulanan"},
                PeriodeKey {Indicator::PeriodePelaporan::Semesteran, "semesteran"},
                PeriodeKey {Indicator::PeriodePelaporan::Tahunan, "tahunan"})

using LevelKey = std::pair<PkDocument::Level, const char *>;
TEPAT_ENUM_KEYS(PkDocument::Level,
                LevelKey {PkDocument::Level::KepalaDaerah, "kepala-daerah"},
                LevelKey {PkDocument::Level::KepalaOpd, "kepala-opd"},
                LevelKey {PkDocument::Level::EselonIII, "eselon-3"},
                LevelKey {PkDocument::Level::EselonIV, "eselon-4"})

using PkKindKey = std::pair<PkDocument::Kind, const char *>;
TEPAT_ENUM_KEYS(PkDocument::Kind,
                PkKindKey {PkDocument::Kind::Awal, "awal"},
                PkKindKey {PkDocument::Kind::Perubahan, "perubahan"})

using AlasanKey = std::pair<PkDocument::Alasan, const char *>;
TEPAT_ENUM_KEYS(PkDocument::Alasan,
                AlasanKey {PkDocument::Alasan::PergantianPejabat, "pergantian-pejabat"},
                AlasanKey {PkDocument::Alasan::PerubahanStrategi, "perubahan-strategi"},
                AlasanKey {PkDocument::Alasan::PerubahanPrioritas, "perubahan-prioritas"})

using LockActionKey = std::pair<PkLockEvent::Action, const char *>;
TEPAT_ENUM_KEYS(PkLockEvent::Action,
                LockActionKey {PkLockEvent::Action::Lock, "lock"},
                LockActionKey {PkLockEvent::Action::Unlock, "unlock"})

using LockMethodKey = std::pair<PkLockEvent::Method, const char *>;
TEPAT_ENUM_KEYS(PkLockEvent::Method,
                LockMethodKey {PkLockEvent::Method::SignedPdf, "signed-pdf"},
                LockMethodKey {PkLockEvent::Method::Paper, "paper"},
                LockMethodKey {PkLockEvent::Method::Workflow, "workflow"})

using TitleKey = std::pair<Pemda::Title, const char *>;
TEPAT_ENUM_KEYS(Pemda::Title,
                TitleKey {Pemda::Title::Bupati, "bupati"},
                TitleKey {Pemda::Title::WaliKota, "wali-kota"},
                TitleKey {Pemda::Title::Gubernur, "gubernur"})

using PaperKey = std::pair<PaperFormat::Size, const char *>;
TEPAT_ENUM_KEYS(PaperFormat::Size,
                PaperKey {PaperFormat::Size::A4, "a4"},
                PaperKey {PaperFormat::Size::F4, "f4"})

using CapKey = std::pair<MeasureSettings::Cap, const char *>;
TEPAT_ENUM_KEYS(MeasureSettings::Cap,
                CapKey {MeasureSettings::Cap::None, "none"},
                CapKey {MeasureSettings::Cap::Percent100, "100"},
                CapKey {MeasureSettings::Cap::Percent120, "120"})

using NegativeFormulaKey = std::pair<MeasureSettings::NegativeFormula, const char *>;
TEPAT_ENUM_KEYS(MeasureSettings::NegativeFormula,
                NegativeFormulaKey {MeasureSettings::NegativeFormula::Regulation, "regulation"},
                NegativeFormulaKey {MeasureSettings::NegativeFormula::TargetOverRealisasi,
                                    "target-over-realisasi"})

#undef TEPAT_ENUM_KEYS

// The key of a value; empty for a value without one (the NotGiven of the Manual IKU enums).
template<typename E>
QLatin1String enumKey(E value)
{
    for (const auto &[entry, key] : EnumKeys<E>::entries) {
        if (entry == value)
            return QLatin1String(key);
    }
    return {};
}

template<typename E>
std::optional<E> enumFromKey(QStringView key)
{
    for (const auto &[entry, name] : EnumKeys<E>::entries) {
        if (key == QLatin1String(name))
            return entry;
    }
    return std::nullopt;
}

// A list of the accepted keys for an error message: "maximize, minimize, stabilize".
template<typename E>
QString enumKeyList()
{
    QStringList keys;
    for (const auto &entry : EnumKeys<E>::entries)
        keys.append(QLatin1String(entry.second));
    return keys.join(QLatin1String(", "));
}

} // namespace Tepat
