#include "support/PdfTools.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace Tepat::PdfTools {

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(program.toStdString() << ": " << process.readAllStandardError().toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

QStringList pageTexts(const QString &pdf, const QString &mode)
{
    QStringList pages
        = run(QStringLiteral("pdftotext"), {mode, pdf, QStringLiteral("-")}).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast(); // the form feed after the last page
    return pages;
}

QString pdfsig(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdfsig"), {pdf});
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

QList<QSizeF> pageSizes(const QString &pdf)
{
    const QString count = infoField(pdf, QStringLiteral("Pages"));
    const QString out
        = run(QStringLiteral("pdfinfo"),
              {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), count, pdf});
    static const QRegularExpression line(
        QStringLiteral("^Page\\s+\\d+ size:\\s+([\\d.]+) x ([\\d.]+) pts"),
        QRegularExpression::MultilineOption);
    QList<QSizeF> sizes;
    for (auto it = line.globalMatch(out); it.hasNext();) {
        const auto match = it.next();
        sizes.append(QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble()));
    }
    REQUIRE(sizes.size() == count.toInt());
    return sizes;
}

QString infoField(const QString &pdf, const QString &field)
{
    const QString out = run(QStringLiteral("pdfinfo"), {pdf});
    for (const QString &line : out.split(u'\n')) {
        if (line.startsWith(field + u':'))
            return line.mid(field.size() + 1).trimmed();
    }
    return {};
}

QList<Font> fonts(const QString &pdf)
{
    // name, type, encoding, emb, sub, uni, object, generation: the type may hold a space
    // ("CID TrueType"), so the columns are read from the right.
    const QStringList lines = run(QStringLiteral("pdffonts"), {pdf}).split(u'\n');
    QList<Font> fonts;
    for (const QString &line : lines.mid(2)) {
        const QStringList parts = line.split(u' ', Qt::SkipEmptyParts);
        if (parts.size() < 8)
            continue;
        const qsizetype n = parts.size();
        fonts.append({parts.first(), parts.mid(1, n - 7).join(u' '), parts[n - 5] == u"yes"});
    }
    return fonts;
}

QStringList qrCodes(const QString &pdf, int page)
{
    const QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("page.png"));
    const QString number = QString::number(page);
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"),
         QStringLiteral("300"),
         QStringLiteral("-f"),
         number,
         QStringLiteral("-l"),
         number,
         QStringLiteral("-png"),
         QStringLiteral("-singlefile"),
         pdf,
         png.chopped(4)});
    return run(QStringLiteral("zbarimg"), {QStringLiteral("-q"), QStringLiteral("--raw"), png})
        .split(u'\n', Qt::SkipEmptyParts);
}

} // namespace Tepat::PdfTools
