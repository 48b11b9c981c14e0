#include "check/PkErrorCount.h"
#include "document/WorkspaceDocument.h"
#include "document/commands/EditPrintSettingsCommand.h"
#include "editors/PemdaEditor.h"
#include "io/CeremonyExport.h"
#include "io/CeremonyExportDialog.h"
#include "io/PkExportActions.h"
#include "store/WorkspaceFile.h"
#include "support/PdfTools.h"
#include "support/QtStringMakers.h"
#include "support/UiTestSupport.h"
#include "window/EditorArea.h"
#include "window/MainWindow.h"
#include "window/WorkspaceFileActions.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

QStringList everythingIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

// The window on a copy of the sample, its paper switched to F4 through the pemda form.
void openOnF4(MainWindow &window, const QTemporaryDir &dir)
{
    UiTestSupport::showActive(&window);
    REQUIRE(window.openWorkspace(UiTestSupport::copySample(dir)));
    window.editorArea()->pemdaEditor()->load();
    QComboBox *paper = window.editorArea()->pemdaEditor()->paperBox();
    paper->setCurrentIndex(int(PaperFormat::Size::F4));
    emit paper->activated(int(PaperFormat::Size::F4));
    REQUIRE(window.document()->cascade().printSettings().paper == PaperFormat::Size::F4);
}

} // namespace

TEST_CASE("The paper is chosen in the pemda form, undone like any edit and saved",
          "[PkExport][PrintSettings]")
{
    QTemporaryDir dir;
    MainWindow window;
    openOnF4(window, dir);
    WorkspaceDocument *document = window.document();
    CHECK(document->isModified());
    CHECK(document->undoStack()->undoText() == u"Change the paper of the PKs");
    document->undoStack()->undo();
    CHECK(document->cascade().printSettings().paper == PaperFormat::Size::A4);
    CHECK(window.editorArea()->pemdaEditor()->paperBox()->currentIndex()
          == int(PaperFormat::Size::A4));
    document->undoStack()->redo();
    CHECK(window.editorArea()->pemdaEditor()->paperBox()->currentIndex()
          == int(PaperFormat::Size::F4));
    REQUIRE(window.fileActions()->save());
    const Result<Cascade> saved = WorkspaceFile::load(window.document()->path());
    REQUIRE(saved);
    CHECK(saved->printSettings().paper == PaperFormat::Size::F4);
}

TEST_CASE("Export PDF writes the selected PK on the workspace's paper, enabled only inside a PK",
          "[PkExport]")
{
    QTemporaryDir dir;
    MainWindow window;
    openOnF4(window, dir);
    PkExportActions *actions = window.findChild<PkExportActions *>();
    const UiTestSupport::PkPick pick = UiTestSupport::pickPk(window.document()->cascade());

    REQUIRE(window.selectObject(window.document()->cascade().childItems(0).first())); // RPJMD
    CHECK_FALSE(actions->exportPdfAction()->isEnabled());
    CHECK_FALSE(actions->printAction()->isEnabled());
    CHECK(actions->ceremonyAction()->isEnabled());
    REQUIRE(window.selectObject(pick.first)); // an indicator of a sasaran of the PK
    CHECK(actions->exportPdfAction()->isEnabled());
    CHECK(actions->printAction()->isEnabled());
    CHECK(actions->currentPk() == pick.pkId);

    QString suggested;
    const QString path = dir.filePath(QStringLiteral("pk.pdf"));
    actions->setSavePathPrompt([&](QWidget *, const QString &proposal) {
        suggested = proposal;
        return path;
    });
    actions->setErrorsPrompt([](QWidget *, const QString &) { return true; });
    actions->paktaAction()->setChecked(true);
    actions->exportPdfAction()->trigger();
    const PkDocument &pk = *window.document()->cascade().pk(pick.pkId);
    CHECK(QFileInfo(suggested).fileName()
          == PkBatchExport::suggestedFileName(window.document()->cascade(), pk.id));
    CHECK(QFileInfo(suggested).fileName().startsWith(QStringLiteral("PK 2026 - ")));

    const QString text = PdfTools::pageTexts(path).join(u'\f').simplified();
    CHECK(text.contains(pk.pihakPertama.name));
    CHECK(text.contains(pk.pihakKedua.name));
    CHECK(text.contains(QStringLiteral("PAKTA INTEGRITAS")));
    for (const QSizeF &size : PdfTools::pageSizes(path))
        CHECK(size == QSizeF(609.449, 935.433));
    CHECK(everythingIn(dir.path()).filter(QStringLiteral(".pdf"))
          == QStringList {QStringLiteral("pk.pdf")});

    // A file that cannot be written is not half written either; the error names it.
    const QString locked = dir.filePath(QStringLiteral("nowhere/pk.pdf"));
    const Result<int> failed = actions->exportPdf(pk.id, locked);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().message.contains(locked));
    CHECK_FALSE(QFileInfo::exists(locked));
}

TEST_CASE("Exporting or printing a PK with errors asks first and says how many", "[PkExport]")
{
    QTemporaryDir dir;
    MainWindow window;
    openOnF4(window, dir);
    PkExportActions *actions = window.findChild<PkExportActions *>();
    const Cascade &cascade = window.document()->cascade();
    QList<qint64> withErrors;
    for (const PkDocument &pk : cascade.pks()) {
        if (PkErrorCount::of(cascade, window.document()->findings(), pk.id) > 0)
            withErrors.append(pk.id);
    }
    REQUIRE(withErrors.size() >= 2);
    const qint64 pkId = withErrors.first();
    const int errors = PkErrorCount::of(cascade, window.document()->findings(), pkId);
    REQUIRE(window.selectObject(pkId));

    QStringList questions;
    bool goOn = false;
    actions->setErrorsPrompt([&](QWidget *, const QString &question) {
        questions.append(question);
        return goOn;
    });
    int pathsAsked = 0;
    const QString path = dir.filePath(QStringLiteral("pk.pdf"));
    actions->setSavePathPrompt([&](QWidget *, const QString &) {
        ++pathsAsked;
        return path;
    });
    actions->exportPdfAction()->trigger();
    actions->printAction()->trigger(); // no preview opens: the user stopped
    REQUIRE(questions.size() == 2);
    CHECK(questions.first().contains(QStringLiteral("%1 error").arg(errors)));
    CHECK(pathsAsked == 0);
    CHECK_FALSE(QFileInfo::exists(path));

    goOn = true;
    actions->exportPdfAction()->trigger();
    CHECK(pathsAsked == 1);
    CHECK(QFileInfo::exists(path));

    // The ceremony export lists each PK with errors before it starts.
    CHECK(actions->confirmDespiteErrors(withErrors));
    const QString listed = questions.last();
    for (qint64 id : withErrors) {
        const QString name
            = QFileInfo(PkBatchExport::suggestedFileName(cascade, id)).completeBaseName();
        CHECK(listed.contains(
            QStringLiteral("%1: %2 error")
                .arg(name)
                .arg(PkErrorCount::of(cascade, window.document()->findings(), id))));
    }
}

TEST_CASE("The ceremony export writes one PDF per OPD off the GUI thread", "[PkExport][ceremony]")
{
    QTemporaryDir dir;
    MainWindow window;
    openOnF4(window, dir);
    const Cascade &cascade = window.document()->cascade();
    const QString folder = dir.filePath(QStringLiteral("upacara"));

    CeremonyExportDialog dialog(cascade, PaperFormat(PaperFormat::Size::F4), dir.path(), &window);
    CHECK(dialog.yearBox()->currentText() == u"2026");
    CHECK(dialog.opdList()->count() == 5); // the kepala daerah and four OPDs
    CHECK(dialog.selectedPkCount() == 13);
    dialog.levelBox(PkDocument::Level::EselonIV)->setChecked(false);
    CHECK(dialog.selectedPkCount() == 9);
    dialog.levelBox(PkDocument::Level::EselonIV)->setChecked(true);
    dialog.splitButton()->setChecked(true);
    CHECK(dialog.pathEdit()->text() == dir.path());
    dialog.pathEdit()->setText(folder);
    CHECK(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    const CeremonyExportDialog::Request request = dialog.request();
    CHECK(request.split);
    CHECK(request.selection.opdIds.isEmpty());

    CeremonyExport *job = window.findChild<PkExportActions *>()->startCeremonyExport(request);
    REQUIRE(job);
    QSignalSpy finished(job, &CeremonyExport::finished);
    // The window keeps handling events while the worker writes.
    CHECK(job->isRunning());
    REQUIRE(finished.wait(120000));
    REQUIRE(job->result());
    INFO((*job->result() ? QString() : job->result()->error().message).toStdString());
    REQUIRE(*job->result());

    const QStringList files = everythingIn(folder);
    CHECK(files.size() == 5);
    CHECK(files.contains(QStringLiteral("pk-2026-kepala-daerah.pdf")));
    CHECK(files.contains(QStringLiteral("pk-2026-1.02.0.00.0.00.01.0000-dinkes.pdf")));
    const QString dinkes
        = QDir(folder).filePath(QStringLiteral("pk-2026-1.02.0.00.0.00.01.0000-dinkes.pdf"));
    const QString text = PdfTools::pageTexts(dinkes).join(u'\f');
    CHECK(text.count(QStringLiteral("PAKTA INTEGRITAS")) == 3);
    CHECK(text.contains(cascade.pk(9100)->pihakPertama.name));
    for (const QSizeF &size : PdfTools::pageSizes(dinkes))
        CHECK(size == QSizeF(609.449, 935.433));
}

TEST_CASE("Cancelling the ceremony export leaves no file", "[PkExport][ceremony]")
{
    QTemporaryDir dir;
    MainWindow window;
    openOnF4(window, dir);
    const QString folder = dir.filePath(QStringLiteral("upacara"));
    for (const bool split : {true, false}) {
        INFO("split " << split);
        CeremonyExportDialog::Request request;
        request.selection.year = 2026;
        request.split = split;
        request.path = split ? folder : QDir(folder).filePath(QStringLiteral("semua.pdf"));
        REQUIRE(QDir().mkpath(folder));
        CeremonyExport *job = window.findChild<PkExportActions *>()->startCeremonyExport(request);
        REQUIRE(job);
        QSignalSpy finished(job, &CeremonyExport::finished);
        emit job->progressDialog()->canceled(); // as the Cancel button does
        REQUIRE(finished.wait(120000));
        REQUIRE(job->result());
        REQUIRE_FALSE(*job->result());
        CHECK(job->result()->error().code == Error::Code::Cancelled);
        CHECK(everythingIn(folder).isEmpty());
        QTest::qWait(0); // the finished job is deleted later
    }
}

TEST_CASE("Print lays the PK out for the printer's page, as the PDF export does",
          "[PkExport][print]")
{
    QTemporaryDir dir;
    MainWindow window;
    openOnF4(window, dir);
    PkExportActions *actions = window.findChild<PkExportActions *>();
    const qint64 pkId = 9100;
    actions->paktaAction()->setChecked(false);

    const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(printed);
    const Result<int> pages = actions->print(printer, pkId);
    REQUIRE(pages);
    CHECK(printer.fullPage());

    const QString exported = dir.filePath(QStringLiteral("exported.pdf"));
    REQUIRE(actions->exportPdf(pkId, exported));
    CHECK(PdfTools::infoField(printed, QStringLiteral("Pages")).toInt() == *pages);
    CHECK(PdfTools::infoField(exported, QStringLiteral("Pages")).toInt() == *pages);
    for (const QSizeF &size : PdfTools::pageSizes(printed))
        CHECK(size == QSizeF(609, 935)); // a printer's page: whole points
    // The same glyphs at the same places: page for page the same text.
    CHECK(PdfTools::pageTexts(printed, QStringLiteral("-raw"))
          == PdfTools::pageTexts(exported, QStringLiteral("-raw")));
    const PkDocument &pk = *window.document()->cascade().pk(pkId);
    CHECK(PdfTools::pageTexts(printed).join(u'\f').contains(pk.pihakPertama.name));
}
