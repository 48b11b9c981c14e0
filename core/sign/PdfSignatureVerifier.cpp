#include "sign/PdfSignatureVerifier.h"

#include "sign/OpenSsl.h"
#include "sign/PdfRevisionCheck.h"
#include "sign/PdfStructure.h"

#include <QFileInfo>
#include <QSet>

#include <openssl/pem.h>

namespace Tepat {

namespace {

struct Found
{
    QString field;
    PdfObject dictionary;
};

// The signature fields with a value, depth first through /Kids.
void collect(const PdfStructure &structure,
             const PdfObject &entry,
             QList<Found> &found,
             QSet<int> &visited,
             const QString &parentName)
{
    if (entry.isReference()) {
        if (visited.contains(entry.toReference().number))
            return;
        visited.insert(entry.toReference().number);
    }
    const PdfObject field = structure.resolve(entry);
    QString name = QString::fromLatin1(field.value("T").bytes());
    if (!parentName.isEmpty() && !name.isEmpty())
        name = parentName + u'.' + name;
    else if (name.isEmpty())
        name = parentName;
    const PdfObject value = structure.resolve(field.value("V"));
    if (field.value("FT").isName("Sig") && value.isDictionary())
        found.append({name, value});
    const PdfObject kids = structure.resolve(field.value("Kids"));
    for (const PdfObject &kid : kids.items()) {
        if (kid.isReference() && visited.size() < 10'000)
            collect(structure, kid, found, visited, name);
    }
}

QDateTime pdfDate(const QByteArray &text)
{
    // D:YYYYMMDDHHmmSSOHH'mm'
    QByteArray date = text.startsWith("D:") ? text.mid(2) : text;
    const QDateTime local = QDateTime::fromString(QString::fromLatin1(date.left(14)),
                                                  QStringLiteral("yyyyMMddHHmmss"));
    if (!local.isValid())
        return {};
    const QByteArray zone = date.mid(14);
    if (zone.startsWith('Z') || zone.isEmpty())
        return QDateTime(local.date(), local.time(), Qt::UTC);
    const int sign = zone.startsWith('-') ? -1 : 1;
    const int hours = zone.mid(1, 2).toInt();
    const int minutes = zone.mid(4, 2).toInt();
    return QDateTime(
        local.date(), local.time(), Qt::OffsetFromUTC, sign * (hours * 3600 + minutes * 60));
}

Result<StoreHandle> trustStore(const QStringList &files)
{
    StoreHandle store(X509_STORE_new());
    for (const QString &file : files) {
        const QString path = QFileInfo(file).absoluteFilePath();
        if (!QFileInfo::exists(path))
            return fail(Error(Error::Code::NotFound,
                              PdfSignatureVerifier::tr("%1 does not exist.").arg(path),
                              path));
        if (X509_STORE_load_file(store.get(), QFile::encodeName(path).constData()) != 1) {
            ERR_clear_error();
            return fail(
                Error(Error::Code::Parse,
                      PdfSignatureVerifier::tr("%1 holds no CA certificate in PEM form.").arg(path),
                      path));
        }
    }
    return store;
}

} // namespace

Result<QList<PdfSignatureVerifier::Signature>> PdfSignatureVerifier::verify(
    const QByteArray &pdf, const QString &path, const QStringList &trustFiles)
{
    const Result<PdfStructure> structure = PdfStructure::read(pdf, path);
    if (!structure)
        return fail(structure.error());
    Result<StoreHandle> anchors = trustStore(trustFiles);
    if (!anchors)
        return fail(anchors.error());

    QList<Found> found;
    QSet<int> visited;
    const PdfObject form
        = structure->resolve(structure->object(structure->catalog()).value("AcroForm"));
    const PdfObject fields = structure->resolve(form.value("Fields"));
    for (const PdfObject &field : fields.items())
        collect(*structure, field, found, visited, QString());

    QList<Signature> signatures;
    for (const Found &each : std::as_const(found)) {
        Signature signature;
        signature.field = each.field;
        signature.subFilter = each.dictionary.value("SubFilter").bytes();
        signature.signedAt = pdfDate(each.dictionary.value("M").bytes());
        signature.signerName = QString::fromUtf8(each.dictionary.value("Name").bytes());
        const std::vector<PdfObject> &range = each.dictionary.value("ByteRange").items();
        const QByteArray cms = each.dictionary.value("Contents").bytes();
        qint64 a = 0, b = 0, c = 0, d = 0;
        if (range.size() == 4) {
            a = range[0].toInteger();
            b = range[1].toInteger();
            c = range[2].toInteger();
            d = range[3].toInteger();
        }
        // The range must be the file's start up to /Contents and from its end on, nothing else.
        const bool rangeSound = range.size() == 4 && a == 0 && b > 0 && c > b && d >= 0
            && c + d <= pdf.size() && pdf[b] == '<' && pdf[c - 1] == '>';
        if (!rangeSound) {
            signature.problem = tr("its byte range does not fit the file");
            signatures.append(signature);
            continue;
        }
        signature.signedBytes = c + d;
        signature.coversWholeDocument = c + d == pdf.size();

        const auto *der = reinterpret_cast<const unsigned char *>(cms.constData());
        CmsHandle content(d2i_CMS_ContentInfo(nullptr, &der, cms.size()));
        if (!content) {
            ERR_clear_error();
            signature.problem = tr("its /Contents holds no CMS signature");
            signatures.append(signature);
            continue;
        }
        X509StackHandle certificates(CMS_get1_certs(content.get()));
        X509 *signer = nullptr;
        if (STACK_OF(CMS_SignerInfo) *infos = CMS_get0_SignerInfos(content.get());
            sk_CMS_SignerInfo_num(infos) == 1) {
            CMS_SignerInfo *info = sk_CMS_SignerInfo_value(infos, 0);
            for (int i = 0; i < sk_X509_num(certificates.get()); ++i) {
                if (CMS_SignerInfo_cert_cmp(info, sk_X509_value(certificates.get(), i)) == 0)
                    signer = sk_X509_value(certificates.get(), i);
            }
        }
        if (signer) {
            signature.certificate = CertificateInfo::from(signer);
            signature.signerName = signature.certificate.commonName;
        }

        const QByteArray covered = pdf.left(b) + pdf.mid(c, d);
        BioHandle data(BIO_new_mem_buf(covered.constData(), int(covered.size())));
        signature.intact = CMS_verify(content.get(),
                                      nullptr,
                                      nullptr,
                                      data.get(),
                                      nullptr,
                                      CMS_DETACHED | CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY)
            == 1;
        if (!signature.intact) {
            const QString why = takeOpenSslError();
            signature.problem = signer
                ? tr("the document was changed after it was signed (%1)").arg(why)
                : tr("its signer's certificate is missing");
        }

        if (signature.coversWholeDocument) {
            signature.unchangedSince = true;
        } else {
            const Result<PdfStructure> then = PdfStructure::read(pdf.left(c + d), path);
            const std::optional<QString> change = then
                ? PdfRevisionCheck::otherChange(*then, *structure)
                : std::optional<QString>(then.error().message);
            signature.unchangedSince = !change;
            if (change)
                signature.laterChange = *change;
        }

        if (trustFiles.isEmpty() || !signer) {
            signature.trust = Trust::NotChecked;
        } else {
            StoreContextHandle context(X509_STORE_CTX_new());
            X509_STORE_CTX_init(context.get(), anchors->get(), signer, certificates.get());
            if (signature.signedAt.isValid()) {
                X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(context.get()),
                                           time_t(signature.signedAt.toSecsSinceEpoch()));
            }
            if (X509_verify_cert(context.get()) == 1) {
                signature.trust = Trust::Trusted;
            } else {
                signature.trust = Trust::Untrusted;
                signature.trustProblem = QString::fromLatin1(
                    X509_verify_cert_error_string(X509_STORE_CTX_get_error(context.get())));
            }
            ERR_clear_error();
        }
        signatures.append(signature);
    }
    // In the order they were made: each later signature covers more of the file.
    std::stable_sort(
        signatures.begin(), signatures.end(), [](const Signature &x, const Signature &y) {
            return x.signedBytes < y.signedBytes;
        });
    return signatures;
}

} // namespace Tepat
