#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

using namespace Tepat;

namespace {

// The bundled sample: next to an installed binary, else in the build tree this binary came from.
QString sampleWorkspace()
{
    const QStringList candidates {
        QDir(QCoreApplication::applicationDirPath())
            .filePath(QStringLiteral("../share/tepat/samples/deli-serdang.tepat")),
        QStringLiteral(TEPAT_INSTALLED_SAMPLE),
        QStringLiteral(TEPAT_BUILD_SAMPLE),
    };
    for (const QString &candidate : candidates) {
        if (QFileInfo::exists(candidate))
            return QFileInfo(candidate).absoluteFilePath();
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tepat"));
    QCoreApplication::setApplicationName(QStringLiteral("Tepat"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TEPAT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Draft, check and print Perjanjian Kinerja."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("main", "The workspace (.tepat) to open."));
    parser.process(app);

    QSettings settings;
    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty())
        path = settings.value(QStringLiteral("lastWorkspace")).toString();
    if (path.isEmpty() || !QFileInfo::exists(path))
        path = sampleWorkspace();

    MainWindow window;
    window.show();
    if (!path.isEmpty()) {
        if (Result<void> opened = window.openWorkspace(path); !opened)
            QMessageBox::warning(&window,
                                 QCoreApplication::translate("main", "Cannot open workspace"),
                                 opened.error().message);
        else
            settings.setValue(QStringLiteral("lastWorkspace"), window.workspacePath());
    }
    return app.exec();
}
