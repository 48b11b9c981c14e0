#include "document/commands/EditRealisasiAnggaranCommand.h"

#include "document/WorkspaceDocument.h"

namespace Tepat {

namespace {

std::optional<ProgramRealisasi> anggaranOf(const WorkspaceDocument *document, qint64 programId)
{
    if (const PkDocument *pk = document->cascade().pkOfProgram(programId)) {
        for (const PkProgram &program : pk->programs) {
            if (program.id == programId)
                return ProgramRealisasi {programId, program.realisasiAnggaran};
        }
    }
    return std::nullopt;
}

} // namespace

EditRealisasiAnggaranCommand::EditRealisasiAnggaranCommand(
    WorkspaceDocument *document,
    qint64 programId,
    const std::array<std::optional<Decimal>, 4> &after,
    const QString &field,
    bool mergeable)
    : EditObjectCommand(document,
                        CommandId::EditRealisasiAnggaran,
                        anggaranOf(document, programId),
                        ProgramRealisasi {programId, after},
                        field,
                        mergeable)
{
    setText(tr("Edit realisasi anggaran"));
}

bool EditRealisasiAnggaranCommand::apply(const ProgramRealisasi &state)
{
    return bool(document()->setRealisasiAnggaran(state.id, state.amounts));
}

} // namespace Tepat
