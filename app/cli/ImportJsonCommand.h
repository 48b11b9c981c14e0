#pragma once

#include "CliCommand.h"

namespace Tepat {

// `tepat-cli import-json JSON --out FILE.tepat`: builds a workspace from its JSON form. The
// build uses it to make the sample workspace from resources/samples/*.json.
class ImportJsonCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::ImportJsonCommand)

public:
    QString name() const override { return QStringLiteral("import-json"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const override;
};

} // namespace Tepat
