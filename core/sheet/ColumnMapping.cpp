#include "sheet/ColumnMapping.h"

#include "sheet/SheetTable.h"

#include <QJsonArray>

#include <array>

namespace Tepat {

namespace {

struct RoleEntry
{
    ColumnRole role;
    QLatin1String key;
};

constexpr std::array<RoleEntry, 26> roleEntries = {{
    {ColumnRole::Ignore, QLatin1String("ignore")},
    {ColumnRole::Nomor, QLatin1String("nomor")},
    {ColumnRole::Tujuan, QLatin1String("tujuan")},
    {ColumnRole::Sasaran, QLatin1String("sasaran")},
    {ColumnRole::Indikator, QLatin1String("indikator")},
    {ColumnRole::Satuan, QLatin1String("satuan")},
    {ColumnRole::Baseline, QLatin1String("baseline")},
    {ColumnRole::Target, QLatin1String("target")},
    {ColumnRole::Rumus, QLatin1String("rumus")},
    {ColumnRole::SumberData, QLatin1String("sumber_data")},
    {ColumnRole::PenanggungJawab, QLatin1String("penanggung_jawab")},
    {ColumnRole::Kode, QLatin1String("kode")},
    {ColumnRole::Program, QLatin1String("program")},
    {ColumnRole::Kegiatan, QLatin1String("kegiatan")},
    {ColumnRole::SubKegiatan, QLatin1String("sub_kegiatan")},
    {ColumnRole::ProgramKegiatan, QLatin1String("program_kegiatan")},
    {ColumnRole::Pagu, QLatin1String("pagu")},
    {ColumnRole::Polaritas, QLatin1String("polaritas")},
    {ColumnRole::Tingkat, QLatin1String("tingkat")},
    {ColumnRole::RealisasiTw1, QLatin1String("realisasi_tw1")},
    {ColumnRole::RealisasiTw2, QLatin1String("realisasi_tw2")},
    {ColumnRole::RealisasiTw3, QLatin1String("realisasi_tw3")},
    {ColumnRole::RealisasiTw4, QLatin1String("realisasi_tw4")},
    {ColumnRole::Kendala, QLatin1String("kendala")},
    {ColumnRole::TindakLanjut, QLatin1String("tindak_lanjut")},
    {ColumnRole::Bukti, QLatin1String("bukti")},
}};

} // namespace

const ColumnMapping::Column *ColumnMapping::column(int number) const
{
    for (const Column &candidate : columns) {
        if (candidate.column == number)
            return &candidate;
    }
    return nullptr;
}

QList<ColumnMapping::Column> ColumnMapping::ofRole(ColumnRole role) const
{
    QList<Column> found;
    for (const Column &candidate : columns) {
        if (candidate.role == role)
            found.append(candidate);
    }
    return found;
}

QString ColumnMapping::title(int number) const
{
    const Column *found = column(number);
    QString name = roleName(found ? found->role : ColumnRole::Ignore);
    if (found && hasYear(found->role) && found->year > 0)
        name += u' ' + QString::number(found->year);
    return name;
}

QString ColumnMapping::label(int number) const
{
    return tr("%1 (%2)").arg(SheetTable::columnName(number), title(number));
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonArray list;
    for (const Column &entry : columns) {
        QJsonObject object {{QStringLiteral("column"), entry.column},
                            {QStringLiteral("role"), roleKey(entry.role)},
                            {QStringLiteral("header"), entry.header}};
        if (entry.year > 0)
            object.insert(QStringLiteral("year"), entry.year);
        list.append(object);
    }
    QJsonObject json {{QStringLiteral("headerTop"), headerTop},
                      {QStringLiteral("headerBottom"), headerBottom},
                      {QStringLiteral("firstDataRow"), firstDataRow},
                      {QStringLiteral("signature"), signature},
                      {QStringLiteral("columns"), list}};
    if (lastDataRow > 0)
        json.insert(QStringLiteral("lastDataRow"), lastDataRow);
    return json;
}

Result<ColumnMapping> ColumnMapping::fromJson(const QJsonObject &json)
{
    const auto invalid = [](const QString &why) {
        return fail(
            Error(Error::Code::Invalid, tr("The saved column mapping is not valid: %1").arg(why)));
    };
    ColumnMapping mapping;
    mapping.headerTop = json.value(QStringLiteral("headerTop")).toInt();
    mapping.headerBottom = json.value(QStringLiteral("headerBottom")).toInt();
    mapping.firstDataRow = json.value(QStringLiteral("firstDataRow")).toInt();
    mapping.lastDataRow = json.value(QStringLiteral("lastDataRow")).toInt();
    mapping.signature = json.value(QStringLiteral("signature")).toString();
    if (mapping.headerTop < 1 || mapping.headerBottom < mapping.headerTop
        || mapping.firstDataRow <= mapping.headerBottom
        || (mapping.lastDataRow > 0 && mapping.lastDataRow < mapping.headerBottom)) {
        return invalid(tr("its header rows are out of order."));
    }
    int previous = 0;
    for (const QJsonValue &value : json.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject object = value.toObject();
        Column entry;
        entry.column = object.value(QStringLiteral("column")).toInt();
        const QString key = object.value(QStringLiteral("role")).toString();
        const std::optional<ColumnRole> role = roleFromKey(key);
        if (!role)
            return invalid(tr("'%1' is not a column role.").arg(key));
        entry.role = *role;
        entry.year = object.value(QStringLiteral("year")).toInt();
        entry.header = object.value(QStringLiteral("header")).toString();
        if (entry.column <= previous)
            return invalid(tr("its columns are out of order."));
        previous = entry.column;
        mapping.columns.append(entry);
    }
    return mapping;
}

QString ColumnMapping::roleKey(ColumnRole role)
{
    for (const RoleEntry &entry : roleEntries) {
        if (entry.role == role)
            return entry.key;
    }
    return {};
}

std::optional<ColumnRole> ColumnMapping::roleFromKey(QStringView key)
{
    for (const RoleEntry &entry : roleEntries) {
        if (key == entry.key)
            return entry.role;
    }
    return std::nullopt;
}

QList<ColumnRole> ColumnMapping::allRoles()
{
    QList<ColumnRole> roles;
    for (const RoleEntry &entry : roleEntries)
        roles.append(entry.role);
    return roles;
}

QString ColumnMapping::roleName(ColumnRole role)
{
    switch (role) {
    case ColumnRole::Ignore:
        return tr("(ignore)");
    case ColumnRole::Nomor:
        return tr("Numbering");
    case ColumnRole::Tujuan:
        return tr("Tujuan");
    case ColumnRole::Sasaran:
        return tr("Sasaran");
    case ColumnRole::Indikator:
        return tr("Indicator");
    case ColumnRole::Satuan:
        return tr("Satuan");
    case ColumnRole::Baseline:
        return tr("Baseline");
    case ColumnRole::Target:
        return tr("Target");
    case ColumnRole::Rumus:
        return tr("Rumus");
    case ColumnRole::SumberData:
        return tr("Sumber data");
    case ColumnRole::PenanggungJawab:
        return tr("Penanggung jawab");
    case ColumnRole::Kode:
        return tr("Code");
    case ColumnRole::Program:
        return tr("Program");
    case ColumnRole::Kegiatan:
        return tr("Kegiatan");
    case ColumnRole::SubKegiatan:
        return tr("Sub kegiatan");
    case ColumnRole::ProgramKegiatan:
        return tr("Program / kegiatan / sub kegiatan");
    case ColumnRole::Pagu:
        return tr("Pagu");
    case ColumnRole::Polaritas:
        return tr("Polaritas");
    case ColumnRole::Tingkat:
        return tr("Tingkat");
    case ColumnRole::RealisasiTw1:
    case ColumnRole::RealisasiTw2:
    case ColumnRole::RealisasiTw3:
    case ColumnRole::RealisasiTw4:
        return tr("Realisasi TW %1")
            .arg(QStringList {QStringLiteral("I"),
                              QStringLiteral("II"),
                              QStringLiteral("III"),
                              QStringLiteral("IV")}
                     .value(quarterOf(role) - 1));
    case ColumnRole::Kendala:
        return tr("Kendala");
    case ColumnRole::TindakLanjut:
        return tr("Tindak lanjut");
    case ColumnRole::Bukti:
        return tr("Bukti");
    }
    return {};
}

int ColumnMapping::quarterOf(ColumnRole role)
{
    switch (role) {
    case ColumnRole::RealisasiTw1:
        return 1;
    case ColumnRole::RealisasiTw2:
        return 2;
    case ColumnRole::RealisasiTw3:
        return 3;
    case ColumnRole::RealisasiTw4:
        return 4;
    default:
        return 0;
    }
}

ColumnRole ColumnMapping::realisasiRole(int quarter)
{
    Q_ASSERT(quarter >= 1 && quarter <= 4);
    const ColumnRole roles[] = {ColumnRole::RealisasiTw1,
                                ColumnRole::RealisasiTw2,
                                ColumnRole::RealisasiTw3,
                                ColumnRole::RealisasiTw4};
    return roles[quarter - 1];
}

} // namespace Tepat
