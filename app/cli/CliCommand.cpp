#include "CliCommand.h"

#include "base/Error.h"

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

} // namespace Tepat
