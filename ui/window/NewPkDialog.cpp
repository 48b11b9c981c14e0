#include "window/NewPkDialog.h"

#include "model/Cascade.h"
#include "model/PkDraft.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>

namespace Tepat {

NewPkDialog::NewPkDialog(const Cascade &cascade, qint64 opdId, QWidget *parent)
    : QDialog(parent)
    , m_cascade(cascade)
    , m_opd(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add PK"));
    for (const Opd &opd : cascade.opds())
        m_opd->addItem(opd.name, opd.id);
    m_opd->setCurrentIndex(std::max(0, m_opd->findData(opdId)));
    for (PkDocument::Level level : {PkDocument::Level::KepalaOpd,
                                    PkDocument::Level::EselonIII,
                                    PkDocument::Level::EselonIV,
                                    PkDocument::Level::KepalaDaerah}) {
        m_level->addItem(PkDocument::levelName(level), int(level));
    }
    if (cascade.opds().isEmpty())
        m_level->setCurrentIndex(m_level->findData(int(PkDocument::Level::KepalaDaerah)));
    const Periode &periode = cascade.periode();
    m_year->setRange(periode.startYear, std::max(periode.startYear, periode.endYear));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Level:"), m_level);
    form->addRow(tr("&OPD:"), m_opd);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_opd, &QComboBox::currentIndexChanged, this, &NewPkDialog::suggestYear);
    connect(m_level, &QComboBox::currentIndexChanged, this, &NewPkDialog::suggestYear);
    suggestYear();
}

qint64 NewPkDialog::opdId() const
{
    return PkDocument::belongsToOpd(level()) ? m_opd->currentData().toLongLong() : 0;
}

PkDocument::Level NewPkDialog::level() const
{
    return PkDocument::Level(m_level->currentData().toInt());
}

int NewPkDialog::year() const
{
    return m_year->value();
}

void NewPkDialog::suggestYear()
{
    m_opd->setEnabled(PkDocument::belongsToOpd(level()));
    m_year->setValue(PkDraft::nextYear(m_cascade, opdId(), level(), QDate::currentDate().year()));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!PkDocument::belongsToOpd(level()) || opdId() != 0);
}

} // namespace Tepat
