#include "io/ImportActions.h"

#include "common/WindowContext.h"
#include "document/WorkspaceDocument.h"
#include "io/ImportWizard.h"

#include <QAction>

namespace Tepat {

ImportActions::ImportActions(WindowContext *context)
    : QObject(context)
    , m_context(context)
    , m_import(new QAction(tr("&Import from spreadsheet…"), this))
{
    m_import->setStatusTip(tr("Import Renstra, IKU or PK rows from an Excel workbook or CSV file"));
    connect(m_import, &QAction::triggered, this, [this] {
        WorkspaceDocument *current = m_context->document();
        if (!current || current->isReadOnly())
            return;
        ImportWizard wizard(current, m_context->window());
        wizard.exec();
    });
}

} // namespace Tepat
