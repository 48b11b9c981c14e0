#pragma once

#include "values/Decimal.h"
#include "values/GradeScale.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace Tepat {

// A target or baseline cell as PK and Renstra sheets write it: "75,5", "85 %", "≤ 10 menit",
// "70 s.d. 85", "WTP", or words such as "Meningkat" that the checker flags. Parsing never fails;
// it classifies. Invariant: parse(v.toString()) == v for every value parse() returns, so a cell
// can be stored as its display text and read back unchanged.
class TargetValue
{
public:
    enum class Kind { Empty, Number, Range, Bound, Grade, Text };
    enum class BoundOp { Less, LessOrEqual, Greater, GreaterOrEqual };

    TargetValue() = default; // Kind::Empty

    // Tries, in order: empty ("", "-", "—", "NA"), a number with its unit ("85 %", "Rp 70 T" is
    // 70.000.000.000.000), a bound ("≤ 10", "Maksimal 3 hari"), a range ("70 s.d. 85"), a grade
    // label of GradeScale::recognise(), else text. A trailing "(…)" becomes the qualifier. Grade
    // labels that alone are vague words (Baik, Cukup, Tinggi, Sedang, Rendah; the list is in
    // core/data/target-words.json) stay Text so that the checker flags them, while labels that
    // only ever name a grade (WTP, BB, Memuaskan, Sangat Baik, Zona Hijau, Level 3) become
    // grades. A footnote mark after a number ("1,7*") becomes the qualifier "*".
    static TargetValue parse(QStringView cell);
    // A Number or a grade made by a computation (a sum of triwulan, a grade read against its
    // target's scale). A grade whose label alone is a vague word ("Baik") reads back from its text
    // as Text, which is why results keep the value rather than its text.
    static TargetValue fromNumber(const Decimal &value, const QString &unit = {});
    static TargetValue fromGrade(const GradeScale::Grade &grade);

    Kind kind() const { return m_kind; }
    // The value of a Number, the low end of a Range, the bound of a Bound; zero otherwise.
    Decimal number() const { return m_number; }
    Decimal high() const { return m_high; } // the high end of a Range; zero otherwise
    BoundOp boundOp() const { return m_boundOp; }
    GradeScale::Grade grade() const { return m_grade; }
    QString text() const { return m_text; } // the words of a Text, e.g. "Meningkat"
    // A unit written in the cell ("%", "Jam", "Rp", "Indeks"), as written; empty if none.
    QString unit() const { return m_unit; }
    QString qualifier() const { return m_qualifier; } // "Perdesaan" in "45,2 % (Perdesaan)"

    // The Indonesian display form: "75,5", "85 %", "Rp 1.250.000", "12,5 - 11,8", "≤ 10 menit",
    // "WTP", "45,2 % (Perdesaan)"; empty for Kind::Empty.
    QString toString() const;

    bool isMeasurable() const;
    // Number: the value; Bound: the bound. A Range has no single number to compare with.
    std::optional<Decimal> comparableNumber() const;

    bool operator==(const TargetValue &other) const = default;

private:
    Kind m_kind = Kind::Empty;
    Decimal m_number;
    Decimal m_high;
    BoundOp m_boundOp = BoundOp::Less;
    GradeScale::Grade m_grade;
    QString m_text;
    QString m_unit;
    QString m_qualifier;
};

} // namespace Tepat
