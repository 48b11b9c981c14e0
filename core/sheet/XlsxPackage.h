#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

struct zip; // libzip's zip_t

namespace Tepat {

// The zip container of an .xlsx workbook, whose parts (XML files) are read with size limits
// because a workbook is untrusted input: a part may unpack to at most maxPartSize bytes, and all
// parts read through one package together to at most the budget it was opened with (for a whole
// workbook maxTotalSize). The limits hold against what libzip's directory states and again while
// inflating, so a zip bomb or a directory that lies fails with "too large" instead of eating
// memory. 32 MiB of sheet XML holds about 100 000 rows of a Renstra table, twenty times the
// largest real one.
class XlsxPackage
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::XlsxPackage)

public:
    static constexpr qint64 maxPartSize = 32 * 1024 * 1024;
    static constexpr qint64 maxTotalSize = 96 * 1024 * 1024;

    // bytes must outlive the package; fileName names the workbook in messages.
    static Result<XlsxPackage>
    open(const QByteArray &bytes, const QString &fileName, qint64 budget);

    // A part by its path inside the package ("xl/workbook.xml"), nullopt when there is none.
    // Fails when the part is damaged or over the limits, and the message names part and file.
    Result<std::optional<QByteArray>> part(const QString &name);

private:
    struct Discard
    {
        void operator()(zip *archive) const;
    };

    XlsxPackage(zip *archive, const QString &fileName, qint64 budget);

    std::unique_ptr<zip, Discard> m_zip;
    QString m_fileName;
    qint64 m_budget;
};

} // namespace Tepat
