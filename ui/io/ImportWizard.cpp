#include "io/ImportWizard.h"

#include "common/FormLabel.h"
#include "document/WorkspaceDocument.h"
#include "document/WorkspaceEdits.h"
#include "import/TitleTarget.h"
#include "io/RealisasiImportPreview.h"
#include "model/PkDocument.h"
#include "sheet/LayoutGuesser.h"
#include "sheet/SheetFile.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Tepat {

namespace {

QString settingsKey(const QString &signature)
{
    return QStringLiteral("import/mappings/%1").arg(signature);
}

QString nodeKindName(ImportPlan::NodeKind kind)
{
    switch (kind) {
    case ImportPlan::NodeKind::Tujuan:
        return ImportWizard::tr("Tujuan");
    case ImportPlan::NodeKind::Sasaran:
        return ImportWizard::tr("Sasaran");
    case ImportPlan::NodeKind::Program:
        return ImportWizard::tr("Program");
    case ImportPlan::NodeKind::Kegiatan:
        return ImportWizard::tr("Kegiatan");
    case ImportPlan::NodeKind::SubKegiatan:
        return ImportWizard::tr("Sub kegiatan");
    }
    return {};
}

} // namespace

ImportWizard::ImportWizard(WorkspaceDocument *document, QWidget *parent)
    : QWizard(parent)
    , m_document(document)
    , m_path(new QLineEdit)
    , m_sheet(new QComboBox)
    , m_fileError(new QLabel)
    , m_columnsBox(new QWidget)
    , m_target(new QComboBox)
    , m_preview(new QTreeWidget)
    , m_problems(new QListWidget)
    , m_summary(new QLabel)
{
    setWindowTitle(tr("Import from spreadsheet"));
    setOption(QWizard::NoBackButtonOnStartPage);

    auto *filePage = new QWizardPage;
    filePage->setTitle(tr("Choose the workbook"));
    filePage->setSubTitle(tr("An Excel workbook (.xlsx) or a CSV file with the Renstra, IKU or "
                             "PK table as your office keeps it."));
    auto *browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, &ImportWizard::chooseFile);
    connect(m_path, &QLineEdit::editingFinished, this, &ImportWizard::fillSheets);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path);
    pathRow->addWidget(browse);
    auto *fileForm = new QFormLayout(filePage);
    fileForm->addRow(FormLabel::forField(tr("&File:"), m_path), pathRow);
    fileForm->addRow(tr("&Sheet:"), m_sheet);
    m_fileError->setWordWrap(true);
    fileForm->addRow(m_fileError);
    setPage(FilePage, filePage);

    auto *columnsPage = new QWizardPage;
    columnsPage->setTitle(tr("Check the columns"));
    columnsPage->setSubTitle(tr("Tepat guessed what each column holds. Correct a column by "
                                "choosing its role; give target and pagu columns their year."));
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_columnsBox);
    auto *columnsLayout = new QVBoxLayout(columnsPage);
    columnsLayout->addWidget(scroll);
    setPage(ColumnsPage, columnsPage);

    auto *targetPage = new QWizardPage;
    targetPage->setTitle(tr("Choose where the rows go"));
    targetPage->setSubTitle(tr("The rows are added as one step that Edit ▸ Undo takes back."));
    fillTargets();
    connect(m_target, &QComboBox::currentIndexChanged, this, &ImportWizard::refreshPreview);
    m_preview->setHeaderLabels({tr("Row"), tr("Kind"), tr("Name")});
    m_summary->setWordWrap(true);
    auto *targetLayout = new QVBoxLayout(targetPage);
    auto *targetForm = new QFormLayout;
    targetForm->addRow(tr("Import &into:"), m_target);
    targetLayout->addLayout(targetForm);
    targetLayout->addWidget(m_preview, 3);
    targetLayout->addWidget(new QLabel(tr("Problems:")));
    targetLayout->addWidget(m_problems, 1);
    targetLayout->addWidget(m_summary);
    setPage(TargetPage, targetPage);
}

void ImportWizard::setFile(const QString &path)
{
    m_path->setText(path);
    fillSheets();
}

void ImportWizard::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import from spreadsheet"), {}, tr("Spreadsheets (*.xlsx *.csv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportWizard::fillSheets()
{
    m_sheet->clear();
    m_fileError->clear();
    const Result<QStringList> names = SheetFile::sheetNames(m_path->text());
    if (!names) {
        m_fileError->setText(names.error().message);
        return;
    }
    // An instruction or cover sheet ("Petunjuk") holds no table: the first sheet that does is
    // proposed, and the others are named.
    QStringList skipped;
    int proposed = -1;
    for (const QString &name : *names) {
        m_sheet->addItem(name.isEmpty() ? QFileInfo(m_path->text()).fileName() : name, name);
        const Result<SheetTable> table = SheetFile::read(m_path->text(), name);
        if (table && LayoutGuesser::layout(*table).tables.isEmpty()) {
            skipped.append(name);
        } else if (proposed < 0) {
            proposed = m_sheet->count() - 1;
        }
    }
    if (proposed >= 0)
        m_sheet->setCurrentIndex(proposed);
    if (!skipped.isEmpty() && !(skipped.size() == 1 && skipped.first().isEmpty())) {
        m_fileError->setText(tr("No table was found on %n sheet(s), which are skipped: %1.",
                                nullptr,
                                int(skipped.size()))
                                 .arg(skipped.join(QStringLiteral(", "))));
    }
}

bool ImportWizard::readSheet()
{
    const Result<SheetTable> table
        = SheetFile::read(m_path->text(), m_sheet->currentData().toString());
    if (!table) {
        m_fileError->setText(table.error().message);
        return false;
    }
    m_table = *table;
    const SheetLayout layout = LayoutGuesser::layout(m_table);
    m_mapping = layout.tables.isEmpty() ? LayoutGuesser::guess(m_table) : layout.tables.first();
    if (layout.tables.size() > 1) {
        m_fileError->setText(tr("The sheet holds %1 tables; the first, from row %2 to row %3, is "
                                "imported.")
                                 .arg(QString::number(layout.tables.size()),
                                      QString::number(m_mapping.headerTop),
                                      QString::number(m_mapping.lastDataRow)));
    }
    proposeTarget(layout.title);
    const QByteArray saved = QSettings().value(settingsKey(m_mapping.signature)).toByteArray();
    if (!saved.isEmpty()) {
        const Result<ColumnMapping> remembered
            = ColumnMapping::fromJson(QJsonDocument::fromJson(saved).object());
        if (remembered && remembered->columns.size() == m_mapping.columns.size())
            m_mapping = *remembered;
    }
    return true;
}

void ImportWizard::buildColumnEditors()
{
    delete m_columnsBox->layout();
    qDeleteAll(m_columnsBox->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    m_roles.clear();
    m_years.clear();
    auto *grid = new QGridLayout(m_columnsBox);
    grid->addWidget(new QLabel(tr("<b>Column</b>")), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Header</b>")), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Role</b>")), 0, 2);
    grid->addWidget(new QLabel(tr("<b>Year</b>")), 0, 3);
    for (const ColumnMapping::Column &column : std::as_const(m_mapping.columns)) {
        const int row = column.column;
        grid->addWidget(new QLabel(SheetTable::columnName(column.column)), row, 0);
        grid->addWidget(new QLabel(column.header), row, 1);
        auto *role = new QComboBox;
        for (const ColumnRole candidate : ColumnMapping::allRoles())
            role->addItem(ColumnMapping::roleName(candidate), int(candidate));
        role->setCurrentIndex(role->findData(int(column.role)));
        auto *year = new QSpinBox;
        year->setRange(0, 2200);
        year->setSpecialValueText(tr("none"));
        year->setValue(column.year);
        year->setEnabled(ColumnMapping::hasYear(column.role));
        connect(role, &QComboBox::currentIndexChanged, year, [role, year] {
            year->setEnabled(ColumnMapping::hasYear(ColumnRole(role->currentData().toInt())));
        });
        grid->addWidget(role, row, 2);
        grid->addWidget(year, row, 3);
        m_roles.append(role);
        m_years.append(year);
    }
    grid->setRowStretch(int(m_mapping.columns.size()) + 1, 1);
}

void ImportWizard::readColumnEditors()
{
    for (qsizetype i = 0; i < m_mapping.columns.size(); ++i) {
        ColumnMapping::Column &column = m_mapping.columns[i];
        column.role = ColumnRole(m_roles[i]->currentData().toInt());
        column.year = ColumnMapping::hasYear(column.role) ? m_years[i]->value() : 0;
    }
}

void ImportWizard::proposeTarget(const QString &title)
{
    const TitleTarget::Proposal proposal = TitleTarget::of(title, m_document->cascade());
    if (proposal.opdId == 0)
        return;
    const QVariantList wanted
        = proposal.pkId != 0 ? QVariantList {1, proposal.pkId} : QVariantList {0, proposal.opdId};
    for (int index = 0; index < m_target->count(); ++index) {
        if (m_target->itemData(index).toList() == wanted) {
            m_target->setCurrentIndex(index);
            return;
        }
    }
}

ImportSheetCommand::Target ImportWizard::currentTarget() const
{
    const QVariantList data = m_target->currentData().toList();
    if (data.size() != 2)
        return {};
    return {data[0].toInt() == 0 ? ImportSheetCommand::TargetKind::Renstra
                                 : ImportSheetCommand::TargetKind::Pk,
            data[1].toLongLong()};
}

int ImportWizard::defaultYear() const
{
    const ImportSheetCommand::Target target = currentTarget();
    if (target.kind == ImportSheetCommand::TargetKind::Pk) {
        if (const PkDocument *pk = m_document->cascade().pk(target.id))
            return pk->year;
    }
    return 0;
}

void ImportWizard::fillTargets()
{
    const QSignalBlocker blocker(m_target);
    // The target proposed from the sheet's title stays chosen; for realisasi, a Renstra chosen
    // becomes its OPD's latest PK.
    const QVariantList chosen = m_target->currentData().toList();
    m_target->clear();
    const Cascade &cascade = m_document->cascade();
    if (!m_realisasi) {
        for (const Opd &opd : cascade.opds())
            m_target->addItem(tr("Renstra of %1").arg(opd.name), QVariantList {0, opd.id});
    }
    for (const PkDocument &pk : cascade.pks()) {
        const Opd *opd = cascade.opd(pk.opdId);
        const QString name = tr("PK %1 — %2 — %3")
                                 .arg(QString::number(pk.year),
                                      opd ? opd->name : cascade.pemda().name,
                                      PkDocument::levelName(pk.level));
        m_target->addItem(m_realisasi ? tr("Realisasi of %1").arg(name) : name,
                          QVariantList {1, pk.id});
        if (m_realisasi && chosen.size() == 2 && chosen[0].toInt() == 0
            && chosen[1].toLongLong() == pk.opdId) {
            m_target->setCurrentIndex(m_target->count() - 1);
        }
    }
    if (const int index = m_target->findData(chosen); index >= 0)
        m_target->setCurrentIndex(index);
}

void ImportWizard::refreshPreview()
{
    if (m_realisasi) {
        m_realisasiPlan = RealisasiImportPlan::build(
            m_table, m_mapping, m_document->cascade(), currentTarget().id);
        RealisasiImportPreview::show(
            m_realisasiPlan, m_document->cascade(), m_preview, m_problems, m_summary);
        return;
    }
    m_plan = ImportPlan::build(m_table, m_mapping, defaultYear());
    m_preview->clear();
    QList<QTreeWidgetItem *> nodes;
    for (const ImportPlan::Node &node : std::as_const(m_plan.nodes)) {
        QString name = node.code.isEmpty() ? node.name : node.code + u' ' + node.name;
        auto *item
            = new QTreeWidgetItem({QString::number(node.sheetRow), nodeKindName(node.kind), name});
        if (node.parent >= 0)
            nodes[node.parent]->addChild(item);
        else
            m_preview->addTopLevelItem(item);
        nodes.append(item);
    }
    for (const ImportPlan::PlannedIndicator &planned : std::as_const(m_plan.indicators)) {
        QStringList targets;
        for (auto target = planned.indicator.targets.cbegin();
             target != planned.indicator.targets.cend();
             ++target)
            targets.append(QStringLiteral("%1: %2").arg(target.key()).arg(target->toString()));
        auto *item = new QTreeWidgetItem(
            {QString::number(planned.sheetRow),
             tr("Indicator"),
             targets.isEmpty() ? planned.indicator.text
                               : QStringLiteral("%1 (%2)").arg(
                                   planned.indicator.text, targets.join(QStringLiteral("; ")))});
        nodes[planned.owner]->addChild(item);
    }
    m_preview->expandAll();
    m_problems->clear();
    for (const ImportPlan::Problem &problem : std::as_const(m_plan.problems))
        m_problems->addItem(problem.message);
    m_summary->setText(
        m_plan.problems.isEmpty()
            ? tr("%n indicator(s) will be imported.", nullptr, int(m_plan.indicators.size()))
            : tr("Correct the sheet or the columns first: nothing is imported while "
                 "a cell cannot be read."));
}

void ImportWizard::initializePage(int id)
{
    if (id == ColumnsPage)
        buildColumnEditors();
    else if (id == TargetPage) {
        m_realisasi = RealisasiImportPlan::applies(m_mapping);
        fillTargets();
        refreshPreview();
    }
    QWizard::initializePage(id);
}

bool ImportWizard::validateCurrentPage()
{
    switch (currentId()) {
    case FilePage:
        return readSheet();
    case ColumnsPage:
        readColumnEditors();
        return true;
    case TargetPage: {
        refreshPreview();
        const QString source = m_table.sheetName.isEmpty() ? QFileInfo(m_table.fileName).fileName()
                                                           : m_table.sheetName;
        if (m_realisasi) {
            if (!RealisasiImportPreview::apply(m_document, m_realisasiPlan, source, m_summary))
                return false;
        } else if (const Result<void> imported
                   = m_document->edits().importSheet(m_plan, currentTarget(), source);
                   !imported) {
            m_summary->setText(imported.error().message);
            return false;
        }
        QSettings().setValue(settingsKey(m_mapping.signature),
                             QJsonDocument(m_mapping.toJson()).toJson(QJsonDocument::Compact));
        return true;
    }
    default:
        return true;
    }
}

} // namespace Tepat
