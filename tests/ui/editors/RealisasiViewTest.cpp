#include "editors/RealisasiView.h"

#include "common/PasteTableView.h"
#include "document/WorkspaceDocument.h"
#include "editors/RealisasiAnggaranModel.h"
#include "editors/RealisasiModel.h"
#include "editors/RealisasiWindow.h"
#include "measure/CapaianEngine.h"
#include "support/QtStringMakers.h"
#include "support/UiTestSupport.h"
#include "window/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<WorkspaceDocument> document;
    UiTestSupport::PkPick pick;
    std::unique_ptr<RealisasiView> view;

    Fixture()
    {
        auto opened = WorkspaceDocument::open(UiTestSupport::copySample(dir));
        REQUIRE(opened);
        document = std::move(*opened);
        pick = UiTestSupport::pickPk(document->cascade());
        view = std::make_unique<RealisasiView>(document.get());
        view->resize(1366, 700);
        UiTestSupport::showActive(view.get());
        view->setPk(pick.pkId);
        view->quarterBar()->setCurrentIndex(0);
    }

    const Indicator &indicator(qint64 id) const { return *document->cascade().indicator(id); }
    RealisasiModel *model() const { return view->model(); }
    int row(qint64 id) const { return model()->rowOf(id); }

    // Types into a cell of the realisasi table as a user does: select, F2, keys, Enter.
    void type(int row, int column, const QString &text)
    {
        PasteTableView *table = view->table();
        table->setFocus();
        table->setCurrentIndex(model()->index(row, column));
        QTest::keyClick(table, Qt::Key_F2);
        QWidget *editor = QApplication::focusWidget();
        REQUIRE(editor);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits on a queued call
    }
};

} // namespace

TEST_CASE("The realisasi model is a sound item model over the document", "[RealisasiView]")
{
    Fixture f;
    QAbstractItemModelTester tester(f.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester anggaran(f.view->anggaranModel(),
                                      QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(f.model()->rowCount() >= 2);
    f.type(f.row(f.pick.first), RealisasiModel::Realisasi1Column, QStringLiteral("10"));
    f.view->quarterBar()->setCurrentIndex(2);
    f.document->undoStack()->undo();
}

TEST_CASE("Typing an Indonesian number is one undo step, and capaian and kategori follow",
          "[RealisasiView]")
{
    Fixture f;
    const int steps = f.document->undoStack()->index();
    const int row = f.row(f.pick.first);
    f.type(row, RealisasiModel::Realisasi1Column, QStringLiteral("1.234,5"));
    const TargetValue &typed = f.indicator(f.pick.first).realisasi.triwulan(1).realisasi;
    CHECK(typed.kind() == TargetValue::Kind::Number);
    CHECK(typed.number() == *Decimal::fromCanonical(u"1234.5"));
    CHECK(f.document->undoStack()->index() == steps + 1);

    const Capaian expected
        = CapaianEngine(f.document->cascade().measureSettings())
              .measure(f.document->cascade(), f.indicator(f.pick.first), f.model()->quarter());
    const QModelIndex capaian = f.model()->index(row, RealisasiModel::CapaianColumn);
    CHECK(capaian.data().toString()
          == (expected.value ? Capaian::percentText(*expected.value) : QStringLiteral("—")));
    if (expected.kategori) {
        // Coloured by the kategori, and the kategori written beside it: never colour alone.
        CHECK_FALSE(capaian.data(RealisasiModel::KategoriColourRole).toString().isEmpty());
        CHECK(f.model()->index(row, RealisasiModel::KategoriColumn).data().toString()
              == expected.kategoriLabel);
    }
    f.document->undoStack()->undo();
    CHECK(f.document->undoStack()->index() == steps);
}

TEST_CASE("A realisasi view closed while a cell is typed leaves the document as it was",
          "[RealisasiView]")
{
    Fixture f;
    const int steps = f.document->undoStack()->index();
    PasteTableView *table = f.view->table();
    table->setFocus();
    table->setCurrentIndex(f.model()->index(f.row(f.pick.first), RealisasiModel::Realisasi1Column));
    QTest::keyClick(table, Qt::Key_F2);
    REQUIRE(QApplication::focusWidget() != table);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("42"));
    // Destroyed with the window around it, the view must not commit a half-typed cell into a
    // document whose other views may be half destroyed too.
    f.view.reset();
    QCoreApplication::processEvents();
    CHECK(f.document->undoStack()->index() == steps);
    CHECK_FALSE(f.document->isModified());
}

TEST_CASE("A cell that is no realisasi is refused, with the reason under the table",
          "[RealisasiView]")
{
    Fixture f;
    const Realisasi before = f.indicator(f.pick.first).realisasi;
    f.type(f.row(f.pick.first), RealisasiModel::Realisasi2Column, QStringLiteral("naik"));
    CHECK(f.indicator(f.pick.first).realisasi == before);
    CHECK(f.view->feedbackLabel()->text().contains(QStringLiteral("naik")));
    // "70 - 80" is a target, not what was reached.
    f.type(f.row(f.pick.first), RealisasiModel::Realisasi2Column, QStringLiteral("70 - 80"));
    CHECK(f.indicator(f.pick.first).realisasi == before);
}

TEST_CASE("A block pasted from Excel fills the realisasi of several rows as one undo step",
          "[RealisasiView]")
{
    Fixture f;
    const int steps = f.document->undoStack()->index();
    const int first = f.row(f.pick.first);
    f.view->table()->setCurrentIndex(f.model()->index(first, RealisasiModel::Realisasi1Column));
    REQUIRE(f.view->table()->pasteText(QStringLiteral("80\t85,5\r\n0\t\r\n")));
    CHECK(f.document->undoStack()->index() == steps + 1);
    const qint64 second = f.model()->indicatorAt(first + 1);
    CHECK(f.indicator(f.pick.first).realisasi.triwulan(1).realisasi.toString()
          == QStringLiteral("80"));
    CHECK(f.indicator(f.pick.first).realisasi.triwulan(2).realisasi.toString()
          == QStringLiteral("85,5"));
    // A pasted 0 is a reported zero; an empty cell clears.
    CHECK(f.indicator(second).realisasi.triwulan(1).isReported());
    CHECK_FALSE(f.indicator(second).realisasi.triwulan(2).isReported());
    f.document->undoStack()->undo();
    CHECK(f.document->undoStack()->index() == steps);
}

TEST_CASE("Kendala, tindak lanjut and bukti belong to the triwulan chosen above the table",
          "[RealisasiView]")
{
    Fixture f;
    const QString secondBefore = f.indicator(f.pick.first).realisasi.triwulan(2).kendala;
    f.view->quarterBar()->setCurrentIndex(2);
    CHECK(f.model()->headerData(RealisasiModel::KendalaColumn, Qt::Horizontal).toString()
          == QStringLiteral("Kendala TW III"));
    CHECK(f.model()->headerData(RealisasiModel::CapaianColumn, Qt::Horizontal).toString()
          == QStringLiteral("Capaian\ns.d. TW III"));
    f.type(f.row(f.pick.first), RealisasiModel::KendalaColumn, QStringLiteral("Hujan deras"));
    CHECK(f.indicator(f.pick.first).realisasi.triwulan(3).kendala == QStringLiteral("Hujan deras"));
    CHECK(f.indicator(f.pick.first).realisasi.triwulan(2).kendala == secondBefore);
}

TEST_CASE("Faktor pendukung, penghambat and upaya are the year's whichever triwulan is chosen, "
          "each typed cell one undo step",
          "[RealisasiView]")
{
    Fixture f;
    const int row = f.row(f.pick.first);
    const int year = f.document->cascade().pk(f.pick.pkId)->year;
    CHECK(f.model()->headerData(RealisasiModel::FaktorPendukungColumn, Qt::Horizontal).toString()
          == QStringLiteral("Faktor Pendukung\n%1").arg(year));
    const RealisasiAnalisis before = f.indicator(f.pick.first).realisasi.analisis();
    const int steps = f.document->undoStack()->count();
    f.view->quarterBar()->setCurrentIndex(1);
    f.type(row, RealisasiModel::FaktorPendukungColumn, QStringLiteral("Kader aktif"));
    f.view->quarterBar()->setCurrentIndex(3);
    CHECK(f.model()->index(row, RealisasiModel::FaktorPendukungColumn).data().toString()
          == QStringLiteral("Kader aktif"));
    f.type(row, RealisasiModel::UpayaPeningkatanColumn, QStringLiteral("Pelatihan ulang"));
    const RealisasiAnalisis &analisis = f.indicator(f.pick.first).realisasi.analisis();
    CHECK(analisis.faktorPendukung == QStringLiteral("Kader aktif"));
    CHECK(analisis.faktorPenghambat == before.faktorPenghambat);
    CHECK(analisis.upayaPeningkatan == QStringLiteral("Pelatihan ulang"));
    CHECK(f.document->undoStack()->count() == steps + 2);
    f.document->undoStack()->undo();
    CHECK(f.indicator(f.pick.first).realisasi.analisis().upayaPeningkatan
          == before.upayaPeningkatan);
    CHECK(f.model()->index(row, RealisasiModel::UpayaPeningkatanColumn).data().toString()
          == before.upayaPeningkatan);
}

TEST_CASE("Closing a triwulan is an undoable setting and the findings appear live",
          "[RealisasiView]")
{
    Fixture f;
    // Nothing reported for TW IV yet in the sample: closing it makes the realisasi due.
    f.view->closedBox()->setCurrentIndex(4);
    emit f.view->closedBox()->activated(4);
    const MeasureSettings &settings = f.document->cascade().measureSettings();
    CHECK(settings.closedQuarter == 4);
    CHECK(settings.reportingYear == f.document->cascade().pk(f.pick.pkId)->year);
    const QList<Finding> findings = f.document->checker().findingsFor(f.pick.first);
    CHECK(std::any_of(findings.cbegin(), findings.cend(), [](const Finding &finding) {
        return finding.ruleId == QStringLiteral("realisasi-missing");
    }));
    f.view->table()->setCurrentIndex(
        f.model()->index(f.row(f.pick.first), RealisasiModel::IndicatorColumn));
    CHECK(f.view->feedbackLabel()->text().contains(QStringLiteral("TW IV")));
    CHECK_FALSE(f.model()
                    ->index(f.row(f.pick.first), RealisasiModel::IndicatorColumn)
                    .data(Qt::DecorationRole)
                    .isNull());
    f.document->undoStack()->undo();
    CHECK(f.document->cascade().measureSettings().closedQuarter != 4);
}

TEST_CASE("Realisasi anggaran is typed per triwulan and the serapan follows", "[RealisasiView]")
{
    Fixture f;
    RealisasiAnggaranModel *model = f.view->anggaranModel();
    REQUIRE(model->rowCount() > 0);
    f.view->quarterBar()->setCurrentIndex(0);
    REQUIRE(
        model->setData(model->index(0, RealisasiAnggaranModel::Spent1Column), QStringLiteral("0")));
    CHECK(model->index(0, RealisasiAnggaranModel::SerapanColumn).data().toString()
          == QStringLiteral("0,00 %"));
    CHECK_FALSE(
        model->setData(model->index(0, RealisasiAnggaranModel::Spent2Column), QStringLiteral("x")));
    CHECK(f.view->feedbackLabel()->text().contains(QStringLiteral("x")));
}

TEST_CASE("View > Realisasi opens a window on the selected PK that follows the tree",
          "[RealisasiView][MainWindow]")
{
    QTemporaryDir dir;
    MainWindow window;
    UiTestSupport::showActive(&window);
    REQUIRE(window.openWorkspace(UiTestSupport::copySample(dir)));
    const UiTestSupport::PkPick pick = UiTestSupport::pickPk(window.document()->cascade());
    REQUIRE(window.selectObject(pick.first));
    QTest::keyClick(&window, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    auto *realisasi = window.findChild<RealisasiWindow *>();
    REQUIRE(realisasi);
    CHECK(realisasi->isVisible());
    CHECK(realisasi->view()->pkId() == pick.pkId);
    CHECK(realisasi->view()->model()->indicatorAt(realisasi->view()->table()->currentIndex().row())
          == pick.first);
    // Another PK selected in the tree: the window follows.
    for (const PkDocument &pk : window.document()->cascade().pks()) {
        if (pk.id != pick.pkId) {
            REQUIRE(window.selectObject(pk.id));
            CHECK(realisasi->view()->pkId() == pk.id);
            break;
        }
    }
    // Undo works in the realisasi window on the main window's stack.
    realisasi->view()->table()->setCurrentIndex(
        realisasi->view()->model()->index(0, RealisasiModel::Realisasi4Column));
    REQUIRE(realisasi->view()->model()->setData(
        realisasi->view()->model()->index(0, RealisasiModel::Realisasi4Column),
        QStringLiteral("3")));
    const int steps = window.document()->undoStack()->index();
    realisasi->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(realisasi));
    QTest::keyClick(realisasi, Qt::Key_Z, Qt::ControlModifier);
    CHECK(window.document()->undoStack()->index() == steps - 1);
}
