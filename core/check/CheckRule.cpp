#include "check/CheckRule.h"

#include "check/IndicatorSheet.h"
#include "check/IndicatorSubject.h"

namespace Tepat {

void CheckRule::check(const IndicatorSubject &, QList<Finding> &) const
{
    Q_ASSERT_X(
        false, "CheckRule::check", "an indicator rule must override check(IndicatorSubject)");
}

void CheckRule::check(const CheckContext &, qint64, QList<Finding> &) const
{
    Q_ASSERT_X(
        false, "CheckRule::check", "a plan item or PK rule must override check(CheckContext)");
}

void CheckRule::checkSheet(const IndicatorSheet &, QList<Finding> &) const
{}

Finding CheckRule::finding(const IndicatorSubject &subject,
                           QLatin1String field,
                           LocalizedText message,
                           LocalizedText suggestion) const
{
    Finding result
        = finding(subject.indicator().id, field, std::move(message), std::move(suggestion));
    result.row = subject.row();
    return result;
}

Finding CheckRule::finding(qint64 objectId,
                           QLatin1String field,
                           LocalizedText message,
                           LocalizedText suggestion) const
{
    Finding result;
    result.ruleId = QString(id());
    result.severity = defaultSeverity();
    result.objectId = objectId;
    result.field = QString(field);
    result.message = std::move(message);
    result.suggestion = std::move(suggestion);
    return result;
}

Finding CheckRule::sheetFinding(const IndicatorSheet &sheet,
                                QLatin1String field,
                                LocalizedText message,
                                LocalizedText suggestion) const
{
    Finding result = finding(0, field, std::move(message), std::move(suggestion));
    result.severity = Severity::Info;
    result.row = sheet.headerRow;
    return result;
}

QString CheckRule::rowList(const QList<int> &rows, Language language)
{
    constexpr qsizetype shown = 8;
    QStringList numbers;
    for (qsizetype i = 0; i < rows.size() && i < shown; ++i)
        numbers.append(QString::number(rows[i]));
    const bool indonesian = language == Language::Indonesian;
    QString listed;
    if (rows.size() > shown) {
        listed = numbers.join(QStringLiteral(", "))
            + (indonesian ? QStringLiteral(" dan %1 baris lain").arg(rows.size() - shown)
                          : QStringLiteral(" and %1 more").arg(rows.size() - shown));
    } else if (numbers.size() > 1) {
        const QString last = numbers.takeLast();
        listed = numbers.join(QStringLiteral(", "))
            + (indonesian ? QStringLiteral(" dan ") : QStringLiteral(" and ")) + last;
    } else {
        listed = numbers.value(0);
    }
    const bool plural = rows.size() > 1;
    return indonesian ? QStringLiteral("baris %1").arg(listed)
                      : (plural ? QStringLiteral("rows %1") : QStringLiteral("row %1")).arg(listed);
}

} // namespace Tepat
