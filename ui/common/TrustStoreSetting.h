#pragma once

#include <QString>

namespace Tepat {

// The user's trust store for digital signatures: a PEM file of the CA certificates whose
// signatures Tepat calls trusted (for government documents, the PSrE's root, e.g. BSrE's). Kept in
// QSettings; empty means trust is not judged. `tepat-cli verify-pdf --trust` is its command-line
// form.
class TrustStoreSetting
{
public:
    static QString path();
    static void setPath(const QString &path);
};

} // namespace Tepat
