#include "store/RealisasiJson.h"

#include "values/IndonesianNumber.h"

namespace Tepat {

namespace {

QString quarterKey(int quarter)
{
    return QStringLiteral("tw%1").arg(quarter);
}

// The quarter of "tw1" … "tw4", or 0.
int quarterOf(const QString &key)
{
    for (int quarter = 1; quarter <= Realisasi::quarterCount; ++quarter) {
        if (key == quarterKey(quarter))
            return quarter;
    }
    return 0;
}

// Beside the triwulan: the analisis of the year, one per indicator.
const QLatin1String analisisKey("analisis");

void putText(QJsonObject &object, const char *key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(QLatin1String(key), value);
}

} // namespace

QJsonObject RealisasiJson::write(const Realisasi &realisasi)
{
    QJsonObject object;
    for (int quarter = 1; quarter <= Realisasi::quarterCount && !realisasi.isEmpty(); ++quarter) {
        const RealisasiTriwulan &entry = realisasi.triwulan(quarter);
        if (entry.isEmpty())
            continue;
        QJsonObject triwulan;
        putText(triwulan, "target", entry.target.toString());
        putText(triwulan, "realisasi", entry.realisasi.toString());
        putText(triwulan, "kendala", entry.kendala);
        putText(triwulan, "tindakLanjut", entry.tindakLanjut);
        putText(triwulan, "bukti", entry.bukti);
        object.insert(quarterKey(quarter), triwulan);
    }
    if (const RealisasiAnalisis &analisis = realisasi.analisis(); !analisis.isEmpty()) {
        QJsonObject written;
        putText(written, "faktorPendukung", analisis.faktorPendukung);
        putText(written, "faktorPenghambat", analisis.faktorPenghambat);
        putText(written, "upayaPeningkatan", analisis.upayaPeningkatan);
        object.insert(analisisKey, written);
    }
    return object;
}

QJsonObject RealisasiJson::write(const Amounts &amounts)
{
    QJsonObject object;
    for (int quarter = 1; quarter <= int(amounts.size()); ++quarter) {
        if (const std::optional<Decimal> &amount = amounts[quarter - 1])
            object.insert(quarterKey(quarter), IndonesianNumber::format(*amount));
    }
    return object;
}

QJsonObject RealisasiJson::write(const MeasureSettings &settings)
{
    QJsonObject object {
        {QStringLiteral("reportingYear"), settings.reportingYear},
        {QStringLiteral("closedQuarter"), settings.closedQuarter},
        {QStringLiteral("cap"), QString(enumKey(settings.cap))},
        {QStringLiteral("negativeFormula"), QString(enumKey(settings.negativeFormula))},
        {QStringLiteral("kategori"), settings.kategori.toJson()}};
    if (settings.kendalaBelow)
        object.insert(QStringLiteral("kendalaBelow"),
                      IndonesianNumber::format(*settings.kendalaBelow));
    return object;
}

Result<Realisasi> RealisasiJson::readRealisasi(const JsonFields &fields,
                                               const QJsonObject &indicator,
                                               const QString &path)
{
    const Result<QJsonObject> quarters = fields.object(indicator, "realisasi", path);
    if (!quarters)
        return fail(quarters.error());
    const QString here = JsonFields::member(path, "realisasi");
    Realisasi realisasi;
    for (auto entry = quarters->begin(); entry != quarters->end(); ++entry) {
        if (entry.key() == analisisKey) {
            Result<RealisasiAnalisis> analisis = readAnalisis(fields, *quarters, here);
            if (!analisis)
                return fail(analisis.error());
            realisasi.setAnalisis(*analisis);
            continue;
        }
        const int quarter = quarterOf(entry.key());
        if (quarter == 0) {
            return fail(fields.error(here,
                                     tr("\"%1\" is not a triwulan; use tw1, tw2, tw3 or tw4, or "
                                        "analisis.")
                                         .arg(entry.key())));
        }
        const QString place = here + QLatin1Char('.') + entry.key();
        if (!entry.value().isObject())
            return fail(fields.error(place, tr("must be an object ({ … }).")));
        const QJsonObject source = entry.value().toObject();
        RealisasiTriwulan triwulan;
        QString target;
        QString value;
        for (const auto &[key, field] : {std::pair {"target", &target},
                                         std::pair {"realisasi", &value},
                                         std::pair {"kendala", &triwulan.kendala},
                                         std::pair {"tindakLanjut", &triwulan.tindakLanjut},
                                         std::pair {"bukti", &triwulan.bukti}}) {
            Result<QString> text = fields.text(source, key, place);
            if (!text)
                return fail(text.error());
            *field = *text;
        }
        triwulan.target = TargetValue::parse(target);
        triwulan.realisasi = TargetValue::parse(value);
        realisasi.setTriwulan(quarter, triwulan);
    }
    return realisasi;
}

Result<RealisasiAnalisis> RealisasiJson::readAnalisis(const JsonFields &fields,
                                                      const QJsonObject &realisasi,
                                                      const QString &path)
{
    const Result<QJsonObject> source = fields.object(realisasi, "analisis", path);
    if (!source)
        return fail(source.error());
    const QString here = JsonFields::member(path, "analisis");
    RealisasiAnalisis analisis;
    for (const auto &[key, field] : {std::pair {"faktorPendukung", &analisis.faktorPendukung},
                                     std::pair {"faktorPenghambat", &analisis.faktorPenghambat},
                                     std::pair {"upayaPeningkatan", &analisis.upayaPeningkatan}}) {
        Result<QString> text = fields.text(*source, key, here);
        if (!text)
            return fail(text.error());
        *field = *text;
    }
    return analisis;
}

Result<RealisasiJson::Amounts> RealisasiJson::readAmounts(const JsonFields &fields,
                                                          const QJsonObject &program,
                                                          const QString &path)
{
    const Result<QJsonObject> quarters = fields.object(program, "realisasiAnggaran", path);
    if (!quarters)
        return fail(quarters.error());
    const QString here = JsonFields::member(path, "realisasiAnggaran");
    Amounts amounts {};
    for (auto entry = quarters->begin(); entry != quarters->end(); ++entry) {
        const int quarter = quarterOf(entry.key());
        if (quarter == 0) {
            return fail(fields.error(
                here, tr("\"%1\" is not a triwulan; use tw1, tw2, tw3 or tw4.").arg(entry.key())));
        }
        Result<Decimal> amount
            = fields.amount(entry.value(), here + QLatin1Char('.') + entry.key());
        if (!amount)
            return fail(amount.error());
        amounts[quarter - 1] = *amount;
    }
    return amounts;
}

Result<MeasureSettings> RealisasiJson::readSettings(const JsonFields &fields,
                                                    const QJsonObject &root)
{
    MeasureSettings settings;
    if (!root.contains(QLatin1String("pengukuran")))
        return settings;
    const Result<QJsonObject> source = fields.object(root, "pengukuran", {});
    if (!source)
        return fail(source.error());
    const QString path = QStringLiteral("pengukuran");
    const Result<int> year = fields.wholeNumber(*source, "reportingYear", path);
    const Result<int> quarter = fields.wholeNumber(*source, "closedQuarter", path);
    const auto cap
        = fields.key<MeasureSettings::Cap>(*source, "cap", path, MeasureSettings::Cap::None);
    const auto formula = fields.key<MeasureSettings::NegativeFormula>(
        *source, "negativeFormula", path, MeasureSettings::NegativeFormula::Regulation);
    const Result<QJsonObject> kategori = fields.object(*source, "kategori", path);
    for (const Error *problem : {year ? nullptr : &year.error(),
                                 quarter ? nullptr : &quarter.error(),
                                 cap ? nullptr : &cap.error(),
                                 formula ? nullptr : &formula.error(),
                                 kategori ? nullptr : &kategori.error()}) {
        if (problem)
            return fail(*problem);
    }
    if (*quarter < 0 || *quarter > Realisasi::quarterCount)
        return fail(fields.error(JsonFields::member(path, "closedQuarter"),
                                 tr("must be a triwulan from 0 (none closed) to 4.")));
    settings.reportingYear = *year;
    settings.closedQuarter = *quarter;
    settings.cap = *cap;
    settings.negativeFormula = *formula;
    if (source->contains(QLatin1String("kendalaBelow"))) {
        Result<Decimal> below = fields.amount(source->value(QLatin1String("kendalaBelow")),
                                              JsonFields::member(path, "kendalaBelow"));
        if (!below)
            return fail(below.error());
        settings.kendalaBelow = *below;
    }
    if (!kategori->isEmpty()) {
        Result<KategoriScale> scale = KategoriScale::fromJson(*kategori);
        if (!scale)
            return fail(fields.error(JsonFields::member(path, "kategori"), scale.error().message));
        settings.kategori = *scale;
    }
    return settings;
}

} // namespace Tepat
