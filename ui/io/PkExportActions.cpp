#include "io/PkExportActions.h"

#include "check/PkErrorCount.h"
#include "common/WindowContext.h"
#include "document/WorkspaceDocument.h"
#include "io/CeremonyExport.h"
#include "io/PkPrinter.h"

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

namespace Tepat {

namespace {

const QString folderKey = QStringLiteral("print/lastFolder");
const QString paktaKey = QStringLiteral("print/paktaIntegritas");

} // namespace

PkExportActions::PkExportActions(WindowContext *context)
    : QObject(context)
    , m_context(context)
    , m_exportPdf(new QAction(tr("&Export PK as PDF…"), this))
    , m_ceremony(new QAction(tr("Export for signing &ceremony…"), this))
    , m_print(new QAction(tr("&Print PK…"), this))
    , m_pakta(new QAction(tr("PK with Pakta &Integritas"), this))
{
    m_exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_ceremony->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_print->setShortcut(QKeySequence::Print);
    m_pakta->setCheckable(true);
    m_pakta->setChecked(QSettings().value(paktaKey, true).toBool());
    m_pakta->setToolTip(
        tr("Export PK as PDF and Print PK follow the PK with the Pakta Integritas of its pihak "
           "pertama."));
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
    menu->addAction(m_ceremony);
    menu->addAction(m_print);
    menu->addAction(m_pakta);
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
    return options;
}

Result<int> PkExportActions::exportPdf(qint64 pkId, const QString &path) const
{
    Q_ASSERT(m_context->document());
    return PkPdfWriter::write(path, m_context->document()->cascade(), {pkId}, singlePkOptions());
}

Result<int> PkExportActions::print(QPrinter &printer, qint64 pkId) const
{
    Q_ASSERT(m_context->document());
    const Cascade &cascade = m_context->document()->cascade();
    const PkDocument *pk = cascade.pk(pkId);
    Q_ASSERT(pk);
    const PkPdfWriter::Options options = singlePkOptions();
    const Result<QList<LaidOutDocument>> documents
        = PkPdfWriter::documents(PkContent::from(cascade, *pk), options);
    if (!documents)
        return fail(documents.error());
    PkPrinter::prepare(printer, options.paper);
    return PkPrinter::print(printer, *documents);
}

CeremonyExport *PkExportActions::startCeremonyExport(const CeremonyExportDialog::Request &request)
{
    Q_ASSERT(m_context->document() && !m_running);
    const Cascade &cascade = m_context->document()->cascade();
    const QList<qint64> pkIds = PkBatchExport::select(cascade, request.selection);
    if (request.split && !QDir().mkpath(request.path)) {
        showError(tr("Export for signing ceremony"),
                  Error(Error::Code::Io,
                        tr("The folder %1 could not be made.").arg(request.path),
                        request.path));
        return nullptr;
    }
    PkPdfWriter::Options options;
    options.paper = PaperFormat(cascade.printSettings().paper);
    options.paktaIntegritas = request.paktaIntegritas;
    auto *job = new CeremonyExport(cascade,
                                   PkBatchExport::plan(cascade, pkIds, request.path, request.split),
                                   options,
                                   m_context->window());
    connect(job, &CeremonyExport::finished, this, [this, job] {
        const Result<QList<int>> &result = *job->result();
        if (result) {
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
    rememberFolder(request.split ? request.path : QFileInfo(request.path).absolutePath());
    m_running = job;
    job->start();
    return job;
}

void PkExportActions::updateActions()
{
    const bool pk = currentPk() != 0;
    m_exportPdf->setEnabled(pk);
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
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CeremonyExportDialog::Request request = dialog.request();
    if (confirmDespiteErrors(PkBatchExport::select(document->cascade(), request.selection)))
        startCeremonyExport(request);
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
        = PkPdfWriter::documents(PkContent::from(cascade, *cascade.pk(pkId)), options);
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
