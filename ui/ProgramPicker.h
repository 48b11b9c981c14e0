#pragma once

#include <QLineEdit>

class QCompleter;

namespace Tepat {

class ProgramCandidateModel;
class WorkspaceDocument;

// Search-as-you-type for the Renstra program, kegiatan or sub kegiatan a PK program row comes
// from: any part of the code or name lists the matches; choosing one links the row, clearing the
// field unlinks it. A text that matches nothing is put back when the field loses focus.
class ProgramPicker : public QLineEdit
{
    Q_OBJECT

public:
    explicit ProgramPicker(WorkspaceDocument *document, QWidget *parent = nullptr);

    void setPk(qint64 pkId);
    // The item the edited row comes from now (0 for none); shown as its code and name.
    void setCurrentItem(qint64 itemId);
    QCompleter *completer() const { return m_completer; }
    ProgramCandidateModel *candidates() const { return m_candidates; }

signals:
    // The user chose an item, or 0 to unlink.
    void chosen(qint64 itemId);

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    void showCurrent();

    WorkspaceDocument *m_document;
    ProgramCandidateModel *m_candidates;
    QCompleter *m_completer;
    qint64 m_itemId = 0;
};

} // namespace Tepat
