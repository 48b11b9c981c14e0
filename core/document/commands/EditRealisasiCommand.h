#pragma once

#include "document/commands/EditObjectCommand.h"
#include "model/Realisasi.h"

#include <QCoreApplication>

namespace Tepat {

// The realisasi of one PK indicator as the command keeps it: the indicator's id and its four
// triwulan.
struct IndicatorRealisasi
{
    qint64 id = 0;
    Realisasi realisasi;

    friend bool operator==(const IndicatorRealisasi &, const IndicatorRealisasi &) = default;
};

// Changes the realisasi of one PK indicator: a triwulan's target, realisasi, kendala, tindak
// lanjut or bukti, or the year's analisis. Typing into one cell merges into one step; field names
// the cell, e.g. "tw2.realisasi".
class EditRealisasiCommand : public EditObjectCommand<IndicatorRealisasi>
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::EditRealisasiCommand)

public:
    EditRealisasiCommand(WorkspaceDocument *document,
                         qint64 indicatorId,
                         const Realisasi &after,
                         const QString &field,
                         bool mergeable = true);

private:
    bool apply(const IndicatorRealisasi &state) override;
};

} // namespace Tepat
