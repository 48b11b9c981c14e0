#include "sign/SignatureAppearance.h"

#include "sign/PdfObject.h"
#include "values/IndonesianDate.h"

#include <array>

namespace Tepat {

namespace {

// Helvetica's advance widths for the printable ASCII characters 32–126, in thousandths of the
// font size (Adobe's Helvetica AFM, as WinAnsiEncoding maps the codes).
constexpr std::array<short, 95> helvetica {
    278,  278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // 32–47
    556,  556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 48–63
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // 64–79
    667,  778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // 80–95
    333,  556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // 96–111
    556,  556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,      // 112–126
};
// Helvetica-Bold is wider; fitting a bold line by Helvetica's widths and this margin keeps it
// inside the box without a second table.
constexpr qreal boldFactor = 1.1;
constexpr qreal padding = 3;

struct Line
{
    QByteArray text;
    bool bold;
    qreal size;
};

QByteArray number(qreal value)
{
    return QByteArray::number(value, 'f', 2);
}

// The longest prefix of words that fits the width, and the rest.
std::pair<QString, QString> breakLine(const QString &text, qreal size, qreal width)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    QString line;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString next = line.isEmpty() ? words[i] : line + u' ' + words[i];
        if (!line.isEmpty()
            && SignatureAppearance::helveticaWidth(SignatureAppearance::winAnsi(next)) * size
                > width) {
            return {line, words.mid(i).join(u' ')};
        }
        line = next;
    }
    return {line, QString()};
}

} // namespace

QByteArray SignatureAppearance::winAnsi(const QString &text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        // WinAnsi agrees with Latin-1 on these; 0x80–0x9f holds other characters.
        bytes += (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) ? char(code) : '?';
    }
    return bytes;
}

qreal SignatureAppearance::helveticaWidth(const QByteArray &winAnsi)
{
    qreal width = 0;
    for (const char c : winAnsi) {
        const auto code = static_cast<unsigned char>(c);
        width += code >= 32 && code <= 126 ? helvetica[code - 32] : 556;
    }
    return width / 1000;
}

QString SignatureAppearance::timeText(const QDateTime &when)
{
    const int offset = when.offsetFromUtc();
    QString zone;
    switch (offset) {
    case 7 * 3600:
        zone = QStringLiteral("WIB");
        break;
    case 8 * 3600:
        zone = QStringLiteral("WITA");
        break;
    case 9 * 3600:
        zone = QStringLiteral("WIT");
        break;
    default:
        zone = QStringLiteral("UTC") + QChar(offset < 0 ? u'-' : u'+')
            + QTime(0, 0).addSecs(std::abs(offset)).toString(QStringLiteral("H.mm"));
    }
    return QStringLiteral("%1 pukul %2 %3")
        .arg(IndonesianDate::format(when.date()), when.toString(QStringLiteral("HH.mm")), zone);
}

QByteArray
SignatureAppearance::content(const Official &official, const QDateTime &when, const QSizeF &size)
{
    const qreal width = size.width() - 2 * padding;
    QList<Line> lines;
    const auto add = [&](const QString &text, bool bold, qreal points) {
        const QByteArray bytes = winAnsi(text);
        const qreal natural = helveticaWidth(bytes) * points * (bold ? boldFactor : 1);
        lines.append({bytes, bold, natural > width ? points * width / natural : points});
    };
    add(QStringLiteral("Ditandatangani secara elektronik oleh"), false, 7.5);
    add(official.name, true, 9);
    if (!official.nip.isEmpty())
        add(QStringLiteral("NIP. %1").arg(official.nip), false, 7.5);
    // A long jabatan takes two lines rather than shrinking to nothing.
    const auto [first, rest] = breakLine(official.jabatan, 7.5, width);
    add(first, false, 7.5);
    if (!rest.isEmpty())
        add(rest, false, 7.5);
    add(timeText(when), false, 7.5);

    qreal height = 0;
    for (const Line &line : lines)
        height += line.size * 1.25;
    // The lines stand in the middle of the box; if they do not fit its height, all shrink.
    const qreal scale = std::min<qreal>(1, (size.height() - 2 * padding) / height);
    qreal y = (size.height() + height * scale) / 2;

    QByteArray stream = "q 0.16 0.32 0.62 RG 0.6 w ";
    stream += number(0.3) + ' ' + number(0.3) + ' ' + number(size.width() - 0.6) + ' '
        + number(size.height() - 0.6) + " re S Q\n";
    stream += "BT 0.05 0.13 0.35 rg\n";
    for (const Line &line : lines) {
        const qreal points = line.size * scale;
        y -= line.size * 1.25 * scale;
        const qreal textWidth = helveticaWidth(line.text) * points * (line.bold ? boldFactor : 1);
        const qreal x = (size.width() - textWidth) / 2;
        stream += (line.bold ? "/F2 " : "/F1 ") + number(points) + " Tf 1 0 0 1 " + number(x) + ' '
            + number(y + 0.25 * points) + " Tm " + PdfObject::string(line.text).serialize()
            + " Tj\n";
    }
    return stream + "ET";
}

} // namespace Tepat
