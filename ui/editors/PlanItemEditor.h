#pragma once

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Tepat {

class LockedForm;

class PaguTableModel;
class PasteTableView;
class WorkspaceDocument;

// The form of one RPJMD or Renstra item: its name, the Permendagri 90 code of a program, kegiatan
// or sub kegiatan (checked with NomenklaturCode::parse as it is typed), the misi an RPJMD tujuan
// serves, the RPJMD sasaran a Renstra sasaran supports, and the pagu indikatif per year of a
// program, kegiatan or sub kegiatan. A PK sasaran has this form of its own too, naming its PK with
// a way there, so that a new sasaran takes its name before its rows are filled in the PK's table.
// Every edit is an undo command.
class PlanItemEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PlanItemEditor(WorkspaceDocument *document, QWidget *parent = nullptr);

    void setItem(qint64 itemId);
    qint64 itemId() const { return m_itemId; }
    void focusField(const QString &field);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *codeEdit() const { return m_code; }
    QLabel *codeFeedback() const { return m_codeFeedback; }
    QComboBox *supportsBox() const { return m_supports; }
    PaguTableModel *paguModel() const { return m_paguModel; }
    PasteTableView *paguTable() const { return m_pagu; }
    QLabel *paguFeedback() const { return m_paguFeedback; }
    QLabel *pkLabel() const { return m_pkLabel; }
    QPushButton *openPkButton() const { return m_openPk; }

signals:
    void pkRequested(qint64 pkId);

private:
    template<typename Change>
    void edit(const QString &field, Change change);
    void load();
    void updateCodeFeedback();

    WorkspaceDocument *m_document;
    qint64 m_itemId = 0;
    bool m_loading = false;
    QLabel *m_kind;
    QLineEdit *m_name;
    QLabel *m_codeLabel;
    QLineEdit *m_code;
    QLabel *m_codeFeedback;
    QLabel *m_misiLabel;
    QComboBox *m_misi;
    QLabel *m_supportsLabel;
    QComboBox *m_supports;
    QGroupBox *m_paguBox;
    PaguTableModel *m_paguModel;
    PasteTableView *m_pagu;
    QLabel *m_paguFeedback;
    QLabel *m_indicators;
    QLabel *m_pkLabel;
    QPushButton *m_openPk;
    LockedForm *m_lockedForm;
};

} // namespace Tepat
