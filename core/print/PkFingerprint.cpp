#include "print/PkFingerprint.h"

#include <QCryptographicHash>

namespace Tepat {

namespace {

// Netstrings ("5:hello,"): each field says its length, so a separator inside a name cannot
// make two different contents give the same bytes.
class CanonicalWriter
{
public:
    void add(const QString &field)
    {
        const QByteArray utf8 = field.toUtf8();
        m_bytes += QByteArray::number(utf8.size()) + ':' + utf8 + ',';
    }
    void add(qsizetype count) { add(QString::number(count)); }
    void add(const Official &official)
    {
        add(official.name);
        add(official.nip);
        add(official.pangkat);
        add(official.jabatan);
    }
    // The count first, so that where one list ends and the next field begins is in the bytes.
    template<typename Row, typename Fields>
    void addRows(const QList<Row> &rows, Fields fields)
    {
        add(rows.size());
        for (const Row &row : rows)
            fields(row);
    }
    QByteArray bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

} // namespace

PkFingerprint::PkFingerprint(Document document, qint64 pkId, QByteArray sha256)
    : m_document(document)
    , m_pkId(pkId)
    , m_sha256(std::move(sha256))
{}

PkFingerprint PkFingerprint::of(const PkContent &content, Document document)
{
    return PkFingerprint(
        document,
        content.pkId,
        QCryptographicHash::hash(canonicalForm(content, document), QCryptographicHash::Sha256));
}

QByteArray PkFingerprint::canonicalForm(const PkContent &content, Document document)
{
    CanonicalWriter out;
    out.add(QStringLiteral("tepat-fingerprint"));
    out.add(QStringLiteral("1"));
    out.add(documentKey(document));
    if (document == Document::PaktaIntegritas) {
        out.add(content.instansi);
        out.add(content.pihakPertama);
        out.add(content.pihakKedua);
        out.add(content.placeAndDate);
        return out.bytes();
    }
    out.add(content.title);
    out.addRows(content.unitLines, [&](const QString &line) { out.add(line); });
    out.add(content.number);
    out.add(content.pihakPertama);
    out.add(content.pihakKedua);
    out.add(content.placeAndDate);
    out.add(content.sasaranHeading);
    out.addRows(content.sasaran, [&](const PkContent::SasaranRow &sasaran) {
        out.add(sasaran.sasaran);
        out.addRows(sasaran.indicators, [&](const PkContent::IndicatorRow &row) {
            out.add(row.indicator);
            out.add(row.target);
        });
    });
    out.add(content.programHeading);
    out.addRows(content.programs, [&](const PkContent::ProgramRow &program) {
        out.add(program.code);
        out.add(program.name);
        out.add(program.anggaran);
    });
    out.add(content.anggaranTotal);
    return out.bytes();
}

QString PkFingerprint::documentKey(Document document)
{
    return document == Document::PerjanjianKinerja ? QStringLiteral("perjanjian-kinerja")
                                                   : QStringLiteral("pakta-integritas");
}

std::optional<PkFingerprint::Document> PkFingerprint::documentFromKey(QStringView key)
{
    for (Document document : {Document::PerjanjianKinerja, Document::PaktaIntegritas}) {
        if (key == documentKey(document))
            return document;
    }
    return std::nullopt;
}

QString PkFingerprint::hex() const
{
    return QString::fromLatin1(m_sha256.toHex());
}

QString PkFingerprint::shortText() const
{
    const QString digits = hex().left(16).toUpper();
    return QStringList {digits.mid(0, 4), digits.mid(4, 4), digits.mid(8, 4), digits.mid(12, 4)}
        .join(u'-');
}

QByteArray PkFingerprint::qrPayload() const
{
    const QByteArray kind = m_document == Document::PerjanjianKinerja ? "PK" : "PI";
    return "TEPAT:1:" + kind + ':' + QByteArray::number(m_pkId) + ':' + m_sha256.toHex().toUpper();
}

} // namespace Tepat
