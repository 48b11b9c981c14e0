#pragma once

#include "check/Finding.h"

#include <QList>

namespace Tepat {

class CheckContext;
class IndicatorSubject;
struct IndicatorSheet;

// A rule of good indicators and of a sound cascade. Each rule examines one kind of subject (an
// indicator, a plan item or a PK) and reports findings about it and nothing else, which is what
// lets the checker re-run only the subjects an edit touched.
class CheckRule
{
public:
    enum class Subject { Indicator, PlanItem, Pk };

    virtual ~CheckRule() = default;
    // Kebab-case, never renamed: acknowledged findings and rule settings are saved under it,
    // and tepat-cli prints it, so old workspaces and scripts rely on it.
    virtual QLatin1String id() const = 0;
    virtual Severity defaultSeverity() const = 0;
    // A few words naming what the rule catches, for the settings dialog and the docs.
    virtual LocalizedText title() const = 0;
    virtual Subject subject() const = 0;
    // Whether the rule needs the cascade (links, PKs, Renstra); only the others run on sheets.
    virtual bool needsCascade() const = 0;

    virtual void check(const IndicatorSubject &subject, QList<Finding> &findings) const;
    virtual void
    check(const CheckContext &context, qint64 subjectId, QList<Finding> &findings) const;
    // A table of a sheet as a whole: what the rule cannot judge on any of its rows because the
    // table has no column for it, said once rather than on every row. Nothing by default.
    virtual void checkSheet(const IndicatorSheet &sheet, QList<Finding> &findings) const;

protected:
    // A finding of this rule at its default severity; the checker applies the workspace's
    // re-grading afterwards.
    Finding finding(const IndicatorSubject &subject,
                    QLatin1String field,
                    LocalizedText message,
                    LocalizedText suggestion) const;
    Finding finding(qint64 objectId,
                    QLatin1String field,
                    LocalizedText message,
                    LocalizedText suggestion) const;
    // Advice about a sheet's table, placed at its header row.
    Finding sheetFinding(const IndicatorSheet &sheet,
                         QLatin1String field,
                         LocalizedText message,
                         LocalizedText suggestion) const;
    // "baris 4, 7 dan 9" / "rows 4, 7 and 9", the first few of a long list and how many more.
    static QString rowList(const QList<int> &rows, Language language);
};

} // namespace Tepat
