#pragma once

#include "model/Official.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;

namespace Tepat {

// The fields of one signatory (name, NIP, pangkat, jabatan). The NIP is kept as typed and checked
// on every keystroke with Nip::parse, whose reason is shown under it.
class OfficialEditor : public QGroupBox
{
    Q_OBJECT

public:
    explicit OfficialEditor(const QString &title, QWidget *parent = nullptr);

    void setOfficial(const Official &official);
    void setNipRequired(bool required);
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *nipEdit() const { return m_nip; }
    QLabel *nipFeedback() const { return m_nipFeedback; }
    QWidget *lastField() const;

signals:
    // A field was typed in; field is "name", "nip", "pangkat" or "jabatan".
    void edited(const Tepat::Official &official, const QString &field);

private:
    Official current() const;
    void updateNipFeedback();

    QLineEdit *m_name;
    QLineEdit *m_nip;
    QLabel *m_nipFeedback;
    QLineEdit *m_pangkat;
    QLineEdit *m_jabatan;
    bool m_nipRequired = true;
};

} // namespace Tepat
