#include "results/ReportsDialog.h"

#include "common/FormLabel.h"
#include "measure/CapaianEngine.h"
#include "report/DashboardRows.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace Tepat {

QString ReportsDialog::Request::path() const
{
    if (split)
        return folder;
    const QString extension
        = format == ReportBatch::Format::Pdf ? QStringLiteral("pdf") : QStringLiteral("xlsx");
    return QDir(folder).filePath(
        QStringLiteral("%1-%2.%3").arg(ReportScope::key(kind)).arg(year).arg(extension));
}

ReportsDialog::ReportsDialog(const Cascade &cascade, const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_year(new QComboBox(this))
    , m_quarter(new QComboBox(this))
    , m_allOpds(new QCheckBox(tr("&All OPDs and the pemda"), this))
    , m_opds(new QListWidget(this))
    , m_format(new QComboBox(this))
    , m_paper(new QComboBox(this))
    , m_folder(new QLineEdit(folder, this))
    , m_split(new QCheckBox(tr("One file per &OPD"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Reports"));
    m_kind->addItem(tr("Pengukuran Kinerja (every PK)"), int(ReportScope::Kind::Pengukuran));
    m_kind->addItem(tr("Monitoring Triwulan (per OPD)"), int(ReportScope::Kind::Monitoring));
    m_kind->addItem(tr("LKjIP chapter III tables and chart (per OPD)"),
                    int(ReportScope::Kind::Lkjip));
    m_kind->setCurrentIndex(2);
    const QList<int> years = DashboardRows::years(cascade);
    for (int year : years)
        m_year->addItem(QString::number(year), year);
    m_year->setCurrentIndex(int(years.size()) - 1);
    for (int quarter = 1; quarter <= Realisasi::quarterCount; ++quarter)
        m_quarter->addItem(tr("up to %1").arg(Realisasi::quarterName(quarter)), quarter);
    const int reported = years.isEmpty()
        ? 1
        : std::max(1, CapaianEngine::lastReportedQuarter(cascade, years.last()));
    m_quarter->setCurrentIndex(reported - 1);
    m_allOpds->setChecked(true);
    for (const Opd &opd : cascade.opds()) {
        auto *item = new QListWidgetItem(opd.name, m_opds);
        item->setData(Qt::UserRole, opd.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_opds->setAccessibleName(tr("OPDs"));
    m_format->addItem(tr("PDF"), int(ReportBatch::Format::Pdf));
    m_format->addItem(tr("Excel workbook (XLSX)"), int(ReportBatch::Format::Xlsx));
    m_paper->addItem(QStringLiteral("A4"), int(PaperFormat::Size::A4));
    m_paper->addItem(QStringLiteral("F4"), int(PaperFormat::Size::F4));
    m_paper->setCurrentIndex(m_paper->findData(int(cascade.printSettings().paper)));
    m_split->setChecked(true);
    auto *browse = new QPushButton(tr("&Browse…"), this);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Report:"), m_kind);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Capaian:"), m_quarter);
    form->addRow(tr("OPDs:"), m_allOpds);
    form->addRow(QString(), m_opds);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(FormLabel::forField(tr("F&older:"), m_folder), folderRow);
    form->addRow(QString(), m_split);
    form->addRow(m_buttons);

    connect(m_allOpds, &QCheckBox::toggled, this, &ReportsDialog::update);
    connect(m_opds, &QListWidget::itemChanged, this, &ReportsDialog::update);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ReportsDialog::update);
    connect(m_folder, &QLineEdit::textChanged, this, &ReportsDialog::update);
    connect(browse, &QPushButton::clicked, this, &ReportsDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

ReportsDialog::Request ReportsDialog::request() const
{
    Request result;
    result.kind = ReportScope::Kind(m_kind->currentData().toInt());
    result.year = m_year->currentData().toInt();
    result.quarter = m_quarter->currentData().toInt();
    if (!m_allOpds->isChecked()) {
        for (int row = 0; row < m_opds->count(); ++row) {
            if (m_opds->item(row)->checkState() == Qt::Checked)
                result.opdIds.append(m_opds->item(row)->data(Qt::UserRole).toLongLong());
        }
    }
    result.format = ReportBatch::Format(m_format->currentData().toInt());
    result.paper = PaperFormat::Size(m_paper->currentData().toInt());
    result.folder = m_folder->text().trimmed();
    result.split = m_split->isChecked();
    return result;
}

void ReportsDialog::update()
{
    m_opds->setEnabled(!m_allOpds->isChecked());
    // Paper matters to a PDF only.
    m_paper->setEnabled(m_format->currentData().toInt() == int(ReportBatch::Format::Pdf));
    const Request current = request();
    const bool chosen = m_allOpds->isChecked() || !current.opdIds.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(chosen && current.year != 0 && !current.folder.isEmpty());
}

void ReportsDialog::browse()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Folder for the reports"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

} // namespace Tepat
