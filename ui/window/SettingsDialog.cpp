#include "window/SettingsDialog.h"

#include "common/TrustStoreSetting.h"
#include "common/UiLanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSettings>

namespace Tepat {

namespace {

const QString languageKey = QStringLiteral("ui/language");
const QString reviewerKey = QStringLiteral("review/author");
const QString scaleKey = QStringLiteral("review/scale");

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_reviewer(new QLineEdit(this))
    , m_scale(new QDoubleSpinBox(this))
    , m_trustStore(new QLineEdit(TrustStoreSetting::path(), this))
{
    setWindowTitle(tr("Settings"));
    // Language names are written in their own language, so a user who cannot read the current
    // one still finds theirs.
    m_language->addItem(QStringLiteral("Bahasa Indonesia"), UiLanguage::key(Language::Indonesian));
    m_language->addItem(QStringLiteral("English"), UiLanguage::key(Language::English));
    m_language->setCurrentIndex(language() == Language::Indonesian ? 0 : 1);
    m_reviewer->setText(reviewerName());
    m_scale->setRange(1.0, 4.0);
    m_scale->setSingleStep(0.25);
    m_scale->setValue(reviewScale());
    m_scale->setSuffix(QStringLiteral(" ×"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Reviewer name:"), m_reviewer);
    form->addRow(tr("Review mode &type size:"), m_scale);
    m_trustStore->setPlaceholderText(tr("PEM file of the CA certificates you trust"));
    m_trustStore->setToolTip(tr("Signatures whose certificates chain to these CAs are shown as "
                                "trusted when a signed PDF is verified."));
    form->addRow(tr("Trusted &CAs for signatures:"), m_trustStore);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Language SettingsDialog::language()
{
    return UiLanguage::fromKey(QSettings().value(languageKey, QStringLiteral("id")).toString());
}

QString SettingsDialog::reviewerName()
{
    const QString name = QSettings().value(reviewerKey).toString();
    if (!name.isEmpty())
        return name;
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? tr("Reviewer") : user;
}

qreal SettingsDialog::reviewScale()
{
    return QSettings().value(scaleKey, 1.75).toReal();
}

void SettingsDialog::setReviewScale(qreal scale)
{
    QSettings().setValue(scaleKey, scale);
}

bool SettingsDialog::apply()
{
    QSettings settings;
    const bool changed = m_language->currentData().toString() != UiLanguage::key(language());
    settings.setValue(languageKey, m_language->currentData().toString());
    settings.setValue(reviewerKey, m_reviewer->text().trimmed());
    settings.setValue(scaleKey, m_scale->value());
    TrustStoreSetting::setPath(m_trustStore->text());
    return changed;
}

} // namespace Tepat
