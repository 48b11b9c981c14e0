#pragma once

#include "CliCommand.h"

namespace Tepat {

// `tepat-cli sign-pdf IN.pdf --p12 FILE --password-file FILE --as ROLE --out OUT.pdf`: signs the
// PDF of one PK for one party with a PKCS#12 certificate, visibly in that party's signature
// blocks. A second party signs the first one's output; both signatures stay valid. Exit 0 when
// OUT.pdf is written, 2 otherwise (and then no OUT.pdf is written).
class SignPdfCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::SignPdfCommand)

public:
    QString name() const override { return QStringLiteral("sign-pdf"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const override;
};

} // namespace Tepat
