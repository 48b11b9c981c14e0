#include "SyntheticCascade.h"
#include "document/WorkspaceDocument.h"
#include "editors/IndicatorEditor.h"
#include "store/WorkspaceFile.h"
#include "support/UiTestSupport.h"
#include "window/EditorArea.h"
#include "window/MainWindow.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Tepat;

// Hidden ([.]): run with `tepat-gui-tests "[bench]"`. Types 40 characters into an indicator of a
// 10 000-indicator workspace and prints the time per keystroke, including the incremental check,
// the findings diff and the tree and dock updates.
TEST_CASE("Typing in a 10000-indicator workspace stays fast", "[.][bench]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("synthetic.tepat"));
    REQUIRE(WorkspaceFile::save(SyntheticCascade::generate(10000), path));
    MainWindow window;
    window.resize(1366, 768);
    UiTestSupport::showActive(&window);
    REQUIRE(window.openWorkspace(path));
    const Cascade &cascade = window.document()->cascade();
    REQUIRE(window.selectObject(UiTestSupport::pickPk(cascade).first));
    QLineEdit *text = window.editorArea()->indicatorEditor()->textEdit();
    text->setFocus();
    QTest::qWait(50);
    QElapsedTimer timer;
    timer.start();
    const QString typed = QStringLiteral("Persentase penduduk miskin yang dilayani");
    for (QChar c : typed) {
        QTest::keyClick(text, c.toLatin1());
        QCoreApplication::processEvents(); // let the views repaint as they would between keys
    }
    const double perKey = double(timer.elapsed()) / typed.size();
    WARN("indicators: " << cascade.indicatorCount()
                        << ", findings: " << window.document()->findings().size()
                        << ", ms per keystroke: " << perKey);
    CHECK(perKey < 100);
}

// Hidden ([.]): `tepat-gui-tests "[shot]"` writes the PK editor at 1366×768 to the build folder,
// to look at the densest form at the laptop size.
TEST_CASE("The PK editor is drawn at 1366x768", "[.][shot]")
{
    QTemporaryDir dir;
    MainWindow window;
    window.resize(1366, 768);
    UiTestSupport::showActive(&window);
    REQUIRE(window.openWorkspace(UiTestSupport::copySample(dir)));
    REQUIRE(window.selectObject(UiTestSupport::pickPk(window.document()->cascade()).pkId));
    QTest::qWait(100);
    CHECK(window.grab().save(QStringLiteral(TEPAT_BINARY_DIR "/tests/pk-editor.png")));
}
