#pragma once

#include "CliCommand.h"

namespace Tepat {

// `tepat-cli info FILE`: the pemda, the period, the OPDs and how much each level holds.
class InfoCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::InfoCommand)

public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const override;
};

} // namespace Tepat
