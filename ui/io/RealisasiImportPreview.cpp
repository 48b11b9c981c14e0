#include "io/RealisasiImportPreview.h"

#include "document/WorkspaceDocument.h"
#include "document/WorkspaceEdits.h"

#include <QLabel>
#include <QListWidget>
#include <QTreeWidget>

namespace Tepat {

void RealisasiImportPreview::show(const RealisasiImportPlan &plan,
                                  const Cascade &cascade,
                                  QTreeWidget *preview,
                                  QListWidget *problems,
                                  QLabel *summary)
{
    preview->clear();
    auto *matched = new QTreeWidgetItem(
        {QString(),
         tr("Matched"),
         tr("%n row(s) found their indicator", nullptr, int(plan.matches.size()))});
    for (const RealisasiImportPlan::Match &match : plan.matches) {
        QStringList quarters;
        for (int quarter = 1; quarter <= Realisasi::quarterCount; ++quarter) {
            const TargetValue &value = match.realisasi.triwulan(quarter).realisasi;
            if (value.kind() != TargetValue::Kind::Empty)
                quarters.append(QStringLiteral("%1: %2").arg(Realisasi::quarterName(quarter),
                                                             value.toString()));
        }
        const QString indicator = cascade.indicator(match.indicatorId)->text;
        auto *item = new QTreeWidgetItem(
            {QString::number(match.sheetRow),
             match.byNumber ? tr("By number") : tr("By text"),
             QStringLiteral("%1 \u2192 %2 (%3)")
                 .arg(match.sheetText, indicator, quarters.join(QStringLiteral("; ")))});
        matched->addChild(item);
    }
    auto *unmatched
        = new QTreeWidgetItem({QString(),
                               tr("Matched nothing"),
                               tr("%n row(s) left out", nullptr, int(plan.unmatched.size()))});
    for (const RealisasiImportPlan::Match &match : plan.unmatched)
        unmatched->addChild(
            new QTreeWidgetItem({QString::number(match.sheetRow), QString(), match.sheetText}));
    preview->addTopLevelItems({matched, unmatched});
    preview->expandAll();
    problems->clear();
    for (const ImportPlan::Problem &problem : plan.problems)
        problems->addItem(problem.message);
    if (!plan.problems.isEmpty()) {
        summary->setText(tr("Correct the sheet or the columns first: nothing is imported while a "
                            "cell cannot be read."));
    } else {
        summary->setText(tr("%n indicator(s) get realisasi.", nullptr, int(plan.matches.size()))
                         + u' '
                         + tr("%n row(s) matched no indicator of this PK and are left out.",
                              nullptr,
                              int(plan.unmatched.size())));
    }
}

bool RealisasiImportPreview::apply(WorkspaceDocument *document,
                                   const RealisasiImportPlan &plan,
                                   const QString &sourceName,
                                   QLabel *summary)
{
    if (!plan.problems.isEmpty())
        return false;
    if (plan.matches.isEmpty()) {
        summary->setText(tr("No row of the sheet matches an indicator of this PK."));
        return false;
    }
    document->edits().inOneStep(tr("Import realisasi from %1").arg(sourceName), [&] {
        for (const RealisasiImportPlan::Match &match : plan.matches) {
            document->edits().editRealisasi(match.indicatorId,
                                            match.realisasi,
                                            QStringLiteral("import"),
                                            WorkspaceEdits::Merge::Never);
        }
    });
    return true;
}

} // namespace Tepat
