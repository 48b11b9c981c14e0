#pragma once

#include "print/PkBatchExport.h"

#include <QObject>

#include <atomic>
#include <optional>

class QProgressDialog;
class QThread;

namespace Tepat {

// Writes the PDFs of a signing ceremony on a worker thread while a progress dialog counts the
// PKs, so the window stays responsive. The worker has its own copy of the cascade (a value), so
// later edits cannot reach it. Cancel stops after the PK being painted and leaves no new file
// (PkBatchExport); destroying the object cancels and waits for the worker.
class CeremonyExport : public QObject
{
    Q_OBJECT

public:
    CeremonyExport(Cascade cascade,
                   QList<PkBatchExport::File> files,
                   PkPdfWriter::Options options,
                   QWidget *parent);
    ~CeremonyExport() override;

    void start();
    void cancel();
    bool isRunning() const;
    // After finished(): the pages of each file, or why there are none.
    const std::optional<Result<QList<int>>> &result() const { return m_result; }
    const QList<PkBatchExport::File> &files() const { return m_files; }
    QProgressDialog *progressDialog() const { return m_progress; }

signals:
    void finished();

private:
    void onWorkerFinished();

    Cascade m_cascade;
    QList<PkBatchExport::File> m_files;
    PkPdfWriter::Options m_options;
    QProgressDialog *m_progress;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancelled = false;
    std::optional<Result<QList<int>>> m_result;
};

} // namespace Tepat
