#pragma once

#include "base/Result.h"

#include <QDate>
#include <QObject>

class QAction;

namespace Tepat {

class WindowContext;

// "Export review summary…": writes the findings per OPD and per rule and the open reviewer
// comments of the open workspace to a PDF for a coaching clinic's minutes (ReviewSummaryPdfWriter),
// next to the workspace by default, and says in the status bar where it went.
class ReviewSummaryExport : public QObject
{
    Q_OBJECT

public:
    explicit ReviewSummaryExport(WindowContext *context);

    QAction *action() const { return m_action; }
    // Writes the summary of the window's workspace as of date; returns the number of pages.
    Result<int> exportTo(const QString &path, QDate date = QDate::currentDate());

private:
    void chooseAndExport();

    WindowContext *m_context;
    QAction *m_action;
};

} // namespace Tepat
