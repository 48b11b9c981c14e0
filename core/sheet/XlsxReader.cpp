#include "sheet/XlsxReader.h"

#include "base/InputFile.h"
#include "sheet/XlsxNumberFormat.h"

#include <QHash>
#include <QXmlStreamReader>

namespace Tepat {

namespace {

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
                style.date = XlsxNumberFormat::isDate(*custom);
                style.percent = !style.date && XlsxNumberFormat::isPercent(*custom);
            } else {
                style.date = XlsxNumberFormat::isBuiltInDate(id);
                style.percent = XlsxNumberFormat::isBuiltInPercent(id);
            }
            styles.append(style);
        }
    }
    if (xml.hasError())
        return fail(xmlError(xml, fileName, part));
    return styles;
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
    Result<XlsxPackage> package = XlsxPackage::open(bytes, fileName, XlsxPackage::maxTotalSize);
    if (!package)
        return fail(package.error());
    const auto part = [&](const QString &name) { return package->part(name); };
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

    Result<XlsxPackage> package = XlsxPackage::open(m_bytes, m_fileName, XlsxPackage::maxPartSize);
    if (!package)
        return fail(package.error());
    const auto data = package->part(partName);
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
                const QDate date = XlsxNumberFormat::date(value.toDouble(), m_date1904);
                if (date.isValid()) {
                    cell.kind = SheetCell::Kind::Date;
                    cell.date = date;
                } else {
                    cell = SheetCell::fromText(value);
                }
            } else if (const auto number = XlsxNumberFormat::decimal(value, style.percent)) {
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
