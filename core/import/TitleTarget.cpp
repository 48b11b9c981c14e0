#include "import/TitleTarget.h"

#include <QRegularExpression>

namespace Tepat {

namespace {

// Lower-case words between single spaces, with a space at both ends, so that a name is found as
// whole words: " rencana strategis dinas kesehatan ".
QString words(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text)
        result += c.isLetterOrNumber() ? c.toLower() : QChar(u' ');
    return QStringLiteral(" %1 ").arg(result.simplified());
}

} // namespace

TitleTarget::Proposal TitleTarget::of(const QString &title, const Cascade &cascade)
{
    const QString spoken = words(title);
    Proposal proposal;
    qsizetype longest = 0;
    for (const Opd &opd : cascade.opds()) {
        for (const QString &name : {opd.name, opd.shortName}) {
            const QString wanted = words(name);
            if (wanted.trimmed().isEmpty() || wanted.size() <= longest || !spoken.contains(wanted))
                continue;
            longest = wanted.size();
            proposal.opdId = opd.id;
        }
    }
    if (proposal.opdId == 0 || !spoken.contains(QLatin1String(" perjanjian kinerja ")))
        return proposal;
    static const QRegularExpression yearPattern(QStringLiteral("\\b(19|20|21)\\d\\d\\b"));
    for (auto match = yearPattern.globalMatch(title); match.hasNext();) {
        const int year = match.next().captured().toInt();
        for (const PkDocument &pk : cascade.pks()) {
            if (pk.opdId == proposal.opdId && pk.year == year
                && pk.level == PkDocument::Level::KepalaOpd) {
                proposal.pkId = pk.id;
                return proposal;
            }
        }
    }
    return proposal;
}

} // namespace Tepat
