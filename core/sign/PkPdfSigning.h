#pragma once

#include "model/Cascade.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

namespace Tepat {

class CmsSigner;

// Signs the PDF of one PK for all of its parties in turn, each with their own certificate: the
// step after an export when the signatories' certificates are at hand (the window's signed export
// and the signing ceremony). Officials are matched by name and NIP as the PK prints them. When a
// party has no certificate, the PDF is left unsigned rather than half signed, and the result
// names who was missing, so that one absent certificate never stops the other PKs.
class PkPdfSigning
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::PkPdfSigning)

public:
    // Who signs first: by default the superior (pihak kedua), then pihak pertama, whose
    // signature then covers the whole document; the user may choose the other order.
    enum class Order { PihakKeduaFirst, PihakPertamaFirst };

    struct Outcome
    {
        QString path;
        bool complete = false; // every party signed
        QStringList signedBy;  // in signing order
        QStringList missing;   // officials without a certificate
    };

    static QString officialKey(const Official &official);
    // The officials who sign these PKs, each once, in the order of the PKs.
    static QList<Official> signatories(const Cascade &cascade, const QList<qint64> &pkIds);
    // Signs the file in place (replaced in one step) when every party of it has a signer.
    static Result<Outcome> signFile(const QString &path,
                                    const QHash<QString, CmsSigner *> &signers,
                                    Order order,
                                    const QDateTime &when);
};

} // namespace Tepat
