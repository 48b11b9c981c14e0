#include "sheet/XlsxReader.h"
#include "support/CliRun.h"
#include "support/PdfTools.h"
#include "support/QtStringMakers.h"
#include "support/SampleWorkspace.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <functional>

using namespace Tepat;

namespace {

CliRun report(const QStringList &arguments)
{
    return CliRun(QStringList {QStringLiteral("report")} + arguments);
}

// What a report and `capaian` say of one indicator.
struct Measured
{
    QString indikator;
    std::optional<double> capaian;
    QString kategori;

    friend bool operator==(const Measured &, const Measured &) = default;
};

// `tepat-cli capaian --format json` of the sample, the rows whose PK passes the filter.
QList<Measured> capaianRows(const std::function<bool(const PkDocument &)> &keep)
{
    const Cascade cascade = SampleWorkspace::load();
    const CliRun run(QStringList {QStringLiteral("capaian"),
                                  TestFiles::samplePath(),
                                  QStringLiteral("--year"),
                                  QStringLiteral("2026"),
                                  QStringLiteral("--format"),
                                  QStringLiteral("json")});
    REQUIRE(run.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QList<Measured> rows;
    for (const QJsonValue &row : root.value(u"rows").toArray()) {
        const qint64 id = qint64(row[u"object"].toDouble());
        if (!keep(*cascade.pk(cascade.pkOf(id))))
            continue;
        rows.append({row[u"indikator"].toString(),
                     row[u"capaian"].isNull() ? std::nullopt
                                              : std::optional<double>(row[u"capaian"].toDouble()),
                     row[u"kategori"].toString()});
    }
    return rows;
}

// The indicator rows of every sheet of the workbook whose name starts with prefix: the
// indicator's text, the capaian and kategori columns.
QList<Measured> workbookRows(const QString &path,
                             const QString &prefix,
                             int indikatorColumn,
                             int capaianColumn,
                             int kategoriColumn)
{
    const Result<XlsxReader> reader = XlsxReader::open(path);
    REQUIRE(reader);
    QList<Measured> rows;
    for (const QString &name : reader->sheetNames()) {
        if (!name.startsWith(prefix))
            continue;
        const Result<SheetTable> table = reader->readSheet(name);
        REQUIRE(table);
        for (int row = 3; row <= table->rowCount(); ++row) {
            if (table->text(row, indikatorColumn).isEmpty())
                continue; // the Rata-rata line
            const SheetCell &cell = table->cell(row, capaianColumn);
            rows.append(
                {table->text(row, indikatorColumn),
                 cell.isNumber() ? std::optional<double>(cell.number.toDouble()) : std::nullopt,
                 kategoriColumn > 0 ? table->text(row, kategoriColumn) : QString()});
        }
    }
    return rows;
}

QList<Measured> withoutKategori(QList<Measured> rows)
{
    for (Measured &row : rows)
        row.kategori.clear();
    return rows;
}

} // namespace

namespace Catch {
template<>
struct StringMaker<Measured>
{
    static std::string convert(const Measured &row)
    {
        return QStringLiteral("%1: %2 %3")
            .arg(row.indikator,
                 row.capaian ? QString::number(*row.capaian) : QStringLiteral("-"),
                 row.kategori)
            .toStdString();
    }
};
} // namespace Catch

TEST_CASE("Every report's capaian equals tepat-cli capaian's for the sample", "[cli][report]")
{
    QTemporaryDir dir;
    const QString sample = TestFiles::samplePath();
    const QString pengukuran = dir.filePath(QStringLiteral("pengukuran.xlsx"));
    const CliRun run = report({QStringLiteral("pengukuran"),
                               sample,
                               QStringLiteral("--year"),
                               QStringLiteral("2026"),
                               QStringLiteral("--out"),
                               pengukuran});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Wrote %1.").arg(pengukuran)));
    const QList<Measured> all = capaianRows([](const PkDocument &) { return true; });
    REQUIRE(all.size() > 10);
    CHECK(workbookRows(pengukuran, QStringLiteral("Pengukuran"), 3, 7, 8) == all);

    // Monitoring and LKjIP: the OPDs' and the pemda's own PKs.
    const QList<Measured> own = withoutKategori(capaianRows([](const PkDocument &pk) {
        return pk.level == PkDocument::Level::KepalaOpd
            || pk.level == PkDocument::Level::KepalaDaerah;
    }));
    const QString lkjip = dir.filePath(QStringLiteral("lkjip.xlsx"));
    REQUIRE(report({QStringLiteral("lkjip"),
                    sample,
                    QStringLiteral("--year"),
                    QStringLiteral("2026"),
                    QStringLiteral("--out"),
                    lkjip})
                .exitCode
            == 0);
    CHECK(workbookRows(lkjip, QStringLiteral("Capaian"), 3, 8, 0) == own);
    const QString monitoring = dir.filePath(QStringLiteral("monitoring.xlsx"));
    REQUIRE(report({QStringLiteral("monitoring"),
                    sample,
                    QStringLiteral("--year"),
                    QStringLiteral("2026"),
                    QStringLiteral("--format"),
                    QStringLiteral("xlsx"),
                    QStringLiteral("--out"),
                    monitoring})
                .exitCode
            == 0);
    CHECK(workbookRows(monitoring, QStringLiteral("Monitoring"), 3, 14, 0) == own);
}

TEST_CASE("report --split writes one PDF per OPD and one for the pemda", "[cli][report]")
{
    QTemporaryDir dir;
    const Cascade cascade = SampleWorkspace::load();
    const QString folder = dir.filePath(QStringLiteral("lkjip"));
    const CliRun run = report({QStringLiteral("lkjip"),
                               TestFiles::samplePath(),
                               QStringLiteral("--year"),
                               QStringLiteral("2026"),
                               QStringLiteral("--quarter"),
                               QStringLiteral("3"),
                               QStringLiteral("--split"),
                               QStringLiteral("--out"),
                               folder});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QStringList expected {QStringLiteral("lkjip-2026-pemda.pdf")};
    for (const Opd &opd : cascade.opds())
        expected.append(QStringLiteral("lkjip-2026-%1.pdf").arg(opd.code));
    const QStringList written = QDir(folder).entryList(QDir::Files);
    CHECK(QSet<QString>(written.cbegin(), written.cend())
          == QSet<QString>(expected.cbegin(), expected.cend()));
    const QString pemda = QDir(folder).filePath(QStringLiteral("lkjip-2026-pemda.pdf"));
    // Without spaces and line ends: a narrow header cell wraps where its width says.
    const QString text = PdfTools::pageTexts(pemda, QStringLiteral("-raw"))
                             .join(QString())
                             .remove(QRegularExpression(QStringLiteral("\\s")));
    INFO(text.toStdString());
    for (const char *phrase : {"LAPORANKINERJA(LKJIP)BABIII",
                               "TAHUN2026S.D.TWIII",
                               "TargetAkhirRPJMD(2029)",
                               "Tabel3.2AnalisisCapaianKinerja2026",
                               "Tabel3.3EfisiensiPenggunaanSumberDaya2026"}) {
        CHECK(text.contains(QString::fromUtf8(phrase)));
    }
}

TEST_CASE("report refuses a wrong kind, a missing year or an unknown OPD with exit 2",
          "[cli][report]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("r.pdf"));
    const QString sample = TestFiles::samplePath();
    const CliRun kind = report({QStringLiteral("laporan"),
                                sample,
                                QStringLiteral("--year"),
                                QStringLiteral("2026"),
                                QStringLiteral("--out"),
                                out});
    CHECK(kind.exitCode == 2);
    CHECK(kind.err.contains(QStringLiteral("\"laporan\" is not a report")));
    const CliRun year
        = report({QStringLiteral("pengukuran"), sample, QStringLiteral("--out"), out});
    CHECK(year.exitCode == 2);
    CHECK(year.err.contains(QStringLiteral("--year")));
    const CliRun opd = report({QStringLiteral("monitoring"),
                               sample,
                               QStringLiteral("--year"),
                               QStringLiteral("2026"),
                               QStringLiteral("--opd"),
                               QStringLiteral("9.99"),
                               QStringLiteral("--out"),
                               out});
    CHECK(opd.exitCode == 2);
    CHECK(opd.err.contains(QStringLiteral("9.99")));
    const CliRun none = report({QStringLiteral("pengukuran"),
                                sample,
                                QStringLiteral("--year"),
                                QStringLiteral("2031"),
                                QStringLiteral("--out"),
                                out});
    CHECK(none.exitCode == 2);
    CHECK_FALSE(QFile::exists(out));
    const CliRun help = CliRun({QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("report")));
}
