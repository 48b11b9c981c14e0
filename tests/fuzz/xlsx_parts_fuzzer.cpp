#include "FuzzTargets.h"

#include <QByteArray>
#include <QList>

#include <zip.h>

namespace Tepat::Fuzz {

namespace {

// The parts of a workbook, in the order a fuzz input gives them.
constexpr const char *partNames[] = {
    "_rels/.rels",
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "xl/sharedStrings.xml",
    "xl/styles.xml",
    "xl/worksheets/sheet1.xml",
};

// The input's parts packed into a zip without compression, as a workbook. libzip writes the
// checksums, so every byte the fuzzer changes reaches the XML parsers.
QByteArray zipOf(const QList<QByteArray> &parts)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *archive = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t *zip = archive ? zip_open_from_source(archive, ZIP_TRUNCATE, &error) : nullptr;
    zip_error_fini(&error);
    require(zip != nullptr, "an empty zip opens in memory");
    zip_source_keep(archive);
    for (qsizetype i = 0; i < parts.size() && i < qsizetype(std::size(partNames)); ++i) {
        if (parts[i].isEmpty())
            continue; // an empty chunk: the workbook has no such part
        zip_source_t *data
            = zip_source_buffer(zip, parts[i].constData(), zip_uint64_t(parts[i].size()), 0);
        const zip_int64_t index = zip_file_add(zip, partNames[i], data, ZIP_FL_OVERWRITE);
        require(index >= 0, "a part is added");
        zip_set_file_compression(zip, zip_uint64_t(index), ZIP_CM_STORE, 0);
    }
    require(zip_close(zip) == 0, "the zip is written");
    QByteArray bytes;
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(archive, &stat) == 0 && zip_source_open(archive) == 0) {
        bytes.resize(qsizetype(stat.size));
        const zip_int64_t read = zip_source_read(archive, bytes.data(), stat.size);
        bytes.resize(read < 0 ? 0 : qsizetype(read));
        zip_source_close(archive);
    }
    zip_source_free(archive);
    return bytes;
}

} // namespace

// The XML parts of a workbook fed directly: the input is the parts of partNames separated by the
// byte 0x1E, zipped and run through the whole import path of the xlsx target, so that the fuzzer
// mutates the XML rather than a zip whose checksums would reject nearly every change.
int xlsxParts(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> parts = input.split('\x1e');
    const QByteArray zip = zipOf(parts);
    return xlsx(reinterpret_cast<const std::uint8_t *>(zip.constData()), std::size_t(zip.size()));
}

} // namespace Tepat::Fuzz
