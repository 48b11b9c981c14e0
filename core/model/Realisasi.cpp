#include "model/Realisasi.h"

#include <algorithm>

namespace Tepat {

QString Realisasi::quarterName(int quarter)
{
    Q_ASSERT(quarter >= 1 && quarter <= quarterCount);
    static const QString names[] = {QStringLiteral("TW I"),
                                    QStringLiteral("TW II"),
                                    QStringLiteral("TW III"),
                                    QStringLiteral("TW IV")};
    return names[quarter - 1];
}

const RealisasiTriwulan &Realisasi::triwulan(int quarter) const
{
    Q_ASSERT(quarter >= 1 && quarter <= quarterCount);
    static const RealisasiTriwulan none;
    return m_quarters.isEmpty() ? none : m_quarters[quarter - 1];
}

void Realisasi::setTriwulan(int quarter, const RealisasiTriwulan &value)
{
    Q_ASSERT(quarter >= 1 && quarter <= quarterCount);
    if (m_quarters.isEmpty()) {
        if (value.isEmpty())
            return;
        m_quarters.resize(quarterCount);
    }
    m_quarters[quarter - 1] = value;
    if (std::all_of(m_quarters.cbegin(), m_quarters.cend(), [](const RealisasiTriwulan &entry) {
            return entry.isEmpty();
        })) {
        m_quarters.clear();
    }
}

bool Realisasi::isReported() const
{
    return std::any_of(m_quarters.cbegin(), m_quarters.cend(), [](const RealisasiTriwulan &entry) {
        return entry.isReported();
    });
}

int Realisasi::lastReportedQuarter() const
{
    for (int quarter = int(m_quarters.size()); quarter >= 1; --quarter) {
        if (m_quarters[quarter - 1].isReported())
            return quarter;
    }
    return 0;
}

} // namespace Tepat
