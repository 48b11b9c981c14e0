#include "print/PkPdfMetadata.h"

#include "base/InputFile.h"

#include <QFileInfo>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Tepat {

namespace {

const QString rdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
const QString &tepat = PkPdfMetadata::xmlNamespace();

std::optional<PkFingerprint> parseDocument(QXmlStreamReader &xml)
{
    QString key;
    QString pk;
    QString sha256;
    while (xml.readNextStartElement()) {
        const QString text = xml.readElementText(QXmlStreamReader::SkipChildElements);
        if (xml.namespaceUri() != tepat)
            continue;
        if (xml.name() == u"document")
            key = text;
        else if (xml.name() == u"pk")
            pk = text;
        else if (xml.name() == u"sha256")
            sha256 = text;
    }
    bool numeric = false;
    const qint64 pkId = pk.toLongLong(&numeric);
    const QByteArray digest = QByteArray::fromHex(sha256.toLatin1());
    const auto document = PkFingerprint::documentFromKey(key);
    if (!document || !numeric || digest.size() != 32 || sha256.size() != 64)
        return std::nullopt;
    return PkFingerprint(*document, pkId, digest);
}

std::optional<QList<PkFingerprint>> parsePacket(const QByteArray &packet)
{
    QXmlStreamReader xml(packet);
    QList<PkFingerprint> fingerprints;
    bool found = false;
    bool inside = false; // the list ends with its element: other lists may follow it
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        const bool documents = xml.namespaceUri() == tepat && xml.name() == u"documents";
        if (token == QXmlStreamReader::EndElement && documents)
            inside = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (documents)
            found = inside = true;
        if (inside && xml.namespaceUri() == rdf && xml.name() == u"li") {
            const auto fingerprint = parseDocument(xml);
            if (!fingerprint)
                return std::nullopt;
            fingerprints.append(*fingerprint);
        }
    }
    if (xml.hasError() || !found || fingerprints.isEmpty())
        return std::nullopt;
    return fingerprints;
}

} // namespace

const QString &PkPdfMetadata::xmlNamespace()
{
    // A namespace is a name, never fetched; .invalid cannot belong to anyone.
    static const QString name = QStringLiteral("http://tepat.invalid/ns/pdf/1.0/");
    return name;
}

QByteArray PkPdfMetadata::xmp(const QString &title,
                              const QList<PkFingerprint> &fingerprints,
                              const QList<SignaturePlace> &places)
{
    QByteArray packet;
    QXmlStreamWriter xml(&packet);
    xml.setAutoFormatting(true);
    xml.writeProcessingInstruction(
        QStringLiteral("xpacket"),
        QStringLiteral("begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\""));
    xml.writeNamespace(QStringLiteral("adobe:ns:meta/"), QStringLiteral("x"));
    xml.writeNamespace(rdf, QStringLiteral("rdf"));
    xml.writeNamespace(QStringLiteral("http://purl.org/dc/elements/1.1/"), QStringLiteral("dc"));
    xml.writeNamespace(QStringLiteral("http://ns.adobe.com/xap/1.0/"), QStringLiteral("xmp"));
    xml.writeNamespace(tepat, QStringLiteral("tepat"));
    xml.writeStartElement(QStringLiteral("adobe:ns:meta/"), QStringLiteral("xmpmeta"));
    xml.writeStartElement(rdf, QStringLiteral("RDF"));
    xml.writeStartElement(rdf, QStringLiteral("Description"));
    xml.writeAttribute(rdf, QStringLiteral("about"), QString());

    xml.writeStartElement(QStringLiteral("http://purl.org/dc/elements/1.1/"),
                          QStringLiteral("title"));
    xml.writeStartElement(rdf, QStringLiteral("Alt"));
    xml.writeStartElement(rdf, QStringLiteral("li"));
    xml.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("x-default"));
    xml.writeCharacters(title);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("http://ns.adobe.com/xap/1.0/"),
                         QStringLiteral("CreatorTool"),
                         QStringLiteral("Tepat %1").arg(QStringLiteral(TEPAT_VERSION)));

    xml.writeStartElement(tepat, QStringLiteral("documents"));
    xml.writeStartElement(rdf, QStringLiteral("Seq"));
    for (const PkFingerprint &fingerprint : fingerprints) {
        xml.writeStartElement(rdf, QStringLiteral("li"));
        xml.writeAttribute(rdf, QStringLiteral("parseType"), QStringLiteral("Resource"));
        xml.writeTextElement(
            tepat, QStringLiteral("document"), PkFingerprint::documentKey(fingerprint.document()));
        xml.writeTextElement(tepat, QStringLiteral("pk"), QString::number(fingerprint.pkId()));
        xml.writeTextElement(tepat, QStringLiteral("sha256"), fingerprint.hex());
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    SignaturePlace::writeXmp(xml, places);
    xml.writeEndDocument();
    packet += "\n<?xpacket end=\"r\"?>";
    return packet;
}

std::optional<QList<PkFingerprint>> PkPdfMetadata::parse(const QByteArray &pdf)
{
    const QByteArray packet = lastPacket(pdf);
    if (packet.isEmpty())
        return std::nullopt;
    return parsePacket(packet);
}

QByteArray PkPdfMetadata::lastPacket(const QByteArray &pdf)
{
    const QByteArray open = "<x:xmpmeta";
    const QByteArray close = "</x:xmpmeta>";
    qsizetype end = pdf.size();
    while (end > 0) {
        const qsizetype closeAt = pdf.lastIndexOf(close, end - 1);
        const qsizetype begin = closeAt < 0 ? -1 : pdf.lastIndexOf(open, closeAt);
        if (begin < 0)
            break;
        const QByteArray packet = pdf.mid(begin, closeAt + close.size() - begin);
        if (parsePacket(packet))
            return packet;
        end = begin;
    }
    return {};
}

Result<QList<PkFingerprint>> PkPdfMetadata::read(const QString &pdfPath)
{
    const QString path = QFileInfo(pdfPath).absoluteFilePath();
    const Result<QByteArray> bytes = InputFile::read(path, maxFileSize);
    if (!bytes)
        return fail(bytes.error());
    const QByteArray &pdf = *bytes;
    if (!pdf.startsWith("%PDF-"))
        return fail(Error(Error::Code::Corrupt, tr("%1 is not a PDF file.").arg(path), path));
    const auto fingerprints = parse(pdf);
    if (!fingerprints) {
        return fail(
            Error(Error::Code::Invalid,
                  tr("%1 carries no Tepat fingerprint: Tepat did not write it, or a program "
                     "rewrote it and dropped its metadata.")
                      .arg(path),
                  path));
    }
    return *fingerprints;
}

} // namespace Tepat
