// tepat-cli check on workbooks shaped the way offices make them (generated at build time by
// tests/support/make-workbooks.cpp): each gives the findings of the same rows in the CSV
// contract.
#include "support/CliRun.h"
#include "support/QtStringMakers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

QString generated(const QString &name)
{
    return QStringLiteral(TEPAT_IMPORT_WORKBOOKS "/") + name;
}

QJsonArray findingsOf(const QString &path, const QStringList &extra = {})
{
    const CliRun run(QStringList {QStringLiteral("check"),
                                  path,
                                  QStringLiteral("--format"),
                                  QStringLiteral("json"),
                                  QStringLiteral("--lang"),
                                  QStringLiteral("en")}
                     + extra);
    INFO(path.toStdString() << '\n' << run.err.toStdString());
    REQUIRE((run.exitCode == 0 || run.exitCode == 1));
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8());
    REQUIRE(document.isObject());
    return document.object().value(u"findings").toArray();
}

// Row numbers inside a message ("rows 7 and 9") as the CSV twin numbers them.
QString mappedRows(QString message, const QMap<int, int> &rows)
{
    static const QRegularExpression list(
        QStringLiteral("\\b(rows?) ((?:\\d+)(?:(?:, | and )\\d+)*)"));
    QRegularExpressionMatch match = list.match(message);
    while (match.hasMatch()) {
        QString numbers = match.captured(2);
        static const QRegularExpression number(QStringLiteral("\\d+"));
        QStringList parts;
        qsizetype last = 0;
        for (auto found = number.globalMatch(numbers); found.hasNext();) {
            const QRegularExpressionMatch each = found.next();
            parts << numbers.mid(last, each.capturedStart() - last)
                  << QString::number(rows.value(each.captured().toInt(), -1));
            last = each.capturedEnd();
        }
        const QString replaced = match.captured(1) + u' ' + parts.join(QString());
        message.replace(match.capturedStart(), match.capturedLength(), replaced);
        match = list.match(message, match.capturedStart() + replaced.size());
    }
    return message;
}

// A finding as it must read in both files: the row and the rows a message lists are the CSV
// twin's, and the sheet a workbook names is left aside.
QString comparable(const QJsonObject &finding, const QMap<int, int> &rows)
{
    const int row = finding.value(u"row").toInt();
    return QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6")
        .arg(QString::number(rows.isEmpty() ? row : rows.value(row, -1)),
             finding.value(u"rule").toString(),
             finding.value(u"severity").toString(),
             finding.value(u"field").toString(),
             rows.isEmpty() ? finding.value(u"message").toString()
                            : mappedRows(finding.value(u"message").toString(), rows),
             finding.value(u"suggestion").toString());
}

// The workbook's rows of one table and the rows of its CSV twin, in order.
struct Twin
{
    QString csv;
    QList<int> workbookRows; // the header row first
};

QMap<int, int> rowMap(const Twin &twin)
{
    QMap<int, int> rows;
    for (qsizetype i = 0; i < twin.workbookRows.size(); ++i)
        rows.insert(twin.workbookRows[i], int(i + 1));
    return rows;
}

void checkSameFindings(const QString &workbook, const QList<Twin> &twins)
{
    QStringList fromWorkbook;
    for (const QJsonValue &value : findingsOf(generated(workbook))) {
        const QJsonObject finding = value.toObject();
        CHECK(finding.contains(u"sheet"));
        const int row = finding.value(u"row").toInt();
        for (qsizetype table = 0; table < twins.size(); ++table) {
            if (twins[table].workbookRows.contains(row)) {
                fromWorkbook << QStringLiteral("%1: ").arg(table)
                        + comparable(finding, rowMap(twins[table]));
            }
        }
    }
    QStringList fromCsv;
    for (qsizetype table = 0; table < twins.size(); ++table) {
        for (const QJsonValue &value : findingsOf(generated(twins[table].csv))) {
            const QJsonObject finding = value.toObject();
            CHECK(finding.value(u"sheet").toString().isEmpty());
            fromCsv << QStringLiteral("%1: ").arg(table) + comparable(finding, {});
        }
    }
    INFO(workbook.toStdString());
    REQUIRE_FALSE(fromCsv.isEmpty());
    CHECK(fromWorkbook == fromCsv);
}

QList<int> rows(int header, int first, int last)
{
    QList<int> result {header};
    for (int row = first; row <= last; ++row)
        result.append(row);
    return result;
}

} // namespace

TEST_CASE("A Renstra page with a title block, a two-row header with Target merged over the years "
          "and a numbering row gives the findings of its rows in the CSV contract",
          "[cli][check][workbook]")
{
    checkSameFindings(QStringLiteral("shape-judul-dua-baris.xlsx"),
                      {{QStringLiteral("shape-judul-dua-baris.csv"), rows(4, 7, 11)}});
}

TEST_CASE("TARGET KINERJA merged over TH 2025 to TH 2027 gives the findings of the CSV contract",
          "[cli][check][workbook]")
{
    checkSameFindings(QStringLiteral("shape-target-kinerja.xlsx"),
                      {{QStringLiteral("shape-target-kinerja.csv"), rows(3, 5, 9)}});
}

TEST_CASE("A three-row header of targets and pagu per year, with levels told by the codes, gives "
          "the findings of the CSV contract with tingkat",
          "[cli][check][workbook]")
{
    checkSameFindings(QStringLiteral("shape-tiga-baris.xlsx"),
                      {{QStringLiteral("shape-tiga-baris.csv"), rows(3, 6, 8)}});
}

TEST_CASE("Two tables on one sheet are checked each with its own columns", "[cli][check][workbook]")
{
    checkSameFindings(QStringLiteral("shape-dua-tabel.xlsx"),
                      {{QStringLiteral("shape-dua-tabel-1.csv"), rows(2, 3, 4)},
                       {QStringLiteral("shape-dua-tabel-2.csv"), rows(7, 8, 12)}});
}

TEST_CASE("An IKU workbook skips its instruction sheet with a note and checks the IKU sheet",
          "[cli][check][workbook]")
{
    checkSameFindings(QStringLiteral("shape-iku-petunjuk.xlsx"),
                      {{QStringLiteral("shape-iku-petunjuk.csv"), rows(1, 2, 6)}});

    const QString path = generated(QStringLiteral("shape-iku-petunjuk.xlsx"));
    const CliRun all(
        {QStringLiteral("check"), path, QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(all.err.contains(QStringLiteral("Skipped: ")));
    CHECK(all.err.contains(QStringLiteral("sheet 'Petunjuk'")));
    // Each finding names its sheet between the file and the row.
    CHECK(all.out.contains(path + QStringLiteral(":IKU:4: error [satuan-missing]")));
    for (const QJsonValue &value : findingsOf(path))
        CHECK(value.toObject().value(u"sheet").toString() == QStringLiteral("IKU"));

    // Asked for by name, a sheet without a table is an error that says what was tried.
    const CliRun help(
        {QStringLiteral("check"), path, QStringLiteral("--sheet"), QStringLiteral("Petunjuk")});
    CHECK(help.exitCode == 2);
    CHECK(help.out.isEmpty());
    CHECK(help.err.contains(QStringLiteral("sheet 'Petunjuk'")));
    CHECK(help.err.contains(QStringLiteral("rows 1 to 4")));
    CHECK(help.err.contains(QStringLiteral("indikator")));
}
