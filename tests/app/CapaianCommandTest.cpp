#include "model/Cascade.h"
#include "sheet/SheetFile.h"
#include "store/WorkspaceFile.h"
#include "support/CliRun.h"
#include "support/QtStringMakers.h"
#include "support/SampleWorkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

CliRun capaian(const QStringList &arguments)
{
    return CliRun(QStringList {QStringLiteral("capaian")} + arguments);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

QSet<QString> keySet(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

// The output is one JSON object in the contract's shape, every row with the contract's keys
// (`row` for a sheet, `object` for a workspace); returns it.
QJsonObject parseReport(const CliRun &run, const QString &place)
{
    INFO(run.out.toStdString() + run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonObject root = document.object();
    CHECK(keySet(root)
          == QSet<QString> {QStringLiteral("file"),
                            QStringLiteral("quarter"),
                            QStringLiteral("rows"),
                            QStringLiteral("summary")});
    CHECK(keySet(root.value(u"summary").toObject())
          == QSet<QString> {QStringLiteral("rata_rata_capaian"), QStringLiteral("per_kategori")});
    const QSet<QString> rowKeys {place,
                                 QStringLiteral("indikator"),
                                 QStringLiteral("target"),
                                 QStringLiteral("realisasi"),
                                 QStringLiteral("capaian"),
                                 QStringLiteral("kategori"),
                                 QStringLiteral("formula"),
                                 QStringLiteral("note")};
    for (const QJsonValue &row : root.value(u"rows").toArray()) {
        CHECK(keySet(row.toObject()) == rowKeys);
        CHECK(row[place].isDouble());
        CHECK(row[u"indikator"].isString());
        CHECK((row[u"capaian"].isDouble() || row[u"capaian"].isNull()));
        CHECK((row[u"kategori"].isString() || row[u"kategori"].isNull()));
        CHECK(row[u"capaian"].isNull() == row[u"kategori"].isNull());
    }
    return root;
}

const QByteArray sheet
    = "indikator;satuan;polaritas;metode;target;target_tw1;target_tw2;realisasi_tw1;"
      "realisasi_tw2;realisasi_tw3;realisasi\n"
      "Angka kematian bayi;per 1.000;negatif;nilai_akhir;12;;;12;;;\n"
      "Angka kesakitan DBD;per 100.000;negatif;;12;;;0;;;\n"
      "Indeks kepuasan;nilai;;rata_rata;80;;;78;;82;\n"
      "Jumlah wisatawan;orang;positif;;2.000;250;250;300;200;;\n"
      "Persentase desa ODF;%;positif;;2,8;;;;;;2,8\n"
      "Opini BPK;predikat;;;WTP;;;WDP;;;\n"
      "Persentase balita ditimbang;%;positif;;0;;;5;;;\n"
      "Persentase belum diisi;%;positif;;80;;;;;;\n";

} // namespace

TEST_CASE("capaian of a sheet follows the contract row by row", "[cli][capaian]")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("realisasi.csv"), sheet);
    const QJsonObject root = parseReport(capaian({path,
                                                  QStringLiteral("--format"),
                                                  QStringLiteral("json"),
                                                  QStringLiteral("--lang"),
                                                  QStringLiteral("en")}),
                                         QStringLiteral("row"));
    CHECK(root.value(u"file").toString() == path);
    // The last triwulan with any realisasi is III; the year's realisasi column counts as IV.
    CHECK(root.value(u"quarter").toInt() == 4);
    const QJsonArray rows = root.value(u"rows").toArray();
    REQUIRE(rows.size() == 8);
    CHECK(rows[0][u"row"].toInt() == 2);
    CHECK(rows[0][u"capaian"].toDouble() == 100.0);
    CHECK(rows[0][u"formula"].toString() == QStringLiteral("(2T − R) / T"));
    CHECK(rows[0][u"kategori"].toString() == QStringLiteral("Sangat Baik"));
    CHECK(rows[1][u"capaian"].toDouble() == 200.0);
    CHECK(rows[1][u"realisasi"].toDouble() == 0.0);
    CHECK(rows[2][u"capaian"].toDouble() == 100.0);
    CHECK(rows[2][u"realisasi"].toDouble() == 80.0);
    CHECK(rows[2][u"note"].toString().contains(QStringLiteral("No polaritas given")));
    // Kumulatif s.d. TW IV without TW III and IV targets: against the year's 2.000.
    CHECK(rows[3][u"capaian"].toDouble() == 25.0);
    CHECK(rows[3][u"target"].toString() == QStringLiteral("2.000"));
    CHECK(rows[4][u"capaian"].toDouble() == 100.0);
    CHECK(rows[4][u"realisasi"].toDouble() == 2.8);
    CHECK(rows[5][u"capaian"].toDouble() == 66.67);
    CHECK(rows[5][u"realisasi"].toString() == QStringLiteral("WDP"));
    CHECK(rows[6][u"capaian"].isNull());
    CHECK(rows[6][u"note"].toString().contains(QStringLiteral("target of 0")));
    CHECK(rows[7][u"capaian"].isNull());
    CHECK(rows[7][u"realisasi"].isNull());
    CHECK(rows[7][u"note"].toString() == QStringLiteral("No realisasi reported."));
    const QJsonObject summary = root.value(u"summary").toObject();
    CHECK(summary.value(u"rata_rata_capaian").toDouble() == 98.61);
    const QJsonObject perKategori = summary.value(u"per_kategori").toObject();
    CHECK(perKategori.value(u"Sangat Baik").toInt() == 4);
    CHECK(perKategori.value(u"Cukup").toInt() == 1);
    CHECK(perKategori.value(u"Sangat Kurang").toInt() == 1);
}

TEST_CASE("capaian --quarter measures up to that triwulan", "[cli][capaian]")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("realisasi.csv"), sheet);
    const QJsonObject root = parseReport(capaian({path,
                                                  QStringLiteral("--quarter"),
                                                  QStringLiteral("2"),
                                                  QStringLiteral("--format"),
                                                  QStringLiteral("json")}),
                                         QStringLiteral("row"));
    CHECK(root.value(u"quarter").toInt() == 2);
    const QJsonArray rows = root.value(u"rows").toArray();
    // Kumulatif with both quarters' targets: 500 against 250 + 250.
    CHECK(rows[3][u"capaian"].toDouble() == 100.0);
    CHECK(rows[3][u"target"].toString() == QStringLiteral("500"));
    // Rata-rata of TW I only.
    CHECK(rows[2][u"capaian"].toDouble() == 97.5);
}

TEST_CASE("capaian reads a workbook as check does", "[cli][capaian]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("realisasi.xlsx"));
    // A title row above the header, number cells below it, as a spreadsheet program writes them.
    SheetTable table;
    table.sheetName = QStringLiteral("Realisasi");
    table.title = QStringLiteral("Realisasi TW I 2026");
    table.appendRow(
        {QStringLiteral("indikator"), QStringLiteral("target"), QStringLiteral("realisasi_tw1")});
    table.appendRow({SheetCell::fromText(QStringLiteral("Cakupan imunisasi")),
                     SheetCell::ofNumber(Decimal::fromInt(95)),
                     SheetCell::ofNumber(*Decimal::fromCanonical(u"90.25"))});
    REQUIRE(SheetFile::write(path, {table}));
    const QJsonObject root = parseReport(
        capaian({path, QStringLiteral("--format"), QStringLiteral("json")}), QStringLiteral("row"));
    CHECK(root.value(u"quarter").toInt() == 1);
    CHECK(root.value(u"rows").toArray().first()[u"capaian"].toDouble() == 95.0);
}

TEST_CASE("capaian of a workspace names each PK indicator by its id", "[cli][capaian]")
{
    QTemporaryDir dir;
    Cascade cascade = SampleWorkspace::load();
    const PkDocument &pk = cascade.pks().first();
    const qint64 indicatorId = cascade.indicatorsOf(cascade.childItems(pk.id).first()).first();
    Realisasi realisasi;
    realisasi.setTriwulan(2, RealisasiTriwulan {{}, TargetValue::parse(u"0"), {}, {}, {}});
    REQUIRE(cascade.setRealisasi(indicatorId, realisasi));
    const QString path = dir.filePath(QStringLiteral("measured.tepat"));
    REQUIRE(WorkspaceFile::save(cascade, path));

    const QJsonObject root = parseReport(capaian({path,
                                                  QStringLiteral("--year"),
                                                  QString::number(pk.year),
                                                  QStringLiteral("--quarter"),
                                                  QStringLiteral("2"),
                                                  QStringLiteral("--format"),
                                                  QStringLiteral("json")}),
                                         QStringLiteral("object"));
    CHECK(root.value(u"quarter").toInt() == 2);
    bool found = false;
    for (const QJsonValue &row : root.value(u"rows").toArray()) {
        CHECK(cascade.indicator(qint64(row[u"object"].toDouble())) != nullptr);
        if (qint64(row[u"object"].toDouble()) == indicatorId) {
            found = true;
            CHECK(row[u"realisasi"].toDouble() == 0.0);
            CHECK_FALSE(row[u"formula"].toString().isEmpty());
        }
    }
    CHECK(found);
}

TEST_CASE("capaian prints one line per row and a summary in the chosen language", "[cli][capaian]")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("realisasi.csv"), sheet);
    const CliRun run = capaian({path, QStringLiteral("--quarter"), QStringLiteral("1")});
    REQUIRE(run.exitCode == 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 9);
    CHECK(lines[0].startsWith(
        path + QStringLiteral(":2 \"Angka kematian bayi\": 100,00 % (Sangat Baik)")));
    CHECK(lines[7].contains(QStringLiteral("Realisasi belum dilaporkan.")));
    CHECK(lines[8].contains(QStringLiteral("s.d. TW I, rata-rata capaian")));
    const CliRun english = capaian({path, QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(english.out.contains(QStringLiteral("up to TW IV, mean capaian")));
}

TEST_CASE("capaian refuses what it cannot read with exit 2 and names the place", "[cli][capaian]")
{
    QTemporaryDir dir;
    SECTION("a metode that does not exist")
    {
        const QString path = writeFile(dir,
                                       QStringLiteral("bad.csv"),
                                       "indikator;metode;target;realisasi_tw1\nA;bulanan;5;4\n");
        const CliRun run = capaian({path});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(path + QStringLiteral(", row 2, column metode")));
    }
    SECTION("no indikator column")
    {
        const QString path = writeFile(dir, QStringLiteral("bad.csv"), "nama;target\nA;5\n");
        const CliRun run = capaian({path});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("indikator")));
    }
    SECTION("a file that is not there")
    {
        const CliRun run = capaian({dir.filePath(QStringLiteral("missing.csv"))});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("missing.csv")));
    }
    SECTION("a quarter beyond the fourth")
    {
        const QString path = writeFile(dir, QStringLiteral("realisasi.csv"), sheet);
        CHECK(capaian({path, QStringLiteral("--quarter"), QStringLiteral("5")}).exitCode == 2);
    }
}
