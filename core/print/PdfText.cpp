#include "print/PdfText.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QProcess>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

namespace Tepat {

namespace {

// Words whose tops lie closer than this share a line; the words of one line of a PK's text sit
// at the same height to a hundredth of a point.
constexpr double sameLine = 0.5;

// The first line pdftotext wrote to stderr, as a clause of a sentence: its messages are English
// and short, but the PDF's bytes may reach them, so control characters go.
QString toolMessage(const QByteArray &stderrBytes)
{
    for (const QByteArray &line : stderrBytes.split('\n')) {
        QString text = QString::fromUtf8(line.trimmed()).left(200);
        for (QChar &c : text) {
            if (!c.isPrint())
                c = u'?';
        }
        if (!text.isEmpty())
            return text;
    }
    return {};
}

} // namespace

Result<QList<PdfText::Page>> PdfText::read(const QString &pdfPath)
{
    const QString path = QFileInfo(pdfPath).absoluteFilePath();
    QProcess process;
    process.setProgram(QStringLiteral("pdftotext"));
    // -raw keeps the words in the order the page draws them, cell by cell, so that the line of
    // an indicator carries its target. The path is absolute, so it cannot pass for an option.
    process.setArguments({QStringLiteral("-raw"),
                          QStringLiteral("-bbox"),
                          QStringLiteral("-enc"),
                          QStringLiteral("UTF-8"),
                          path,
                          QStringLiteral("-")});
    process.start(QIODevice::ReadOnly);
    if (!process.waitForStarted()) {
        return fail(Error(Error::Code::Io,
                          tr("%1 cannot be read: Tepat reads the pages of a PDF with pdftotext "
                             "(Debian package poppler-utils), which is not installed.")
                              .arg(path),
                          path));
    }
    QByteArray output;
    const QDeadlineTimer deadline(timeoutMs);
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        output += process.readAllStandardOutput();
        if (output.size() > maxOutputSize || deadline.hasExpired()) {
            process.kill();
            process.waitForFinished();
            return fail(Error(Error::Code::Invalid,
                              tr("%1 cannot be compared: its pages hold more text than a PK, or "
                                 "reading them takes too long.")
                                  .arg(path),
                              path));
        }
    }
    output += process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return fail(Error(Error::Code::Corrupt,
                          tr("%1 is not a PDF whose pages can be read (pdftotext: %2).")
                              .arg(path, toolMessage(process.readAllStandardError())),
                          path));
    }
    return parse(output, path);
}

QStringList PdfText::Page::lines(const QList<QRectF> &leftOut) const
{
    QStringList result;
    double lineTop = 0;
    bool lineOpen = false;
    for (const Word &word : words) {
        const QPointF centre = word.box.center();
        if (std::any_of(leftOut.cbegin(), leftOut.cend(), [&centre](const QRectF &area) {
                return area.contains(centre);
            })) {
            continue;
        }
        if (lineOpen && std::abs(word.box.top() - lineTop) < sameLine) {
            result.last() += u' ' + word.text;
        } else {
            result.append(word.text);
            lineTop = word.box.top();
            lineOpen = true;
        }
    }
    return result;
}

Result<QList<PdfText::Page>> PdfText::parse(const QByteArray &xhtml, const QString &fileName)
{
    QList<Page> pages;
    QXmlStreamReader xml(xhtml);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        const auto number
            = [&attributes](QLatin1String name) { return attributes.value(name).toDouble(); };
        if (xml.name() == u"page") {
            pages.append(
                Page {QSizeF(number(QLatin1String("width")), number(QLatin1String("height"))), {}});
        } else if (xml.name() == u"word" && !pages.isEmpty()) {
            const QRectF box(QPointF(number(QLatin1String("xMin")), number(QLatin1String("yMin"))),
                             QPointF(number(QLatin1String("xMax")), number(QLatin1String("yMax"))));
            pages.last().words.append(
                {box, xml.readElementText(QXmlStreamReader::SkipChildElements)});
        }
    }
    if (xml.hasError()) {
        return fail(Error(Error::Code::Corrupt,
                          tr("%1: the text pdftotext read from it is not well-formed (line %2).")
                              .arg(fileName)
                              .arg(xml.lineNumber()),
                          fileName));
    }
    return pages;
}

} // namespace Tepat
