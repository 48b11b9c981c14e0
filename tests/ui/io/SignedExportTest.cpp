#include "common/LockedForm.h"
#include "common/PasteTableView.h"
#include "document/WorkspaceDocument.h"
#include "editors/PkDiffDialog.h"
#include "editors/PkDiffModel.h"
#include "editors/PkEditor.h"
#include "editors/PkVersionPanel.h"
#include "io/CeremonyExport.h"
#include "io/CeremonyExportDialog.h"
#include "io/PkExportActions.h"
#include "model/PkLockState.h"
#include "model/PkVersions.h"
#include "support/PdfTools.h"
#include "support/QtStringMakers.h"
#include "support/TestCertificates.h"
#include "support/UiTestSupport.h"
#include "window/EditorArea.h"
#include "window/MainWindow.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

constexpr qint64 dinkesPk = 9100;

void open(MainWindow &window, const QTemporaryDir &dir)
{
    UiTestSupport::showActive(&window);
    REQUIRE(window.openWorkspace(UiTestSupport::copySample(dir)));
}

SignatoryCertificates::Choice certificate(const Official &official, const QString &p12)
{
    return {PkPdfSigning::officialKey(official),
            official.name,
            p12,
            QByteArray(TestCertificates::password)};
}

} // namespace

TEST_CASE("Export signed PK signs for both parties, locks the PK and shows it read-only",
          "[PkExport][sign][PkLock]")
{
    QTemporaryDir dir;
    MainWindow window;
    open(window, dir);
    WorkspaceDocument *document = window.document();
    const PkDocument &pk = *document->cascade().pk(dinkesPk);
    const auto &certificates = TestCertificates::get();

    SignPkDialog::Request wrong;
    wrong.path = dir.filePath(QStringLiteral("wrong.pdf"));
    wrong.certificates = {certificate(pk.pihakKedua, certificates.keduaP12),
                          certificate(pk.pihakPertama, certificates.pertamaP12)};
    wrong.certificates.last().password = "bukan-ini";
    const auto refused = window.findChild<PkExportActions *>()->exportSignedPdf(dinkesPk, wrong);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("password does not open")));
    CHECK_FALSE(QFile::exists(wrong.path));
    CHECK_FALSE(document->cascade().pk(dinkesPk)->isLocked());

    SignPkDialog::Request request;
    request.path = dir.filePath(QStringLiteral("signed.pdf"));
    request.certificates = {certificate(pk.pihakKedua, certificates.keduaP12),
                            certificate(pk.pihakPertama, certificates.pertamaP12)};
    const auto outcome = window.findChild<PkExportActions *>()->exportSignedPdf(dinkesPk, request);
    INFO((outcome ? QString() : outcome.error().message).toStdString());
    REQUIRE(outcome);
    CHECK(outcome->complete);
    CHECK(outcome->signedBy
          == QStringList {pk.pihakKedua.name, document->cascade().pk(dinkesPk)->pihakPertama.name});
    const QString report = PdfTools::pdfsig(request.path);
    CHECK(report.count(QStringLiteral("Signature is Valid")) == 2);

    const PkDocument &locked = *document->cascade().pk(dinkesPk);
    REQUIRE(locked.isLocked());
    CHECK(locked.currentLock()->method == PkLockEvent::Method::SignedPdf);
    CHECK(locked.currentLock()->note == QStringLiteral("signed.pdf"));

    REQUIRE(window.selectObject(dinkesPk));
    PkEditor *editor = window.editorArea()->pkEditor();
    CHECK(editor->lockedForm()->isLocked());
    CHECK(editor->lockedForm()->banner()->text().contains(QStringLiteral("signed digitally")));
    CHECK(editor->numberEdit()->isReadOnly());
    CHECK(editor->targetsTable()->editTriggers() == QAbstractItemView::NoEditTriggers);
    CHECK_FALSE(editor->addRowButton()->isEnabled());
    CHECK(editor->versionPanel()->unlockButton()->isEnabled());
    CHECK(editor->versionPanel()->perubahanButton()->isEnabled());
    CHECK_FALSE(editor->versionPanel()->markSignedButton()->isEnabled());
}

TEST_CASE("The PK form marks as signed, unlocks with a reason and makes a PK Perubahan to compare",
          "[PkLock][Perubahan]")
{
    QTemporaryDir dir;
    MainWindow window;
    open(window, dir);
    WorkspaceDocument *document = window.document();
    REQUIRE(window.selectObject(dinkesPk));
    PkEditor *editor = window.editorArea()->pkEditor();
    PkVersionPanel *panel = editor->versionPanel();
    CHECK_FALSE(editor->lockedForm()->isLocked());
    CHECK(panel->stateLabel()->text().contains(QStringLiteral("Not signed")));

    panel->setSignedDatePrompt([](QWidget *, QDate) { return QDate(2026, 1, 2); });
    panel->markSignedButton()->click();
    CHECK(document->cascade().pk(dinkesPk)->isLocked());
    CHECK(editor->lockedForm()->isLocked());
    CHECK(panel->stateLabel()->text().contains(QStringLiteral("2 Januari 2026")));

    panel->setUnlockReasonPrompt([](QWidget *) { return QStringLiteral("Salah ketik"); });
    panel->unlockButton()->click();
    CHECK_FALSE(document->cascade().pk(dinkesPk)->isLocked());
    CHECK_FALSE(editor->lockedForm()->isLocked());
    document->undoStack()->undo(); // signed again
    REQUIRE(editor->lockedForm()->isLocked());

    QSignalSpy requested(editor, &PkEditor::pkRequested);
    panel->setPerubahanPrompt([](QWidget *, const CreatePerubahanCommand::Request &suggested) {
        CreatePerubahanCommand::Request request = suggested;
        request.alasan = PkDocument::Alasan::PergantianPejabat;
        request.dasar = QStringLiteral("SK mutasi 800/123/2026");
        request.berlaku = QDate(2026, 7, 1);
        return std::optional(request);
    });
    panel->perubahanButton()->click();
    REQUIRE(requested.size() == 1);
    const qint64 perubahan = requested.first().first().toLongLong();
    CHECK(PkVersions::successor(document->cascade(), dinkesPk) == perubahan);
    // The window opened the new version: open for changes, the earlier one named in its versions.
    CHECK(editor->pkId() == perubahan);
    CHECK_FALSE(editor->lockedForm()->isLocked());
    CHECK(panel->versionsLabel()->text().contains(QStringLiteral("PK Perubahan 1")));
    CHECK(panel->compareButton()->isEnabled());

    PkDiffDialog diff(document, dinkesPk, perubahan, &window);
    CHECK(diff.indicatorModel()->rowCount() > 0);
    CHECK_FALSE(diff.indicatorModel()->diff().hasChanges());
    REQUIRE(window.selectObject(dinkesPk));
    CHECK(editor->lockedForm()->banner()->text().contains(QStringLiteral("PK Perubahan 1")));
    CHECK_FALSE(panel->unlockButton()->isEnabled());
}

TEST_CASE("A signed ceremony signs the PKs whose certificates are given and lists the others",
          "[PkExport][ceremony][sign]")
{
    QTemporaryDir dir;
    MainWindow window;
    open(window, dir);
    WorkspaceDocument *document = window.document();
    const Cascade &cascade = document->cascade();
    const auto &certificates = TestCertificates::get();
    const QString folder = dir.filePath(QStringLiteral("upacara"));

    CeremonyExportDialog dialog(cascade, PaperFormat(), dir.path(), &window);
    for (PkDocument::Level level : {PkDocument::Level::KepalaDaerah,
                                    PkDocument::Level::EselonIII,
                                    PkDocument::Level::EselonIV}) {
        dialog.levelBox(level)->setChecked(false);
    }
    dialog.signBox()->setChecked(true);
    CHECK(dialog.splitButton()->isChecked());
    // The Bupati and the four heads of OPD sign the four kepala OPD PKs.
    REQUIRE(dialog.certificates()->count() == 5);
    dialog.pathEdit()->setText(folder);
    CeremonyExportDialog::Request request = dialog.takeRequest();
    CHECK(request.sign);
    request.certificates
        = {certificate(cascade.pk(dinkesPk)->pihakKedua, certificates.keduaP12),
           certificate(cascade.pk(dinkesPk)->pihakPertama, certificates.pertamaP12)};

    CeremonyExport *job
        = window.findChild<PkExportActions *>()->startCeremonyExport(std::move(request));
    REQUIRE(job);
    QSignalSpy finished(job, &CeremonyExport::finished);
    REQUIRE(finished.wait(120000));
    REQUIRE(job->signing().size() == 4);
    const QString dinkes = QDir(folder).filePath(
        QStringLiteral("pk-2026-1.02.0.00.0.00.01.0000-dinkes-kepala-opd.pdf"));
    CHECK(PdfTools::pdfsig(dinkes).count(QStringLiteral("Signature is Valid")) == 2);
    CHECK(cascade.pk(dinkesPk)->isLocked());
    int locked = 0;
    for (const PkDocument &pk : cascade.pks())
        locked += pk.isLocked();
    CHECK(locked == 1);
    const QString report = window.findChild<PkExportActions *>()->signingReport();
    CHECK(report.contains(QStringLiteral("1 PK(s) signed and locked")));
    CHECK(report.count(QStringLiteral("no certificate for")) == 3);
}
