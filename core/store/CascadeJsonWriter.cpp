#include "store/CascadeJsonWriter.h"

#include "store/CascadeJson.h"
#include "store/EnumKeys.h"
#include "store/RealisasiJson.h"
#include "values/IndonesianNumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Tepat {

namespace {

// The JSON kind of a plan item is the word users say; whether a "tujuan" is the RPJMD's or a
// Renstra's follows from where it stands.
QString jsonKind(PlanItem::Kind kind)
{
    switch (kind) {
    case PlanItem::Kind::RpjmdTujuan:
    case PlanItem::Kind::RenstraTujuan:
        return QStringLiteral("tujuan");
    case PlanItem::Kind::RpjmdSasaran:
    case PlanItem::Kind::RenstraSasaran:
    case PlanItem::Kind::PkSasaran:
        return QStringLiteral("sasaran");
    case PlanItem::Kind::Program:
    case PlanItem::Kind::Kegiatan:
    case PlanItem::Kind::SubKegiatan:
        return QString(enumKey(kind));
    }
    return {};
}

void putText(QJsonObject &object, const char *key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(QLatin1String(key), value);
}

void putId(QJsonObject &object, const char *key, qint64 id)
{
    if (id != 0)
        object.insert(QLatin1String(key), id);
}

template<typename E>
void putKey(QJsonObject &object, const char *key, E value)
{
    putText(object, key, QString(enumKey(value)));
}

// A map of years as a JSON object. QJsonObject keeps its keys sorted as text and inserts each one
// in its place, so years given in number order ("9", "10", "100") would each go in before the rest
// and writing would take time quadratic in their number: the keys are sorted as text first, and
// every insert appends.
template<typename V, typename Text>
QJsonObject yearsJson(const QMap<int, V> &years, Text text)
{
    QList<std::pair<QString, QString>> entries;
    entries.reserve(years.size());
    for (auto entry = years.cbegin(); entry != years.cend(); ++entry)
        entries.append({QString::number(entry.key()), text(entry.value())});
    std::sort(entries.begin(), entries.end());
    QJsonObject object;
    for (const auto &[year, value] : std::as_const(entries))
        object.insert(year, value);
    return object;
}

QJsonObject officialJson(const Official &official)
{
    QJsonObject object;
    putText(object, "name", official.name);
    putText(object, "nip", official.nip);
    putText(object, "pangkat", official.pangkat);
    putText(object, "jabatan", official.jabatan);
    return object;
}

QJsonObject indicatorJson(const Indicator &indicator)
{
    QJsonObject object;
    object.insert(QLatin1String("id"), indicator.id);
    putText(object, "text", indicator.text);
    putText(object, "satuan", indicator.satuan);
    putText(object, "baseline", indicator.baseline.toString());
    object.insert(
        QLatin1String("targets"),
        yearsJson(indicator.targets, [](const TargetValue &value) { return value.toString(); }));
    putText(object, "definisi", indicator.definisi);
    putText(object, "alasan", indicator.alasan);
    putText(object, "rumus", indicator.rumus);
    putKey(object, "tipePerhitungan", indicator.tipePerhitungan);
    putText(object, "sumberData", indicator.sumberData);
    putKey(object, "polaritas", indicator.polaritas);
    putKey(object, "jenis", indicator.jenis);
    putKey(object, "periodePelaporan", indicator.periodePelaporan);
    putText(object, "penanggungJawab", indicator.penanggungJawab);
    if (indicator.iku)
        object.insert(QLatin1String("iku"), true);
    putId(object, "serves", indicator.servesId);
    putId(object, "previous", indicator.previousVersionId);
    if (!indicator.realisasi.isEmpty())
        object.insert(QLatin1String("realisasi"), RealisasiJson::write(indicator.realisasi));
    return object;
}

QJsonObject itemJson(const Cascade &cascade, const PlanItem &item)
{
    QJsonObject object;
    object.insert(QLatin1String("id"), item.id);
    if (item.kind != PlanItem::Kind::PkSasaran)
        object.insert(QLatin1String("kind"), jsonKind(item.kind));
    putText(object, "code", item.code);
    putText(object, "name", item.name);
    putId(object, "misi", item.misiId);
    putId(object, "supports", item.supportsId);
    putId(object, "previous", item.previousVersionId);
    if (item.hasPagu()) {
        object.insert(QLatin1String("pagu"), yearsJson(item.pagu, [](const Decimal &amount) {
                          return IndonesianNumber::format(amount);
                      }));
    }
    QJsonArray indicators;
    for (qint64 id : cascade.indicatorsOf(item.id))
        indicators.append(indicatorJson(*cascade.indicator(id)));
    object.insert(QLatin1String("indicators"), indicators);
    const QList<qint64> &children = cascade.childItems(item.id);
    if (!children.isEmpty() || item.kind != PlanItem::Kind::PkSasaran) {
        QJsonArray childArray;
        for (qint64 child : children)
            childArray.append(itemJson(cascade, *cascade.item(child)));
        object.insert(QLatin1String("children"), childArray);
    }
    return object;
}

QJsonArray treeJson(const Cascade &cascade, qint64 parentId)
{
    QJsonArray array;
    for (qint64 id : cascade.childItems(parentId))
        array.append(itemJson(cascade, *cascade.item(id)));
    return array;
}

QJsonObject pkJson(const Cascade &cascade, const PkDocument &pk)
{
    QJsonObject object;
    object.insert(QLatin1String("id"), pk.id);
    putId(object, "opd", pk.opdId);
    object.insert(QLatin1String("year"), pk.year);
    putKey(object, "level", pk.level);
    putKey(object, "kind", pk.kind);
    if (pk.kind == PkDocument::Kind::Perubahan) {
        QJsonObject change;
        putText(change, "date", pk.changeDate.toString(Qt::ISODate));
        putKey(change, "alasan", pk.alasan);
        putText(change, "dasar", pk.dasar);
        putId(change, "previous", pk.previousVersionId);
        object.insert(QLatin1String("change"), change);
    }
    putText(object, "number", pk.number);
    putId(object, "parent", pk.parentPkId);
    object.insert(QLatin1String("pihakPertama"), officialJson(pk.pihakPertama));
    if (!pk.pihakKedua.isEmpty())
        object.insert(QLatin1String("pihakKedua"), officialJson(pk.pihakKedua));
    putText(object, "place", pk.place);
    putText(object, "date", pk.signDate.toString(Qt::ISODate));
    object.insert(QLatin1String("sasaran"), treeJson(cascade, pk.id));
    QJsonArray programs;
    for (const PkProgram &program : pk.programs) {
        QJsonObject row;
        row.insert(QLatin1String("id"), program.id);
        putText(row, "code", program.code);
        putText(row, "name", program.name);
        row.insert(QLatin1String("anggaran"), IndonesianNumber::format(program.anggaran));
        putId(row, "planItem", program.planItemId);
        putId(row, "previous", program.previousVersionId);
        if (const QJsonObject spent = RealisasiJson::write(program.realisasiAnggaran);
            !spent.isEmpty())
            row.insert(QLatin1String("realisasiAnggaran"), spent);
        programs.append(row);
    }
    object.insert(QLatin1String("programs"), programs);
    if (pk.declaredTotal)
        object.insert(QLatin1String("jumlah"), IndonesianNumber::format(*pk.declaredTotal));
    if (!pk.lockHistory.isEmpty()) {
        QJsonArray locks;
        for (const PkLockEvent &event : pk.lockHistory) {
            QJsonObject entry;
            putKey(entry, "action", event.action);
            if (event.action == PkLockEvent::Action::Lock)
                putKey(entry, "method", event.method);
            entry.insert(QLatin1String("at"), event.at.toUTC().toString(Qt::ISODate));
            putText(entry, "signedOn", event.signedOn.toString(Qt::ISODate));
            putText(entry, "note", event.note);
            putText(entry, "author", event.author);
            locks.append(entry);
        }
        object.insert(QLatin1String("locks"), locks);
    }
    return object;
}

} // namespace

QByteArray CascadeJsonWriter::write(const Cascade &cascade)
{
    const Pemda &pemda = cascade.pemda();
    const Periode &periode = cascade.periode();
    QJsonObject root;
    root.insert(QLatin1String("format"), CascadeJson::formatName);
    root.insert(QLatin1String("version"), CascadeJson::formatVersion);

    QJsonObject kepala;
    kepala.insert(QLatin1String("name"), pemda.kepalaDaerahName);
    kepala.insert(QLatin1String("title"), QString(enumKey(pemda.kepalaDaerahTitle)));
    root.insert(QLatin1String("pemda"),
                QJsonObject {{QLatin1String("name"), pemda.name},
                             {QLatin1String("kepalaDaerah"), kepala},
                             {QLatin1String("ibuKota"), pemda.ibuKota}});

    QJsonArray misi;
    for (const Misi &entry : periode.misi)
        misi.append(
            QJsonObject {{QLatin1String("id"), entry.id}, {QLatin1String("text"), entry.text}});
    root.insert(QLatin1String("periode"),
                QJsonObject {{QLatin1String("start"), periode.startYear},
                             {QLatin1String("end"), periode.endYear},
                             {QLatin1String("visi"), periode.visi},
                             {QLatin1String("misi"), misi}});

    root.insert(QLatin1String("rpjmd"), treeJson(cascade, 0));
    QJsonArray opds;
    for (const Opd &opd : cascade.opds()) {
        QJsonObject object;
        object.insert(QLatin1String("id"), opd.id);
        putText(object, "code", opd.code);
        putText(object, "name", opd.name);
        putText(object, "shortName", opd.shortName);
        object.insert(QLatin1String("head"), officialJson(opd.head));
        object.insert(QLatin1String("renstra"), treeJson(cascade, opd.id));
        opds.append(object);
    }
    root.insert(QLatin1String("opds"), opds);
    QJsonArray pks;
    for (const PkDocument &pk : cascade.pks())
        pks.append(pkJson(cascade, pk));
    root.insert(QLatin1String("pks"), pks);
    if (!cascade.comments().isEmpty()) {
        QJsonArray comments;
        for (const ReviewComment &comment : cascade.comments()) {
            QJsonObject object {{QLatin1String("id"), comment.id},
                                {QLatin1String("object"), comment.objectId},
                                {QLatin1String("author"), comment.author},
                                {QLatin1String("at"), comment.at.toUTC().toString(Qt::ISODate)},
                                {QLatin1String("text"), comment.text}};
            if (comment.resolved)
                object.insert(QLatin1String("resolved"), true);
            comments.append(object);
        }
        root.insert(QLatin1String("comments"), comments);
    }
    const CheckSettings &settings = cascade.checkSettings();
    if (settings != CheckSettings()) {
        QStringList disabled(settings.disabledRules.cbegin(), settings.disabledRules.cend());
        disabled.sort();
        QJsonObject severities;
        for (auto grade = settings.severities.cbegin(); grade != settings.severities.cend();
             ++grade)
            severities.insert(grade.key(), QString(severityKey(*grade)));
        QJsonArray acknowledgements;
        for (const Acknowledgement &acknowledgement : settings.acknowledgements) {
            acknowledgements.append(QJsonObject {
                {QLatin1String("rule"), acknowledgement.ruleId},
                {QLatin1String("object"), acknowledgement.objectId},
                {QLatin1String("field"), acknowledgement.field},
                {QLatin1String("reason"), acknowledgement.reason},
                {QLatin1String("author"), acknowledgement.author},
                {QLatin1String("at"), acknowledgement.at.toUTC().toString(Qt::ISODate)}});
        }
        root.insert(QLatin1String("checkSettings"),
                    QJsonObject {{QLatin1String("disabled"), QJsonArray::fromStringList(disabled)},
                                 {QLatin1String("severities"), severities},
                                 {QLatin1String("acknowledgements"), acknowledgements}});
    }
    if (cascade.measureSettings() != MeasureSettings())
        root.insert(QLatin1String("pengukuran"), RealisasiJson::write(cascade.measureSettings()));
    if (cascade.printSettings() != PrintSettings()) {
        root.insert(QLatin1String("print"),
                    QJsonObject {
                        {QLatin1String("paper"), QString(enumKey(cascade.printSettings().paper))}});
    }
    if (const ServerOrigin &origin = cascade.serverOrigin(); !origin.isEmpty()) {
        QJsonObject versions;
        for (auto base = origin.base.cbegin(); base != origin.base.cend(); ++base) {
            versions.insert(QString::number(base.key()),
                            QJsonObject {{QLatin1String("version"), base->version},
                                         {QLatin1String("hash"), QString::fromLatin1(base->hash)}});
        }
        root.insert(
            QLatin1String("server"),
            QJsonObject {{QLatin1String("url"), origin.url},
                         {QLatin1String("pulledAt"), origin.pulledAt.toUTC().toString(Qt::ISODate)},
                         {QLatin1String("freeIds"),
                          QJsonObject {{QLatin1String("first"), origin.firstFreeId},
                                       {QLatin1String("last"), origin.lastFreeId}}},
                         {QLatin1String("versions"), versions}});
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Tepat
