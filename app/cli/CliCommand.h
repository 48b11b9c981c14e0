#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace Tepat {

struct Error;

// One sub-command of tepat-cli ("info", "check", …). Each declares its own options, so that
// `tepat-cli COMMAND --help` documents exactly what it takes.
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::CliCommand)

public:
    // The exit codes are a contract with scripts: 0 success, 1 findings (check), 2 unreadable
    // input.
    enum ExitCode { Success = 0, Findings = 1, BadInput = 2 };

    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual void configure(QCommandLineParser &parser) const = 0;
    virtual int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const = 0;

protected:
    // Prints the message of a failed operation to stderr and returns BadInput.
    static int report(const Error &error, QTextStream &err);
    static int usage(const QString &problem, QTextStream &err);
    // By extension as well as by content, so that a damaged .tepat gets the workspace's own
    // explanation rather than a complaint about sheet columns.
    static bool isWorkspace(const QString &path);
};

} // namespace Tepat
