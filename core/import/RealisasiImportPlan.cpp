#include "import/RealisasiImportPlan.h"

#include "measure/RealisasiInput.h"

#include <QHash>
#include <QRegularExpression>

namespace Tepat {

namespace {

// "Persentase  Balita  Gizi Buruk (%)" and "persentase balita gizi buruk" are one indicator.
QString matchKey(const QString &text)
{
    QString key;
    key.reserve(text.size());
    for (const QChar c : text)
        key += c.isLetterOrNumber() ? c.toCaseFolded() : QChar(u' ');
    return key.simplified();
}

QString firstText(const SheetTable &table,
                  const ColumnMapping &mapping,
                  int row,
                  ColumnRole role,
                  int *column = nullptr)
{
    for (const ColumnMapping::Column &entry : mapping.ofRole(role)) {
        const QString text = table.text(row, entry.column);
        if (!text.isEmpty()) {
            if (column)
                *column = entry.column;
            return text;
        }
    }
    return {};
}

} // namespace

bool RealisasiImportPlan::applies(const ColumnMapping &mapping)
{
    return std::any_of(
        mapping.columns.cbegin(), mapping.columns.cend(), [](const ColumnMapping::Column &column) {
            return ColumnMapping::quarterOf(column.role) > 0;
        });
}

RealisasiImportPlan RealisasiImportPlan::build(const SheetTable &table,
                                               const ColumnMapping &mapping,
                                               const Cascade &cascade,
                                               qint64 pkId)
{
    RealisasiImportPlan plan;
    const PkDocument *pk = cascade.pk(pkId);
    if (!pk)
        return plan;
    // The PK's indicators by their text, and by their number in the PK table.
    QHash<QString, qint64> byText;
    QHash<QString, qint64> byNumber;
    const QList<qint64> &sasaranIds = cascade.childItems(pkId);
    int serial = 0;
    for (int s = 0; s < sasaranIds.size(); ++s) {
        const QList<qint64> &indicators = cascade.indicatorsOf(sasaranIds[s]);
        for (int i = 0; i < indicators.size(); ++i) {
            byText.insert(matchKey(cascade.indicator(indicators[i])->text), indicators[i]);
            byNumber.insert(QStringLiteral("%1.%2").arg(s + 1).arg(i + 1), indicators[i]);
            byNumber.insert(QString::number(++serial), indicators[i]);
        }
    }
    QHash<qint64, int> taken; // indicator → the sheet row that matched it first
    static const QRegularExpression numbering(QStringLiteral("^(\\d+(?:\\.\\d+)?)\\.?$"));
    for (int row = mapping.firstDataRow; row <= table.rowCount(); ++row) {
        if (table.isRowEmpty(row))
            continue;
        const QString text = firstText(table, mapping, row, ColumnRole::Indikator);
        if (text.isEmpty())
            continue; // a sasaran or heading row
        Match match;
        match.sheetRow = row;
        match.sheetText = text;
        match.indicatorId = byText.value(matchKey(text));
        if (match.indicatorId == 0) {
            const QRegularExpressionMatch number
                = numbering.match(firstText(table, mapping, row, ColumnRole::Nomor));
            if (number.hasMatch()) {
                match.indicatorId = byNumber.value(number.captured(1));
                match.byNumber = match.indicatorId != 0;
            }
        }
        if (match.indicatorId == 0) {
            plan.unmatched.append(match);
            continue;
        }
        if (const auto first = taken.constFind(match.indicatorId); first != taken.cend()) {
            plan.problems.append({row,
                                  0,
                                  tr("%1: the indicator \"%2\" is also in row %3.")
                                      .arg(table.place(row, 1), text)
                                      .arg(*first)});
            continue;
        }
        taken.insert(match.indicatorId, row);
        const Indicator &indicator = *cascade.indicator(match.indicatorId);
        match.realisasi = indicator.realisasi;
        int lastQuarter = 0;
        for (const ColumnMapping::Column &column : mapping.columns) {
            const int quarter = ColumnMapping::quarterOf(column.role);
            const QString cell = table.text(row, column.column);
            if (quarter == 0 || cell.isEmpty())
                continue;
            const Result<TargetValue> value
                = RealisasiInput::realisasi(cell, indicator.target(pk->year));
            if (!value) {
                plan.problems.append({row,
                                      column.column,
                                      tr("%1 (%2): %3")
                                          .arg(table.place(row, column.column),
                                               mapping.title(column.column),
                                               value.error().message)});
                continue;
            }
            RealisasiTriwulan triwulan = match.realisasi.triwulan(quarter);
            triwulan.realisasi = *value;
            match.realisasi.setTriwulan(quarter, triwulan);
            lastQuarter = std::max(lastQuarter, quarter);
        }
        if (lastQuarter > 0) {
            RealisasiTriwulan triwulan = match.realisasi.triwulan(lastQuarter);
            for (const auto &[role, field] :
                 {std::pair {ColumnRole::Kendala, &triwulan.kendala},
                  std::pair {ColumnRole::TindakLanjut, &triwulan.tindakLanjut},
                  std::pair {ColumnRole::Bukti, &triwulan.bukti}}) {
                if (const QString note = firstText(table, mapping, row, role); !note.isEmpty())
                    *field = note;
            }
            match.realisasi.setTriwulan(lastQuarter, triwulan);
        }
        plan.matches.append(match);
    }
    return plan;
}

} // namespace Tepat
