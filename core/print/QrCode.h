#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Tepat {

// A QR code symbol made by libqrencode: a square of dark and light modules, without the quiet
// zone (the caller leaves 4 modules of white around it). Error correction is level M: a symbol
// survives about 15 % damage, which covers a folded or stamped page, at a size that still fits
// the footer.
class QrCode
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::QrCode)

public:
    QrCode() = default;
    static Result<QrCode> encode(const QByteArray &text);

    int size() const { return m_size; } // modules per side; 0 for the null symbol
    bool isDark(int x, int y) const { return m_modules.at(y * m_size + x) != 0; }

    friend bool operator==(const QrCode &, const QrCode &) = default;

private:
    int m_size = 0;
    QByteArray m_modules; // row by row, 1 for dark
};

} // namespace Tepat
