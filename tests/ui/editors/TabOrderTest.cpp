#include "common/PasteTableView.h"
#include "document/WorkspaceDocument.h"
#include "editors/IndicatorEditor.h"
#include "editors/OfficialEditor.h"
#include "editors/OpdEditor.h"
#include "editors/PemdaEditor.h"
#include "editors/PkEditor.h"
#include "editors/PkProgramsModel.h"
#include "editors/PlanItemEditor.h"
#include "editors/ProgramPicker.h"
#include "editors/RealisasiModel.h"
#include "editors/RealisasiView.h"
#include "editors/ServesPicker.h"
#include "support/UiTestSupport.h"
#include "window/CascadeTreeModel.h"
#include "window/EditorArea.h"
#include "window/MainWindow.h"
#include "window/NewWorkspaceDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>
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

// What a user fills in or presses; a spin box's or combo box's own line edit is part of it.
bool isField(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    if (qobject_cast<const QLineEdit *>(widget)
        && (qobject_cast<const QAbstractSpinBox *>(parent)
            || qobject_cast<const QComboBox *>(parent))) {
        return false;
    }
    return qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget)
        || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QPlainTextEdit *>(widget)
        || qobject_cast<const QAbstractButton *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget);
}

// The fields of form that Tab can reach, in reading order: top to bottom, and left to right
// within a row.
QList<QWidget *> fieldsInReadingOrder(QWidget *form)
{
    QList<QWidget *> fields;
    for (QWidget *widget : form->findChildren<QWidget *>()) {
        if (isField(widget) && widget->isVisibleTo(form) && widget->isEnabled()
            && (widget->focusPolicy() & Qt::TabFocus)) {
            fields.append(widget);
        }
    }
    std::sort(fields.begin(), fields.end(), [form](QWidget *a, QWidget *b) {
        const QPoint pa = a->mapTo(form, QPoint());
        const QPoint pb = b->mapTo(form, QPoint());
        return pa.y() != pb.y() ? pa.y() < pb.y() : pa.x() < pb.x();
    });
    return fields;
}

// Presses Tab from first as a user does and lists the fields of form focus lands on, until it
// leaves the form, comes back round, or enters a table (where Tab moves from cell to cell).
QList<QWidget *> tabWalk(QWidget *form, QWidget *first)
{
    const QList<QWidget *> fields = fieldsInReadingOrder(form);
    const auto focused = [&]() -> QWidget * {
        for (QWidget *widget = QApplication::focusWidget(); widget;
             widget = widget->parentWidget()) {
            if (fields.contains(widget))
                return widget;
        }
        return nullptr;
    };
    first->setFocus(Qt::TabFocusReason);
    QList<QWidget *> visited;
    for (QWidget *at = focused(); at && !visited.contains(at); at = focused()) {
        visited.append(at);
        if (qobject_cast<QAbstractItemView *>(at))
            break;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    return visited;
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

TEST_CASE("Tab walks the OPD form in reading order: name, short name, code, then its head",
          "[TabOrder]")
{
    QTemporaryDir dir;
    MainWindow window;
    UiTestSupport::showActive(&window);
    REQUIRE(window.openWorkspace(UiTestSupport::copySample(dir)));
    REQUIRE(window.selectObject(window.document()->cascade().opds().first().id));
    OpdEditor *editor = window.editorArea()->opdEditor();
    const QList<QWidget *> expected = fieldsInReadingOrder(editor);
    REQUIRE(expected.size() == 7); // name, short name, code; the head's name, NIP, pangkat, jabatan
    CHECK(expected.first() == editor->nameEdit());
    CHECK(tabWalk(editor, editor->nameEdit()) == expected);

    // Typed as a user does, each value lands in the field it belongs to.
    editor->nameEdit()->setFocus(Qt::TabFocusReason);
    editor->nameEdit()->selectAll();
    for (const QString &value : {QStringLiteral("Dinas Perhubungan"),
                                 QStringLiteral("Dishub"),
                                 QStringLiteral("2.15.0.00.0.00.01.0000")}) {
        QWidget *field = QApplication::focusWidget();
        if (auto *edit = qobject_cast<QLineEdit *>(field))
            edit->selectAll();
        QTest::keyClicks(field, value);
        QTest::keyClick(field, Qt::Key_Tab);
    }
    const Opd &opd = window.document()->cascade().opds().first();
    CHECK(opd.name == QStringLiteral("Dinas Perhubungan"));
    CHECK(opd.shortName == QStringLiteral("Dishub"));
    CHECK(opd.code == QStringLiteral("2.15.0.00.0.00.01.0000"));
    CHECK(QApplication::focusWidget() == editor->headEditor()->nameEdit());
}

TEST_CASE("Tab walks the pemda form in reading order", "[TabOrder]")
{
    QTemporaryDir dir;
    MainWindow window;
    UiTestSupport::showActive(&window);
    REQUIRE(window.openWorkspace(UiTestSupport::copySample(dir)));
    window.treeView()->setCurrentIndex(window.treeModel()->index(0, 0)); // the RPJMD
    PemdaEditor *editor = window.editorArea()->pemdaEditor();
    REQUIRE(window.editorArea()->currentEditor() == editor);
    const QList<QWidget *> expected = fieldsInReadingOrder(editor);
    REQUIRE(expected.size() >= 8);
    CHECK(expected.first() == editor->nameEdit());
    CHECK(tabWalk(editor, editor->nameEdit()) == expected);
}

TEST_CASE("Tab walks a Renstra program's form in reading order down to its pagu table",
          "[TabOrder]")
{
    QTemporaryDir dir;
    MainWindow window;
    UiTestSupport::showActive(&window);
    REQUIRE(window.openWorkspace(UiTestSupport::copySample(dir)));
    const Cascade &cascade = window.document()->cascade();
    // A program: it has a code and a pagu besides its name.
    qint64 program = 0;
    for (qint64 id = cascade.childItems(cascade.opds().first().id).first(); id && !program;) {
        const QList<qint64> &children = cascade.childItems(id);
        if (cascade.item(id)->hasPagu())
            program = id;
        id = children.isEmpty() ? 0 : children.first();
    }
    REQUIRE(program);
    REQUIRE(window.selectObject(program));
    PlanItemEditor *editor = window.editorArea()->planItemEditor();
    QList<QWidget *> expected = fieldsInReadingOrder(editor);
    // In the pagu table Tab goes from cell to cell: the walk ends there.
    const auto table = std::find_if(expected.begin(), expected.end(), [](QWidget *widget) {
        return qobject_cast<QAbstractItemView *>(widget) != nullptr;
    });
    if (table != expected.end())
        expected.erase(table + 1, expected.end());
    REQUIRE(expected.size() >= 2);
    CHECK(expected.first() == editor->nameEdit());
    CHECK(tabWalk(editor, editor->nameEdit()) == expected);
}

TEST_CASE("The new-workspace dialog starts in the pemda field and Tab follows the form",
          "[TabOrder]")
{
    NewWorkspaceDialog dialog;
    UiTestSupport::showActive(&dialog);
    CHECK(QApplication::focusWidget() == dialog.pemdaEdit());
    // OK is enabled, and so reachable, once there is a pemda.
    QTest::keyClicks(dialog.pemdaEdit(), QStringLiteral("Kota Medan"));
    const QList<QWidget *> expected = fieldsInReadingOrder(&dialog);
    REQUIRE(expected.size() >= 8); // six fields, OK and Cancel
    CHECK(expected.first() == dialog.pemdaEdit());
    CHECK(tabWalk(&dialog, dialog.pemdaEdit()) == expected);
}

TEST_CASE("Tab walks the realisasi view in reading order, and from cell to cell of what is typed",
          "[TabOrder]")
{
    QTemporaryDir dir;
    auto opened = WorkspaceDocument::open(UiTestSupport::copySample(dir));
    REQUIRE(opened);
    WorkspaceDocument *document = opened->get();
    RealisasiView view(document);
    view.resize(1366, 700);
    UiTestSupport::showActive(&view);
    view.setPk(UiTestSupport::pickPk(document->cascade()).pkId);
    view.quarterBar()->setCurrentIndex(0);
    REQUIRE(view.model()->rowCount() >= 2);
    CHECK(inOrder(tabStops(&view, view.quarterBar()),
                  {view.quarterBar(),
                   view.closedBox(),
                   view.settingsButton(),
                   view.table(),
                   view.anggaranTable()}));

    // In the table Tab closes the cell typed and opens the next one that takes typing, left to
    // right along the row, then on to the next row.
    QAbstractItemView *table = view.table();
    table->setFocus();
    table->setCurrentIndex(view.model()->index(0, RealisasiModel::Realisasi1Column));
    QTest::keyClick(table, Qt::Key_F2);
    QList<int> columns {table->currentIndex().column()};
    for (int step = 0; step < RealisasiModel::ColumnCount && table->currentIndex().row() == 0;
         ++step) {
        REQUIRE(QApplication::focusWidget() != table);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QApplication::processEvents();
        if (table->currentIndex().row() == 0)
            columns.append(table->currentIndex().column());
    }
    INFO("columns reached on the first row: " << QString::number(columns.size()).toStdString());
    CHECK(std::is_sorted(columns.cbegin(), columns.cend()));
    for (int column : {int(RealisasiModel::Realisasi2Column),
                       int(RealisasiModel::Realisasi3Column),
                       int(RealisasiModel::Realisasi4Column),
                       int(RealisasiModel::KendalaColumn),
                       int(RealisasiModel::TindakLanjutColumn),
                       int(RealisasiModel::BuktiColumn)}) {
        CHECK(columns.contains(column));
    }
    // What only shows (capaian, kategori) is passed over.
    CHECK_FALSE(columns.contains(int(RealisasiModel::CapaianColumn)));
    CHECK_FALSE(columns.contains(int(RealisasiModel::KategoriColumn)));
    CHECK(table->currentIndex().row() == 1);
    CHECK(table->currentIndex().column() < columns.last());
}
