#include "SyntheticCascade.h"

#include <QRandomGenerator>

namespace Tepat {

namespace {

class Generator
{
public:
    Generator(int budget, quint32 seed)
        : m_budget(budget)
        , m_random(seed)
    {}

    Cascade build();

private:
    qint64 addItem(PlanItem::Kind kind, qint64 parentId, const QString &code, const QString &name);
    qint64 addIndicator(qint64 ownerId, qint64 servesId = 0, int pkYear = 0);
    TargetValue targetFor(int series, int step);
    Realisasi realisasiFor(int series, const TargetValue &target);
    Official official(const QString &jabatan, int index);
    void addOpd(int index, int budget);

    int m_budget;
    QRandomGenerator m_random;
    Cascade m_cascade;
    QList<qint64> m_rpjmdSasaran;
    int m_indicatorSerial = 0;
};

const QStringList measures {QStringLiteral("Persentase"),
                            QStringLiteral("Jumlah"),
                            QStringLiteral("Rasio"),
                            QStringLiteral("Indeks"),
                            QStringLiteral("Cakupan"),
                            QStringLiteral("Rata-rata waktu")};
const QStringList objects {QStringLiteral("layanan yang memenuhi standar"),
                           QStringLiteral("penduduk yang terlayani"),
                           QStringLiteral("desa dengan akses air minum layak"),
                           QStringLiteral("izin yang terbit tepat waktu"),
                           QStringLiteral("fasilitas kesehatan terakreditasi")};
const QStringList satuan {QStringLiteral("%"),
                          QStringLiteral("orang"),
                          QStringLiteral("rasio"),
                          QStringLiteral("indeks"),
                          QStringLiteral("%"),
                          QStringLiteral("hari")};

Cascade Generator::build()
{
    m_cascade.setPemda(Pemda {QStringLiteral("Kabupaten Sintetis"),
                              QStringLiteral("Drs. H. Bupati Sintetis, M.Si"),
                              Pemda::Title::Bupati,
                              QStringLiteral("Kota Sintetis")});
    Periode periode {2025, 2029, QStringLiteral("Visi sintetis yang maju dan sejahtera"), {}};
    for (int i = 1; i <= 5; ++i)
        periode.misi.append(Misi {m_cascade.allocateId(), QStringLiteral("Misi ke-%1").arg(i)});
    (void)m_cascade.setPeriode(periode);

    for (int t = 0; t < 5; ++t) {
        const qint64 tujuan = addItem(PlanItem::Kind::RpjmdTujuan,
                                      0,
                                      QStringLiteral("T%1").arg(t + 1),
                                      QStringLiteral("Tujuan RPJMD %1").arg(t + 1));
        addIndicator(tujuan);
        for (int s = 0; s < 2; ++s) {
            const qint64 sasaran
                = addItem(PlanItem::Kind::RpjmdSasaran,
                          tujuan,
                          QStringLiteral("S%1.%2").arg(t + 1).arg(s + 1),
                          QStringLiteral("Sasaran RPJMD %1.%2").arg(t + 1).arg(s + 1));
            addIndicator(sasaran);
            addIndicator(sasaran);
            m_rpjmdSasaran.append(sasaran);
        }
    }
    // Workspace-wide checker settings, so that round trips cover them too.
    CheckSettings settings;
    settings.disabledRules.insert(QStringLiteral("duplicate-indicator"));
    settings.severities.insert(QStringLiteral("target-wrong-direction"), Severity::Info);
    settings.acknowledgements.append(
        Acknowledgement {QStringLiteral("pk-target-differs"),
                         m_rpjmdSasaran.first(),
                         QStringLiteral("target"),
                         QStringLiteral("Disepakati dalam rapat koordinasi"),
                         QStringLiteral("Bappeda"),
                         QDateTime(QDate(2026, 1, 20), QTime(9, 30), Qt::UTC)});
    m_cascade.setCheckSettings(settings);
    MeasureSettings measure;
    measure.reportingYear = 2026;
    measure.closedQuarter = 3;
    measure.cap = MeasureSettings::Cap::Percent120;
    measure.kendalaBelow = Decimal::fromInt(60);
    measure.kategori = KategoriScale::builtIn().value(1);
    m_cascade.setMeasureSettings(measure);
    (void)m_cascade.insertComment(
        ReviewComment {m_cascade.allocateId(),
                       m_rpjmdSasaran.first(),
                       QStringLiteral("Fasilitator Bappeda"),
                       QDateTime(QDate(2026, 2, 24), QTime(10, 15), Qt::UTC),
                       QStringLiteral("Indikator <b>sasaran</b> ini perlu data dasar 2024."),
                       false});
    (void)m_cascade.insertComment(
        ReviewComment {m_cascade.allocateId(),
                       m_rpjmdSasaran.last(),
                       QStringLiteral("Inspektorat"),
                       QDateTime(QDate(2026, 2, 24), QTime(11, 0), Qt::UTC),
                       QStringLiteral("Sudah diperbaiki."),
                       true});

    const int remaining = std::max(0, m_budget - m_cascade.indicatorCount());
    const int opdCount = std::clamp(remaining / 150, 1, 60);
    for (int i = 0; i < opdCount; ++i)
        addOpd(i, remaining / opdCount);
    return std::move(m_cascade);
}

qint64
Generator::addItem(PlanItem::Kind kind, qint64 parentId, const QString &code, const QString &name)
{
    PlanItem item;
    item.id = m_cascade.allocateId();
    item.kind = kind;
    item.parentId = parentId;
    item.code = code;
    item.name = name;
    if (kind == PlanItem::Kind::RpjmdTujuan)
        item.misiId = m_cascade.periode().misi.value(m_cascade.childItems(0).size() % 5).id;
    if (kind == PlanItem::Kind::RenstraSasaran)
        item.supportsId = m_rpjmdSasaran.value(int(m_random.bounded(m_rpjmdSasaran.size())));
    if (item.hasPagu()) {
        for (int year : m_cascade.periode().years())
            item.pagu.insert(year,
                             Decimal::fromInt(qint64(m_random.bounded(1000, 90000)) * 100000));
    }
    (void)m_cascade.insertItem(item);
    return item.id;
}

TargetValue Generator::targetFor(int series, int step)
{
    // Mostly rising numbers with decimals, and now and then each other kind of target.
    switch (series % 12) {
    case 7:
        return TargetValue::parse(QStringList {QStringLiteral("BB"),
                                               QStringLiteral("A"),
                                               QStringLiteral("A"),
                                               QStringLiteral("AA"),
                                               QStringLiteral("AA")}
                                      .value(step));
    case 9:
        return TargetValue::parse(QStringLiteral("%1 - %2").arg(60 + step).arg(70 + step));
    case 10:
        return TargetValue::parse(QStringLiteral("≤ %1 hari").arg(10 - step));
    case 11:
        return TargetValue::parse(step == 0 ? QStringLiteral("Meningkat")
                                            : QStringLiteral("%1").arg(50 + step));
    default:
        return TargetValue::parse(
            QStringLiteral("%1,%2").arg(50 + step * 3 + series % 7).arg(step * 2 + 1));
    }
}

// Four triwulan of results for a PK indicator, of the target's kind: grades for a grade, numbers
// around the target otherwise, now and then a quarter not reported, a reported 0, quarterly
// targets, kendala and tindak lanjut; bukti almost always.
Realisasi Generator::realisasiFor(int series, const TargetValue &target)
{
    static const QStringList grades {
        QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("BB"), QStringLiteral("AA")};
    Realisasi realisasi;
    for (int quarter = 1; quarter <= Realisasi::quarterCount; ++quarter) {
        if (series % 5 == 0 && quarter == 4)
            continue;
        RealisasiTriwulan triwulan;
        if (target.kind() == TargetValue::Kind::Grade) {
            triwulan.realisasi = TargetValue::parse(grades[quarter - 1]);
        } else if (series % 13 == 4 && quarter == 2) {
            triwulan.realisasi = TargetValue::parse(u"0");
        } else {
            const qint64 base = target.kind() == TargetValue::Kind::Empty
                    || target.kind() == TargetValue::Kind::Text
                ? 50
                : std::max<qint64>(1, qint64(target.number().toDouble()));
            triwulan.realisasi = TargetValue::fromNumber(
                Decimal::fromInt(base * (85 + qint64(m_random.bounded(30))) + quarter)
                    .divided(Decimal::fromInt(100), 2)
                    .value_or(Decimal()));
        }
        if (series % 6 == 1)
            triwulan.target = TargetValue::parse(QStringLiteral("%1").arg(10 + quarter));
        if (series % 4 == 2) {
            triwulan.kendala = QStringLiteral("Data dari %1 desa terlambat masuk").arg(quarter + 2);
            triwulan.tindakLanjut = QStringLiteral("Verifikasi lapangan bersama camat");
        }
        if (series % 17 != 3)
            triwulan.bukti
                = QStringLiteral("laporan/tw%1/indikator-%2.pdf").arg(quarter).arg(series);
        realisasi.setTriwulan(quarter, triwulan);
    }
    return realisasi;
}

qint64 Generator::addIndicator(qint64 ownerId, qint64 servesId, int pkYear)
{
    const int serial = m_indicatorSerial++;
    Indicator indicator;
    indicator.id = m_cascade.allocateId();
    indicator.ownerId = ownerId;
    indicator.text = QStringLiteral("%1 %2 (%3)")
                         .arg(measures[serial % measures.size()], objects[serial % objects.size()])
                         .arg(serial);
    indicator.satuan = satuan[serial % satuan.size()];
    indicator.baseline = targetFor(serial, 0);
    if (pkYear != 0) {
        indicator.targets.insert(pkYear, targetFor(serial, 1));
        indicator.realisasi = realisasiFor(serial, indicator.target(pkYear));
    } else {
        const QList<int> years = m_cascade.periode().years();
        for (int i = 0; i < years.size(); ++i)
            indicator.targets.insert(years[i], targetFor(serial, i));
    }
    indicator.definisi = QStringLiteral("Definisi operasional indikator %1").arg(serial);
    indicator.alasan = QStringLiteral("Mengukur hasil sasaran");
    indicator.rumus = QStringLiteral("A / B × 100 %; A = capaian, B = sasaran");
    indicator.tipePerhitungan = Indicator::TipePerhitungan(serial % 4);
    indicator.sumberData = QStringLiteral("Laporan bidang %1").arg(serial % 9);
    indicator.polaritas = Indicator::Polaritas(serial % 4);
    indicator.jenis = Indicator::Jenis(serial % 5);
    indicator.periodePelaporan = Indicator::PeriodePelaporan(serial % 5);
    indicator.penanggungJawab = QStringLiteral("Kepala Bidang %1").arg(serial % 5 + 1);
    indicator.iku = serial % 3 == 0;
    indicator.servesId = servesId;
    (void)m_cascade.insertIndicator(indicator);
    return indicator.id;
}

Official Generator::official(const QString &jabatan, int index)
{
    return Official {QStringLiteral("Pejabat Sintetis %1").arg(index),
                     QStringLiteral("19%1%2%3 20%4%5 %6 %7")
                         .arg(70 + index % 20)
                         .arg(index % 12 + 1, 2, 10, QLatin1Char('0'))
                         .arg(index % 28 + 1, 2, 10, QLatin1Char('0'))
                         .arg(index % 10, 2, 10, QLatin1Char('0'))
                         .arg(index % 12 + 1, 2, 10, QLatin1Char('0'))
                         .arg(index % 2 + 1)
                         .arg(index % 999 + 1, 3, 10, QLatin1Char('0')),
                     QStringLiteral("Pembina (IV/a)"),
                     jabatan};
}

void Generator::addOpd(int index, int budget)
{
    Opd opd;
    opd.id = m_cascade.allocateId();
    opd.code = QStringLiteral("1.%1.0.00.0.00.01.0000").arg(index + 1, 2, 10, QLatin1Char('0'));
    opd.name = QStringLiteral("Dinas Sintetis %1").arg(index + 1);
    opd.shortName = QStringLiteral("DS%1").arg(index + 1);
    opd.head = official(QStringLiteral("Kepala Dinas Sintetis %1").arg(index + 1), index * 3);
    (void)m_cascade.insertOpd(opd);

    PkDocument head;
    head.opdId = opd.id;
    head.year = 2026;
    head.place = m_cascade.pemda().ibuKota;
    head.signDate = QDate(2026, 1, 2);
    PkDocument kepala = head;
    kepala.id = m_cascade.allocateId();
    kepala.level = PkDocument::Level::KepalaOpd;
    kepala.number = QStringLiteral("%1/PK/2026").arg(index + 1);
    kepala.pihakPertama = opd.head;
    kepala.pihakKedua
        = Official {m_cascade.pemda().kepalaDaerahName, {}, {}, QStringLiteral("Bupati Sintetis")};
    PkDocument eselon3 = head;
    eselon3.id = m_cascade.allocateId();
    eselon3.level = PkDocument::Level::EselonIII;
    eselon3.kind = PkDocument::Kind::Perubahan;
    eselon3.changeDate = QDate(2026, 7, 1);
    eselon3.dasar = QStringLiteral("APBD Perubahan");
    eselon3.parentPkId = kepala.id;
    eselon3.pihakPertama
        = official(QStringLiteral("Kepala Bidang Sintetis %1").arg(index + 1), index * 3 + 1);
    eselon3.pihakKedua = opd.head;
    PkDocument eselon4 = head;
    eselon4.id = m_cascade.allocateId();
    eselon4.level = PkDocument::Level::EselonIV;
    eselon4.parentPkId = eselon3.id;
    eselon4.pihakPertama
        = official(QStringLiteral("Kepala Seksi Sintetis %1").arg(index + 1), index * 3 + 2);
    eselon4.pihakKedua = eselon3.pihakPertama;

    const int start = m_cascade.indicatorCount();
    const qint64 tujuan = addItem(PlanItem::Kind::RenstraTujuan,
                                  opd.id,
                                  {},
                                  QStringLiteral("Tujuan Renstra DS%1").arg(index + 1));
    addIndicator(tujuan);
    QList<qint64> sasaran;
    QList<qint64> sasaranIndicators;
    for (int s = 0; s < 2; ++s) {
        sasaran.append(
            addItem(PlanItem::Kind::RenstraSasaran,
                    tujuan,
                    {},
                    QStringLiteral("Sasaran Renstra DS%1.%2").arg(index + 1).arg(s + 1)));
        sasaranIndicators.append(addIndicator(sasaran.last()));
    }
    // Programs, kegiatan and sub kegiatan until this OPD's share of indicators is used, leaving
    // room for the PK indicators that serve them.
    QList<qint64> programIndicators;
    QList<qint64> kegiatanIndicators;
    QList<PkProgram> kepalaPrograms;
    QList<PkProgram> eselon3Programs;
    for (int p = 0; m_cascade.indicatorCount() - start < budget * 2 / 3 || p == 0; ++p) {
        const QString programCode = QStringLiteral("1.%1.%2")
                                        .arg(index + 1, 2, 10, QLatin1Char('0'))
                                        .arg(p + 1, 2, 10, QLatin1Char('0'));
        const qint64 program = addItem(PlanItem::Kind::Program,
                                       sasaran[p % 2],
                                       programCode,
                                       QStringLiteral("Program sintetis %1").arg(programCode));
        programIndicators.append(addIndicator(program));
        kepalaPrograms.append(PkProgram {m_cascade.allocateId(),
                                         programCode,
                                         m_cascade.item(program)->name,
                                         m_cascade.item(program)->pagu.value(2026),
                                         program});
        for (int k = 0; k < 2; ++k) {
            const QString kegiatanCode
                = QStringLiteral("%1.2.%2").arg(programCode).arg(k + 1, 2, 10, QLatin1Char('0'));
            const qint64 kegiatan
                = addItem(PlanItem::Kind::Kegiatan,
                          program,
                          kegiatanCode,
                          QStringLiteral("Kegiatan sintetis %1").arg(kegiatanCode));
            kegiatanIndicators.append(addIndicator(kegiatan));
            eselon3Programs.append(PkProgram {m_cascade.allocateId(),
                                              kegiatanCode,
                                              m_cascade.item(kegiatan)->name,
                                              m_cascade.item(kegiatan)->pagu.value(2026),
                                              kegiatan});
            for (int sub = 0; sub < 2; ++sub) {
                const QString subCode = QStringLiteral("%1.%2")
                                            .arg(kegiatanCode)
                                            .arg(sub + 1, 4, 10, QLatin1Char('0'));
                addIndicator(addItem(PlanItem::Kind::SubKegiatan,
                                     kegiatan,
                                     subCode,
                                     QStringLiteral("Sub kegiatan sintetis %1").arg(subCode)));
            }
        }
    }
    kepala.programs = kepalaPrograms;
    eselon3.programs = eselon3Programs;
    eselon3.declaredTotal = eselon3.anggaranTotal();
    eselon4.programs = {PkProgram {m_cascade.allocateId(),
                                   {},
                                   QStringLiteral("Sub kegiatan tanpa kode"),
                                   Decimal::fromInt(125000000),
                                   0}};
    for (PkDocument *pk : {&kepala, &eselon3, &eselon4}) {
        // Spending per triwulan, a quarter of the anggaran or a little less; TW IV still open.
        for (PkProgram &program : pk->programs) {
            for (int quarter = 0; quarter < 3; ++quarter) {
                program.realisasiAnggaran[quarter]
                    = program.anggaran
                          .multiplied(Decimal::fromInt(20 + qint64(m_random.bounded(6))))
                          .divided(Decimal::fromInt(100), 0);
            }
        }
        (void)m_cascade.insertPk(*pk);
    }

    const std::array<std::pair<qint64, QList<qint64>>, 3> pks {
        std::pair {kepala.id, sasaranIndicators},
        std::pair {eselon3.id, programIndicators},
        std::pair {eselon4.id, kegiatanIndicators}};
    for (const auto &[pkId, served] : pks) {
        const qint64 pkSasaran = addItem(
            PlanItem::Kind::PkSasaran, pkId, {}, QStringLiteral("Sasaran PK %1").arg(pkId));
        for (qint64 serves : served)
            addIndicator(pkSasaran, serves, 2026);
    }
}

} // namespace

Cascade SyntheticCascade::generate(int indicators, quint32 seed)
{
    return Generator(indicators, seed).build();
}

} // namespace Tepat
