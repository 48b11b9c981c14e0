#pragma once

#include "io/CeremonyExport.h"
#include "io/CeremonyExportDialog.h"
#include "io/SignPkDialog.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QPrinter;
class QWidget;

namespace Tepat {

class WindowContext;

// The File menu's PDF and print actions for PKs: Export PK as PDF (the selected PK), Export
// signed PK (signed with the signatories' certificates, which locks the PK), Export for signing
// ceremony (many PKs, on a worker thread, signed too when the certificates are given), Print PK
// with a preview, and whether a single PK comes with its Pakta Integritas and a perubahan with
// its comparison page. One job, the way out of the window for PKs on paper and in PDF, which is
// why the file is long; the signing itself is core/sign's. All print on the workspace's paper.
// Export PDF and Print are enabled when the current tree object is a PK or lies inside one. It
// follows the window's document and current object through the WindowContext.
class PkExportActions : public QObject
{
    Q_OBJECT

public:
    // Asks where to save a PDF, starting from the suggested path; empty when the user cancelled.
    // Tests replace it so that no dialog blocks them.
    using SavePathPrompt = std::function<QString(QWidget *parent, const QString &suggested)>;
    // Asks for the certificates and the place of a signed export; nothing when cancelled.
    using SignPrompt = std::function<std::optional<SignPkDialog::Request>(
        QWidget *parent, const Cascade &cascade, qint64 pkId, const QString &suggested)>;

    // Asked before PKs with error findings are exported or printed; true goes on. Tests replace
    // it so that no dialog blocks them.
    using ErrorsPrompt = std::function<bool(QWidget *parent, const QString &question)>;

    explicit PkExportActions(WindowContext *context);
    ~PkExportActions() override;

    void addTo(QMenu *menu);
    void setSavePathPrompt(SavePathPrompt prompt) { m_savePathPrompt = std::move(prompt); }
    void setSignPrompt(SignPrompt prompt) { m_signPrompt = std::move(prompt); }
    void setErrorsPrompt(ErrorsPrompt prompt) { m_errorsPrompt = std::move(prompt); }
    // True when none of these PKs has an error finding, or the user goes on anyway after being
    // told how many each has.
    bool confirmDespiteErrors(const QList<qint64> &pkIds);

    QAction *exportPdfAction() const { return m_exportPdf; }
    QAction *exportSignedAction() const { return m_exportSigned; }
    QAction *verifyAction() const { return m_verify; }
    QAction *comparisonAction() const { return m_comparison; }
    QAction *ceremonyAction() const { return m_ceremony; }
    QAction *printAction() const { return m_print; }
    QAction *paktaAction() const { return m_pakta; }
    // The PK the current object belongs to, 0 if none.
    qint64 currentPk() const;

    // The options of a single PK: the workspace's paper, the Pakta Integritas as chosen.
    PkPdfWriter::Options singlePkOptions() const;
    // Writes the PDF of one PK (via a temporary file, so a failure leaves no half PDF).
    Result<int> exportPdf(qint64 pkId, const QString &path) const;
    // Writes the PDF of one PK and signs it for every party, then marks the PK as signed. A
    // certificate that does not open (a wrong password) stops it before any file is written.
    Result<PkPdfSigning::Outcome> exportSignedPdf(qint64 pkId, SignPkDialog::Request request);
    // The report on a PDF's signatures (trusted against TrustStoreSetting) and on whether it
    // still matches the open workspace, as the verify dialog shows it.
    Result<QString> verifyReport(const QString &path) const;
    // Prints one PK on a printer prepared for the workspace's paper.
    Result<int> print(QPrinter &printer, qint64 pkId) const;
    // Starts writing what the ceremony dialog asked for; the export reports when it is done.
    CeremonyExport *startCeremonyExport(CeremonyExportDialog::Request request);
    CeremonyExport *runningCeremonyExport() const { return m_running; }
    // What the last signed ceremony export reported: signed, left unsigned, failed.
    const QString &signingReport() const { return m_signingReport; }

private:
    void followDocument();
    void updateActions();
    void exportSelected();
    void exportSignedSelected();
    void verifyPdf();
    // Locks the PKs a ceremony signed and lists those left unsigned.
    void reportSigning(const CeremonyExport &job);
    // Records that a PK was signed in the PDF at path.
    void lockAsSigned(qint64 pkId, const QString &path);
    void exportForCeremony();
    void printSelected();
    QString lastFolder() const;
    void rememberFolder(const QString &folder);
    void showError(const QString &title, const Error &error);

    WindowContext *m_context;
    QAction *m_exportPdf;
    QAction *m_ceremony;
    QAction *m_print;
    QAction *m_pakta;
    QAction *m_exportSigned;
    QAction *m_comparison;
    QAction *m_verify;
    SavePathPrompt m_savePathPrompt;
    SignPrompt m_signPrompt;
    ErrorsPrompt m_errorsPrompt;
    QPointer<CeremonyExport> m_running;
    QString m_signingReport;
};

} // namespace Tepat
