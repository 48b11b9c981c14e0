#pragma once

#include "base/LocalizedText.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace Tepat {

// The user's preferences, kept in QSettings: the language of the window (Bahasa Indonesia or
// English, applied at once), the name that signs reviewer comments, the type scale
// of review mode, and the CA certificates trusted for signatures (TrustStoreSetting).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    static Language language();
    static QString reviewerName();
    static qreal reviewScale();
    static void setReviewScale(qreal scale);

    // Writes the choices to the settings; true when the language changed.
    bool apply();

private:
    QComboBox *m_language;
    QLineEdit *m_reviewer;
    QDoubleSpinBox *m_scale;
    QLineEdit *m_trustStore;
};

} // namespace Tepat
