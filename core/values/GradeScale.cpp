#include "values/GradeScale.h"

#include "base/CoreResources.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace Tepat {

namespace {

QString matchKey(QStringView text)
{
    return text.toString().simplified().toCaseFolded();
}

} // namespace

const QList<GradeScale> &GradeScale::all()
{
    static const QList<GradeScale> scales = load();
    return scales;
}

QList<GradeScale> GradeScale::load()
{
    QList<GradeScale> scales;
    const QJsonArray scaleArray = readCoreJson(u"grade-scales.json").value(u"scales").toArray();
    for (const QJsonValue &scaleValue : scaleArray) {
        const QJsonObject object = scaleValue.toObject();
        GradeScale scale;
        scale.m_id = object.value(u"id").toString();
        scale.m_name = object.value(u"name").toString();
        for (const QJsonValue &gradeValue : object.value(u"grades").toArray()) {
            const QJsonObject gradeObject = gradeValue.toObject();
            Entry entry {
                gradeObject.value(u"label").toString(), gradeObject.value(u"rank").toInt(-1), {}};
            entry.keys.append(matchKey(entry.label));
            for (const QJsonValue &alias : gradeObject.value(u"aliases").toArray())
                entry.keys.append(matchKey(alias.toString()));
            scale.m_entries.append(entry);
        }
        scales.append(scale);
    }
    return scales;
}

const GradeScale *GradeScale::find(QStringView id)
{
    const QList<GradeScale> &scales = all();
    const auto found = std::find_if(
        scales.cbegin(), scales.cend(), [id](const GradeScale &scale) { return scale.m_id == id; });
    return found == scales.cend() ? nullptr : &*found;
}

std::optional<GradeScale::Grade> GradeScale::recognise(QStringView text)
{
    const QString key = matchKey(text);
    for (const GradeScale &scale : all()) {
        if (auto found = scale.gradeByKey(key))
            return found;
    }
    return std::nullopt;
}

QStringList GradeScale::labels() const
{
    QStringList result;
    for (const Entry &entry : m_entries)
        result.append(entry.label);
    return result;
}

std::optional<GradeScale::Grade> GradeScale::grade(QStringView text) const
{
    return gradeByKey(matchKey(text));
}

std::optional<GradeScale::Grade> GradeScale::gradeByKey(const QString &key) const
{
    for (const Entry &entry : m_entries) {
        if (entry.keys.contains(key))
            return Grade {m_id, entry.label, entry.rank};
    }
    return std::nullopt;
}

int GradeScale::worstRank() const
{
    int worst = 0;
    for (const Entry &entry : m_entries)
        worst = std::max(worst, entry.rank);
    return worst;
}

bool GradeScale::isTop(const Grade &grade) const
{
    return grade.scaleId == m_id && grade.rank == 0;
}

} // namespace Tepat
