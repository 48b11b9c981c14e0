#include "editors/PlanItemEditor.h"

#include "check/Finding.h"
#include "common/LockedForm.h"
#include "common/PasteTableView.h"
#include "common/UiColors.h"
#include "document/WorkspaceDocument.h"
#include "document/WorkspaceEdits.h"
#include "editors/FeedbackDelegate.h"
#include "editors/PaguTableModel.h"
#include "model/PkLockState.h"
#include "values/NomenklaturCode.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tepat {

PlanItemEditor::PlanItemEditor(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_kind(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_codeLabel(new QLabel(tr("&Code:"), this))
    , m_code(new QLineEdit(this))
    , m_codeFeedback(new QLabel(this))
    , m_misiLabel(new QLabel(tr("&Misi:"), this))
    , m_misi(new QComboBox(this))
    , m_supportsLabel(new QLabel(tr("&Supports RPJMD sasaran:"), this))
    , m_supports(new QComboBox(this))
    , m_paguBox(new QGroupBox(tr("Pagu indikatif per year"), this))
    , m_paguModel(new PaguTableModel(document, this))
    , m_pagu(new PasteTableView(m_paguBox))
    , m_paguFeedback(new QLabel(m_paguBox))
    , m_indicators(new QLabel(this))
    , m_pkLabel(new QLabel(this))
    , m_openPk(new QPushButton(tr("Open the &PK"), this))
    , m_lockedForm(new LockedForm(this))
{
    QFont kindFont = m_kind->font();
    kindFont.setBold(true);
    m_kind->setFont(kindFont);
    m_code->setPlaceholderText(tr("Permendagri 90 code, e.g. 1.02.02.2.01.0001"));
    m_codeFeedback->setWordWrap(true);
    m_codeLabel->setBuddy(m_code);
    m_misiLabel->setBuddy(m_misi);
    m_supportsLabel->setBuddy(m_supports);
    m_indicators->setWordWrap(true);
    m_pagu->setModel(m_paguModel);
    m_pagu->horizontalHeader()->setSectionResizeMode(PaguTableModel::YearColumn,
                                                     QHeaderView::ResizeToContents);
    m_pagu->horizontalHeader()->setStretchLastSection(true);
    m_pagu->verticalHeader()->setVisible(false);
    // Five years and the header, without a scroll bar or empty space below.
    m_pagu->setFixedHeight(m_pagu->verticalHeader()->defaultSectionSize() * 5
                           + m_pagu->horizontalHeader()->sizeHint().height()
                           + 2 * m_pagu->frameWidth());
    m_pagu->setMaximumWidth(m_pagu->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 40);
    auto *paguDelegate = new FeedbackDelegate(
        [](const QModelIndex &, const QString &text) { return PaguTableModel::feedback(text); },
        this);
    m_pagu->setItemDelegateForColumn(PaguTableModel::PaguColumn, paguDelegate);
    m_paguFeedback->setWordWrap(true);
    UiColors::setError(m_paguFeedback, true);
    m_paguFeedback->setVisible(false);
    const auto showPaguFeedback = [this](const QString &message) {
        m_paguFeedback->setText(message);
        m_paguFeedback->setVisible(!message.isEmpty());
    };
    connect(paguDelegate, &FeedbackDelegate::feedback, this, showPaguFeedback);
    connect(m_paguModel, &PaguTableModel::rejected, this, showPaguFeedback);
    auto *paguLayout = new QVBoxLayout(m_paguBox);
    paguLayout->addWidget(m_pagu);
    paguLayout->addWidget(m_paguFeedback);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(m_codeLabel, m_code);
    form->addRow(QString(), m_codeFeedback);
    form->addRow(m_misiLabel, m_misi);
    form->addRow(m_supportsLabel, m_supports);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_kind);
    layout->addWidget(m_lockedForm->banner());
    layout->addLayout(form);
    layout->addWidget(m_paguBox);
    layout->addWidget(m_indicators);
    auto *pkRow = new QHBoxLayout;
    pkRow->addWidget(m_pkLabel, 1);
    pkRow->addWidget(m_openPk);
    layout->addLayout(pkRow);
    layout->addStretch();
    m_pkLabel->setWordWrap(true);
    connect(m_openPk, &QPushButton::clicked, this, [this] {
        if (const PlanItem *item = m_document->cascade().item(m_itemId))
            emit pkRequested(item->parentId);
    });

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(QStringLiteral("name"), [&](PlanItem &item) { item.name = text; });
    });
    connect(m_code, &QLineEdit::textEdited, this, [this](const QString &text) {
        updateCodeFeedback();
        edit(QStringLiteral("code"), [&](PlanItem &item) { item.code = text.trimmed(); });
    });
    connect(m_misi, &QComboBox::activated, this, [this](int index) {
        edit(QStringLiteral("misi"),
             [&](PlanItem &item) { item.misiId = m_misi->itemData(index).toLongLong(); });
    });
    connect(m_supports, &QComboBox::activated, this, [this](int index) {
        edit(Finding::Field::supports,
             [&](PlanItem &item) { item.supportsId = m_supports->itemData(index).toLongLong(); });
    });
    connect(m_document, &WorkspaceDocument::objectChanged, this, [this](qint64 id) {
        if (id == m_itemId)
            load();
    });
}

template<typename Change>
void PlanItemEditor::edit(const QString &field, Change change)
{
    if (m_loading)
        return;
    const PlanItem *item = m_document->cascade().item(m_itemId);
    if (!item)
        return;
    PlanItem after = *item;
    change(after);
    m_document->edits().editItem(after, field);
}

void PlanItemEditor::setItem(qint64 itemId)
{
    m_itemId = itemId;
    m_paguModel->setItem(itemId);
    m_paguFeedback->setVisible(false);
    load();
    updateCodeFeedback();
}

void PlanItemEditor::load()
{
    const Cascade &cascade = m_document->cascade();
    const PlanItem *item = cascade.item(m_itemId);
    if (!item)
        return;
    m_loading = true;
    m_lockedForm->release();
    m_kind->setText(PlanItem::displayName(item->kind));
    if (m_name->text() != item->name)
        m_name->setText(item->name);
    const bool coded = item->hasPagu();
    m_codeLabel->setVisible(coded);
    m_code->setVisible(coded);
    if (m_code->text() != item->code && !m_code->hasFocus())
        m_code->setText(item->code);
    m_paguBox->setVisible(coded);
    const bool tujuan = item->kind == PlanItem::Kind::RpjmdTujuan;
    m_misiLabel->setVisible(tujuan);
    m_misi->setVisible(tujuan);
    m_misi->clear();
    if (tujuan) {
        m_misi->addItem(tr("(none)"), qint64(0));
        for (const Misi &misi : cascade.periode().misi)
            m_misi->addItem(misi.text, misi.id);
        m_misi->setCurrentIndex(std::max(0, m_misi->findData(item->misiId)));
    }
    const bool sasaran = item->kind == PlanItem::Kind::RenstraSasaran;
    m_supportsLabel->setVisible(sasaran);
    m_supports->setVisible(sasaran);
    m_supports->clear();
    if (sasaran) {
        m_supports->addItem(tr("(none)"), qint64(0));
        for (qint64 tujuan : cascade.childItems(0)) {
            for (qint64 rpjmdSasaran : cascade.childItems(tujuan))
                m_supports->addItem(cascade.item(rpjmdSasaran)->name, rpjmdSasaran);
        }
        m_supports->setCurrentIndex(std::max(0, m_supports->findData(item->supportsId)));
    }
    m_indicators->setText(tr("%n indicator(s); select one in the tree to edit it.",
                             nullptr,
                             int(cascade.indicatorsOf(item->id).size())));
    const PkDocument *pk
        = item->kind == PlanItem::Kind::PkSasaran ? cascade.pk(item->parentId) : nullptr;
    m_pkLabel->setVisible(pk);
    m_openPk->setVisible(pk);
    if (pk) {
        const Opd *opd = cascade.opd(pk->opdId);
        m_pkLabel->setText(tr("Sasaran of the PK %1 %2 · %3; its indicators and targets are "
                              "filled in the PK's table.")
                               .arg(QString::number(pk->year),
                                    PkDocument::levelName(pk->level),
                                    opd ? opd->name : cascade.pemda().name));
    }
    m_lockedForm->apply(PkLockState::reason(cascade, cascade.pkOf(m_itemId)), {m_openPk});
    m_loading = false;
}

void PlanItemEditor::updateCodeFeedback()
{
    const QString text = m_code->text().trimmed();
    if (text.isEmpty() || !m_code->isVisible()) {
        m_codeFeedback->setVisible(false);
        return;
    }
    const Result<NomenklaturCode> code = NomenklaturCode::parse(text);
    m_codeFeedback->setText(code ? QString() : code.error().message);
    UiColors::setError(m_codeFeedback, !code);
    m_codeFeedback->setVisible(!code);
}

void PlanItemEditor::focusField(const QString &field)
{
    if (field == Finding::Field::supports)
        m_supports->setFocus(Qt::OtherFocusReason);
    else if (field == QLatin1String("code"))
        m_code->setFocus(Qt::OtherFocusReason);
    else if (field == QLatin1String("pagu"))
        m_pagu->setFocus(Qt::OtherFocusReason);
    else
        m_name->setFocus(Qt::OtherFocusReason);
}

} // namespace Tepat
