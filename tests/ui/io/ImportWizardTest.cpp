#include "io/ImportWizard.h"

#include "document/WorkspaceDocument.h"
#include "support/QtStringMakers.h"
#include "support/UiTestSupport.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

QString workbook(const char *name)
{
    return QStringLiteral(TEPAT_IMPORT_WORKBOOKS "/%1").arg(QLatin1String(name));
}

} // namespace

TEST_CASE("The import wizard takes a Renstra workbook through to one undoable import",
          "[ImportWizard]")
{
    QSettings().remove(QStringLiteral("import"));
    QTemporaryDir dir;
    auto opened = WorkspaceDocument::open(UiTestSupport::copySample(dir));
    REQUIRE(opened);
    WorkspaceDocument *document = opened->get();
    const Cascade before = document->cascade();

    ImportWizard wizard(document);
    wizard.show();
    wizard.setFile(workbook("renstra-dinkes.xlsx"));
    CHECK(wizard.sheetCombo()->currentText() == QStringLiteral("Renstra"));
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ColumnsPage);
    CHECK(ColumnRole(wizard.roleCombo(5)->currentData().toInt()) == ColumnRole::Indikator);
    CHECK(wizard.yearBox(9)->value() == 2026);
    // The user says the baseline column is to be left out.
    wizard.roleCombo(7)->setCurrentIndex(wizard.roleCombo(7)->findData(int(ColumnRole::Ignore)));
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::TargetPage);
    CHECK(wizard.targetCombo()->currentText().startsWith(QStringLiteral("Renstra of")));
    CHECK(wizard.problemList()->count() == 0);
    wizard.button(QWizard::FinishButton)->click();

    CHECK(document->undoStack()->count() == 1);
    CHECK(document->cascade().indicatorCount() == before.indicatorCount() + 4);
    document->undoStack()->undo();
    CHECK(document->cascade() == before);

    // The corrected mapping comes back for the next workbook of the same shape.
    ImportWizard again(document);
    again.show();
    again.setFile(workbook("renstra-dinkes.xlsx"));
    again.next();
    REQUIRE(again.currentId() == ImportWizard::ColumnsPage);
    REQUIRE(again.roleCombo(7));
    CHECK(ColumnRole(again.roleCombo(7)->currentData().toInt()) == ColumnRole::Ignore);
}

TEST_CASE("The import wizard lists the unreadable cells and imports nothing", "[ImportWizard]")
{
    QTemporaryDir dir;
    auto opened = WorkspaceDocument::open(UiTestSupport::copySample(dir));
    REQUIRE(opened);
    WorkspaceDocument *document = opened->get();
    const Cascade before = document->cascade();

    ImportWizard wizard(document);
    wizard.show();
    wizard.setFile(workbook("salah-ketik.xlsx"));
    wizard.sheetCombo()->setCurrentIndex(wizard.sheetCombo()->findText(QStringLiteral("IKU")));
    wizard.next();
    wizard.next();
    REQUIRE(wizard.problemList()->count() == 1);
    CHECK(wizard.problemList()->item(0)->text().contains(QStringLiteral("row 3, column E")));
    wizard.button(QWizard::FinishButton)->click();
    CHECK(wizard.isVisible());
    CHECK(document->undoStack()->count() == 0);
    CHECK(document->cascade() == before);
}

TEST_CASE("The import wizard skips an instruction sheet and proposes the OPD its title names",
          "[ImportWizard]")
{
    QTemporaryDir dir;
    auto opened = WorkspaceDocument::open(UiTestSupport::copySample(dir));
    REQUIRE(opened);
    WorkspaceDocument *document = opened->get();

    ImportWizard wizard(document);
    wizard.show();
    wizard.setFile(workbook("shape-iku-petunjuk.xlsx"));
    CHECK(wizard.sheetCombo()->currentText() == QStringLiteral("IKU"));
    CHECK(wizard.fileMessage()->text().contains(QStringLiteral("Petunjuk")));

    ImportWizard renstra(document);
    renstra.show();
    renstra.setFile(workbook("shape-judul-dua-baris.xlsx"));
    // Whatever was chosen before, reading the sheet proposes the Renstra its title names.
    renstra.targetCombo()->setCurrentIndex(renstra.targetCombo()->count() - 1);
    REQUIRE(renstra.targetCombo()->currentText() != QStringLiteral("Renstra of Dinas Kesehatan"));
    renstra.next();
    REQUIRE(renstra.currentId() == ImportWizard::ColumnsPage);
    renstra.next();
    REQUIRE(renstra.currentId() == ImportWizard::TargetPage);
    CHECK(renstra.targetCombo()->currentText() == QStringLiteral("Renstra of Dinas Kesehatan"));
    CHECK(renstra.problemList()->count() == 0);
}
