#include "support/DocumentEdits.h"

#include "document/WorkspaceDocument.h"
#include "document/commands/EditIndicatorCommand.h"

#include <QUndoStack>

namespace Tepat::DocumentEdits {

qint64 firstIndicator(const Cascade &cascade)
{
    const qint64 tujuan = cascade.childItems(0).first();
    const qint64 sasaran = cascade.childItems(tujuan).first();
    return cascade.indicatorsOf(sasaran).first();
}

void editFirstIndicator(WorkspaceDocument &document, const QString &text)
{
    Indicator indicator = *document.cascade().indicator(firstIndicator(document.cascade()));
    indicator.text = text;
    document.undoStack()->push(
        new EditIndicatorCommand(&document, indicator, QStringLiteral("text")));
}

} // namespace Tepat::DocumentEdits
