#include "print/PkPdfWriter.h"

#include "print/PkContent.h"
#include "print/PkPdfMetadata.h"
#include "support/PdfTools.h"
#include "support/QtStringMakers.h"
#include "support/SampleWorkspace.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Tepat;

namespace {

QString writePdf(const QTemporaryDir &dir,
                 const Cascade &cascade,
                 const QList<qint64> &pkIds,
                 const PkPdfWriter::Options &options = {})
{
    const QString path = dir.filePath(QStringLiteral("pk.pdf"));
    const Result<int> pages = PkPdfWriter::write(path, cascade, pkIds, options);
    INFO((pages ? QString() : pages.error().message).toStdString());
    REQUIRE(pages);
    REQUIRE(*pages == PdfTools::infoField(path, QStringLiteral("Pages")).toInt());
    return path;
}

// Every phrase, as a reader finds it on the page.
void checkHolds(const QString &page, std::initializer_list<const char *> phrases)
{
    INFO(page.toStdString());
    for (const char *phrase : phrases)
        CHECK(page.contains(QString::fromUtf8(phrase)));
}

PkPdfWriter::Options withPakta()
{
    PkPdfWriter::Options options;
    options.paktaIntegritas = true;
    return options;
}

// The pages from the lampiran on, as one line of text in content order.
QString lampiranText(const QString &pdf)
{
    const QStringList pages = PdfTools::pageTexts(pdf, QStringLiteral("-raw"));
    const auto first = std::find_if(pages.begin(), pages.end(), [](const QString &page) {
        return page.contains(QStringLiteral("LAMPIRAN"));
    });
    REQUIRE(first != pages.end());
    return QStringList(first, pages.end()).join(u' ').simplified();
}

QString withoutSpaces(QString text)
{
    return text.remove(u' ');
}

// Adds sasaran with indicators to a PK; the indicator texts carry start and end tokens
// ("awal007", "akhir007") so a test can see where each one begins and ends.
void addIndicators(
    Cascade &cascade, qint64 pkId, int sasaranCount, int perSasaran, const QString &filler)
{
    int serial = 0;
    for (int s = 0; s < sasaranCount; ++s) {
        PlanItem sasaran;
        sasaran.id = cascade.allocateId();
        sasaran.kind = PlanItem::Kind::PkSasaran;
        sasaran.parentId = pkId;
        sasaran.name = QStringLiteral("Sasaran uji %1 meningkatnya mutu layanan").arg(s + 1);
        REQUIRE(cascade.insertItem(sasaran));
        for (int i = 0; i < perSasaran; ++i, ++serial) {
            Indicator indicator;
            indicator.id = cascade.allocateId();
            indicator.ownerId = sasaran.id;
            const QString token = QStringLiteral("%1").arg(serial, 3, 10, QLatin1Char('0'));
            indicator.text = QStringLiteral("awal%1 %2 akhir%1").arg(token, filler);
            indicator.satuan = QStringLiteral("%");
            indicator.targets.insert(2026,
                                     TargetValue::parse(QStringLiteral("%1,5").arg(50 + serial)));
            REQUIRE(cascade.insertIndicator(indicator));
        }
    }
}

} // namespace

TEST_CASE("The statement names both parties with jabatan, pangkat, NIP and an Indonesian date",
          "[PkPdfWriter]")
{
    const QTemporaryDir dir;
    const Cascade cascade = SampleWorkspace::load();
    const QString pdf = writePdf(dir, cascade, {9100});
    const QString statement = PdfTools::pageTexts(pdf).first();
    checkHolds(statement,
               {"PERJANJIAN KINERJA TAHUN 2026",
                "DINAS KESEHATAN",
                "KABUPATEN DELI SERDANG",
                "dr. Hendra Wijaya Sitepu, M.Kes",
                "Kepala Dinas Kesehatan Kabupaten Deli Serdang",
                "selanjutnya disebut pihak pertama",
                "dr. H. Asri Ludin Tambunan",
                "Bupati Deli Serdang",
                "selaku atasan pihak pertama, selanjutnya disebut pihak kedua",
                "Lubuk Pakam, 2 Januari 2026",
                "PIHAK KEDUA,",
                "PIHAK PERTAMA,",
                "Pembina Utama Muda (IV/c)",
                "NIP. 19720814 199903 1 004"});
    CHECK(statement.indexOf(QStringLiteral("PIHAK KEDUA,"))
          < statement.indexOf(QStringLiteral("PIHAK PERTAMA,"))); // left, then right
}

TEST_CASE("A kepala daerah signs alone and a revised PK is titled PERUBAHAN", "[PkPdfWriter]")
{
    const QTemporaryDir dir;
    Cascade cascade = SampleWorkspace::load();
    PkDocument revised = *cascade.pk(9111);
    revised.kind = PkDocument::Kind::Perubahan;
    revised.changeDate = QDate(2026, 7, 1);
    REQUIRE(cascade.updatePk(revised));
    const QStringList pages = PdfTools::pageTexts(writePdf(dir, cascade, {9000, 9111}));
    const QString all = pages.join(u'\f');
    CHECK(pages.first().contains(QStringLiteral("BUPATI DELI SERDANG")));
    CHECK_FALSE(pages.first().contains(QStringLiteral("PIHAK KEDUA")));
    CHECK(pages.first().contains(QStringLiteral("tanggung jawab saya")));
    CHECK(all.contains(QStringLiteral("PERJANJIAN KINERJA PERUBAHAN TAHUN 2026")));
    CHECK(all.contains(QStringLiteral("Lubuk Pakam, 1 Juli 2026")));
}

TEST_CASE("Every indicator and target of each sample PK stands in its lampiran in order",
          "[PkPdfWriter]")
{
    const QTemporaryDir dir;
    const Cascade cascade = SampleWorkspace::load();
    for (const PkDocument &pk : cascade.pks()) {
        INFO("PK " << pk.id);
        const PkContent content = PkContent::from(cascade, pk);
        // Without spaces: a line may break after the "/" of "Kabupaten/Kota", which pdftotext
        // gives as a space.
        const QString text = withoutSpaces(lampiranText(writePdf(dir, cascade, {pk.id})));
        QStringList expected {content.sasaranHeading, QStringLiteral("Indikator Kinerja")};
        for (const PkContent::SasaranRow &sasaran : content.sasaran) {
            expected << sasaran.sasaran;
            for (const PkContent::IndicatorRow &row : sasaran.indicators)
                expected << row.indicator << row.target;
        }
        for (const PkContent::ProgramRow &program : content.programs)
            expected << program.name << program.anggaran;
        expected << QStringLiteral("Jumlah") << content.anggaranTotal;
        qsizetype at = 0;
        for (const QString &item : expected) {
            INFO(item.toStdString() << " in " << text.toStdString());
            const qsizetype found = text.indexOf(withoutSpaces(item), at);
            REQUIRE(found >= 0);
            at = found + withoutSpaces(item).size();
        }
    }
}

TEST_CASE("Paper is exactly A4 or F4 and every font is embedded", "[PkPdfWriter]")
{
    const QTemporaryDir dir;
    const Cascade cascade = SampleWorkspace::load();
    PkPdfWriter::Options options = withPakta();
    const QList<QSizeF> a4 = PdfTools::pageSizes(writePdf(dir, cascade, {9000, 9100}, options));
    REQUIRE(a4.size() >= 6);
    for (const QSizeF &size : a4)
        CHECK(size == QSizeF(595, 842));

    options.paper = PaperFormat(PaperFormat::Size::F4);
    options.typeface = DocumentFonts::Typeface::Serif;
    const QString f4Pdf = writePdf(dir, cascade, {9000, 9100}, options);
    const qreal pointsPerMm = 72 / 25.4;
    for (const QSizeF &size : PdfTools::pageSizes(f4Pdf)) {
        // pdfinfo prints three decimals: 215 × 330 mm is 609,449 × 935,433 pt.
        CHECK(size == QSizeF(609.449, 935.433));
        CHECK(std::abs(size.width() - 215 * pointsPerMm) < 0.001);
        CHECK(std::abs(size.height() - 330 * pointsPerMm) < 0.001);
    }

    const QList<PdfTools::Font> fonts = PdfTools::fonts(f4Pdf);
    REQUIRE(fonts.size() >= 2);
    for (const PdfTools::Font &font : fonts) {
        INFO(font.name.toStdString() << " " << font.type.toStdString());
        CHECK(font.embedded);
        CHECK(font.name.contains(QStringLiteral("LiberationSerif")));
    }
    const QList<PdfTools::Font> sans = PdfTools::fonts(writePdf(dir, cascade, {9000}));
    REQUIRE_FALSE(sans.isEmpty());
    for (const PdfTools::Font &font : sans) {
        CHECK(font.embedded);
        CHECK(font.name.contains(QStringLiteral("LiberationSans")));
    }
}

TEST_CASE(
    "A PK with 80 indicators breaks into pages that repeat the table header and never split a "
    "row",
    "[PkPdfWriter]")
{
    const QTemporaryDir dir;
    Cascade cascade = SampleWorkspace::load();
    addIndicators(
        cascade,
        9100,
        10,
        8,
        QStringLiteral("persentase layanan kesehatan dasar yang memenuhi standar pelayanan "
                       "minimal di seluruh puskesmas dan jaringannya"));
    const QString pdf = writePdf(dir, cascade, {9100});
    const QStringList layout = PdfTools::pageTexts(pdf);
    const QStringList raw = PdfTools::pageTexts(pdf, QStringLiteral("-raw"));
    REQUIRE(layout.size() == raw.size());

    int pagesWithRows = 0;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (!raw[i].contains(QStringLiteral("awal")))
            continue;
        INFO("page " << i + 1 << ": " << layout[i].toStdString());
        ++pagesWithRows;
        CHECK(layout[i].count(QStringLiteral("Indikator Kinerja")) == 1);
        CHECK(layout[i].contains(QStringLiteral("Sasaran Strategis PD")));
        // A sasaran continued from the page before is named again above its rows.
        const QString text = raw[i].simplified();
        CHECK(text.indexOf(QStringLiteral("Sasaran uji")) < text.indexOf(QStringLiteral("awal")));
    }
    CHECK(pagesWithRows >= 3);

    QString all;
    for (int serial = 0; serial < 80; ++serial) {
        const QString token = QStringLiteral("%1").arg(serial, 3, 10, QLatin1Char('0'));
        const auto onPage = [&](const QString &word) {
            for (qsizetype i = 0; i < raw.size(); ++i) {
                if (raw[i].contains(word))
                    return i;
            }
            return qsizetype(-1);
        };
        INFO("indicator " << serial);
        const qsizetype start = onPage(QStringLiteral("awal") + token);
        REQUIRE(start >= 0);
        CHECK(onPage(QStringLiteral("akhir") + token) == start);
    }
    const QString text = lampiranText(pdf);
    qsizetype at = 0;
    for (int serial = 0; serial < 80; ++serial) {
        const QString target = QStringLiteral("%1,5 %").arg(50 + serial);
        at = text.indexOf(target, at);
        REQUIRE(at >= 0);
    }
}

TEST_CASE("The lampiran signature block never stands alone at the top of a page", "[PkPdfWriter]")
{
    const QTemporaryDir dir;
    for (int count = 4; count <= 40; count += 2) {
        Cascade cascade = SampleWorkspace::load();
        addIndicators(cascade, 9100, 1, count, QStringLiteral("jumlah layanan"));
        const QStringList pages = PdfTools::pageTexts(writePdf(dir, cascade, {9100}));
        INFO(count << " indicators: " << pages.last().toStdString());
        CHECK(pages.last().contains(QStringLiteral("PIHAK PERTAMA,")));
        CHECK(pages.last().contains(QStringLiteral("Jumlah")));
        CHECK(pages.last().contains(QStringLiteral("Rp 185.380.000.000")));
    }
}

TEST_CASE("Markup in names and indicators prints literally", "[PkPdfWriter]")
{
    const QTemporaryDir dir;
    Cascade cascade = SampleWorkspace::load();
    PkDocument pk = *cascade.pk(9100);
    pk.pihakPertama.name = QStringLiteral("<b>Budi</b> Santoso");
    REQUIRE(cascade.updatePk(pk));
    Indicator indicator = *cascade.indicator(9102);
    indicator.text = QStringLiteral("Indeks <table> kepuasan <td>x</td> &amp; <br/>");
    REQUIRE(cascade.updateIndicator(indicator));

    const QString pdf = writePdf(dir, cascade, {9100});
    const QString statement = PdfTools::pageTexts(pdf).first();
    // Literally, and still on the line of its label: the markup changed nothing in the layout.
    CHECK(
        statement.contains(QRegularExpression(QStringLiteral("Nama\\s+:\\s+<b>Budi</b> Santoso"))));
    CHECK(lampiranText(pdf).contains(
        QStringLiteral("Indeks <table> kepuasan <td>x</td> &amp; <br/>")));
}

TEST_CASE("Every page carries page x of y and the short fingerprint, and the metadata all of it",
          "[PkPdfWriter]")
{
    const QTemporaryDir dir;
    const Cascade cascade = SampleWorkspace::load();
    const QString pdf = writePdf(dir, cascade, {9100, 9200}, withPakta());

    QList<PkFingerprint> expected;
    QStringList footers;
    for (qint64 id : {9100, 9200}) {
        const PkContent content = PkContent::from(cascade, *cascade.pk(id));
        for (auto document : {PkFingerprint::Document::PerjanjianKinerja,
                              PkFingerprint::Document::PaktaIntegritas}) {
            expected.append(PkFingerprint::of(content, document));
            footers.append(expected.last().shortText());
        }
    }
    const Result<QList<PkFingerprint>> read = PkPdfMetadata::read(pdf);
    REQUIRE(read);
    CHECK(*read == expected);

    // Each document counts its own pages: PK (statement + lampiran), then its pakta.
    const QStringList pages = PdfTools::pageTexts(pdf);
    qsizetype page = 0;
    for (const QString &footer : footers) {
        REQUIRE(page < pages.size());
        const QRegularExpression total(QStringLiteral("Halaman 1 dari (\\d+)"));
        const auto match = total.match(pages[page]);
        REQUIRE(match.hasMatch());
        const int count = match.captured(1).toInt();
        for (int i = 1; i <= count; ++i, ++page) {
            INFO("page " << page + 1);
            CHECK(pages[page].contains(QStringLiteral("Halaman %1 dari %2").arg(i).arg(count)));
            CHECK(pages[page].contains(QStringLiteral("Sidik dokumen: %1").arg(footer)));
        }
    }
    CHECK(page == pages.size());

    // The QR code of the first page, read as a phone would read the paper.
    CHECK(PdfTools::qrCodes(pdf, 1) == QStringList {QString::fromLatin1(expected[0].qrPayload())});
    CHECK(PdfTools::qrCodes(pdf, int(pages.size()))
          == QStringList {QString::fromLatin1(expected.last().qrPayload())});
}

TEST_CASE("A Pakta Integritas names the official and the instansi and makes the seven promises",
          "[PkPdfWriter]")
{
    const QTemporaryDir dir;
    const Cascade cascade = SampleWorkspace::load();
    const QStringList pages = PdfTools::pageTexts(writePdf(dir, cascade, {9111}, withPakta()));
    const QString pakta = pages.last();
    checkHolds(pakta,
               {"PAKTA INTEGRITAS",
                "Rosmaida Br Ginting, S.KM, M.Kes",
                "19790322 200501 2 006",
                "Pembina Tk. I (IV/b)",
                "Kepala Bidang Kesehatan Masyarakat",
                "Dinas Kesehatan Kabupaten Deli Serdang",
                "Korupsi, Kolusi, dan Nepotisme",
                "Yang menyatakan,",
                "Mengetahui,",
                "dr. Hendra Wijaya Sitepu, M.Kes",
                "Lubuk Pakam, 2 Januari 2026"});
    for (int point = 1; point <= 7; ++point)
        CHECK(pakta.contains(QRegularExpression(QStringLiteral("^\\s*%1\\.\\s").arg(point),
                                                QRegularExpression::MultilineOption)));
}
