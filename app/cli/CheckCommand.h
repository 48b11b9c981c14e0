#pragma once

#include "CliCommand.h"

namespace Tepat {

// `tepat-cli check FILE [--format text|json] [--year YYYY] [--lang id|en]`: runs the checker over a
// workspace or over an IKU sheet exported as CSV and prints the findings. Scripts and CI jobs
// rely on its output and exit code (0 clean, 1 an error or warning, 2 unreadable input), so both
// are a contract: the JSON keys, `row` for a sheet and `object` for a workspace, and the fields
// named as the user knows them (the CSV column, or the workspace field such as "sumberData").
class CheckCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const override;
};

} // namespace Tepat
