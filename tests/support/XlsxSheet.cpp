#include "support/XlsxSheet.h"

#include <QProcess>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

namespace Tepat {

namespace {

QByteArray member(const QString &xlsxPath, const QString &name)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsxPath, name});
    REQUIRE(unzip.waitForFinished(30000));
    INFO(name.toStdString());
    REQUIRE(unzip.exitCode() == 0);
    return unzip.readAllStandardOutput();
}

QStringList sharedStrings(const QByteArray &xml)
{
    QStringList strings;
    QString text;
    bool inString = false;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.name() == QLatin1String("si")) {
            inString = reader.isStartElement();
            if (inString)
                text.clear();
            else
                strings.append(text);
        } else if (inString && reader.isStartElement() && reader.name() == QLatin1String("t")) {
            text += reader.readElementText();
        }
    }
    return strings;
}

// The format code of each cell style (cellXfs), by its index.
QStringList styleFormats(const QByteArray &xml)
{
    QHash<int, QString> codes;
    QStringList formats;
    bool inCellXfs = false;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("numFmt")) {
            codes.insert(reader.attributes().value(QLatin1String("numFmtId")).toInt(),
                         reader.attributes().value(QLatin1String("formatCode")).toString());
        } else if (reader.name() == QLatin1String("cellXfs")) {
            inCellXfs = reader.isStartElement();
        } else if (inCellXfs && reader.isStartElement() && reader.name() == QLatin1String("xf")) {
            const int id = reader.attributes().value(QLatin1String("numFmtId")).toInt();
            formats.append(id == 3 ? QStringLiteral("#,##0") : codes.value(id));
        }
    }
    return formats;
}

} // namespace

XlsxSheet XlsxSheet::read(const QString &xlsxPath, int sheetNumber)
{
    XlsxSheet sheet;
    sheet.sheetXml = QString::fromUtf8(
        member(xlsxPath, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheetNumber)));
    const QStringList strings
        = sharedStrings(member(xlsxPath, QStringLiteral("xl/sharedStrings.xml")));
    const QStringList formats = styleFormats(member(xlsxPath, QStringLiteral("xl/styles.xml")));
    QXmlStreamReader reader(sheet.sheetXml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement() || reader.name() != QLatin1String("c"))
            continue;
        const QString reference = reader.attributes().value(QLatin1String("r")).toString();
        const QString type = reader.attributes().value(QLatin1String("t")).toString();
        const int style = reader.attributes().value(QLatin1String("s")).toInt();
        Cell cell;
        cell.isNumber = type.isEmpty() || type == QLatin1String("n");
        cell.numberFormat = formats.value(style);
        while (!(reader.isEndElement() && reader.name() == QLatin1String("c")) && !reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement() && reader.name() == QLatin1String("v"))
                cell.value = reader.readElementText();
        }
        if (type == QLatin1String("s"))
            cell.value = strings.value(cell.value.toInt());
        sheet.cells.insert(reference, cell);
    }
    return sheet;
}

} // namespace Tepat
