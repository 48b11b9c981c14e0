#include "window/EditActions.h"

#include "document/WorkspaceDocument.h"
#include "editors/IndicatorEditor.h"
#include "editors/OpdEditor.h"
#include "editors/PkEditor.h"
#include "editors/PlanItemEditor.h"
#include "support/QtStringMakers.h"
#include "support/UiTestSupport.h"
#include "window/CascadeTreeModel.h"
#include "window/EditorArea.h"
#include "window/MainWindow.h"
#include "window/NewPkDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

// The OPD with the most PKs: its deletion crosses the most links.
qint64 busiestOpd(const Cascade &cascade)
{
    qint64 best = 0;
    qsizetype most = -1;
    for (const Opd &opd : cascade.opds()) {
        const qsizetype pks
            = std::count_if(cascade.pks().cbegin(),
                            cascade.pks().cend(),
                            [&](const PkDocument &pk) { return pk.opdId == opd.id; });
        if (pks > most && !cascade.childItems(opd.id).isEmpty()) {
            most = pks;
            best = opd.id;
        }
    }
    return best;
}

// The findings as a sorted list of keys: their order after an undo may differ, not their content.
QStringList findingKeys(const QList<Finding> &findings)
{
    QStringList keys;
    for (const Finding &finding : findings) {
        keys.append(QStringLiteral("%1|%2|%3|%4")
                        .arg(finding.objectId)
                        .arg(finding.ruleId, finding.field, finding.message.en));
    }
    keys.sort();
    return keys;
}

} // namespace

TEST_CASE("Deleting an OPD asks first, takes its Renstra and PKs, and undo restores every link",
          "[EditActions]")
{
    QTemporaryDir dir;
    MainWindow window;
    QAbstractItemModelTester tester(window.treeModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    UiTestSupport::showActive(&window);
    REQUIRE(window.openWorkspace(UiTestSupport::copySample(dir)));
    WorkspaceDocument *document = window.document();
    const Cascade before = document->cascade();
    const QStringList findingsBefore = findingKeys(document->findings());
    const qint64 opdId = busiestOpd(before);
    REQUIRE(opdId != 0);
    const int topRows = window.treeModel()->rowCount();
    QStringList questions;
    bool answer = false;
    window.editActions()->setConfirmPrompt([&](const QString &question) {
        questions.append(question);
        return answer;
    });

    window.treeView()->setCurrentIndex(
        window.treeModel()->indexOf(opdId, CascadeTreeModel::NodeType::Opd));
    window.treeView()->setFocus();
    QTest::keyClick(window.treeView(), Qt::Key_Delete);
    REQUIRE(questions.size() == 1);
    CHECK(questions.first().contains(before.opd(opdId)->name));
    CHECK(document->cascade() == before); // declined: nothing happened
    CHECK(document->undoStack()->count() == 0);

    answer = true;
    QTest::keyClick(window.treeView(), Qt::Key_Delete);
    CHECK_FALSE(document->cascade().opd(opdId));
    for (const PkDocument &pk : document->cascade().pks())
        CHECK(pk.opdId != opdId);
    CHECK(document->cascade().checkLinks());
    CHECK(window.treeModel()->rowCount() == topRows - 1);
    CHECK(document->undoStack()->count() == 1);

    document->undoStack()->undo();
    CHECK(document->cascade() == before);
    CHECK(findingKeys(document->findings()) == findingsBefore);
    CHECK(window.treeModel()->rowCount() == topRows);
    CHECK(window.treeModel()->indexOf(opdId, CascadeTreeModel::NodeType::Opd).row()
          == 1 + int(before.opds().indexOf(*before.opd(opdId))));
    for (const PkDocument &pk : before.pks()) {
        if (pk.opdId == opdId)
            CHECK(window.treeModel()->indexOf(pk.id).isValid());
    }

    document->undoStack()->redo();
    CHECK_FALSE(document->cascade().opd(opdId));
    document->undoStack()->undo();
    CHECK(document->cascade() == before);
}

TEST_CASE("A new OPD comes after the selected one with its name ready to type, undoably",
          "[EditActions]")
{
    QTemporaryDir dir;
    MainWindow window;
    QAbstractItemModelTester tester(window.treeModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    UiTestSupport::showActive(&window);
    REQUIRE(window.openWorkspace(UiTestSupport::copySample(dir)));
    WorkspaceDocument *document = window.document();
    const qint64 first = document->cascade().opds().first().id;
    REQUIRE(window.selectObject(document->cascade().childItems(first).first()));
    const int topRows = window.treeModel()->rowCount();

    window.treeView()->setFocus();
    QTest::keySequence(window.treeView(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    REQUIRE(document->cascade().opds().size() >= 2);
    const Opd added = document->cascade().opds()[1];
    CHECK(window.treeModel()->rowCount() == topRows + 1);
    CHECK(window.treeView()->currentIndex()
          == window.treeModel()->indexOf(added.id, CascadeTreeModel::NodeType::Opd));
    CHECK(window.editorArea()->opdEditor()->nameEdit()->hasFocus());
    QTest::keyClicks(window.editorArea()->opdEditor()->nameEdit(),
                     QStringLiteral("Dinas Perikanan"));
    CHECK(document->cascade().opd(added.id)->name == QStringLiteral("Dinas Perikanan"));

    document->undoStack()->undo(); // the name
    document->undoStack()->undo(); // the OPD
    CHECK_FALSE(document->cascade().opd(added.id));
    CHECK(window.treeModel()->rowCount() == topRows);
    document->undoStack()->redo();
    CHECK(document->cascade().opds()[1].id == added.id);
}

TEST_CASE("A new PK starts with the next free year, the OPD head as pihak pertama and its "
          "superior's PK",
          "[EditActions]")
{
    QTemporaryDir dir;
    MainWindow window;
    UiTestSupport::showActive(&window);
    REQUIRE(window.openWorkspace(UiTestSupport::copySample(dir)));
    WorkspaceDocument *document = window.document();
    const Cascade &cascade = document->cascade();
    const qint64 opdId = busiestOpd(cascade);
    REQUIRE(window.selectObject(cascade.childItems(opdId).first()));

    NewPkDialog dialog(cascade, window.editActions()->currentOpd());
    CHECK(dialog.opdId() == opdId);
    CHECK(dialog.level() == PkDocument::Level::KepalaOpd);
    const int year = dialog.yearBox()->value();
    CHECK(cascade.periode().contains(year));
    for (const PkDocument &pk : cascade.pks()) {
        if (pk.opdId == opdId && pk.level == PkDocument::Level::KepalaOpd)
            CHECK(pk.year != year);
    }
    dialog.levelBox()->setCurrentIndex(
        dialog.levelBox()->findData(int(PkDocument::Level::KepalaDaerah)));
    CHECK_FALSE(dialog.opdBox()->isEnabled());
    CHECK(dialog.opdId() == 0);

    const int pks = int(cascade.pks().size());
    const qint64 pkId = window.editActions()->addPk(opdId, PkDocument::Level::KepalaOpd, year);
    REQUIRE(pkId != 0);
    const PkDocument *pk = cascade.pk(pkId);
    CHECK(pk->year == year);
    CHECK(pk->pihakPertama == cascade.opd(opdId)->head);
    CHECK(pk->pihakKedua.name == cascade.pemda().kepalaDaerahName);
    CHECK(pk->place == cascade.pemda().ibuKota);
    for (const PkDocument &other : cascade.pks()) {
        if (other.opdId == 0 && other.year == year)
            CHECK(pk->parentPkId == other.id);
    }
    CHECK(window.treeView()->currentIndex() == window.treeModel()->indexOf(pkId));
    CHECK(window.treeModel()->rowCount(window.treeModel()->indexOf(pkId)) == 0);

    document->undoStack()->undo();
    CHECK(cascade.pks().size() == pks);
    CHECK_FALSE(window.treeModel()->indexOf(pkId).isValid());
    document->undoStack()->redo();
    CHECK(cascade.pk(pkId));
}

TEST_CASE("Deleting a PK with sasaran asks, and undo brings back its rows and the PKs under it",
          "[EditActions]")
{
    QTemporaryDir dir;
    MainWindow window;
    QAbstractItemModelTester tester(window.treeModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    UiTestSupport::showActive(&window);
    REQUIRE(window.openWorkspace(UiTestSupport::copySample(dir)));
    WorkspaceDocument *document = window.document();
    const Cascade before = document->cascade();
    const UiTestSupport::PkPick pick = UiTestSupport::pickPk(before);
    REQUIRE(pick.pkId != 0);
    int asked = 0;
    window.editActions()->setConfirmPrompt([&](const QString &) {
        ++asked;
        return true;
    });
    REQUIRE(window.selectObject(pick.pkId));
    window.treeView()->setFocus();
    QTest::keyClick(window.treeView(), Qt::Key_Delete);
    CHECK(asked == 1);
    CHECK_FALSE(document->cascade().pk(pick.pkId));
    CHECK_FALSE(document->cascade().indicator(pick.first));
    CHECK(document->cascade().checkLinks());
    document->undoStack()->undo();
    CHECK(document->cascade() == before);
    CHECK(window.treeModel()->indexOf(pick.first).isValid());
}

TEST_CASE("A new sub-item and a new indicator come with the cursor in their first field",
          "[EditActions]")
{
    QTemporaryDir dir;
    MainWindow window;
    UiTestSupport::showActive(&window);
    REQUIRE(window.openWorkspace(UiTestSupport::copySample(dir)));
    WorkspaceDocument *document = window.document();
    const qint64 opd = document->cascade().opds().first().id;
    const qint64 tujuan = document->cascade().childItems(opd).first();
    REQUIRE(window.selectObject(tujuan));

    window.treeView()->setFocus();
    QTest::keySequence(window.treeView(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    const qint64 item = document->cascade().childItems(tujuan).last();
    QLineEdit *name = window.editorArea()->planItemEditor()->nameEdit();
    CHECK(QApplication::focusWidget() == name);
    // Typed straight away, without a click, it is the new item's name.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Meningkatnya cakupan imunisasi"));
    CHECK(document->cascade().item(item)->name == QStringLiteral("Meningkatnya cakupan imunisasi"));

    window.treeView()->setFocus();
    QTest::keySequence(window.treeView(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    CHECK(QApplication::focusWidget() == window.editorArea()->indicatorEditor()->textEdit());
    const QList<qint64> indicators = document->cascade().indicatorsOf(item);
    REQUIRE(indicators.size() == 1);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Cakupan imunisasi dasar"));
    CHECK(document->cascade().indicator(indicators.first())->text
          == QStringLiteral("Cakupan imunisasi dasar"));
}

TEST_CASE("A new PK sasaran opens in a form of its own, ready to type, with a way to its PK",
          "[EditActions]")
{
    QTemporaryDir dir;
    MainWindow window;
    UiTestSupport::showActive(&window);
    REQUIRE(window.openWorkspace(UiTestSupport::copySample(dir)));
    WorkspaceDocument *document = window.document();
    const UiTestSupport::PkPick pick = UiTestSupport::pickPk(document->cascade());
    REQUIRE(window.selectObject(pick.pkId));
    const qsizetype before = document->cascade().childItems(pick.pkId).size();

    window.treeView()->setFocus();
    QTest::keySequence(window.treeView(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    const QList<qint64> sasaran = document->cascade().childItems(pick.pkId);
    REQUIRE(sasaran.size() == before + 1);
    const qint64 added = sasaran.last();
    CHECK(document->cascade().item(added)->kind == PlanItem::Kind::PkSasaran);
    PlanItemEditor *form = window.editorArea()->planItemEditor();
    CHECK(window.editorArea()->currentEditor() == form);
    CHECK(QApplication::focusWidget() == form->nameEdit());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Meningkatnya mutu layanan"));
    CHECK(document->cascade().item(added)->name == QStringLiteral("Meningkatnya mutu layanan"));
    const PkDocument &pk = *document->cascade().pk(pick.pkId);
    CHECK(form->pkLabel()->isVisible());
    CHECK(form->pkLabel()->text().contains(QString::number(pk.year)));

    // Selecting an existing PK sasaran in the tree opens the same form.
    REQUIRE(window.selectObject(sasaran.first()));
    CHECK(window.editorArea()->currentEditor() == form);
    CHECK(form->nameEdit()->text() == document->cascade().item(sasaran.first())->name);

    QTest::mouseClick(form->openPkButton(), Qt::LeftButton);
    CHECK(window.editorArea()->currentEditor() == window.editorArea()->pkEditor());
    CHECK(window.treeView()->currentIndex().data(CascadeTreeModel::ObjectIdRole).toLongLong()
          == pick.pkId);
}
