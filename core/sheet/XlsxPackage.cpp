#include "sheet/XlsxPackage.h"

#include "base/InputFile.h"

#include <zip.h>

namespace Tepat {

void XlsxPackage::Discard::operator()(zip *archive) const
{
    zip_discard(archive);
}

XlsxPackage::XlsxPackage(zip *archive, const QString &fileName, qint64 budget)
    : m_zip(archive)
    , m_fileName(fileName)
    , m_budget(budget)
{}

Result<XlsxPackage>
XlsxPackage::open(const QByteArray &bytes, const QString &fileName, qint64 budget)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source
        = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    zip_t *archive = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
    zip_error_fini(&error);
    if (!archive) {
        if (source)
            zip_source_free(source);
        return fail(Error(Error::Code::Invalid,
                          tr("%1 is not an Excel workbook (.xlsx): it is not a zip archive. An "
                             "old .xls workbook must be saved as .xlsx first.")
                              .arg(fileName),
                          fileName));
    }
    return XlsxPackage(archive, fileName, budget);
}

Result<std::optional<QByteArray>> XlsxPackage::part(const QString &name)
{
    const QByteArray path = name.toUtf8();
    const zip_int64_t index = zip_name_locate(m_zip.get(), path.constData(), ZIP_FL_NOCASE);
    if (index < 0)
        return std::optional<QByteArray>();
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_zip.get(), zip_uint64_t(index), 0, &stat) != 0
        || !(stat.valid & ZIP_STAT_SIZE)) {
        return fail(Error(Error::Code::Corrupt,
                          tr("%1 is damaged: the part %2 cannot be read.").arg(m_fileName, name),
                          m_fileName));
    }
    const auto tooLarge = [&] {
        return fail(Error(Error::Code::Invalid,
                          tr("%1 is too large to import: the part %2 unpacks to %3, and Tepat "
                             "reads at most %4 per sheet and %5 per workbook.")
                              .arg(m_fileName,
                                   name,
                                   InputFile::megabytes(qint64(stat.size)),
                                   InputFile::megabytes(maxPartSize),
                                   InputFile::megabytes(maxTotalSize)),
                          m_fileName));
    };
    if (stat.size > zip_uint64_t(maxPartSize) || qint64(stat.size) > m_budget)
        return tooLarge();
    std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(
        zip_fopen_index(m_zip.get(), zip_uint64_t(index), 0), &zip_fclose);
    const auto damaged = [&] {
        return fail(
            Error(Error::Code::Corrupt,
                  tr("%1 is damaged: the part %2 cannot be unpacked.").arg(m_fileName, name),
                  m_fileName));
    };
    if (!file)
        return damaged();
    QByteArray data(qsizetype(stat.size), Qt::Uninitialized);
    qsizetype got = 0;
    while (got < data.size()) {
        const zip_int64_t read
            = zip_fread(file.get(), data.data() + got, zip_uint64_t(data.size() - got));
        if (read < 0)
            return damaged();
        if (read == 0)
            break;
        got += qsizetype(read);
    }
    if (got != data.size())
        return damaged();
    // The directory may understate the size; more data than it says is a bomb or damage.
    char extra = 0;
    if (zip_fread(file.get(), &extra, 1) != 0) {
        return fail(Error(Error::Code::Corrupt,
                          tr("%1 is damaged: the part %2 unpacks to more than the %3 bytes the "
                             "archive's directory gives it.")
                              .arg(m_fileName, name)
                              .arg(qint64(stat.size)),
                          m_fileName));
    }
    m_budget -= got;
    return std::optional<QByteArray>(std::move(data));
}

} // namespace Tepat
