#pragma once

#include "sign/CertificateInfo.h"
#include "sign/CmsSigner.h"

#include <memory>

namespace Tepat {

// Signs with a certificate and private key from a PKCS#12 file (.p12, .pfx), the form in which a
// signing certificate is handed to its holder. The signature is PAdES baseline B-B: a detached
// CAdES SignedData with SHA-256, the content-type, message-digest and signing-certificate-v2
// attributes and no signing-time attribute (PAdES puts the time in the signature dictionary's
// /M instead), carrying the signer's certificate and the chain the file holds. The key lives in
// memory only, for as long as this object; the password is used once and is not kept. A local
// certificate makes a TTE tidak tersertifikasi (PP 71/2019 Ps. 60) unless a PSrE issued it.
class Pkcs12Signer : public CmsSigner
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::Pkcs12Signer)

public:
    // Fails with a message naming the file when it cannot be read, is not PKCS#12, the password
    // does not open it, or it holds no key with its certificate.
    static Result<std::unique_ptr<Pkcs12Signer>> open(const QString &path, QByteArray password);
    ~Pkcs12Signer() override;

    const CertificateInfo &certificate() const { return m_certificate; }

    qsizetype maximumSize() const override;
    QString signerName() const override { return m_certificate.commonName; }
    Result<QByteArray> sign(const QByteArray &sha256Digest) override;

private:
    struct Keys;
    explicit Pkcs12Signer(std::unique_ptr<Keys> keys);

    std::unique_ptr<Keys> m_keys;
    CertificateInfo m_certificate;
    QString m_path;
};

} // namespace Tepat
