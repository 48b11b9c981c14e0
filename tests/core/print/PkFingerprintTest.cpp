#include "print/PkFingerprint.h"

#include "print/PkPdfMetadata.h"
#include "support/QtStringMakers.h"
#include "support/SampleWorkspace.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

using Document = PkFingerprint::Document;

PkFingerprint fingerprint(const Cascade &cascade, qint64 pkId, Document document)
{
    return PkFingerprint::of(PkContent::from(cascade, *cascade.pk(pkId)), document);
}

} // namespace

TEST_CASE("The fingerprint changes with a printed target and not with what the paper does not show",
          "[PkFingerprint]")
{
    Cascade cascade = SampleWorkspace::load();
    const PkFingerprint pk = fingerprint(cascade, 9100, Document::PerjanjianKinerja);
    const PkFingerprint pakta = fingerprint(cascade, 9100, Document::PaktaIntegritas);
    CHECK(pk != pakta);

    Indicator indicator = *cascade.indicator(9102);
    const Indicator original = indicator;
    indicator.definisi = QStringLiteral("Definisi yang lain");
    indicator.sumberData = QStringLiteral("Sumber yang lain");
    REQUIRE(cascade.updateIndicator(indicator));
    CHECK(fingerprint(cascade, 9100, Document::PerjanjianKinerja) == pk);

    indicator.targets[2026] = TargetValue::parse(QStringLiteral("61"));
    REQUIRE(cascade.updateIndicator(indicator));
    CHECK(fingerprint(cascade, 9100, Document::PerjanjianKinerja) != pk);
    // The pakta prints no target.
    CHECK(fingerprint(cascade, 9100, Document::PaktaIntegritas) == pakta);

    REQUIRE(cascade.updateIndicator(original));
    CHECK(fingerprint(cascade, 9100, Document::PerjanjianKinerja) == pk);

    PkDocument document = *cascade.pk(9100);
    document.pihakPertama.nip = QStringLiteral("19720814 199903 1 005");
    REQUIRE(cascade.updatePk(document));
    CHECK(fingerprint(cascade, 9100, Document::PerjanjianKinerja) != pk);
    CHECK(fingerprint(cascade, 9100, Document::PaktaIntegritas) != pakta);
}

TEST_CASE("Moving a word from one field to the next changes the fingerprint", "[PkFingerprint]")
{
    PkContent a;
    a.sasaran = {{QStringLiteral("Meningkatnya mutu"),
                  {{QStringLiteral("layanan"), QStringLiteral("90 %")}}}};
    PkContent b;
    b.sasaran = {{QStringLiteral("Meningkatnya"),
                  {{QStringLiteral("mutu layanan"), QStringLiteral("90 %")}}}};
    CHECK(PkFingerprint::canonicalForm(a, Document::PerjanjianKinerja)
          != PkFingerprint::canonicalForm(b, Document::PerjanjianKinerja));
    CHECK(PkFingerprint::of(a, Document::PerjanjianKinerja)
          != PkFingerprint::of(b, Document::PerjanjianKinerja));
}

TEST_CASE("The printed short text is the first 64 bits and the QR payload holds the whole SHA-256",
          "[PkFingerprint]")
{
    const Cascade cascade = SampleWorkspace::load();
    const PkContent content = PkContent::from(cascade, *cascade.pk(9100));
    const PkFingerprint fingerprint = PkFingerprint::of(content, Document::PerjanjianKinerja);
    const QByteArray expected = QCryptographicHash::hash(
        PkFingerprint::canonicalForm(content, Document::PerjanjianKinerja),
        QCryptographicHash::Sha256);
    CHECK(fingerprint.sha256() == expected);
    CHECK(fingerprint.pkId() == 9100);
    CHECK(fingerprint.hex() == QString::fromLatin1(expected.toHex()));
    CHECK(QRegularExpression(QStringLiteral("^[0-9A-F]{4}(-[0-9A-F]{4}){3}$"))
              .match(fingerprint.shortText())
              .hasMatch());
    CHECK(fingerprint.shortText().remove(u'-') == fingerprint.hex().left(16).toUpper());
    CHECK(fingerprint.qrPayload() == "TEPAT:1:PK:9100:" + expected.toHex().toUpper());
    CHECK(PkFingerprint::of(content, Document::PaktaIntegritas)
              .qrPayload()
              .startsWith("TEPAT:1:PI:9100:"));
}

TEST_CASE("The XMP packet gives back its fingerprints whatever the title holds", "[PkPdfMetadata]")
{
    const Cascade cascade = SampleWorkspace::load();
    QList<PkFingerprint> fingerprints;
    for (qint64 id : {9000, 9100, 9111}) {
        fingerprints.append(fingerprint(cascade, id, Document::PerjanjianKinerja));
        fingerprints.append(fingerprint(cascade, id, Document::PaktaIntegritas));
    }
    const QByteArray xmp
        = PkPdfMetadata::xmp(QStringLiteral("PK <b>2026</b> & \"Dinkes\""), fingerprints);
    const QByteArray pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Metadata >>\nstream\n" + xmp
        + "\nendstream\nendobj\n%%EOF\n";
    const auto read = PkPdfMetadata::parse(pdf);
    REQUIRE(read);
    CHECK(*read == fingerprints);
}

TEST_CASE("Of two XMP packets the later counts and a foreign packet holds no fingerprint",
          "[PkPdfMetadata]")
{
    const Cascade cascade = SampleWorkspace::load();
    const QList<PkFingerprint> first {fingerprint(cascade, 9100, Document::PerjanjianKinerja)};
    const QList<PkFingerprint> second {fingerprint(cascade, 9200, Document::PerjanjianKinerja)};
    const QByteArray both = "%PDF-1.4\n" + PkPdfMetadata::xmp(QStringLiteral("a"), first) + "\n"
        + PkPdfMetadata::xmp(QStringLiteral("b"), second);
    CHECK(PkPdfMetadata::parse(both) == second);

    const QByteArray foreign
        = "%PDF-1.4\n<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF "
          "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/></x:xmpmeta>";
    CHECK_FALSE(PkPdfMetadata::parse(foreign));
    CHECK(PkPdfMetadata::parse(foreign + PkPdfMetadata::xmp(QStringLiteral("c"), first)) == first);
    CHECK_FALSE(PkPdfMetadata::parse("%PDF-1.4\nno metadata at all"));
}

TEST_CASE("A PK with realisasi prints as it did without: the results are not in the agreement",
          "[PkFingerprint][realisasi]")
{
    Cascade cascade = SampleWorkspace::load();
    const PkDocument pk = *cascade.pk(9100);
    QList<qint64> indicators;
    for (qint64 sasaran : cascade.childItems(pk.id))
        indicators.append(cascade.indicatorsOf(sasaran));
    REQUIRE(std::any_of(indicators.cbegin(), indicators.cend(), [&](qint64 id) {
        return cascade.indicator(id)->realisasi.isReported();
    }));
    const QByteArray printed
        = PkFingerprint::canonicalForm(PkContent::from(cascade, pk), Document::PerjanjianKinerja);
    const PkFingerprint signedPrint = fingerprint(cascade, pk.id, Document::PerjanjianKinerja);

    for (qint64 id : std::as_const(indicators))
        REQUIRE(cascade.setRealisasi(id, Realisasi()));
    for (const PkProgram &program : pk.programs)
        REQUIRE(cascade.setRealisasiAnggaran(program.id, {}));
    CHECK(PkFingerprint::canonicalForm(PkContent::from(cascade, *cascade.pk(pk.id)),
                                       Document::PerjanjianKinerja)
          == printed);
    CHECK(fingerprint(cascade, pk.id, Document::PerjanjianKinerja) == signedPrint);
}
