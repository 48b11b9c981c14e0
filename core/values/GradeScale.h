#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Tepat {

// An ordered categorical scale whose grades are legitimate PK targets (Opini BPK, predikat SAKIP,
// Indeks SPBE, …). The scales are data, in core/data/grade-scales.json, so that a new regulation
// changes a file and not the code. Invariant: grades are ordered best first and rank 0 is the best;
// two grades may share a rank (TW and TMP are both the worst opini).
class GradeScale
{
public:
    struct Grade
    {
        QString scaleId;
        QString label; // the canonical spelling, whatever alias was read
        int rank = -1; // 0 = best; -1 only in a default-constructed Grade

        bool operator==(const Grade &other) const = default;
    };

    // In the file's order: opini-bpk, sakip, indeks-rb, spbe, ombudsman, ikm-mutu, lppd, level.
    static const QList<GradeScale> &all();
    static const GradeScale *find(QStringView id);
    // Tries every scale in the order of all(), so the letters AA…D resolve to sakip (not
    // indeks-rb or ikm-mutu) and "Sangat Baik" to spbe: a bare letter in a target cell is far
    // more often a predikat SAKIP than anything else.
    static std::optional<Grade> recognise(QStringView text);

    QString id() const { return m_id; }
    QString name() const { return m_name; }
    QStringList labels() const;
    // Matches a label or an alias, ignoring case and extra spaces.
    std::optional<Grade> grade(QStringView text) const;
    bool isTop(const Grade &grade) const;
    // The rank of the worst grade(s): 2 for Opini BPK, whose TW and TMP share it.
    int worstRank() const;

private:
    struct Entry
    {
        QString label;
        int rank;
        QStringList keys; // the label and its aliases, normalised
    };

    static QList<GradeScale> load();
    std::optional<Grade> gradeByKey(const QString &key) const;

    QString m_id;
    QString m_name;
    QList<Entry> m_entries;
};

} // namespace Tepat
