#include "common/PasteTableView.h"
#include "document/WorkspaceDocument.h"
#include "editors/IndicatorEditor.h"
#include "editors/OfficialEditor.h"
#include "editors/OpdEditor.h"
#include "editors/PemdaEditor.h"
#include "editors/PkEditor.h"
#include "editors/PkProgramsModel.h"
#include "editors/PkTargetsModel.h"
#include "editors/PlanItemEditor.h"
#include "editors/ServesPicker.h"
#include "editors/TargetTableModel.h"
#include "model/LinkTargets.h"
#include "support/QtStringMakers.h"
#include "support/UiTestSupport.h"
#include "window/CascadeTreeModel.h"
#include "window/EditorArea.h"
#include "window/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    MainWindow window;
    WorkspaceDocument *document = nullptr;
    UiTestSupport::PkPick pick;

    Fixture()
    {
        UiTestSupport::showActive(&window);
        REQUIRE(window.openWorkspace(UiTestSupport::copySample(dir)));
        document = window.document();
        pick = UiTestSupport::pickPk(document->cascade());
        REQUIRE(pick.pkId != 0);
    }
};

// Types into the cell editor the view opens, and commits with Enter.
void typeIntoCell(QAbstractItemView *view, const QModelIndex &index, const QString &text)
{
    view->setFocus();
    view->setCurrentIndex(index);
    view->edit(index);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(editor);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits on a queued call
}

} // namespace

TEST_CASE("Adding and deleting a PK row changes the lampiran table and can be undone", "[PkEditor]")
{
    Fixture f;
    REQUIRE(f.window.selectObject(f.pick.pkId));
    PkEditor *editor = f.window.editorArea()->pkEditor();
    REQUIRE(f.window.editorArea()->currentEditor() == editor);
    PkTargetsModel *model = editor->targetsModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int rows = model->rowCount();
    const int sasaranRow = model->rowOf(f.pick.first);

    editor->targetsTable()->setCurrentIndex(
        model->index(sasaranRow, PkTargetsModel::IndicatorColumn));
    QTest::mouseClick(editor->addRowButton(), Qt::LeftButton);
    REQUIRE(model->rowCount() == rows + 1);
    // The new row sits right below and is ready for typing.
    const int added = sasaranRow + 1;
    auto *cell = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(cell);
    QTest::keyClicks(cell, QStringLiteral("Persentase puskesmas terakreditasi"));
    QTest::keyClick(cell, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits on a queued call
    const qint64 newId = model->rowAt(added).indicatorId;
    REQUIRE(newId != 0);
    CHECK(f.document->cascade().indicator(newId)->text
          == QStringLiteral("Persentase puskesmas terakreditasi"));
    CHECK(f.window.treeModel()->indexOf(newId).isValid());

    typeIntoCell(editor->targetsTable(),
                 model->index(added, PkTargetsModel::TargetColumn),
                 QStringLiteral("85,5"));
    const int year = f.document->cascade().pk(f.pick.pkId)->year;
    CHECK(f.document->cascade().indicator(newId)->target(year).toString()
          == QStringLiteral("85,5"));

    editor->targetsTable()->setCurrentIndex(model->index(added, PkTargetsModel::IndicatorColumn));
    QTest::mouseClick(editor->deleteRowButton(), Qt::LeftButton);
    CHECK(model->rowCount() == rows);
    CHECK_FALSE(f.document->cascade().indicator(newId));
    CHECK_FALSE(f.window.treeModel()->indexOf(newId).isValid());

    f.document->undoStack()->undo(); // the deletion
    CHECK(model->rowCount() == rows + 1);
    CHECK(f.document->cascade().indicator(newId)->target(year).toString()
          == QStringLiteral("85,5"));
    f.document->undoStack()->undo(); // the target
    f.document->undoStack()->undo(); // the text
    f.document->undoStack()->undo(); // the row
    CHECK(model->rowCount() == rows);
}

TEST_CASE("A PK row moves up and down inside its sasaran", "[PkEditor]")
{
    Fixture f;
    REQUIRE(f.window.selectObject(f.pick.pkId));
    PkTargetsModel *model = f.window.editorArea()->pkEditor()->targetsModel();
    const qint64 sasaran = f.document->cascade().indicator(f.pick.first)->ownerId;
    const QList<qint64> before = f.document->cascade().indicatorsOf(sasaran);
    REQUIRE(before.size() >= 2);
    const int row = model->rowOf(before[1]);
    CHECK(model->moveRow(row, -1) == row - 1);
    CHECK(f.document->cascade().indicatorsOf(sasaran).first() == before[1]);
    f.document->undoStack()->undo();
    CHECK(f.document->cascade().indicatorsOf(sasaran) == before);
}

TEST_CASE("Cells pasted from a spreadsheet fill the target table in one undo step",
          "[IndicatorEditor]")
{
    Fixture f;
    // A Renstra indicator has the five years of the period.
    const Cascade &cascade = f.document->cascade();
    qint64 renstraIndicator = 0;
    for (qint64 tujuan : cascade.childItems(cascade.opds().first().id)) {
        for (qint64 sasaran : cascade.childItems(tujuan)) {
            if (!cascade.indicatorsOf(sasaran).isEmpty() && !renstraIndicator)
                renstraIndicator = cascade.indicatorsOf(sasaran).first();
        }
    }
    REQUIRE(renstraIndicator != 0);
    REQUIRE(f.window.selectObject(renstraIndicator));
    IndicatorEditor *editor = f.window.editorArea()->indicatorEditor();
    PasteTableView *table = editor->targetTable();
    REQUIRE(table->model()->rowCount() == 5);
    QAbstractItemModelTester tester(table->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int steps = f.document->undoStack()->count();

    // Excel on Windows: CRLF rows, one column; the fourth is a word target.
    table->setCurrentIndex(table->model()->index(0, TargetTableModel::TargetColumn));
    REQUIRE(table->pasteText(QStringLiteral("70,5\r\n72\r\n1.250\r\nMeningkat\r\n80 %\r\n")));
    const Indicator *indicator = f.document->cascade().indicator(renstraIndicator);
    CHECK(indicator->target(2025).toString() == QStringLiteral("70,5"));
    CHECK(indicator->target(2026).toString() == QStringLiteral("72"));
    CHECK(indicator->target(2027).number() == Decimal::fromInt(1250));
    CHECK(indicator->target(2028).kind() == TargetValue::Kind::Text);
    CHECK(indicator->target(2029).toString() == QStringLiteral("80 %"));
    CHECK(f.document->undoStack()->count() == steps + 1);
    CHECK(table->model()->index(1, TargetTableModel::TargetColumn).data() == QStringLiteral("72"));
    // The word target is marked, with the reason in its tooltip.
    CHECK_FALSE(table->model()
                    ->index(3, TargetTableModel::TargetColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .isEmpty());

    // A row copied across from LibreOffice Calc fills the years from the current one on.
    table->setCurrentIndex(table->model()->index(3, TargetTableModel::TargetColumn));
    REQUIRE(table->pasteText(QStringLiteral("77\t79\n")));
    CHECK(f.document->cascade().indicator(renstraIndicator)->target(2028).toString()
          == QStringLiteral("77"));
    CHECK(f.document->cascade().indicator(renstraIndicator)->target(2029).toString()
          == QStringLiteral("79"));

    f.document->undoStack()->undo();
    f.document->undoStack()->undo();
    CHECK(f.document->undoStack()->count() == steps + 2); // still redoable
    CHECK(f.document->undoStack()->index() == steps);
}

TEST_CASE("A bad number shows IndonesianNumber's reason while it is typed, and a bad anggaran is "
          "refused",
          "[PkEditor]")
{
    Fixture f;
    REQUIRE(f.window.selectObject(f.pick.pkId));
    PkEditor *editor = f.window.editorArea()->pkEditor();
    PkTargetsModel *targets = editor->targetsModel();
    const int row = targets->rowOf(f.pick.first);
    PasteTableView *table = editor->targetsTable();
    const QModelIndex target = targets->index(row, PkTargetsModel::TargetColumn);
    table->setFocus();
    table->setCurrentIndex(target);
    table->edit(target);
    auto *cell = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(cell);
    cell->clear();
    QTest::keyClicks(cell, QStringLiteral("75,,5"));
    CHECK(editor->targetFeedback()->isVisible());
    CHECK(editor->targetFeedback()->text().contains(QStringLiteral("75,,5")));
    CHECK(editor->targetFeedback()->text().contains(QStringLiteral("two separators in a row")));
    QTest::keyClick(cell, Qt::Key_Backspace);
    QTest::keyClick(cell, Qt::Key_Backspace);
    QTest::keyClicks(cell, QStringLiteral("5"));
    CHECK_FALSE(editor->targetFeedback()->isVisible());
    QTest::keyClick(cell, Qt::Key_Escape);

    PkProgramsModel *programs = editor->programsModel();
    REQUIRE(programs->rowCount() > 0);
    const QModelIndex anggaran = programs->index(0, PkProgramsModel::AnggaranColumn);
    const QString before = anggaran.data().toString();
    const int steps = f.document->undoStack()->count();
    typeIntoCell(editor->programsTable(), anggaran, QStringLiteral("1.25O.000"));
    CHECK(editor->programFeedback()->isVisible());
    CHECK(editor->programFeedback()->text().contains(QStringLiteral("1.25O.000")));
    CHECK(anggaran.data().toString() == before);
    CHECK(f.document->undoStack()->count() == steps);

    typeIntoCell(editor->programsTable(), anggaran, QStringLiteral("1.250.000.000"));
    CHECK(anggaran.data().toString() == QStringLiteral("Rp 1.250.000.000"));
    CHECK(f.document->undoStack()->count() == steps + 1);
}

TEST_CASE("A NIP is checked as it is typed and kept as typed", "[PkEditor]")
{
    Fixture f;
    REQUIRE(f.window.selectObject(f.pick.pkId));
    OfficialEditor *party = f.window.editorArea()->pkEditor()->pihakPertama();
    QLineEdit *nip = party->nipEdit();
    nip->setFocus();
    nip->selectAll();
    QTest::keyClicks(nip, QStringLiteral("19701301 199503 1 001"));
    CHECK(party->nipFeedback()->isVisible());
    CHECK(party->nipFeedback()->text().contains(QStringLiteral("1970")));
    CHECK(f.document->cascade().pk(f.pick.pkId)->pihakPertama.nip
          == QStringLiteral("19701301 199503 1 001"));
    nip->selectAll();
    QTest::keyClicks(nip, QStringLiteral("19700101 199503 1 001"));
    CHECK(party->nipFeedback()->text().contains(QStringLiteral("19700101 199503 1 001")));
    CHECK(f.document->undoStack()->count() == 1); // one field, one step
}

TEST_CASE("The serves picker finds indicators one level up as the user types and links one",
          "[IndicatorEditor]")
{
    Fixture f;
    REQUIRE(f.window.selectObject(f.pick.first));
    ServesPicker *picker = f.window.editorArea()->indicatorEditor()->servesPicker();
    ServesCandidateModel *candidates = picker->candidates();
    REQUIRE(candidates->rowCount() > 0);
    const QString wanted = candidates->index(0).data(Qt::EditRole).toString();
    const qint64 wantedId
        = candidates->index(0).data(ServesCandidateModel::IndicatorIdRole).toLongLong();
    // Shown with the document it comes from.
    CHECK(candidates->index(0).data().toString().endsWith(
        QStringLiteral("(%1)").arg(LinkTargets::sourceOf(f.document->cascade(), wantedId))));
    CHECK(candidates->index(0).data().toString().contains(QStringLiteral("Renstra ")));
    // Any part of the text will do, in any case.
    const QString part = wanted.mid(wanted.size() / 3, 8).toUpper();
    picker->setFocus();
    picker->clear();
    QTest::keyClicks(picker, part);
    QCompleter *completer = picker->completer();
    REQUIRE(completer->completionCount() >= 1);
    bool found = false;
    for (int row = 0; row < completer->completionCount(); ++row) {
        completer->setCurrentRow(row);
        if (completer->currentIndex().data(ServesCandidateModel::IndicatorIdRole).toLongLong()
            == wantedId) {
            found = true;
            emit completer->activated(completer->currentIndex());
            break;
        }
    }
    REQUIRE(found);
    CHECK(f.document->cascade().indicator(f.pick.first)->servesId == wantedId);
    picker->clear();
    emit picker->textEdited(QString());
    CHECK(f.document->cascade().indicator(f.pick.first)->servesId == 0);
}

TEST_CASE(
    "The RPJMD node edits the pemda and period, and a Renstra item's code is checked as typed",
    "[PemdaEditor]")
{
    Fixture f;
    f.window.treeView()->setCurrentIndex(f.window.treeModel()->index(0, 0));
    PemdaEditor *pemda = f.window.editorArea()->pemdaEditor();
    REQUIRE(f.window.editorArea()->currentEditor() == pemda);
    CHECK(pemda->nameEdit()->text() == f.document->cascade().pemda().name);
    QTest::keyClicks(pemda->nameEdit(), QStringLiteral(" Baru"));
    CHECK(f.document->cascade().pemda().name.endsWith(QStringLiteral(" Baru")));
    CHECK(f.document->undoStack()->count() == 1);
    f.document->undoStack()->undo();
    CHECK(pemda->nameEdit()->text() == f.document->cascade().pemda().name);

    // A program of the first OPD's Renstra.
    const Cascade &cascade = f.document->cascade();
    qint64 program = 0;
    for (qint64 tujuan : cascade.childItems(cascade.opds().first().id)) {
        for (qint64 sasaran : cascade.childItems(tujuan)) {
            if (!cascade.childItems(sasaran).isEmpty() && !program)
                program = cascade.childItems(sasaran).first();
        }
    }
    REQUIRE(program != 0);
    REQUIRE(f.window.selectObject(program));
    PlanItemEditor *item = f.window.editorArea()->planItemEditor();
    REQUIRE(f.window.editorArea()->currentEditor() == item);
    item->codeEdit()->setFocus();
    item->codeEdit()->selectAll();
    QTest::keyClicks(item->codeEdit(), QStringLiteral("1.02.2"));
    CHECK(item->codeFeedback()->isVisible());
    CHECK(item->codeFeedback()->text().contains(QStringLiteral("1.02.2")));
    QTest::keyClicks(item->codeEdit(), QStringLiteral("0"));
    CHECK_FALSE(item->codeFeedback()->isVisible());
    CHECK(cascade.item(program)->code == QStringLiteral("1.02.20"));
}

TEST_CASE("The OPD node edits the OPD and its head", "[OpdEditor]")
{
    Fixture f;
    const qint64 opdId = f.document->cascade().opds().first().id;
    f.window.treeView()->setCurrentIndex(
        f.window.treeModel()->indexOf(opdId, CascadeTreeModel::NodeType::Opd));
    OpdEditor *editor = f.window.editorArea()->opdEditor();
    REQUIRE(f.window.editorArea()->currentEditor() == editor);
    QTest::keyClicks(editor->headEditor()->nipEdit(), QStringLiteral("x"));
    CHECK(editor->headEditor()->nipFeedback()->isVisible());
    CHECK(f.document->cascade().opd(opdId)->head.nip.endsWith(u'x'));
    f.document->undoStack()->undo();
    CHECK_FALSE(f.document->cascade().opd(opdId)->head.nip.endsWith(u'x'));
}
