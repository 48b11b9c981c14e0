#include "ImportJsonCommand.h"

#include "store/CascadeJson.h"
#include "store/WorkspaceFile.h"

#include <QFile>
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
                      tr("The workspace to write (.tepat); an existing file is replaced."),
                      QStringLiteral("FILE")});
}

int ImportJsonCommand::run(const QCommandLineParser &parser, QTextStream &, QTextStream &err) const
{
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 1 || !parser.isSet(QStringLiteral("out")))
        return usage(tr("import-json takes one JSON file and --out FILE.tepat."), err);
    const QString source = QFileInfo(files.first()).absoluteFilePath();
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("%1 cannot be read: %2").arg(source, file.errorString()) << Qt::endl;
        return BadInput;
    }
    const Result<Cascade> cascade = CascadeJson::read(file.readAll(), source);
    if (!cascade)
        return report(cascade.error(), err);
    if (Result<void> saved = WorkspaceFile::save(*cascade, parser.value(QStringLiteral("out")));
        !saved)
        return report(saved.error(), err);
    return Success;
}

} // namespace Tepat
