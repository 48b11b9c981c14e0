#include "editors/PkEditor.h"

#include "common/LockedForm.h"
#include "common/PasteTableView.h"
#include "common/UiColors.h"
#include "document/WorkspaceDocument.h"
#include "document/WorkspaceEdits.h"
#include "editors/FeedbackDelegate.h"
#include "editors/OfficialEditor.h"
#include "editors/PkProgramsModel.h"
#include "editors/PkTargetsModel.h"
#include "editors/PkVersionPanel.h"
#include "editors/ProgramPicker.h"
#include "editors/TargetFeedback.h"
#include "model/PkLockState.h"
#include "values/IndonesianNumber.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace Tepat {

namespace {

QLabel *feedbackLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    UiColors::setError(label, true);
    label->setVisible(false);
    return label;
}

void showFeedback(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

} // namespace

PkEditor::PkEditor(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(new QLabel(this))
    , m_level(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_kind(new QComboBox(this))
    , m_alasan(new QComboBox(this))
    , m_changeDate(new QDateEdit(this))
    , m_dasar(new QLineEdit(this))
    , m_number(new QLineEdit(this))
    , m_place(new QLineEdit(this))
    , m_date(new QDateEdit(this))
    , m_pihakPertama(new OfficialEditor(tr("Pihak pertama (who promises)"), this))
    , m_pihakKedua(new OfficialEditor(tr("Pihak kedua (the superior)"), this))
    , m_targetsModel(new PkTargetsModel(document, this))
    , m_targets(new PasteTableView(this))
    , m_targetFeedback(feedbackLabel(this))
    , m_addRow(new QPushButton(tr("&Add row"), this))
    , m_addSasaran(new QPushButton(tr("Add sa&saran"), this))
    , m_deleteRow(new QPushButton(tr("&Delete row"), this))
    , m_rowUp(new QPushButton(tr("Move &up"), this))
    , m_rowDown(new QPushButton(tr("Move do&wn"), this))
    , m_programsModel(new PkProgramsModel(document, this))
    , m_programs(new PasteTableView(this))
    , m_programFeedback(feedbackLabel(this))
    , m_total(new QLabel(this))
    , m_declaredTotal(new QLineEdit(this))
    , m_programPicker(new ProgramPicker(document, this))
    , m_addProgram(new QPushButton(tr("Add pro&gram row"), this))
    , m_deleteProgram(new QPushButton(tr("Delete program row"), this))
    , m_programUp(new QPushButton(tr("Move up"), this))
    , m_programDown(new QPushButton(tr("Move down"), this))
    , m_versionPanel(new PkVersionPanel(document, this))
    , m_lockedForm(new LockedForm(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_level->addItem(PkDocument::levelName(PkDocument::Level::KepalaDaerah));
    m_level->addItem(PkDocument::levelName(PkDocument::Level::KepalaOpd));
    m_level->addItem(PkDocument::levelName(PkDocument::Level::EselonIII));
    m_level->addItem(PkDocument::levelName(PkDocument::Level::EselonIV));
    m_year->setRange(2000, 2100);
    m_kind->addItem(tr("Awal (first of the year)"));
    m_kind->addItem(tr("Perubahan (a change during the year)"));
    m_alasan->addItem(QString(), int(PkDocument::Alasan::NotGiven));
    for (PkDocument::Alasan alasan : {PkDocument::Alasan::PergantianPejabat,
                                      PkDocument::Alasan::PerubahanStrategi,
                                      PkDocument::Alasan::PerubahanPrioritas}) {
        m_alasan->addItem(PkDocument::alasanName(alasan), int(alasan));
    }
    for (QDateEdit *date : {m_date, m_changeDate}) {
        date->setCalendarPopup(true);
        date->setLocale(QLocale(QLocale::Indonesian, QLocale::Indonesia));
        date->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    }
    m_dasar->setPlaceholderText(tr("e.g. Perda APBD-Perubahan 2026, SK mutasi no. …"));
    m_declaredTotal->setPlaceholderText(tr("optional: the Jumlah as the DPA states it"));
    m_declaredTotal->setAlignment(Qt::AlignRight);
    m_declaredTotal->setMaximumWidth(
        m_declaredTotal->fontMetrics().horizontalAdvance(QStringLiteral("Rp 999.999.999.999.999"))
        * 2);

    auto *header = new QFormLayout;
    header->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    header->addRow(tr("&Level:"), m_level);
    header->addRow(tr("&Year:"), m_year);
    header->addRow(tr("&Kind:"), m_kind);
    header->addRow(tr("Alasan:"), m_alasan);
    header->addRow(tr("&Berlaku mulai:"), m_changeDate);
    header->addRow(tr("Dasar:"), m_dasar);
    header->addRow(tr("&Nomor:"), m_number);
    header->addRow(tr("&Place:"), m_place);
    header->addRow(tr("Da&te:"), m_date);
    auto *parties = new QHBoxLayout;
    parties->addWidget(m_pihakPertama);
    parties->addWidget(m_pihakKedua);

    m_targets->setModel(m_targetsModel);
    m_targets->setMinimumHeight(m_targets->fontMetrics().lineSpacing() * 9);
    m_targets->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_targets->horizontalHeader()->setStretchLastSection(false);
    m_targets->horizontalHeader()->setSectionResizeMode(PkTargetsModel::SasaranColumn,
                                                        QHeaderView::Stretch);
    m_targets->horizontalHeader()->setSectionResizeMode(PkTargetsModel::IndicatorColumn,
                                                        QHeaderView::Stretch);
    auto *targetDelegate = new FeedbackDelegate(
        [](const QModelIndex &, const QString &text) { return TargetFeedback::message(text); },
        this);
    m_targets->setItemDelegateForColumn(PkTargetsModel::TargetColumn, targetDelegate);
    connect(targetDelegate, &FeedbackDelegate::feedback, this, [this](const QString &message) {
        showFeedback(m_targetFeedback, message);
    });
    auto *targetButtons = new QHBoxLayout;
    for (QPushButton *button : {m_addRow, m_addSasaran, m_deleteRow, m_rowUp, m_rowDown})
        targetButtons->addWidget(button);
    targetButtons->addStretch();
    auto *targetsBox = new QGroupBox(tr("Lampiran: sasaran, indicators and targets"), this);
    auto *targetsLayout = new QVBoxLayout(targetsBox);
    targetsLayout->addWidget(m_targets);
    targetsLayout->addWidget(m_targetFeedback);
    targetsLayout->addLayout(targetButtons);

    m_programs->setModel(m_programsModel);
    m_programs->setMinimumHeight(m_programs->fontMetrics().lineSpacing() * 7);
    m_programs->horizontalHeader()->setStretchLastSection(false);
    m_programs->horizontalHeader()->setSectionResizeMode(PkProgramsModel::NameColumn,
                                                         QHeaderView::Stretch);
    m_programs->horizontalHeader()->setSectionResizeMode(PkProgramsModel::AnggaranColumn,
                                                         QHeaderView::ResizeToContents);
    auto *anggaranDelegate = new FeedbackDelegate(
        [](const QModelIndex &, const QString &text) {
            return PkProgramsModel::anggaranFeedback(text);
        },
        this);
    m_programs->setItemDelegateForColumn(PkProgramsModel::AnggaranColumn, anggaranDelegate);
    connect(anggaranDelegate, &FeedbackDelegate::feedback, this, [this](const QString &message) {
        showFeedback(m_programFeedback, message);
    });
    connect(m_programsModel, &PkProgramsModel::rejected, this, [this](const QString &message) {
        showFeedback(m_programFeedback, message);
    });
    auto *programButtons = new QHBoxLayout;
    for (QPushButton *button : {m_addProgram, m_deleteProgram, m_programUp, m_programDown})
        programButtons->addWidget(button);
    programButtons->addStretch();
    programButtons->addWidget(m_total);
    auto *programsBox = new QGroupBox(tr("Lampiran: program and anggaran"), this);
    auto *programsLayout = new QVBoxLayout(programsBox);
    programsLayout->addWidget(m_programs);
    programsLayout->addWidget(m_programFeedback);
    auto *programForm = new QFormLayout;
    programForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    programForm->addRow(tr("Row comes from Renstra &item:"), m_programPicker);
    programForm->addRow(tr("Declared &Jumlah (Rp):"), m_declaredTotal);
    programsLayout->addLayout(programForm);
    programsLayout->addLayout(programButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_lockedForm->banner());
    layout->addWidget(m_versionPanel);
    layout->addLayout(header);
    layout->addLayout(parties);
    layout->addWidget(targetsBox);
    layout->addWidget(programsBox);
    layout->addStretch();

    connect(m_level, &QComboBox::activated, this, [this](int index) {
        edit(QStringLiteral("level"), [&](PkDocument &pk) { pk.level = PkDocument::Level(index); });
    });
    connect(m_year, &QSpinBox::valueChanged, this, [this](int year) {
        edit(QStringLiteral("year"), [&](PkDocument &pk) { pk.year = year; });
    });
    connect(m_kind, &QComboBox::activated, this, [this](int index) {
        edit(QStringLiteral("kind"), [&](PkDocument &pk) {
            pk.kind = PkDocument::Kind(index);
            // A perubahan is dated; today is the likeliest date when it is being drafted.
            if (pk.kind == PkDocument::Kind::Perubahan && !pk.changeDate.isValid())
                pk.changeDate = QDate::currentDate();
        });
    });
    connect(m_alasan, &QComboBox::activated, this, [this](int index) {
        edit(QStringLiteral("alasan"), [&](PkDocument &pk) {
            pk.alasan = PkDocument::Alasan(m_alasan->itemData(index).toInt());
        });
    });
    connect(m_changeDate, &QDateEdit::dateChanged, this, [this](QDate date) {
        edit(QStringLiteral("changeDate"), [&](PkDocument &pk) { pk.changeDate = date; });
    });
    connect(m_dasar, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(QStringLiteral("dasar"), [&](PkDocument &pk) { pk.dasar = text; });
    });
    connect(m_declaredTotal, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            showFeedback(m_programFeedback, {});
            edit(QStringLiteral("declaredTotal"),
                 [&](PkDocument &pk) { pk.declaredTotal.reset(); });
            return;
        }
        const Result<Decimal> amount = IndonesianNumber::parse(text);
        if (!amount) {
            showFeedback(m_programFeedback, tr("Jumlah: %1").arg(amount.error().message));
            return;
        }
        showFeedback(m_programFeedback, {});
        edit(QStringLiteral("declaredTotal"), [&](PkDocument &pk) { pk.declaredTotal = *amount; });
    });
    connect(m_programPicker, &ProgramPicker::chosen, this, &PkEditor::linkProgramRow);
    connect(m_programs->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &PkEditor::showProgramLink);
    connect(m_number, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(QStringLiteral("number"), [&](PkDocument &pk) { pk.number = text; });
    });
    connect(m_place, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(QStringLiteral("place"), [&](PkDocument &pk) { pk.place = text; });
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this](QDate date) {
        edit(QStringLiteral("signDate"), [&](PkDocument &pk) { pk.signDate = date; });
    });
    connect(m_pihakPertama,
            &OfficialEditor::edited,
            this,
            [this](const Official &official, const QString &field) {
                edit(QStringLiteral("pihakPertama.") + field,
                     [&](PkDocument &pk) { pk.pihakPertama = official; });
            });
    connect(m_pihakKedua,
            &OfficialEditor::edited,
            this,
            [this](const Official &official, const QString &field) {
                edit(QStringLiteral("pihakKedua.") + field,
                     [&](PkDocument &pk) { pk.pihakKedua = official; });
            });

    connect(m_addRow, &QPushButton::clicked, this, [this] {
        selectTargetRow(m_targetsModel->addIndicatorRow(m_targets->currentIndex().row()));
        m_targets->edit(m_targets->currentIndex());
    });
    connect(m_addSasaran, &QPushButton::clicked, this, [this] {
        const int row = m_targetsModel->addSasaranRow();
        selectTargetRow(row);
        m_targets->setCurrentIndex(m_targetsModel->index(row, PkTargetsModel::SasaranColumn));
        m_targets->edit(m_targets->currentIndex());
    });
    connect(m_deleteRow, &QPushButton::clicked, this, [this] {
        const int row = m_targets->currentIndex().row();
        if (row < 0)
            return;
        m_targetsModel->removeRow(row);
        selectTargetRow(std::min(row, m_targetsModel->rowCount() - 1));
    });
    connect(m_rowUp, &QPushButton::clicked, this, [this] {
        selectTargetRow(m_targetsModel->moveRow(m_targets->currentIndex().row(), -1));
    });
    connect(m_rowDown, &QPushButton::clicked, this, [this] {
        selectTargetRow(m_targetsModel->moveRow(m_targets->currentIndex().row(), +1));
    });
    connect(m_addProgram, &QPushButton::clicked, this, [this] {
        const int row = m_programsModel->addRow(m_programs->currentIndex().row());
        if (row < 0)
            return;
        m_programs->setCurrentIndex(m_programsModel->index(row, PkProgramsModel::NameColumn));
        m_programs->setFocus();
        m_programs->edit(m_programs->currentIndex());
    });
    connect(m_deleteProgram, &QPushButton::clicked, this, [this] {
        const int row = m_programs->currentIndex().row();
        m_programsModel->removeRow(row);
        selectProgramRow(std::min(row, m_programsModel->rowCount() - 1));
    });
    connect(m_programUp, &QPushButton::clicked, this, [this] {
        selectProgramRow(m_programsModel->moveRow(m_programs->currentIndex().row(), -1));
    });
    connect(m_programDown, &QPushButton::clicked, this, [this] {
        selectProgramRow(m_programsModel->moveRow(m_programs->currentIndex().row(), +1));
    });
    connect(m_document, &WorkspaceDocument::objectChanged, this, [this](qint64 id) {
        if (id == m_pkId)
            load();
    });
    // A PK Perubahan added or removed locks or opens its earlier version.
    for (auto signal : {&WorkspaceDocument::objectInserted, &WorkspaceDocument::objectRemoved}) {
        connect(m_document, signal, this, [this] {
            if (m_document->cascade().pk(m_pkId))
                load();
        });
    }
    connect(m_versionPanel, &PkVersionPanel::pkRequested, this, &PkEditor::pkRequested);

    // The form's order: header, parties, then the tables with their buttons.
    setTabOrder(m_level, m_year);
    setTabOrder(m_year, m_kind);
    setTabOrder(m_kind, m_alasan);
    setTabOrder(m_alasan, m_changeDate);
    setTabOrder(m_changeDate, m_dasar);
    setTabOrder(m_dasar, m_number);
    setTabOrder(m_number, m_place);
    setTabOrder(m_place, m_date);
    setTabOrder(m_date, m_pihakPertama->nameEdit());
    setTabOrder(m_pihakPertama->lastField(), m_pihakKedua->nameEdit());
    setTabOrder(m_pihakKedua->lastField(), m_targets);
    setTabOrder(m_programs, m_programPicker);
    setTabOrder(m_programPicker, m_declaredTotal);
}

template<typename Change>
void PkEditor::edit(const QString &field, Change change)
{
    if (m_loading)
        return;
    const PkDocument *pk = m_document->cascade().pk(m_pkId);
    if (!pk)
        return;
    PkDocument after = *pk;
    change(after);
    m_document->edits().editPk(after, field);
}

void PkEditor::setPk(qint64 pkId)
{
    m_pkId = pkId;
    m_targetsModel->setPk(pkId);
    m_versionPanel->setPk(pkId);
    m_programsModel->setPk(pkId);
    m_programPicker->setPk(pkId);
    showFeedback(m_targetFeedback, {});
    showFeedback(m_programFeedback, {});
    load();
}

void PkEditor::load()
{
    const Cascade &cascade = m_document->cascade();
    const PkDocument *pk = cascade.pk(m_pkId);
    if (!pk)
        return;
    m_loading = true;
    // The form's own rules for its fields first, then the lock over them.
    m_lockedForm->release();
    const Opd *opd = cascade.opd(pk->opdId);
    m_title->setText(
        tr("PK %1 · %2").arg(QString::number(pk->year), opd ? opd->name : cascade.pemda().name));
    m_level->setCurrentIndex(int(pk->level));
    // A kepala daerah's PK has no OPD and an OPD's PK no kepala daerah level: the cascade keeps
    // the two apart, so the form offers only what fits.
    for (int level = 0; level < m_level->count(); ++level) {
        const bool fits = PkDocument::belongsToOpd(PkDocument::Level(level)) == (pk->opdId != 0);
        if (auto *model = qobject_cast<QStandardItemModel *>(m_level->model()))
            model->item(level)->setEnabled(fits);
    }
    m_year->setValue(pk->year);
    m_kind->setCurrentIndex(int(pk->kind));
    const bool perubahan = pk->kind == PkDocument::Kind::Perubahan;
    m_changeDate->setEnabled(perubahan);
    m_dasar->setEnabled(perubahan);
    m_alasan->setEnabled(perubahan);
    m_alasan->setCurrentIndex(std::max(0, m_alasan->findData(int(pk->alasan))));
    m_changeDate->setDate(pk->changeDate.isValid() ? pk->changeDate : QDate(pk->year, 1, 2));
    if (m_dasar->text() != pk->dasar)
        m_dasar->setText(pk->dasar);
    if (!m_declaredTotal->hasFocus()) {
        m_declaredTotal->setText(pk->declaredTotal ? IndonesianNumber::format(*pk->declaredTotal)
                                                   : QString());
    }
    if (m_number->text() != pk->number)
        m_number->setText(pk->number);
    if (m_place->text() != pk->place)
        m_place->setText(pk->place);
    m_date->setDate(pk->signDate.isValid() ? pk->signDate : QDate(pk->year, 1, 2));
    m_pihakPertama->setOfficial(pk->pihakPertama);
    m_pihakPertama->setNipRequired(PkDocument::pihakPertamaHasNip(pk->level));
    m_pihakKedua->setOfficial(pk->pihakKedua);
    m_pihakKedua->setNipRequired(PkDocument::pihakKeduaHasNip(pk->level));
    m_pihakKedua->setVisible(PkDocument::hasPihakKedua(pk->level));
    m_total->setText(m_programsModel->totalText());
    showProgramLink();
    m_lockedForm->apply(PkLockState::reason(cascade, m_pkId), {m_versionPanel});
    m_loading = false;
}

void PkEditor::showProgramLink()
{
    const PkDocument *pk = m_document->cascade().pk(m_pkId);
    const int row = m_programs->currentIndex().row();
    const bool valid = pk && row >= 0 && row < pk->programs.size();
    m_programPicker->setEnabled(valid);
    m_programPicker->setCurrentItem(valid ? pk->programs[row].planItemId : 0);
}

void PkEditor::linkProgramRow(qint64 itemId)
{
    const PkDocument *current = m_document->cascade().pk(m_pkId);
    const int row = m_programs->currentIndex().row();
    if (!current || row < 0 || row >= current->programs.size())
        return;
    const PlanItem *item = m_document->cascade().item(itemId);
    edit(QStringLiteral("program-%1-link").arg(current->programs[row].id), [&](PkDocument &pk) {
        if (row < 0 || row >= pk.programs.size())
            return;
        PkProgram &program = pk.programs[row];
        program.planItemId = item ? itemId : 0;
        if (!item)
            return;
        // The row takes the Renstra's nomenclature, and its pagu for the year as a first
        // anggaran until the DPA figure is typed.
        program.code = item->code;
        program.name = item->name;
        if (program.anggaran == Decimal())
            program.anggaran = item->pagu.value(pk.year);
    });
}

void PkEditor::selectTargetRow(int row)
{
    if (row < 0)
        return;
    const int column
        = std::max(m_targets->currentIndex().column(), int(PkTargetsModel::IndicatorColumn));
    m_targets->setCurrentIndex(m_targetsModel->index(row, column));
    m_targets->setFocus();
}

void PkEditor::selectProgramRow(int row)
{
    if (row < 0)
        return;
    m_programs->setCurrentIndex(
        m_programsModel->index(row, std::max(0, m_programs->currentIndex().column())));
    m_programs->setFocus();
}

void PkEditor::focusField(const QString &field)
{
    if (field == QLatin1String("anggaran")) {
        m_programs->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (field == QLatin1String("nip") || field == QLatin1String("pihakPertama")) {
        m_pihakPertama->nipEdit()->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_targets->setFocus(Qt::OtherFocusReason);
}

} // namespace Tepat
