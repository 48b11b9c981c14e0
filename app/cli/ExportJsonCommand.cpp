#include "ExportJsonCommand.h"

#include "store/CascadeJson.h"

#include <QSaveFile>

namespace Tepat {

QString ExportJsonCommand::summary() const
{
    return tr("Write the whole workspace as JSON, to standard output or --out PATH.");
}

void ExportJsonCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        tr("The workspace (.tepat or a server's postgresql:// URL) to export."));
    parser.addOption({QStringLiteral("out"),
                      tr("Write to PATH instead of standard output."),
                      QStringLiteral("PATH")});
}

int ExportJsonCommand::run(const QCommandLineParser &parser,
                           QTextStream &out,
                           QTextStream &err) const
{
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 1)
        return usage(tr("export-json takes exactly one workspace file."), err);
    const Result<Cascade> cascade = loadWorkspace(files.first());
    if (!cascade)
        return report(cascade.error(), err);
    const QByteArray json = CascadeJson::write(*cascade);
    if (!parser.isSet(QStringLiteral("out"))) {
        out.flush();
        out.device()->write(json);
        return Success;
    }
    // QSaveFile: an interrupted export leaves the previous JSON file intact.
    QSaveFile file(parser.value(QStringLiteral("out")));
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        err << tr("%1 could not be written: %2").arg(file.fileName(), file.errorString())
            << Qt::endl;
        return BadInput;
    }
    return Success;
}

} // namespace Tepat
