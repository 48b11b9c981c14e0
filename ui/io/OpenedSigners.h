#pragma once

#include "io/SignatoryCertificates.h"
#include "sign/Pkcs12Signer.h"

#include <QHash>

#include <memory>
#include <vector>

namespace Tepat {

// The signatories' PKCS#12 files opened with their passwords: the keys in memory for as long as
// this lives, and a signer per official for PkPdfSigning. The passwords are wiped from the
// choices as each file is opened.
class OpenedSigners
{
public:
    // Fails on the first file that cannot be opened (a wrong password), naming it.
    static Result<std::shared_ptr<OpenedSigners>>
    open(QList<SignatoryCertificates::Choice> choices);

    const QHash<QString, CmsSigner *> &byOfficial() const { return m_byOfficial; }

private:
    std::vector<std::unique_ptr<Pkcs12Signer>> m_signers;
    QHash<QString, CmsSigner *> m_byOfficial;
};

} // namespace Tepat
