#pragma once

#include <QSizeF>
#include <QStringList>

namespace Tepat::PdfTools {

// Reading PDFs back with poppler-utils, as a reader's PDF viewer would see them.

// pdftotext in a mode ("-layout", "-raw"), one string per page.
QStringList pageTexts(const QString &pdf, const QString &mode = QStringLiteral("-layout"));
// pdfinfo: the size of every page in points.
QList<QSizeF> pageSizes(const QString &pdf);
QString infoField(const QString &pdf, const QString &field);
struct Font
{
    QString name;
    QString type;
    bool embedded;
};
// pdffonts: every font the PDF uses.
QList<Font> fonts(const QString &pdf);
// pdfsig's report of the signatures, whatever its exit code.
QString pdfsig(const QString &pdf);
// The QR codes on a page (1-based), rendered at 300 dpi by pdftoppm and read by zbarimg.
QStringList qrCodes(const QString &pdf, int page);

} // namespace Tepat::PdfTools
