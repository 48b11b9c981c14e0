#include "print/PdfFile.h"

#include "print/PdfPageBox.h"
#include "values/LayoutUnits.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>

namespace Tepat {

Result<void> PdfFile::write(const QString &path,
                            const PaperFormat &paper,
                            const Info &info,
                            const Painting &paint)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QSaveFile file(absolute);
    const auto unwritable = [&] {
        return fail(Error(Error::Code::Io,
                          tr("%1 could not be written: %2").arg(absolute, file.errorString()),
                          absolute));
    };
    // Opened first, so that an unwritable place is reported before any page is painted.
    if (!file.open(QIODevice::WriteOnly))
        return unwritable();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        // One device unit per layout unit: the PDF's coordinates are the layout's, unscaled.
        writer.setResolution(int(LayoutUnits::perInch));
        writer.setTitle(info.title);
        writer.setCreator(QStringLiteral("Tepat %1").arg(QStringLiteral(TEPAT_VERSION)));
        if (!info.xmpMetadata.isEmpty())
            writer.setDocumentXmpMetadata(info.xmpMetadata);
        const Result<bool> painted = paint(writer);
        if (!painted)
            return fail(painted.error());
        if (!*painted)
            return unwritable();
    }
    const QByteArray pdf = PdfPageBox::exactSize(buffer.data(), paper);
    // An uncommitted QSaveFile is discarded: after a failure the old file stays.
    if (file.write(pdf) != pdf.size() || !file.commit())
        return unwritable();
    return {};
}

} // namespace Tepat
