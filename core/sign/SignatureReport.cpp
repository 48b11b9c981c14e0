#include "sign/SignatureReport.h"

namespace Tepat {

QStringList SignatureReport::lines(const QList<PdfSignatureVerifier::Signature> &signatures)
{
    QStringList lines;
    for (qsizetype i = 0; i < signatures.size(); ++i) {
        const PdfSignatureVerifier::Signature &signature = signatures[i];
        const auto detail = [&](const QString &text) { lines.append(QStringLiteral("  ") + text); };
        lines.append(
            tr("Signature %1 (%2): %3").arg(i + 1).arg(signature.field, signature.signerName));
        if (!signature.certificate.subject.isEmpty()) {
            detail(tr("Certificate: %1").arg(signature.certificate.subject));
            detail(tr("Issued by: %1").arg(signature.certificate.issuer));
            detail(tr("Valid: %1").arg(signature.certificate.validityText()));
        }
        if (signature.signedAt.isValid())
            detail(tr("Signed: %1").arg(signature.signedAt.toString(Qt::ISODate)));
        detail(tr("Type: %1").arg(QString::fromLatin1(signature.subFilter)));
        if (!signature.intact)
            detail(tr("INVALID: %1.").arg(signature.problem));
        else if (!signature.unchangedSince)
            detail(tr("CHANGED after this signature: %1.").arg(signature.laterChange));
        else if (signature.coversWholeDocument)
            detail(tr("Intact; it covers the whole document."));
        else
            detail(tr("Intact; the document is unchanged since, but for later signatures."));
        switch (signature.trust) {
        case PdfSignatureVerifier::Trust::NotChecked:
            detail(tr("Trust: not checked (give the CA certificates with --trust)."));
            break;
        case PdfSignatureVerifier::Trust::Trusted:
            detail(tr("Trust: the certificate chains to a trusted CA."));
            break;
        case PdfSignatureVerifier::Trust::Untrusted:
            detail(tr("Trust: NOT trusted (%1).").arg(signature.trustProblem));
            break;
        }
    }
    return lines;
}

bool SignatureReport::holds(const QList<PdfSignatureVerifier::Signature> &signatures,
                            bool requireTrusted)
{
    return std::all_of(signatures.begin(), signatures.end(), [&](const auto &signature) {
        return signature.holds()
            && (!requireTrusted || signature.trust == PdfSignatureVerifier::Trust::Trusted);
    });
}

} // namespace Tepat
