#include "print/PkPdfWriter.h"

#include "print/DocumentPainter.h"
#include "print/PaktaIntegritasLayout.h"
#include "print/PdfFile.h"
#include "print/PkComparisonLayout.h"
#include "print/PkLayout.h"
#include "print/PkPdfMetadata.h"

#include <QFileInfo>
#include <QPdfWriter>

namespace Tepat {

namespace {

QString pdfTitle(const Cascade &cascade, const QList<const PkDocument *> &pks)
{
    const PkDocument &first = *pks.first();
    const bool oneOpd = std::all_of(
        pks.begin(), pks.end(), [&](const PkDocument *pk) { return pk->opdId == first.opdId; });
    const Opd *opd = oneOpd ? cascade.opd(first.opdId) : nullptr;
    const QString unit
        = opd ? QStringLiteral("%1 %2").arg(opd->name, cascade.pemda().name) : cascade.pemda().name;
    return PkContent::printable(
        QStringLiteral("Perjanjian Kinerja %1 - %2").arg(first.year).arg(unit));
}

} // namespace

Result<QList<LaidOutDocument>> PkPdfWriter::documents(const PkContent &content,
                                                      const Options &options,
                                                      const std::optional<PkComparison> &comparison)
{
    QList<LaidOutDocument> documents;
    Result<LaidOutDocument> pk = PkLayout::layout(content, options.paper, options.typeface);
    if (!pk)
        return fail(pk.error());
    documents.append(std::move(*pk));
    if (options.comparison && comparison)
        documents.append(PkComparisonLayout::layout(*comparison, options.paper, options.typeface));
    if (options.paktaIntegritas) {
        Result<LaidOutDocument> pakta
            = PaktaIntegritasLayout::layout(content, options.paper, options.typeface);
        if (!pakta)
            return fail(pakta.error());
        documents.append(std::move(*pakta));
    }
    return documents;
}

Result<int> PkPdfWriter::write(const QString &path,
                               const Cascade &cascade,
                               const QList<qint64> &pkIds,
                               const Options &options)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QList<const PkDocument *> pks;
    for (qint64 id : pkIds) {
        const PkDocument *pk = cascade.pk(id);
        Q_ASSERT_X(pk, "Tepat::PkPdfWriter::write", "the PK is not in the cascade");
        pks.append(pk);
    }
    if (pks.isEmpty()) {
        return fail(
            Error(Error::Code::Invalid, tr("No PK to write to %1.").arg(absolute), absolute));
    }

    // The metadata goes into the file's header, so every fingerprint is known before painting.
    QList<PkContent> contents;
    QList<std::optional<PkComparison>> comparisons;
    QList<PkFingerprint> fingerprints;
    for (const PkDocument *pk : pks) {
        contents.append(PkContent::from(cascade, *pk));
        comparisons.append(options.comparison ? PkComparison::from(cascade, *pk) : std::nullopt);
        fingerprints.append(
            PkFingerprint::of(contents.last(), PkFingerprint::Document::PerjanjianKinerja));
        if (options.paktaIntegritas) {
            fingerprints.append(
                PkFingerprint::of(contents.last(), PkFingerprint::Document::PaktaIntegritas));
        }
    }
    // A signature covers the whole file, so only a file of one PK gets places to sign; that PK
    // is laid out first to find them.
    std::optional<Result<QList<LaidOutDocument>>> single;
    QList<SignaturePlace> places;
    if (contents.size() == 1) {
        single = documents(contents.first(), options, comparisons.first());
        if (!*single)
            return fail(single->error());
        places = SignaturePlace::collect((*single)->first(), 1, contents.first());
    }

    int pages = 0;
    const QString title = pdfTitle(cascade, pks);
    const Result<void> written = PdfFile::write(
        absolute,
        options.paper,
        {title, PkPdfMetadata::xmp(title, fingerprints, places)},
        [&](QPdfWriter &writer) -> Result<bool> {
            DocumentPainter painter(writer);
            for (qsizetype i = 0; i < contents.size(); ++i) {
                const Result<QList<LaidOutDocument>> laidOut
                    = single ? *single : documents(contents[i], options, comparisons[i]);
                if (!laidOut)
                    return fail(laidOut.error());
                for (const LaidOutDocument &document : *laidOut) {
                    if (!painter.paint(document))
                        return false;
                    pages += int(document.pages.size());
                }
                if (options.proceed && !options.proceed()) {
                    return fail(Error(Error::Code::Cancelled,
                                      tr("Writing %1 was cancelled.").arg(absolute),
                                      absolute));
                }
            }
            return painter.finish();
        });
    if (!written)
        return fail(written.error());
    return pages;
}

} // namespace Tepat
