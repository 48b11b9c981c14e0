#include "results/ReportActions.h"

#include "common/WindowContext.h"
#include "results/ReportExport.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

namespace Tepat {

namespace {

const QString folderKey = QStringLiteral("reports/lastFolder");

} // namespace

ReportActions::ReportActions(WindowContext *context)
    : QObject(context)
    , m_context(context)
    , m_reports(new QAction(tr("&Reports…"), this))
{
    m_reports->setStatusTip(tr("Write the Pengukuran Kinerja, Monitoring Triwulan or LKjIP "
                               "tables of a year as PDF or XLSX"));
    context->enableWithDocument(m_reports);
    connect(m_reports, &QAction::triggered, this, &ReportActions::showDialog);
}

void ReportActions::showDialog()
{
    if (!m_context->document() || m_running)
        return;
    ReportsDialog dialog(m_context->document()->cascade(),
                         QSettings().value(folderKey, QDir::homePath()).toString(),
                         m_context->window());
    if (dialog.exec() == QDialog::Accepted)
        startExport(dialog.request());
}

ReportExport *ReportActions::startExport(const ReportsDialog::Request &request)
{
    Q_ASSERT(m_context->document() && !m_running);
    const Cascade &cascade = m_context->document()->cascade();
    const QList<Report> reports
        = ReportBatch::make(cascade, request.kind, request.year, request.quarter, request.opdIds);
    if (reports.isEmpty()) {
        QMessageBox::information(
            m_context->window(),
            tr("Reports"),
            tr("The workspace has no PK of %1 for the OPDs chosen.").arg(request.year));
        return nullptr;
    }
    if (!QDir().mkpath(request.folder)) {
        QMessageBox::warning(
            m_context->window(),
            tr("Reports"),
            tr("The folder %1 could not be made.").arg(QDir::toNativeSeparators(request.folder)));
        return nullptr;
    }
    QSettings().setValue(folderKey, request.folder);
    auto *job
        = new ReportExport(ReportBatch::plan(cascade,
                                             reports,
                                             request.kind,
                                             request.year,
                                             request.format,
                                             request.path(),
                                             request.split),
                           request.format,
                           request.paper,
                           ReportBatch::title(cascade, request.kind, request.year, request.quarter),
                           m_context->window());
    connect(job, &ReportExport::finished, this, [this, job, folder = request.folder] {
        const Result<QList<int>> &result = *job->result();
        if (result) {
            m_context->showMessage(
                tr("Wrote %n report file(s) to %1.", nullptr, int(job->files().size()))
                    .arg(QDir::toNativeSeparators(folder)),
                8000);
        } else if (result.error().code != Error::Code::Cancelled) {
            QMessageBox::warning(m_context->window(), tr("Reports"), result.error().message);
        }
        m_running = nullptr;
        job->deleteLater();
    });
    m_running = job;
    job->start();
    return job;
}

} // namespace Tepat
