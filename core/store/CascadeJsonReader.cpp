#include "store/CascadeJsonReader.h"

#include "store/CascadeJson.h"
#include "store/RealisasiJson.h"

#include <initializer_list>
#include <utility>

namespace Tepat {

namespace {

using TextField = std::pair<const char *, QString *>;

// Reads several text fields of one object into their places; the first bad one fails.
Result<void> readTexts(const JsonFields &fields,
                       const QJsonObject &object,
                       const QString &path,
                       std::initializer_list<TextField> texts)
{
    for (const auto &[key, place] : texts) {
        Result<QString> value = fields.text(object, key, path);
        if (!value)
            return fail(value.error());
        *place = std::move(*value);
    }
    return {};
}

// The first failure among several results read one after the other.
template<typename... R>
std::optional<Error> firstError(const R &...results)
{
    std::optional<Error> found;
    ((found = found ? found : results ? std::nullopt : std::optional<Error>(results.error())), ...);
    return found;
}

} // namespace

CascadeJsonReader::CascadeJsonReader(const QString &fileName)
    : m_fileName(fileName)
    , m_fields(fileName)
{}

Result<Official>
CascadeJsonReader::official(const QJsonObject &parent, const char *key, const QString &path) const
{
    const Result<QJsonObject> object = m_fields.object(parent, key, path);
    if (!object)
        return fail(object.error());
    Official result;
    if (Result<void> texts = readTexts(m_fields,
                                       *object,
                                       JsonFields::member(path, key),
                                       {{"name", &result.name},
                                        {"nip", &result.nip},
                                        {"pangkat", &result.pangkat},
                                        {"jabatan", &result.jabatan}});
        !texts)
        return fail(texts.error());
    return result;
}

Result<void> CascadeJsonReader::readIndicators(Cascade &cascade,
                                               const QJsonObject &object,
                                               qint64 ownerId,
                                               const QString &path) const
{
    const Result<QJsonArray> indicators = m_fields.array(object, "indicators", path);
    if (!indicators)
        return fail(indicators.error());
    for (int i = 0; i < indicators->size(); ++i) {
        const QString here = QStringLiteral("%1.indicators[%2]").arg(path).arg(i);
        const Result<QJsonObject> source = m_fields.element(*indicators, i, here);
        if (!source)
            return fail(source.error());
        Indicator indicator;
        indicator.ownerId = ownerId;
        const Result<qint64> ownId = m_fields.id(*source, "id", here, true);
        const Result<qint64> serves = m_fields.id(*source, "serves", here, false);
        const Result<qint64> previous = m_fields.id(*source, "previous", here, false);
        const Result<bool> iku = m_fields.flag(*source, "iku", here, false);
        QString baseline;
        const Result<void> texts = readTexts(m_fields,
                                             *source,
                                             here,
                                             {{"text", &indicator.text},
                                              {"satuan", &indicator.satuan},
                                              {"definisi", &indicator.definisi},
                                              {"alasan", &indicator.alasan},
                                              {"rumus", &indicator.rumus},
                                              {"sumberData", &indicator.sumberData},
                                              {"penanggungJawab", &indicator.penanggungJawab},
                                              {"baseline", &baseline}});
        const Result<QMap<int, QJsonValue>> targets = m_fields.yearMap(*source, "targets", here);
        const auto tipe = m_fields.key<Indicator::TipePerhitungan>(
            *source, "tipePerhitungan", here, Indicator::TipePerhitungan::NotGiven);
        const auto polaritas = m_fields.key<Indicator::Polaritas>(
            *source, "polaritas", here, Indicator::Polaritas::NotGiven);
        const auto jenis
            = m_fields.key<Indicator::Jenis>(*source, "jenis", here, Indicator::Jenis::NotGiven);
        const auto periode = m_fields.key<Indicator::PeriodePelaporan>(
            *source, "periodePelaporan", here, Indicator::PeriodePelaporan::NotGiven);
        const Result<Realisasi> realisasi = RealisasiJson::readRealisasi(m_fields, *source, here);
        if (const std::optional<Error> problem = firstError(ownId,
                                                            serves,
                                                            previous,
                                                            iku,
                                                            texts,
                                                            targets,
                                                            tipe,
                                                            polaritas,
                                                            jenis,
                                                            periode,
                                                            realisasi))
            return fail(*problem);
        indicator.realisasi = *realisasi;
        indicator.id = *ownId;
        indicator.servesId = *serves;
        indicator.previousVersionId = *previous;
        indicator.iku = *iku;
        indicator.baseline = TargetValue::parse(baseline);
        for (auto target = targets->cbegin(); target != targets->cend(); ++target) {
            if (!target.value().isString())
                return fail(
                    m_fields.error(QStringLiteral("%1.targets.%2").arg(here).arg(target.key()),
                                   tr("must be a target written as text, e.g. \"85 %\".")));
            indicator.targets.insert(target.key(), TargetValue::parse(target.value().toString()));
        }
        indicator.tipePerhitungan = *tipe;
        indicator.polaritas = *polaritas;
        indicator.jenis = *jenis;
        indicator.periodePelaporan = *periode;
        if (Result<void> inserted = cascade.insertIndicator(indicator); !inserted)
            return fail(m_fields.error(here, inserted.error().message));
    }
    return {};
}

Result<PlanItem::Kind> CascadeJsonReader::itemKind(const QJsonObject &source,
                                                   Tree tree,
                                                   std::optional<PlanItem::Kind> parentKind,
                                                   const QString &here) const
{
    if (tree == Tree::Pk)
        return PlanItem::Kind::PkSasaran;
    const Result<QString> kind = m_fields.text(source, "kind", here);
    if (!kind)
        return fail(kind.error());
    const bool top = !parentKind;
    std::optional<PlanItem::Kind> result;
    if (*kind == QLatin1String("tujuan") && top) {
        result = tree == Tree::Rpjmd ? PlanItem::Kind::RpjmdTujuan : PlanItem::Kind::RenstraTujuan;
    } else if (*kind == QLatin1String("sasaran") && !top) {
        result
            = tree == Tree::Rpjmd ? PlanItem::Kind::RpjmdSasaran : PlanItem::Kind::RenstraSasaran;
    } else if (const auto code = enumFromKey<PlanItem::Kind>(*kind); code && tree == Tree::Renstra
               && !top && code >= PlanItem::Kind::Program && code <= PlanItem::Kind::SubKegiatan) {
        result = *code;
    }
    if (!result) {
        return fail(
            m_fields.error(here + QStringLiteral(".kind"),
                           tr("\"%1\" cannot stand here; see docs/json-format.md for the tree of "
                              "kinds.")
                               .arg(*kind)));
    }
    if (!top && PlanItem::parentKind(*result) != *parentKind) {
        return fail(m_fields.error(
            here + QStringLiteral(".kind"),
            tr("a %1 cannot stand under a %2.")
                .arg(PlanItem::displayName(*result), PlanItem::displayName(*parentKind))));
    }
    return *result;
}

Result<void> CascadeJsonReader::readTree(Cascade &cascade,
                                         const QJsonArray &items,
                                         Tree tree,
                                         qint64 parentId,
                                         std::optional<PlanItem::Kind> parentKind,
                                         const QString &path) const
{
    for (int i = 0; i < items.size(); ++i) {
        const QString here = QStringLiteral("%1[%2]").arg(path).arg(i);
        const Result<QJsonObject> source = m_fields.element(items, i, here);
        if (!source)
            return fail(source.error());
        PlanItem item;
        item.parentId = parentId;
        const Result<qint64> ownId = m_fields.id(*source, "id", here, true);
        const Result<PlanItem::Kind> kind = itemKind(*source, tree, parentKind, here);
        const Result<void> texts
            = readTexts(m_fields, *source, here, {{"code", &item.code}, {"name", &item.name}});
        const Result<qint64> misi = m_fields.id(*source, "misi", here, false);
        const Result<qint64> supports = m_fields.id(*source, "supports", here, false);
        const Result<qint64> previous = m_fields.id(*source, "previous", here, false);
        const Result<QMap<int, QJsonValue>> pagu = m_fields.yearMap(*source, "pagu", here);
        const Result<QJsonArray> children = m_fields.array(*source, "children", here);
        if (const std::optional<Error> problem
            = firstError(ownId, kind, texts, misi, supports, previous, pagu, children))
            return fail(*problem);
        item.id = *ownId;
        item.kind = *kind;
        item.misiId = *misi;
        item.supportsId = *supports;
        item.previousVersionId = *previous;
        for (auto entry = pagu->cbegin(); entry != pagu->cend(); ++entry) {
            Result<Decimal> value = m_fields.amount(
                entry.value(), QStringLiteral("%1.pagu.%2").arg(here).arg(entry.key()));
            if (!value)
                return fail(value.error());
            item.pagu.insert(entry.key(), *value);
        }
        if (Result<void> inserted = cascade.insertItem(item); !inserted)
            return fail(m_fields.error(here, inserted.error().message));
        if (Result<void> indicators = readIndicators(cascade, *source, item.id, here); !indicators)
            return indicators;
        if (Result<void> sub = readTree(
                cascade, *children, tree, item.id, item.kind, here + QStringLiteral(".children"));
            !sub)
            return sub;
    }
    return {};
}

Result<QList<PkProgram>> CascadeJsonReader::programs(const QJsonObject &pk,
                                                     const QString &here) const
{
    const Result<QJsonArray> rows = m_fields.array(pk, "programs", here);
    if (!rows)
        return fail(rows.error());
    QList<PkProgram> result;
    for (int p = 0; p < rows->size(); ++p) {
        const QString row = QStringLiteral("%1.programs[%2]").arg(here).arg(p);
        const Result<QJsonObject> source = m_fields.element(*rows, p, row);
        if (!source)
            return fail(source.error());
        PkProgram program;
        const Result<qint64> programId = m_fields.id(*source, "id", row, true);
        const Result<qint64> planItem = m_fields.id(*source, "planItem", row, false);
        const Result<qint64> previous = m_fields.id(*source, "previous", row, false);
        const Result<void> texts
            = readTexts(m_fields, *source, row, {{"code", &program.code}, {"name", &program.name}});
        const Result<Decimal> anggaran = m_fields.amount(source->value(QLatin1String("anggaran")),
                                                         row + QStringLiteral(".anggaran"));
        const Result<RealisasiJson::Amounts> spent
            = RealisasiJson::readAmounts(m_fields, *source, row);
        if (const std::optional<Error> problem
            = firstError(programId, planItem, previous, texts, anggaran, spent))
            return fail(*problem);
        program.realisasiAnggaran = *spent;
        program.id = *programId;
        program.planItemId = *planItem;
        program.previousVersionId = *previous;
        program.anggaran = *anggaran;
        result.append(program);
    }
    return result;
}

Result<QList<PkLockEvent>> CascadeJsonReader::lockHistory(const QJsonObject &source,
                                                          const QString &here) const
{
    const Result<QJsonArray> entries = m_fields.array(source, "locks", here);
    if (!entries)
        return fail(entries.error());
    QList<PkLockEvent> history;
    for (int i = 0; i < entries->size(); ++i) {
        const QString path = QStringLiteral("%1.locks[%2]").arg(here).arg(i);
        const Result<QJsonObject> entry = m_fields.element(*entries, i, path);
        if (!entry)
            return fail(entry.error());
        PkLockEvent event;
        const auto action = m_fields.key<PkLockEvent::Action>(*entry, "action", path, std::nullopt);
        const auto method = m_fields.key<PkLockEvent::Method>(
            *entry, "method", path, PkLockEvent::Method::SignedPdf);
        const Result<QDateTime> at = m_fields.dateTime(*entry, "at", path);
        const Result<QDate> signedOn = m_fields.date(*entry, "signedOn", path);
        const Result<void> texts
            = readTexts(m_fields, *entry, path, {{"note", &event.note}, {"author", &event.author}});
        if (const std::optional<Error> problem = firstError(action, method, at, signedOn, texts))
            return fail(*problem);
        event.action = *action;
        event.method = *method;
        event.at = at->toUTC();
        event.signedOn = *signedOn;
        history.append(event);
    }
    return history;
}

Result<void>
CascadeJsonReader::readPk(Cascade &cascade, const QJsonObject &source, const QString &here) const
{
    PkDocument pk;
    const Result<qint64> ownId = m_fields.id(source, "id", here, true);
    const Result<qint64> opd = m_fields.id(source, "opd", here, false);
    const Result<qint64> parent = m_fields.id(source, "parent", here, false);
    const Result<int> year = m_fields.wholeNumber(source, "year", here);
    const auto level = m_fields.key<PkDocument::Level>(source, "level", here, std::nullopt);
    const auto kind = m_fields.key<PkDocument::Kind>(source, "kind", here, PkDocument::Kind::Awal);
    const Result<QJsonObject> change = m_fields.object(source, "change", here);
    if (const std::optional<Error> problem
        = firstError(ownId, opd, parent, year, level, kind, change))
        return fail(*problem);
    pk.id = *ownId;
    pk.opdId = *opd;
    pk.parentPkId = *parent;
    pk.year = *year;
    pk.level = *level;
    pk.kind = *kind;
    if (!cascade.periode().contains(pk.year)) {
        return fail(m_fields.error(here + QStringLiteral(".year"),
                                   tr("%1 is outside the RPJMD period %2–%3.")
                                       .arg(pk.year)
                                       .arg(cascade.periode().startYear)
                                       .arg(cascade.periode().endYear)));
    }
    const QString changePath = here + QStringLiteral(".change");
    const Result<QDate> changeDate = m_fields.date(*change, "date", changePath);
    const auto alasan = m_fields.key<PkDocument::Alasan>(
        *change, "alasan", changePath, PkDocument::Alasan::NotGiven);
    // "reason" is what files before the PK Perubahan's versions called the dasar.
    const Result<QString> dasar = m_fields.text(
        *change, change->contains(QLatin1String("dasar")) ? "dasar" : "reason", changePath);
    const Result<qint64> previous = m_fields.id(*change, "previous", changePath, false);
    const Result<QList<PkLockEvent>> locks = lockHistory(source, here);
    const Result<void> texts
        = readTexts(m_fields, source, here, {{"number", &pk.number}, {"place", &pk.place}});
    const Result<QDate> signDate = m_fields.date(source, "date", here);
    const Result<Official> first = official(source, "pihakPertama", here);
    const Result<Official> second = official(source, "pihakKedua", here);
    const Result<QList<PkProgram>> rows = programs(source, here);
    const Result<QJsonArray> sasaran = m_fields.array(source, "sasaran", here);
    if (const std::optional<Error> problem = firstError(changeDate,
                                                        alasan,
                                                        dasar,
                                                        previous,
                                                        locks,
                                                        texts,
                                                        signDate,
                                                        first,
                                                        second,
                                                        rows,
                                                        sasaran))
        return fail(*problem);
    pk.changeDate = *changeDate;
    pk.alasan = *alasan;
    pk.dasar = *dasar;
    pk.previousVersionId = *previous;
    pk.lockHistory = *locks;
    pk.signDate = *signDate;
    pk.pihakPertama = *first;
    pk.pihakKedua = *second;
    pk.programs = *rows;
    if (source.contains(QLatin1String("jumlah"))) {
        Result<Decimal> total = m_fields.amount(source.value(QLatin1String("jumlah")),
                                                here + QStringLiteral(".jumlah"));
        if (!total)
            return fail(total.error());
        pk.declaredTotal = *total;
    }
    if (Result<void> inserted = cascade.insertPk(pk); !inserted)
        return fail(m_fields.error(here, inserted.error().message));
    return readTree(
        cascade, *sasaran, Tree::Pk, pk.id, std::nullopt, here + QStringLiteral(".sasaran"));
}

Result<void> CascadeJsonReader::readCheckSettings(Cascade &cascade, const QJsonObject &root) const
{
    const QString path = QStringLiteral("checkSettings");
    const Result<QJsonObject> object = m_fields.object(root, "checkSettings", {});
    if (!object)
        return fail(object.error());
    const Result<QJsonArray> disabled = m_fields.array(*object, "disabled", path);
    const Result<QJsonObject> severities = m_fields.object(*object, "severities", path);
    const Result<QJsonArray> acknowledgements = m_fields.array(*object, "acknowledgements", path);
    if (const std::optional<Error> problem = firstError(disabled, severities, acknowledgements))
        return fail(*problem);
    CheckSettings settings;
    for (int i = 0; i < disabled->size(); ++i) {
        if (!disabled->at(i).isString())
            return fail(m_fields.error(QStringLiteral("%1.disabled[%2]").arg(path).arg(i),
                                       tr("must be the id of a rule, as text.")));
        settings.disabledRules.insert(disabled->at(i).toString());
    }
    for (auto grade = severities->begin(); grade != severities->end(); ++grade) {
        const std::optional<Severity> severity = severityFromKey(grade.value().toString());
        if (!grade.value().isString() || !severity)
            return fail(m_fields.error(path + QStringLiteral(".severities.") + grade.key(),
                                       tr("must be error, warning or info.")));
        settings.severities.insert(grade.key(), *severity);
    }
    for (int i = 0; i < acknowledgements->size(); ++i) {
        const QString here = QStringLiteral("%1.acknowledgements[%2]").arg(path).arg(i);
        const Result<QJsonObject> source = m_fields.element(*acknowledgements, i, here);
        if (!source)
            return fail(source.error());
        Acknowledgement acknowledgement;
        const Result<qint64> objectId = m_fields.id(*source, "object", here, true);
        const Result<QDateTime> at = m_fields.dateTime(*source, "at", here);
        const Result<void> texts = readTexts(m_fields,
                                             *source,
                                             here,
                                             {{"rule", &acknowledgement.ruleId},
                                              {"field", &acknowledgement.field},
                                              {"reason", &acknowledgement.reason},
                                              {"author", &acknowledgement.author}});
        if (const std::optional<Error> problem = firstError(objectId, at, texts))
            return fail(*problem);
        acknowledgement.objectId = *objectId;
        acknowledgement.at = *at;
        settings.acknowledgements.append(acknowledgement);
    }
    cascade.setCheckSettings(settings);
    return {};
}

Result<void> CascadeJsonReader::readPrintSettings(Cascade &cascade, const QJsonObject &root) const
{
    const Result<QJsonObject> object = m_fields.object(root, "print", {});
    if (!object)
        return fail(object.error());
    PrintSettings settings;
    const auto paper = m_fields.key<PaperFormat::Size>(
        *object, "paper", QStringLiteral("print"), PrintSettings().paper);
    if (!paper)
        return fail(paper.error());
    settings.paper = *paper;
    cascade.setPrintSettings(settings);
    return {};
}

Result<void> CascadeJsonReader::readServerOrigin(Cascade &cascade, const QJsonObject &root) const
{
    const Result<QJsonObject> object = m_fields.object(root, "server", {});
    if (!object)
        return fail(object.error());
    if (object->isEmpty())
        return {};
    ServerOrigin origin;
    origin.url = object->value(QLatin1String("url")).toString();
    origin.pulledAt
        = QDateTime::fromString(object->value(QLatin1String("pulledAt")).toString(), Qt::ISODate);
    const QJsonObject freeIds = object->value(QLatin1String("freeIds")).toObject();
    origin.firstFreeId = freeIds.value(QLatin1String("first")).toInteger();
    origin.lastFreeId = freeIds.value(QLatin1String("last")).toInteger();
    if (origin.url.isEmpty() || !origin.pulledAt.isValid() || origin.firstFreeId <= 0
        || origin.lastFreeId < origin.firstFreeId) {
        return fail(
            m_fields.error(QStringLiteral("server"),
                           tr("must name the server's url, pulledAt and freeIds {first, last}.")));
    }
    const QJsonObject versions = object->value(QLatin1String("versions")).toObject();
    for (auto entry = versions.constBegin(); entry != versions.constEnd(); ++entry) {
        bool isNumber = false;
        const qint64 objectId = entry.key().toLongLong(&isNumber);
        const QJsonObject base = entry.value().toObject();
        const qint64 version = base.value(QLatin1String("version")).toInteger();
        if (!isNumber || version <= 0) {
            return fail(m_fields.error(QStringLiteral("server.versions.%1").arg(entry.key()),
                                       tr("must be an object id with its version and hash.")));
        }
        origin.base.insert(
            objectId,
            ServerOrigin::Base {version, base.value(QLatin1String("hash")).toString().toLatin1()});
    }
    cascade.setServerOrigin(origin);
    return {};
}

Result<void> CascadeJsonReader::readComments(Cascade &cascade, const QJsonArray &comments) const
{
    for (int i = 0; i < comments.size(); ++i) {
        const QString here = QStringLiteral("comments[%1]").arg(i);
        const Result<QJsonObject> source = m_fields.element(comments, i, here);
        if (!source)
            return fail(source.error());
        ReviewComment comment;
        const Result<qint64> commentId = m_fields.id(*source, "id", here, true);
        const Result<qint64> objectId = m_fields.id(*source, "object", here, true);
        const Result<QDateTime> at = m_fields.dateTime(*source, "at", here);
        const Result<bool> resolved = m_fields.flag(*source, "resolved", here, false);
        const Result<void> texts = readTexts(
            m_fields, *source, here, {{"author", &comment.author}, {"text", &comment.text}});
        if (const std::optional<Error> problem
            = firstError(commentId, objectId, at, resolved, texts))
            return fail(*problem);
        comment.id = *commentId;
        comment.objectId = *objectId;
        comment.at = *at;
        comment.resolved = *resolved;
        if (Result<void> inserted = cascade.insertComment(comment); !inserted)
            return fail(m_fields.error(here, inserted.error().message));
    }
    return {};
}

Result<void> CascadeJsonReader::readPemda(Cascade &cascade, const QJsonObject &root) const
{
    const QString path = QStringLiteral("pemda");
    const Result<QJsonObject> source = m_fields.object(root, "pemda", {});
    if (!source)
        return fail(source.error());
    const Result<QJsonObject> kepala = m_fields.object(*source, "kepalaDaerah", path);
    if (!kepala)
        return fail(kepala.error());
    Pemda pemda;
    const Result<void> texts
        = readTexts(m_fields, *source, path, {{"name", &pemda.name}, {"ibuKota", &pemda.ibuKota}});
    const QString kepalaPath = path + QStringLiteral(".kepalaDaerah");
    const Result<void> kepalaName
        = readTexts(m_fields, *kepala, kepalaPath, {{"name", &pemda.kepalaDaerahName}});
    const auto title = m_fields.key<Pemda::Title>(*kepala, "title", kepalaPath, std::nullopt);
    if (const std::optional<Error> problem = firstError(texts, kepalaName, title))
        return fail(*problem);
    pemda.kepalaDaerahTitle = *title;
    cascade.setPemda(pemda);
    return {};
}

Result<void> CascadeJsonReader::readPeriode(Cascade &cascade, const QJsonObject &root) const
{
    const QString path = QStringLiteral("periode");
    const Result<QJsonObject> source = m_fields.object(root, "periode", {});
    if (!source)
        return fail(source.error());
    Periode periode;
    const Result<int> start = m_fields.wholeNumber(*source, "start", path);
    const Result<int> end = m_fields.wholeNumber(*source, "end", path);
    const Result<void> visi = readTexts(m_fields, *source, path, {{"visi", &periode.visi}});
    const Result<QJsonArray> misi = m_fields.array(*source, "misi", path);
    if (const std::optional<Error> problem = firstError(start, end, visi, misi))
        return fail(*problem);
    periode.startYear = *start;
    periode.endYear = *end;
    for (int i = 0; i < misi->size(); ++i) {
        const QString here = QStringLiteral("periode.misi[%1]").arg(i);
        const Result<QJsonObject> entry = m_fields.element(*misi, i, here);
        if (!entry)
            return fail(entry.error());
        Misi one;
        const Result<qint64> misiId = m_fields.id(*entry, "id", here, true);
        const Result<void> text = readTexts(m_fields, *entry, here, {{"text", &one.text}});
        if (const std::optional<Error> problem = firstError(misiId, text))
            return fail(*problem);
        one.id = *misiId;
        periode.misi.append(one);
    }
    if (Result<void> set = cascade.setPeriode(periode); !set)
        return fail(m_fields.error(path, set.error().message));
    return {};
}

Result<void> CascadeJsonReader::readOpds(Cascade &cascade, const QJsonArray &opds) const
{
    for (int i = 0; i < opds.size(); ++i) {
        const QString here = QStringLiteral("opds[%1]").arg(i);
        const Result<QJsonObject> source = m_fields.element(opds, i, here);
        if (!source)
            return fail(source.error());
        Opd opd;
        const Result<qint64> opdId = m_fields.id(*source, "id", here, true);
        const Result<void> texts
            = readTexts(m_fields,
                        *source,
                        here,
                        {{"code", &opd.code}, {"name", &opd.name}, {"shortName", &opd.shortName}});
        const Result<Official> head = official(*source, "head", here);
        const Result<QJsonArray> renstra = m_fields.array(*source, "renstra", here);
        if (const std::optional<Error> problem = firstError(opdId, texts, head, renstra))
            return fail(*problem);
        opd.id = *opdId;
        opd.head = *head;
        if (Result<void> inserted = cascade.insertOpd(opd); !inserted)
            return fail(m_fields.error(here, inserted.error().message));
        if (Result<void> tree = readTree(cascade,
                                         *renstra,
                                         Tree::Renstra,
                                         opd.id,
                                         std::nullopt,
                                         here + QStringLiteral(".renstra"));
            !tree)
            return tree;
    }
    return {};
}

Result<Cascade> CascadeJsonReader::read(const QJsonObject &root) const
{
    if (root.value(QLatin1String("format")).toString() != CascadeJson::formatName)
        return fail(
            m_fields.error(QStringLiteral("format"),
                           tr("this is not a Tepat workspace export (\"format\" must be \"%1\").")
                               .arg(CascadeJson::formatName)));
    const int version = root.value(QLatin1String("version")).toInt();
    if (version != CascadeJson::formatVersion) {
        return fail(m_fields.error(QStringLiteral("version"),
                                   tr("format version %1 is not supported; this Tepat reads "
                                      "version %2.")
                                       .arg(version)
                                       .arg(CascadeJson::formatVersion)));
    }
    Cascade cascade;
    if (Result<void> pemda = readPemda(cascade, root); !pemda)
        return fail(pemda.error());
    if (Result<void> periode = readPeriode(cascade, root); !periode)
        return fail(periode.error());
    const Result<QJsonArray> rpjmd = m_fields.array(root, "rpjmd", {});
    const Result<QJsonArray> opds = m_fields.array(root, "opds", {});
    const Result<QJsonArray> pks = m_fields.array(root, "pks", {});
    const Result<QJsonArray> comments = m_fields.array(root, "comments", {});
    if (const std::optional<Error> problem = firstError(rpjmd, opds, pks, comments))
        return fail(*problem);
    if (Result<void> tree
        = readTree(cascade, *rpjmd, Tree::Rpjmd, 0, std::nullopt, QStringLiteral("rpjmd"));
        !tree)
        return fail(tree.error());
    if (Result<void> read = readOpds(cascade, *opds); !read)
        return fail(read.error());
    for (int i = 0; i < pks->size(); ++i) {
        const QString here = QStringLiteral("pks[%1]").arg(i);
        const Result<QJsonObject> source = m_fields.element(*pks, i, here);
        if (!source)
            return fail(source.error());
        if (Result<void> pk = readPk(cascade, *source, here); !pk)
            return fail(pk.error());
    }
    if (Result<void> settings = readCheckSettings(cascade, root); !settings)
        return fail(settings.error());
    if (Result<void> print = readPrintSettings(cascade, root); !print)
        return fail(print.error());
    const Result<MeasureSettings> measure = RealisasiJson::readSettings(m_fields, root);
    if (!measure)
        return fail(measure.error());
    cascade.setMeasureSettings(*measure);
    if (Result<void> read = readComments(cascade, *comments); !read)
        return fail(read.error());
    if (Result<void> origin = readServerOrigin(cascade, root); !origin)
        return fail(origin.error());
    if (Result<void> links = cascade.checkLinks(); !links)
        return fail(Error(
            Error::Code::Parse, tr("%1: %2").arg(m_fileName, links.error().message), m_fileName));
    return cascade;
}

} // namespace Tepat
