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

} // namespace Tepat
