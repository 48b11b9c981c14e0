#include "editors/PkDiffDialog.h"

#include "document/WorkspaceDocument.h"
#include "editors/PkDiffModel.h"
#include "model/PkVersions.h"
#include "values/IndonesianNumber.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Tepat {

namespace {

QTableView *table(PkDiffModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setWordWrap(true);
    view->verticalHeader()->hide();
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(PkDiffModel::BeforeName, QHeaderView::Stretch);
    view->horizontalHeader()->setSectionResizeMode(PkDiffModel::AfterName, QHeaderView::Stretch);
    return view;
}

} // namespace

PkDiffDialog::PkDiffDialog(WorkspaceDocument *document,
                           qint64 beforePk,
                           qint64 afterPk,
                           QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_indicators(new PkDiffModel(document, PkDiffModel::Table::Indicators, this))
    , m_programs(new PkDiffModel(document, PkDiffModel::Table::Programs, this))
    , m_summary(new QLabel(this))
{
    const Cascade &cascade = document->cascade();
    setWindowTitle(
        tr("%1 against %2")
            .arg(PkVersions::name(cascade, afterPk), PkVersions::name(cascade, beforePk)));
    // Wide enough for two versions side by side on a 1366 × 768 laptop.
    resize(1200, 620);
    m_indicators->compare(beforePk, afterPk);
    m_programs->compare(beforePk, afterPk);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(table(m_indicators, splitter));
    splitter->addWidget(table(m_programs, splitter));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_programs, &QAbstractItemModel::modelReset, this, &PkDiffDialog::updateSummary);
    updateSummary();
}

void PkDiffDialog::updateSummary()
{
    const PkDiff &diff = m_programs->diff();
    int added = 0, removed = 0, changed = 0;
    for (const PkDiff::IndicatorRow &row : m_indicators->diff().indicators) {
        added += row.change == PkDiff::Change::Added;
        removed += row.change == PkDiff::Change::Removed;
        changed += row.change == PkDiff::Change::Changed;
    }
    m_summary->setText(tr("Indicators: %1 added, %2 removed, %3 changed. Jumlah anggaran: %4 → %5.")
                           .arg(added)
                           .arg(removed)
                           .arg(changed)
                           .arg(IndonesianNumber::formatRupiah(diff.totalBefore),
                                IndonesianNumber::formatRupiah(diff.totalAfter)));
}

} // namespace Tepat
