#include "editors/IndicatorEditor.h"

#include "check/Finding.h"
#include "common/LockedForm.h"
#include "common/PasteTableView.h"
#include "common/UiColors.h"
#include "document/WorkspaceDocument.h"
#include "document/WorkspaceEdits.h"
#include "editors/FeedbackDelegate.h"
#include "editors/ServesPicker.h"
#include "editors/TargetFeedback.h"
#include "editors/TargetTableModel.h"
#include "model/PkLockState.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
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

QPlainTextEdit *multiLine(QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    return edit;
}

void setTextKeepingCursor(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

void setTextKeepingCursor(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

} // namespace

IndicatorEditor::IndicatorEditor(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_context(new QLabel(this))
    , m_text(new QLineEdit(this))
    , m_satuan(new QLineEdit(this))
    , m_baseline(new QLineEdit(this))
    , m_baselineFeedback(feedbackLabel(this))
    , m_targetModel(new TargetTableModel(document, this))
    , m_targets(new PasteTableView(this))
    , m_targetFeedback(feedbackLabel(this))
    , m_serves(new ServesPicker(document, this))
    , m_iku(new QCheckBox(tr("This is an &IKU (key performance indicator)"), this))
    , m_definisi(multiLine(this))
    , m_alasan(multiLine(this))
    , m_rumus(multiLine(this))
    , m_jenis(new QComboBox(this))
    , m_polaritas(new QComboBox(this))
    , m_tipe(new QComboBox(this))
    , m_periode(new QComboBox(this))
    , m_sumberData(new QLineEdit(this))
    , m_penanggungJawab(new QLineEdit(this))
    , m_lockedForm(new LockedForm(this))
{
    m_context->setWordWrap(true);
    m_context->setTextFormat(Qt::PlainText);
    m_targets->setModel(m_targetModel);
    auto *delegate = new FeedbackDelegate(
        [](const QModelIndex &, const QString &text) { return TargetFeedback::message(text); },
        this);
    m_targets->setItemDelegateForColumn(TargetTableModel::TargetColumn, delegate);
    connect(delegate, &FeedbackDelegate::feedback, this, [this](const QString &message) {
        m_targetFeedback->setText(message);
        m_targetFeedback->setVisible(!message.isEmpty());
    });
    m_targets->horizontalHeader()->setSectionResizeMode(TargetTableModel::YearColumn,
                                                        QHeaderView::ResizeToContents);
    m_targets->setToolTip(tr("Type the targets the Indonesian way (75,5; 1.250.000), or paste a "
                             "block of cells copied from a spreadsheet."));

    m_jenis->addItems({tr("(not given)"), tr("Input"), tr("Output"), tr("Outcome"), tr("Impact")});
    m_polaritas->addItems({tr("(not given)"),
                           tr("Maximize (higher is better)"),
                           tr("Minimize (lower is better)"),
                           tr("Stabilize (stay in a band)")});
    m_tipe->addItems(
        {tr("(not given)"), tr("Cumulative"), tr("Non-cumulative (last value)"), tr("Average")});
    m_periode->addItems(
        {tr("(not given)"), tr("Monthly"), tr("Quarterly"), tr("Half-yearly"), tr("Yearly")});

    auto *main = new QFormLayout;
    main->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    main->addRow(tr("Indicator &text:"), m_text);
    main->addRow(tr("&Satuan:"), m_satuan);
    main->addRow(tr("&Baseline:"), m_baseline);
    main->addRow(QString(), m_baselineFeedback);
    main->addRow(tr("Tar&gets:"), m_targets);
    main->addRow(QString(), m_targetFeedback);
    main->addRow(tr("Ser&ves:"), m_serves);
    main->addRow(QString(), m_iku);

    auto *iku = new QGroupBox(tr("Manual IKU"), this);
    auto *ikuForm = new QFormLayout(iku);
    ikuForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    ikuForm->addRow(tr("&Definition:"), m_definisi);
    ikuForm->addRow(tr("&Reason:"), m_alasan);
    ikuForm->addRow(tr("&Formula:"), m_rumus);
    ikuForm->addRow(tr("&Kind:"), m_jenis);
    ikuForm->addRow(tr("&Polarity:"), m_polaritas);
    ikuForm->addRow(tr("&Calculation:"), m_tipe);
    ikuForm->addRow(tr("Reporting &period:"), m_periode);
    ikuForm->addRow(tr("&Data source:"), m_sumberData);
    ikuForm->addRow(tr("Res&ponsible:"), m_penanggungJawab);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_context);
    layout->addWidget(m_lockedForm->banner());
    layout->addLayout(main);
    layout->addWidget(iku);
    layout->addStretch();

    connect(m_text, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(Finding::Field::text, [&](Indicator &i) { i.text = text; });
    });
    connect(m_satuan, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(Finding::Field::satuan, [&](Indicator &i) { i.satuan = text; });
    });
    connect(m_baseline, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString feedback = TargetFeedback::message(text);
        m_baselineFeedback->setText(feedback);
        m_baselineFeedback->setVisible(!feedback.isEmpty());
        edit(QStringLiteral("baseline"),
             [&](Indicator &i) { i.baseline = TargetValue::parse(text); });
    });
    connect(m_serves, &ServesPicker::chosen, this, [this](qint64 served) {
        edit(Finding::Field::serves, [&](Indicator &i) { i.servesId = served; });
    });
    connect(m_iku, &QCheckBox::toggled, this, [this](bool on) {
        edit(QStringLiteral("iku"), [&](Indicator &i) { i.iku = on; });
    });
    const auto plain
        = [this](QPlainTextEdit *widget, QLatin1String field, QString Indicator::*member) {
              connect(widget, &QPlainTextEdit::textChanged, this, [this, widget, field, member] {
                  edit(field, [&](Indicator &i) { i.*member = widget->toPlainText(); });
              });
          };
    plain(m_definisi, QLatin1String("definisi"), &Indicator::definisi);
    plain(m_alasan, QLatin1String("alasan"), &Indicator::alasan);
    plain(m_rumus, Finding::Field::rumus, &Indicator::rumus);
    connect(m_sumberData, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(Finding::Field::sumberData, [&](Indicator &i) { i.sumberData = text; });
    });
    connect(m_penanggungJawab, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(QStringLiteral("penanggungJawab"), [&](Indicator &i) { i.penanggungJawab = text; });
    });
    connect(m_jenis, &QComboBox::activated, this, [this](int index) {
        edit(QStringLiteral("jenis"), [&](Indicator &i) { i.jenis = Indicator::Jenis(index); });
    });
    connect(m_polaritas, &QComboBox::activated, this, [this](int index) {
        edit(Finding::Field::polaritas,
             [&](Indicator &i) { i.polaritas = Indicator::Polaritas(index); });
    });
    connect(m_tipe, &QComboBox::activated, this, [this](int index) {
        edit(QStringLiteral("tipePerhitungan"),
             [&](Indicator &i) { i.tipePerhitungan = Indicator::TipePerhitungan(index); });
    });
    connect(m_periode, &QComboBox::activated, this, [this](int index) {
        edit(QStringLiteral("periodePelaporan"),
             [&](Indicator &i) { i.periodePelaporan = Indicator::PeriodePelaporan(index); });
    });
    connect(m_targets->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &IndicatorEditor::updateTargetFeedback);
    connect(m_targetModel,
            &QAbstractItemModel::dataChanged,
            this,
            &IndicatorEditor::updateTargetFeedback);
    connect(m_document, &WorkspaceDocument::objectChanged, this, [this](qint64 id) {
        if (id == m_indicatorId)
            load();
    });

    setTabOrder(m_text, m_satuan);
    setTabOrder(m_satuan, m_baseline);
    setTabOrder(m_baseline, m_targets);
    setTabOrder(m_targets, m_serves);
    setTabOrder(m_serves, m_iku);
    setTabOrder(m_iku, m_definisi);
    setTabOrder(m_definisi, m_alasan);
    setTabOrder(m_alasan, m_rumus);
    setTabOrder(m_rumus, m_jenis);
    setTabOrder(m_jenis, m_polaritas);
    setTabOrder(m_polaritas, m_tipe);
    setTabOrder(m_tipe, m_periode);
    setTabOrder(m_periode, m_sumberData);
    setTabOrder(m_sumberData, m_penanggungJawab);
}

template<typename Change>
void IndicatorEditor::edit(const QString &field, Change change)
{
    if (m_loading)
        return;
    const Indicator *indicator = m_document->cascade().indicator(m_indicatorId);
    if (!indicator)
        return;
    Indicator after = *indicator;
    change(after);
    m_document->edits().editIndicator(after, field);
}

void IndicatorEditor::setIndicator(qint64 indicatorId)
{
    m_indicatorId = indicatorId;
    m_targetModel->setIndicator(indicatorId);
    m_serves->setIndicator(indicatorId);
    // As tall as its rows (one for a PK indicator, five for a Renstra one), no empty space below.
    m_targets->resizeRowsToContents();
    int height = m_targets->horizontalHeader()->height() + 2 * m_targets->frameWidth() + 2;
    for (int row = 0; row < m_targetModel->rowCount(); ++row)
        height += m_targets->rowHeight(row);
    m_targets->setFixedHeight(std::max(height, m_targets->fontMetrics().lineSpacing() * 3));
    m_baselineFeedback->setVisible(false);
    m_targetFeedback->setVisible(false);
    load();
}

void IndicatorEditor::load()
{
    const Cascade &cascade = m_document->cascade();
    const Indicator *indicator = cascade.indicator(m_indicatorId);
    if (!indicator)
        return;
    m_loading = true;
    m_lockedForm->release();
    if (const PlanItem *owner = cascade.item(indicator->ownerId))
        m_context->setText(
            tr("Indicator of %1: %2").arg(PlanItem::displayName(owner->kind), owner->name));
    setTextKeepingCursor(m_text, indicator->text);
    setTextKeepingCursor(m_satuan, indicator->satuan);
    // The baseline is stored parsed; while it is typed, the typed text stays.
    if (!m_baseline->hasFocus())
        setTextKeepingCursor(m_baseline, indicator->baseline.toString());
    m_iku->setChecked(indicator->iku);
    setTextKeepingCursor(m_definisi, indicator->definisi);
    setTextKeepingCursor(m_alasan, indicator->alasan);
    setTextKeepingCursor(m_rumus, indicator->rumus);
    m_jenis->setCurrentIndex(int(indicator->jenis));
    m_polaritas->setCurrentIndex(int(indicator->polaritas));
    m_tipe->setCurrentIndex(int(indicator->tipePerhitungan));
    m_periode->setCurrentIndex(int(indicator->periodePelaporan));
    setTextKeepingCursor(m_sumberData, indicator->sumberData);
    setTextKeepingCursor(m_penanggungJawab, indicator->penanggungJawab);
    // What it serves is a link to the Renstra, not part of the agreement: it stays open.
    m_lockedForm->apply(PkLockState::reason(cascade, cascade.pkOf(m_indicatorId)), {m_serves});
    m_loading = false;
}

void IndicatorEditor::updateTargetFeedback()
{
    const QModelIndex current = m_targets->currentIndex();
    const QString feedback = current.isValid()
        ? m_targetModel->index(current.row(), TargetTableModel::TargetColumn)
              .data(TargetTableModel::FeedbackRole)
              .toString()
        : QString();
    m_targetFeedback->setText(
        feedback.isEmpty()
            ? QString()
            : tr("%1: %2").arg(QString::number(m_targetModel->yearAt(current.row())), feedback));
    m_targetFeedback->setVisible(!feedback.isEmpty());
}

void IndicatorEditor::focusField(const QString &field)
{
    QWidget *target = m_text;
    if (field == Finding::Field::satuan)
        target = m_satuan;
    else if (field == Finding::Field::target)
        target = m_targets;
    else if (field == Finding::Field::rumus)
        target = m_rumus;
    else if (field == Finding::Field::sumberData)
        target = m_sumberData;
    else if (field == Finding::Field::polaritas)
        target = m_polaritas;
    else if (field == Finding::Field::serves)
        target = m_serves;
    if (target == m_targets && !m_targets->currentIndex().isValid())
        m_targets->setCurrentIndex(m_targetModel->index(0, TargetTableModel::TargetColumn));
    target->setFocus(Qt::OtherFocusReason);
}

} // namespace Tepat
