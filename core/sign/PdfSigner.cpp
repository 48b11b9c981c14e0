#include "sign/PdfSigner.h"

#include "base/InputFile.h"
#include "print/PkPdfMetadata.h"
#include "sign/CmsSigner.h"
#include "sign/PdfIncrementalUpdate.h"
#include "sign/SignatureAppearance.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QMap>
#include <QSaveFile>

namespace Tepat {

namespace {

const QByteArray byteRangePlaceholder = "[0 0000000000 0000000000 0000000000]";

QByteArray pdfDate(const QDateTime &when)
{
    const int offset = when.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return "D:" + when.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1()
        + (offset < 0 ? '-' : '+') + QByteArray::number(minutes / 60).rightJustified(2, '0') + '\''
        + QByteArray::number(minutes % 60).rightJustified(2, '0') + '\'';
}

// A text string of a PDF dictionary: PDFDocEncoding for Latin-1 text, else UTF-16BE with its
// byte order mark (ISO 32000-1 §7.9.2.2).
PdfObject textString(const QString &text)
{
    const bool latin1 = std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f;
    });
    if (latin1)
        return PdfObject::string(text.toLatin1());
    QByteArray utf16 = "\xfe\xff";
    for (const QChar c : text) {
        utf16 += char(c.unicode() >> 8);
        utf16 += char(c.unicode() & 0xff);
    }
    return PdfObject::string(utf16, true);
}

PdfObject rectangle(const QRectF &rect)
{
    return PdfObject::array({PdfObject::real(rect.left()),
                             PdfObject::real(rect.top()),
                             PdfObject::real(rect.right()),
                             PdfObject::real(rect.bottom())});
}

PdfObject font(const char *baseFont)
{
    PdfObject dictionary = PdfObject::dictionary();
    dictionary.set("Type", PdfObject::name("Font"));
    dictionary.set("Subtype", PdfObject::name("Type1"));
    dictionary.set("BaseFont", PdfObject::name(baseFont));
    dictionary.set("Encoding", PdfObject::name("WinAnsiEncoding"));
    return dictionary;
}

// The fields of the AcroForm, resolved: each with its name and whether it holds a value.
QMap<QString, bool> fieldsOf(const PdfStructure &structure)
{
    QMap<QString, bool> fields;
    const PdfObject catalog = structure.object(structure.catalog());
    const PdfObject form = structure.resolve(catalog.value("AcroForm"));
    const PdfObject list = structure.resolve(form.value("Fields"));
    for (const PdfObject &entry : list.items()) {
        const PdfObject field = structure.resolve(entry);
        if (field.value("FT").isName("Sig"))
            fields.insert(QString::fromLatin1(field.value("T").bytes()),
                          !field.value("V").isNull());
    }
    return fields;
}

} // namespace

QStringList PdfSigner::roles(const QByteArray &pdf)
{
    QStringList roles;
    for (const SignaturePlace &place : SignaturePlace::read(pdf)) {
        const QString key = SignaturePlace::partyKey(place.party);
        if (!roles.contains(key))
            roles.append(key);
    }
    return roles;
}

QStringList PdfSigner::signedParties(const QByteArray &pdf, const QString &path)
{
    const Result<PdfStructure> structure = PdfStructure::read(pdf, path);
    QStringList parties;
    if (!structure)
        return parties;
    const QMap<QString, bool> fields = fieldsOf(*structure);
    for (auto field = fields.cbegin(); field != fields.cend(); ++field) {
        if (field.value())
            parties.append(field.key());
    }
    return parties;
}

Result<QByteArray> PdfSigner::sign(const QByteArray &pdf,
                                   const QString &path,
                                   const QString &role,
                                   CmsSigner &signer,
                                   const QDateTime &when)
{
    const Result<PdfStructure> read = PdfStructure::read(pdf, path);
    if (!read)
        return fail(read.error());
    const PdfStructure &structure = *read;
    const QList<SignaturePlace> all = SignaturePlace::read(pdf);
    if (all.isEmpty()) {
        return fail(Error(Error::Code::Invalid,
                          tr("%1 has no places for signatures. Only a PDF of one PK that this "
                             "version of Tepat exported can be signed: export the PK again.")
                              .arg(path),
                          path));
    }
    // The signature shows in the party's block on the statement page, its first place. One
    // widget per signature field is what every validator reads alike: poppler 22.12 takes the
    // /Parent of a second widget for a field of its own, unsigned.
    const auto found = std::find_if(
        all.begin(), all.end(), [&](const SignaturePlace &place) { return place.answersTo(role); });
    if (found == all.end()) {
        return fail(Error(Error::Code::Invalid,
                          tr("The PK in %1 has no signature block for %2; it is signed as %3.")
                              .arg(path, role, roles(pdf).join(QStringLiteral(", "))),
                          path));
    }
    const SignaturePlace &place = *found;
    const QString fieldName = SignaturePlace::partyKey(place.party);
    if (fieldsOf(structure).value(fieldName)) {
        return fail(Error(
            Error::Code::Invalid, tr("%1 is signed as %2 already.").arg(path, fieldName), path));
    }
    if (place.page > structure.pages().size()) {
        return fail(Error(Error::Code::Corrupt,
                          tr("%1 names page %2 for a signature, but has %3 pages.")
                              .arg(path)
                              .arg(place.page)
                              .arg(structure.pages().size()),
                          path));
    }

    PdfIncrementalUpdate update(structure);
    const PdfReference regular = update.add(font("Helvetica").serialize());
    const PdfReference bold = update.add(font("Helvetica-Bold").serialize());
    PdfObject fonts = PdfObject::dictionary();
    fonts.set("F1", PdfObject::reference(regular));
    fonts.set("F2", PdfObject::reference(bold));
    PdfObject resources = PdfObject::dictionary();
    resources.set("Font", fonts);
    PdfObject appearance = PdfObject::dictionary();
    appearance.set("Type", PdfObject::name("XObject"));
    appearance.set("Subtype", PdfObject::name("Form"));
    appearance.set("BBox", rectangle(QRectF(QPointF(), place.rect.size())));
    appearance.set("Resources", resources);
    const PdfReference appearanceRef = update.add(PdfIncrementalUpdate::streamBody(
        appearance, SignatureAppearance::content(place.official, when, place.rect.size())));

    // The signature dictionary, with room for the CMS written in hexadecimal.
    const qsizetype room = signer.maximumSize();
    QByteArray signature = "<</Type /Sig/Filter /Adobe.PPKLite/SubFilter "
        + PdfObject::name(signer.subFilter()).serialize() + "/ByteRange " + byteRangePlaceholder
        + "/Contents <" + QByteArray(room * 2, '0') + ">/M "
        + PdfObject::string(pdfDate(when)).serialize() + "/Name "
        + textString(signer.signerName()).serialize() + ">>";
    const PdfReference signatureRef = update.add(signature);

    // The field and its widget are one dictionary, as most signers write it.
    PdfObject normal = PdfObject::dictionary();
    normal.set("N", PdfObject::reference(appearanceRef));
    PdfObject field = PdfObject::dictionary();
    field.set("Type", PdfObject::name("Annot"));
    field.set("Subtype", PdfObject::name("Widget"));
    field.set("Rect", rectangle(place.rect));
    field.set("F", PdfObject::integer(4)); // printed
    const PdfReference pageRef = structure.pages()[place.page - 1];
    field.set("P", PdfObject::reference(pageRef));
    field.set("AP", normal);
    field.set("FT", PdfObject::name("Sig"));
    field.set("T", PdfObject::string(fieldName.toLatin1()));
    field.set("V", PdfObject::reference(signatureRef));
    const PdfReference fieldRef = update.add(field.serialize());

    // The page lists the widget in /Annots.
    PdfObject page = structure.object(pageRef);
    const PdfObject &annots = page.value("Annots");
    PdfObject list = structure.resolve(annots);
    if (!list.isArray())
        list = PdfObject::array();
    list.append(PdfObject::reference(fieldRef));
    if (annots.isReference()) {
        update.set(annots.toReference(), list.serialize());
    } else {
        page.set("Annots", list);
        update.set(pageRef, page.serialize());
    }

    // The catalog's form lists the field; SigFlags 3: the file has signatures, append only.
    PdfObject catalog = structure.object(structure.catalog());
    const PdfObject &formEntry = catalog.value("AcroForm");
    PdfObject form = structure.resolve(formEntry);
    if (!form.isDictionary())
        form = PdfObject::dictionary();
    const PdfObject &fieldsEntry = form.value("Fields");
    PdfObject fields = structure.resolve(fieldsEntry);
    if (!fields.isArray())
        fields = PdfObject::array();
    fields.append(PdfObject::reference(fieldRef));
    if (fieldsEntry.isReference())
        update.set(fieldsEntry.toReference(), fields.serialize());
    else
        form.set("Fields", fields);
    form.set("SigFlags", PdfObject::integer(3));
    if (formEntry.isReference()) {
        update.set(formEntry.toReference(), form.serialize());
    } else {
        catalog.set("AcroForm", form);
        update.set(structure.catalog(), catalog.serialize());
    }

    QByteArray out = pdf + update.write();
    const qsizetype at = update.offsetOf(signatureRef);
    const qsizetype rangeAt = out.indexOf(byteRangePlaceholder, at);
    const qsizetype contentsAt = out.indexOf("/Contents <", at) + 10;
    const qsizetype contentsEnd = contentsAt + room * 2 + 2;
    QByteArray range = "[0 " + QByteArray::number(contentsAt) + ' '
        + QByteArray::number(contentsEnd) + ' ' + QByteArray::number(out.size() - contentsEnd)
        + ']';
    range = range.leftJustified(byteRangePlaceholder.size(), ' ');
    out.replace(rangeAt, range.size(), range);

    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView(out.constData(), contentsAt));
    hash.addData(QByteArrayView(out.constData() + contentsEnd, out.size() - contentsEnd));
    const Result<QByteArray> cms = signer.sign(hash.result());
    if (!cms)
        return fail(cms.error());
    if (cms->size() > room) {
        return fail(Error(Error::Code::Invalid,
                          tr("The signature is larger (%1 bytes) than the room kept for it (%2 "
                             "bytes).")
                              .arg(cms->size())
                              .arg(room),
                          path));
    }
    const QByteArray hex = cms->toHex().toUpper();
    out.replace(contentsAt + 1, hex.size(), hex);
    return out;
}

Result<void> PdfSigner::signFile(const QString &in,
                                 const QString &out,
                                 const QString &role,
                                 CmsSigner &signer,
                                 const QDateTime &when)
{
    const QString source = QFileInfo(in).absoluteFilePath();
    const QString target = QFileInfo(out).absoluteFilePath();
    const Result<QByteArray> pdf = InputFile::read(source, PkPdfMetadata::maxFileSize);
    if (!pdf)
        return fail(pdf.error());
    const Result<QByteArray> signedPdf = sign(*pdf, source, role, signer, when);
    if (!signedPdf)
        return fail(signedPdf.error());
    QSaveFile save(target);
    if (!save.open(QIODevice::WriteOnly) || save.write(*signedPdf) != signedPdf->size()
        || !save.commit()) {
        return fail(Error(Error::Code::Io,
                          tr("%1 could not be written: %2").arg(target, save.errorString()),
                          target));
    }
    return {};
}

} // namespace Tepat
