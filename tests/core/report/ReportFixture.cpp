#include "core/report/ReportFixture.h"

#include "support/SmallCascade.h"

#include <catch2/catch.hpp>

namespace Tepat::ReportFixture {

namespace {

Indicator pkIndicator(qint64 id, qint64 owner, const QString &text, const QString &satuan)
{
    Indicator indicator = SmallCascade::indicator(id, owner);
    indicator.text = text;
    indicator.satuan = satuan;
    return indicator;
}

void report(Indicator &indicator, int quarter, const QString &realisasi)
{
    RealisasiTriwulan triwulan = indicator.realisasi.triwulan(quarter);
    triwulan.realisasi = TargetValue::parse(realisasi);
    indicator.realisasi.setTriwulan(quarter, triwulan);
}

PlanItem named(PlanItem item, const QString &name)
{
    item.name = name;
    return item;
}

} // namespace

Cascade measuredOpd()
{
    using Kind = PlanItem::Kind;
    Cascade cascade;
    REQUIRE(cascade.setPeriode(Periode {2025, 2029, QStringLiteral("Visi"), {}}));
    Pemda pemda;
    pemda.name = QStringLiteral("Kabupaten Contoh");
    cascade.setPemda(pemda);
    Opd opd;
    opd.id = 2;
    opd.code = QStringLiteral("1.02.0.00.0.00.01.0000");
    opd.name = QStringLiteral("Dinas Kesehatan");
    opd.shortName = QStringLiteral("Dinkes");
    REQUIRE(cascade.insertOpd(opd));
    REQUIRE(cascade.insertItem(SmallCascade::item(20, Kind::RenstraTujuan, 2)));
    REQUIRE(cascade.insertItem(SmallCascade::item(21, Kind::RenstraSasaran, 20)));
    REQUIRE(cascade.insertItem(SmallCascade::item(22, Kind::Program, 21)));
    Indicator renstra = SmallCascade::indicator(30, 21);
    renstra.targets.insert(2029, TargetValue::parse(u"90"));
    REQUIRE(cascade.insertIndicator(renstra));

    PkDocument pk;
    pk.id = 40;
    pk.opdId = 2;
    pk.year = 2026;
    pk.level = PkDocument::Level::KepalaOpd;
    pk.pihakPertama.jabatan = QStringLiteral("Kepala Dinas Kesehatan");
    PkProgram upaya;
    upaya.id = 46;
    upaya.code = QStringLiteral("1.02.02");
    upaya.name = QStringLiteral("PROGRAM PEMENUHAN UPAYA KESEHATAN");
    upaya.anggaran = Decimal::fromInt(1'000'000'000);
    upaya.planItemId = 22;
    upaya.realisasiAnggaran = {Decimal::fromInt(200'000'000), Decimal::fromInt(250'000'000)};
    PkProgram penunjang;
    penunjang.id = 47;
    penunjang.name = QStringLiteral("PROGRAM PENUNJANG");
    penunjang.anggaran = Decimal::fromInt(500'000'000);
    pk.programs = {upaya, penunjang};
    REQUIRE(cascade.insertPk(pk));
    REQUIRE(
        cascade.insertItem(named(SmallCascade::item(41, Kind::PkSasaran, 40),
                                 QStringLiteral("Meningkatnya status gizi dan kesehatan ibu"))));
    Indicator gizi
        = pkIndicator(42, 41, QStringLiteral("Persentase balita gizi baik"), QStringLiteral("%"));
    gizi.targets.insert(2026, TargetValue::parse(u"80"));
    gizi.polaritas = Indicator::Polaritas::Maximize;
    gizi.tipePerhitungan = Indicator::TipePerhitungan::NonKumulatif;
    gizi.servesId = 30;
    gizi.penanggungJawab = QStringLiteral("Kabid Kesmas");
    report(gizi, 1, QStringLiteral("70"));
    report(gizi, 2, QStringLiteral("76"));
    RealisasiTriwulan second = gizi.realisasi.triwulan(2);
    second.kendala = QStringLiteral("Data posyandu terlambat");
    second.tindakLanjut = QStringLiteral("Verifikasi lapangan");
    gizi.realisasi.setTriwulan(2, second);
    gizi.realisasi.setAnalisis({QStringLiteral("Kader posyandu aktif menimbang"),
                                QStringLiteral("Data posyandu terlambat"),
                                QStringLiteral("Pendampingan gizi keluarga")});
    REQUIRE(cascade.insertIndicator(gizi));
    Indicator aki = pkIndicator(
        43, 41, QStringLiteral("Angka kematian ibu"), QStringLiteral("per 100.000 KH"));
    aki.targets.insert(2026, TargetValue::parse(u"100"));
    aki.polaritas = Indicator::Polaritas::Minimize;
    report(aki, 1, QStringLiteral("120"));
    REQUIRE(cascade.insertIndicator(aki));
    REQUIRE(cascade.insertItem(named(SmallCascade::item(44, Kind::PkSasaran, 40),
                                     QStringLiteral("Meningkatnya cakupan imunisasi"))));
    Indicator bayi
        = pkIndicator(45, 44, QStringLiteral("Jumlah bayi diimunisasi"), QStringLiteral("bayi"));
    bayi.targets.insert(2026, TargetValue::parse(u"1.000"));
    bayi.polaritas = Indicator::Polaritas::Maximize;
    for (int tw = 1; tw <= 4; ++tw) {
        RealisasiTriwulan triwulan;
        triwulan.target = TargetValue::parse(u"250");
        bayi.realisasi.setTriwulan(tw, triwulan);
    }
    report(bayi, 1, QStringLiteral("200"));
    report(bayi, 2, QStringLiteral("260"));
    REQUIRE(cascade.insertIndicator(bayi));

    PkDocument before = pk;
    before.id = 140;
    before.year = 2025;
    before.programs.clear();
    REQUIRE(cascade.insertPk(before));
    REQUIRE(cascade.insertItem(named(SmallCascade::item(141, Kind::PkSasaran, 140),
                                     QStringLiteral("Meningkatnya status gizi"))));
    Indicator giziBefore = pkIndicator(
        142, 141, QStringLiteral("Persentase balita dengan gizi baik"), QStringLiteral("%"));
    giziBefore.targets.insert(2025, TargetValue::parse(u"75"));
    giziBefore.servesId = 30;
    report(giziBefore, 4, QStringLiteral("72"));
    REQUIRE(cascade.insertIndicator(giziBefore));
    Indicator akiBefore = pkIndicator(
        143, 141, QStringLiteral("Angka Kematian Ibu"), QStringLiteral("per 100.000 KH"));
    akiBefore.targets.insert(2025, TargetValue::parse(u"110"));
    akiBefore.polaritas = Indicator::Polaritas::Minimize;
    report(akiBefore, 4, QStringLiteral("130"));
    REQUIRE(cascade.insertIndicator(akiBefore));
    REQUIRE(cascade.checkLinks());
    return cascade;
}

} // namespace Tepat::ReportFixture
