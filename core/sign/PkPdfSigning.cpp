#include "sign/PkPdfSigning.h"

#include "base/InputFile.h"
#include "print/PkContent.h"
#include "print/PkPdfMetadata.h"
#include "print/SignaturePlace.h"
#include "sign/CmsSigner.h"
#include "sign/PdfSigner.h"

#include <QFileInfo>
#include <QSaveFile>

namespace Tepat {

QString PkPdfSigning::officialKey(const Official &official)
{
    return PkContent::printable(official.name).toCaseFolded() + u'|'
        + PkContent::printable(official.nip).remove(u' ');
}

QList<Official> PkPdfSigning::signatories(const Cascade &cascade, const QList<qint64> &pkIds)
{
    QList<Official> officials;
    QSet<QString> seen;
    const auto add = [&](const Official &official) {
        if (official.isEmpty() || seen.contains(officialKey(official)))
            return;
        seen.insert(officialKey(official));
        officials.append(official);
    };
    for (qint64 id : pkIds) {
        if (const PkDocument *pk = cascade.pk(id)) {
            add(pk->pihakPertama);
            add(pk->pihakKedua);
        }
    }
    return officials;
}

Result<PkPdfSigning::Outcome> PkPdfSigning::signFile(const QString &path,
                                                     const QHash<QString, CmsSigner *> &signers,
                                                     Order order,
                                                     const QDateTime &when)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    Result<QByteArray> read = InputFile::read(absolute, PkPdfMetadata::maxFileSize);
    if (!read)
        return fail(read.error());
    QByteArray pdf = std::move(*read);

    // One official per party, in signing order.
    QList<std::pair<QString, Official>> parties;
    for (const SignaturePlace &place : SignaturePlace::read(pdf)) {
        const QString role = SignaturePlace::partyKey(place.party);
        if (std::none_of(
                parties.begin(), parties.end(), [&](const auto &p) { return p.first == role; }))
            parties.append({role, place.official});
    }
    const QString first = SignaturePlace::partyKey(order == Order::PihakKeduaFirst
                                                       ? SignaturePlace::Party::PihakKedua
                                                       : SignaturePlace::Party::PihakPertama);
    std::stable_partition(
        parties.begin(), parties.end(), [&](const auto &party) { return party.first == first; });

    Outcome outcome;
    outcome.path = absolute;
    for (const auto &[role, official] : std::as_const(parties)) {
        if (!signers.value(officialKey(official)))
            outcome.missing.append(official.name);
    }
    if (parties.isEmpty() || !outcome.missing.isEmpty())
        return outcome;
    for (const auto &[role, official] : std::as_const(parties)) {
        const Result<QByteArray> signedPdf
            = PdfSigner::sign(pdf, absolute, role, *signers.value(officialKey(official)), when);
        if (!signedPdf)
            return fail(signedPdf.error());
        pdf = *signedPdf;
        outcome.signedBy.append(official.name);
    }
    QSaveFile save(absolute);
    if (!save.open(QIODevice::WriteOnly) || save.write(pdf) != pdf.size() || !save.commit()) {
        return fail(Error(Error::Code::Io,
                          tr("%1 could not be written: %2").arg(absolute, save.errorString()),
                          absolute));
    }
    outcome.complete = true;
    return outcome;
}

} // namespace Tepat
