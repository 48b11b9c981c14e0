#include "FuzzTargets.h"
#include "store/CascadeJson.h"
#include "store/WorkspaceFile.h"

#include <QTemporaryDir>

namespace Tepat::Fuzz {

// What tepat-cli import-json does with a JSON file: read it, and save what it reads as a
// workspace. Invariants: a refusal names the file; what is read writes back to JSON that reads
// to the same cascade and the same bytes, and saves to a workspace that opens the same.
int importJson(const std::uint8_t *data, std::size_t size)
{
    ensureApplication();
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString fileName = QStringLiteral("fuzz.json");
    const Result<Cascade> cascade = CascadeJson::read(bytes, fileName);
    if (!cascade) {
        require(cascade.error().message.contains(fileName), "an error names the file");
        return 0;
    }
    const QByteArray written = CascadeJson::write(*cascade);
    const Result<Cascade> again = CascadeJson::read(written, fileName);
    require(again && *again == *cascade, "JSON written reads back the same");
    require(CascadeJson::write(*again) == written, "JSON written again is the same bytes");

    static const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("imported.tepat"));
    require(bool(WorkspaceFile::save(*cascade, path)), "what is read can be saved");
    const Result<Cascade> loaded = WorkspaceFile::load(path);
    require(loaded && *loaded == *cascade, "the saved workspace opens the same");
    return 0;
}

} // namespace Tepat::Fuzz
