#include "document/commands/EditRealisasiCommand.h"

#include "document/WorkspaceDocument.h"

namespace Tepat {

namespace {

std::optional<IndicatorRealisasi> realisasiOf(const WorkspaceDocument *document, qint64 indicatorId)
{
    if (const Indicator *indicator = document->cascade().indicator(indicatorId))
        return IndicatorRealisasi {indicatorId, indicator->realisasi};
    return std::nullopt;
}

} // namespace

EditRealisasiCommand::EditRealisasiCommand(WorkspaceDocument *document,
                                           qint64 indicatorId,
                                           const Realisasi &after,
                                           const QString &field,
                                           bool mergeable)
    : EditObjectCommand(document,
                        CommandId::EditRealisasi,
                        realisasiOf(document, indicatorId),
                        IndicatorRealisasi {indicatorId, after},
                        field,
                        mergeable)
{
    setText(tr("Edit realisasi"));
}

bool EditRealisasiCommand::apply(const IndicatorRealisasi &state)
{
    return bool(document()->setRealisasi(state.id, state.realisasi));
}

} // namespace Tepat
