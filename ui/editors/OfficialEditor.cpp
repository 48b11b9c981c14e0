#include "editors/OfficialEditor.h"

#include "common/UiColors.h"
#include "values/Nip.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace Tepat {

namespace {

void setTextKeepingCursor(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

} // namespace

OfficialEditor::OfficialEditor(const QString &title, QWidget *parent)
    : QGroupBox(title, parent)
    , m_name(new QLineEdit(this))
    , m_nip(new QLineEdit(this))
    , m_nipFeedback(new QLabel(this))
    , m_pangkat(new QLineEdit(this))
    , m_jabatan(new QLineEdit(this))
{
    m_nip->setPlaceholderText(tr("18 digits, e.g. 19700101 199503 1 001"));
    m_pangkat->setPlaceholderText(tr("e.g. Pembina Utama Muda (IV/c)"));
    m_nipFeedback->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("NIP:"), m_nip);
    form->addRow(QString(), m_nipFeedback);
    form->addRow(tr("Pangkat:"), m_pangkat);
    form->addRow(tr("Jabatan:"), m_jabatan);
    const auto field = [this](QLineEdit *edit, const QString &name) {
        connect(edit, &QLineEdit::textEdited, this, [this, name] {
            if (name == QLatin1String("nip"))
                updateNipFeedback();
            emit edited(current(), name);
        });
    };
    field(m_name, QStringLiteral("name"));
    field(m_nip, QStringLiteral("nip"));
    field(m_pangkat, QStringLiteral("pangkat"));
    field(m_jabatan, QStringLiteral("jabatan"));
}

Official OfficialEditor::current() const
{
    return Official {m_name->text(), m_nip->text(), m_pangkat->text(), m_jabatan->text()};
}

void OfficialEditor::setOfficial(const Official &official)
{
    setTextKeepingCursor(m_name, official.name);
    setTextKeepingCursor(m_nip, official.nip);
    setTextKeepingCursor(m_pangkat, official.pangkat);
    setTextKeepingCursor(m_jabatan, official.jabatan);
    updateNipFeedback();
}

void OfficialEditor::setNipRequired(bool required)
{
    m_nipRequired = required;
    updateNipFeedback();
}

QWidget *OfficialEditor::lastField() const
{
    return m_jabatan;
}

void OfficialEditor::updateNipFeedback()
{
    const QString text = m_nip->text().trimmed();
    if (text.isEmpty()) {
        m_nipFeedback->setText(m_nipRequired ? tr("The NIP is missing.") : QString());
        UiColors::setError(m_nipFeedback, true);
        m_nipFeedback->setVisible(m_nipRequired);
        return;
    }
    const Result<Nip> nip = Nip::parse(text);
    if (nip) {
        m_nipFeedback->setText(tr("Valid NIP: %1").arg(nip->formatted()));
        UiColors::setError(m_nipFeedback, false);
    } else {
        m_nipFeedback->setText(nip.error().message);
        UiColors::setError(m_nipFeedback, true);
    }
    m_nipFeedback->setVisible(true);
}

} // namespace Tepat
