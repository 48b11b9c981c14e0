#pragma once

#include "model/PkDocument.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QSpinBox;

namespace Tepat {

class Cascade;

// "Add PK": asks whose PK (an OPD, or the kepala daerah), its level and its year. It starts at
// the OPD selected in the tree, the kepala OPD level and the next year in which that OPD has no
// PK of that level, and moves the year along when the OPD or level changes.
class NewPkDialog : public QDialog
{
    Q_OBJECT

public:
    NewPkDialog(const Cascade &cascade, qint64 opdId, QWidget *parent = nullptr);

    qint64 opdId() const;
    PkDocument::Level level() const;
    int year() const;

    QComboBox *opdBox() const { return m_opd; }
    QComboBox *levelBox() const { return m_level; }
    QSpinBox *yearBox() const { return m_year; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void suggestYear();

    const Cascade &m_cascade;
    QComboBox *m_opd;
    QComboBox *m_level;
    QSpinBox *m_year;
    QDialogButtonBox *m_buttons;
};

} // namespace Tepat
