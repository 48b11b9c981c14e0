#include "check/ResultsRule.h"

#include "check/CheckContext.h"
#include "check/IndicatorSubject.h"

#include <QStringList>

namespace Tepat {

const PkDocument *ResultsRule::pkOf(const IndicatorSubject &subject)
{
    const CheckContext *context = subject.context();
    const PkDocument *pk = context ? context->pkOfIndicator(subject.indicator()) : nullptr;
    // A version that a PK Perubahan changes hands its realisasi on to the perubahan, which is
    // judged instead: the earlier version would only miss the quarters reported after it.
    return pk && !context->isReplaced(pk->id) ? pk : nullptr;
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
