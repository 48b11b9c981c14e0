#pragma once

#include "base/Result.h"
#include "model/Cascade.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLatin1String>

namespace Tepat {

// The full-fidelity JSON form of a workspace (docs/json-format.md): written by CascadeJsonWriter,
// read by CascadeJsonReader. Export → import → export gives identical bytes, so a workspace can
// live in version control.
class CascadeJson
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::CascadeJson)

public:
    static constexpr QLatin1String formatName {"tepat-workspace"};
    static constexpr int formatVersion = 1;
    // The largest JSON file import-json reads: a workspace of 100 000 indicators takes about a
    // tenth of it.
    static constexpr qint64 maxFileSize = 512 * 1024 * 1024;

    static QByteArray write(const Cascade &cascade);
    // fileName only names the source in error messages, which also give the JSON path of the
    // offending value, e.g. "opds[1].renstra[0].children[2].pagu.2026".
    static Result<Cascade> read(const QByteArray &json, const QString &fileName);
};

} // namespace Tepat
