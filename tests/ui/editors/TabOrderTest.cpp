#include "common/PasteTableView.h"
#include "document/WorkspaceDocument.h"
#include "editors/IndicatorEditor.h"
#include "editors/OfficialEditor.h"
#include "editors/PkEditor.h"
#include "editors/PkProgramsModel.h"
#include "editors/ProgramPicker.h"
#include "editors/ServesPicker.h"
#include "support/UiTestSupport.h"
#include "window/EditorArea.h"
#include "window/MainWindow.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

// The widgets Tab reaches inside form, in the order it reaches them: the focus chain from start,
// keeping what QWidget::focusNextChild would stop at (visible, enabled, takes Tab focus).
QList<QWidget *> tabStops(QWidget *form, QWidget *start)
{
    QList<QWidget *> stops;
    QWidget *widget = start;
    do {
        if (form->isAncestorOf(widget) && widget->isVisibleTo(form) && widget->isEnabled()
            && (widget->focusPolicy() & Qt::TabFocus)) {
            stops.append(widget);
        }
        widget = widget->nextInFocusChain();
    } while (widget != start);
    return stops;
}

// Each widget comes after the one before it (others may lie between).
bool inOrder(const QList<QWidget *> &stops, const QList<QWidget *> &expected)
{
    qsizetype at = -1;
    for (QWidget *widget : expected) {
        const qsizetype found = stops.indexOf(widget);
        if (found <= at)
            return false;
        at = found;
    }
    return true;
}

} // namespace

TEST_CASE("Tab walks the indicator form from top to bottom", "[TabOrder]")
{
    QTemporaryDir dir;
    MainWindow window;
    UiTestSupport::showActive(&window);
    REQUIRE(window.openWorkspace(UiTestSupport::copySample(dir)));
    const UiTestSupport::PkPick pick = UiTestSupport::pickPk(window.document()->cascade());
    REQUIRE(window.selectObject(pick.first));
    IndicatorEditor *editor = window.editorArea()->indicatorEditor();
    const QList<QWidget *> stops = tabStops(editor, editor->textEdit());
    REQUIRE(stops.size() >= 5);
    CHECK(stops.first() == editor->textEdit());
    CHECK(inOrder(stops,
                  {editor->textEdit(),
                   editor->satuanEdit(),
                   editor->baselineEdit(),
                   editor->targetTable(),
                   editor->servesPicker()}));
}

TEST_CASE("Tab walks the PK form: header, parties, tables, then the program link and Jumlah",
          "[TabOrder]")
{
    QTemporaryDir dir;
    MainWindow window;
    UiTestSupport::showActive(&window);
    REQUIRE(window.openWorkspace(UiTestSupport::copySample(dir)));
    const UiTestSupport::PkPick pick = UiTestSupport::pickPk(window.document()->cascade());
    REQUIRE(window.selectObject(pick.pkId));
    PkEditor *editor = window.editorArea()->pkEditor();
    // The program link edits the current program row, so it is reached once a row is current.
    REQUIRE(editor->programsModel()->rowCount() > 0);
    editor->programsTable()->setCurrentIndex(editor->programsModel()->index(0, 0));
    const QList<QWidget *> stops = tabStops(editor, editor->kindBox());
    CHECK(inOrder(stops,
                  {editor->kindBox(),
                   editor->numberEdit(),
                   editor->pihakPertama()->nameEdit(),
                   editor->pihakPertama()->nipEdit(),
                   editor->pihakKedua()->nameEdit(),
                   editor->targetsTable(),
                   editor->programsTable(),
                   editor->programPicker(),
                   editor->declaredTotalEdit()}));
    // A PK awal has no change to date: those fields are skipped until it becomes a perubahan.
    CHECK_FALSE(stops.contains(static_cast<QWidget *>(editor->changeDateEdit())));
    CHECK_FALSE(stops.contains(static_cast<QWidget *>(editor->dasarEdit())));
}
