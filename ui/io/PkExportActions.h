#pragma once

#include "io/CeremonyExport.h"
#include "io/CeremonyExportDialog.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QPrinter;
class QWidget;

namespace Tepat {

class WindowContext;

// The File menu's PDF and print actions for PKs: Export PK as PDF (the selected PK), Export for
// signing ceremony (many PKs, on a worker thread), Print PK with a preview, and whether a single
// PK comes with its Pakta Integritas. All print on the workspace's paper. Export PDF and Print
// are enabled when the current tree object is a PK or lies inside one. It follows the window's
// document and current object through the WindowContext; everything else happens here.
class PkExportActions : public QObject
{
    Q_OBJECT

public:
    // Asks where to save a PDF, starting from the suggested path; empty when the user cancelled.
    // Tests replace it so that no dialog blocks them.
    using SavePathPrompt = std::function<QString(QWidget *parent, const QString &suggested)>;

    // Asked before PKs with error findings are exported or printed; true goes on. Tests replace
    // it so that no dialog blocks them.
    using ErrorsPrompt = std::function<bool(QWidget *parent, const QString &question)>;

    explicit PkExportActions(WindowContext *context);
    ~PkExportActions() override;

    void addTo(QMenu *menu);
    void setSavePathPrompt(SavePathPrompt prompt) { m_savePathPrompt = std::move(prompt); }
    void setErrorsPrompt(ErrorsPrompt prompt) { m_errorsPrompt = std::move(prompt); }
    // True when none of these PKs has an error finding, or the user goes on anyway after being
    // told how many each has.
    bool confirmDespiteErrors(const QList<qint64> &pkIds);

    QAction *exportPdfAction() const { return m_exportPdf; }
    QAction *ceremonyAction() const { return m_ceremony; }
    QAction *printAction() const { return m_print; }
    QAction *paktaAction() const { return m_pakta; }
    // The PK the current object belongs to, 0 if none.
    qint64 currentPk() const;

    // The options of a single PK: the workspace's paper, the Pakta Integritas as chosen.
    PkPdfWriter::Options singlePkOptions() const;
    // Writes the PDF of one PK (via a temporary file, so a failure leaves no half PDF).
    Result<int> exportPdf(qint64 pkId, const QString &path) const;
    // Prints one PK on a printer prepared for the workspace's paper.
    Result<int> print(QPrinter &printer, qint64 pkId) const;
    // Starts writing what the ceremony dialog asked for; the export reports when it is done.
    CeremonyExport *startCeremonyExport(const CeremonyExportDialog::Request &request);
    CeremonyExport *runningCeremonyExport() const { return m_running; }

private:
    void followDocument();
    void updateActions();
    void exportSelected();
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
    SavePathPrompt m_savePathPrompt;
    ErrorsPrompt m_errorsPrompt;
    QPointer<CeremonyExport> m_running;
};

} // namespace Tepat
