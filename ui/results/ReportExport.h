#pragma once

#include "report/ReportBatch.h"

#include <QObject>

#include <atomic>
#include <optional>

class QProgressDialog;
class QThread;

namespace Tepat {

// Writes report files on a worker thread while a progress dialog counts them, as the signing
// ceremony's export does, so the window stays responsive. Cancel stops after the file being
// written and leaves no new file (ReportBatch::write); destroying the object cancels and waits
// for the worker. The reports are values, made before: later edits cannot reach them.
class ReportExport : public QObject
{
    Q_OBJECT

public:
    ReportExport(QList<ReportBatch::File> files,
                 ReportBatch::Format format,
                 PaperFormat::Size paper,
                 QString title,
                 QWidget *parent);
    ~ReportExport() override;

    void start();
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    // After finished(): the pages of each file, or why there are none.
    const std::optional<Result<QList<int>>> &result() const { return m_result; }
    const QList<ReportBatch::File> &files() const { return m_files; }
    QProgressDialog *progressDialog() const { return m_progress; }

signals:
    // After each file, on the GUI thread.
    void progressed(int filesWritten);
    void finished();

private:
    void onWorkerFinished();

    QList<ReportBatch::File> m_files;
    ReportBatch::Format m_format;
    PaperFormat::Size m_paper;
    QString m_title;
    QProgressDialog *m_progress;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancelled = false;
    std::optional<Result<QList<int>>> m_result;
};

} // namespace Tepat
