#include "ReportCommand.h"

#include "measure/CapaianEngine.h"
#include "report/ReportBatch.h"
#include "server/ServerUrl.h"

#include <QDir>
#include <QFileInfo>

namespace Tepat {

QString ReportCommand::summary() const
{
    return tr("Write the Pengukuran Kinerja, Monitoring Triwulan or LKjIP tables as PDF or XLSX.");
}

void ReportCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("KIND"),
        tr("pengukuran: the Pengukuran Kinerja of every PK; monitoring: the Monitoring Triwulan "
           "of each OPD's PK; lkjip: the LKjIP chapter III tables of each OPD's PK and the "
           "pemda's."));
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"),
                                 tr("The workspace (.tepat or a server's postgresql:// URL)."));
    parser.addOption({QStringLiteral("year"), tr("The year of the PKs."), QStringLiteral("YYYY")});
    parser.addOption({QStringLiteral("quarter"),
                      tr("Measure up to this triwulan, 1 to 4 (default: the last one with any "
                         "realisasi in the year, as tepat-cli capaian)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("opd"),
                      tr("Only the OPD with this code, or \"pemda\" for the kepala daerah's PK; "
                         "repeat for more (default: every OPD and the pemda)."),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("format"),
                      tr("pdf or xlsx (default: by the extension of --out; pdf with --split)."),
                      QStringLiteral("FORMAT")});
    parser.addOption(
        {QStringLiteral("paper"),
         tr("The paper of a PDF: a4 or f4, turned landscape when a table needs it (default: the "
            "workspace's paper)."),
         QStringLiteral("SIZE")});
    parser.addOption({QStringLiteral("font"),
                      tr("The typeface of a PDF: sans (default) or serif."),
                      QStringLiteral("FACE")});
    parser.addOption({QStringLiteral("split"),
                      tr("Write one file per OPD (and one for the pemda) into the folder --out "
                         "names, KIND-YEAR-CODE.pdf or .xlsx.")});
    parser.addOption({QStringLiteral("out"),
                      tr("The file to write, or the folder with --split."),
                      QStringLiteral("PATH")});
}

int ReportCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const
{
    const QStringList arguments = parser.positionalArguments().mid(1);
    if (arguments.size() != 2)
        return usage(tr("report takes a kind (pengukuran, monitoring or lkjip) and a workspace."),
                     err);
    const std::optional<ReportScope::Kind> kind = ReportScope::fromKey(arguments[0]);
    if (!kind) {
        return usage(
            tr("\"%1\" is not a report; use pengukuran, monitoring or lkjip.").arg(arguments[0]),
            err);
    }
    bool validYear = false;
    const int year = parser.value(QStringLiteral("year")).toInt(&validYear);
    if (!validYear)
        return usage(tr("report needs --year YYYY, the year of the PKs."), err);
    std::optional<int> quarter;
    if (parser.isSet(QStringLiteral("quarter"))) {
        bool ok = false;
        quarter = parser.value(QStringLiteral("quarter")).toInt(&ok);
        if (!ok || *quarter < 1 || *quarter > Realisasi::quarterCount) {
            return usage(tr("--quarter takes a triwulan from 1 to 4, not \"%1\".")
                             .arg(parser.value(QStringLiteral("quarter"))),
                         err);
        }
    }
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return usage(tr("report needs --out PATH, where to write."), err);
    const bool split = parser.isSet(QStringLiteral("split"));
    QString format = parser.value(QStringLiteral("format"));
    if (format.isEmpty()) {
        format = !split && outPath.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)
            ? QStringLiteral("xlsx")
            : QStringLiteral("pdf");
    }
    if (format != QLatin1String("pdf") && format != QLatin1String("xlsx"))
        return usage(tr("--format is pdf or xlsx, not \"%1\".").arg(format), err);
    const ReportBatch::Format fileFormat
        = format == QLatin1String("pdf") ? ReportBatch::Format::Pdf : ReportBatch::Format::Xlsx;
    const Result<std::optional<PaperFormat>> paper = paperOption(parser);
    if (!paper)
        return usage(paper.error().message, err);
    const Result<DocumentFonts::Typeface> typeface = typefaceOption(parser);
    if (!typeface)
        return usage(typeface.error().message, err);

    const QString workspace = ServerUrl::isServerUrl(arguments[1])
        ? arguments[1]
        : QFileInfo(arguments[1]).absoluteFilePath();
    const Result<Cascade> cascade = loadWorkspace(workspace);
    if (!cascade)
        return report(cascade.error(), err);
    QList<qint64> opdIds;
    for (const QString &code : parser.values(QStringLiteral("opd"))) {
        if (code == QLatin1String("pemda")) {
            opdIds.append(0);
            continue;
        }
        const auto opd = std::find_if(cascade->opds().begin(),
                                      cascade->opds().end(),
                                      [&](const Opd &o) { return o.code == code; });
        if (opd == cascade->opds().end())
            return usage(tr("%1 has no OPD with the code %2.").arg(workspace, code), err);
        opdIds.append(opd->id);
    }
    int measured = quarter.value_or(CapaianEngine::lastReportedQuarter(*cascade, year));
    if (measured == 0)
        measured = Realisasi::quarterCount;
    const QList<Report> reports = ReportBatch::make(*cascade, *kind, year, measured, opdIds);
    if (reports.isEmpty()) {
        return usage(tr("%1 has no PK of %2 for this report that matches the selection.")
                         .arg(workspace)
                         .arg(year),
                     err);
    }
    if (split && !QDir().mkpath(outPath)) {
        err << tr("The folder %1 could not be made.").arg(outPath) << Qt::endl;
        return BadInput;
    }
    const QList<ReportBatch::File> files
        = ReportBatch::plan(*cascade, reports, *kind, year, fileFormat, outPath, split);
    const Result<QList<int>> pages
        = ReportBatch::write(files,
                             fileFormat,
                             paper->value_or(PaperFormat(cascade->printSettings().paper)).size(),
                             *typeface,
                             ReportBatch::title(*cascade, *kind, year, measured));
    if (!pages)
        return report(pages.error(), err);
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString path = QFileInfo(files[i].path).absoluteFilePath();
        if (fileFormat == ReportBatch::Format::Pdf)
            out << tr("Wrote %1 (%n page(s)).", nullptr, pages->at(i)).arg(path) << Qt::endl;
        else
            out << tr("Wrote %1.").arg(path) << Qt::endl;
    }
    return Success;
}

} // namespace Tepat
