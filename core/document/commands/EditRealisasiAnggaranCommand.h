#pragma once

#include "document/commands/EditObjectCommand.h"
#include "values/Decimal.h"

#include <QCoreApplication>

#include <array>
#include <optional>

namespace Tepat {

// The realisasi anggaran of one PK program row as the command keeps it.
struct ProgramRealisasi
{
    qint64 id = 0; // the program row
    std::array<std::optional<Decimal>, 4> amounts {};

    friend bool operator==(const ProgramRealisasi &, const ProgramRealisasi &) = default;
};

// Changes what one PK program row spent in its triwulan. Typing into one quarter merges into one
// step; field names it, e.g. "tw3".
class EditRealisasiAnggaranCommand : public EditObjectCommand<ProgramRealisasi>
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::EditRealisasiAnggaranCommand)

public:
    EditRealisasiAnggaranCommand(WorkspaceDocument *document,
                                 qint64 programId,
                                 const std::array<std::optional<Decimal>, 4> &after,
                                 const QString &field,
                                 bool mergeable = true);

private:
    bool apply(const ProgramRealisasi &state) override;
};

} // namespace Tepat
