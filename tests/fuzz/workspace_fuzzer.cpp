#include "FuzzTargets.h"
#include "store/WorkspaceFile.h"

#include <QFile>
#include <QTemporaryDir>

namespace Tepat::Fuzz {

// A .tepat file through the open path, as every command and the window open it: header probe,
// schema check, migration of older formats, integrity and content checksum, the reader.
// Invariants: a refusal names the file; what opens is a whole cascade that saves and reads back
// the same.
int workspace(const std::uint8_t *data, std::size_t size)
{
    ensureApplication();
    static const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.tepat"));
    {
        QFile file(path);
        require(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "the input is written");
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const Result<Cascade> loaded = WorkspaceFile::load(path);
    if (!loaded) {
        require(loaded.error().file == path && loaded.error().message.contains(path),
                "an error names the file");
        return 0;
    }
    require(bool(loaded->checkLinks()), "what opens is a whole cascade");
    const QString again = dir.filePath(QStringLiteral("again.tepat"));
    require(bool(WorkspaceFile::save(*loaded, again)), "what opens can be saved");
    const Result<Cascade> reloaded = WorkspaceFile::load(again);
    require(reloaded && *reloaded == *loaded, "a save reads back the same");
    return 0;
}

} // namespace Tepat::Fuzz
