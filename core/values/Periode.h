#pragma once

#include <QList>
#include <QString>

namespace Tepat {

struct Misi
{
    qint64 id = 0;
    QString text;

    friend bool operator==(const Misi &, const Misi &) = default;
};

// The RPJMD period: five years, a visi and its ordered misi. Renstra targets and pagu are kept for
// each year of this period.
struct Periode
{
    int startYear = 0;
    int endYear = 0;
    QString visi;
    QList<Misi> misi;

    bool contains(int year) const { return year >= startYear && year <= endYear; }
    QList<int> years() const;

    friend bool operator==(const Periode &, const Periode &) = default;
};

} // namespace Tepat
