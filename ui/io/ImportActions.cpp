#include "io/ImportActions.h"

#include "document/WorkspaceDocument.h"
#include "io/ImportWizard.h"

#include <QAction>
#include <QWidget>

namespace Tepat {

ImportActions::ImportActions(QWidget *window, std::function<WorkspaceDocument *()> document)
    : QObject(window)
    , m_window(window)
    , m_document(std::move(document))
    , m_import(new QAction(tr("&Import from spreadsheet…"), this))
{
    m_import->setStatusTip(tr("Import Renstra, IKU or PK rows from an Excel workbook or CSV file"));
    connect(m_import, &QAction::triggered, this, [this] {
        WorkspaceDocument *current = m_document();
        if (!current || current->isReadOnly())
            return;
        ImportWizard wizard(current, m_window);
        wizard.exec();
    });
}

} // namespace Tepat
