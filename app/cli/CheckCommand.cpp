#include "CheckCommand.h"

#include "FindingPrinter.h"
#include "base/InputFile.h"
#include "check/Checker.h"
#include "check/FindingPlace.h"
#include "check/IndicatorSheet.h"
#include "check/IndicatorSheetReader.h"
#include "sheet/CsvReader.h"
#include "sheet/SheetFile.h"
#include "store/WorkspaceFile.h"

#include <QFile>
#include <QFileInfo>

#include <optional>

namespace Tepat {

namespace {

// By extension as well as by content, so that a damaged .tepat gets the workspace's own
// explanation rather than a complaint about CSV columns.
bool isWorkspace(const QString &path)
{
    if (path.endsWith(WorkspaceFile::extension, Qt::CaseInsensitive))
        return true;
    // Only a regular file is opened: opening a named pipe would wait for a writer.
    QFile file(path);
    return QFileInfo(path).isFile() && file.open(QIODevice::ReadOnly)
        && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

// A sheet's findings name the CSV column the user must change.
QString sheetColumn(const QString &field)
{
    const std::pair<QLatin1String, QLatin1String> columns[] = {
        {Finding::Field::text, QLatin1String("indikator")},
        {Finding::Field::sumberData, QLatin1String("sumber_data")},
    };
    for (const auto &[key, column] : columns) {
        if (field == key)
            return column;
    }
    return field;
}

} // namespace

QString CheckCommand::summary() const
{
    return tr("Check a workspace or an IKU sheet (CSV or .xlsx) and print the findings.");
}

void CheckCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        tr("A workspace (.tepat), or a sheet saved as CSV or as an Excel workbook (.xlsx) with "
           "an indikator column and optional sasaran, satuan, target or target_<year>, rumus, "
           "sumber_data, polaritas and tingkat columns. In a workbook the first non-empty row "
           "of the sheet is the header."));
    parser.addOption({QStringLiteral("sheet"),
                      tr("For a workbook, the sheet to check (default: the first one)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("format"),
                      tr("text (default): one line per finding; json: one JSON object."),
                      QStringLiteral("FORMAT"),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("year"),
                      tr("For a workspace, report PKs of this year only, with everything outside "
                         "the PKs. A CSV sheet has no PK year: the value is only checked."),
                      QStringLiteral("YEAR")});
    parser.addOption({QStringLiteral("lang"),
                      tr("The language of the findings: id (default) or en."),
                      QStringLiteral("LANG"),
                      QStringLiteral("id")});
}

int CheckCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const
{
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 1)
        return usage(tr("check takes exactly one file."), err);
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usage(tr("--format is text or json, not \"%1\".").arg(format), err);
    const QString lang = parser.value(QStringLiteral("lang"));
    if (lang != QLatin1String("id") && lang != QLatin1String("en"))
        return usage(tr("--lang is id or en, not \"%1\".").arg(lang), err);
    const Language language
        = lang == QLatin1String("id") ? Language::Indonesian : Language::English;
    std::optional<int> year;
    if (parser.isSet(QStringLiteral("year"))) {
        bool ok = false;
        year = parser.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || *year < IndicatorSheetReader::firstYear
            || *year > IndicatorSheetReader::lastYear) {
            return usage(tr("--year takes a year between %1 and %2, not \"%3\".")
                             .arg(QString::number(IndicatorSheetReader::firstYear),
                                  QString::number(IndicatorSheetReader::lastYear),
                                  parser.value(QStringLiteral("year"))),
                         err);
        }
    }

    const QString &path = files.first();
    const bool sheet = !isWorkspace(path);
    if (parser.isSet(QStringLiteral("sheet")) && (!sheet || !SheetFile::isWorkbook(path)))
        return usage(tr("--sheet is for .xlsx workbooks only."), err);
    const FindingPrinter::Format outputFormat = format == QLatin1String("json")
        ? FindingPrinter::Format::Json
        : FindingPrinter::Format::Text;
    const auto sheetEntry = [](const Finding &finding) {
        return FindingPrinter::Entry {finding, sheetColumn(finding.field), {}};
    };

    if (sheet && !SheetFile::isWorkbook(path)) {
        // A CSV sheet is read twice: once to find any error before a line is printed, then row
        // by row, each row checked, printed and dropped, so that the memory it takes does not
        // grow with the sheet.
        const Result<QByteArray> bytes = InputFile::read(path, CsvReader::maxFileSize);
        if (!bytes)
            return report(bytes.error(), err);
        const auto skip
            = [](const IndicatorSheet &, IndicatorSheet::Row) { return Result<void>(); };
        if (Result<IndicatorSheet> read = IndicatorSheetReader::readRows(*bytes, path, skip); !read)
            return report(read.error(), err);
        FindingPrinter printer(out, path, true, outputFormat, language);
        IndicatorSheetReader::readRows(
            *bytes, path, [&](const IndicatorSheet &header, IndicatorSheet::Row row) {
                for (const Finding &finding : Checker::checkSheetRow(header, row))
                    printer.add(sheetEntry(finding));
                return Result<void>();
            });
        printer.finish();
        return printer.hasErrorsOrWarnings() ? Findings : Success;
    }
    if (sheet) {
        const Result<IndicatorSheet> indicators
            = SheetFile::read(path, parser.value(QStringLiteral("sheet")))
                  .and_then(&IndicatorSheetReader::fromTable);
        if (!indicators)
            return report(indicators.error(), err);
        FindingPrinter printer(out, path, true, outputFormat, language);
        for (const Finding &finding : Checker::checkSheet(*indicators))
            printer.add(sheetEntry(finding));
        printer.finish();
        return printer.hasErrorsOrWarnings() ? Findings : Success;
    }
    const Result<Cascade> cascade = WorkspaceFile::load(path);
    if (!cascade)
        return report(cascade.error(), err);
    // The workspace's own settings: its switched-off rules, re-grades and acknowledgements.
    Checker checker(cascade->checkSettings());
    checker.checkAll(*cascade);
    FindingPrinter printer(out, path, false, outputFormat, language);
    for (const Finding &finding : checker.findings()) {
        if (year && FindingPlace::pkYear(*cascade, finding.objectId).value_or(*year) != *year)
            continue;
        printer.add({finding, finding.field, FindingPlace::label(*cascade, finding.objectId)});
    }
    printer.finish();
    return printer.hasErrorsOrWarnings() ? Findings : Success;
}

} // namespace Tepat
