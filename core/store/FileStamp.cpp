#include "store/FileStamp.h"

#include <QFile>

#include <sys/stat.h>

namespace Tepat {

std::optional<FileStamp> FileStamp::of(const QString &path)
{
    struct stat status
    {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return std::nullopt;
    return FileStamp {quint64(status.st_dev),
                      quint64(status.st_ino),
                      qint64(status.st_size),
                      qint64(status.st_mtim.tv_sec) * 1'000'000'000 + status.st_mtim.tv_nsec};
}

} // namespace Tepat
