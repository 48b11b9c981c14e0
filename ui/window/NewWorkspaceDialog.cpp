#include "window/NewWorkspaceDialog.h"

#include "model/PemdaTitle.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>

namespace Tepat {

namespace {

// An RPJMD runs five years.
constexpr int periodYears = 5;

} // namespace

NewWorkspaceDialog::NewWorkspaceDialog(QWidget *parent)
    : QDialog(parent)
    , m_pemda(new QLineEdit(this))
    , m_title(new QComboBox(this))
    , m_kepalaDaerah(new QLineEdit(this))
    , m_ibuKota(new QLineEdit(this))
    , m_startYear(new QSpinBox(this))
    , m_period(new QLabel(this))
    , m_opds(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New workspace"));
    m_pemda->setPlaceholderText(tr("e.g. Kabupaten Deli Serdang"));
    m_title->addItem(tr("Bupati"));
    m_title->addItem(tr("Wali Kota"));
    m_title->addItem(tr("Gubernur"));
    m_ibuKota->setPlaceholderText(tr("where PKs are signed, e.g. Lubuk Pakam"));
    m_startYear->setRange(2000, 2100);
    m_startYear->setValue(QDate::currentDate().year());
    m_opds->setTabChangesFocus(true);
    m_opds->setPlaceholderText(
        tr("One OPD per line, its code first if you have it, e.g.\n1.02.0.00.0.00.01.0000 Dinas "
           "Kesehatan (Dinkes)\nDinas Pariwisata (Dispar)"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Pemda:"), m_pemda);
    form->addRow(tr("Kepala daerah &title:"), m_title);
    form->addRow(tr("&Kepala daerah:"), m_kepalaDaerah);
    form->addRow(tr("&Ibu kota:"), m_ibuKota);
    form->addRow(tr("RPJMD &starts in:"), m_startYear);
    form->addRow(QString(), m_period);
    form->addRow(tr("&OPDs:"), m_opds);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pemda, &QLineEdit::textChanged, this, &NewWorkspaceDialog::updateOk);
    // "Kota Medan" has a Wali Kota: the title follows the pemda until the user picks one.
    connect(m_title, &QComboBox::activated, this, [this] { m_titleChosen = true; });
    connect(m_pemda, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (const std::optional<Pemda::Title> title = PemdaTitle::of(text); title && !m_titleChosen)
            m_title->setCurrentIndex(int(*title));
    });
    connect(m_startYear, &QSpinBox::valueChanged, this, &NewWorkspaceDialog::updateOk);
    updateOk();
}

void NewWorkspaceDialog::updateOk()
{
    m_period->setText(
        tr("Period %1–%2").arg(m_startYear->value()).arg(m_startYear->value() + periodYears - 1));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_pemda->text().trimmed().isEmpty());
}

Result<Cascade> NewWorkspaceDialog::cascade() const
{
    Cascade result;
    Pemda pemda;
    pemda.name = m_pemda->text().trimmed();
    pemda.kepalaDaerahTitle = Pemda::Title(m_title->currentIndex());
    pemda.kepalaDaerahName = m_kepalaDaerah->text().trimmed();
    pemda.ibuKota = m_ibuKota->text().trimmed();
    result.setPemda(pemda);
    Periode periode;
    periode.startYear = m_startYear->value();
    periode.endYear = m_startYear->value() + periodYears - 1;
    if (Result<void> set = result.setPeriode(periode); !set)
        return fail(set.error());
    static const QRegularExpression withCode(QStringLiteral("^(\\d+(?:\\.\\d+)+)\\s+(\\S.*)$"));
    // "Dinas Kesehatan (Dinkes)": the short name in brackets at the end is optional.
    static const QRegularExpression withShortName(QStringLiteral("^(.*\\S)\\s*\\(([^()]+)\\)$"));
    for (const QString &line : m_opds->toPlainText().split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        Opd opd;
        opd.id = result.allocateId();
        // "1.02.0.00.0.00.01.0000 Dinas Kesehatan": a leading code of numbers and dots.
        QString rest = trimmed;
        if (const QRegularExpressionMatch code = withCode.match(trimmed); code.hasMatch()) {
            opd.code = code.captured(1);
            rest = code.captured(2);
        }
        const QRegularExpressionMatch match = withShortName.match(rest);
        opd.name = match.hasMatch() ? match.captured(1) : rest;
        opd.shortName = match.hasMatch() ? match.captured(2).trimmed() : QString();
        if (Result<void> inserted = result.insertOpd(opd); !inserted)
            return fail(inserted.error());
    }
    return result;
}

} // namespace Tepat
