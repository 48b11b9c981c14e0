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
    // What `COMMAND --help` says above the options; the summary unless a command says more.
    virtual QString description() const { return summary(); }
    virtual void configure(QCommandLineParser &parser) const = 0;
    virtual int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const = 0;

    // Text from a file (a name in a workspace, a line of a PDF) as a terminal may print it:
    // control characters, which could move the cursor, retitle the window or clear the screen,
    // become U+FFFD.
    static QString plain(const QString &text);

protected:
    // Prints the message of a failed operation to stderr and returns BadInput.
    static int report(const Error &error, QTextStream &err);
    static int usage(const QString &problem, QTextStream &err);
};

} // namespace Tepat
