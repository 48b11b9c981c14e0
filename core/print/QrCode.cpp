#include "print/QrCode.h"

#include <qrencode.h>

#include <cerrno>
#include <memory>

namespace Tepat {

Result<QrCode> QrCode::encode(const QByteArray &text)
{
    // Mode 8 with case sensitivity lets libqrencode pick the densest mode per segment, so an
    // upper-case payload is stored alphanumerically and the symbol stays small.
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> symbol(
        QRcode_encodeString(text.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!symbol) {
        const QString why = errno == ERANGE ? tr("the text is too long for a QR code")
                                            : tr("libqrencode failed (errno %1)").arg(errno);
        return fail(Error(Error::Code::Invalid, tr("The QR code could not be made: %1.").arg(why)));
    }
    QrCode code;
    code.m_size = symbol->width;
    code.m_modules.resize(qsizetype(symbol->width) * symbol->width);
    for (qsizetype i = 0; i < code.m_modules.size(); ++i)
        code.m_modules[i] = char(symbol->data[i] & 1);
    return code;
}

} // namespace Tepat
