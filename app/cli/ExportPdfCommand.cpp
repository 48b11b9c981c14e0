#include "ExportPdfCommand.h"

#include "print/PkBatchExport.h"
#include "server/ServerUrl.h"
#include "store/EnumKeys.h"

#include <QDir>
#include <QFileInfo>

namespace Tepat {

QString ExportPdfCommand::summary() const
{
    return tr("Write the PKs of a year as PDF for signing, with fingerprints to verify them.");
}

void ExportPdfCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"),
                                 tr("The workspace (.tepat or a server's postgresql:// URL)."));
    parser.addOption({QStringLiteral("year"), tr("The year of the PKs."), QStringLiteral("YYYY")});
    parser.addOption({QStringLiteral("opd"),
                      tr("Only the PKs of the OPD with this code; repeat for more OPDs."),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("level"),
                      tr("Only PKs of this level (%1); repeat for more levels.")
                          .arg(enumKeyList<PkDocument::Level>()),
                      QStringLiteral("LEVEL")});
    parser.addOption({QStringLiteral("pakta"),
                      tr("Follow each PK with the Pakta Integritas of its pihak pertama.")});
    parser.addOption(
        {QStringLiteral("paper"),
         tr("The paper: a4 or f4 (215 × 330 mm); the workspace's paper when not given."),
         QStringLiteral("SIZE")});
    parser.addOption({QStringLiteral("font"),
                      tr("The typeface: sans (Arial metrics, default) or serif (Times New Roman "
                         "metrics)."),
                      QStringLiteral("FACE")});
    parser.addOption(
        {QStringLiteral("split"), tr("Write one PDF per OPD into the folder --out names.")});
    parser.addOption({QStringLiteral("per-pk"),
                      tr("Write one PDF per PK into the folder --out names, each ready for "
                         "sign-pdf.")});
    parser.addOption({QStringLiteral("comparison"),
                      tr("Follow a PK Perubahan with the page that compares it with the version "
                         "it changes.")});
    parser.addOption({QStringLiteral("out"),
                      tr("The PDF to write, or the folder with --split."),
                      QStringLiteral("PATH")});
}

int ExportPdfCommand::run(const QCommandLineParser &parser,
                          QTextStream &out,
                          QTextStream &err) const
{
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 1)
        return usage(tr("export-pdf takes exactly one workspace file."), err);
    bool validYear = false;
    const int year = parser.value(QStringLiteral("year")).toInt(&validYear);
    if (!validYear)
        return usage(tr("export-pdf needs --year YYYY, the year of the PKs."), err);
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return usage(tr("export-pdf needs --out PATH, where to write."), err);

    PkPdfWriter::Options options;
    const Result<std::optional<PaperFormat>> paper = paperOption(parser);
    if (!paper)
        return usage(paper.error().message, err);
    const Result<DocumentFonts::Typeface> typeface = typefaceOption(parser);
    if (!typeface)
        return usage(typeface.error().message, err);
    options.typeface = *typeface;
    options.paktaIntegritas = parser.isSet(QStringLiteral("pakta"));
    options.comparison = parser.isSet(QStringLiteral("comparison"));
    QList<PkDocument::Level> levels;
    for (const QString &key : parser.values(QStringLiteral("level"))) {
        const auto level = enumFromKey<PkDocument::Level>(key);
        if (!level) {
            return usage(
                tr("\"%1\" is not a PK level; use %2.").arg(key, enumKeyList<PkDocument::Level>()),
                err);
        }
        levels.append(*level);
    }

    const QString workspace = ServerUrl::isServerUrl(files.first())
        ? files.first()
        : QFileInfo(files.first()).absoluteFilePath();
    const Result<Cascade> cascade = loadWorkspace(workspace);
    if (!cascade)
        return report(cascade.error(), err);
    options.paper = paper->value_or(PaperFormat(cascade->printSettings().paper));
    PkBatchExport::Selection selection;
    selection.year = year;
    selection.levels = levels;
    for (const QString &code : parser.values(QStringLiteral("opd"))) {
        const auto opd = std::find_if(cascade->opds().begin(),
                                      cascade->opds().end(),
                                      [&](const Opd &o) { return o.code == code; });
        if (opd == cascade->opds().end())
            return usage(tr("%1 has no OPD with the code %2.").arg(workspace, code), err);
        selection.opdIds.append(opd->id);
    }
    const QList<qint64> selected = PkBatchExport::select(*cascade, selection);
    if (selected.isEmpty())
        return usage(tr("%1 has no PK of %2 that matches the selection.").arg(workspace).arg(year),
                     err);

    const PkBatchExport::Split split = parser.isSet(QStringLiteral("per-pk"))
        ? PkBatchExport::Split::PerPk
        : parser.isSet(QStringLiteral("split")) ? PkBatchExport::Split::PerOpd
                                                : PkBatchExport::Split::None;
    if (split != PkBatchExport::Split::None && !QDir().mkpath(outPath)) {
        err << tr("The folder %1 could not be made.").arg(outPath) << Qt::endl;
        return BadInput;
    }
    const QList<PkBatchExport::File> outputs
        = PkBatchExport::plan(*cascade, selected, outPath, split);
    const Result<QList<int>> pages = PkBatchExport::write(*cascade, outputs, options);
    if (!pages)
        return report(pages.error(), err);
    for (int i = 0; i < outputs.size(); ++i) {
        out << tr("Wrote %1 (%n page(s), %2 PK).", nullptr, pages->at(i))
                   .arg(QFileInfo(outputs[i].path).absoluteFilePath())
                   .arg(outputs[i].pkIds.size())
            << Qt::endl;
    }
    return Success;
}

} // namespace Tepat
