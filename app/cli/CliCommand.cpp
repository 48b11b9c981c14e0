#include "CliCommand.h"

#include "base/Error.h"

namespace Tepat {

int CliCommand::report(const Error &error, QTextStream &err)
{
    err << plain(error.message) << Qt::endl;
    return BadInput;
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

} // namespace Tepat
