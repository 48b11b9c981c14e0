#pragma once

#include "results/ReportExport.h"
#include "results/ReportsDialog.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace Tepat {

class WindowContext;

// File › Reports…: the ReportsDialog, then the files written by a ReportExport with a
// cancellable progress dialog, and a message in the status bar saying where they went.
class ReportActions : public QObject
{
    Q_OBJECT

public:
    explicit ReportActions(WindowContext *context);

    QAction *reportsAction() const { return m_reports; }
    // Makes the reports of the request and starts writing them; nullptr (after saying why) when
    // the folder cannot be made or nothing is selected. Tests drive it without the dialog's exec.
    ReportExport *startExport(const ReportsDialog::Request &request);
    ReportExport *running() const { return m_running; }

private:
    void showDialog();

    WindowContext *m_context;
    QAction *m_reports;
    QPointer<ReportExport> m_running;
};

} // namespace Tepat
