#include "common/UiLanguage.h"
#include "document/WorkspaceDocument.h"
#include "editors/IndicatorEditor.h"
#include "editors/PkDiffDialog.h"
#include "editors/PkVersionPanel.h"
#include "editors/RealisasiActions.h"
#include "editors/RealisasiView.h"
#include "editors/RealisasiWindow.h"
#include "io/ImportActions.h"
#include "io/ImportWizard.h"
#include "io/PkExportActions.h"
#include "results/DashboardActions.h"
#include "results/DashboardWindow.h"
#include "results/ReportActions.h"
#include "review/CommentsDock.h"
#include "review/ReviewSummaryExport.h"
#include "review/ReviewWindow.h"
#include "sheet/SheetFile.h"
#include "support/DialogWalk.h"
#include "support/DocumentEdits.h"
#include "support/LanguageLeaks.h"
#include "support/QtStringMakers.h"
#include "support/UiTestSupport.h"
#include "support/VisibleText.h"
#include "window/CascadeTreeModel.h"
#include "window/EditorArea.h"
#include "window/MainWindow.h"
#include "window/WorkspaceFileActions.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTreeView>

#include <catch2/catch.hpp>
#include <functional>
#include <memory>

using namespace Tepat;

namespace {

QAction *findAction(const QList<QAction *> &actions, const QString &text)
{
    for (QAction *action : actions) {
        if (action->text() == text)
            return action;
        if (action->menu()) {
            if (QAction *found = findAction(action->menu()->actions(), text))
                return found;
        }
    }
    return nullptr;
}

// A menu action by its source text, found in either language.
QAction *menuAction(const MainWindow &window, const char *context, const char *source)
{
    QAction *action
        = findAction(window.menuBar()->actions(), QCoreApplication::translate(context, source));
    REQUIRE(action);
    return action;
}

QString workbook(const char *name)
{
    return QStringLiteral(TEPAT_IMPORT_WORKBOOKS "/%1").arg(QLatin1String(name));
}

// Opens the sample in a window of the language and goes through every window and dialog the
// program has, as a user meets them; returns the texts that are not in that language.
QStringList leaksOf(Language language)
{
    UiLanguage::apply(language);
    QTemporaryDir dir;
    MainWindow window;
    window.resize(1366, 768);
    UiTestSupport::showActive(&window);
    REQUIRE(window.openWorkspace(UiTestSupport::copySample(dir)));
    WorkspaceDocument *document = window.document();
    const Cascade &cascade = document->cascade();
    const UiTestSupport::PkPick pick = UiTestSupport::pickPk(cascade);
    REQUIRE(pick.pkId);
    DialogWalk walk;

    walk.look(QStringLiteral("window"), &window);
    window.commentsDock()->raise();
    walk.look(QStringLiteral("comments"), &window);

    // Every kind of node: the RPJMD and each OPD with their first nodes below, then an item, an
    // indicator and a PK.
    CascadeTreeModel *tree = window.treeModel();
    for (int row = 0; row < tree->rowCount(); ++row) {
        const QModelIndex top = tree->index(row, 0);
        for (const QModelIndex &index : {top, tree->index(0, 0, top)}) {
            if (!index.isValid())
                continue;
            window.treeView()->setCurrentIndex(index);
            walk.look(QStringLiteral("editor of %1").arg(index.data().toString()),
                      window.editorArea());
        }
    }
    const qint64 indicator = DocumentEdits::firstIndicator(cascade);
    REQUIRE(window.selectObject(cascade.indicator(indicator)->ownerId));
    walk.look(QStringLiteral("item editor"), window.editorArea());
    REQUIRE(window.selectObject(indicator));
    walk.look(QStringLiteral("indicator editor"), window.editorArea());
    QWidget *form = window.editorArea()->indicatorEditor();
    QLineEdit *edit = form->findChild<QLineEdit *>();
    REQUIRE(edit);
    const std::unique_ptr<QMenu> editMenu(edit->createStandardContextMenu());
    walk.keep(QStringLiteral("a field's context menu"),
              VisibleText::ofMenu(editMenu.get(), VisibleText::path(edit)));
    if (auto *text = form->findChild<QPlainTextEdit *>()) {
        const std::unique_ptr<QMenu> textMenu(text->createStandardContextMenu());
        walk.keep(QStringLiteral("a text's context menu"),
                  VisibleText::ofMenu(textMenu.get(), VisibleText::path(text)));
    }
    if (auto *text = form->findChild<QTextEdit *>()) {
        const std::unique_ptr<QMenu> textMenu(text->createStandardContextMenu());
        walk.keep(QStringLiteral("a text's context menu"),
                  VisibleText::ofMenu(textMenu.get(), VisibleText::path(text)));
    }
    REQUIRE(window.selectObject(pick.pkId));
    walk.look(QStringLiteral("PK editor"), window.editorArea());

    auto *realisasi = window.findChild<RealisasiActions *>();
    realisasi->openAction()->trigger();
    REQUIRE(realisasi->window());
    walk.look(QStringLiteral("realisasi"), realisasi->window());
    realisasi->window()->close();

    window.dashboardActions()->openAction()->trigger();
    REQUIRE(window.dashboardActions()->window());
    walk.look(QStringLiteral("dashboard"), window.dashboardActions()->window());
    window.dashboardActions()->window()->close();

    window.enterReviewMode();
    REQUIRE(window.reviewWindow());
    walk.look(QStringLiteral("review mode"), window.reviewWindow());
    window.reviewWindow()->close();

    walk.lookAtDialogs(QStringLiteral("new workspace"),
                       [&] { window.fileActions()->newAction()->trigger(); });
    walk.lookAtDialogs(QStringLiteral("open"),
                       [&] { window.fileActions()->openAction()->trigger(); });
    walk.lookAtDialogs(QStringLiteral("import"),
                       [&] { window.findChild<ImportActions *>()->importAction()->trigger(); });
    {
        ImportWizard wizard(document, &window);
        wizard.show();
        wizard.setFile(workbook("renstra-dinkes.xlsx"));
        walk.look(QStringLiteral("import, the sheet"), &wizard);
        wizard.next();
        walk.look(QStringLiteral("import, the columns"), &wizard);
        wizard.next();
        walk.look(QStringLiteral("import, the target"), &wizard);
        wizard.reject();
    }

    // Review mode walked the findings' objects: the PK actions need their PK again.
    REQUIRE(window.selectObject(pick.pkId));
    auto *pks = window.findChild<PkExportActions *>();
    QList<qint64> allPks;
    for (const PkDocument &pk : cascade.pks())
        allPks.append(pk.id);
    walk.lookAtDialogs(QStringLiteral("PK with errors"),
                       [&] { pks->confirmDespiteErrors(allPks); });
    pks->setErrorsPrompt([](QWidget *, const QString &) { return true; });
    walk.lookAtDialogs(QStringLiteral("export PK as PDF"),
                       [&] { pks->exportPdfAction()->trigger(); });
    walk.lookAtDialogs(QStringLiteral("sign PK"), [&] { pks->exportSignedAction()->trigger(); });
    walk.lookAtDialogs(QStringLiteral("ceremony"), [&] { pks->ceremonyAction()->trigger(); });
    walk.lookAtDialogs(
        QStringLiteral("print preview"),
        [&] { pks->printAction()->trigger(); },
        [&](QWidget *preview) {
            // Its Print button opens Qt's print dialog, or with no printer installed (as here) the
            // PDF file dialog. Its Page setup opens nothing without a printer (QPageSetupDialog
            // refuses a PDF printer), so it cannot be walked here.
            QAction *print
                = findAction(preview->findChildren<QAction *>(),
                             QCoreApplication::translate("QPrintPreviewDialog", "Print"));
            REQUIRE(print);
            walk.lookAtDialogs(QStringLiteral("print preview, print"),
                               [print] { print->trigger(); });
        });
    walk.lookAtDialogs(QStringLiteral("verify"), [&] { pks->verifyAction()->trigger(); });
    walk.lookAtDialogs(QStringLiteral("review summary"),
                       [&] { window.findChild<ReviewSummaryExport *>()->action()->trigger(); });
    walk.lookAtDialogs(QStringLiteral("reports"),
                       [&] { window.reportActions()->reportsAction()->trigger(); });
    walk.lookAtDialogs(QStringLiteral("settings"),
                       [&] { menuAction(window, "Tepat::MainWindow", "Se&ttings…")->trigger(); });
    walk.lookAtDialogs(QStringLiteral("about"),
                       [&] { menuAction(window, "Tepat::MainWindow", "&About Tepat")->trigger(); });

    // The realisasi's capaian settings, and what a PK's version panel opens: mark as signed, then
    // on a signed PK unlock and PK Perubahan, and on a perubahan the comparison with its PK.
    realisasi->openAction()->trigger();
    REQUIRE(realisasi->window());
    auto *realisasiView = realisasi->window()->findChild<RealisasiView *>();
    REQUIRE(realisasiView);
    walk.lookAtDialogs(QStringLiteral("capaian settings"),
                       [&] { realisasiView->settingsButton()->click(); });
    realisasi->window()->close();
    REQUIRE(window.selectObject(pick.pkId));
    const auto versionPanel = [&] {
        auto *panel = window.editorArea()->findChild<PkVersionPanel *>();
        REQUIRE(panel);
        return panel;
    };
    walk.lookAtDialogs(QStringLiteral("mark as signed"),
                       [&] { versionPanel()->markSignedButton()->click(); });
    REQUIRE(DocumentEdits::signOnPaper(*document, pick.pkId));
    walk.look(QStringLiteral("signed PK editor"), window.editorArea());
    walk.lookAtDialogs(QStringLiteral("unlock"), [&] { versionPanel()->unlockButton()->click(); });
    walk.lookAtDialogs(QStringLiteral("PK Perubahan"),
                       [&] { versionPanel()->perubahanButton()->click(); });
    const Result<qint64> perubahan = DocumentEdits::perubahan(*document, pick.pkId);
    REQUIRE(perubahan);
    REQUIRE(window.selectObject(*perubahan));
    walk.look(QStringLiteral("PK Perubahan editor"), window.editorArea());
    versionPanel()->compareButton()->click();
    auto *comparison = window.findChild<PkDiffDialog *>();
    REQUIRE(comparison);
    walk.look(QStringLiteral("PK comparison"), comparison);
    comparison->close();

    DocumentEdits::editFirstIndicator(*document, QStringLiteral("Persentase balita gizi baik"));
    walk.lookAtDialogs(QStringLiteral("unsaved changes"),
                       [&] { window.fileActions()->maybeSave(); });

    // The import wizard shows the sheet's own headers and cells: the user's words.
    QStringList sheetTexts;
    const Result<SheetTable> sheet = SheetFile::read(workbook("renstra-dinkes.xlsx"));
    REQUIRE(sheet);
    for (int row = 1; row <= sheet->rowCount(); ++row) {
        for (int column = 1; column <= sheet->columnCount(); ++column)
            sheetTexts.append(sheet->text(row, column));
    }
    const QStringList leaks = LanguageLeaks::find(walk.shown(), language, cascade, sheetTexts);
    UiLanguage::apply(Language::English);
    return leaks;
}

} // namespace

TEST_CASE("The Indonesian window and its dialogs show no English", "[language]")
{
    const QStringList leaks = leaksOf(Language::Indonesian);
    INFO(leaks.join(u'\n').toStdString());
    CHECK(leaks.size() == 0);
}

TEST_CASE("The English window and its dialogs show no Indonesian", "[language]")
{
    const QStringList leaks = leaksOf(Language::English);
    INFO(leaks.join(u'\n').toStdString());
    CHECK(leaks.size() == 0);
}
