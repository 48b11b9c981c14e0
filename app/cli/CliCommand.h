#pragma once

#include "base/Result.h"
#include "model/Cascade.h"
#include "print/DocumentFonts.h"
#include "values/PaperFormat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <optional>

namespace Tepat {

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
    // A workspace from a .tepat file or a server's URL; a server's password comes from libpq's
    // sources or, when they have none and a terminal is there, from a prompt.
    static Result<Cascade> loadWorkspace(const QString &fileOrUrl);
    // Asks for a password on the terminal without echoing it; empty without a terminal.
    static QString askPassword(const QString &url);
    // By extension as well as by content, so that a damaged .tepat gets the workspace's own
    // explanation rather than a complaint about sheet columns.
    static bool isWorkspace(const QString &path);
    // --paper (a4 or f4) and --font (sans or serif) of the commands that write PDFs; nothing when
    // not given, an error naming the value when it is not one of them.
    static Result<std::optional<PaperFormat>> paperOption(const QCommandLineParser &parser);
    static Result<DocumentFonts::Typeface> typefaceOption(const QCommandLineParser &parser);
};

} // namespace Tepat
