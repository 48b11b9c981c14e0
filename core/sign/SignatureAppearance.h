#pragma once

#include "model/Official.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSizeF>

namespace Tepat {

// What a visible signature shows in the signing space of a signature block: "Ditandatangani
// secara elektronik oleh", the official's name, NIP and jabatan as the PK prints them, and when,
// in a thin frame. It is a PDF content stream drawn with the standard Helvetica (no font is
// embedded, so a signature adds a few kilobytes, not a font), each line made smaller until it
// fits the width; characters Helvetica's WinAnsi encoding lacks are shown as "?".
class SignatureAppearance
{
public:
    // The content stream for a box of the given size in points; it uses the fonts /F1
    // (Helvetica) and /F2 (Helvetica-Bold).
    static QByteArray content(const Official &official, const QDateTime &when, const QSizeF &size);
    // "2 Januari 2026 pukul 09.30 WIB": Indonesia's three zones by name, others as UTC+n.
    static QString timeText(const QDateTime &when);
    // The width of text in Helvetica at 1 pt.
    static qreal helveticaWidth(const QByteArray &winAnsi);
    static QByteArray winAnsi(const QString &text);
};

} // namespace Tepat
