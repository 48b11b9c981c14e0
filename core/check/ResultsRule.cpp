#include "check/ResultsRule.h"

#include "check/CheckContext.h"
#include "check/IndicatorSubject.h"

#include <QStringList>

namespace Tepat {

const PkDocument *ResultsRule::pkOf(const IndicatorSubject &subject)
{
    const CheckContext *context = subject.context();
    return context ? context->pkOfIndicator(subject.indicator()) : nullptr;
}

const MeasureSettings &ResultsRule::settingsOf(const IndicatorSubject &subject)
{
    Q_ASSERT(subject.context());
    return subject.context()->cascade().measureSettings();
}

QString ResultsRule::quarterList(const QList<int> &quarters)
{
    QStringList names;
    for (int quarter : quarters)
        names.append(Realisasi::quarterName(quarter));
    return names.join(QStringLiteral(", "));
}

} // namespace Tepat
