#include "FuzzTargets.h"
#include "check/IndicatorSheetReader.h"
#include "values/IndonesianNumber.h"
#include "values/TargetValue.h"

namespace Tepat::Fuzz {

int csv(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString fileName = QStringLiteral("fuzz.csv");
    const Result<QList<IndicatorSheet>> sheets = IndicatorSheetReader::parse(bytes, fileName);
    if (sheets) {
        require(!sheets->isEmpty(), "a sheet that reads holds a table");
        int previous = 0;
        for (const IndicatorSheet &sheet : *sheets) {
            require(sheet.headerRow > previous, "tables follow each other down the sheet");
            previous = sheet.headerRow;
            for (const IndicatorSheet::Row &row : sheet.rows) {
                require(row.number > previous, "rows are numbered upwards below the header");
                previous = row.number;
                for (const int year : row.indicator.targets.keys())
                    require(sheet.years.contains(year), "every target has a year of the sheet");
            }
            for (qsizetype i = 1; i < sheet.years.size(); ++i)
                require(sheet.years[i - 1] < sheet.years[i], "the years ascend");
        }
    } else {
        require(sheets.error().message.contains(fileName), "an error names the file");
    }

    // The same bytes line by line: cells as they reach the number parsers, without the CSV
    // structure in the way.
    const QString text = QString::fromUtf8(bytes);
    for (const QStringView line : QStringView(text).split(u'\n')) {
        (void)IndonesianNumber::parse(line);
        (void)TargetValue::parse(line);
    }
    return 0;
}

} // namespace Tepat::Fuzz
