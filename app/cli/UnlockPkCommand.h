#pragma once

#include "CliCommand.h"

namespace Tepat {

// `tepat-cli unlock-pk WORKSPACE --pk ID --reason TEXT`: unlocks a signed PK, recording why in its
// lock history. Exit 0 when unlocked, 2 otherwise.
class UnlockPkCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::UnlockPkCommand)

public:
    QString name() const override { return QStringLiteral("unlock-pk"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const override;
};

} // namespace Tepat
