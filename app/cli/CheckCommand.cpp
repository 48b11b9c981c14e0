#include "CheckCommand.h"

#include "check/Checker.h"
#include "check/FindingPlace.h"
#include "check/IndicatorSheet.h"
#include "check/IndicatorSheetReader.h"
#include "server/ServerUrl.h"
#include "sheet/SheetFile.h"
#include "store/WorkspaceFile.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace Tepat {

namespace {

// A finding as the output shows it: its field under the name the user knows, and for a
// workspace the indicator text or item name, because an id alone sends the user searching.
struct Entry
{
    Finding finding;
    QString field;
    QString label;
    QString sheet; // the workbook's sheet of a sheet finding; empty for CSV and workspaces
};

struct Counts
{
    int error = 0;
    int warning = 0;
    int info = 0;
};

// The few words check adds around the findings follow --lang, as the findings do, rather than
// the machine's locale: a CI log then reads the same on every runner.
const LocalizedText suggestionWord {QStringLiteral("Saran"), QStringLiteral("Suggestion")};

QString summaryLine(const QString &file, const Counts &counts, Language language)
{
    if (language == Language::Indonesian) {
        return QStringLiteral("%1: %2 kesalahan, %3 peringatan, %4 info")
            .arg(file,
                 QString::number(counts.error),
                 QString::number(counts.warning),
                 QString::number(counts.info));
    }
    return QStringLiteral("%1: %2 %3, %4 %5, %6 info")
        .arg(file,
             QString::number(counts.error),
             counts.error == 1 ? QStringLiteral("error") : QStringLiteral("errors"),
             QString::number(counts.warning),
             counts.warning == 1 ? QStringLiteral("warning") : QStringLiteral("warnings"),
             QString::number(counts.info));
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

Counts countOf(const QList<Entry> &entries)
{
    Counts counts;
    for (const Entry &entry : entries) {
        switch (entry.finding.severity) {
        case Severity::Error:
            ++counts.error;
            break;
        case Severity::Warning:
            ++counts.warning;
            break;
        case Severity::Info:
            ++counts.info;
            break;
        }
    }
    return counts;
}

void printText(const QString &file,
               bool sheet,
               const QList<Entry> &entries,
               Language language,
               QTextStream &out)
{
    for (const Entry &entry : entries) {
        const Finding &finding = entry.finding;
        // A workbook's finding names its sheet between file and row; Excel allows no ':' in a
        // sheet name, so the line still splits cleanly.
        QString where = !sheet      ? QStringLiteral("#%1").arg(finding.objectId)
            : entry.sheet.isEmpty() ? QString::number(finding.row)
                                    : QStringLiteral("%1:%2").arg(entry.sheet).arg(finding.row);
        if (!entry.label.isEmpty())
            where += QStringLiteral(" \"%1\"").arg(entry.label);
        QString line = QStringLiteral("%1:%2: %3 [%4] ")
                           .arg(file, where, severityKey(finding.severity), finding.ruleId);
        if (!entry.field.isEmpty())
            line += entry.field + QStringLiteral(": ");
        line += finding.message.text(language);
        const QString suggestion = finding.suggestion.text(language);
        if (!suggestion.isEmpty())
            line += QStringLiteral(" — %1: %2").arg(suggestionWord.text(language), suggestion);
        out << line << Qt::endl;
    }
    out << summaryLine(file, countOf(entries), language) << Qt::endl;
}

QByteArray toJson(const QString &file, bool sheet, const QList<Entry> &entries, Language language)
{
    QJsonArray findings;
    for (const Entry &entry : entries) {
        const Finding &finding = entry.finding;
        QJsonObject object {
            {QStringLiteral("rule"), finding.ruleId},
            {QStringLiteral("severity"), QString(severityKey(finding.severity))},
            {QStringLiteral("field"), entry.field},
            {QStringLiteral("message"), finding.message.text(language)},
            {QStringLiteral("suggestion"), finding.suggestion.text(language)},
        };
        if (sheet) {
            object.insert(QStringLiteral("row"), finding.row);
            object.insert(QStringLiteral("sheet"), entry.sheet);
        } else {
            object.insert(QStringLiteral("object"), finding.objectId);
        }
        findings.append(object);
    }
    const Counts counts = countOf(entries);
    const QJsonObject root {
        {QStringLiteral("file"), file},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("summary"),
         QJsonObject {{QStringLiteral("error"), counts.error},
                      {QStringLiteral("warning"), counts.warning},
                      {QStringLiteral("info"), counts.info}}},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
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
    QList<Entry> entries;
    if (parser.isSet(QStringLiteral("sheet")) && (!sheet || !SheetFile::isWorkbook(path)))
        return usage(tr("--sheet is for .xlsx workbooks only."), err);
    if (sheet) {
        QStringList notes;
        const Result<QList<IndicatorSheet>> tables
            = IndicatorSheetReader::read(path, parser.value(QStringLiteral("sheet")), &notes);
        if (!tables)
            return report(tables.error(), err);
        for (const QString &note : std::as_const(notes))
            err << note << Qt::endl;
        for (const IndicatorSheet &table : *tables) {
            for (const Finding &finding : Checker::checkSheet(table))
                entries.append({finding, sheetColumn(finding.field), {}, table.sheetName});
        }
    } else {
        const Result<Cascade> cascade = loadWorkspace(path);
        if (!cascade)
            return report(cascade.error(), err);
        // The workspace's own settings: its switched-off rules, re-grades and acknowledgements.
        Checker checker(cascade->checkSettings());
        checker.checkAll(*cascade);
        for (const Finding &finding : checker.findings()) {
            if (year && FindingPlace::pkYear(*cascade, finding.objectId).value_or(*year) != *year)
                continue;
            entries.append(
                {finding, finding.field, FindingPlace::label(*cascade, finding.objectId), {}});
        }
    }

    if (format == QLatin1String("json")) {
        out.flush();
        out.device()->write(toJson(path, sheet, entries, language));
    } else {
        printText(path, sheet, entries, language, out);
    }
    const Counts counts = countOf(entries);
    return counts.error + counts.warning > 0 ? Findings : Success;
}

} // namespace Tepat
