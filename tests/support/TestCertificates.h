#pragma once

#include <QString>

namespace Tepat::TestCertificates {

// A throw-away certificate authority and two signatories, made with the openssl command once per
// test run in a temporary folder: pihak pertama with an RSA key, pihak kedua (the Bupati) with
// an EC key, so both kinds of key are signed with. Each .p12 holds the key, the certificate and
// the CA's certificate, under the password below.
struct Set
{
    QString caPem;
    QString otherCaPem; // a CA that issued neither signatory
    QString pertamaP12;
    QString keduaP12;
    QString passwordFile;
    QString wrongPasswordFile;
};

inline const char *const password = "rahasia-ttd";

const Set &get();

} // namespace Tepat::TestCertificates
