#include "model/Cascade.h"
#include "store/WorkspaceFile.h"
#include "support/CliRun.h"
#include "support/QtStringMakers.h"
#include "support/TestFiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Tepat;
using namespace Tepat::TestFiles;

namespace {

CliRun check(const QStringList &arguments)
{
    return CliRun(QStringList {QStringLiteral("check")} + arguments);
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

// The whole output must be one JSON object in the contract's shape; returns it.
QJsonObject parseReport(const CliRun &run)
{
    INFO(run.out.toStdString() + run.err.toStdString());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    const QJsonObject root = document.object();
    CHECK(keySet(root)
          == QSet<QString> {
              QStringLiteral("file"), QStringLiteral("findings"), QStringLiteral("summary")});
    REQUIRE(root.value(u"file").isString());
    REQUIRE(root.value(u"findings").isArray());
    REQUIRE(root.value(u"summary").isObject());
    return root;
}

// Checks every finding's keys and types for a sheet (`row` and `sheet`) or a workspace (`object`),
// that the summary counts them, and that the exit code follows from the summary.
void checkFindingsShape(const QJsonObject &root, bool sheet, int exitCode)
{
    QHash<QString, int> counted;
    for (const QJsonValue &value : root.value(u"findings").toArray()) {
        REQUIRE(value.isObject());
        const QJsonObject finding = value.toObject();
        const QString place = sheet ? QStringLiteral("row") : QStringLiteral("object");
        QSet<QString> keys {QStringLiteral("rule"),
                            QStringLiteral("severity"),
                            place,
                            QStringLiteral("field"),
                            QStringLiteral("message"),
                            QStringLiteral("suggestion")};
        if (sheet) {
            keys.insert(QStringLiteral("sheet"));
            CHECK(finding.value(u"sheet").isString());
        }
        CHECK(keySet(finding) == keys);
        CHECK(finding.value(u"rule").isString());
        CHECK(finding.value(u"field").isString());
        CHECK(finding.value(u"message").isString());
        CHECK_FALSE(finding.value(u"message").toString().isEmpty());
        CHECK(finding.value(u"suggestion").isString());
        REQUIRE(finding.value(place).isDouble());
        const double number = finding.value(place).toDouble();
        CHECK(number == double(qint64(number)));
        const QString severity = finding.value(u"severity").toString();
        CHECK((severity == u"error" || severity == u"warning" || severity == u"info"));
        ++counted[severity];
    }
    const QJsonObject summary = root.value(u"summary").toObject();
    CHECK(keySet(summary)
          == QSet<QString> {
              QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("info")});
    for (const char *severity : {"error", "warning", "info"}) {
        const QJsonValue count = summary.value(QLatin1String(severity));
        CHECK(count.isDouble());
        CHECK(count.toInt(-1) == counted.value(QLatin1String(severity)));
    }
    const bool serious
        = counted.value(QStringLiteral("error")) + counted.value(QStringLiteral("warning")) > 0;
    CHECK(exitCode == (serious ? 1 : 0));
}

QList<QJsonObject> findingsOf(const QJsonObject &root)
{
    QList<QJsonObject> result;
    for (const QJsonValue &value : root.value(u"findings").toArray())
        result.append(value.toObject());
    return result;
}

// Two IKU that a careful planner would write: outcome or impact measures with satuan, rising
// numeric targets, formula and data source. No rule that applies to sheets may object to them.
const QByteArray cleanSheet
    = "sasaran;indikator;satuan;target_2025;target_2026;target_2027;rumus;sumber_data;polaritas\r\n"
      "Meningkatnya derajat kesehatan masyarakat;Usia Harapan Hidup;tahun;73,79;74,01;74,25;"
      "Rata-rata lama hidup penduduk sejak lahir;BPS Kabupaten Deli Serdang;positif\r\n"
      "Meningkatnya kualitas pelayanan publik;Indeks Kepuasan Masyarakat;nilai;85,25;86,5;"
      "87,75;IKM = 25 x rata-rata NRR 9 unsur;Survei Kepuasan Masyarakat;positif\r\n";

// Spreadsheet rows: the header is 1, the record on 2 holds a line break inside quotes and is
// still one row, 3 is blank, and the rumus cell of row 4 is empty. Counting physical lines
// would put the finding on line 5.
const QByteArray sheetWithFinding
    = "indikator;satuan;target_2025;target_2026;rumus;sumber_data;polaritas\n"
      "Usia Harapan Hidup;tahun;73,79;74,01;\"Rata-rata lama hidup\npenduduk sejak lahir\";BPS;"
      "positif\n"
      "\n"
      "Indeks Kepuasan Masyarakat;nilai;85,25;86,5;;Survei Kepuasan Masyarakat;positif\n";

} // namespace

TEST_CASE("check exits 0 and prints only a zero summary for a sheet no rule objects to",
          "[cli][check]")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("bersih.csv"), cleanSheet);
    const CliRun run = check({path});
    INFO(run.out.toStdString() + run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out == path + QStringLiteral(": 0 kesalahan, 0 peringatan, 0 info\n"));
    CHECK(run.err.isEmpty());

    const CliRun json = check({path, QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(json.exitCode == 0);
    const QJsonObject root = parseReport(json);
    CHECK(root.value(u"file").toString() == path);
    CHECK(root.value(u"findings").toArray().isEmpty());
    checkFindingsShape(root, true, json.exitCode);
}

TEST_CASE("check exits 1 and names the file, row, rule and column of a finding in a sheet",
          "[cli][check]")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("iku.csv"), sheetWithFinding);
    const CliRun run = check({path});
    INFO(run.out.toStdString() + run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.out.contains(path + QStringLiteral(":4: warning [iku-rumus-missing] rumus: ")));
    CHECK(run.out.contains(QStringLiteral(" — Saran: ")));
    CHECK(run.out.endsWith(QStringLiteral("info\n")));

    const CliRun english = check({path, QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(english.exitCode == 1);
    CHECK(english.out.contains(QStringLiteral(" — Suggestion: ")));
    CHECK(english.out.contains(QStringLiteral("1 warning")));
    CHECK_FALSE(english.out.contains(QStringLiteral("Saran")));
}

TEST_CASE("check --format json prints the contract's keys with spreadsheet row numbers",
          "[cli][check]")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("iku.csv"), sheetWithFinding);
    const CliRun run = check({path, QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject root = parseReport(run);
    CHECK(root.value(u"file").toString() == path);
    checkFindingsShape(root, true, run.exitCode);
    CHECK(run.exitCode == 1);
    bool found = false;
    for (const QJsonObject &finding : findingsOf(root)) {
        const int row = finding.value(u"row").toInt();
        CHECK((row == 2 || row == 4));
        if (finding.value(u"rule").toString() == u"iku-rumus-missing") {
            found = true;
            CHECK(row == 4);
            CHECK(finding.value(u"field").toString() == u"rumus");
            CHECK(finding.value(u"severity").toString() == u"warning");
        }
    }
    CHECK(found);
}

TEST_CASE("check --lang picks the Indonesian or the English text of each finding", "[cli][check]")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("iku.csv"), sheetWithFinding);
    const auto messages = [&](const char *lang) {
        const CliRun run = check({path,
                                  QStringLiteral("--format"),
                                  QStringLiteral("json"),
                                  QStringLiteral("--lang"),
                                  QLatin1String(lang)});
        QStringList result;
        for (const QJsonObject &finding : findingsOf(parseReport(run)))
            result << finding.value(u"message").toString();
        return result;
    };
    const QStringList indonesian = messages("id");
    const QStringList english = messages("en");
    REQUIRE(indonesian.size() == english.size());
    REQUIRE_FALSE(indonesian.isEmpty());
    CHECK(indonesian != english);
}

TEST_CASE("check exits 2 naming the file, row and column of a malformed CSV", "[cli][check]")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir,
                                   QStringLiteral("rusak.csv"),
                                   "indikator;rumus;polaritas\n"
                                   "Usia Harapan Hidup;\"A / B;positif\n");
    const CliRun run = check({path});
    CHECK(run.exitCode == 2);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(path));
    CHECK(run.err.contains(QStringLiteral("row 2")));
    CHECK(run.err.contains(QStringLiteral("column rumus")));

    const QString noIndikator
        = writeFile(dir, QStringLiteral("tanpa-indikator.csv"), "nama;satuan\nUHH;tahun\n");
    const CliRun missing = check({noIndikator, QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.out.isEmpty());
    CHECK(missing.err.contains(noIndikator));
    CHECK(missing.err.contains(QStringLiteral("nama, satuan")));
}

TEST_CASE("check exits 2 naming the file on a missing file and on files that are no workspace",
          "[cli][check]")
{
    QTemporaryDir dir;
    const QString foreign = dir.filePath(QStringLiteral("lain.sqlite"));
    createSqliteFile(foreign, {QStringLiteral("CREATE TABLE t (x)")});
    const QString text = writeFile(dir, QStringLiteral("teks.tepat"), "bukan workspace\n");
    for (const QString &path : {foreign, text, dir.filePath(QStringLiteral("tidak-ada.csv"))}) {
        INFO(path.toStdString());
        const CliRun run = check({path});
        CHECK(run.exitCode == 2);
        CHECK(run.out.isEmpty());
        CHECK(run.err.contains(path));
    }
}

TEST_CASE("check rejects a bad format, language, year or file count with exit 2", "[cli][check]")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("bersih.csv"), cleanSheet);
    const QList<QStringList> calls {
        {path, QStringLiteral("--format"), QStringLiteral("xml")},
        {path, QStringLiteral("--lang"), QStringLiteral("fr")},
        {path, QStringLiteral("--year"), QStringLiteral("dua ribu")},
        {path, QStringLiteral("--year"), QStringLiteral("1900")},
        {},
        {path, path},
    };
    for (const QStringList &arguments : calls) {
        INFO(arguments.join(u' ').toStdString());
        const CliRun run = check(arguments);
        CHECK(run.exitCode == 2);
        CHECK(run.out.isEmpty());
        CHECK_FALSE(run.err.isEmpty());
    }
    CHECK(check({path, QStringLiteral("--year"), QStringLiteral("2026")}).exitCode == 0);
}

TEST_CASE("check of the sample workspace reports objects, not rows, with their names",
          "[cli][check]")
{
    const CliRun json = check({samplePath(), QStringLiteral("--format"), QStringLiteral("json")});
    INFO(json.err.toStdString());
    const QJsonObject root = parseReport(json);
    CHECK(root.value(u"file").toString() == samplePath());
    checkFindingsShape(root, false, json.exitCode);

    const CliRun text = check({samplePath(), QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(text.exitCode == json.exitCode);
    const QStringList lines = text.out.split(u'\n', Qt::SkipEmptyParts);
    CHECK(lines.size() == findingsOf(root).size() + 1);
    // The planted IKU without a data source: its id and its text, so the user can find it.
    CHECK(text.out.contains(
        QStringLiteral("#4013 \"Persentase ternak yang diperiksa layak potong\": error "
                       "[iku-sumber-data-missing] sumberData: ")));
}

TEST_CASE("check --year keeps the PK findings of that year and every finding outside PKs",
          "[cli][check]")
{
    const Result<Cascade> cascade = WorkspaceFile::load(samplePath());
    REQUIRE(cascade);
    // Every object that belongs to a PK, and the year of that PK.
    QHash<qint64, int> pkYears;
    for (const PkDocument &pk : cascade->pks()) {
        pkYears.insert(pk.id, pk.year);
        for (const PkProgram &program : pk.programs)
            pkYears.insert(program.id, pk.year);
        for (qint64 sasaran : cascade->childItems(pk.id)) {
            pkYears.insert(sasaran, pk.year);
            for (qint64 indicator : cascade->indicatorsOf(sasaran))
                pkYears.insert(indicator, pk.year);
        }
    }
    const auto objects = [](const QStringList &extra) {
        QList<qint64> ids;
        const CliRun run = check(
            QStringList {samplePath(), QStringLiteral("--format"), QStringLiteral("json")} + extra);
        for (const QJsonObject &finding : findingsOf(parseReport(run)))
            ids << qint64(finding.value(u"object").toDouble());
        return ids;
    };
    const QList<qint64> all = objects({});
    REQUIRE_FALSE(all.isEmpty());
    for (const int year : {2026, 2027}) {
        QList<qint64> expected;
        for (qint64 id : all) {
            if (pkYears.value(id, year) == year)
                expected << id;
        }
        INFO(year);
        CHECK(objects({QStringLiteral("--year"), QString::number(year)}) == expected);
    }
}

TEST_CASE("check reads an .xlsx sheet under the CSV contract, with the same findings and rows",
          "[cli][check]")
{
    const QString csv = QStringLiteral(TEPAT_IMPORT_WORKBOOKS "/check-iku.csv");
    const QString xlsx = QStringLiteral(TEPAT_IMPORT_WORKBOOKS "/check-iku.xlsx");
    const CliRun fromCsv = check({csv, QStringLiteral("--format"), QStringLiteral("json")});
    const CliRun fromXlsx = check({xlsx, QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(fromXlsx.exitCode == fromCsv.exitCode);
    CHECK(fromXlsx.exitCode == 1);
    const QJsonObject csvRoot = parseReport(fromCsv);
    const QJsonObject xlsxRoot = parseReport(fromXlsx);
    checkFindingsShape(xlsxRoot, true, fromXlsx.exitCode);
    // The same findings, the workbook's naming its sheet.
    QJsonArray named;
    for (const QJsonValue &finding : csvRoot.value(u"findings").toArray()) {
        QJsonObject object = finding.toObject();
        CHECK(object.value(u"sheet").toString().isEmpty());
        object.insert(QStringLiteral("sheet"), QStringLiteral("IKU"));
        named.append(object);
    }
    CHECK(xlsxRoot.value(u"findings") == named);
    CHECK(xlsxRoot.value(u"summary") == csvRoot.value(u"summary"));

    const CliRun otherSheet = check({xlsx, QStringLiteral("--sheet"), QStringLiteral("Lain")});
    CHECK(otherSheet.exitCode == 2);
    CHECK(otherSheet.err.contains(QStringLiteral("Lain")));
    const CliRun onCsv = check({csv, QStringLiteral("--sheet"), QStringLiteral("IKU")});
    CHECK(onCsv.exitCode == 2);
}
