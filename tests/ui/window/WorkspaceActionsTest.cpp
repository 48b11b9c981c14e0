#include "document/WorkspaceDocument.h"
#include "store/WorkspaceFile.h"
#include "support/QtStringMakers.h"
#include "support/UiTestSupport.h"
#include "window/CascadeTreeModel.h"
#include "window/MainWindow.h"
#include "window/NewWorkspaceDialog.h"
#include "window/WorkspaceFileActions.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace Tepat;

TEST_CASE("New workspace builds an empty cascade from the pemda, period and OPDs typed",
          "[NewWorkspaceDialog]")
{
    NewWorkspaceDialog dialog;
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled()); // no pemda yet
    QTest::keyClicks(dialog.pemdaEdit(), QStringLiteral("Kabupaten Penajam Paser Utara"));
    CHECK(ok->isEnabled());
    QTest::keyClicks(dialog.kepalaDaerahEdit(), QStringLiteral("Mudyat Noor"));
    dialog.startYearBox()->setValue(2025);
    // QTest types no newline: Return between the lines, as a user does.
    for (const QString &line : {QStringLiteral("Dinas Kesehatan (Dinkes)"),
                                QString(),
                                QStringLiteral("Bappeda"),
                                QStringLiteral("Dinas Pariwisata ( Dispar )")}) {
        QTest::keyClicks(dialog.opdEdit(), line);
        QTest::keyClick(dialog.opdEdit(), Qt::Key_Return);
    }
    Result<Cascade> cascade = dialog.cascade();
    REQUIRE(cascade);
    CHECK(cascade->pemda().name == QStringLiteral("Kabupaten Penajam Paser Utara"));
    CHECK(cascade->periode().startYear == 2025);
    CHECK(cascade->periode().endYear == 2029);
    REQUIRE(cascade->opds().size() == 3);
    CHECK(cascade->opds()[0].name == QStringLiteral("Dinas Kesehatan"));
    CHECK(cascade->opds()[0].shortName == QStringLiteral("Dinkes"));
    CHECK(cascade->opds()[1].shortName.isEmpty());
    CHECK(cascade->opds()[2].shortName == QStringLiteral("Dispar"));

    QTemporaryDir dir;
    MainWindow window;
    QAbstractItemModelTester tester(window.treeModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    UiTestSupport::showActive(&window);
    window.fileActions()->create(std::move(*cascade));
    CHECK(window.treeModel()->rowCount() == 4); // RPJMD and three OPDs
    CHECK(window.document()->isModified());     // nothing on disk yet
    CHECK(window.windowTitle().contains(QStringLiteral("New workspace")));
    const QString path = dir.filePath(QStringLiteral("ppu.tepat"));
    REQUIRE(window.fileActions()->saveAs(path));
    CHECK_FALSE(window.document()->isModified());
    Result<Cascade> saved = WorkspaceFile::load(path);
    REQUIRE(saved);
    CHECK(saved->opds().size() == 3);
}

TEST_CASE("The new-workspace dialog takes an OPD's code written before its name",
          "[NewWorkspaceDialog]")
{
    NewWorkspaceDialog dialog;
    QTest::keyClicks(dialog.pemdaEdit(), QStringLiteral("Kabupaten Deli Serdang"));
    for (const QString &line : {QStringLiteral("1.02.0.00.0.00.01.0000 Dinas Kesehatan (Dinkes)"),
                                QStringLiteral("Dinas 17 Agustus"),
                                QStringLiteral("2.17 Dinas Koperasi")}) {
        QTest::keyClicks(dialog.opdEdit(), line);
        QTest::keyClick(dialog.opdEdit(), Qt::Key_Return);
    }
    Result<Cascade> cascade = dialog.cascade();
    REQUIRE(cascade);
    REQUIRE(cascade->opds().size() == 3);
    CHECK(cascade->opds()[0].code == QStringLiteral("1.02.0.00.0.00.01.0000"));
    CHECK(cascade->opds()[0].name == QStringLiteral("Dinas Kesehatan"));
    CHECK(cascade->opds()[0].shortName == QStringLiteral("Dinkes"));
    // Numbers inside a name are no code.
    CHECK(cascade->opds()[1].code.isEmpty());
    CHECK(cascade->opds()[1].name == QStringLiteral("Dinas 17 Agustus"));
    CHECK(cascade->opds()[2].code == QStringLiteral("2.17"));
    CHECK(cascade->opds()[2].name == QStringLiteral("Dinas Koperasi"));
}

TEST_CASE("The new-workspace dialog names the kepala daerah after the pemda until one is chosen",
          "[NewWorkspaceDialog]")
{
    NewWorkspaceDialog dialog;
    UiTestSupport::showActive(&dialog);
    QTest::keyClicks(dialog.pemdaEdit(), QStringLiteral("Kota Palembang"));
    CHECK(dialog.titleBox()->currentText() == QStringLiteral("Wali Kota"));
    dialog.pemdaEdit()->clear();
    QTest::keyClicks(dialog.pemdaEdit(), QStringLiteral("Provinsi Sumatera Selatan"));
    CHECK(dialog.titleBox()->currentText() == QStringLiteral("Gubernur"));
    Result<Cascade> cascade = dialog.cascade();
    REQUIRE(cascade);
    CHECK(cascade->pemda().kepalaDaerahTitle == Pemda::Title::Gubernur);

    // Once the user picks a title, typing the pemda no longer changes it.
    dialog.titleBox()->setFocus();
    QTest::keyClick(dialog.titleBox(), Qt::Key_Up); // Wali Kota
    REQUIRE(dialog.titleBox()->currentText() == QStringLiteral("Wali Kota"));
    dialog.pemdaEdit()->clear();
    QTest::keyClicks(dialog.pemdaEdit(), QStringLiteral("Kabupaten Banyuasin"));
    CHECK(dialog.titleBox()->currentText() == QStringLiteral("Wali Kota"));
}

TEST_CASE(
    "Duplicate PK for next year copies the rows with the Renstra targets of that year, in one "
    "undo step",
    "[MainWindow]")
{
    QTemporaryDir dir;
    MainWindow window;
    QAbstractItemModelTester tester(window.treeModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    UiTestSupport::showActive(&window);
    REQUIRE(window.openWorkspace(UiTestSupport::copySample(dir)));
    WorkspaceDocument *document = window.document();
    const Cascade &cascade = document->cascade();
    const UiTestSupport::PkPick pick = UiTestSupport::pickPk(cascade);
    const PkDocument source = *cascade.pk(pick.pkId);
    const int pks = int(cascade.pks().size());
    REQUIRE(window.selectObject(pick.pkId));
    window.treeView()->setFocus();
    QTest::keyClick(window.treeView(), Qt::Key_D, Qt::ControlModifier);

    REQUIRE(cascade.pks().size() == pks + 1);
    const PkDocument &copy = cascade.pks().last();
    CHECK(copy.year == source.year + 1);
    CHECK(copy.opdId == source.opdId);
    CHECK(copy.pihakPertama == source.pihakPertama);
    CHECK(copy.programs.size() == source.programs.size());
    CHECK(cascade.childItems(copy.id).size() == cascade.childItems(source.id).size());
    // Each indicator serves what the original served, with the Renstra target of the new year.
    int compared = 0;
    for (qint64 sasaran : cascade.childItems(copy.id)) {
        for (qint64 id : cascade.indicatorsOf(sasaran)) {
            const Indicator *indicator = cascade.indicator(id);
            if (const Indicator *served = cascade.indicator(indicator->servesId)) {
                CHECK(indicator->target(copy.year) == served->target(copy.year));
                ++compared;
            }
        }
    }
    CHECK(compared > 0);
    CHECK(window.treeView()->currentIndex().data(CascadeTreeModel::ObjectIdRole).toLongLong()
          == copy.id);
    CHECK(cascade.checkLinks());

    document->undoStack()->undo();
    CHECK(cascade.pks().size() == pks);
    CHECK_FALSE(window.treeModel()->indexOf(copy.id).isValid());
    document->undoStack()->redo();
    CHECK(cascade.pks().size() == pks + 1);
}
