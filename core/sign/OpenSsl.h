#pragma once

#include <QString>

#include <memory>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

namespace Tepat {

// Owning handles of OpenSSL objects for the .cpp files of core/sign, so that every early return
// frees what it made. Only those files include OpenSSL.
template<typename T, void (*Free)(T *)>
struct OpenSslDeleter
{
    void operator()(T *object) const { Free(object); }
};

inline void freeX509Stack(STACK_OF(X509) * stack)
{
    sk_X509_pop_free(stack, X509_free);
}

using X509Handle = std::unique_ptr<X509, OpenSslDeleter<X509, X509_free>>;
using KeyHandle = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY, EVP_PKEY_free>>;
using X509StackHandle
    = std::unique_ptr<STACK_OF(X509), OpenSslDeleter<STACK_OF(X509), freeX509Stack>>;
using CmsHandle
    = std::unique_ptr<CMS_ContentInfo, OpenSslDeleter<CMS_ContentInfo, CMS_ContentInfo_free>>;
using BioHandle = std::unique_ptr<BIO, OpenSslDeleter<BIO, BIO_free_all>>;
using StoreHandle = std::unique_ptr<X509_STORE, OpenSslDeleter<X509_STORE, X509_STORE_free>>;
using StoreContextHandle
    = std::unique_ptr<X509_STORE_CTX, OpenSslDeleter<X509_STORE_CTX, X509_STORE_CTX_free>>;
using DigestContextHandle
    = std::unique_ptr<EVP_MD_CTX, OpenSslDeleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using Pkcs12Handle = std::unique_ptr<PKCS12, OpenSslDeleter<PKCS12, PKCS12_free>>;

// The oldest error OpenSSL queued, as text for a message's end, and an empty queue afterwards.
inline QString takeOpenSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return {};
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

} // namespace Tepat
