#pragma once

#include "CliCommand.h"

namespace Tepat {

// `tepat-cli export-pdf WORKSPACE --year YYYY [--opd CODE …] [--level LEVEL …] [--pakta]
// [--paper a4|f4] [--font sans|serif] [--split] --out PATH`: the PKs of a year as PDFs for
// signing, all in one file for a ceremony or, with --split, one file per OPD.
class ExportPdfCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::ExportPdfCommand)

public:
    QString name() const override { return QStringLiteral("export-pdf"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const override;
};

} // namespace Tepat
