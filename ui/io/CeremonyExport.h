#pragma once

#include "print/PkBatchExport.h"
#include "sign/PkPdfSigning.h"

#include <QObject>

#include <atomic>
#include <optional>

class QProgressDialog;
class QThread;

namespace Tepat {

// Writes the PDFs of a signing ceremony on a worker thread while a progress dialog counts the
// PKs, so the window stays responsive, and signs each file (one PK each) when signers are given:
// a PK whose signatory has no certificate stays unsigned and is listed, the others are signed. The
// worker has its own copy of the cascade (a value), so later edits cannot reach it. Cancel stops
// after the PK being painted and leaves no new file (PkBatchExport); destroying the object cancels
// and waits for the worker.
class CeremonyExport : public QObject
{
    Q_OBJECT

public:
    CeremonyExport(Cascade cascade,
                   QList<PkBatchExport::File> files,
                   PkPdfWriter::Options options,
                   QWidget *parent);
    ~CeremonyExport() override;

    // Signs every written file with these signers (kept alive by the job until it is done).
    void setSigning(std::shared_ptr<const void> keepAlive,
                    QHash<QString, CmsSigner *> signers,
                    PkPdfSigning::Order order);
    void start();
    void cancel();
    bool isRunning() const;
    // After finished(): the pages of each file, or why there are none.
    const std::optional<Result<QList<int>>> &result() const { return m_result; }
    const QList<PkBatchExport::File> &files() const { return m_files; }
    // After finished(), when signing: what became of each file, in the order of files().
    const QList<Result<PkPdfSigning::Outcome>> &signing() const { return m_signing; }
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
    std::shared_ptr<const void> m_keepAlive;
    QHash<QString, CmsSigner *> m_signers;
    PkPdfSigning::Order m_order = PkPdfSigning::Order::PihakKeduaFirst;
    QList<Result<PkPdfSigning::Outcome>> m_signing;
};

} // namespace Tepat
