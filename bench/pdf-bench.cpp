// Pages per second of `tepat-cli export-pdf` on the PKs of a synthetic 60-OPD workspace,
// compared in the same run with LibreOffice converting the same content, written as ODT, to PDF,
// and of `tepat-cli report lkjip` on the same workspace: the LKjIP tables of every OPD.
// Usage: tepat-bench-pdf [INDICATORS]   (default 9100: 60 OPDs with 3 PKs each)
#include "PkOdtWriter.h"
#include "SyntheticCascade.h"
#include "print/PkPdfWriter.h"
#include "report/ReportBatch.h"
#include "report/ReportPdfWriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Tepat;

namespace {

int pdfPages(const QString &pdf)
{
    QProcess pdfinfo;
    pdfinfo.start(QStringLiteral("pdfinfo"), {pdf});
    pdfinfo.waitForFinished(60000);
    for (const QString &line : QString::fromUtf8(pdfinfo.readAllStandardOutput()).split(u'\n')) {
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    return 0;
}

// LibreOffice as one would script it: one soffice process per conversion. The first run in a
// fresh profile builds the profile, so a warm-up conversion goes first and is not timed.
qint64 convertWithLibreOffice(const QString &soffice, const QString &odt, const QString &profile)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(soffice,
                  {QStringLiteral("-env:UserInstallation=file://%1").arg(profile),
                   QStringLiteral("--headless"),
                   QStringLiteral("--convert-to"),
                   QStringLiteral("pdf"),
                   QStringLiteral("--outdir"),
                   QFileInfo(odt).absolutePath(),
                   odt});
    process.waitForFinished(-1);
    return process.exitCode() == 0 ? timer.elapsed() : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const int indicators = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 9100;
    const Cascade cascade = SyntheticCascade::generate(indicators);
    QList<qint64> pkIds;
    QList<PkContent> contents;
    for (const PkDocument &pk : cascade.pks()) {
        pkIds.append(pk.id);
        contents.append(PkContent::from(cascade, pk));
    }
    out << QStringLiteral("Workspace: %1 indicators, %2 OPDs, %3 PKs")
               .arg(cascade.indicatorCount())
               .arg(cascade.opds().size())
               .arg(pkIds.size())
        << Qt::endl;

    QTemporaryDir dir;
    const QString tepatPdf = dir.filePath(QStringLiteral("tepat.pdf"));
    QList<qint64> runs;
    int pages = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        const Result<int> written = PkPdfWriter::write(tepatPdf, cascade, pkIds, {});
        runs.append(timer.elapsed());
        if (!written) {
            out << written.error().message << Qt::endl;
            return 1;
        }
        pages = *written;
    }
    std::sort(runs.begin(), runs.end());
    const double tepatRate = pages * 1000.0 / std::max<qint64>(1, runs[1]);
    out << QStringLiteral("Tepat:       %1 pages in %2 ms (median of 3): %3 pages/s, %4 KB")
               .arg(pages)
               .arg(runs[1])
               .arg(tepatRate, 0, 'f', 1)
               .arg(QFileInfo(tepatPdf).size() / 1024)
        << Qt::endl;

    // The LKjIP tables of every OPD and the pemda, measured and laid out in each run.
    const int year = cascade.pks().first().year;
    const QString lkjipPdf = dir.filePath(QStringLiteral("lkjip.pdf"));
    QList<qint64> lkjipRuns;
    int lkjipPages = 0;
    qsizetype reportCount = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        const QList<Report> reports = ReportBatch::make(
            cascade, ReportScope::Kind::Lkjip, year, Realisasi::quarterCount, {});
        const Result<int> written = ReportPdfWriter::write(
            lkjipPdf,
            reports,
            PaperFormat::Size::F4,
            DocumentFonts::Typeface::Sans,
            ReportBatch::title(cascade, ReportScope::Kind::Lkjip, year, Realisasi::quarterCount));
        lkjipRuns.append(timer.elapsed());
        if (!written) {
            out << written.error().message << Qt::endl;
            return 1;
        }
        lkjipPages = *written;
        reportCount = reports.size();
    }
    std::sort(lkjipRuns.begin(), lkjipRuns.end());
    out << QStringLiteral("LKjIP:       %1 reports, %2 pages in %3 ms (median of 3): %4 pages/s, "
                          "%5 KB")
               .arg(reportCount)
               .arg(lkjipPages)
               .arg(lkjipRuns[1])
               .arg(lkjipPages * 1000.0 / std::max<qint64>(1, lkjipRuns[1]), 0, 'f', 1)
               .arg(QFileInfo(lkjipPdf).size() / 1024)
        << Qt::endl;

    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        out << QStringLiteral("LibreOffice: not installed (apt-get install -y "
                              "libreoffice-writer-nogui); no comparison.")
            << Qt::endl;
        return 0;
    }
    const QString odt = dir.filePath(QStringLiteral("libreoffice.odt"));
    const QString warmUp = dir.filePath(QStringLiteral("warm-up.odt"));
    if (!PkOdtWriter::write(odt, contents) || !PkOdtWriter::write(warmUp, contents.mid(0, 1))) {
        out << QStringLiteral("The ODT could not be written.") << Qt::endl;
        return 1;
    }
    const QString profile = dir.filePath(QStringLiteral("profile"));
    convertWithLibreOffice(soffice, warmUp, profile);
    const qint64 elapsed = convertWithLibreOffice(soffice, odt, profile);
    const int officePages = pdfPages(dir.filePath(QStringLiteral("libreoffice.pdf")));
    if (elapsed < 0 || officePages == 0) {
        out << QStringLiteral("LibreOffice: the conversion failed.") << Qt::endl;
        return 1;
    }
    const double officeRate = officePages * 1000.0 / std::max<qint64>(1, elapsed);
    out << QStringLiteral("LibreOffice: %1 pages in %2 ms (one soffice run, after a warm-up): "
                          "%3 pages/s")
               .arg(officePages)
               .arg(elapsed)
               .arg(officeRate, 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("Tepat is %1 times as fast in pages per second.")
               .arg(tepatRate / officeRate, 0, 'f', 1)
        << Qt::endl;
    return 0;
}
