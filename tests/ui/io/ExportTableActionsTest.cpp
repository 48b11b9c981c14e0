#include "io/ExportTableActions.h"

#include "document/WorkspaceDocument.h"
#include "support/QtStringMakers.h"
#include "support/UiTestSupport.h"
#include "support/XlsxSheet.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

constexpr qint64 kepalaDaerahPk = 9000;
constexpr qint64 dinkes = 1000;

QMenu *exportMenu(MainWindow &window)
{
    for (QAction *action : window.menuBar()->actions()) {
        if (!action->menu())
            continue;
        for (QAction *entry : action->menu()->actions()) {
            if (entry->menu() && entry->menu()->title() == QStringLiteral("Export to &spreadsheet"))
                return entry->menu();
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("The File menu exports what is selected: the PK, the OPD's Renstra, the findings",
          "[ExportTableActions]")
{
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.openWorkspace(UiTestSupport::copySample(dir)));
    auto *actions = window.findChild<ExportTableActions *>();
    REQUIRE(actions);
    REQUIRE(exportMenu(window) == actions->menu());

    QStringList suggested;
    QString answer;
    actions->setPathPrompt([&](const QString &path) {
        suggested.append(path);
        return answer;
    });

    // An RPJMD item lies in no PK and no OPD: only the findings can be exported.
    const Cascade &cascade = window.document()->cascade();
    REQUIRE(window.selectObject(cascade.childItems(0).first()));
    emit actions->menu()->aboutToShow();
    CHECK_FALSE(actions->pkAction()->isEnabled());
    CHECK_FALSE(actions->renstraAction()->isEnabled());
    CHECK(actions->findingsAction()->isEnabled());

    // An indicator of the kepala daerah's PK selects that PK.
    const qint64 sasaran = cascade.childItems(kepalaDaerahPk).first();
    REQUIRE(window.selectObject(cascade.indicatorsOf(sasaran).first()));
    emit actions->menu()->aboutToShow();
    CHECK(actions->selectedPk() == kepalaDaerahPk);
    CHECK(actions->pkAction()->isEnabled());
    CHECK_FALSE(actions->renstraAction()->isEnabled()); // the kepala daerah has no OPD

    answer = dir.filePath(QStringLiteral("lampiran"));
    actions->pkAction()->trigger();
    REQUIRE(suggested.size() == 1);
    CHECK(suggested.first().endsWith(QStringLiteral("/lampiran-pk-2026-kepala-daerah.xlsx")));
    const QString workbook = answer + QStringLiteral(".xlsx"); // the extension is added
    REQUIRE(QFile::exists(workbook));
    CHECK(XlsxSheet::read(workbook, 1)
              .cell(QStringLiteral("A1"))
              .value.contains(QStringLiteral("Bupati Deli Serdang")));

    // A Renstra item of Dinas Kesehatan selects its OPD.
    REQUIRE(window.selectObject(cascade.childItems(dinkes).first()));
    emit actions->menu()->aboutToShow();
    CHECK(actions->selectedOpd() == dinkes);
    CHECK_FALSE(actions->pkAction()->isEnabled());
    answer = dir.filePath(QStringLiteral("renstra.csv"));
    actions->renstraAction()->trigger();
    CHECK(suggested.last().endsWith(QStringLiteral("/renstra-dinkes.xlsx")));
    QFile renstra(answer);
    REQUIRE(renstra.open(QIODevice::ReadOnly));
    CHECK(renstra.readLine().startsWith("\xEF\xBB\xBFjenis;kode;sasaran;uraian;indikator"));

    // Cancelling the dialog writes nothing.
    answer.clear();
    actions->findingsAction()->trigger();
    CHECK(QDir(dir.path()).entryList(QDir::Files).filter(QStringLiteral("temuan")).isEmpty());
    answer = dir.filePath(QStringLiteral("temuan.xlsx"));
    actions->findingsAction()->trigger();
    const XlsxSheet findings = XlsxSheet::read(answer, 1);
    CHECK(findings.cell(QStringLiteral("A2")).value == QStringLiteral("rule"));
    CHECK(findings.cells.contains(QStringLiteral("A3")));
}
