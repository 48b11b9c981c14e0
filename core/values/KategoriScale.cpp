#include "values/KategoriScale.h"

#include "base/CoreResources.h"
#include "values/IndonesianNumber.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Tepat {

KategoriScale::KategoriScale()
{
    *this = builtIn().first();
}

KategoriScale::KategoriScale(QString id, QString name, QList<Band> bands)
    : m_id(std::move(id))
    , m_name(std::move(name))
    , m_bands(std::move(bands))
{}

const QList<KategoriScale> &KategoriScale::builtIn()
{
    static const QList<KategoriScale> scales = load();
    return scales;
}

QList<KategoriScale> KategoriScale::load()
{
    QList<KategoriScale> scales;
    const QJsonArray array = readCoreJson(u"kategori-scales.json").value(u"scales").toArray();
    for (const QJsonValue &value : array) {
        Result<KategoriScale> scale = fromJson(value.toObject());
        Q_ASSERT_X(scale, "KategoriScale", "core/data/kategori-scales.json is invalid");
        if (scale)
            scales.append(*scale);
    }
    return scales;
}

Result<KategoriScale> KategoriScale::make(QString id, QString name, QList<Band> bands)
{
    const auto invalid = [](const QString &message) {
        return fail(Error(Error::Code::Invalid, message, {}, -1, QStringLiteral("kategori")));
    };
    if (bands.isEmpty())
        return invalid(tr("A kategori scale needs at least one band."));
    static const QRegularExpression colourPattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    for (int i = 0; i < bands.size(); ++i) {
        const Band &band = bands[i];
        if (band.label.trimmed().isEmpty())
            return invalid(tr("Band %1 of the kategori scale has no name.").arg(i + 1));
        if (!band.colour.isEmpty() && !colourPattern.match(band.colour).hasMatch()) {
            return invalid(
                tr("The colour of kategori \"%1\" must be written like #a5d6a7.").arg(band.label));
        }
        if (!band.from && i != bands.size() - 1) {
            return invalid(
                tr("Kategori \"%1\" has no lower bound, which only the last band may lack.")
                    .arg(band.label));
        }
        if (i > 0 && band.from && *band.from >= *bands[i - 1].from) {
            return invalid(tr("The lower bound of kategori \"%1\" must be below that of \"%2\".")
                               .arg(band.label, bands[i - 1].label));
        }
        for (int j = 0; j < i; ++j) {
            if (bands[j].label.trimmed().compare(band.label.trimmed(), Qt::CaseInsensitive) == 0)
                return invalid(tr("Kategori \"%1\" is named twice.").arg(band.label));
        }
    }
    return KategoriScale(std::move(id), std::move(name), std::move(bands));
}

std::optional<int> KategoriScale::bandOf(const Decimal &capaian) const
{
    for (int i = 0; i < m_bands.size(); ++i) {
        if (m_bands[i].reaches(capaian))
            return i;
    }
    return std::nullopt;
}

QJsonObject KategoriScale::toJson() const
{
    QJsonArray bands;
    for (const Band &band : m_bands) {
        QJsonObject object {{QStringLiteral("label"), band.label}};
        if (band.from) {
            object.insert(QStringLiteral("from"), IndonesianNumber::format(*band.from));
            object.insert(QStringLiteral("inclusive"), band.inclusive);
        }
        if (!band.colour.isEmpty())
            object.insert(QStringLiteral("colour"), band.colour);
        bands.append(object);
    }
    return {{QStringLiteral("id"), m_id},
            {QStringLiteral("name"), m_name},
            {QStringLiteral("bands"), bands}};
}

Result<KategoriScale> KategoriScale::fromJson(const QJsonObject &json)
{
    QList<Band> bands;
    const QJsonArray array = json.value(u"bands").toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject object = array[i].toObject();
        Band band;
        band.label = object.value(u"label").toString();
        band.colour = object.value(u"colour").toString();
        band.inclusive = object.value(u"inclusive").toBool(true);
        if (const QJsonValue from = object.value(u"from"); !from.isUndefined()) {
            const Result<Decimal> bound = IndonesianNumber::parse(from.toString());
            if (bound)
                band.from = *bound;
            if (!from.isString() || !bound) {
                return fail(Error(Error::Code::Invalid,
                                  tr("The lower bound of kategori band %1 must be a number "
                                     "written as text like \"75,5\", not \"%2\".")
                                      .arg(i + 1)
                                      .arg(from.toVariant().toString()),
                                  {},
                                  -1,
                                  QStringLiteral("kategori")));
            }
        }
        bands.append(band);
    }
    return make(json.value(u"id").toString(), json.value(u"name").toString(), bands);
}

} // namespace Tepat
