#include "print/PkContent.h"

#include "values/IndonesianDate.h"
#include "values/IndonesianNumber.h"

#include <array>

namespace Tepat {

namespace {

Official printableOfficial(const Official &official)
{
    return Official {PkContent::printable(official.name),
                     PkContent::printable(official.nip),
                     PkContent::printable(official.pangkat),
                     PkContent::printable(official.jabatan)};
}

// The lampiran's column headings at each level (domain.md §2): what the level's sasaran are
// called, and what its budget rows are.
struct Headings
{
    PkDocument::Level level;
    const char *sasaran;
    const char *program;
};
constexpr std::array<Headings, 4> headings {{
    {PkDocument::Level::KepalaDaerah, "Sasaran Strategis", "Program"},
    {PkDocument::Level::KepalaOpd, "Sasaran Strategis PD", "Program"},
    {PkDocument::Level::EselonIII, "Sasaran Program", "Kegiatan"},
    {PkDocument::Level::EselonIV, "Sasaran Kegiatan", "Sub Kegiatan"},
}};

const Headings &headingsOf(PkDocument::Level level)
{
    const auto found = std::find_if(
        headings.begin(), headings.end(), [level](const Headings &h) { return h.level == level; });
    Q_ASSERT(found != headings.end());
    return *found;
}

// The satuan follows a number, except rupiah, which Indonesian writes in front ("Rp 9.300.000");
// a grade ("BB") or words carry their own meaning, and a value that names its unit ("85 %")
// must not get it twice.
QString targetText(const Indicator &indicator, int year)
{
    const TargetValue target = indicator.target(year);
    const QString value = PkContent::printable(target.toString());
    if (value.isEmpty())
        return QStringLiteral("-");
    const QString satuan = PkContent::printable(indicator.satuan);
    if (satuan.isEmpty() || !target.unit().isEmpty() || target.kind() == TargetValue::Kind::Grade
        || target.kind() == TargetValue::Kind::Text)
        return value;
    if (satuan.compare(u"Rp", Qt::CaseInsensitive) == 0
        || satuan.compare(u"Rp.", Qt::CaseInsensitive) == 0)
        return QStringLiteral("Rp %1").arg(value);
    return QStringLiteral("%1 %2").arg(value, satuan);
}

QString placeAndDateOf(const Cascade &cascade, const PkDocument &pk)
{
    QString place = PkContent::printable(pk.place);
    if (place.isEmpty())
        place = PkContent::printable(cascade.pemda().ibuKota);
    const QDate date = pk.kind == PkDocument::Kind::Perubahan && pk.changeDate.isValid()
        ? pk.changeDate
        : pk.signDate;
    // Printed before the ceremony, the day is left blank to be written in by hand.
    const QString when = date.isValid()
        ? IndonesianDate::format(date)
        : QStringLiteral("%1 %2").arg(QString(16, u'.')).arg(pk.year);
    return QStringLiteral("%1, %2").arg(place, when);
}

} // namespace

PkContent PkContent::from(const Cascade &cascade, const PkDocument &pk)
{
    PkContent content;
    content.pkId = pk.id;
    content.year = pk.year;
    content.level = pk.level;
    content.title = pk.kind == PkDocument::Kind::Perubahan
        ? QStringLiteral("PERJANJIAN KINERJA PERUBAHAN TAHUN %1").arg(pk.year)
        : QStringLiteral("PERJANJIAN KINERJA TAHUN %1").arg(pk.year);
    const QString pemda = printable(cascade.pemda().name);
    if (const Opd *opd = cascade.opd(pk.opdId)) {
        const QString name = printable(opd->name);
        content.unitLines = {name.toUpper(), pemda.toUpper()};
        content.instansi = QStringLiteral("%1 %2").arg(name, pemda);
    } else {
        content.unitLines = {printable(pk.pihakPertama.jabatan).toUpper()};
        content.instansi = QStringLiteral("Pemerintah %1").arg(pemda);
    }
    content.number = printable(pk.number);
    content.pihakPertama = printableOfficial(pk.pihakPertama);
    content.pihakKedua = printableOfficial(pk.pihakKedua);
    content.placeAndDate = placeAndDateOf(cascade, pk);
    content.sasaranHeading = QLatin1String(headingsOf(pk.level).sasaran);
    content.programHeading = QLatin1String(headingsOf(pk.level).program);

    for (qint64 itemId : cascade.childItems(pk.id)) {
        const PlanItem *item = cascade.item(itemId);
        if (!item || item->kind != PlanItem::Kind::PkSasaran)
            continue;
        SasaranRow row {printable(item->name), {}};
        for (qint64 indicatorId : cascade.indicatorsOf(itemId)) {
            if (const Indicator *indicator = cascade.indicator(indicatorId))
                row.indicators.append(
                    {printable(indicator->text), targetText(*indicator, pk.year)});
        }
        content.sasaran.append(row);
    }

    // Cents only when an amount has them, so that the rows still add up to the printed total.
    const bool cents = std::any_of(pk.programs.begin(), pk.programs.end(), [](const PkProgram &p) {
        return p.anggaran.rounded(0) != p.anggaran;
    });
    const auto rupiah = [cents](const Decimal &amount) {
        return IndonesianNumber::formatRupiah(amount, IndonesianNumber::RupiahStyle::Spaced, cents);
    };
    for (const PkProgram &program : pk.programs)
        content.programs.append(
            {printable(program.code), printable(program.name), rupiah(program.anggaran)});
    content.anggaranTotal = rupiah(pk.anggaranTotal());
    return content;
}

QString PkContent::printable(const QString &text)
{
    QString cleaned;
    cleaned.reserve(text.size());
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            cleaned.append(u' ');
        else if (c.category() != QChar::Other_Format)
            cleaned.append(c);
    }
    return cleaned.normalized(QString::NormalizationForm_C).simplified();
}

} // namespace Tepat
