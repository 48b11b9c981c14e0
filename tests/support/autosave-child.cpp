// tepat-test-autosave-child ORGANIZATION APPLICATION FILE INDICATOR TEXT: the window a user works
// in, driven as the user drives it. It opens FILE, types TEXT into the text field of indicator
// INDICATOR, and when autosave has kept the change for recovery prints the copy's path and waits
// to be killed. The crash-recovery test kills it with SIGKILL, as a crash or kill -9 would.
#include "document/Autosave.h"
#include "document/WorkspaceDocument.h"
#include "editors/IndicatorEditor.h"
#include "window/EditorArea.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>

#include <cstdio>

using namespace Tepat;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    // The names decide the app-data folder, where the recovery copy goes.
    QCoreApplication::setOrganizationName(arguments.value(1));
    QCoreApplication::setApplicationName(arguments.value(2));
    MainWindow window;
    window.show();
    if (!window.openWorkspace(arguments.value(3)))
        return 2;
    if (!window.selectObject(arguments.value(4).toLongLong()))
        return 3;
    QLineEdit *text = window.editorArea()->indicatorEditor()->textEdit();
    text->setFocus();
    text->selectAll();
    QTest::keyClicks(text, arguments.value(5));
    Autosave *autosave = window.document()->autosave();
    QObject::connect(autosave, &Autosave::written, &app, [autosave] {
        std::printf("%s\n", qPrintable(autosave->copyPath()));
        std::fflush(stdout);
    });
    autosave->setInterval(50);
    return app.exec();
}
