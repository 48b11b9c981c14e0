#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Tepat {

class LockedForm;
class OfficialEditor;
class PasteTableView;
class PkProgramsModel;
class ProgramPicker;
class PkTargetsModel;
class PkVersionPanel;
class WorkspaceDocument;
struct Official;
struct PkDocument;

// The form of one Perjanjian Kinerja: where it stands (PkVersionPanel: signed, its versions, its
// lock history), level, year, awal or perubahan (with the alasan, tanggal berlaku and dasar of
// the change), nomor, place and date, both parties, the sasaran / indikator / target table and
// the program table with anggaran, the Renstra item of each program row and the declared Jumlah.
// A locked PK shows read-only under the reason (LockedForm).
// Rows are added, deleted and moved with buttons (and their shortcuts when the table has focus);
// blocks of cells pasted from a spreadsheet fill either table. Every change is an undo command.
class PkEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PkEditor(WorkspaceDocument *document, QWidget *parent = nullptr);

    void setPk(qint64 pkId);
    qint64 pkId() const { return m_pkId; }
    void focusField(const QString &field);

    PkTargetsModel *targetsModel() const { return m_targetsModel; }
    PasteTableView *targetsTable() const { return m_targets; }
    PkProgramsModel *programsModel() const { return m_programsModel; }
    PasteTableView *programsTable() const { return m_programs; }
    QLabel *programFeedback() const { return m_programFeedback; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *alasanBox() const { return m_alasan; }
    PkVersionPanel *versionPanel() const { return m_versionPanel; }
    LockedForm *lockedForm() const { return m_lockedForm; }
    QDateEdit *changeDateEdit() const { return m_changeDate; }
    QLineEdit *dasarEdit() const { return m_dasar; }
    QLineEdit *numberEdit() const { return m_number; }
    QLineEdit *declaredTotalEdit() const { return m_declaredTotal; }
    ProgramPicker *programPicker() const { return m_programPicker; }
    QLabel *targetFeedback() const { return m_targetFeedback; }
    OfficialEditor *pihakPertama() const { return m_pihakPertama; }
    OfficialEditor *pihakKedua() const { return m_pihakKedua; }
    QPushButton *addRowButton() const { return m_addRow; }
    QPushButton *deleteRowButton() const { return m_deleteRow; }
    QPushButton *addProgramButton() const { return m_addProgram; }

signals:
    // The user asked to open another version of the PK.
    void pkRequested(qint64 pkId);

private:
    template<typename Change>
    void edit(const QString &field, Change change);
    void load();
    void selectTargetRow(int row);
    void selectProgramRow(int row);
    void linkProgramRow(qint64 itemId);
    void showProgramLink();

    WorkspaceDocument *m_document;
    qint64 m_pkId = 0;
    bool m_loading = false;
    QLabel *m_title;
    QComboBox *m_level;
    QSpinBox *m_year;
    QComboBox *m_kind;
    QComboBox *m_alasan;
    QDateEdit *m_changeDate;
    QLineEdit *m_dasar;
    QLineEdit *m_number;
    QLineEdit *m_place;
    QDateEdit *m_date;
    OfficialEditor *m_pihakPertama;
    OfficialEditor *m_pihakKedua;
    PkTargetsModel *m_targetsModel;
    PasteTableView *m_targets;
    QLabel *m_targetFeedback;
    QPushButton *m_addRow;
    QPushButton *m_addSasaran;
    QPushButton *m_deleteRow;
    QPushButton *m_rowUp;
    QPushButton *m_rowDown;
    PkProgramsModel *m_programsModel;
    PasteTableView *m_programs;
    QLabel *m_programFeedback;
    QLabel *m_total;
    QLineEdit *m_declaredTotal;
    ProgramPicker *m_programPicker;
    QPushButton *m_addProgram;
    QPushButton *m_deleteProgram;
    QPushButton *m_programUp;
    QPushButton *m_programDown;
    PkVersionPanel *m_versionPanel;
    LockedForm *m_lockedForm;
};

} // namespace Tepat
