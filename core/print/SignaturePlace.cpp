#include "print/SignaturePlace.h"

#include "print/PkContent.h"
#include "print/PkPdfMetadata.h"
#include "values/LayoutUnits.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Tepat {

namespace {

const QString rdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");

// QPdfWriter turns the page upside down by the page height it was given, in whole points, so a
// layout y maps to that height less y, whatever the MediaBox says after PdfPageBox.
QRectF pdfRect(const QRectF &layout, const PaperFormat &paper)
{
    const qreal height = paper.pageSize().sizePoints().height();
    const qreal scale = 1 / LayoutUnits::perPoint;
    return QRectF(layout.left() * scale,
                  height - layout.bottom() * scale,
                  layout.width() * scale,
                  layout.height() * scale);
}

QString number(qreal value)
{
    return QString::number(value, 'f', 2);
}

std::optional<SignaturePlace::Party> partyFromKey(QStringView key)
{
    for (SignaturePlace::Party party :
         {SignaturePlace::Party::PihakPertama, SignaturePlace::Party::PihakKedua}) {
        if (key == SignaturePlace::partyKey(party))
            return party;
    }
    return std::nullopt;
}

std::optional<SignaturePlace> parsePlace(QXmlStreamReader &xml)
{
    SignaturePlace place;
    QString party;
    QString rect;
    bool pkOk = false;
    bool pageOk = false;
    while (xml.readNextStartElement()) {
        const QString text = xml.readElementText(QXmlStreamReader::SkipChildElements);
        if (xml.namespaceUri() != PkPdfMetadata::xmlNamespace())
            continue;
        if (xml.name() == u"pk")
            place.pkId = text.toLongLong(&pkOk);
        else if (xml.name() == u"party")
            party = text;
        else if (xml.name() == u"kepalaDaerah")
            place.kepalaDaerah = text == u"true";
        else if (xml.name() == u"page")
            place.page = text.toInt(&pageOk);
        else if (xml.name() == u"rect")
            rect = text;
        else if (xml.name() == u"name")
            place.official.name = text;
        else if (xml.name() == u"nip")
            place.official.nip = text;
        else if (xml.name() == u"jabatan")
            place.official.jabatan = text;
    }
    const QStringList numbers = rect.split(u' ', Qt::SkipEmptyParts);
    const auto found = partyFromKey(party);
    if (!pkOk || !pageOk || place.page < 1 || !found || numbers.size() != 4)
        return std::nullopt;
    place.party = *found;
    QList<qreal> values;
    for (const QString &text : numbers) {
        bool ok = false;
        values.append(text.toDouble(&ok));
        if (!ok)
            return std::nullopt;
    }
    place.rect = QRectF(values[0], values[1], values[2], values[3]);
    return place;
}

} // namespace

QLatin1String SignaturePlace::partyKey(Party party)
{
    return party == Party::PihakPertama ? QLatin1String("pihak-pertama")
                                        : QLatin1String("pihak-kedua");
}

bool SignaturePlace::answersTo(QStringView role) const
{
    return role == partyKey(party) || (kepalaDaerah && role == u"kepala-daerah");
}

QList<SignaturePlace>
SignaturePlace::collect(const LaidOutDocument &document, int firstPage, const PkContent &content)
{
    QList<SignaturePlace> places;
    for (qsizetype i = 0; i < document.pages.size(); ++i) {
        for (const PageItem &item : document.pages[i].items) {
            if (item.kind != PageItem::Kind::Anchor)
                continue;
            const auto party = partyFromKey(item.anchor);
            if (!party)
                continue;
            SignaturePlace place;
            place.pkId = content.pkId;
            place.party = *party;
            place.kepalaDaerah = *party == Party::PihakPertama
                ? content.level == PkDocument::Level::KepalaDaerah
                : content.level == PkDocument::Level::KepalaOpd;
            place.page = firstPage + int(i);
            place.rect = pdfRect(item.rect, document.paper);
            place.official
                = *party == Party::PihakPertama ? content.pihakPertama : content.pihakKedua;
            places.append(place);
        }
    }
    return places;
}

void SignaturePlace::writeXmp(QXmlStreamWriter &xml, const QList<SignaturePlace> &places)
{
    if (places.isEmpty())
        return;
    const QString tepat = PkPdfMetadata::xmlNamespace();
    xml.writeStartElement(tepat, QStringLiteral("signaturePlaces"));
    xml.writeStartElement(rdf, QStringLiteral("Seq"));
    for (const SignaturePlace &place : places) {
        xml.writeStartElement(rdf, QStringLiteral("li"));
        xml.writeAttribute(rdf, QStringLiteral("parseType"), QStringLiteral("Resource"));
        xml.writeTextElement(tepat, QStringLiteral("pk"), QString::number(place.pkId));
        xml.writeTextElement(tepat, QStringLiteral("party"), partyKey(place.party));
        if (place.kepalaDaerah)
            xml.writeTextElement(tepat, QStringLiteral("kepalaDaerah"), QStringLiteral("true"));
        xml.writeTextElement(tepat, QStringLiteral("page"), QString::number(place.page));
        xml.writeTextElement(tepat,
                             QStringLiteral("rect"),
                             QStringList {number(place.rect.x()),
                                          number(place.rect.y()),
                                          number(place.rect.width()),
                                          number(place.rect.height())}
                                 .join(u' '));
        xml.writeTextElement(tepat, QStringLiteral("name"), place.official.name);
        xml.writeTextElement(tepat, QStringLiteral("nip"), place.official.nip);
        xml.writeTextElement(tepat, QStringLiteral("jabatan"), place.official.jabatan);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
}

QList<SignaturePlace> SignaturePlace::read(const QByteArray &pdf)
{
    const QByteArray packet = PkPdfMetadata::lastPacket(pdf);
    QXmlStreamReader xml(packet);
    QList<SignaturePlace> places;
    bool inside = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        const bool placesElement = xml.namespaceUri() == PkPdfMetadata::xmlNamespace()
            && xml.name() == u"signaturePlaces";
        if (token == QXmlStreamReader::EndElement && placesElement)
            inside = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (placesElement) {
            inside = true;
        } else if (inside && xml.namespaceUri() == rdf && xml.name() == u"li") {
            if (const auto place = parsePlace(xml))
                places.append(*place);
        }
    }
    return xml.hasError() ? QList<SignaturePlace>() : places;
}

} // namespace Tepat
