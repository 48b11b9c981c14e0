#include "sign/PdfSigner.h"

#include "print/PkPdfWriter.h"
#include "print/SignaturePlace.h"
#include "sign/PdfIncrementalUpdate.h"
#include "sign/PdfSignatureVerifier.h"
#include "sign/Pkcs12Signer.h"
#include "support/PdfTools.h"
#include "support/QtStringMakers.h"
#include "support/SampleWorkspace.h"
#include "support/TestCertificates.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

constexpr qint64 dinkesPk = 9100; // kepala OPD, signed by the Bupati as pihak kedua
constexpr qint64 bupatiPk = 9000; // the kepala daerah's own, one signatory

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

QString exportPk(const QTemporaryDir &dir, qint64 pkId)
{
    const Cascade cascade = SampleWorkspace::load();
    const QString path = dir.filePath(QStringLiteral("pk-%1.pdf").arg(pkId));
    PkPdfWriter::Options options;
    options.paper = PaperFormat(PaperFormat::Size::F4);
    REQUIRE(PkPdfWriter::write(path, cascade, {pkId}, options));
    return path;
}

std::unique_ptr<Pkcs12Signer> openSigner(const QString &p12)
{
    Result<std::unique_ptr<Pkcs12Signer>> signer
        = Pkcs12Signer::open(p12, TestCertificates::password);
    INFO((signer ? QString() : signer.error().message).toStdString());
    REQUIRE(signer);
    return std::move(*signer);
}

// Tomorrow morning in WIB: after the test certificates were made (they start now), whatever the
// time of day the suite runs.
QDateTime at(int hour)
{
    return QDateTime(QDate::currentDate().addDays(1), QTime(hour, 15), Qt::OffsetFromUTC, 7 * 3600);
}

// The Dinas Kesehatan PK signed first by the Bupati, then by the Kepala Dinas.
QString signTwice(const QTemporaryDir &dir)
{
    const QString unsignedPdf = exportPk(dir, dinkesPk);
    const QString once = dir.filePath(QStringLiteral("once.pdf"));
    const QString twice = dir.filePath(QStringLiteral("twice.pdf"));
    const auto &certificates = TestCertificates::get();
    std::unique_ptr<Pkcs12Signer> bupati = openSigner(certificates.keduaP12);
    std::unique_ptr<Pkcs12Signer> kadis = openSigner(certificates.pertamaP12);
    const Result<void> first
        = PdfSigner::signFile(unsignedPdf, once, QStringLiteral("pihak-kedua"), *bupati, at(9));
    INFO((first ? QString() : first.error().message).toStdString());
    REQUIRE(first);
    const Result<void> second
        = PdfSigner::signFile(once, twice, QStringLiteral("pihak-pertama"), *kadis, at(10));
    INFO((second ? QString() : second.error().message).toStdString());
    REQUIRE(second);
    return twice;
}

} // namespace

TEST_CASE("A PK's PDF carries the signing spaces of both parties on statement and lampiran",
          "[sign]")
{
    const QTemporaryDir dir;
    const QList<SignaturePlace> places = SignaturePlace::read(readAll(exportPk(dir, dinkesPk)));
    REQUIRE(places.size() == 4);
    int pertama = 0;
    for (const SignaturePlace &place : places) {
        CHECK(place.pkId == dinkesPk);
        CHECK(place.rect.width() > 150);
        CHECK(place.rect.height() == Approx(62.36).margin(0.1)); // 22 mm
        if (place.party == SignaturePlace::Party::PihakPertama) {
            ++pertama;
            CHECK(place.official.name == QStringLiteral("dr. Hendra Wijaya Sitepu, M.Kes"));
            CHECK(place.official.nip == QStringLiteral("19720814 199903 1 004"));
            CHECK_FALSE(place.kepalaDaerah);
            CHECK(place.answersTo(u"pihak-pertama"));
        } else {
            CHECK(place.kepalaDaerah);
            CHECK(place.answersTo(u"kepala-daerah"));
        }
    }
    CHECK(pertama == 2);
    CHECK(places.first().page == 1);
    CHECK(places.last().page > 1);
}

TEST_CASE("A file of several PKs has no signing spaces, since a signature covers all of it",
          "[sign]")
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("two.pdf"));
    PkPdfWriter::Options options;
    REQUIRE(PkPdfWriter::write(path, SampleWorkspace::load(), {dinkesPk, bupatiPk}, options));
    CHECK(SignaturePlace::read(readAll(path)).isEmpty());
    const auto signer = openSigner(TestCertificates::get().pertamaP12);
    const Result<QByteArray> signedPdf
        = PdfSigner::sign(readAll(path), path, QStringLiteral("pihak-pertama"), *signer, at(9));
    REQUIRE_FALSE(signedPdf);
    CHECK(signedPdf.error().message.contains(QStringLiteral("one PK")));
}

TEST_CASE("Two signatures in turn both verify in pdfsig, the last covering the whole document",
          "[sign]")
{
    const QTemporaryDir dir;
    const QString twice = signTwice(dir);
    const QString report = PdfTools::pdfsig(twice);
    INFO(report.toStdString());
    CHECK(report.contains(QStringLiteral("Signature #1")));
    CHECK(report.contains(QStringLiteral("Signature #2")));
    CHECK_FALSE(report.contains(QStringLiteral("Signature #3")));
    CHECK(report.count(QStringLiteral("Signature Validation: Signature is Valid.")) == 2);
    CHECK(report.count(QStringLiteral("Total document signed")) == 1);
    CHECK(report.count(QStringLiteral("ETSI.CAdES.detached")) == 2);
    CHECK(report.contains(QStringLiteral("dr. H. Asri Ludin Tambunan")));
    CHECK(report.contains(QStringLiteral("dr. Hendra Wijaya, M.Kes")));
    // The signatures are visible where the layout left room on the statement page.
    const QStringList pages = PdfTools::pageTexts(twice);
    CHECK(pages.first().count(QStringLiteral("Ditandatangani secara elektronik oleh")) == 2);
    CHECK(pages.first().contains(QStringLiteral("NIP. 19720814 199903 1 004")));
}

TEST_CASE("Tepat's verifier finds both signatures intact and trusts them only under their CA",
          "[sign]")
{
    const QTemporaryDir dir;
    const QString twice = signTwice(dir);
    const auto &certificates = TestCertificates::get();
    const auto verified = PdfSignatureVerifier::verify(readAll(twice), twice, {certificates.caPem});
    REQUIRE(verified);
    REQUIRE(verified->size() == 2);
    const PdfSignatureVerifier::Signature &first = verified->at(0);
    const PdfSignatureVerifier::Signature &second = verified->at(1);
    CHECK(first.field == QStringLiteral("pihak-kedua"));
    CHECK(first.signerName == QStringLiteral("dr. H. Asri Ludin Tambunan"));
    CHECK(first.intact);
    CHECK(first.unchangedSince);
    CHECK_FALSE(first.coversWholeDocument);
    CHECK(second.field == QStringLiteral("pihak-pertama"));
    CHECK(second.intact);
    CHECK(second.coversWholeDocument);
    CHECK(second.subFilter == "ETSI.CAdES.detached");
    CHECK(second.signedAt == at(10));
    for (const auto &signature : *verified)
        CHECK(signature.trust == PdfSignatureVerifier::Trust::Trusted);

    const auto foreign
        = PdfSignatureVerifier::verify(readAll(twice), twice, {certificates.otherCaPem});
    REQUIRE(foreign);
    for (const auto &signature : *foreign) {
        CHECK(signature.holds());
        CHECK(signature.trust == PdfSignatureVerifier::Trust::Untrusted);
    }
}

TEST_CASE("One byte changed in the signed content breaks the signature in pdfsig and Tepat",
          "[sign]")
{
    const QTemporaryDir dir;
    const QString twice = signTwice(dir);
    QByteArray bytes = readAll(twice);
    // A byte of the first page's content stream, inside what both signatures cover.
    const qsizetype stream = bytes.indexOf("stream\n", bytes.indexOf("/Length")) + 20;
    bytes[stream] = char(bytes[stream] ^ 0x01);
    const QString tampered = dir.filePath(QStringLiteral("tampered.pdf"));
    writeAll(tampered, bytes);

    const QString report = PdfTools::pdfsig(tampered);
    INFO(report.toStdString());
    CHECK_FALSE(report.contains(QStringLiteral("Signature is Valid")));
    const auto verified = PdfSignatureVerifier::verify(bytes, tampered);
    REQUIRE(verified);
    REQUIRE(verified->size() == 2);
    for (const auto &signature : *verified) {
        CHECK_FALSE(signature.intact);
        CHECK_FALSE(signature.holds());
    }
}

TEST_CASE("An update after the signatures that changes a page is caught, though each still "
          "verifies over its bytes",
          "[sign]")
{
    const QTemporaryDir dir;
    const QString twice = signTwice(dir);
    QByteArray bytes = readAll(twice);
    const Result<PdfStructure> structure = PdfStructure::read(bytes, twice);
    REQUIRE(structure);
    PdfIncrementalUpdate update(*structure);
    PdfObject page = structure->object(structure->pages().first());
    page.set("Rotate", PdfObject::integer(90));
    update.set(structure->pages().first(), page.serialize());
    bytes += update.write();
    const auto verified = PdfSignatureVerifier::verify(bytes, twice);
    REQUIRE(verified);
    for (const auto &signature : *verified) {
        CHECK(signature.intact);
        CHECK_FALSE(signature.unchangedSince);
        CHECK(signature.laterChange == QStringLiteral("page 1 was changed"));
    }
}

TEST_CASE("A wrong password is refused with a clear message and no signed file", "[sign]")
{
    const auto wrong = Pkcs12Signer::open(TestCertificates::get().pertamaP12, "bukan-ini");
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().message.contains(QStringLiteral("password does not open")));
    CHECK(wrong.error().file == TestCertificates::get().pertamaP12);
}

TEST_CASE("The kepala daerah signs his own PK alone, as kepala-daerah or pihak-pertama", "[sign]")
{
    const QTemporaryDir dir;
    const QString pdf = exportPk(dir, bupatiPk);
    const auto bupati = openSigner(TestCertificates::get().keduaP12);
    const Result<QByteArray> asKedua
        = PdfSigner::sign(readAll(pdf), pdf, QStringLiteral("pihak-kedua"), *bupati, at(9));
    REQUIRE_FALSE(asKedua);
    CHECK(asKedua.error().message.contains(QStringLiteral("no signature block for pihak-kedua")));
    const Result<QByteArray> signedPdf
        = PdfSigner::sign(readAll(pdf), pdf, QStringLiteral("kepala-daerah"), *bupati, at(9));
    REQUIRE(signedPdf);
    const Result<QByteArray> again
        = PdfSigner::sign(*signedPdf, pdf, QStringLiteral("pihak-pertama"), *bupati, at(10));
    REQUIRE_FALSE(again);
    CHECK(again.error().message.contains(QStringLiteral("signed as pihak-pertama already")));
    const auto verified = PdfSignatureVerifier::verify(*signedPdf, pdf);
    REQUIRE(verified);
    REQUIRE(verified->size() == 1);
    CHECK(verified->first().holds());
    CHECK(verified->first().coversWholeDocument);
}
