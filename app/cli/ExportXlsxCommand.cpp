#include "ExportXlsxCommand.h"

#include "check/Checker.h"
#include "check/FindingPlace.h"
#include "export/SpreadsheetExport.h"
#include "sheet/SheetFile.h"
#include "store/EnumKeys.h"
#include "store/WorkspaceFile.h"

#include <QFileInfo>

#include <optional>

namespace Tepat {

namespace {

const Opd *opdByCode(const Cascade &cascade, const QString &code)
{
    const auto opd = std::find_if(
        cascade.opds().begin(), cascade.opds().end(), [&](const Opd &o) { return o.code == code; });
    return opd == cascade.opds().end() ? nullptr : &*opd;
}

QString pkLine(const PkDocument &pk)
{
    return QStringLiteral("  --pk %1  %2 (%3)")
        .arg(QString::number(pk.id), pk.pihakPertama.jabatan, enumKey(pk.level));
}

} // namespace

QString ExportXlsxCommand::summary() const
{
    return tr("Write a PK lampiran, a Renstra or the findings as a spreadsheet (.xlsx or .csv).");
}

void ExportXlsxCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), tr("The workspace (.tepat)."));
    parser.addOption({QStringLiteral("what"),
                      tr("pk (default): the lampiran of one PK, sasaran and programs; renstra: "
                         "the indicator table of the OPD --opd names; findings: the checker's "
                         "findings."),
                      QStringLiteral("WHAT"),
                      QStringLiteral("pk")});
    parser.addOption({QStringLiteral("year"),
                      tr("The year of the PK (pk); the PK year of the findings, with everything "
                         "outside the PKs (findings)."),
                      QStringLiteral("YYYY")});
    parser.addOption({QStringLiteral("opd"),
                      tr("The OPD by its code: the PK of its head (pk), its Renstra (renstra)."),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("level"),
                      tr("The level of the PK (%1); kepala-opd with --opd, else kepala-daerah.")
                          .arg(enumKeyList<PkDocument::Level>()),
                      QStringLiteral("LEVEL")});
    parser.addOption({QStringLiteral("pk"),
                      tr("The PK by its id, when several match the other options."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("lang"),
                      tr("The language of the findings: id (default) or en."),
                      QStringLiteral("LANG"),
                      QStringLiteral("id")});
    parser.addOption({QStringLiteral("out"),
                      tr("The file to write: .xlsx for a workbook, .csv for CSV (UTF-8, \";\"). "
                         "A PK's program table goes to a second CSV file, NAME-program.csv."),
                      QStringLiteral("PATH")});
}

int ExportXlsxCommand::run(const QCommandLineParser &parser,
                           QTextStream &out,
                           QTextStream &err) const
{
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 1)
        return usage(tr("export-xlsx takes exactly one workspace file."), err);
    const QString what = parser.value(QStringLiteral("what"));
    const QStringList choices {
        QStringLiteral("pk"), QStringLiteral("renstra"), QStringLiteral("findings")};
    if (!choices.contains(what))
        return usage(tr("--what is pk, renstra or findings, not \"%1\".").arg(what), err);
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return usage(tr("export-xlsx needs --out PATH.xlsx or PATH.csv, where to write."), err);
    if (!SheetFile::typeOf(outPath))
        return usage(tr("--out names a .xlsx or .csv file, not \"%1\".").arg(outPath), err);
    std::optional<int> year;
    if (parser.isSet(QStringLiteral("year"))) {
        bool ok = false;
        year = parser.value(QStringLiteral("year")).toInt(&ok);
        if (!ok) {
            return usage(
                tr("--year takes a year, not \"%1\".").arg(parser.value(QStringLiteral("year"))),
                err);
        }
    }
    const QString lang = parser.value(QStringLiteral("lang"));
    if (lang != QLatin1String("id") && lang != QLatin1String("en"))
        return usage(tr("--lang is id or en, not \"%1\".").arg(lang), err);
    std::optional<PkDocument::Level> level;
    if (parser.isSet(QStringLiteral("level"))) {
        const QString key = parser.value(QStringLiteral("level"));
        level = enumFromKey<PkDocument::Level>(key);
        if (!level) {
            return usage(
                tr("\"%1\" is not a PK level; use %2.").arg(key, enumKeyList<PkDocument::Level>()),
                err);
        }
    }

    const QString workspace = QFileInfo(files.first()).absoluteFilePath();
    const Result<Cascade> cascade = WorkspaceFile::load(workspace);
    if (!cascade)
        return report(cascade.error(), err);
    const Opd *opd = nullptr;
    if (parser.isSet(QStringLiteral("opd"))) {
        const QString code = parser.value(QStringLiteral("opd"));
        opd = opdByCode(*cascade, code);
        if (!opd)
            return usage(tr("%1 has no OPD with the code %2.").arg(workspace, code), err);
    }

    QList<SheetTable> tables;
    if (what == QLatin1String("pk")) {
        if (!year)
            return usage(tr("export-xlsx --what pk needs --year YYYY, the year of the PK."), err);
        const bool byId = parser.isSet(QStringLiteral("pk"));
        const qint64 pkId = parser.value(QStringLiteral("pk")).toLongLong();
        const PkDocument::Level wanted
            = level.value_or(opd ? PkDocument::Level::KepalaOpd : PkDocument::Level::KepalaDaerah);
        QList<const PkDocument *> matching;
        for (const PkDocument &pk : cascade->pks()) {
            const bool selected
                = byId ? pk.id == pkId : pk.level == wanted && pk.opdId == (opd ? opd->id : 0);
            if (pk.year == *year && selected)
                matching.append(&pk);
        }
        if (matching.isEmpty()) {
            return usage(tr("%1 has no PK of %2 that matches the selection.")
                             .arg(workspace, QString::number(*year)),
                         err);
        }
        if (matching.size() > 1) {
            QStringList lines;
            for (const PkDocument *pk : std::as_const(matching))
                lines.append(pkLine(*pk));
            return usage(tr("%1 has %2 PKs of %3 that match; choose one:\n%4")
                             .arg(workspace,
                                  QString::number(matching.size()),
                                  QString::number(*year),
                                  lines.join(u'\n')),
                         err);
        }
        tables = SpreadsheetExport::pkLampiran(*cascade, *matching.first());
    } else if (what == QLatin1String("renstra")) {
        if (!opd)
            return usage(tr("export-xlsx --what renstra needs --opd CODE, whose Renstra."), err);
        if (year && !cascade->periode().contains(*year)) {
            return usage(tr("%1 is outside the period %2–%3 of %4; a Renstra covers the whole "
                            "period, --year is not needed.")
                             .arg(QString::number(*year),
                                  QString::number(cascade->periode().startYear),
                                  QString::number(cascade->periode().endYear),
                                  workspace),
                         err);
        }
        tables = {SpreadsheetExport::renstra(*cascade, *opd)};
    } else {
        if (opd)
            return usage(tr("--opd selects a PK or a Renstra; findings are exported whole."), err);
        // The workspace's own settings: its switched-off rules, re-grades and acknowledgements.
        Checker checker(cascade->checkSettings());
        checker.checkAll(*cascade);
        QList<Finding> findings;
        for (const Finding &finding : checker.findings()) {
            if (!year || FindingPlace::pkYear(*cascade, finding.objectId).value_or(*year) == *year)
                findings.append(finding);
        }
        const Language language
            = lang == QLatin1String("id") ? Language::Indonesian : Language::English;
        tables = {SpreadsheetExport::findings(*cascade, findings, language, year)};
    }

    const Result<QStringList> written = SheetFile::write(outPath, tables);
    if (!written)
        return report(written.error(), err);
    for (const QString &path : *written)
        out << tr("Wrote %1.").arg(QFileInfo(path).absoluteFilePath()) << Qt::endl;
    return Success;
}

} // namespace Tepat
