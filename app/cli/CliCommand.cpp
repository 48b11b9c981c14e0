#include "CliCommand.h"

#include "base/Error.h"
#include "store/WorkspaceFile.h"

#include <QFile>

namespace Tepat {

int CliCommand::report(const Error &error, QTextStream &err)
{
    err << error.message << Qt::endl;
    return BadInput;
}

int CliCommand::usage(const QString &problem, QTextStream &err)
{
    err << problem << Qt::endl
        << tr("Run \"tepat-cli --help\" for the commands and their options.") << Qt::endl;
    return BadInput;
}

bool CliCommand::isWorkspace(const QString &path)
{
    if (path.endsWith(WorkspaceFile::extension, Qt::CaseInsensitive))
        return true;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
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
