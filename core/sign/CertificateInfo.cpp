#include "sign/CertificateInfo.h"

#include "values/IndonesianDate.h"

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/x509.h>

namespace Tepat {

namespace {

QString nameText(const X509_NAME *name)
{
    BIO *bio = BIO_new(BIO_s_mem());
    X509_NAME_print_ex(
        bio, name, 0, (XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) | XN_FLAG_SEP_CPLUS_SPC);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    const QString text = QString::fromUtf8(data, size);
    BIO_free(bio);
    return text;
}

QString commonNameOf(const X509_NAME *name)
{
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index < 0)
        return nameText(name);
    const ASN1_STRING *value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char *utf8 = nullptr;
    const int size = ASN1_STRING_to_UTF8(&utf8, value);
    const QString text
        = size < 0 ? QString() : QString::fromUtf8(reinterpret_cast<char *>(utf8), size);
    OPENSSL_free(utf8);
    return text;
}

QDateTime timeOf(const ASN1_TIME *time)
{
    tm parts {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec),
                     Qt::UTC);
}

} // namespace

QString CertificateInfo::validityText() const
{
    return tr("%1 to %2")
        .arg(IndonesianDate::format(notBefore.date()), IndonesianDate::format(notAfter.date()));
}

CertificateInfo CertificateInfo::from(const x509_st *certificate)
{
    CertificateInfo info;
    info.subject = nameText(X509_get_subject_name(certificate));
    info.issuer = nameText(X509_get_issuer_name(certificate));
    info.commonName = commonNameOf(X509_get_subject_name(certificate));
    info.notBefore = timeOf(X509_get0_notBefore(certificate));
    info.notAfter = timeOf(X509_get0_notAfter(certificate));
    if (BIGNUM *serial = ASN1_INTEGER_to_BN(X509_get0_serialNumber(certificate), nullptr)) {
        char *hex = BN_bn2hex(serial);
        info.serial = QString::fromLatin1(hex);
        OPENSSL_free(hex);
        BN_free(serial);
    }
    return info;
}

} // namespace Tepat
