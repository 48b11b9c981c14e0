#include "online/HistoryWording.h"

#include <QHash>

namespace Tepat {

QString HistoryWording::object(const QString &table)
{
    static const QHash<QString, const char *> objects {
        {QStringLiteral("indicator"), QT_TR_NOOP("indicator")},
        {QStringLiteral("target"), QT_TR_NOOP("target")},
        {QStringLiteral("realisasi"), QT_TR_NOOP("realisasi")},
        {QStringLiteral("realisasi_analisis"), QT_TR_NOOP("analisis of the realisasi")},
        {QStringLiteral("realisasi_anggaran"), QT_TR_NOOP("realisasi anggaran")},
        {QStringLiteral("plan_item"), QT_TR_NOOP("plan item")},
        {QStringLiteral("pagu"), QT_TR_NOOP("pagu")},
        {QStringLiteral("pk"), QT_TR_NOOP("PK")},
        {QStringLiteral("pk_program"), QT_TR_NOOP("program of the PK")},
        {QStringLiteral("pk_lock_event"), QT_TR_NOOP("signature or unlocking")},
        {QStringLiteral("opd"), QT_TR_NOOP("OPD")},
        {QStringLiteral("review_comment"), QT_TR_NOOP("comment")},
    };
    const auto found = objects.constFind(table);
    return found == objects.cend() ? table : tr(*found);
}

QString HistoryWording::field(const QString &column)
{
    static const QHash<QString, const char *> fields {
        {QStringLiteral("text"), QT_TR_NOOP("Wording")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("satuan"), QT_TR_NOOP("Satuan")},
        {QStringLiteral("baseline"), QT_TR_NOOP("Baseline")},
        {QStringLiteral("definisi"), QT_TR_NOOP("Definition")},
        {QStringLiteral("alasan"), QT_TR_NOOP("Reason")},
        {QStringLiteral("rumus"), QT_TR_NOOP("Formula")},
        {QStringLiteral("tipe_perhitungan"), QT_TR_NOOP("Computed as")},
        {QStringLiteral("sumber_data"), QT_TR_NOOP("Data source")},
        {QStringLiteral("polaritas"), QT_TR_NOOP("Polarity")},
        {QStringLiteral("jenis"), QT_TR_NOOP("Kind")},
        {QStringLiteral("periode_pelaporan"), QT_TR_NOOP("Reporting period")},
        {QStringLiteral("penanggung_jawab"), QT_TR_NOOP("Person in charge")},
        {QStringLiteral("iku"), QT_TR_NOOP("IKU")},
        {QStringLiteral("position"), QT_TR_NOOP("Position")},
        {QStringLiteral("year"), QT_TR_NOOP("Year")},
        {QStringLiteral("value"), QT_TR_NOOP("Value")},
        {QStringLiteral("quarter"), QT_TR_NOOP("Triwulan")},
        {QStringLiteral("target"), QT_TR_NOOP("Target")},
        {QStringLiteral("kendala"), QT_TR_NOOP("Kendala")},
        {QStringLiteral("tindak_lanjut"), QT_TR_NOOP("Tindak lanjut")},
        {QStringLiteral("bukti"), QT_TR_NOOP("Bukti")},
        {QStringLiteral("faktor_pendukung"), QT_TR_NOOP("Faktor pendukung")},
        {QStringLiteral("faktor_penghambat"), QT_TR_NOOP("Faktor penghambat")},
        {QStringLiteral("upaya_peningkatan"), QT_TR_NOOP("Upaya peningkatan")},
    };
    const auto found = fields.constFind(column);
    if (found != fields.cend())
        return tr(*found);
    QString words = column;
    return words.replace(u'_', u' ');
}

bool HistoryWording::isReference(const QString &column)
{
    return column == QLatin1String("id") || column.endsWith(QLatin1String("_id"));
}

} // namespace Tepat
