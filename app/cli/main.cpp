#include "AddPerubahanCommand.h"
#include "CapaianCommand.h"
#include "CheckCommand.h"
#include "DiffPkCommand.h"
#include "ExportJsonCommand.h"
#include "ExportPdfCommand.h"
#include "ExportXlsxCommand.h"
#include "ImportJsonCommand.h"
#include "InfoCommand.h"
#include "LockPkCommand.h"
#include "ReportCommand.h"
#include "ServerCommand.h"
#include "SignPdfCommand.h"
#include "UnlockPkCommand.h"
#include "VerifyPdfCommand.h"

#include <QGuiApplication>

#include <memory>
#include <vector>

using namespace Tepat;

namespace {

void printOverview(const std::vector<std::unique_ptr<CliCommand>> &commands, QTextStream &out)
{
    out << QCoreApplication::translate("main", "Usage: tepat-cli COMMAND [OPTIONS] [FILE…]")
        << Qt::endl
        << QCoreApplication::translate(
               "main", "Check, export and inspect Tepat workspaces without a window.")
        << Qt::endl
        << Qt::endl
        << QCoreApplication::translate("main", "Commands:") << Qt::endl;
    for (const auto &command : commands)
        out << QStringLiteral("  %1  %2").arg(command->name(), -14).arg(command->summary())
            << Qt::endl;
    out << Qt::endl
        << QCoreApplication::translate(
               "main", "Run \"tepat-cli COMMAND --help\" for the options of a command.")
        << Qt::endl
        << QCoreApplication::translate(
               "main", "Exit status: 0 success, 1 findings reported, 2 unreadable input.")
        << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    // export-pdf and report lay out text, and so does verify-pdf, which prints the PKs again to
    // compare: that needs the font database only a QGuiApplication has; the offscreen platform
    // gives one without a display. The other commands stay window-system free.
    const bool needsFonts = argc > 1
        && (qstrcmp(argv[1], "export-pdf") == 0 || qstrcmp(argv[1], "report") == 0
            || qstrcmp(argv[1], "verify-pdf") == 0);
    if (needsFonts && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app = needsFonts
        ? std::make_unique<QGuiApplication>(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tepat-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TEPAT_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<InfoCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
    commands.push_back(std::make_unique<CapaianCommand>());
    commands.push_back(std::make_unique<ExportJsonCommand>());
    commands.push_back(std::make_unique<ImportJsonCommand>());
    commands.push_back(std::make_unique<ExportPdfCommand>());
    commands.push_back(std::make_unique<ExportXlsxCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    commands.push_back(std::make_unique<SignPdfCommand>());
    commands.push_back(std::make_unique<VerifyPdfCommand>());
    commands.push_back(std::make_unique<LockPkCommand>());
    commands.push_back(std::make_unique<UnlockPkCommand>());
    commands.push_back(std::make_unique<AddPerubahanCommand>());
    commands.push_back(std::make_unique<DiffPkCommand>());
    commands.push_back(std::make_unique<ServerCommand>());

    const QStringList arguments = QCoreApplication::arguments();
    const QString first = arguments.value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << QStringLiteral("tepat-cli %1").arg(QCoreApplication::applicationVersion())
            << Qt::endl;
        return CliCommand::Success;
    }
    if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        printOverview(commands, first.isEmpty() ? err : out);
        return first.isEmpty() ? int(CliCommand::BadInput) : int(CliCommand::Success);
    }
    for (const auto &command : commands) {
        if (command->name() != first)
            continue;
        QCommandLineParser parser;
        parser.setApplicationDescription(command->description());
        parser.addHelpOption();
        parser.addPositionalArgument(command->name(), QString(), command->name());
        command->configure(parser);
        if (!parser.parse(arguments)) {
            err << parser.errorText() << Qt::endl;
            return CliCommand::BadInput;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            out << parser.helpText();
            return CliCommand::Success;
        }
        return command->run(parser, out, err);
    }
    err << QCoreApplication::translate("main", "Unknown command \"%1\".").arg(first) << Qt::endl;
    printOverview(commands, err);
    return CliCommand::BadInput;
}
