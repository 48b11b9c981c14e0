#pragma once

#include <QCoreApplication>
#include <QDateTime>

struct x509_st;

namespace Tepat {

// What a person needs to know of an X.509 certificate to judge a signature: who it names, who
// issued it and when it is valid. Read from OpenSSL's X509; OpenSSL stays out of this header.
struct CertificateInfo
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::CertificateInfo)

public:
    QString commonName; // CN of the subject, or the whole subject when it has none
    QString subject;    // "CN=…, O=…", RFC 2253 order
    QString issuer;
    QDateTime notBefore; // UTC
    QDateTime notAfter;  // UTC
    QString serial;      // hexadecimal

    bool isValidAt(const QDateTime &when) const { return when >= notBefore && when <= notAfter; }
    // "19 Februari 2026 – 19 Februari 2028"
    QString validityText() const;

    static CertificateInfo from(const x509_st *certificate);
};

} // namespace Tepat
