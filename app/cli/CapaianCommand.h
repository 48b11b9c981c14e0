#pragma once

#include "CliCommand.h"

namespace Tepat {

// `tepat-cli capaian FILE [--year YYYY] [--quarter 1-4] [--format text|json] [--lang id|en]`:
// the capaian of every PK indicator of a workspace's year, or of every row of a sheet, up to a
// triwulan. Other tools and tests depend on it, so the JSON keys, the exit codes (0, or 2 for
// input that cannot be read) and the sheet's column names (IndicatorSheetReader) are a contract:
// see issue #12 and docs/capaian.md.
class CapaianCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::CapaianCommand)

public:
    QString name() const override { return QStringLiteral("capaian"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const override;
};

} // namespace Tepat
