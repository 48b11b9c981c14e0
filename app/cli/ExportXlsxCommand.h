#pragma once

#include "CliCommand.h"

namespace Tepat {

// `tepat-cli export-xlsx WORKSPACE --what pk|renstra|findings --out PATH.xlsx|.csv`: a PK's
// lampiran, an OPD's Renstra indicator table or the checker's findings as a spreadsheet.
class ExportXlsxCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::ExportXlsxCommand)

public:
    QString name() const override { return QStringLiteral("export-xlsx"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const override;
};

} // namespace Tepat
