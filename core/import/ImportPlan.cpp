#include "import/ImportPlan.h"

#include "model/PolaritasWords.h"
#include "sheet/SheetRowReader.h"

namespace Tepat {

namespace {

ImportPlan::NodeKind kindOf(SheetRow::Level level)
{
    switch (level) {
    case SheetRow::Level::Kegiatan:
        return ImportPlan::NodeKind::Kegiatan;
    case SheetRow::Level::SubKegiatan:
        return ImportPlan::NodeKind::SubKegiatan;
    case SheetRow::Level::None:
    case SheetRow::Level::Program:
        break;
    }
    return ImportPlan::NodeKind::Program;
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
    void add(const SheetRow &row);

    const SheetTable &m_table;
    const ColumnMapping &m_mapping;
    int m_defaultYear;
    ImportPlan m_plan;
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
    for (const SheetRow &row : SheetRowReader::read(m_table, m_mapping, m_defaultYear))
        add(row);
    return m_plan;
}

void Builder::add(const SheetRow &row)
{
    using NodeKind = ImportPlan::NodeKind;
    for (const SheetRow::Problem &found : row.problems)
        m_plan.problems.append({found.row, found.column, found.message});
    if (row.startsTujuan) {
        m_tujuan = findOrAdd(NodeKind::Tujuan, -1, {}, row.tujuan, row.row);
        m_sasaran = -1;
        m_program = m_kegiatan = m_subKegiatan = -1;
    }
    if (row.startsSasaran) {
        m_sasaran = findOrAdd(NodeKind::Sasaran, m_tujuan, {}, row.sasaran, row.row);
        m_program = m_kegiatan = m_subKegiatan = -1;
    }

    int defined = -1;
    for (const SheetRow::Activity &activity : row.activities) {
        const NodeKind kind = kindOf(activity.level);
        const int parent = kind == NodeKind::Program ? (m_sasaran >= 0 ? m_sasaran : m_tujuan)
            : kind == NodeKind::Kegiatan             ? m_program
                                                     : m_kegiatan;
        if (parent < 0 && kind != NodeKind::Program) {
            problem(row.row,
                    activity.column,
                    kind == NodeKind::Kegiatan
                        ? ImportPlan::tr("the kegiatan '%1' has no program above it.")
                              .arg(activity.name)
                        : ImportPlan::tr("the sub kegiatan '%1' has no kegiatan above it.")
                              .arg(activity.name));
            return;
        }
        defined = findOrAdd(kind, parent, activity.code, activity.name, row.row);
        if (kind == NodeKind::Program) {
            m_program = defined;
            m_kegiatan = m_subKegiatan = -1;
        } else if (kind == NodeKind::Kegiatan) {
            m_kegiatan = defined;
            m_subKegiatan = -1;
        } else {
            m_subKegiatan = defined;
        }
    }

    const int deepestActivity = m_subKegiatan >= 0 ? m_subKegiatan
        : m_kegiatan >= 0                          ? m_kegiatan
                                                   : m_program;
    for (auto amount = row.pagu.cbegin(); amount != row.pagu.cend(); ++amount) {
        const int owner = defined >= 0 ? defined : deepestActivity;
        if (owner < 0) {
            problem(
                row.row,
                m_mapping.ofRole(ColumnRole::Pagu).value(0).column,
                ImportPlan::tr("the pagu has no program, kegiatan or sub kegiatan on its row or "
                               "above."));
            break;
        }
        m_plan.nodes[owner].pagu.insert(amount.key(), amount.value());
    }

    if (row.indikator.isEmpty())
        return;
    Indicator indicator;
    indicator.text = row.indikator;
    indicator.satuan = row.satuan;
    indicator.rumus = row.rumus;
    indicator.sumberData = row.sumberData;
    indicator.penanggungJawab = row.penanggungJawab;
    const std::optional<Indicator::Polaritas> polaritas = polaritasFromWord(row.polaritas);
    if (!polaritas) {
        problem(row.row,
                row.polaritasColumn,
                ImportPlan::tr("'%1' is not a polaritas; write positif, negatif or stabil.")
                    .arg(row.polaritas));
    }
    indicator.polaritas = polaritas.value_or(Indicator::Polaritas::NotGiven);
    indicator.baseline = row.baseline;
    indicator.targets = row.targets;
    for (const TargetValue &target : row.targets) {
        if (indicator.satuan.isEmpty())
            indicator.satuan = target.unit();
    }
    const int owner = deepestActivity >= 0 ? deepestActivity
        : m_sasaran >= 0                   ? m_sasaran
                                           : m_tujuan;
    if (owner < 0) {
        problem(row.row,
                row.indikatorColumn,
                ImportPlan::tr("the indicator '%1' has no sasaran or program on its row or above.")
                    .arg(row.indikator));
        return;
    }
    m_plan.indicators.append({owner, indicator, row.row});
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
