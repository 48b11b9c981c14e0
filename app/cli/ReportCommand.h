#pragma once

#include "CliCommand.h"

namespace Tepat {

// `tepat-cli report pengukuran|monitoring|lkjip WORKSPACE --year YYYY [--quarter N] [--opd CODE
// …] [--format pdf|xlsx] [--paper a4|f4] [--font sans|serif] --out PATH [--split]`: the
// reports of issue #13 as PDF or as an XLSX workbook, measured as `tepat-cli capaian` measures
// (docs/reports.md).
class ReportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const override;
};

} // namespace Tepat
