#pragma once

#include "CliCommand.h"

namespace Tepat {

class ServerStore;

// `tepat-cli server init|publish|grant|pull|push …`: sets up a Tepat server, loads a workspace
// into it, gives users their roles, and takes offline copies out and back. A contract with
// scripts: push exits 0 when everything was applied, 1 when some changes were refused (each
// listed with its object and the reason), 2 when the copy or the server cannot be read.
class ServerCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::ServerCommand)

public:
    QString name() const override { return QStringLiteral("server"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const override;

private:
    int init(const QStringList &arguments, QTextStream &out, QTextStream &err) const;
    int publish(const QStringList &arguments, QTextStream &out, QTextStream &err) const;
    int grant(const QCommandLineParser &parser,
              const QStringList &arguments,
              QTextStream &out,
              QTextStream &err) const;
    int pull(const QCommandLineParser &parser,
             const QStringList &arguments,
             QTextStream &out,
             QTextStream &err) const;
    int push(const QStringList &arguments, QTextStream &out, QTextStream &err) const;
};

} // namespace Tepat
