#pragma once

#include "CliCommand.h"

namespace Tepat {

// `tepat-cli lock-pk WORKSPACE --pk ID (--signed-on DATE | --signed-pdf FILE)`: records that a
// PK was signed, which locks it. With --signed-pdf the PDF must be a signed print of the PK as
// the workspace has it now (every signature holds and its fingerprint matches); the day of its
// last signature is the day it was signed. Exit 0 when locked, 1 when the PDF does not prove
// it, 2 on bad input.
class LockPkCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::LockPkCommand)

public:
    QString name() const override { return QStringLiteral("lock-pk"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const override;
};

} // namespace Tepat
