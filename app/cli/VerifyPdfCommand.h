#pragma once

#include "CliCommand.h"

namespace Tepat {

// `tepat-cli verify-pdf FILE.pdf [WORKSPACE]`: whether each digital signature of the PDF holds
// (SignatureCheck) and, given the workspace, whether each document of a PDF that Tepat exported
// still says what its PK in the workspace says now. Exit 0 when all match and every signature
// holds, 1 when a PK was changed after printing (or is gone) or a signature fails, 2 when a file
// cannot be read.
class VerifyPdfCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::VerifyPdfCommand)

public:
    QString name() const override { return QStringLiteral("verify-pdf"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const override;
};

} // namespace Tepat
