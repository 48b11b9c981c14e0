#include "io/CeremonyExportDialog.h"

#include "common/FormLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <set>

namespace Tepat {

namespace {

constexpr int opdIdRole = Qt::UserRole;

QString paperName(const PaperFormat &paper)
{
    return paper.size() == PaperFormat::Size::F4 ? CeremonyExportDialog::tr("F4 (215 × 330 mm)")
                                                 : CeremonyExportDialog::tr("A4 (210 × 297 mm)");
}

} // namespace

CeremonyExportDialog::CeremonyExportDialog(const Cascade &cascade,
                                           const PaperFormat &paper,
                                           const QString &folder,
                                           QWidget *parent)
    : QDialog(parent)
    , m_cascade(cascade)
    , m_year(new QComboBox(this))
    , m_opds(new QListWidget(this))
    , m_pakta(
          new QCheckBox(tr("Follow each PK with the Pakta Integritas of its pihak pertama"), this))
    , m_oneFile(new QRadioButton(tr("One PDF for the whole ceremony"), this))
    , m_split(new QRadioButton(tr("One PDF per OPD, into a folder"), this))
    , m_path(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_sign(new QCheckBox(tr("Sign each PK with its signatories' certificates (one PDF per PK)"),
                           this))
    , m_order(new QComboBox(this))
    , m_certificates(new SignatoryCertificates(this))
{
    setWindowTitle(tr("Export for signing ceremony"));
    // Room for a full path; still far inside the 1366 × 768 of most users' laptops.
    setMinimumWidth(fontMetrics().averageCharWidth() * 110);

    std::set<int> years;
    for (const PkDocument &pk : cascade.pks())
        years.insert(pk.year);
    for (int year : years)
        m_year->addItem(QString::number(year), year);
    // The latest year is the one being signed; older PKs are already on paper.
    m_year->setCurrentIndex(m_year->count() - 1);

    auto *kepalaDaerah
        = new QListWidgetItem(tr("Kepala daerah (%1)").arg(cascade.pemda().name), m_opds);
    kepalaDaerah->setData(opdIdRole, PkBatchExport::kepalaDaerah);
    for (const Opd &opd : cascade.opds()) {
        auto *item = new QListWidgetItem(opd.name, m_opds);
        item->setData(opdIdRole, opd.id);
    }
    for (int row = 0; row < m_opds->count(); ++row) {
        m_opds->item(row)->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        m_opds->item(row)->setCheckState(Qt::Checked);
    }
    m_opds->setMinimumHeight(m_opds->fontMetrics().lineSpacing() * 7);
    auto *all = new QPushButton(tr("&All"), this);
    auto *none = new QPushButton(tr("&None"), this);
    auto *opdButtons = new QHBoxLayout;
    opdButtons->addWidget(all);
    opdButtons->addWidget(none);
    opdButtons->addStretch();
    auto *opdColumn = new QVBoxLayout;
    opdColumn->addWidget(m_opds);
    opdColumn->addLayout(opdButtons);

    auto *levels = new QGridLayout;
    for (PkDocument::Level level : {PkDocument::Level::KepalaDaerah,
                                    PkDocument::Level::KepalaOpd,
                                    PkDocument::Level::EselonIII,
                                    PkDocument::Level::EselonIV}) {
        QString name = PkDocument::levelName(level); // "kepala daerah", made for a sentence
        name[0] = name[0].toUpper();
        auto *box = new QCheckBox(name, this);
        box->setChecked(true);
        levels->addWidget(box, int(m_levels.size()) / 2, int(m_levels.size()) % 2);
        m_levels.append(box);
        connect(box, &QCheckBox::toggled, this, &CeremonyExportDialog::update);
    }

    m_pakta->setChecked(true);
    m_oneFile->setChecked(true);
    auto *output = new QVBoxLayout;
    output->addWidget(m_oneFile);
    output->addWidget(m_split);
    m_suggested = suggestedFileName();
    m_path->setText(QDir(folder).filePath(m_suggested));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Year:"), m_year);
    // A label of a layout has no buddy of its own: its mnemonic goes to the main field.
    form->addRow(FormLabel::forField(tr("&OPDs:"), m_opds), opdColumn);
    form->addRow(tr("Levels:"), levels);
    form->addRow(QString(), m_pakta);
    form->addRow(tr("Files:"), output);
    form->addRow(FormLabel::forField(tr("&Save to:"), m_path), pathRow);
    auto *paperLabel = new QLabel(
        tr("%1, as set for the workspace in the pemda form").arg(paperName(paper)), this);
    paperLabel->setWordWrap(true);
    form->addRow(tr("Paper:"), paperLabel);
    m_order->addItem(tr("Pihak kedua, then pihak pertama"),
                     int(PkPdfSigning::Order::PihakKeduaFirst));
    m_order->addItem(tr("Pihak pertama, then pihak kedua"),
                     int(PkPdfSigning::Order::PihakPertamaFirst));
    auto *signNote = new QLabel(tr("A certificate file on this computer makes a TTE tidak "
                                   "tersertifikasi unless a PSrE such as BSrE issued it. "
                                   "Passwords are used once and not kept; each signed PK is "
                                   "locked."),
                                this);
    signNote->setWordWrap(true);
    auto *signing = new QWidget(this);
    auto *signingLayout = new QFormLayout(signing);
    signingLayout->setContentsMargins(0, 0, 0, 0);
    signingLayout->addRow(signNote);
    signingLayout->addRow(m_certificates);
    signingLayout->addRow(tr("Sign in the order:"), m_order);
    signing->setVisible(false);
    form->addRow(QString(), m_sign);
    form->addRow(signing);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_count);
    layout->addWidget(m_buttons);

    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        // A name Tepat proposed follows the year; one the user typed stays.
        const QFileInfo file(m_path->text());
        if (!m_split->isChecked() && file.fileName() == m_suggested)
            m_path->setText(file.dir().filePath(suggestedFileName()));
        m_suggested = suggestedFileName();
        update();
    });
    connect(m_opds, &QListWidget::itemChanged, this, &CeremonyExportDialog::update);
    connect(all, &QPushButton::clicked, this, [this] {
        for (int row = 0; row < m_opds->count(); ++row)
            m_opds->item(row)->setCheckState(Qt::Checked);
    });
    connect(none, &QPushButton::clicked, this, [this] {
        for (int row = 0; row < m_opds->count(); ++row)
            m_opds->item(row)->setCheckState(Qt::Unchecked);
    });
    connect(m_split, &QRadioButton::toggled, this, &CeremonyExportDialog::outputModeChanged);
    connect(m_sign, &QCheckBox::toggled, this, [this, signing](bool on) {
        signing->setVisible(on);
        // Signed PKs go one per file into a folder.
        if (on && !m_split->isChecked())
            m_split->setChecked(true);
        m_oneFile->setEnabled(!on);
        update();
    });
    connect(m_path, &QLineEdit::textChanged, this, &CeremonyExportDialog::update);
    connect(browse, &QPushButton::clicked, this, &CeremonyExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

CeremonyExportDialog::Request CeremonyExportDialog::request() const
{
    Request request;
    request.selection.year = m_year->currentData().toInt();
    QList<qint64> opdIds;
    for (int row = 0; row < m_opds->count(); ++row) {
        if (m_opds->item(row)->checkState() == Qt::Checked)
            opdIds.append(m_opds->item(row)->data(opdIdRole).toLongLong());
    }
    // An empty list takes all; selectedPkCount() is 0 when nothing is ticked.
    if (opdIds.size() < m_opds->count())
        request.selection.opdIds = opdIds;
    for (int level = 0; level < m_levels.size(); ++level) {
        if (m_levels[level]->isChecked())
            request.selection.levels.append(PkDocument::Level(level));
    }
    if (request.selection.levels.size() == m_levels.size())
        request.selection.levels.clear();
    request.paktaIntegritas = m_pakta->isChecked();
    request.split = m_split->isChecked();
    request.path = m_path->text().trimmed();
    request.sign = m_sign->isChecked();
    request.order = PkPdfSigning::Order(m_order->currentData().toInt());
    return request;
}

CeremonyExportDialog::Request CeremonyExportDialog::takeRequest()
{
    Request chosen = request();
    QList<SignatoryCertificates::Choice> certificates = m_certificates->takeChoices();
    if (chosen.sign)
        chosen.certificates = std::move(certificates);
    return chosen;
}

int CeremonyExportDialog::selectedPkCount() const
{
    const Request chosen = request();
    bool anyOpd = false;
    for (int row = 0; row < m_opds->count(); ++row)
        anyOpd = anyOpd || m_opds->item(row)->checkState() == Qt::Checked;
    const bool anyLevel = std::any_of(
        m_levels.cbegin(), m_levels.cend(), [](const QCheckBox *box) { return box->isChecked(); });
    if (!anyOpd || !anyLevel)
        return 0;
    return int(PkBatchExport::select(m_cascade, chosen.selection).size());
}

void CeremonyExportDialog::update()
{
    const int count = selectedPkCount();
    // The signatories of the chosen PKs; rows already filled in stay while the set is the same.
    const QList<Official> officials = PkPdfSigning::signatories(
        m_cascade, count ? PkBatchExport::select(m_cascade, request().selection) : QList<qint64>());
    QStringList keys;
    for (const Official &official : officials)
        keys.append(PkPdfSigning::officialKey(official));
    if (keys != m_signatoryKeys) {
        m_signatoryKeys = keys;
        m_certificates->setSignatories(officials);
    }
    m_count->setText(count ? tr("%n PK(s) will be exported.", nullptr, count)
                           : tr("No PK matches this choice."));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(count > 0 && !m_path->text().trimmed().isEmpty());
}

void CeremonyExportDialog::browse()
{
    const QString chosen = m_split->isChecked()
        ? QFileDialog::getExistingDirectory(this, tr("Folder for the PDFs"), m_path->text())
        : QFileDialog::getSaveFileName(
            this, tr("Export for signing ceremony"), m_path->text(), tr("PDF (*.pdf)"));
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

void CeremonyExportDialog::outputModeChanged()
{
    const QFileInfo current(m_path->text().trimmed());
    m_path->setText(m_split->isChecked()
                        ? current.absolutePath()
                        : QDir(current.absoluteFilePath()).filePath(suggestedFileName()));
}

QString CeremonyExportDialog::suggestedFileName() const
{
    return tr("PK %1 - %2.pdf").arg(m_year->currentText(), m_cascade.pemda().name);
}

} // namespace Tepat
