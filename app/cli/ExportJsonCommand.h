#pragma once

#include "CliCommand.h"

namespace Tepat {

// `tepat-cli export-json FILE [--out PATH]`: the whole workspace as JSON (docs/json-format.md).
class ExportJsonCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::ExportJsonCommand)

public:
    QString name() const override { return QStringLiteral("export-json"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const override;
};

} // namespace Tepat
