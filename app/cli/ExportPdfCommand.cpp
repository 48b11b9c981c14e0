#include "ExportPdfCommand.h"

#include "EnumKeys.h"
#include "PkPdfWriter.h"
#include "WorkspaceFile.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace Tepat {

namespace {

// "pk-2026-1.02.0.00.0.00.01.0000-dinkes.pdf": the code keeps names unique, the short name makes
// them readable in a folder listing.
QString splitFileName(const Cascade &cascade, qint64 opdId, int year)
{
    const Opd *opd = cascade.opd(opdId);
    QString stem = opd ? QStringLiteral("pk-%1-%2-%3").arg(year).arg(opd->code, opd->shortName)
                       : QStringLiteral("pk-%1-kepala-daerah").arg(year);
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    stem = stem.toLower().replace(unsafe, QStringLiteral("-"));
    return stem + QStringLiteral(".pdf");
}

} // namespace

QString ExportPdfCommand::summary() const
{
    return tr("Write the PKs of a year as PDF for signing, with fingerprints to verify them.");
}

void ExportPdfCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), tr("The workspace (.tepat)."));
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
    parser.addOption({QStringLiteral("paper"),
                      tr("The paper: a4 (default) or f4 (215 × 330 mm)."),
                      QStringLiteral("SIZE")});
    parser.addOption({QStringLiteral("font"),
                      tr("The typeface: sans (Arial metrics, default) or serif (Times New Roman "
                         "metrics)."),
                      QStringLiteral("FACE")});
    parser.addOption(
        {QStringLiteral("split"), tr("Write one PDF per OPD into the folder --out names.")});
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
    if (parser.isSet(QStringLiteral("paper"))) {
        const Result<PaperFormat> paper
            = PaperFormat::fromName(parser.value(QStringLiteral("paper")));
        if (!paper)
            return usage(paper.error().message, err);
        options.paper = *paper;
    }
    if (parser.isSet(QStringLiteral("font"))) {
        const auto typeface = DocumentFonts::typefaceFromName(parser.value(QStringLiteral("font")));
        if (!typeface)
            return usage(typeface.error().message, err);
        options.typeface = *typeface;
    }
    options.paktaIntegritas = parser.isSet(QStringLiteral("pakta"));
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

    const QString workspace = QFileInfo(files.first()).absoluteFilePath();
    const Result<Cascade> cascade = WorkspaceFile::load(workspace);
    if (!cascade)
        return report(cascade.error(), err);
    QList<qint64> opdIds;
    for (const QString &code : parser.values(QStringLiteral("opd"))) {
        const auto opd = std::find_if(cascade->opds().begin(),
                                      cascade->opds().end(),
                                      [&](const Opd &o) { return o.code == code; });
        if (opd == cascade->opds().end())
            return usage(tr("%1 has no OPD with the code %2.").arg(workspace, code), err);
        opdIds.append(opd->id);
    }

    // In the workspace's order, which keeps each OPD's PKs together from the top down.
    QList<qint64> selected;
    for (const PkDocument &pk : cascade->pks()) {
        if (pk.year == year && (levels.isEmpty() || levels.contains(pk.level))
            && (opdIds.isEmpty() || opdIds.contains(pk.opdId)))
            selected.append(pk.id);
    }
    if (selected.isEmpty())
        return usage(tr("%1 has no PK of %2 that matches the selection.").arg(workspace).arg(year),
                     err);

    QList<std::pair<QString, QList<qint64>>> outputs;
    if (parser.isSet(QStringLiteral("split"))) {
        if (!QDir().mkpath(outPath)) {
            err << tr("The folder %1 could not be made.").arg(outPath) << Qt::endl;
            return BadInput;
        }
        QList<qint64> opdOrder;
        QHash<qint64, QList<qint64>> byOpd;
        for (qint64 id : selected) {
            const qint64 opdId = cascade->pk(id)->opdId;
            if (!byOpd.contains(opdId))
                opdOrder.append(opdId);
            byOpd[opdId].append(id);
        }
        for (qint64 opdId : opdOrder) {
            outputs.append(
                {QDir(outPath).filePath(splitFileName(*cascade, opdId, year)), byOpd.value(opdId)});
        }
    } else {
        outputs.append({outPath, selected});
    }
    for (const auto &[path, pkIds] : outputs) {
        const Result<int> pages = PkPdfWriter::write(path, *cascade, pkIds, options);
        if (!pages)
            return report(pages.error(), err);
        out << tr("Wrote %1 (%n page(s), %2 PK).", nullptr, *pages)
                   .arg(QFileInfo(path).absoluteFilePath())
                   .arg(pkIds.size())
            << Qt::endl;
    }
    return Success;
}

} // namespace Tepat
