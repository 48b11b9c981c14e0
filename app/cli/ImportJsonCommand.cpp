#include "ImportJsonCommand.h"

#include "base/InputFile.h"
#include "store/CascadeJson.h"
#include "store/WorkspaceFile.h"
#include "store/WorkspaceLock.h"

#include <QFileInfo>

namespace Tepat {

QString ImportJsonCommand::summary() const
{
    return tr("Create a workspace from its JSON form (as written by export-json).");
}

void ImportJsonCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("JSON"), tr("The JSON file to read."));
    parser.addOption({QStringLiteral("out"),
                      tr("The workspace to write (.tepat); an existing file is replaced, unless "
                         "Tepat has it open: then nothing is written and the message names who "
                         "has it."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("break-lock"),
                      tr("Take over the lock of the workspace that a Tepat on another computer "
                         "left behind, when Tepat there has crashed or been closed.")});
}

int ImportJsonCommand::run(const QCommandLineParser &parser, QTextStream &, QTextStream &err) const
{
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 1 || !parser.isSet(QStringLiteral("out")))
        return usage(tr("import-json takes one JSON file and --out FILE.tepat."), err);
    // The lock first: a second writer is refused before either has done any work, and the file
    // is never written while another Tepat has it open.
    const QString out = QFileInfo(parser.value(QStringLiteral("out"))).absoluteFilePath();
    const Result<std::unique_ptr<WorkspaceLock>> lock = WorkspaceLock::acquire(
        out,
        parser.isSet(QStringLiteral("break-lock")) ? WorkspaceLock::Mode::TakeOver
                                                   : WorkspaceLock::Mode::Normal);
    if (!lock)
        return report(lock.error(), err);
    const QString source = QFileInfo(files.first()).absoluteFilePath();
    const Result<QByteArray> json = InputFile::read(source, CascadeJson::maxFileSize);
    if (!json)
        return report(json.error(), err);
    const Result<Cascade> cascade = CascadeJson::read(*json, source);
    if (!cascade)
        return report(cascade.error(), err);
    if (Result<void> saved = WorkspaceFile::save(*cascade, out); !saved)
        return report(saved.error(), err);
    return Success;
}

} // namespace Tepat
