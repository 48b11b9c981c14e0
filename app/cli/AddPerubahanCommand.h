#pragma once

#include "CliCommand.h"

namespace Tepat {

// `tepat-cli add-perubahan WORKSPACE --pk ID --alasan GROUND --dasar TEXT --berlaku DATE`: makes a
// PK Perubahan of the PK's newest version, as the window's "Buat PK Perubahan" does, and prints
// the new PK's id. Exit 0 when made, 2 otherwise.
class AddPerubahanCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::AddPerubahanCommand)

public:
    QString name() const override { return QStringLiteral("add-perubahan"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const override;
};

} // namespace Tepat
