#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Tepat {

// What a column of an imported sheet holds.
enum class ColumnRole {
    Ignore,
    Nomor, // "No", "1.1": numbering, not imported
    Tujuan,
    Sasaran,
    Indikator,
    Satuan,
    Baseline,
    Target, // of the column's year
    Rumus,
    SumberData,
    PenanggungJawab,
    Kode,            // the Permendagri 90 code of the program / kegiatan / sub kegiatan
    Program,         // names of programs only
    Kegiatan,        // names of kegiatan only
    SubKegiatan,     // names of sub kegiatan only
    ProgramKegiatan, // one "Uraian" column of all three, told apart by their codes
    Pagu,            // pagu indikatif or anggaran of the column's year
    Polaritas,
    Tingkat, // the level of the indicator: strategis, program, kegiatan
    // What a PK indicator reached per triwulan, and the quarter's notes; a sheet with any of
    // these is a realisasi sheet, matched to the indicators of a PK rather than added.
    RealisasiTw1,
    RealisasiTw2,
    RealisasiTw3,
    RealisasiTw4,
    Kendala,
    TindakLanjut,
    Bukti,
};

// How the columns of a sheet map to the cascade: where its header is, and each column's role
// (with the year of a target or pagu column). The layout guesser proposes it, the user corrects
// it, and the window remembers it under signature for the next workbook of the same shape, so it
// round-trips through JSON. Invariant: columns is ordered by column number.
struct ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(Tepat::ColumnMapping)

public:
    struct Column
    {
        int column = 0; // as the spreadsheet numbers it: A is 1
        ColumnRole role = ColumnRole::Ignore;
        int year = 0;   // Target and Pagu: the year; 0 when the header names none
        QString header; // the header rows' text of the column, joined with " / "

        friend bool operator==(const Column &, const Column &) = default;
    };

    int headerTop = 0;    // first header row
    int headerBottom = 0; // last header row
    int firstDataRow = 0; // after the header and a row of column numbers "(1) (2) (3)" if any
    int lastDataRow = 0;  // the row before the next table's header; 0: the sheet's last row
    QList<Column> columns;
    QString signature; // of the header text; equal for sheets of the same shape

    const Column *column(int number) const;
    // The columns of a role, in sheet order.
    QList<Column> ofRole(ColumnRole role) const;
    // What a column holds as messages name it: "Target 2026".
    QString title(int number) const;
    // A column's label in messages: "E (Target 2026)".
    QString label(int number) const;

    QJsonObject toJson() const;
    static Result<ColumnMapping> fromJson(const QJsonObject &json);

    // Stable keys for JSON ("indikator", "sumber_data"); never renamed.
    static QString roleKey(ColumnRole role);
    static std::optional<ColumnRole> roleFromKey(QStringView key);
    static QList<ColumnRole> allRoles();
    // The role as the wizard's combo shows it.
    static QString roleName(ColumnRole role);
    static bool hasYear(ColumnRole role)
    {
        return role == ColumnRole::Target || role == ColumnRole::Pagu;
    }
    // The triwulan of a realisasi role, 0 for any other role.
    static int quarterOf(ColumnRole role);
    static ColumnRole realisasiRole(int quarter);

    friend bool operator==(const ColumnMapping &, const ColumnMapping &) = default;
};

} // namespace Tepat
