#include "sheet/XlsxReader.h"

#include "base/InputFile.h"

#include <QHash>
#include <QXmlStreamReader>

#include <cmath>
#include <memory>
#include <zip.h>

namespace Tepat {

namespace {

struct ZipDiscard
{
    void operator()(zip_t *zip) const { zip_discard(zip); }
};
using ZipHandle = std::unique_ptr<zip_t, ZipDiscard>;

Error fileError(Error::Code code, const QString &fileName, const QString &message)
{
    return Error(code, message, fileName);
}

Result<ZipHandle> openZip(const QByteArray &bytes, const QString &fileName)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source
        = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    zip_t *zip = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
    zip_error_fini(&error);
    if (!zip) {
        if (source)
            zip_source_free(source);
        return fail(fileError(Error::Code::Invalid,
                              fileName,
                              XlsxReader::tr("%1 is not an Excel workbook (.xlsx): it is not a "
                                             "zip archive. An old .xls workbook must be saved "
                                             "as .xlsx first.")
                                  .arg(fileName)));
    }
    return ZipHandle(zip);
}

// A part of the package, read with the limits of XlsxReader; nullopt when there is no such part.
// budget is what all parts together may still take and shrinks by what this part took.
Result<std::optional<QByteArray>>
readPart(zip_t *zip, const QString &name, const QString &fileName, qint64 &budget)
{
    const QByteArray path = name.toUtf8();
    const zip_int64_t index = zip_name_locate(zip, path.constData(), ZIP_FL_NOCASE);
    if (index < 0)
        return std::optional<QByteArray>();
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(zip, zip_uint64_t(index), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE)) {
        return fail(fileError(
            Error::Code::Corrupt,
            fileName,
            XlsxReader::tr("%1 is damaged: the part %2 cannot be read.").arg(fileName, name)));
    }
    const auto tooLarge = [&] {
        return fail(fileError(Error::Code::Invalid,
                              fileName,
                              XlsxReader::tr("%1 is too large to import: the part %2 unpacks to "
                                             "%3, and Tepat reads at most %4 per sheet and %5 "
                                             "per workbook.")
                                  .arg(fileName,
                                       name,
                                       InputFile::megabytes(qint64(stat.size)),
                                       InputFile::megabytes(XlsxReader::maxPartSize),
                                       InputFile::megabytes(XlsxReader::maxTotalSize))));
    };
    if (stat.size > zip_uint64_t(XlsxReader::maxPartSize) || qint64(stat.size) > budget)
        return tooLarge();
    std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(
        zip_fopen_index(zip, zip_uint64_t(index), 0), &zip_fclose);
    const auto damaged = [&] {
        return fail(fileError(
            Error::Code::Corrupt,
            fileName,
            XlsxReader::tr("%1 is damaged: the part %2 cannot be unpacked.").arg(fileName, name)));
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
        return fail(fileError(Error::Code::Corrupt,
                              fileName,
                              XlsxReader::tr("%1 is damaged: the part %2 unpacks to more than "
                                             "the %3 bytes the archive's directory gives it.")
                                  .arg(fileName, name)
                                  .arg(qint64(stat.size))));
    }
    budget -= got;
    return std::optional<QByteArray>(std::move(data));
}

Error xmlError(const QXmlStreamReader &xml, const QString &fileName, const QString &part)
{
    return Error(Error::Code::Corrupt,
                 XlsxReader::tr("%1 is damaged: the part %2 is not valid XML (line %3: %4).")
                     .arg(fileName, part, QString::number(xml.lineNumber()), xml.errorString()),
                 fileName,
                 int(xml.lineNumber()));
}

// The Target of a relationship as a path inside the package: relative to the folder of the
// part that owns the relationships, or absolute from the package root. Nothing when ".." climbs
// above the root: such a target points outside the workbook.
std::optional<QString> resolvePath(const QString &ownerFolder, const QString &target)
{
    QStringList parts;
    const QString joined = target.startsWith(u'/') ? target.mid(1) : ownerFolder + target;
    for (const QString &part : joined.split(u'/', Qt::SkipEmptyParts)) {
        if (part == QLatin1String("..")) {
            if (parts.isEmpty())
                return std::nullopt;
            parts.removeLast();
        } else if (part != QLatin1String(".")) {
            parts.append(part);
        }
    }
    return parts.join(u'/');
}

struct Relationship
{
    QString type; // the last word of the type URI: "worksheet", "sharedStrings", "styles"
    QString path;
};

Result<QHash<QString, Relationship>> parseRelationships(const QByteArray &data,
                                                        const QString &fileName,
                                                        const QString &part,
                                                        const QString &ownerFolder)
{
    QHash<QString, Relationship> relationships;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")) {
            const QXmlStreamAttributes attributes = xml.attributes();
            const QString type = attributes.value(QLatin1String("Type")).toString();
            const QString target = attributes.value(QLatin1String("Target")).toString();
            const std::optional<QString> path = resolvePath(ownerFolder, target);
            if (!path) {
                return fail(Error(Error::Code::Corrupt,
                                  XlsxReader::tr("%1 is damaged: the part %2 points to %3, which "
                                                 "lies outside the workbook.")
                                      .arg(fileName, part, target),
                                  fileName));
            }
            relationships.insert(attributes.value(QLatin1String("Id")).toString(),
                                 {type.section(u'/', -1), *path});
        }
    }
    if (xml.hasError())
        return fail(xmlError(xml, fileName, part));
    return relationships;
}

// Every <t> of a string item (<si> or <is>), which holds the whole text as one <t> or as rich
// text runs <r><t>; <rPh> holds phonetic hints for East Asian text, not shown in the cell.
QString readStringItem(QXmlStreamReader &xml)
{
    QString text;
    const QString element = xml.name().toString();
    while (xml.readNext() != QXmlStreamReader::Invalid) {
        if (xml.isEndElement() && xml.name() == element)
            break;
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("rPh"))
            xml.skipCurrentElement();
        else if (xml.name() == QLatin1String("t"))
            text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    return text;
}

// Whether a number format shows a date: it has a day or year code outside quoted text, escapes
// and [colour] or [$-locale] brackets. Time-only formats stay numbers.
bool isDateFormat(QStringView code)
{
    bool quoted = false;
    bool bracket = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (quoted) {
            quoted = c != u'"';
        } else if (bracket) {
            bracket = c != u']';
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u'[') {
            bracket = true;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'd' || c == u'D' || c == u'y' || c == u'Y') {
            return true;
        }
    }
    return false;
}

bool isPercentFormat(QStringView code)
{
    bool quoted = false;
    for (const QChar c : code) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u'%')
            return true;
    }
    return false;
}

// Excel's built-in formats with dates: 14–22 everywhere, the rest in East Asian locales.
bool isBuiltInDate(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
        || (id >= 50 && id <= 58);
}

Result<QList<XlsxReader::CellStyle>>
parseStyles(const QByteArray &data, const QString &fileName, const QString &part)
{
    QHash<int, QString> formats;
    QList<XlsxReader::CellStyle> styles;
    QXmlStreamReader xml(data);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == QLatin1String("numFmt")) {
            formats.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                           attributes.value(QLatin1String("formatCode")).toString());
        } else if (xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
            const int id = attributes.value(QLatin1String("numFmtId")).toInt();
            XlsxReader::CellStyle style;
            if (const auto custom = formats.constFind(id); custom != formats.cend()) {
                style.date = isDateFormat(*custom);
                style.percent = !style.date && isPercentFormat(*custom);
            } else {
                style.date = isBuiltInDate(id);
                style.percent = id == 9 || id == 10;
            }
            styles.append(style);
        }
    }
    if (xml.hasError())
        return fail(xmlError(xml, fileName, part));
    return styles;
}

// The exact decimal of a number as the XML writes it ("0.1", "1.25E-3"), rounded to the 15
// significant digits Excel itself keeps, so 0.30000000000000004 reads as 0,3.
std::optional<Decimal> decimalFromXml(QStringView text, bool percent)
{
    bool ok = false;
    double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    if (percent)
        value *= 100;
    QString canonical = QString::number(value, 'g', 15);
    if (canonical.contains(u'e'))
        canonical = QString::number(value, 'f', Decimal::maxScale);
    if (canonical.contains(u'.')) {
        while (canonical.endsWith(u'0'))
            canonical.chop(1);
        if (canonical.endsWith(u'.'))
            canonical.chop(1);
    }
    if (canonical == QLatin1String("-0"))
        canonical = QStringLiteral("0");
    return Decimal::fromCanonical(canonical);
}

// A date serial number: days since 1899-12-31 in the 1900 system, which counts the 29th of
// February 1900 that never was (Lotus 1-2-3's bug, kept by Excel), or since 1904-01-01.
QDate dateFromSerial(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 1 || serial > 2958465)
        return {};
    const auto days = qint64(std::floor(serial));
    if (date1904)
        return QDate(1904, 1, 1).addDays(days);
    if (days < 60)
        return QDate(1899, 12, 31).addDays(days);
    if (days == 60)
        return QDate(1900, 2, 28);
    return QDate(1899, 12, 30).addDays(days);
}

// "B7" → row 7, column 2; nullopt for anything else. Columns stop at XFD and rows at 1048576,
// Excel's limits.
std::optional<std::pair<int, int>> parseCellRef(QStringView ref)
{
    qsizetype i = 0;
    int column = 0;
    while (i < ref.size() && ref[i] >= u'A' && ref[i] <= u'Z' && i < 3)
        column = column * 26 + (ref[i++].unicode() - u'A' + 1);
    if (column == 0 || column > 16384 || i == ref.size())
        return std::nullopt;
    bool ok = false;
    const int row = ref.sliced(i).toInt(&ok);
    if (!ok || row < 1 || row > 1048576 || !ref[i].isDigit())
        return std::nullopt;
    return std::make_pair(row, column);
}

} // namespace

Result<XlsxReader> XlsxReader::open(const QString &path)
{
    const Result<QByteArray> bytes = InputFile::read(path, maxFileSize);
    if (!bytes)
        return fail(bytes.error());
    return fromBytes(*bytes, path);
}

Result<XlsxReader> XlsxReader::fromBytes(const QByteArray &bytes, const QString &fileName)
{
    Result<ZipHandle> zip = openZip(bytes, fileName);
    if (!zip)
        return fail(zip.error());
    qint64 budget = maxTotalSize;
    const auto part
        = [&](const QString &name) { return readPart(zip->get(), name, fileName, budget); };
    const auto notAWorkbook = [&] {
        return fail(Error(Error::Code::Invalid,
                          tr("%1 is a zip archive but not an Excel workbook: it has no "
                             "workbook part.")
                              .arg(fileName),
                          fileName));
    };

    // The package's relationships name the workbook part; Excel always calls it
    // xl/workbook.xml, which is also the fallback when the package has no relationships.
    QString workbookPath = QStringLiteral("xl/workbook.xml");
    const QString packageRels = QStringLiteral("_rels/.rels");
    const auto rootRels = part(packageRels);
    if (!rootRels)
        return fail(rootRels.error());
    if (*rootRels) {
        const auto relationships = parseRelationships(**rootRels, fileName, packageRels, {});
        if (!relationships)
            return fail(relationships.error());
        for (const Relationship &relationship : *relationships) {
            if (relationship.type == QLatin1String("officeDocument"))
                workbookPath = relationship.path;
        }
    }
    const QString folder = workbookPath.section(u'/', 0, -2, QString::SectionIncludeTrailingSep);
    const auto workbookData = part(workbookPath);
    if (!workbookData)
        return fail(workbookData.error());
    if (!*workbookData)
        return notAWorkbook();

    const QString workbookRelsPath = folder + QStringLiteral("_rels/")
        + workbookPath.section(u'/', -1) + QStringLiteral(".rels");
    const auto workbookRels = part(workbookRelsPath);
    if (!workbookRels)
        return fail(workbookRels.error());
    QHash<QString, Relationship> relationships;
    if (*workbookRels) {
        auto parsed = parseRelationships(**workbookRels, fileName, workbookRelsPath, folder);
        if (!parsed)
            return fail(parsed.error());
        relationships = std::move(*parsed);
    }

    XlsxReader reader;
    reader.m_bytes = bytes;
    reader.m_fileName = fileName;
    QXmlStreamReader xml(**workbookData);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == QLatin1String("workbookPr")) {
            const QStringView value = attributes.value(QLatin1String("date1904"));
            reader.m_date1904 = value == QLatin1String("1") || value == QLatin1String("true");
        } else if (xml.name() == QLatin1String("sheet")) {
            // r:id, whatever prefix the namespace has (strict OOXML uses another URI).
            QString id;
            for (const QXmlStreamAttribute &attribute : attributes) {
                if (attribute.name() == QLatin1String("id") && !attribute.namespaceUri().isEmpty())
                    id = attribute.value().toString();
            }
            const auto relationship = relationships.constFind(id);
            if (relationship == relationships.cend()
                || relationship->type != QLatin1String("worksheet")) {
                continue; // a chart sheet or a dialog sheet: no cells to import
            }
            reader.m_sheetNames.append(attributes.value(QLatin1String("name")).toString());
            reader.m_sheetParts.append(relationship->path);
        }
    }
    if (xml.hasError())
        return fail(xmlError(xml, fileName, workbookPath));
    if (reader.m_sheetNames.isEmpty()) {
        return fail(Error(
            Error::Code::Invalid, tr("%1 has no worksheet to import.").arg(fileName), fileName));
    }

    QString sharedStringsPath = folder + QStringLiteral("sharedStrings.xml");
    QString stylesPath = folder + QStringLiteral("styles.xml");
    for (const Relationship &relationship : std::as_const(relationships)) {
        if (relationship.type == QLatin1String("sharedStrings"))
            sharedStringsPath = relationship.path;
        else if (relationship.type == QLatin1String("styles"))
            stylesPath = relationship.path;
    }
    const auto sharedStrings = part(sharedStringsPath);
    if (!sharedStrings)
        return fail(sharedStrings.error());
    if (*sharedStrings) {
        QXmlStreamReader strings(**sharedStrings);
        while (!strings.atEnd()) {
            strings.readNext();
            if (strings.isStartElement() && strings.name() == QLatin1String("si"))
                reader.m_sharedStrings.append(readStringItem(strings));
        }
        if (strings.hasError())
            return fail(xmlError(strings, fileName, sharedStringsPath));
    }
    const auto styles = part(stylesPath);
    if (!styles)
        return fail(styles.error());
    if (*styles) {
        auto parsed = parseStyles(**styles, fileName, stylesPath);
        if (!parsed)
            return fail(parsed.error());
        reader.m_styles = std::move(*parsed);
    }
    return reader;
}

Result<SheetTable> XlsxReader::readSheet(const QString &name) const
{
    const qsizetype index = m_sheetNames.indexOf(name);
    if (index < 0) {
        return fail(Error(Error::Code::NotFound,
                          tr("%1 has no sheet named '%2'. Its sheets are: %3.")
                              .arg(m_fileName, name, m_sheetNames.join(QStringLiteral(", "))),
                          m_fileName));
    }
    return readSheet(int(index));
}

Result<SheetTable> XlsxReader::readSheet(int index) const
{
    Q_ASSERT(index >= 0 && index < m_sheetNames.size());
    const QString &partName = m_sheetParts[index];
    SheetTable table;
    table.fileName = m_fileName;
    table.sheetName = m_sheetNames[index];

    Result<ZipHandle> zip = openZip(m_bytes, m_fileName);
    if (!zip)
        return fail(zip.error());
    qint64 budget = maxPartSize;
    const auto data = readPart(zip->get(), partName, m_fileName, budget);
    if (!data)
        return fail(data.error());
    if (!*data) {
        return fail(Error(Error::Code::Corrupt,
                          tr("%1 is damaged: the sheet '%2' has no part %3.")
                              .arg(m_fileName, table.sheetName, partName),
                          m_fileName));
    }

    const auto sheetError = [&](const QXmlStreamReader &xml, const QString &problem) {
        return Error(Error::Code::Corrupt,
                     tr("%1 is damaged: sheet '%2' (%3, line %4): %5")
                         .arg(m_fileName,
                              table.sheetName,
                              partName,
                              QString::number(xml.lineNumber()),
                              problem),
                     m_fileName);
    };

    QXmlStreamReader xml(**data);
    int row = 0;
    int column = 0;
    int cells = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == QLatin1String("row")) {
            bool ok = false;
            const int number = attributes.value(QLatin1String("r")).toInt(&ok);
            row = ok ? number : row + 1;
            column = 0;
            if (row < 1 || row > 1048576)
                return fail(sheetError(xml, tr("the row number %1 is not valid.").arg(row)));
        } else if (xml.name() == QLatin1String("mergeCell")) {
            const QStringList corners
                = attributes.value(QLatin1String("ref")).toString().split(u':');
            const auto first = parseCellRef(corners.value(0));
            const auto last = parseCellRef(corners.value(corners.size() - 1));
            if (!first || !last) {
                return fail(sheetError(xml,
                                       tr("the merged range '%1' is not a range of cells.")
                                           .arg(attributes.value(QLatin1String("ref")))));
            }
            table.addMerged({std::min(first->first, last->first),
                             std::min(first->second, last->second),
                             std::max(first->first, last->first),
                             std::max(first->second, last->second)});
        } else if (xml.name() == QLatin1String("c")) {
            const QStringView ref = attributes.value(QLatin1String("r"));
            if (ref.isEmpty()) {
                ++column;
            } else {
                const auto place = parseCellRef(ref);
                if (!place) {
                    return fail(sheetError(
                        xml, tr("the cell reference '%1' is not valid.").arg(ref.toString())));
                }
                row = place->first;
                column = place->second;
            }
            if (row < 1 || column < 1 || column > 16384)
                return fail(sheetError(xml, tr("a cell lies outside any row.")));
            const QString type = attributes.value(QLatin1String("t")).toString();
            const int styleIndex = attributes.value(QLatin1String("s")).toInt();
            const CellStyle style = m_styles.value(styleIndex);
            QString value;
            bool hasValue = false;
            QString inlineText;
            while (xml.readNext() != QXmlStreamReader::Invalid) {
                if (xml.isEndElement() && xml.name() == QLatin1String("c"))
                    break;
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == QLatin1String("v")) {
                    value = xml.readElementText();
                    hasValue = true;
                } else if (xml.name() == QLatin1String("is")) {
                    inlineText = readStringItem(xml);
                    hasValue = true;
                } else {
                    xml.skipCurrentElement(); // the formula <f>, extensions
                }
            }
            if (xml.hasError())
                break;
            if (!hasValue)
                continue;
            SheetCell cell;
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int stringIndex = value.trimmed().toInt(&ok);
                if (!ok || stringIndex < 0 || stringIndex >= m_sharedStrings.size()) {
                    return fail(sheetError(
                        xml,
                        tr("the cell %1 refers to shared string %2, but the shared strings "
                           "table has %3 entries.")
                            .arg(SheetTable::cellName(row, column), value.trimmed())
                            .arg(m_sharedStrings.size())));
                }
                cell = SheetCell::fromText(m_sharedStrings[stringIndex]);
            } else if (type == QLatin1String("inlineStr")) {
                cell = SheetCell::fromText(inlineText);
            } else if (type == QLatin1String("str")) {
                cell = SheetCell::fromText(value);
            } else if (type == QLatin1String("b")) {
                cell.kind = SheetCell::Kind::Boolean;
                cell.number = Decimal::fromInt(value.trimmed() == QLatin1String("1") ? 1 : 0);
            } else if (type == QLatin1String("e")) {
                cell.kind = SheetCell::Kind::Error;
                cell.text = value;
            } else if (type == QLatin1String("d")) {
                cell.kind = SheetCell::Kind::Date;
                cell.date = QDate::fromString(value.left(10), Qt::ISODate);
                if (!cell.date.isValid())
                    cell = SheetCell::fromText(value);
            } else if (style.date) {
                const QDate date = dateFromSerial(value.toDouble(), m_date1904);
                if (date.isValid()) {
                    cell.kind = SheetCell::Kind::Date;
                    cell.date = date;
                } else {
                    cell = SheetCell::fromText(value);
                }
            } else if (const auto number = decimalFromXml(value, style.percent)) {
                cell.kind = SheetCell::Kind::Number;
                cell.number = *number;
                if (style.percent)
                    cell.format = SheetCell::NumberFormat::Percent;
            } else {
                // More digits than a Decimal holds (a 20-digit account number typed as a number):
                // keep what the file says rather than a rounded value.
                cell = SheetCell::fromText(value);
            }
            if (cell.isEmpty())
                continue;
            if (++cells > maxCells) {
                return fail(Error(Error::Code::Invalid,
                                  tr("%1 is too large to import: the sheet '%2' has more than %3 "
                                     "cells.")
                                      .arg(m_fileName, table.sheetName)
                                      .arg(maxCells),
                                  m_fileName));
            }
            table.setCell(row, column, cell);
        }
    }
    if (xml.hasError())
        return fail(xmlError(xml, m_fileName, partName));
    return table;
}

} // namespace Tepat
