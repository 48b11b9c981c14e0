#pragma once

namespace Tepat {

// The ids QUndoStack uses to find commands that may merge (QUndoCommand::id). One list, so no two
// kinds of command share an id by accident; commands that never merge return -1 instead.
enum class CommandId {
    EditPemda = 1,
    EditOpd,
    EditItem,
    EditIndicator,
    EditPk,
    EditComment,
    EditRealisasi,
    EditRealisasiAnggaran,
};

} // namespace Tepat
