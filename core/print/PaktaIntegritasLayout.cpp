#include "print/PaktaIntegritasLayout.h"

#include "print/DocumentComposer.h"

namespace Tepat {

namespace {

QStringList promises(const QString &instansi)
{
    return {
        QStringLiteral("Berperan secara pro aktif dalam upaya pencegahan dan pemberantasan "
                       "Korupsi, Kolusi, dan Nepotisme serta tidak melibatkan diri dalam perbuatan "
                       "tercela;"),
        QStringLiteral("Tidak meminta atau menerima pemberian secara langsung atau tidak langsung "
                       "berupa suap, hadiah, bantuan, atau bentuk lainnya yang tidak sesuai dengan "
                       "ketentuan yang berlaku;"),
        QStringLiteral("Bersikap transparan, jujur, objektif, dan akuntabel dalam melaksanakan "
                       "tugas;"),
        QStringLiteral("Menghindari pertentangan kepentingan (conflict of interest) dalam "
                       "pelaksanaan tugas;"),
        QStringLiteral("Memberi contoh dalam kepatuhan terhadap peraturan perundang-undangan dalam "
                       "melaksanakan tugas, terutama kepada pegawai yang berada di bawah "
                       "pengawasan saya dan sesama pegawai di lingkungan kerja saya secara "
                       "konsisten;"),
        QStringLiteral("Akan menyampaikan informasi penyimpangan integritas di %1 serta turut "
                       "menjaga kerahasiaan saksi atas pelanggaran peraturan yang dilaporkannya;")
            .arg(instansi),
        QStringLiteral("Bila saya melanggar hal-hal tersebut di atas, saya siap menghadapi "
                       "konsekuensinya."),
    };
}

} // namespace

Result<LaidOutDocument> PaktaIntegritasLayout::layout(const PkContent &content,
                                                      const PaperFormat &paper,
                                                      DocumentFonts::Typeface typeface)
{
    DocumentComposer doc(paper, typeface);
    doc.add(doc.centred({QStringLiteral("PAKTA INTEGRITAS")}, true), 0, 0);
    doc.add(doc.paragraph(QStringLiteral("Saya yang bertanda tangan di bawah ini:")), 0, 24);

    const Official &official = content.pihakPertama;
    QList<std::pair<QString, QString>> identity {{QStringLiteral("Nama"), official.name}};
    // A kepala daerah is elected, not a civil servant: no NIP and no pangkat to print.
    if (!official.nip.isEmpty())
        identity.append({QStringLiteral("NIP"), official.nip});
    if (!official.pangkat.isEmpty())
        identity.append({QStringLiteral("Pangkat/Gol."), official.pangkat});
    identity.append({QStringLiteral("Jabatan"), official.jabatan});
    identity.append({QStringLiteral("Instansi"), content.instansi});
    doc.add(doc.fields(identity));
    doc.add(doc.paragraph(QStringLiteral("dengan ini menyatakan bahwa saya:")));

    std::optional<DocumentComposer::Signatory> witness;
    if (!content.signsAlone())
        witness = DocumentComposer::Signatory {QStringLiteral("Mengetahui,"), content.pihakKedua};
    const FlowBlock signatures = doc.signatures(
        content.placeAndDate, witness, {QStringLiteral("Yang menyatakan,"), official});
    const QStringList points = promises(content.instansi);
    for (qsizetype i = 0; i < points.size(); ++i) {
        const bool last = i + 1 == points.size();
        doc.add(doc.numbered(int(i + 1), points[i]),
                last ? doc.spaceBefore(24) + signatures.height : 0,
                4);
    }
    doc.add(signatures, 0, 24);
    return doc.finish(PkFingerprint::of(content, PkFingerprint::Document::PaktaIntegritas));
}

} // namespace Tepat
