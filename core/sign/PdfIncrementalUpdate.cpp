#include "sign/PdfIncrementalUpdate.h"

#include <QCryptographicHash>

namespace Tepat {

PdfIncrementalUpdate::PdfIncrementalUpdate(const PdfStructure &base)
    : m_base(base)
    , m_next(base.size())
{}

PdfReference PdfIncrementalUpdate::reserve()
{
    return {m_next++, 0};
}

void PdfIncrementalUpdate::set(PdfReference reference, const QByteArray &body)
{
    m_bodies.insert(reference.number, body);
}

PdfReference PdfIncrementalUpdate::add(const QByteArray &body)
{
    const PdfReference reference = reserve();
    set(reference, body);
    return reference;
}

QByteArray PdfIncrementalUpdate::streamBody(PdfObject dictionary, const QByteArray &data)
{
    dictionary.set("Length", PdfObject::integer(data.size()));
    return dictionary.serialize() + "\nstream\n" + data + "\nendstream";
}

QByteArray PdfIncrementalUpdate::write()
{
    const QByteArray &base = m_base.bytes();
    QByteArray out;
    // The update starts on a line of its own, whatever the file ended with.
    if (!base.endsWith('\n') && !base.endsWith('\r'))
        out += '\n';
    m_bodyOffsets.clear();
    for (auto body = m_bodies.cbegin(); body != m_bodies.cend(); ++body) {
        const QByteArray header = QByteArray::number(body.key()) + " 0 obj\n";
        m_bodyOffsets.insert(body.key(), base.size() + out.size() + header.size());
        out += header + body.value() + "\nendobj\n";
    }

    const qsizetype xref = base.size() + out.size();
    out += "xref\n";
    // One subsection per run of consecutive numbers.
    const QList<int> numbers = m_bodies.keys();
    for (qsizetype i = 0; i < numbers.size();) {
        qsizetype end = i + 1;
        while (end < numbers.size() && numbers[end] == numbers[end - 1] + 1)
            ++end;
        out += QByteArray::number(numbers[i]) + ' ' + QByteArray::number(end - i) + '\n';
        for (; i < end; ++i) {
            const qsizetype at = m_bodyOffsets.value(numbers[i])
                - (QByteArray::number(numbers[i]) + " 0 obj\n").size();
            out += QByteArray::number(at).rightJustified(10, '0') + " 00000 n\r\n";
        }
    }

    const PdfObject &previous = m_base.trailer();
    PdfObject trailer = PdfObject::dictionary();
    trailer.set("Size", PdfObject::integer(std::max(m_next, m_base.size())));
    trailer.set("Root", previous.value("Root"));
    if (!previous.value("Info").isNull())
        trailer.set("Info", previous.value("Info"));
    // The first identifier names the document for ever; the second changes with each version.
    const PdfObject &id = previous.value("ID");
    QByteArray permanent
        = id.isArray() && !id.items().empty() ? id.items().front().bytes() : QByteArray();
    const QByteArray version = QCryptographicHash::hash(base + out, QCryptographicHash::Md5);
    if (permanent.isEmpty())
        permanent = version;
    trailer.set(
        "ID",
        PdfObject::array({PdfObject::string(permanent, true), PdfObject::string(version, true)}));
    trailer.set("Prev", PdfObject::integer(m_base.lastXrefOffset()));
    out += "trailer\n" + trailer.serialize() + "\nstartxref\n" + QByteArray::number(xref)
        + "\n%%EOF\n";
    return out;
}

qsizetype PdfIncrementalUpdate::offsetOf(PdfReference reference) const
{
    return m_bodyOffsets.value(reference.number, -1);
}

} // namespace Tepat
