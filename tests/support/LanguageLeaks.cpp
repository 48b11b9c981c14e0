#include "support/LanguageLeaks.h"

#include "model/Cascade.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Tepat::LanguageLeaks {

namespace {

QSet<QString> wordSet(QStringView words)
{
    QSet<QString> set;
    for (QStringView word : words.split(u' ', Qt::SkipEmptyParts))
        set.insert(word.toString());
    return set;
}

// Words of English menus, buttons and dialogs that Indonesian never borrows. Left out on
// purpose: words Indonesian software writes the same (data, program, target, status, total,
// format, mode, folder, server, filter, media, normal, final), the kinds of indicator Indonesian
// planning names in English (output, outcome), "no" (No. is "nomor") and "in" (inches).
const QSet<QString> englishWords = wordSet(
    u"about add advanced all already and anyway apply are back baseline before below bottom "
    u"browse by cancel cannot certificate change choose clear close collate color colour "
    u"comment comments computer connect continue copies copy could create current custom cut "
    u"dashboard date delete details detail directory directories discard does done down edit "
    u"empty error errors export file files find finding findings finish first fit for forward "
    u"from grayscale height help hidden hide hint history ignore import indicator indicators "
    u"is kind landscape last layout left list location look margins modified name new next not "
    u"notes odd of open options or orientation page pages paper parent password paste "
    u"please portrait preview previous print printer properties quarter quit range recent redo "
    u"remove rename replace report reports reset restore retry reverse review right rule save "
    u"search select selection settings sheet show sign signature signed size source step the "
    u"this to top tree type undo up view warning warnings when which width will with workbook "
    u"workspace year yes you your zoom");

// Words of Indonesian menus, buttons and dialogs. Left out on purpose: the domain words the
// English window keeps (Renstra, Sasaran, Satuan, Realisasi, Capaian, Triwulan, Kegiatan, PK,
// OPD, IKU, Pakta Integritas), and words of the names in the data (dan, di, dinas, kabupaten).
const QSet<QString> indonesianWords = wordSet(
    u"awal bantuan baris baru batal belum berikutnya berkas buka cari cetak dari dengan ekspor "
    u"halaman hapus impor indikator jenis kembali kerja kertas kesalahan keluar kolom komentar "
    u"kondisi laporan lembar nama pengaturan peringatan pilih potong pratinjau ringkasan salin "
    u"sebelumnya selesai semua simpan sudah sunting tahun tambah tampilan tanpa tempel temuan "
    u"tentang tidak tinjauan tutup ubah ulangi untuk urungkan yang");

// Terms of the regulations, said in Indonesian in the English window as users say them.
const QStringList termsOfLaw {
    QStringLiteral("TTE tidak tersertifikasi"), // PP 71/2019: a signature no PSrE certified
    QStringLiteral("Awal (first of the year)"), // the first PK of a year, before any Perubahan
};

// Names the user wrote, longest first, so that a name inside a longer one goes with it.
QStringList dataNames(const Cascade &cascade, const QStringList &moreNames)
{
    QSet<QString> names {
        cascade.pemda().name, cascade.pemda().kepalaDaerahName, cascade.pemda().ibuKota};
    names.unite(QSet<QString>(moreNames.cbegin(), moreNames.cend()));
    for (const Misi &misi : cascade.periode().misi)
        names.insert(misi.text);
    for (const Opd &opd : cascade.opds())
        names.unite({opd.name, opd.shortName, opd.code, opd.head.name, opd.head.jabatan});
    const auto addItems = [&](const auto &self, qint64 parent) -> void {
        for (qint64 id : cascade.childItems(parent)) {
            names.insert(cascade.item(id)->name);
            for (qint64 indicatorId : cascade.indicatorsOf(id)) {
                const Indicator &indicator = *cascade.indicator(indicatorId);
                names.unite({indicator.text,
                             indicator.satuan,
                             indicator.definisi,
                             indicator.alasan,
                             indicator.rumus,
                             indicator.sumberData,
                             indicator.penanggungJawab,
                             indicator.realisasi.analisis().faktorPendukung,
                             indicator.realisasi.analisis().faktorPenghambat,
                             indicator.realisasi.analisis().upayaPeningkatan});
                for (int quarter = 1; quarter <= Realisasi::quarterCount; ++quarter) {
                    const RealisasiTriwulan &triwulan = indicator.realisasi.triwulan(quarter);
                    names.unite({triwulan.kendala, triwulan.tindakLanjut, triwulan.bukti});
                }
            }
            self(self, id);
        }
    };
    addItems(addItems, 0);
    for (const Opd &opd : cascade.opds())
        addItems(addItems, opd.id);
    for (const PkDocument &pk : cascade.pks()) {
        addItems(addItems, pk.id);
        names.unite({pk.pihakPertama.name,
                     pk.pihakPertama.jabatan,
                     pk.pihakKedua.name,
                     pk.pihakKedua.jabatan});
    }
    for (const ReviewComment &comment : cascade.comments())
        names.unite({comment.author, comment.text});
    QStringList sorted;
    for (const QString &name : std::as_const(names)) {
        if (name.trimmed().size() >= 3)
            sorted.append(name.trimmed());
    }
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return a.size() > b.size();
    });
    return sorted;
}

QString withoutNames(QString text, const QStringList &names)
{
    for (const QString &name : names + termsOfLaw) {
        if (text.contains(name))
            text.replace(name, QStringLiteral(" "));
    }
    // File names and paths (the workspace is workspace.tepat), rule ids (pk-target-differs,
    // kept in small type under a rule's title), addresses and quoted examples of what a user
    // writes ("Laporan SIMPUS Dinas Kesehatan") are names, not words.
    static const QRegularExpression identifiers(QStringLiteral(
        R"(\S*[/\\]\S*|\S+\.[A-Za-z]\w*\b|\b[a-z0-9]+(?:-[a-z0-9]+)+\b|\b\w+://\S+|"[^"]*"|“[^”]*”)"));
    return text.replace(identifiers, QStringLiteral(" "));
}

} // namespace

QStringList find(const QList<VisibleText::Shown> &shown,
                 Language language,
                 const Cascade &data,
                 const QStringList &moreNames)
{
    const QStringList names = dataNames(data, moreNames);
    const QSet<QString> &foreign
        = language == Language::Indonesian ? englishWords : indonesianWords;
    static const QRegularExpression nonLetters(QStringLiteral("[^\\p{L}]+"));
    static const QRegularExpression strayAmpersand(QStringLiteral("&(amp;|\\w)"));
    QStringList leaks;
    QSet<QString> reported;
    for (const VisibleText::Shown &item : shown) {
        QStringList why;
        if (strayAmpersand.match(item.text).hasMatch())
            why.append(QStringLiteral("a literal &"));
        const QString words = withoutNames(item.text, names);
        for (const QString &word : words.split(nonLetters, Qt::SkipEmptyParts)) {
            if (foreign.contains(word.toLower()) && !why.contains(word))
                why.append(word);
        }
        const QString leak
            = QStringLiteral("%1: \"%2\" (%3)").arg(item.where, item.text, why.join(u", "));
        if (!why.isEmpty() && !reported.contains(leak)) {
            reported.insert(leak);
            leaks.append(leak);
        }
    }
    return leaks;
}

} // namespace Tepat::LanguageLeaks
