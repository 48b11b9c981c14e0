#include "editors/PkEditor.h"

#include "common/PasteTableView.h"
#include "document/WorkspaceDocument.h"
#include "editors/PaguTableModel.h"
#include "editors/PkProgramsModel.h"
#include "editors/PlanItemEditor.h"
#include "editors/ProgramCandidateModel.h"
#include "editors/ProgramPicker.h"
#include "support/QtStringMakers.h"
#include "support/UiTestSupport.h"
#include "values/IndonesianNumber.h"
#include "window/EditorArea.h"
#include "window/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
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
        REQUIRE(window.selectObject(pick.pkId));
    }
    const PkDocument &pk() const { return *document->cascade().pk(pick.pkId); }
};

// The first Renstra program, kegiatan or sub kegiatan of an OPD.
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

} // namespace

TEST_CASE("A PK becomes a perubahan with a date and a reason, each one undo step", "[PkEditor]")
{
    Fixture f;
    PkEditor *editor = f.window.editorArea()->pkEditor();
    REQUIRE(f.pk().kind == PkDocument::Kind::Awal);
    CHECK_FALSE(editor->changeDateEdit()->isEnabled());
    const int steps = f.document->undoStack()->count();

    editor->kindBox()->setFocus();
    QTest::keyClick(editor->kindBox(), Qt::Key_Down);
    CHECK(f.pk().kind == PkDocument::Kind::Perubahan);
    CHECK(f.pk().changeDate == QDate::currentDate());
    CHECK(editor->changeDateEdit()->isEnabled());
    CHECK(editor->dasarEdit()->isEnabled());
    QTest::keyClicks(editor->dasarEdit(), QStringLiteral("APBD Perubahan"));
    CHECK(f.pk().dasar == QStringLiteral("APBD Perubahan"));
    CHECK(f.document->undoStack()->count() == steps + 2);

    f.document->undoStack()->undo();
    f.document->undoStack()->undo();
    CHECK(f.pk().kind == PkDocument::Kind::Awal);
    CHECK(editor->kindBox()->currentIndex() == 0);
    CHECK(editor->dasarEdit()->text().isEmpty());
}

TEST_CASE("The declared Jumlah is typed the Indonesian way; a bad amount is explained, not kept",
          "[PkEditor]")
{
    Fixture f;
    QLineEdit *total = f.window.editorArea()->pkEditor()->declaredTotalEdit();
    QLabel *feedback = f.window.editorArea()->pkEditor()->programFeedback();
    REQUIRE_FALSE(f.pk().declaredTotal);
    total->setFocus();
    QTest::keyClicks(total, QStringLiteral("1.250.000.000"));
    REQUIRE(f.pk().declaredTotal);
    CHECK(*f.pk().declaredTotal == Decimal::fromInt(1'250'000'000));
    CHECK(feedback->isHidden());

    total->clear();
    QTest::keyClicks(total, QStringLiteral("12x"));
    CHECK(feedback->isVisible());
    CHECK(feedback->text().startsWith(QStringLiteral("Jumlah: ")));
    CHECK(feedback->text().size() > 12);
    CHECK(*f.pk().declaredTotal == Decimal::fromInt(12)); // the last good amount

    total->selectAll();
    QTest::keyClick(total, Qt::Key_Delete);
    CHECK_FALSE(f.pk().declaredTotal);
    CHECK(feedback->isHidden());
}

TEST_CASE("A program row is linked to its Renstra item by typing part of its name", "[PkEditor]")
{
    Fixture f;
    PkEditor *editor = f.window.editorArea()->pkEditor();
    PasteTableView *programs = editor->programsTable();
    const int rows = editor->programsModel()->rowCount();
    programs->setFocus();
    programs->setCurrentIndex(editor->programsModel()->index(
        editor->programsModel()->addRow(rows - 1), PkProgramsModel::NameColumn));
    const int row = programs->currentIndex().row();
    REQUIRE(row >= 0);

    ProgramPicker *picker = editor->programPicker();
    REQUIRE(picker->isEnabled());
    ProgramCandidateModel *candidates = picker->candidates();
    REQUIRE(candidates->rowCount() > 0);
    const qint64 wantedId
        = candidates->index(0).data(ProgramCandidateModel::ItemIdRole).toLongLong();
    const PlanItem wanted = *f.document->cascade().item(wantedId);
    picker->setFocus();
    QTest::keyClicks(picker, wanted.name.mid(2, 10).toLower());
    QCompleter *completer = picker->completer();
    REQUIRE(completer->completionCount() >= 1);
    bool found = false;
    for (int i = 0; i < completer->completionCount() && !found; ++i) {
        completer->setCurrentRow(i);
        if (completer->currentIndex().data(ProgramCandidateModel::ItemIdRole).toLongLong()
            == wantedId) {
            found = true;
            emit completer->activated(completer->currentIndex());
        }
    }
    REQUIRE(found);
    const PkProgram &program = f.pk().programs[row];
    CHECK(program.planItemId == wantedId);
    CHECK(program.name == wanted.name);
    CHECK(program.code == wanted.code);
    CHECK(program.anggaran == wanted.pagu.value(f.pk().year));

    f.document->undoStack()->undo();
    CHECK(f.pk().programs[row].planItemId == 0);
}

TEST_CASE("A new program row comes with the cursor in its name", "[PkEditor]")
{
    Fixture f;
    PkEditor *editor = f.window.editorArea()->pkEditor();
    const qsizetype before = f.pk().programs.size();
    editor->addProgramButton()->setFocus();
    QTest::keyClick(editor->addProgramButton(), Qt::Key_Space);
    REQUIRE(f.pk().programs.size() == before + 1);
    const QModelIndex current = editor->programsTable()->currentIndex();
    CHECK(current.column() == PkProgramsModel::NameColumn);
    auto *cell = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(cell);
    CHECK(editor->programsTable()->isAncestorOf(cell));
    QTest::keyClicks(cell, QStringLiteral("Program Pemenuhan Upaya Kesehatan"));
    QTest::keyClick(cell, Qt::Key_Return);
    // The delegate commits what was typed on its next turn of the event loop.
    QApplication::processEvents();
    CHECK(f.pk().programs[current.row()].name
          == QStringLiteral("Program Pemenuhan Upaya Kesehatan"));
}

TEST_CASE("Pagu per year is typed and pasted the Indonesian way, with undo", "[PlanItemEditor]")
{
    Fixture f;
    const Cascade &cascade = f.document->cascade();
    const qint64 itemId = firstPaguItem(cascade, cascade.opds().first().id);
    REQUIRE(itemId != 0);
    REQUIRE(f.window.selectObject(itemId));
    PlanItemEditor *editor = f.window.editorArea()->planItemEditor();
    PasteTableView *table = editor->paguTable();
    REQUIRE(table->isVisibleTo(editor));
    PaguTableModel *model = editor->paguModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QList<int> years = cascade.periode().years();
    REQUIRE(model->rowCount() >= years.size());
    const int steps = f.document->undoStack()->count();

    CHECK(model->setData(model->index(0, PaguTableModel::PaguColumn),
                         QStringLiteral("1.250.000.000")));
    CHECK(cascade.item(itemId)->pagu.value(years[0]) == Decimal::fromInt(1'250'000'000));
    CHECK(model->index(0, PaguTableModel::PaguColumn).data().toString()
          == QStringLiteral("Rp 1.250.000.000"));

    CHECK_FALSE(
        model->setData(model->index(1, PaguTableModel::PaguColumn), QStringLiteral("1,2,3")));
    CHECK(editor->paguFeedback()->isVisible());
    CHECK(editor->paguFeedback()->text().contains(QString::number(years[1])));

    // Excel: one row across, the second cell is not an amount.
    const std::optional<Decimal> untouched = cascade.item(itemId)->pagu.contains(years[2])
        ? std::optional<Decimal>(cascade.item(itemId)->pagu.value(years[2]))
        : std::nullopt;
    table->setCurrentIndex(model->index(1, PaguTableModel::PaguColumn));
    REQUIRE(table->pasteText(QStringLiteral("100.000\tseratus\t300.000,50\r\n")));
    const PlanItem *item = cascade.item(itemId);
    CHECK(item->pagu.value(years[1]) == Decimal::fromInt(100'000));
    CHECK((item->pagu.contains(years[2]) ? std::optional<Decimal>(item->pagu.value(years[2]))
                                         : std::nullopt)
          == untouched);
    CHECK(IndonesianNumber::format(item->pagu.value(years[3]))
              .startsWith(QStringLiteral("300.000,5")));
    CHECK(editor->paguFeedback()->text().contains(QString::number(years[2])));
    CHECK(f.document->undoStack()->count() == steps + 2);

    f.document->undoStack()->undo();
    CHECK_FALSE(cascade.item(itemId)->pagu.value(years[1]) == Decimal::fromInt(100'000));
}
