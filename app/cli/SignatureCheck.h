#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace Tepat {

// The digital-signature half of `tepat-cli verify-pdf`: its options (--trust, --require-trusted)
// and its report, one paragraph per signature with signer, certificate, validity, whether the
// document is unchanged since and whether the certificate is trusted. Kept apart from the
// fingerprint check so that each can change without the other.
class SignatureCheck
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::SignatureCheck)

public:
    enum class Outcome { Holds, Fails, Unreadable };

    static void configure(QCommandLineParser &parser);
    // Prints the report of pdfPath's signatures. Holds when every signature is intact and
    // nothing but later signatures changed the file after it (and, with --require-trusted,
    // every signer is trusted); a PDF without signatures holds only when requireSigned is false.
    static Outcome run(const QCommandLineParser &parser,
                       const QString &pdfPath,
                       bool requireSigned,
                       QTextStream &out,
                       QTextStream &err);
};

} // namespace Tepat
