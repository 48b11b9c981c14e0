#include "document/WorkspaceDocument.h"
#include "editors/PkEditor.h"
#include "editors/PlanItemEditor.h"
#include "review/ReviewSummaryExport.h"
#include "support/UiTestSupport.h"
#include "window/EditorArea.h"
#include "window/LanguageSwitch.h"
#include "window/MainWindow.h"
#include "window/NewPkDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QPalette>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

QString shot(const QString &name)
{
    return QStringLiteral(TEPAT_BINARY_DIR "/tests/%1.png").arg(name);
}

qint64 firstPaguItem(const Cascade &cascade, qint64 parentId)
{
    for (qint64 id : cascade.childItems(parentId)) {
        if (cascade.item(id)->hasPagu())
            return id;
        if (const qint64 below = firstPaguItem(cascade, id))
            return below;
    }
    return 0;
}

// A dark palette as a dark desktop theme gives Fusion.
QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    palette.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return palette;
}

} // namespace

// Hidden ([.]): `tepat-gui-tests "[desktop-shot]"` writes the new desktop pieces at 1366×768 to
// the build folder's tests/, to look at them: the PK form of a perubahan, the pagu table, the
// Add PK dialog, and the window with its toolbar in a dark palette and in Bahasa Indonesia.
TEST_CASE("The desktop pieces are drawn at 1366x768", "[.][desktop-shot]")
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QTemporaryDir dir;
    MainWindow window;
    window.resize(1366, 768);
    UiTestSupport::showActive(&window);
    REQUIRE(window.openWorkspace(UiTestSupport::copySample(dir)));
    const Cascade &cascade = window.document()->cascade();
    const UiTestSupport::PkPick pick = UiTestSupport::pickPk(cascade);
    REQUIRE(window.selectObject(pick.pkId));
    QComboBox *kind = window.editorArea()->pkEditor()->kindBox();
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down);
    QTest::qWait(100);
    CHECK(window.grab().save(shot(QStringLiteral("pk-perubahan"))));

    REQUIRE(window.selectObject(firstPaguItem(cascade, cascade.opds().first().id)));
    QTest::qWait(100);
    CHECK(window.grab().save(shot(QStringLiteral("pagu"))));

    NewPkDialog dialog(cascade, cascade.opds().first().id, &window);
    dialog.show();
    QTest::qWait(100);
    CHECK(dialog.grab().save(shot(QStringLiteral("new-pk-dialog"))));
    dialog.hide();

    CHECK(window.findChild<ReviewSummaryExport *>()->exportTo(
        QStringLiteral(TEPAT_BINARY_DIR "/tests/review-summary.pdf")));

    const QPalette light = QApplication::palette();
    QApplication::setPalette(darkPalette());
    QTest::qWait(100);
    CHECK(window.grab().save(shot(QStringLiteral("dark-toolbar"))));
    QApplication::setPalette(light);

    std::unique_ptr<MainWindow> indonesian(LanguageSwitch::switchTo(&window, Language::Indonesian));
    QTest::qWait(100);
    CHECK(indonesian->grab().save(shot(QStringLiteral("indonesian"))));
    const std::unique_ptr<MainWindow> english(
        LanguageSwitch::switchTo(indonesian.get(), Language::English));
}
