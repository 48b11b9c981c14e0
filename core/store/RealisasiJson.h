#pragma once

#include "base/Result.h"
#include "model/MeasureSettings.h"
#include "model/Realisasi.h"
#include "store/JsonFields.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <array>
#include <optional>

namespace Tepat {

// The results part of the workspace JSON (docs/json-format.md, "Realisasi"): an indicator's
// triwulan, a program row's realisasi anggaran and the workspace's measurement settings. Apart
// from CascadeJsonReader and CascadeJsonWriter because it is the one part that changes during the
// year while the PK itself stays fixed. Triwulan are keyed "tw1" … "tw4", the year's analisis
// "analisis"; empty ones are omitted.
class RealisasiJson
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::RealisasiJson)

public:
    using Amounts = std::array<std::optional<Decimal>, 4>;

    static QJsonObject write(const Realisasi &realisasi);
    static QJsonObject write(const Amounts &amounts);
    static QJsonObject write(const MeasureSettings &settings);

    // path names the object that holds the key, as JsonFields does.
    static Result<Realisasi>
    readRealisasi(const JsonFields &fields, const QJsonObject &indicator, const QString &path);
    static Result<Amounts>
    readAmounts(const JsonFields &fields, const QJsonObject &program, const QString &path);
    static Result<MeasureSettings> readSettings(const JsonFields &fields, const QJsonObject &root);

private:
    static Result<RealisasiAnalisis>
    readAnalisis(const JsonFields &fields, const QJsonObject &realisasi, const QString &path);
};

} // namespace Tepat
