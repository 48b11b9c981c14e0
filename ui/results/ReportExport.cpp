#include "results/ReportExport.h"

#include <QProgressDialog>
#include <QThread>

namespace Tepat {

ReportExport::ReportExport(QList<ReportBatch::File> files,
                           ReportBatch::Format format,
                           PaperFormat::Size paper,
                           QString title,
                           QWidget *parent)
    : QObject(parent)
    , m_files(std::move(files))
    , m_format(format)
    , m_paper(paper)
    , m_title(std::move(title))
    , m_progress(new QProgressDialog(parent))
{
    const int total = int(m_files.size());
    m_progress->setWindowTitle(tr("Reports"));
    m_progress->setLabelText(tr("Writing %n report file(s)…", nullptr, total));
    m_progress->setRange(0, total);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(300);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &ReportExport::cancel);
    connect(this, &ReportExport::progressed, m_progress, &QProgressDialog::setValue);
}

ReportExport::~ReportExport()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
    delete m_progress;
}

void ReportExport::start()
{
    Q_ASSERT_X(!m_thread, "Tepat::ReportExport::start", "started twice");
    // The fonts are registered here, on the GUI thread, before the worker lays out with them.
    const DocumentFonts::Typeface typeface = DocumentFonts::Typeface::Sans;
    DocumentFonts fonts(typeface);
    m_thread = QThread::create([this, typeface] {
        m_result = ReportBatch::write(
            m_files, m_format, m_paper, typeface, m_title, [this](int written) {
                // Queued to the GUI thread; dropped if this object is gone by then.
                QMetaObject::invokeMethod(
                    this, [this, written] { emit progressed(written); }, Qt::QueuedConnection);
                return !m_cancelled.load();
            });
    });
    connect(m_thread, &QThread::finished, this, &ReportExport::onWorkerFinished);
    m_thread->start();
}

void ReportExport::cancel()
{
    m_cancelled = true;
    m_progress->setLabelText(tr("Cancelling…"));
}

void ReportExport::onWorkerFinished()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    m_progress->hide();
    emit finished();
}

} // namespace Tepat
