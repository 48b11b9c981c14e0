#include "print/PrintedPkCheck.h"

#include "print/PdfText.h"
#include "print/PkPdfWriter.h"
#include "print/SignaturePlace.h"

#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>

#include <algorithm>

namespace Tepat {

namespace {

struct Line
{
    int page; // from 1
    QString text;
};

// The areas of the pages (by index in the file) where a signature's appearance goes: a signed
// PDF shows there what its signatures report, and what the layout printed there is nothing.
using PageAreas = QHash<int, QList<QRectF>>;

void addSigningSpaces(PageAreas &areas,
                      const QList<PdfText::Page> &pages,
                      const LaidOutDocument &document,
                      int firstPage,
                      const PkContent &content)
{
    for (const SignaturePlace &place : SignaturePlace::collect(document, firstPage + 1, content)) {
        const int page = place.page - 1;
        if (page >= pages.size())
            continue;
        // From PDF user space (origin bottom left) to pdftotext's (origin top left).
        const qreal height = pages[page].size.height();
        areas[page].append(QRectF(QPointF(place.rect.left(), height - place.rect.bottom()),
                                  QPointF(place.rect.right(), height - place.rect.top())));
    }
}

// The lines of pages [first, first + count) of a PDF, each with its page.
QList<Line>
linesOf(const QList<PdfText::Page> &pages, int first, int count, const PageAreas &leftOut)
{
    QList<Line> lines;
    for (int page = first; page < std::min<qsizetype>(first + count, pages.size()); ++page) {
        for (const QString &text : pages[page].lines(leftOut.value(page)))
            lines.append({page + 1, text});
    }
    return lines;
}

// Where the lines of two versions of a text part ways, as in diff(1): the runs of lines that the
// longest common subsequence leaves out on either side. Lines outside a block where both
// versions differ are compared once; the middle is compared as a table only when it is small
// enough, and as one block otherwise.
struct Hunk
{
    qsizetype printedBegin, printedEnd;
    qsizetype expectedBegin, expectedEnd;
};

QList<Hunk> hunks(const QList<Line> &printed, const QList<Line> &expected)
{
    constexpr qsizetype maxTable = 4'000'000;
    qsizetype prefix = 0;
    while (prefix < printed.size() && prefix < expected.size()
           && printed[prefix].text == expected[prefix].text) {
        ++prefix;
    }
    qsizetype suffix = 0;
    while (suffix < printed.size() - prefix && suffix < expected.size() - prefix
           && printed[printed.size() - 1 - suffix].text
               == expected[expected.size() - 1 - suffix].text) {
        ++suffix;
    }
    const qsizetype n = printed.size() - prefix - suffix;
    const qsizetype m = expected.size() - prefix - suffix;
    if (n == 0 && m == 0)
        return {};
    if ((n + 1) * (m + 1) > maxTable || n == 0 || m == 0)
        return {{prefix, prefix + n, prefix, prefix + m}};
    // lcs[i][j]: the common lines of printed[prefix + i..] and expected[prefix + j..].
    QList<int> lcs((n + 1) * (m + 1), 0);
    const auto at = [m](qsizetype i, qsizetype j) { return i * (m + 1) + j; };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            lcs[at(i, j)] = printed[prefix + i].text == expected[prefix + j].text
                ? lcs[at(i + 1, j + 1)] + 1
                : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
        }
    }
    QList<Hunk> result;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && printed[prefix + i].text == expected[prefix + j].text) {
            ++i;
            ++j;
            continue;
        }
        Hunk hunk {prefix + i, prefix + i, prefix + j, prefix + j};
        while ((i < n || j < m)
               && !(i < n && j < m && printed[prefix + i].text == expected[prefix + j].text)) {
            if (j >= m || (i < n && lcs[at(i + 1, j)] >= lcs[at(i, j + 1)]))
                ++i;
            else
                ++j;
        }
        hunk.printedEnd = prefix + i;
        hunk.expectedEnd = prefix + j;
        result.append(hunk);
    }
    return result;
}

// The row of the lampiran whose text the lines hold, as the user would look for it.
QString placeOf(const QString &text, const PkContent &content)
{
    const QString lines = text.simplified();
    const auto holds = [&lines](const QString &field) {
        const QString wanted = PkContent::printable(field).simplified();
        return !wanted.isEmpty() && lines.contains(wanted);
    };
    for (const PkContent::SasaranRow &sasaran : content.sasaran) {
        for (const PkContent::IndicatorRow &row : sasaran.indicators) {
            if (holds(row.indicator))
                return PrintedPkCheck::tr("indicator \"%1\"").arg(row.indicator);
        }
    }
    for (const PkContent::ProgramRow &program : content.programs) {
        if (holds(program.name))
            return PrintedPkCheck::tr("program %1").arg(program.code);
    }
    for (qsizetype i = 0; i < content.sasaran.size(); ++i) {
        if (holds(content.sasaran[i].sasaran))
            return PrintedPkCheck::tr("sasaran %1").arg(i + 1);
    }
    if (holds(content.pihakPertama.name))
        return PrintedPkCheck::tr("pihak pertama");
    if (holds(content.pihakKedua.name))
        return PrintedPkCheck::tr("pihak kedua");
    return {};
}

QList<PrintedPkCheck::Difference>
differences(const QList<Line> &printed, const QList<Line> &expected, const PkContent &content)
{
    QList<PrintedPkCheck::Difference> result;
    for (const Hunk &hunk : hunks(printed, expected)) {
        PrintedPkCheck::Difference difference;
        QString text;
        for (qsizetype i = hunk.printedBegin; i < hunk.printedEnd; ++i) {
            difference.printed.append(printed[i].text);
            text += printed[i].text + u' ';
        }
        for (qsizetype j = hunk.expectedBegin; j < hunk.expectedEnd; ++j) {
            difference.expected.append(expected[j].text);
            text += expected[j].text + u' ';
        }
        // The page of the PDF where the difference shows: its first printed line, or the line
        // before a gap.
        if (hunk.printedBegin < printed.size())
            difference.page = printed[hunk.printedBegin].page;
        else if (!printed.isEmpty())
            difference.page = printed.last().page;
        else if (hunk.expectedBegin < expected.size())
            difference.page = expected[hunk.expectedBegin].page;
        difference.place = placeOf(text, content);
        result.append(difference);
    }
    return result;
}

// The paper whose page size the PDF's first page has, whichever way round.
std::optional<PaperFormat> paperOf(const QList<PdfText::Page> &pages)
{
    if (pages.isEmpty())
        return std::nullopt;
    const QSizeF size = pages.first().size;
    for (const PaperFormat::Size candidate : {PaperFormat::Size::A4, PaperFormat::Size::F4}) {
        const QSizeF paper = PaperFormat(candidate).pageSize().sizePoints();
        const auto near = [](QSizeF a, QSizeF b) {
            return std::abs(a.width() - b.width()) < 2 && std::abs(a.height() - b.height()) < 2;
        };
        if (near(size, paper) || near(size, paper.transposed()))
            return PaperFormat(candidate);
    }
    return std::nullopt;
}

struct Printing
{
    QList<PrintedPkCheck::Document> documents;
    qsizetype count = 0; // of differences
};

} // namespace

Result<QList<PrintedPkCheck::Document>> PrintedPkCheck::compare(
    const QString &pdfPath, const QList<PkFingerprint> &fingerprints, const Cascade &cascade)
{
    const Result<QList<PdfText::Page>> pages = PdfText::read(pdfPath);
    if (!pages)
        return fail(pages.error());

    // The documents in the order export-pdf writes them: each PK, then its pakta when the PDF
    // has pakta at all.
    QList<qint64> pkIds;
    bool pakta = false;
    for (const PkFingerprint &fingerprint : fingerprints) {
        if (!cascade.pk(fingerprint.pkId())) {
            return fail(Error(Error::Code::Invalid,
                              tr("The pages of %1 cannot be compared: PK %2 is no longer in the "
                                 "workspace.")
                                  .arg(QFileInfo(pdfPath).absoluteFilePath())
                                  .arg(fingerprint.pkId()),
                              QFileInfo(pdfPath).absoluteFilePath()));
        }
        if (!pkIds.contains(fingerprint.pkId()))
            pkIds.append(fingerprint.pkId());
        pakta = pakta || fingerprint.document() == PkFingerprint::Document::PaktaIntegritas;
    }
    PkPdfWriter::Options options;
    options.paper = paperOf(*pages).value_or(PaperFormat(cascade.printSettings().paper));
    options.paktaIntegritas = pakta;

    // The typeface is not recorded in the PDF in a way worth trusting; a PDF in the one Tepat
    // did not try first matches the other.
    std::optional<Printing> best;
    const QTemporaryDir dir;
    for (const DocumentFonts::Typeface typeface :
         {DocumentFonts::Typeface::Sans, DocumentFonts::Typeface::Serif}) {
        options.typeface = typeface;
        const QString again = dir.filePath(QStringLiteral("again.pdf"));
        if (Result<int> written = PkPdfWriter::write(again, cascade, pkIds, options); !written)
            return fail(written.error());
        const Result<QList<PdfText::Page>> expectedPages = PdfText::read(again);
        if (!expectedPages)
            return fail(expectedPages.error());

        Printing printing;
        int firstPage = 0;
        for (const qint64 pkId : std::as_const(pkIds)) {
            const PkContent content = PkContent::from(cascade, *cascade.pk(pkId));
            const Result<QList<LaidOutDocument>> laidOut = PkPdfWriter::documents(content, options);
            if (!laidOut)
                return fail(laidOut.error());
            for (qsizetype d = 0; d < laidOut->size(); ++d) {
                const int count = int(laidOut->at(d).pages.size());
                // The last document also answers for pages the PDF has beyond the PKs.
                const bool last = pkId == pkIds.last() && d == laidOut->size() - 1;
                const int printedCount = last ? int(pages->size()) - firstPage : count;
                PageAreas signingSpaces;
                addSigningSpaces(signingSpaces, *pages, laidOut->at(d), firstPage, content);
                const Document document {
                    PkFingerprint::of(content,
                                      d == 0 ? PkFingerprint::Document::PerjanjianKinerja
                                             : PkFingerprint::Document::PaktaIntegritas),
                    differences(linesOf(*pages, firstPage, printedCount, signingSpaces),
                                linesOf(*expectedPages, firstPage, count, signingSpaces),
                                content)};
                printing.count += document.differences.size();
                printing.documents.append(document);
                firstPage += count;
            }
        }
        if (!best || printing.count < best->count)
            best = std::move(printing);
        if (best->count == 0)
            break;
    }

    QList<Document> result;
    for (const PkFingerprint &fingerprint : fingerprints) {
        const auto found = std::find_if(
            best->documents.cbegin(), best->documents.cend(), [&](const Document &document) {
                return document.fingerprint.pkId() == fingerprint.pkId()
                    && document.fingerprint.document() == fingerprint.document();
            });
        Q_ASSERT(found != best->documents.cend());
        result.append({fingerprint, found->differences});
    }
    return result;
}

} // namespace Tepat
