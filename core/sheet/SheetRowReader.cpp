#include "sheet/SheetRowReader.h"

#include "sheet/LayoutGuesser.h"
#include "values/IndonesianNumber.h"
#include "values/NomenklaturCode.h"

#include <QRegularExpression>

#include <iterator>
#include <tuple>

namespace Tepat {

namespace {

using Level = SheetRow::Level;

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

Level levelOfCode(const QString &code)
{
    const Result<NomenklaturCode> parsed = NomenklaturCode::parse(code);
    if (!parsed)
        return Level::None;
    switch (parsed->level()) {
    case NomenklaturCode::Level::Program:
        return Level::Program;
    case NomenklaturCode::Level::Kegiatan:
        return Level::Kegiatan;
    case NomenklaturCode::Level::SubKegiatan:
        return Level::SubKegiatan;
    case NomenklaturCode::Level::Urusan:
    case NomenklaturCode::Level::Bidang:
        break;
    }
    return Level::None;
}

class Reader
{
public:
    Reader(const SheetTable &table, const ColumnMapping &mapping, int defaultYear)
        : m_table(table)
        , m_mapping(mapping)
        , m_defaultYear(defaultYear)
    {
        const ColumnRole activityRoles[] = {ColumnRole::Program,
                                            ColumnRole::Kegiatan,
                                            ColumnRole::SubKegiatan,
                                            ColumnRole::ProgramKegiatan};
        m_hasActivityColumn
            = std::any_of(std::begin(activityRoles), std::end(activityRoles), [&](ColumnRole role) {
                  return !m_mapping.ofRole(role).isEmpty();
              });
        for (const ColumnRole role : {ColumnRole::Indikator, ColumnRole::Sasaran}) {
            for (const ColumnMapping::Column &column : m_mapping.ofRole(role)) {
                if (m_headerLevel == Level::None)
                    m_headerLevel = LayoutGuesser::levelOf(column.header);
            }
        }
    }

    QList<SheetRow> run();

private:
    void problem(SheetRow &row, int column, const QString &what) const
    {
        row.problems.append(
            {row.row,
             column,
             SheetRowReader::tr("%1 (%2): %3")
                 .arg(m_table.place(row.row, column), m_mapping.title(column), what)});
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
    std::pair<QString, int> firstOwnText(int row, ColumnRole role) const
    {
        for (const ColumnMapping::Column &column : m_mapping.ofRole(role)) {
            const QString text = ownText(row, column.column);
            if (!text.isEmpty())
                return {text, column.column};
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
    TargetValue value(SheetRow &row, int column) const;
    void readActivities(SheetRow &row);
    void readValues(SheetRow &row);

    const SheetTable &m_table;
    const ColumnMapping &m_mapping;
    int m_defaultYear;
    bool m_hasActivityColumn = false;
    Level m_headerLevel = Level::None;
    QString m_tujuan;
    QString m_sasaran;
    Level m_level = Level::None;
};

QList<SheetRow> Reader::run()
{
    QList<SheetRow> rows;
    const int last = m_mapping.lastDataRow > 0 ? std::min(m_mapping.lastDataRow, m_table.rowCount())
                                               : m_table.rowCount();
    for (int number = m_mapping.firstDataRow; number <= last; ++number) {
        if (m_table.isRowEmpty(number) || LayoutGuesser::repeatsHeader(m_table, m_mapping, number)
            || LayoutGuesser::isNumberingRow(m_table, number)) {
            continue;
        }
        SheetRow row;
        row.row = number;
        row.tujuan = firstVisibleText(number, ColumnRole::Tujuan);
        if (!row.tujuan.isEmpty() && row.tujuan != m_tujuan) {
            m_tujuan = row.tujuan;
            m_sasaran.clear();
            m_level = Level::None;
            row.startsTujuan = true;
        }
        row.tujuan = m_tujuan;
        row.sasaran = firstVisibleText(number, ColumnRole::Sasaran);
        if (!row.sasaran.isEmpty() && row.sasaran != m_sasaran) {
            m_sasaran = row.sasaran;
            m_level = Level::None;
            row.startsSasaran = true;
        }
        row.sasaran = m_sasaran;
        readActivities(row);
        readValues(row);
        rows.append(std::move(row));
    }
    return rows;
}

void Reader::readActivities(SheetRow &row)
{
    const std::pair<ColumnRole, Level> levels[] = {{ColumnRole::Program, Level::Program},
                                                   {ColumnRole::Kegiatan, Level::Kegiatan},
                                                   {ColumnRole::SubKegiatan, Level::SubKegiatan}};
    for (const auto &[role, level] : levels) {
        for (const ColumnMapping::Column &column : m_mapping.ofRole(role)) {
            const QString text = ownText(row.row, column.column);
            if (text.isEmpty())
                continue;
            auto [code, name] = splitCode(text);
            row.activities.append({level, code, name, column.column});
        }
    }
    const QString rowCode = firstOwnText(row.row, ColumnRole::Kode).first;
    for (const ColumnMapping::Column &column : m_mapping.ofRole(ColumnRole::ProgramKegiatan)) {
        const QString text = ownText(row.row, column.column);
        if (text.isEmpty())
            continue;
        auto [code, name] = splitCode(text);
        if (code.isEmpty())
            code = rowCode;
        const Level level = levelOfCode(code);
        if (level == Level::None) {
            problem(row,
                    column.column,
                    SheetRowReader::tr("'%1' has no program, kegiatan or sub kegiatan code (such "
                                       "as 1.02.02 or 1.02.02.2.01), so its level is unknown.")
                        .arg(text));
            continue;
        }
        row.activities.append({level, code, name, column.column});
    }
    if (!row.activities.isEmpty() && row.activities.last().code.isEmpty())
        row.activities.last().code = rowCode;

    for (const SheetRow::Activity &activity : std::as_const(row.activities))
        m_level = activity.level;
    if (m_hasActivityColumn) {
        row.level = m_level;
    } else if (const Level coded = levelOfCode(rowCode); coded != Level::None) {
        // A table of indicators with a code column and no name column: the code tells the level.
        row.level = coded;
    } else {
        row.level = m_headerLevel;
    }
}

// The value as written, also when it is a mistyped number, so that the checker can judge it;
// words such as "Meningkat" are the checker's business, a mistyped number is also a problem.
TargetValue Reader::value(SheetRow &row, int column) const
{
    const QString text = m_table.text(row.row, column);
    const TargetValue parsed = TargetValue::parse(text);
    if (parsed.kind() == TargetValue::Kind::Text && hasDigit(text))
        problem(row, column, SheetRowReader::tr("'%1' is not a number.").arg(text));
    return parsed;
}

void Reader::readValues(SheetRow &row)
{
    for (const ColumnMapping::Column &column : m_mapping.ofRole(ColumnRole::Pagu)) {
        const SheetCell &cell = m_table.cell(row.row, column.column);
        if (cell.isEmpty())
            continue;
        if (cell.kind == SheetCell::Kind::Number) {
            row.pagu.insert(yearOf(column), cell.number);
            continue;
        }
        const QString text = m_table.text(row.row, column.column);
        if (const Result<Decimal> parsed = IndonesianNumber::parse(text)) {
            row.pagu.insert(yearOf(column), *parsed);
        } else if (text != QLatin1String("-")) {
            problem(row, column.column, SheetRowReader::tr("'%1' is not an amount.").arg(text));
        }
    }

    std::tie(row.indikator, row.indikatorColumn) = firstOwnText(row.row, ColumnRole::Indikator);
    if (row.indikator.isEmpty())
        return;
    row.satuan = firstOwnText(row.row, ColumnRole::Satuan).first;
    row.rumus = firstOwnText(row.row, ColumnRole::Rumus).first;
    row.sumberData = firstOwnText(row.row, ColumnRole::SumberData).first;
    row.penanggungJawab = firstOwnText(row.row, ColumnRole::PenanggungJawab).first;
    std::tie(row.polaritas, row.polaritasColumn) = firstOwnText(row.row, ColumnRole::Polaritas);
    if (row.polaritasColumn == 0)
        row.polaritasColumn = m_mapping.ofRole(ColumnRole::Polaritas).value(0).column;
    std::tie(row.tingkat, row.tingkatColumn) = firstOwnText(row.row, ColumnRole::Tingkat);
    if (row.tingkatColumn == 0)
        row.tingkatColumn = m_mapping.ofRole(ColumnRole::Tingkat).value(0).column;
    for (const ColumnMapping::Column &column : m_mapping.ofRole(ColumnRole::Baseline)) {
        if (const TargetValue parsed = value(row, column.column);
            parsed.kind() != TargetValue::Kind::Empty)
            row.baseline = parsed;
    }
    for (const ColumnMapping::Column &column : m_mapping.ofRole(ColumnRole::Target)) {
        if (const TargetValue parsed = value(row, column.column);
            parsed.kind() != TargetValue::Kind::Empty)
            row.targets.insert(yearOf(column), parsed);
    }
}

} // namespace

QList<SheetRow>
SheetRowReader::read(const SheetTable &table, const ColumnMapping &mapping, int defaultYear)
{
    return Reader(table, mapping, defaultYear).run();
}

} // namespace Tepat
