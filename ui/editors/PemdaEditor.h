#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Tepat {

class WorkspaceDocument;

// The form of the pemda and its RPJMD period: name, kepala daerah, ibu kota, the years, the visi
// and the misi (one per line), and the paper the workspace's PKs are printed on. Each edit is an
// undo command; the period's validity is checked by the cascade, whose reason is shown when it
// refuses.
class PemdaEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PemdaEditor(WorkspaceDocument *document, QWidget *parent = nullptr);

    void load();
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *misiEdit() const { return m_misi; }
    QComboBox *paperBox() const { return m_paper; }

private:
    void push(const QString &field);

    WorkspaceDocument *m_document;
    bool m_loading = false;
    QLineEdit *m_name;
    QComboBox *m_title;
    QLineEdit *m_kepalaDaerah;
    QLineEdit *m_ibuKota;
    QSpinBox *m_start;
    QSpinBox *m_end;
    QPlainTextEdit *m_visi;
    QPlainTextEdit *m_misi;
    QComboBox *m_paper;
    QLabel *m_feedback;
};

} // namespace Tepat
