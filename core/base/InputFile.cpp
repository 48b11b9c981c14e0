#include "base/InputFile.h"

#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace Tepat {

namespace {

Error tooLarge(const QString &path, qint64 size, qint64 maxSize)
{
    return Error(Error::Code::Invalid,
                 InputFile::tr("%1 is too large (%2; Tepat reads files of up to %3).")
                     .arg(path, InputFile::megabytes(size), InputFile::megabytes(maxSize)),
                 path);
}

} // namespace

QString InputFile::megabytes(qint64 bytes)
{
    // Rounded up, so that a size just above a limit never reads as the limit.
    const double mb = double(bytes) / (1024 * 1024);
    const QString number = mb >= 10
        ? QString::number(qint64(std::ceil(mb)))
        : QString::number(std::ceil(mb * 10) / 10, 'f', 1).replace(u'.', u',');
    return tr("%1 MB").arg(number);
}

Result<void> InputFile::check(const QString &path, qint64 maxSize)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(Error(Error::Code::NotFound, tr("%1 does not exist.").arg(path), path));
    if (info.isDir())
        return fail(Error(Error::Code::Invalid, tr("%1 is a folder, not a file.").arg(path), path));
    if (!info.isFile()) {
        return fail(Error(Error::Code::Invalid,
                          tr("%1 is not a regular file (it is a device, a pipe or a socket); "
                             "Tepat reads only files.")
                              .arg(path),
                          path));
    }
    if (maxSize >= 0 && info.size() > maxSize)
        return fail(tooLarge(path, info.size(), maxSize));
    return {};
}

Result<QByteArray> InputFile::read(const QString &path, qint64 maxSize)
{
    if (Result<void> checked = check(path, maxSize); !checked)
        return fail(checked.error());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error(
            Error::Code::Io, tr("%1 cannot be read: %2").arg(path, file.errorString()), path));
    }
    // One byte more than the limit tells a file that grew since it was looked at.
    QByteArray bytes = maxSize < 0 ? file.readAll() : file.read(maxSize + 1);
    if (file.error() != QFileDevice::NoError) {
        return fail(Error(
            Error::Code::Io, tr("%1 cannot be read: %2").arg(path, file.errorString()), path));
    }
    if (maxSize >= 0 && bytes.size() > maxSize)
        return fail(tooLarge(path, bytes.size(), maxSize));
    return bytes;
}

} // namespace Tepat
