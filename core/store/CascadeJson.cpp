#include "store/CascadeJson.h"

#include "store/EnumKeys.h"
#include "values/IndonesianNumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Tepat {

namespace {

const QLatin1String formatName("tepat-workspace");
constexpr int formatVersion = 1;

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
    QJsonObject targets;
    for (auto target = indicator.targets.cbegin(); target != indicator.targets.cend(); ++target)
        targets.insert(QString::number(target.key()), target.value().toString());
    object.insert(QLatin1String("targets"), targets);
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
    if (item.hasPagu()) {
        QJsonObject pagu;
        for (auto amount = item.pagu.cbegin(); amount != item.pagu.cend(); ++amount)
            pagu.insert(QString::number(amount.key()), IndonesianNumber::format(amount.value()));
        object.insert(QLatin1String("pagu"), pagu);
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
        putText(change, "reason", pk.changeReason);
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
        programs.append(row);
    }
    object.insert(QLatin1String("programs"), programs);
    if (pk.declaredTotal)
        object.insert(QLatin1String("jumlah"), IndonesianNumber::format(*pk.declaredTotal));
    return object;
}

// Reads the JSON tree into a Cascade, keeping the path of the value being read so that every
// message says where the problem is.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::CascadeJson)

public:
    explicit JsonReader(QString fileName)
        : m_fileName(std::move(fileName))
    {}

    Result<Cascade> read(const QJsonObject &root);

private:
    enum class Tree { Rpjmd, Renstra, Pk };

    Error error(const QString &path, const QString &problem) const
    {
        return Error(Error::Code::Parse,
                     tr("%1: %2: %3").arg(m_fileName, path, problem),
                     m_fileName,
                     -1,
                     path);
    }

    Result<QString> text(const QJsonObject &object, const char *key, const QString &path) const
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return QString();
        if (!value.isString())
            return fail(error(path + QLatin1Char('.') + QLatin1String(key), tr("must be text.")));
        return value.toString();
    }

    Result<qint64>
    id(const QJsonObject &object, const char *key, const QString &path, bool required) const
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() && !required)
            return 0;
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 1 || number != double(qint64(number)))
            return fail(error(path + QLatin1Char('.') + QLatin1String(key),
                              tr("must be a positive whole number.")));
        return qint64(number);
    }

    template<typename E>
    Result<E> key(const QJsonObject &object,
                  const char *name,
                  const QString &path,
                  std::optional<E> absent) const
    {
        const QJsonValue value = object.value(QLatin1String(name));
        if (value.isUndefined() && absent)
            return *absent;
        const auto parsed = enumFromKey<E>(value.toString());
        if (!parsed) {
            return fail(error(path + QLatin1Char('.') + QLatin1String(name),
                              tr("must be one of: %1.").arg(enumKeyList<E>())));
        }
        return *parsed;
    }

    Result<QDate> date(const QJsonObject &object, const char *name, const QString &path) const
    {
        const Result<QString> value = text(object, name, path);
        if (!value)
            return fail(value.error());
        if (value->isEmpty())
            return QDate();
        const QDate parsed = QDate::fromString(*value, Qt::ISODate);
        if (!parsed.isValid())
            return fail(error(path + QLatin1Char('.') + QLatin1String(name),
                              tr("\"%1\" is not a date like 2026-01-02.").arg(*value)));
        return parsed;
    }

    Result<Decimal> amount(const QJsonValue &value, const QString &path) const
    {
        if (!value.isString())
            return fail(error(path, tr("must be an amount written as text, e.g. \"1.250.000\".")));
        Result<Decimal> parsed = IndonesianNumber::parse(value.toString());
        if (!parsed)
            return fail(error(path, parsed.error().message));
        return parsed;
    }

    Result<QMap<int, QJsonValue>>
    yearMap(const QJsonObject &object, const char *name, const QString &path) const
    {
        QMap<int, QJsonValue> result;
        const QJsonObject years = object.value(QLatin1String(name)).toObject();
        for (auto entry = years.begin(); entry != years.end(); ++entry) {
            bool ok = false;
            const int year = entry.key().toInt(&ok);
            if (!ok || year < 1945 || year > 2200) {
                return fail(error(path + QLatin1Char('.') + QLatin1String(name),
                                  tr("\"%1\" is not a year.").arg(entry.key())));
            }
            result.insert(year, entry.value());
        }
        return result;
    }

    Result<Official> official(const QJsonObject &object, const QString &path) const;
    Result<void> readIndicators(Cascade &cascade,
                                const QJsonObject &object,
                                qint64 ownerId,
                                const QString &path) const;
    Result<void> readTree(Cascade &cascade,
                          const QJsonArray &items,
                          Tree tree,
                          qint64 parentId,
                          std::optional<PlanItem::Kind> parentKind,
                          const QString &path) const;
    Result<void> readPk(Cascade &cascade, const QJsonObject &object, const QString &path) const;
    Result<void> readCheckSettings(Cascade &cascade, const QJsonObject &object) const;
    Result<void> readPrintSettings(Cascade &cascade, const QJsonObject &object) const;
    Result<void> readServerOrigin(Cascade &cascade, const QJsonObject &object) const;

    QString m_fileName;
};

Result<Official> JsonReader::official(const QJsonObject &object, const QString &path) const
{
    Official result;
    for (auto [key, field] : {std::pair {"name", &result.name},
                              std::pair {"nip", &result.nip},
                              std::pair {"pangkat", &result.pangkat},
                              std::pair {"jabatan", &result.jabatan}}) {
        Result<QString> value = text(object, key, path);
        if (!value)
            return fail(value.error());
        *field = *value;
    }
    return result;
}

Result<void> JsonReader::readIndicators(Cascade &cascade,
                                        const QJsonObject &object,
                                        qint64 ownerId,
                                        const QString &path) const
{
    const QJsonArray indicators = object.value(QLatin1String("indicators")).toArray();
    for (int i = 0; i < indicators.size(); ++i) {
        const QString here = QStringLiteral("%1.indicators[%2]").arg(path).arg(i);
        const QJsonObject source = indicators[i].toObject();
        Indicator indicator;
        indicator.ownerId = ownerId;
        const Result<qint64> ownId = id(source, "id", here, true);
        const Result<qint64> serves = id(source, "serves", here, false);
        if (!ownId || !serves)
            return fail(!ownId ? ownId.error() : serves.error());
        indicator.id = *ownId;
        indicator.servesId = *serves;
        for (auto [key, field] : {std::pair {"text", &indicator.text},
                                  std::pair {"satuan", &indicator.satuan},
                                  std::pair {"definisi", &indicator.definisi},
                                  std::pair {"alasan", &indicator.alasan},
                                  std::pair {"rumus", &indicator.rumus},
                                  std::pair {"sumberData", &indicator.sumberData},
                                  std::pair {"penanggungJawab", &indicator.penanggungJawab}}) {
            Result<QString> value = text(source, key, here);
            if (!value)
                return fail(value.error());
            *field = *value;
        }
        const Result<QString> baseline = text(source, "baseline", here);
        if (!baseline)
            return fail(baseline.error());
        indicator.baseline = TargetValue::parse(*baseline);
        const Result<QMap<int, QJsonValue>> targets = yearMap(source, "targets", here);
        if (!targets)
            return fail(targets.error());
        for (auto target = targets->cbegin(); target != targets->cend(); ++target)
            indicator.targets.insert(target.key(), TargetValue::parse(target.value().toString()));
        indicator.iku = source.value(QLatin1String("iku")).toBool(false);
        const auto tipe = key<Indicator::TipePerhitungan>(
            source, "tipePerhitungan", here, Indicator::TipePerhitungan::NotGiven);
        const auto polaritas
            = key<Indicator::Polaritas>(source, "polaritas", here, Indicator::Polaritas::NotGiven);
        const auto jenis = key<Indicator::Jenis>(source, "jenis", here, Indicator::Jenis::NotGiven);
        const auto periode = key<Indicator::PeriodePelaporan>(
            source, "periodePelaporan", here, Indicator::PeriodePelaporan::NotGiven);
        for (const Error *problem : {tipe ? nullptr : &tipe.error(),
                                     polaritas ? nullptr : &polaritas.error(),
                                     jenis ? nullptr : &jenis.error(),
                                     periode ? nullptr : &periode.error()}) {
            if (problem)
                return fail(*problem);
        }
        indicator.tipePerhitungan = *tipe;
        indicator.polaritas = *polaritas;
        indicator.jenis = *jenis;
        indicator.periodePelaporan = *periode;
        if (Result<void> inserted = cascade.insertIndicator(indicator); !inserted)
            return fail(error(here, inserted.error().message));
    }
    return {};
}

Result<void> JsonReader::readTree(Cascade &cascade,
                                  const QJsonArray &items,
                                  Tree tree,
                                  qint64 parentId,
                                  std::optional<PlanItem::Kind> parentKind,
                                  const QString &path) const
{
    for (int i = 0; i < items.size(); ++i) {
        const QString here = QStringLiteral("%1[%2]").arg(path).arg(i);
        const QJsonObject source = items[i].toObject();
        PlanItem item;
        item.parentId = parentId;
        const Result<qint64> ownId = id(source, "id", here, true);
        if (!ownId)
            return fail(ownId.error());
        item.id = *ownId;
        const QString kind = source.value(QLatin1String("kind")).toString();
        const bool top = !parentKind;
        if (tree == Tree::Pk) {
            item.kind = PlanItem::Kind::PkSasaran;
        } else if (kind == QLatin1String("tujuan") && top) {
            item.kind
                = tree == Tree::Rpjmd ? PlanItem::Kind::RpjmdTujuan : PlanItem::Kind::RenstraTujuan;
        } else if (kind == QLatin1String("sasaran") && !top) {
            item.kind = tree == Tree::Rpjmd ? PlanItem::Kind::RpjmdSasaran
                                            : PlanItem::Kind::RenstraSasaran;
        } else if (const auto code = enumFromKey<PlanItem::Kind>(kind); code
                   && tree == Tree::Renstra && !top && code >= PlanItem::Kind::Program
                   && code <= PlanItem::Kind::SubKegiatan) {
            item.kind = *code;
        } else {
            return fail(
                error(here + QStringLiteral(".kind"),
                      tr("\"%1\" cannot stand here; see docs/json-format.md for the tree of kinds.")
                          .arg(kind)));
        }
        if (!top && PlanItem::parentKind(item.kind) != *parentKind) {
            return fail(error(
                here + QStringLiteral(".kind"),
                tr("a %1 cannot stand under a %2.")
                    .arg(PlanItem::displayName(item.kind), PlanItem::displayName(*parentKind))));
        }
        for (auto [key, field] : {std::pair {"code", &item.code}, std::pair {"name", &item.name}}) {
            Result<QString> value = text(source, key, here);
            if (!value)
                return fail(value.error());
            *field = *value;
        }
        const Result<qint64> misi = id(source, "misi", here, false);
        const Result<qint64> supports = id(source, "supports", here, false);
        if (!misi || !supports)
            return fail(!misi ? misi.error() : supports.error());
        item.misiId = *misi;
        item.supportsId = *supports;
        const Result<QMap<int, QJsonValue>> pagu = yearMap(source, "pagu", here);
        if (!pagu)
            return fail(pagu.error());
        for (auto entry = pagu->cbegin(); entry != pagu->cend(); ++entry) {
            Result<Decimal> value
                = amount(entry.value(), QStringLiteral("%1.pagu.%2").arg(here).arg(entry.key()));
            if (!value)
                return fail(value.error());
            item.pagu.insert(entry.key(), *value);
        }
        if (Result<void> inserted = cascade.insertItem(item); !inserted)
            return fail(error(here, inserted.error().message));
        if (Result<void> indicators = readIndicators(cascade, source, item.id, here); !indicators)
            return indicators;
        const QJsonArray children = source.value(QLatin1String("children")).toArray();
        if (Result<void> sub = readTree(
                cascade, children, tree, item.id, item.kind, here + QStringLiteral(".children"));
            !sub)
            return sub;
    }
    return {};
}

Result<void>
JsonReader::readPk(Cascade &cascade, const QJsonObject &source, const QString &here) const
{
    PkDocument pk;
    const Result<qint64> ownId = id(source, "id", here, true);
    const Result<qint64> opd = id(source, "opd", here, false);
    const Result<qint64> parent = id(source, "parent", here, false);
    for (const Result<qint64> *value : {&ownId, &opd, &parent}) {
        if (!*value)
            return fail(value->error());
    }
    pk.id = *ownId;
    pk.opdId = *opd;
    pk.parentPkId = *parent;
    pk.year = source.value(QLatin1String("year")).toInt();
    if (!cascade.periode().contains(pk.year)) {
        return fail(error(here + QStringLiteral(".year"),
                          tr("%1 is outside the RPJMD period %2–%3.")
                              .arg(pk.year)
                              .arg(cascade.periode().startYear)
                              .arg(cascade.periode().endYear)));
    }
    const auto level = key<PkDocument::Level>(source, "level", here, std::nullopt);
    const auto kind = key<PkDocument::Kind>(source, "kind", here, PkDocument::Kind::Awal);
    if (!level || !kind)
        return fail(!level ? level.error() : kind.error());
    pk.level = *level;
    pk.kind = *kind;
    const QJsonObject change = source.value(QLatin1String("change")).toObject();
    const Result<QDate> changeDate = date(change, "date", here + QStringLiteral(".change"));
    const Result<QString> changeReason = text(change, "reason", here + QStringLiteral(".change"));
    const Result<QString> number = text(source, "number", here);
    const Result<QString> place = text(source, "place", here);
    const Result<QDate> signDate = date(source, "date", here);
    const Result<Official> first = official(source.value(QLatin1String("pihakPertama")).toObject(),
                                            here + QStringLiteral(".pihakPertama"));
    const Result<Official> second = official(source.value(QLatin1String("pihakKedua")).toObject(),
                                             here + QStringLiteral(".pihakKedua"));
    if (!changeDate)
        return fail(changeDate.error());
    if (!signDate)
        return fail(signDate.error());
    for (const Result<QString> *value : {&changeReason, &number, &place}) {
        if (!*value)
            return fail(value->error());
    }
    if (!first || !second)
        return fail(!first ? first.error() : second.error());
    pk.changeDate = *changeDate;
    pk.changeReason = *changeReason;
    pk.number = *number;
    pk.place = *place;
    pk.signDate = *signDate;
    pk.pihakPertama = *first;
    pk.pihakKedua = *second;
    const QJsonArray programs = source.value(QLatin1String("programs")).toArray();
    for (int p = 0; p < programs.size(); ++p) {
        const QString row = QStringLiteral("%1.programs[%2]").arg(here).arg(p);
        const QJsonObject programSource = programs[p].toObject();
        PkProgram program;
        const Result<qint64> programId = id(programSource, "id", row, true);
        const Result<qint64> planItem = id(programSource, "planItem", row, false);
        if (!programId || !planItem)
            return fail(!programId ? programId.error() : planItem.error());
        program.id = *programId;
        program.planItemId = *planItem;
        const Result<QString> code = text(programSource, "code", row);
        const Result<QString> name = text(programSource, "name", row);
        if (!code || !name)
            return fail(!code ? code.error() : name.error());
        program.code = *code;
        program.name = *name;
        Result<Decimal> anggaran = amount(programSource.value(QLatin1String("anggaran")),
                                          row + QStringLiteral(".anggaran"));
        if (!anggaran)
            return fail(anggaran.error());
        program.anggaran = *anggaran;
        pk.programs.append(program);
    }
    if (source.contains(QLatin1String("jumlah"))) {
        Result<Decimal> total
            = amount(source.value(QLatin1String("jumlah")), here + QStringLiteral(".jumlah"));
        if (!total)
            return fail(total.error());
        pk.declaredTotal = *total;
    }
    if (Result<void> inserted = cascade.insertPk(pk); !inserted)
        return fail(error(here, inserted.error().message));
    return readTree(cascade,
                    source.value(QLatin1String("sasaran")).toArray(),
                    Tree::Pk,
                    pk.id,
                    std::nullopt,
                    here + QStringLiteral(".sasaran"));
}

Result<void> JsonReader::readCheckSettings(Cascade &cascade, const QJsonObject &object) const
{
    CheckSettings settings;
    const QString path = QStringLiteral("checkSettings");
    for (const QJsonValue &rule : object.value(QLatin1String("disabled")).toArray())
        settings.disabledRules.insert(rule.toString());
    const QJsonObject severities = object.value(QLatin1String("severities")).toObject();
    for (auto grade = severities.begin(); grade != severities.end(); ++grade) {
        const std::optional<Severity> severity = severityFromKey(grade.value().toString());
        if (!severity)
            return fail(error(path + QStringLiteral(".severities.") + grade.key(),
                              tr("must be error, warning or info.")));
        settings.severities.insert(grade.key(), *severity);
    }
    const QJsonArray acknowledgements = object.value(QLatin1String("acknowledgements")).toArray();
    for (int i = 0; i < acknowledgements.size(); ++i) {
        const QString here = QStringLiteral("%1.acknowledgements[%2]").arg(path).arg(i);
        const QJsonObject source = acknowledgements[i].toObject();
        const Result<qint64> objectId = id(source, "object", here, true);
        if (!objectId)
            return fail(objectId.error());
        const QDateTime at
            = QDateTime::fromString(source.value(QLatin1String("at")).toString(), Qt::ISODate);
        if (!at.isValid())
            return fail(error(here + QStringLiteral(".at"),
                              tr("must be a date and time like 2026-01-02T08:00:00Z.")));
        settings.acknowledgements.append(
            Acknowledgement {source.value(QLatin1String("rule")).toString(),
                             *objectId,
                             source.value(QLatin1String("field")).toString(),
                             source.value(QLatin1String("reason")).toString(),
                             source.value(QLatin1String("author")).toString(),
                             at});
    }
    cascade.setCheckSettings(settings);
    return {};
}

Result<void> JsonReader::readPrintSettings(Cascade &cascade, const QJsonObject &object) const
{
    PrintSettings settings;
    if (const QJsonValue paper = object.value(QLatin1String("paper")); !paper.isUndefined()) {
        const auto size = enumFromKey<PaperFormat::Size>(paper.toString());
        if (!size)
            return fail(error(QStringLiteral("print.paper"),
                              tr("must be %1.").arg(enumKeyList<PaperFormat::Size>())));
        settings.paper = *size;
    }
    cascade.setPrintSettings(settings);
    return {};
}

Result<void> JsonReader::readServerOrigin(Cascade &cascade, const QJsonObject &object) const
{
    if (object.isEmpty())
        return {};
    ServerOrigin origin;
    origin.url = object.value(QLatin1String("url")).toString();
    origin.pulledAt
        = QDateTime::fromString(object.value(QLatin1String("pulledAt")).toString(), Qt::ISODate);
    const QJsonObject freeIds = object.value(QLatin1String("freeIds")).toObject();
    origin.firstFreeId = freeIds.value(QLatin1String("first")).toInteger();
    origin.lastFreeId = freeIds.value(QLatin1String("last")).toInteger();
    if (origin.url.isEmpty() || !origin.pulledAt.isValid() || origin.firstFreeId <= 0
        || origin.lastFreeId < origin.firstFreeId) {
        return fail(error(QStringLiteral("server"),
                          tr("must name the server's url, pulledAt and freeIds {first, last}.")));
    }
    const QJsonObject versions = object.value(QLatin1String("versions")).toObject();
    for (auto entry = versions.constBegin(); entry != versions.constEnd(); ++entry) {
        bool isNumber = false;
        const qint64 objectId = entry.key().toLongLong(&isNumber);
        const QJsonObject base = entry.value().toObject();
        const qint64 version = base.value(QLatin1String("version")).toInteger();
        if (!isNumber || version <= 0) {
            return fail(error(QStringLiteral("server.versions.%1").arg(entry.key()),
                              tr("must be an object id with its version and hash.")));
        }
        origin.base.insert(
            objectId,
            ServerOrigin::Base {version, base.value(QLatin1String("hash")).toString().toLatin1()});
    }
    cascade.setServerOrigin(origin);
    return {};
}

Result<Cascade> JsonReader::read(const QJsonObject &root)
{
    if (root.value(QLatin1String("format")).toString() != formatName)
        return fail(error(QStringLiteral("format"),
                          tr("this is not a Tepat workspace export (\"format\" must be \"%1\").")
                              .arg(formatName)));
    const int version = root.value(QLatin1String("version")).toInt();
    if (version != formatVersion) {
        return fail(error(QStringLiteral("version"),
                          tr("format version %1 is not supported; this Tepat reads version %2.")
                              .arg(version)
                              .arg(formatVersion)));
    }
    Cascade cascade;
    const QJsonObject pemdaSource = root.value(QLatin1String("pemda")).toObject();
    const QJsonObject kepala = pemdaSource.value(QLatin1String("kepalaDaerah")).toObject();
    Pemda pemda;
    pemda.name = pemdaSource.value(QLatin1String("name")).toString();
    pemda.ibuKota = pemdaSource.value(QLatin1String("ibuKota")).toString();
    pemda.kepalaDaerahName = kepala.value(QLatin1String("name")).toString();
    const auto title
        = key<Pemda::Title>(kepala, "title", QStringLiteral("pemda.kepalaDaerah"), std::nullopt);
    if (!title)
        return fail(title.error());
    pemda.kepalaDaerahTitle = *title;
    cascade.setPemda(pemda);

    const QJsonObject periodeSource = root.value(QLatin1String("periode")).toObject();
    Periode periode;
    periode.startYear = periodeSource.value(QLatin1String("start")).toInt();
    periode.endYear = periodeSource.value(QLatin1String("end")).toInt();
    periode.visi = periodeSource.value(QLatin1String("visi")).toString();
    const QJsonArray misi = periodeSource.value(QLatin1String("misi")).toArray();
    for (int i = 0; i < misi.size(); ++i) {
        const QString here = QStringLiteral("periode.misi[%1]").arg(i);
        const Result<qint64> misiId = id(misi[i].toObject(), "id", here, true);
        if (!misiId)
            return fail(misiId.error());
        periode.misi.append(
            Misi {*misiId, misi[i].toObject().value(QLatin1String("text")).toString()});
    }
    if (Result<void> set = cascade.setPeriode(periode); !set)
        return fail(error(QStringLiteral("periode"), set.error().message));

    if (Result<void> rpjmd = readTree(cascade,
                                      root.value(QLatin1String("rpjmd")).toArray(),
                                      Tree::Rpjmd,
                                      0,
                                      std::nullopt,
                                      QStringLiteral("rpjmd"));
        !rpjmd)
        return fail(rpjmd.error());
    const QJsonArray opds = root.value(QLatin1String("opds")).toArray();
    for (int i = 0; i < opds.size(); ++i) {
        const QString here = QStringLiteral("opds[%1]").arg(i);
        const QJsonObject source = opds[i].toObject();
        Opd opd;
        const Result<qint64> opdId = id(source, "id", here, true);
        if (!opdId)
            return fail(opdId.error());
        opd.id = *opdId;
        opd.code = source.value(QLatin1String("code")).toString();
        opd.name = source.value(QLatin1String("name")).toString();
        opd.shortName = source.value(QLatin1String("shortName")).toString();
        const Result<Official> head = official(source.value(QLatin1String("head")).toObject(),
                                               here + QStringLiteral(".head"));
        if (!head)
            return fail(head.error());
        opd.head = *head;
        if (Result<void> inserted = cascade.insertOpd(opd); !inserted)
            return fail(error(here, inserted.error().message));
        if (Result<void> renstra = readTree(cascade,
                                            source.value(QLatin1String("renstra")).toArray(),
                                            Tree::Renstra,
                                            opd.id,
                                            std::nullopt,
                                            here + QStringLiteral(".renstra"));
            !renstra)
            return fail(renstra.error());
    }
    const QJsonArray pks = root.value(QLatin1String("pks")).toArray();
    for (int i = 0; i < pks.size(); ++i) {
        if (Result<void> pk = readPk(cascade, pks[i].toObject(), QStringLiteral("pks[%1]").arg(i));
            !pk)
            return fail(pk.error());
    }
    if (Result<void> settings
        = readCheckSettings(cascade, root.value(QLatin1String("checkSettings")).toObject());
        !settings)
        return fail(settings.error());
    if (Result<void> print
        = readPrintSettings(cascade, root.value(QLatin1String("print")).toObject());
        !print)
        return fail(print.error());
    const QJsonArray comments = root.value(QLatin1String("comments")).toArray();
    for (int i = 0; i < comments.size(); ++i) {
        const QString here = QStringLiteral("comments[%1]").arg(i);
        const QJsonObject source = comments[i].toObject();
        const Result<qint64> commentId = id(source, "id", here, true);
        const Result<qint64> objectId = id(source, "object", here, true);
        if (!commentId || !objectId)
            return fail(!commentId ? commentId.error() : objectId.error());
        const QDateTime at
            = QDateTime::fromString(source.value(QLatin1String("at")).toString(), Qt::ISODate);
        if (!at.isValid())
            return fail(error(here + QStringLiteral(".at"),
                              tr("must be a date and time like 2026-01-02T08:00:00Z.")));
        const ReviewComment comment {*commentId,
                                     *objectId,
                                     source.value(QLatin1String("author")).toString(),
                                     at,
                                     source.value(QLatin1String("text")).toString(),
                                     source.value(QLatin1String("resolved")).toBool(false)};
        if (Result<void> inserted = cascade.insertComment(comment); !inserted)
            return fail(error(here, inserted.error().message));
    }
    if (Result<void> origin
        = readServerOrigin(cascade, root.value(QLatin1String("server")).toObject());
        !origin)
        return fail(origin.error());
    if (Result<void> links = cascade.checkLinks(); !links)
        return fail(Error(
            Error::Code::Parse, tr("%1: %2").arg(m_fileName, links.error().message), m_fileName));
    return cascade;
}

} // namespace

QByteArray CascadeJson::write(const Cascade &cascade)
{
    const Pemda &pemda = cascade.pemda();
    const Periode &periode = cascade.periode();
    QJsonObject root;
    root.insert(QLatin1String("format"), formatName);
    root.insert(QLatin1String("version"), formatVersion);

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

Result<Cascade> CascadeJson::read(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        return fail(
            Error(Error::Code::Parse,
                  tr("%1, line %2: %3").arg(fileName).arg(line).arg(parseError.errorString()),
                  fileName,
                  line));
    }
    if (!document.isObject())
        return fail(Error(Error::Code::Parse,
                          tr("%1: the document must be a JSON object.").arg(fileName),
                          fileName));
    return JsonReader(fileName).read(document.object());
}

} // namespace Tepat
