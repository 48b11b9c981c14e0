#include "editors/OpdEditor.h"

#include "document/WorkspaceDocument.h"
#include "document/WorkspaceEdits.h"
#include "editors/OfficialEditor.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Tepat {

OpdEditor::OpdEditor(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_shortName(new QLineEdit(this))
    , m_head(new OfficialEditor(tr("Head of the OPD"), this))
{
    m_code->setPlaceholderText(tr("e.g. 1.02.0.00.0.00.01.0000"));
    m_shortName->setPlaceholderText(tr("e.g. Dinkes"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Short name:"), m_shortName);
    form->addRow(tr("&Code:"), m_code);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_head);
    layout->addStretch();
    // Tab follows the form as it reads, not the order the fields were made in, which put the code
    // last and sent typed values into the wrong fields.
    setTabOrder(m_name, m_shortName);
    setTabOrder(m_shortName, m_code);
    setTabOrder(m_code, m_head->nameEdit());

    const auto edit = [this](const QString &field, auto change) {
        if (m_loading)
            return;
        const Opd *opd = m_document->cascade().opd(m_opdId);
        if (!opd)
            return;
        Opd after = *opd;
        change(after);
        m_document->edits().editOpd(after, field);
    };
    connect(m_name, &QLineEdit::textEdited, this, [edit](const QString &text) {
        edit(QStringLiteral("name"), [&](Opd &opd) { opd.name = text; });
    });
    connect(m_shortName, &QLineEdit::textEdited, this, [edit](const QString &text) {
        edit(QStringLiteral("shortName"), [&](Opd &opd) { opd.shortName = text; });
    });
    connect(m_code, &QLineEdit::textEdited, this, [edit](const QString &text) {
        edit(QStringLiteral("code"), [&](Opd &opd) { opd.code = text.trimmed(); });
    });
    connect(m_head,
            &OfficialEditor::edited,
            this,
            [edit](const Official &official, const QString &field) {
                edit(QStringLiteral("head.") + field, [&](Opd &opd) { opd.head = official; });
            });
    connect(m_document, &WorkspaceDocument::objectChanged, this, [this](qint64 id) {
        if (id == m_opdId)
            load();
    });
}

void OpdEditor::setOpd(qint64 opdId)
{
    m_opdId = opdId;
    load();
}

void OpdEditor::load()
{
    const Opd *opd = m_document->cascade().opd(m_opdId);
    if (!opd)
        return;
    m_loading = true;
    if (m_name->text() != opd->name)
        m_name->setText(opd->name);
    if (m_shortName->text() != opd->shortName)
        m_shortName->setText(opd->shortName);
    if (m_code->text() != opd->code)
        m_code->setText(opd->code);
    m_head->setOfficial(opd->head);
    m_loading = false;
}

void OpdEditor::focusField(const QString &field)
{
    QLineEdit *target = field == QLatin1String("code") ? m_code
        : field == QLatin1String("shortName")          ? m_shortName
                                                       : m_name;
    target->setFocus(Qt::OtherFocusReason);
    target->selectAll();
}

} // namespace Tepat
