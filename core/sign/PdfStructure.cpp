#include "sign/PdfStructure.h"

#include "sign/PdfParser.h"

#include <QSet>

#include <functional>

namespace Tepat {

namespace {

// Deep enough for any real page tree, shallow enough that a looping one stops at once.
constexpr int maxPageTreeDepth = 32;

} // namespace

Error PdfStructure::damaged(const QString &what) const
{
    return Error(
        Error::Code::Corrupt, tr("%1 is not a PDF Tepat can read: %2").arg(m_path, what), m_path);
}

Result<PdfStructure> PdfStructure::read(const QByteArray &bytes, const QString &path)
{
    PdfStructure structure;
    structure.m_bytes = std::make_shared<const QByteArray>(bytes);
    structure.m_path = path;
    if (!bytes.startsWith("%PDF-"))
        return fail(Error(Error::Code::Corrupt, tr("%1 is not a PDF file.").arg(path), path));
    const qsizetype tail = std::max<qsizetype>(0, bytes.size() - 1024);
    const qsizetype startxref = bytes.lastIndexOf("startxref");
    if (startxref < tail)
        return fail(structure.damaged(tr("its end (startxref) is missing; it may be cut short.")));
    PdfParser parser(*structure.m_bytes, startxref + 9);
    bool ok = false;
    structure.m_lastXref = parser.readToken().toLongLong(&ok);
    if (!ok || structure.m_lastXref <= 0 || structure.m_lastXref >= bytes.size())
        return fail(structure.damaged(tr("its cross-reference offset is not valid.")));

    QSet<qsizetype> visited;
    qsizetype section = structure.m_lastXref;
    bool newest = true;
    while (section > 0) {
        if (visited.contains(section) || section >= bytes.size())
            return fail(structure.damaged(tr("its cross-reference sections are damaged.")));
        visited.insert(section);
        const Result<qsizetype> previous = structure.readSection(section, newest);
        if (!previous)
            return fail(previous.error());
        newest = false;
        section = *previous;
    }
    if (Result<void> pages = structure.readPages(); !pages)
        return fail(pages.error());
    return structure;
}

Result<qsizetype> PdfStructure::readSection(qsizetype offset, bool newest)
{
    PdfParser parser(*m_bytes, offset);
    const QByteArray keyword = parser.readToken();
    if (keyword != "xref") {
        return fail(damaged(tr("it keeps its cross-reference in a compressed stream (PDF 1.5), "
                               "which Tepat does not read. Sign and check the PDF as Tepat "
                               "exported it.")));
    }
    for (;;) {
        const QByteArray first = parser.readToken();
        if (first == "trailer")
            break;
        bool firstOk = false;
        bool countOk = false;
        const int start = first.toInt(&firstOk);
        const int count = parser.readToken().toInt(&countOk);
        if (!firstOk || !countOk || start < 0 || count < 0)
            return fail(damaged(tr("a cross-reference table at byte %1 is damaged.").arg(offset)));
        for (int i = 0; i < count; ++i) {
            bool at = false;
            const qsizetype position = parser.readToken().toLongLong(&at);
            parser.readToken(); // the generation: Tepat looks objects up by number
            const QByteArray type = parser.readToken();
            if (!at || (type != "n" && type != "f")) {
                return fail(
                    damaged(tr("a cross-reference table at byte %1 is damaged.").arg(offset)));
            }
            // The newest section is read first; an older entry of the same number is history.
            if (!m_offsets.contains(start + i))
                m_offsets.insert(start + i, type == "n" ? position : -1);
        }
    }
    const std::optional<PdfObject> trailer = parser.readObject();
    if (!trailer || !trailer->isDictionary())
        return fail(damaged(tr("the trailer at byte %1 is damaged.").arg(offset)));
    m_size = std::max(m_size, int(trailer->value("Size").toInteger()));
    if (newest)
        m_trailer = *trailer;
    return qsizetype(trailer->value("Prev").toInteger());
}

PdfObject PdfStructure::object(PdfReference reference) const
{
    const qsizetype offset = m_offsets.value(reference.number, -1);
    if (offset < 0 || offset >= m_bytes->size())
        return {};
    PdfParser parser(*m_bytes, offset);
    std::optional<PdfParser::Indirect> indirect = parser.readIndirect();
    if (!indirect || indirect->reference.number != reference.number)
        return {};
    return std::move(indirect->object);
}

PdfObject PdfStructure::resolve(const PdfObject &object) const
{
    return object.isReference() ? this->object(object.toReference()) : object;
}

Result<std::pair<PdfObject, QByteArray>> PdfStructure::stream(PdfReference reference) const
{
    const qsizetype offset = m_offsets.value(reference.number, -1);
    PdfParser parser(*m_bytes, std::max<qsizetype>(offset, 0));
    std::optional<PdfParser::Indirect> indirect = offset < 0 ? std::nullopt : parser.readIndirect();
    if (!indirect || indirect->streamStart < 0)
        return fail(damaged(tr("object %1 is not a stream.").arg(reference.number)));
    const qint64 length = resolve(indirect->object.value("Length")).toInteger();
    if (length < 0 || indirect->streamStart + length > m_bytes->size())
        return fail(damaged(tr("stream %1 runs past the end of the file.").arg(reference.number)));
    return std::pair {indirect->object, m_bytes->mid(indirect->streamStart, length)};
}

PdfReference PdfStructure::catalog() const
{
    return m_trailer.value("Root").toReference();
}

Result<void> PdfStructure::readPages()
{
    const PdfObject root = object(catalog());
    if (!root.isDictionary())
        return fail(damaged(tr("its catalog (/Root) is missing.")));
    QSet<int> visited;
    std::function<Result<void>(PdfReference, int)> walk
        = [&](PdfReference node, int depth) -> Result<void> {
        if (depth > maxPageTreeDepth || visited.contains(node.number))
            return fail(damaged(tr("its page tree loops.")));
        visited.insert(node.number);
        const PdfObject dictionary = object(node);
        if (dictionary.value("Type").isName("Page")) {
            m_pages.append(node);
            return {};
        }
        const PdfObject kids = resolve(dictionary.value("Kids"));
        if (!kids.isArray())
            return fail(damaged(tr("page tree node %1 has no /Kids.").arg(node.number)));
        for (const PdfObject &kid : kids.items()) {
            if (!kid.isReference())
                return fail(damaged(tr("page tree node %1 is damaged.").arg(node.number)));
            if (Result<void> done = walk(kid.toReference(), depth + 1); !done)
                return done;
        }
        return {};
    };
    const PdfObject pages = root.value("Pages");
    if (!pages.isReference())
        return fail(damaged(tr("its catalog has no /Pages.")));
    return walk(pages.toReference(), 0);
}

} // namespace Tepat
