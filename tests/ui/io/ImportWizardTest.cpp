#include "io/ImportWizard.h"

#include "document/WorkspaceDocument.h"
#include "support/QtStringMakers.h"
#include "support/UiTestSupport.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
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

TEST_CASE("A realisasi sheet fills the realisasi of a PK's indicators and lists what matched "
          "nothing",
          "[ImportWizard][realisasi]")
{
    QSettings().remove(QStringLiteral("import"));
    QTemporaryDir dir;
    auto opened = WorkspaceDocument::open(UiTestSupport::copySample(dir));
    REQUIRE(opened);
    WorkspaceDocument *document = opened->get();
    const UiTestSupport::PkPick pick = UiTestSupport::pickPk(document->cascade());
    const QString first = document->cascade().indicator(pick.first)->text;
    const Realisasi before = document->cascade().indicator(pick.first)->realisasi;
    const QString path = dir.filePath(QStringLiteral("realisasi-tw.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("No;Indikator Kinerja;Realisasi TW I;Realisasi TW II;Kendala\n"
                                  "1;%1;55,5;61;Data desa terlambat\n"
                                  ";Indikator yang tidak ada;10;12;\n")
                       .arg(first)
                       .toUtf8());
    }

    ImportWizard wizard(document);
    wizard.show();
    wizard.setFile(path);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ColumnsPage);
    CHECK(ColumnRole(wizard.roleCombo(3)->currentData().toInt()) == ColumnRole::RealisasiTw1);
    CHECK(ColumnRole(wizard.roleCombo(4)->currentData().toInt()) == ColumnRole::RealisasiTw2);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::TargetPage);
    // Only PKs take realisasi.
    for (int i = 0; i < wizard.targetCombo()->count(); ++i)
        CHECK(wizard.targetCombo()->itemText(i).startsWith(QStringLiteral("Realisasi of PK")));
    wizard.targetCombo()->setCurrentIndex(
        wizard.targetCombo()->findData(QVariantList {1, pick.pkId}));
    CHECK(wizard.problemList()->count() == 0);
    auto *preview = wizard.findChild<QTreeWidget *>();
    REQUIRE(preview);
    REQUIRE(preview->topLevelItemCount() == 2);
    CHECK(preview->topLevelItem(0)->childCount() == 1);
    CHECK(preview->topLevelItem(1)->childCount() == 1);
    CHECK(preview->topLevelItem(1)->child(0)->text(2)
          == QStringLiteral("Indikator yang tidak ada"));
    wizard.button(QWizard::FinishButton)->click();

    CHECK(document->undoStack()->count() == 1);
    const Realisasi &imported = document->cascade().indicator(pick.first)->realisasi;
    CHECK(imported.triwulan(1).realisasi.toString() == QStringLiteral("55,5"));
    CHECK(imported.triwulan(2).realisasi.toString() == QStringLiteral("61"));
    CHECK(imported.triwulan(2).kendala == QStringLiteral("Data desa terlambat"));
    document->undoStack()->undo();
    CHECK(document->cascade().indicator(pick.first)->realisasi == before);
}
