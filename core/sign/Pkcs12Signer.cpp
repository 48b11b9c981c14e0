#include "sign/Pkcs12Signer.h"

#include "sign/OpenSsl.h"

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <algorithm>
#include <openssl/provider.h>

namespace Tepat {

struct Pkcs12Signer::Keys
{
    KeyHandle key;
    X509Handle certificate;
    X509StackHandle chain;
};

namespace {

// Room for the CMS around the certificates: the signed attributes, the algorithm identifiers,
// the signer's identifier and the signature of a key up to 8192 bits.
constexpr qsizetype cmsOverhead = 2560;

int derSize(X509 *certificate)
{
    return i2d_X509(certificate, nullptr);
}

QByteArray derLength(qsizetype length)
{
    if (length < 0x80)
        return QByteArray(1, char(length));
    QByteArray bytes;
    for (qsizetype rest = length; rest > 0; rest >>= 8)
        bytes.prepend(char(rest & 0xff));
    return char(0x80 | bytes.size()) + bytes;
}

// The DER of the signed attributes as they are signed: a SET OF, whose elements DER orders by
// their encodings (X.690 §11.6), exactly as OpenSSL orders them when it writes the SignerInfo.
// The signer's own list is put in that order too, since OpenSSL checks a signature over the
// attributes in the order of the list.
QByteArray signedAttributes(CMS_SignerInfo *signer)
{
    QList<std::pair<QByteArray, X509_ATTRIBUTE *>> encoded;
    while (CMS_signed_get_attr_count(signer) > 0) {
        X509_ATTRIBUTE *attribute = CMS_signed_delete_attr(signer, 0);
        unsigned char *der = nullptr;
        const int size = i2d_X509_ATTRIBUTE(attribute, &der);
        encoded.append(
            {QByteArray(reinterpret_cast<const char *>(der), std::max(size, 0)), attribute});
        OPENSSL_free(der);
    }
    std::sort(encoded.begin(), encoded.end(), [](const auto &a, const auto &b) {
        return std::lexicographical_compare(
            a.first.begin(), a.first.end(), b.first.begin(), b.first.end(), [](char x, char y) {
                return static_cast<unsigned char>(x) < static_cast<unsigned char>(y);
            });
    });
    QByteArray content;
    bool complete = true;
    for (const auto &[der, attribute] : std::as_const(encoded)) {
        complete = complete && !der.isEmpty() && CMS_signed_add1_attr(signer, attribute) > 0;
        content += der;
        X509_ATTRIBUTE_free(attribute);
    }
    if (!complete)
        return {};
    return '\x31' + derLength(content.size()) + content;
}

} // namespace

Pkcs12Signer::Pkcs12Signer(std::unique_ptr<Keys> keys)
    : m_keys(std::move(keys))
{}

Pkcs12Signer::~Pkcs12Signer() = default;

Result<std::unique_ptr<Pkcs12Signer>> Pkcs12Signer::open(const QString &path, QByteArray password)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const auto forget = qScopeGuard([&] { password.fill('\0'); });
    QFile file(absolute);
    if (!file.exists())
        return fail(Error(Error::Code::NotFound, tr("%1 does not exist.").arg(absolute), absolute));
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error(Error::Code::Io,
                          tr("%1 could not be read: %2").arg(absolute, file.errorString()),
                          absolute));
    }
    const QByteArray bytes = file.readAll();
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    Pkcs12Handle p12(d2i_PKCS12(nullptr, &data, bytes.size()));
    if (!p12) {
        ERR_clear_error();
        return fail(Error(Error::Code::Parse,
                          tr("%1 is not a PKCS#12 certificate file (.p12 or .pfx).").arg(absolute),
                          absolute));
    }
    if (!PKCS12_verify_mac(p12.get(), password.constData(), int(password.size()))) {
        ERR_clear_error();
        return fail(
            Error(Error::Code::Invalid,
                  tr("The password does not open %1. Check it and try again.").arg(absolute),
                  absolute));
    }
    auto keys = std::make_unique<Keys>();
    const auto parse = [&] {
        EVP_PKEY *key = nullptr;
        X509 *certificate = nullptr;
        STACK_OF(X509) *chain = nullptr;
        const bool parsed
            = PKCS12_parse(p12.get(), password.constData(), &key, &certificate, &chain) == 1;
        keys->key.reset(key);
        keys->certificate.reset(certificate);
        keys->chain.reset(chain);
        return parsed;
    };
    if (!parse()) {
        // Files exported by older Windows and Java tools encrypt with RC2 or RC4, which
        // OpenSSL 3 keeps in its legacy provider.
        ERR_clear_error();
        OSSL_PROVIDER_try_load(nullptr, "legacy", 1);
        if (!parse()) {
            const QString why = takeOpenSslError();
            return fail(Error(
                Error::Code::Parse, tr("%1 could not be opened: %2").arg(absolute, why), absolute));
        }
    }
    if (!keys->key || !keys->certificate) {
        return fail(Error(
            Error::Code::Invalid,
            tr("%1 holds no private key with its certificate, so it cannot sign.").arg(absolute),
            absolute));
    }
    auto signer = std::unique_ptr<Pkcs12Signer>(new Pkcs12Signer(std::move(keys)));
    signer->m_certificate = CertificateInfo::from(signer->m_keys->certificate.get());
    signer->m_path = absolute;
    return signer;
}

qsizetype Pkcs12Signer::maximumSize() const
{
    qsizetype size = cmsOverhead + derSize(m_keys->certificate.get());
    for (int i = 0; i < sk_X509_num(m_keys->chain.get()); ++i)
        size += derSize(sk_X509_value(m_keys->chain.get(), i));
    return size;
}

Result<QByteArray> Pkcs12Signer::sign(const QByteArray &sha256Digest)
{
    const auto failed = [this](const QString &why) {
        return fail(
            Error(Error::Code::Invalid, tr("Signing with %1 failed: %2").arg(m_path, why), m_path));
    };
    CmsHandle cms(
        CMS_sign(nullptr, nullptr, nullptr, nullptr, CMS_DETACHED | CMS_PARTIAL | CMS_BINARY));
    if (!cms)
        return failed(takeOpenSslError());
    // CMS_CADES adds signing-certificate-v2; without CMS_REUSE_DIGEST nothing is signed yet.
    CMS_SignerInfo *signer = CMS_add1_signer(cms.get(),
                                             m_keys->certificate.get(),
                                             m_keys->key.get(),
                                             EVP_sha256(),
                                             CMS_PARTIAL | CMS_NOSMIMECAP | CMS_CADES | CMS_BINARY);
    if (!signer)
        return failed(takeOpenSslError());
    for (int i = 0; i < sk_X509_num(m_keys->chain.get()); ++i)
        CMS_add1_cert(cms.get(), sk_X509_value(m_keys->chain.get(), i));
    const bool attributes
        = CMS_signed_add1_attr_by_NID(
              signer, NID_pkcs9_contentType, V_ASN1_OBJECT, OBJ_nid2obj(NID_pkcs7_data), -1)
            > 0
        && CMS_signed_add1_attr_by_NID(signer,
                                       NID_pkcs9_messageDigest,
                                       V_ASN1_OCTET_STRING,
                                       sha256Digest.constData(),
                                       int(sha256Digest.size()))
            > 0;
    if (!attributes)
        return failed(takeOpenSslError());

    // Signed here rather than by CMS_SignerInfo_sign(), which would add a signing-time
    // attribute that PAdES baseline signatures must not carry.
    const QByteArray toSign = signedAttributes(signer);
    DigestContextHandle context(EVP_MD_CTX_new());
    size_t size = 0;
    if (toSign.isEmpty() || !context
        || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, m_keys->key.get()) != 1
        || EVP_DigestSign(context.get(),
                          nullptr,
                          &size,
                          reinterpret_cast<const unsigned char *>(toSign.constData()),
                          size_t(toSign.size()))
            != 1) {
        return failed(takeOpenSslError());
    }
    QByteArray signature(qsizetype(size), '\0');
    if (EVP_DigestSign(context.get(),
                       reinterpret_cast<unsigned char *>(signature.data()),
                       &size,
                       reinterpret_cast<const unsigned char *>(toSign.constData()),
                       size_t(toSign.size()))
        != 1) {
        return failed(takeOpenSslError());
    }
    signature.truncate(qsizetype(size));
    ASN1_STRING_set(CMS_SignerInfo_get0_signature(signer), signature.constData(), int(size));
    // OpenSSL checks the signature over the attributes as it will encode them: a mismatch of
    // order would show here, not in a viewer.
    if (CMS_SignerInfo_verify(signer) != 1)
        return failed(tr("the signature does not verify: %1").arg(takeOpenSslError()));

    unsigned char *der = nullptr;
    const int length = i2d_CMS_ContentInfo(cms.get(), &der);
    if (length <= 0)
        return failed(takeOpenSslError());
    QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return out;
}

} // namespace Tepat
