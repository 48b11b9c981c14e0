#include "support/CliRun.h"
#include "support/QtStringMakers.h"
#include "support/TestFiles.h"
#include "support/XlsxSheet.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Tepat;
using namespace Tepat::TestFiles;

namespace {

const QString dinkes = QStringLiteral("1.02.0.00.0.00.01.0000");

QStringList exportArguments(const QStringList &options)
{
    return QStringList {QStringLiteral("export-xlsx"), samplePath()} + options;
}

QStringList csvLines(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.sliced(3));
    QStringList lines = text.split(QStringLiteral("\r\n"));
    if (lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

TEST_CASE("tepat-cli export-xlsx documents its options", "[cli][export]")
{
    const CliRun help({QStringLiteral("export-xlsx"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    for (const char *option : {"--what", "--year", "--opd", "--level", "--pk", "--lang", "--out"})
        CHECK(help.out.contains(QLatin1String(option)));
    const CliRun overview({QStringLiteral("--help")});
    CHECK(overview.out.contains(QStringLiteral("export-xlsx")));
}

TEST_CASE("tepat-cli export-xlsx writes the kepala daerah's PK lampiran as a workbook",
          "[cli][export]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("pk-2026.xlsx"));
    const CliRun run(exportArguments(
        {QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--out"), out}));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(out));
    const XlsxSheet sheet = XlsxSheet::read(out, 1);
    CHECK(sheet.cell(QStringLiteral("A1")).value.contains(QStringLiteral("Bupati Deli Serdang")));
    CHECK(sheet.cell(QStringLiteral("E2")).value == QStringLiteral("target_2026"));
    CHECK(sheet.cell(QStringLiteral("E3")).isNumber);

    const QString eselon = dir.filePath(QStringLiteral("kabid.xlsx"));
    const CliRun chosen(exportArguments({QStringLiteral("--year"),
                                         QStringLiteral("2026"),
                                         QStringLiteral("--opd"),
                                         dinkes,
                                         QStringLiteral("--level"),
                                         QStringLiteral("eselon-3"),
                                         QStringLiteral("--out"),
                                         eselon}));
    REQUIRE(chosen.exitCode == 0);
    CHECK(XlsxSheet::read(eselon, 1)
              .cell(QStringLiteral("A1"))
              .value.contains(QStringLiteral("Kepala Bidang Kesehatan Masyarakat")));
}

TEST_CASE("tepat-cli export-xlsx writes an OPD's PK as two CSV files that check reads",
          "[cli][export]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("dinkes.csv"));
    const CliRun run(exportArguments({QStringLiteral("--year"),
                                      QStringLiteral("2026"),
                                      QStringLiteral("--opd"),
                                      dinkes,
                                      QStringLiteral("--out"),
                                      out}));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString programs = dir.filePath(QStringLiteral("dinkes-program.csv"));
    CHECK(run.out.contains(out));
    CHECK(run.out.contains(programs));
    const QStringList lines = csvLines(out);
    CHECK(lines.first() == QStringLiteral("no;sasaran;indikator;satuan;target_2026"));
    CHECK(lines.size() == 5);
    CHECK(csvLines(programs).last().startsWith(QStringLiteral(";;Jumlah;")));

    // The Dinkes PK of the sample carries the planted "Meningkatnya kualitas pelayanan
    // kesehatan" with the target "Meningkat": check finds it in the exported sheet too.
    const CliRun check({QStringLiteral("check"), out});
    CHECK(check.exitCode == 1);
    CHECK(check.out.contains(QStringLiteral("abstract-wording")));
    CHECK(check.out.contains(QStringLiteral("target-not-a-value")));
}

TEST_CASE("tepat-cli export-xlsx writes an OPD's Renstra and the findings", "[cli][export]")
{
    QTemporaryDir dir;
    const QString renstra = dir.filePath(QStringLiteral("renstra.xlsx"));
    const CliRun run(exportArguments({QStringLiteral("--what"),
                                      QStringLiteral("renstra"),
                                      QStringLiteral("--opd"),
                                      dinkes,
                                      QStringLiteral("--out"),
                                      renstra}));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const XlsxSheet sheet = XlsxSheet::read(renstra, 1);
    CHECK(sheet.cell(QStringLiteral("E2")).value == QStringLiteral("indikator"));
    CHECK(sheet.cell(QStringLiteral("H2")).value == QStringLiteral("target_2025"));
    CHECK(sheet.cell(QStringLiteral("M2")).value == QStringLiteral("pagu_2025"));

    const QString findings = dir.filePath(QStringLiteral("temuan.csv"));
    const CliRun exported(exportArguments({QStringLiteral("--what"),
                                           QStringLiteral("findings"),
                                           QStringLiteral("--year"),
                                           QStringLiteral("2026"),
                                           QStringLiteral("--out"),
                                           findings}));
    REQUIRE(exported.exitCode == 0);
    const CliRun check({QStringLiteral("check"),
                        samplePath(),
                        QStringLiteral("--year"),
                        QStringLiteral("2026"),
                        QStringLiteral("--format"),
                        QStringLiteral("json")});
    const QJsonArray expected = QJsonDocument::fromJson(check.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("findings"))
                                    .toArray();
    REQUIRE_FALSE(expected.isEmpty());
    const QStringList lines = csvLines(findings);
    CHECK(lines.first()
          == QStringLiteral("rule;severity;object_id;object;field;message;suggestion"));
    REQUIRE(lines.size() == 1 + expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject finding = expected[i].toObject();
        CHECK(lines[i + 1].startsWith(
            QStringLiteral("%1;%2;%3;")
                .arg(finding.value(QStringLiteral("rule")).toString(),
                     finding.value(QStringLiteral("severity")).toString(),
                     QString::number(finding.value(QStringLiteral("object")).toInteger()))));
    }
}

TEST_CASE("tepat-cli export-xlsx exits 2 with a message on a wrong command line or file",
          "[cli][export]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.xlsx"));
    const auto fails = [](const QStringList &arguments, const QString &mentioned) {
        const CliRun run(arguments);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(mentioned));
        CHECK(run.out.isEmpty());
    };
    fails(exportArguments({QStringLiteral("--out"), out}), QStringLiteral("--year"));
    fails(exportArguments({QStringLiteral("--year"), QStringLiteral("2026")}),
          QStringLiteral("--out"));
    fails(exportArguments({QStringLiteral("--year"),
                           QStringLiteral("2026"),
                           QStringLiteral("--out"),
                           dir.filePath(QStringLiteral("out.ods"))}),
          QStringLiteral("out.ods"));
    fails(exportArguments(
              {QStringLiteral("--what"), QStringLiteral("rpjmd"), QStringLiteral("--out"), out}),
          QStringLiteral("rpjmd"));
    fails(exportArguments(
              {QStringLiteral("--what"), QStringLiteral("renstra"), QStringLiteral("--out"), out}),
          QStringLiteral("--opd"));
    fails(exportArguments({QStringLiteral("--year"),
                           QStringLiteral("2026"),
                           QStringLiteral("--opd"),
                           QStringLiteral("9.99"),
                           QStringLiteral("--out"),
                           out}),
          QStringLiteral("9.99"));
    fails(exportArguments({QStringLiteral("--year"),
                           QStringLiteral("2026"),
                           QStringLiteral("--pk"),
                           QStringLiteral("1"),
                           QStringLiteral("--out"),
                           out}),
          QStringLiteral("no PK of 2026"));
    fails(exportArguments({QStringLiteral("--what"),
                           QStringLiteral("findings"),
                           QStringLiteral("--opd"),
                           dinkes,
                           QStringLiteral("--out"),
                           out}),
          QStringLiteral("--opd"));
    const QString missing = dir.filePath(QStringLiteral("missing.tepat"));
    fails({QStringLiteral("export-xlsx"),
           missing,
           QStringLiteral("--year"),
           QStringLiteral("2026"),
           QStringLiteral("--out"),
           out},
          missing);
    const QString unwritable = dir.filePath(QStringLiteral("no/such/folder/pk.xlsx"));
    fails(exportArguments({QStringLiteral("--year"),
                           QStringLiteral("2026"),
                           QStringLiteral("--out"),
                           unwritable}),
          unwritable);
    CHECK_FALSE(QFile::exists(out));
}
