#include "import/ImportPlan.h"

#include "values/IndonesianNumber.h"
#include "values/NomenklaturCode.h"
#include "values/TargetValue.h"

#include <QRegularExpression>

namespace Tepat {

namespace {

std::optional<Indicator::Polaritas> polaritasOf(const QString &text)
{
    const QString key = text.simplified().toLower();
    if (key.isEmpty())
        return Indicator::Polaritas::NotGiven;
    const std::pair<QLatin1String, Indicator::Polaritas> words[] = {
        {QLatin1String("positif"), Indicator::Polaritas::Maximize},
        {QLatin1String("maksimal"), Indicator::Polaritas::Maximize},
        {QLatin1String("maximize"), Indicator::Polaritas::Maximize},
        {QLatin1String("naik"), Indicator::Polaritas::Maximize},
        {QLatin1String("negatif"), Indicator::Polaritas::Minimize},
        {QLatin1String("minimal"), Indicator::Polaritas::Minimize},
        {QLatin1String("minimize"), Indicator::Polaritas::Minimize},
        {QLatin1String("turun"), Indicator::Polaritas::Minimize},
        {QLatin1String("stabil"), Indicator::Polaritas::Stabilize},
        {QLatin1String("stabilize"), Indicator::Polaritas::Stabilize},
    };
    for (const auto &[word, polaritas] : words) {
        if (key == word)
            return polaritas;
    }
    return std::nullopt;
}

bool hasDigit(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

// "1.02.02 Program Pemenuhan …" → code and name; no code → empty code.
std::pair<QString, QString> splitCode(const QString &text)
{
    static const QRegularExpression leadingCode(QStringLiteral("^(\\d+(?:\\.\\d+)+)\\.?\\s+(.*)$"),
                                                QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = leadingCode.match(text);
    if (!match.hasMatch())
        return {{}, text};
    return {match.captured(1), match.captured(2).trimmed()};
}

class Builder
{
public:
    Builder(const SheetTable &table, const ColumnMapping &mapping, int defaultYear)
        : m_table(table)
        , m_mapping(mapping)
        , m_defaultYear(defaultYear)
    {}

    ImportPlan run();

private:
    void problem(int row, int column, const QString &what)
    {
        m_plan.problems.append(
            {row,
             column,
             ImportPlan::tr("%1 (%2): %3")
                 .arg(m_table.place(row, column), m_mapping.title(column), what)});
    }
    int yearOf(const ColumnMapping::Column &column) const
    {
        return column.year > 0 ? column.year : m_defaultYear;
    }
    // The text of a cell, or of the merged range it lies in when the range starts on this row.
    QString ownText(int row, int column) const
    {
        const std::optional<SheetTable::Range> range = m_table.mergedAt(row, column);
        if (range && range->top != row)
            return {};
        return range ? m_table.text(range->top, range->left) : m_table.text(row, column);
    }
    QString firstOwnText(int row, ColumnRole role) const
    {
        for (const ColumnMapping::Column &column : m_mapping.ofRole(role)) {
            const QString text = ownText(row, column.column);
            if (!text.isEmpty())
                return text;
        }
        return {};
    }
    QString firstVisibleText(int row, ColumnRole role) const
    {
        for (const ColumnMapping::Column &column : m_mapping.ofRole(role)) {
            const QString text = m_table.visibleText(row, column.column);
            if (!text.isEmpty())
                return text;
        }
        return {};
    }
    int findOrAdd(
        ImportPlan::NodeKind kind, int parent, const QString &code, const QString &name, int row)
    {
        for (int index = 0; index < m_plan.nodes.size(); ++index) {
            const ImportPlan::Node &node = m_plan.nodes[index];
            if (node.kind == kind && node.parent == parent && node.code == code
                && node.name.compare(name, Qt::CaseInsensitive) == 0) {
                return index;
            }
        }
        m_plan.nodes.append({kind, code, name, parent, {}, row});
        return int(m_plan.nodes.size() - 1);
    }
    void readRow(int row);

    const SheetTable &m_table;
    const ColumnMapping &m_mapping;
    int m_defaultYear;
    ImportPlan m_plan;
    QString m_tujuanText;
    QString m_sasaranText;
    int m_tujuan = -1;
    int m_sasaran = -1;
    int m_program = -1;
    int m_kegiatan = -1;
    int m_subKegiatan = -1;
};

ImportPlan Builder::run()
{
    if (m_defaultYear == 0) {
        for (const ColumnMapping::Column &column : m_mapping.columns) {
            if (ColumnMapping::hasYear(column.role) && column.year == 0) {
                problem(m_mapping.headerTop,
                        column.column,
                        ImportPlan::tr("the column has no year. Choose the year it holds."));
            }
        }
        if (!m_plan.problems.isEmpty())
            return m_plan;
    }
    for (int row = m_mapping.firstDataRow; row <= m_table.rowCount(); ++row) {
        if (!m_table.isRowEmpty(row))
            readRow(row);
    }
    return m_plan;
}

void Builder::readRow(int row)
{
    using NodeKind = ImportPlan::NodeKind;
    const QString tujuan = firstVisibleText(row, ColumnRole::Tujuan);
    if (!tujuan.isEmpty() && tujuan != m_tujuanText) {
        m_tujuanText = tujuan;
        m_tujuan = findOrAdd(NodeKind::Tujuan, -1, {}, tujuan, row);
        m_sasaranText.clear();
        m_sasaran = -1;
        m_program = m_kegiatan = m_subKegiatan = -1;
    }
    const QString sasaran = firstVisibleText(row, ColumnRole::Sasaran);
    if (!sasaran.isEmpty() && sasaran != m_sasaranText) {
        m_sasaranText = sasaran;
        m_sasaran = findOrAdd(NodeKind::Sasaran, m_tujuan, {}, sasaran, row);
        m_program = m_kegiatan = m_subKegiatan = -1;
    }

    // The activities this row names, top-down, with the code column for the deepest of them.
    struct Named
    {
        NodeKind kind;
        QString code;
        QString name;
        int column;
    };
    QList<Named> named;
    const std::pair<ColumnRole, NodeKind> levels[]
        = {{ColumnRole::Program, NodeKind::Program},
           {ColumnRole::Kegiatan, NodeKind::Kegiatan},
           {ColumnRole::SubKegiatan, NodeKind::SubKegiatan}};
    for (const auto &[role, kind] : levels) {
        for (const ColumnMapping::Column &column : m_mapping.ofRole(role)) {
            const QString text = ownText(row, column.column);
            if (text.isEmpty())
                continue;
            auto [code, name] = splitCode(text);
            named.append({kind, code, name, column.column});
        }
    }
    for (const ColumnMapping::Column &column : m_mapping.ofRole(ColumnRole::ProgramKegiatan)) {
        const QString text = ownText(row, column.column);
        if (text.isEmpty())
            continue;
        auto [code, name] = splitCode(text);
        if (code.isEmpty())
            code = firstOwnText(row, ColumnRole::Kode);
        const Result<NomenklaturCode> parsed = NomenklaturCode::parse(code);
        if (!parsed || parsed->level() < NomenklaturCode::Level::Program) {
            problem(row,
                    column.column,
                    ImportPlan::tr("'%1' has no program, kegiatan or sub kegiatan code (such as "
                                   "1.02.02 or 1.02.02.2.01), so its level is unknown.")
                        .arg(text));
            continue;
        }
        const NodeKind kind = parsed->level() == NomenklaturCode::Level::Program ? NodeKind::Program
            : parsed->level() == NomenklaturCode::Level::Kegiatan ? NodeKind::Kegiatan
                                                                  : NodeKind::SubKegiatan;
        named.append({kind, code, name, column.column});
    }
    if (!named.isEmpty() && named.last().code.isEmpty())
        named.last().code = firstOwnText(row, ColumnRole::Kode);

    int defined = -1;
    for (const Named &activity : std::as_const(named)) {
        int parent = -1;
        switch (activity.kind) {
        case NodeKind::Program:
            parent = m_sasaran >= 0 ? m_sasaran : m_tujuan;
            break;
        case NodeKind::Kegiatan:
            parent = m_program;
            break;
        case NodeKind::SubKegiatan:
            parent = m_kegiatan;
            break;
        case NodeKind::Tujuan:
        case NodeKind::Sasaran:
            break;
        }
        if (parent < 0 && activity.kind != NodeKind::Program) {
            problem(row,
                    activity.column,
                    activity.kind == NodeKind::Kegiatan
                        ? ImportPlan::tr("the kegiatan '%1' has no program above it.")
                              .arg(activity.name)
                        : ImportPlan::tr("the sub kegiatan '%1' has no kegiatan above it.")
                              .arg(activity.name));
            return;
        }
        defined = findOrAdd(activity.kind, parent, activity.code, activity.name, row);
        if (activity.kind == NodeKind::Program) {
            m_program = defined;
            m_kegiatan = m_subKegiatan = -1;
        } else if (activity.kind == NodeKind::Kegiatan) {
            m_kegiatan = defined;
            m_subKegiatan = -1;
        } else {
            m_subKegiatan = defined;
        }
    }

    const int deepestActivity = m_subKegiatan >= 0 ? m_subKegiatan
        : m_kegiatan >= 0                          ? m_kegiatan
                                                   : m_program;
    for (const ColumnMapping::Column &column : m_mapping.ofRole(ColumnRole::Pagu)) {
        const SheetCell &cell = m_table.cell(row, column.column);
        if (cell.isEmpty())
            continue;
        Decimal amount;
        if (cell.kind == SheetCell::Kind::Number) {
            amount = cell.number;
        } else {
            const QString text = m_table.text(row, column.column);
            const Result<Decimal> parsed = IndonesianNumber::parse(text);
            if (!parsed) {
                if (text == QLatin1String("-"))
                    continue;
                problem(row, column.column, ImportPlan::tr("'%1' is not an amount.").arg(text));
                continue;
            }
            amount = *parsed;
        }
        const int owner = defined >= 0 ? defined : deepestActivity;
        if (owner < 0) {
            problem(
                row,
                column.column,
                ImportPlan::tr("the pagu has no program, kegiatan or sub kegiatan on its row or "
                               "above."));
            continue;
        }
        m_plan.nodes[owner].pagu.insert(yearOf(column), amount);
    }

    const QString text = firstOwnText(row, ColumnRole::Indikator);
    if (text.isEmpty())
        return;
    Indicator indicator;
    indicator.text = text;
    indicator.satuan = firstOwnText(row, ColumnRole::Satuan);
    indicator.rumus = firstOwnText(row, ColumnRole::Rumus);
    indicator.sumberData = firstOwnText(row, ColumnRole::SumberData);
    indicator.penanggungJawab = firstOwnText(row, ColumnRole::PenanggungJawab);
    const QString polaritasText = firstOwnText(row, ColumnRole::Polaritas);
    const std::optional<Indicator::Polaritas> polaritas = polaritasOf(polaritasText);
    if (!polaritas) {
        problem(row,
                m_mapping.ofRole(ColumnRole::Polaritas).value(0).column,
                ImportPlan::tr("'%1' is not a polaritas; write positif, negatif or stabil.")
                    .arg(polaritasText));
    }
    indicator.polaritas = polaritas.value_or(Indicator::Polaritas::NotGiven);
    const auto readValue = [&](int column) -> std::optional<TargetValue> {
        const QString cellText = m_table.text(row, column);
        const TargetValue value = TargetValue::parse(cellText);
        // Words such as "Meningkat" are the checker's business; a mistyped number is not.
        if (value.kind() == TargetValue::Kind::Text && hasDigit(cellText)) {
            problem(row, column, ImportPlan::tr("'%1' is not a number.").arg(cellText));
            return std::nullopt;
        }
        return value;
    };
    for (const ColumnMapping::Column &column : m_mapping.ofRole(ColumnRole::Baseline)) {
        if (const auto value = readValue(column.column);
            value && value->kind() != TargetValue::Kind::Empty)
            indicator.baseline = *value;
    }
    for (const ColumnMapping::Column &column : m_mapping.ofRole(ColumnRole::Target)) {
        const auto value = readValue(column.column);
        if (!value || value->kind() == TargetValue::Kind::Empty)
            continue;
        indicator.targets.insert(yearOf(column), *value);
        if (indicator.satuan.isEmpty())
            indicator.satuan = value->unit();
    }
    const int owner = deepestActivity >= 0 ? deepestActivity
        : m_sasaran >= 0                   ? m_sasaran
                                           : m_tujuan;
    if (owner < 0) {
        problem(row,
                m_mapping.ofRole(ColumnRole::Indikator).value(0).column,
                ImportPlan::tr("the indicator '%1' has no sasaran or program on its row or above.")
                    .arg(text));
        return;
    }
    m_plan.indicators.append({owner, indicator, row});
}

} // namespace

ImportPlan ImportPlan::build(const SheetTable &table, const ColumnMapping &mapping, int defaultYear)
{
    return Builder(table, mapping, defaultYear).run();
}

int ImportPlan::ancestor(int node, NodeKind kind) const
{
    while (node >= 0 && nodes[node].kind != kind)
        node = nodes[node].parent;
    return node;
}

} // namespace Tepat
