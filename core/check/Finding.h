#pragma once

#include "base/LocalizedText.h"
#include "model/Severity.h"

namespace Tepat {

// One problem the checker found: which rule, how grave, where exactly (the object and the field
// a user must change), why, and what to write instead.
struct Finding
{
    QString ruleId;
    Severity severity = Severity::Warning;
    qint64 objectId = 0; // the workspace object; 0 for a sheet row
    int row = -1;        // the spreadsheet row (header = 1), -1 in a workspace
    QString field;       // Finding::Field names: "text", "satuan", "target", …
    LocalizedText message;
    LocalizedText suggestion;

    // The field names a finding may point at; the UI focuses the matching editor.
    struct Field
    {
        static constexpr QLatin1String text {"text"};
        static constexpr QLatin1String satuan {"satuan"};
        static constexpr QLatin1String target {"target"};
        static constexpr QLatin1String rumus {"rumus"};
        static constexpr QLatin1String sumberData {"sumberData"};
        static constexpr QLatin1String polaritas {"polaritas"};
        static constexpr QLatin1String serves {"serves"};
        static constexpr QLatin1String supports {"supports"};
        static constexpr QLatin1String indicators {"indicators"};
        static constexpr QLatin1String anggaran {"anggaran"};
        static constexpr QLatin1String realisasi {"realisasi"};
        static constexpr QLatin1String kendala {"kendala"};
        static constexpr QLatin1String bukti {"bukti"};
    };

    friend bool operator==(const Finding &, const Finding &) = default;
};

} // namespace Tepat
