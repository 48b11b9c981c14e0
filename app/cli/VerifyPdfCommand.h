#pragma once

#include "CliCommand.h"

namespace Tepat {

// `tepat-cli verify-pdf FILE.pdf [WORKSPACE]`: whether each digital signature of the PDF holds
// (SignatureCheck) and, given the workspace, whether each document of a PDF that Tepat exported
// still says what its PK in the workspace says now: by its fingerprint and by the text of its
// pages (PrintedPkCheck). Exit 0 when all match and every signature holds, 1 when a PK or the PDF
// was changed after printing (or the PK is gone) or a signature fails, 2 when a file cannot be
// read.
class VerifyPdfCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::VerifyPdfCommand)

public:
    QString name() const override { return QStringLiteral("verify-pdf"); }
    QString summary() const override;
    QString description() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const override;
};

} // namespace Tepat
