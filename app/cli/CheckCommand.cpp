#include "CheckCommand.h"

#include "FindingPrinter.h"
#include "check/Checker.h"
#include "check/FindingPlace.h"
#include "check/IndicatorSheet.h"
#include "check/IndicatorSheetReader.h"
#include "sheet/SheetFile.h"

#include <optional>

namespace Tepat {

namespace {

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
        tr("A workspace (.tepat), or a sheet saved as CSV or as an Excel workbook (.xlsx): an "
           "indicator table as offices keep them (a title block, a header of one to three rows, "
           "\"Target\" over the years, a numbering row, several tables on a sheet), or the "
           "columns indikator, sasaran, satuan, target or target_<year>, rumus, sumber_data, "
           "polaritas and tingkat."));
    parser.addOption({QStringLiteral("sheet"),
                      tr("For a workbook, the sheet to check (default: every sheet that holds an "
                         "indicator table)."),
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
    if (sheet) {
        QStringList notes;
        const Result<QList<IndicatorSheet>> tables
            = IndicatorSheetReader::read(path, parser.value(QStringLiteral("sheet")), &notes);
        if (!tables)
            return report(tables.error(), err);
        for (const QString &note : std::as_const(notes))
            err << plain(note) << Qt::endl;
        FindingPrinter printer(out, path, true, outputFormat, language);
        for (const IndicatorSheet &table : *tables) {
            for (const Finding &finding : Checker::checkSheet(table))
                printer.add({finding, sheetColumn(finding.field), {}, table.sheetName});
        }
        printer.finish();
        return printer.hasErrorsOrWarnings() ? Findings : Success;
    }
    const Result<Cascade> cascade = loadWorkspace(path);
    if (!cascade)
        return report(cascade.error(), err);
    // The workspace's own settings: its switched-off rules, re-grades and acknowledgements.
    Checker checker(cascade->checkSettings());
    checker.checkAll(*cascade);
    FindingPrinter printer(out, path, false, outputFormat, language);
    for (const Finding &finding : checker.findings()) {
        if (year && FindingPlace::pkYear(*cascade, finding.objectId).value_or(*year) != *year)
            continue;
        printer.add({finding, finding.field, FindingPlace::label(*cascade, finding.objectId), {}});
    }
    printer.finish();
    return printer.hasErrorsOrWarnings() ? Findings : Success;
}

} // namespace Tepat
