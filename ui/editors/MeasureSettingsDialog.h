#pragma once

#include "model/MeasureSettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace Tepat {

// How the workspace measures capaian: the cap, the formula for lower-is-better indicators, the
// capaian below which a kendala must be written, and the kategori scale, one of Tepat's or the
// workspace's own, with its bands editable. The choice is one undoable step, pushed by the
// caller when the dialog is accepted.
class MeasureSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    MeasureSettingsDialog(const MeasureSettings &settings, QWidget *parent = nullptr);

    // The settings as chosen; valid after accept().
    const MeasureSettings &settings() const { return m_settings; }

    void accept() override;

    QComboBox *capBox() const { return m_cap; }
    QComboBox *formulaBox() const { return m_formula; }
    QLineEdit *kendalaBelowEdit() const { return m_kendalaBelow; }
    QComboBox *scaleBox() const { return m_scale; }
    QTableWidget *bandTable() const { return m_bands; }

private:
    void showBands(const KategoriScale &scale);

    MeasureSettings m_settings;
    QComboBox *m_cap;
    QComboBox *m_formula;
    QLineEdit *m_kendalaBelow;
    QComboBox *m_scale;
    QTableWidget *m_bands;
    QLabel *m_problem;
};

} // namespace Tepat
