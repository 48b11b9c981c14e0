#include "CliCommand.h"

#include "base/Error.h"
#include "server/ServerUrl.h"
#include "server/WorkspaceSource.h"
#include "store/WorkspaceFile.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace Tepat {

int CliCommand::report(const Error &error, QTextStream &err)
{
    err << plain(error.message) << Qt::endl;
    return BadInput;
}

Result<Cascade> CliCommand::loadWorkspace(const QString &fileOrUrl)
{
    return WorkspaceSource::load(fileOrUrl, &CliCommand::askPassword);
}

QString CliCommand::askPassword(const QString &url)
{
    // The terminal itself, not standard input: a script's input is never taken for a password.
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return {};
    std::fprintf(tty, "%s", qPrintable(tr("Password for %1: ").arg(url)));
    std::fflush(tty);
    termios saved {};
    const bool terminal = ::tcgetattr(fileno(tty), &saved) == 0;
    if (terminal) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(fileno(tty), TCSAFLUSH, &silent);
    }
    char line[1024] = {};
    const bool read = std::fgets(line, sizeof line, tty) != nullptr;
    if (terminal)
        ::tcsetattr(fileno(tty), TCSAFLUSH, &saved);
    std::fprintf(tty, "\n");
    std::fclose(tty);
    return read ? QString::fromLocal8Bit(line).chopped(QByteArray(line).endsWith('\n') ? 1 : 0)
                : QString();
}

int CliCommand::usage(const QString &problem, QTextStream &err)
{
    err << problem << Qt::endl
        << tr("Run \"tepat-cli --help\" for the commands and their options.") << Qt::endl;
    return BadInput;
}

QString CliCommand::plain(const QString &text)
{
    QString shown = text;
    for (QChar &c : shown) {
        const char16_t code = c.unicode();
        // C0 and C1 controls and DEL; tabs and line breaks stay.
        const bool control = (code < 0x20 && code != u'\t' && code != u'\n') || code == 0x7f
            || (code >= 0x80 && code < 0xa0);
        if (control)
            c = QChar::ReplacementCharacter;
    }
    return shown;
}

bool CliCommand::isWorkspace(const QString &path)
{
    if (ServerUrl::isServerUrl(path))
        return true;
    if (path.endsWith(WorkspaceFile::extension, Qt::CaseInsensitive))
        return true;
    // Only a regular file is opened: opening a named pipe would wait for a writer.
    QFile file(path);
    return QFileInfo(path).isFile() && file.open(QIODevice::ReadOnly)
        && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

Result<std::optional<PaperFormat>> CliCommand::paperOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("paper")))
        return std::optional<PaperFormat>();
    const Result<PaperFormat> named = PaperFormat::fromName(parser.value(QStringLiteral("paper")));
    if (!named)
        return fail(named.error());
    return std::optional<PaperFormat>(*named);
}

Result<DocumentFonts::Typeface> CliCommand::typefaceOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("font")))
        return DocumentFonts::Typeface::Sans;
    return DocumentFonts::typefaceFromName(parser.value(QStringLiteral("font")));
}

} // namespace Tepat
