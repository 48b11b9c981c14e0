#include "io/OpenedSigners.h"

namespace Tepat {

Result<std::shared_ptr<OpenedSigners>>
OpenedSigners::open(QList<SignatoryCertificates::Choice> choices)
{
    auto opened = std::make_shared<OpenedSigners>();
    Result<void> failure;
    for (SignatoryCertificates::Choice &choice : choices) {
        if (failure) {
            Result<std::unique_ptr<Pkcs12Signer>> signer
                = Pkcs12Signer::open(choice.p12, choice.password);
            if (signer) {
                opened->m_byOfficial.insert(choice.officialKey, signer->get());
                opened->m_signers.push_back(std::move(*signer));
            } else {
                failure = fail(signer.error());
            }
        }
        choice.password.fill('\0');
    }
    if (!failure)
        return fail(failure.error());
    return opened;
}

} // namespace Tepat
