#include "io/PkExportActions.h"

#include "check/PkErrorCount.h"
#include "common/TrustStoreSetting.h"
#include "common/WindowContext.h"
#include "document/WorkspaceDocument.h"
#include "document/commands/PkLockCommand.h"
#include "io/CeremonyExport.h"
#include "io/OpenedSigners.h"
#include "io/PkPrinter.h"
#include "print/PkPdfMetadata.h"
#include "sign/SignatureReport.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>

namespace Tepat {

namespace {

const QString folderKey = QStringLiteral("print/lastFolder");
const QString paktaKey = QStringLiteral("print/paktaIntegritas");
const QString comparisonKey = QStringLiteral("print/comparison");

} // namespace

PkExportActions::PkExportActions(WindowContext *context)
    : QObject(context)
    , m_context(context)
    , m_exportPdf(new QAction(tr("&Export PK as PDF…"), this))
    , m_ceremony(new QAction(tr("Export for signing &ceremony…"), this))
    , m_print(new QAction(tr("&Print PK…"), this))
    , m_pakta(new QAction(tr("PK with Pakta &Integritas"), this))
    , m_exportSigned(new QAction(tr("Export &signed PK…"), this))
    , m_comparison(new QAction(tr("PK Perubahan with &comparison page"), this))
    , m_verify(new QAction(tr("&Verify signed PDF…"), this))
{
    m_exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_ceremony->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_print->setShortcut(QKeySequence::Print);
    m_pakta->setCheckable(true);
    m_pakta->setChecked(QSettings().value(paktaKey, true).toBool());
    m_pakta->setToolTip(
        tr("Export PK as PDF and Print PK follow the PK with the Pakta Integritas of its pihak "
           "pertama."));
    m_comparison->setCheckable(true);
    m_comparison->setChecked(QSettings().value(comparisonKey, true).toBool());
    m_comparison->setToolTip(tr("A PK Perubahan is followed by a page comparing its targets and "
                                "anggaran with the version it changes."));
    m_exportSigned->setToolTip(
        tr("Export the PK as PDF signed with the signatories' certificates, and lock it."));
    m_signPrompt = [](QWidget *parent,
                      const Cascade &cascade,
                      qint64 pkId,
                      const QString &suggested) -> std::optional<SignPkDialog::Request> {
        SignPkDialog dialog(cascade, pkId, suggested, parent);
        if (dialog.exec() != QDialog::Accepted) {
            dialog.takeRequest(); // empties the password fields
            return std::nullopt;
        }
        return dialog.takeRequest();
    };
    m_savePathPrompt = [](QWidget *parent, const QString &suggested) {
        return QFileDialog::getSaveFileName(
            parent, tr("Export PK as PDF"), suggested, tr("PDF (*.pdf)"));
    };
    m_errorsPrompt = [](QWidget *parent, const QString &question) {
        QMessageBox box(QMessageBox::Warning, tr("PK with errors"), question, {}, parent);
        QPushButton *goOn = box.addButton(tr("&Go on anyway"), QMessageBox::AcceptRole);
        box.setDefaultButton(box.addButton(QMessageBox::Cancel));
        box.exec();
        return box.clickedButton() == goOn;
    };
    connect(m_exportPdf, &QAction::triggered, this, &PkExportActions::exportSelected);
    connect(m_exportSigned, &QAction::triggered, this, &PkExportActions::exportSignedSelected);
    connect(m_verify, &QAction::triggered, this, &PkExportActions::verifyPdf);
    connect(m_comparison, &QAction::toggled, this, [](bool on) {
        QSettings().setValue(comparisonKey, on);
    });
    connect(m_ceremony, &QAction::triggered, this, &PkExportActions::exportForCeremony);
    connect(m_print, &QAction::triggered, this, &PkExportActions::printSelected);
    connect(m_pakta, &QAction::toggled, this, [](bool on) { QSettings().setValue(paktaKey, on); });
    connect(context, &WindowContext::documentAboutToChange, this, [this] {
        if (WorkspaceDocument *document = m_context->document())
            document->disconnect(this);
    });
    connect(context, &WindowContext::documentChanged, this, &PkExportActions::followDocument);
    connect(context, &WindowContext::currentObjectChanged, this, &PkExportActions::updateActions);
    followDocument();
}

PkExportActions::~PkExportActions() = default;

void PkExportActions::followDocument()
{
    if (WorkspaceDocument *document = m_context->document()) {
        // A PK added or removed changes what can be exported.
        connect(
            document, &WorkspaceDocument::objectInserted, this, &PkExportActions::updateActions);
        connect(document, &WorkspaceDocument::objectRemoved, this, &PkExportActions::updateActions);
    }
    updateActions();
}

void PkExportActions::addTo(QMenu *menu)
{
    menu->addAction(m_exportPdf);
    menu->addAction(m_exportSigned);
    menu->addAction(m_ceremony);
    menu->addAction(m_print);
    menu->addAction(m_pakta);
    menu->addAction(m_comparison);
    menu->addAction(m_verify);
}

qint64 PkExportActions::currentPk() const
{
    const WorkspaceDocument *document = m_context->document();
    return document ? document->cascade().pkOf(m_context->currentObject()) : 0;
}

PkPdfWriter::Options PkExportActions::singlePkOptions() const
{
    PkPdfWriter::Options options;
    if (const WorkspaceDocument *document = m_context->document())
        options.paper = PaperFormat(document->cascade().printSettings().paper);
    options.paktaIntegritas = m_pakta->isChecked();
    options.comparison = m_comparison->isChecked();
    return options;
}

Result<int> PkExportActions::exportPdf(qint64 pkId, const QString &path) const
{
    Q_ASSERT(m_context->document());
    return PkPdfWriter::write(path, m_context->document()->cascade(), {pkId}, singlePkOptions());
}

Result<PkPdfSigning::Outcome> PkExportActions::exportSignedPdf(qint64 pkId,
                                                               SignPkDialog::Request request)
{
    Q_ASSERT(m_context->document());
    // Every certificate opens before anything is written: a wrong password leaves no file.
    const Result<std::shared_ptr<OpenedSigners>> signers
        = OpenedSigners::open(std::move(request.certificates));
    if (!signers)
        return fail(signers.error());
    const Result<int> pages = exportPdf(pkId, request.path);
    if (!pages)
        return fail(pages.error());
    const Result<PkPdfSigning::Outcome> outcome = PkPdfSigning::signFile(
        request.path, (*signers)->byOfficial(), request.order, QDateTime::currentDateTime());
    if (!outcome || !outcome->complete) {
        // An unsigned PDF where a signed one was asked for would mislead; it goes.
        QFile::remove(request.path);
        if (!outcome)
            return outcome;
        return fail(Error(Error::Code::Invalid,
                          tr("No certificate for %1, so the PK was not signed.")
                              .arg(outcome->missing.join(QStringLiteral(", "))),
                          request.path));
    }
    lockAsSigned(pkId, request.path);
    return outcome;
}

void PkExportActions::reportSigning(const CeremonyExport &job)
{
    QStringList leftUnsigned;
    QStringList failed;
    int complete = 0;
    for (qsizetype i = 0; i < job.signing().size(); ++i) {
        const Result<PkPdfSigning::Outcome> &outcome = job.signing()[i];
        const PkBatchExport::File &file = job.files()[i];
        const QString name = QFileInfo(file.path).fileName();
        if (!outcome) {
            failed.append(tr("%1: %2").arg(name, outcome.error().message));
        } else if (outcome->complete) {
            ++complete;
            lockAsSigned(file.pkIds.first(), file.path);
        } else {
            leftUnsigned.append(tr("%1 (no certificate for %2)")
                                    .arg(name, outcome->missing.join(QStringLiteral(", "))));
        }
    }
    QString text = tr("%n PK(s) signed and locked.", nullptr, complete);
    if (!leftUnsigned.isEmpty()) {
        text += QStringLiteral("\n\n")
            + tr("Left unsigned, to be signed later (tepat-cli sign-pdf or another export):")
            + u'\n' + leftUnsigned.join(u'\n');
    }
    if (!failed.isEmpty())
        text += QStringLiteral("\n\n") + tr("Not signed because of an error:") + u'\n'
            + failed.join(u'\n');
    m_signingReport = text;
    // Not modal: the window stays usable while the list is read.
    auto *box = new QMessageBox(QMessageBox::Information,
                                tr("Export for signing ceremony"),
                                text,
                                QMessageBox::Ok,
                                m_context->window());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void PkExportActions::lockAsSigned(qint64 pkId, const QString &path)
{
    WorkspaceDocument *document = m_context->document();
    const PkDocument *pk = document ? document->cascade().pk(pkId) : nullptr;
    if (!pk || (pk->isLocked() && pk->currentLock()->method != PkLockEvent::Method::Workflow))
        return;
    PkLockEvent event;
    event.method = PkLockEvent::Method::SignedPdf;
    event.at = QDateTime::currentDateTimeUtc();
    event.signedOn = QDate::currentDate();
    event.note = QFileInfo(path).fileName();
    event.author = qEnvironmentVariable("USER");
    if (Result<std::unique_ptr<PkLockCommand>> command
        = PkLockCommand::create(document, pkId, event)) {
        document->undoStack()->push(command->release());
    }
}

Result<int> PkExportActions::print(QPrinter &printer, qint64 pkId) const
{
    Q_ASSERT(m_context->document());
    const Cascade &cascade = m_context->document()->cascade();
    const PkDocument *pk = cascade.pk(pkId);
    Q_ASSERT(pk);
    const PkPdfWriter::Options options = singlePkOptions();
    const Result<QList<LaidOutDocument>> documents = PkPdfWriter::documents(
        PkContent::from(cascade, *pk), options, PkComparison::from(cascade, *pk));
    if (!documents)
        return fail(documents.error());
    PkPrinter::prepare(printer, options.paper);
    return PkPrinter::print(printer, *documents);
}

CeremonyExport *PkExportActions::startCeremonyExport(CeremonyExportDialog::Request request)
{
    Q_ASSERT(m_context->document() && !m_running);
    const Cascade &cascade = m_context->document()->cascade();
    const QList<qint64> pkIds = PkBatchExport::select(cascade, request.selection);
    // Each certificate is opened (with its password) before anything is written.
    std::shared_ptr<OpenedSigners> signers;
    if (request.sign) {
        Result<std::shared_ptr<OpenedSigners>> opened
            = OpenedSigners::open(std::move(request.certificates));
        if (!opened) {
            showError(tr("Export for signing ceremony"), opened.error());
            return nullptr;
        }
        signers = *opened;
    }
    if ((request.split || request.sign) && !QDir().mkpath(request.path)) {
        showError(tr("Export for signing ceremony"),
                  Error(Error::Code::Io,
                        tr("The folder %1 could not be made.").arg(request.path),
                        request.path));
        return nullptr;
    }
    PkPdfWriter::Options options;
    options.paper = PaperFormat(cascade.printSettings().paper);
    options.paktaIntegritas = request.paktaIntegritas;
    options.comparison = m_comparison->isChecked();
    const PkBatchExport::Split split = request.sign ? PkBatchExport::Split::PerPk
        : request.split                             ? PkBatchExport::Split::PerOpd
                                                    : PkBatchExport::Split::None;
    auto *job = new CeremonyExport(cascade,
                                   PkBatchExport::plan(cascade, pkIds, request.path, split),
                                   options,
                                   m_context->window());
    if (signers)
        job->setSigning(signers, signers->byOfficial(), request.order);
    connect(job, &CeremonyExport::finished, this, [this, job] {
        const Result<QList<int>> &result = *job->result();
        if (result && !job->signing().isEmpty()) {
            reportSigning(*job);
        } else if (result) {
            const QString where = job->files().size() == 1
                ? job->files().first().path
                : QFileInfo(job->files().first().path).absolutePath();
            m_context->showMessage(
                tr("Wrote %n PDF file(s) to %1.", nullptr, int(job->files().size()))
                    .arg(QDir::toNativeSeparators(where)),
                8000);
        } else if (result.error().code != Error::Code::Cancelled) {
            showError(tr("Export for signing ceremony"), result.error());
        }
        m_running = nullptr; // a new export may start before the old one is deleted
        job->deleteLater();
    });
    rememberFolder(split != PkBatchExport::Split::None ? request.path
                                                       : QFileInfo(request.path).absolutePath());
    m_running = job;
    job->start();
    return job;
}

void PkExportActions::updateActions()
{
    const bool pk = currentPk() != 0;
    m_exportPdf->setEnabled(pk);
    m_exportSigned->setEnabled(pk);
    m_print->setEnabled(pk);
    const WorkspaceDocument *document = m_context->document();
    m_ceremony->setEnabled(document && !document->cascade().pks().isEmpty());
}

bool PkExportActions::confirmDespiteErrors(const QList<qint64> &pkIds)
{
    WorkspaceDocument *document = m_context->document();
    if (!document)
        return true;
    document->ensureChecked();
    const Cascade &cascade = document->cascade();
    QStringList lines;
    int total = 0;
    for (qint64 pkId : pkIds) {
        const int errors = PkErrorCount::of(cascade, document->findings(), pkId);
        if (errors == 0)
            continue;
        total += errors;
        const QString name
            = QFileInfo(PkBatchExport::suggestedFileName(cascade, pkId)).completeBaseName();
        lines.append(tr("• %1: %n error(s)", nullptr, errors).arg(name));
    }
    if (total == 0)
        return true;
    const QString question = pkIds.size() == 1
        ? tr("This PK has %n error(s) among its findings; a PK to be signed should have none. Go "
             "on anyway?",
             nullptr,
             total)
        : tr("%n of these PKs have errors among their findings; a PK to be signed should have "
             "none:",
             nullptr,
             int(lines.size()))
            + u'\n' + lines.join(u'\n') + QStringLiteral("\n\n") + tr("Go on anyway?");
    return m_errorsPrompt(m_context->window(), question);
}

void PkExportActions::exportSelected()
{
    const qint64 pkId = currentPk();
    if (!pkId || !confirmDespiteErrors({pkId}))
        return;
    const QString suggested
        = QDir(lastFolder())
              .filePath(PkBatchExport::suggestedFileName(m_context->document()->cascade(), pkId));
    QString path = m_savePathPrompt(m_context->window(), suggested);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    rememberFolder(QFileInfo(path).absolutePath());
    const Result<int> pages = exportPdf(pkId, path);
    if (!pages) {
        showError(tr("Export PK as PDF"), pages.error());
        return;
    }
    m_context->showMessage(
        tr("Wrote %1 (%n page(s)).", nullptr, *pages).arg(QDir::toNativeSeparators(path)), 8000);
}

void PkExportActions::exportSignedSelected()
{
    const qint64 pkId = currentPk();
    if (!pkId || !confirmDespiteErrors({pkId}))
        return;
    const QString suggested
        = QDir(lastFolder())
              .filePath(PkBatchExport::suggestedFileName(m_context->document()->cascade(), pkId));
    std::optional<SignPkDialog::Request> request
        = m_signPrompt(m_context->window(), m_context->document()->cascade(), pkId, suggested);
    if (!request)
        return;
    if (QFileInfo(request->path).suffix().isEmpty())
        request->path += QStringLiteral(".pdf");
    rememberFolder(QFileInfo(request->path).absolutePath());
    const QString path = request->path;
    const Result<PkPdfSigning::Outcome> outcome = exportSignedPdf(pkId, std::move(*request));
    if (!outcome) {
        showError(tr("Export signed PK"), outcome.error());
        return;
    }
    m_context->showMessage(
        tr("Wrote %1, signed by %2; the PK is locked.")
            .arg(QDir::toNativeSeparators(path), outcome->signedBy.join(QStringLiteral(", "))),
        8000);
}

Result<QString> PkExportActions::verifyReport(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error(
            Error::Code::Io, tr("%1 could not be read: %2").arg(path, file.errorString()), path));
    }
    const QByteArray pdf = file.readAll();
    const QString trust = TrustStoreSetting::path();
    const Result<QList<PdfSignatureVerifier::Signature>> signatures = PdfSignatureVerifier::verify(
        pdf, path, trust.isEmpty() ? QStringList() : QStringList {trust});
    if (!signatures)
        return fail(signatures.error());
    QStringList lines;
    if (signatures->isEmpty()) {
        lines.append(tr("The PDF carries no digital signature."));
    } else {
        lines.append(SignatureReport::holds(*signatures, false) ? tr("Every signature holds.")
                                                                : tr("A signature does not hold."));
        lines.append(QString());
        lines += SignatureReport::lines(*signatures);
    }
    if (const WorkspaceDocument *document = m_context->document()) {
        const Cascade &cascade = document->cascade();
        int matching = 0;
        const auto printed = PkPdfMetadata::parse(pdf);
        for (const PkFingerprint &fingerprint : printed.value_or(QList<PkFingerprint>())) {
            const PkDocument *pk = cascade.pk(fingerprint.pkId());
            matching += pk
                && PkFingerprint::of(PkContent::from(cascade, *pk), fingerprint.document())
                    == fingerprint;
        }
        lines.append(QString());
        lines.append(!printed ? tr("The PDF carries no Tepat fingerprint.")
                         : matching == printed->size()
                         ? tr("All %n document(s) match the open workspace.", nullptr, matching)
                         : tr("%n document(s) no longer match the open workspace.",
                              nullptr,
                              int(printed->size()) - matching));
    }
    return lines.join(u'\n');
}

void PkExportActions::verifyPdf()
{
    const QString path = QFileDialog::getOpenFileName(
        m_context->window(), tr("Verify signed PDF"), lastFolder(), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const Result<QString> report = verifyReport(path);
    if (!report) {
        showError(tr("Verify signed PDF"), report.error());
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Information,
                                tr("Verify signed PDF"),
                                report->section(u'\n', 0, 0),
                                QMessageBox::Ok,
                                m_context->window());
    box->setDetailedText(*report);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void PkExportActions::exportForCeremony()
{
    const WorkspaceDocument *document = m_context->document();
    if (!document)
        return;
    if (m_running) {
        m_running->progressDialog()->raise();
        return;
    }
    CeremonyExportDialog dialog(document->cascade(),
                                PaperFormat(document->cascade().printSettings().paper),
                                lastFolder(),
                                m_context->window());
    const bool accepted = dialog.exec() == QDialog::Accepted;
    // Taken either way, so the password fields are emptied.
    CeremonyExportDialog::Request request = dialog.takeRequest();
    if (accepted
        && confirmDespiteErrors(PkBatchExport::select(document->cascade(), request.selection))) {
        startCeremonyExport(std::move(request));
    }
}

void PkExportActions::printSelected()
{
    const qint64 pkId = currentPk();
    if (!pkId || !confirmDespiteErrors({pkId}))
        return;
    const Cascade &cascade = m_context->document()->cascade();
    const PkPdfWriter::Options options = singlePkOptions();
    // Laid out once: the preview asks to paint again whenever it is zoomed or set up.
    const Result<QList<LaidOutDocument>> documents
        = PkPdfWriter::documents(PkContent::from(cascade, *cascade.pk(pkId)),
                                 options,
                                 PkComparison::from(cascade, *cascade.pk(pkId)));
    if (!documents) {
        showError(tr("Print PK"), documents.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(
        QFileInfo(PkBatchExport::suggestedFileName(cascade, pkId)).completeBaseName());
    PkPrinter::prepare(printer, options.paper);
    QPrintPreviewDialog preview(&printer, m_context->window());
    std::optional<Error> failure;
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
        if (const Result<int> printed = PkPrinter::print(*target, *documents); !printed)
            failure = printed.error();
    });
    preview.exec();
    if (failure)
        showError(tr("Print PK"), *failure);
}

QString PkExportActions::lastFolder() const
{
    const QString remembered = QSettings().value(folderKey).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    const WorkspaceDocument *document = m_context->document();
    if (document && !document->path().isEmpty())
        return QFileInfo(document->path()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void PkExportActions::rememberFolder(const QString &folder)
{
    QSettings().setValue(folderKey, folder);
}

void PkExportActions::showError(const QString &title, const Error &error)
{
    QMessageBox::warning(m_context->window(), title, error.message);
}

} // namespace Tepat
