#include "review/ReviewSummaryExport.h"

#include "check/ReviewSummary.h"
#include "common/UiLanguage.h"
#include "common/WindowContext.h"
#include "document/WorkspaceDocument.h"
#include "print/ReviewSummaryPdfWriter.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

namespace Tepat {

ReviewSummaryExport::ReviewSummaryExport(WindowContext *context)
    : QObject(context)
    , m_context(context)
    , m_action(new QAction(tr("Export review &summary…"), this))
{
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_action, &QAction::triggered, this, &ReviewSummaryExport::chooseAndExport);
    context->enableWithDocument(m_action);
}

Result<int> ReviewSummaryExport::exportTo(const QString &path, QDate date)
{
    WorkspaceDocument *document = m_context->document();
    if (!document)
        return 0;
    // A deferred first check must have run, or the summary would count nothing.
    document->ensureChecked();
    const ReviewSummary summary
        = ReviewSummary::of(document->cascade(), document->findings(), date, UiLanguage::current());
    return ReviewSummaryPdfWriter::write(path, summary, PaperFormat(PaperFormat::Size::A4));
}

void ReviewSummaryExport::chooseAndExport()
{
    WorkspaceDocument *document = m_context->document();
    if (!document)
        return;
    const QString folder = document->path().isEmpty() ? QDir::homePath()
                                                      : QFileInfo(document->path()).absolutePath();
    const QString suggested = QDir(folder).filePath(
        tr("review-summary-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate)));
    QString path = QFileDialog::getSaveFileName(
        m_context->window(), tr("Export review summary"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    const Result<int> pages = exportTo(path);
    if (!pages) {
        QMessageBox::warning(
            m_context->window(), tr("Cannot export review summary"), pages.error().message);
        return;
    }
    m_context->showMessage(
        tr("Review summary written to %1 (%n page(s))", nullptr, *pages).arg(path), 8000);
}

} // namespace Tepat
