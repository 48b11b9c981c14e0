#pragma once

#include "CliCommand.h"

namespace Tepat {

// `tepat-cli diff-pk WORKSPACE --pk ID [--against ID] [--format text|json]`: the rows of a PK
// against the version it changes (or any other PK), added, removed and changed, with the deltas
// of targets and anggaran. Exit 0 when the two agree, 1 when they differ, 2 on bad input.
class DiffPkCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::DiffPkCommand)

public:
    QString name() const override { return QStringLiteral("diff-pk"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const override;
};

} // namespace Tepat
