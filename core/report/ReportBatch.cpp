#include "report/ReportBatch.h"

#include "report/LkjipReport.h"
#include "report/MonitoringTriwulanReport.h"
#include "report/PengukuranKinerjaReport.h"
#include "report/ReportCells.h"
#include "report/ReportPdfWriter.h"
#include "report/ReportSheets.h"
#include "sheet/XlsxWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace Tepat {

namespace {

QString kindName(ReportScope::Kind kind)
{
    switch (kind) {
    case ReportScope::Kind::Pengukuran:
        return QStringLiteral("Pengukuran Kinerja");
    case ReportScope::Kind::Monitoring:
        return QStringLiteral("Monitoring Triwulan");
    case ReportScope::Kind::Lkjip:
        return QStringLiteral("Laporan Kinerja (LKjIP) Bab III");
    }
    return {};
}

} // namespace

QList<Report> ReportBatch::make(const Cascade &cascade,
                                ReportScope::Kind kind,
                                int year,
                                int quarter,
                                const QList<qint64> &opdIds)
{
    QList<Report> reports;
    for (qint64 pkId : ReportScope::pks(cascade, kind, year, opdIds)) {
        const PkDocument &pk = *cascade.pk(pkId);
        switch (kind) {
        case ReportScope::Kind::Pengukuran:
            reports.append(PengukuranKinerjaReport::of(cascade, pk, quarter));
            break;
        case ReportScope::Kind::Monitoring:
            reports.append(MonitoringTriwulanReport::of(cascade, pk, quarter));
            break;
        case ReportScope::Kind::Lkjip:
            reports.append(LkjipReport::of(cascade, pk, quarter));
            break;
        }
    }
    return reports;
}

QString ReportBatch::title(const Cascade &cascade, ReportScope::Kind kind, int year, int quarter)
{
    return QStringLiteral("%1 · %2 · %3")
        .arg(kindName(kind), cascade.pemda().name, ReportCells::period(year, quarter));
}

QList<ReportBatch::File> ReportBatch::plan(const Cascade &cascade,
                                           const QList<Report> &reports,
                                           ReportScope::Kind kind,
                                           int year,
                                           Format format,
                                           const QString &path,
                                           bool split)
{
    if (!split)
        return {{path, reports}};
    const QString extension
        = format == Format::Pdf ? QStringLiteral("pdf") : QStringLiteral("xlsx");
    QList<File> files;
    QList<qint64> opds; // in the order the reports come
    for (const Report &report : reports) {
        const qsizetype at = opds.indexOf(report.opdId);
        if (at >= 0) {
            files[at].reports.append(report);
            continue;
        }
        const Opd *opd = cascade.opd(report.opdId);
        const QString name = QStringLiteral("%1-%2-%3.%4")
                                 .arg(ReportScope::key(kind))
                                 .arg(year)
                                 .arg(opd ? opd->code : QStringLiteral("pemda"), extension);
        opds.append(report.opdId);
        files.append({QDir(path).filePath(name), {report}});
    }
    return files;
}

Result<QList<int>> ReportBatch::write(const QList<File> &files,
                                      Format format,
                                      PaperFormat::Size paper,
                                      DocumentFonts::Typeface typeface,
                                      const QString &title,
                                      const Progress &progress)
{
    const auto staged = [&progress](const File &file) {
        return progress ? file.path + QStringLiteral(".part") : file.path;
    };
    const auto dropStaged = [&](qsizetype count) {
        for (qsizetype i = 0; progress && i < count; ++i)
            QFile::remove(staged(files[i]));
    };
    QList<int> pages;
    for (const File &file : files) {
        if (format == Format::Xlsx) {
            if (const Result<void> written
                = XlsxWriter::write(staged(file), ReportSheets::of(file.reports));
                !written) {
                dropStaged(pages.size() + 1);
                return fail(written.error());
            }
            pages.append(0);
        } else {
            const Result<int> written
                = ReportPdfWriter::write(staged(file), file.reports, paper, typeface, title);
            if (!written) {
                dropStaged(pages.size() + 1);
                return fail(written.error());
            }
            pages.append(*written);
        }
        if (progress && !progress(int(pages.size()))) {
            dropStaged(pages.size());
            return fail(Error(Error::Code::Cancelled,
                              QCoreApplication::translate("Tepat::ReportBatch",
                                                          "Writing the reports was cancelled."),
                              file.path));
        }
    }
    for (const File &file : files) {
        if (!progress)
            break;
        QFile::remove(file.path);
        if (!QFile::rename(staged(file), file.path)) {
            return fail(
                Error(Error::Code::Io,
                      QCoreApplication::translate("Tepat::ReportBatch", "%1 could not be written.")
                          .arg(file.path),
                      file.path));
        }
    }
    return pages;
}

} // namespace Tepat
