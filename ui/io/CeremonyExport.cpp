#include "io/CeremonyExport.h"

#include <QProgressDialog>
#include <QThread>

namespace Tepat {

CeremonyExport::CeremonyExport(Cascade cascade,
                               QList<PkBatchExport::File> files,
                               PkPdfWriter::Options options,
                               QWidget *parent)
    : QObject(parent)
    , m_cascade(std::move(cascade))
    , m_files(std::move(files))
    , m_options(std::move(options))
    , m_progress(new QProgressDialog(parent))
{
    int total = 0;
    for (const PkBatchExport::File &file : m_files)
        total += int(file.pkIds.size());
    m_progress->setWindowTitle(tr("Export for signing ceremony"));
    m_progress->setLabelText(tr("Writing %n PK(s)…", nullptr, total));
    m_progress->setRange(0, total);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(300);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &CeremonyExport::cancel);
}

CeremonyExport::~CeremonyExport()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
    delete m_progress;
}

void CeremonyExport::start()
{
    Q_ASSERT_X(!m_thread, "Tepat::CeremonyExport::start", "started twice");
    // The fonts are registered here, on the GUI thread, before the worker lays out with them.
    DocumentFonts fonts(m_options.typeface);
    m_thread = QThread::create([this] {
        m_result = PkBatchExport::write(m_cascade, m_files, m_options, [this](int written) {
            // Queued to the GUI thread; dropped if this object is gone by then.
            QMetaObject::invokeMethod(
                this, [this, written] { m_progress->setValue(written); }, Qt::QueuedConnection);
            return !m_cancelled.load();
        });
        if (!*m_result || m_signers.isEmpty())
            return;
        const QDateTime now = QDateTime::currentDateTime();
        for (const PkBatchExport::File &file : std::as_const(m_files))
            m_signing.append(PkPdfSigning::signFile(file.path, m_signers, m_order, now));
    });
    connect(m_thread, &QThread::finished, this, &CeremonyExport::onWorkerFinished);
    m_thread->start();
}

void CeremonyExport::setSigning(std::shared_ptr<const void> keepAlive,
                                QHash<QString, CmsSigner *> signers,
                                PkPdfSigning::Order order)
{
    m_keepAlive = std::move(keepAlive);
    m_signers = std::move(signers);
    m_order = order;
}

void CeremonyExport::cancel()
{
    m_cancelled = true;
    m_progress->setLabelText(tr("Cancelling…"));
}

bool CeremonyExport::isRunning() const
{
    return m_thread != nullptr;
}

void CeremonyExport::onWorkerFinished()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    m_progress->hide();
    emit finished();
}

} // namespace Tepat
