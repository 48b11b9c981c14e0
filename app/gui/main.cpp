#include "Screenshots.h"
#include "StartupBenchmark.h"
#include "common/UiLanguage.h"
#include "document/WorkspaceDocument.h"
#include "window/MainWindow.h"
#include "window/RecoveryActions.h"
#include "window/SettingsDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>

#include <optional>

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
    StartupBenchmark benchmark;
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tepat"));
    QCoreApplication::setApplicationName(QStringLiteral("Tepat"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TEPAT_VERSION));
    // Wayland compositors match the window to the installed launcher, and through it its icon, by
    // this name; under X11 the icon comes from the theme the package installs it into.
    QGuiApplication::setDesktopFileName(QStringLiteral("id.go.tepat"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("tepat")));
    UiLanguage::apply(SettingsDialog::language());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Draft, check and print Perjanjian Kinerja."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption startupBenchmark(
        QStringLiteral("startup-benchmark"),
        QCoreApplication::translate(
            "main",
            "Open FILE, print the milliseconds from process start to the first paint, quit."),
        QStringLiteral("FILE"));
    parser.addOption(startupBenchmark);
    QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QCoreApplication::translate(
            "main", "Write main-window.png, review-mode.png and realisasi.png into DIR, quit."),
        QStringLiteral("DIR"));
    parser.addOption(screenshots);
    QCommandLineOption size(QStringLiteral("size"),
                            QCoreApplication::translate("main", "Window size for --screenshots."),
                            QStringLiteral("WxH"),
                            QStringLiteral("1366x768"));
    parser.addOption(size);
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("main", "The workspace (.tepat) to open."));
    parser.process(app);

    const bool benchmarking = parser.isSet(startupBenchmark);
    QString path
        = benchmarking ? parser.value(startupBenchmark) : parser.positionalArguments().value(0);
    // The workspace last open; work a crash left unsaved is offered once the window shows.
    if (path.isEmpty())
        path = QSettings().value(QStringLiteral("lastWorkspace")).toString();
    if (path.isEmpty() || !QFileInfo::exists(path))
        path = sampleWorkspace();

    MainWindow window;
    window.setDeferredChecking(true);
    if (benchmarking)
        benchmark.watch(&window);
    // The workspace is opened before the window is shown, so the first paint shows it whole
    // instead of an empty window followed by a second layout.
    std::optional<Error> failure;
    if (!path.isEmpty()) {
        if (Result<void> opened = window.openWorkspace(path);
            !opened && opened.error().code != Error::Code::Cancelled) {
            failure = opened.error();
        }
    }
    if (benchmarking && window.document()) {
        QObject::connect(window.document(), &WorkspaceDocument::findingsChanged, &benchmark, [&] {
            if (window.document()->isChecked())
                benchmark.ready();
        });
    }
    if (parser.isSet(screenshots)) {
        const QStringList wh = parser.value(size).split(u'x');
        if (failure) {
            QTextStream(stderr) << failure->message << Qt::endl;
            return 2;
        }
        return Screenshots::take(window,
                                 parser.value(screenshots),
                                 QSize(wh.value(0).toInt(), wh.value(1).toInt()))
            ? 0
            : 2;
    }
    if (!benchmarking)
        window.restoreLayout();
    window.show();
    if (failure) {
        if (benchmarking) {
            QTextStream(stderr) << failure->message << Qt::endl;
            return 2;
        }
        QMessageBox::warning(&window,
                             QCoreApplication::translate("main", "Cannot open workspace"),
                             failure->message);
    }
    if (!benchmarking)
        window.recoveryActions()->offerAll();
    return app.exec();
}
